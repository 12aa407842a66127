// Rework after a failed QC in the database (issue 13, WORKFLOW.md 2.2), each step with the person's own
// login: a build in rework goes back to QC only by recording the rework (notes, what it touched,
// photos) through cs.record_rework, by the assembler who claimed it, a coordinator or an admin; a
// Final QC rework that touched a test procedure stays in rework until a new whole end-of-line test is
// signed PASS after it, and every touched packing item is confirmed again; the Final QC PASS gate then
// reads the latest test; the records are append-only; a refused transition names the role before an
// old row version.
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
const QString kQc = QStringLiteral("QCPerson");
const QString kAssembler = QStringLiteral("Assembler");
const QString kOther = QStringLiteral("OtherAssembler");
const QString kService = QStringLiteral("ServiceDepartment");

} // namespace

class TestRework : public QObject, private cs::test::PeopleFixture
{
    Q_OBJECT

private:
    QString status(const QString& orderId)
    {
        return value(QStringLiteral("SELECT status::text FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {orderId}).toString();
    }
    int rowVersion(const QString& orderId)
    {
        return value(QStringLiteral("SELECT row_version FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {orderId}).toInt();
    }
    QString transition(const QString& who, const QString& orderId, const QString& to, const QString& note, int version = -1)
    {
        return run(as(who), QStringLiteral("SELECT cs.transition_order(CAST(? AS uuid), ?, ?, ?)"),
                   {orderId, to, note, version < 0 ? rowVersion(orderId) : version});
    }
    QString claim(const QString& who, const QString& orderId)
    {
        return run(as(who), QStringLiteral("SELECT cs.claim_build(CAST(? AS uuid), ?)"), {orderId, rowVersion(orderId)});
    }
    QString record(const QString& who, const QString& orderId, const QString& notes, const QStringList& tests = {},
                   const QJsonArray& packing = {}, const QStringList& documents = {})
    {
        return run(as(who),
                   QStringLiteral("SELECT cs.record_rework(CAST(? AS uuid), ?, CAST(? AS text[]), CAST(? AS jsonb), CAST(? AS uuid[]), ?)"),
                   {orderId, notes, QStringLiteral("{%1}").arg(tests.join(u',')),
                    QString::fromUtf8(QJsonDocument(packing).toJson(QJsonDocument::Compact)),
                    QStringLiteral("{%1}").arg(documents.join(u',')), rowVersion(orderId)});
    }
    QString complete(const QString& who, const QString& orderId)
    {
        return run(as(who), QStringLiteral("SELECT cs.complete_rework(CAST(? AS uuid), ?)"), {orderId, rowVersion(orderId)});
    }
    QJsonObject rework(const QString& who, const QString& orderId)
    {
        QVariant v;
        const QString e = run(as(who), QStringLiteral("SELECT cs.assembly_state(CAST(? AS uuid))::text"), {orderId}, &v);
        if (!e.isEmpty())
            qWarning("assembly_state: %s", qPrintable(e));
        return QJsonDocument::fromJson(v.toString().toUtf8()).object().value(u"rework").toObject();
    }
    // The end-of-line test of the build filled and signed by `who` (every test passed, or one failed).
    QString repeatTest(const QString& who, const QString& orderId, bool pass)
    {
        QString error;
        QString checklistId;
        QSqlDatabase db = as(who);
        if (!DemoAssembly::fill(db, orderId, QStringLiteral("CLT"), DemoAssembly::Part::Whole, m_people.value(who).fullName,
                                m_people.value(who).initials, !pass, &checklistId, &error))
            return error;
        QSqlDatabase fresh = m_db->connect(m_people.value(who).settings);
        DemoAssembly::sign(fresh, checklistId, pass, m_people.value(who).initials,
                           pass ? QStringLiteral("Repeated after the rework.") : QStringLiteral("Drain valve still leaks."), &error);
        fresh.close();
        return error;
    }

    // What the build's next Final QC (opened by the inspector) still needs for a PASS, one a line.
    QString finalQcMissing(const QString& orderId)
    {
        QVariant id;
        if (const QString e = run(as(kQc), QStringLiteral("SELECT cs.open_qc_checklist(CAST(? AS uuid), 'FinalQC')::text"), {orderId}, &id);
            !e.isEmpty())
            return e;
        return value(QStringLiteral("SELECT string_agg(message, E'\n') FROM cs.cl_missing(CAST(? AS uuid))"), {id}).toString();
    }

    // A build of a two-basin sink (basin 1 E-Sink, basin 2 E-Drain), submitted and forced to `to`.
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
        if (to != u"OrderCreated"
            && !run(as(kAdmin), QStringLiteral("SELECT cs.force_order_status(CAST(? AS uuid), ?, 'test set-up', ?)"),
                    {orderId, to, rowVersion(orderId)})
                    .isEmpty())
            return {};
        return orderId;
    }
    // A build produced the real way and failed at Final QC with rework.
    QString finalQcRework()
    {
        const QString orderId = newBuild(QStringLiteral("ReadyForProduction"));
        QString error;
        if (orderId.isEmpty() || !QcGate::produce(*m_db, orderId, m_people.value(kAssembler), &error)
            || !QcGate::failFinalQc(*m_db, orderId, m_people.value(kQc), &error)) {
            qWarning("final QC rework: %s", qPrintable(error));
            return {};
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
        for (const QString& role : {kCoord, kQc, kAssembler, kService}) {
            QVERIFY2(addPerson(role, {}, &error), qPrintable(error));
        }
        QVERIFY2(addPerson(kAssembler, kOther, &error), qPrintable(error));
        QVERIFY2(ScratchDatabase::seedWorkflowFixtures(as(kAdmin), &error), qPrintable(error));
        for (const QString& file : {QStringLiteral("production-clp.json"), QStringLiteral("eol-testing-clt.json")}) {
            QFile f(cs::test::sourcePath(u"resources/checklists/") + file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(run(as(kAdmin), QStringLiteral("SELECT cs.publish_checklist_template(template_id) "
                                                    "FROM cs.import_checklist_template(CAST(? AS jsonb))"),
                         {compact(QJsonDocument::fromJson(f.readAll()).object())}),
                     QString());
        }
    }

    void cleanup()
    {
        m_conn.clear();
        m_db->closeConnections();
        m_super = m_db->superuser();
    }

    void preQcReworkReturnsWithItsNotes()
    {
        const QString orderId = newBuild(QStringLiteral("ReadyForPreQC"));
        QVERIFY(!orderId.isEmpty());
        QString error;
        QVERIFY2(QcGate::failPreQc(*m_db, orderId, m_people.value(kQc), &error), qPrintable(error));
        QCOMPARE(status(orderId), QStringLiteral("ReworkPreQC"));
        // The plain transition is no longer the way back.
        QVERIFY(transition(kCoord, orderId, QStringLiteral("ReadyForPreQC"), QStringLiteral("done")).contains(u"E-TRANSITION-BY-REWORK"));
        // The bench shows why it failed, in the inspector's words.
        QJsonObject r = rework(kAssembler, orderId);
        QCOMPARE(r.value(u"qcType").toString(), QStringLiteral("PreQC"));
        QVERIFY(!r.value(u"failure").toObject().value(u"reason").toString().isEmpty());
        QVERIFY(r.value(u"failure").toObject().value(u"failedItems").toArray().size() > 0);
        QVERIFY(r.value(u"cannotWork").toString().contains(u"Claim"));
        QCOMPARE(r.value(u"testOptions").toArray().size(), 0);
        // Not claimed, not the role, too short, touches a test: refused, each in its words.
        QVERIFY(record(kAssembler, orderId, QStringLiteral("Weld ground and repainted.")).contains(u"E-ASM-NOT-CLAIMANT"));
        QVERIFY(record(kQc, orderId, QStringLiteral("Weld ground and repainted.")).startsWith(u"42501"));
        QVERIFY(record(kService, orderId, QStringLiteral("Weld ground and repainted.")).startsWith(u"42501"));
        QCOMPARE(claim(kAssembler, orderId), QString());
        QVERIFY(claim(kOther, orderId).contains(u"E-CLAIM-TAKEN"));
        QVERIFY(record(kAssembler, orderId, QStringLiteral("fixed")).contains(u"E-REWORK-NOTES"));
        QVERIFY(record(kAssembler, orderId, QStringLiteral("Weld ground and repainted."), {QStringLiteral("S")})
                    .contains(u"E-REWORK-TOUCHED"));
        // A photo of the rework is an order document of the build.
        QVariant photo;
        QCOMPARE(run(as(kAssembler), QStringLiteral("SELECT cs.attach_document(CAST(? AS uuid), 'weld.png', 'image/png', ?, 'ReworkPhoto')::text"),
                     {orderId, QByteArray("\x89PNG\r\n\x1a\n0000", 12)}, &photo),
                 QString());
        QVERIFY(record(kAssembler, orderId, QStringLiteral("Weld ground and repainted."), {}, {},
                       {QStringLiteral("00000000-0000-0000-0000-000000000001")})
                    .contains(u"E-REWORK-PHOTO"));
        QCOMPARE(status(orderId), QStringLiteral("ReworkPreQC"));
        QCOMPARE(record(kAssembler, orderId, QStringLiteral("Weld ground and repainted."), {}, {}, {photo.toString()}), QString());
        // Recorded and back for inspection in one transaction, with the notes in the history.
        QCOMPARE(status(orderId), QStringLiteral("ReadyForPreQC"));
        QCOMPARE(value(QStringLiteral("SELECT notes || '|' || cardinality(document_ids) || '|' || u.username FROM cs.rework_records w "
                                      "JOIN cs.users u ON u.user_id = w.recorded_by WHERE order_id = CAST(? AS uuid)"),
                       {orderId})
                     .toString(),
                 QStringLiteral("Weld ground and repainted.|1|") + m_people.value(kAssembler).username);
        QCOMPARE(value(QStringLiteral("SELECT notes FROM cs.order_history WHERE order_id = CAST(? AS uuid) AND new_status = 'ReadyForPreQC' "
                                      "ORDER BY created_at DESC LIMIT 1"),
                       {orderId})
                     .toString(),
                 QStringLiteral("Rework done: Weld ground and repainted."));
        // Append-only, for a superuser too; and nobody writes the table directly.
        QVERIFY(run(m_super, QStringLiteral("UPDATE cs.rework_records SET notes = 'something else' WHERE order_id = CAST(? AS uuid)"),
                    {orderId})
                    .contains(u"E-APPEND-ONLY"));
        QVERIFY(run(as(kAdmin), QStringLiteral("INSERT INTO cs.rework_records (order_id, build_number, qc_result_id, rework_status, notes, "
                                               "recorded_by) SELECT order_id, build_number, qc_result_id, rework_status, notes, recorded_by "
                                               "FROM cs.rework_records LIMIT 1"))
                    .startsWith(u"42501"));
        // Out of rework: nothing more to record.
        QVERIFY(record(kCoord, orderId, QStringLiteral("Weld ground and repainted.")).contains(u"E-REWORK-STATUS"));
    }

    void finalQcReworkRepeatsTheTestsItTouched()
    {
        const QString orderId = finalQcRework();
        QVERIFY(!orderId.isEmpty());
        QCOMPARE(status(orderId), QStringLiteral("ReworkFinalQC"));
        // The inspector does not hold the rework: an assembler claims it.
        QCOMPARE(claim(kOther, orderId), QString());
        QJsonObject r = rework(kOther, orderId);
        QCOMPARE(r.value(u"qcType").toString(), QStringLiteral("FinalQC"));
        QStringList tests;
        for (const QJsonValue& t : r.value(u"testOptions").toArray())
            tests << t.toObject().value(u"id").toString();
        QCOMPARE(tests, QStringList({QStringLiteral("G"), QStringLiteral("D"), QStringLiteral("SN"), QStringLiteral("S")}));
        const QJsonArray packing = r.value(u"packingOptions").toArray();
        QVERIFY(!packing.isEmpty());
        const QString item = packing.at(0).toObject().value(u"item").toString();
        const int position = packing.at(0).toObject().value(u"position").toInt();
        // The test repeats only after the rework is recorded.
        QVERIFY(run(as(kOther), QStringLiteral("SELECT cs.open_qc_checklist(CAST(? AS uuid), 'CLT')"), {orderId}).contains(u"E-CLT-NOT-DUE"));
        QVERIFY(record(kOther, orderId, QStringLiteral("Drain valve of basin 1 replaced."), {QStringLiteral("X")})
                    .contains(u"E-REWORK-TOUCHED"));
        QVERIFY(record(kOther, orderId, QStringLiteral("Drain valve of basin 1 replaced."), {}, {QJsonObject{{"item", "S4.99"}, {"pos", 0}}})
                    .contains(u"E-REWORK-TOUCHED"));
        QCOMPARE(record(kOther, orderId, QStringLiteral("Drain valve of basin 1 replaced; the box repacked."), {QStringLiteral("D")},
                        {QJsonObject{{"item", item}, {"pos", position}}}),
                 QString());
        QCOMPARE(status(orderId), QStringLiteral("ReworkFinalQC"));
        // Not back yet: the test and the packing item, both named.
        QString refused = complete(kOther, orderId);
        QVERIFY2(refused.contains(u"E-REWORK-NOT-DONE") && refused.contains(u"end-of-line test must be repeated")
                     && refused.contains(item),
                 qPrintable(refused));
        QCOMPARE(rework(kOther, orderId).value(u"blockers").toArray().size(), 2);
        // A repeat that fails keeps it there; a second one that passes clears the test.
        QCOMPARE(repeatTest(kOther, orderId, false), QString());
        QVERIFY(complete(kOther, orderId).contains(u"failed; a new attempt is needed"));
        QCOMPARE(repeatTest(kOther, orderId, true), QString());
        QCOMPARE(status(orderId), QStringLiteral("ReworkFinalQC"));
        QCOMPARE(value(QStringLiteral("SELECT max(attempt) FROM cs.qc_checklists WHERE order_id = CAST(? AS uuid) AND kind = 'CLT'"), {orderId})
                     .toInt(),
                 3);
        refused = complete(kOther, orderId);
        QVERIFY2(!refused.contains(u"end-of-line") && refused.contains(item), qPrintable(refused));
        // The packing item, confirmed again by the claimant (not by the other assembler).
        QVERIFY(run(as(kAssembler), QStringLiteral("SELECT cs.confirm_rework_packing(CAST(? AS uuid), ?, ?)"), {orderId, item, position})
                    .contains(u"E-ASM-NOT-CLAIMANT"));
        QCOMPARE(run(as(kOther), QStringLiteral("SELECT cs.confirm_rework_packing(CAST(? AS uuid), ?, ?)"), {orderId, item, position}),
                 QString());
        QCOMPARE(rework(kOther, orderId).value(u"blockers").toArray().size(), 0);
        // A coordinator may return it too; the claimant does.
        QCOMPARE(complete(kOther, orderId), QString());
        QCOMPARE(status(orderId), QStringLiteral("ReadyForFinalQC"));
        // The Final QC reads the latest test: the repeat is the CLT PASS on record.
        QVERIFY(!finalQcMissing(orderId).contains(u"end-of-line test (CLT)"));
    }

    void untouchedTestsReturnAtOnceAndTheGateReadsTheLatestTest()
    {
        // A rework that touched neither test nor packing: back at once.
        const QString label = finalQcRework();
        QVERIFY(!label.isEmpty());
        QCOMPARE(claim(kAssembler, label), QString());
        QCOMPARE(record(kAssembler, label, QStringLiteral("Build label applied on the back.")), QString());
        QCOMPARE(status(label), QStringLiteral("ReadyForFinalQC"));

        // One that touched a test, forced back by an admin: the Final QC gate still wants the new test.
        const QString forced = finalQcRework();
        QVERIFY(!forced.isEmpty());
        QCOMPARE(record(kCoord, forced, QStringLiteral("Control box replaced by the coordinator."), {QStringLiteral("S")}), QString());
        QCOMPARE(run(as(kAdmin), QStringLiteral("SELECT cs.force_order_status(CAST(? AS uuid), 'ReadyForFinalQC', 'test set-up', ?)"),
                     {forced, rowVersion(forced)}),
                 QString());
        QVERIFY(finalQcMissing(forced).contains(u"The end-of-line test (CLT) has no signed PASS on record for this build."));
        QVERIFY(!finalQcMissing(label).contains(u"end-of-line test (CLT)"));
    }

    void aRefusalNamesTheRoleBeforeAnOldVersion()
    {
        const QString orderId = newBuild(QStringLiteral("ReadyForShip"));
        QVERIFY(!orderId.isEmpty());
        const int old = rowVersion(orderId) - 1;
        // An assembler with an old copy: told the role, not "changed by someone else".
        const QString byRole = transition(kAssembler, orderId, QStringLiteral("Shipped"), QStringLiteral("gone"), old);
        QVERIFY2(byRole.contains(u"E-ROLE") && !byRole.contains(u"E-STALE"), qPrintable(byRole));
        // The coordinator, who may ship it: the old copy is what stops them.
        const QString ship = QStringLiteral("SELECT cs.ship_order(CAST(? AS uuid), current_date, NULL, NULL, ?)");
        QVERIFY(run(as(kCoord), ship, {orderId, old}).contains(u"E-STALE"));
        // A transition that does not exist from where the build now is, sent with an old copy: E-STALE.
        QVERIFY(transition(kCoord, orderId, QStringLiteral("ReadyForProduction"), QStringLiteral("x"), old).contains(u"E-STALE"));
        QCOMPARE(run(as(kCoord), ship, {orderId, rowVersion(orderId)}), QString());
    }
};

QTEST_GUILESS_MAIN(TestRework)
#include "tst_rework.moc"
