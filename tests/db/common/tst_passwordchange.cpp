// A person's own password change and the fresh authentications of the session (unlock, signatures), off
// the calling thread: each refusal comes typed — the old password is wrong (Session::kWrongPassword), the
// new one breaks the server's rule (E-PASSWORD-WEAK, in the server's words), the login is disabled
// (Session::kLoginDisabled), the server cannot be reached (a lost connection) — never as a text to match.
#include "data/common/session.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QTest>

#include <memory>

using cs::data::DbError;
using cs::data::Done;
using cs::data::Result;
using cs::data::Session;
using cs::test::ScratchDatabase;

class TestPasswordChange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void wrongOldPassword();
    void tooWeakForTheServer();
    void changedAndUsedFromThenOn();
    void disabledLogin();
    void unreachableServer();

private:
    template<typename T>
    Result<T> wait(QFuture<Result<T>> future)
    {
        if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 30000) || future.resultCount() == 0)
            return DbError::client(QStringLiteral("E-TEST"), QStringLiteral("no answer"));
        return future.result();
    }

    std::unique_ptr<ScratchDatabase> m_db;
    ScratchDatabase::Person m_person;
    std::unique_ptr<Session> m_session;
};

void TestPasswordChange::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    m_person = m_db->createPerson(QStringLiteral("Assembler"), {}, &error);
    QVERIFY2(!m_person.username.isEmpty(), qPrintable(error));
    m_session = std::make_unique<Session>();
    const auto r = m_session->start(m_person.settings, QStringLiteral("test"));
    QVERIFY2(r.ok(), qPrintable(r.detail));
}

void TestPasswordChange::cleanupTestCase()
{
    m_session.reset();
    m_db.reset();
}

void TestPasswordChange::wrongOldPassword()
{
    const Result<Done> r = wait(m_session->changeOwnPasswordAsync(QStringLiteral("not-my-password-9"),
                                                                  QStringLiteral("brand-new-password-1")));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QString(Session::kWrongPassword));
    QCOMPARE(r.error().kind, DbError::Kind::Refused);
    QCOMPARE(r.error().sqlState, QStringLiteral("28P01"));
    // Nothing changed: the old password still opens a connection, the session still has it.
    QVERIFY(wait(m_session->verifyPasswordAsync(m_person.password)).ok());
    QCOMPARE(m_session->workerSettings().password, m_person.password);
    const Result<Done> wrong = wait(m_session->verifyPasswordAsync(QStringLiteral("not-my-password-9")));
    QCOMPARE(wrong.error().code, QString(Session::kWrongPassword));
}

void TestPasswordChange::tooWeakForTheServer()
{
    // Too short to be sent as a verifier: the server checks it and refuses with its own rule.
    const Result<Done> r = wait(m_session->changeOwnPasswordAsync(m_person.password, QStringLiteral("short")));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("E-PASSWORD-WEAK"));
    QCOMPARE(r.error().kind, DbError::Kind::Refused);
    QVERIFY2(r.error().message.contains(QStringLiteral("8 characters")), qPrintable(r.error().message));
    QVERIFY(wait(m_session->verifyPasswordAsync(m_person.password)).ok());
}

void TestPasswordChange::changedAndUsedFromThenOn()
{
    const QString fresh = QStringLiteral("Changed-") + ScratchDatabase::randomSuffix(10);
    const Result<Done> r = wait(m_session->changeOwnPasswordAsync(m_person.password, fresh));
    QVERIFY2(r.ok(), qPrintable(r.error().logText()));
    // The session has it for its reconnects, the new password logs in, the old one no longer does.
    QCOMPARE(m_session->workerSettings().password, fresh);
    QVERIFY(wait(m_session->verifyPasswordAsync(fresh)).ok());
    QCOMPARE(wait(m_session->verifyPasswordAsync(m_person.password)).error().code, QString(Session::kWrongPassword));
    cs::data::ConnectionSettings s = m_person.settings;
    s.password = fresh;
    QSqlDatabase db = m_db->connect(s);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    db.close();
    m_person.password = fresh;
    // The worker reconnects with it after losing its connection.
    m_session->resetConnections();
    const Result<QString> version = wait(m_session->serverVersionAsync());
    QVERIFY2(version.ok(), qPrintable(version.error().logText()));
}

void TestPasswordChange::disabledLogin()
{
    QString error;
    const auto p = m_db->createPerson(QStringLiteral("QCPerson"), {}, &error);
    QVERIFY2(!p.username.isEmpty(), qPrintable(error));
    Session session;
    QVERIFY(session.start(p.settings, QStringLiteral("test")).ok());
    QVERIFY(ScratchDatabase::exec(m_db->superuser(), QStringLiteral("SELECT cs.set_user_active(?, false)"), {p.username},
                                  &error));
    const Result<Done> r = wait(session.verifyPasswordAsync(p.password));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QString(Session::kLoginDisabled));
    QCOMPARE(r.error().kind, DbError::Kind::Refused);
}

void TestPasswordChange::unreachableServer()
{
    // A connection that cannot be opened because nobody answers is a lost connection, not a refusal.
    cs::data::ConnectionSettings s = m_person.settings;
    s.host = QStringLiteral("127.0.0.1");
    s.port = 1;
    const QString name = QStringLiteral("tst_unreachable");
    {
        QSqlDatabase db = s.open(name);
        QVERIFY(!db.isOpen());
        const DbError e = Session::authenticationError(db.lastError());
        QCOMPARE(e.kind, DbError::Kind::ConnectionLost);
        QVERIFY(e.connectionLost());
        QVERIFY(!e.userMessage().isEmpty());
    }
    QSqlDatabase::removeDatabase(name);
}

QTEST_GUILESS_MAIN(TestPasswordChange)
#include "tst_passwordchange.moc"
