#include "command.h"

#include "devtools/syntheticcatalog.h"

namespace cs::admin {
namespace {

using namespace cs::domain;

int run(const QStringList& args)
{
    if (args.contains(u"--help")) {
        out(QStringLiteral(
            "Usage: cleanstation-admin gen-catalog --out DIR [--parts N] [--assemblies M] [--depth D] [--seed S]\n\n"
            "Writes a synthetic catalog (categories.json, parts.json, assemblies.json in the customer's format)\n"
            "for scale tests: sub-assemblies on D-1 levels sharing children, 2 to 6 parts each, and the ids the\n"
            "MDRD rules and the accessory library name at the top, so every configuration expands to depth D.\n"
            "The same options and seed always give the same files.\n"
            "Defaults: --parts 10000 --assemblies 2000 --depth 8 --seed 1.\n"
            "Exit codes: 0 written, 2 bad arguments or the directory cannot be written."));
        return ExitOk;
    }
    SyntheticCatalogSpec spec;
    QString outDir;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (i + 1 >= args.size()) {
            err(QStringLiteral("gen-catalog: option \"%1\" needs a value").arg(a));
            return ExitBadInput;
        }
        const QString value = args.at(++i);
        bool ok = true;
        if (a == u"--out")
            outDir = value;
        else if (a == u"--parts")
            spec.parts = value.toInt(&ok);
        else if (a == u"--assemblies")
            spec.assemblies = value.toInt(&ok);
        else if (a == u"--depth")
            spec.depth = value.toInt(&ok);
        else if (a == u"--seed")
            spec.seed = value.toULongLong(&ok);
        else {
            err(QStringLiteral("gen-catalog: unknown option \"%1\". Run 'cleanstation-admin gen-catalog --help'.").arg(a));
            return ExitBadInput;
        }
        if (!ok) {
            err(QStringLiteral("gen-catalog: %1 needs a whole number, got \"%2\"").arg(a, value));
            return ExitBadInput;
        }
    }
    if (outDir.isEmpty()) {
        err(QStringLiteral("gen-catalog: --out DIR is required"));
        return ExitBadInput;
    }
    QString error;
    const CatalogData data = SyntheticCatalog::generate(spec, &error);
    if (!error.isEmpty()) {
        err(QStringLiteral("gen-catalog: %1").arg(error));
        return ExitBadInput;
    }
    if (!data.writeDirectory(outDir, &error)) {
        err(QStringLiteral("gen-catalog: %1").arg(error));
        return ExitBadInput;
    }
    qsizetype lines = 0;
    for (const AssemblyRow& a : data.assemblies)
        lines += a.components.size();
    out(QStringLiteral("Wrote %1: %2 parts, %3 assemblies, %4 component lines, depth %5, seed %6.")
            .arg(outDir)
            .arg(data.parts.size())
            .arg(data.assemblies.size())
            .arg(lines)
            .arg(spec.depth)
            .arg(spec.seed));
    return ExitOk;
}

const Registration reg{{QStringLiteral("gen-catalog"),
                        QStringLiteral("write a synthetic catalog (customer JSON format) for scale tests"), &run}};

} // namespace
} // namespace cs::admin
