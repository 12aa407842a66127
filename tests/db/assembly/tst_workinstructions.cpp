// Work instructions, tools and the task lists of builds in the database (issue 13), each call as the
// person would make it with their own login: an import is refused with every problem of its content
// listed; a published version never changes, for a superuser too; only an Admin imports, publishes,
// saves tools and adds images; images are PNG or JPEG of at most 2 MB; a build's task list is made by
// its claimant or an Admin, once, with one task per applicable CLP item outside the packing list (per
// basin), the instruction version in force then, its tools and the build's BOM lines with their
// extended quantities, for two builds of different configurations; a later publish leaves a made list
// as it was; task completions are no longer written; the planner expects about as many applicable
// items as a build has.
#include "data/assembly/workinstructionrepository.h"
#include "people.h"
#include "testdatabase.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

#include <memory>

using cs::data::BuildTask;
using cs::data::BuildTaskList;
using cs::data::WorkInstructionRepository;
using cs::test::ScratchDatabase;
using cs::test::compact;
using cs::test::run;

namespace {

const QString kAdmin = QStringLiteral("Admin");
const QString kCoord = QStringLiteral("ProductionCoordinator");
const QString kProcure = QStringLiteral("ProcurementSpecialist");
const QString kQc = QStringLiteral("QCPerson");
const QString kAssembler = QStringLiteral("Assembler");
const QString kOther = QStringLiteral("OtherAssembler");   // a second assembler
const QString kService = QStringLiteral("ServiceDepartment");

QJsonObject object(const char* json)
{
    return QJsonDocument::fromJson(json).object();
}

// The smallest PNG header and some bytes after it (the server checks the signature, not the pixels).
QByteArray png(int size, char fill = 'x')
{
    QByteArray b("\x89PNG\r\n\x1a\n", 8);
    b.append(QByteArray(qMax(0, size - 8), fill));
    return b;
}

QString taskKey(const QString& item, int position)
{
    return QStringLiteral("%1@%2").arg(item).arg(position);
}

const BuildTask* findTask(const BuildTaskList& list, const QString& item, int position)
{
    for (const BuildTask& t : list.tasks)
        if (t.item == item && t.position == position)
            return &t;
    return nullptr;
}

} // namespace

class TestWorkInstructions : public QObject, private cs::test::PeopleFixture
{
    Q_OBJECT

private:
    QString m_image;         // a stored picture
    QString m_faucetV1;      // WI-T-FAUCET version 1 (published)

    int rowVersion(const QString& orderId)
    {
        return value(QStringLiteral("SELECT row_version FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {orderId}).toInt();
    }
    QString claim(const QString& who, const QString& orderId)
    {
        return run(as(who), QStringLiteral("SELECT cs.claim_build(CAST(? AS uuid), ?)"), {orderId, rowVersion(orderId)});
    }
    QString ensure(const QString& who, const QString& orderId, QVariant* id = nullptr)
    {
        return run(as(who), QStringLiteral("SELECT cs.ensure_task_list(CAST(? AS uuid))::text"), {orderId}, id);
    }
    BuildTaskList taskList(const QString& who, const QString& orderId)
    {
        QSqlDatabase db = as(who);
        const cs::data::Result<BuildTaskList> list = WorkInstructionRepository::taskList(db, orderId);
        if (!list)
            qWarning("task_list: %s", qPrintable(list.error().logText()));
        return list ? list.value() : BuildTaskList{};
    }
    // Imports and publishes `content` as the Admin; the version's id.
    QString publish(const QJsonObject& content)
    {
        QSqlDatabase db = as(kAdmin);
        const cs::data::Result<QString> id = WorkInstructionRepository::importInstruction(db, content);
        if (!id) {
            qWarning("import: %s", qPrintable(id.error().logText()));
            return {};
        }
        const cs::data::Result<int> version = WorkInstructionRepository::publish(db, id.value());
        if (!version) {
            qWarning("publish: %s", qPrintable(version.error().logText()));
            return {};
        }
        return id.value();
    }

    // A build submitted by the coordinator with `config` and a BOM whose line P-2 has `p2` pieces (ASSY-1
    // with 3 x P-1 above it), in `language`, moved to ReadyForProduction.
    QString newBuild(const char* config, int p2, const QString& language)
    {
        const QString suffix = ScratchDatabase::randomSuffix(8).toUpper();
        QJsonObject json = ScratchDatabase::orderJson(QStringLiteral("PO-") + suffix, QStringLiteral("B-") + suffix);
        QJsonObject order = json.value(u"order").toObject();
        order.insert(u"language", language);
        json.insert(u"order", order);
        QJsonArray builds = json.value(u"builds").toArray();
        QJsonObject build = builds.at(0).toObject();
        build.insert(u"config", object(config));
        QJsonObject bom = build.value(u"bom").toObject();
        for (const char* list : {"top", "tree", "flat"}) {
            QJsonArray lines = bom.value(QLatin1String(list)).toArray();
            for (qsizetype i = 0; i < lines.size(); ++i) {
                QJsonObject line = lines.at(i).toObject();
                if (line.value(u"id").toString() == u"P-2") {
                    line.insert(u"qty", p2);
                    if (line.contains(u"extQty"))
                        line.insert(u"extQty", p2);
                }
                lines.replace(i, line);
            }
            bom.insert(QLatin1String(list), lines);
        }
        build.insert(u"bom", bom);
        builds.replace(0, build);
        json.insert(u"builds", builds);
        QVariant answer;
        if (const QString e = run(as(kCoord), QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))::text"), {compact(json)}, &answer);
            !e.isEmpty()) {
            qWarning("submit_order: %s", qPrintable(e));
            return {};
        }
        const QString orderId = QJsonDocument::fromJson(answer.toString().toUtf8())
                                    .object().value(u"builds").toArray().at(0).toObject().value(u"orderId").toString();
        if (const QString e = run(as(kAdmin), QStringLiteral("SELECT cs.force_order_status(CAST(? AS uuid), 'ReadyForProduction', "
                                                             "'test set-up', ?)"),
                                  {orderId, rowVersion(orderId)});
            !e.isEmpty()) {
            qWarning("force: %s", qPrintable(e));
            return {};
        }
        return orderId;
    }

    // What the CLP of the build asks for outside the packing list, as the checklist's own gap finder
    // sees it on an empty checklist: item@position, without the header and the section checks.
    QSet<QString> clpItemsOutsidePacking(const QString& who, const QString& orderId)
    {
        QVariant clp;
        if (const QString e = run(as(who), QStringLiteral("SELECT cs.open_qc_checklist(CAST(? AS uuid), 'CLP')::text"), {orderId}, &clp);
            !e.isEmpty())
            qWarning("open CLP: %s", qPrintable(e));
        QSqlQuery q(as(who));
        q.prepare(QStringLiteral("SELECT item_id, position FROM cs.qc_checklist_missing(CAST(? AS uuid)) "
                                 "WHERE section_id IS NOT NULL AND section_id <> 'header' AND item_id <> '#sectionCheck'"));
        q.addBindValue(clp);
        QSet<QString> out;
        if (!q.exec())
            qWarning("missing: %s", qPrintable(q.lastError().text()));
        while (q.next())
            out.insert(taskKey(q.value(0).toString(), q.value(1).toInt()));
        return out;
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!ScratchDatabase::clusterAvailable(&why))
            QSKIP(qPrintable(why));
        QVERIFY(makeDatabase());
        QString error;
        for (const QString& role : {kAdmin, kCoord, kProcure, kQc, kAssembler, kService}) {
            QVERIFY2(addPerson(role, {}, &error), qPrintable(error));
        }
        QVERIFY2(addPerson(kAssembler, kOther, &error), qPrintable(error));
        QVERIFY2(ScratchDatabase::seedWorkflowFixtures(as(kAdmin), &error), qPrintable(error));
        // The project's production checks, as the next published version.
        QFile f(cs::test::sourcePath(u"resources/checklists/production-clp.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(run(as(kAdmin), QStringLiteral("SELECT cs.publish_checklist_template(template_id) "
                                                "FROM cs.import_checklist_template(CAST(? AS jsonb))"),
                     {QString::fromUtf8(f.readAll())}),
                 QString());

        // A picture and two tools, by the Admin.
        QSqlDatabase admin = as(kAdmin);
        const cs::data::Result<QString> sha = WorkInstructionRepository::addImage(admin, png(64), QStringLiteral("image/png"));
        QVERIFY2(sha, qPrintable(sha.error().logText()));
        m_image = sha.value();
        QCOMPARE(m_image.size(), 64);
        for (const auto& [key, name, image] : {std::tuple{"TK-A", "Torque wrench", true}, std::tuple{"TK-B", "Label printer", false}}) {
            cs::data::Tool tool;
            tool.key = QLatin1String(key);
            tool.name = QLatin1String(name);
            tool.image = image ? m_image : QString();
            const cs::data::Result<QString> saved = WorkInstructionRepository::saveTool(admin, tool);
            QVERIFY2(saved, qPrintable(saved.error().logText()));
        }
        // Server time and author on a tool.
        QCOMPARE(value(QStringLiteral("SELECT u.username FROM cs.tools t JOIN cs.users u ON u.user_id = t.updated_by "
                                      "WHERE t.tool_key = 'TK-A' AND t.updated_at > now() - interval '1 minute'"))
                     .toString(),
                 m_people.value(kAdmin).username);

        m_faucetV1 = publish(QJsonObject{
            {QStringLiteral("key"), QStringLiteral("WI-T-FAUCET")},
            {QStringLiteral("title"), QStringLiteral("Standard faucets")},
            {QStringLiteral("clpItems"), QJsonArray{QStringLiteral("S2.3")}},
            {QStringLiteral("assemblies"), QJsonArray{QStringLiteral("ASSY-1"), QStringLiteral("P-2")}},
            {QStringLiteral("tools"), QJsonArray{QStringLiteral("TK-A")}},
            {QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Tape the threads.")},
                                                             {QStringLiteral("safety"), QStringLiteral("Pad the jaws.")},
                                                             {QStringLiteral("images"), QJsonArray{m_image}}},
                                                 QJsonObject{{QStringLiteral("text"), QStringLiteral("Tighten a quarter turn.")}}}}});
        QVERIFY(!m_faucetV1.isEmpty());
        QVERIFY(!publish(QJsonObject{{QStringLiteral("key"), QStringLiteral("WI-T-ESINK")},
                                     {QStringLiteral("title"), QStringLiteral("Touchscreen")},
                                     {QStringLiteral("clpItems"), QJsonArray{QStringLiteral("S3.S3")}},
                                     {QStringLiteral("assemblies"), QJsonArray{QStringLiteral("P-1")}},
                                     {QStringLiteral("tools"), QJsonArray{QStringLiteral("TK-B")}},
                                     {QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Fix it.")}}}}})
                     .isEmpty());
        QVERIFY(!publish(QJsonObject{{QStringLiteral("key"), QStringLiteral("WI-T-EDRAIN")},
                                     {QStringLiteral("title"), QStringLiteral("Bottom fill")},
                                     {QStringLiteral("clpItems"), QJsonArray{QStringLiteral("S3.D1"), QStringLiteral("S3.D2")}},
                                     {QStringLiteral("assemblies"), QJsonArray{QStringLiteral("P-2")}},
                                     {QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("In order.")}}}}})
                     .isEmpty());
    }

    void cleanup()
    {
        m_conn.clear();
        m_db->closeConnections();
        m_super = m_db->superuser();
    }

    void importListsEveryProblem()
    {
        QSqlDatabase admin = as(kAdmin);
        const cs::data::Result<QString> refused = WorkInstructionRepository::importInstruction(admin, object(R"({
            "key": "WI-T-BAD", "title": "Bad",
            "clpItems": ["S9.9", "S4.1", "S2.3"],
            "assemblies": ["NOT-IN-CATALOG"],
            "tools": ["TK-NOPE"],
            "steps": [{"text": "  "}, {"text": "ok", "images": ["0000000000000000000000000000000000000000000000000000000000000000"]}]})"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("E-WI-INVALID"));
        const QStringList problems = refused.error().detail.split(u'\n');
        QVERIFY2(problems.size() == 7, qPrintable(refused.error().detail));
        for (const char* expected : {"\"S9.9\" is not an item", "\"S4.1\" is not an item", "S2.3 is explained by WI-T-FAUCET",
                                     "\"NOT-IN-CATALOG\" is not in the catalog", "unknown tool \"TK-NOPE\"", "step 1: empty",
                                     "step 2: unknown image"})
            QVERIFY2(refused.error().detail.contains(QLatin1String(expected)), expected);
        QVERIFY(refused.error().message.contains(QStringLiteral("(and 6 more)")));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.work_instructions WHERE wi_key = 'WI-T-BAD'")).toInt(), 0);
        // No steps at all, and a key that is not one.
        const cs::data::Result<QString> empty = WorkInstructionRepository::importInstruction(
            admin, object(R"({"key": "bad key", "title": "Empty", "clpItems": ["S2.10"], "steps": []})"));
        QVERIFY(!empty);
        QVERIFY2(empty.error().detail.contains(QStringLiteral("key:")) && empty.error().detail.contains(QStringLiteral("steps:")),
                 qPrintable(empty.error().detail));
    }

    void publishedVersionIsImmutable()
    {
        // The Admin has no direct write; a superuser's UPDATE and DELETE are refused by the trigger.
        QVERIFY(run(as(kAdmin), QStringLiteral("UPDATE cs.work_instructions SET title = 'Changed' WHERE instruction_id = CAST(? AS uuid)"),
                    {m_faucetV1})
                    .startsWith(QStringLiteral("42501")));
        QString e = run(m_super, QStringLiteral("UPDATE cs.work_instructions SET steps = '[]' WHERE instruction_id = CAST(? AS uuid)"),
                        {m_faucetV1});
        QVERIFY2(e.contains(QStringLiteral("E-WI-PUBLISHED")), qPrintable(e));
        e = run(m_super, QStringLiteral("UPDATE cs.work_instructions SET clp_items = '{S2.7}' WHERE instruction_id = CAST(? AS uuid)"),
                {m_faucetV1});
        QVERIFY2(e.contains(QStringLiteral("E-WI-PUBLISHED")), qPrintable(e));
        e = run(m_super, QStringLiteral("DELETE FROM cs.work_instructions WHERE instruction_id = CAST(? AS uuid)"), {m_faucetV1});
        QVERIFY2(e.contains(QStringLiteral("E-WI-")), qPrintable(e));
        QCOMPARE(value(QStringLiteral("SELECT steps->0->>'text' FROM cs.work_instructions WHERE instruction_id = CAST(? AS uuid)"),
                       {m_faucetV1})
                     .toString(),
                 QStringLiteral("Tape the threads."));
        // Publishing twice is refused; a draft of another key that explains a taken item is refused at
        // publish as well as at import.
        e = run(as(kAdmin), QStringLiteral("SELECT cs.publish_work_instruction(CAST(? AS uuid))"), {m_faucetV1});
        QVERIFY2(e.contains(QStringLiteral("E-WI-PUBLISHED")), qPrintable(e));
        // Images and tools: no direct write for anyone.
        for (const QString& who : {kAdmin, kAssembler}) {
            QVERIFY(run(as(who), QStringLiteral("UPDATE cs.tools SET name = 'x'")).startsWith(QStringLiteral("42501")));
            QVERIFY(run(as(who), QStringLiteral("DELETE FROM cs.wi_images")).startsWith(QStringLiteral("42501")));
        }
        e = run(m_super, QStringLiteral("UPDATE cs.wi_images SET mime = 'image/jpeg'"));
        QVERIFY2(e.contains(QStringLiteral("E-APPEND-ONLY")), qPrintable(e));
    }

    void onlyAdminWrites()
    {
        const QString content = compact(object(R"({"key": "WI-T-ROLE", "title": "Role test", "clpItems": ["S2.7"],
                                                   "steps": [{"text": "Fit it."}]})"));
        for (const QString& who : {kCoord, kProcure, kQc, kAssembler, kService}) {
            for (const auto& [sql, values] :
                 {std::pair{QStringLiteral("SELECT cs.import_work_instruction(CAST(? AS jsonb))"), QVariantList{content}},
                  std::pair{QStringLiteral("SELECT cs.publish_work_instruction(CAST(? AS uuid))"), QVariantList{m_faucetV1}},
                  std::pair{QStringLiteral("SELECT cs.save_tool('TK-X', 'Hammer', NULL, NULL, true)"), QVariantList{}},
                  std::pair{QStringLiteral("SELECT cs.add_wi_image(?, 'image/png')"), QVariantList{png(32)}},
                  std::pair{QStringLiteral("INSERT INTO cs.tools (tool_key, name) VALUES ('TK-Y', 'Saw')"), QVariantList{}},
                  std::pair{QStringLiteral("INSERT INTO cs.work_instructions (title, steps, created_by) VALUES ('x', '[]', gen_random_uuid())"),
                            QVariantList{}}}) {
                const QString e = run(as(who), sql, values);
                QVERIFY2(e.startsWith(QStringLiteral("42501")), qPrintable(who + QStringLiteral(": ") + sql + QStringLiteral(": ") + e));
            }
        }
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.work_instructions WHERE wi_key = 'WI-T-ROLE'")).toInt(), 0);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.tools WHERE tool_key IN ('TK-X', 'TK-Y')")).toInt(), 0);
        // Everyone reads the instructions, the tools and the pictures.
        for (const QString& who : {kCoord, kProcure, kQc, kAssembler, kService}) {
            QVariant bytes;
            QCOMPARE(run(as(who), QStringLiteral("SELECT cs.wi_image(?)"), {m_image}, &bytes), QString());
            QCOMPARE(bytes.toByteArray(), png(64));
            QCOMPARE(run(as(who), QStringLiteral("SELECT count(*) FROM cs.work_instructions, cs.tools")), QString());
        }
    }

    void imageLimits()
    {
        QSqlDatabase admin = as(kAdmin);
        // Stored once by content.
        const cs::data::Result<QString> again = WorkInstructionRepository::addImage(admin, png(64), QStringLiteral("image/png"));
        QVERIFY(again);
        QCOMPARE(again.value(), m_image);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.wi_images WHERE sha256 = ?"), {m_image}).toInt(), 1);
        // 2 MB is the limit.
        const cs::data::Result<QString> largest = WorkInstructionRepository::addImage(admin, png(2 * 1024 * 1024, 'y'),
                                                                                     QStringLiteral("image/png"));
        QVERIFY2(largest, qPrintable(largest.error().logText()));
        const cs::data::Result<QString> tooLarge = WorkInstructionRepository::addImage(admin, png(2 * 1024 * 1024 + 1, 'z'),
                                                                                      QStringLiteral("image/png"));
        QVERIFY(!tooLarge);
        QCOMPARE(tooLarge.error().code, QStringLiteral("E-WI-IMAGE-SIZE"));
        // PNG or JPEG only, and the bytes must be what the type says.
        const cs::data::Result<QString> gif = WorkInstructionRepository::addImage(admin, QByteArray("GIF89a....."), QStringLiteral("image/gif"));
        QVERIFY(!gif);
        QCOMPARE(gif.error().code, QStringLiteral("E-WI-IMAGE-TYPE"));
        const cs::data::Result<QString> notPng = WorkInstructionRepository::addImage(admin, QByteArray(100, 'a'), QStringLiteral("image/png"));
        QVERIFY(!notPng);
        QCOMPARE(notPng.error().code, QStringLiteral("E-WI-IMAGE-TYPE"));
        const cs::data::Result<QString> jpeg = WorkInstructionRepository::addImage(admin, QByteArray("\xff\xd8\xff\xe0 jpeg body", 15),
                                                                                  QStringLiteral("image/jpeg"));
        QVERIFY2(jpeg, qPrintable(jpeg.error().logText()));
        const cs::data::Result<QString> empty = WorkInstructionRepository::addImage(admin, QByteArray(), QStringLiteral("image/png"));
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, QStringLiteral("E-WI-IMAGE-SIZE"));
    }

    void taskListsOfTwoBuilds()
    {
        // Build A: two basins (E-Sink, E-Drain), pegboard, lifting legs, a wrist-blade faucet, a water gun;
        // English. Build B: one E-Drain basin, no pegboard, fixed legs, no faucet, an air gun; French.
        const QString a = newBuild(R"({"model": "T2-B2", "widthIn": 30, "lengthIn": 72,
            "legs": {"height": "HEIGHT_ADJUSTABLE", "model": "DL27"}, "feet": "LOCK_LEVELING_CASTERS",
            "pegboard": {"type": "PERFORATED", "color": "BLUE", "size": "SAME_AS_SINK"},
            "basins": [{"position": 1, "type": "E_SINK", "size": "24X20X10", "pTrap": true, "basinLight": true},
                       {"position": 2, "type": "E_DRAIN", "size": "24X20X10", "pTrap": false, "basinLight": false}],
            "faucets": [{"type": "WRIST_BLADE", "placement": "CENTER_OF_BASIN_1"}],
            "sprayers": [{"type": "WATER_GUN_TURRET", "location": "LEFT_SIDE"}]})",
                                   2, QStringLiteral("EN"));
        const QString b = newBuild(R"({"model": "T2-B1", "widthIn": 30, "lengthIn": 48,
            "legs": {"height": "FIXED_HEIGHT", "model": "DL14"}, "feet": "SEISMIC_FEET", "pegboard": null,
            "basins": [{"position": 1, "type": "E_DRAIN", "size": "20X20X8", "pTrap": false, "basinLight": false}],
            "faucets": [], "sprayers": [{"type": "AIR_GUN_ROSETTE", "location": "RIGHT_SIDE"}]})",
                                   5, QStringLiteral("FR"));
        QVERIFY(!a.isEmpty() && !b.isEmpty());

        // Nobody makes the list of a build nobody claimed but an Admin; the claimant or an Admin only.
        QString e = ensure(kAssembler, a);
        QVERIFY2(e.contains(QStringLiteral("E-ASM-NOT-CLAIMANT")), qPrintable(e));
        QCOMPARE(claim(kAssembler, a), QString());
        QCOMPARE(claim(kOther, b), QString());
        e = ensure(kOther, a);
        QVERIFY2(e.contains(QStringLiteral("E-ASM-NOT-CLAIMANT")), qPrintable(e));
        for (const QString& who : {kCoord, kQc, kProcure, kService})
            QVERIFY(ensure(who, a).startsWith(QStringLiteral("42501")));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.task_lists WHERE order_id = CAST(? AS uuid)"), {a}).toInt(), 0);

        QVariant first;
        QCOMPARE(ensure(kAssembler, a, &first), QString());
        QVariant second;
        QCOMPARE(ensure(kAssembler, a, &second), QString());
        QVariant byAdmin;
        QCOMPARE(ensure(kAdmin, a, &byAdmin), QString());
        QCOMPARE(second, first);
        QCOMPARE(byAdmin, first);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.task_lists WHERE order_id = CAST(? AS uuid)"), {a}).toInt(), 1);
        QCOMPARE(value(QStringLiteral("SELECT u.username FROM cs.task_lists l JOIN cs.users u ON u.user_id = l.created_by "
                                      "WHERE l.order_id = CAST(? AS uuid) AND l.created_at > now() - interval '1 minute'"),
                       {a})
                     .toString(),
                 m_people.value(kAssembler).username);

        // A later version of the faucet instruction: build A's list keeps version 1, build B gets none
        // for S2.3 (no faucet) but version 2 would apply to a list made from now on.
        const QString v2 = publish(QJsonObject{
            {QStringLiteral("key"), QStringLiteral("WI-T-FAUCET")},
            {QStringLiteral("title"), QStringLiteral("Standard faucets, revised")},
            {QStringLiteral("clpItems"), QJsonArray{QStringLiteral("S2.3"), QStringLiteral("S2X.1")}},
            {QStringLiteral("assemblies"), QJsonArray{QStringLiteral("P-2")}},
            {QStringLiteral("tools"), QJsonArray{QStringLiteral("TK-A"), QStringLiteral("TK-B")}},
            {QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Revised step.")}}}}});
        QVERIFY(!v2.isEmpty());
        QCOMPARE(ensure(kOther, b), QString());

        // Build A: every applicable CLP item outside S4, per basin, as the checklist itself sees it.
        const BuildTaskList listA = taskList(kAssembler, a);
        QCOMPARE(listA.id, first.toString());
        QSet<QString> tasksA;
        for (const BuildTask& t : listA.tasks) {
            QVERIFY2(t.section != u"S4", qPrintable(t.item));
            tasksA.insert(taskKey(t.item, t.position));
        }
        QCOMPARE(tasksA.size(), listA.tasks.size());
        QCOMPARE(tasksA, clpItemsOutsidePacking(kAssembler, a));
        for (const QString& expected : {taskKey(QStringLiteral("S2.1"), 0), taskKey(QStringLiteral("S2.4"), 0),
                                        taskKey(QStringLiteral("S2X.2"), 0), taskKey(QStringLiteral("S3.S3"), 1),
                                        taskKey(QStringLiteral("S3.D1"), 2)})
            QVERIFY2(tasksA.contains(expected), qPrintable(expected));
        for (const QString& absent : {taskKey(QStringLiteral("S2X.1"), 0), taskKey(QStringLiteral("S3.D1"), 1),
                                      taskKey(QStringLiteral("S3.S3"), 2)})
            QVERIFY2(!tasksA.contains(absent), qPrintable(absent));
        for (int i = 0; i < listA.tasks.size(); ++i)
            QCOMPARE(listA.tasks.at(i).sequence, i + 1);

        const BuildTask* faucet = findTask(listA, QStringLiteral("S2.3"), 0);
        QVERIFY(faucet);
        QCOMPARE(faucet->instructionId, m_faucetV1);
        QCOMPARE(faucet->instructionKey, QStringLiteral("WI-T-FAUCET"));
        QCOMPARE(faucet->instructionVersion, 1);
        QCOMPARE(faucet->steps.size(), 2);
        QCOMPARE(faucet->steps.at(0).text, QStringLiteral("Tape the threads."));
        QCOMPARE(faucet->steps.at(0).safety, QStringLiteral("Pad the jaws."));
        QCOMPARE(faucet->steps.at(0).images, QStringList{m_image});
        QCOMPARE(faucet->tools.size(), 1);
        QCOMPARE(faucet->tools.at(0).key, QStringLiteral("TK-A"));
        QCOMPARE(faucet->tools.at(0).name, QStringLiteral("Torque wrench"));
        QCOMPARE(faucet->tools.at(0).image, m_image);
        QCOMPARE(faucet->parts.size(), 2);
        QCOMPARE(faucet->parts.at(0).itemId, QStringLiteral("ASSY-1"));
        QCOMPARE(faucet->parts.at(0).quantity, 1);
        QCOMPARE(faucet->parts.at(0).name, QStringLiteral("Kit one"));
        QCOMPARE(faucet->parts.at(1).itemId, QStringLiteral("P-2"));
        QCOMPARE(faucet->parts.at(1).quantity, 2);
        const BuildTask* screen = findTask(listA, QStringLiteral("S3.S3"), 1);
        QVERIFY(screen);
        QCOMPARE(screen->instructionKey, QStringLiteral("WI-T-ESINK"));
        QCOMPARE(screen->parts.size(), 1);
        QCOMPARE(screen->parts.at(0).itemId, QStringLiteral("P-1"));
        QCOMPARE(screen->parts.at(0).quantity, 3);   // extended: 3 per kit
        QCOMPARE(screen->tools.at(0).image, QString());
        const BuildTask* logo = findTask(listA, QStringLiteral("S2.6"), 0);
        QVERIFY(logo);
        QVERIFY(logo->instructionId.isEmpty());
        QVERIFY(logo->steps.isEmpty() && logo->tools.isEmpty() && logo->parts.isEmpty());

        // Build B: its own configuration, the instruction versions in force when its list was made.
        const BuildTaskList listB = taskList(kOther, b);
        QVERIFY(!listB.isEmpty());
        QSet<QString> tasksB;
        for (const BuildTask& t : listB.tasks)
            tasksB.insert(taskKey(t.item, t.position));
        QCOMPARE(tasksB, clpItemsOutsidePacking(kOther, b));
        for (const QString& expected : {taskKey(QStringLiteral("S2X.1"), 0), taskKey(QStringLiteral("S3.D1"), 1),
                                        taskKey(QStringLiteral("S3.D2"), 1)})
            QVERIFY2(tasksB.contains(expected), qPrintable(expected));
        for (const QString& absent : {taskKey(QStringLiteral("S2.1"), 0), taskKey(QStringLiteral("S2.3"), 0),
                                      taskKey(QStringLiteral("S2.4"), 0), taskKey(QStringLiteral("S3.S3"), 1),
                                      taskKey(QStringLiteral("S2X.2"), 0)})
            QVERIFY2(!tasksB.contains(absent), qPrintable(absent));
        const BuildTask* gun = findTask(listB, QStringLiteral("S2X.1"), 0);
        QVERIFY(gun);
        QCOMPARE(gun->instructionId, v2);
        QCOMPARE(gun->instructionVersion, 2);
        QCOMPARE(gun->steps.size(), 1);
        QCOMPARE(gun->tools.size(), 2);
        QCOMPARE(gun->parts.size(), 1);
        QCOMPARE(gun->parts.at(0).quantity, 5);
        const BuildTask* fill = findTask(listB, QStringLiteral("S3.D2"), 1);
        QVERIFY(fill);
        QCOMPARE(fill->instructionKey, QStringLiteral("WI-T-EDRAIN"));
        QCOMPARE(fill->parts.at(0).itemId, QStringLiteral("P-2"));
        QCOMPARE(fill->parts.at(0).quantity, 5);

        // Build A's list is as it was made: version 1 and its steps, after version 2 was published.
        const BuildTaskList again = taskList(kQc, a);
        const BuildTask* still = findTask(again, QStringLiteral("S2.3"), 0);
        QVERIFY(still);
        QCOMPARE(still->instructionVersion, 1);
        QCOMPARE(still->steps.at(1).text, QStringLiteral("Tighten a quarter turn."));
        // The version a list uses is kept, and a list never changes.
        e = run(m_super, QStringLiteral("DELETE FROM cs.work_instructions WHERE instruction_id = CAST(? AS uuid)"), {m_faucetV1});
        QVERIFY2(e.contains(QStringLiteral("E-WI-IN-USE")), qPrintable(e));
        e = run(m_super, QStringLiteral("UPDATE cs.task_lists SET tasks = '[]' WHERE order_id = CAST(? AS uuid)"), {a});
        QVERIFY2(e.contains(QStringLiteral("E-APPEND-ONLY")), qPrintable(e));
        QVERIFY(run(as(kAssembler), QStringLiteral("DELETE FROM cs.task_lists")).startsWith(QStringLiteral("42501")));

        // Ticking a task is answering its CLP item: the old free ticks are nobody's.
        e = run(as(kAssembler), QStringLiteral("SELECT cs.complete_task(CAST(? AS uuid), CAST(? AS uuid), 1, 'done')"), {a, first});
        QVERIFY2(e.startsWith(QStringLiteral("42501")), qPrintable(e));
        e = run(as(kCoord), QStringLiteral("SELECT cs.create_task_list(CAST(? AS uuid), 'MDRD', '[{}]')"), {a});
        QVERIFY2(e.startsWith(QStringLiteral("42501")), qPrintable(e));
    }

    // The planner expects about as many applicable items as a build has. A function returning rows is
    // taken to return 1,000 unless it says otherwise; so estimated, the query that makes a task list
    // (one look-up of instruction, tools and BOM lines per item) passed the cost at which PostgreSQL
    // compiles a query (JIT), and every new task list spent 100-300 ms of the server's time compiling.
    void plannerExpectsTheItemsThereAre()
    {
        const QString build = newBuild(R"({"model": "T2-B2", "widthIn": 30, "lengthIn": 60,
            "basins": [{"position": 1, "type": "E_SINK", "size": "20X20X8", "basinLight": true},
                       {"position": 2, "type": "E_DRAIN", "size": "20X20X8"}],
            "faucets": [{"type": "WRIST_BLADE", "placement": "CENTER_OF_BASIN_1"}]})",
                                       1, QStringLiteral("EN"));
        QVERIFY(!QUuid::fromString(build).isNull());
        const QString from = QStringLiteral("FROM cs.cl_applicable_items((cs.wi_active_clp_template()).checklist_items, "
                                            "(SELECT config FROM cs.orders WHERE order_id = '%1'), 'EN', ARRAY['S4'])")
                                 .arg(build);
        const int items = value(QStringLiteral("SELECT count(*) ") + from).toInt();
        QVERIFY(items > 10);
        const QJsonArray plan = QJsonDocument::fromJson(value(QStringLiteral("EXPLAIN (FORMAT JSON) SELECT * ") + from)
                                                            .toString().toUtf8())
                                    .array();
        const double expected = plan.at(0)[u"Plan"][u"Plan Rows"].toDouble();
        QVERIFY2(expected >= items / 3.0 && expected <= items * 3.0,
                 qPrintable(QStringLiteral("the planner expects %1 items, the build has %2").arg(expected).arg(items)));
    }

    void noListOutsideProduction()
    {
        const QString c = newBuild(R"({"model": "T2-B1", "widthIn": 30, "lengthIn": 48,
            "basins": [{"position": 1, "type": "E_SINK", "size": "20X20X8"}]})", 1, QStringLiteral("EN"));
        QVERIFY(!c.isEmpty());
        QCOMPARE(run(as(kAdmin), QStringLiteral("SELECT cs.force_order_status(CAST(? AS uuid), 'ReadyForPreQC', 'test set-up', ?)"),
                     {c, rowVersion(c)}),
                 QString());
        const QString e = ensure(kAdmin, c);
        QVERIFY2(e.contains(QStringLiteral("E-TASKS-STATUS")), qPrintable(e));
        QVERIFY(taskList(kAssembler, c).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkInstructions)
#include "tst_workinstructions.moc"
