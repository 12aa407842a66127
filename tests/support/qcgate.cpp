#include "qcgate.h"

#include "data/admin/demochecklists.h"
#include "data/orders/orderpagerepository.h"
#include "data/qc/checklistrepository.h"
#include "domain/checklist/checklistexpression.h"
#include "domain/checklist/checklistinstance.h"
#include "domain/checklist/checklistpassrule.h"
#include "domain/checklist/checklisttemplate.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QVariant>

namespace cs::test {

namespace {

QString statusOf(QSqlDatabase db, const QString& orderId, QString* error)
{
    QVariant v;
    if (!ScratchDatabase::exec(db, QStringLiteral("SELECT status::text FROM cs.orders WHERE order_id = CAST(? AS uuid)"),
                               {orderId}, error, &v))
        return {};
    return v.toString();
}

bool transition(QSqlDatabase db, const QString& orderId, const QString& to, QString* error)
{
    QVariant rowVersion;
    return ScratchDatabase::exec(db, QStringLiteral("SELECT row_version FROM cs.orders WHERE order_id = CAST(? AS uuid)"),
                                 {orderId}, error, &rowVersion)
           && ScratchDatabase::exec(db, QStringLiteral("SELECT cs.transition_order(CAST(? AS uuid), ?, NULL, ?)"),
                                    {orderId, to, rowVersion.toInt()}, error);
}

} // namespace

bool QcGate::ensureDrawing(ScratchDatabase& db, const QString& orderId, const Person& person, QString* error)
{
    QSqlDatabase conn = db.connect(person.settings);
    QVariant count;
    bool ok = ScratchDatabase::exec(conn,
                                    QStringLiteral("SELECT count(*) FROM cs.order_documents WHERE order_id = CAST(? AS uuid) "
                                                   "AND document_type IN ('Drawing', 'ApprovedDrawing')"),
                                    {orderId}, error, &count);
    if (ok && count.toInt() == 0) {
        ok = ScratchDatabase::exec(conn,
                                   QStringLiteral("SELECT cs.attach_document(CAST(? AS uuid), 'drawing.pdf', 'application/pdf', "
                                                  "CAST(? AS bytea), 'Drawing')"),
                                   {orderId, QByteArray("%PDF-1.4\n% test drawing\n%%EOF\n")}, error);
    }
    conn.close();
    return ok;
}

bool QcGate::signChecklist(ScratchDatabase& db, const QString& orderId, const QString& qcType, const Person& inspector,
                           bool pass, bool rework, QString* error, QString* resultId)
{
    QString checklistId;
    {
        QSqlDatabase conn = db.connect(inspector.settings);
        if (!conn.isOpen()) {
            *error = QStringLiteral("cannot log in as %1").arg(inspector.username);
            return false;
        }
        const data::Result<QString> opened = data::ChecklistRepository::open(conn, orderId, qcType);
        if (!opened) {
            *error = QStringLiteral("open %1: %2").arg(qcType, opened.error().message);
            return false;
        }
        checklistId = opened.value();
        const data::Result<data::ChecklistRecord> record = data::ChecklistRepository::load(conn, checklistId);
        if (!record) {
            *error = QStringLiteral("load %1: %2").arg(qcType, record.error().message);
            return false;
        }
        const std::optional<domain::ChecklistInstance> form = record->instantiate(error);
        if (!form)
            return false;
        const domain::ChecklistAnswers answers =
            data::DemoChecklists::passingAnswers(*form, inspector.fullName, inspector.initials, QDate::currentDate());
        bool failedOne = false;
        for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
            data::ChecklistAnswerWrite write;
            write.checklistId = checklistId;
            write.key = it.key();
            write.answer = it.value();
            write.clientKey = QUuid::createUuid();
            // A FAIL: the first check item of a section found not right (as the demo's failed attempts).
            if (!pass && !failedOne && it.value().value.typeId() == QMetaType::Bool && it.key().position <= 1
                && it.key().section != domain::ChecklistTemplate::kHeaderSection
                && it.key().item != domain::ChecklistPassRule::kSectionCheckItem) {
                write.answer = domain::ChecklistAnswer::of(false);
                failedOne = true;
            }
            const data::Result<data::ChecklistAnswerSaved> saved = data::ChecklistRepository::saveAnswer(conn, write);
            if (!saved) {
                *error = QStringLiteral("answer %1/%2/%3: %4")
                             .arg(write.key.section, write.key.item)
                             .arg(write.key.position)
                             .arg(saved.error().message);
                return false;
            }
        }
        conn.close();
    }
    data::ChecklistSignOff signOff;
    signOff.checklistId = checklistId;
    signOff.pass = pass;
    signOff.initials = inspector.initials;
    if (!pass) {
        signOff.failReason = QStringLiteral("Test: an item was found not right.");
        signOff.failCategory = QStringLiteral("Structure");
        signOff.failSeverity = QStringLiteral("Minor");
        signOff.rework = rework;
    }
    // The signature: a fresh connection as the inspector with the password typed again.
    const data::Result<QString> signedOff = data::ChecklistRepository::sign(inspector.settings, inspector.password, signOff);
    if (!signedOff) {
        *error = QStringLiteral("sign %1: %2").arg(qcType, signedOff.error().message);
        return false;
    }
    if (resultId)
        *resultId = signedOff.value();
    return true;
}

bool QcGate::signPreQc(ScratchDatabase& db, const QString& orderId, const Person& inspector, bool pass, QString* error,
                       QString* resultId, bool rework)
{
    return ensureDrawing(db, orderId, inspector, error)
           && signChecklist(db, orderId, QStringLiteral("PreQC"), inspector, pass, rework, error, resultId);
}

bool QcGate::signFinalQc(ScratchDatabase& db, const QString& orderId, const Person& inspector, bool pass, QString* error,
                         QString* resultId, bool rework)
{
    return signChecklist(db, orderId, QStringLiteral("FinalQC"), inspector, pass, rework, error, resultId);
}

bool QcGate::recordTestPass(ScratchDatabase& db, const QString& orderId, const Person& assembler, QString* error)
{
    // A fresh connection: the result is signed.
    QSqlDatabase conn = db.connect(assembler.settings);
    if (!conn.isOpen()) {
        *error = QStringLiteral("cannot log in as %1").arg(assembler.username);
        return false;
    }
    QVariant templateId;
    QVariant json;
    if (!ScratchDatabase::exec(conn,
                               QStringLiteral("SELECT template_id::text FROM cs.testing_form_templates WHERE is_active "
                                              "AND state = 'published' ORDER BY version DESC LIMIT 1"),
                               {}, error, &templateId))
        return false;
    if (!templateId.isValid()) {
        *error = QStringLiteral("no published end-of-line test template");
        return false;
    }
    if (!ScratchDatabase::exec(conn,
                               QStringLiteral("SELECT test_items::text FROM cs.testing_form_templates "
                                              "WHERE template_id = CAST(? AS uuid)"),
                               {templateId}, error, &json))
        return false;
    const data::Result<data::OrderDetail> order = data::OrderPageRepository::readOrder(conn, orderId);
    if (!order) {
        *error = order.error().message;
        return false;
    }
    QList<domain::ChecklistProblem> problems;
    const std::optional<domain::ChecklistTemplate> tmpl =
        domain::ChecklistTemplate::fromJson(QJsonDocument::fromJson(json.toString().toUtf8()).object(), &problems);
    if (!tmpl) {
        *error = QStringLiteral("the stored test template does not load");
        return false;
    }
    QString why;
    const std::optional<domain::ChecklistSubject> subject =
        domain::ChecklistSubject::fromOrderJson(order->neutralJson(), order->buildNumber, &why);
    if (!subject) {
        *error = why;
        return false;
    }
    const domain::ChecklistInstance form = domain::ChecklistInstance::instantiate(*tmpl, *subject);
    const domain::ChecklistAnswers answers =
        data::DemoChecklists::passingAnswers(form, assembler.fullName, assembler.initials, QDate::currentDate());
    QJsonArray results;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        results.append(QJsonObject{{QStringLiteral("section"), it.key().section},
                                   {QStringLiteral("item"), it.key().item},
                                   {QStringLiteral("position"), it.key().position},
                                   {QStringLiteral("value"), data::ChecklistRepository::valueToJson(it.value().value)}});
    const bool ok = ScratchDatabase::exec(
        conn,
        QStringLiteral("SELECT cs.record_test_result(CAST(? AS uuid), CAST(? AS uuid), 'Pass', CAST(? AS jsonb), ?, ?)"),
        {orderId, templateId,
         QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("answers"), results}}).toJson(QJsonDocument::Compact)),
         QStringLiteral("Test: every applicable test passed."), assembler.initials},
        error);
    conn.close();
    return ok;
}

bool QcGate::passFinalQc(ScratchDatabase& db, const QString& orderId, const Person& inspector, const Person& assembler,
                         QString* error, QString* resultId)
{
    QSqlDatabase conn = db.connect(assembler.settings);
    const QString status = statusOf(conn, orderId, error);
    if (status == u"ReadyForProduction") {
        if (!recordTestPass(db, orderId, assembler, error))
            return false;
        for (const QString& to : {QStringLiteral("TestingComplete"), QStringLiteral("PackagingComplete"),
                                  QStringLiteral("ReadyForFinalQC")}) {
            if (!transition(conn, orderId, to, error)) {
                *error = QStringLiteral("to %1: %2").arg(to, *error);
                return false;
            }
        }
    } else if (status != u"ReadyForFinalQC") {
        if (error->isEmpty())
            *error = QStringLiteral("the build is %1, not ReadyForProduction or ReadyForFinalQC").arg(status);
        return false;
    }
    conn.close();
    return signFinalQc(db, orderId, inspector, true, error, resultId);
}

} // namespace cs::test
