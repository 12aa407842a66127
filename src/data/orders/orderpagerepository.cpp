#include "data/orders/orderpagerepository.h"

#include "data/common/worker.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cs::data {

namespace {

QString text(const QVariant& v)
{
    return v.isNull() ? QString() : v.toString();
}

DbError refusal(const QString& code, const QString& message)
{
    DbError e;
    e.kind = DbError::Kind::Refused;
    e.code = code;
    e.message = message;
    return e;
}

// The statements below run on a QSqlQuery the caller owns: inside a transaction, a statement that fails
// aborts it, and a prepared query freed before the ROLLBACK could not deallocate its statement.

Result<OrderDetail> orderFrom(QSqlQuery& q, const QString& orderId)
{
    const Result<Done> run = worker::exec(
        q,
        QStringLiteral(
            "SELECT o.order_id::text, o.po_number, o.build_number, o.customer_name, o.project_name, o.sales_person, "
            "o.want_date, o.order_language::text, o.notes, o.sink_family::text, o.sink_model, o.status::text, "
            "o.current_assignee::text, a.full_name, c.full_name, o.row_version, o.created_at, o.updated_at, "
            "o.config::text, b.bom_id::text, b.version, b.status, b.content_sha256, b.generated_at, b.catalog_revision "
            "FROM cs.orders o LEFT JOIN cs.users a ON a.user_id = o.current_assignee "
            "LEFT JOIN cs.users c ON c.user_id = o.created_by LEFT JOIN cs.boms b ON b.bom_id = o.generated_bom_id "
            "WHERE o.order_id = CAST(:id AS uuid)"),
        {{QStringLiteral(":id"), orderId}});
    if (!run)
        return run.error();
    if (!q.next())
        return refusal(QStringLiteral("E-ORDER-NOT-FOUND"), OrderPageRepository::tr("The order no longer exists."));
    OrderDetail d;
    d.orderId = q.value(0).toString();
    d.poNumber = q.value(1).toString();
    d.buildNumber = q.value(2).toString();
    d.customerName = q.value(3).toString();
    d.projectName = text(q.value(4));
    d.salesPerson = q.value(5).toString();
    d.wantDate = q.value(6).toDate();
    d.language = q.value(7).toString();
    d.notes = text(q.value(8));
    d.family = q.value(9).toString();
    d.model = text(q.value(10));
    d.status = q.value(11).toString();
    d.assigneeId = text(q.value(12));
    d.assigneeName = text(q.value(13));
    d.createdByName = text(q.value(14));
    d.rowVersion = q.value(15).toInt();
    d.createdAt = q.value(16).toDateTime();
    d.updatedAt = q.value(17).toDateTime();
    d.config = QJsonDocument::fromJson(q.value(18).toString().toUtf8()).object();
    d.bomId = text(q.value(19));
    d.bomVersion = q.value(20).toInt();
    d.bomStatus = text(q.value(21));
    d.bomSha256 = text(q.value(22)).trimmed();
    d.bomGeneratedAt = q.value(23).toDateTime();
    d.catalogRevision = q.value(24).toLongLong();
    return d;
}

Result<QList<HistoryEntry>> historyFrom(QSqlQuery& q, const QString& orderId)
{
    const Result<Done> run = worker::exec(
        q,
        QStringLiteral(
            "SELECT h.created_at, u.full_name, h.action, h.old_status::text, h.new_status::text, h.notes, h.forced "
            "FROM cs.order_history h LEFT JOIN cs.users u ON u.user_id = h.user_id "
            "WHERE h.order_id = CAST(:id AS uuid) ORDER BY h.created_at, h.history_id"),
        {{QStringLiteral(":id"), orderId}});
    if (!run)
        return run.error();
    QList<HistoryEntry> out;
    while (q.next())
        out.append(HistoryEntry{q.value(0).toDateTime(), text(q.value(1)), q.value(2).toString(), text(q.value(3)),
                                text(q.value(4)), text(q.value(5)), q.value(6).toBool()});
    return out;
}

Result<QList<TransitionOption>> transitionsFrom(QSqlQuery& q, const QString& fromStatus, const QString& roleName)
{
    const Result<Done> run = worker::exec(
        q,
        QStringLiteral("SELECT to_status::text, note_required, gate FROM cs.order_transitions "
                       "WHERE from_status = CAST(:from AS cs.order_status_enum) "
                       "AND coalesce(CAST(NULLIF(:role, '') AS cs.user_role_enum), cs.caller_role()) = ANY (allowed_roles) "
                       "ORDER BY to_status"),
        {{QStringLiteral(":from"), fromStatus}, {QStringLiteral(":role"), roleName}});
    if (!run)
        return run.error();
    QList<TransitionOption> out;
    while (q.next())
        out.append(TransitionOption{q.value(0).toString(), q.value(1).toBool(), text(q.value(2))});
    return out;
}

Result<QList<AssignableUser>> assignableFrom(QSqlQuery& q, const QString& status)
{
    // The roles that fit a build in each status, as cs.assign_order checks them (admins fit every status);
    // only for those who may assign.
    const Result<Done> run = worker::exec(
        q,
        QStringLiteral(
            "SELECT username, full_name FROM cs.users WHERE cs.caller_role() IN ('ProductionCoordinator', 'Admin') "
            "AND is_active AND (role = 'Admin' OR role = ANY ("
            " CASE WHEN CAST(:s AS text) IN ('OrderCreated', 'PartsSent') THEN ARRAY['ProcurementSpecialist']::cs.user_role_enum[]"
            "      WHEN CAST(:s2 AS text) IN ('ReadyForPreQC', 'ReadyForFinalQC') THEN ARRAY['QCPerson']::cs.user_role_enum[]"
            "      WHEN CAST(:s3 AS text) IN ('ReadyForProduction', 'TestingComplete', 'PackagingComplete')"
            "           THEN ARRAY['Assembler']::cs.user_role_enum[]"
            "      ELSE enum_range(NULL::cs.user_role_enum) END)) ORDER BY full_name"),
        {{QStringLiteral(":s"), status}, {QStringLiteral(":s2"), status}, {QStringLiteral(":s3"), status}});
    if (!run)
        return run.error();
    QList<AssignableUser> out;
    while (q.next())
        out.append(AssignableUser{q.value(0).toString(), q.value(1).toString()});
    return out;
}

Result<QList<DocumentInfo>> documentsFrom(QSqlQuery& q, const QString& orderId)
{
    const Result<Done> run = worker::exec(
        q,
        QStringLiteral("SELECT d.document_id::text, d.filename, d.file_type, d.document_type, d.file_size, "
                       "d.content_sha256, u.full_name, d.uploaded_at FROM cs.order_documents d "
                       "LEFT JOIN cs.users u ON u.user_id = d.uploaded_by "
                       "WHERE d.order_id = CAST(:id AS uuid) ORDER BY d.uploaded_at, d.filename"),
        {{QStringLiteral(":id"), orderId}});
    if (!run)
        return run.error();
    QList<DocumentInfo> out;
    while (q.next())
        out.append(DocumentInfo{q.value(0).toString(), q.value(1).toString(), text(q.value(2)), text(q.value(3)),
                                q.value(4).toLongLong(), text(q.value(5)).trimmed(), text(q.value(6)),
                                q.value(7).toDateTime()});
    return out;
}

Result<BomData> bomFrom(QSqlQuery& q, const QString& bomId)
{
    const QVariantMap id{{QStringLiteral(":id"), bomId}};
    // The catalog name of an item: a part, an assembly, or an assembly named with the ASSY- prefix.
    const QString names = QStringLiteral(
        "coalesce((SELECT p.name FROM cs.parts p WHERE p.part_id = %1),"
        " (SELECT a.name FROM cs.assemblies a WHERE a.assembly_id = %1),"
        " (SELECT a.name FROM cs.assemblies a WHERE a.assembly_id = 'ASSY-' || %1), '')");
    BomData bom;
    Result<Done> run = worker::exec(q,
                                    QStringLiteral("SELECT bom_id::text, version, status, content_sha256, catalog_revision, "
                                                   "bom_items::text FROM cs.boms "
                                                   "WHERE bom_id = CAST(:id AS uuid)"),
                                    id);
    if (!run)
        return run.error();
    if (!q.next())
        return refusal(QStringLiteral("E-BOM-NOT-FOUND"), OrderPageRepository::tr("The BOM no longer exists."));
    bom.bomId = q.value(0).toString();
    bom.version = q.value(1).toInt();
    bom.status = q.value(2).toString();
    bom.sha256 = q.value(3).toString().trimmed();
    bom.catalogRevision = q.value(4).toLongLong();
    bom.items = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();

    run = worker::exec(q,
                       QStringLiteral("SELECT i.line_no, i.parent_line_no, i.item_id, %1, i.quantity, i.extended_quantity, "
                                      "i.depth, i.rule, i.answer, i.note FROM cs.bom_items i "
                                      "WHERE i.bom_id = CAST(:id AS uuid) ORDER BY i.line_no")
                           .arg(names.arg(QStringLiteral("i.item_id"))),
                       id);
    if (!run)
        return run.error();
    while (q.next()) {
        BomLineRow r;
        r.lineNo = q.value(0).toInt();
        r.parentLineNo = q.value(1).isNull() ? -1 : q.value(1).toInt();
        r.itemId = q.value(2).toString();
        r.name = q.value(3).toString();
        r.quantity = q.value(4).toInt();
        r.extendedQuantity = q.value(5).toInt();
        r.depth = q.value(6).toInt();
        r.rule = text(q.value(7));
        r.answer = text(q.value(8));
        r.note = text(q.value(9));
        bom.tree.append(r);
    }

    // The procurement list: the frozen, merged leaf list of the BOM.
    run = worker::exec(q,
                       QStringLiteral("SELECT f ->> 'id', %1, (f ->> 'qty')::bigint FROM cs.boms b, "
                                      "jsonb_array_elements(coalesce(b.bom_items -> 'flat', '[]')) f "
                                      "WHERE b.bom_id = CAST(:id AS uuid) ORDER BY f ->> 'id'")
                           .arg(names.arg(QStringLiteral("(f ->> 'id')"))),
                       id);
    if (!run)
        return run.error();
    while (q.next())
        bom.flat.append(BomFlatRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});

    // Decisions on every version of this build's BOM, with their signatures.
    run = worker::exec(
        q,
        QStringLiteral("SELECT ba.action, coalesce(s.printed_name, u.full_name), coalesce(s.signed_at, ba.created_at), "
                       "ba.notes, s.meaning, s.content_sha256, b.version FROM cs.bom_approvals ba "
                       "JOIN cs.boms b ON b.bom_id = ba.bom_id LEFT JOIN cs.users u ON u.user_id = ba.user_id "
                       "LEFT JOIN cs.signatures s ON s.signature_id = ba.signature_id "
                       "WHERE b.order_id = (SELECT order_id FROM cs.boms WHERE bom_id = CAST(:id AS uuid)) "
                       "ORDER BY ba.created_at"),
        id);
    if (!run)
        return run.error();
    while (q.next())
        bom.approvals.append(BomApproval{q.value(0).toString(), text(q.value(1)), q.value(2).toDateTime(),
                                         text(q.value(3)), text(q.value(4)), text(q.value(5)).trimmed(),
                                         q.value(6).toInt()});
    return bom;
}

} // namespace

OrderPageRepository::OrderPageRepository(Session& session)
    : m_session(session)
{
}

QFuture<Result<OrderPageData>> OrderPageRepository::load(const QString& orderId) const
{
    return worker::read<OrderPageData>(m_session, [orderId](QSqlDatabase& db) { return read(db, orderId); });
}

Result<OrderPageData> OrderPageRepository::read(QSqlDatabase& db, const QString& orderId)
{
    QSqlQuery q(db);   // outlives the transaction (see above)
    return worker::inTransaction<OrderPageData>(db, [&](QSqlDatabase&) -> Result<OrderPageData> {
        // One snapshot for every part: the history, BOM and documents belong to the order row read.
        // (Not a prepared statement: the server cannot prepare SET.)
        if (!q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
            return DbError::fromSql(q.lastError());
        OrderPageData page;
        Result<OrderDetail> order = orderFrom(q, orderId);
        if (!order)
            return order.error();
        page.detail = std::move(order).value();
        Result<QList<HistoryEntry>> history = historyFrom(q, orderId);
        if (!history)
            return history.error();
        page.history = std::move(history).value();
        Result<QList<TransitionOption>> transitions = transitionsFrom(q, page.detail.status, QString());
        if (!transitions)
            return transitions.error();
        page.transitions = std::move(transitions).value();
        Result<QList<DocumentInfo>> documents = documentsFrom(q, orderId);
        if (!documents)
            return documents.error();
        page.documents = std::move(documents).value();
        Result<QList<AssignableUser>> assignable = assignableFrom(q, page.detail.status);
        if (!assignable)
            return assignable.error();
        page.assignable = std::move(assignable).value();
        if (!page.detail.bomId.isEmpty()) {
            Result<BomData> bom = bomFrom(q, page.detail.bomId);
            if (!bom)
                return bom.error();
            page.bom = std::move(bom).value();
        }
        return page;
    });
}

Result<OrderDetail> OrderPageRepository::readOrder(QSqlDatabase& db, const QString& orderId)
{
    QSqlQuery q(db);
    return orderFrom(q, orderId);
}

Result<QList<HistoryEntry>> OrderPageRepository::readHistory(QSqlDatabase& db, const QString& orderId)
{
    QSqlQuery q(db);
    return historyFrom(q, orderId);
}

Result<QList<TransitionOption>> OrderPageRepository::readTransitions(QSqlDatabase& db, const QString& fromStatus,
                                                                     const QString& roleName)
{
    QSqlQuery q(db);
    return transitionsFrom(q, fromStatus, roleName);
}

Result<QList<AssignableUser>> OrderPageRepository::readAssignable(QSqlDatabase& db, const QString& status)
{
    QSqlQuery q(db);
    return assignableFrom(q, status);
}

Result<QList<DocumentInfo>> OrderPageRepository::readDocuments(QSqlDatabase& db, const QString& orderId)
{
    QSqlQuery q(db);
    return documentsFrom(q, orderId);
}

Result<BomData> OrderPageRepository::readBom(QSqlDatabase& db, const QString& bomId)
{
    QSqlQuery q(db);
    return bomFrom(q, bomId);
}

} // namespace cs::data
