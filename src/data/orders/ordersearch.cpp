#include "data/orders/ordersearch.h"

#include "data/common/worker.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace cs::data {

namespace {

// The columns every lookup reads, in BuildSummary's order.
const QString kColumns = QStringLiteral(
    "order_id::text, build_number, po_id::text, po_number, customer_name, project_name, sales_person, "
    "status::text, want_date, assignee_name, sink_family::text, sink_model");

QString text(const QVariant& v)
{
    return v.isNull() ? QString() : v.toString();
}

BuildSummary summaryFrom(const QSqlQuery& q)
{
    BuildSummary b;
    b.orderId = q.value(0).toString();
    b.buildNumber = q.value(1).toString();
    b.poId = text(q.value(2));
    b.poNumber = q.value(3).toString();
    b.customerName = q.value(4).toString();
    b.projectName = text(q.value(5));
    b.salesPerson = text(q.value(6));
    b.status = q.value(7).toString();
    b.wantDate = q.value(8).toDate();
    b.assigneeName = text(q.value(9));
    b.family = text(q.value(10));
    b.model = text(q.value(11));
    return b;
}

} // namespace

QDate PoSummary::wantDate() const
{
    QDate earliest;
    for (const BuildSummary& b : builds)
        if (b.wantDate.isValid() && (!earliest.isValid() || b.wantDate < earliest))
            earliest = b.wantDate;
    return earliest;
}

OrderSearch::OrderSearch(Session& session)
    : m_session(session)
{
}

QFuture<Result<std::optional<BuildSummary>>> OrderSearch::findBuild(const QString& buildNumber) const
{
    return worker::read<std::optional<BuildSummary>>(
        m_session, [buildNumber](QSqlDatabase& db) { return findBuild(db, buildNumber); });
}

QFuture<Result<std::optional<PoSummary>>> OrderSearch::findPo(const QString& poNumberOrId) const
{
    return worker::read<std::optional<PoSummary>>(
        m_session, [poNumberOrId](QSqlDatabase& db) { return findPo(db, poNumberOrId); });
}

Result<std::optional<BuildSummary>> OrderSearch::findBuild(QSqlDatabase& db, const QString& buildNumber)
{
    const QString wanted = buildNumber.trimmed();
    if (wanted.isEmpty())
        return std::optional<BuildSummary>();
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(
        q, QStringLiteral("SELECT %1 FROM cs.order_list WHERE upper(build_number) = upper(:build)").arg(kColumns),
        {{QStringLiteral(":build"), wanted}});
    if (!run)
        return run.error();
    if (!q.next())
        return std::optional<BuildSummary>();
    return std::optional<BuildSummary>(summaryFrom(q));
}

Result<std::optional<PoSummary>> OrderSearch::findPo(QSqlDatabase& db, const QString& poNumberOrId)
{
    const QString wanted = poNumberOrId.trimmed();
    if (wanted.isEmpty())
        return std::optional<PoSummary>();
    // A scanned PO payload may carry the PO number or its id.
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(
        q,
        QStringLiteral("SELECT %1 FROM cs.order_list WHERE upper(po_number) = upper(:po) OR po_id::text = lower(:id) "
                       "ORDER BY po_number, build_number")
            .arg(kColumns),
        {{QStringLiteral(":po"), wanted}, {QStringLiteral(":id"), wanted}});
    if (!run)
        return run.error();
    PoSummary po;
    while (q.next()) {
        const BuildSummary b = summaryFrom(q);
        if (po.builds.isEmpty()) {
            po.poId = b.poId;
            po.poNumber = b.poNumber;
        } else if (b.poId != po.poId) {
            continue;   // a PO number equal to another PO's id: the number wins
        }
        po.builds.append(b);
    }
    if (po.builds.isEmpty())
        return std::optional<PoSummary>();
    return std::optional<PoSummary>(po);
}

} // namespace cs::data
