#include "data/common/session.h"

#include "data/admin/useraccounts.h"
#include "data/common/worker.h"
#include "data/schema/migrator.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QThreadPool>
#include <QUuid>
#include <QVariant>
#include <QtConcurrent>

#include <libpq-fe.h>

#include <atomic>
#include <mutex>

namespace cs::data {

namespace {

QString uniqueConnectionName(const char* purpose)
{
    return QStringLiteral("cs_%1_%2").arg(QLatin1StringView(purpose),
                                          QUuid::createUuid().toString(QUuid::WithoutBraces));
}

// Closes and unregisters a connection when it goes out of scope.
class ScopedConnection
{
public:
    explicit ScopedConnection(const ConnectionSettings& s, const char* purpose)
        : m_name(uniqueConnectionName(purpose))
    {
        m_db = s.open(m_name);
    }
    ~ScopedConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ScopedConnection)
    QSqlDatabase& db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

void closeNamedConnection(const QString& name)
{
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

// libpq's connection behind a QPSQL connection; nullptr when it has none.
PGconn* pgConnection(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt 6 names the type by the struct behind libpq's typedef ("pg_conn*"); Qt 5 said "PGconn*".
    if (handle.isValid()
        && (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0))
        return *static_cast<PGconn* const*>(handle.data());
    return nullptr;
}

// True when the server has closed this idle connection since its last call (a restart, a terminated
// backend): what the server sent before closing, and the end of the stream, are read without waiting
// and without sending anything. The worker then opens a new connection before the call, instead of
// letting the call fail on a loss it had no part in (a write would answer "lost: stored or not,
// unknown" for a statement that was never sent).
bool closedByServer(const QSqlDatabase& db)
{
    PGconn* pg = pgConnection(db);
    if (!pg)
        return false;
    // At most two reads: the server's last message (its FATAL), then the end of the stream.
    for (int i = 0; i < 2 && PQstatus(pg) == CONNECTION_OK; ++i) {
        if (!PQconsumeInput(pg))
            break;
    }
    return PQstatus(pg) == CONNECTION_BAD;
}

bool whoami(QSqlDatabase& db, LoginResult& r)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT user_id, username, full_name, initials, role::text, is_active "
                               "FROM cs.whoami()"))) {
        const QString state = sqlState(q.lastError());
        r.detail = q.lastError().text();
        // No USAGE on schema cs, or no EXECUTE: the login is not in any app group role.
        if (state == u"42501")
            r.failure = LoginFailure::NoAppRole;
        else if (state == u"3F000" || state == u"42883" || state == u"42P01")
            r.failure = LoginFailure::SchemaTooOld;
        else
            r.failure = Session::classify(q.lastError());
        return false;
    }
    if (!q.next()) {
        r.failure = LoginFailure::NoAppRole;
        r.detail = QStringLiteral("cs.whoami() returned no row for this login");
        return false;
    }
    r.user.userId = q.value(0).toString();
    r.user.username = q.value(1).toString();
    r.user.fullName = q.value(2).toString();
    r.user.initials = q.value(3).toString();
    const auto role = appRoleFromName(q.value(4).toString());
    r.user.active = q.value(5).toBool();
    if (!role) {
        r.failure = LoginFailure::NoAppRole;
        r.detail = QStringLiteral("unknown app role '%1'").arg(q.value(4).toString());
        return false;
    }
    r.user.role = *role;
    if (!r.user.active) {
        r.failure = LoginFailure::Deactivated;
        r.detail = QStringLiteral("profile of %1 is inactive").arg(r.user.username);
        return false;
    }
    return true;
}

bool schemaCheck(QSqlDatabase& db, LoginResult& r)
{
    // Migrator::check() compares the applied migrations with the ones embedded in this client:
    // version and checksum, so a database whose migrations were edited is refused too.
    r.clientSchemaVersion = Session::clientSchemaVersion();
    Migrator migrator(db);
    const Migrator::Result check = migrator.check();
    r.serverSchemaVersion = check.version;
    if (check.ok)
        return true;
    r.detail = check.error;
    QSqlQuery alive(db);
    if (!alive.exec(QStringLiteral("SELECT 1")) && Session::isConnectionError(alive.lastError())) {
        r.failure = LoginFailure::Unreachable;   // the connection dropped during the check
    } else if (check.error.contains(u"permission denied")) {
        r.failure = LoginFailure::NoAppRole;
    } else if (check.version > r.clientSchemaVersion) {
        r.failure = LoginFailure::SchemaTooNew;
    } else if (check.version < r.clientSchemaVersion && check.error.contains(u"older than")) {
        r.failure = LoginFailure::SchemaTooOld;
    } else {
        r.failure = LoginFailure::SchemaChanged;
    }
    return false;
}

// The checks of a login and the session's start on an open connection: the profile, the schema, and
// the cs.user_sessions row (r.sessionId). The connection is left as it is.
bool beginSession(QSqlDatabase& db, LoginResult& r, const QString& clientVersion)
{
    if (!whoami(db, r) || !schemaCheck(db, r))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT cs.record_session_start(:host, :version)"));
    q.bindValue(QStringLiteral(":host"), QSysInfo::machineHostName());
    q.bindValue(QStringLiteral(":version"), clientVersion);
    if (!q.exec() || !q.next()) {
        r.failure = Session::classify(q.lastError());
        r.detail = QStringLiteral("recording the session failed: %1").arg(q.lastError().text());
        return false;
    }
    r.sessionId = q.value(0).toString();
    r.failure = LoginFailure::None;
    return true;
}

} // namespace

// The call running on the worker and the means to cancel its statement from another thread. libpq's
// PGcancel object is made in the worker thread (PQgetCancel must not race the connection's own use)
// and used from a pool thread (PQcancel is safe to call from any thread).
struct Session::CancelSlot
{
    std::mutex mutex;
    quint64 running = 0;
    PGcancel* cancel = nullptr;
    const void* conn = nullptr;          // the PGconn that `cancel` belongs to
    int backendPid = 0;                  // and its backend: a reconnect can get a PGconn at the same address
    std::atomic<quint64> nextId{1};
    std::atomic<bool> closing{false};    // the session is going away: queued calls are skipped

    ~CancelSlot()
    {
        if (cancel)
            PQfreeCancel(cancel);
    }
    // In the worker thread, before a call: a reconnect made a new PGconn, so a new cancel object. The
    // address alone does not tell (the allocator may give the new connection the old one's place, and a
    // cancel for the old backend reaches nobody): the backend's pid does.
    void prepare(QSqlDatabase& db, quint64 id)
    {
        PGconn* pg = pgConnection(db);
        const int pid = pg ? PQbackendPID(pg) : 0;
        std::lock_guard lock(mutex);
        if (pg != conn || pid != backendPid) {
            if (cancel)
                PQfreeCancel(cancel);
            cancel = pg ? PQgetCancel(pg) : nullptr;
            conn = pg;
            backendPid = pid;
        }
        running = id;
    }
    void finished()
    {
        std::lock_guard lock(mutex);
        running = 0;
    }
    // Sends the cancel request when `id` is the running call. Blocking (a connection to the server).
    void cancelIf(quint64 id)
    {
        std::lock_guard lock(mutex);
        if (running == 0 || running != id || !cancel)
            return;
        char why[256];
        PQcancel(cancel, why, int(sizeof why));
    }
};

Session::Session(QObject* parent)
    : QObject(parent)
    , m_connectionName(uniqueConnectionName("gui"))
    , m_workerConnection(uniqueConnectionName("worker"))
    , m_workerThread(new QThread(this))
    , m_worker(new QObject)
    , m_cancel(std::make_shared<CancelSlot>())
    , m_changes(new ChangeFeed(this))
{
    m_workerThread->setObjectName(QStringLiteral("cs-session-worker"));
    m_worker->moveToThread(m_workerThread);
    connect(m_workerThread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_workerThread->start();
}

Session::~Session()
{
    // Quitting while the worker waits on the server must not freeze the window: calls still queued are
    // skipped, and the running statement is cancelled on the server (answered at once) before the
    // worker's connection is closed.
    m_cancel->closing = true;
    {
        std::lock_guard lock(m_cancel->mutex);
        if (m_cancel->running != 0 && m_cancel->cancel) {
            char why[256];
            PQcancel(m_cancel->cancel, why, int(sizeof why));
        }
    }
    if (m_active)
        end();
    QMetaObject::invokeMethod(m_worker, [name = m_workerConnection] { closeNamedConnection(name); },
                              Qt::BlockingQueuedConnection);
    m_workerThread->quit();
    m_workerThread->wait();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

int Session::clientSchemaVersion()
{
    return Migrator::latestVersion();
}

LoginFailure Session::classify(const QSqlError& error)
{
    const QString state = sqlState(error);
    const QString text = error.databaseText() + u' ' + error.driverText();
    if (state == u"28P01" || text.contains(u"password authentication failed")
        || (text.contains(u"role \"") && text.contains(u"\" does not exist"))
        || text.contains(u"no password supplied") || text.contains(u"fe_sendauth"))
        return LoginFailure::BadCredentials;
    if (text.contains(u"is not permitted to log in") || text.contains(u"has expired"))
        return LoginFailure::Deactivated;
    if (state == u"3D000" || (text.contains(u"database \"") && text.contains(u"does not exist")))
        return LoginFailure::DatabaseMissing;
    if (text.contains(u"permission denied for database") || text.contains(u"no pg_hba.conf entry"))
        return LoginFailure::NoAppRole;   // a login without a CleanStation group role may not connect
    if (text.contains(u"SSL", Qt::CaseInsensitive) || text.contains(u"certificate", Qt::CaseInsensitive)
        || text.contains(u"root cert", Qt::CaseInsensitive))
        return LoginFailure::Tls;
    // libpq's connect_timeout: the server (or something on the way) took the connection and then said
    // nothing more within the time-out: a very busy server, or one that hangs.
    if (text.contains(u"timeout expired"))
        return LoginFailure::NoAnswer;
    if (isConnectionError(error) || text.contains(u"could not connect") || text.contains(u"Connection refused")
        || text.contains(u"could not translate host name")
        || text.contains(u"No route to host") || text.contains(u"Network is unreachable"))
        return LoginFailure::Unreachable;
    return LoginFailure::Other;
}

bool Session::isConnectionError(const QSqlError& error)
{
    const QString state = sqlState(error);
    if (state.startsWith(u"08") || state == u"57P01" || state == u"57P02" || state == u"57P03")
        return true;
    if (error.type() == QSqlError::ConnectionError)
        return true;
    const QString text = error.databaseText() + u' ' + error.driverText();
    return text.contains(u"server closed the connection") || text.contains(u"no connection to the server")
        || text.contains(u"terminating connection") || text.contains(u"connection to server")
        || text.contains(u"could not connect") || text.contains(u"Connection refused")
        || text.contains(u"Driver not loaded");
}

namespace {

// A login's connection waits for a busy server longer than the app's own reconnects do.
void waitAsLoginDoes(ConnectionSettings& settings)
{
    settings.connectTimeoutSeconds = qMax(settings.connectTimeoutSeconds, Session::kLoginConnectTimeoutSeconds);
}

} // namespace

QFuture<LoginResult> Session::startAsync(const ConnectionSettings& settings, const QString& clientVersion)
{
    if (m_active)
        end();
    m_settings = settings;
    ConnectionSettings workerSettings = settings;
    workerSettings.statementTimeoutMs = kWorkerStatementTimeoutMs;
    waitAsLoginDoes(workerSettings);

    // The worker answers `inner`; the session takes the person and the session id from it in its own
    // thread, then answers the caller (`outer`), so that whoever hears "logged in" finds the session
    // active.
    auto inner = std::make_shared<QPromise<LoginResult>>();
    auto outer = std::make_shared<QPromise<LoginResult>>();
    inner->start();
    outer->start();
    auto* watcher = new QFutureWatcher<LoginResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, outer] {
        watcher->deleteLater();
        LoginResult r;
        if (watcher->future().resultCount() > 0) {
            r = watcher->result();
        } else {
            r.failure = LoginFailure::Other;
            r.detail = QStringLiteral("the login was abandoned");
        }
        if (r.ok()) {
            m_user = r.user;
            m_sessionId = r.sessionId;
            m_active = true;
        } else {
            m_settings.password.clear();
        }
        outer->addResult(r);
        outer->finish();
    });
    watcher->setFuture(inner->future());

    const quint64 id = nextCallId();
    QMetaObject::invokeMethod(m_worker, [slot = m_cancel, id, name = m_workerConnection, settings = workerSettings,
                                         clientVersion, inner] {
        LoginResult r;
        if (slot->closing) {
            r.detail = QStringLiteral("the session is closing");
        } else {
            // A connection of an earlier person (switch user) is never reused.
            closeNamedConnection(name);
            QSqlDatabase db = settings.open(name);
            if (!db.isOpen()) {
                r.failure = Session::classify(db.lastError());
                r.detail = db.lastError().text();
            } else {
                slot->prepare(db, id);
                const bool ok = beginSession(db, r, clientVersion);
                slot->finished();
                if (!ok)
                    db.close();
            }
            db = QSqlDatabase();
            if (!r.ok())
                closeNamedConnection(name);
        }
        inner->addResult(r);
        inner->finish();
    });
    return outer->future();
}

LoginResult Session::start(const ConnectionSettings& settings, const QString& clientVersion)
{
    if (m_active)
        end();
    LoginResult r;
    m_settings = settings;
    ConnectionSettings login = settings;
    waitAsLoginDoes(login);
    QSqlDatabase db = login.open(m_connectionName);
    if (!db.isOpen()) {
        r.failure = classify(db.lastError());
        r.detail = db.lastError().text();
        return r;
    }
    if (!beginSession(db, r, clientVersion)) {
        db.close();
        return r;
    }
    m_sessionId = r.sessionId;
    m_user = r.user;
    m_active = true;
    return r;
}

void Session::end()
{
    if (!m_active)
        return;
    // The logout is recorded on the worker after the calls queued before it, even while the session is
    // being destroyed (on the connection that is open; a lost one is not opened again for it), and then
    // the worker's connection closes. Nobody waits for it here.
    WorkerCall logout;
    logout.runWhenClosing = true;
    logout.run = [id = m_sessionId](QSqlDatabase* db, const DbError&) {
        if (!db)
            return;
        QSqlQuery q(*db);
        // A server that does not answer must not hold up a quitting app for the worker's full timeout.
        q.exec(QStringLiteral("SET statement_timeout = 5000"));
        worker::exec(q, QStringLiteral("SELECT cs.record_session_event(CAST(:id AS uuid), 'logout')"),
                     {{QStringLiteral(":id"), id}});
    };
    enqueue(nextCallId(), std::move(logout));
    m_active = false;
    m_sessionId.clear();
    m_user = {};
    m_settings.password.clear();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::database(m_connectionName, false).close();
    // Close the worker's connection in its own thread, after the calls already queued.
    QMetaObject::invokeMethod(m_worker, [name = m_workerConnection] { closeNamedConnection(name); });
    emit ended();
}

QFuture<Result<Done>> Session::recordEventAsync(const QString& event)
{
    if (m_sessionId.isEmpty())
        return QtFuture::makeReadyFuture(Result<Done>(DbError::client(QStringLiteral("E-SESSION-NONE"),
                                                                      tr("Nobody is logged in."))));
    return worker::write<Done>(*this, Change{QString(ChangeFeed::kSession), m_sessionId},
                               [id = m_sessionId, event](QSqlDatabase& db) -> Result<Done> {
        QSqlQuery q(db);
        return worker::exec(q, QStringLiteral("SELECT cs.record_session_event(CAST(:id AS uuid), :event)"),
                            {{QStringLiteral(":id"), id}, {QStringLiteral(":event"), event}});
    });
}

DbError Session::authenticationError(const QSqlError& openError)
{
    DbError e = DbError::fromSql(openError);
    switch (classify(openError)) {
    case LoginFailure::BadCredentials:
        e.kind = DbError::Kind::Refused;
        e.code = kWrongPassword;
        e.sqlState = QStringLiteral("28P01");
        e.message = tr("The password is not correct.");
        break;
    case LoginFailure::Deactivated:
        e.kind = DbError::Kind::Refused;
        e.code = kLoginDisabled;
        e.message = tr("This login is disabled.");
        break;
    case LoginFailure::Unreachable:
        e.kind = DbError::Kind::ConnectionLost;
        break;
    default:
        // A failed connection is no lost one: the server answered (TLS, no such database, no rights).
        if (e.kind == DbError::Kind::ConnectionLost)
            e.kind = DbError::Kind::Refused;
        break;
    }
    return e;
}

namespace {

// Opens a connection with `password` on the calling thread and runs `then` on it (when given).
Result<Done> withFreshConnection(ConnectionSettings settings, const QString& password,
                                 const std::function<Result<Done>(QSqlDatabase&)>& then)
{
    settings.password = password;
    settings.statementTimeoutMs = Session::kWorkerStatementTimeoutMs;
    ScopedConnection c(settings, "fresh");
    if (!c.db().isOpen())
        return Session::authenticationError(c.db().lastError());
    return then ? then(c.db()) : Result<Done>(Done{});
}

Result<Done> changePassword(QSqlDatabase& db, const QString& newPassword)
{
    QSqlQuery q(db);
    // A SCRAM verifier computed here: the clear text never reaches the server or its statement log.
    const QString verifier = UserAccounts::scramVerifier(newPassword);
    return worker::exec(q, QStringLiteral("SELECT cs.change_own_password(:password)"),
                        {{QStringLiteral(":password"), verifier.isEmpty() ? newPassword : verifier}});
}

} // namespace

QFuture<Result<Done>> Session::verifyPasswordAsync(const QString& password) const
{
    return QtConcurrent::run([settings = m_settings, password] {
        return withFreshConnection(settings, password, {});
    });
}

QFuture<Result<Done>> Session::changeOwnPasswordAsync(const QString& oldPassword, const QString& newPassword)
{
    // The server wants a fresh authentication: the change runs on a new connection opened with the old
    // password, which proves it. On a pool thread; the session takes the new password in its own thread.
    auto outer = std::make_shared<QPromise<Result<Done>>>();
    outer->start();
    auto* watcher = new QFutureWatcher<Result<Done>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, outer, newPassword] {
        watcher->deleteLater();
        Result<Done> r = watcher->future().resultCount() > 0 ? watcher->result() : Result<Done>();
        if (r.ok()) {
            m_settings.password = newPassword;
            if (QSqlDatabase::contains(m_connectionName))
                QSqlDatabase::database(m_connectionName, false).setPassword(newPassword);
        }
        outer->addResult(std::move(r));
        outer->finish();
    });
    watcher->setFuture(QtConcurrent::run([settings = m_settings, oldPassword, newPassword] {
        return withFreshConnection(settings, oldPassword,
                                   [&newPassword](QSqlDatabase& db) { return changePassword(db, newPassword); });
    }));
    return outer->future();
}

quint64 Session::nextCallId()
{
    return m_cancel->nextId.fetch_add(1);
}

void Session::cancelRunning(quint64 id)
{
    std::weak_ptr<CancelSlot> weak = m_cancel;
    QThreadPool::globalInstance()->start([weak, id] {
        if (const auto slot = weak.lock())
            slot->cancelIf(id);
    });
}

void Session::enqueue(quint64 id, WorkerCall call)
{
    ConnectionSettings settings = m_settings;
    settings.statementTimeoutMs = kWorkerStatementTimeoutMs;
    QMetaObject::invokeMethod(m_worker, [slot = m_cancel, id, name = m_workerConnection, settings,
                                         call = std::move(call)] {
        const bool closing = slot->closing;
        if ((closing && !call.runWhenClosing) || (call.cancelled && call.cancelled())) {
            call.run(nullptr, DbError::cancelled());
            return;
        }
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid() && db.isOpen() && closedByServer(db))
            db.close();   // opened again below, as one that was closed
        if (!db.isValid() || !db.isOpen()) {
            if (closing) {
                call.run(nullptr, DbError::cancelled());
                return;
            }
            db = QSqlDatabase();
            db = settings.open(name);
            if (!db.isOpen()) {
                call.run(nullptr, DbError::fromSql(db.lastError()));
                return;
            }
        }
        if (call.runWhenClosing) {
            call.run(&db, {});   // not cancellable: the session's destructor lets it finish
            return;
        }
        slot->prepare(db, id);
        call.run(&db, {});
        slot->finished();
    });
}

namespace {

// One text value that the server computes from nothing, read on the worker.
QFuture<Result<QString>> readServerText(Session& session, const QString& sql)
{
    return worker::read<QString>(session, [sql](QSqlDatabase& db) -> Result<QString> {
        QSqlQuery q(db);
        if (const Result<Done> r = worker::exec(q, sql); !r)
            return r.error();
        if (!q.next())
            return DbError::fromSql(q.lastError());
        return q.value(0).toString();
    });
}

} // namespace

QFuture<Result<QString>> Session::serverVersionAsync()
{
    return readServerText(*this, QStringLiteral("SELECT current_setting('server_version')"));
}

QFuture<Result<QString>> Session::serverStartTimeAsync()
{
    return readServerText(*this, QString::fromLatin1(kServerStartTimeSql));
}

void Session::resetConnections()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QMetaObject::invokeMethod(m_worker, [name = m_workerConnection] {
        if (QSqlDatabase::contains(name))
            QSqlDatabase::database(name, false).close();
    });
}


} // namespace cs::data
