#include "command.h"
#include "connection.h"

#include "data/schema/migrator.h"

#include <QSqlDatabase>

namespace cs::admin {
namespace {

int run(const QStringList& args)
{
    if (args.contains(u"--help")) {
        out(QStringLiteral(
            "Usage: cleanstation-admin migrate [--check] [--conninfo \"...\"]\n\n"
            "Applies the schema migrations embedded in this program, in order, each in one transaction,\n"
            "and records them in cs.schema_migrations. Running it again does nothing. Needs a superuser\n"
            "connection (it creates the cluster-wide group roles cs_coordinator, cs_admin, cs_procurement,\n"
            "cs_qc, cs_assembler, cs_service and the schema owner cs_owner).\n"
            "Refuses a database whose applied migrations were edited, or whose schema is newer than this\n"
            "program.\n\n"
            "  --check   verify only: is the database at this program's schema version?\n\n"
            "Exit codes: 0 up to date, 1 refused or failed, 2 bad arguments or no connection."));
        return ExitOk;
    }
    QStringList rest = args.mid(1);
    const bool checkOnly = rest.removeAll(QStringLiteral("--check")) > 0;
    QSqlDatabase db;
    if (const int rc = openFromArgs(rest, &db); rc != ExitOk)
        return rc;
    if (!rest.isEmpty()) {
        err(QStringLiteral("migrate: unexpected argument(s): %1").arg(rest.join(u' ')));
        return ExitBadInput;
    }
    data::Migrator migrator(db);
    if (checkOnly) {
        const data::Migrator::Result r = migrator.check();
        if (!r.ok) {
            err(QStringLiteral("migrate --check: %1").arg(r.error));
            return ExitRefused;
        }
        out(QStringLiteral("Schema version %1: up to date.").arg(r.version));
        return ExitOk;
    }
    const data::Migrator::Result r = migrator.migrate();
    for (const QString& name : r.applied)
        out(QStringLiteral("Applied %1").arg(name));
    if (!r.ok) {
        err(QStringLiteral("migrate: %1").arg(r.error));
        return ExitRefused;
    }
    out(r.applied.isEmpty() ? QStringLiteral("Schema version %1: already up to date.").arg(r.version)
                            : QStringLiteral("Schema version %1.").arg(r.version));
    return ExitOk;
}

const Registration reg{{QStringLiteral("migrate"), QStringLiteral("apply the embedded schema migrations (superuser)"), &run}};

} // namespace
} // namespace cs::admin
