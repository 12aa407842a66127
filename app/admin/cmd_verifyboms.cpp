// cleanstation-admin verify-boms: the server stores the BOM a client sends and checks what it can (ids,
// quantities, the tree against the catalog, the flat list); the top lines come from the configuration
// rules, which only the C++ engine runs. This command runs it again: every order's current BOM is
// regenerated from the stored configuration with the database's catalog and compared with the frozen
// one, line by line (domain::BomComparison). Exit 1 on any difference.
#include "command.h"
#include "connection.h"

#include "data/catalog/catalogloader.h"

#include "domain/bom/bomcomparison.h"
#include "domain/bom/bomgenerator.h"
#include "domain/catalog/catalog.h"
#include "domain/catalog/catalogdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace cs::admin {
namespace {

using namespace cs::domain;

int run(const QStringList& args)
{
    if (args.contains(u"--help")) {
        out(QStringLiteral(
            "Usage: cleanstation-admin verify-boms [--conninfo \"...\"]\n\n"
            "Regenerates the current BOM of every order from its stored configuration with the BOM engine and\n"
            "the database's catalog, and compares it with the frozen BOM, line by line. Reports each\n"
            "difference (and a BOM whose catalog revision is older than the database's, whose regeneration may\n"
            "differ because the catalog changed). The connection needs to read orders and BOMs (Admin,\n"
            "Procurement, QC, Coordinator or Assembler, or the superuser).\n\n"
            "Exit codes: 0 every BOM matches, 1 a BOM differs or cannot be regenerated, 2 bad arguments or no\n"
            "connection."));
        return ExitOk;
    }
    QStringList rest = args.mid(1);
    QSqlDatabase db;
    if (const int rc = openFromArgs(rest, &db); rc != ExitOk)
        return rc;
    if (!rest.isEmpty()) {
        err(QStringLiteral("verify-boms: unknown option \"%1\". Run 'cleanstation-admin verify-boms --help'.")
                .arg(rest.first()));
        return ExitBadInput;
    }
    CatalogData data;
    QString loadError;
    if (!data::CatalogLoader(db).load(&data, &loadError)) {
        err(QStringLiteral("verify-boms: %1").arg(loadError));
        return ExitRefused;
    }
    const CatalogPtr catalog = Catalog::fromData(data);

    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT o.po_number, o.build_number, o.customer_name, o.project_name, o.sales_person, o.want_date, "
            "o.order_language::text, o.notes, o.config::text, b.bom_items::text, b.version, b.catalog_revision, "
            "cs.catalog_revision(), (o.created_at AT TIME ZONE 'UTC')::date "
            "FROM cs.orders o JOIN cs.boms b ON b.bom_id = o.generated_bom_id "
            "ORDER BY o.po_number, o.build_number"))) {
        err(QStringLiteral("verify-boms: cannot read the BOMs: %1").arg(q.lastError().text()));
        return ExitRefused;
    }
    int checked = 0, mismatched = 0;
    while (q.next()) {
        ++checked;
        const QString po = q.value(0).toString();
        const QString build = q.value(1).toString();
        const int version = q.value(10).toInt();
        const qint64 bomRevision = q.value(11).toLongLong();
        const qint64 currentRevision = q.value(12).toLongLong();
        const QString what = QStringLiteral("build %1 (PO %2, BOM version %3)").arg(build, po).arg(version);

        const QJsonObject order{{QStringLiteral("poNumber"), po},
                                {QStringLiteral("customerName"), q.value(2).toString()},
                                {QStringLiteral("projectName"), q.value(3).toString()},
                                {QStringLiteral("salesPerson"), q.value(4).toString()},
                                {QStringLiteral("wantDate"), q.value(5).toDate().toString(Qt::ISODate)},
                                {QStringLiteral("language"), q.value(6).toString()},
                                {QStringLiteral("notes"), q.value(7).toString()}};
        const QJsonObject config = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        const QJsonObject root{{QStringLiteral("order"), order},
                               {QStringLiteral("family"), QStringLiteral("MDRD")},
                               {QStringLiteral("builds"),
                                QJsonArray{QJsonObject{{QStringLiteral("buildNumber"), build},
                                                       {QStringLiteral("config"), config}}}}};
        QString shapeError;
        const auto configuration = OrderConfiguration::fromJson(root, &shapeError);
        if (!configuration) {
            ++mismatched;
            out(QStringLiteral("MISMATCH %1: the stored configuration cannot be read: %2").arg(what, shapeError));
            continue;
        }
        // The want date was checked against the day the order was entered, not today.
        const GenerationResult result = BomGenerator::generate(*catalog, *configuration, q.value(13).toDate());
        const BuildBom* regenerated = result.build(build);
        if (!regenerated || !regenerated->generated) {
            ++mismatched;
            out(QStringLiteral("MISMATCH %1: the configuration no longer generates a BOM: %2")
                    .arg(what, result.errorCodes().join(QStringLiteral(", "))));
            continue;
        }
        const QJsonObject stored = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
        const QJsonObject mine = QJsonDocument::fromJson(regenerated->canonicalJson()).object();
        // The comparison the approver's client makes before signing (domain::BomComparison), in the
        // source language (this tool loads no translation).
        const QStringList diff = BomComparison::describe(BomComparison::compare(stored, mine));
        if (diff.isEmpty())
            continue;
        ++mismatched;
        out(QStringLiteral("MISMATCH %1%2:").arg(what, bomRevision < currentRevision
                                                             ? QStringLiteral(" (generated from catalog revision %1, "
                                                                              "the database has %2)")
                                                                   .arg(bomRevision)
                                                                   .arg(currentRevision)
                                                             : QString()));
        for (const QString& d : diff)
            out(QStringLiteral("  %1").arg(d));
    }
    out(QStringLiteral("%1 BOM(s) checked, %2 differ.").arg(checked).arg(mismatched));
    return mismatched == 0 ? ExitOk : ExitRefused;
}

const Registration reg{{QStringLiteral("verify-boms"),
                        QStringLiteral("regenerate every order's current BOM from its configuration and compare"), &run}};

} // namespace
} // namespace cs::admin
