// The four checklist templates the product ships (resources/checklists/, embedded as ":/checklists/...")
// are the project's own wording of the customer's paper forms. Their texts differ from the customer's
// files, but everything results are stored and compared against must be the same: template id,
// sections (ids, repeat, repeatMax, section check), items per section in the same order with the same
// id, type, options, N/A box, "Other" text, condition, expected value, quantity, limits and required
// flag. Instantiated for acceptance builds of 1, 2 and 3 basins, shipped and customer's templates give
// every item the same applicability (and the same options, expected value and quantity). The limits of
// measured values ("limits", keyed by a label of the item's captureOptional) are the project's own
// addition where the wording gives a limit ("within 2 C of the 40 C target"): the customer's forms
// have none.
#include "checklistfixture.h"
#include "testpaths.h"

#include "domain/checklist/checklistinstance.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace cs;
using namespace cs::domain;

namespace {

QString shippedPath(const QString& file)
{
    return cs::test::sourcePath(u"resources/checklists/") + file;
}

std::optional<ChecklistTemplate> loadShipped(const QString& file, QStringList* problems)
{
    QList<ChecklistProblem> found;
    auto t = ChecklistTemplate::readFile(shippedPath(file), &found);
    for (const ChecklistProblem& p : found)
        *problems << p.toString();
    return t;
}

// AC-14 build 9996 with basin 1 made an E-Sink DI and DI gooseneck, wrist-blade faucets and air guns
// (no acceptance case has an E-Sink DI basin or an air gun), as in tst_checklistinstance.
std::optional<ChecklistSubject> derivedDiAirGuns()
{
    auto s = test::caseBuild(QStringLiteral("AC-14"), QStringLiteral("9996"));
    if (!s)
        return s;
    s->buildNumber = QStringLiteral("9996-DI");
    s->config.basins[0].type = BasinType::ESinkDi;
    s->config.faucets = {{FaucetType::DiGooseneck, FaucetPlacement::CenterOfBasin1},
                         {FaucetType::WristBlade, FaucetPlacement::Between12}};
    s->config.sprayers = {{SprayerType::AirGunTurret, SprayerLocation::LeftSide},
                          {SprayerType::AirGunRosette, SprayerLocation::RightSide}};
    return s;
}

// Acceptance builds and the basin count each one has.
struct Build
{
    const char* caseId;
    const char* number;
    int basins;
};

const Build kBuilds[] = {
    {"AC-09", "8789", 1},   // E-Drain, fixed legs, castors, no pegboard, pre-rinse, water rosette, ES
    {"AC-05", "111222", 1}, // E-Sink, height-adjustable, seismic feet, pegboard, pre-rinse, FR
    {"AC-12", "8796", 1},   // E-Drain, height-adjustable, castors, pegboard, DI gooseneck, FR
    {"AC-01", "2222", 2},   // E-Drain + E-Sink with lights, pegboard, wrist blade, water turret, FR
    {"AC-14", "9996", 2},   // fixed height, castors, no pegboard, FR
    {"AC-03", "2222", 3},   // 3x E-Drain, pegboard, pre-rinse, FR
    {"AC-04", "1114", 3},   // E-Sink, E-Drain, E-Sink, wrist blade, EN
    {"AC-13", "8562", 3},   // 3x E-Sink with lights, no faucet, FR
};

QString describe(const ChecklistItem& i)
{
    QStringList byPosition;
    for (auto it = i.optionsByPosition.cbegin(); it != i.optionsByPosition.cend(); ++it)
        byPosition << QStringLiteral("%1=[%2]").arg(it.key()).arg(it.value().join(u'|'));
    auto num = [](const std::optional<double>& v) { return v ? QString::number(*v) : QStringLiteral("-"); };
    return QStringLiteral("type=%1 options=[%2] byPosition={%3} na=%4 other=%5 when=%6 expected=%7 quantity=%8 "
                          "min=%9 max=%10")
        .arg(toString(i.type), i.options.join(u'|'), byPosition.join(u' '))
        .arg(int(i.naAllowed))
        .arg(int(i.otherText))
        .arg(i.appliesWhen ? i.appliesWhen->text() : QStringLiteral("-"),
             i.expectedFrom ? i.expectedFrom->text() : QStringLiteral("-"),
             i.quantity ? i.quantity->text() : QStringLiteral("-"), num(i.min), num(i.max));
}

void compareItems(const QList<ChecklistItem>& shipped, const QList<ChecklistItem>& customer, bool inHeader,
                  const QString& where)
{
    QStringList shippedIds, customerIds;
    for (const ChecklistItem& i : shipped)
        shippedIds << i.id;
    for (const ChecklistItem& i : customer)
        customerIds << i.id;
    QVERIFY2(shippedIds == customerIds, qPrintable(QStringLiteral("%1: items %2, the customer's %3")
                                                       .arg(where, shippedIds.join(u' '), customerIds.join(u' '))));
    for (qsizetype n = 0; n < shipped.size(); ++n) {
        const ChecklistItem& s = shipped.at(n);
        const ChecklistItem& c = customer.at(n);
        const QString at = QStringLiteral("%1, item %2").arg(where, s.id);
        QVERIFY2(!s.text.trimmed().isEmpty(), qPrintable(at + QStringLiteral(": no text")));
        QVERIFY2(describe(s) == describe(c),
                 qPrintable(QStringLiteral("%1: %2; the customer's: %3").arg(at, describe(s), describe(c))));
        QVERIFY2(s.type == c.type, qPrintable(at));
        QVERIFY2(s.options == c.options, qPrintable(at));
        QVERIFY2(s.optionsByPosition == c.optionsByPosition, qPrintable(at));
        QVERIFY2(s.naAllowed == c.naAllowed, qPrintable(at));
        QVERIFY2(s.otherText == c.otherText, qPrintable(at));
        QVERIFY2(s.appliesWhen.has_value() == c.appliesWhen.has_value(), qPrintable(at));
        if (s.appliesWhen)
            QCOMPARE(s.appliesWhen->text(), c.appliesWhen->text());
        QVERIFY2(s.expectedFrom.has_value() == c.expectedFrom.has_value(), qPrintable(at));
        if (s.expectedFrom)
            QCOMPARE(s.expectedFrom->text(), c.expectedFrom->text());
        QVERIFY2(s.quantity.has_value() == c.quantity.has_value(), qPrintable(at));
        if (s.quantity)
            QCOMPARE(s.quantity->text(), c.quantity->text());
        QVERIFY2(s.optionFilter.has_value() == c.optionFilter.has_value(), qPrintable(at));
        QVERIFY2(s.min == c.min && s.max == c.max, qPrintable(at));
        QVERIFY2(s.isRequired(inHeader) == c.isRequired(inHeader), qPrintable(at + QStringLiteral(": required")));
        QVERIFY2(s.readOnly == c.readOnly, qPrintable(at + QStringLiteral(": readOnly")));
        QVERIFY2(s.inferred == c.inferred, qPrintable(at + QStringLiteral(": inferred")));
        QVERIFY2(s.captureOptional == c.captureOptional, qPrintable(at + QStringLiteral(": captureOptional")));
    }
}

} // namespace

class TestShippedTemplates : public QObject
{
    Q_OBJECT

private slots:
    void loads_data();
    void loads();
    void sameStructure_data() { loads_data(); }
    void sameStructure();
    void buildsCoverBasinCounts();
    void sameApplicability_data() { loads_data(); }
    void sameApplicability();
    void limitsAreTheProjectsOwn_data() { loads_data(); }
    void limitsAreTheProjectsOwn();
};

void TestShippedTemplates::loads_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& file : test::formFiles())
        QTest::newRow(qPrintable(file)) << file;
}

void TestShippedTemplates::loads()
{
    QFETCH(QString, file);
    QStringList problems;
    const auto t = loadShipped(file, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(t.has_value());
    QVERIFY2(t->version.has_value(), "the shipped template carries a version");
    QCOMPARE(t->versionNumber(), 1);
    QVERIFY(!t->title.trimmed().isEmpty());
    QVERIFY(!t->sections.isEmpty());
}

void TestShippedTemplates::sameStructure()
{
    QFETCH(QString, file);
    QStringList problems;
    const auto shipped = loadShipped(file, &problems);
    QVERIFY2(shipped, qPrintable(problems.join(u'\n')));
    QString why;
    const auto customer = test::loadForm(file, &why);
    QVERIFY2(customer, qPrintable(why));

    QCOMPARE(shipped->id, customer->id);
    QCOMPARE(shipped->performedBy, customer->performedBy);
    compareItems(shipped->header, customer->header, true, QStringLiteral("header"));
    if (QTest::currentTestFailed())
        return;

    QStringList shippedSections, customerSections;
    for (const ChecklistSection& s : shipped->sections)
        shippedSections << s.id;
    for (const ChecklistSection& s : customer->sections)
        customerSections << s.id;
    QCOMPARE(shippedSections, customerSections);
    for (qsizetype n = 0; n < shipped->sections.size(); ++n) {
        const ChecklistSection& s = shipped->sections.at(n);
        const ChecklistSection& c = customer->sections.at(n);
        QVERIFY2(!s.title.trimmed().isEmpty(), qPrintable(s.id));
        QCOMPARE(s.perBasin, c.perBasin);
        QCOMPARE(s.repeatMax, c.repeatMax);
        QCOMPARE(s.repeatMaxGiven, c.repeatMaxGiven);
        QCOMPARE(s.sectionCheck, c.sectionCheck);
        compareItems(s.items, c.items, false, QStringLiteral("section ") + s.id);
        if (QTest::currentTestFailed())
            return;
    }

    // The instruction blocks (CLT): the same ids and as many steps and materials, none of them empty.
    QCOMPARE(shipped->procedures.size(), customer->procedures.size());
    for (qsizetype n = 0; n < shipped->procedures.size(); ++n) {
        const ChecklistProcedure& s = shipped->procedures.at(n);
        const ChecklistProcedure& c = customer->procedures.at(n);
        QCOMPARE(s.id, c.id);
        QVERIFY2(!s.title.trimmed().isEmpty(), qPrintable(s.id));
        QCOMPARE(s.steps.size(), c.steps.size());
        QCOMPARE(s.materials.size(), c.materials.size());
        for (const QString& step : s.steps)
            QVERIFY2(!step.trimmed().isEmpty(), qPrintable(s.id));
    }

    // Sign-off and result: the same people and captured fields, the same result values and what a FAIL
    // needs (the wording of statements and rules is the project's own).
    QCOMPARE(shipped->signOff.size(), customer->signOff.size());
    for (qsizetype n = 0; n < shipped->signOff.size(); ++n) {
        for (const char16_t* key : {u"who", u"captures", u"footer", u"added"})
            QCOMPARE(shipped->signOff.at(n).value(QStringView(key)), customer->signOff.at(n).value(QStringView(key)));
        QCOMPARE(shipped->signOff.at(n).contains(u"statement"), customer->signOff.at(n).contains(u"statement"));
    }
    QCOMPARE(shipped->result.value(u"values"), customer->result.value(u"values"));
    QCOMPARE(shipped->result.value(u"failNeeds"), customer->result.value(u"failNeeds"));
    QCOMPARE(shipped->result.contains(u"passRule"), customer->result.contains(u"passRule"));
}

// The builds below are what the claim "1, 2 and 3 basins" rests on.
void TestShippedTemplates::buildsCoverBasinCounts()
{
    QMap<int, int> perCount;
    for (const Build& b : kBuilds) {
        const auto s = test::caseBuild(QString::fromUtf8(b.caseId), QString::fromUtf8(b.number));
        QVERIFY2(s, b.caseId);
        QCOMPARE(s->basinCount(), b.basins);
        ++perCount[b.basins];
    }
    QVERIFY(perCount.value(1) > 0 && perCount.value(2) > 0 && perCount.value(3) > 0);
    const auto derived = derivedDiAirGuns();
    QVERIFY(derived);
    QCOMPARE(derived->basinCount(), 2);
}

void TestShippedTemplates::sameApplicability()
{
    QFETCH(QString, file);
    QStringList problems;
    const auto shipped = loadShipped(file, &problems);
    QVERIFY2(shipped, qPrintable(problems.join(u'\n')));
    const auto customer = test::loadForm(file);
    QVERIFY(customer);

    QList<ChecklistSubject> subjects;
    for (const Build& b : kBuilds) {
        const auto s = test::caseBuild(QString::fromUtf8(b.caseId), QString::fromUtf8(b.number));
        QVERIFY2(s, b.caseId);
        subjects << *s;
    }
    const auto derived = derivedDiAirGuns();
    QVERIFY(derived);
    subjects << *derived;

    int applies = 0, notApplicable = 0;
    for (const ChecklistSubject& subject : std::as_const(subjects)) {
        const ChecklistInstance s = ChecklistInstance::instantiate(*shipped, subject);
        const ChecklistInstance c = ChecklistInstance::instantiate(*customer, subject);
        QCOMPARE(s.entries().size(), c.entries().size());
        QCOMPARE(s.sections().size(), c.sections().size());
        for (qsizetype n = 0; n < s.sections().size(); ++n) {
            QCOMPARE(s.sections().at(n).sectionId, c.sections().at(n).sectionId);
            QCOMPARE(s.sections().at(n).position, c.sections().at(n).position);
            QCOMPARE(s.sections().at(n).present, c.sections().at(n).present);
            QCOMPARE(s.sections().at(n).sectionCheck, c.sections().at(n).sectionCheck);
        }
        for (qsizetype n = 0; n < s.entries().size(); ++n) {
            const ChecklistEntry& a = s.entries().at(n);
            const ChecklistEntry& b = c.entries().at(n);
            const QString at = QStringLiteral("build %1, %2@%3 %4")
                                   .arg(subject.buildNumber, a.sectionId)
                                   .arg(a.position)
                                   .arg(a.item.id);
            QVERIFY2(a.sectionId == b.sectionId && a.position == b.position && a.item.id == b.item.id, qPrintable(at));
            QVERIFY2(a.applies == b.applies, qPrintable(at + QStringLiteral(": applies %1, the customer's %2")
                                                                 .arg(int(a.applies))
                                                                 .arg(int(b.applies))));
            QVERIFY2(a.isRequired() == b.isRequired(), qPrintable(at));
            QVERIFY2(a.options == b.options, qPrintable(at + QStringLiteral(": options [%1], the customer's [%2]")
                                                                 .arg(a.options.join(u'|'), b.options.join(u'|'))));
            QVERIFY2(a.expected == b.expected, qPrintable(at));
            QVERIFY2(a.expectedNumber == b.expectedNumber, qPrintable(at));
            QVERIFY2(a.quantity == b.quantity, qPrintable(at));
            ++(a.applies ? applies : notApplicable);
        }
        // The machine-readable form (what the admin tool prints) is the same but for the template.
        QCOMPARE(s.toJson().value(u"items"), c.toJson().value(u"items"));
    }
    // Not a vacuous comparison: every form has items that apply and items that do not.
    QVERIFY(applies > 0);
    QVERIFY(notApplicable > 0);
}

// Every item of a template file by "<section>/<item id>" (header items under "header").
QMap<QString, QJsonObject> itemsByKey(const QString& path)
{
    QFile f(path);
    QMap<QString, QJsonObject> out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QJsonObject t = QJsonDocument::fromJson(f.readAll()).object();
    for (const QJsonValue& i : t.value(u"header").toArray())
        out.insert(QStringLiteral("header/") + i.toObject().value(u"id").toString(), i.toObject());
    for (const QJsonValue& s : t.value(u"sections").toArray())
        for (const QJsonValue& i : s.toObject().value(u"items").toArray())
            out.insert(s.toObject().value(u"id").toString() + u'/' + i.toObject().value(u"id").toString(), i.toObject());
    return out;
}

void TestShippedTemplates::limitsAreTheProjectsOwn()
{
    QFETCH(QString, file);
    const QMap<QString, QJsonObject> shipped = itemsByKey(shippedPath(file));
    const QMap<QString, QJsonObject> customer = itemsByKey(test::formPath(file));
    QVERIFY(!shipped.isEmpty() && !customer.isEmpty());
    QStringList withLimits;
    for (auto it = shipped.cbegin(); it != shipped.cend(); ++it) {
        QVERIFY2(!customer.value(it.key()).contains(u"limits"), qPrintable(it.key()));
        if (!it.value().contains(u"limits"))
            continue;
        withLimits << it.key();
        const QJsonArray labels = it.value().value(u"captureOptional").toArray();
        const QJsonObject limits = it.value().value(u"limits").toObject();
        QVERIFY2(!limits.isEmpty(), qPrintable(it.key()));
        for (auto l = limits.constBegin(); l != limits.constEnd(); ++l) {
            QVERIFY2(labels.contains(l.key()), qPrintable(it.key() + QStringLiteral(": no reading ") + l.key()));
            const QJsonObject range = l.value().toObject();
            QVERIFY2(range.value(u"min").isDouble() && range.value(u"max").isDouble()
                         && range.value(u"min").toDouble() < range.value(u"max").toDouble()
                         && !range.value(u"unit").toString().isEmpty(),
                     qPrintable(it.key()));
        }
    }
    // The end-of-line test's water temperatures: 40 C within 4 C at the outlet, within 2 C in the basin.
    if (file == u"eol-testing-clt.json") {
        QCOMPARE(withLimits, QStringList({QStringLiteral("S/S.2B"), QStringLiteral("S/S.2C")}));
        const QJsonObject basin = shipped.value(QStringLiteral("S/S.2C")).value(u"limits").toObject().value(u"reading C").toObject();
        QCOMPARE(basin.value(u"min").toDouble(), 38.0);
        QCOMPARE(basin.value(u"max").toDouble(), 42.0);
    }
}

QTEST_GUILESS_MAIN(TestShippedTemplates)
#include "tst_shippedtemplates.moc"
