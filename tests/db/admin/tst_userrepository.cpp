// The user administration's repository on a session's worker: the list, a person created, deactivated,
// given a new password and role; and each refusal of the server as a DbError with the server's code and
// the right kind (a refusal, or no permission for a caller who is no admin).
#include "data/admin/userrepository.h"
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
using cs::data::UserAccount;
using cs::data::UserRepository;
using cs::test::ScratchDatabase;

class TestUserRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsEveryone();
    void createChangeAndDeactivate();
    void refusalsAreTyped();
    void nonAdminHasNoPermission();

private:
    template<typename T>
    Result<T> wait(QFuture<Result<T>> future)
    {
        if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 30000) || future.resultCount() == 0)
            return DbError::client(QStringLiteral("E-TEST"), QStringLiteral("no answer"));
        return future.result();
    }
    UserAccount account(const QString& initials, const QString& role = QStringLiteral("QCPerson"));

    std::unique_ptr<ScratchDatabase> m_db;
    ScratchDatabase::Person m_admin;
    ScratchDatabase::Person m_qc;
    std::unique_ptr<Session> m_adminSession;
    std::unique_ptr<Session> m_qcSession;
};

void TestUserRepository::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    m_admin = m_db->createPerson(QStringLiteral("Admin"), {}, &error);
    QVERIFY2(!m_admin.username.isEmpty(), qPrintable(error));
    m_qc = m_db->createPerson(QStringLiteral("QCPerson"), {}, &error);
    QVERIFY2(!m_qc.username.isEmpty(), qPrintable(error));
    m_adminSession = std::make_unique<Session>();
    QVERIFY(m_adminSession->start(m_admin.settings, QStringLiteral("test")).ok());
    m_qcSession = std::make_unique<Session>();
    QVERIFY(m_qcSession->start(m_qc.settings, QStringLiteral("test")).ok());
}

void TestUserRepository::cleanupTestCase()
{
    m_adminSession.reset();
    m_qcSession.reset();
    m_db.reset();
}

UserAccount TestUserRepository::account(const QString& initials, const QString& role)
{
    UserAccount u;
    u.username = QStringLiteral("t_ur_") + ScratchDatabase::randomSuffix(8);
    u.fullName = QStringLiteral("Repository Person %1").arg(initials);
    u.initials = initials;
    u.role = role;
    return u;
}

void TestUserRepository::listsEveryone()
{
    const Result<QList<UserAccount>> users = wait(UserRepository(*m_adminSession).list());
    QVERIFY2(users.ok(), qPrintable(users.error().logText()));
    QStringList names;
    for (const UserAccount& u : users.value())
        names << u.username;
    QVERIFY(names.contains(m_admin.username));
    QVERIFY(names.contains(m_qc.username));
    // Active people first.
    bool inactiveSeen = false;
    for (const UserAccount& u : users.value()) {
        QVERIFY(!(inactiveSeen && u.active));
        inactiveSeen = inactiveSeen || !u.active;
    }
    // The admin logged in: the list says when.
    for (const UserAccount& u : users.value()) {
        if (u.username == m_admin.username)
            QVERIFY(u.lastLogin.isValid());
    }
}

void TestUserRepository::createChangeAndDeactivate()
{
    UserRepository users(*m_adminSession);
    const UserAccount u = account(QStringLiteral("URCA"));
    const Result<QString> id = wait(users.createUser(u, QStringLiteral("first-password-1")));
    QVERIFY2(id.ok(), qPrintable(id.error().logText()));
    QVERIFY(!id.value().isEmpty());
    m_db->adoptRole(u.username);

    QVERIFY(wait(users.changeRole(u.username, QStringLiteral("Assembler"))).ok());
    QVERIFY(wait(users.resetPassword(u.username, QStringLiteral("second-password-2"))).ok());
    cs::data::ConnectionSettings s = m_db->settings();
    s.user = u.username;
    s.password = QStringLiteral("second-password-2");
    QSqlDatabase db = m_db->connect(s);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    db.close();
    QVERIFY(wait(users.setActive(u.username, false)).ok());
    db = m_db->connect(s);
    QVERIFY(!db.isOpen());

    const Result<QList<UserAccount>> listed = wait(users.list());
    QVERIFY(listed.ok());
    bool found = false;
    for (const UserAccount& each : listed.value()) {
        if (each.username == u.username) {
            found = true;
            QCOMPARE(each.role, QStringLiteral("Assembler"));
            QVERIFY(!each.active);
            QCOMPARE(each.userId, id.value());
        }
    }
    QVERIFY(found);
    // Back again.
    QVERIFY(wait(users.setActive(u.username, true)).ok());
}

void TestUserRepository::refusalsAreTyped()
{
    UserRepository users(*m_adminSession);
    const UserAccount taken = account(QStringLiteral("URTY"));
    QVERIFY(wait(users.createUser(taken, QStringLiteral("good-password-1"))).ok());
    m_db->adoptRole(taken.username);

    const auto refusedWith = [&](const Result<QString>& r, const char* code) {
        if (r.ok()) {
            qWarning("%s: accepted", code);
            return false;
        }
        if (r.error().code != QLatin1StringView(code) || r.error().kind != DbError::Kind::Refused) {
            qWarning("%s: got %s", code, qPrintable(r.error().logText()));
            return false;
        }
        return !r.error().message.isEmpty();
    };
    UserAccount twin = account(QStringLiteral("URTY"));   // the same initials
    QVERIFY(refusedWith(wait(users.createUser(twin, QStringLiteral("good-password-1"))), "E-INITIALS-UNIQUE"));
    UserAccount hostile = account(QStringLiteral("URHO"));
    hostile.username = QStringLiteral("x\"; DROP ROLE cs_admin; --");
    QVERIFY(refusedWith(wait(users.createUser(hostile, QStringLiteral("good-password-1"))), "E-USERNAME"));
    UserAccount again = account(QStringLiteral("URAG"));
    again.username = taken.username;
    QVERIFY(refusedWith(wait(users.createUser(again, QStringLiteral("good-password-1"))), "E-USERNAME-TAKEN"));
    QVERIFY(refusedWith(wait(users.createUser(account(QStringLiteral("URWK")), QStringLiteral("short"))),
                        "E-PASSWORD-WEAK"));
    QVERIFY(refusedWith(wait(users.createUser(account(QStringLiteral("UR1")), QStringLiteral("good-password-1"))),
                        "E-INITIALS"));
    QVERIFY(refusedWith(wait(users.createUser(account(QStringLiteral("URRO"), QStringLiteral("Wizard")),
                                              QStringLiteral("good-password-1"))),
                        "E-ROLE-UNKNOWN"));

    // Not to oneself; not to nobody.
    const Result<Done> self = wait(users.setActive(m_admin.username, false));
    QVERIFY(!self.ok());
    QCOMPARE(self.error().code, QStringLiteral("E-USER-SELF"));
    const Result<Done> nobody = wait(users.resetPassword(QStringLiteral("no_such_person_x"), QStringLiteral("good-password-1")));
    QVERIFY(!nobody.ok());
    QCOMPARE(nobody.error().code, QStringLiteral("E-USER-NOT-FOUND"));
    const Result<Done> weak = wait(users.resetPassword(taken.username, QStringLiteral("short")));
    QCOMPARE(weak.error().code, QStringLiteral("E-PASSWORD-WEAK"));
    QVERIFY2(weak.error().message.contains(QStringLiteral("8 characters")), qPrintable(weak.error().message));
}

void TestUserRepository::nonAdminHasNoPermission()
{
    UserRepository users(*m_qcSession);
    // The functions are not the QC inspector's to call at all.
    const Result<Done> r = wait(users.setActive(m_admin.username, false));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, DbError::Kind::Permission);
    QCOMPARE(r.error().sqlState, QStringLiteral("42501"));
    const Result<QString> created = wait(users.createUser(account(QStringLiteral("URNP")), QStringLiteral("good-password-1")));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, DbError::Kind::Permission);
    // Nor the full user list (last logins are the admin's to see).
    const Result<QList<UserAccount>> listed = wait(users.list());
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().kind, DbError::Kind::Permission);
}

QTEST_GUILESS_MAIN(TestUserRepository)
#include "tst_userrepository.moc"
