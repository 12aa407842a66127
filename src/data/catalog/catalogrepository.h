#pragma once

#include "data/common/result.h"

#include <QFuture>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace cs::data {

class Session;

// One line of an assembly: a part or an assembly, so many times.
struct CatalogComponentRow
{
    QString itemId;
    QString name;
    int quantity = 0;
    QString notes;
};

// A catalog item (part or assembly) as the record view shows it.
struct CatalogItemRecord
{
    QString itemId;
    QString name;
    QString type;         // cs.part_type_enum or cs.assembly_type_enum name
    QString status;       // ACTIVE, ...
    QString description;
    bool assembly = false;
    QList<CatalogComponentRow> components;   // an assembly's lines, in the catalog's order
};

// Reads of single catalog items from the server (the app's catalog cache serves the wizard and BOMs; this
// is for a scanned or typed item id), on the session's worker.
class CatalogRepository
{
public:
    explicit CatalogRepository(Session& session);

    // The item with this id (case does not matter), with its components when it is an assembly; nullopt
    // when there is none.
    QFuture<Result<std::optional<CatalogItemRecord>>> item(const QString& itemId);
    // The same on a connection of the caller's, in the calling thread.
    static Result<std::optional<CatalogItemRecord>> item(QSqlDatabase& db, const QString& itemId);

private:
    Session& m_session;
};

} // namespace cs::data
