#include "command.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <cstring>
#include <memory>

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
        out(QStringLiteral("  %1  %2").arg(c.name, -19).arg(c.summary));
    out(QStringLiteral("\nRun 'cleanstation-admin <command> --help' for the options of one command."));
}
} // namespace

int main(int argc, char* argv[])
{
    // The print and qc-record commands paint travelers, labels and QC records (QtGui: fonts,
    // QPdfWriter, QTextDocument), so they run with a QGuiApplication on the offscreen platform unless
    // one is set; every other command stays on QCoreApplication and needs no display or platform plugin.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && (std::strcmp(argv[1], "print") == 0 || std::strcmp(argv[1], "qc-record") == 0)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("CleanStation"));
    QCoreApplication::setApplicationName(QStringLiteral("cleanstation-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CS_VERSION_STRING));

    const QStringList args = QCoreApplication::arguments().mid(1);
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
