#pragma once

#include "data/common/result.h"
#include "data/orders/orderqueries.h"

#include <QFuture>
#include <QList>
#include <QVariantList>

#include <QString>

namespace cs::data {

class Session;

// The board's columns, in display order. The sort column is taken from this list only (a whitelist:
// no text from the user reaches ORDER BY).
enum class BoardColumn { PoNumber, BuildNumber, Customer, Project, Model, Status, WantDate, Assignee, Updated };
constexpr int boardColumnCount = 9;

// One page of the order board: filters, search text, sort and where the page starts.
struct BoardQuery
{
    QString search;            // substring of PO, build, customer or project (case-insensitive)
    QString status;            // a cs.order_status_enum name; empty for every status
    QString assigneeUserId;    // "my queue": only builds assigned to this user id; empty for all
    BoardColumn sortColumn = BoardColumn::Updated;
    bool descending = true;
    // The page starts after the row whose BfPageKey this is (empty: the first page). A page of the
    // same sort, search and filters gives the key; reading by key costs the same at any depth.
    QString after;
    int offset = 0;            // rows skipped after that (the board pages by key and leaves it 0)
    int limit = 200;
};

// The result columns of BoardQueries::page(), in this order. BfPageKey is the row's place in the
// board's order (opaque text): BoardQuery::after for the next page.
enum BoardField {
    BfOrderId, BfPo, BfBuild, BfCustomer, BfProject, BfModel, BfStatus, BfWantDate, BfAssignee, BfUpdated,
    BfAssigneeId, BfLate, BfRowVersion, BfPageKey, BfFieldCount
};

// The order board's reads: one statement per page, run on the session's worker (never on the GUI thread).
class BoardQueries final
{
public:
    // The page statement: a call of cs.board_page, which matches the search text against the
    // distinct customer and project names, then PO and build numbers by trigram index, and reads the
    // sort's index from the page key on.
    static Statement page(const BoardQuery& query);
    // The sort key cs.board_page takes for a column ("po", "want_date", ...).
    static QString sortKey(BoardColumn column);

    // One page on the session's worker: rows of BfFieldCount values in BoardField order. A read: sent
    // again once after a lost connection; cancelling the future skips it while queued and cancels the
    // statement on the server while it runs (a search superseded by the next keystroke).
    static QFuture<Result<QList<QVariantList>>> readPage(Session& session, const BoardQuery& query);
    // The same on a given connection (benchmarks, tests).
    static Result<QList<QVariantList>> readPage(QSqlDatabase& db, const BoardQuery& query);
};

} // namespace cs::data
