// QC checklists in the database (issue 12), each step as the person would do it with their own login:
// templates imported (the four shared forms), published, immutable, versioned, kept while in use;
// people outside QC cannot open, answer or sign a checklist nor write its tables; answers saved with
// server time and author, a conflicting change refused with who and when, a resend applied once, wrong
// values refused; a signature refused with someone else's initials, on a stale connection, or as a
// PASS with gaps (named); a full PASS (every applicable item of the engine's instantiation) moves the
// build in the same transaction; a FAIL with rework; signed answers read-only; a correction; gates that
// cannot be skipped; a Final QC FAIL with rework and the computed FIRST PASS of the next attempt; a
// superuser's edit of a signed result found by cs.verify_signed_results().
#include "domain/checklist/checklistinstance.h"
#include "domain/checklist/checklistpassrule.h"
#include "qcgate.h"
#include "people.h"
#include "testdatabase.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QtTest>

#include <memory>

using cs::test::ScratchDatabase;
using cs::test::run;
using namespace cs::domain;

namespace {

QString sharedPath(const QString& relative)
{
    return cs::test::sharedPath(u"domain/") + relative;
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString compact(const QJsonValue& v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    // A scalar: wrapped in an array and taken out again.
    const QString a = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    return a.mid(1, a.size() - 2);
}

// One configured build of an acceptance case: the order part and the config, and the engine's subject.
struct CaseBuild
{
    QJsonObject order;
    QJsonObject config;
    ChecklistSubject subject;
};

std::optional<CaseBuild> caseBuild(const QString& caseId, const QString& buildNumber)
{
    QFile f(sharedPath(QStringLiteral("acceptance/cases.json")));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).array()) {
        const QJsonObject c = v.toObject();
        if (c.value(u"id").toString() != caseId)
            continue;
        const QJsonObject config = c.value(u"config").toObject();
        QString error;
        const auto order = OrderConfiguration::fromJson(config, &error);
        if (!order)
            return std::nullopt;
        for (const QJsonValue& b : config.value(u"builds").toArray()) {
            if (b.toObject().value(u"buildNumber").toString() != buildNumber)
                continue;
            for (const BuildEntry& e : order->builds)
                if (e.buildNumber == buildNumber && e.config)
                    return CaseBuild{config.value(u"order").toObject(), b.toObject().value(u"config").toObject(),
                                     ChecklistSubject{order->order, buildNumber, *e.config}};
        }
    }
    return std::nullopt;
}

} // namespace

class TestQcChecklists : public QObject, private cs::test::PeopleFixture
{
    Q_OBJECT

private:
    QHash<QString, QString> m_templateIds;              // form id -> published template id
    QHash<QString, ChecklistTemplate> m_templates;      // form id -> the engine's template

    QString status(const QString& orderId)
    {
        return value(QStringLiteral("SELECT status::text FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {orderId}).toString();
    }

    int rowVersion(const QString& orderId)
    {
        return value(QStringLiteral("SELECT row_version FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {orderId}).toInt();
    }

    QString force(const QString& orderId, const QString& to)
    {
        return run(as(QStringLiteral("Admin")), QStringLiteral("SELECT cs.force_order_status(CAST(? AS uuid), ?, 'test set-up', ?)"),
                   {orderId, to, rowVersion(orderId)});
    }

    QString transition(const QString& role, const QString& orderId, const QString& to, const QString& note = {})
    {
        return run(as(role), QStringLiteral("SELECT cs.transition_order(CAST(? AS uuid), ?, ?, ?)"),
                   {orderId, to, note.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(note), rowVersion(orderId)});
    }

    // A build of an acceptance case submitted by the coordinator (the fixtures' BOM) and moved to `to`.
    QString newOrder(const CaseBuild& b, const QString& to)
    {
        const QString suffix = ScratchDatabase::randomSuffix(8).toUpper();
        QJsonObject json = ScratchDatabase::orderJson(QStringLiteral("PO-") + suffix, QStringLiteral("B-") + suffix);
        QJsonObject order = json.value(u"order").toObject();
        order.insert(u"language", b.order.value(u"language"));
        json.insert(u"order", order);
        QJsonArray builds = json.value(u"builds").toArray();
        QJsonObject build = builds.at(0).toObject();
        build.insert(u"config", b.config);
        builds.replace(0, build);
        json.insert(u"builds", builds);
        QVariant answer;
        const QString error = run(as(QStringLiteral("ProductionCoordinator")), QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))::text"),
                                  {compact(json)}, &answer);
        if (!error.isEmpty()) {
            qWarning("submit_order: %s", qPrintable(error));
            return {};
        }
        const QString orderId = QJsonDocument::fromJson(answer.toString().toUtf8())
                                    .object().value(u"builds").toArray().at(0).toObject().value(u"orderId").toString();
        if (const QString e = force(orderId, to); !e.isEmpty()) {
            qWarning("force: %s", qPrintable(e));
            return {};
        }
        return orderId;
    }

    QString attachDrawing(const QString& orderId)
    {
        return run(as(QStringLiteral("QCPerson")),
                   QStringLiteral("SELECT cs.attach_document(CAST(? AS uuid), 'drawing.pdf', 'application/pdf', "
                                  "CAST(? AS bytea), 'ApprovedDrawing')"),
                   {orderId, QByteArray("%PDF-1.4 test drawing")});
    }

    QString open(const QString& role, const QString& orderId, const QString& type, QString* id)
    {
        QVariant v;
        const QString e = run(as(role), QStringLiteral("SELECT cs.open_qc_checklist(CAST(? AS uuid), ?)::text"), {orderId, type}, &v);
        if (id)
            *id = v.toString();
        return e;
    }

    int storedVersion(const QString& checklistId, const QString& section, const QString& item, int position)
    {
        return value(QStringLiteral("SELECT coalesce((SELECT version FROM cs.qc_answers WHERE checklist_id = CAST(? AS uuid) "
                                    "AND section_id = ? AND item_id = ? AND position = ?), 0)"),
                     {checklistId, section, item, position})
            .toInt();
    }

    // Saves one answer; valueJson empty = NULL. *version gets the stored version.
    QString save(QSqlDatabase db, const QString& checklistId, const QString& section, const QString& item, int position,
                 const QString& valueJson, const QString& other = {}, bool na = false, const QString& reason = {},
                 std::optional<int> expected = std::nullopt, const QString& key = {}, int* version = nullptr,
                 QString* by = nullptr)
    {
        const QVariant nullText{QMetaType(QMetaType::QString)};
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT version, answered_by, answered_at FROM cs.save_qc_answer(CAST(? AS uuid), ?, ?, ?, "
                                 "CAST(? AS jsonb), ?, ?, ?, ?, CAST(? AS uuid))"));
        q.addBindValue(checklistId);
        q.addBindValue(section);
        q.addBindValue(item);
        q.addBindValue(position);
        q.addBindValue(valueJson.isEmpty() ? nullText : QVariant(valueJson));
        q.addBindValue(other.isEmpty() ? nullText : QVariant(other));
        q.addBindValue(na);
        q.addBindValue(reason.isEmpty() ? nullText : QVariant(reason));
        q.addBindValue(expected.value_or(storedVersion(checklistId, section, item, position)));
        q.addBindValue(key.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : key);
        if (!q.exec()) {
            QString text = q.lastError().databaseText().trimmed();
            if (text.startsWith(QStringLiteral("ERROR:")))
                text = text.mid(6).trimmed();
            text = text.section(u'\n', 0, 0).trimmed();
            return q.lastError().nativeErrorCode() + QStringLiteral(": ") + text;
        }
        if (!q.next())
            return QStringLiteral("no row");
        if (version)
            *version = q.value(0).toInt();
        if (by)
            *by = q.value(1).toString();
        return {};
    }

    // A valid answer of the entry's type (check ticked, PASS, yes, the first option, the expected count).
    QString validValue(const ChecklistEntry& e)
    {
        switch (e.item.type) {
        case ChecklistItemType::Check:
        case ChecklistItemType::YesNo: return QStringLiteral("true");
        case ChecklistItemType::PassFail: return QStringLiteral("\"PASS\"");
        case ChecklistItemType::Choice: return compact(e.options.value(0));
        case ChecklistItemType::MultiCheck:
            return e.options.isEmpty() ? QStringLiteral("[]") : compact(QJsonArray{e.options.first()});
        case ChecklistItemType::Number:
            return QString::number(e.expectedNumber.value_or(e.item.min.value_or(1)));
        case ChecklistItemType::Text:
        case ChecklistItemType::Serial: return QStringLiteral("\"X-100\"");
        case ChecklistItemType::Date: return compact(QDate::currentDate().toString(Qt::ISODate));
        case ChecklistItemType::Initials: return compact(m_people.value(QStringLiteral("QCPerson")).initials);
        }
        return {};
    }

    // Every applicable item of the engine's instantiation answered validly, every section check ticked.
    QString fillAll(const QString& checklistId, const ChecklistInstance& form, const QHash<QString, QString>& overrides = {})
    {
        QSqlDatabase qc = as(QStringLiteral("QCPerson"));
        for (const ChecklistEntry& e : form.entries()) {
            if (!e.applies)
                continue;
            const QString v = overrides.value(e.item.id, validValue(e));
            if (const QString error = save(qc, checklistId, e.sectionId, e.item.id, e.position, v); !error.isEmpty())
                return e.sectionId + u'/' + e.item.id + QStringLiteral(": ") + error;
        }
        for (const ChecklistSectionInstance& s : form.sections()) {
            if (!s.sectionCheck || !s.present)
                continue;
            if (const QString error = save(qc, checklistId, s.sectionId, QStringLiteral("#sectionCheck"), s.position,
                                           QStringLiteral("true"));
                !error.isEmpty())
                return s.sectionId + QStringLiteral("/#sectionCheck: ") + error;
        }
        return {};
    }

    QStringList missing(const QString& checklistId)
    {
        QSqlQuery q(as(QStringLiteral("QCPerson")));
        q.prepare(QStringLiteral("SELECT message FROM cs.qc_checklist_missing(CAST(? AS uuid))"));
        q.addBindValue(checklistId);
        QStringList out;
        if (!q.exec())
            return {QStringLiteral("error: ") + q.lastError().text()};
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    QString sign(QSqlDatabase db, const QString& checklistId, bool pass, const QString& initials, QString* resultId = nullptr,
                 const QString& sectionInitials = {}, const QString& reason = {}, const QString& category = {},
                 const QString& severity = {}, std::optional<bool> rework = std::nullopt)
    {
        const QVariant nullText{QMetaType(QMetaType::QString)};
        QVariant v;
        const QString e = run(db, QStringLiteral("SELECT cs.sign_qc_checklist(CAST(? AS uuid), ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?)::text"),
                              {checklistId, pass, initials, sectionInitials.isEmpty() ? nullText : QVariant(sectionInitials),
                               reason.isEmpty() ? nullText : QVariant(reason), category.isEmpty() ? nullText : QVariant(category),
                               severity.isEmpty() ? nullText : QVariant(severity),
                               rework ? QVariant(*rework) : QVariant(QMetaType(QMetaType::Bool)), QStringLiteral("test")},
                              &v);
        if (resultId)
            *resultId = v.toString();
        return e;
    }

    ChecklistInstance instance(const QString& form, const CaseBuild& b)
    {
        return ChecklistInstance::instantiate(m_templates.value(form), b.subject);
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!ScratchDatabase::clusterAvailable(&why))
            QSKIP(qPrintable(why));
        QVERIFY(makeDatabase());
        QString error;
        QVERIFY2(addPerson(QStringLiteral("Admin"), {}, &error), qPrintable(error));
        for (const QString& role : {QStringLiteral("ProductionCoordinator"), QStringLiteral("ProcurementSpecialist"),
                                   QStringLiteral("QCPerson"), QStringLiteral("Assembler"), QStringLiteral("ServiceDepartment")}) {
            QVERIFY2(addPerson(role, {}, &error), qPrintable(error));
        }
        // The forms' initials fields take 1 to 4 letters (the pass rule); the test people have 8.
        QCOMPARE(run(m_super, QStringLiteral("UPDATE cs.users SET initials = 'QKX' WHERE username = ?"),
                     {m_people.value(QStringLiteral("QCPerson")).username}),
                 QString());
        m_people[QStringLiteral("QCPerson")].initials = QStringLiteral("QKX");
        // The fixtures' catalog (the BOM of ScratchDatabase::orderJson); the templates come from the forms.
        for (const QString& sql : {QStringLiteral("INSERT INTO cs.parts (part_id, name, type) VALUES ('P-1', 'Part one', 'COMPONENT'), "
                                                  "('P-2', 'Part two', 'COMPONENT')"),
                                   QStringLiteral("INSERT INTO cs.assemblies (assembly_id, name, type, can_order, is_kit) "
                                                  "VALUES ('ASSY-1', 'Kit one', 'KIT', true, true)"),
                                   QStringLiteral("INSERT INTO cs.assembly_components (parent_assembly_id, child_part_id, quantity, position) "
                                                  "VALUES ('ASSY-1', 'P-1', 3, 0)")})
            QCOMPARE(run(m_super, sql), QString());

        // Each of the four shared forms imports as a draft of its kind, and is published.
        const QList<std::pair<QString, QString>> forms{{QStringLiteral("pre-qc.json"), QStringLiteral("PreQC")},
                                                       {QStringLiteral("final-qc-clq.json"), QStringLiteral("FinalQC")},
                                                       {QStringLiteral("production-clp.json"), QStringLiteral("InProcessAssembly")},
                                                       {QStringLiteral("eol-testing-clt.json"), QStringLiteral("Testing")}};
        for (const auto& [file, kind] : forms) {
            const QJsonObject json = readJson(sharedPath(QStringLiteral("checklists/") + file));
            QSqlQuery q(as(QStringLiteral("Admin")));
            q.prepare(QStringLiteral("SELECT template_id::text, kind, version FROM cs.import_checklist_template(CAST(? AS jsonb))"));
            q.addBindValue(compact(json));
            QVERIFY2(q.exec() && q.next(), qPrintable(file + QStringLiteral(": ") + q.lastError().text()));
            QCOMPARE(q.value(1).toString(), kind);
            QCOMPARE(q.value(2).toInt(), 1);
            const QString id = q.value(0).toString();
            QCOMPARE(value(QStringLiteral("SELECT state || ' ' || is_active FROM (SELECT state, is_active FROM cs.qc_form_templates "
                                          "WHERE template_id = CAST(? AS uuid) UNION ALL SELECT state, is_active "
                                          "FROM cs.testing_form_templates WHERE template_id = CAST(? AS uuid)) t"),
                         {id, id}).toString(),
                     QStringLiteral("draft false"));
            QVariant version;
            QCOMPARE(run(as(QStringLiteral("Admin")), QStringLiteral("SELECT cs.publish_checklist_template(CAST(? AS uuid))"), {id}, &version),
                     QString());
            QCOMPARE(version.toInt(), 1);
            const QString formId = json.value(u"id").toString();
            m_templateIds.insert(formId, id);
            QList<ChecklistProblem> problems;
            const auto t = ChecklistTemplate::fromJson(json, &problems);
            QVERIFY(t);
            m_templates.insert(formId, *t);
        }
    }

    void cleanup()
    {
        m_conn.clear();
        m_db->closeConnections();
        m_super = m_db->superuser();
    }

    void templatesAreVersionedAndImmutable()
    {
        QSqlDatabase admin = as(QStringLiteral("Admin"));
        const QJsonObject json = readJson(sharedPath(QStringLiteral("checklists/pre-qc.json")));
        QVariant id2;
        QCOMPARE(run(admin, QStringLiteral("SELECT template_id::text FROM cs.import_checklist_template(CAST(? AS jsonb))"),
                     {compact(json)}, &id2),
                 QString());
        QCOMPARE(value(QStringLiteral("SELECT version || ' ' || state || ' ' || is_active || ' ' || (checklist_items->>'version') "
                                      "FROM cs.qc_form_templates WHERE template_id = CAST(? AS uuid)"), {id2}).toString(),
                 QStringLiteral("2 draft false 2"));
        // A draft opens nothing: version 1 is still the active one.
        const QString v1 = m_templateIds.value(QStringLiteral("PRE_QC"));
        QCOMPARE(value(QStringLiteral("SELECT is_active FROM cs.qc_form_templates WHERE template_id = CAST(? AS uuid)"), {v1}).toBool(), true);
        QVariant version;
        QCOMPARE(run(admin, QStringLiteral("SELECT cs.publish_checklist_template(CAST(? AS uuid))"), {id2}, &version), QString());
        QCOMPARE(version.toInt(), 2);
        QCOMPARE(value(QStringLiteral("SELECT string_agg(version || ':' || state || ':' || is_active, ' ' ORDER BY version) "
                                      "FROM cs.qc_form_templates WHERE form_name = 'PRE_QC'")).toString(),
                 QStringLiteral("1:published:false 2:published:true"));
        QVERIFY(!value(QStringLiteral("SELECT published_at FROM cs.qc_form_templates WHERE template_id = CAST(? AS uuid)"), {id2}).isNull());
        QCOMPARE(value(QStringLiteral("SELECT u.full_name FROM cs.qc_form_templates t JOIN cs.users u ON u.user_id = t.published_by "
                                      "WHERE t.template_id = CAST(? AS uuid)"), {id2}).toString(),
                 m_people.value(QStringLiteral("Admin")).fullName);
        m_templateIds.insert(QStringLiteral("PRE_QC"), id2.toString());
        // Published twice: refused.
        QVERIFY(run(admin, QStringLiteral("SELECT cs.publish_checklist_template(CAST(? AS uuid))"), {id2})
                    .contains(QStringLiteral("E-TEMPLATE-PUBLISHED")));

        // A published version does not change, even for a superuser; it may only become inactive.
        QVERIFY(run(m_super, QStringLiteral("UPDATE cs.qc_form_templates SET checklist_items = '{}' WHERE template_id = CAST(? AS uuid)"), {v1})
                    .contains(QStringLiteral("E-TEMPLATE-PUBLISHED")));
        QVERIFY(run(m_super, QStringLiteral("UPDATE cs.qc_form_templates SET is_active = true WHERE template_id = CAST(? AS uuid)"), {v1})
                    .contains(QStringLiteral("E-TEMPLATE-PUBLISHED")));
        QVERIFY(run(m_super, QStringLiteral("DELETE FROM cs.qc_form_templates WHERE template_id = CAST(? AS uuid)"), {v1})
                    .contains(QStringLiteral("E-TEMPLATE-PUBLISHED")));
        // Nobody writes the template tables directly, Admin included.
        for (const QString& role : m_people.keys()) {
            QSqlDatabase db = as(role);
            for (const QString& sql : {QStringLiteral("INSERT INTO cs.qc_form_templates (form_name, form_type, checklist_items, created_by) "
                                                      "VALUES ('X', 'PreQC', '{}', gen_random_uuid())"),
                                       QStringLiteral("INSERT INTO cs.testing_form_templates (form_name, test_type, test_items, created_by) "
                                                      "VALUES ('X', 'EOL', '{}', gen_random_uuid())"),
                                       QStringLiteral("UPDATE cs.qc_form_templates SET is_active = false"),
                                       QStringLiteral("DELETE FROM cs.testing_form_templates")})
                QVERIFY2(run(db, sql).startsWith(QStringLiteral("42501")), qPrintable(role + u' ' + sql));
            QCOMPARE(run(db, QStringLiteral("SELECT count(*) FROM cs.qc_form_templates")), QString());
        }
        // An unused draft may go (as the superuser); a template the server cannot read is refused, named.
        QVariant id3;
        QCOMPARE(run(admin, QStringLiteral("SELECT template_id::text FROM cs.import_checklist_template(CAST(? AS jsonb))"),
                     {compact(json)}, &id3),
                 QString());
        QCOMPARE(run(m_super, QStringLiteral("DELETE FROM cs.qc_form_templates WHERE template_id = CAST(? AS uuid)"), {id3}), QString());
        QJsonObject bad = json;
        QJsonArray sections = bad.value(u"sections").toArray();
        QJsonObject s1 = sections.at(0).toObject();
        QJsonArray items = s1.value(u"items").toArray();
        QJsonObject item = items.at(0).toObject();
        item.insert(u"appliesWhen", QStringLiteral("hasPegboard &&"));
        items.replace(0, item);
        QJsonObject item2 = items.at(1).toObject();
        item2.insert(u"type", QStringLiteral("tick"));
        items.replace(1, item2);
        s1.insert(u"items", items);
        sections.replace(0, s1);
        bad.insert(u"sections", sections);
        const QString error = run(admin, QStringLiteral("SELECT * FROM cs.import_checklist_template(CAST(? AS jsonb))"), {compact(bad)});
        QVERIFY2(error.contains(QStringLiteral("E-TEMPLATE-INVALID: PRE_QC/S1/S1.1: E-CHECKLIST-CONDITION")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("(and 1 more)")), qPrintable(error));
        QVERIFY(run(admin, QStringLiteral("SELECT * FROM cs.import_checklist_template('{\"id\": \"PRE_QC\", \"title\": \"t\"}')"))
                    .contains(QStringLiteral("E-TEMPLATE-INVALID: PRE_QC: the template has no sections")));
        // Only an Admin imports or publishes.
        QVERIFY(run(as(QStringLiteral("QCPerson")), QStringLiteral("SELECT * FROM cs.import_checklist_template(CAST(? AS jsonb))"),
                    {compact(json)}).startsWith(QStringLiteral("42501")));
    }

    void peopleOutsideQcCannotFillOrSign()
    {
        const auto b = caseBuild(QStringLiteral("AC-01"), QStringLiteral("2222"));
        QVERIFY(b);
        const QString orderId = newOrder(*b, QStringLiteral("ReadyForPreQC"));
        QVERIFY(!orderId.isEmpty());
        QString checklistId;
        QCOMPARE(open(QStringLiteral("QCPerson"), orderId, QStringLiteral("PreQC"), &checklistId), QString());
        QString resultId;
        for (const QString& role : {QStringLiteral("Assembler"), QStringLiteral("ProductionCoordinator"),
                                    QStringLiteral("ServiceDepartment"), QStringLiteral("ProcurementSpecialist")}) {
            QSqlDatabase db = as(role);
            QVERIFY2(open(role, orderId, QStringLiteral("PreQC"), nullptr).startsWith(QStringLiteral("42501")), qPrintable(role));
            QVERIFY2(save(db, checklistId, QStringLiteral("S1"), QStringLiteral("S1.1"), 0, QStringLiteral("true"), {}, false, {}, 0)
                         .startsWith(QStringLiteral("42501")),
                     qPrintable(role));
            QVERIFY2(sign(fresh(role), checklistId, true, m_people.value(role).initials).startsWith(QStringLiteral("42501")), qPrintable(role));
            QVERIFY2(run(db, QStringLiteral("SELECT cs.revise_qc_checklist(CAST(? AS uuid), 'why not')"), {checklistId})
                         .startsWith(QStringLiteral("42501")),
                     qPrintable(role));
            QVERIFY2(run(db, QStringLiteral("SELECT cs.record_qc_result(CAST(? AS uuid), 'PreQC', CAST(? AS uuid), 'Pass', '{}', NULL, ?)"),
                         {orderId, m_templateIds.value(QStringLiteral("PRE_QC")), m_people.value(role).initials})
                         .isEmpty() == false,
                     qPrintable(role));
        }
        // Raw SQL on the tables, for everyone (QC and Admin write only through the functions).
        for (const QString& role : m_people.keys()) {
            QSqlDatabase db = as(role);
            for (const QString& sql :
                 {QStringLiteral("INSERT INTO cs.qc_checklists (order_id, build_number, qc_type, template_id, attempt, opened_by) "
                                 "SELECT order_id, build_number, 'PreQC', template_id, 9, opened_by FROM cs.qc_checklists LIMIT 1"),
                  QStringLiteral("INSERT INTO cs.qc_answers (checklist_id, section_id, item_id, position, value, answered_by) "
                                 "SELECT checklist_id, 'S1', 'S1.1', 0, 'true', opened_by FROM cs.qc_checklists LIMIT 1"),
                  QStringLiteral("UPDATE cs.qc_checklists SET state = 'signed'"), QStringLiteral("DELETE FROM cs.qc_answers"),
                  QStringLiteral("INSERT INTO cs.qc_results (order_id, template_id, qc_type, performed_by, overall_status, item_results) "
                                 "SELECT order_id, template_id, 'PreQC', opened_by, 'Pass', '{}' FROM cs.qc_checklists LIMIT 1"),
                  QStringLiteral("INSERT INTO cs.qc_answer_log (checklist_id, section_id, item_id, position, is_na, version, answered_by) "
                                 "SELECT checklist_id, 'S1', 'S1.1', 0, false, 1, opened_by FROM cs.qc_checklists LIMIT 1")}) {
                const QString e = run(db, sql);
                QVERIFY2(e.startsWith(QStringLiteral("42501")), qPrintable(role + u' ' + sql + u' ' + e));
            }
        }
        // The old recording function is nobody's (issue 13).
        QVERIFY(run(as(QStringLiteral("QCPerson")),
                    QStringLiteral("SELECT cs.record_qc_result(CAST(? AS uuid), 'PreQC', CAST(? AS uuid), 'Pass', '{}', NULL, ?)"),
                    {orderId, m_templateIds.value(QStringLiteral("PRE_QC")), m_people.value(QStringLiteral("QCPerson")).initials})
                    .startsWith(QStringLiteral("42501")));
        QVERIFY(run(fresh(QStringLiteral("Admin")),
                    QStringLiteral("SELECT cs.record_qc_result(CAST(? AS uuid), 'FinalQC', CAST(? AS uuid), 'Pass', '{}', NULL, ?)"),
                    {orderId, m_templateIds.value(QStringLiteral("FINAL_QC_CLQ")), m_people.value(QStringLiteral("Admin")).initials})
                    .startsWith(QStringLiteral("42501")));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.qc_answers WHERE checklist_id = CAST(? AS uuid)"), {checklistId}).toInt(), 0);
        QCOMPARE(status(orderId), QStringLiteral("ReadyForPreQC"));
    }

    void answersAreSavedWithServerTimeAndAuthor()
    {
        const auto b = caseBuild(QStringLiteral("AC-04"), QStringLiteral("1114"));
        QVERIFY(b);
        const QString orderId = newOrder(*b, QStringLiteral("ReadyForPreQC"));
        QVERIFY(!orderId.isEmpty());
        QString id;
        QCOMPARE(open(QStringLiteral("QCPerson"), orderId, QStringLiteral("PreQC"), &id), QString());
        QString again;
        QCOMPARE(open(QStringLiteral("Admin"), orderId, QStringLiteral("PreQC"), &again), QString());
        QCOMPARE(again, id);   // the open checklist of the attempt, not a new one
        QVERIFY(open(QStringLiteral("QCPerson"), orderId, QStringLiteral("FinalQC"), nullptr).contains(QStringLiteral("E-QC-STATUS-ORDER")));

        QSqlDatabase qc = as(QStringLiteral("QCPerson"));
        const ScratchDatabase::Person inspector = m_people.value(QStringLiteral("QCPerson"));
        int version = 0;
        QString by;
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(save(qc, id, QStringLiteral("S1"), QStringLiteral("S1.1"), 0, QStringLiteral("true"), {}, false, {}, 0, key, &version, &by),
                 QString());
        QCOMPARE(version, 1);
        QCOMPARE(by, inspector.fullName);
        QCOMPARE(value(QStringLiteral("SELECT u.username FROM cs.qc_answers a JOIN cs.users u ON u.user_id = a.answered_by "
                                      "WHERE a.checklist_id = CAST(? AS uuid) AND a.item_id = 'S1.1'"), {id}).toString(),
                 inspector.username);
        QVERIFY(value(QStringLiteral("SELECT abs(extract(epoch FROM now() - answered_at)) < 60 FROM cs.qc_answers "
                                     "WHERE checklist_id = CAST(? AS uuid) AND item_id = 'S1.1'"), {id}).toBool());
        // The same write sent again (a lost acknowledgement): applied once, the same answer.
        int resent = 0;
        QCOMPARE(save(qc, id, QStringLiteral("S1"), QStringLiteral("S1.1"), 0, QStringLiteral("true"), {}, false, {}, 0, key, &resent), QString());
        QCOMPARE(resent, 1);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.qc_answer_log WHERE checklist_id = CAST(? AS uuid)"), {id}).toInt(), 1);
        QCOMPARE(storedVersion(id, QStringLiteral("S1"), QStringLiteral("S1.1"), 0), 1);
        QVERIFY(save(qc, id, QStringLiteral("S1"), QStringLiteral("S1.2"), 0, QStringLiteral("true"), {}, false, {}, 0, key)
                    .contains(QStringLiteral("E-CLIENT-KEY")));
        // Someone who saw the item empty changes it: refused with who and when.
        const QString stale = save(as(QStringLiteral("Admin")), id, QStringLiteral("S1"), QStringLiteral("S1.1"), 0,
                                   QStringLiteral("false"), {}, false, {}, 0);
        QVERIFY2(stale.startsWith(QStringLiteral("40001: E-STALE: S1.1 was changed by ") + inspector.fullName + QStringLiteral(" at ")),
                 qPrintable(stale));
        // With the version seen: accepted, a new version, the Admin as author.
        QCOMPARE(save(as(QStringLiteral("Admin")), id, QStringLiteral("S1"), QStringLiteral("S1.1"), 0, QStringLiteral("false"), {}, false, {},
                      1, {}, &version, &by),
                 QString());
        QCOMPARE(version, 2);
        QCOMPARE(by, m_people.value(QStringLiteral("Admin")).fullName);
        // Cleared: a NULL value.
        QCOMPARE(save(qc, id, QStringLiteral("S1"), QStringLiteral("S1.1"), 0, {}, {}, false, {}, 2, {}, &version), QString());
        QCOMPARE(version, 3);
        QVERIFY(value(QStringLiteral("SELECT value IS NULL FROM cs.qc_answers WHERE checklist_id = CAST(? AS uuid) AND item_id = 'S1.1'"),
                      {id}).toBool());

        // Values that do not fit the item, N/A where the form has no N/A box, items and positions not in the form.
        const QList<std::tuple<QString, QString, int, QString, QString>> wrong{
            {QStringLiteral("S1"), QStringLiteral("S1.1"), 0, QStringLiteral("\"yes\""), QStringLiteral("E-QC-VALUE")},
            {QStringLiteral("S1"), QStringLiteral("S1.1"), 0, QStringLiteral("1"), QStringLiteral("E-QC-VALUE")},
            {QStringLiteral("header"), QStringLiteral("H.basinCount"), 0, QStringLiteral("\"three\""), QStringLiteral("E-QC-VALUE")},
            {QStringLiteral("header"), QStringLiteral("H.initials"), 0, QStringLiteral("\"ZZZ\""), QStringLiteral("E-QC-VALUE")},
            {QStringLiteral("header"), QStringLiteral("H.jobId"), 0, compact(QString(201, u'x')), QStringLiteral("E-QC-VALUE")},
            {QStringLiteral("header"), QStringLiteral("H.jobId"), 0, QStringLiteral("42"), QStringLiteral("E-QC-VALUE")},
            {QStringLiteral("S1"), QStringLiteral("S1.5"), 0, QStringLiteral("\"Wheels\""), QStringLiteral("E-QC-VALUE")},
            {QStringLiteral("S2"), QStringLiteral("S2.4"), 1, QStringLiteral("\"Other\""), QStringLiteral("E-QC-VALUE")},
            {QStringLiteral("S2"), QStringLiteral("S2.5"), 1, QStringLiteral("[\"Between basins 2/3\"]"), QStringLiteral("E-QC-VALUE")},
            {QStringLiteral("S2"), QStringLiteral("S2.5"), 2, QStringLiteral("\"Center\""), QStringLiteral("E-QC-VALUE")},
            {QStringLiteral("S2"), QStringLiteral("S2.1"), 4, QStringLiteral("true"), QStringLiteral("E-QC-POSITION")},
            {QStringLiteral("S2"), QStringLiteral("S2.1"), 0, QStringLiteral("true"), QStringLiteral("E-QC-POSITION")},
            {QStringLiteral("S1"), QStringLiteral("S1.1"), 1, QStringLiteral("true"), QStringLiteral("E-QC-POSITION")},
            {QStringLiteral("S1"), QStringLiteral("S9.9"), 0, QStringLiteral("true"), QStringLiteral("E-QC-ITEM")},
            {QStringLiteral("S1"), QStringLiteral("#sectionCheck"), 0, QStringLiteral("true"), QStringLiteral("E-QC-ITEM")},
        };
        for (const auto& [section, item, position, json, code] : wrong) {
            const QString e = save(qc, id, section, item, position, json);
            QVERIFY2(e.contains(code), qPrintable(item + u' ' + json + QStringLiteral(": ") + e));
        }
        QVERIFY(save(qc, id, QStringLiteral("S1"), QStringLiteral("S1.1"), 0, {}, {}, true, QStringLiteral("not needed"))
                    .contains(QStringLiteral("E-QC-NA")));
        QVERIFY(save(qc, id, QStringLiteral("S1"), QStringLiteral("S1.3"), 0, {}, {}, true, QStringLiteral("no"))
                    .contains(QStringLiteral("E-QC-NA-REASON")));
        QCOMPARE(save(qc, id, QStringLiteral("S1"), QStringLiteral("S1.3"), 0, {}, {}, true, QStringLiteral("pegboard shipped loose")),
                 QString());
        // "Other" with its description, the inspector's own initials, a count: accepted.
        QCOMPARE(save(qc, id, QStringLiteral("S2"), QStringLiteral("S2.4"), 1, QStringLiteral("\"Other\""), QStringLiteral("back left")),
                 QString());
        QCOMPARE(save(qc, id, QStringLiteral("header"), QStringLiteral("H.initials"), 0, compact(inspector.initials.toLower())), QString());
        QCOMPARE(save(qc, id, QStringLiteral("header"), QStringLiteral("H.basinCount"), 0, QStringLiteral("3")), QString());
        QCOMPARE(save(qc, id, QStringLiteral("S2"), QStringLiteral("S2.5"), 2, QStringLiteral("[\"Between basins 2/3\", \"Center\"]")),
                 QString());
    }

    void openingTheOpenChecklistTakesNoLock()
    {
        // A colleague's write in progress holds the build's row (here a transaction of the superuser's).
        const auto b = caseBuild(QStringLiteral("AC-04"), QStringLiteral("1114"));
        QVERIFY(b);
        const QString held = newOrder(*b, QStringLiteral("ReadyForPreQC"));
        const QString fresh = newOrder(*b, QStringLiteral("ReadyForPreQC"));
        QVERIFY(!held.isEmpty() && !fresh.isEmpty());
        QString id;
        QCOMPARE(open(QStringLiteral("QCPerson"), held, QStringLiteral("PreQC"), &id), QString());
        QSqlDatabase colleague = m_db->superuser();
        QVERIFY(colleague.transaction());
        for (const QString& orderId : {held, fresh}) {
            QSqlQuery lock(colleague);
            lock.prepare(QStringLiteral("SELECT 1 FROM cs.orders WHERE order_id = CAST(? AS uuid) FOR UPDATE"));
            lock.addBindValue(orderId);
            QVERIFY2(lock.exec() && lock.next(), qPrintable(lock.lastError().text()));
        }
        // Opening the checklist that is open only reads: the same checklist, at once.
        QString again;
        QCOMPARE(open(QStringLiteral("Admin"), held, QStringLiteral("PreQC"), &again), QString());
        QCOMPARE(again, id);
        // A new attempt is written under the row: it waits for it, then is refused and makes nothing.
        QVERIFY(open(QStringLiteral("QCPerson"), fresh, QStringLiteral("PreQC"), nullptr).contains(QStringLiteral("E-BUSY")));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.qc_checklists WHERE order_id = CAST(? AS uuid)"), {fresh}).toInt(), 0);
        QVERIFY(colleague.commit());
        QString made;
        QCOMPARE(open(QStringLiteral("QCPerson"), fresh, QStringLiteral("PreQC"), &made), QString());
        QVERIFY(!made.isEmpty() && made != id);
    }

    void preQcPassMovesTheBuildAndIsReadOnly()
    {
        const auto b = caseBuild(QStringLiteral("AC-04"), QStringLiteral("1114"));
        QVERIFY(b);
        const QString orderId = newOrder(*b, QStringLiteral("ReadyForPreQC"));
        QVERIFY(!orderId.isEmpty());
        QString id;
        QCOMPARE(open(QStringLiteral("QCPerson"), orderId, QStringLiteral("PreQC"), &id), QString());
        const ScratchDatabase::Person inspector = m_people.value(QStringLiteral("QCPerson"));
        QSqlDatabase old = fresh(QStringLiteral("QCPerson"));   // opened now: stale by the time it signs

        // Nothing answered: a PASS is refused, naming what is missing (the drawing first).
        QStringList gaps = missing(id);
        QVERIFY(gaps.size() > 10);
        QCOMPARE(gaps.first(), QStringLiteral("The approved drawing is not attached to the order."));
        QVERIFY(gaps.contains(QStringLiteral("S1.1: not ticked.")));
        QVERIFY(gaps.contains(QStringLiteral("S2.4, basin 3: not answered.")));
        QString error = sign(fresh(QStringLiteral("QCPerson")), id, true, inspector.initials);
        QVERIFY2(error.startsWith(QStringLiteral("23514: E-QC-INCOMPLETE: %1 items missing: The approved drawing is not attached")
                                      .arg(gaps.size())),
                 qPrintable(error));
        QCOMPARE(status(orderId), QStringLiteral("ReadyForPreQC"));

        // Every applicable item of the engine's form for this build, and the drawing.
        const ChecklistInstance form = instance(QStringLiteral("PRE_QC"), *b);
        QCOMPARE(fillAll(id, form), QString());
        QCOMPARE(missing(id), QStringList{QStringLiteral("The approved drawing is not attached to the order.")});
        QCOMPARE(attachDrawing(orderId), QString());
        QCOMPARE(missing(id), QStringList());
        // A wrong count is a gap again (the configuration has 3 basins), as the engine says.
        QCOMPARE(save(as(QStringLiteral("QCPerson")), id, QStringLiteral("header"), QStringLiteral("H.basinCount"), 0, QStringLiteral("2")),
                 QString());
        QCOMPARE(missing(id), QStringList{QStringLiteral("H.basinCount: 2 does not match the configuration (3 basins).")});
        QCOMPARE(save(as(QStringLiteral("QCPerson")), id, QStringLiteral("header"), QStringLiteral("H.basinCount"), 0, QStringLiteral("3")),
                 QString());

        // Someone else's initials, a section's initials not the signer's, a stale connection: refused.
        error = sign(fresh(QStringLiteral("QCPerson")), id, true, m_people.value(QStringLiteral("Admin")).initials);
        QVERIFY2(error.contains(QStringLiteral("E-SIGN-INITIALS")), qPrintable(error));
        error = sign(fresh(QStringLiteral("QCPerson")), id, true, inspector.initials, nullptr,
                     compact(QJsonObject{{QStringLiteral("S1"), QStringLiteral("ZZ")}}));
        QVERIFY2(error.contains(QStringLiteral("E-SIGN-INITIALS")), qPrintable(error));
        QCOMPARE(run(m_super, QStringLiteral("UPDATE cs.app_settings SET value = '1' WHERE key = 'signature_max_age_seconds'")), QString());
        QThread::sleep(2);
        error = sign(old, id, true, inspector.initials);
        QCOMPARE(run(m_super, QStringLiteral("UPDATE cs.app_settings SET value = '120' WHERE key = 'signature_max_age_seconds'")), QString());
        QVERIFY2(error.contains(QStringLiteral("E-SIGN-STALE")), qPrintable(error));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.qc_results WHERE order_id = CAST(? AS uuid)"), {orderId}).toInt(), 0);

        // The PASS: result, signature, signed checklist and the build's move in one transaction.
        QString resultId;
        QCOMPARE(sign(fresh(QStringLiteral("QCPerson")), id, true, inspector.initials, &resultId,
                      compact(QJsonObject{{QStringLiteral("S1"), inspector.initials}})),
                 QString());
        QCOMPARE(status(orderId), QStringLiteral("ReadyForProduction"));
        QCOMPARE(value(QStringLiteral("SELECT s.meaning || '|' || s.printed_name || '|' || r.overall_status || '|' || "
                                      "(r.content_sha256 = s.content_sha256) FROM cs.qc_results r "
                                      "JOIN cs.signatures s ON s.signature_id = r.signature_id WHERE r.result_id = CAST(? AS uuid)"),
                       {resultId}).toString(),
                 QStringLiteral("Pre-QC passed|%1|Pass|true").arg(inspector.fullName));
        QCOMPARE(value(QStringLiteral("SELECT state || '|' || result_id FROM cs.qc_checklists WHERE checklist_id = CAST(? AS uuid)"), {id})
                     .toString(),
                 QStringLiteral("signed|") + resultId);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.order_history h JOIN cs.users u ON u.user_id = h.user_id "
                                      "WHERE h.order_id = CAST(? AS uuid) AND h.old_status = 'ReadyForPreQC' "
                                      "AND h.new_status = 'ReadyForProduction' AND u.username = ?"),
                       {orderId, inspector.username}).toInt(),
                 1);
        QCOMPARE(value(QStringLiteral("SELECT item_results->>'templateVersion' FROM cs.qc_results WHERE result_id = CAST(? AS uuid)"),
                       {resultId}).toString(),
                 QStringLiteral("2"));
        QCOMPARE(value(QStringLiteral("SELECT jsonb_array_length(item_results->'answers') = (SELECT count(*) FROM cs.qc_answers "
                                      "WHERE checklist_id = CAST(? AS uuid)) FROM cs.qc_results WHERE result_id = CAST(? AS uuid)"),
                       {id, resultId}).toBool(),
                 true);

        // Signed: read-only, for the inspector's functions and for a superuser's SQL.
        QVERIFY(save(as(QStringLiteral("QCPerson")), id, QStringLiteral("S1"), QStringLiteral("S1.1"), 0, QStringLiteral("false"))
                    .contains(QStringLiteral("E-QC-SIGNED")));
        QVERIFY(run(m_super, QStringLiteral("UPDATE cs.qc_answers SET value = 'false' WHERE checklist_id = CAST(? AS uuid)"), {id})
                    .contains(QStringLiteral("E-QC-SIGNED")));
        QVERIFY(run(m_super, QStringLiteral("DELETE FROM cs.qc_answers WHERE checklist_id = CAST(? AS uuid)"), {id})
                    .contains(QStringLiteral("E-QC-SIGNED")));
        QVERIFY(run(m_super, QStringLiteral("UPDATE cs.qc_checklists SET section_initials = '{}' WHERE checklist_id = CAST(? AS uuid)"), {id})
                    .contains(QStringLiteral("E-QC-SIGNED")));
        QVERIFY(run(m_super, QStringLiteral("UPDATE cs.qc_results SET notes = 'x' WHERE result_id = CAST(? AS uuid)"), {resultId})
                    .contains(QStringLiteral("E-APPEND-ONLY")));
        QVERIFY(sign(fresh(QStringLiteral("QCPerson")), id, true, inspector.initials).contains(QStringLiteral("E-QC-SIGNED")));
        // The template version it was filled on is kept.
        QVERIFY(run(m_super, QStringLiteral("DELETE FROM cs.qc_form_templates WHERE template_id = (SELECT template_id FROM cs.qc_checklists "
                                            "WHERE checklist_id = CAST(? AS uuid))"), {id})
                    .contains(QStringLiteral("E-TEMPLATE-IN-USE")));

        // A correction: a new revision with the answers and a reason; the signed record stays.
        QVERIFY(run(as(QStringLiteral("QCPerson")), QStringLiteral("SELECT cs.revise_qc_checklist(CAST(? AS uuid), 'x')"), {id})
                    .contains(QStringLiteral("E-NOTE-REQUIRED")));
        QVariant revision;
        QCOMPARE(run(as(QStringLiteral("QCPerson")), QStringLiteral("SELECT cs.revise_qc_checklist(CAST(? AS uuid), 'Wrong faucet location')::text"),
                     {id}, &revision),
                 QString());
        QCOMPARE(value(QStringLiteral("SELECT revision || '|' || state || '|' || revises || '|' || revision_reason FROM cs.qc_checklists "
                                      "WHERE checklist_id = CAST(? AS uuid)"), {revision}).toString(),
                 QStringLiteral("2|open|%1|Wrong faucet location").arg(id));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.qc_answers WHERE checklist_id = CAST(? AS uuid)"), {revision}),
                 value(QStringLiteral("SELECT count(*) FROM cs.qc_answers WHERE checklist_id = CAST(? AS uuid)"), {id}));
        QCOMPARE(save(as(QStringLiteral("QCPerson")), revision.toString(), QStringLiteral("S2"), QStringLiteral("S2.5"), 1,
                      QStringLiteral("[\"Between basins 1/2\"]")),
                 QString());
        QVERIFY(sign(fresh(QStringLiteral("QCPerson")), revision.toString(), false, inspector.initials, nullptr, {},
                     QStringLiteral("changed my mind"), QStringLiteral("Structure"), QStringLiteral("Minor"), true)
                    .contains(QStringLiteral("E-QC-REVISION-OUTCOME")));
        QString resultId2;
        QCOMPARE(sign(fresh(QStringLiteral("QCPerson")), revision.toString(), true, inspector.initials, &resultId2), QString());
        QVERIFY(resultId2 != resultId);
        QCOMPARE(status(orderId), QStringLiteral("ReadyForProduction"));
        QCOMPARE(value(QStringLiteral("SELECT state || '|' || result_id FROM cs.qc_checklists WHERE checklist_id = CAST(? AS uuid)"), {id})
                     .toString(),
                 QStringLiteral("signed|") + resultId);
        QVERIFY(run(as(QStringLiteral("QCPerson")), QStringLiteral("SELECT cs.revise_qc_checklist(CAST(? AS uuid), 'again, the first')"), {id})
                    .contains(QStringLiteral("E-QC-NOT-LATEST")));

        // Tampering with the signed result (a superuser disabling the guard) is found.
        QVariant problems;
        QCOMPARE(run(as(QStringLiteral("Admin")), QStringLiteral("SELECT count(*) FROM cs.verify_signed_results() WHERE row_id IN (?, ?)"),
                     {resultId, resultId2}, &problems),
                 QString());
        QCOMPARE(problems.toInt(), 0);
        QCOMPARE(run(m_super, QStringLiteral("ALTER TABLE cs.qc_results DISABLE TRIGGER qc_results_no_update")), QString());
        QCOMPARE(run(m_super, QStringLiteral("UPDATE cs.qc_results SET item_results = jsonb_set(item_results, '{answers,0,value}', 'false') "
                                             "WHERE result_id = CAST(? AS uuid)"), {resultId}),
                 QString());
        QCOMPARE(run(m_super, QStringLiteral("ALTER TABLE cs.qc_results ENABLE TRIGGER qc_results_no_update")), QString());
        QSqlQuery q(as(QStringLiteral("Admin")));
        QVERIFY(q.exec(QStringLiteral("SELECT signed_table, row_id, problem FROM cs.verify_signed_results()")));
        QStringList found;
        while (q.next())
            if (q.value(1).toString() == resultId || q.value(1).toString() == resultId2)
                found << q.value(0).toString() + u'|' + q.value(2).toString();
        QCOMPARE(found, QStringList({QStringLiteral("qc_results|the content no longer matches its content hash"),
                                     QStringLiteral("qc_results|the content no longer matches the hash its signature signed")}));
        QVERIFY(run(as(QStringLiteral("QCPerson")), QStringLiteral("SELECT * FROM cs.verify_signed_results()")).startsWith(QStringLiteral("42501")));
    }

    void preQcFailWithReworkAndTheNextAttempt()
    {
        const auto b = caseBuild(QStringLiteral("AC-01"), QStringLiteral("2222"));
        QVERIFY(b);
        const QString orderId = newOrder(*b, QStringLiteral("ReadyForPreQC"));
        QVERIFY(!orderId.isEmpty());
        QString id;
        QCOMPARE(open(QStringLiteral("QCPerson"), orderId, QStringLiteral("PreQC"), &id), QString());
        const ScratchDatabase::Person inspector = m_people.value(QStringLiteral("QCPerson"));
        // A two-basin sink: the option filter drops "Between basins 2/3" (as the engine's form does).
        QVERIFY(!instance(QStringLiteral("PRE_QC"), *b).find(QStringLiteral("S2"), QStringLiteral("S2.5"), 2)->options
                     .contains(QStringLiteral("Between basins 2/3")));
        QVERIFY(save(as(QStringLiteral("QCPerson")), id, QStringLiteral("S2"), QStringLiteral("S2.5"), 2,
                     QStringLiteral("[\"Between basins 2/3\"]"))
                    .contains(QStringLiteral("E-QC-VALUE")));
        QCOMPARE(save(as(QStringLiteral("QCPerson")), id, QStringLiteral("S2"), QStringLiteral("S2.5"), 2,
                      QStringLiteral("[\"Between basins 1/2\", \"Center\"]")),
                 QString());
        QVERIFY(sign(fresh(QStringLiteral("QCPerson")), id, false, inspector.initials, nullptr, {}, QStringLiteral("no"),
                     QStringLiteral("Structure"), QStringLiteral("Major"), true)
                    .contains(QStringLiteral("E-QC-FAIL-REASON")));
        QVERIFY(sign(fresh(QStringLiteral("QCPerson")), id, false, inspector.initials, nullptr, {}, QStringLiteral("Basin 2 dented"),
                     {}, QStringLiteral("Major"), true)
                    .contains(QStringLiteral("E-QC-FAIL-CATEGORY")));
        QVERIFY(sign(fresh(QStringLiteral("QCPerson")), id, false, inspector.initials, nullptr, {}, QStringLiteral("Basin 2 dented"),
                     QStringLiteral("Structure"), QStringLiteral("Bad"), true)
                    .contains(QStringLiteral("E-QC-FAIL-SEVERITY")));
        QVERIFY(sign(fresh(QStringLiteral("QCPerson")), id, false, inspector.initials, nullptr, {}, QStringLiteral("Basin 2 dented"),
                     QStringLiteral("Structure"), QStringLiteral("Major"))
                    .contains(QStringLiteral("E-QC-FAIL-REWORK")));
        QString resultId;
        QCOMPARE(sign(fresh(QStringLiteral("QCPerson")), id, false, inspector.initials, &resultId, {}, QStringLiteral("Basin 2 dented"),
                      QStringLiteral("Structure"), QStringLiteral("Major"), true),
                 QString());
        QCOMPARE(status(orderId), QStringLiteral("ReworkPreQC"));
        QCOMPARE(value(QStringLiteral("SELECT s.meaning || '|' || r.fail_reason || '|' || r.fail_severity || '|' || r.rework_required "
                                      "FROM cs.qc_results r JOIN cs.signatures s ON s.signature_id = r.signature_id "
                                      "WHERE r.result_id = CAST(? AS uuid)"), {resultId}).toString(),
                 QStringLiteral("Pre-QC failed|Basin 2 dented|Major|true"));
        QCOMPARE(value(QStringLiteral("SELECT notes FROM cs.order_history WHERE order_id = CAST(? AS uuid) AND new_status = 'ReworkPreQC'"),
                       {orderId}).toString(),
                 QStringLiteral("Pre-QC failed: Basin 2 dented"));
        // Reworked, back for inspection: a second attempt, a new record; the first stays.
        QCOMPARE(run(as(QStringLiteral("ProductionCoordinator")),
                     QStringLiteral("SELECT cs.record_rework(CAST(? AS uuid), 'Basin 2 replaced', '{}', '[]', '{}', ?)"),
                     {orderId, rowVersion(orderId)}),
                 QString());
        QString second;
        QCOMPARE(open(QStringLiteral("QCPerson"), orderId, QStringLiteral("PreQC"), &second), QString());
        QVERIFY(second != id);
        QCOMPARE(value(QStringLiteral("SELECT attempt FROM cs.qc_checklists WHERE checklist_id = CAST(? AS uuid)"), {second}).toInt(), 2);
        QCOMPARE(value(QStringLiteral("SELECT state FROM cs.qc_checklists WHERE checklist_id = CAST(? AS uuid)"), {id}).toString(),
                 QStringLiteral("signed"));
        // The gate reads the current attempt: the earlier FAIL does not open it, nor skip it.
        QVERIFY(transition(QStringLiteral("QCPerson"), orderId, QStringLiteral("ReadyForProduction")).contains(QStringLiteral("E-GATE-PREQC-NOT-PASSED")));
        QVERIFY(transition(QStringLiteral("QCPerson"), orderId, QStringLiteral("ReworkPreQC"), QStringLiteral("again"))
                    .contains(QStringLiteral("E-GATE-PREQC-NOT-FAILED")));
        // The second attempt passes.
        QCOMPARE(fillAll(second, instance(QStringLiteral("PRE_QC"), *b)), QString());
        QCOMPARE(attachDrawing(orderId), QString());
        QCOMPARE(sign(fresh(QStringLiteral("QCPerson")), second, true, inspector.initials), QString());
        QCOMPARE(status(orderId), QStringLiteral("ReadyForProduction"));
    }

    void gatesCannotBeSkipped()
    {
        const auto b = caseBuild(QStringLiteral("AC-04"), QStringLiteral("1114"));
        QVERIFY(b);
        const QString preQc = newOrder(*b, QStringLiteral("ReadyForPreQC"));
        QVERIFY(!preQc.isEmpty());
        QVERIFY(transition(QStringLiteral("QCPerson"), preQc, QStringLiteral("ReadyForProduction")).contains(QStringLiteral("E-GATE-PREQC-NOT-PASSED")));
        QVERIFY(transition(QStringLiteral("Admin"), preQc, QStringLiteral("ReadyForProduction")).contains(QStringLiteral("E-GATE-PREQC-NOT-PASSED")));
        QCOMPARE(status(preQc), QStringLiteral("ReadyForPreQC"));

        const QString finalQc = newOrder(*b, QStringLiteral("ReadyForFinalQC"));
        QVERIFY(!finalQc.isEmpty());
        QVERIFY(transition(QStringLiteral("QCPerson"), finalQc, QStringLiteral("ReadyForShip")).contains(QStringLiteral("E-GATE-FINALQC-NOT-PASSED")));
        // A signed Final QC PASS without HI-POT = Yes (only a superuser can write one): the gate still refuses.
        const QString qcUser = value(QStringLiteral("SELECT user_id::text FROM cs.users WHERE username = ?"),
                                     {m_people.value(QStringLiteral("QCPerson")).username}).toString();
        auto craft = [&](int attempt, bool hipot) {
            const QString answers = hipot ? QStringLiteral("[{\"section\": \"header\", \"item\": \"H.hipot\", \"value\": true}]")
                                          : QStringLiteral("[{\"section\": \"header\", \"item\": \"H.hipot\", \"value\": false}]");
            return run(m_super, QStringLiteral(
                "DO $$ DECLARE r uuid := gen_random_uuid(); c uuid := gen_random_uuid(); s uuid; BEGIN "
                "INSERT INTO cs.signatures (signer_user_id, signer_username, printed_name, initials, meaning, content_sha256, "
                "  signed_table, signed_row_id, backend_start) SELECT user_id, username, full_name, initials, 'Final QC passed', "
                "  repeat('0', 64), 'qc_results', r::text, now() FROM cs.users WHERE user_id = '%1' RETURNING signature_id INTO s; "
                "INSERT INTO cs.qc_results (result_id, order_id, build_number, template_id, qc_type, performed_by, overall_status, "
                "  item_results, signature_id, content_sha256, checklist_id) SELECT r, order_id, build_number, '%2', 'FinalQC', '%1', "
                "  'Pass', '{\"answers\": %3}', s, repeat('0', 64), c FROM cs.orders WHERE order_id = '%4'; "
                "INSERT INTO cs.qc_checklists (checklist_id, order_id, build_number, qc_type, template_id, attempt, opened_by, state, "
                "  result_id) SELECT c, order_id, build_number, 'FinalQC', '%2', %5, '%1', 'signed', r FROM cs.orders "
                "  WHERE order_id = '%4'; END $$")
                .arg(qcUser, m_templateIds.value(QStringLiteral("FINAL_QC_CLQ")), answers, finalQc).arg(attempt));
        };
        QCOMPARE(craft(1, false), QString());
        QVERIFY(transition(QStringLiteral("QCPerson"), finalQc, QStringLiteral("ReadyForShip")).contains(QStringLiteral("E-GATE-HIPOT")));
        // With HI-POT = Yes but no end-of-line test PASS on record: refused.
        QCOMPARE(craft(2, true), QString());
        QVERIFY(transition(QStringLiteral("QCPerson"), finalQc, QStringLiteral("ReadyForShip")).contains(QStringLiteral("E-GATE-TEST-NOT-PASSED")));
        QCOMPARE(status(finalQc), QStringLiteral("ReadyForFinalQC"));
        // A signed checklist goes only with its order (the Admin's deletion), its answers and results with it.
        QCOMPARE(run(fresh(QStringLiteral("Admin")), QStringLiteral("SELECT cs.delete_order(CAST(? AS uuid), 'test: deleted with its checklists')"),
                     {finalQc}),
                 QString());
        QCOMPARE(value(QStringLiteral("SELECT (SELECT count(*) FROM cs.qc_checklists WHERE order_id = CAST(? AS uuid)) + "
                                      "(SELECT count(*) FROM cs.qc_results WHERE order_id = CAST(? AS uuid))"), {finalQc, finalQc}).toInt(),
                 0);
    }

    void finalQcPassNeedsHipotAndTheTest()
    {
        const auto b = caseBuild(QStringLiteral("AC-04"), QStringLiteral("1114"));
        QVERIFY(b);
        const QString orderId = newOrder(*b, QStringLiteral("ReadyForFinalQC"));
        QVERIFY(!orderId.isEmpty());
        const ScratchDatabase::Person inspector = m_people.value(QStringLiteral("QCPerson"));
        const ChecklistInstance form = instance(QStringLiteral("FINAL_QC_CLQ"), *b);
        // A first attempt fails (rework); the build comes back for a second one.
        QString first;
        QCOMPARE(open(QStringLiteral("QCPerson"), orderId, QStringLiteral("FinalQC"), &first), QString());
        QCOMPARE(fillAll(first, form), QString());
        QVERIFY(!missing(first).contains(QStringLiteral("H.firstPass: must be No (an earlier Final QC of this build failed).")));
        QCOMPARE(sign(fresh(QStringLiteral("QCPerson")), first, false, inspector.initials, nullptr, {},
                      QStringLiteral("Label missing on the back"), QStringLiteral("Documentation"), QStringLiteral("Minor"), true),
                 QString());
        QCOMPARE(status(orderId), QStringLiteral("ReworkFinalQC"));
        QCOMPARE(run(as(QStringLiteral("ProductionCoordinator")),
                     QStringLiteral("SELECT cs.record_rework(CAST(? AS uuid), 'Label applied on the back', '{}', '[]', '{}', ?)"),
                     {orderId, rowVersion(orderId)}),
                 QString());
        QString id;
        QCOMPARE(open(QStringLiteral("QCPerson"), orderId, QStringLiteral("FinalQC"), &id), QString());
        QVERIFY(id != first);
        QCOMPARE(fillAll(id, form, {{QStringLiteral("H.hipot"), QStringLiteral("false")}}), QString());
        QVERIFY(save(as(QStringLiteral("QCPerson")), id, QStringLiteral("header"), QStringLiteral("H.firstPass"), 0, QStringLiteral("\"Yes\""))
                    .contains(QStringLiteral("E-QC-VALUE")));
        QCOMPARE(missing(id), QStringList({QStringLiteral("H.firstPass: must be No (an earlier Final QC of this build failed)."),
                                           QStringLiteral("H.hipot: must be Yes."),
                                           QStringLiteral("The end-of-line test (CLT) has no signed PASS on record for this build.")}));
        QCOMPARE(save(as(QStringLiteral("QCPerson")), id, QStringLiteral("header"), QStringLiteral("H.firstPass"), 0, QStringLiteral("false")),
                 QString());
        QString error = sign(fresh(QStringLiteral("QCPerson")), id, true, inspector.initials);
        QVERIFY2(error.contains(QStringLiteral("E-QC-INCOMPLETE: 2 items missing: H.hipot: must be Yes.")), qPrintable(error));
        QCOMPARE(save(as(QStringLiteral("QCPerson")), id, QStringLiteral("header"), QStringLiteral("H.hipot"), 0, QStringLiteral("true")),
                 QString());
        // The end-of-line test, signed by an assembler while the build was in production.
        QCOMPARE(force(orderId, QStringLiteral("ReadyForProduction")), QString());
        // (A result without a filled CLT no longer counts, and nobody may write one: issue 13.)
        QVERIFY(run(fresh(QStringLiteral("Assembler")),
                    QStringLiteral("SELECT cs.record_test_result(CAST(? AS uuid), CAST(? AS uuid), 'Pass', '{}', NULL, ?)"),
                    {orderId, m_templateIds.value(QStringLiteral("EOL_TESTING_CLT")), m_people.value(QStringLiteral("Assembler")).initials})
                    .startsWith(QStringLiteral("42501")));
        QString testError;
        QVERIFY2(cs::test::QcGate::recordTestPass(*m_db, orderId, m_people.value(QStringLiteral("Assembler")), &testError),
                 qPrintable(testError));
        QCOMPARE(force(orderId, QStringLiteral("ReadyForFinalQC")), QString());
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(missing(id), QStringList());
        const qint64 missingMs = timer.elapsed();
        timer.restart();
        QCOMPARE(save(as(QStringLiteral("QCPerson")), id, QStringLiteral("F"), QStringLiteral("F.7"), 0, QStringLiteral("true")), QString());
        qInfo("3-basin Final QC on the server: what is missing %lld ms, one answer saved %lld ms", missingMs, timer.elapsed());
        QString resultId;
        QCOMPARE(sign(fresh(QStringLiteral("QCPerson")), id, true, inspector.initials, &resultId), QString());
        QCOMPARE(status(orderId), QStringLiteral("ReadyForShip"));
        QCOMPARE(value(QStringLiteral("SELECT meaning FROM cs.signatures WHERE signed_row_id = ?"), {resultId}).toString(),
                 QStringLiteral("Final QC passed"));
        QVariant problems;
        QCOMPARE(run(as(QStringLiteral("Admin")), QStringLiteral("SELECT count(*) FROM cs.verify_signed_results() WHERE row_id = ? "
                                                                 "OR signed_table = 'testing_results'"),
                     {resultId}, &problems),
                 QString());
        QCOMPARE(problems.toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestQcChecklists)
#include "tst_qcchecklists.moc"
