#include "command.h"
#include "connection.h"

#include "data/common/connectionsettings.h"
#include "data/admin/demoseeder.h"

namespace cs::admin {
namespace {

int run(const QStringList& args)
{
    if (args.contains(u"--help")) {
        out(QStringLiteral(
            "Usage: cleanstation-admin seed-demo [--list-logins] [--conninfo \"...\"]\n\n"
            "Fills a migrated database with demo data: one person per role with a documented demo password,\n"
            "the project's demo catalog, and demo orders in different statuses (submitted, approved and moved\n"
            "through the real workflow functions as the demo users), and service requests in every status\n"
            "(requested by the service department, decided, ordered and received by procurement). Running it\n"
            "again adds only what is missing. Needs a superuser connection (it creates login roles). For demo\n"
            "clusters only.\n\n"
            "  --list-logins   print the demo logins and passwords, change nothing"));
        return ExitOk;
    }
    const QList<data::DemoSeeder::Login> logins = data::DemoSeeder::logins();
    if (args.contains(u"--list-logins")) {
        for (const auto& l : logins)
            out(QStringLiteral("  %1 %2 %3 (%4)").arg(l.username, -10).arg(l.password, -18).arg(l.role, -22).arg(l.fullName));
        return ExitOk;
    }
    QStringList rest = args.mid(1);
    data::ConnectionSettings settings;
    if (const int rc = settingsFromArgs(rest, &settings); rc != ExitOk)
        return rc;
    QStringList log;
    QString error;
    const bool ok = data::DemoSeeder(settings).run(&log, &error);
    for (const QString& line : log)
        out(line);
    if (!ok) {
        err(QStringLiteral("seed-demo: %1").arg(error));
        return ExitRefused;
    }
    out(log.isEmpty() ? QStringLiteral("Demo data already present; nothing to do.") : QStringLiteral("Demo data ready."));
    return ExitOk;
}

const Registration reg{{QStringLiteral("seed-demo"),
                        QStringLiteral("create demo users, the demo catalog, demo orders and service requests (demo clusters only)"), &run}};

} // namespace
} // namespace cs::admin
