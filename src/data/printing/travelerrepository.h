#pragma once

#include "domain/bom/bomgenerator.h"
#include "domain/catalog/catalogdata.h"
#include "domain/printing/labelcontent.h"
#include "domain/orders/sinkconfiguration.h"
#include "domain/printing/travelercontent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class QSqlError;

namespace cs::data {

// Everything a build's traveler and build label need, read from the database for one build.
struct TravelerData
{
    QString orderId;                  // uuid text
    QString buildNumber;              // as stored (the lookup is case-insensitive)
    QString status;                   // cs.order_status_enum name
    QDateTime createdAt;
    domain::OrderInfo order;          // from the order row
    domain::SinkFamily family = domain::SinkFamily::Mdrd;
    domain::BuildEntry build;         // orders.config through the neutral JSON
    QString bomId;                    // the current (frozen) BOM version
    int bomVersion = 0;
    QString bomStatus;                // Generated, Approved, Rejected
    QString bomSha256;                // the server's hash (cs.boms.content_sha256), the one a BOM approval signs
    domain::BuildBom bom;             // top lines with rules, tree, flat list, as frozen
    domain::TravelerContent traveler; // filled by TravelerBuilder plus status and recorded sign-offs

    // The build label (WORKFLOW.md 5.2): PO, build, model, customer, project, date of manufacture.
    domain::LabelContent buildLabel(int copies, QDate date) const;
};

struct TravelerError
{
    QString code;       // "E-BUILD-NOT-FOUND", "E-ROLE", "E-NO-PROFILE", "E-PRINT-SIZE", "E-RENDER", "E-DB", ...
    QString message;    // for the user
    QString sqlState;   // empty for refusals made on the client

    bool isSet() const { return !code.isEmpty(); }
    // True for a refusal (no such build, not allowed); false for a fault (connection, rendering).
    bool isRefusal() const;
};

enum class PrintKind { Traveler, Label };
QString toString(PrintKind kind);   // "traveler", "label"

struct PrintRequest
{
    PrintKind kind = PrintKind::Traveler;
    QString size;       // traveler: "letter", "a4"; label: domain::toString(LabelSize)
    QString output;     // "pdf", "zpl", "printer"
    int copies = 1;
};

struct PrintRecord
{
    QString printId;
    int printNumber = 0; // 1 for the first print of this kind of the build, 2 for the first reprint, ...
    bool reprint = false;
    QDateTime printedAt; // server time
};

// Reads builds for travelers and labels and records their prints (issue 6), on a connection logged
// in as the person printing.
//
// load(): one read-only REPEATABLE READ transaction: the order row (found case-insensitively by
// build number), its configuration (orders.config through the neutral JSON), the current frozen BOM
// (cs.boms.bom_items: top lines with rules, tree, flat list; its version and content_sha256), the
// catalog names of the BOM's ids (parts, assemblies as X or ASSY-X), and the sign-offs recorded so
// far: Pre-QC, in-process checks, end-of-line test and Final QC from cs.qc_results /
// cs.testing_results with their electronic signature (initials, date; the latest result of each
// kind), packaging and the ready-for-inspection statement from the status history. The traveler
// content is made by domain::TravelerBuilder in the order's language.
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

    bool load(const QString& buildNumber, TravelerData* out, TravelerError* error);

    using Renderer = std::function<bool(const TravelerData& data, const PrintRecord& record, QString* error)>;
    bool print(const QString& buildNumber, const PrintRequest& request, const Renderer& render, PrintRecord* record,
               TravelerError* error);

    // The same for several builds printed as one job: every print is recorded and loaded in ONE
    // transaction, `render` gets them all (in the given order), and nothing is recorded unless it succeeds.
    using BatchRenderer =
        std::function<bool(const QList<TravelerData>& data, const QList<PrintRecord>& records, QString* error)>;
    bool printBatch(const QStringList& buildNumbers, const PrintRequest& request, const BatchRenderer& render,
                    QList<PrintRecord>* records, TravelerError* error);

    // The prints recorded for a build, oldest first.
    QList<PrintRecord> prints(const QString& orderId, PrintKind kind, TravelerError* error);

    static TravelerError errorFrom(const QSqlError& error);

private:
    // BEGIN / COMMIT / ROLLBACK of the open transaction. A failed statement rolls back at once
    // (abort()), while its prepared query still exists: a query freed inside an aborted transaction
    // cannot deallocate its statement.
    bool begin(const QString& sql, TravelerError* error);
    bool commit(TravelerError* error);
    void abort();
    bool fail(const QSqlError& sqlError, TravelerError* error);

    bool loadInTransaction(const QString& buildNumber, TravelerData* out, TravelerError* error);
    bool loadSignOffs(TravelerData* data, TravelerError* error);
    bool loadNames(const TravelerData& data, domain::CatalogData* out, TravelerError* error);

    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace cs::data
