#include "command.h"
#include "connection.h"

#include "data/admin/auditanchor.h"
#include "data/admin/auditsealer.h"
#include "data/admin/auditverifier.h"

#include <QSqlDatabase>

namespace cs::admin {
namespace {

// Exit code of a chain that verifies but has rows committed long ago and still not sealed.
constexpr int ExitUnsealed = 3;

int run(const QStringList& args)
{
    if (args.contains(u"--help")) {
        out(QStringLiteral(
            "Usage: cleanstation-admin verify-audit [--anchor FILE]... [--no-seal] [--max-unsealed-age SECONDS]\n"
            "                                       [--conninfo \"...\"]\n\n"
            "Checks the audit trail and reports every break, each with its position in the chain, the audit\n"
            "row and what is wrong: an altered row or seal, a removed, inserted or moved row, positions\n"
            "missing, rows removed at the end; and the rows written before the sealed chain existed, checked\n"
            "the old way. Then lists the committed audit rows that are not sealed yet (how many, the oldest).\n"
            "When its login may seal (the PostgreSQL superuser or a login in cs_sealer), it seals first.\n"
            "Needs an Admin or superuser connection; it never changes a record.\n\n"
            "  --anchor FILE      also check the chain against an anchor written by 'audit-anchor' (repeatable):\n"
            "                     the chain must still have the anchored hash at the anchored position, so a\n"
            "                     chain rewritten and recomputed since the anchor was taken fails\n"
            "  --no-seal          do not seal first, even when this login may\n"
            "  --max-unsealed-age SECONDS\n"
            "                     how long a committed row may wait for the sealer before exit code 3\n"
            "                     (default 300; 0: any row not sealed yet)\n\n"
            "Exit codes: 0 intact (and every anchor matches), 1 broken (one or more breaks or an anchor that\n"
            "does not match) or the log cannot be read, 2 bad arguments, an unreadable anchor file or no\n"
            "connection, 3 intact but a row committed --max-unsealed-age seconds ago or earlier is not sealed\n"
            "(is the audit-sealer running?)."));
        return ExitOk;
    }
    QStringList rest = args.mid(1);
    QList<data::AuditAnchor> anchors;
    QStringList anchorFiles;
    bool seal = true;
    qint64 maxUnsealedAge = 300;
    for (qsizetype i = 0; i < rest.size();) {
        const QString& a = rest.at(i);
        if (a == u"--no-seal") {
            seal = false;
            rest.removeAt(i);
        } else if (a == u"--anchor" || a == u"--max-unsealed-age") {
            if (i + 1 >= rest.size()) {
                err(QStringLiteral("verify-audit: %1 needs a value").arg(a));
                return ExitBadInput;
            }
            const QString value = rest.at(i + 1);
            if (a == u"--anchor") {
                QString error;
                const data::AuditAnchor anchor = data::AuditAnchor::readFile(value, &error);
                if (!anchor.isValid()) {
                    err(QStringLiteral("verify-audit: %1").arg(error));
                    return ExitBadInput;
                }
                anchors.append(anchor);
                anchorFiles.append(value);
            } else {
                bool ok = false;
                maxUnsealedAge = value.toLongLong(&ok);
                if (!ok || maxUnsealedAge < 0) {
                    err(QStringLiteral("verify-audit: --max-unsealed-age takes a number of seconds (0 or more)"));
                    return ExitBadInput;
                }
            }
            rest.remove(i, 2);
        } else {
            ++i;
        }
    }
    QSqlDatabase db;
    if (const int rc = openFromArgs(rest, &db); rc != ExitOk)
        return rc;
    if (!rest.isEmpty()) {
        err(QStringLiteral("verify-audit: unexpected argument(s): %1").arg(rest.join(u' ')));
        return ExitBadInput;
    }
    const QString database = db.databaseName();
    for (qsizetype i = 0; i < anchors.size(); ++i) {
        if (!anchors.at(i).database.isEmpty() && !database.isEmpty() && anchors.at(i).database != database)
            err(QStringLiteral("verify-audit: warning: %1 was taken of database %2, this is %3")
                    .arg(anchorFiles.at(i), anchors.at(i).database, database));
    }

    if (seal) {
        data::AuditSealer sealer(db);
        if (sealer.maySeal()) {
            const data::AuditSealer::Result s = sealer.sealAll();
            if (!s.ok())
                err(QStringLiteral("verify-audit: warning: %1").arg(s.error));
            else if (s.sealed > 0)
                out(QStringLiteral("Sealed %1 committed audit row(s) first.").arg(s.sealed));
        }
    }

    const data::AuditVerifier::Result r = data::AuditVerifier(db).verify(anchors);
    if (!r.error.isEmpty()) {
        err(QStringLiteral("verify-audit: %1").arg(r.error));
        return ExitRefused;
    }
    for (const data::AuditVerifier::Break& b : r.breaks)
        out(QStringLiteral("BROKEN %1").arg(b.describe()));
    QString unsealed;
    bool unsealedTooOld = false;
    if (r.unsealedCount > 0) {
        unsealedTooOld = r.oldestUnsealedAgeSeconds >= double(maxUnsealedAge);
        unsealed = QStringLiteral("; %1 committed row(s) not sealed yet, the oldest audit row %2 written %3 (%4 s ago)")
                       .arg(r.unsealedCount)
                       .arg(r.oldestUnsealedId)
                       .arg(r.oldestUnsealedAt.toUTC().toString(Qt::ISODateWithMs))
                       .arg(r.oldestUnsealedAgeSeconds, 0, 'f', 1);
    }
    const QString chain = r.sealedChain
                              ? QStringLiteral("%1 sealed position(s), head at position %2 (hash %3)")
                                    .arg(r.positionsChecked)
                                    .arg(r.headPosition)
                                    .arg(r.headHash)
                              : QStringLiteral("no sealed chain yet (run 'cleanstation-admin migrate')");
    const QString summary = QStringLiteral("%1 audit row(s) checked: %2; %3 row(s) of the old chain; %4 anchor(s); "
                                           "%5 signed QC and test result(s)%6.")
                                .arg(r.rowsChecked)
                                .arg(chain)
                                .arg(r.legacyRowsChecked)
                                .arg(r.anchorsChecked)
                                .arg(r.signedRecordsChecked)
                                .arg(unsealed);
    if (!r.breaks.isEmpty()) {
        out(QStringLiteral("Audit chain BROKEN: %1 break(s). %2").arg(r.breaks.size()).arg(summary));
        return ExitRefused;
    }
    out(QStringLiteral("Audit chain intact: %1").arg(summary));
    if (unsealedTooOld) {
        err(QStringLiteral("verify-audit: rows committed %1 s ago or earlier are not sealed: is the audit-sealer "
                           "running on the database server?")
                .arg(maxUnsealedAge));
        return ExitUnsealed;
    }
    return ExitOk;
}

const Registration reg{{QStringLiteral("verify-audit"),
                        QStringLiteral("check the audit chain: every break, unsealed rows, anchors"), &run}};

} // namespace
} // namespace cs::admin
