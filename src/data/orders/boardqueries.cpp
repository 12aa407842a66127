#include "data/orders/boardqueries.h"

#include "data/common/session.h"
#include "data/common/worker.h"

#include <QSqlQuery>

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

Result<QList<QVariantList>> BoardQueries::readPage(QSqlDatabase& db, const BoardQuery& query)
{
    const Statement st = page(query);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (const Result<Done> run = worker::exec(q, st.sql, st.bindings); !run)
        return run.error();
    QList<QVariantList> rows;
    while (q.next()) {
        QVariantList row;
        row.reserve(BfFieldCount);
        for (int i = 0; i < BfFieldCount; ++i)
            row << q.value(i);
        rows << row;
    }
    return rows;
}

QFuture<Result<QList<QVariantList>>> BoardQueries::readPage(Session& session, const BoardQuery& query)
{
    return worker::read<QList<QVariantList>>(session, [query](QSqlDatabase& db) { return readPage(db, query); });
}

} // namespace cs::data
