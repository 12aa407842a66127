#include "data/admin/orderadminrepository.h"

#include "data/common/session.h"
#include "data/common/worker.h"
#include "data/orders/workflowrepository.h"

#include <QSqlQuery>
#include <QVariant>

namespace cs::data {

namespace {

Change orderChange(const QString& orderId)
{
    return Change{QString(ChangeFeed::kOrder), orderId};
}

} // namespace

OrderAdminRepository::OrderAdminRepository(Session& session)
    : m_session(session)
{
}

QFuture<Result<std::optional<AdminBuild>>> OrderAdminRepository::find(const QString& buildNumber) const
{
    return worker::read<std::optional<AdminBuild>>(m_session, [buildNumber](QSqlDatabase& db) { return find(db, buildNumber); });
}

QFuture<Result<int>> OrderAdminRepository::forceStatus(const QString& orderId, const QString& toStatus,
                                                       const QString& reason, int rowVersion) const
{
    return worker::write<int>(m_session, orderChange(orderId), [=](QSqlDatabase& db) {
        return WorkflowRepository::forceStatus(db, orderId, toStatus, reason, rowVersion);
    });
}

QFuture<Result<Done>> OrderAdminRepository::deleteOrder(const QString& orderId, const QString& reason) const
{
    return worker::write<Done>(m_session, orderChange(orderId),
                               [=](QSqlDatabase& db) { return deleteOrder(db, orderId, reason); });
}

Result<std::optional<AdminBuild>> OrderAdminRepository::find(QSqlDatabase& db, const QString& buildNumber)
{
    const Result<std::optional<BuildSummary>> found = OrderSearch::findBuild(db, buildNumber);
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<AdminBuild>();
    AdminBuild b;
    b.build = *found.value();
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(
        q,
        QStringLiteral("SELECT o.row_version, (SELECT count(*) FROM cs.order_list x WHERE x.po_id = o.po_id) "
                       "FROM cs.order_list o WHERE o.order_id = CAST(:id AS uuid)"),
        {{QStringLiteral(":id"), b.build.orderId}});
    if (!run)
        return run.error();
    if (!q.next())
        return std::optional<AdminBuild>();   // deleted between the two reads
    b.rowVersion = q.value(0).toInt();
    b.buildsOnPo = q.value(1).toInt();
    return std::optional<AdminBuild>(b);
}

Result<Done> OrderAdminRepository::deleteOrder(QSqlDatabase& db, const QString& orderId, const QString& reason)
{
    QSqlQuery q(db);
    return worker::exec(q, QStringLiteral("SELECT cs.delete_order(CAST(:id AS uuid), :reason)"),
                        {{QStringLiteral(":id"), orderId}, {QStringLiteral(":reason"), reason.trimmed()}});
}

} // namespace cs::data
