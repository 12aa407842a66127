#pragma once

#include "data/common/result.h"
#include "domain/catalog/catalogdata.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QString>

namespace cs::data {

class Session;

// The catalog files of a folder as read and checked before anything is imported: every problem, each
// with the file and the id it concerns, and what would be imported.
struct CatalogImportCheck
{
    QString directory;
    domain::CatalogData data;                 // not to be imported when there are problems
    QList<domain::CatalogProblem> problems;
    int categories = 0;
    int subcategories = 0;
    int parts = 0;
    int assemblies = 0;
    int components = 0;

    bool importable() const { return problems.isEmpty(); }
};

// What an import wrote.
struct CatalogImportSummary
{
    int categories = 0;
    int subcategories = 0;
    int parts = 0;
    int assemblies = 0;
    int components = 0;
    qint64 revision = 0;   // the catalog revision after the import
};

// The admin's catalog import in the app, in two steps as a person confirms it: check() reads and
// validates categories.json, parts.json and assemblies.json of a folder on a pool thread (no server,
// not the GUI thread); importChecked() imports a checked catalog on the session's worker through
// CatalogImporter (all or nothing, one transaction, the catalog revision bumped once; the server's
// grants allow it to the Admin role only, its audit triggers record who and when) and announces a
// catalog change on the session's change feed.
class CatalogImportRepository
{
    Q_DECLARE_TR_FUNCTIONS(cs::data::CatalogImportRepository)

public:
    explicit CatalogImportRepository(Session& session);

    static QFuture<CatalogImportCheck> check(const QString& directory);
    // The same in the calling thread.
    static CatalogImportCheck checkNow(const QString& directory);

    // `checked` must be importable(); otherwise nothing is sent and the answer is E-CATALOG-PROBLEMS.
    QFuture<Result<CatalogImportSummary>> importChecked(const CatalogImportCheck& checked) const;

private:
    Session& m_session;
};

} // namespace cs::data
