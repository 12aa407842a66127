#include "command.h"
#include "connection.h"
#include "orderfile.h"

#include "data/catalog/catalogloader.h"

#include "domain/bom/bomgenerator.h"
#include "domain/catalog/catalog.h"
#include "domain/catalog/catalogdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cs::admin {
namespace {

using namespace cs::domain;

QString csvField(const QString& s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    QString q = s;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

QByteArray toJson(const GenerationResult& r)
{
    QJsonObject root;
    root.insert(u"valid", r.valid);
    root.insert(u"errors", QJsonArray::fromStringList(r.errorCodes()));
    QJsonObject warnings;
    for (const BuildBom& b : r.builds) {
        const QStringList w = r.warningCodes(b.buildNumber);
        if (!w.isEmpty())
            warnings.insert(b.buildNumber, QJsonArray::fromStringList(w));
    }
    root.insert(u"warnings", warnings);
    if (r.valid) {
        QJsonObject bom;
        QJsonObject totals;
        for (const BuildBom& b : r.builds) {
            QJsonArray lines;
            for (const BomLine& l : b.top) {
                QJsonObject o{{QStringLiteral("id"), l.id}, {QStringLiteral("qty"), l.qty}, {QStringLiteral("rule"), l.rule}};
                if (!l.note.isEmpty())
                    o.insert(u"note", l.note);
                lines.append(o);
            }
            bom.insert(b.buildNumber, lines);
            totals.insert(b.buildNumber, QJsonObject{{QStringLiteral("distinctLeafIds"), b.distinctLeafIds()},
                                                     {QStringLiteral("totalLeafQty"), b.totalLeafQty()}});
        }
        root.insert(u"bom", bom);
        root.insert(u"explodedLeafTotals", totals);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void printCsv(const GenerationResult& r)
{
    out(QStringLiteral("record,build,code,id,qty,rule,answer,note,message"));
    for (const ValidationIssue& i : r.issues)
        out(QStringList{i.isError() ? QStringLiteral("error") : QStringLiteral("warning"), csvField(i.buildNumber),
                        i.code, QString(), QString(), QString(), csvField(i.field), QString(), csvField(i.message)}
                .join(u','));
    if (!r.valid)
        return;
    for (const BuildBom& b : r.builds) {
        for (const BomLine& l : b.top)
            out(QStringList{QStringLiteral("line"), csvField(b.buildNumber), QString(), csvField(l.id),
                            QString::number(l.qty), l.rule, csvField(l.answer), csvField(l.note), QString()}
                    .join(u','));
        out(QStringList{QStringLiteral("totals"), csvField(b.buildNumber), QString(),
                        QString::number(b.distinctLeafIds()), QString::number(b.totalLeafQty()), QString(),
                        QString(), QString(), QString()}
                .join(u','));
    }
}

void printText(const GenerationResult& r)
{
    out(r.valid ? QStringLiteral("Configuration valid.") : QStringLiteral("Configuration INVALID."));
    for (const ValidationIssue& i : r.issues)
        if (i.buildIndex < 0)
            out(QStringLiteral("  %1 %2 (%3): %4")
                    .arg(i.isError() ? QStringLiteral("error  ") : QStringLiteral("warning"), i.code, i.field, i.message));
    for (const BuildBom& b : r.builds) {
        out(QStringLiteral("\nBuild %1").arg(b.buildNumber));
        for (const ValidationIssue& i : r.issues)
            if (i.buildIndex == b.buildIndex)
                out(QStringLiteral("  %1 %2 (%3): %4")
                        .arg(i.isError() ? QStringLiteral("error  ") : QStringLiteral("warning"), i.code, i.field,
                             i.message));
        if (!r.valid || !b.generated)
            continue;
        for (const BomLine& l : b.top)
            out(QStringLiteral("  %1 x%2  %3  [%4]%5")
                    .arg(l.id, -32)
                    .arg(l.qty, 3)
                    .arg(l.rule, -14)
                    .arg(l.answer)
                    .arg(l.note.isEmpty() ? QString() : QStringLiteral("  note: ") + l.note));
        out(QStringLiteral("  exploded leaves: %1 distinct ids, %2 units; BOM sha256 %3")
                .arg(b.distinctLeafIds())
                .arg(b.totalLeafQty())
                .arg(QString::fromLatin1(b.sha256Hex())));
    }
}

int run(const QStringList& args)
{
    if (args.contains(u"--help")) {
        out(QStringLiteral(
            "Usage: cleanstation-admin bom [--catalog DIR | --conninfo \"...\"] --config FILE [--format json|csv|text]\n"
            "                             [--today YYYY-MM-DD]\n\n"
            "Validates an order configuration in the neutral schema (CONFIGURATION.md 12: an object with\n"
            "order, family and builds, or a whole acceptance case with its \"config\") and prints per build\n"
            "the top-level BOM lines (id, qty, rule), the exploded leaf totals, errors and warnings.\n"
            "  --catalog DIR   categories.json, parts.json and assemblies.json in the customer's format;\n"
            "                  without it the catalog is read from the database (PG* variables or --conninfo)\n"
            "  --config FILE   the configuration JSON\n"
            "  --format        json (default; the shape of `expected` in the acceptance cases), csv or text\n"
            "  --today         the entry date for the want-date rule (default: the current date)\n"
            "Exit codes: 0 valid, 1 invalid configuration, 2 bad arguments or input files."));
        return ExitOk;
    }
    QString catalogDir, configFile, format = QStringLiteral("json");
    QStringList connectionArgs;
    QDate today = QDate::currentDate();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == u"--catalog" && hasValue) {
            catalogDir = args.at(++i);
        } else if (a == u"--config" && hasValue) {
            configFile = args.at(++i);
        } else if (a == u"--conninfo" && hasValue) {
            connectionArgs << a << args.at(++i);
        } else if (a == u"--format" && hasValue) {
            format = args.at(++i);
        } else if (a == u"--today" && hasValue) {
            today = QDate::fromString(args.at(++i), Qt::ISODate);
            if (!today.isValid()) {
                err(QStringLiteral("bom: --today needs a date as YYYY-MM-DD, got \"%1\"").arg(args.at(i)));
                return ExitBadInput;
            }
        } else {
            err(QStringLiteral("bom: unknown or incomplete option \"%1\". Run 'cleanstation-admin bom --help'.").arg(a));
            return ExitBadInput;
        }
    }
    if (format != u"json" && format != u"csv" && format != u"text") {
        err(QStringLiteral("bom: --format must be json, csv or text, got \"%1\"").arg(format));
        return ExitBadInput;
    }
    if (configFile.isEmpty()) {
        err(QStringLiteral("bom: --config FILE is required"));
        return ExitBadInput;
    }

    const auto config = readOrderFile(QStringLiteral("bom"), configFile);
    if (!config)
        return ExitBadInput;

    CatalogData data;
    if (catalogDir.isEmpty()) { // the catalog of the database
        QSqlDatabase db;
        if (const int rc = openFromArgs(connectionArgs, &db); rc != ExitOk)
            return rc;
        QString loadError;
        if (!data::CatalogLoader(db).load(&data, &loadError)) {
            err(QStringLiteral("bom: %1").arg(loadError));
            return ExitBadInput;
        }
    } else {
        QList<CatalogProblem> problems;
        data = CatalogData::readDirectory(catalogDir, &problems);
        if (!problems.isEmpty()) {
            err(QStringLiteral("bom: the catalog in %1 has %2 problem(s):").arg(catalogDir).arg(problems.size()));
            for (const CatalogProblem& p : std::as_const(problems))
                err(QStringLiteral("  %1").arg(p.toString()));
            return ExitBadInput;
        }
    }
    const CatalogPtr catalog = Catalog::fromData(data);

    const GenerationResult result = BomGenerator::generate(*catalog, *config, today);
    if (format == u"json") {
        const QByteArray json = toJson(result);
        out(QString::fromUtf8(json.endsWith('\n') ? json.chopped(1) : json));
    } else if (format == u"csv") {
        printCsv(result);
    } else {
        printText(result);
    }
    return result.valid ? ExitOk : ExitRefused;
}

const Registration reg{{QStringLiteral("bom"),
                        QStringLiteral("validate a configuration and print its BOM per build (json, csv, text)"), &run}};

} // namespace
} // namespace cs::admin
