// The assembler's forms (issue 13): the end-of-line test's measured values with their limits (a reading
// outside them fails the item, with the reason in words), and the production checklist's packing list
// (CLP section 4) for every acceptance order: quantities from the configuration and the items that
// apply by basins, faucets, sprayers, pegboard and language.
#include "checklistfixture.h"
#include "testpaths.h"

#include "domain/checklist/checklistpassrule.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cs;
using namespace cs::domain;

namespace {

// The delivered CLT with limits on the temperature readings of test 2 (as a template version carries them).
QJsonObject cltWithLimits()
{
    const QJsonObject t = test::withLimits(test::formJson(QStringLiteral("eol-testing-clt.json")), QStringLiteral("S.2C"),
                                           QStringLiteral("reading C"), 38, 42, QStringLiteral("C"));
    return test::withLimits(t, QStringLiteral("S.2B"), QStringLiteral("reading C"), 36, std::nullopt, QStringLiteral("C"));
}

const ChecklistItem* findItem(const ChecklistTemplate& t, const QString& section, const QString& id)
{
    for (const ChecklistSection& s : t.sections)
        if (s.id == section)
            for (const ChecklistItem& i : s.items)
                if (i.id == id)
                    return &i;
    return nullptr;
}

struct CaseBuild
{
    QString caseId;
    ChecklistSubject subject;
};

// Every configured build of every acceptance case.
QList<CaseBuild> acceptanceBuilds()
{
    QList<CaseBuild> out;
    QFile f(test::casesPath());
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).array()) {
        const QJsonObject c = v.toObject();
        QString error;
        const auto order = OrderConfiguration::fromJson(c.value(u"config").toObject(), &error);
        if (!order)
            continue;
        for (const BuildEntry& b : order->builds)
            if (b.config && !b.config->basins.isEmpty())
                out.append({c.value(u"id").toString(), ChecklistSubject{order->order, b.buildNumber, *b.config}});
    }
    return out;
}

int countBasins(const ChecklistSubject& s, std::initializer_list<BasinType> types)
{
    int n = 0;
    for (int p = 1; p <= s.basinCount(); ++p)
        if (const Basin* b = s.basinAt(p); b && std::find(types.begin(), types.end(), b->type) != types.end())
            ++n;
    return n;
}

} // namespace

class TestAssemblyChecks : public QObject
{
    Q_OBJECT

private slots:
    void limitsAreReadAndWrittenBack()
    {
        QList<ChecklistProblem> problems;
        const auto t = ChecklistTemplate::fromJson(cltWithLimits(), &problems);
        QVERIFY2(t, problems.isEmpty() ? "" : qPrintable(problems.first().toString()));
        const ChecklistItem* s2c = findItem(*t, QStringLiteral("S"), QStringLiteral("S.2C"));
        QVERIFY(s2c);
        QCOMPARE(s2c->limits.size(), 1);
        const ChecklistLimit limit = s2c->limits.value(QStringLiteral("reading C"));
        QCOMPARE(limit.min, std::optional<double>(38));
        QCOMPARE(limit.max, std::optional<double>(42));
        QCOMPARE(limit.unit, QStringLiteral("C"));
        QCOMPARE(limit.words(), QStringLiteral("38 to 42 C"));
        QCOMPARE(findItem(*t, QStringLiteral("S"), QStringLiteral("S.2B"))->limits.value(QStringLiteral("reading C")).words(),
                 QStringLiteral("at least 36 C"));
        // Written back as read.
        QCOMPARE(t->toJson(), cltWithLimits());
    }

    void shippedTestCarriesItsLimits()
    {
        // The project's end-of-line test: the water temperatures of test 2 with their limits.
        QList<ChecklistProblem> problems;
        const auto t = ChecklistTemplate::readFile(cs::test::sourcePath(u"resources/checklists/eol-testing-clt.json"), &problems);
        QVERIFY2(t, problems.isEmpty() ? "" : qPrintable(problems.first().toString()));
        QCOMPARE(findItem(*t, QStringLiteral("S"), QStringLiteral("S.2C"))->limits.value(QStringLiteral("reading C")).words(),
                 QStringLiteral("38 to 42 C"));
        QCOMPARE(findItem(*t, QStringLiteral("S"), QStringLiteral("S.2B"))->limits.value(QStringLiteral("reading C")).words(),
                 QStringLiteral("36 to 44 C"));
        int withLimits = 0;
        for (const ChecklistSection& s : t->sections)
            for (const ChecklistItem& i : s.items)
                withLimits += i.limits.isEmpty() ? 0 : 1;
        QCOMPARE(withLimits, 2);
    }

    void limitsThatDoNotFitAreRefused()
    {
        QJsonObject t = cltWithLimits();
        QJsonArray sections = t.value(u"sections").toArray();
        QJsonObject general = sections.at(0).toObject();
        QJsonArray items = general.value(u"items").toArray();
        QJsonObject g1 = items.at(0).toObject();
        // A label that is no captureOptional value, and a minimum above the maximum.
        g1.insert(u"limits", QJsonObject{{QStringLiteral("volts"), QJsonObject{{QStringLiteral("min"), 5}, {QStringLiteral("max"), 1}}}});
        items[0] = g1;
        general.insert(u"items", items);
        sections[0] = general;
        t.insert(u"sections", sections);
        QList<ChecklistProblem> problems;
        QVERIFY(!ChecklistTemplate::fromJson(t, &problems));
        QStringList words;
        for (const ChecklistProblem& p : problems)
            words << p.toString();
        const QString all = words.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("\"volts\" name no value of captureOptional")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("the minimum 5 is above the maximum 1")), qPrintable(all));
    }

    void aReadingOutsideItsLimitsFailsTheItem()
    {
        QList<ChecklistProblem> problems;
        const auto t = ChecklistTemplate::fromJson(cltWithLimits(), &problems);
        QVERIFY(t);
        // AC-05: one E-Sink basin, so the temperature tests apply at basin 1.
        const auto subject = test::caseBuild(QStringLiteral("AC-05"), QStringLiteral("111222"));
        QVERIFY(subject);
        const ChecklistInstance form = ChecklistInstance::instantiate(*t, *subject);
        QVERIFY(form.find(QStringLiteral("S"), QStringLiteral("S.2C"), 1)->applies);
        ChecklistAnswers answers = test::completeAnswers(form);
        QVERIFY2(ChecklistPassRule::passes(form, answers), qPrintable(ChecklistPassRule::missing(form, answers).value(0).message));

        const ChecklistAnswerKey s2c{QStringLiteral("S"), QStringLiteral("S.2C"), 1};
        answers[s2c].readings.insert(QStringLiteral("reading C"), 45);
        QList<ChecklistGap> gaps = ChecklistPassRule::missing(form, answers);
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps.first().key, s2c);
        QCOMPARE(gaps.first().message, QStringLiteral("S.2C, basin 1: reading C 45 is outside 38 to 42 C."));

        // On the limit is inside; a one-sided limit says which side.
        answers[s2c].readings.insert(QStringLiteral("reading C"), 42);
        QVERIFY(ChecklistPassRule::passes(form, answers));
        const ChecklistAnswerKey s2b{QStringLiteral("S"), QStringLiteral("S.2B"), 1};
        answers[s2b].readings.insert(QStringLiteral("reading C"), 35.5);
        gaps = ChecklistPassRule::missing(form, answers);
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps.first().message, QStringLiteral("S.2B, basin 1: reading C 35.5 is below the minimum 36 C."));

        // The item's own check, as the screen uses it; a reading without limits is no problem.
        const ChecklistItem* item = findItem(*t, QStringLiteral("S"), QStringLiteral("S.2C"));
        QCOMPARE(ChecklistPassRule::readingProblems(*item, {{QStringLiteral("reading C"), 37.9}}),
                 QStringList{QStringLiteral("reading C 37.9 is outside 38 to 42 C")});
        QVERIFY(ChecklistPassRule::readingProblems(*item, {{QStringLiteral("reading C"), 40}}).isEmpty());
        QVERIFY(ChecklistPassRule::readingProblems(*findItem(*t, QStringLiteral("S"), QStringLiteral("S.1A")),
                                                   {{QStringLiteral("reading C"), 99}})
                    .isEmpty());
    }

    void packingListOfEveryAcceptanceOrder()
    {
        const auto clp = test::loadForm(QStringLiteral("production-clp.json"));
        QVERIFY(clp);
        const QList<CaseBuild> builds = acceptanceBuilds();
        QVERIFY2(builds.size() >= 13, qPrintable(QString::number(builds.size())));
        QSet<int> basinCounts;
        QSet<int> languages;
        bool sawPegboard = false, sawNoPegboard = false;
        for (const CaseBuild& b : builds) {
            const ChecklistSubject& s = b.subject;
            const ChecklistInstance form = ChecklistInstance::instantiate(*clp, s);
            const QString where = b.caseId + u' ' + s.buildNumber;
            auto entry = [&](const char* item) { return form.find(QStringLiteral("S4"), QString::fromUtf8(item)); };
            auto quantity = [&](const char* item) { return ChecklistQuantity::words(entry(item)->quantity); };
            const int basins = s.basinCount();
            basinCounts.insert(basins);
            languages.insert(int(s.order.language));
            const QString n = QString::number(basins);
            // One per basin: strainers, drain solenoids, drain assemblies, gaskets; hoses with two clamps each.
            for (const char* perBasin : {"S4.2", "S4.5", "S4.6", "S4.8"}) {
                QVERIFY2(entry(perBasin)->applies, qPrintable(where));
                QCOMPARE(quantity(perBasin), n);
            }
            QCOMPARE(quantity("S4.3"), basins == 1 ? QStringLiteral("1 hose, 2 clamps")
                                                   : QStringLiteral("%1 hoses, %2 clamps").arg(basins).arg(2 * basins));
            QCOMPARE(quantity("S4.1"), QStringLiteral("1"));
            // A temperature sensor per E-Drain basin.
            const int eDrains = countBasins(s, {BasinType::EDrain});
            QCOMPARE(entry("S4.4")->applies, eDrains > 0);
            if (eDrains > 0)
                QCOMPARE(quantity("S4.4"), QString::number(eDrains));
            // Faucet and sprayer kits only with their faucet or sprayer.
            bool wristBlade = false, preRinse = false, airGun = false, waterGun = false;
            for (const Faucet& f : s.config.faucets) {
                wristBlade = wristBlade || f.type == FaucetType::WristBlade;
                preRinse = preRinse || f.type == FaucetType::PreRinse;
            }
            for (const Sprayer& sp : s.config.sprayers) {
                airGun = airGun || sp.type == SprayerType::AirGunTurret || sp.type == SprayerType::AirGunRosette;
                waterGun = waterGun || sp.type == SprayerType::WaterGunTurret || sp.type == SprayerType::WaterGunRosette;
            }
            QVERIFY2(entry("S4.12")->applies == wristBlade, qPrintable(where));
            QVERIFY2(entry("S4.11")->applies == preRinse, qPrintable(where));
            QVERIFY2(entry("S4.9")->applies == airGun, qPrintable(where));
            QVERIFY2(entry("S4.10")->applies == waterGun, qPrintable(where));
            QVERIFY2(!entry("S4.12")->applies || !quantity("S4.12").isEmpty(), qPrintable(where));
            // The manuals in the order's language, and the E-Sink automation manual in French with an E-Sink.
            const DocumentLanguage lang = s.order.language;
            QCOMPARE(entry("S4.13")->applies, lang == DocumentLanguage::EN);
            QCOMPARE(entry("S4.14")->applies, lang == DocumentLanguage::FR);
            QCOMPARE(entry("S4.16")->applies, lang == DocumentLanguage::ES);
            QCOMPARE(entry("S4.15")->applies,
                     lang == DocumentLanguage::FR && countBasins(s, {BasinType::ESink, BasinType::ESinkDi}) > 0);
            // Production checks: the overhead light with the pegboard.
            const bool pegboard = s.config.pegboard.has_value();
            sawPegboard = sawPegboard || pegboard;
            sawNoPegboard = sawNoPegboard || !pegboard;
            QVERIFY2(form.find(QStringLiteral("S2"), QStringLiteral("S2.1"))->applies == pegboard, qPrintable(where));
            // A basin position the model lacks is N/A in the per-basin production section.
            for (int p = basins + 1; p <= 3; ++p)
                QVERIFY2(!form.find(QStringLiteral("S3"), QStringLiteral("S3.D1"), p)->applies, qPrintable(where));
        }
        // The cases cover what the issue names.
        QCOMPARE(basinCounts, (QSet<int>{1, 2, 3}));
        QCOMPARE(languages, (QSet<int>{int(DocumentLanguage::EN), int(DocumentLanguage::FR), int(DocumentLanguage::ES)}));
        QVERIFY(sawPegboard && sawNoPegboard);
    }
};

QTEST_GUILESS_MAIN(TestAssemblyChecks)
#include "tst_assemblychecks.moc"
