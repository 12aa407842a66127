#include "command.h"
#include "connection.h"

#include "data/schema/boardindexes.h"
#include "data/schema/migrator.h"

#include <QSqlDatabase>

namespace cs::admin {
namespace {

int run(const QStringList& args)
{
    if (args.contains(u"--help")) {
        out(QStringLiteral(
            "Usage: cleanstation-admin migrate [--check] [--force-functions] [--conninfo \"...\"]\n\n"
            "Brings the database to this program's schema, in two steps:\n"
            "  1. the numbered migrations embedded in this program (tables, types, indexes, data), in order,\n"
            "     each in one transaction, recorded in cs.schema_migrations;\n"
            "  2. the SQL function files (functions, views, policies and grants): when one of them differs\n"
            "     from those recorded in cs.schema_repeatables, or a migration was applied after them, all\n"
            "     of them again, in one transaction, recorded in cs.schema_repeatables.\n"
            "Then, once the orders table holds 4,000 builds, it builds the order board's sort and search\n"
            "indexes that are missing (CREATE INDEX CONCURRENTLY: people keep working); run it from a nightly\n"
            "job so that a growing plant gets them before the board needs them.\n"
            "Running it again does nothing. Needs a superuser connection (it creates the cluster-wide group\n"
            "roles cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service and the schema\n"
            "owner cs_owner).\n"
            "Refuses a database whose applied migrations were edited, whose schema is newer than this\n"
            "program, or whose SQL function files were replaced by a newer program's.\n\n"
            "  --check             verify only: is the database at this program's schema version, with this\n"
            "                      program's SQL function files? Lists the files that differ.\n"
            "  --force-functions   apply this program's SQL function files even where a newer program's\n"
            "                      replaced them (going back on purpose); recorded as forced.\n\n"
            "Exit codes: 0 up to date, 1 refused or failed, 2 bad arguments or no connection."));
        return ExitOk;
    }
    QStringList rest = args.mid(1);
    const bool checkOnly = rest.removeAll(QStringLiteral("--check")) > 0;
    const bool force = rest.removeAll(QStringLiteral("--force-functions")) > 0;
    if (checkOnly && force) {
        err(QStringLiteral("migrate: --check and --force-functions exclude each other"));
        return ExitBadInput;
    }
    QSqlDatabase db;
    if (const int rc = openFromArgs(rest, &db); rc != ExitOk)
        return rc;
    if (!rest.isEmpty()) {
        err(QStringLiteral("migrate: unexpected argument(s): %1").arg(rest.join(u' ')));
        return ExitBadInput;
    }
    data::Migrator migrator(db);
    migrator.setForceRepeatables(force);
    if (checkOnly) {
        const data::Migrator::Result r = migrator.check();
        for (const QString& line : r.repeatableDifferences)
            out(QStringLiteral("SQL file differs: %1").arg(line));
        if (!r.ok) {
            err(QStringLiteral("migrate --check: %1").arg(r.error));
            return ExitRefused;
        }
        out(QStringLiteral("Schema version %1 and its %2 SQL function files: up to date.")
                .arg(r.version)
                .arg(r.repeatableCount));
        return ExitOk;
    }
    const data::Migrator::Result r = migrator.migrate();
    for (const QString& name : r.applied)
        out(QStringLiteral("Applied %1").arg(name));
    if (!r.repeatablesApplied.isEmpty())
        out(QStringLiteral("Applied the SQL function files: %1").arg(r.repeatablesApplied.join(QStringLiteral(", "))));
    if (!r.ok) {
        err(QStringLiteral("migrate: %1").arg(r.error));
        return ExitRefused;
    }
    // The board's indexes for a large table, once it is large (0023); people keep working meanwhile.
    const data::BoardIndexes::Result indexes = data::BoardIndexes::buildWhenDue(db);
    for (const QString& name : indexes.built)
        out(QStringLiteral("Built the board's index %1 (the orders table holds %2 builds or more)")
                .arg(name)
                .arg(data::BoardIndexes::kBuildsNeeded));
    if (!indexes.ok) {
        err(QStringLiteral("migrate: the board's indexes: %1").arg(indexes.error));
        return ExitRefused;
    }
    out(r.applied.isEmpty() && r.repeatablesApplied.isEmpty()
            ? QStringLiteral("Schema version %1 and its %2 SQL function files: already up to date.")
                  .arg(r.version)
                  .arg(r.repeatableCount)
            : QStringLiteral("Schema version %1 with %2 SQL function files.").arg(r.version).arg(r.repeatableCount));
    return ExitOk;
}

const Registration reg{{QStringLiteral("migrate"), QStringLiteral("apply the embedded schema migrations (superuser)"), &run}};

} // namespace
} // namespace cs::admin
