// The server's condition evaluator (cs.checklist_condition, resources/sql/functions/62_checklists.sql)
// against the engine's ChecklistCondition: every appliesWhen of the four delivered forms, for every
// configured build of the acceptance cases, at every basin position 0..3; then hand expressions (||,
// !, parentheses, counts, every vocabulary word) over hand configurations that the cases lack (E-Sink
// DI, air guns, Spanish); the refusal of what does not parse, with the text; and the conditions of a
// stored template kept parsed for the evaluator (cs.checklist_condition_trees).
#include "data/schema/migrator.h"
#include "domain/checklist/checklisttemplate.h"
#include "testdatabase.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using cs::test::ScratchDatabase;
using namespace cs::domain;

namespace {

QString sharedPath(const QString& relative)
{
    return cs::test::sharedPath(u"domain/") + relative;
}

struct Build
{
    QString name;
    QJsonObject configJson;   // builds[].config, as cs.orders.config holds it
    ChecklistSubject subject;
};

// Every "appliesWhen" text of a template as its file holds it, at any depth.
void collectConditions(const QJsonValue& v, QSet<QString>* out)
{
    if (v.isArray()) {
        for (const QJsonValue& e : v.toArray())
            collectConditions(e, out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == u"appliesWhen" && it.value().isString())
                out->insert(it.value().toString());
            else
                collectConditions(it.value(), out);
        }
    }
}

QString languageText(const ChecklistSubject& s)
{
    return toString(s.order.language); // empty for an unset language: NULL to the server
}

} // namespace

class TestConditionSql : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScratchDatabase> m_db;
    QSqlDatabase m_qc;            // a QC inspector's own login: the evaluator is granted to people
    QList<Build> m_builds;

    // The server's answer; *error set when it refused.
    std::optional<bool> server(const QString& expr, const QJsonObject& config, const QString& language, int position,
                               QString* error = nullptr)
    {
        QVariant v;
        QString e;
        const QVariant lang = language.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(language);
        if (!ScratchDatabase::exec(m_qc, QStringLiteral("SELECT cs.checklist_condition(?, CAST(? AS jsonb), ?, ?)"),
                                   {expr, QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)), lang,
                                    position},
                                   &e, &v)) {
            if (error)
                *error = e;
            return std::nullopt;
        }
        return v.toBool();
    }

    static Build handBuild(const QString& name, const QByteArray& config, const char* language)
    {
        Build b;
        b.name = name;
        b.configJson = QJsonDocument::fromJson(config).object();
        b.subject.config = SinkConfiguration::fromJson(b.configJson);
        b.subject.buildNumber = name;
        b.subject.order.language = OrderInfo::fromJson(QJsonObject{{QStringLiteral("language"), QString::fromLatin1(language)}}).language;
        return b;
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!ScratchDatabase::clusterAvailable(&why))
            QSKIP(qPrintable(why));
        m_db = std::make_unique<ScratchDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        QString error;
        const ScratchDatabase::Person qc = m_db->createPerson(QStringLiteral("QCPerson"), {}, &error);
        QVERIFY2(!qc.username.isEmpty(), qPrintable(error));
        m_qc = m_db->connect(qc.settings);
        QVERIFY(m_qc.isOpen());

        QFile f(sharedPath(QStringLiteral("acceptance/cases.json")));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).array()) {
            const QJsonObject c = v.toObject();
            QString parseError;
            const auto order = OrderConfiguration::fromJson(c.value(u"config").toObject(), &parseError);
            QVERIFY2(order, qPrintable(parseError));
            const QJsonArray builds = c.value(u"config").toObject().value(u"builds").toArray();
            for (const BuildEntry& b : order->builds) {
                if (!b.config)
                    continue;
                QJsonObject json;
                for (const QJsonValue& bv : builds)
                    if (bv.toObject().value(u"buildNumber").toString() == b.buildNumber)
                        json = bv.toObject().value(u"config").toObject();
                QVERIFY(!json.isEmpty());
                m_builds.append({c.value(u"id").toString() + u'/' + b.buildNumber, json,
                                 ChecklistSubject{order->order, b.buildNumber, *b.config}});
            }
        }
        QVERIFY(m_builds.size() >= 13);
    }

    void everyConditionOfTheFormsAgrees()
    {
        int compared = 0;
        for (const QString& file : {QStringLiteral("pre-qc.json"), QStringLiteral("production-clp.json"),
                                    QStringLiteral("eol-testing-clt.json"), QStringLiteral("final-qc-clq.json")}) {
            QList<ChecklistProblem> problems;
            const auto tmpl = ChecklistTemplate::readFile(sharedPath(QStringLiteral("checklists/") + file), &problems);
            QVERIFY2(tmpl, qPrintable(file));
            QList<ChecklistCondition> conditions;
            for (const ChecklistItem& i : tmpl->header)
                if (i.appliesWhen)
                    conditions << *i.appliesWhen;
            for (const ChecklistSection& s : tmpl->sections)
                for (const ChecklistItem& i : s.items)
                    if (i.appliesWhen)
                        conditions << *i.appliesWhen;
            QVERIFY(!conditions.isEmpty());
            for (const Build& b : std::as_const(m_builds)) {
                for (const ChecklistCondition& c : std::as_const(conditions)) {
                    for (int position = 0; position <= 3; ++position) {
                        QString error;
                        const auto got = server(c.text(), b.configJson, languageText(b.subject), position, &error);
                        QVERIFY2(got, qPrintable(c.text() + QStringLiteral(": ") + error));
                        const bool expected = c.evaluate(b.subject, position);
                        QVERIFY2(*got == expected, qPrintable(QStringLiteral("%1 %2 \"%3\" at %4: server %5, engine %6")
                                                                  .arg(file, b.name, c.text())
                                                                  .arg(position)
                                                                  .arg(*got)
                                                                  .arg(expected)));
                        ++compared;
                    }
                }
            }
        }
        qInfo("%d evaluations compared", compared);
    }

    void handExpressionsAgree()
    {
        QList<Build> builds = m_builds;
        // What the cases lack: DI basins, air guns (turret and rosette), Spanish, no pegboard with
        // castors, a model whose count differs from the list, "pegboard": true, an unset language.
        builds << handBuild(QStringLiteral("di-airgun-es"),
                            R"({"model": "T2-B3", "legs": {"height": "FIXED_HEIGHT"}, "feet": "SEISMIC_FEET",
                                "pegboard": null,
                                "basins": [{"type": "E_SINK_DI", "basinLight": true, "pTrap": true},
                                           {"type": "E_SINK"}, {"type": "E_DRAIN", "pTrap": true}],
                                "faucets": [{"type": "DI_GOOSENECK"}, {"type": "PRE_RINSE"}],
                                "sprayers": [{"type": "AIR_GUN_ROSETTE"}, {"type": "AIR_GUN_TURRET"}]})",
                            "ES")
               << handBuild(QStringLiteral("b1-listed-two"),
                            R"({"model": "T2-B1", "pegboard": true, "legs": {"height": "HEIGHT_ADJUSTABLE"},
                                "basins": [{"position": 2, "type": "E_SINK"}, {"position": 1, "type": "E_SINK_DI"}],
                                "sprayers": [{"type": "WATER_GUN_ROSETTE"}]})",
                            "FR")
               << handBuild(QStringLiteral("no-model"),
                            R"({"basins": [{"type": "E_DRAIN", "basinLight": true}, {"type": "E_SINK_DI"}], "faucets": [{}]})",
                            "EN")
               << handBuild(QStringLiteral("empty"), R"({})", "");
        const QStringList expressions{
            QStringLiteral("hasPegboard || legsHeightAdjustable"),
            QStringLiteral("!hasPegboard"),
            QStringLiteral("!(hasPegboard && hasAnyFaucet) || feet == SEISMIC_FEET"),
            QStringLiteral("(language == FR || language == ES) && !anyBasin(E_DRAIN)"),
            QStringLiteral("language != EN"),
            QStringLiteral("feet != LOCK_LEVELING_CASTERS"),
            QStringLiteral("hasSprayer(AIR_GUN)"),
            QStringLiteral("hasSprayer(WATER_GUN)"),
            QStringLiteral("hasSprayer(AIR_GUN_ROSETTE) && !hasSprayer(WATER_GUN_TURRET)"),
            QStringLiteral("hasFaucet(DI_GOOSENECK) || hasFaucet(WRIST_BLADE)"),
            QStringLiteral("anyBasin(E_SINK) && !anyBasin(E_SINK_STD)"),
            QStringLiteral("anyBasin(E_SINK_DI)"),
            QStringLiteral("basin.type == E_SINK_DI || basin.type == E_SINK_STD"),
            QStringLiteral("basin.type != E_DRAIN"),
            QStringLiteral("basin.type in (E_SINK, E_DRAIN) && !basin.basinLight"),
            QStringLiteral("basin.pTrap || basin.basinLight"),
            QStringLiteral("basinCount >= 2"),
            QStringLiteral("basinCount == 3 && count(E_SINK, E_SINK_DI) > 1"),
            QStringLiteral("count(E_DRAIN) * 2 <= basinCount"),
            QStringLiteral("2 x count(E_SINK) != 2"),
            QStringLiteral("count(E_SINK_STD) < count(E_SINK_DI) || 0 == 1"),
            QStringLiteral("((hasPegboard)) && (basinCount > 1 || !(language == EN))"),
            QStringLiteral("!!hasAnyFaucet"),
        };
        for (const QString& text : expressions) {
            QString error;
            const auto condition = ChecklistCondition::parse(text, &error);
            QVERIFY2(condition, qPrintable(text + QStringLiteral(": ") + error));
            for (const Build& b : std::as_const(builds)) {
                for (int position = 0; position <= 3; ++position) {
                    const auto got = server(text, b.configJson, languageText(b.subject), position, &error);
                    QVERIFY2(got, qPrintable(text + QStringLiteral(": ") + error));
                    QVERIFY2(*got == condition->evaluate(b.subject, position),
                             qPrintable(QStringLiteral("%1 \"%2\" at %3: server %4").arg(b.name, text).arg(position).arg(*got)));
                }
            }
        }
        // A few answers written down by hand (not only agreement).
        const Build& di = builds.at(builds.size() - 4);
        QCOMPARE(*server(QStringLiteral("hasSprayer(AIR_GUN)"), di.configJson, QStringLiteral("ES"), 0), true);
        QCOMPARE(*server(QStringLiteral("hasSprayer(WATER_GUN)"), di.configJson, QStringLiteral("ES"), 0), false);
        QCOMPARE(*server(QStringLiteral("basin.type == E_SINK"), di.configJson, QStringLiteral("ES"), 1), false);
        QCOMPARE(*server(QStringLiteral("basin.type in (E_SINK, E_SINK_DI)"), di.configJson, QStringLiteral("ES"), 1), true);
        QCOMPARE(*server(QStringLiteral("anyBasin(E_SINK_STD)"), di.configJson, QStringLiteral("ES"), 0), true);
        QCOMPARE(*server(QStringLiteral("count(E_SINK, E_SINK_DI) == 2"), di.configJson, QStringLiteral("ES"), 0), true);
        QCOMPARE(*server(QStringLiteral("basin.type != E_DRAIN"), di.configJson, QStringLiteral("ES"), 0), false);
        const Build& b1 = builds.at(builds.size() - 3);
        // T2-B1: the basin listed at position 2 is past the model's count.
        QCOMPARE(*server(QStringLiteral("basin.type == E_SINK"), b1.configJson, QStringLiteral("FR"), 2), false);
        QCOMPARE(*server(QStringLiteral("anyBasin(E_SINK_STD)"), b1.configJson, QStringLiteral("FR"), 0), false);
        QCOMPARE(*server(QStringLiteral("hasPegboard && legsHeightAdjustable"), b1.configJson, QStringLiteral("FR"), 0), true);
    }

    void unreadableConditionsAreRefusedWithTheText()
    {
        for (const QString& text : {QStringLiteral("hasPegboard &&"), QStringLiteral("(hasPegboard"),
                                    QStringLiteral("feet == WHEELS"), QStringLiteral("basin.type in (E_SINK"),
                                    QStringLiteral("hasSprayer(FOAM)"), QStringLiteral("basinCount"),
                                    QStringLiteral("language = EN"), QStringLiteral("hasPegboard hasAnyFaucet"),
                                    QStringLiteral("count(E_SINK) > 1234567"), QStringLiteral("isRed"), QString()}) {
            QString cppError;
            QVERIFY2(!ChecklistCondition::parse(text, &cppError), qPrintable(text));
            QString error;
            QVERIFY2(!server(text, {}, QStringLiteral("EN"), 0, &error), qPrintable(text));
            QVERIFY2(error.contains(QStringLiteral("E-CHECKLIST-CONDITION")) && error.contains(text),
                     qPrintable(text + QStringLiteral(": ") + error));
        }
    }

    // A stored template's conditions are parsed as it is stored and kept (0024); the evaluator reads
    // the kept tree instead of parsing the text again. Nobody but the schema owner reads or writes
    // them, and applying the evaluator's file again (a changed parser) makes every tree again.
    void storedConditionsAreKeptParsed()
    {
        QString error;
        const ScratchDatabase::Person admin = m_db->createPerson(QStringLiteral("Admin"), {}, &error);
        QVERIFY2(!admin.username.isEmpty(), qPrintable(error));
        QSqlDatabase adminDb = m_db->connect(admin.settings);
        QVERIFY(adminDb.isOpen());
        QFile f(sharedPath(QStringLiteral("checklists/production-clp.json")));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QJsonDocument form = QJsonDocument::fromJson(f.readAll());
        QSet<QString> texts;
        collectConditions(form.object(), &texts);
        QVERIFY(texts.size() >= 10);

        QSqlDatabase su = m_db->superuser();
        const auto kept = [&su](const QString& text) {
            QVariant v;
            QString e;
            if (!ScratchDatabase::exec(su, QStringLiteral("SELECT count(*) FROM cs.checklist_condition_trees "
                                                          "WHERE condition = ? AND tree = cs.checklist_condition_tree(condition)"),
                                       {text}, &e, &v))
                qWarning("%s", qPrintable(e));
            return v.toInt() == 1;
        };
        int keptBefore = 0;
        for (const QString& text : std::as_const(texts))
            keptBefore += kept(text) ? 1 : 0;
        QVERIFY2(ScratchDatabase::exec(adminDb, QStringLiteral("SELECT template_id FROM cs.import_checklist_template(CAST(? AS jsonb))"),
                                       {QString::fromUtf8(form.toJson(QJsonDocument::Compact))}, &error),
                 qPrintable(error));
        for (const QString& text : std::as_const(texts))
            QVERIFY2(kept(text), qPrintable(text + QStringLiteral(" is not kept with its tree")));
        qInfo("%lld conditions of the CLP kept (%d before its import)", qlonglong(texts.size()), keptBefore);
        // The rules of its option filters too ("the sink has fewer than 3 basins" reads as a count).
        QVariant filterRules;
        QVERIFY2(ScratchDatabase::exec(su, QStringLiteral("SELECT count(*) FROM cs.qc_form_templates t, "
                                                          "jsonb_path_query(t.checklist_items, 'lax $.**.optionFilter') f, "
                                                          "cs.cl_filter_rules(f #>> '{}') r WHERE t.form_type = 'InProcessAssembly' "
                                                          "AND NOT EXISTS (SELECT 1 FROM cs.checklist_condition_trees k "
                                                          "WHERE k.condition = r.condition)"),
                                       {}, &error, &filterRules),
                 qPrintable(error));
        QCOMPARE(filterRules.toInt(), 0);

        // The evaluator follows the kept tree: kept as its negation, every answer turns.
        QStringList sorted = texts.values();
        sorted.sort();
        const QString text = sorted.first();
        const Build& build = m_builds.first();
        QList<bool> before;
        for (int position = 0; position <= 3; ++position) {
            const auto got = server(text, build.configJson, languageText(build.subject), position, &error);
            QVERIFY2(got, qPrintable(error));
            before << *got;
        }
        QVERIFY2(ScratchDatabase::exec(su, QStringLiteral("UPDATE cs.checklist_condition_trees SET tree = "
                                                          "jsonb_build_object('k', 'not', 'c', jsonb_build_array(tree)) WHERE condition = ?"),
                                       {text}, &error),
                 qPrintable(error));
        for (int position = 0; position <= 3; ++position)
            QCOMPARE(*server(text, build.configJson, languageText(build.subject), position), !before.at(position));

        // People neither read nor write them, an Admin included.
        for (QSqlDatabase person : {m_qc, adminDb}) {
            for (const QString& sql : {QStringLiteral("SELECT count(*) FROM cs.checklist_condition_trees"),
                                       QStringLiteral("UPDATE cs.checklist_condition_trees SET tree = '{\"k\": \"hasPegboard\"}'"),
                                       QStringLiteral("INSERT INTO cs.checklist_condition_trees VALUES ('isRed', '{\"k\": \"hasPegboard\"}')"),
                                       QStringLiteral("SELECT cs.cl_remember_conditions('{}')")}) {
                QVERIFY2(!ScratchDatabase::exec(person, sql, {}, &error), qPrintable(sql));
                QVERIFY2(error.startsWith(QStringLiteral("42501")), qPrintable(sql + QStringLiteral(": ") + error));
            }
        }
        QVERIFY2(!server(QStringLiteral("isRed"), build.configJson, QStringLiteral("EN"), 0, &error), "isRed");

        // The evaluator's file applied again (here: with one more line, as a changed parser would be)
        // makes every tree again from its text.
        QList<cs::data::Migrator::Repeatable> files = cs::data::Migrator::embeddedRepeatables();
        for (cs::data::Migrator::Repeatable& r : files)
            if (r.name == u"62_checklists.sql")
                r = cs::data::Migrator::Repeatable::fromText(r.name, r.sql + "\n-- applied again\n");
        const cs::data::Migrator::Result r =
            cs::data::Migrator(su, cs::data::Migrator::embeddedMigrations(), files).migrate();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.repeatablesApplied.isEmpty());
        QVERIFY(kept(text));
        for (int position = 0; position <= 3; ++position)
            QCOMPARE(*server(text, build.configJson, languageText(build.subject), position), before.at(position));
        for (const QString& t : std::as_const(texts))
            QVERIFY2(kept(t), qPrintable(t));
    }

    // An option filter's conditions are parsed where a template is checked (cl_filter_rules only
    // splits the rules): an unreadable one is a problem of the template, with the text, and an
    // evaluation of it is refused.
    void unreadableFilterConditionsAreProblems()
    {
        QSqlDatabase su = m_db->superuser();
        const QString item = QStringLiteral("{\"id\": \"S9.1\", \"type\": \"choice\", \"text\": \"Which?\", "
                                             "\"options\": [\"A\", \"B\"], "
                                             "\"optionFilter\": \"drop \\\"B\\\" when isRed; a remark\"}");
        QString error;
        QVariant problems;
        QVERIFY2(ScratchDatabase::exec(su, QStringLiteral("SELECT string_agg(p, ' | ') FROM cs.cl_item_problems('T', 'S9', "
                                                          "CAST(? AS jsonb), false, 0) p"),
                                       {item}, &error, &problems),
                 qPrintable(error));
        QVERIFY2(problems.toString().contains(QStringLiteral("option filter"))
                     && problems.toString().contains(QStringLiteral("isRed")),
                 qPrintable(problems.toString()));
        QVERIFY(!ScratchDatabase::exec(su, QStringLiteral("SELECT cs.cl_options(CAST(? AS jsonb), '{}', 'EN', 0)"), {item}, &error));
        QVERIFY2(error.contains(QStringLiteral("E-CHECKLIST-CONDITION")) && error.contains(QStringLiteral("isRed")), qPrintable(error));
        // A readable one is no problem, and drops its option when it holds.
        const QString good = QString(item).replace(QStringLiteral("isRed"), QStringLiteral("basinCount < 3"));
        QVERIFY2(ScratchDatabase::exec(su, QStringLiteral("SELECT count(*) FROM cs.cl_item_problems('T', 'S9', "
                                                          "CAST(? AS jsonb), false, 0) p"),
                                       {good}, &error, &problems),
                 qPrintable(error));
        QCOMPARE(problems.toInt(), 0);
        QVariant options;
        QVERIFY2(ScratchDatabase::exec(su, QStringLiteral("SELECT array_to_string(cs.cl_options(CAST(? AS jsonb), "
                                                          "'{\"model\": \"T2-B2\"}', 'EN', 0), ',')"),
                                       {good}, &error, &options),
                 qPrintable(error));
        QCOMPARE(options.toString(), QStringLiteral("A"));
    }
};

QTEST_GUILESS_MAIN(TestConditionSql)
#include "tst_conditionsql.moc"
