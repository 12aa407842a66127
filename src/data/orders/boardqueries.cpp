#include "data/orders/boardqueries.h"

namespace cs::data {

QString BoardQueries::sortKey(BoardColumn column)
{
    switch (column) {
    case BoardColumn::PoNumber: return QStringLiteral("po");
    case BoardColumn::BuildNumber: return QStringLiteral("build");
    case BoardColumn::Customer: return QStringLiteral("customer");
    case BoardColumn::Project: return QStringLiteral("project");
    case BoardColumn::Model: return QStringLiteral("model");
    case BoardColumn::Status: return QStringLiteral("status");
    case BoardColumn::WantDate: return QStringLiteral("want_date");
    case BoardColumn::Assignee: return QStringLiteral("assignee");
    case BoardColumn::Updated: return QStringLiteral("updated");
    }
    return QStringLiteral("updated");
}

Statement BoardQueries::page(const BoardQuery& query)
{
    // cs.board_page (functions/45_board.sql) matches the text against the distinct customer and
    // project names first, then plans the page with those names as constants; the sort key is a
    // whitelisted word; the page key comes from the server and is checked there.
    Statement s;
    s.sql = QStringLiteral("SELECT * FROM cs.board_page(:search, CAST(NULLIF(:status, '') AS cs.order_status_enum), "
                           "CAST(NULLIF(:assignee, '') AS uuid), :sort, :descending, :limit, :offset, "
                           "NULLIF(:after, ''))");
    s.bindings.insert(QStringLiteral(":search"), query.search.trimmed());
    s.bindings.insert(QStringLiteral(":status"), query.status);
    s.bindings.insert(QStringLiteral(":assignee"), query.assigneeUserId);
    s.bindings.insert(QStringLiteral(":sort"), sortKey(query.sortColumn));
    s.bindings.insert(QStringLiteral(":descending"), query.descending);
    s.bindings.insert(QStringLiteral(":limit"), query.limit);
    s.bindings.insert(QStringLiteral(":offset"), query.offset);
    s.bindings.insert(QStringLiteral(":after"), query.after);
    return s;
}

} // namespace cs::data
