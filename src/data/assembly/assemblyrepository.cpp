#include "data/assembly/assemblyrepository.h"

#include "data/common/session.h"
#include "data/common/worker.h"
#include "data/orders/workflowrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace cs::data {

namespace {

QStringList texts(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& e : v.toArray())
        out << (e.isString() ? e.toString() : QString::fromUtf8(QJsonDocument(e.toObject()).toJson(QJsonDocument::Compact)));
    return out;
}

// The bench's figures of the builds `where` selects (a condition on cs.orders o), by build number.
const QString kStateSelect = QStringLiteral(R"(
    SELECT cs.assembly_state(o.order_id)::text, o.order_id::text, o.build_number, coalesce(o.po_number, ''),
           coalesce(o.customer_name, ''), o.row_version,
           (SELECT count(*) FROM cs.qc_checklists c JOIN cs.qc_answers a ON a.checklist_id = c.checklist_id
             WHERE c.order_id = o.order_id AND c.kind = 'CLP' AND c.state = 'open' AND a.section_id NOT IN ('S4', 'header')
               AND a.item_id NOT LIKE '#%'
               AND (a.is_na OR (a.value IS NOT NULL AND a.value <> 'false'::jsonb)))::int
      FROM cs.orders o
)");

AssemblyState stateFrom(const QSqlQuery& q)
{
    AssemblyState s = AssemblyState::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    s.orderId = q.value(1).toString();
    s.buildNumber = q.value(2).toString();
    s.poNumber = q.value(3).toString();
    s.customerName = q.value(4).toString();
    s.rowVersion = q.value(5).toInt();
    s.productionAnswered = q.value(6).toInt();
    return s;
}

Result<int> transition(QSqlDatabase& db, const QString& orderId, const QString& to, const QString& note, int rowVersion)
{
    return WorkflowRepository::transition(db, orderId, to, note, rowVersion);
}

} // namespace

AssemblyState AssemblyState::fromJson(const QJsonObject& json)
{
    AssemblyState s;
    s.status = json.value(u"status").toString();
    const QJsonObject assignee = json.value(u"assignee").toObject();
    s.assigneeUsername = assignee.value(u"username").toString();
    s.assigneeName = assignee.value(u"name").toString();
    s.canClaim = json.value(u"canClaim").toBool();
    s.claimBlockedBy = json.value(u"claimBlockedBy").toString();
    const QJsonObject clp = json.value(u"clp").toObject();
    s.clpId = clp.value(u"id").toString();
    s.clpMissing = texts(clp.value(u"missing"));
    const QJsonObject clt = json.value(u"clt").toObject();
    s.cltId = clt.value(u"id").toString();
    s.cltAttempt = clt.value(u"attempt").toInt();
    s.cltState = clt.value(u"state").toString();
    s.cltResult = clt.value(u"result").toString();
    s.packingMissing = texts(json.value(u"packingMissing"));
    s.closingSigned = json.value(u"closingSigned").toBool();
    s.rework = ReworkState::fromJson(json.value(u"rework").toObject());
    return s;
}

AssemblyRepository::AssemblyRepository(Session& session)
    : m_session(session)
{
}

QFuture<Result<int>> AssemblyRepository::recordRework(const QString& orderId, const QString& notes,
                                                     const QStringList& touchedTests,
                                                     const QList<ReworkItem>& touchedPacking, const QStringList& photoIds,
                                                     int rowVersion) const
{
    return worker::write<int>(m_session, [=](QSqlDatabase& db) {
        return recordRework(db, orderId, notes, touchedTests, touchedPacking, photoIds, rowVersion);
    });
}

QFuture<Result<Done>> AssemblyRepository::confirmReworkPacking(const QString& orderId, const QString& item, int position) const
{
    return worker::write<Done>(m_session, [=](QSqlDatabase& db) { return confirmReworkPacking(db, orderId, item, position); });
}

QFuture<Result<int>> AssemblyRepository::completeRework(const QString& orderId, int rowVersion) const
{
    return worker::write<int>(m_session, [=](QSqlDatabase& db) { return completeRework(db, orderId, rowVersion); });
}

QFuture<Result<AssemblyState>> AssemblyRepository::state(const QString& orderId) const
{
    return worker::read<AssemblyState>(m_session, [=](QSqlDatabase& db) { return state(db, orderId); });
}

QFuture<Result<QList<AssemblyState>>> AssemblyRepository::myBuilds() const
{
    return worker::read<QList<AssemblyState>>(m_session, [](QSqlDatabase& db) { return myBuilds(db); });
}

QFuture<Result<int>> AssemblyRepository::claim(const QString& orderId, int rowVersion) const
{
    return worker::write<int>(m_session, [=](QSqlDatabase& db) { return WorkflowRepository::claim(db, orderId, rowVersion); });
}

QFuture<Result<int>> AssemblyRepository::assign(const QString& orderId, const QString& username, int rowVersion) const
{
    return worker::write<int>(m_session,
                              [=](QSqlDatabase& db) { return WorkflowRepository::assign(db, orderId, username, rowVersion); });
}

QFuture<Result<int>> AssemblyRepository::completePackaging(const QString& orderId, const QString& note, int rowVersion) const
{
    return worker::write<int>(m_session, [=](QSqlDatabase& db) { return completePackaging(db, orderId, note, rowVersion); });
}

QFuture<Result<int>> AssemblyRepository::putOnHold(const QString& orderId, const QString& reason, int rowVersion) const
{
    return worker::write<int>(m_session, [=](QSqlDatabase& db) { return putOnHold(db, orderId, reason, rowVersion); });
}

QFuture<Result<int>> AssemblyRepository::resume(const QString& orderId, const QString& note, int rowVersion) const
{
    return worker::write<int>(m_session, [=](QSqlDatabase& db) { return resume(db, orderId, note, rowVersion); });
}

Result<AssemblyState> AssemblyRepository::state(QSqlDatabase& db, const QString& orderId)
{
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(q, kStateSelect + QStringLiteral(" WHERE o.order_id = CAST(:id AS uuid)"),
                                          {{QStringLiteral(":id"), orderId}});
    if (!run)
        return run.error();
    if (!q.next())
        return DbError::client(QStringLiteral("E-ORDER-NOT-FOUND"), tr("The build is no longer on the server."));
    return stateFrom(q);
}

Result<QList<AssemblyState>> AssemblyRepository::myBuilds(QSqlDatabase& db)
{
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(
        q, kStateSelect + QStringLiteral(R"(
            JOIN cs.users u ON u.user_id = o.current_assignee
           WHERE u.username = session_user
             AND o.status IN ('ReadyForProduction', 'OnHoldParts', 'TestingComplete', 'PackagingComplete',
                              'ReworkPreQC', 'ReworkFinalQC')
           ORDER BY o.build_number)"),
        {});
    if (!run)
        return run.error();
    QList<AssemblyState> out;
    while (q.next())
        out.append(stateFrom(q));
    return out;
}

Result<int> AssemblyRepository::completePackaging(QSqlDatabase& db, const QString& orderId, const QString& note, int rowVersion)
{
    return transition(db, orderId, QStringLiteral("PackagingComplete"), note, rowVersion);
}

Result<int> AssemblyRepository::putOnHold(QSqlDatabase& db, const QString& orderId, const QString& reason, int rowVersion)
{
    if (reason.trimmed().size() < 3)
        return DbError::client(QStringLiteral("E-HOLD-REASON"), tr("Say which parts are missing or wrong (a reason)."));
    return transition(db, orderId, QStringLiteral("OnHoldParts"), reason, rowVersion);
}

Result<int> AssemblyRepository::resume(QSqlDatabase& db, const QString& orderId, const QString& note, int rowVersion)
{
    return transition(db, orderId, QStringLiteral("ReadyForProduction"), note, rowVersion);
}

Result<int> AssemblyRepository::recordRework(QSqlDatabase& db, const QString& orderId, const QString& notes,
                                             const QStringList& touchedTests, const QList<ReworkItem>& touchedPacking,
                                             const QStringList& photoIds, int rowVersion)
{
    if (notes.trimmed().size() < 10)
        return DbError::client(QStringLiteral("E-REWORK-NOTES"),
                               tr("Say what was done in the rework (10 characters at least)."));
    QJsonArray packing;
    for (const ReworkItem& i : touchedPacking)
        packing.append(QJsonObject{{QStringLiteral("item"), i.item}, {QStringLiteral("pos"), i.position}});
    QJsonArray tests;
    for (const QString& t : touchedTests)
        tests.append(t);
    QJsonArray photos;
    for (const QString& p : photoIds)
        photos.append(p);
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(
        q,
        QStringLiteral("SELECT cs.record_rework(CAST(:id AS uuid), :notes, "
                       "ARRAY(SELECT jsonb_array_elements_text(CAST(:tests AS jsonb))), CAST(:packing AS jsonb), "
                       "ARRAY(SELECT CAST(jsonb_array_elements_text(CAST(:photos AS jsonb)) AS uuid)), :version)"),
        {{QStringLiteral(":id"), orderId},
         {QStringLiteral(":notes"), notes.trimmed()},
         {QStringLiteral(":tests"), QString::fromUtf8(QJsonDocument(tests).toJson(QJsonDocument::Compact))},
         {QStringLiteral(":packing"), QString::fromUtf8(QJsonDocument(packing).toJson(QJsonDocument::Compact))},
         {QStringLiteral(":photos"), QString::fromUtf8(QJsonDocument(photos).toJson(QJsonDocument::Compact))},
         {QStringLiteral(":version"), rowVersion}});
    if (!run)
        return run.error();
    q.next();
    return q.value(0).toInt();
}

Result<Done> AssemblyRepository::confirmReworkPacking(QSqlDatabase& db, const QString& orderId, const QString& item,
                                                      int position)
{
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(q, QStringLiteral("SELECT cs.confirm_rework_packing(CAST(:id AS uuid), :item, :pos)"),
                                          {{QStringLiteral(":id"), orderId},
                                           {QStringLiteral(":item"), item},
                                           {QStringLiteral(":pos"), position}});
    if (!run)
        return run.error();
    return Done{};
}

Result<int> AssemblyRepository::completeRework(QSqlDatabase& db, const QString& orderId, int rowVersion)
{
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(q, QStringLiteral("SELECT cs.complete_rework(CAST(:id AS uuid), :version)"),
                                          {{QStringLiteral(":id"), orderId}, {QStringLiteral(":version"), rowVersion}});
    if (!run)
        return run.error();
    q.next();
    return q.value(0).toInt();
}

} // namespace cs::data
