#include "command.h"
#include "connection.h"

#include "data/qc/checklistrepository.h"
#include "print/qcrecordrenderer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace cs::admin {
namespace {

int run(const QStringList& args)
{
    if (args.contains(u"--help") || args.size() < 2) {
        out(QStringLiteral(
            "Usage: cleanstation-admin qc-record --build BUILD --type PreQC|FinalQC [--attempt N] --out FILE.pdf\n"
            "       [--conninfo \"...\"]\n\n"
            "Writes the QC record of a build to a PDF: the checklist as filled (every answer with who and when,\n"
            "N/A items with their reasons, expected values, section initials) and the electronic signature\n"
            "(printed name, date and time, meaning, SHA-256 of the signed content), in the order's language.\n"
            "Without --attempt: the latest revision of the latest attempt. An unsigned checklist prints marked\n"
            "NOT SIGNED. Exit codes: 0 written, 1 no such checklist or not written, 2 bad arguments or no connection."));
        return args.contains(u"--help") ? ExitOk : ExitBadInput;
    }
    QStringList rest = args.mid(1);
    QString build, type, outPath;
    int attempt = 0;
    for (qsizetype i = 0; i < rest.size();) {
        const QString a = rest.at(i);
        if ((a == u"--build" || a == u"--type" || a == u"--attempt" || a == u"--out") && i + 1 < rest.size()) {
            const QString v = rest.at(i + 1);
            if (a == u"--build")
                build = v;
            else if (a == u"--type")
                type = v;
            else if (a == u"--out")
                outPath = v;
            else
                attempt = v.toInt();
            rest.remove(i, 2);
        } else {
            ++i;
        }
    }
    QSqlDatabase db;
    if (const int rc = openFromArgs(rest, &db); rc != ExitOk)
        return rc;
    if (build.isEmpty() || outPath.isEmpty() || (type != u"PreQC" && type != u"FinalQC") || !rest.isEmpty()) {
        err(QStringLiteral("qc-record: needs --build, --type PreQC|FinalQC and --out (see --help)"));
        return ExitBadInput;
    }
    QSqlQuery q(db);
    // A statement the server refuses to prepare (a database without the schema, for one) must say so here:
    // executed anyway, the driver sends an EXECUTE without a name and the server answers with a syntax error.
    if (!q.prepare(QStringLiteral("SELECT c.checklist_id::text FROM cs.qc_checklists c JOIN cs.orders o ON o.order_id = c.order_id "
                                  "WHERE upper(o.build_number) = upper(?) AND c.qc_type::text = ? AND (? = 0 OR c.attempt = ?) "
                                  "ORDER BY c.attempt DESC, c.revision DESC LIMIT 1"))) {
        err(QStringLiteral("qc-record: cannot read the checklists of database %1 (is it the CleanStation database? "
                           "PGDATABASE or --conninfo dbname=... names it): %2")
                .arg(db.databaseName(), q.lastError().text()));
        return ExitRefused;
    }
    q.addBindValue(build);
    q.addBindValue(type);
    q.addBindValue(attempt);
    q.addBindValue(attempt);
    if (!q.exec()) {
        err(QStringLiteral("qc-record: %1").arg(q.lastError().text()));
        return ExitRefused;
    }
    if (!q.next()) {
        err(QStringLiteral("qc-record: build %1 has no %2 checklist%3").arg(build, type,
                attempt > 0 ? QStringLiteral(" of attempt %1").arg(attempt) : QString()));
        return ExitRefused;
    }
    const data::Result<data::ChecklistRecord> record = data::ChecklistRepository::load(db, q.value(0).toString());
    if (!record) {
        err(QStringLiteral("qc-record: %1").arg(record.error().message));
        return ExitRefused;
    }
    QString why;
    const std::optional<domain::ChecklistInstance> form = record->instantiate(&why);
    if (!form) {
        err(QStringLiteral("qc-record: %1").arg(why));
        return ExitRefused;
    }
    const data::Result<QMap<QString, QByteArray>> images = data::ChecklistRepository::attachmentImages(db, record->checklistId);
    if (!images) {
        err(QStringLiteral("qc-record: %1").arg(images.error().message));
        return ExitRefused;
    }
    int pages = 0;
    if (!print::QcRecordRenderer().writePdf(outPath, record->printable(*form, images.value()), &why, &pages)) {
        err(QStringLiteral("qc-record: %1").arg(why));
        return ExitRefused;
    }
    out(QStringLiteral("Wrote the %1 record of build %2 (attempt %3, revision %4, %5) to %6: %7 page(s).")
            .arg(type, record->buildNumber)
            .arg(record->attempt)
            .arg(record->revision)
            .arg(record->signedOff ? QStringLiteral("signed") : QStringLiteral("NOT signed"), outPath)
            .arg(pages));
    return ExitOk;
}

const Registration reg{{QStringLiteral("qc-record"), QStringLiteral("write a build's signed QC record (PDF)"), &run}};

} // namespace
} // namespace cs::admin
