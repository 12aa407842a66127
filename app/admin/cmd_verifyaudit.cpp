#include "command.h"
#include "connection.h"

#include "data/admin/auditverifier.h"

#include <QSqlDatabase>

namespace cs::admin {
namespace {

int run(const QStringList& args)
{
    if (args.contains(u"--help")) {
        out(QStringLiteral(
            "Usage: cleanstation-admin verify-audit [--conninfo \"...\"]\n\n"
            "Walks the hash chain of cs.audit_log from the first row to the last and reports the first\n"
            "broken row: altered content, a removed or inserted row, or rows removed at the end.\n"
            "Needs an Admin or superuser connection.\n\n"
            "Exit codes: 0 intact, 1 broken chain or the log cannot be read, 2 bad arguments or no connection."));
        return ExitOk;
    }
    QStringList rest = args.mid(1);
    QSqlDatabase db;
    if (const int rc = openFromArgs(rest, &db); rc != ExitOk)
        return rc;
    if (!rest.isEmpty()) {
        err(QStringLiteral("verify-audit: unexpected argument(s): %1").arg(rest.join(u' ')));
        return ExitBadInput;
    }
    const data::AuditVerifier::Result r = data::AuditVerifier(db).verify();
    if (!r.error.isEmpty()) {
        err(QStringLiteral("verify-audit: %1").arg(r.error));
        return ExitRefused;
    }
    if (!r.ok) {
        err(QStringLiteral("verify-audit: BROKEN at audit row %1: %2 (%3 rows checked)")
                .arg(r.brokenId)
                .arg(r.reason)
                .arg(r.rowsChecked));
        return ExitRefused;
    }
    out(QStringLiteral("Audit chain intact: %1 rows checked.").arg(r.rowsChecked));
    return ExitOk;
}

const Registration reg{{QStringLiteral("verify-audit"), QStringLiteral("check the audit log's hash chain"), &run}};

} // namespace
} // namespace cs::admin
