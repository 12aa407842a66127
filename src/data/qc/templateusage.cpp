#include "data/qc/templateusage.h"

#include "data/common/worker.h"

#include <QSqlQuery>
#include <QVariant>

namespace cs::data {

namespace {

// The id of a version is unique across both template tables (uuids), so one statement serves a QC form
// and an end-of-line test. A checklist's kind is its `kind` where the schema has one, else its QC type.
// Results whose checklist is listed are not listed again.
const QString kUsesSelect = QStringLiteral(R"(
    SELECT c.order_id::text, c.build_number, coalesce(to_jsonb(c) ->> 'kind', c.qc_type::text), c.attempt, c.revision,
           c.state = 'signed', coalesce(qr.overall_status::text, tr.overall_status::text), s.printed_name, s.signed_at,
           c.opened_at AS at
      FROM cs.qc_checklists c
      LEFT JOIN cs.qc_results qr ON qr.result_id = c.result_id
      LEFT JOIN cs.testing_results tr ON tr.result_id = c.result_id
      LEFT JOIN cs.signatures s ON s.signature_id = coalesce(qr.signature_id, tr.signature_id)
     WHERE c.template_id = CAST(:id1 AS uuid)
    UNION ALL
    SELECT r.order_id::text, r.build_number, r.qc_type::text, 0, 1, true, r.overall_status::text, s.printed_name,
           s.signed_at, r.performed_at
      FROM cs.qc_results r
      LEFT JOIN cs.signatures s ON s.signature_id = r.signature_id
     WHERE r.template_id = CAST(:id2 AS uuid)
       AND NOT EXISTS (SELECT 1 FROM cs.qc_checklists c WHERE c.result_id = r.result_id)
    UNION ALL
    SELECT t.order_id::text, t.build_number, 'CLT', 0, 1, true, t.overall_status::text, s.printed_name, s.signed_at,
           t.performed_at
      FROM cs.testing_results t
      LEFT JOIN cs.signatures s ON s.signature_id = t.signature_id
     WHERE t.template_id = CAST(:id3 AS uuid)
       AND NOT EXISTS (SELECT 1 FROM cs.qc_checklists c WHERE c.result_id = t.result_id)
     ORDER BY at DESC, 2, 4 DESC, 5 DESC)");

QString kindOf(const QString& stored)
{
    if (stored == u"InProcessAssembly")
        return QStringLiteral("CLP");
    if (stored == u"Testing")
        return QStringLiteral("CLT");
    return stored;
}

} // namespace

TemplateUsage::TemplateUsage(Session& session)
    : m_session(session)
{
}

QFuture<Result<QList<TemplateUse>>> TemplateUsage::usesOf(const QString& templateId) const
{
    return worker::read<QList<TemplateUse>>(m_session, [templateId](QSqlDatabase& db) { return usesOf(db, templateId); });
}

Result<QList<TemplateUse>> TemplateUsage::usesOf(QSqlDatabase& db, const QString& templateId)
{
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(q, kUsesSelect,
                                          {{QStringLiteral(":id1"), templateId},
                                           {QStringLiteral(":id2"), templateId},
                                           {QStringLiteral(":id3"), templateId}});
    if (!run)
        return run.error();
    QList<TemplateUse> out;
    while (q.next()) {
        TemplateUse u;
        u.orderId = q.value(0).toString();
        u.buildNumber = q.value(1).toString();
        u.kind = kindOf(q.value(2).toString());
        u.attempt = q.value(3).toInt();
        u.revision = q.value(4).toInt();
        u.signedOff = q.value(5).toBool();
        u.result = u.signedOff ? q.value(6).toString() : QString();
        u.signedBy = q.value(7).toString();
        u.signedAt = q.value(8).toDateTime();
        out.append(u);
    }
    return out;
}

} // namespace cs::data
