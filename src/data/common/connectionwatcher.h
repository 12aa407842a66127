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

// Watches the server behind a Session. A probe connection in its own thread asks the server
// every few seconds (never on the GUI thread's connection), so the GUI thread never waits on a
// dead network; a server restart between two probes is noticed and the session's connections are
// renewed. On loss it says so, probes again with exponential backoff, and when the server answers
// has the session open its connections again when they are next needed (nothing waits here) and
// says so.
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
    void onProbed(bool ok, bool restarted, const QString& detail);
    void goOffline(const QString& detail);

    QPointer<Session> m_session;
    QThread* m_thread = nullptr;
    ConnectionProbe* m_probe = nullptr;
    QTimer m_timer;
    bool m_online = true;
    bool m_probing = false;
    bool m_running = false;
    int m_onlineMs = 5000;
    int m_firstRetryMs = 1000;
    int m_maxRetryMs = 30000;
    int m_retryMs = 1000;
};

} // namespace cs::data
