#include "data/orders/workflowrepository.h"

#include "data/common/connectionsettings.h"
#include "data/common/freshconnection.h"
#include "data/common/session.h"
#include "data/common/worker.h"

#include <QSqlQuery>
#include <QVariant>

namespace cs::data {

namespace {

QVariant nullIfBlank(const QString& s)
{
    return s.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s.trimmed());
}

// Runs a workflow function that answers the new row version.
Result<int> rowVersionOf(QSqlDatabase& db, const QString& sql, const QVariantMap& bindings)
{
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(q, sql, bindings);
    if (!run)
        return run.error();
    if (!q.next())
        return DbError::client(QStringLiteral("E-NO-ANSWER"), WorkflowRepository::tr("The server did not answer."));
    return q.value(0).toInt();
}

} // namespace

WorkflowRepository::WorkflowRepository(Session& session)
    : m_session(session)
{
}

QFuture<Result<int>> WorkflowRepository::transition(const QString& orderId, const QString& toStatus,
                                                    const QString& note, int rowVersion) const
{
    return worker::write<int>(m_session, [=](QSqlDatabase& db) { return transition(db, orderId, toStatus, note, rowVersion); });
}

QFuture<Result<int>> WorkflowRepository::forceStatus(const QString& orderId, const QString& toStatus,
                                                     const QString& reason, int rowVersion) const
{
    return worker::write<int>(m_session,
                              [=](QSqlDatabase& db) { return forceStatus(db, orderId, toStatus, reason, rowVersion); });
}

QFuture<Result<int>> WorkflowRepository::ship(const QString& orderId, const ShipmentEntry& entry, int rowVersion) const
{
    return worker::write<int>(m_session, [=](QSqlDatabase& db) { return ship(db, orderId, entry, rowVersion); });
}

QFuture<Result<std::optional<Shipment>>> WorkflowRepository::shipment(const QString& orderId) const
{
    return worker::read<std::optional<Shipment>>(m_session, [=](QSqlDatabase& db) { return shipment(db, orderId); });
}

QFuture<Result<int>> WorkflowRepository::assign(const QString& orderId, const QString& username, int rowVersion) const
{
    return worker::write<int>(m_session, [=](QSqlDatabase& db) { return assign(db, orderId, username, rowVersion); });
}

QFuture<Result<int>> WorkflowRepository::claim(const QString& orderId, int rowVersion) const
{
    return worker::write<int>(m_session, [=](QSqlDatabase& db) { return claim(db, orderId, rowVersion); });
}

QFuture<Result<QString>> WorkflowRepository::signBomDecision(const BomDecision& decision, const QString& password) const
{
    // The settings are copied here, in the session's thread; the password is proven on the worker's
    // connection (or a fresh one, see FreshConnection).
    const ConnectionSettings settings = m_session.settings();
    return worker::write<QString>(m_session, [settings, password, decision](QSqlDatabase& db) {
        return FreshConnection::runOn<QString>(db, settings, password,
                                               [&decision](QSqlDatabase& c) { return decideBom(c, decision); });
    });
}

Result<int> WorkflowRepository::transition(QSqlDatabase& db, const QString& orderId, const QString& toStatus,
                                           const QString& note, int rowVersion)
{
    return rowVersionOf(db, QStringLiteral("SELECT cs.transition_order(CAST(:id AS uuid), :to, :note, :version)"),
                        {{QStringLiteral(":id"), orderId},
                         {QStringLiteral(":to"), toStatus},
                         {QStringLiteral(":note"), nullIfBlank(note)},
                         {QStringLiteral(":version"), rowVersion}});
}

Result<int> WorkflowRepository::forceStatus(QSqlDatabase& db, const QString& orderId, const QString& toStatus,
                                            const QString& reason, int rowVersion)
{
    return rowVersionOf(db, QStringLiteral("SELECT cs.force_order_status(CAST(:id AS uuid), :to, :reason, :version)"),
                        {{QStringLiteral(":id"), orderId},
                         {QStringLiteral(":to"), toStatus},
                         {QStringLiteral(":reason"), nullIfBlank(reason)},
                         {QStringLiteral(":version"), rowVersion}});
}

Result<int> WorkflowRepository::ship(QSqlDatabase& db, const QString& orderId, const ShipmentEntry& entry, int rowVersion)
{
    return rowVersionOf(db,
                        QStringLiteral("SELECT cs.ship_order(CAST(:id AS uuid), CAST(:date AS date), :carrier, :tracking, :version)"),
                        {{QStringLiteral(":id"), orderId},
                         {QStringLiteral(":date"), entry.shipDate.isValid() ? QVariant(entry.shipDate.toString(Qt::ISODate))
                                                                             : QVariant(QMetaType(QMetaType::QString))},
                         {QStringLiteral(":carrier"), nullIfBlank(entry.carrier)},
                         {QStringLiteral(":tracking"), nullIfBlank(entry.tracking)},
                         {QStringLiteral(":version"), rowVersion}});
}

Result<std::optional<Shipment>> WorkflowRepository::shipment(QSqlDatabase& db, const QString& orderId)
{
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(
        q,
        QStringLiteral("SELECT to_char(s.ship_date, 'YYYY-MM-DD'), s.carrier, s.tracking, u.full_name, s.recorded_at "
                       "FROM cs.order_shipments s JOIN cs.users u ON u.user_id = s.recorded_by "
                       "WHERE s.order_id = CAST(:id AS uuid) ORDER BY s.recorded_at DESC, s.shipment_id LIMIT 1"),
        {{QStringLiteral(":id"), orderId}});
    if (!run)
        return run.error();
    if (!q.next())
        return std::optional<Shipment>();
    Shipment s;
    s.shipDate = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    s.carrier = q.value(1).toString();
    s.tracking = q.value(2).toString();
    s.recordedBy = q.value(3).toString();
    s.recordedAt = q.value(4).toDateTime();
    return std::optional<Shipment>(s);
}

Result<int> WorkflowRepository::assign(QSqlDatabase& db, const QString& orderId, const QString& username, int rowVersion)
{
    return rowVersionOf(db, QStringLiteral("SELECT cs.assign_order(CAST(:id AS uuid), :username, :version)"),
                        {{QStringLiteral(":id"), orderId},
                         {QStringLiteral(":username"), nullIfBlank(username)},
                         {QStringLiteral(":version"), rowVersion}});
}

Result<int> WorkflowRepository::claim(QSqlDatabase& db, const QString& orderId, int rowVersion)
{
    return rowVersionOf(db, QStringLiteral("SELECT cs.claim_build(CAST(:id AS uuid), :version)"),
                        {{QStringLiteral(":id"), orderId}, {QStringLiteral(":version"), rowVersion}});
}

Result<QString> WorkflowRepository::decideBom(QSqlDatabase& provenConnection, const BomDecision& decision)
{
    QSqlQuery q(provenConnection);
    const Result<Done> run =
        worker::exec(q, QStringLiteral("SELECT cs.approve_bom(CAST(:bom AS uuid), :approve, :note, :initials)::text"),
                     {{QStringLiteral(":bom"), decision.bomId},
                      {QStringLiteral(":approve"), decision.approve},
                      {QStringLiteral(":note"), nullIfBlank(decision.note)},
                      {QStringLiteral(":initials"), decision.initials}});
    if (!run)
        return run.error();
    if (!q.next())
        return DbError::client(QStringLiteral("E-NO-ANSWER"), tr("The server did not answer."));
    return q.value(0).toString();
}

Result<QString> WorkflowRepository::signBomDecision(const ConnectionSettings& settings, const QString& password,
                                                    const BomDecision& decision)
{
    return FreshConnection::run<QString>(settings, password,
                                         [&decision](QSqlDatabase& db) { return decideBom(db, decision); });
}

} // namespace cs::data
