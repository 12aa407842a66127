#include "privatecluster.h"

#include "testpaths.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <unistd.h>

namespace cs::test {

namespace {

QString serverBinaries()
{
    return qEnvironmentVariableIsEmpty("PGBIN") ? QStringLiteral("/usr/lib/postgresql/15/bin") : qEnvironmentVariable("PGBIN");
}

} // namespace

PrivateCluster::PrivateCluster(Commits commits)
    : m_commits(commits)
{
    // pg.sh runs the server as `postgres` when called as root: it must reach the directory.
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                            | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                            | QFileDevice::ExeOther);
}

bool PrivateCluster::serverAvailable(QString* why)
{
    if (QFile::exists(serverBinaries() + QStringLiteral("/postgres")))
        return true;
    if (why)
        *why = QStringLiteral("PostgreSQL 15 server binaries are needed (scripts/deps.sh)");
    return false;
}

QString PrivateCluster::directory() const
{
    return m_dir.path() + QStringLiteral("/pg");
}

QString PrivateCluster::port() const
{
    QFile f(directory() + QStringLiteral("/port"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).trimmed() : QString();
}

bool PrivateCluster::pgScript(const QString& command, QString* output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args = {sourcePath(u"scripts/pg.sh"), command, directory()};
    if (command == u"start" && m_commits == Commits::Fast)
        args << QStringLiteral("--fast");
    p.start(QStringLiteral("bash"), args);
    if (!p.waitForFinished(180000)) {
        qWarning("pg.sh %s did not finish", qPrintable(command));
        return false;
    }
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput());
    if (p.exitCode() != 0 && command != u"status")
        qWarning("pg.sh %s failed: %s", qPrintable(command), p.readAllStandardError().constData());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool PrivateCluster::start()
{
    if (!m_dir.isValid()) {
        qWarning("no temporary directory for the cluster");
        return false;
    }
    QString env;
    if (!pgScript(QStringLiteral("start"), &env))
        return false;
    if (m_started)
        return true;
    // pg.sh prints `export PGHOST='...'` lines: this cluster's superuser settings replace any others.
    static const QRegularExpression line(QStringLiteral("^export (PG[A-Z]+)='?([^'\\n]*)'?$"),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(env); it.hasNext();) {
        const auto m = it.next();
        qputenv(m.captured(1).toLatin1().constData(), m.captured(2).toUtf8());
    }
    if (qEnvironmentVariableIsEmpty("PGPORT")) {
        qWarning("pg.sh start printed no settings: %s", qPrintable(env));
        return false;
    }
    m_started = true;
    return true;
}

bool PrivateCluster::stop()
{
    return pgScript(QStringLiteral("stop"));
}

bool PrivateCluster::isRunning()
{
    return pgScript(QStringLiteral("status"));
}

bool PrivateCluster::stopImmediate()
{
    // pg.sh stops fast only; an immediate stop is pg_ctl's own, run as the cluster's owner.
    QStringList cmd{serverBinaries() + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), directory() + QStringLiteral("/data"),
                    QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")};
    if (::getuid() == 0)
        cmd = QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + cmd;
    QProcess p;
    const QString program = cmd.takeFirst();
    p.start(program, cmd);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("pg_ctl stop -m immediate failed: %s", p.readAllStandardError().constData());
        return false;
    }
    return true;
}

} // namespace cs::test
