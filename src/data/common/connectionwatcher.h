#pragma once

#include "data/common/connectionsettings.h"
#include "data/common/dberror.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QThread;

namespace cs::data {

class Session;
class ConnectionProbe;

// Watches the server behind a Session. Every few seconds it asks the server whether it is still the
// same instance (never on the GUI thread): through the session's worker, on the connection the session
// has anyway, so that a person costs the server one process, not two. A worker that has not answered
// within a short deadline is busy with a long call or stuck on a dead network; then, and while
// offline, a probe connection of the watcher's own in its own thread asks instead, and it is closed
// again once the worker answers. A server restart between two probes is noticed and the session's
// connections are renewed. On loss it says so, probes again with exponential backoff, and when the
// server answers has the session open its connections again when they are next needed (nothing
// waits here) and says so.
class ConnectionWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionWatcher(Session* session, QObject* parent = nullptr);
    ~ConnectionWatcher() override;
    Q_DISABLE_COPY_MOVE(ConnectionWatcher)

    void start();
    void stop();
    bool isOnline() const { return m_online; }
    // Probe period while online; first retry delay and its ceiling while offline.
    void setIntervals(int onlineMs, int firstRetryMs, int maxRetryMs);
    // How long a probe waits for the session's worker before its own connection asks instead.
    void setWorkerDeadline(int ms) { m_workerDeadlineMs = ms; }
    // Whether the watcher asks on its own connection (offline, or since the worker last missed the
    // deadline); it is closed again once the worker answers a probe.
    bool usesOwnConnection() const { return m_usingOwnConnection; }
    int nextRetryMs() const { return m_retryMs; }

    // Called by code whose call to the server failed; a lost connection takes the watcher offline at
    // once. Returns true when the error was a lost connection (not a refusal or a data error).
    bool reportError(const cs::data::DbError& error);
    // Probe now instead of waiting for the timer.
    void probeNow();

signals:
    void connectionLost();
    void connectionRestored();
    // Offline and the next attempt is in `ms` milliseconds.
    void retryScheduled(int ms);

private:
    void askOwnConnection(quint64 round);
    void onAnswer(quint64 round, bool ownConnection, bool ok, const QString& started, const QString& detail);
    void onProbed(bool ok, bool restarted, const QString& detail);
    void goOffline(const QString& detail);

    QPointer<Session> m_session;
    QThread* m_thread = nullptr;
    ConnectionProbe* m_probe = nullptr;
    QTimer m_timer;
    QTimer m_deadline;
    QString m_serverStarted;   // what the last answer said; empty before the first
    quint64 m_round = 0;       // the probe being waited for; later answers of earlier rounds are ignored
    bool m_online = true;
    bool m_probing = false;
    bool m_running = false;
    int m_onlineMs = 5000;
    int m_firstRetryMs = 1000;
    int m_maxRetryMs = 30000;
    int m_retryMs = 1000;
    int m_workerDeadlineMs = 3000;
    bool m_usingOwnConnection = false;
    bool m_workerAsked = false;   // a probe waits in the worker's queue or runs there
};

} // namespace cs::data
