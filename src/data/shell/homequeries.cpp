#include "data/shell/homequeries.h"

#include "data/common/worker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace cs::data {

namespace {

// The statuses as a PostgreSQL array literal for CAST(:statuses AS cs.order_status_enum[]).
QString statusArray(const QList<domain::OrderStatus>& statuses)
{
    QStringList names;
    for (domain::OrderStatus s : statuses)
        names << domain::orderStatusName(s);
    return u'{' + names.join(u',') + u'}';
}

Result<domain::OrderStatus> parseStatus(const QString& name)
{
    if (const auto status = domain::orderStatusFromName(name))
        return *status;
    return DbError::client(QStringLiteral("E-STATUS-UNKNOWN"),
                           QCoreApplication::translate("cs::data::HomeQueries",
                                                       "The server named an order status this program does not "
                                                       "know (%1). Install the current version of CleanStation.")
                               .arg(name));
}

} // namespace

HomeQueries::HomeQueries(Session& session)
    : m_session(session)
{
}

Result<QList<HomeRow>> HomeQueries::builds(QSqlDatabase& db, domain::WorkList list)
{
    const domain::WorkListRule& rule = domain::WorkLists::rule(list);
    Q_ASSERT(domain::WorkLists::isBuildList(list));
    QString sql = QStringLiteral(
        "SELECT o.order_id::text, o.build_number, o.po_number, o.customer_name, coalesce(o.project_name, ''), "
        "o.status::text, o.want_date, coalesce(o.assignee_name, ''), o.updated_at FROM cs.order_list o "
        "WHERE o.status = ANY (CAST(:statuses AS cs.order_status_enum[])) ");
    if (list == domain::WorkList::MyBuilds)
        sql += QStringLiteral("AND o.current_assignee = cs.caller_user_id() ");
    sql += QStringLiteral("ORDER BY o.want_date, o.po_number, o.build_number LIMIT :limit");
    QSqlQuery q(db);
    if (const Result<Done> r = worker::exec(q, sql, {{QStringLiteral(":statuses"), statusArray(rule.statuses)},
                                                    {QStringLiteral(":limit"), kRowLimit}});
        !r)
        return r.error();
    QList<HomeRow> rows;
    while (q.next()) {
        const Result<domain::OrderStatus> status = parseStatus(q.value(5).toString());
        if (!status)
            return status.error();
        HomeRow row;
        row.orderId = q.value(0).toString();
        row.buildNumber = q.value(1).toString();
        row.poNumber = q.value(2).toString();
        row.customer = q.value(3).toString();
        row.project = q.value(4).toString();
        row.status = status.value();
        row.wantDate = q.value(6).toDate();
        row.assignee = q.value(7).toString();
        row.updatedAt = q.value(8).toDateTime();
        rows << row;
    }
    return rows;
}

Result<QList<BomApprovalRow>> HomeQueries::bomApprovals(QSqlDatabase& db)
{
    const domain::WorkListRule& rule = domain::WorkLists::rule(domain::WorkList::BomApprovals);
    QSqlQuery q(db);
    if (const Result<Done> r = worker::exec(
            q,
            QStringLiteral("SELECT o.order_id::text, o.build_number, o.po_number, o.customer_name, b.version, "
                           "b.generated_at, coalesce(b.total_unique_parts, 0), o.want_date FROM cs.boms b "
                           "JOIN cs.orders o ON o.generated_bom_id = b.bom_id "
                           "WHERE b.status = 'Generated' AND o.status = ANY (CAST(:statuses AS cs.order_status_enum[])) "
                           "ORDER BY o.want_date, o.po_number, o.build_number LIMIT :limit"),
            {{QStringLiteral(":statuses"), statusArray(rule.statuses)}, {QStringLiteral(":limit"), kRowLimit}});
        !r)
        return r.error();
    QList<BomApprovalRow> rows;
    while (q.next()) {
        BomApprovalRow row;
        row.orderId = q.value(0).toString();
        row.buildNumber = q.value(1).toString();
        row.poNumber = q.value(2).toString();
        row.customer = q.value(3).toString();
        row.bomVersion = q.value(4).toInt();
        row.generatedAt = q.value(5).toDateTime();
        row.uniqueParts = q.value(6).toInt();
        row.wantDate = q.value(7).toDate();
        rows << row;
    }
    return rows;
}

Result<QList<ServicePartRow>> HomeQueries::serviceParts(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (const Result<Done> r = worker::exec(
            q, QStringLiteral("SELECT a.assembly_id, a.name, coalesce(a.description, '') FROM cs.assemblies a "
                              "WHERE a.type = 'SERVICE_PART' AND a.status = 'ACTIVE' ORDER BY a.assembly_id"));
        !r)
        return r.error();
    QList<ServicePartRow> rows;
    while (q.next())
        rows << ServicePartRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return rows;
}

Result<QList<ServiceRequestRow>> HomeQueries::serviceRequests(QSqlDatabase& db, bool onlyMine)
{
    // The lines with the catalog's names (a part, or a service part assembly), the requester and the
    // person who processed it: what a reader needs to tell one request from the next.
    QSqlQuery q(db);
    if (const Result<Done> r = worker::exec(
            q,
            QStringLiteral(
                "SELECT s.service_order_id::text, s.request_timestamp, s.status::text, jsonb_array_length(s.items), "
                "s.processed_timestamp, coalesce(s.processing_notes, ''), coalesce(req.full_name, ''), "
                "coalesce(proc.full_name, ''), "
                "coalesce((SELECT jsonb_agg(jsonb_build_object('id', e.item ->> 'id', 'qty', e.item -> 'qty', "
                "                 'name', coalesce(p.name, a.name, ''), "
                "                 'approved', (SELECT ap -> 'qty' FROM jsonb_array_elements(s.approved_items) ap "
                "                              WHERE ap ->> 'id' = e.item ->> 'id' LIMIT 1)) ORDER BY e.n) "
                "          FROM jsonb_array_elements(s.items) WITH ORDINALITY AS e(item, n) "
                "          LEFT JOIN cs.parts p ON p.part_id = e.item ->> 'id' "
                "          LEFT JOIN cs.assemblies a ON a.assembly_id = e.item ->> 'id'), '[]')::text "
                "FROM cs.service_orders s LEFT JOIN cs.users req ON req.user_id = s.requested_by "
                "LEFT JOIN cs.users proc ON proc.user_id = s.processed_by %1 "
                "ORDER BY s.request_timestamp DESC LIMIT :limit")
                .arg(onlyMine ? QStringLiteral("WHERE s.requested_by = cs.caller_user_id()") : QString()),
            {{QStringLiteral(":limit"), kRowLimit}});
        !r)
        return r.error();
    QList<ServiceRequestRow> rows;
    while (q.next()) {
        ServiceRequestRow row;
        row.requestId = q.value(0).toString();
        row.requestedAt = q.value(1).toDateTime();
        row.status = q.value(2).toString();
        row.lines = q.value(3).toInt();
        row.processedAt = q.value(4).toDateTime();
        row.notes = q.value(5).toString();
        row.requestedBy = q.value(6).toString();
        row.processedBy = q.value(7).toString();
        const QJsonArray items = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array();
        for (const QJsonValue& v : items) {
            const QJsonObject o = v.toObject();
            // Approved quantities once procurement approved (a line left out was approved as none).
            const QJsonValue approved = o.value(u"approved");
            const bool decided = row.status != u"Pending" && row.status != u"Rejected";
            const int approvedQuantity = approved.isDouble() ? approved.toInt() : (decided ? 0 : -1);
            row.items << ServiceRequestLine{o.value(u"id").toString(), o.value(u"name").toString(),
                                            o.value(u"qty").toInt(), approvedQuantity};
        }
        rows << row;
    }
    return rows;
}

QFuture<Result<QList<HomeRow>>> HomeQueries::builds(domain::WorkList list)
{
    return worker::read<QList<HomeRow>>(m_session, [list](QSqlDatabase& db) { return builds(db, list); });
}

QFuture<Result<QList<BomApprovalRow>>> HomeQueries::bomApprovals()
{
    return worker::read<QList<BomApprovalRow>>(m_session, [](QSqlDatabase& db) { return bomApprovals(db); });
}

QFuture<Result<QList<ServicePartRow>>> HomeQueries::serviceParts()
{
    return worker::read<QList<ServicePartRow>>(m_session, [](QSqlDatabase& db) { return serviceParts(db); });
}

QFuture<Result<QList<ServiceRequestRow>>> HomeQueries::serviceRequests()
{
    return worker::read<QList<ServiceRequestRow>>(m_session,
                                                  [](QSqlDatabase& db) { return serviceRequests(db, false); });
}

QFuture<Result<QList<ServiceRequestRow>>> HomeQueries::myServiceRequests()
{
    return worker::read<QList<ServiceRequestRow>>(m_session,
                                                  [](QSqlDatabase& db) { return serviceRequests(db, true); });
}

} // namespace cs::data
