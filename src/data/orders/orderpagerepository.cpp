#include "data/orders/orderpagerepository.h"

#include "data/common/worker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace cs::data {

namespace {

DbError refusal(const QString& code, const QString& message)
{
    DbError e;
    e.kind = DbError::Kind::Refused;
    e.code = code;
    e.message = message;
    return e;
}

QString string(const QJsonValue& v)
{
    return v.isString() ? v.toString() : QString();
}

// Timestamps come as ISO 8601 text with the session's offset, read as the driver reads a timestamptz.
QDateTime at(const QJsonValue& v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}

OrderDetail orderOf(const QJsonObject& o)
{
    OrderDetail d;
    d.orderId = string(o[u"id"]);
    d.poNumber = string(o[u"po"]);
    d.buildNumber = string(o[u"build"]);
    d.customerName = string(o[u"customer"]);
    d.projectName = string(o[u"project"]);
    d.salesPerson = string(o[u"sales"]);
    d.wantDate = QDate::fromString(string(o[u"want"]), Qt::ISODate);
    d.language = string(o[u"language"]);
    d.notes = string(o[u"notes"]);
    d.family = string(o[u"family"]);
    d.model = string(o[u"model"]);
    d.status = string(o[u"status"]);
    d.assigneeId = string(o[u"assignee_id"]);
    d.assigneeName = string(o[u"assignee"]);
    d.createdByName = string(o[u"created_by"]);
    d.rowVersion = o[u"row_version"].toInt();
    d.createdAt = at(o[u"created_at"]);
    d.updatedAt = at(o[u"updated_at"]);
    d.config = o[u"config"].toObject();
    d.bomId = string(o[u"bom_id"]);
    d.bomVersion = o[u"bom_version"].toInt();
    d.bomStatus = string(o[u"bom_status"]);
    d.bomSha256 = string(o[u"bom_sha256"]).trimmed();
    d.bomGeneratedAt = at(o[u"bom_generated_at"]);
    d.catalogRevision = qint64(o[u"catalog_revision"].toDouble());
    return d;
}

QList<HistoryEntry> historyOf(const QJsonArray& rows)
{
    QList<HistoryEntry> out;
    out.reserve(rows.size());
    for (const QJsonValue& v : rows) {
        const QJsonObject h = v.toObject();
        out.append(HistoryEntry{at(h[u"at"]), string(h[u"who"]), string(h[u"action"]), string(h[u"from"]),
                                string(h[u"to"]), string(h[u"notes"]), h[u"forced"].toBool()});
    }
    return out;
}

QList<TransitionOption> transitionsOf(const QJsonArray& rows)
{
    QList<TransitionOption> out;
    for (const QJsonValue& v : rows) {
        const QJsonObject t = v.toObject();
        out.append(TransitionOption{string(t[u"to"]), t[u"note_required"].toBool(), string(t[u"gate"])});
    }
    return out;
}

QList<AssignableUser> assignableOf(const QJsonArray& rows)
{
    QList<AssignableUser> out;
    for (const QJsonValue& v : rows) {
        const QJsonObject u = v.toObject();
        out.append(AssignableUser{string(u[u"username"]), string(u[u"name"])});
    }
    return out;
}

QList<DocumentInfo> documentsOf(const QJsonArray& rows)
{
    QList<DocumentInfo> out;
    for (const QJsonValue& v : rows) {
        const QJsonObject d = v.toObject();
        out.append(DocumentInfo{string(d[u"id"]), string(d[u"filename"]), string(d[u"file_type"]),
                                string(d[u"document_type"]), qint64(d[u"size"].toDouble()),
                                string(d[u"sha256"]).trimmed(), string(d[u"uploaded_by"]), at(d[u"uploaded_at"])});
    }
    return out;
}

BomData bomOf(const QJsonObject& page)
{
    BomData bom;
    const QJsonObject b = page[u"bom"].toObject();
    bom.bomId = string(b[u"id"]);
    bom.version = b[u"version"].toInt();
    bom.status = string(b[u"status"]);
    bom.sha256 = string(b[u"sha256"]).trimmed();
    bom.catalogRevision = qint64(b[u"catalog_revision"].toDouble());
    bom.items = b[u"items"].toObject();
    for (const QJsonValue& v : page[u"tree"].toArray()) {
        const QJsonObject l = v.toObject();
        BomLineRow r;
        r.lineNo = l[u"line"].toInt();
        r.parentLineNo = l[u"parent"].isNull() ? -1 : l[u"parent"].toInt();
        r.itemId = string(l[u"id"]);
        r.name = string(l[u"name"]);
        r.quantity = l[u"qty"].toInt();
        r.extendedQuantity = l[u"extended"].toInt();
        r.depth = l[u"depth"].toInt();
        r.rule = string(l[u"rule"]);
        r.answer = string(l[u"answer"]);
        r.note = string(l[u"note"]);
        bom.tree.append(r);
    }
    for (const QJsonValue& v : page[u"flat"].toArray()) {
        const QJsonObject f = v.toObject();
        bom.flat.append(BomFlatRow{string(f[u"id"]), string(f[u"name"]), qint64(f[u"qty"].toDouble())});
    }
    for (const QJsonValue& v : page[u"approvals"].toArray()) {
        const QJsonObject a = v.toObject();
        bom.approvals.append(BomApproval{string(a[u"action"]), string(a[u"who"]), at(a[u"at"]), string(a[u"notes"]),
                                         string(a[u"meaning"]), string(a[u"sha256"]).trimmed(), a[u"version"].toInt()});
    }
    return bom;
}

// One call of a page function (`sql` with :id); a missing row answers `missing`.
Result<QJsonObject> call(QSqlDatabase& db, const QString& sql, const QVariantMap& bindings, const DbError& missing)
{
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(q, sql, bindings);
    if (!run)
        return run.error();
    if (!q.next() || q.value(0).isNull())
        return missing;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &error);
    if (!doc.isObject())
        return DbError::client(QStringLiteral("E-CLIENT-ANSWER"),
                               OrderPageRepository::tr("The server's answer could not be read: %1").arg(error.errorString()));
    return doc.object();
}

DbError orderMissing()
{
    return refusal(QStringLiteral("E-ORDER-NOT-FOUND"), OrderPageRepository::tr("The order no longer exists."));
}

// cs.order_page with the parts named (all of them when `parts` is empty).
Result<QJsonObject> orderPage(QSqlDatabase& db, const QString& orderId, const QStringList& parts = {})
{
    if (parts.isEmpty())
        return call(db, QStringLiteral("SELECT cs.order_page(CAST(:id AS uuid))"), {{QStringLiteral(":id"), orderId}},
                    orderMissing());
    return call(db, QStringLiteral("SELECT cs.order_page(CAST(:id AS uuid), string_to_array(:parts, ','))"),
                {{QStringLiteral(":id"), orderId}, {QStringLiteral(":parts"), parts.join(u',')}}, orderMissing());
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
    const Result<QJsonObject> page = orderPage(db, orderId);
    if (!page)
        return page.error();
    OrderPageData data;
    data.detail = orderOf(page->value(u"order").toObject());
    data.history = historyOf(page->value(u"history").toArray());
    data.transitions = transitionsOf(page->value(u"transitions").toArray());
    data.documents = documentsOf(page->value(u"documents").toArray());
    data.assignable = assignableOf(page->value(u"assignable").toArray());
    if (page->value(u"bom").isObject())
        data.bom = bomOf(page->value(u"bom").toObject());
    return data;
}

Result<OrderDetail> OrderPageRepository::readOrder(QSqlDatabase& db, const QString& orderId)
{
    const Result<QJsonObject> page = orderPage(db, orderId, {QStringLiteral("order")});
    if (!page)
        return page.error();
    return orderOf(page->value(u"order").toObject());
}

Result<QList<HistoryEntry>> OrderPageRepository::readHistory(QSqlDatabase& db, const QString& orderId)
{
    const Result<QJsonObject> page = orderPage(db, orderId, {QStringLiteral("history")});
    if (!page)
        return page.error();
    return historyOf(page->value(u"history").toArray());
}

Result<QList<DocumentInfo>> OrderPageRepository::readDocuments(QSqlDatabase& db, const QString& orderId)
{
    const Result<QJsonObject> page = orderPage(db, orderId, {QStringLiteral("documents")});
    if (!page)
        return page.error();
    return documentsOf(page->value(u"documents").toArray());
}

Result<BomData> OrderPageRepository::readBom(QSqlDatabase& db, const QString& bomId)
{
    const Result<QJsonObject> page =
        call(db, QStringLiteral("SELECT cs.bom_page(CAST(:id AS uuid))"), {{QStringLiteral(":id"), bomId}},
             refusal(QStringLiteral("E-BOM-NOT-FOUND"), OrderPageRepository::tr("The BOM no longer exists.")));
    if (!page)
        return page.error();
    return bomOf(page.value());
}

} // namespace cs::data
