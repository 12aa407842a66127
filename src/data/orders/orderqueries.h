#pragma once

#include "domain/orders/documentrules.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace cs::data {

// The board's columns, in display order. The sort column is taken from this list only (a whitelist:
// no text from the user reaches ORDER BY).
enum class BoardColumn { PoNumber, BuildNumber, Customer, Project, Model, Status, WantDate, Assignee, Updated };
constexpr int boardColumnCount = 9;

// One page of the order board: filters, search text, sort and the window.
struct BoardQuery
{
    QString search;            // substring of PO, build, customer or project (case-insensitive)
    QString status;            // a cs.order_status_enum name; empty for every status
    QString assigneeUserId;    // "my queue": only builds assigned to this user id; empty for all
    BoardColumn sortColumn = BoardColumn::Updated;
    bool descending = true;
    int offset = 0;
    int limit = 200;
};

// A statement with its values bound by name (for data::Session::runQuery).
struct Statement
{
    QString sql;
    QVariantMap bindings;
};

// The result columns of OrderQueries::boardPage(), in this order.
enum BoardField {
    BfOrderId, BfPo, BfBuild, BfCustomer, BfProject, BfModel, BfStatus, BfWantDate, BfAssignee, BfUpdated,
    BfAssigneeId, BfLate, BfRowVersion, BfFieldCount
};

// SQL for the order board and the bulk order generator.
class OrderQueries final
{
    Q_DECLARE_TR_FUNCTIONS(cs::data::OrderQueries)

public:
    // The board page statement: a call of cs.board_page (0007), which matches the search text against
    // the distinct customer and project names, then PO and build numbers by trigram index.
    static Statement boardPage(const BoardQuery& query);
    // The sort key cs.board_page takes for a column ("po", "want_date", ...).
    static QString sortKey(BoardColumn column);

    // The scan's lookup statements of the main window. The one build lookup is OrderSearch; these go
    // when the main window's scan uses it.
    static Statement findBuildStatement(const QString& buildNumber);
    static Statement findPoStatement(const QString& poNumberOrId);

    // The rules of order documents are domain::DocumentRules; these forward to them for the callers
    // that still name them here (the wizard).
    static constexpr qint64 maxDocumentBytes = domain::DocumentRules::maxBytes;
    static constexpr qint64 documentHeadBytes = domain::DocumentRules::headBytes;
    static QStringList allowedDocumentSuffixes() { return domain::DocumentRules::allowedSuffixes(); }
    static QString allowedDocumentTypesText() { return domain::DocumentRules::allowedTypesText(); }
    static bool checkDocument(const QString& fileName, qint64 size, const QByteArray& head, QString* mimeType,
                              QString* why)
    {
        return domain::DocumentRules::check(fileName, size, head, mimeType, why);
    }
    static bool checkDocument(const QString& fileName, const QByteArray& content, QString* mimeType, QString* why)
    {
        return domain::DocumentRules::check(fileName, content, mimeType, why);
    }
    static bool checkDocumentFile(const QString& path, QString* mimeType, QString* why)
    {
        return domain::DocumentRules::checkFile(path, mimeType, why);
    }

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
