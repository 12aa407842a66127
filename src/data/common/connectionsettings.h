#pragma once

#include <QString>

class QSqlDatabase;
class QSqlError;

namespace cs::data {

// Where and as whom to connect. Empty fields fall back to libpq's own defaults, which read the
// standard PG* environment variables and ~/.pgpass, so the CLI and the tests need no extra flags.
// A password is never written anywhere by this class.
struct ConnectionSettings
{
    QString host;
    int port = 0;               // 0: libpq default
    QString database;
    QString user;
    QString password;
    QString sslMode;            // disable, allow, prefer, require, verify-ca, verify-full
    QString sslRootCert;        // CA file for verify-ca / verify-full
    QString applicationName = QStringLiteral("cleanstation");
    // The server's statement_timeout for this connection in milliseconds (0: the role's or server's
    // default). The app's interactive connections set one, so that a slow read cannot hold the
    // session's worker for long; the CLI and migrations leave it to the server.
    int statementTimeoutMs = 0;
    // How long libpq waits for the server to take the connection and authenticate it, in seconds. Short
    // for the connections the app opens again by itself (the worker's after a loss, the connection
    // watcher's), so that a server that stopped answering is noticed soon; a login waits longer
    // (Session::kLoginConnectTimeoutSeconds): a person at the login window would rather wait a few more
    // seconds for a busy server than be told it cannot be reached, and a login given up on has already
    // cost the server its new backend.
    int connectTimeoutSeconds = 5;

    // The PG* variables, as libpq would read them.
    static ConnectionSettings fromEnvironment();
    // Parses "key=value key='quoted value'" (libpq conninfo keywords host, port, dbname, user,
    // password, sslmode, sslrootcert, application_name). Unknown keys are reported in *error.
    static ConnectionSettings fromConninfo(const QString& conninfo, QString* error = nullptr);

    // "user@host:port/database" for messages and logs; never contains the password.
    QString describe() const;

    // Adds (or replaces) a QPSQL connection with this name and opens it. On failure returns a
    // closed database; the caller reads lastError() and removes the connection.
    QSqlDatabase open(const QString& connectionName) const;
};

// SQLSTATE of a failed statement ("42501" for insufficient privilege), empty when unknown.
QString sqlState(const QSqlError& error);

} // namespace cs::data
