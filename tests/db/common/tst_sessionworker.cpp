// The session's worker connection lost while a call runs on it (a server restart, a terminated
// backend): a read is sent again on a new connection, a write never is — the server may have committed
// it before the connection broke, and a second copy (a document attached twice) is worse than asking
// the person to look. (A connection the server closed while it was idle is opened again before the next
// call: tests/db/faults.) The same for the repositories' door (worker::read / worker::write), and its cancelling: a
// cancelled call still queued is skipped, a running statement is cancelled on the server (its backend
// free again at once), and a session destroyed during a long statement does not wait for it. The
// session's own calls run there too: the login, the session events, the logout. A login waits longer
// for a busy server than the connections the app opens again by itself.
#include "data/common/connectionwatcher.h"
#include "data/common/session.h"
#include "data/common/worker.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using cs::data::DbError;
using cs::data::Done;
using cs::data::Result;
using cs::data::Session;
using cs::test::ScratchDatabase;
namespace worker = cs::data::worker;

namespace {

// A door to the test cluster that keeps each new connection waiting for `delayMs` before it takes it to
// the server, then passes everything through both ways: a server that takes that long to answer a login,
// as a busy one does. Runs in a thread of its own, so that a blocking connect in the test's thread can
// meet it.
class SlowDoor final : public QThread
{
public:
    SlowDoor(QString host, quint16 port, int delayMs)
        : m_host(std::move(host))
        , m_port(port)
        , m_delayMs(delayMs)
    {
    }
    ~SlowDoor() override
    {
        quit();
        wait();
    }
    Q_DISABLE_COPY_MOVE(SlowDoor)

    // Starts the thread; the port it listens on (127.0.0.1), 0 when it cannot listen.
    quint16 open()
    {
        start();
        m_ready.acquire();
        return m_listening;
    }

protected:
    void run() override
    {
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost, 0))
            m_listening = server.serverPort();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket* client = server.nextPendingConnection())
                QTimer::singleShot(m_delayMs, client, [this, client] { passOn(client); });
        });
        m_ready.release();
        exec();
    }

private:
    void passOn(QTcpSocket* client)
    {
        if (client->state() != QAbstractSocket::ConnectedState) {
            client->deleteLater();   // the client gave up waiting
            return;
        }
        auto* server = new QTcpSocket(client);
        QObject::connect(server, &QTcpSocket::connected, client, [client, server] { server->write(client->readAll()); });
        QObject::connect(client, &QTcpSocket::readyRead, server, [client, server] {
            if (server->state() == QAbstractSocket::ConnectedState)
                server->write(client->readAll());
        });
        QObject::connect(server, &QTcpSocket::readyRead, client, [client, server] { client->write(server->readAll()); });
        QObject::connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        QObject::connect(client, &QTcpSocket::disconnected, server, &QTcpSocket::disconnectFromHost);
        server->connectToHost(m_host, m_port);
    }

    QString m_host;
    quint16 m_port;
    int m_delayMs;
    quint16 m_listening = 0;
    QSemaphore m_ready;
};

} // namespace

class TestSessionWorker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void workerReadIsResentAfterLostConnection();
    void workerWriteIsNotResent();
    void cancelledQueuedCallIsSkipped();
    void runningStatementIsCancelled();
    void destroyedDuringLongStatement();
    void startAsyncAndLogoutOnTheWorker();
    void logoutRecordedWhenDestroyedAtOnce();
    void watcherAsksThroughTheWorker();
    void loginWaitsForABusyServer();

private:
    template<typename T>
    Result<T> wait(QFuture<Result<T>> future)
    {
        if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 30000) || future.resultCount() == 0)
            return DbError::client(QStringLiteral("E-TEST"), QStringLiteral("no answer"));
        return future.result();
    }
    // The first value of `sql` on the test's superuser connection.
    QVariant superuserValue(const QString& sql, const QVariantList& values = {});
    // The backends of the server that run as `username`.
    int backendsOf(const QString& username);
    // A statement that keeps the session's worker busy for `seconds` (until cancelled).
    static QFuture<Result<Done>> sleepOnWorker(Session& session, int seconds);
    // The worker's backend pid, read through the worker.
    int workerPid(Session& session);
    // True when backend `pid` is in a statement waiting on `waitEvent` ("PgSleep", "advisory"), waiting up to
    // 20 s for it (by wait event: a statement's text differs with its values).
    bool waitUntilRunning(int pid, const QString& waitEvent);
    QString lastEvent(const QString& sessionId);
    // Ends backend `pid` from the server side, as a restart would, on a superuser connection of the
    // calling thread (a worker call ends its own connection's backend with it), waiting until it is gone.
    static bool endBackend(const cs::data::ConnectionSettings& superuser, int pid);
    static int backendPid(QSqlDatabase& db);
    qint64 requests();

    std::unique_ptr<ScratchDatabase> m_db;
    std::unique_ptr<Session> m_session;
    ScratchDatabase::Person m_person;
};

void TestSessionWorker::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    m_person = m_db->createPerson(QStringLiteral("ServiceDepartment"), {}, &error);
    QVERIFY2(!m_person.username.isEmpty(), qPrintable(error));
    m_session = std::make_unique<Session>();
    const auto r = m_session->start(m_person.settings, QStringLiteral("test"));
    QVERIFY2(r.ok(), qPrintable(r.detail));
}

void TestSessionWorker::cleanupTestCase()
{
    if (m_session)
        m_session->end();
    m_session.reset();
    m_db.reset();
}

bool TestSessionWorker::endBackend(const cs::data::ConnectionSettings& superuser, int pid)
{
    const QString name = QStringLiteral("end-backend-%1").arg(pid);
    bool ended = false;
    {
        QSqlDatabase db = superuser.open(name);
        QSqlQuery q(db);
        ended = pid > 0 && q.exec(QStringLiteral("SELECT pg_terminate_backend(%1, 5000)").arg(pid)) && q.next()
                && q.value(0).toBool();
    }
    QSqlDatabase::removeDatabase(name);
    return ended;
}

int TestSessionWorker::backendPid(QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next() ? q.value(0).toInt() : 0;
}

QVariant TestSessionWorker::superuserValue(const QString& sql, const QVariantList& values)
{
    QVariant v;
    QString error;
    if (!ScratchDatabase::exec(m_db->superuser(), sql, values, &error, &v))
        qWarning("%s: %s", qPrintable(sql), qPrintable(error));
    return v;
}

qint64 TestSessionWorker::requests()
{
    return superuserValue(QStringLiteral("SELECT count(*) FROM cs.user_sessions WHERE host_name = 'worker-test'"))
        .toLongLong();
}

QFuture<Result<Done>> TestSessionWorker::sleepOnWorker(Session& session, int seconds)
{
    return worker::read<Done>(session, [seconds](QSqlDatabase& db) -> Result<Done> {
        QSqlQuery q(db);
        return worker::exec(q, QStringLiteral("SELECT pg_sleep(%1)").arg(seconds));
    });
}

int TestSessionWorker::workerPid(Session& session)
{
    const Result<int> pid = wait(worker::read<int>(session, [](QSqlDatabase& db) -> Result<int> {
        QSqlQuery q(db);
        if (const Result<Done> r = worker::exec(q, QStringLiteral("SELECT pg_backend_pid()")); !r)
            return r.error();
        return q.next() ? q.value(0).toInt() : 0;
    }));
    return pid.ok() ? pid.value() : 0;
}

bool TestSessionWorker::waitUntilRunning(int pid, const QString& waitEvent)
{
    QSqlDatabase super = m_db->superuser();
    QString error;
    const bool running = QTest::qWaitFor(
        [&] {
            QVariant n;
            ScratchDatabase::exec(super,
                                  QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = CAST(? AS integer) "
                                                 "AND state = 'active' AND wait_event = CAST(? AS text)"),
                                  {pid, waitEvent}, &error, &n);
            return n.toInt() == 1;
        },
        20000);
    if (!running)
        qWarning("backend %d does not wait on %s: %s", pid, qPrintable(waitEvent), qPrintable(error));
    super.close();
    return running;
}

QString TestSessionWorker::lastEvent(const QString& sessionId)
{
    return superuserValue(QStringLiteral("SELECT last_event FROM cs.user_sessions WHERE session_id = CAST(? AS uuid)"),
                          {sessionId})
        .toString();
}

void TestSessionWorker::workerReadIsResentAfterLostConnection()
{
    // The first attempt has its connection ended under it, after the worker handed it over.
    const cs::data::ConnectionSettings superuser = m_db->settings();
    auto attempts = std::make_shared<std::atomic<int>>(0);
    const Result<int> r = wait(worker::read<int>(*m_session, [attempts, superuser](QSqlDatabase& db) -> Result<int> {
        if (++*attempts == 1 && !endBackend(superuser, backendPid(db)))
            return DbError::client(QStringLiteral("E-TEST"), QStringLiteral("the backend was not ended"));
        QSqlQuery q(db);
        if (const Result<Done> e = worker::exec(q, QStringLiteral("SELECT 41 + 1")); !e)
            return e.error();
        return q.next() ? q.value(0).toInt() : -1;
    }));
    QVERIFY2(r.ok(), qPrintable(r.error().logText()));
    QCOMPARE(r.value(), 42);
    QCOMPARE(attempts->load(), 2);   // the first met the dead connection, the second a new one
}

void TestSessionWorker::workerWriteIsNotResent()
{
    const qint64 before = requests();
    const cs::data::ConnectionSettings superuser = m_db->settings();
    auto attempts = std::make_shared<std::atomic<int>>(0);
    const auto insert = [attempts, superuser](QSqlDatabase& db) -> Result<Done> {
        // The first attempt has its connection ended under it, after the worker handed it over.
        if (++*attempts == 1 && !endBackend(superuser, backendPid(db)))
            return DbError::client(QStringLiteral("E-TEST"), QStringLiteral("the backend was not ended"));
        QSqlQuery q(db);
        return worker::exec(q, QStringLiteral("SELECT cs.record_session_start('worker-test', 'test')"));
    };
    const Result<Done> lost = wait(worker::write<Done>(*m_session, insert));
    QVERIFY(!lost.ok());
    QCOMPARE(lost.error().kind, DbError::Kind::ConnectionLost);
    QCOMPARE(attempts->load(), 1);
    QCOMPARE(requests(), before);
    const Result<Done> written = wait(worker::write<Done>(*m_session, insert));
    QVERIFY2(written.ok(), qPrintable(written.error().logText()));
    QCOMPARE(attempts->load(), 2);
    QCOMPARE(requests(), before + 1);
}

void TestSessionWorker::cancelledQueuedCallIsSkipped()
{
    // A call that waits on a lock the test holds keeps the worker busy; the call queued behind it is
    // cancelled meanwhile and must never run. (People have no advisory locks: the test's superuser holds a
    // table lock that the worker's read waits for, well within a person's lock_timeout.)
    const int pid = workerPid(*m_session);
    QVERIFY(pid > 0);
    QSqlDatabase super = m_db->superuser();
    QString error;
    QVERIFY2(super.transaction(), qPrintable(super.lastError().text()));
    QVERIFY2(ScratchDatabase::exec(super, QStringLiteral("LOCK TABLE cs.app_settings IN ACCESS EXCLUSIVE MODE"), {}, &error),
             qPrintable(error));
    auto blocker = worker::read<Done>(*m_session, [](QSqlDatabase& db) -> Result<Done> {
        QSqlQuery q(db);
        return worker::exec(q, QStringLiteral("SELECT count(*) FROM cs.app_settings"));
    });
    auto ran = std::make_shared<std::atomic<bool>>(false);
    auto skipped = worker::read<Done>(*m_session, [ran](QSqlDatabase&) -> Result<Done> {
        *ran = true;
        return Done{};
    });
    QVERIFY(waitUntilRunning(pid, QStringLiteral("relation")));
    skipped.cancel();
    QVERIFY2(super.commit(), qPrintable(super.lastError().text()));
    const Result<Done> unblocked = wait(blocker);
    QVERIFY2(unblocked.ok(), qPrintable(unblocked.error().logText()));
    // A later call answers: everything queued before it has been dealt with.
    QVERIFY(workerPid(*m_session) > 0);
    QVERIFY(skipped.isCanceled());
    QVERIFY(!ran->load());
}

void TestSessionWorker::runningStatementIsCancelled()
{
    const int pid = workerPid(*m_session);
    QVERIFY(pid > 0);
    auto kind = std::make_shared<std::atomic<int>>(-1);
    auto sleeping = worker::read<Done>(*m_session, [kind](QSqlDatabase& db) -> Result<Done> {
        QSqlQuery q(db);
        const Result<Done> r = worker::exec(q, QStringLiteral("SELECT pg_sleep(10)"));
        *kind = int(r.error().kind);
        return r;
    });
    QVERIFY(waitUntilRunning(pid, QStringLiteral("PgSleep")));
    QElapsedTimer timer;
    timer.start();
    sleeping.cancel();
    // The next call runs on the same backend once the statement is gone.
    QCOMPARE(workerPid(*m_session), pid);
    qInfo("a running pg_sleep(10) was cancelled and the worker answered again after %lld ms", timer.elapsed());
    QCOMPARE(kind->load(), int(DbError::Kind::Cancelled));   // cancelled on the server, not slept out
    QVERIFY(sleeping.isCanceled());
}

void TestSessionWorker::destroyedDuringLongStatement()
{
    auto session = std::make_unique<Session>();
    const auto started = session->start(m_person.settings, QStringLiteral("test"));
    QVERIFY2(started.ok(), qPrintable(started.detail));
    const int pid = workerPid(*session);
    QVERIFY(pid > 0);
    auto sleeping = sleepOnWorker(*session, 10);
    QVERIFY(waitUntilRunning(pid, QStringLiteral("PgSleep")));
    QElapsedTimer timer;
    timer.start();
    session.reset();
    qInfo("destroying the session during a pg_sleep(10) took %lld ms", timer.elapsed());
    // Its statement was cancelled on the server (it did not sleep its 10 s out) and the call answered.
    QVERIFY(sleeping.isFinished());
    QCOMPARE(sleeping.resultCount(), 1);
    QCOMPARE(sleeping.result().error().kind, DbError::Kind::Cancelled);
    // And its backend goes away.
    QSqlDatabase super = m_db->superuser();
    QVERIFY(QTest::qWaitFor(
        [&] {
            QVariant n;
            ScratchDatabase::exec(super, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = CAST(? AS integer)"),
                                  {pid}, nullptr, &n);
            return n.toInt() == 0;
        },
        20000));
}

void TestSessionWorker::startAsyncAndLogoutOnTheWorker()
{
    Session session;
    auto login = session.startAsync(m_person.settings, QStringLiteral("test"));
    QVERIFY(QTest::qWaitFor([&] { return login.isFinished(); }, 30000));
    const cs::data::LoginResult r = login.result();
    QVERIFY2(r.ok(), qPrintable(r.detail));
    // The session is active by the time the caller hears of it.
    QVERIFY(session.isActive());
    QCOMPARE(session.sessionId(), r.sessionId);
    QCOMPARE(session.user().username, m_person.username);
    QCOMPARE(session.user().role, cs::domain::AppRole::ServiceDepartment);
    QCOMPARE(lastEvent(r.sessionId), QStringLiteral("login"));
    const Result<Done> locked = wait(session.recordEventAsync(QStringLiteral("lock")));
    QVERIFY2(locked.ok(), qPrintable(locked.error().logText()));
    QCOMPARE(lastEvent(r.sessionId), QStringLiteral("lock"));
    const Result<Done> bad = wait(session.recordEventAsync(QStringLiteral("dance")));
    QCOMPARE(bad.error().code, QStringLiteral("E-SESSION-EVENT"));
    session.end();
    QVERIFY(!session.isActive());
    QVERIFY(QTest::qWaitFor([&] { return lastEvent(r.sessionId) == u"logout"; }, 20000));

    // A wrong password: refused in words of its own, the session stays inactive.
    cs::data::ConnectionSettings wrong = m_person.settings;
    wrong.password = QStringLiteral("not-the-password-1");
    auto refused = session.startAsync(wrong, QStringLiteral("test"));
    QVERIFY(QTest::qWaitFor([&] { return refused.isFinished(); }, 30000));
    QCOMPARE(int(refused.result().failure), int(cs::data::LoginFailure::BadCredentials));
    QVERIFY(!session.isActive());
}

void TestSessionWorker::logoutRecordedWhenDestroyedAtOnce()
{
    auto session = std::make_unique<Session>();
    const auto r = session->start(m_person.settings, QStringLiteral("test"));
    QVERIFY2(r.ok(), qPrintable(r.detail));
    QVERIFY(workerPid(*session) > 0);   // the worker's connection is open
    session->end();
    session.reset();   // at once: quitting right after the logout
    QCOMPARE(lastEvent(r.sessionId), QStringLiteral("logout"));
}

int TestSessionWorker::backendsOf(const QString& username)
{
    return superuserValue(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = CAST(? AS text)"), {username})
        .toInt();
}

void TestSessionWorker::watcherAsksThroughTheWorker()
{
    // A person logged in as the app does costs the server one backend: the connection watcher asks
    // through the session's worker. Only while the worker is busy past the watcher's deadline does a
    // connection of the watcher's own ask instead, and it goes once the worker answers again.
    QString error;
    const ScratchDatabase::Person person = m_db->createPerson(QStringLiteral("ProductionCoordinator"), {}, &error);
    QVERIFY2(!person.username.isEmpty(), qPrintable(error));
    Session session;
    auto login = session.startAsync(person.settings, QStringLiteral("test"));
    QVERIFY(QTest::qWaitFor([&] { return login.isFinished(); }, 30000));
    QVERIFY2(login.result().ok(), qPrintable(login.result().detail));
    const int pid = workerPid(session);
    QVERIFY(pid > 0);
    cs::data::ConnectionWatcher watcher(&session);
    watcher.setIntervals(100, 100, 1000);
    watcher.setWorkerDeadline(300);
    int lost = 0;
    connect(&watcher, &cs::data::ConnectionWatcher::connectionLost, this, [&lost] { ++lost; });
    watcher.start();

    // The worker answers the probes: its backend's last statement is the probe's, and it is the only one.
    const auto lastStatementIsProbe = [&] {
        return superuserValue(QStringLiteral("SELECT query FROM pg_stat_activity WHERE pid = CAST(? AS integer)"), {pid})
                   .toString() == QLatin1String(Session::kServerStartTimeSql);
    };
    QVERIFY(QTest::qWaitFor(lastStatementIsProbe, 20000));
    QVERIFY(!watcher.usesOwnConnection());
    QCOMPARE(backendsOf(person.username), 1);
    // After the deadline the watcher's own connection answers: a second backend of the person.
    const auto ownConnectionAnswers = [&] {
        return watcher.usesOwnConnection() && backendsOf(person.username) == 2;
    };

    // The worker is busy: the watcher's own connection answers; still online.
    auto sleeping = sleepOnWorker(session, 30);
    QVERIFY(waitUntilRunning(pid, QStringLiteral("PgSleep")));
    QVERIFY(QTest::qWaitFor(ownConnectionAnswers, 20000));
    QVERIFY(watcher.isOnline());
    QCOMPARE(lost, 0);

    // The long call ends: the worker answers again and the watcher's connection is closed.
    sleeping.cancel();
    QVERIFY(QTest::qWaitFor([&] { return !watcher.usesOwnConnection() && backendsOf(person.username) == 1; }, 20000));
    QVERIFY(lastStatementIsProbe());
    QVERIFY(watcher.isOnline());
    QCOMPARE(lost, 0);

    // Stopped (a logout) while its own connection is open: that connection goes at once.
    auto again = sleepOnWorker(session, 30);
    QVERIFY(waitUntilRunning(pid, QStringLiteral("PgSleep")));
    QVERIFY(QTest::qWaitFor(ownConnectionAnswers, 20000));
    watcher.stop();
    QVERIFY(!watcher.usesOwnConnection());
    QVERIFY(QTest::qWaitFor([&] { return backendsOf(person.username) == 1; }, 20000));
    again.cancel();
    session.end();
}

void TestSessionWorker::loginWaitsForABusyServer()
{
    // The server answers after 7 s: later than the app's own reconnects wait (5 s), sooner than a login
    // does (15 s).
    const cs::data::ConnectionSettings direct = m_person.settings;
    SlowDoor door(direct.host.isEmpty() ? QStringLiteral("127.0.0.1") : direct.host,
                  quint16(direct.port > 0 ? direct.port : 5432), 7000);
    const quint16 port = door.open();
    QVERIFY(port > 0);
    cs::data::ConnectionSettings slow = direct;
    slow.host = QStringLiteral("127.0.0.1");
    slow.port = port;
    QCOMPARE(slow.connectTimeoutSeconds, 5);
    QVERIFY(Session::kLoginConnectTimeoutSeconds > 7);

    // A connection the app opens again by itself gives up, and says the server did not answer (not that
    // it cannot be reached).
    {
        QSqlDatabase db = slow.open(QStringLiteral("slow-door"));
        QVERIFY(!db.isOpen());
        QCOMPARE(int(Session::classify(db.lastError())), int(cs::data::LoginFailure::NoAnswer));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("slow-door"));

    // A login waits for it and gets in, on the worker as the app logs in.
    Session session;
    auto login = session.startAsync(slow, QStringLiteral("test"));
    QVERIFY(QTest::qWaitFor([&] { return login.isFinished(); }, 30000));
    QVERIFY2(login.result().ok(), qPrintable(login.result().detail));
    QVERIFY(session.isActive());
    QCOMPARE(session.user().username, m_person.username);
    QCOMPARE(lastEvent(session.sessionId()), QStringLiteral("login"));
    session.end();
    QVERIFY(!session.isActive());
}

QTEST_GUILESS_MAIN(TestSessionWorker)
#include "tst_sessionworker.moc"
