#include "data/common/connectionwatcher.h"

#include "data/common/session.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace cs::data {

// Lives in the watcher's thread and owns the probe connection there.
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
        if (QSqlDatabase::contains(m_name)) {
            QSqlDatabase::database(m_name, false).close();
            QSqlDatabase::removeDatabase(m_name);
        }
    }
    Q_DISABLE_COPY_MOVE(ConnectionProbe)

    // Runs in the probe thread. `restarted` is true when the server is up but is not the
    // server instance the previous successful probe saw (it was restarted in between), so the
    // connections opened before are stale.
    void probe(const ConnectionSettings& settings)
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (!db.isValid() || !db.isOpen()) {
            db = QSqlDatabase();
            db = settings.open(m_name);
            if (!db.isOpen()) {
                const QString detail = db.lastError().text();
                db.close();
                emit probed(false, false, detail);
                return;
            }
        }
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT pg_postmaster_start_time()::text")) && q.next()) {
            const QString started = q.value(0).toString();
            const bool restarted = !m_serverStarted.isEmpty() && started != m_serverStarted;
            m_serverStarted = started;
            emit probed(true, restarted, {});
            return;
        }
        const QString detail = q.lastError().text();
        q = QSqlQuery();
        db.close();
        emit probed(false, false, detail);
    }

signals:
    void probed(bool ok, bool restarted, const QString& detail);

private:
    QString m_name;
    QString m_serverStarted;
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
    connect(m_probe, &ConnectionProbe::probed, this, &ConnectionWatcher::onProbed, Qt::QueuedConnection);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionWatcher::probeNow);
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
    m_timer.start(m_onlineMs);
}

void ConnectionWatcher::stop()
{
    m_running = false;
    m_timer.stop();
}

void ConnectionWatcher::probeNow()
{
    if (!m_running || m_probing || !m_session)
        return;
    m_timer.stop();
    m_probing = true;
    const ConnectionSettings settings = m_session->workerSettings();
    QMetaObject::invokeMethod(m_probe, [probe = m_probe, settings] { probe->probe(settings); });
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
