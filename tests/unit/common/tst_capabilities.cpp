// The role x capability table (WORKFLOW 3) and the home screens' work lists: the matrix written out
// here on its own, the table's agreement with the transition table, and its JSON form for tools and
// database tests.
#include "domain/common/approle.h"
#include "domain/common/capabilities.h"
#include "domain/common/worklist.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace cs::domain;
using C = Capability;
using R = AppRole;
using S = OrderStatus;

class TestCapabilities : public QObject
{
    Q_OBJECT

private slots:
    void roles()
    {
        QCOMPARE(RoleSet::all().names(),
                 (QStringList{QStringLiteral("ProductionCoordinator"), QStringLiteral("Admin"),
                              QStringLiteral("ProcurementSpecialist"), QStringLiteral("QCPerson"),
                              QStringLiteral("Assembler"), QStringLiteral("ServiceDepartment")}));
        for (AppRole r : allAppRoles()) {
            QCOMPARE(appRoleFromName(appRoleName(r)), std::optional<AppRole>(r));
            QVERIFY(appRoleGroup(r).startsWith(QStringLiteral("cs_")));
        }
        QCOMPARE(appRoleGroup(R::QCPerson), QStringLiteral("cs_qc"));
        QCOMPARE(appRoleGroup(R::ProductionCoordinator), QStringLiteral("cs_coordinator"));
        QVERIFY(!appRoleFromName(QStringLiteral("admin")).has_value());
        QVERIFY(!appRoleFromName(QStringLiteral("cs_admin")).has_value());
        const RoleSet two = {R::Assembler, R::Admin};
        QVERIFY(two.contains(R::Admin) && two.contains(R::Assembler) && !two.contains(R::QCPerson));
        QCOMPARE(two.toList(), (QList<AppRole>{R::Admin, R::Assembler}));
        QVERIFY(RoleSet().isEmpty());
        QCOMPARE(two | RoleSet{R::QCPerson}, (RoleSet{R::QCPerson, R::Assembler, R::Admin}));
    }

    void matrix_data()
    {
        // Columns: coordinator, admin, procurement, QC, assembler, service ("1" may, "0" may not).
        QTest::addColumn<int>("capability");
        QTest::addColumn<QString>("who");
        const auto row = [](C c, const char* who) {
            QTest::newRow(qPrintable(Capabilities::rule(c).key)) << int(c) << QString::fromLatin1(who);
        };
        row(C::SeeOrderList, "111111");
        row(C::SeeOrderDetails, "111110");
        row(C::CreateOrder, "110000");
        row(C::EditOrder, "110000");
        row(C::AssignBuild, "110000");
        row(C::ClaimBuild, "000010");
        row(C::ForceStatus, "010000");
        row(C::DeleteOrder, "010000");
        row(C::ViewBom, "111110");
        row(C::ApproveBom, "011000");
        row(C::ReportArrival, "011000");
        row(C::PerformQc, "010100");
        row(C::ProductionWork, "010010");
        row(C::ShipOrder, "110000");
        row(C::PrintTravelers, "111110");
        row(C::UploadDocuments, "111110");
        row(C::CreateServiceOrder, "010001");
        row(C::ProcessServiceOrder, "011000");
        row(C::ManageUsers, "010000");
        row(C::ManageCatalog, "010000");
        row(C::ManageTemplates, "010000");
    }
    void matrix()
    {
        QFETCH(int, capability);
        QFETCH(QString, who);
        const QList<AppRole> order = {R::ProductionCoordinator, R::Admin, R::ProcurementSpecialist,
                                      R::QCPerson, R::Assembler, R::ServiceDepartment};
        for (int i = 0; i < order.size(); ++i) {
            QCOMPARE(Capabilities::allows(order.at(i), C(capability)), who.at(i) == u'1');
            QCOMPARE(Capabilities::of(order.at(i)).contains(C(capability)), who.at(i) == u'1');
        }
    }

    void tableIsComplete()
    {
        QCOMPARE(Capabilities::table().size(), int(C::ManageTemplates) + 1);
        QSet<QString> keys;
        for (int i = 0; i < Capabilities::table().size(); ++i) {
            const CapabilityRule& r = Capabilities::table().at(i);
            QCOMPARE(int(r.capability), i);
            QVERIFY(!r.key.isEmpty());
            QVERIFY2(!keys.contains(r.key), qPrintable(r.key));
            keys.insert(r.key);
            QCOMPARE(Capabilities::fromKey(r.key), std::optional<Capability>(r.capability));
            for (const QString& f : r.functions)
                QVERIFY2(f.startsWith(QStringLiteral("cs.")) && !f.contains(u'('), qPrintable(f));
        }
        QVERIFY(!Capabilities::fromKey(QStringLiteral("orders.fly")).has_value());
    }

    void statusLimits()
    {
        // Editing only while OrderCreated; shipping only from ReadyForShip; claiming only ReadyForProduction.
        for (OrderStatus s : allOrderStatuses()) {
            QCOMPARE(Capabilities::allows(R::ProductionCoordinator, C::EditOrder, s), s == S::OrderCreated);
            QCOMPARE(Capabilities::allows(R::Admin, C::EditOrder, s), s == S::OrderCreated);
            QVERIFY(!Capabilities::allows(R::QCPerson, C::EditOrder, s));
            QCOMPARE(Capabilities::allows(R::ProductionCoordinator, C::ShipOrder, s), s == S::ReadyForShip);
            QCOMPARE(Capabilities::allows(R::Assembler, C::ClaimBuild, s), OrderWorkflow::mayClaim(R::Assembler, s));
            QVERIFY(Capabilities::allows(R::ServiceDepartment, C::SeeOrderList, s));
        }
    }

    void agreesWithTheTransitions()
    {
        // A capability that is a step of the workflow has exactly the roles of that step's transitions.
        const auto rolesOf = [](S from, S to) { return OrderWorkflow::find(from, to)->roles; };
        QCOMPARE(Capabilities::rule(C::ShipOrder).roles, rolesOf(S::ReadyForShip, S::Shipped));
        QCOMPARE(Capabilities::rule(C::ApproveBom).roles, rolesOf(S::OrderCreated, S::PartsSent));
        QCOMPARE(Capabilities::rule(C::ReportArrival).roles, rolesOf(S::PartsSent, S::ReadyForPreQC));
        QCOMPARE(Capabilities::rule(C::PerformQc).roles, rolesOf(S::ReadyForPreQC, S::ReadyForProduction));
        QCOMPARE(Capabilities::rule(C::PerformQc).roles, rolesOf(S::ReadyForFinalQC, S::ReadyForShip));
        QCOMPARE(Capabilities::rule(C::ProductionWork).roles, rolesOf(S::ReadyForProduction, S::TestingComplete));
        QCOMPARE(Capabilities::rule(C::ProductionWork).roles, rolesOf(S::TestingComplete, S::PackagingComplete));
        QCOMPARE(Capabilities::rule(C::ProductionWork).roles, rolesOf(S::PackagingComplete, S::ReadyForFinalQC));
        // Who may assign is no assignee rule, but whoever may assign may do so in every status.
        for (OrderStatus s : allOrderStatuses())
            QVERIFY(Capabilities::allows(R::ProductionCoordinator, C::AssignBuild, s));
    }

    void workLists_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QStringList>("keys");
        const auto row = [](R r, QStringList keys) { QTest::newRow(qPrintable(appRoleName(r))) << int(r) << keys; };
        row(R::ProductionCoordinator, {QStringLiteral("serviceRequests")});
        row(R::Admin, {QStringLiteral("bomApprovals"), QStringLiteral("partsSent"), QStringLiteral("preQc"),
                       QStringLiteral("finalQc"), QStringLiteral("productionQueue"), QStringLiteral("serviceParts"),
                       QStringLiteral("serviceRequests")});
        row(R::ProcurementSpecialist, {QStringLiteral("bomApprovals"), QStringLiteral("partsSent"),
                                       QStringLiteral("myBuilds"), QStringLiteral("serviceRequests"),
                                       QStringLiteral("allOrders")});
        row(R::QCPerson, {QStringLiteral("preQc"), QStringLiteral("finalQc"), QStringLiteral("myBuilds"),
                          QStringLiteral("serviceRequests"), QStringLiteral("allOrders")});
        row(R::Assembler, {QStringLiteral("productionQueue"), QStringLiteral("myBuilds"),
                           QStringLiteral("serviceRequests"), QStringLiteral("allOrders")});
        row(R::ServiceDepartment, {QStringLiteral("serviceParts"), QStringLiteral("myServiceRequests"),
                                   QStringLiteral("allOrders")});
    }
    void workLists()
    {
        QFETCH(int, role);
        QFETCH(QStringList, keys);
        QStringList got;
        for (WorkList l : WorkLists::forRole(R(role)))
            got << WorkLists::rule(l).key;
        QCOMPARE(got, keys);
    }

    void noWorkWaitsUnseen()
    {
        // Every status from which a role (but Admin and the coordinator, who have the order board) can move
        // a build is in one of that role's work lists.
        for (AppRole r : {R::ProcurementSpecialist, R::QCPerson, R::Assembler}) {
            QSet<OrderStatus> seen;
            for (WorkList l : WorkLists::forRole(r)) {
                if (l == WorkList::AllOrders || l == WorkList::MyBuilds)
                    continue;
                for (OrderStatus s : WorkLists::rule(l).statuses)
                    seen.insert(s);
            }
            for (const OrderTransition& t : OrderWorkflow::transitions()) {
                if (t.roles.contains(r))
                    QVERIFY2(seen.contains(t.from), qPrintable(appRoleName(r) + u' ' + orderStatusName(t.from)));
            }
        }
        // The lists of builds name statuses, the service lists none; AllOrders holds every status and
        // MyBuilds every one but Shipped.
        for (const WorkListRule& w : WorkLists::table())
            QCOMPARE(w.statuses.isEmpty(), !WorkLists::isBuildList(w.list));
        QCOMPARE(WorkLists::rule(WorkList::AllOrders).statuses, allOrderStatuses());
        QVERIFY(!WorkLists::rule(WorkList::MyBuilds).statuses.contains(S::Shipped));
        QCOMPARE(WorkLists::rule(WorkList::MyBuilds).statuses.size(), allOrderStatuses().size() - 1);
        QCOMPARE(WorkLists::rule(WorkList::ServiceParts).roles, Capabilities::rule(C::CreateServiceOrder).roles);
    }

    void json()
    {
        const QJsonObject doc = Capabilities::toJson().object();
        QCOMPARE(doc.value(u"version").toInt(), 1);
        QStringList statuses;
        for (const QJsonValue& v : doc.value(u"statuses").toArray())
            statuses << v.toString();
        QCOMPARE(statuses.size(), 14);
        QCOMPARE(statuses.first(), QStringLiteral("OrderCreated"));
        QCOMPARE(statuses.last(), QStringLiteral("Shipped"));
        const QJsonArray roles = doc.value(u"roles").toArray();
        QCOMPARE(roles.size(), 6);
        QCOMPARE(roles.at(3).toObject().value(u"name").toString(), QStringLiteral("QCPerson"));
        QCOMPARE(roles.at(3).toObject().value(u"group").toString(), QStringLiteral("cs_qc"));

        const QJsonArray transitions = doc.value(u"transitions").toArray();
        QCOMPARE(transitions.size(), OrderWorkflow::transitions().size());
        const QJsonObject first = transitions.at(0).toObject();
        QCOMPARE(first.value(u"from").toString(), QStringLiteral("OrderCreated"));
        QCOMPARE(first.value(u"to").toString(), QStringLiteral("PartsSent"));
        QCOMPARE(first.value(u"gate").toString(), QStringLiteral("bom_approved"));
        QCOMPARE(first.value(u"noteRequired").toBool(), false);
        QCOMPARE(first.value(u"roles").toArray().toVariantList(),
                 (QVariantList{QStringLiteral("Admin"), QStringLiteral("ProcurementSpecialist")}));
        QVERIFY(transitions.at(1).toObject().value(u"gate").isNull());

        QCOMPARE(doc.value(u"assignees").toObject().value(u"ReadyForPreQC").toArray().toVariantList(),
                 (QVariantList{QStringLiteral("Admin"), QStringLiteral("QCPerson")}));

        const QJsonArray capabilities = doc.value(u"capabilities").toArray();
        QCOMPARE(capabilities.size(), Capabilities::table().size());
        bool sawApproval = false;
        for (const QJsonValue& v : capabilities) {
            const QJsonObject c = v.toObject();
            if (c.value(u"key").toString() != u"bom.approve")
                continue;
            sawApproval = true;
            QCOMPARE(c.value(u"functions").toArray().toVariantList(), (QVariantList{QStringLiteral("cs.approve_bom")}));
            QCOMPARE(c.value(u"statuses").toArray().toVariantList(), (QVariantList{QStringLiteral("OrderCreated")}));
        }
        QVERIFY(sawApproval);
        QCOMPARE(doc.value(u"workLists").toArray().size(), WorkLists::table().size());
    }
};

QTEST_GUILESS_MAIN(TestCapabilities)
#include "tst_capabilities.moc"
