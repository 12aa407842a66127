// The home screens' reads as each role: a build in every status (one assigned to an assembler, one to a QC
// inspector), service requests of two service people in several states and a service part. Each role's
// work lists (domain::WorkLists) are read through HomeQueries on a session of a person of that role, and
// each list holds exactly the builds of its statuses (its own for "my builds"); service requests as the
// server lets each role see them.
#include "data/common/session.h"
#include "data/shell/homequeries.h"
#include "domain/common/worklist.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using cs::data::BomApprovalRow;
using cs::data::HomeQueries;
using cs::data::HomeRow;
using cs::data::Result;
using cs::data::ServicePartRow;
using cs::data::ServiceRequestRow;
using cs::data::Session;
using cs::test::ScratchDatabase;
using namespace cs::domain;

class TestHomeQueries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void buildListsAsEachRole_data();
    void buildListsAsEachRole();
    void bomApprovals();
    void servicePartsAndRequests();
    void typedRows();

private:
    template<typename T>
    Result<T> wait(QFuture<Result<T>> future)
    {
        if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 30000) || future.resultCount() == 0)
            return cs::data::DbError::client(QStringLiteral("E-TEST"), QStringLiteral("no answer"));
        return future.result();
    }
    Session& session(AppRole role);
    bool exec(QSqlDatabase db, const QString& sql, const QVariantList& values = {}, QVariant* first = nullptr);

    std::unique_ptr<ScratchDatabase> m_db;
    QHash<AppRole, ScratchDatabase::Person> m_people;
    ScratchDatabase::Person m_otherService;
    QHash<AppRole, std::shared_ptr<Session>> m_sessions;
    QHash<OrderStatus, QString> m_builds;   // one build per status
    QString m_assemblerBuild;                // ReadyForProduction, assigned to the assembler
    QString m_qcBuild;                       // ReadyForPreQC, assigned to the QC inspector
    QStringList m_requests;                  // pending and approved of the service person, pending of the other
};

bool TestHomeQueries::exec(QSqlDatabase db, const QString& sql, const QVariantList& values, QVariant* first)
{
    QString error;
    const bool ok = ScratchDatabase::exec(db, sql, values, &error, first);
    if (!ok)
        qWarning("%s: %s", qPrintable(sql), qPrintable(error));
    return ok;
}

Session& TestHomeQueries::session(AppRole role)
{
    if (!m_sessions.contains(role)) {
        auto s = std::make_shared<Session>();
        const auto r = s->start(m_people.value(role).settings, QStringLiteral("test"));
        if (!r.ok())
            qWarning("login as %s: %s", qPrintable(appRoleName(role)), qPrintable(r.detail));
        m_sessions.insert(role, s);
    }
    return *m_sessions.value(role);
}

void TestHomeQueries::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    for (AppRole r : allAppRoles()) {
        const auto p = m_db->createPerson(appRoleName(r), {}, &error);
        QVERIFY2(!p.username.isEmpty(), qPrintable(error));
        m_people.insert(r, p);
    }
    m_otherService = m_db->createPerson(QStringLiteral("ServiceDepartment"), {}, &error);
    QVERIFY2(!m_otherService.username.isEmpty(), qPrintable(error));
    QSqlDatabase admin = m_db->connect(m_people.value(AppRole::Admin).settings);
    QSqlDatabase coord = m_db->connect(m_people.value(AppRole::ProductionCoordinator).settings);
    QVERIFY2(ScratchDatabase::seedWorkflowFixtures(admin, &error), qPrintable(error));
    QVERIFY(exec(admin, QStringLiteral("INSERT INTO cs.assemblies (assembly_id, name, type, description) "
                                       "VALUES ('SVC-1', 'Drain valve kit', 'SERVICE_PART', 'for the field')")));

    // One build in every status, and two extra ones assigned to the assembler and the QC inspector.
    const auto submit = [&](OrderStatus status, AppRole assignee) -> QString {
        const QString suffix = ScratchDatabase::randomSuffix(6).toUpper();
        const QString build = QStringLiteral("B-%1-%2").arg(orderStatusName(status).left(6).toUpper(), suffix);
        const QByteArray json =
            QJsonDocument(ScratchDatabase::orderJson(QStringLiteral("PO-") + suffix, build)).toJson(QJsonDocument::Compact);
        QVariant result;
        if (!exec(coord, QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))::text"), {QString::fromUtf8(json)}, &result))
            return {};
        const QString orderId = QJsonDocument::fromJson(result.toString().toUtf8())
                                    .object().value(u"builds").toArray().at(0).toObject().value(u"orderId").toString();
        int version = 1;
        QVariant v;
        if (status != OrderStatus::OrderCreated) {
            if (!exec(admin, QStringLiteral("SELECT cs.force_order_status(CAST(? AS uuid), ?, 'set-up', ?)"),
                      {orderId, orderStatusName(status), version}, &v))
                return {};
            version = v.toInt();
        }
        if (assignee != AppRole::ServiceDepartment
            && !exec(coord, QStringLiteral("SELECT cs.assign_order(CAST(? AS uuid), ?, ?)"),
                     {orderId, m_people.value(assignee).username, version}))
            return {};
        return build;
    };
    for (OrderStatus s : allOrderStatuses()) {
        m_builds.insert(s, submit(s, AppRole::ServiceDepartment));   // ServiceDepartment: nobody assigned
        QVERIFY(!m_builds.value(s).isEmpty());
    }
    m_assemblerBuild = submit(OrderStatus::ReadyForProduction, AppRole::Assembler);
    m_qcBuild = submit(OrderStatus::ReadyForPreQC, AppRole::QCPerson);
    QVERIFY(!m_assemblerBuild.isEmpty() && !m_qcBuild.isEmpty());

    // Service requests: the service person's pending and approved one, the other service person's pending one.
    QSqlDatabase service = m_db->connect(m_people.value(AppRole::ServiceDepartment).settings);
    QSqlDatabase other = m_db->connect(m_otherService.settings);
    QSqlDatabase procurement = m_db->connect(m_people.value(AppRole::ProcurementSpecialist).settings);
    const QString insert = QStringLiteral("SELECT cs.request_service_order('[{\"id\": \"SVC-1\", \"qty\": 1}]')::text");
    for (QSqlDatabase db : {service, service, other}) {
        QVariant id;
        QVERIFY(exec(db, insert, {}, &id));
        m_requests << id.toString();
    }
    QVERIFY(exec(procurement, QStringLiteral("SELECT cs.decide_service_order(CAST(? AS uuid), true, NULL, NULL, "
                                                "(SELECT row_version FROM cs.service_orders WHERE service_order_id = CAST(? AS uuid)))"),
                 {m_requests.at(1), m_requests.at(1)}));
}

void TestHomeQueries::cleanupTestCase()
{
    m_sessions.clear();
    m_db.reset();
}

void TestHomeQueries::buildListsAsEachRole_data()
{
    QTest::addColumn<int>("role");
    for (AppRole r : allAppRoles())
        QTest::newRow(qPrintable(appRoleName(r))) << int(r);
}

void TestHomeQueries::buildListsAsEachRole()
{
    QFETCH(int, role);
    const AppRole me = AppRole(role);
    HomeQueries queries(session(me));
    QVERIFY(session(me).isActive());
    for (WorkList list : WorkLists::forRole(me)) {
        if (!WorkLists::isBuildList(list))
            continue;
        const WorkListRule& rule = WorkLists::rule(list);
        const Result<QList<HomeRow>> rows = wait(queries.builds(list));
        QVERIFY2(rows.ok(), qPrintable(rule.key + u' ' + rows.error().logText()));
        QSet<QString> got;
        for (const HomeRow& row : rows.value()) {
            got.insert(row.buildNumber);
            QVERIFY2(rule.statuses.contains(row.status), qPrintable(rule.key + u' ' + row.buildNumber));
        }
        QSet<QString> expected;
        if (list == WorkList::MyBuilds) {
            if (me == AppRole::Assembler)
                expected.insert(m_assemblerBuild);
            if (me == AppRole::QCPerson)
                expected.insert(m_qcBuild);
        } else {
            for (OrderStatus s : rule.statuses)
                expected.insert(m_builds.value(s));
            if (rule.statuses.contains(OrderStatus::ReadyForProduction))
                expected.insert(m_assemblerBuild);
            if (rule.statuses.contains(OrderStatus::ReadyForPreQC))
                expected.insert(m_qcBuild);
        }
        QCOMPARE(got, expected);
    }
    // The named reads are the same lists.
    if (me == AppRole::QCPerson) {
        const auto preQc = wait(queries.awaitingPreQc());
        QVERIFY(preQc.ok());
        QCOMPARE(preQc.value().size(), 2);
        const auto mine = wait(queries.myBuilds());
        QVERIFY(mine.ok());
        QCOMPARE(mine.value().size(), 1);
        QCOMPARE(mine.value().first().buildNumber, m_qcBuild);
    }
}

void TestHomeQueries::bomApprovals()
{
    // Every submitted BOM is generated; waiting for approval are those of builds still OrderCreated.
    for (AppRole r : {AppRole::ProcurementSpecialist, AppRole::Admin}) {
        const Result<QList<BomApprovalRow>> rows = wait(HomeQueries(session(r)).bomApprovals());
        QVERIFY2(rows.ok(), qPrintable(rows.error().logText()));
        QCOMPARE(rows.value().size(), 1);
        QCOMPARE(rows.value().first().buildNumber, m_builds.value(OrderStatus::OrderCreated));
        QCOMPARE(rows.value().first().bomVersion, 1);
        QVERIFY(rows.value().first().uniqueParts > 0);
        QVERIFY(rows.value().first().generatedAt.isValid());
    }
}

void TestHomeQueries::servicePartsAndRequests()
{
    const auto parts = wait(HomeQueries(session(AppRole::ServiceDepartment)).serviceParts());
    QVERIFY2(parts.ok(), qPrintable(parts.error().logText()));
    QCOMPARE(parts.value().size(), 1);
    QCOMPARE(parts.value().first().itemId, QStringLiteral("SVC-1"));
    QCOMPARE(parts.value().first().description, QStringLiteral("for the field"));

    const auto ids = [](const QList<ServiceRequestRow>& rows) {
        QSet<QString> set;
        for (const ServiceRequestRow& r : rows)
            set.insert(r.requestId);
        return set;
    };
    // Procurement and Admin see all; production the approved one; the service person their own.
    for (AppRole r : {AppRole::ProcurementSpecialist, AppRole::Admin}) {
        const auto all = wait(HomeQueries(session(r)).serviceRequests());
        QVERIFY2(all.ok(), qPrintable(all.error().logText()));
        QCOMPARE(ids(all.value()), QSet<QString>(m_requests.cbegin(), m_requests.cend()));
    }
    for (AppRole r : {AppRole::ProductionCoordinator, AppRole::QCPerson, AppRole::Assembler}) {
        const auto approved = wait(HomeQueries(session(r)).serviceRequests());
        QVERIFY2(approved.ok(), qPrintable(approved.error().logText()));
        QCOMPARE(ids(approved.value()), QSet<QString>{m_requests.at(1)});
        QCOMPARE(approved.value().first().status, QStringLiteral("Approved"));
    }
    const auto mine = wait(HomeQueries(session(AppRole::ServiceDepartment)).myServiceRequests());
    QVERIFY2(mine.ok(), qPrintable(mine.error().logText()));
    QCOMPARE(ids(mine.value()), (QSet<QString>{m_requests.at(0), m_requests.at(1)}));
    QCOMPARE(mine.value().first().lines, 1);
    // The admin's "my requests" are none of these.
    const auto adminsOwn = wait(HomeQueries(session(AppRole::Admin)).myServiceRequests());
    QVERIFY(adminsOwn.ok());
    QVERIFY(adminsOwn.value().isEmpty());
}

void TestHomeQueries::typedRows()
{
    const auto rows = wait(HomeQueries(session(AppRole::Assembler)).myBuilds());
    QVERIFY2(rows.ok(), qPrintable(rows.error().logText()));
    QCOMPARE(rows.value().size(), 1);
    const HomeRow& row = rows.value().first();
    QCOMPARE(row.buildNumber, m_assemblerBuild);
    QCOMPARE(row.status, OrderStatus::ReadyForProduction);
    QCOMPARE(row.assignee, m_people.value(AppRole::Assembler).fullName);
    QCOMPARE(row.customer, QStringLiteral("Hospital A"));
    QCOMPARE(row.project, QStringLiteral("Project A"));
    QCOMPARE(row.wantDate, QDate::currentDate().addDays(30));
    QVERIFY(row.updatedAt.isValid());
    QVERIFY(!row.orderId.isEmpty());
    QVERIFY(row.poNumber.startsWith(QStringLiteral("PO-")));
    // The synchronous read on a connection of one's own gives the same.
    QSqlDatabase db = m_db->connect(m_people.value(AppRole::Assembler).settings);
    const auto same = HomeQueries::builds(db, WorkList::MyBuilds);
    QVERIFY(same.ok());
    QCOMPARE(same.value().size(), 1);
    QCOMPARE(same.value().first().orderId, row.orderId);
}

QTEST_GUILESS_MAIN(TestHomeQueries)
#include "tst_homequeries.moc"
