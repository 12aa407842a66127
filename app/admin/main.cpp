#include "command.h"

#include <QCoreApplication>

#include <algorithm>

using namespace cs::admin;

namespace {
void printUsage()
{
    QList<Command> sorted = commands();
    std::sort(sorted.begin(), sorted.end(),
              [](const Command& a, const Command& b) { return a.name < b.name; });
    out(QStringLiteral("Usage: cleanstation-admin <command> [options]\n\n"
                       "Connection: the standard libpq variables (PGHOST, PGPORT, PGDATABASE, PGUSER,\n"
                       "PGPASSWORD or ~/.pgpass, PGSSLMODE, PGSSLROOTCERT), or --conninfo \"key=value ...\".\n\n"
                       "Commands:"));
    for (const Command& c : sorted)
        out(QStringLiteral("  %1%2").arg(c.name, -16).arg(c.summary));
    out(QStringLiteral("\nRun 'cleanstation-admin <command> --help' for the options of one command."));
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CleanStation"));
    QCoreApplication::setApplicationName(QStringLiteral("cleanstation-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CS_VERSION_STRING));

    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h" || args.first() == u"help") {
        printUsage();
        return args.isEmpty() ? ExitBadInput : ExitOk;
    }
    if (args.first() == u"--version") {
        out(QCoreApplication::applicationVersion());
        return ExitOk;
    }
    for (const Command& c : commands()) {
        if (c.name == args.first())
            return c.run(args);
    }
    err(QStringLiteral("cleanstation-admin: unknown command '%1'. Run 'cleanstation-admin --help'.")
            .arg(args.first()));
    return ExitBadInput;
}
