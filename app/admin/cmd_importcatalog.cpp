#include "command.h"
#include "connection.h"

#include "data/catalog/catalogimporter.h"

#include <QSqlDatabase>

namespace cs::admin {
namespace {

int run(const QStringList& args)
{
    if (args.contains(u"--help") || args.size() < 2) {
        out(QStringLiteral(
            "Usage: cleanstation-admin import-catalog DIR [--conninfo \"...\"]\n\n"
            "Imports categories.json, parts.json and assemblies.json (the customer's catalog format) from DIR.\n"
            "Everything is validated first: malformed JSON, duplicate ids, dangling component references,\n"
            "cycles, non-positive quantities, unknown category or subcategory codes. Every problem is listed\n"
            "(file, id, what) and nothing is written. Otherwise the whole catalog is imported in one\n"
            "transaction; re-importing updates changed rows and bumps the catalog revision.\n"
            "Exit codes: 0 imported, 1 refused (problems listed), 2 bad arguments or no connection."));
        return args.contains(u"--help") ? ExitOk : ExitBadInput;
    }
    QStringList rest = args.mid(1);
    QSqlDatabase db;
    if (const int rc = openFromArgs(rest, &db); rc != ExitOk)
        return rc;
    if (rest.size() != 1) {
        err(QStringLiteral("import-catalog: expected exactly one directory, got: %1").arg(rest.join(u' ')));
        return ExitBadInput;
    }
    data::CatalogImporter importer(db);
    const data::CatalogImporter::Result r = importer.importDirectory(rest.first());
    if (!r.problems.isEmpty()) {
        err(QStringLiteral("import-catalog: refused, %1 problem(s); nothing was imported:").arg(r.problems.size()));
        for (const domain::CatalogProblem& p : r.problems)
            err(QStringLiteral("  %1").arg(p.toString()));
        return ExitRefused;
    }
    if (!r.ok) {
        err(QStringLiteral("import-catalog: the database refused the import; nothing was imported: %1").arg(r.error));
        return ExitRefused;
    }
    out(QStringLiteral("Imported %1 categories, %2 subcategories, %3 parts, %4 assemblies, %5 component lines; "
                       "catalog revision %6.")
            .arg(r.categories).arg(r.subcategories).arg(r.parts).arg(r.assemblies).arg(r.components).arg(r.revision));
    return ExitOk;
}

const Registration reg{{QStringLiteral("import-catalog"),
                        QStringLiteral("validate and import the catalog JSON files of a directory"), &run}};

} // namespace
} // namespace cs::admin
