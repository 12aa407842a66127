#include "command.h"
#include "connection.h"

#include "data/qc/checklistrepository.h"
#include "data/qc/shippedtemplates.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>

namespace cs::admin {
namespace {

void printVersion(const data::ChecklistTemplateVersion& t)
{
    out(QStringLiteral("%1 version %2 (%3%4): %5, id %6")
            .arg(t.key)
            .arg(t.version)
            .arg(t.state, t.active ? QStringLiteral(", in use for new checklists") : QString(), t.title, t.templateId));
}

int importChecklist(const QStringList& args)
{
    if (args.contains(u"--help") || args.size() < 2) {
        out(QStringLiteral(
            "Usage: cleanstation-admin import-checklist (FILE... | --shipped) [--publish] [--conninfo \"...\"]\n\n"
            "Stores a checklist template (the format of the paper forms as data: Pre-QC, Final QC CLQ,\n"
            "production CLP, end-of-line test CLT) as a new draft version of its form. Each file is read by the\n"
            "checklist engine first: every problem is listed (template, section, item, what) and nothing is\n"
            "stored; then the server checks it again and stores it, all or nothing. --shipped imports the four\n"
            "templates delivered with this version of CleanStation (a form whose latest version has the same\n"
            "content is left alone). --publish publishes each stored draft at once, so that new checklists use\n"
            "it; a published version never changes. Needs an Admin login.\n"
            "Exit codes: 0 stored, 1 refused (problems listed), 2 bad arguments or no connection."));
        return args.contains(u"--help") ? ExitOk : ExitBadInput;
    }
    QStringList rest = args.mid(1);
    const bool publish = rest.removeAll(QStringLiteral("--publish")) > 0;
    const bool shipped = rest.removeAll(QStringLiteral("--shipped")) > 0;
    QSqlDatabase db;
    if (const int rc = openFromArgs(rest, &db); rc != ExitOk)
        return rc;
    if (shipped == !rest.isEmpty()) {
        err(QStringLiteral("import-checklist: give template files or --shipped (not both)"));
        return ExitBadInput;
    }

    // Read every file before storing any: a bad file refuses the whole run.
    QList<QPair<QString, QJsonObject>> templates;
    if (shipped) {
        for (const data::ShippedTemplate& t : data::ShippedTemplates::all())
            templates.append({t.resource, t.json});
    } else {
        for (const QString& path : std::as_const(rest)) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                err(QStringLiteral("import-checklist: cannot read %1: %2").arg(path, f.errorString()));
                return ExitBadInput;
            }
            QJsonParseError parse;
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parse);
            if (!doc.isObject()) {
                err(QStringLiteral("import-checklist: %1 is not a JSON object: %2").arg(path, parse.errorString()));
                return ExitRefused;
            }
            templates.append({path, doc.object()});
        }
    }

    const QString command = QStringLiteral("import-checklist");
    return allOrNothing(command, db, [&] {
        for (const auto& [source, json] : std::as_const(templates)) {
            if (shipped) {
                const data::Result<bool> current = data::ShippedTemplates::isLatest(db, json);
                if (!current) {
                    err(QStringLiteral("%1: %2").arg(command, current.error().message));
                    return int(ExitRefused);
                }
                if (current.value()) {
                    out(QStringLiteral("%1: the latest stored version has this content; left alone").arg(source));
                    continue;
                }
            }
            data::Result<data::ChecklistTemplateVersion> stored = data::ChecklistRepository::importTemplate(db, json);
            if (stored && publish)
                stored = data::ChecklistRepository::publish(db, stored->templateId);
            if (!stored) {
                printRefusal(command, source, stored.error());
                return int(ExitRefused);
            }
            printVersion(stored.value());
        }
        return int(ExitOk);
    });
}

int checklistTemplates(const QStringList& args)
{
    if (args.contains(u"--help")) {
        out(QStringLiteral("Usage: cleanstation-admin checklist-templates [--publish TEMPLATE_ID] [--conninfo \"...\"]\n\n"
                           "Lists every stored version of every checklist template (draft or published, in use or\n"
                           "not). --publish publishes a draft version: new checklists of its form use it from then on.\n"
                           "Exit codes: 0 done, 1 refused, 2 bad arguments or no connection."));
        return ExitOk;
    }
    QStringList rest = args.mid(1);
    QString publishId;
    QSqlDatabase db;
    if (const int rc = openWithOption(QStringLiteral("checklist-templates"), rest, QStringLiteral("--publish"), &publishId, &db);
        rc != ExitOk)
        return rc;
    if (!publishId.isEmpty()) {
        const data::Result<data::ChecklistTemplateVersion> published = data::ChecklistRepository::publish(db, publishId);
        if (!published) {
            err(QStringLiteral("checklist-templates: %1").arg(published.error().message));
            return ExitRefused;
        }
        printVersion(published.value());
        return ExitOk;
    }
    const data::Result<QList<data::ChecklistTemplateVersion>> all = data::ChecklistRepository::templates(db);
    if (!all) {
        err(QStringLiteral("checklist-templates: %1").arg(all.error().message));
        return ExitRefused;
    }
    for (const data::ChecklistTemplateVersion& t : all.value())
        printVersion(t);
    return ExitOk;
}

const Registration importReg{{QStringLiteral("import-checklist"),
                              QStringLiteral("validate and store a checklist template as a new version"), &importChecklist}};
const Registration listReg{{QStringLiteral("checklist-templates"),
                            QStringLiteral("list the checklist template versions, publish a draft"), &checklistTemplates}};

} // namespace
} // namespace cs::admin
