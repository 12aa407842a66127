#include "data/qc/checklistrepository.h"

#include "data/common/freshconnection.h"
#include "data/common/session.h"
#include "data/common/worker.h"
#include "data/orders/orderpagerepository.h"
#include "domain/orders/documentrules.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace cs::data {

namespace {

using domain::ChecklistAnswer;
using domain::ChecklistAnswerKey;
using domain::ChecklistItemType;

QVariant nullIfBlank(const QString& s)
{
    return s.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s.trimmed());
}

QJsonObject objectOf(const QVariant& jsonText)
{
    return QJsonDocument::fromJson(jsonText.toString().toUtf8()).object();
}

DbError noAnswer()
{
    return DbError::client(QStringLiteral("E-NO-ANSWER"), ChecklistRepository::tr("The server did not answer."));
}

// The item's type in a template, by section and item id (header items under "header").
std::optional<ChecklistItemType> itemType(const QJsonObject& tmpl, const QString& section, const QString& item)
{
    auto find = [&item](const QJsonArray& items) -> std::optional<ChecklistItemType> {
        for (const QJsonValue& v : items) {
            const QJsonObject o = v.toObject();
            if (o.value(u"id").toString() == item)
                return domain::checklistItemTypeFromString(o.value(u"type").toString());
        }
        return std::nullopt;
    };
    if (section == domain::ChecklistTemplate::kHeaderSection)
        return find(tmpl.value(u"header").toArray());
    for (const QJsonValue& v : tmpl.value(u"sections").toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(u"id").toString() == section)
            return find(s.value(u"items").toArray());
    }
    return std::nullopt;
}

// The template versions: QC forms and the end-of-line test, newest first per form.
const QString kTemplateSelect = QStringLiteral(R"(
    SELECT t.template_id::text, t.form_name, t.form_type::text AS kind, t.version, t.state, t.is_active,
           cu.full_name AS created_by, t.created_at, pu.full_name AS published_by, t.published_at,
           ((SELECT count(*) FROM cs.qc_checklists c WHERE c.template_id = t.template_id)
            + (SELECT count(*) FROM cs.qc_results r WHERE r.template_id = t.template_id
                 AND NOT EXISTS (SELECT 1 FROM cs.qc_checklists c WHERE c.result_id = r.result_id)))::int AS uses,
           t.checklist_items::text AS json
      FROM cs.qc_form_templates t
      LEFT JOIN cs.users cu ON cu.user_id = t.created_by
      LEFT JOIN cs.users pu ON pu.user_id = t.published_by
    UNION ALL
    SELECT t.template_id::text, t.form_name, 'Testing', t.version, t.state, t.is_active,
           cu.full_name, t.created_at, pu.full_name, t.published_at,
           (SELECT count(*) FROM cs.testing_results r WHERE r.template_id = t.template_id)::int,
           t.test_items::text
      FROM cs.testing_form_templates t
      LEFT JOIN cs.users cu ON cu.user_id = t.created_by
      LEFT JOIN cs.users pu ON pu.user_id = t.published_by
)");

ChecklistTemplateVersion templateFrom(const QSqlQuery& q)
{
    ChecklistTemplateVersion t;
    t.templateId = q.value(0).toString();
    t.key = q.value(1).toString();
    t.kind = q.value(2).toString();
    t.version = q.value(3).toInt();
    t.state = q.value(4).toString();
    t.active = q.value(5).toBool();
    t.createdBy = q.value(6).toString();
    t.createdAt = q.value(7).toDateTime();
    t.publishedBy = q.value(8).toString();
    t.publishedAt = q.value(9).toDateTime();
    t.resultCount = q.value(10).toInt();
    t.json = objectOf(q.value(11));
    t.title = t.json.value(u"title").toString();
    return t;
}

Result<ChecklistTemplateVersion> templateById(QSqlDatabase& db, const QString& templateId)
{
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(
        q, QStringLiteral("SELECT * FROM (%1) v WHERE template_id = :id").arg(kTemplateSelect),
        {{QStringLiteral(":id"), templateId}});
    if (!run)
        return run.error();
    if (!q.next())
        return DbError::client(QStringLiteral("E-TEMPLATE-NOT-FOUND"),
                               ChecklistRepository::tr("The checklist template is no longer on the server."));
    return templateFrom(q);
}

} // namespace

ChecklistRepository::ChecklistRepository(Session& session)
    : m_session(session)
{
}

QFuture<Result<QString>> ChecklistRepository::open(const QString& orderId, const QString& kind) const
{
    return worker::write<QString>(m_session, Change{ChangeFeed::kChecklist.toString(), orderId},
                                  [=](QSqlDatabase& db) { return open(db, orderId, kind); });
}

QFuture<Result<ChecklistRecord>> ChecklistRepository::load(const QString& checklistId) const
{
    return worker::read<ChecklistRecord>(m_session, [=](QSqlDatabase& db) { return load(db, checklistId); });
}

QFuture<Result<QList<ChecklistSummary>>> ChecklistRepository::checklistsOf(const QString& orderId) const
{
    return worker::read<QList<ChecklistSummary>>(m_session, [=](QSqlDatabase& db) { return checklistsOf(db, orderId); });
}

QFuture<Result<ChecklistAnswerSaved>> ChecklistRepository::saveAnswer(const ChecklistAnswerWrite& write) const
{
    // Sent once; a resend after a lost connection is the caller's, with the same client key (the server
    // applies a key once), so that an answer the server committed before the line dropped is not doubled.
    return worker::write<ChecklistAnswerSaved>(m_session, Change{ChangeFeed::kChecklist.toString(), write.checklistId},
                                               [=](QSqlDatabase& db) { return saveAnswer(db, write); });
}

QFuture<Result<QString>> ChecklistRepository::sign(const ChecklistSignOff& signOff, const QString& password) const
{
    const ConnectionSettings settings = m_session.settings();
    return worker::write<QString>(m_session, [settings, password, signOff](QSqlDatabase& db) {
        return FreshConnection::runOn<QString>(db, settings, password,
                                               [&signOff](QSqlDatabase& c) { return signOn(c, signOff); });
    });
}

QFuture<Result<QString>> ChecklistRepository::revise(const QString& checklistId, const QString& reason) const
{
    return worker::write<QString>(m_session, [=](QSqlDatabase& db) { return revise(db, checklistId, reason); });
}

QFuture<Result<QString>> ChecklistRepository::attachFile(const QString& checklistId,
                                                         const std::optional<domain::ChecklistAnswerKey>& key,
                                                         const QString& fileName, const QByteArray& content) const
{
    return worker::write<QString>(m_session, Change{ChangeFeed::kChecklist.toString(), checklistId},
                                  [=](QSqlDatabase& db) { return attachFile(db, checklistId, key, fileName, content); });
}

QFuture<Result<QMap<QString, QByteArray>>> ChecklistRepository::attachmentImages(const QString& checklistId) const
{
    return worker::read<QMap<QString, QByteArray>>(m_session, [=](QSqlDatabase& db) { return attachmentImages(db, checklistId); });
}

QFuture<Result<QList<ChecklistTemplateVersion>>> ChecklistRepository::templates() const
{
    return worker::read<QList<ChecklistTemplateVersion>>(m_session, [](QSqlDatabase& db) { return templates(db); });
}

QFuture<Result<ChecklistTemplateVersion>> ChecklistRepository::importTemplate(const QJsonObject& json) const
{
    return worker::write<ChecklistTemplateVersion>(m_session, Change{ChangeFeed::kTemplate.toString(), QString()},
                                                   [=](QSqlDatabase& db) { return importTemplate(db, json); });
}

QFuture<Result<ChecklistTemplateVersion>> ChecklistRepository::publish(const QString& templateId) const
{
    return worker::write<ChecklistTemplateVersion>(m_session, Change{ChangeFeed::kTemplate.toString(), templateId},
                                                   [=](QSqlDatabase& db) { return publish(db, templateId); });
}

Result<QString> ChecklistRepository::open(QSqlDatabase& db, const QString& orderId, const QString& kind)
{
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(q, QStringLiteral("SELECT cs.open_qc_checklist(CAST(:order AS uuid), :type)::text"),
                                          {{QStringLiteral(":order"), orderId}, {QStringLiteral(":type"), kind}});
    if (!run)
        return run.error();
    if (!q.next())
        return noAnswer();
    return q.value(0).toString();
}

Result<ChecklistRecord> ChecklistRepository::load(QSqlDatabase& db, const QString& checklistId)
{
    // One snapshot: the checklist, its template version, the order, the answers and the signature agree.
    return worker::inTransaction<ChecklistRecord>(db, [&checklistId](QSqlDatabase& db) -> Result<ChecklistRecord> {
        QSqlQuery setup(db);   // a utility statement: run directly, not prepared
        if (!setup.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
            return DbError::fromSql(setup.lastError());

        QSqlQuery q(db);
        Result<Done> run = worker::exec(q, QStringLiteral(R"(
            SELECT c.checklist_id::text, c.order_id::text, c.build_number, c.kind, c.attempt, c.revision,
                   coalesce(c.revision_reason, ''), c.state, coalesce(c.section_initials, '{}'::jsonb)::text,
                   c.result_id::text, c.template_id::text
              FROM cs.qc_checklists c WHERE c.checklist_id = CAST(:id AS uuid))"),
                                        {{QStringLiteral(":id"), checklistId}});
        if (!run)
            return run.error();
        if (!q.next())
            return DbError::client(QStringLiteral("E-CHECKLIST-NOT-FOUND"), tr("The checklist is no longer on the server."));
        ChecklistRecord r;
        r.checklistId = q.value(0).toString();
        r.orderId = q.value(1).toString();
        r.buildNumber = q.value(2).toString();
        r.qcType = q.value(3).toString();
        r.attempt = q.value(4).toInt();
        r.revision = q.value(5).toInt();
        r.revisionReason = q.value(6).toString();
        r.signedOff = q.value(7).toString() == u"signed";
        const QJsonObject initials = objectOf(q.value(8));
        for (auto it = initials.begin(); it != initials.end(); ++it)
            r.sectionInitials.insert(it.key(), it.value().toString());
        const QString resultId = q.value(9).toString();
        const QString templateId = q.value(10).toString();

        Result<ChecklistTemplateVersion> tmpl = templateById(db, templateId);
        if (!tmpl)
            return tmpl.error();
        r.templateVersion = std::move(tmpl).value();

        const Result<OrderDetail> order = OrderPageRepository::readOrder(db, r.orderId);
        if (!order)
            return order.error();
        r.orderStatus = order->status;
        r.orderJson = order->neutralJson();

        run = worker::exec(q, QStringLiteral(R"(
            SELECT a.section_id, a.item_id, a.position, a.value::text, coalesce(a.other_text, ''), a.is_na,
                   coalesce(a.na_reason, ''), a.version, u.full_name, u.username, a.answered_at, a.readings::text
              FROM cs.qc_answers a JOIN cs.users u ON u.user_id = a.answered_by
             WHERE a.checklist_id = CAST(:id AS uuid)
             ORDER BY a.section_id, a.item_id, a.position)"),
                           {{QStringLiteral(":id"), checklistId}});
        if (!run)
            return run.error();
        while (q.next()) {
            StoredChecklistAnswer a;
            a.key = ChecklistAnswerKey{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()};
            const std::optional<ChecklistItemType> type = itemType(r.templateVersion.json, a.key.section, a.key.item);
            const QJsonValue value = q.value(3).isNull()
                                         ? QJsonValue()
                                         : QJsonDocument::fromJson("[" + q.value(3).toString().toUtf8() + "]").array().at(0);
            a.answer.value = valueFromJson(value, type.value_or(ChecklistItemType::Text));
            a.answer.otherText = q.value(4).toString();
            a.answer.notApplicable = q.value(5).toBool();
            a.answer.reason = q.value(6).toString();
            a.version = q.value(7).toInt();
            a.answeredBy = q.value(8).toString();
            a.answeredByUsername = q.value(9).toString();
            a.answeredAt = q.value(10).toDateTime();
            a.answer.readings = readingsFromJson(q.value(11).toString());
            r.answers.append(a);
        }

        run = worker::exec(q, QStringLiteral(R"(
            SELECT x.attachment_id::text, x.document_id::text, x.section_id, x.item_id, x.position, d.filename,
                   coalesce(d.file_type, ''), coalesce(d.file_size, 0), u.full_name, x.attached_at
              FROM cs.qc_attachments x
              JOIN cs.order_documents d ON d.document_id = x.document_id
              JOIN cs.users u ON u.user_id = x.attached_by
             WHERE x.checklist_id = CAST(:id AS uuid)
             ORDER BY x.attached_at, x.attachment_id)"),
                           {{QStringLiteral(":id"), checklistId}});
        if (!run)
            return run.error();
        while (q.next()) {
            ChecklistAttachment a;
            a.attachmentId = q.value(0).toString();
            a.documentId = q.value(1).toString();
            if (!q.value(3).isNull())
                a.key = ChecklistAnswerKey{q.value(2).toString(), q.value(3).toString(), q.value(4).toInt()};
            a.filename = q.value(5).toString();
            a.fileType = q.value(6).toString();
            a.size = q.value(7).toLongLong();
            a.attachedBy = q.value(8).toString();
            a.attachedAt = q.value(9).toDateTime();
            r.attachments.append(a);
        }

        run = worker::exec(q, QStringLiteral(R"(
            SELECT d.document_id::text
              FROM cs.order_documents d
             WHERE d.order_id = CAST(:order AS uuid) AND d.document_type IN ('ApprovedDrawing', 'Drawing')
             ORDER BY d.document_type = 'ApprovedDrawing' DESC, d.uploaded_at DESC
             LIMIT 1)"),
                           {{QStringLiteral(":order"), r.orderId}});
        if (!run)
            return run.error();
        if (q.next())
            r.drawingDocumentId = q.value(0).toString();

        if (!resultId.isEmpty()) {
            // A CLT's result is a test result (its reason in the notes); the other kinds' a QC result.
            run = worker::exec(q, r.qcType == u"CLT" ? QStringLiteral(R"(
                SELECT r.result_id::text, r.overall_status::text = 'Pass', s.printed_name, s.signer_username,
                       s.initials, s.meaning, s.signed_at, s.content_sha256,
                       coalesce(r.notes, ''), '', '', false
                  FROM cs.testing_results r JOIN cs.signatures s ON s.signature_id = r.signature_id
                 WHERE r.result_id = CAST(:id AS uuid))")
                                                      : QStringLiteral(R"(
                SELECT r.result_id::text, r.overall_status::text = 'Pass', s.printed_name, s.signer_username,
                       s.initials, s.meaning, s.signed_at, s.content_sha256,
                       coalesce(r.fail_reason, ''), coalesce(r.fail_category, ''), coalesce(r.fail_severity, ''),
                       coalesce(r.rework_required, false)
                  FROM cs.qc_results r JOIN cs.signatures s ON s.signature_id = r.signature_id
                 WHERE r.result_id = CAST(:id AS uuid))"),
                               {{QStringLiteral(":id"), resultId}});
            if (!run)
                return run.error();
            if (q.next()) {
                ChecklistSignature s;
                s.resultId = q.value(0).toString();
                s.pass = q.value(1).toBool();
                s.printedName = q.value(2).toString();
                s.username = q.value(3).toString();
                s.initials = q.value(4).toString();
                s.meaning = q.value(5).toString();
                s.signedAt = q.value(6).toDateTime();
                s.contentSha256 = q.value(7).toString();
                s.failReason = q.value(8).toString();
                s.failCategory = q.value(9).toString();
                s.failSeverity = q.value(10).toString();
                s.rework = q.value(11).toBool();
                r.signature = s;
            }
        }

        // CLQ "First pass": no Final QC of this build failed before this attempt.
        run = worker::exec(q, QStringLiteral(R"(
            SELECT NOT EXISTS (SELECT 1 FROM cs.qc_results r JOIN cs.qc_checklists c ON c.result_id = r.result_id
                                WHERE c.order_id = CAST(:order AS uuid) AND c.qc_type = 'FinalQC'
                                  AND c.attempt < :attempt AND r.overall_status::text = 'Fail'))"),
                           {{QStringLiteral(":order"), r.orderId}, {QStringLiteral(":attempt"), r.attempt}});
        if (!run)
            return run.error();
        r.firstPass = q.next() && q.value(0).toBool();
        return r;
    });
}

Result<QList<ChecklistSummary>> ChecklistRepository::checklistsOf(QSqlDatabase& db, const QString& orderId)
{
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(q, QStringLiteral(R"(
        SELECT c.checklist_id::text, c.kind, c.attempt, c.revision, c.state = 'signed',
               coalesce(coalesce(r.overall_status::text, tr.overall_status::text) = 'Pass', false),
               coalesce(s.printed_name, ''), s.signed_at, coalesce(t.version, tt.version)
          FROM cs.qc_checklists c
          LEFT JOIN cs.qc_form_templates t ON t.template_id = c.template_id AND c.kind <> 'CLT'
          LEFT JOIN cs.testing_form_templates tt ON tt.template_id = c.template_id AND c.kind = 'CLT'
          LEFT JOIN cs.qc_results r ON r.result_id = c.result_id AND c.kind <> 'CLT'
          LEFT JOIN cs.testing_results tr ON tr.result_id = c.result_id AND c.kind = 'CLT'
          LEFT JOIN cs.signatures s ON s.signature_id = coalesce(r.signature_id, tr.signature_id)
         WHERE c.order_id = CAST(:order AS uuid)
         ORDER BY c.kind, c.attempt, c.revision)"),
                                          {{QStringLiteral(":order"), orderId}});
    if (!run)
        return run.error();
    QList<ChecklistSummary> out;
    while (q.next()) {
        ChecklistSummary s;
        s.checklistId = q.value(0).toString();
        s.qcType = q.value(1).toString();
        s.attempt = q.value(2).toInt();
        s.revision = q.value(3).toInt();
        s.signedOff = q.value(4).toBool();
        s.pass = q.value(5).toBool();
        s.signedBy = q.value(6).toString();
        s.signedAt = q.value(7).toDateTime();
        s.templateVersion = q.value(8).toInt();
        out.append(s);
    }
    return out;
}

Result<ChecklistAnswerSaved> ChecklistRepository::saveAnswer(QSqlDatabase& db, const ChecklistAnswerWrite& write)
{
    const ChecklistAnswer& a = write.answer;
    const QJsonValue value = a.notApplicable ? QJsonValue() : valueToJson(a.value);
    const QVariant valueText = value.isNull() || value.isUndefined()
                                   ? QVariant(QMetaType(QMetaType::QString))
                                   : QVariant(QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                                                  .mid(1)
                                                  .chopped(1));
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(
        q,
        QStringLiteral("SELECT version, answered_by, answered_at FROM cs.save_qc_answer(CAST(:id AS uuid), :section, :item, "
                       ":position, CAST(:value AS jsonb), :other, :na, :reason, :expected, CAST(:key AS uuid), "
                       "CAST(:readings AS jsonb))"),
        {{QStringLiteral(":id"), write.checklistId},
         {QStringLiteral(":section"), write.key.section},
         {QStringLiteral(":item"), write.key.item},
         {QStringLiteral(":position"), write.key.position},
         {QStringLiteral(":value"), valueText},
         {QStringLiteral(":other"), nullIfBlank(a.otherText)},
         {QStringLiteral(":na"), a.notApplicable},
         {QStringLiteral(":reason"), nullIfBlank(a.reason)},
         {QStringLiteral(":expected"), write.expectedVersion},
         {QStringLiteral(":key"), (write.clientKey.isNull() ? QUuid::createUuid() : write.clientKey).toString(QUuid::WithoutBraces)},
         {QStringLiteral(":readings"), a.notApplicable ? QVariant(QMetaType(QMetaType::QString)) : readingsToJson(a.readings)}});
    if (!run)
        return run.error();
    if (!q.next())
        return noAnswer();
    return ChecklistAnswerSaved{q.value(0).toInt(), q.value(1).toString(), q.value(2).toDateTime()};
}

Result<QString> ChecklistRepository::sign(const ConnectionSettings& settings, const QString& password,
                                          const ChecklistSignOff& signOff)
{
    return FreshConnection::run<QString>(settings, password, [&signOff](QSqlDatabase& db) { return signOn(db, signOff); });
}

Result<QString> ChecklistRepository::signOn(QSqlDatabase& provenConnection, const ChecklistSignOff& signOff)
{
    QJsonObject initials;
    for (auto it = signOff.sectionInitials.cbegin(); it != signOff.sectionInitials.cend(); ++it)
        initials.insert(it.key(), it.value());
    QSqlQuery q(provenConnection);
    const Result<Done> run = worker::exec(
        q,
        QStringLiteral("SELECT cs.sign_qc_checklist(CAST(:id AS uuid), :pass, :initials, CAST(:sections AS jsonb), :reason, "
                       ":category, :severity, :rework, :notes)::text"),
        {{QStringLiteral(":id"), signOff.checklistId},
         {QStringLiteral(":pass"), signOff.pass},
         {QStringLiteral(":initials"), signOff.initials},
         {QStringLiteral(":sections"), QString::fromUtf8(QJsonDocument(initials).toJson(QJsonDocument::Compact))},
         {QStringLiteral(":reason"), nullIfBlank(signOff.failReason)},
         {QStringLiteral(":category"), nullIfBlank(signOff.failCategory)},
         {QStringLiteral(":severity"), nullIfBlank(signOff.failSeverity)},
         {QStringLiteral(":rework"), signOff.pass ? QVariant(QMetaType(QMetaType::Bool)) : QVariant(signOff.rework)},
         {QStringLiteral(":notes"), nullIfBlank(signOff.notes)}});
    if (!run)
        return run.error();
    if (!q.next())
        return noAnswer();
    return q.value(0).toString();
}

Result<QString> ChecklistRepository::revise(QSqlDatabase& db, const QString& checklistId, const QString& reason)
{
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(q, QStringLiteral("SELECT cs.revise_qc_checklist(CAST(:id AS uuid), :reason)::text"),
                                          {{QStringLiteral(":id"), checklistId}, {QStringLiteral(":reason"), nullIfBlank(reason)}});
    if (!run)
        return run.error();
    if (!q.next())
        return noAnswer();
    return q.value(0).toString();
}

Result<QString> ChecklistRepository::attachFile(QSqlDatabase& db, const QString& checklistId,
                                               const std::optional<domain::ChecklistAnswerKey>& key, const QString& fileName,
                                               const QByteArray& content)
{
    QString mime;
    QString why;
    if (!domain::DocumentRules::check(fileName, content, &mime, &why))
        return DbError::client(QStringLiteral("E-DOCUMENT"), why);
    const QVariant none{QMetaType(QMetaType::QString)};
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(
        q,
        QStringLiteral("SELECT cs.attach_qc_file(CAST(:id AS uuid), :section, :item, :position, :filename, :type, :content)::text"),
        {{QStringLiteral(":id"), checklistId},
         {QStringLiteral(":section"), key ? QVariant(key->section) : none},
         {QStringLiteral(":item"), key ? QVariant(key->item) : none},
         {QStringLiteral(":position"), key ? key->position : 0},
         {QStringLiteral(":filename"), QFileInfo(fileName).fileName()},
         {QStringLiteral(":type"), mime},
         {QStringLiteral(":content"), content}});
    if (!run)
        return run.error();
    if (!q.next())
        return noAnswer();
    return q.value(0).toString();
}

Result<QMap<QString, QByteArray>> ChecklistRepository::attachmentImages(QSqlDatabase& db, const QString& checklistId)
{
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(q, QStringLiteral(R"(
        SELECT d.document_id::text, d.content
          FROM cs.qc_attachments x JOIN cs.order_documents d ON d.document_id = x.document_id
         WHERE x.checklist_id = CAST(:id AS uuid) AND d.content IS NOT NULL
           AND (lower(d.file_type) IN ('image/png', 'image/jpeg') OR lower(d.filename) ~ '\.(png|jpe?g)$'))"),
                                          {{QStringLiteral(":id"), checklistId}});
    if (!run)
        return run.error();
    QMap<QString, QByteArray> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toByteArray());
    return out;
}

Result<QList<ChecklistTemplateVersion>> ChecklistRepository::templates(QSqlDatabase& db)
{
    QSqlQuery q(db);
    const Result<Done> run =
        worker::exec(q, QStringLiteral("SELECT * FROM (%1) v ORDER BY form_name, version DESC").arg(kTemplateSelect));
    if (!run)
        return run.error();
    QList<ChecklistTemplateVersion> out;
    while (q.next())
        out.append(templateFrom(q));
    return out;
}

Result<ChecklistTemplateVersion> ChecklistRepository::importTemplate(QSqlDatabase& db, const QJsonObject& json)
{
    // The engine's loader first: every problem at once, and nothing sent when there is one.
    QList<domain::ChecklistProblem> problems;
    if (!domain::ChecklistTemplate::fromJson(json, &problems)) {
        QStringList lines;
        for (const domain::ChecklistProblem& p : std::as_const(problems))
            lines << p.toString();
        DbError e = DbError::client(QStringLiteral("E-TEMPLATE-INVALID"),
                                    tr("The checklist template is not valid (%n problem(s)): %1", nullptr, int(lines.size()))
                                        .arg(lines.join(QStringLiteral("; "))));
        e.detail = lines.join(u'\n');
        return e;
    }
    QSqlQuery q(db);
    const Result<Done> run =
        worker::exec(q, QStringLiteral("SELECT template_id::text FROM cs.import_checklist_template(CAST(:json AS jsonb))"),
                     {{QStringLiteral(":json"), QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))}});
    if (!run)
        return run.error();
    if (!q.next())
        return noAnswer();
    return templateById(db, q.value(0).toString());
}

Result<ChecklistTemplateVersion> ChecklistRepository::publish(QSqlDatabase& db, const QString& templateId)
{
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(q, QStringLiteral("SELECT cs.publish_checklist_template(CAST(:id AS uuid))"),
                                          {{QStringLiteral(":id"), templateId}});
    if (!run)
        return run.error();
    return templateById(db, templateId);
}

QJsonValue ChecklistRepository::valueToJson(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::Double:
    case QMetaType::Float:
        return value.toDouble();
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QStringList:
        return QJsonArray::fromStringList(value.toStringList());
    default:
        return value.toString();
    }
}

QVariant ChecklistRepository::readingsToJson(const QMap<QString, double>& readings)
{
    if (readings.isEmpty())
        return QVariant(QMetaType(QMetaType::QString));
    QJsonObject o;
    for (auto it = readings.cbegin(); it != readings.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, double> ChecklistRepository::readingsFromJson(const QString& jsonText)
{
    QMap<QString, double> out;
    const QJsonObject o = QJsonDocument::fromJson(jsonText.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.value().isDouble())
            out.insert(it.key(), it.value().toDouble());
    return out;
}

QVariant ChecklistRepository::valueFromJson(const QJsonValue& value, ChecklistItemType type)
{
    if (value.isNull() || value.isUndefined())
        return {};
    switch (type) {
    case ChecklistItemType::Check:
    case ChecklistItemType::YesNo:
        return value.toBool();
    case ChecklistItemType::MultiCheck: {
        QStringList out;
        for (const QJsonValue& v : value.toArray())
            out << v.toString();
        return out;
    }
    case ChecklistItemType::Number: {
        const double d = value.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 1e15)
            return int(d) == d ? QVariant(int(d)) : QVariant(qint64(d));
        return d;
    }
    case ChecklistItemType::Date:
        return QDate::fromString(value.toString(), Qt::ISODate);
    default:
        return value.isString() ? QVariant(value.toString()) : value.toVariant();
    }
}

} // namespace cs::data
