// The assembler's part of the workflow in the database (issue 13), each step as the person would take
// it with their own login: only a build ReadyForProduction is claimed, and a build an earlier status's
// person held is released by the transitions; only the claimant (or an Admin) writes and signs the
// production checks (CLP) and the end-of-line test (CLT); the CLT waits for CLP sections 2-3; a
// reading outside its limits is not a PASS; each gate (TestingComplete, PackagingComplete,
// ReadyForFinalQC) refuses without its record, with a failed one or an unsigned one; a CLT FAIL and a
// second attempt that passes; signed records are immutable, for a superuser too; on hold and resume by
// the right roles, with a reason; the old direct result writes are nobody's; cs.assembly_state says
// why a claim is not possible.
#include "data/admin/demochecklists.h"
#include "qcgate.h"
#include "people.h"
#include "testdatabase.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QtTest>

#include <memory>

using cs::data::DemoAssembly;
using cs::test::QcGate;
using cs::test::ScratchDatabase;
using cs::test::compact;
using cs::test::run;

namespace {

const QString kAdmin = QStringLiteral("Admin");
const QString kCoord = QStringLiteral("ProductionCoordinator");
const QString kProcure = QStringLiteral("ProcurementSpecialist");
const QString kQc = QStringLiteral("QCPerson");
const QString kAssembler = QStringLiteral("Assembler");
const QString kOther = QStringLiteral("OtherAssembler");   // a second assembler
const QString kService = QStringLiteral("ServiceDepartment");

} // namespace

class TestAssembly : public QObject, private cs::test::PeopleFixture
{
    Q_OBJECT

private:
    QString status(const QString& orderId)
    {
        return value(QStringLiteral("SELECT status::text FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {orderId}).toString();
    }
    QString assignee(const QString& orderId)
    {
        return value(QStringLiteral("SELECT coalesce(u.username, '') FROM cs.orders o LEFT JOIN cs.users u ON u.user_id = o.current_assignee "
                                    "WHERE o.order_id = CAST(? AS uuid)"),
                     {orderId})
            .toString();
    }
    int rowVersion(const QString& orderId)
    {
        return value(QStringLiteral("SELECT row_version FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {orderId}).toInt();
    }
    QString transition(const QString& who, const QString& orderId, const QString& to, const QString& note = {})
    {
        return run(as(who), QStringLiteral("SELECT cs.transition_order(CAST(? AS uuid), ?, ?, ?)"),
                   {orderId, to, note.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(note), rowVersion(orderId)});
    }
    QString force(const QString& orderId, const QString& to)
    {
        return run(as(kAdmin), QStringLiteral("SELECT cs.force_order_status(CAST(? AS uuid), ?, 'test set-up', ?)"),
                   {orderId, to, rowVersion(orderId)});
    }
    QString claim(const QString& who, const QString& orderId)
    {
        return run(as(who), QStringLiteral("SELECT cs.claim_build(CAST(? AS uuid), ?)"), {orderId, rowVersion(orderId)});
    }
    QString open(const QString& who, const QString& orderId, const QString& kind, QString* id = nullptr)
    {
        QVariant v;
        const QString e = run(as(who), QStringLiteral("SELECT cs.open_qc_checklist(CAST(? AS uuid), ?)::text"), {orderId, kind}, &v);
        if (id)
            *id = v.toString();
        return e;
    }
    QString save(const QString& who, const QString& checklistId, const QString& section, const QString& item, int position,
                 const QString& valueJson, const QString& readings = {})
    {
        const QVariant nullText{QMetaType(QMetaType::QString)};
        return run(as(who),
                   QStringLiteral("SELECT version FROM cs.save_qc_answer(CAST(? AS uuid), ?, ?, ?, CAST(? AS jsonb), NULL, false, NULL, "
                                  "(SELECT coalesce(max(version), 0) FROM cs.qc_answers WHERE checklist_id = CAST(? AS uuid) "
                                  "AND section_id = ? AND item_id = ? AND position = ?), gen_random_uuid(), CAST(? AS jsonb))"),
                   {checklistId, section, item, position, valueJson, checklistId, section, item, position,
                    readings.isEmpty() ? nullText : QVariant(readings)});
    }
    QString sign(const QString& who, const QString& checklistId, bool pass, const QString& reason = {}, QVariant* result = nullptr)
    {
        const QVariant nullText{QMetaType(QMetaType::QString)};
        QSqlDatabase db = fresh(who);
        const QString e = run(db, QStringLiteral("SELECT cs.sign_qc_checklist(CAST(? AS uuid), ?, ?, NULL, ?, NULL, NULL, NULL, NULL)::text"),
                              {checklistId, pass, m_people.value(who).initials, reason.isEmpty() ? nullText : QVariant(reason)}, result);
        db.close();
        return e;
    }
    QJsonObject state(const QString& who, const QString& orderId)
    {
        QVariant v;
        const QString e = run(as(who), QStringLiteral("SELECT cs.assembly_state(CAST(? AS uuid))::text"), {orderId}, &v);
        if (!e.isEmpty())
            qWarning("assembly_state: %s", qPrintable(e));
        return QJsonDocument::fromJson(v.toString().toUtf8()).object();
    }
    // The production checks (CLP outside S4) of a claimed build, ticked by `who`.
    bool production(const QString& who, const QString& orderId, QString* clp)
    {
        QString error;
        QSqlDatabase db = as(who);
        const bool ok = DemoAssembly::fill(db, orderId, QStringLiteral("CLP"), DemoAssembly::Part::Production,
                                           m_people.value(who).fullName, m_people.value(who).initials, false, clp, &error);
        if (!ok)
            qWarning("production checks: %s", qPrintable(error));
        return ok;
    }

    // A build of a two-basin sink (basin 1 E-Sink, basin 2 E-Drain), submitted by the coordinator and
    // forced to `to`.
    QString newBuild(const QString& to)
    {
        const QString suffix = ScratchDatabase::randomSuffix(8).toUpper();
        QJsonObject json = ScratchDatabase::orderJson(QStringLiteral("PO-") + suffix, QStringLiteral("B-") + suffix);
        QJsonArray builds = json.value(u"builds").toArray();
        QJsonObject build = builds.at(0).toObject();
        build.insert(u"config", QJsonDocument::fromJson(R"({"model": "T2-B2", "widthIn": 30, "lengthIn": 72,
            "legs": {"height": "HEIGHT_ADJUSTABLE", "model": "DL27"}, "feet": "LOCK_LEVELING_CASTERS",
            "pegboard": {"type": "PERFORATED", "color": "BLUE", "size": "SAME_AS_SINK"}, "workflowDirection": "LEFT_TO_RIGHT",
            "basins": [{"position": 1, "type": "E_SINK", "size": "24X20X10", "pTrap": true, "basinLight": true},
                       {"position": 2, "type": "E_DRAIN", "size": "24X20X10", "pTrap": false, "basinLight": false}],
            "faucets": [{"type": "WRIST_BLADE", "placement": "CENTER_OF_BASIN_1"}],
            "sprayers": [{"type": "WATER_GUN_TURRET", "location": "LEFT_SIDE"}]})")
                                    .object());
        builds.replace(0, build);
        json.insert(u"builds", builds);
        QVariant answer;
        if (const QString e = run(as(kCoord), QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))::text"), {compact(json)}, &answer);
            !e.isEmpty()) {
            qWarning("submit_order: %s", qPrintable(e));
            return {};
        }
        const QString orderId = QJsonDocument::fromJson(answer.toString().toUtf8())
                                    .object().value(u"builds").toArray().at(0).toObject().value(u"orderId").toString();
        if (to != u"OrderCreated") {
            if (const QString e = force(orderId, to); !e.isEmpty()) {
                qWarning("force: %s", qPrintable(e));
                return {};
            }
        }
        return orderId;
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!ScratchDatabase::clusterAvailable(&why))
            QSKIP(qPrintable(why));
        QVERIFY(makeDatabase());
        QString error;
        QVERIFY2(addPerson(kAdmin, {}, &error), qPrintable(error));
        for (const QString& role : {kCoord, kProcure, kQc, kAssembler, kService}) {
            QVERIFY2(addPerson(role, {}, &error), qPrintable(error));
        }
        QVERIFY2(addPerson(kAssembler, kOther, &error), qPrintable(error));
        QVERIFY2(ScratchDatabase::seedWorkflowFixtures(as(kAdmin), &error), qPrintable(error));
        // The project's production checks and end-of-line test (with the limits of its readings), as
        // the next published versions.
        for (const QString& file : {QStringLiteral("production-clp.json"), QStringLiteral("eol-testing-clt.json")}) {
            QFile f(cs::test::sourcePath(u"resources/checklists/") + file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
            QCOMPARE(run(as(kAdmin), QStringLiteral("SELECT cs.publish_checklist_template(template_id) "
                                                    "FROM cs.import_checklist_template(CAST(? AS jsonb))"),
                         {compact(json)}),
                     QString());
        }
    }

    void cleanup()
    {
        m_conn.clear();
        m_db->closeConnections();
        m_super = m_db->superuser();
    }

    void claimOnlyReadyForProduction()
    {
        // A procurement person assigned while the build waits for parts is released by the transition
        // to Pre-QC (their role does not fit it); the build reaches production with nobody on it.
        const QString orderId = newBuild(QStringLiteral("PartsSent"));
        QVERIFY(!orderId.isEmpty());
        QCOMPARE(run(as(kCoord), QStringLiteral("SELECT cs.assign_order(CAST(? AS uuid), ?, ?)"),
                     {orderId, m_people.value(kProcure).username, rowVersion(orderId)}),
                 QString());
        QCOMPARE(assignee(orderId), m_people.value(kProcure).username);
        QCOMPARE(transition(kProcure, orderId, QStringLiteral("ReadyForPreQC")), QString());
        QCOMPARE(assignee(orderId), QString());
        QVERIFY(value(QStringLiteral("SELECT notes FROM cs.order_history WHERE order_id = CAST(? AS uuid) AND action = 'Assigned' "
                                     "ORDER BY created_at DESC LIMIT 1"),
                      {orderId})
                    .toString()
                    .startsWith(QStringLiteral("Assignment cleared")));

        // Not yet ready for production: refused, and the bench says why.
        QVERIFY(claim(kAssembler, orderId).contains(QStringLiteral("E-CLAIM-STATUS")));
        QJsonObject s = state(kAssembler, orderId);
        QCOMPARE(s.value(u"canClaim").toBool(), false);
        QVERIFY2(s.value(u"claimBlockedBy").toString().contains(QStringLiteral("ready for production")),
                 qPrintable(s.value(u"claimBlockedBy").toString()));
        // The inspector assigned for the Pre-QC is released by the signature that moves the build on.
        QCOMPARE(run(as(kCoord), QStringLiteral("SELECT cs.assign_order(CAST(? AS uuid), ?, ?)"),
                     {orderId, m_people.value(kQc).username, rowVersion(orderId)}),
                 QString());
        QString error;
        QVERIFY2(QcGate::passPreQc(*m_db, orderId, m_people.value(kQc), &error), qPrintable(error));
        QCOMPARE(status(orderId), QStringLiteral("ReadyForProduction"));
        QCOMPARE(assignee(orderId), QString());
        QCOMPARE(state(kAssembler, orderId).value(u"canClaim").toBool(), true);
        QVERIFY(state(kAssembler, orderId).value(u"claimBlockedBy").isNull());
        // Other roles do not claim (a coordinator assigns).
        for (const QString& who : {kQc, kCoord, kProcure, kAdmin, kService}) {
            QVERIFY2(claim(who, orderId).startsWith(QStringLiteral("42501")), qPrintable(who));
            QCOMPARE(state(who, orderId).value(u"canClaim").toBool(), false);
        }
        QCOMPARE(claim(kAssembler, orderId), QString());
        QCOMPARE(assignee(orderId), m_people.value(kAssembler).username);
        // Taken: the second assembler is refused and told by whom.
        QVERIFY(claim(kOther, orderId).contains(QStringLiteral("E-CLAIM-TAKEN")));
        s = state(kOther, orderId);
        QCOMPARE(s.value(u"canClaim").toBool(), false);
        QVERIFY2(s.value(u"claimBlockedBy").toString().contains(m_people.value(kAssembler).fullName),
                 qPrintable(s.value(u"claimBlockedBy").toString()));
        QCOMPARE(s.value(u"assignee").toObject().value(u"username").toString(), m_people.value(kAssembler).username);

        // A build still held by a person of an earlier status (data of before this rule) can be claimed.
        const QString stale = newBuild(QStringLiteral("ReadyForProduction"));
        QCOMPARE(run(m_super, QStringLiteral("UPDATE cs.orders SET current_assignee = (SELECT user_id FROM cs.users WHERE username = ?) "
                                             "WHERE order_id = CAST(? AS uuid)"),
                     {m_people.value(kProcure).username, stale}),
                 QString());
        QCOMPARE(state(kOther, stale).value(u"canClaim").toBool(), true);
        QCOMPARE(claim(kOther, stale), QString());
        QCOMPARE(assignee(stale), m_people.value(kOther).username);
    }

    void onlyTheClaimantFillsAndSigns()
    {
        const QString orderId = newBuild(QStringLiteral("ReadyForProduction"));
        QVERIFY(!orderId.isEmpty());
        // Unclaimed: not even the assembler opens the CLP.
        QVERIFY(open(kAssembler, orderId, QStringLiteral("CLP")).contains(QStringLiteral("E-ASM-NOT-CLAIMANT")));
        QCOMPARE(claim(kAssembler, orderId), QString());
        QString clp;
        QVERIFY(open(kOther, orderId, QStringLiteral("CLP")).contains(QStringLiteral("E-ASM-NOT-CLAIMANT")));
        QCOMPARE(open(kAssembler, orderId, QStringLiteral("CLP"), &clp), QString());
        QString again;
        QCOMPARE(open(kAdmin, orderId, QStringLiteral("CLP"), &again), QString());
        QCOMPARE(again, clp);
        // Answers: the claimant and an Admin; the other assembler hears who has the build.
        const QString other = save(kOther, clp, QStringLiteral("S2"), QStringLiteral("S2.6"), 0, QStringLiteral("true"));
        QVERIFY2(other.startsWith(QStringLiteral("42501")) && other.contains(QStringLiteral("E-ASM-NOT-CLAIMANT"))
                     && other.contains(m_people.value(kAssembler).fullName),
                 qPrintable(other));
        for (const QString& who : {kQc, kCoord, kProcure, kService})
            QVERIFY2(save(who, clp, QStringLiteral("S2"), QStringLiteral("S2.6"), 0, QStringLiteral("true")).startsWith(QStringLiteral("42501")),
                     qPrintable(who));
        QCOMPARE(save(kAdmin, clp, QStringLiteral("S2"), QStringLiteral("S2.6"), 0, QStringLiteral("true")), QString());
        QCOMPARE(save(kAssembler, clp, QStringLiteral("S2"), QStringLiteral("S2.7"), 0, QStringLiteral("true")), QString());
        // The packing list waits for the tests.
        QVERIFY(save(kAssembler, clp, QStringLiteral("S4"), QStringLiteral("S4.1"), 0, QStringLiteral("true"))
                    .contains(QStringLiteral("E-CLP-STAGE")));
        // Raw writes on the tables: nobody.
        for (const QString& who : {kAssembler, kAdmin}) {
            QVERIFY(run(as(who), QStringLiteral("INSERT INTO cs.qc_answers (checklist_id, section_id, item_id, position, value, answered_by) "
                                                "SELECT CAST(? AS uuid), 'S2', 'S2.1', 0, 'true', user_id FROM cs.whoami()"),
                        {clp})
                        .startsWith(QStringLiteral("42501")));
            QVERIFY(run(as(who), QStringLiteral("UPDATE cs.qc_checklists SET state = 'signed' WHERE checklist_id = CAST(? AS uuid)"), {clp})
                        .startsWith(QStringLiteral("42501")));
        }

        // The CLT waits for the production checks (CLP sections 2 and 3), and names what is missing.
        const QString early = open(kAssembler, orderId, QStringLiteral("CLT"));
        QVERIFY2(early.contains(QStringLiteral("E-CLT-CLP-INCOMPLETE")) && early.contains(QStringLiteral("S2.1")), qPrintable(early));
        QVERIFY(production(kAssembler, orderId, &clp));
        QCOMPARE(state(kAssembler, orderId).value(u"clp").toObject().value(u"missing").toArray().size(), 0);
        QString clt;
        QVERIFY(open(kOther, orderId, QStringLiteral("CLT")).contains(QStringLiteral("E-ASM-NOT-CLAIMANT")));
        QCOMPARE(open(kAssembler, orderId, QStringLiteral("CLT"), &clt), QString());

        // A reading outside its limits is not a PASS (S.2C of the E-Sink basin: 38 to 42 C).
        const QString refused = save(kAssembler, clt, QStringLiteral("S"), QStringLiteral("S.2C"), 1, QStringLiteral("\"PASS\""),
                                     QStringLiteral("{\"reading C\": 45}"));
        QVERIFY2(refused.contains(QStringLiteral("E-QC-LIMIT: S.2C, basin 1: reading C 45 is outside 38 to 42 C")), qPrintable(refused));
        QVERIFY(save(kAssembler, clt, QStringLiteral("S"), QStringLiteral("S.2C"), 1, QStringLiteral("\"PASS\""),
                     QStringLiteral("{\"pressure\": 3}"))
                    .contains(QStringLiteral("E-QC-VALUE")));
        QCOMPARE(save(kAssembler, clt, QStringLiteral("S"), QStringLiteral("S.2C"), 1, QStringLiteral("\"FAIL\""),
                      QStringLiteral("{\"reading C\": 45}")),
                 QString());
        QCOMPARE(value(QStringLiteral("SELECT readings::text FROM cs.qc_answers WHERE checklist_id = CAST(? AS uuid) AND item_id = 'S.2C'"), {clt})
                     .toString(),
                 QStringLiteral("{\"reading C\": 45}"));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.qc_answer_log WHERE checklist_id = CAST(? AS uuid) AND item_id = 'S.2C' "
                                      "AND readings = '{\"reading C\": 45}'"),
                       {clt})
                     .toInt(),
                 1);
        // The other assembler cannot sign it either way; the claimant cannot sign a PASS with a failed
        // test in it.
        QVERIFY(sign(kOther, clt, false, QStringLiteral("not mine")).contains(QStringLiteral("E-ASM-NOT-CLAIMANT")));
        QVERIFY(sign(kQc, clt, false, QStringLiteral("not mine")).startsWith(QStringLiteral("42501")));
        const QString incomplete = sign(kAssembler, clt, true);
        QVERIFY2(incomplete.contains(QStringLiteral("E-QC-INCOMPLETE")), qPrintable(incomplete));
        // A stored PASS with a reading outside the limits (a superuser's edit) still fails the check.
        QCOMPARE(save(kAssembler, clt, QStringLiteral("S"), QStringLiteral("S.2C"), 1, QStringLiteral("\"PASS\""),
                      QStringLiteral("{\"reading C\": 40.5}")),
                 QString());
        QCOMPARE(run(m_super, QStringLiteral("UPDATE cs.qc_answers SET readings = '{\"reading C\": 45}' WHERE checklist_id = CAST(? AS uuid) "
                                             "AND item_id = 'S.2C'"),
                     {clt}),
                 QString());
        QVERIFY(value(QStringLiteral("SELECT string_agg(message, ' ') FROM cs.cl_missing(CAST(? AS uuid))"), {clt})
                    .toString()
                    .contains(QStringLiteral("S.2C, basin 1: reading C 45 is outside 38 to 42 C.")));
    }

    void gatesAndTheSecondAttempt()
    {
        const QString orderId = newBuild(QStringLiteral("ReadyForProduction"));
        QVERIFY(!orderId.isEmpty());
        const ScratchDatabase::Person& me = m_people.value(kAssembler);
        QString error;
        // TestingComplete: never by a plain transition, not even an Admin's.
        QCOMPARE(claim(kAssembler, orderId), QString());
        for (const QString& who : {kAssembler, kAdmin})
            QVERIFY(transition(who, orderId, QStringLiteral("TestingComplete")).contains(QStringLiteral("E-TRANSITION-BY-SIGNATURE")));
        // A CLT FAIL names a failed test and a reason; the build stays, the next CLT is a new attempt.
        QString clp;
        QVERIFY(production(kAssembler, orderId, &clp));
        QString clt;
        QSqlDatabase db = as(kAssembler);
        QVERIFY2(DemoAssembly::fill(db, orderId, QStringLiteral("CLT"), DemoAssembly::Part::Whole, me.fullName, me.initials, false, &clt,
                                    &error),
                 qPrintable(error));
        QVERIFY(sign(kAssembler, clt, false, QStringLiteral("a test failed")).contains(QStringLiteral("E-CLT-NO-FAILURE")));
        QString unsignedClt = clt;
        QVERIFY(transition(kAssembler, orderId, QStringLiteral("TestingComplete")).contains(QStringLiteral("E-TRANSITION-BY-SIGNATURE")));
        QCOMPARE(save(kAssembler, clt, QStringLiteral("G"), QStringLiteral("G.1A"), 0, QStringLiteral("\"FAIL\"")), QString());
        QVERIFY(sign(kAssembler, clt, false).contains(QStringLiteral("E-QC-FAIL-REASON")));
        QVariant failId;
        QCOMPARE(sign(kAssembler, clt, false, QStringLiteral("Test 1-A: the E-Drain button stayed dark"), &failId), QString());
        QCOMPARE(status(orderId), QStringLiteral("ReadyForProduction"));
        QCOMPARE(value(QStringLiteral("SELECT overall_status::text || ' ' || (test_results->'failedItems'->0->>'item') || ' ' || notes "
                                      "FROM cs.testing_results WHERE result_id = CAST(? AS uuid)"),
                       {failId})
                     .toString(),
                 QStringLiteral("Fail G.1A Test 1-A: the E-Drain button stayed dark"));
        QJsonObject s = state(kAssembler, orderId);
        QCOMPARE(s.value(u"clt").toObject().value(u"result").toString(), QStringLiteral("Fail"));
        QCOMPARE(s.value(u"clt").toObject().value(u"attempt").toInt(), 1);
        // The signed FAIL is kept as it is: answers, checklist and result, for a superuser too.
        QVERIFY(save(kAssembler, clt, QStringLiteral("G"), QStringLiteral("G.1A"), 0, QStringLiteral("\"PASS\""))
                    .contains(QStringLiteral("E-QC-SIGNED")));
        for (const QString& sql : {QStringLiteral("UPDATE cs.qc_answers SET value = '\"PASS\"' WHERE checklist_id = CAST(? AS uuid)"),
                                   QStringLiteral("UPDATE cs.qc_checklists SET state = 'open', result_id = NULL WHERE checklist_id = CAST(? AS uuid)"),
                                   QStringLiteral("UPDATE cs.testing_results SET overall_status = 'Pass' WHERE checklist_id = CAST(? AS uuid)"),
                                   QStringLiteral("DELETE FROM cs.qc_answers WHERE checklist_id = CAST(? AS uuid)")})
            QVERIFY2(!run(m_super, sql, {clt}).isEmpty(), qPrintable(sql));
        QVERIFY(transition(kAdmin, orderId, QStringLiteral("TestingComplete")).contains(QStringLiteral("E-TRANSITION-BY-SIGNATURE")));

        // The second attempt passes: TestingComplete in the same transaction, the claimant kept.
        QString second;
        QCOMPARE(open(kAssembler, orderId, QStringLiteral("CLT"), &second), QString());
        QVERIFY(second != clt);
        QCOMPARE(value(QStringLiteral("SELECT attempt FROM cs.qc_checklists WHERE checklist_id = CAST(? AS uuid)"), {second}).toInt(), 2);
        QVERIFY2(DemoAssembly::fill(db, orderId, QStringLiteral("CLT"), DemoAssembly::Part::Whole, me.fullName, me.initials, false, &second,
                                    &error),
                 qPrintable(error));
        // Unticking a production check after the test began takes the PASS away.
        QCOMPARE(save(kAssembler, clp, QStringLiteral("S2"), QStringLiteral("S2.6"), 0, QStringLiteral("false")), QString());
        QVERIFY(sign(kAssembler, second, true).contains(QStringLiteral("E-CLT-CLP-INCOMPLETE")));
        QCOMPARE(save(kAssembler, clp, QStringLiteral("S2"), QStringLiteral("S2.6"), 0, QStringLiteral("true")), QString());
        QVariant passId;
        QCOMPARE(sign(kAssembler, second, true, {}, &passId), QString());
        QCOMPARE(status(orderId), QStringLiteral("TestingComplete"));
        QCOMPARE(assignee(orderId), me.username);
        QCOMPARE(value(QStringLiteral("SELECT s.meaning FROM cs.testing_results r JOIN cs.signatures s ON s.signature_id = r.signature_id "
                                      "WHERE r.result_id = CAST(? AS uuid) AND r.checklist_id = CAST(? AS uuid)"),
                       {passId, second})
                     .toString(),
                 QStringLiteral("End-of-line test passed"));
        s = state(kAssembler, orderId);
        QCOMPARE(s.value(u"clt").toObject().value(u"result").toString(), QStringLiteral("Pass"));
        QCOMPARE(s.value(u"clt").toObject().value(u"attempt").toInt(), 2);
        QVERIFY(!s.value(u"packingMissing").toArray().isEmpty());
        QVERIFY(unsignedClt == clt);

        // PackagingComplete: the packing list confirmed, by the claimant.
        QVERIFY(transition(kAssembler, orderId, QStringLiteral("PackagingComplete")).contains(QStringLiteral("E-GATE-PACKING")));
        QVERIFY(transition(kOther, orderId, QStringLiteral("PackagingComplete")).contains(QStringLiteral("E-ASM-NOT-CLAIMANT")));
        QVERIFY(save(kOther, clp, QStringLiteral("S4"), QStringLiteral("S4.1"), 0, QStringLiteral("true")).contains(QStringLiteral("E-ASM-NOT-CLAIMANT")));
        // Production checks are closed once tested.
        QVERIFY(save(kAssembler, clp, QStringLiteral("S2"), QStringLiteral("S2.6"), 0, QStringLiteral("true")).contains(QStringLiteral("E-CLP-STAGE")));
        QVERIFY(sign(kAssembler, clp, true).contains(QStringLiteral("E-QC-STATUS-ORDER")));
        QVERIFY2(DemoAssembly::fill(db, orderId, QStringLiteral("CLP"), DemoAssembly::Part::Packing, me.fullName, me.initials, false, &clp,
                                    &error),
                 qPrintable(error));
        QCOMPARE(state(kAssembler, orderId).value(u"packingMissing").toArray().size(), 0);
        QCOMPARE(transition(kAssembler, orderId, QStringLiteral("PackagingComplete")), QString());

        // ReadyForFinalQC: only the closing statement, signed PASS by the claimant.
        QVERIFY(transition(kAssembler, orderId, QStringLiteral("ReadyForFinalQC")).contains(QStringLiteral("E-TRANSITION-BY-SIGNATURE")));
        QVERIFY(sign(kAssembler, clp, false, QStringLiteral("not ready")).contains(QStringLiteral("E-CLP-PASS-ONLY")));
        QVERIFY(sign(kOther, clp, true).contains(QStringLiteral("E-ASM-NOT-CLAIMANT")));
        QCOMPARE(state(kAssembler, orderId).value(u"closingSigned").toBool(), false);
        QVariant clpResult;
        QCOMPARE(sign(kAssembler, clp, true, {}, &clpResult), QString());
        QCOMPARE(status(orderId), QStringLiteral("ReadyForFinalQC"));
        QCOMPARE(assignee(orderId), QString());   // an assembler does not hold a build QC inspects
        QCOMPARE(state(kAssembler, orderId).value(u"closingSigned").toBool(), true);
        const QString statement = value(QStringLiteral("SELECT r.qc_type::text || ' ' || r.overall_status::text || ' ' || s.meaning || ' | ' "
                                                       "|| (r.item_results->>'statement') FROM cs.qc_results r "
                                                       "JOIN cs.signatures s ON s.signature_id = r.signature_id WHERE r.result_id = CAST(? AS uuid)"),
                                        {clpResult})
                                      .toString();
        QVERIFY2(statement.startsWith(QStringLiteral("InProcessAssembly Pass Ready for inspection | I, ") + me.fullName
                                      + QStringLiteral(", have checked this cabinet on ")),
                 qPrintable(statement));
        QVERIFY(statement.endsWith(QStringLiteral("and verify that it is ready for inspection.")));
        for (const QString& sql : {QStringLiteral("UPDATE cs.qc_answers SET value = 'false' WHERE checklist_id = CAST(? AS uuid)"),
                                   QStringLiteral("UPDATE cs.qc_checklists SET state = 'open', result_id = NULL WHERE checklist_id = CAST(? AS uuid)")})
            QVERIFY2(!run(m_super, sql, {clp}).isEmpty(), qPrintable(sql));
        QVERIFY(save(kAssembler, clp, QStringLiteral("S4"), QStringLiteral("S4.1"), 0, QStringLiteral("false")).contains(QStringLiteral("E-")));
        QVariant problems;
        QCOMPARE(run(as(kAdmin), QStringLiteral("SELECT count(*) FROM cs.verify_signed_results()"), {}, &problems), QString());
        QCOMPARE(problems.toInt(), 0);

        // Final QC passes on this record.
        QVERIFY2(QcGate::passFinalQc(*m_db, orderId, m_people.value(kQc), me, &error), qPrintable(error));
        QCOMPARE(status(orderId), QStringLiteral("ReadyForShip"));

        // Back in production (an Admin's decision): the signed CLP stays, the next is a new attempt.
        QCOMPARE(force(orderId, QStringLiteral("ReadyForProduction")), QString());
        QCOMPARE(claim(kAssembler, orderId), QString());
        QString next;
        QCOMPARE(open(kAssembler, orderId, QStringLiteral("CLP"), &next), QString());
        QVERIFY(next != clp);
        QCOMPARE(value(QStringLiteral("SELECT string_agg(attempt || ':' || state, ',' ORDER BY attempt) FROM cs.qc_checklists "
                                      "WHERE order_id = CAST(? AS uuid) AND kind = 'CLP'"),
                       {orderId})
                     .toString(),
                 QStringLiteral("1:signed,2:open"));
    }

    void theWholeWayThroughTheGate()
    {
        // The helpers the GUI test uses take a build from ReadyForProduction to ReadyForFinalQC.
        const QString orderId = newBuild(QStringLiteral("ReadyForProduction"));
        QString error;
        QVERIFY2(QcGate::produce(*m_db, orderId, m_people.value(kOther), &error), qPrintable(error));
        QCOMPARE(status(orderId), QStringLiteral("ReadyForFinalQC"));
        QCOMPARE(value(QStringLiteral("SELECT string_agg(kind || ':' || state, ',' ORDER BY kind) FROM cs.qc_checklists "
                                      "WHERE order_id = CAST(? AS uuid)"),
                       {orderId})
                     .toString(),
                 QStringLiteral("CLP:signed,CLT:signed"));
    }

    void onHoldAndResume()
    {
        const QString orderId = newBuild(QStringLiteral("ReadyForProduction"));
        QCOMPARE(claim(kAssembler, orderId), QString());
        const QString reason = QStringLiteral("Valve plate back-ordered");
        QVERIFY(transition(kOther, orderId, QStringLiteral("OnHoldParts"), reason).contains(QStringLiteral("E-ASM-NOT-CLAIMANT")));
        for (const QString& who : {kQc, kProcure, kService})
            QVERIFY2(transition(who, orderId, QStringLiteral("OnHoldParts"), reason).contains(QStringLiteral("E-ROLE")), qPrintable(who));
        QVERIFY(transition(kAssembler, orderId, QStringLiteral("OnHoldParts")).contains(QStringLiteral("E-NOTE-REQUIRED")));
        QCOMPARE(transition(kAssembler, orderId, QStringLiteral("OnHoldParts"), reason), QString());
        QCOMPARE(status(orderId), QStringLiteral("OnHoldParts"));
        QCOMPARE(value(QStringLiteral("SELECT notes FROM cs.order_history WHERE order_id = CAST(? AS uuid) AND new_status = 'OnHoldParts' "
                                      "AND action = 'StatusChange'"),
                       {orderId})
                     .toString(),
                 reason);
        QCOMPARE(assignee(orderId), m_people.value(kAssembler).username);
        // Resumed by Procurement, a coordinator or an Admin, with a note; the assembler keeps the build.
        for (const QString& who : {kAssembler, kQc, kService})
            QVERIFY2(transition(who, orderId, QStringLiteral("ReadyForProduction"), QStringLiteral("parts here")).contains(QStringLiteral("E-ROLE")),
                     qPrintable(who));
        QVERIFY(transition(kProcure, orderId, QStringLiteral("ReadyForProduction")).contains(QStringLiteral("E-NOTE-REQUIRED")));
        QCOMPARE(transition(kProcure, orderId, QStringLiteral("ReadyForProduction"), QStringLiteral("Valve plate received")), QString());
        QCOMPARE(status(orderId), QStringLiteral("ReadyForProduction"));
        QCOMPARE(assignee(orderId), m_people.value(kAssembler).username);
        // A coordinator may put it on hold too, and an Admin resume it.
        QCOMPARE(transition(kCoord, orderId, QStringLiteral("OnHoldParts"), reason), QString());
        QCOMPARE(transition(kAdmin, orderId, QStringLiteral("ReadyForProduction"), QStringLiteral("received")), QString());
    }

    void directResultWritesAreNobodys()
    {
        const QString orderId = newBuild(QStringLiteral("ReadyForProduction"));
        for (const QString& who : {kAdmin, kCoord, kProcure, kQc, kAssembler, kService}) {
            const QString test = run(as(who), QStringLiteral("SELECT cs.record_test_result(CAST(? AS uuid), (SELECT template_id FROM "
                                                             "cs.testing_form_templates WHERE is_active LIMIT 1), 'Pass', '{}', NULL, ?)"),
                                     {orderId, m_people.value(who).initials});
            QVERIFY2(test.startsWith(QStringLiteral("42501")), qPrintable(who + u' ' + test));
            const QString qc = run(as(who), QStringLiteral("SELECT cs.record_qc_result(CAST(? AS uuid), 'InProcessAssembly', (SELECT template_id "
                                                           "FROM cs.qc_form_templates WHERE is_active AND form_type = 'InProcessAssembly' "
                                                           "LIMIT 1), 'Pass', '{}', NULL, ?)"),
                                   {orderId, m_people.value(who).initials});
            QVERIFY2(qc.startsWith(QStringLiteral("42501")), qPrintable(who + u' ' + qc));
        }
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.testing_results WHERE order_id = CAST(? AS uuid)"), {orderId}).toInt(), 0);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM pg_roles r WHERE r.rolname LIKE 'cs\\_%' AND (has_function_privilege(r.oid, "
                                      "'cs.record_test_result(uuid, uuid, text, jsonb, text, text)', 'EXECUTE') OR has_function_privilege("
                                      "r.oid, 'cs.record_qc_result(uuid, text, uuid, text, jsonb, text, text)', 'EXECUTE')) "
                                      "AND NOT r.rolsuper AND r.rolname <> 'cs_owner'"))
                     .toInt(),
                 0);
    }

    void checklistReferencesAreChecked()
    {
        // The template of a checklist is a version of its kind's form, whoever writes the row (a
        // superuser here: checked at commit by the trigger).
        const QString orderId = newBuild(QStringLiteral("ReadyForProduction"));
        const QString insert = QStringLiteral(
            "INSERT INTO cs.qc_checklists (order_id, build_number, qc_type, template_id, attempt, opened_by) "
            "SELECT order_id, build_number, %1, (SELECT template_id FROM %2 LIMIT 1), 7, (SELECT user_id FROM cs.users LIMIT 1) "
            "FROM cs.orders WHERE order_id = CAST(? AS uuid)");
        QVERIFY(run(m_super, insert.arg(QStringLiteral("NULL"), QStringLiteral("cs.qc_form_templates")), {orderId})
                    .contains(QStringLiteral("E-QC-TEMPLATE")));
        QVERIFY(run(m_super, insert.arg(QStringLiteral("'InProcessAssembly'"), QStringLiteral("cs.testing_form_templates")), {orderId})
                    .contains(QStringLiteral("E-QC-TEMPLATE")));
        QVERIFY(run(m_super, insert.arg(QStringLiteral("'PreQC'"), QStringLiteral("cs.qc_form_templates WHERE form_type = 'FinalQC'")),
                    {orderId})
                    .contains(QStringLiteral("E-QC-TEMPLATE")));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.qc_checklists WHERE order_id = CAST(? AS uuid)"), {orderId}).toInt(), 0);
        // The kind follows what the row is: a CLT has no QC type.
        QCOMPARE(run(m_super, insert.arg(QStringLiteral("NULL"), QStringLiteral("cs.testing_form_templates")), {orderId}), QString());
        QCOMPARE(value(QStringLiteral("SELECT kind FROM cs.qc_checklists WHERE order_id = CAST(? AS uuid)"), {orderId}).toString(),
                 QStringLiteral("CLT"));
    }
};

QTEST_GUILESS_MAIN(TestAssembly)
#include "tst_assembly.moc"
