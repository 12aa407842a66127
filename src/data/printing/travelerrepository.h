#pragma once

#include "data/common/dberror.h"
#include "data/printing/travelerdata.h"
#include "domain/catalog/catalogdata.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlError;

namespace cs::data {

// Reads builds for travelers and labels and records their prints (issue 6), on a connection logged
// in as the person printing, in the calling thread (the app's calls go through PrintRepository, which
// runs them on the session's worker; the CLI calls this class directly). Refusals and faults are
// DbErrors: the server's (DbError::fromSql), E-BUILD-NOT-FOUND and E-NO-BOM (refusals), E-CONFIG,
// E-BOM-UNREADABLE and E-RENDER (faults of this client).
//
// load(): one read-only REPEATABLE READ transaction: the order row (found case-insensitively by
// build number), its configuration (orders.config through the neutral JSON), the current frozen BOM
// (cs.boms.bom_items: top lines with rules, tree, flat list; its version and content_sha256), the
// catalog names of the BOM's ids (parts, assemblies as X or ASSY-X), and the sign-offs recorded so
// far, each only from a signed record (a signature of that row), never from the status history:
// Pre-QC and Final QC from their latest signed cs.qc_results, the end-of-line test from its latest
// signed cs.testing_results, the ready-for-inspection statement from the latest signed CLP result
// (qc_results of qc_type InProcessAssembly), and the production checks and packaging from the answers
// of that signed CLP's checklist (sections 2-3 and section 4: who answered them, the last answer's
// date). The traveler content is made by domain::TravelerBuilder in the order's language.
//
// print(): one transaction: cs.record_print (checks the role, numbers the print: a reprint is any
// print of the same kind after the first, adds the history entry), load() within it, then `render`
// with the data marked as that print; committed only when `render` succeeds, so a print that was
// not produced is not recorded and a recorded print carries its REPRINT mark.
class TravelerRepository
{
    Q_DECLARE_TR_FUNCTIONS(cs::data::TravelerRepository)

public:
    explicit TravelerRepository(QSqlDatabase db);

    bool load(const QString& buildNumber, TravelerData* out, DbError* error);
    // Several builds in one read-only snapshot, each marked as the print of `kind` it will be when printed
    // now (the next number of its prints; a reprint after the first), for a preview.
    bool loadForPreview(const QStringList& buildNumbers, PrintKind kind, QList<TravelerData>* out, DbError* error);

    using Renderer = std::function<bool(const TravelerData& data, const PrintRecord& record, QString* error)>;
    bool print(const QString& buildNumber, const PrintRequest& request, const Renderer& render, PrintRecord* record,
               DbError* error);

    // The same for several builds printed as one job: every print is recorded and loaded in ONE
    // transaction, `render` gets them all (in the given order), and nothing is recorded unless it succeeds.
    using BatchRenderer =
        std::function<bool(const QList<TravelerData>& data, const QList<PrintRecord>& records, QString* error)>;
    bool printBatch(const QStringList& buildNumbers, const PrintRequest& request, const BatchRenderer& render,
                    QList<PrintRecord>* records, DbError* error);

    // The prints recorded for a build, oldest first.
    QList<PrintRecord> prints(const QString& orderId, PrintKind kind, DbError* error);

    // True for a refusal (no such build, no BOM, not allowed, a rule of the server); false for a fault
    // (the connection, the rendering, an unreadable configuration).
    static bool isRefusal(const DbError& error);

private:
    // BEGIN / COMMIT / ROLLBACK of the open transaction. A failed statement rolls back at once
    // (abort()), while its prepared query still exists: a query freed inside an aborted transaction
    // cannot deallocate its statement.
    bool begin(const QString& sql, DbError* error);
    bool commit(DbError* error);
    void abort();
    bool fail(const QSqlError& sqlError, DbError* error);

    bool loadInTransaction(const QString& buildNumber, TravelerData* out, DbError* error);
    bool loadSignOffs(TravelerData* data, DbError* error);
    bool loadNames(const TravelerData& data, domain::CatalogData* out, DbError* error);

    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace cs::data
