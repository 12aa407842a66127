// Row level security that stays cheap as a table grows (issue 11, load): the service request policy
// asks who the caller is once per statement, not once per row. With 500 people the per-row lookups of
// cs.users (three for every request ever filed) made the service lists the server's largest cost.
// Here every role reads a table of many requests; each sees exactly what the policy grants, and the
// caller's role and id functions ran at most once each per statement, whatever the number of rows
// (counted by the server's own function statistics of the transaction; no timing).
#include "data/common/session.h"
#include "data/shell/homequeries.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using cs::test::ScratchDatabase;

class TestRowPolicies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void eachRoleSeesWhatThePolicyGrants_data();
    void eachRoleSeesWhatThePolicyGrants();
    void serviceListsNewestFirst();

private:
    bool exec(QSqlDatabase db, const QString& sql, const QVariantList& values = {}, QVariant* first = nullptr);
    // How often the caller lookups ran in one statement of `db`: {caller_role, caller_user_id}.
    QPair<int, int> lookupsOf(QSqlDatabase db, const QString& statement, int* rows);

    std::unique_ptr<ScratchDatabase> m_db;
    QHash<QString, ScratchDatabase::Person> m_people;   // by a short name
    static constexpr int kPerServicePerson = 12;
    static constexpr int kApproved = 4;
};

bool TestRowPolicies::exec(QSqlDatabase db, const QString& sql, const QVariantList& values, QVariant* first)
{
    QString error;
    const bool ok = ScratchDatabase::exec(db, sql, values, &error, first);
    if (!ok)
        qWarning("%s: %s", qPrintable(sql), qPrintable(error));
    return ok;
}

QPair<int, int> TestRowPolicies::lookupsOf(QSqlDatabase db, const QString& statement, int* rows)
{
    // The server counts function calls of a backend until it reports them, which it does only between
    // transactions; inside one transaction the counts before and after the statement differ by its calls.
    const auto counts = [&db]() -> QPair<int, int> {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT coalesce(pg_stat_get_xact_function_calls('cs.caller_role()'::regprocedure), 0), "
                                  "coalesce(pg_stat_get_xact_function_calls('cs.caller_user_id()'::regprocedure), 0)"))
            && q.next())
            return {q.value(0).toInt(), q.value(1).toInt()};
        qWarning("function statistics: %s", qPrintable(q.lastError().text()));
        return {-1000, -1000};
    };
    *rows = -1;
    if (!db.transaction())
        return {-1, -1};
    const QPair<int, int> before = counts();
    QSqlQuery q(db);
    if (q.exec(statement)) {
        *rows = 0;
        while (q.next())
            ++*rows;
    } else {
        qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
    }
    const QPair<int, int> after = counts();
    db.rollback();
    return {after.first - before.first, after.second - before.second};
}

void TestRowPolicies::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QSqlDatabase su = m_db->superuser();
    // Function statistics for the people's sessions of this scratch database (a superuser's setting).
    QVERIFY(exec(su, QStringLiteral("ALTER DATABASE %1 SET track_functions = 'all'").arg(m_db->name())));
    QString error;
    const QList<QPair<QString, QString>> people{{QStringLiteral("admin"), QStringLiteral("Admin")},
                                                {QStringLiteral("procurement"), QStringLiteral("ProcurementSpecialist")},
                                                {QStringLiteral("coordinator"), QStringLiteral("ProductionCoordinator")},
                                                {QStringLiteral("assembler"), QStringLiteral("Assembler")},
                                                {QStringLiteral("qc"), QStringLiteral("QCPerson")},
                                                {QStringLiteral("service1"), QStringLiteral("ServiceDepartment")},
                                                {QStringLiteral("service2"), QStringLiteral("ServiceDepartment")}};
    for (const auto& [name, role] : people) {
        const ScratchDatabase::Person p = m_db->createPerson(role, {}, &error);
        QVERIFY2(!p.username.isEmpty(), qPrintable(error));
        m_people.insert(name, p);
    }
    QSqlDatabase admin = m_db->connect(m_people.value(QStringLiteral("admin")).settings);
    QVERIFY(exec(admin, QStringLiteral("INSERT INTO cs.assemblies (assembly_id, name, type, description) "
                                       "VALUES ('SVC-1', 'Drain valve kit', 'SERVICE_PART', 'for the field')")));
    // Each service person files requests; procurement approves a few of the first one's.
    QStringList first;
    for (const QString& name : {QStringLiteral("service1"), QStringLiteral("service2")}) {
        QSqlDatabase db = m_db->connect(m_people.value(name).settings);
        for (int i = 0; i < kPerServicePerson; ++i) {
            QVariant id;
            QVERIFY(exec(db, QStringLiteral("SELECT cs.request_service_order('[{\"id\": \"SVC-1\", \"qty\": 1}]')::text"), {},
                         &id));
            if (name == u"service1")
                first << id.toString();
        }
    }
    QSqlDatabase procurement = m_db->connect(m_people.value(QStringLiteral("procurement")).settings);
    for (int i = 0; i < kApproved; ++i)
        QVERIFY(exec(procurement, QStringLiteral("SELECT cs.decide_service_order(CAST(? AS uuid), true, NULL, NULL, "
                                                 "(SELECT row_version FROM cs.service_orders WHERE service_order_id = CAST(? AS uuid)))"),
                     {first.at(i), first.at(i)}));
}

void TestRowPolicies::cleanupTestCase()
{
    m_db.reset();
}

void TestRowPolicies::eachRoleSeesWhatThePolicyGrants_data()
{
    QTest::addColumn<QString>("person");
    QTest::addColumn<int>("visible");
    const int all = 2 * kPerServicePerson;
    QTest::newRow("admin") << QStringLiteral("admin") << all;
    QTest::newRow("procurement") << QStringLiteral("procurement") << all;
    QTest::newRow("coordinator") << QStringLiteral("coordinator") << kApproved;
    QTest::newRow("assembler") << QStringLiteral("assembler") << kApproved;
    QTest::newRow("qc") << QStringLiteral("qc") << kApproved;
    QTest::newRow("service1") << QStringLiteral("service1") << kPerServicePerson;
    QTest::newRow("service2") << QStringLiteral("service2") << kPerServicePerson;
}

void TestRowPolicies::eachRoleSeesWhatThePolicyGrants()
{
    QFETCH(QString, person);
    QFETCH(int, visible);
    QSqlDatabase db = m_db->connect(m_people.value(person).settings);
    QVERIFY(db.isOpen());
    // The list as the app reads it for everyone but the service department (newest first, no filter of
    // its own: the policy decides), over every row of the table.
    int rows = 0;
    const auto [roleCalls, idCalls] = lookupsOf(
        db, QStringLiteral("SELECT service_order_id FROM cs.service_orders ORDER BY request_timestamp DESC"), &rows);
    QCOMPARE(rows, visible);
    // Once per statement at most, not once per row: the table holds 24 rows.
    QVERIFY2(roleCalls >= 1 && roleCalls <= 2, qPrintable(QStringLiteral("cs.caller_role() ran %1 times").arg(roleCalls)));
    QVERIFY2(idCalls >= 0 && idCalls <= 1, qPrintable(QStringLiteral("cs.caller_user_id() ran %1 times").arg(idCalls)));
    // The app's count of a person's own requests: still once per statement.
    int counted = 0;
    const auto [roleCallsMine, idCallsMine] = lookupsOf(
        db, QStringLiteral("SELECT count(*) FROM cs.service_orders WHERE requested_by = (SELECT cs.caller_user_id())"), &counted);
    QCOMPARE(counted, 1);
    QVERIFY2(roleCallsMine >= 0 && roleCallsMine <= 2, qPrintable(QStringLiteral("cs.caller_role() ran %1 times").arg(roleCallsMine)));
    QVERIFY2(idCallsMine >= 0 && idCallsMine <= 2, qPrintable(QStringLiteral("cs.caller_user_id() ran %1 times").arg(idCallsMine)));
}

void TestRowPolicies::serviceListsNewestFirst()
{
    // The home lists through the app's repository: the service person's own requests, newest first,
    // and procurement's whole queue; the same rows as the plain reads above, in the same order.
    for (const QString& name : {QStringLiteral("service1"), QStringLiteral("procurement")}) {
        cs::data::Session session;
        const cs::data::LoginResult login = session.start(m_people.value(name).settings, QStringLiteral("test"));
        QVERIFY2(login.ok(), qPrintable(login.detail));
        cs::data::HomeQueries queries(session);
        auto future = name == u"service1" ? queries.myServiceRequests() : queries.serviceRequests();
        QVERIFY(QTest::qWaitFor([&future] { return future.isFinished(); }, 30000));
        const auto listed = future.result();
        QVERIFY2(listed.ok(), qPrintable(listed.error().logText()));
        QCOMPARE(listed->size(), name == u"service1" ? kPerServicePerson : 2 * kPerServicePerson);
        for (qsizetype i = 1; i < listed->size(); ++i)
            QVERIFY(listed->at(i - 1).requestedAt >= listed->at(i).requestedAt);
        session.end();
    }
    // The indexes those lists read by when the table is large (0018): newest first for everyone, and
    // by requester and time for the service department's own.
    QSqlDatabase su = m_db->superuser();
    QSqlQuery plan(su);
    QVERIFY(plan.exec(QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = 'cs' AND tablename = 'service_orders'")));
    QStringList indexes;
    while (plan.next())
        indexes << plan.value(0).toString();
    QVERIFY2(indexes.contains(QStringLiteral("idx_service_orders_requester_time")), qPrintable(indexes.join(u", ")));
    QVERIFY2(indexes.contains(QStringLiteral("idx_service_orders_requested_at")), qPrintable(indexes.join(u", ")));
}

QTEST_GUILESS_MAIN(TestRowPolicies)
#include "tst_rowpolicies.moc"
