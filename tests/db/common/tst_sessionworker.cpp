// The session's worker connection after it was lost (a server restart, an idle timeout): a read is
// sent again on a new connection, a write never is — the server may have committed it before the
// connection broke, and a second copy (a document attached twice) is worse than asking the person
// to look.
#include "data/common/session.h"
#include "testdatabase.h"

#include <QTest>

using cs::data::QueryResult;
using cs::data::Session;
using cs::test::ScratchDatabase;

class TestSessionWorker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void readIsSentAgainAfterLostConnection();
    void writeIsNeverSentTwice();

private:
    QueryResult wait(QFuture<QueryResult> future);
    // Ends the worker's backend from the server side, as a restart would.
    bool dropWorkerConnection();
    qint64 requests();

    std::unique_ptr<ScratchDatabase> m_db;
    std::unique_ptr<Session> m_session;
};

void TestSessionWorker::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    const auto person = m_db->createPerson(QStringLiteral("ServiceDepartment"), {}, &error);
    QVERIFY2(!person.username.isEmpty(), qPrintable(error));
    m_session = std::make_unique<Session>();
    const auto r = m_session->start(person.settings, QStringLiteral("test"));
    QVERIFY2(r.ok(), qPrintable(r.detail));
}

void TestSessionWorker::cleanupTestCase()
{
    if (m_session)
        m_session->end();
    m_session.reset();
    m_db.reset();
}

QueryResult TestSessionWorker::wait(QFuture<QueryResult> future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 20000))
        return {};
    return future.result();
}

bool TestSessionWorker::dropWorkerConnection()
{
    const QueryResult pid = wait(m_session->runQuery(QStringLiteral("SELECT pg_backend_pid()")));
    if (!pid.ok() || pid.rows.isEmpty())
        return false;
    QString error;
    QVariant ended;
    return ScratchDatabase::exec(m_db->superuser(), QStringLiteral("SELECT pg_terminate_backend(?, 5000)"),
                                 {pid.rows.first().first()}, &error, &ended)
           && ended.toBool();
}

qint64 TestSessionWorker::requests()
{
    QVariant n;
    QString error;
    ScratchDatabase::exec(m_db->superuser(), QStringLiteral("SELECT count(*) FROM cs.user_sessions WHERE host_name = 'worker-test'"), {}, &error, &n);
    return n.toLongLong();
}

void TestSessionWorker::readIsSentAgainAfterLostConnection()
{
    QVERIFY(dropWorkerConnection());
    const QueryResult r = wait(m_session->runQuery(QStringLiteral("SELECT 41 + 1")));
    QVERIFY2(r.ok(), qPrintable(r.error.text()));
    QCOMPARE(r.rows.value(0).value(0).toInt(), 42);
}

void TestSessionWorker::writeIsNeverSentTwice()
{
    // A write any person may make without fixtures (people write through functions only).
    const QString insert = QStringLiteral("SELECT cs.record_session_start('worker-test', 'test')");
    const qint64 before = requests();
    QVERIFY(dropWorkerConnection());
    const QueryResult lost = wait(m_session->runWrite(insert));
    QVERIFY(!lost.ok());
    QVERIFY2(Session::isConnectionError(lost.error), qPrintable(lost.error.text()));
    QCOMPARE(requests(), before);   // not sent again on a new connection

    // The next call reconnects; a write on a good connection is written once.
    const QueryResult written = wait(m_session->runWrite(insert));
    QVERIFY2(written.ok(), qPrintable(written.error.text()));
    QCOMPARE(written.rows.size(), 1);
    QCOMPARE(requests(), before + 1);
}

QTEST_GUILESS_MAIN(TestSessionWorker)
#include "tst_sessionworker.moc"
