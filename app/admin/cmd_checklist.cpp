#include "command.h"
#include "orderfile.h"

#include "domain/checklist/checklistinstance.h"
#include "domain/checklist/checklisttemplate.h"

#include <QJsonDocument>

namespace cs::admin {
namespace {

using namespace cs::domain;

QString quantityWords(const ChecklistEntry& e)
{
    return ChecklistQuantity::words(e.quantity);
}

void printText(const ChecklistInstance& form)
{
    const ChecklistTemplate& t = form.checklistTemplate();
    const ChecklistSubject& s = form.subject();
    out(QStringLiteral("%1 (version %2): %3").arg(t.id).arg(t.versionNumber()).arg(t.title));
    out(QStringLiteral("Build %1, PO %2, %3").arg(s.buildNumber, s.order.poNumber, ChecklistWords::basinCount(s.basinCount())));
    for (const ChecklistSectionInstance& section : form.sections()) {
        QString heading = section.sectionId == ChecklistTemplate::kHeaderSection
                              ? QStringLiteral("Header")
                              : QStringLiteral("%1 %2").arg(section.sectionId, section.title);
        if (section.position > 0)
            heading += QStringLiteral(" - ") + ChecklistInstance::positionWords(section.position);
        out(QString());
        out(heading);
        if (!section.present) {
            out(QStringLiteral("  N/A: %1").arg(section.notApplicableReason));
            continue;
        }
        for (const ChecklistEntry& e : form.entries()) {
            if (e.sectionId != section.sectionId || e.position != section.position)
                continue;
            if (!e.applies) {
                out(QStringLiteral("  [N/A] %1  %2").arg(e.item.id, e.item.text));
                out(QStringLiteral("        %1").arg(e.notApplicableReason));
                continue;
            }
            out(QStringLiteral("  [ ]   %1  %2  (%3%4%5)")
                    .arg(e.item.id, e.item.text, toString(e.item.type),
                         e.isRequired() ? QString() : QStringLiteral(", optional"),
                         e.item.naAllowed ? QStringLiteral(", N/A allowed") : QString()));
            if (!e.options.isEmpty())
                out(QStringLiteral("        options: %1").arg(e.options.join(QStringLiteral(" | "))));
            if (!e.expected.isEmpty())
                out(QStringLiteral("        expected: %1").arg(e.expected));
            if (!e.quantity.isEmpty())
                out(QStringLiteral("        quantity: %1").arg(quantityWords(e)));
        }
        if (section.sectionCheck)
            out(QStringLiteral("  [ ]   section check"));
    }
}

int run(const QStringList& args)
{
    if (args.contains(u"--help")) {
        out(QStringLiteral(
            "Usage: cleanstation-admin checklist --template FILE --order ORDER.json --build BUILDNO\n"
            "                                   [--format json|text]\n\n"
            "Instantiates a checklist template (Pre-QC, CLP, CLT, CLQ) for one build of an order: every\n"
            "item per basin position, whether it applies to the build's configuration (and why not), the\n"
            "expected value from the configuration and the packing quantity.\n"
            "  --template FILE  the checklist template (JSON)\n"
            "  --order FILE     the order configuration, as 'bom --config' takes it\n"
            "  --build BUILDNO  the build of the order (case-insensitive)\n"
            "  --format         json (default): {\"template\", \"version\", \"items\": [{\"section\", \"position\",\n"
            "                   \"item\", \"applies\", \"expected\", \"quantity\"}]}; text: readable\n"
            "Exit codes: 0 printed, 2 bad arguments, an unreadable file, bad JSON, a refused template\n"
            "(its problems are listed) or a build the order does not have or has not configured."));
        return ExitOk;
    }
    QString templateFile, orderFile, buildNumber, format = QStringLiteral("json");
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == u"--template" && hasValue)
            templateFile = args.at(++i);
        else if (a == u"--order" && hasValue)
            orderFile = args.at(++i);
        else if (a == u"--build" && hasValue)
            buildNumber = args.at(++i);
        else if (a == u"--format" && hasValue)
            format = args.at(++i);
        else {
            err(QStringLiteral("checklist: unknown or incomplete option \"%1\". Run 'cleanstation-admin checklist --help'.")
                    .arg(a));
            return ExitBadInput;
        }
    }
    if (format != u"json" && format != u"text") {
        err(QStringLiteral("checklist: --format must be json or text, got \"%1\"").arg(format));
        return ExitBadInput;
    }
    if (templateFile.isEmpty() || orderFile.isEmpty() || buildNumber.isEmpty()) {
        err(QStringLiteral("checklist: --template FILE, --order FILE and --build BUILDNO are required"));
        return ExitBadInput;
    }

    QList<ChecklistProblem> problems;
    const auto tmpl = ChecklistTemplate::readFile(templateFile, &problems);
    if (!tmpl) {
        err(QStringLiteral("checklist: the template %1 is refused, %2 problem(s):").arg(templateFile).arg(problems.size()));
        for (const ChecklistProblem& p : std::as_const(problems))
            err(QStringLiteral("  %1").arg(p.toString()));
        return ExitBadInput;
    }
    const auto order = readOrderFile(QStringLiteral("checklist"), orderFile);
    if (!order)
        return ExitBadInput;

    QStringList known;
    const BuildEntry* build = nullptr;
    for (const BuildEntry& b : order->builds) {
        known << b.buildNumber;
        if (!build && b.buildNumber.compare(buildNumber, Qt::CaseInsensitive) == 0)
            build = &b;
    }
    if (!build) {
        err(QStringLiteral("checklist: %1 has no build \"%2\"; its builds: %3")
                .arg(orderFile, buildNumber, known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", "))));
        return ExitBadInput;
    }
    if (!build->config) {
        err(QStringLiteral("checklist: build \"%1\" of %2 has no configuration").arg(build->buildNumber, orderFile));
        return ExitBadInput;
    }

    const ChecklistInstance form =
        ChecklistInstance::instantiate(*tmpl, ChecklistSubject{order->order, build->buildNumber, *build->config});
    if (format == u"json") {
        const QByteArray json = QJsonDocument(form.toJson()).toJson(QJsonDocument::Indented);
        out(QString::fromUtf8(json.endsWith('\n') ? json.chopped(1) : json));
    } else {
        printText(form);
    }
    return ExitOk;
}

const Registration reg{{QStringLiteral("checklist"),
                        QStringLiteral("instantiate a checklist template for one build of an order (json, text)"), &run}};

} // namespace
} // namespace cs::admin
