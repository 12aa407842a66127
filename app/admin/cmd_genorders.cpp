// cleanstation-admin gen-orders N [--seed S] [--fast]: N realistic orders for scale tests.
#include "devtools/ordergenerator.h"
#include "command.h"
#include "connection.h"

#include "data/orders/orderqueries.h"

#include <QElapsedTimer>
#include <QSqlDatabase>

namespace cs::admin {
namespace {

int run(const QStringList& args)
{
    if (args.contains(u"--help") || args.size() < 2) {
        out(QStringLiteral(
            "Usage: cleanstation-admin gen-orders N [--seed S] [--fast] [--conninfo \"...\"]\n\n"
            "Creates N synthetic but realistic builds for scale tests: purchase orders of two builds each,\n"
            "hospital customers, projects, sales people, statuses across the workflow, want dates around\n"
            "today and a neutral configuration; no BOM (orders.generated_bom_id is nullable; the board and\n"
            "search do not need one). Set-based INSERT ... SELECT over generate_series, 100,000 builds per\n"
            "transaction. Build numbers are G<seed>-NNNNNNN; a second run with the same seed continues them.\n"
            "Once the table holds 4,000 builds it also builds the order board's sort and search indexes (as\n"
            "migrate does).\n"
            "Needs a superuser connection (it writes cs.orders directly).\n"
            "  --fast  skips the audit and other triggers for this session (session_replication_role =\n"
            "          replica): much faster, but the generated rows have NO audit trail. Scratch databases only.\n"
            "Exit codes: 0 done, 1 refused by the database, 2 bad arguments or no connection."));
        return args.contains(u"--help") ? ExitOk : ExitBadInput;
    }
    QStringList rest = args.mid(1);
    devtools::OrderGenerator::Options options;
    bool ok = false;
    options.count = rest.value(0).toLongLong(&ok);
    if (!ok || options.count < 1) {
        err(QStringLiteral("gen-orders: N must be a positive number (got \"%1\")").arg(rest.value(0)));
        return ExitBadInput;
    }
    rest.removeFirst();
    if (const qsizetype i = rest.indexOf(QStringLiteral("--seed")); i >= 0) {
        options.seed = rest.value(i + 1).toUInt(&ok);
        if (!ok) {
            err(QStringLiteral("gen-orders: --seed needs a number"));
            return ExitBadInput;
        }
        rest.remove(i, 2);
    }
    if (rest.removeAll(QStringLiteral("--fast")) > 0)
        options.skipTriggers = true;
    QSqlDatabase db;
    if (const int rc = openFromArgs(rest, &db); rc != ExitOk)
        return rc;
    if (!rest.isEmpty()) {
        err(QStringLiteral("gen-orders: unknown argument \"%1\"").arg(rest.first()));
        return ExitBadInput;
    }
    if (options.skipTriggers)
        err(QStringLiteral("gen-orders: --fast: audit triggers are OFF for this session; the generated rows are not in the audit trail."));
    QElapsedTimer timer;
    timer.start();
    QString error;
    const bool done = devtools::OrderGenerator::generate(
        db, options,
        [&timer](qint64 n) { err(QStringLiteral("  %1 builds (%2 s)").arg(n).arg(timer.elapsed() / 1000.0, 0, 'f', 1)); },
        &error);
    if (!done) {
        err(QStringLiteral("gen-orders: %1").arg(error));
        return ExitRefused;
    }
    out(QStringLiteral("%1 builds created in %2 s (seed %3%4)")
            .arg(options.count)
            .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
            .arg(options.seed)
            .arg(options.skipTriggers ? QStringLiteral(", not audited") : QString()));
    return ExitOk;
}

const Registration reg{{QStringLiteral("gen-orders"),
                        QStringLiteral("create N realistic synthetic orders for scale tests (superuser)"), &run}};

} // namespace
} // namespace cs::admin
