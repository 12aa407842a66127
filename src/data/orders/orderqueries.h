#pragma once

#include "data/common/connectionsettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

class QSqlError;

namespace cs::data {

// A statement with its values bound by name (for data::Session::runQuery).
struct Statement
{
    QString sql;
    QVariantMap bindings;
};

struct OrderDetail
{
    QString orderId;
    QString poNumber;
    QString buildNumber;
    QString customerName;
    QString projectName;
    QString salesPerson;
    QDate wantDate;
    QString language;         // EN, FR, ES
    QString notes;
    QString family;           // MDRD, Endoscope, InstroSink
    QString model;
    QString status;
    QString assigneeId;
    QString assigneeName;
    QString createdByName;
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject config;
    // The current BOM version.
    QString bomId;
    int bomVersion = 0;
    QString bomStatus;        // Generated, Approved, Rejected
    QString bomSha256;
    QDateTime bomGeneratedAt;
    qint64 catalogRevision = 0;

    bool isLate() const { return wantDate.isValid() && wantDate < QDate::currentDate() && status != u"Shipped"; }
};

// The editable fields of an order (column grants: only these, only while OrderCreated).
struct OrderEdit
{
    QString customerName;
    QString projectName;
    QString salesPerson;
    QDate wantDate;
    QString language;
    QString notes;

    static OrderEdit from(const OrderDetail& d);
    bool operator==(const OrderEdit&) const = default;
    // The fields that differ, in words ("Customer: A → B").
    QStringList differences(const OrderEdit& other) const;
};

struct HistoryEntry
{
    QDateTime at;
    QString who;
    // StatusChange, ForceStatus, Assigned, Claimed, BomApproved, BomRejected, OrderCreated, BomRegenerated,
    // TravelerPrinted, LabelPrinted (and ...Reprinted), Edited (0006: the note lists the changed columns,
    // "customer_name, want_date"), ...
    QString action;
    QString fromStatus;
    QString toStatus;
    QString note;
    bool forced = false;

    // False for entries that record something without changing the order row (prints).
    bool changesOrder() const;
};

struct TransitionOption
{
    QString toStatus;
    bool noteRequired = false;
    QString gate;
};

struct DocumentInfo
{
    QString documentId;
    QString fileName;
    QString fileType;       // MIME type
    QString documentType;   // PO, Drawing, ApprovedDrawing, Photo, Other
    qint64 size = 0;
    QString sha256;
    QString uploadedBy;
    QDateTime uploadedAt;
};

struct BomLineRow
{
    int lineNo = 0;
    int parentLineNo = -1;    // -1 for top lines
    QString itemId;
    QString name;
    int quantity = 0;
    int extendedQuantity = 0;
    int depth = 0;
    QString rule;
    QString answer;
    QString note;
};

struct BomFlatRow
{
    QString itemId;
    QString name;
    qint64 quantity = 0;
};

struct BomApproval
{
    QString action;        // Approved, Rejected
    QString who;
    QDateTime at;
    QString note;
    QString meaning;
    QString signedSha256;
    int bomVersion = 0;
};

struct BomData
{
    QString bomId;
    int version = 0;
    QString status;
    QString sha256;
    QList<BomLineRow> tree;     // pre-order
    QList<BomFlatRow> flat;     // merged leaves, by id
    QList<BomApproval> approvals;
};

// Why a call failed: the server's code (E-STALE, E-ROLE, ...), its SQLSTATE and the words after
// the code, for the user.
struct DbRefusal
{
    QString code;
    QString sqlState;
    QString message;
    bool isSet() const { return !code.isEmpty() || !sqlState.isEmpty(); }
    static DbRefusal from(const QSqlError& error);
};

// What a conflicting save found: the row as it is now, what differs from what the user started
// from, and who changed the order since (history entries after the user's read).
struct EditConflict
{
    OrderDetail current;
    QStringList changedFields;
    QList<HistoryEntry> changesSince;
    // The full name of who changed the row last and when: the latest entry of changesSince that changed
    // the row (an edit writes an 'Edited' entry, 0006; prints change nothing). lastChangedBy is empty
    // when nobody is on record; lastChangedAt is then the row's updated_at.
    QString lastChangedBy;
    QDateTime lastChangedAt;
};

// SQL for the order page, documents and BOM, and the bulk order generator (the board's is in
// BoardQueries). The
// loaders run on the connection given (logged in as the person), in the calling thread.
class OrderQueries final
{
    Q_DECLARE_TR_FUNCTIONS(cs::data::OrderQueries)

public:
    // The order page's reads. Each comes as a statement (for data::Session::runQuery, which runs it off
    // the GUI thread) with a reader of its rows, and as a loader that runs the same statement on `db`
    // in the calling thread.
    static Statement orderStatement(const QString& orderId);
    static OrderDetail orderFromRow(const QVariantList& row);
    static bool loadOrder(QSqlDatabase db, const QString& orderId, OrderDetail* out, DbRefusal* error);
    // Finds a build (case-insensitively) or the first build of a PO; returns its order id or empty.
    // The statements give one row (the order id as text) or none.
    static Statement findBuildStatement(const QString& buildNumber);
    static Statement findPoStatement(const QString& poNumberOrId);
    static QString findBuild(QSqlDatabase db, const QString& buildNumber, DbRefusal* error);
    static QString findPo(QSqlDatabase db, const QString& poNumberOrId, DbRefusal* error);
    static Statement historyStatement(const QString& orderId);
    static HistoryEntry historyFromRow(const QVariantList& row);
    static QList<HistoryEntry> history(QSqlDatabase db, const QString& orderId, DbRefusal* error);
    static Statement transitionsStatement(const QString& fromStatus, const QString& role);
    static TransitionOption transitionFromRow(const QVariantList& row);
    static QList<TransitionOption> transitions(QSqlDatabase db, const QString& fromStatus, const QString& role,
                                               DbRefusal* error);
    // Active users who may be assigned a build in this status (the rule of cs.assign_order); rows are
    // (username, full name).
    static Statement assignableUsersStatement(const QString& status);
    static QList<QPair<QString, QString>> assignableUsers(QSqlDatabase db, const QString& status, DbRefusal* error);
    // A BOM is read by four statements (header, lines, procurement list, decisions), in this order;
    // bomFromRows puts their rows together (E-BOM-NOT-FOUND when the header has no row).
    static QList<Statement> bomStatements(const QString& bomId);
    static bool bomFromRows(const QList<QList<QVariantList>>& results, BomData* out, DbRefusal* error);
    static bool loadBom(QSqlDatabase db, const QString& bomId, BomData* out, DbRefusal* error);

    // Calls to the workflow functions; each returns the new row version (0 on failure).
    static int transition(QSqlDatabase db, const QString& orderId, const QString& toStatus, const QString& note,
                          int rowVersion, DbRefusal* error);
    static int assign(QSqlDatabase db, const QString& orderId, const QString& username, int rowVersion,
                      DbRefusal* error);
    static int claim(QSqlDatabase db, const QString& orderId, int rowVersion, DbRefusal* error);
    // The signed BOM decision; `db` must be a connection opened just now with the re-typed password.
    static bool approveBom(QSqlDatabase db, const QString& bomId, bool approve, const QString& note,
                           const QString& initials, DbRefusal* error);

    // The signature path: opens a new connection as `settings.user` with the password just re-typed
    // (a fresh authentication, cs.require_fresh_authentication), calls cs.approve_bom on it and
    // closes it. A wrong password gives the code "E-SIGN-PASSWORD".
    static bool signBomDecision(ConnectionSettings settings, const QString& password, const QString& bomId,
                                bool approve, const QString& note, const QString& initials, DbRefusal* error);

    // Saves the editable fields when the row is still at `base.rowVersion`. On a conflict returns
    // false with *conflict filled (and error->code "E-STALE"); nothing is written then.
    static bool saveOrder(QSqlDatabase db, const OrderDetail& base, const OrderEdit& edit, int* newRowVersion,
                          EditConflict* conflict, DbRefusal* error);

    // Documents. One set of rules for every file stored with an order, wherever it is attached (the
    // wizard's step 1, OrderRepository::submit, the order page): the largest size, which at most the
    // server's CHECK on cs.order_documents.content allows (0001: 26214400 bytes), and the types a sink
    // maker's purchase orders and drawings come in.
    static constexpr qint64 maxDocumentBytes = 25 * 1024 * 1024;
    // The file name suffixes accepted, lower case ("pdf", "png", "jpg", ...).
    static QStringList allowedDocumentSuffixes();
    // The same, for the user: "PDF, PNG, JPG, ...".
    static QString allowedDocumentTypesText();
    // How much of the start of a file checkDocument needs for the content check.
    static constexpr qint64 documentHeadBytes = 1024;
    // Checks a file before it is stored: not empty, not over maxDocumentBytes, an allowed suffix, and a
    // content that is what the suffix says (PDF, images, Office files, DWG and STEP have a signature at
    // the start; `head` is the file's first documentHeadBytes or more). The MIME type on success; on a
    // refusal *why names the file and says why, for the user.
    static bool checkDocument(const QString& fileName, qint64 size, const QByteArray& head, QString* mimeType,
                              QString* why);
    static bool checkDocument(const QString& fileName, const QByteArray& content, QString* mimeType, QString* why);
    // checkDocument on a file on disk (its size and first bytes); an unreadable file is refused too.
    static bool checkDocumentFile(const QString& path, QString* mimeType, QString* why);
    static Statement documentsStatement(const QString& orderId);
    static DocumentInfo documentFromRow(const QVariantList& row);
    static QList<DocumentInfo> documents(QSqlDatabase db, const QString& orderId, DbRefusal* error);
    // Stores a document that passed checkDocument (`mimeType` is its answer); one row (the new document
    // id as text). For Session::runQuery, which runs it off the GUI thread.
    static Statement attachDocumentStatement(const QString& orderId, const QString& fileName,
                                             const QString& documentType, const QString& mimeType,
                                             const QByteArray& content);
    static QString attachDocument(QSqlDatabase db, const QString& orderId, const QString& fileName,
                                  const QString& documentType, const QByteArray& content, DbRefusal* error);
    // The content of one document: one row (bytea), none when there is no such document.
    static Statement documentContentStatement(const QString& documentId);
    static QByteArray documentContent(QSqlDatabase db, const QString& documentId, DbRefusal* error);

    // Bulk generator for scale tests (cleanstation-admin gen-orders, cleanstation-bench search):
    // set-based INSERT ... SELECT over generate_series, in batches, one transaction per batch.
    // Purchase orders with 1 to 3 builds, realistic names, statuses spread over the workflow, want
    // dates around today, a neutral configuration; no BOM (orders.generated_bom_id is nullable).
    // With `skipTriggers` (superusers only) the audit and author triggers are off for the session
    // (session_replication_role = replica) — the rows then have no audit entries.
    struct GenerateOptions
    {
        qint64 count = 1000;
        quint32 seed = 1;
        bool skipTriggers = false;
        qint64 batch = 100000;
    };
    static bool generateOrders(QSqlDatabase db, const GenerateOptions& options,
                               const std::function<void(qint64 done)>& progress, QString* error);
};

} // namespace cs::data
