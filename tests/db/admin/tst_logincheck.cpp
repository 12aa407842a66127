// The login's schema check goes through Migrator::check(): a database whose applied migrations were
// edited is refused (SchemaChanged), as are one that is too old or too new, each with its own failure.
// The login is the app's: Session::startAsync, on the session's worker.
#include "data/schema/migrator.h"
#include "data/common/session.h"
#include "testdatabase.h"

#include <QTest>

using cs::data::LoginFailure;
using cs::data::Session;
using cs::test::ScratchDatabase;

class TestLoginCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void currentSchemaLogsIn();
    void editedMigrationIsRefused();
    void newerSchemaIsRefused();
    void olderSchemaIsRefused();

private:
    // Logs in as the person through a new session and answers the login's result.
    cs::data::LoginResult login();

    std::unique_ptr<ScratchDatabase> m_db;
    ScratchDatabase::Person m_person;
    int m_latest = 0;
};

void TestLoginCheck::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    m_person = m_db->createPerson(QStringLiteral("QCPerson"), {}, &error);
    QVERIFY2(!m_person.username.isEmpty(), qPrintable(error));
    m_latest = cs::data::Migrator::latestVersion();
    QVERIFY(m_latest > 1);
}

cs::data::LoginResult TestLoginCheck::login()
{
    Session session;
    auto future = session.startAsync(m_person.settings, QStringLiteral("test"));
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 30000) || future.resultCount() == 0)
        return {};
    const cs::data::LoginResult r = future.result();
    if (r.ok() != session.isActive())
        qWarning("the session's state does not follow the login's result");
    return r;
}

void TestLoginCheck::currentSchemaLogsIn()
{
    const cs::data::LoginResult r = login();
    QVERIFY2(r.ok(), qPrintable(r.detail));
    QCOMPARE(r.serverSchemaVersion, m_latest);
    QCOMPARE(r.clientSchemaVersion, m_latest);
}

void TestLoginCheck::editedMigrationIsRefused()
{
    QSqlDatabase su = m_db->superuser();
    QVariant original;
    QString error;
    QVERIFY2(ScratchDatabase::exec(
                 su, QStringLiteral("SELECT checksum FROM cs.schema_migrations WHERE version = 1"), {},
                 &error, &original),
             qPrintable(error));
    QVERIFY2(ScratchDatabase::exec(
                 su, QStringLiteral("UPDATE cs.schema_migrations SET checksum = ? WHERE version = 1"),
                 {QString(64, u'0')}, &error),
             qPrintable(error));
    const cs::data::LoginResult r = login();
    QVERIFY2(ScratchDatabase::exec(
                 su, QStringLiteral("UPDATE cs.schema_migrations SET checksum = ? WHERE version = 1"),
                 {original}, &error),
             qPrintable(error));
    QCOMPARE(int(r.failure), int(LoginFailure::SchemaChanged));
    QCOMPARE(r.serverSchemaVersion, m_latest); // the version alone would have let it through
    QVERIFY2(r.detail.contains(QStringLiteral("changed after it was applied")), qPrintable(r.detail));
    QVERIFY(login().ok());
}

void TestLoginCheck::newerSchemaIsRefused()
{
    QSqlDatabase su = m_db->superuser();
    QString error;
    QVERIFY2(
        ScratchDatabase::exec(su,
                              QStringLiteral("INSERT INTO cs.schema_migrations (version, name, checksum) "
                                             "VALUES (?, 'from_a_newer_client.sql', ?)"),
                              {m_latest + 1, QString(64, u'a')}, &error),
        qPrintable(error));
    const cs::data::LoginResult r = login();
    // The version before the latest (migrations may skip a number).
    QVariant previous;
    QVERIFY(ScratchDatabase::exec(su, QStringLiteral("SELECT max(version) FROM cs.schema_migrations WHERE version < ?"),
                                  {m_latest}, &error, &previous));
    QVERIFY2(ScratchDatabase::exec(su, QStringLiteral("DELETE FROM cs.schema_migrations WHERE version = ?"),
                                   {m_latest + 1}, &error),
             qPrintable(error));
    QCOMPARE(int(r.failure), int(LoginFailure::SchemaTooNew));
    QCOMPARE(r.serverSchemaVersion, m_latest + 1);
    QVERIFY(login().ok());
}

void TestLoginCheck::olderSchemaIsRefused()
{
    QSqlDatabase su = m_db->superuser();
    QString error;
    QVariant name;
    QVariant checksum;
    QVERIFY(ScratchDatabase::exec(su,
                                  QStringLiteral("SELECT name FROM cs.schema_migrations WHERE version = ?"),
                                  {m_latest}, &error, &name));
    QVERIFY(ScratchDatabase::exec(
        su, QStringLiteral("SELECT checksum FROM cs.schema_migrations WHERE version = ?"), {m_latest}, &error,
        &checksum));
    // The version before the latest (migrations may skip a number).
    QVariant previous;
    QVERIFY(ScratchDatabase::exec(su, QStringLiteral("SELECT max(version) FROM cs.schema_migrations WHERE version < ?"),
                                  {m_latest}, &error, &previous));
    QVERIFY2(ScratchDatabase::exec(su, QStringLiteral("DELETE FROM cs.schema_migrations WHERE version = ?"),
                                   {m_latest}, &error),
             qPrintable(error));
    const cs::data::LoginResult r = login();
    QVERIFY2(
        ScratchDatabase::exec(su,
                              QStringLiteral("INSERT INTO cs.schema_migrations (version, name, checksum) "
                                             "VALUES (?, ?, ?)"),
                              {m_latest, name, checksum}, &error),
        qPrintable(error));
    QCOMPARE(int(r.failure), int(LoginFailure::SchemaTooOld));
    QCOMPARE(r.serverSchemaVersion, previous.toInt());
    QVERIFY(login().ok());
}

QTEST_GUILESS_MAIN(TestLoginCheck)
#include "tst_logincheck.moc"
