#include "command.h"
#include "connection.h"

#include "data/assembly/workinstructionrepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>

namespace cs::admin {
namespace {

void printVersion(const data::WorkInstructionVersion& w)
{
    out(QStringLiteral("%1 version %2 (%3%4): %5, CLP items %6, id %7")
            .arg(w.key)
            .arg(w.version)
            .arg(w.state, w.active ? QStringLiteral(", in force") : QString(), w.title, w.clpItems.join(u' '), w.id));
}

bool isToolsFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    return o.value(u"tools").isArray() && !o.contains(u"steps") && !o.contains(u"key");
}

int importWorkInstruction(const QStringList& args)
{
    if (args.contains(u"--help") || args.size() < 2) {
        out(QStringLiteral(
            "Usage: cleanstation-admin import-work-instruction FILE... [--publish] [--conninfo \"...\"]\n\n"
            "Stores each work instruction file (JSON: key, title, clpItems, assemblies, tools, steps with\n"
            "text, safety and images) as a new draft version of its key. A step's images may name PNG or\n"
            "JPEG files beside the JSON file: each is stored first (at most 2 MB) and named by its SHA-256.\n"
            "A tools file ({\"tools\": [{\"key\", \"name\", \"description\", \"image\", \"active\"}]}) adds or\n"
            "changes those tools; give it before the instructions that use them. The server checks every\n"
            "instruction and lists every problem (unknown CLP item, tool, image or catalog id, empty step);\n"
            "all files are stored or none. --publish publishes each stored draft at once: new task lists use\n"
            "it; a published version never changes. Needs an Admin login.\n"
            "Exit codes: 0 stored, 1 refused (problems listed), 2 bad arguments or no connection."));
        return args.contains(u"--help") ? ExitOk : ExitBadInput;
    }
    QStringList rest = args.mid(1);
    const bool publish = rest.removeAll(QStringLiteral("--publish")) > 0;
    QSqlDatabase db;
    if (const int rc = openFromArgs(rest, &db); rc != ExitOk)
        return rc;
    if (rest.isEmpty()) {
        err(QStringLiteral("import-work-instruction: give one or more files"));
        return ExitBadInput;
    }
    for (const QString& path : std::as_const(rest)) {
        if (!QFile::exists(path)) {
            err(QStringLiteral("import-work-instruction: cannot read %1").arg(path));
            return ExitBadInput;
        }
    }
    const QString command = QStringLiteral("import-work-instruction");
    return allOrNothing(command, db, [&] {
        for (const QString& path : std::as_const(rest)) {
            if (isToolsFile(path)) {
                const data::Result<QStringList> saved = data::WorkInstructionRepository::importToolsFile(db, path);
                if (!saved) {
                    printRefusal(command, path, saved.error());
                    return int(ExitRefused);
                }
                out(QStringLiteral("%1: tools saved: %2").arg(path, saved->join(QStringLiteral(", "))));
                continue;
            }
            data::Result<QString> id = data::WorkInstructionRepository::importInstructionFile(db, path);
            if (id && publish) {
                const data::Result<int> published = data::WorkInstructionRepository::publish(db, id.value());
                if (!published)
                    id = published.error();
            }
            if (!id) {
                printRefusal(command, path, id.error());
                return int(ExitRefused);
            }
            const data::Result<QList<data::WorkInstructionVersion>> all = data::WorkInstructionRepository::instructions(db);
            for (const data::WorkInstructionVersion& w : all ? all.value() : QList<data::WorkInstructionVersion>{})
                if (w.id == id.value())
                    printVersion(w);
        }
        return int(ExitOk);
    });
}

int workInstructions(const QStringList& args)
{
    if (args.contains(u"--help")) {
        out(QStringLiteral("Usage: cleanstation-admin work-instructions [--publish ID] [--conninfo \"...\"]\n\n"
                           "Lists every stored version of every work instruction (draft or published, in force or\n"
                           "not) and the tools. --publish publishes a draft version: new task lists use it.\n"
                           "Exit codes: 0 done, 1 refused, 2 bad arguments or no connection."));
        return ExitOk;
    }
    QStringList rest = args.mid(1);
    QString publishId;
    QSqlDatabase db;
    if (const int rc = openWithOption(QStringLiteral("work-instructions"), rest, QStringLiteral("--publish"), &publishId, &db);
        rc != ExitOk)
        return rc;
    if (!publishId.isEmpty()) {
        const data::Result<int> published = data::WorkInstructionRepository::publish(db, publishId);
        if (!published) {
            err(QStringLiteral("work-instructions: %1").arg(published.error().message));
            return ExitRefused;
        }
    }
    const data::Result<QList<data::WorkInstructionVersion>> all = data::WorkInstructionRepository::instructions(db);
    if (!all) {
        err(QStringLiteral("work-instructions: %1").arg(all.error().message));
        return ExitRefused;
    }
    for (const data::WorkInstructionVersion& w : all.value())
        printVersion(w);
    const data::Result<QList<data::Tool>> tools = data::WorkInstructionRepository::tools(db);
    if (!tools) {
        err(QStringLiteral("work-instructions: %1").arg(tools.error().message));
        return ExitRefused;
    }
    for (const data::Tool& t : tools.value())
        out(QStringLiteral("tool %1: %2%3").arg(t.key, t.name, t.active ? QString() : QStringLiteral(" (not in use)")));
    return ExitOk;
}

const Registration importReg{{QStringLiteral("import-work-instruction"),
                              QStringLiteral("store work instructions (and tools) as new versions"), &importWorkInstruction}};
const Registration listReg{{QStringLiteral("work-instructions"),
                            QStringLiteral("list the work instruction versions and tools, publish a draft"), &workInstructions}};

} // namespace
} // namespace cs::admin
