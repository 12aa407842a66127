// The order status type and the workflow's tables of the domain: names as the database spells them,
// the transition table of the production workflow (who may move a build from where to where, when a
// reason is needed, what must be on record), and which roles fit as a build's assignee.
#include "domain/orders/orderstatus.h"

#include <QSet>
#include <QTest>

using namespace cs::domain;
using R = AppRole;
using S = OrderStatus;

class TestOrderStatus : public QObject
{
    Q_OBJECT

private slots:
    void namesInTheDatabaseOrder()
    {
        const QStringList expected = {
            QStringLiteral("OrderCreated"),      QStringLiteral("PartsSent"),       QStringLiteral("ReadyForPreQC"),
            QStringLiteral("PreQCRejected"),     QStringLiteral("ReworkPreQC"),     QStringLiteral("ReadyForProduction"),
            QStringLiteral("OnHoldParts"),       QStringLiteral("TestingComplete"), QStringLiteral("PackagingComplete"),
            QStringLiteral("ReadyForFinalQC"),   QStringLiteral("FinalQCRejected"), QStringLiteral("ReworkFinalQC"),
            QStringLiteral("ReadyForShip"),      QStringLiteral("Shipped")};
        QStringList names;
        for (OrderStatus s : allOrderStatuses())
            names << orderStatusName(s);
        QCOMPARE(names, expected);
        for (int i = 0; i < expected.size(); ++i) {
            const auto parsed = orderStatusFromName(expected.at(i));
            QVERIFY(parsed.has_value());
            QCOMPARE(int(*parsed), i);
        }
    }

    void unknownNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("lower case") << QStringLiteral("shipped");
        QTest::newRow("old app name") << QStringLiteral("READY_FOR_PRE_QC");
        QTest::newRow("space") << QStringLiteral("Shipped ");
        QTest::newRow("not a status") << QStringLiteral("Cancelled");
    }
    void unknownNamesAreRefused()
    {
        QFETCH(QString, name);
        QVERIFY(!orderStatusFromName(name).has_value());
    }

    void transitionTable_data()
    {
        // WORKFLOW 2.2, row by row: from, to, who, a reason, the gate.
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<bool>("note");
        QTest::addColumn<QString>("gate");
        const auto row = [](S from, S to, QStringList roles, bool note, const char* gate) {
            QTest::addRow("%s-%s", qPrintable(orderStatusName(from)), qPrintable(orderStatusName(to)))
                << int(from) << int(to) << roles << note << QString::fromLatin1(gate);
        };
        const QString coord = QStringLiteral("ProductionCoordinator"), admin = QStringLiteral("Admin"),
                      proc = QStringLiteral("ProcurementSpecialist"), qc = QStringLiteral("QCPerson"),
                      asm_ = QStringLiteral("Assembler");
        row(S::OrderCreated, S::PartsSent, {admin, proc}, false, "bom_approved");
        row(S::PartsSent, S::ReadyForPreQC, {admin, proc}, false, "");
        row(S::ReadyForPreQC, S::ReadyForProduction, {admin, qc}, false, "preqc_pass");
        row(S::ReadyForPreQC, S::PreQCRejected, {admin, qc}, true, "preqc_fail");
        row(S::ReadyForPreQC, S::ReworkPreQC, {admin, qc}, true, "preqc_fail");
        row(S::ReworkPreQC, S::ReadyForPreQC, {coord, admin, asm_}, true, "");
        row(S::PreQCRejected, S::ReadyForPreQC, {coord, admin, proc}, true, "");
        row(S::ReadyForProduction, S::TestingComplete, {admin, asm_}, false, "test_pass");
        row(S::ReadyForProduction, S::OnHoldParts, {coord, admin, asm_}, true, "");
        row(S::OnHoldParts, S::ReadyForProduction, {coord, admin, proc}, true, "");
        row(S::TestingComplete, S::PackagingComplete, {admin, asm_}, false, "");
        row(S::PackagingComplete, S::ReadyForFinalQC, {admin, asm_}, false, "");
        row(S::ReadyForFinalQC, S::ReadyForShip, {admin, qc}, false, "finalqc_pass");
        row(S::ReadyForFinalQC, S::FinalQCRejected, {admin, qc}, true, "finalqc_fail");
        row(S::ReadyForFinalQC, S::ReworkFinalQC, {admin, qc}, true, "finalqc_fail");
        row(S::ReworkFinalQC, S::ReadyForFinalQC, {coord, admin, asm_}, true, "");
        row(S::FinalQCRejected, S::ReadyForFinalQC, {coord, admin}, true, "");
        row(S::ReadyForShip, S::Shipped, {coord, admin}, false, "");
    }
    void transitionTable()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QStringList, roles);
        QFETCH(bool, note);
        QFETCH(QString, gate);
        const auto t = OrderWorkflow::find(S(from), S(to));
        QVERIFY(t.has_value());
        QCOMPARE(t->roles.names(), roles);   // in the enum's order
        QCOMPARE(t->noteRequired, note);
        QCOMPARE(transitionGateName(t->gate), gate);
        for (AppRole r : allAppRoles())
            QCOMPARE(OrderWorkflow::mayTransition(r, S(from), S(to)), roles.contains(appRoleName(r)));
    }

    void onlyTheTableIsAllowed()
    {
        QCOMPARE(OrderWorkflow::transitions().size(), 18);
        QSet<QPair<int, int>> pairs;
        for (const OrderTransition& t : OrderWorkflow::transitions()) {
            QVERIFY2(!pairs.contains({int(t.from), int(t.to)}), "one row per pair");
            pairs.insert({int(t.from), int(t.to)});
            QVERIFY(t.from != t.to);
            QVERIFY2(t.roles.contains(R::Admin), "Admin may make every transition");
            QVERIFY2(!t.roles.contains(R::ServiceDepartment), "service is outside the production flow");
            // Every rejection or rework and every hold needs its reason; every Fail gate comes with one.
            if (t.gate == TransitionGate::PreQcFail || t.gate == TransitionGate::FinalQcFail)
                QVERIFY(t.noteRequired);
        }
        // Nothing moves out of Shipped; no skipping from OrderCreated past the parts (the old app's bug).
        QVERIFY(OrderWorkflow::transitionsFrom(S::Shipped).isEmpty());
        QVERIFY(!OrderWorkflow::find(S::OrderCreated, S::ReadyForPreQC));
        QVERIFY(!OrderWorkflow::find(S::ReadyForProduction, S::ReadyForPreQC));
        for (AppRole r : allAppRoles())
            QVERIFY(!OrderWorkflow::mayTransition(r, S::OrderCreated, S::Shipped));
        // Every status but the end has a way out, every status but the start a way in.
        for (OrderStatus s : allOrderStatuses()) {
            if (s != S::Shipped)
                QVERIFY2(!OrderWorkflow::transitionsFrom(s).isEmpty(), qPrintable(orderStatusName(s)));
            bool in = false;
            for (const OrderTransition& t : OrderWorkflow::transitions())
                in = in || t.to == s;
            QCOMPARE(in, s != S::OrderCreated);
        }
    }

    void transitionsOfARole()
    {
        const QList<OrderTransition> qc = OrderWorkflow::transitionsFor(R::QCPerson, S::ReadyForPreQC);
        QCOMPARE(qc.size(), 3);
        QVERIFY(OrderWorkflow::transitionsFor(R::Assembler, S::ReadyForPreQC).isEmpty());
        const QList<OrderTransition> assembler = OrderWorkflow::transitionsFor(R::Assembler, S::ReadyForProduction);
        QCOMPARE(assembler.size(), 2);
        QVERIFY(OrderWorkflow::transitionsFor(R::ProcurementSpecialist, S::ReadyForShip).isEmpty());
        QCOMPARE(OrderWorkflow::transitionsFor(R::ProductionCoordinator, S::ReadyForShip).size(), 1);
        QVERIFY(OrderWorkflow::transitionsFor(R::ServiceDepartment, S::ReadyForShip).isEmpty());
    }

    void assignees_data()
    {
        // WORKFLOW 2.3: procurement while the BOM and the parts are open, QC when a QC is due, assemblers in
        // production; Admin always; any role elsewhere.
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("roles");
        const QString admin = QStringLiteral("Admin");
        const QStringList all = RoleSet::all().names();
        const auto row = [](S s, QStringList roles) { QTest::newRow(qPrintable(orderStatusName(s))) << int(s) << roles; };
        row(S::OrderCreated, {admin, QStringLiteral("ProcurementSpecialist")});
        row(S::PartsSent, {admin, QStringLiteral("ProcurementSpecialist")});
        row(S::ReadyForPreQC, {admin, QStringLiteral("QCPerson")});
        row(S::ReadyForFinalQC, {admin, QStringLiteral("QCPerson")});
        row(S::ReadyForProduction, {admin, QStringLiteral("Assembler")});
        row(S::TestingComplete, {admin, QStringLiteral("Assembler")});
        row(S::PackagingComplete, {admin, QStringLiteral("Assembler")});
        for (S s : {S::PreQCRejected, S::ReworkPreQC, S::OnHoldParts, S::FinalQCRejected, S::ReworkFinalQC,
                    S::ReadyForShip, S::Shipped})
            row(s, all);
    }
    void assignees()
    {
        QFETCH(int, status);
        QFETCH(QStringList, roles);
        QCOMPARE(OrderWorkflow::assigneeRoles(S(status)).names(), roles);
        for (AppRole r : allAppRoles())
            QCOMPARE(OrderWorkflow::fitsAsAssignee(r, S(status)), roles.contains(appRoleName(r)));
    }

    void claim()
    {
        for (OrderStatus s : allOrderStatuses()) {
            for (AppRole r : allAppRoles())
                QCOMPARE(OrderWorkflow::mayClaim(r, s), r == R::Assembler && s == S::ReadyForProduction);
        }
    }
};

QTEST_GUILESS_MAIN(TestOrderStatus)
#include "tst_orderstatus.moc"
