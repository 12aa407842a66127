#pragma once

#include "data/common/changefeed.h"
#include "data/common/connectionsettings.h"
#include "data/common/result.h"
#include "domain/common/approle.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

class QThread;

class QSqlDatabase;
class QSqlError;

namespace cs::data {

// The six application roles live in the domain (domain/common/approle.h); these names keep the data
// layer's callers as they were.
using AppRole = domain::AppRole;
using domain::appRoleFromName;
using domain::appRoleName;

// The person behind session_user, as cs.whoami() describes them.
struct UserProfile
{
    QString userId;
    QString username;
    QString fullName;
    QString initials;
    AppRole role = AppRole::Assembler;
    bool active = false;
};

// Why a login did not succeed. Each has its own message in the login dialog.
enum class LoginFailure {
    None,
    BadCredentials,   // 28P01, unknown role
    Unreachable,      // host:port refused, or no route to it
    NoAnswer,         // the server took the connection but did not finish the login in time
    Tls,              // TLS negotiation or certificate problem
    DatabaseMissing,  // 3D000
    SchemaTooOld,     // the database lacks migrations this client needs
    SchemaTooNew,     // the database has migrations this client does not know
    SchemaChanged,    // an applied migration differs from this client's (edited, or another build)
    Deactivated,      // profile inactive, or login role disabled
    NoAppRole,        // cs.whoami() returned no row / no rights on schema cs
    Other
};

struct LoginResult
{
    LoginFailure failure = LoginFailure::Other;
    QString detail;          // technical detail for the log; never contains the password
    UserProfile user;
    QString sessionId;       // the cs.user_sessions row, when the session was started
    int serverSchemaVersion = 0;
    int clientSchemaVersion = 0;
    bool ok() const { return failure == LoginFailure::None; }
};

// One logged-in person: the GUI thread's connection, the user_sessions row, and helpers to
// classify errors. Password kept in memory only (for reconnects and worker connections).
class Session final : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject* parent = nullptr);
    ~Session() override;
    Q_DISABLE_COPY_MOVE(Session)

    // Starts the session without the calling thread waiting on the server: on the session's worker
    // thread (its own connection) the credentials, the profile (cs.whoami), the schema are checked and
    // the cs.user_sessions row is written. The session is active (user(), sessionId()) when the future
    // gives a successful result. A session that is active already is ended first.
    QFuture<LoginResult> startAsync(const ConnectionSettings& settings, const QString& clientVersion);
    // The same, blocking, and it opens the calling thread's connection (tests, tools).
    LoginResult start(const ConnectionSettings& settings, const QString& clientVersion);
    // Records 'logout' (on the worker, after the calls queued before it; the caller does not wait) and
    // closes the connections.
    void end();
    bool isActive() const { return m_active; }

    // 'lock', 'unlock' or 'logout' recorded on the worker.
    QFuture<Result<Done>> recordEventAsync(const QString& event);

    // A fresh authentication of the session's user with this password: a new connection opened on a pool
    // thread. A wrong password answers the code kWrongPassword; a disabled login kLoginDisabled; an
    // unreachable server ConnectionLost.
    QFuture<Result<Done>> verifyPasswordAsync(const QString& password) const;
    // Changes the session's own password through the server (cs.change_own_password; the client sends a
    // SCRAM verifier, never the clear text) on a new connection opened with the old password, on a pool
    // thread. Refusals: kWrongPassword (the old password), E-PASSWORD-WEAK (the server's rule, its words
    // in the message), ConnectionLost. On success the session uses the new password from then on.
    QFuture<Result<Done>> changeOwnPasswordAsync(const QString& oldPassword, const QString& newPassword);

    // Codes of DbError for a refused authentication (a connection opened with a typed password).
    static constexpr QLatin1StringView kWrongPassword{"E-AUTH-PASSWORD"};
    static constexpr QLatin1StringView kLoginDisabled{"E-AUTH-DISABLED"};
    // The DbError of a connection that could not be opened: the codes above for a wrong password or a
    // disabled login, ConnectionLost for a server that cannot be reached, else what the server said.
    static DbError authenticationError(const QSqlError& openError);

    QString connectionName() const { return m_connectionName; }
    const UserProfile& user() const { return m_user; }
    const ConnectionSettings& settings() const { return m_settings; }
    QString sessionId() const { return m_sessionId; }
    // The server's version ("15.6"), read on the worker.
    QFuture<Result<QString>> serverVersionAsync();
    // When the server instance started (kServerStartTimeSql), read on the worker: the connection
    // watcher's probe while the worker is free. A server restarted in between answers with another time.
    QFuture<Result<QString>> serverStartTimeAsync();
    // The statement that tells server instances apart, for every probe of the connection watcher.
    static constexpr char kServerStartTimeSql[] = "SELECT pg_postmaster_start_time()::text";
    // After a loss or a server restart, without waiting: the connections in use are closed (the worker's
    // after the calls queued before), and each is opened again when it is next needed.
    void resetConnections();

    // The news of changed records: every successful write on the worker announces itself here, and lists
    // read again when a change concerns them (data/common/changefeed.h).
    ChangeFeed* changes() const { return m_changes; }

    // Settings for a new connection in another thread (same login, its own name).
    ConnectionSettings workerSettings() const { return m_settings; }

    // The highest migration version embedded in this client (":/sql/NNNN_*.sql").
    static int clientSchemaVersion();
    // True when the error means the connection is gone (not a data error).
    static bool isConnectionError(const QSqlError& error);
    static LoginFailure classify(const QSqlError& error);

    // ---- For the repositories of cs_data (data/common/worker.h wraps these; the UI never calls them) ----
    // One call on the worker thread: `run` gets the worker's connection (open, or closed with the reason
    // in *openError) and answers whether the connection was lost during the call.
    struct WorkerCall
    {
        std::function<bool()> cancelled;                        // true: skip it (superseded)
        std::function<void(QSqlDatabase* db, const DbError& openError)> run;
        // Runs even while the session is going away (on the connection still open, never a new one), and
        // is not cancelled then: the logout record.
        bool runWhenClosing = false;
    };
    // Queues `call` on the worker; `id` identifies it for cancelRunning().
    void enqueue(quint64 id, WorkerCall call);
    quint64 nextCallId();
    // Asks the server to cancel the statement of call `id` if that call is running now (the cancel
    // request goes out on a pool thread: it is itself a network round trip).
    void cancelRunning(quint64 id);
    // The statement_timeout of the worker's connection (interactive reads): 30 s.
    static constexpr int kWorkerStatementTimeoutMs = 30000;
    // A login's connection waits this long for the server (ConnectionSettings::connectTimeoutSeconds):
    // at the start of a shift a 2-core server logging in ten people a second while hundreds work took up
    // to 5.5 s for some logins (README, Benchmarks).
    static constexpr int kLoginConnectTimeoutSeconds = 15;

signals:
    void ended();

private:
    struct CancelSlot;

    QString m_connectionName;   // the calling thread's connection that the blocking start() opens (tests, tools)
    ConnectionSettings m_settings;
    UserProfile m_user;
    QString m_sessionId;
    bool m_active = false;
    QString m_workerConnection;
    QThread* m_workerThread;   // one long-lived thread with its own connection
    QObject* m_worker;         // lives in m_workerThread; queries run as its queued calls
    std::shared_ptr<CancelSlot> m_cancel;   // the running call and how to cancel its statement
    ChangeFeed* m_changes;     // a child: lives until after the worker thread has stopped
};

} // namespace cs::data
