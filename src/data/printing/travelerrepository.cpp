#include "data/printing/travelerrepository.h"

#include "data/orders/ordersearch.h"
#include "domain/catalog/catalog.h"
#include "domain/catalog/catalogdata.h"
#include "domain/printing/travelerbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace cs::data {

namespace {

// A refusal made on this client (no such build, no BOM).
DbError refusal(const QString& code, const QString& message)
{
    DbError e;
    e.kind = DbError::Kind::Refused;
    e.code = code;
    e.message = message;
    return e;
}

// The sign-off strip's row for a stage key, or nullptr.
domain::TravelerSignOff* stage(domain::TravelerContent* c, const QString& key)
{
    for (domain::TravelerSignOff& s : c->signOffs)
        if (s.stageKey == key)
            return &s;
    return nullptr;
}

QString resultWord(const QString& status)
{
    if (status == u"Pass")
        return QStringLiteral("PASS");
    if (status == u"Fail")
        return QStringLiteral("FAIL");
    return status.toUpper();
}

// The frozen BOM object {"top":[...], "tree":[...], "flat":[...]} (BuildBom::canonicalJson) back into a
// BuildBom. Tree nodes get their top line (the depth-0 ancestor) and leaf flag back.
bool bomFromJson(const QByteArray& json, domain::BuildBom* bom, QString* error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (!doc.isObject()) {
        *error = parse.errorString();
        return false;
    }
    const QJsonObject o = doc.object();
    for (const QJsonValue& v : o.value(u"top").toArray()) {
        const QJsonObject l = v.toObject();
        domain::BomLine line;
        line.id = l.value(u"id").toString();
        line.qty = l.value(u"qty").toInteger();
        line.rule = l.value(u"rule").toString();
        line.answer = l.value(u"answer").toString();
        line.note = l.value(u"note").toString();
        bom->top.append(line);
    }
    int topIndex = -1;
    for (const QJsonValue& v : o.value(u"tree").toArray()) {
        const QJsonObject n = v.toObject();
        domain::BomTreeNode node;
        node.id = n.value(u"id").toString();
        node.qty = n.value(u"qty").toInteger();
        node.extQty = n.value(u"extQty").toInteger();
        node.depth = n.value(u"depth").toInt();
        node.parent = n.value(u"parent").isNull() ? -1 : n.value(u"parent").toInt(-1);
        if (node.parent < 0)
            ++topIndex;
        node.topLine = std::max(0, topIndex);
        if (node.parent >= 0 && node.parent < bom->tree.size())
            bom->tree[node.parent].leaf = false;
        bom->tree.append(node);
    }
    for (const QJsonValue& v : o.value(u"flat").toArray()) {
        const QJsonObject l = v.toObject();
        domain::BomFlatLine line;
        line.id = l.value(u"id").toString();
        line.qty = l.value(u"qty").toInteger();
        bom->flat.append(line);
    }
    bom->generated = true;
    return true;
}

} // namespace

bool TravelerRepository::isRefusal(const DbError& error)
{
    return error.kind == DbError::Kind::Refused || error.kind == DbError::Kind::Permission
        || error.kind == DbError::Kind::Conflict;
}

TravelerRepository::TravelerRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool TravelerRepository::begin(const QString& sql, DbError* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        *error = DbError::fromSql(q.lastError());
        return false;
    }
    m_open = true;
    return true;
}

bool TravelerRepository::commit(DbError* error)
{
    QSqlQuery q(m_db);
    m_open = false;
    if (!q.exec(QStringLiteral("COMMIT"))) {
        *error = DbError::fromSql(q.lastError()); // a failed COMMIT ends the transaction
        return false;
    }
    return true;
}

void TravelerRepository::abort()
{
    if (!m_open)
        return;
    m_open = false;
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

bool TravelerRepository::fail(const QSqlError& sqlError, DbError* error)
{
    *error = DbError::fromSql(sqlError);
    abort();
    return false;
}

bool TravelerRepository::load(const QString& buildNumber, TravelerData* out, DbError* error)
{
    if (!begin(QStringLiteral("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"), error))
        return false;
    if (!loadInTransaction(buildNumber, out, error)) {
        abort();
        return false;
    }
    if (!commit(error))
        return false;
    out->traveler.printedAt = QDateTime::currentDateTime();
    return true;
}

bool TravelerRepository::loadForPreview(const QStringList& buildNumbers, PrintKind kind, QList<TravelerData>* out,
                                        DbError* error)
{
    out->clear();
    *error = DbError();
    if (!begin(QStringLiteral("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"), error))
        return false;
    const QDateTime now = QDateTime::currentDateTime();
    for (const QString& build : buildNumbers) {
        TravelerData d;
        if (!loadInTransaction(build, &d, error)) {
            abort();
            out->clear();
            return false;
        }
        const QList<PrintRecord> earlier = prints(d.orderId, kind, error);
        if (error->isSet()) {
            abort();
            out->clear();
            return false;
        }
        d.traveler.reprint = !earlier.isEmpty();
        d.traveler.printNumber = int(earlier.size()) + 1;
        d.traveler.printedAt = now;
        out->append(d);
    }
    if (!commit(error)) {
        out->clear();
        return false;
    }
    return true;
}

bool TravelerRepository::loadInTransaction(const QString& buildNumber, TravelerData* out, DbError* error)
{
    *out = TravelerData{};
    const QString wanted = buildNumber.trimmed();
    if (wanted.isEmpty()) {
        *error = refusal(QStringLiteral("E-BUILD-NOT-FOUND"), tr("No build number given."));
        return false;
    }
    // The one build lookup (the order list, readable by every role), then the build's row: a role that
    // may not read orders hears it as such, not as "no such build".
    const Result<std::optional<BuildSummary>> found = OrderSearch::findBuild(m_db, wanted);
    if (!found) {
        *error = found.error();
        abort();
        return false;
    }
    if (!found.value()) {
        *error = refusal(QStringLiteral("E-BUILD-NOT-FOUND"), tr("There is no build %1.").arg(wanted));
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT o.order_id::text, o.build_number, o.status::text, o.created_at, o.po_number, o.customer_name,"
        " o.project_name, o.sales_person, to_char(o.want_date, 'YYYY-MM-DD'), o.order_language::text, o.notes,"
        " upper(o.sink_family::text), o.config::text, b.bom_id::text, b.version, b.status, b.content_sha256,"
        " b.bom_items::text"
        " FROM cs.orders o LEFT JOIN cs.boms b ON b.bom_id = o.generated_bom_id"
        " WHERE o.order_id = CAST(:id AS uuid)"));
    q.bindValue(QStringLiteral(":id"), found.value()->orderId);
    if (!q.exec())
        return fail(q.lastError(), error);
    if (!q.next()) {
        *error = refusal(QStringLiteral("E-BUILD-NOT-FOUND"), tr("There is no build %1.").arg(wanted));
        return false;
    }
    TravelerData& d = *out;
    d.orderId = q.value(0).toString();
    d.buildNumber = q.value(1).toString();
    d.status = q.value(2).toString();
    d.createdAt = q.value(3).toDateTime();
    if (q.value(13).isNull()) {
        *error = refusal(QStringLiteral("E-NO-BOM"), tr("Build %1 has no frozen BOM.").arg(d.buildNumber));
        return false;
    }
    d.bomId = q.value(13).toString();
    d.bomVersion = q.value(14).toInt();
    d.bomStatus = q.value(15).toString();
    d.bomSha256 = q.value(16).toString().trimmed();

    // The order and the build's configuration through the neutral JSON (CONFIGURATION.md 12).
    const QJsonObject order{{QStringLiteral("poNumber"), q.value(4).toString()},
                            {QStringLiteral("customerName"), q.value(5).toString()},
                            {QStringLiteral("projectName"), q.value(6).isNull() ? QJsonValue() : QJsonValue(q.value(6).toString())},
                            {QStringLiteral("salesPerson"), q.value(7).toString()},
                            {QStringLiteral("wantDate"), q.value(8).toString()},
                            {QStringLiteral("language"), q.value(9).toString()},
                            {QStringLiteral("notes"), q.value(10).isNull() ? QJsonValue() : QJsonValue(q.value(10).toString())}};
    const QJsonObject config = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).object();
    const QJsonObject whole{{QStringLiteral("order"), order},
                            {QStringLiteral("family"), q.value(11).toString()},
                            {QStringLiteral("builds"), QJsonArray{QJsonObject{{QStringLiteral("buildNumber"), d.buildNumber},
                                                                              {QStringLiteral("config"), config}}}}};
    QString why;
    const std::optional<domain::OrderConfiguration> parsed = domain::OrderConfiguration::fromJson(whole, &why);
    if (!parsed || parsed->builds.size() != 1) {
        *error = DbError::client(QStringLiteral("E-CONFIG"), tr("The configuration of build %1 cannot be read: %2")
                                                          .arg(d.buildNumber, why));
        return false;
    }
    d.order = parsed->order;
    d.family = parsed->family;
    d.build = parsed->builds.first();

    d.bom.buildNumber = d.buildNumber;
    d.bom.buildIndex = 0;
    if (!bomFromJson(q.value(17).toString().toUtf8(), &d.bom, &why)) {
        *error = DbError::client(QStringLiteral("E-BOM-UNREADABLE"),
                             tr("The frozen BOM of build %1 cannot be read: %2").arg(d.buildNumber, why));
        return false;
    }

    domain::CatalogData names;
    if (!loadNames(d, &names, error))
        return false;
    const std::shared_ptr<const domain::Catalog> catalog = domain::Catalog::fromData(names);

    d.traveler = domain::TravelerBuilder::build(d.order, d.family, d.build, d.bom, catalog.get());
    d.traveler.buildNumber = d.buildNumber;
    // The server's hash of the frozen BOM: the value stored with it and signed by its approval.
    d.traveler.bomHash = d.bomSha256;
    d.traveler.status = d.status; // the header cell is narrow; the BOM version is in the print log and history
    return loadSignOffs(&d, error);
}

bool TravelerRepository::loadNames(const TravelerData& data, domain::CatalogData* out, DbError* error)
{
    const domain::BuildBom& bom = data.bom;
    QSet<QString> seen;
    QJsonArray ids;
    auto add = [&](const QString& id) {
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    };
    for (const domain::BomLine& l : bom.top)
        add(l.id);
    for (const domain::BomTreeNode& n : bom.tree)
        add(n.id);
    for (const domain::BomFlatLine& l : bom.flat)
        add(l.id);
    if (data.build.config)
        for (const domain::AccessoryChoice& a : data.build.config->accessories)
            add(a.id);

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "WITH ids AS (SELECT jsonb_array_elements_text(CAST(:ids AS jsonb)) AS id)"
        " SELECT 'P', p.part_id, p.name, p.type::text, p.is_custom FROM cs.parts p JOIN ids ON ids.id = p.part_id"
        " UNION"
        " SELECT 'A', a.assembly_id, a.name, a.type::text, a.is_kit FROM cs.assemblies a"
        "   JOIN ids ON a.assembly_id IN (ids.id, 'ASSY-' || ids.id)"));
    q.bindValue(QStringLiteral(":ids"), QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return fail(q.lastError(), error);
    while (q.next()) {
        if (q.value(0).toString() == u"P") {
            domain::PartRow p;
            p.id = q.value(1).toString();
            p.name = q.value(2).toString();
            p.type = q.value(3).toString();
            p.isCustom = q.value(4).toBool();
            out->parts.append(p);
        } else {
            domain::AssemblyRow a;
            a.id = q.value(1).toString();
            a.name = q.value(2).toString();
            a.type = q.value(3).toString();
            a.isKit = q.value(4).toBool();
            out->assemblies.append(a);
        }
    }
    return true;
}

bool TravelerRepository::loadSignOffs(TravelerData* data, DbError* error)
{
    domain::TravelerContent& c = data->traveler;
    auto fill = [&](const QString& key, const QString& result, const QString& initials, const QDateTime& at) {
        domain::TravelerSignOff* s = stage(&c, key);
        if (!s)
            return;
        if (s->hasResult)
            s->result = result;
        s->initials = initials;
        s->date = at.toLocalTime().date();
    };

    // Only signed records fill the strip (a signature of that very row; never the status history):
    // Pre-QC and Final QC from their latest signed results, the end-of-line test from its latest signed
    // result, the ready-for-inspection statement from the latest signed CLP result (qc_type
    // InProcessAssembly).
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT * FROM ("
        "  SELECT DISTINCT ON (r.qc_type) r.qc_type::text AS kind, r.overall_status::text, s.initials, s.signed_at"
        "  FROM cs.qc_results r JOIN cs.signatures s ON s.signature_id = r.signature_id"
        "   AND s.signed_table = 'qc_results' AND s.signed_row_id = r.result_id::text"
        "  WHERE r.order_id = CAST(:o1 AS uuid) AND r.qc_type IN ('PreQC', 'FinalQC', 'InProcessAssembly')"
        "  ORDER BY r.qc_type, s.signed_at DESC) qc"
        " UNION ALL SELECT * FROM ("
        "  SELECT 'EolTest', t.overall_status::text, s.initials, s.signed_at"
        "  FROM cs.testing_results t JOIN cs.signatures s ON s.signature_id = t.signature_id"
        "   AND s.signed_table = 'testing_results' AND s.signed_row_id = t.result_id::text"
        "  WHERE t.order_id = CAST(:o2 AS uuid) ORDER BY s.signed_at DESC LIMIT 1) eol"));
    q.bindValue(QStringLiteral(":o1"), data->orderId);
    q.bindValue(QStringLiteral(":o2"), data->orderId);
    if (!q.exec())
        return fail(q.lastError(), error);
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const QString key = kind == u"PreQC"             ? QStringLiteral("stage.preQc")
                            : kind == u"FinalQC"           ? QStringLiteral("stage.finalQc")
                            : kind == u"InProcessAssembly" ? QStringLiteral("stage.statement")
                                                           : QStringLiteral("stage.eolTest");
        fill(key, resultWord(q.value(1).toString()), q.value(2).toString(), q.value(3).toDateTime());
    }

    // The production checks (CLP sections 2-3) and packaging (CLP section 4) from the answers of the
    // checklist whose result is that signed CLP result: the initials of everyone who answered the
    // section's items, the date of the last answer. An open (unsigned) CLP prints nothing.
    QSqlQuery a(m_db);
    a.prepare(QStringLiteral(
        "WITH clp AS ("
        "  SELECT r.result_id FROM cs.qc_results r JOIN cs.signatures s ON s.signature_id = r.signature_id"
        "   AND s.signed_table = 'qc_results' AND s.signed_row_id = r.result_id::text"
        "  WHERE r.order_id = CAST(:o AS uuid) AND r.qc_type = 'InProcessAssembly'"
        "  ORDER BY s.signed_at DESC LIMIT 1)"
        " SELECT a.section_id = 'S4', string_agg(DISTINCT u.initials, '/'), max(a.answered_at)"
        " FROM clp JOIN cs.qc_checklists c ON c.result_id = clp.result_id"
        " JOIN cs.qc_answers a ON a.checklist_id = c.checklist_id"
        " JOIN cs.users u ON u.user_id = a.answered_by"
        " WHERE a.section_id <> 'header' AND (a.value IS NOT NULL OR a.is_na)"
        " GROUP BY 1"));
    a.bindValue(QStringLiteral(":o"), data->orderId);
    if (!a.exec())
        return fail(a.lastError(), error);
    while (a.next())
        fill(a.value(0).toBool() ? QStringLiteral("stage.packaging") : QStringLiteral("stage.production"), QString(),
             a.value(1).toString(), a.value(2).toDateTime());
    return true;
}

bool TravelerRepository::print(const QString& buildNumber, const PrintRequest& request, const Renderer& render,
                               PrintRecord* record, DbError* error)
{
    QList<PrintRecord> records;
    const bool ok = printBatch(
        {buildNumber}, request,
        [&render](const QList<TravelerData>& data, const QList<PrintRecord>& recs, QString* why) {
            return render(data.first(), recs.first(), why);
        },
        &records, error);
    *record = ok ? records.first() : PrintRecord{};
    return ok;
}

bool TravelerRepository::printBatch(const QStringList& buildNumbers, const PrintRequest& request,
                                    const BatchRenderer& render, QList<PrintRecord>* records, DbError* error)
{
    records->clear();
    if (!begin(QStringLiteral("BEGIN"), error))
        return false;
    auto refuse = [&](const DbError& e) {
        *error = e;
        abort();
        records->clear();
        return false;
    };
    QList<TravelerData> all;
    for (const QString& buildNumber : buildNumbers) {
        // The order list is readable by every role, so a role that may not print hears it from
        // cs.record_print rather than as a missing table privilege.
        const Result<std::optional<BuildSummary>> found = OrderSearch::findBuild(m_db, buildNumber);
        if (!found)
            return refuse(found.error());
        if (!found.value())
            return refuse(refusal(QStringLiteral("E-BUILD-NOT-FOUND"), tr("There is no build %1.").arg(buildNumber.trimmed())));
        const QString orderId = found.value()->orderId;

        QSqlQuery rec(m_db);
        rec.prepare(QStringLiteral("SELECT print_id::text, print_number, reprint, printed_at"
                                   " FROM cs.record_print(CAST(:order AS uuid), :kind, :size, :output, :copies)"));
        rec.bindValue(QStringLiteral(":order"), orderId);
        rec.bindValue(QStringLiteral(":kind"), toString(request.kind));
        rec.bindValue(QStringLiteral(":size"), request.size);
        rec.bindValue(QStringLiteral(":output"), request.output);
        rec.bindValue(QStringLiteral(":copies"), request.copies);
        if (!rec.exec()) {
            records->clear();
            return fail(rec.lastError(), error);
        }
        if (!rec.next())
            return refuse(DbError::client(QStringLiteral("E-NO-ANSWER"), tr("The print was not recorded.")));
        PrintRecord record;
        record.printId = rec.value(0).toString();
        record.printNumber = rec.value(1).toInt();
        record.reprint = rec.value(2).toBool();
        record.printedAt = rec.value(3).toDateTime();

        TravelerData data;
        DbError loadError;
        if (!loadInTransaction(buildNumber, &data, &loadError))
            return refuse(loadError);
        data.traveler.reprint = record.reprint;
        data.traveler.printNumber = record.printNumber;
        data.traveler.printedAt = record.printedAt.toLocalTime();
        all.append(data);
        records->append(record);
    }

    QString renderError;
    if (!render(all, *records, &renderError))
        return refuse(DbError::client(QStringLiteral("E-RENDER"), renderError));
    if (!commit(error)) {
        records->clear();
        return false;
    }
    return true;
}

QList<PrintRecord> TravelerRepository::prints(const QString& orderId, PrintKind kind, DbError* error)
{
    QList<PrintRecord> list;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT print_id::text, print_number, reprint, printed_at FROM cs.print_jobs"
                             " WHERE order_id = CAST(:order AS uuid) AND kind = :kind ORDER BY print_number"));
    q.bindValue(QStringLiteral(":order"), orderId);
    q.bindValue(QStringLiteral(":kind"), toString(kind));
    if (!q.exec()) {
        *error = DbError::fromSql(q.lastError());
        return list;
    }
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toBool(), q.value(3).toDateTime()});
    return list;
}

} // namespace cs::data
