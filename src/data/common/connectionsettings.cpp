#include "data/common/connectionsettings.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

namespace cs::data {

ConnectionSettings ConnectionSettings::fromEnvironment()
{
    ConnectionSettings s;
    s.host = qEnvironmentVariable("PGHOST");
    s.port = qEnvironmentVariableIntValue("PGPORT");
    s.database = qEnvironmentVariable("PGDATABASE");
    s.user = qEnvironmentVariable("PGUSER");
    s.password = qEnvironmentVariable("PGPASSWORD");
    s.sslMode = qEnvironmentVariable("PGSSLMODE");
    s.sslRootCert = qEnvironmentVariable("PGSSLROOTCERT");
    return s;
}

ConnectionSettings ConnectionSettings::fromConninfo(const QString& conninfo, QString* error)
{
    ConnectionSettings s = fromEnvironment();
    QStringList unknown;
    int i = 0;
    const int n = int(conninfo.size());
    while (i < n) {
        while (i < n && conninfo.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const int eq = int(conninfo.indexOf(u'=', i));
        if (eq < 0) {
            unknown << conninfo.mid(i);
            break;
        }
        const QString key = conninfo.mid(i, eq - i).trimmed();
        i = eq + 1;
        QString value;
        if (i < n && conninfo.at(i) == u'\'') {
            ++i;
            while (i < n && conninfo.at(i) != u'\'') {
                if (conninfo.at(i) == u'\\' && i + 1 < n)
                    ++i;
                value += conninfo.at(i++);
            }
            ++i; // closing quote
        } else {
            while (i < n && !conninfo.at(i).isSpace())
                value += conninfo.at(i++);
        }
        if (key == u"host" || key == u"hostaddr")
            s.host = value;
        else if (key == u"port")
            s.port = value.toInt();
        else if (key == u"dbname")
            s.database = value;
        else if (key == u"user")
            s.user = value;
        else if (key == u"password")
            s.password = value;
        else if (key == u"sslmode")
            s.sslMode = value;
        else if (key == u"sslrootcert")
            s.sslRootCert = value;
        else if (key == u"application_name")
            s.applicationName = value;
        else
            unknown << key;
    }
    if (error)
        *error = unknown.isEmpty() ? QString()
                                   : QStringLiteral("unknown connection keyword(s): %1").arg(unknown.join(u", "));
    return s;
}

QString ConnectionSettings::describe() const
{
    return QStringLiteral("%1@%2:%3/%4")
        .arg(user.isEmpty() ? QStringLiteral("(default user)") : user,
             host.isEmpty() ? QStringLiteral("(default host)") : host,
             port ? QString::number(port) : QStringLiteral("(default port)"),
             database.isEmpty() ? QStringLiteral("(default database)") : database);
}

namespace {
// A libpq conninfo value: quoted, with quotes and backslashes escaped, so spaces in paths or names
// cannot break the string. (QPSQL joins the connect options into the conninfo it hands to libpq.)
QString conninfoValue(const QString& value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + v + u'\'';
}
} // namespace

QSqlDatabase ConnectionSettings::open(const QString& connectionName) const
{
    if (QSqlDatabase::contains(connectionName))
        QSqlDatabase::removeDatabase(connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!host.isEmpty())
        db.setHostName(host);
    if (port > 0)
        db.setPort(port);
    if (!database.isEmpty())
        db.setDatabaseName(database);
    if (!user.isEmpty())
        db.setUserName(user);
    if (!password.isEmpty())
        db.setPassword(password);
    QStringList options;
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=%1").arg(conninfoValue(sslMode));
    if (!sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=%1").arg(conninfoValue(sslRootCert));
    if (!applicationName.isEmpty())
        options << QStringLiteral("application_name=%1").arg(conninfoValue(applicationName));
    // A server that stops answering (a pulled cable, a frozen host) is noticed by the kernel within
    // about a minute instead of the two hours of the system default: 30 s idle, then 3 probes 10 s apart.
    options << QStringLiteral("connect_timeout=%1").arg(qMax(2, connectTimeoutSeconds)) << QStringLiteral("keepalives=1")
            << QStringLiteral("keepalives_idle=30") << QStringLiteral("keepalives_interval=10")
            << QStringLiteral("keepalives_count=3");
    if (statementTimeoutMs > 0)
        options << QStringLiteral("options='-c statement_timeout=%1'").arg(statementTimeoutMs);
    db.setConnectOptions(options.join(u';'));
    db.open();
    return db;
}

QString sqlState(const QSqlError& error)
{
    return error.nativeErrorCode();
}

} // namespace cs::data
