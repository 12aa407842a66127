#include "data/common/connectionwatcher.h"

#include "data/common/session.h"

#include <QFutureWatcher>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace cs::data {

// Lives in the watcher's thread and owns the watcher's own probe connection there.
class ConnectionProbe final : public QObject
{
    Q_OBJECT
public:
    ConnectionProbe()
        : m_name(QStringLiteral("cs_probe_%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
    {
    }
    ~ConnectionProbe() override
    {
        close();
        if (QSqlDatabase::contains(m_name))
            QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ConnectionProbe)

    // Runs in the probe thread: asks when the server instance started, on the probe connection (opened
    // when it is not).
    void probe(quint64 round, const ConnectionSettings& settings)
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (!db.isValid() || !db.isOpen()) {
            db = QSqlDatabase();
            db = settings.open(m_name);
            if (!db.isOpen()) {
                const QString detail = db.lastError().text();
                db.close();
                emit answered(round, false, {}, detail);
                return;
            }
        }
        QSqlQuery q(db);
        if (q.exec(QString::fromLatin1(Session::kServerStartTimeSql)) && q.next()) {
            emit answered(round, true, q.value(0).toString(), {});
            return;
        }
        const QString detail = q.lastError().text();
        q = QSqlQuery();
        db.close();
        emit answered(round, false, {}, detail);
    }

    // Runs in the probe thread: the worker answers again, the probe connection is not needed.
    void close()
    {
        if (QSqlDatabase::contains(m_name))
            QSqlDatabase::database(m_name, false).close();
    }

signals:
    void answered(quint64 round, bool ok, const QString& started, const QString& detail);

private:
    QString m_name;
};

ConnectionWatcher::ConnectionWatcher(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_thread(new QThread(this))
    , m_probe(new ConnectionProbe)
{
    m_thread->setObjectName(QStringLiteral("cs-connection-probe"));
    m_probe->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_probe, &QObject::deleteLater);
    connect(m_probe, &ConnectionProbe::answered, this,
            [this](quint64 round, bool ok, const QString& started, const QString& detail) {
                onAnswer(round, true, ok, started, detail);
            }, Qt::QueuedConnection);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionWatcher::probeNow);
    // The worker has not answered in time: busy with a long call, or waiting on a dead network.
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { askOwnConnection(m_round); });
    m_thread->start();
}

ConnectionWatcher::~ConnectionWatcher()
{
    m_timer.stop();
    m_thread->quit();
    m_thread->wait();
}

void ConnectionWatcher::setIntervals(int onlineMs, int firstRetryMs, int maxRetryMs)
{
    m_onlineMs = onlineMs;
    m_firstRetryMs = firstRetryMs;
    m_maxRetryMs = maxRetryMs;
    m_retryMs = firstRetryMs;
}

void ConnectionWatcher::start()
{
    m_running = true;
    m_online = true;
    m_retryMs = m_firstRetryMs;
    m_serverStarted.clear();   // a new login may be on another server
    m_timer.start(m_onlineMs);
}

void ConnectionWatcher::stop()
{
    m_running = false;
    m_timer.stop();
    m_deadline.stop();
    ++m_round;   // an answer still on its way is of no use now
    m_probing = false;
    // Logged out: nothing of this person stays connected (the next login may be someone else's).
    if (m_usingOwnConnection) {
        m_usingOwnConnection = false;
        QMetaObject::invokeMethod(m_probe, [probe = m_probe] { probe->close(); });
    }
}

void ConnectionWatcher::probeNow()
{
    if (!m_running || m_probing || !m_session)
        return;
    m_timer.stop();
    m_probing = true;
    const quint64 round = ++m_round;
    if (!m_online || m_workerAsked) {
        // Offline, the worker's calls fail anyway; and a worker that has not answered the last probe yet
        // is not asked twice (its queue would fill with probes).
        askOwnConnection(round);
        return;
    }
    m_workerAsked = true;
    auto* answer = new QFutureWatcher<Result<QString>>(this);
    connect(answer, &QFutureWatcherBase::finished, this, [this, answer, round] {
        answer->deleteLater();
        m_workerAsked = false;
        const Result<QString> r = answer->future().result();
        onAnswer(round, false, r.ok(), r.ok() ? r.value() : QString(), r.ok() ? QString() : r.error().logText());
    });
    answer->setFuture(m_session->serverStartTimeAsync());
    m_deadline.start(m_workerDeadlineMs);
}

void ConnectionWatcher::askOwnConnection(quint64 round)
{
    if (!m_running || round != m_round || !m_session)
        return;
    m_deadline.stop();
    m_usingOwnConnection = true;
    QMetaObject::invokeMethod(m_probe, [probe = m_probe, round, settings = m_session->workerSettings()] {
        probe->probe(round, settings);
    });
}

void ConnectionWatcher::onAnswer(quint64 round, bool ownConnection, bool ok, const QString& started,
                                 const QString& detail)
{
    if (round != m_round || !m_running)
        return;
    m_deadline.stop();
    if (!ok && !ownConnection) {
        // The worker's call failed: its connection was lost (and opening it again failed), or the call
        // was refused or cancelled. The watcher's own connection decides whether the server is there.
        askOwnConnection(round);
        return;
    }
    // This round is answered; a second answer to it (the worker's, after the own connection's) is not
    // counted again.
    ++m_round;
    bool restarted = false;
    if (ok) {
        restarted = !m_serverStarted.isEmpty() && started != m_serverStarted;
        m_serverStarted = started;
        if (!ownConnection && m_usingOwnConnection) {
            // The worker answers again: the watcher's own connection is not needed any more.
            m_usingOwnConnection = false;
            QMetaObject::invokeMethod(m_probe, [probe = m_probe] { probe->close(); });
        }
    }
    onProbed(ok, restarted, detail);
}

bool ConnectionWatcher::reportError(const DbError& error)
{
    if (!error.connectionLost())
        return false;
    goOffline(error.logText());
    return true;
}

void ConnectionWatcher::goOffline(const QString& detail)
{
    Q_UNUSED(detail)
    if (!m_running)
        return;
    if (m_online) {
        m_online = false;
        m_retryMs = m_firstRetryMs;
        emit connectionLost();
    }
    if (!m_probing) {
        m_timer.start(m_retryMs);
        emit retryScheduled(m_retryMs);
    }
}

void ConnectionWatcher::onProbed(bool ok, bool restarted, const QString& detail)
{
    m_probing = false;
    if (!m_running)
        return;
    if (ok) {
        // The probe ran on its own connection in its own thread. The session's connections of before
        // the loss are stale: they are closed, and opened again when next needed (nothing waits here).
        if (!m_online) {
            if (m_session)
                m_session->resetConnections();
            m_online = true;
            m_retryMs = m_firstRetryMs;
            emit connectionRestored();
        } else if (restarted && m_session) {
            // The server restarted between two probes.
            m_session->resetConnections();
            emit connectionLost();
            emit connectionRestored();
        }
        m_timer.start(m_onlineMs);
        return;
    }
    if (m_online) {
        goOffline(detail);
        return;
    }
    m_retryMs = std::min(m_retryMs * 2, m_maxRetryMs);
    m_timer.start(m_retryMs);
    emit retryScheduled(m_retryMs);
}

} // namespace cs::data

#include "connectionwatcher.moc"
