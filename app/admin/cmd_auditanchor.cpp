#include "command.h"
#include "connection.h"

#include "data/admin/auditanchor.h"
#include "data/admin/auditsealer.h"
#include "data/admin/auditverifier.h"

#include <QSqlDatabase>

namespace cs::admin {
namespace {

int run(const QStringList& args)
{
    if (args.contains(u"--help")) {
        out(QStringLiteral(
            "Usage: cleanstation-admin audit-anchor [--out FILE] [--no-seal] [--conninfo \"...\"]\n\n"
            "Prints the head of the audit chain (position, hash, when it was sealed) as one JSON line, or\n"
            "writes it to FILE. Keep anchors outside the database (another machine, paper, a signed\n"
            "e-mail): 'verify-audit --anchor FILE' then fails when the chain no longer has that hash at that\n"
            "position, which catches a superuser who rewrote the chain and recomputed every hash. Take one\n"
            "regularly, after a clean 'verify-audit --anchor LAST_ANCHOR'. When its login may seal (the\n"
            "PostgreSQL superuser or a login in cs_sealer), it seals first, so the anchor covers every row\n"
            "committed until then. Needs an Admin or superuser connection.\n\n"
            "  --out FILE   write the anchor to FILE (replaced whole) instead of printing it\n"
            "  --no-seal    do not seal first\n\n"
            "Exit codes: 0 written, 1 the chain cannot be read or the file cannot be written, 2 bad arguments\n"
            "or no connection."));
        return ExitOk;
    }
    QStringList rest = args.mid(1);
    const bool seal = rest.removeAll(QStringLiteral("--no-seal")) == 0;
    QString outFile;
    if (const qsizetype i = rest.indexOf(QStringLiteral("--out")); i >= 0) {
        if (i + 1 >= rest.size()) {
            err(QStringLiteral("audit-anchor: --out needs a file name"));
            return ExitBadInput;
        }
        outFile = rest.at(i + 1);
        rest.remove(i, 2);
    }
    QSqlDatabase db;
    if (const int rc = openFromArgs(rest, &db); rc != ExitOk)
        return rc;
    if (!rest.isEmpty()) {
        err(QStringLiteral("audit-anchor: unexpected argument(s): %1").arg(rest.join(u' ')));
        return ExitBadInput;
    }
    if (seal) {
        data::AuditSealer sealer(db);
        if (sealer.maySeal()) {
            const data::AuditSealer::Result s = sealer.sealAll();
            if (!s.ok())
                err(QStringLiteral("audit-anchor: warning: %1").arg(s.error));
        }
    }
    QString error;
    const data::AuditAnchor head = data::AuditVerifier(db).currentHead(&error);
    if (!head.isValid()) {
        err(QStringLiteral("audit-anchor: %1").arg(error.isEmpty() ? QStringLiteral("no head") : error));
        return ExitRefused;
    }
    if (outFile.isEmpty()) {
        out(QString::fromUtf8(head.toJson()).trimmed());
        return ExitOk;
    }
    if (!head.writeFile(outFile, &error)) {
        err(QStringLiteral("audit-anchor: %1").arg(error));
        return ExitRefused;
    }
    out(QStringLiteral("Anchor written to %1: position %2, hash %3.").arg(outFile).arg(head.position).arg(head.hash));
    return ExitOk;
}

const Registration reg{{QStringLiteral("audit-anchor"),
                        QStringLiteral("print or write the audit chain's head, to keep outside the database"), &run}};

} // namespace
} // namespace cs::admin
