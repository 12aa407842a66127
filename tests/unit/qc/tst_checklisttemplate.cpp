// Checklist templates (issue 12): the four delivered forms load and write back the same JSON; fields
// the model does not know are kept; unknown item types, conditions outside the vocabulary and other
// mistakes are refused, all of them listed with the template, section and item named.
#include "checklistfixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace cs;
using namespace cs::domain;

namespace {

QJsonObject smallTemplate()
{
    return QJsonDocument::fromJson(R"({
        "id": "T_SMALL", "title": "Small",
        "header": [{"id": "H.who", "text": "Who", "type": "initials", "required": true}],
        "sections": [
          {"id": "S1", "title": "One", "items": [
            {"id": "S1.1", "text": "Tick", "type": "check"},
            {"id": "S1.2", "text": "Choose", "type": "choice", "options": ["A", "Other"], "otherText": true}]},
          {"id": "S2", "title": "Basin n", "repeat": "perBasin", "repeatMax": 3, "items": [
            {"id": "S2.1", "text": "Light", "type": "check", "appliesWhen": "basin.basinLight"}]}]
    })").object();
}

QJsonObject withItem(QJsonObject t, int section, const QJsonObject& item)
{
    QJsonArray sections = t.value(u"sections").toArray();
    QJsonObject s = sections.at(section).toObject();
    QJsonArray items = s.value(u"items").toArray();
    items.append(item);
    s.insert(u"items", items);
    sections.replace(section, s);
    t.insert(u"sections", sections);
    return t;
}

QStringList problemsOf(const QJsonObject& json)
{
    QList<ChecklistProblem> problems;
    const auto t = ChecklistTemplate::fromJson(json, &problems);
    QStringList out;
    for (const ChecklistProblem& p : problems)
        out << p.toString();
    if (t && !problems.isEmpty())
        out << QStringLiteral("a template was returned despite its problems");
    return out;
}

} // namespace

class TestChecklistTemplate : public QObject
{
    Q_OBJECT

private slots:
    void fourFormsLoad_data();
    void fourFormsLoad();
    void roundTrip_data() { fourFormsLoad_data(); }
    void roundTrip();
    void modelOfTheForms();
    void unknownFieldsKept();
    void unknownTypeRefused();
    void unknownConditionRefused();
    void everyProblemListed();
    void badFiles();
};

void TestChecklistTemplate::fourFormsLoad_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("sections");
    QTest::addColumn<int>("items");
    QTest::newRow("pre-qc") << QStringLiteral("pre-qc.json") << QStringLiteral("PRE_QC") << 2 << 10;
    QTest::newRow("clp") << QStringLiteral("production-clp.json") << QStringLiteral("PRODUCTION_CLP") << 4 << 41;
    QTest::newRow("clt") << QStringLiteral("eol-testing-clt.json") << QStringLiteral("EOL_TESTING_CLT") << 4 << 29;
    QTest::newRow("clq") << QStringLiteral("final-qc-clq.json") << QStringLiteral("FINAL_QC_CLQ") << 4 << 30;
}

void TestChecklistTemplate::fourFormsLoad()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(int, sections);
    QFETCH(int, items);
    QString why;
    const auto t = test::loadForm(file, &why);
    QVERIFY2(t, qPrintable(why));
    QCOMPARE(t->id, id);
    QCOMPARE(t->versionNumber(), 1);
    QCOMPARE(t->sections.size(), sections);
    int count = 0;
    for (const ChecklistSection& s : t->sections)
        count += int(s.items.size());
    QCOMPARE(count, items);
}

void TestChecklistTemplate::roundTrip()
{
    QFETCH(QString, file);
    const QJsonObject original = test::formJson(file);
    QVERIFY(!original.isEmpty());
    QList<ChecklistProblem> problems;
    const auto t = ChecklistTemplate::fromJson(original, &problems);
    QVERIFY(t);
    const QJsonObject written = t->toJson();
    if (written != original) {
        for (auto it = original.begin(); it != original.end(); ++it)
            QVERIFY2(written.value(it.key()) == it.value(), qPrintable(QStringLiteral("differs: ") + it.key()));
        QVERIFY2(written.keys() == original.keys(), qPrintable(written.keys().join(u',')));
    }
    // And read again: the same model.
    const auto again = ChecklistTemplate::fromJson(written, &problems);
    QVERIFY(again);
    QCOMPARE(again->toJson(), written);
}

void TestChecklistTemplate::modelOfTheForms()
{
    const auto pre = test::loadForm(QStringLiteral("pre-qc.json"));
    QVERIFY(pre);
    QCOMPARE(pre->header.size(), 3);
    QVERIFY(pre->header.at(1).isRequired(true));
    QVERIFY(pre->header.at(1).expectedFrom);
    const ChecklistSection& basins = pre->sections.at(1);
    QVERIFY(basins.perBasin);
    QCOMPARE(basins.repeatMax, 3);
    QVERIFY(!basins.absentBasin.isEmpty());
    const ChecklistItem& drain = basins.items.at(3);
    QVERIFY(drain.type == ChecklistItemType::Choice);
    QVERIFY(drain.otherText);
    const ChecklistItem& faucet = basins.items.at(4);
    QVERIFY(faucet.type == ChecklistItemType::MultiCheck);
    QCOMPARE(faucet.optionsAt(3), (QStringList{QStringLiteral("Between basins 2/3"), QStringLiteral("Center")}));
    QVERIFY(faucet.optionFilter);
    QVERIFY(basins.items.at(0).naAllowed);
    QVERIFY(basins.items.at(0).inferred);

    const auto clt = test::loadForm(QStringLiteral("eol-testing-clt.json"));
    QVERIFY(clt);
    QCOMPARE(clt->procedures.size(), 4);
    QCOMPARE(clt->procedures.at(1).materials.size(), 2);
    QVERIFY(clt->header.at(1).type == ChecklistItemType::Date);
    QVERIFY(clt->sections.at(2).items.at(0).type == ChecklistItemType::Serial);
    QCOMPARE(clt->sections.at(3).items.at(0).captureOptional, QStringList{QStringLiteral("reading C")});

    const auto clq = test::loadForm(QStringLiteral("final-qc-clq.json"));
    QVERIFY(clq);
    QVERIFY(clq->header.at(5).type == ChecklistItemType::YesNo);
    QVERIFY(clq->sections.at(0).sectionCheck);
    QVERIFY(clq->sections.at(2).perBasin && clq->sections.at(2).sectionCheck);
    QCOMPARE(clq->signOff.size(), 1);
    QCOMPARE(clq->result.value(u"values").toArray().size(), 2);

    const auto clp = test::loadForm(QStringLiteral("production-clp.json"));
    QVERIFY(clp);
    QVERIFY(clp->sections.at(3).items.at(0).quantity);
    QVERIFY(clp->header.at(0).readOnly);
    QVERIFY(!clp->header.at(0).isRequired(true));
}

void TestChecklistTemplate::unknownFieldsKept()
{
    QJsonObject json = smallTemplate();
    json.insert(u"owner", QStringLiteral("QA"));
    json.insert(u"version", 4);
    QJsonArray sections = json.value(u"sections").toArray();
    QJsonObject s1 = sections.at(0).toObject();
    s1.insert(u"layout", QJsonObject{{QStringLiteral("columns"), 2}});
    QJsonArray items = s1.value(u"items").toArray();
    QJsonObject item = items.at(0).toObject();
    item.insert(u"photoRequired", true);
    items.replace(0, item);
    s1.insert(u"items", items);
    sections.replace(0, s1);
    json.insert(u"sections", sections);

    QList<ChecklistProblem> problems;
    const auto t = ChecklistTemplate::fromJson(json, &problems);
    QVERIFY2(t, qPrintable(problems.value(0).toString()));
    QCOMPARE(t->versionNumber(), 4);
    QCOMPARE(t->unknownFields.value(u"owner").toString(), QStringLiteral("QA"));
    QCOMPARE(t->sections.at(0).unknownFields.value(u"layout").toObject().value(u"columns").toInt(), 2);
    QCOMPARE(t->sections.at(0).items.at(0).unknownFields.value(u"photoRequired").toBool(), true);
    QCOMPARE(t->toJson(), json);
}

void TestChecklistTemplate::unknownTypeRefused()
{
    const QJsonObject json = withItem(smallTemplate(), 0,
                                      QJsonObject{{QStringLiteral("id"), QStringLiteral("S1.9")},
                                                  {QStringLiteral("text"), QStringLiteral("Slide")},
                                                  {QStringLiteral("type"), QStringLiteral("slider")}});
    QList<ChecklistProblem> problems;
    QVERIFY(!ChecklistTemplate::fromJson(json, &problems));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().templateId, QStringLiteral("T_SMALL"));
    QCOMPARE(problems.first().sectionId, QStringLiteral("S1"));
    QCOMPARE(problems.first().itemId, QStringLiteral("S1.9"));
    QVERIFY2(problems.first().message.contains(QStringLiteral("slider")), qPrintable(problems.first().message));
    QVERIFY2(problems.first().toString().startsWith(QStringLiteral("T_SMALL, item S1.9: unknown item type")),
             qPrintable(problems.first().toString()));
}

void TestChecklistTemplate::unknownConditionRefused()
{
    const QJsonObject json = withItem(smallTemplate(), 0,
                                      QJsonObject{{QStringLiteral("id"), QStringLiteral("S1.3")},
                                                  {QStringLiteral("type"), QStringLiteral("check")},
                                                  {QStringLiteral("appliesWhen"), QStringLiteral("hasUnicorn")}});
    const QStringList problems = problemsOf(json);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(QStringLiteral("T_SMALL, item S1.3: unknown or unreadable condition \"hasUnicorn\"")),
             qPrintable(problems.first()));
}

void TestChecklistTemplate::everyProblemListed()
{
    QJsonObject json = smallTemplate();
    const auto item = [](const char* id, const char* type, const char* field, const char* value) {
        QJsonObject o{{QStringLiteral("id"), QString::fromUtf8(id)}, {QStringLiteral("type"), QString::fromUtf8(type)}};
        if (field)
            o.insert(QString::fromUtf8(field), QString::fromUtf8(value));
        return o;
    };
    json = withItem(json, 0, item("S1.4", "gauge", nullptr, nullptr));                                    // type
    json = withItem(json, 0, item("S1.5", "check", "appliesWhen", "basin.type == E_DRAIN"));             // basin.* outside
    json = withItem(json, 0, item("S1.6", "check", "quantity", "per banana"));                           // quantity
    json = withItem(json, 0, item("S1.7", "check", "expectedFrom", "colour"));                           // expected
    json = withItem(json, 0, item("S1.8", "choice", nullptr, nullptr));                                  // no options
    json = withItem(json, 1, item("S2.2", "check", "appliesWhen", "basin.type == E_SINK &&"));           // unreadable
    json = withItem(json, 1, item("S2.1", "check", nullptr, nullptr));                                   // duplicate id
    QJsonObject limited = item("S1.9", "text", nullptr, nullptr);
    limited.insert(u"min", 3);
    json = withItem(json, 0, limited);                                                                   // limits on text
    const QStringList problems = problemsOf(json);
    const QStringList expected{
        QStringLiteral("T_SMALL, item S1.4: unknown item type \"gauge\""),
        QStringLiteral("T_SMALL, item S1.5: the condition \"basin.type == E_DRAIN\" reads basin.* outside a perBasin section"),
        QStringLiteral("T_SMALL, item S1.6: unknown or unreadable quantity \"per banana\""),
        QStringLiteral("T_SMALL, item S1.7: unknown or unreadable expected value \"colour\""),
        QStringLiteral("T_SMALL, item S1.8: a choice item needs options"),
        QStringLiteral("T_SMALL, item S1.9: limits (min, max) are only allowed on number items"),
        QStringLiteral("T_SMALL, item S2.2: unknown or unreadable condition"),
        QStringLiteral("T_SMALL, item S2.1: the item id is used twice in section S2")};
    QCOMPARE(problems.size(), expected.size());
    for (const QString& e : expected)
        QVERIFY2(std::any_of(problems.cbegin(), problems.cend(), [&](const QString& p) { return p.startsWith(e); }),
                 qPrintable(e + QStringLiteral("\n-- in --\n") + problems.join(u'\n')));
}

void TestChecklistTemplate::badFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QList<ChecklistProblem> problems;
    QVERIFY(!ChecklistTemplate::readFile(dir.filePath(QStringLiteral("missing.json")), &problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().message.contains(QStringLiteral("cannot read")));
    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"id\": \"X\",");
    bad.close();
    problems.clear();
    QVERIFY(!ChecklistTemplate::readFile(bad.fileName(), &problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().message.contains(QStringLiteral("not valid JSON")));
}

QTEST_GUILESS_MAIN(TestChecklistTemplate)
#include "tst_checklisttemplate.moc"
