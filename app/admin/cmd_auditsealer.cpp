#include "command.h"
#include "connection.h"

#include "data/admin/auditsealer.h"

#include <QDateTime>
#include <QEventLoop>
#include <QSocketNotifier>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace cs::admin {
namespace {

// SIGTERM and SIGINT end the daemon between two sealing runs: the handler only writes a byte here.
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
}

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Session settings of the sealer's own connection: a chain lock held by someone else's open
// transaction (a superuser calling cs.seal_audit by hand) makes a run give up and retry later
// instead of hanging.
bool prepareSession(QSqlDatabase db, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SET lock_timeout = '10s'"))) {
        *error = q.lastError().text().trimmed();
        return false;
    }
    return true;
}

int run(const QStringList& args)
{
    if (args.contains(u"--help")) {
        out(QStringLiteral(
            "Usage: cleanstation-admin audit-sealer [--once] [--interval SECONDS] [--batch ROWS] [--verbose]\n"
            "                                       [--conninfo \"...\"]\n\n"
            "The audit sealer: chains every committed audit row into the audit chain (cs.audit_seal), in\n"
            "short transactions of its own: every --interval seconds (a cheap look at its queue when there\n"
            "is nothing to seal), and at once on a NOTIFY on the channel cs_audit (an operator's nudge; the\n"
            "audit trigger does not notify, as that would make every commit in the plant wait for one lock).\n"
            "Runs until SIGTERM or SIGINT, and reconnects by itself when the server goes away.\n\n"
            "Run it on the database server, as the PostgreSQL superuser (the local socket and peer\n"
            "authentication, e.g. sudo -u postgres cleanstation-admin audit-sealer --conninfo\n"
            "\"host=/var/run/postgresql dbname=cleanstation\") or as a login that is a member of the role\n"
            "cs_sealer (GRANT cs_sealer TO that_login). People's logins may not seal. Several sealers at\n"
            "once are harmless: they take turns.\n\n"
            "  --once             seal what is committed now and exit\n"
            "  --interval SECONDS seal at least this often (default 1)\n"
            "  --batch ROWS       rows per sealing transaction (default 5000)\n"
            "  --verbose          print a line for every run that sealed rows\n\n"
            "Exit codes: 0 stopped by SIGTERM or SIGINT (or --once done), 1 this login may not seal (or\n"
            "--once failed), 2 bad arguments or no connection at the start."));
        return ExitOk;
    }
    QStringList rest = args.mid(1);
    const bool once = rest.removeAll(QStringLiteral("--once")) > 0;
    const bool verbose = rest.removeAll(QStringLiteral("--verbose")) > 0;
    int intervalSeconds = 1;
    int batch = data::AuditSealer::kDefaultBatch;
    for (const QString& option : {QStringLiteral("--interval"), QStringLiteral("--batch")}) {
        const qsizetype i = rest.indexOf(option);
        if (i < 0)
            continue;
        bool ok = false;
        const int value = i + 1 < rest.size() ? rest.at(i + 1).toInt(&ok) : 0;
        if (!ok || value < 1) {
            err(QStringLiteral("audit-sealer: %1 takes a whole number of 1 or more").arg(option));
            return ExitBadInput;
        }
        (option == u"--interval" ? intervalSeconds : batch) = value;
        rest.remove(i, 2);
    }
    data::ConnectionSettings settings;
    if (const int rc = settingsFromArgs(rest, &settings); rc != ExitOk)
        return rc;
    if (!rest.isEmpty()) {
        err(QStringLiteral("audit-sealer: unexpected argument(s): %1").arg(rest.join(u' ')));
        return ExitBadInput;
    }
    settings.applicationName = QStringLiteral("cleanstation-audit-sealer");
    QSqlDatabase db = settings.open(QStringLiteral("audit-sealer"));
    if (!db.isOpen()) {
        err(QStringLiteral("audit-sealer: cannot connect to %1: %2")
                .arg(settings.describe(), db.lastError().text().trimmed()));
        return ExitBadInput;
    }
    QString why;
    if (!data::AuditSealer(db).maySeal(&why)) {
        err(QStringLiteral("audit-sealer: %1").arg(why));
        return ExitRefused;
    }
    if (!prepareSession(db, &why)) {
        err(QStringLiteral("audit-sealer: %1").arg(why));
        return ExitRefused;
    }

    if (once) {
        const data::AuditSealer::Result r = data::AuditSealer(db).sealAll(batch);
        if (!r.ok()) {
            err(QStringLiteral("audit-sealer: %1").arg(r.error));
            return ExitRefused;
        }
        out(QStringLiteral("Sealed %1 audit row(s).").arg(r.sealed));
        return ExitOk;
    }

    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        err(QStringLiteral("audit-sealer: cannot set up signal handling"));
        return ExitRefused;
    }
    struct sigaction action{};
    action.sa_handler = &onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);

    QEventLoop loop;
    QSocketNotifier stopRequest(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&stopRequest, &QSocketNotifier::activated, &loop, [&] { loop.exit(ExitOk); });

    bool down = false;   // the connection was lost and is not back yet (said once)
    auto subscribe = [&] {
        if (!db.driver()->subscribeToNotification(data::AuditSealer::notifyChannel()))
            err(QStringLiteral("%1 audit-sealer: cannot listen on %2 (%3); sealing every %4 s only")
                    .arg(stamp(), data::AuditSealer::notifyChannel(), db.driver()->lastError().text().trimmed())
                    .arg(intervalSeconds));
    };
    auto sealNow = [&] {
        if (!db.isOpen()) {
            QString error;
            if (!db.open() || !prepareSession(db, &error)) {
                if (!down)
                    err(QStringLiteral("%1 audit-sealer: the server is unreachable (%2); retrying every second")
                            .arg(stamp(), error.isEmpty() ? db.lastError().text().trimmed() : error));
                down = true;
                db.close();
                return;
            }
            subscribe();
            out(QStringLiteral("%1 audit-sealer: connected again to %2").arg(stamp(), settings.describe()));
            down = false;
        }
        const data::AuditSealer::Result r = data::AuditSealer(db).sealAll(batch);
        if (!r.ok()) {
            err(QStringLiteral("%1 audit-sealer: %2").arg(stamp(), r.error));
            QSqlQuery probe(db);
            if (!probe.exec(QStringLiteral("SELECT 1"))) {
                down = true;
                db.close();
            }
            return;
        }
        if (verbose && r.sealed > 0)
            out(QStringLiteral("%1 audit-sealer: sealed %2 row(s)").arg(stamp()).arg(r.sealed));
    };

    // The timer seals what was committed since the last run; a notification (an operator's nudge)
    // starts a run shortly after (several NOTIFYs by anyone share one run).
    QTimer soon;
    soon.setSingleShot(true);
    soon.setInterval(100);
    QObject::connect(&soon, &QTimer::timeout, &loop, sealNow);
    QObject::connect(db.driver(), &QSqlDriver::notification, &loop, [&] {
        if (!soon.isActive())
            soon.start();
    });
    QTimer periodic;
    periodic.setInterval(intervalSeconds * 1000);
    QObject::connect(&periodic, &QTimer::timeout, &loop, sealNow);
    // A lost connection (the server restarted, the backend was ended) shows as soon as its socket
    // closes; reconnect then and seal what was committed meanwhile, whatever the interval.
    QTimer health;
    health.setInterval(1000);
    QObject::connect(&health, &QTimer::timeout, &loop, [&] {
        if (!db.isOpen())
            sealNow();
    });

    subscribe();
    out(QStringLiteral("%1 audit-sealer: sealing %2 (on %3, at least every %4 s)")
            .arg(stamp(), settings.describe(), data::AuditSealer::notifyChannel())
            .arg(intervalSeconds));
    sealNow();
    periodic.start();
    health.start();
    const int rc = loop.exec();
    out(QStringLiteral("%1 audit-sealer: stopped").arg(stamp()));
    return rc;
}

const Registration reg{{QStringLiteral("audit-sealer"),
                        QStringLiteral("the daemon that seals the audit chain (on the server)"), &run}};

} // namespace
} // namespace cs::admin
