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

bool QcGate::claim(ScratchDatabase& db, const QString& orderId, const Person& assembler, QString* error)
{
    QSqlDatabase conn = db.connect(assembler.settings);
    QVariant mine;
    bool ok = ScratchDatabase::exec(conn,
                                    QStringLiteral("SELECT (SELECT role::text FROM cs.whoami()) = 'Admin' OR current_assignee = "
                                                   "(SELECT user_id FROM cs.whoami()) FROM cs.orders WHERE order_id = CAST(? AS uuid)"),
                                    {orderId}, error, &mine);
    if (ok && !mine.toBool())
        ok = data::DemoAssembly::claim(conn, orderId, error);
    conn.close();
    return ok;
}

bool QcGate::productionChecks(ScratchDatabase& db, const QString& orderId, const Person& assembler, QString* error,
                              QString* checklistId)
{
    if (!claim(db, orderId, assembler, error))
        return false;
    QSqlDatabase conn = db.connect(assembler.settings);
    QString id;
    const bool ok = data::DemoAssembly::fill(conn, orderId, QStringLiteral("CLP"), data::DemoAssembly::Part::Production,
                                             assembler.fullName, assembler.initials, false, &id, error);
    conn.close();
    if (checklistId)
        *checklistId = id;
    return ok;
}

bool QcGate::recordTest(ScratchDatabase& db, const QString& orderId, const Person& assembler, bool pass, QString* error,
                        QString* resultId)
{
    if (!productionChecks(db, orderId, assembler, error))
        return false;
    QString checklistId;
    {
        QSqlDatabase conn = db.connect(assembler.settings);
        const bool ok = data::DemoAssembly::fill(conn, orderId, QStringLiteral("CLT"), data::DemoAssembly::Part::Whole,
                                                 assembler.fullName, assembler.initials, !pass, &checklistId, error);
        conn.close();
        if (!ok)
            return false;
    }
    // The signature: a fresh connection.
    QSqlDatabase fresh = db.connect(assembler.settings);
    QVariant result;
    const bool ok = data::DemoAssembly::exec(
        fresh, QStringLiteral("SELECT cs.sign_qc_checklist(CAST(? AS uuid), ?, ?, NULL, ?, NULL, NULL, NULL, ?)::text"),
        {checklistId, pass, assembler.initials,
         pass ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QStringLiteral("Test: a test failed.")),
         pass ? QVariant(QStringLiteral("Test: every applicable test passed.")) : QVariant(QMetaType(QMetaType::QString))},
        error, &result);
    fresh.close();
    if (ok && resultId)
        *resultId = result.toString();
    return ok;
}

bool QcGate::pack(ScratchDatabase& db, const QString& orderId, const Person& assembler, QString* error)
{
    QSqlDatabase conn = db.connect(assembler.settings);
    QString checklistId;
    const bool ok = data::DemoAssembly::fill(conn, orderId, QStringLiteral("CLP"), data::DemoAssembly::Part::Packing,
                                             assembler.fullName, assembler.initials, false, &checklistId, error)
                    && data::DemoAssembly::transition(conn, orderId, QStringLiteral("PackagingComplete"), {}, error);
    conn.close();
    return ok;
}

bool QcGate::signClosing(ScratchDatabase& db, const QString& orderId, const Person& assembler, QString* error,
                         QString* resultId)
{
    QSqlDatabase fresh = db.connect(assembler.settings);
    QVariant result;
    const bool ok = data::DemoAssembly::exec(
        fresh,
        QStringLiteral("SELECT cs.sign_qc_checklist(c.checklist_id, true, ?, NULL, NULL, NULL, NULL, NULL, NULL)::text "
                       "FROM cs.qc_checklists c WHERE c.order_id = CAST(? AS uuid) AND c.kind = 'CLP' AND c.state = 'open'"),
        {assembler.initials, orderId}, error, &result);
    fresh.close();
    if (ok && result.toString().isEmpty()) {
        *error = QStringLiteral("the build has no production checks (CLP) in progress");
        return false;
    }
    if (ok && resultId)
        *resultId = result.toString();
    return ok;
}

bool QcGate::produce(ScratchDatabase& db, const QString& orderId, const Person& assembler, QString* error)
{
    const auto step = [&](const char* what, bool ok) {
        if (!ok)
            *error = QStringLiteral("%1: %2").arg(QLatin1String(what), *error);
        return ok;
    };
    return step("end-of-line test", recordTestPass(db, orderId, assembler, error))
           && step("packing", pack(db, orderId, assembler, error))
           && step("closing statement", signClosing(db, orderId, assembler, error));
}

bool QcGate::passFinalQc(ScratchDatabase& db, const QString& orderId, const Person& inspector, const Person& assembler,
                         QString* error, QString* resultId)
{
    QSqlDatabase conn = db.connect(assembler.settings);
    const QString status = statusOf(conn, orderId, error);
    conn.close();
    if (status == u"ReadyForProduction") {
        if (!produce(db, orderId, assembler, error))
            return false;
    } else if (status != u"ReadyForFinalQC") {
        if (error->isEmpty())
            *error = QStringLiteral("the build is %1, not ReadyForProduction or ReadyForFinalQC").arg(status);
        return false;
    }
    return signFinalQc(db, orderId, inspector, true, error, resultId);
}

} // namespace cs::test
