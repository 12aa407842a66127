#pragma once

#include "data/common/dberror.h"
#include "domain/bom/bomgenerator.h"
#include "domain/orders/sinkconfiguration.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlError;

namespace cs::data {

// A refusal the wizard can show beside the field it concerns: the server's DbError (the one parser's
// answer) with the field it concerns as the wizard names it.
struct OrderError
{
    QString code;         // CONFIGURATION.md 8 / server code: "E-PO-UNIQUE", "E-BUILD-UNIQUE", "E-STALE", ...;
                          // "E-DB" when the server gave no code (connection lost, ...)
    QString buildNumber;  // the build concerned, when there is one ("CODE@build" codes, build fields)
    QString field;        // the wizard's field path, as ValidationIssue::field: "order.poNumber",
                          // "builds[1].buildNumber", "builds[0].bom"; empty when none applies
    QString serverField;  // the field as the server named it ("poNumber"), empty when none
    QString message;      // for the user
    QString sqlState;     // "23505", ... (empty for refusals made before calling the server)
    DbError cause;        // what the server said (unset for refusals made before calling the server):
                          // cause.connectionLost() means the order may or may not have been stored

    bool isSet() const { return !code.isEmpty(); }
    // "CODE" or "CODE@build", as GenerationResult::errorCodes().
    QString qualifiedCode() const { return buildNumber.isEmpty() ? code : code + u'@' + buildNumber; }
};

// A file stored with the order (cs.order_documents), in the submit transaction. It must pass
// domain::DocumentRules (the same rules as the order page's); its MIME type is stored.
struct OrderAttachment
{
    QString filename;      // the name shown, without a path
    QByteArray content;
    QString documentType;  // "PO" or "Drawing" (DocumentInfo::documentType)
};

struct SubmittedBuild
{
    QString buildNumber;
    QString orderId;      // uuid text
    QString bomId;        // uuid text
    QString bomSha256;    // the server's hash: SHA-256 hex of the stored jsonb's text (cs.boms.content_sha256)
};

struct SubmitResult
{
    bool ok = false;
    QString poId;
    QList<SubmittedBuild> builds;      // in the order of the configuration's builds
    QStringList createdCustomParts;    // custom parts (9.12) created in the catalog by this submission
    OrderError error;
};

struct RegenerateResult
{
    bool ok = false;
    QString bomId;
    QString bomSha256;
    int version = 0;
    OrderError error;
};

// Orders and their frozen BOMs (CONFIGURATION.md 9.14, issue 3 "Freezing"), through the server's
// SECURITY DEFINER functions on a connection logged in as the person acting.
//
// submit() stores the order (one row per build) and each build's BOM exactly as BomGenerator::generate
// produced it (BuildBom::canonicalJson(): top lines with rules, tree, flattened list) in one
// transaction, with the custom parts the BOM needs created first (cs.ensure_custom_part). The stored
// BOM is a copy: later catalog changes do not alter it. regenerate() stores a new BOM version of one
// build, recorded in the order history. Server refusals become an OrderError (code, field).
//
// Synchronous, on the connection given, in the calling thread: the app calls it on the session's worker.
class OrderRepository
{
    Q_DECLARE_TR_FUNCTIONS(cs::data::OrderRepository)

public:
    explicit OrderRepository(QSqlDatabase db);

    // The cs.submit_order argument: {order, family, builds:[{buildNumber, config, bom, catalogRevision}]}.
    static QJsonObject submitPayload(const domain::OrderConfiguration& config, const domain::GenerationResult& generated);

    // `generated` must be BomGenerator::generate's result for `config` (the wizard's last preview):
    // valid, one generated BOM per build, same build numbers in the same order. Otherwise nothing is
    // written and the error names the first problem (for an invalid result: its first error issue).
    // `attachments` are stored for every build of the order (each build is an order row), in the same
    // transaction; a file refused by domain::DocumentRules or the server rolls everything back
    // (field "attachments", the message naming the file).
    SubmitResult submit(const domain::OrderConfiguration& config, const domain::GenerationResult& generated,
                        const QList<OrderAttachment>& attachments = {});

    // A new BOM version for one build (order) while it is OrderCreated; `expectedRowVersion` is the
    // order row version the user saw (E-STALE when someone changed it meanwhile).
    RegenerateResult regenerate(const QString& orderId, int expectedRowVersion, const domain::BuildBom& bom,
                                qint64 catalogRevision, const QString& note);

    // The order's current row version, -1 when it cannot be read.
    int rowVersion(const QString& orderId, QString* error = nullptr);

    // A server refusal as an OrderError (through DbError::fromSql); `config` (optional) maps build
    // fields to their index.
    static OrderError errorFrom(const QSqlError& error, const domain::OrderConfiguration* config = nullptr);
    static OrderError errorFrom(const DbError& cause, const domain::OrderConfiguration* config = nullptr);

private:
    QSqlDatabase m_db;
};

} // namespace cs::data
