#include "data/common/session.h"

#include "data/schema/migrator.h"
#include "data/admin/userrepository.h"

#include <QDir>
#include <QSqlDriver>
#include <QThreadPool>

#include <libpq-fe.h>

#include <atomic>
#include <mutex>
#include <QSqlRecord>
#include <QPromise>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QVariant>

namespace cs::data {

namespace {

const QLatin1StringView kRoleNames[] = {
    QLatin1StringView("ProductionCoordinator"), QLatin1StringView("Admin"),
    QLatin1StringView("ProcurementSpecialist"), QLatin1StringView("QCPerson"),
    QLatin1StringView("Assembler"),             QLatin1StringView("ServiceDepartment"),
};

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

} // namespace

std::optional<AppRole> appRoleFromName(const QString& name)
{
    for (int i = 0; i < 6; ++i) {
        if (name == kRoleNames[i])
            return AppRole(i);
    }
    return std::nullopt;
}

QString appRoleName(AppRole role)
{
    return QString(kRoleNames[int(role)]);
}

// The call running on the worker and the means to cancel its statement from another thread. libpq's
// PGcancel object is made in the worker thread (PQgetCancel must not race the connection's own use)
// and used from a pool thread (PQcancel is safe to call from any thread).
struct Session::CancelSlot
{
    std::mutex mutex;
    quint64 running = 0;
    PGcancel* cancel = nullptr;
    const void* conn = nullptr;          // the PGconn that `cancel` belongs to
    std::atomic<quint64> nextId{1};
    std::atomic<bool> closing{false};    // the session is going away: queued calls are skipped

    ~CancelSlot()
    {
        if (cancel)
            PQfreeCancel(cancel);
    }
    // In the worker thread, before a call: a reconnect made a new PGconn, so a new cancel object.
    void prepare(QSqlDatabase& db, quint64 id)
    {
        PGconn* pg = nullptr;
        const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
        // Qt 6 names the type by the struct behind libpq's typedef ("pg_conn*"); Qt 5 said "PGconn*".
        if (handle.isValid() && (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0))
            pg = *static_cast<PGconn* const*>(handle.data());
        std::lock_guard lock(mutex);
        if (pg != conn) {
            if (cancel)
                PQfreeCancel(cancel);
            cancel = pg ? PQgetCancel(pg) : nullptr;
            conn = pg;
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
{
    m_workerThread->setObjectName(QStringLiteral("cs-session-worker"));
    m_worker->moveToThread(m_workerThread);
    connect(m_workerThread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_workerThread->start();
}

namespace {
void closeWorkerConnection(const QString& name)
{
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}
} // namespace

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
    QMetaObject::invokeMethod(m_worker, [name = m_workerConnection] { closeWorkerConnection(name); },
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
    if (isConnectionError(error) || text.contains(u"could not connect") || text.contains(u"Connection refused")
        || text.contains(u"timeout expired") || text.contains(u"could not translate host name")
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

LoginResult Session::probe(const ConnectionSettings& settings)
{
    LoginResult r;
    ScopedConnection c(settings, "probe");
    if (!c.db().isOpen()) {
        r.failure = classify(c.db().lastError());
        r.detail = c.db().lastError().text();
        return r;
    }
    if (!whoami(c.db(), r) || !schemaCheck(c.db(), r))
        return r;
    r.failure = LoginFailure::None;
    return r;
}

LoginResult Session::start(const ConnectionSettings& settings, const QString& clientVersion)
{
    if (m_active)
        end();
    LoginResult r;
    m_settings = settings;
    QSqlDatabase db = settings.open(m_connectionName);
    if (!db.isOpen()) {
        r.failure = classify(db.lastError());
        r.detail = db.lastError().text();
        return r;
    }
    if (!whoami(db, r) || !schemaCheck(db, r)) {
        db.close();
        return r;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT cs.record_session_start(:host, :version)"));
    q.bindValue(QStringLiteral(":host"), QSysInfo::machineHostName());
    q.bindValue(QStringLiteral(":version"), clientVersion);
    if (!q.exec() || !q.next()) {
        r.failure = classify(q.lastError());
        r.detail = QStringLiteral("recording the session failed: %1").arg(q.lastError().text());
        db.close();
        return r;
    }
    m_sessionId = q.value(0).toString();
    m_user = r.user;
    m_active = true;
    r.failure = LoginFailure::None;
    return r;
}

void Session::end()
{
    if (!m_active)
        return;
    recordEvent(QStringLiteral("logout"));
    m_active = false;
    m_sessionId.clear();
    m_user = {};
    m_settings.password.clear();
    QSqlDatabase::database(m_connectionName, false).close();
    // Close the worker's connection in its own thread, after the queries already queued.
    QMetaObject::invokeMethod(m_worker, [name = m_workerConnection] { closeWorkerConnection(name); });
    emit ended();
}

bool Session::recordEvent(const QString& event)
{
    if (m_sessionId.isEmpty())
        return false;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT cs.record_session_event(CAST(:id AS uuid), :event)"));
    q.bindValue(QStringLiteral(":id"), m_sessionId);
    q.bindValue(QStringLiteral(":event"), event);
    return q.exec();
}

bool Session::verifyPassword(const QString& password, LoginFailure* failure) const
{
    ConnectionSettings s = m_settings;
    s.password = password;
    ScopedConnection c(s, "verify");
    const bool ok = c.db().isOpen();
    if (failure)
        *failure = ok ? LoginFailure::None : classify(c.db().lastError());
    return ok;
}

bool Session::changeOwnPassword(const QString& oldPassword, const QString& newPassword, QString* error)
{
    // The server wants a fresh authentication: the change runs on a new connection opened with
    // the old password, which proves it.
    ConnectionSettings s = m_settings;
    s.password = oldPassword;
    ScopedConnection c(s, "password");
    if (!c.db().isOpen()) {
        if (error)
            *error = classify(c.db().lastError()) == LoginFailure::BadCredentials ? QStringLiteral("E-OLD-PASSWORD")
                                                                                  : c.db().lastError().text();
        return false;
    }
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT cs.change_own_password(:password)"));
    // A SCRAM verifier computed here: the clear text never reaches the server or its statement log.
    const QString verifier = UserRepository::scramVerifier(newPassword);
    q.bindValue(QStringLiteral(":password"), verifier.isEmpty() ? newPassword : verifier);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().databaseText();
        return false;
    }
    m_settings.password = newPassword;
    QSqlDatabase db = database();
    db.setPassword(newPassword);
    return true;
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
        if (slot->closing || (call.cancelled && call.cancelled())) {
            call.run(nullptr, DbError::cancelled());
            return;
        }
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!db.isValid() || !db.isOpen()) {
            db = QSqlDatabase();
            db = settings.open(name);
            if (!db.isOpen()) {
                call.run(nullptr, DbError::fromSql(db.lastError()));
                return;
            }
        }
        slot->prepare(db, id);
        call.run(&db, {});
        slot->finished();
    });
}

QFuture<QueryResult> Session::runQuery(const QString& sql, const QVariantMap& bindings)
{
    return runOnWorker(sql, bindings, true);
}

QFuture<QueryResult> Session::runWrite(const QString& sql, const QVariantMap& bindings)
{
    return runOnWorker(sql, bindings, false);
}

QFuture<QueryResult> Session::runOnWorker(const QString& sql, const QVariantMap& bindings, bool resendAfterLostConnection)
{
    auto promise = std::make_shared<QPromise<QueryResult>>();
    QFuture<QueryResult> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(m_worker, [promise, name = m_workerConnection, settings = m_settings, sql, bindings,
                                         resendAfterLostConnection] {
        promise->addResult(runOne(name, settings, sql, bindings, resendAfterLostConnection));
        promise->finish();
    });
    return future;
}

QueryResult Session::runOne(const QString& name, const ConnectionSettings& settings, const QString& sql,
                            const QVariantMap& bindings, bool resendAfterLostConnection)
{
    {
        QueryResult result;
        for (int attempt = 0; attempt < 2; ++attempt) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (!db.isValid() || !db.isOpen()) {
                db = QSqlDatabase();
                db = settings.open(name);
                if (!db.isOpen()) {
                    result.error = db.lastError();
                    return result;
                }
            }
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(sql);
            for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
                q.bindValue(it.key(), it.value());
            if (!q.exec()) {
                result.error = q.lastError();
                q = QSqlQuery();
                if (Session::isConnectionError(result.error)) {
                    db.close();   // a stale connection after a server restart: the next call reconnects
                    if (resendAfterLostConnection)
                        continue;   // a read: retry once
                }
                return result;
            }
            result.error = QSqlError();
            const QSqlRecord rec = q.record();
            for (int i = 0; i < rec.count(); ++i)
                result.columns << rec.fieldName(i);
            while (q.next()) {
                QVariantList row;
                row.reserve(rec.count());
                for (int i = 0; i < rec.count(); ++i)
                    row << q.value(i);
                result.rows << row;
            }
            return result;
        }
        return result;
    }
}

bool Session::execute(const QString& sql, const QVariantMap& bindings, QSqlError* error)
{
    QSqlQuery q(database());
    q.prepare(sql);
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        q.bindValue(it.key(), it.value());
    const bool ok = q.exec();
    if (!ok && error)
        *error = q.lastError();
    return ok;
}

QSqlDatabase Session::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Session::serverVersion() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT current_setting('server_version')")) && q.next())
        return q.value(0).toString();
    return {};
}

bool Session::reopen()
{
    QSqlDatabase db = database();
    if (!db.isValid())
        return false;
    db.close();
    return db.open();
}

} // namespace cs::data
