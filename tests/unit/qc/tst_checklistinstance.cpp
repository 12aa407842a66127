// The four forms instantiated for builds of the acceptance cases (issue 12). The applicable items of
// each build are written out below by hand, from the checklist README's vocabulary and each item's
// appliesWhen, never computed with the code under test. The builds cover 1, 2 and 3 basins, E-Drain,
// E-Sink and (in a build derived from AC-14, because no acceptance case has one) E-Sink DI, pegboard
// or none, castors and seismic feet, height-adjustable and fixed legs, every faucet type, water guns
// (turret, rosette) and air guns (turret, rosette, also only in the derived build), EN, FR and ES.
#include "checklistfixture.h"

#include "domain/checklist/checklistinstance.h"

#include <QMap>
#include <QSet>
#include <QTest>

using namespace cs;
using namespace cs::domain;

namespace {

// AC-14 build 9996 (T2-B2, fixed height, castors, no pegboard, FR) with basin 1 made an E-Sink DI and the
// faucets and sprayers changed: a DI gooseneck at the centre of basin 1, a wrist blade between basins 1
// and 2, an air gun turret on the left and an air gun rosette on the right.
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

std::optional<ChecklistSubject> build(const QString& key)
{
    if (key == u"G")
        return derivedDiAirGuns();
    static const QMap<QString, std::pair<QString, QString>> builds{
        {QStringLiteral("A"), {QStringLiteral("AC-01"), QStringLiteral("2222")}},     // B2 EDR+L ESK+L, HA, castors, peg, WB@C1, water turret, FR
        {QStringLiteral("B"), {QStringLiteral("AC-03"), QStringLiteral("2222")}},     // B3 3x EDR, HA, castors, peg, pre-rinse, FR
        {QStringLiteral("C"), {QStringLiteral("AC-04"), QStringLiteral("1114")}},     // B3 ESK EDR ESK, HA, castors, peg, WB, EN
        {QStringLiteral("D"), {QStringLiteral("AC-09"), QStringLiteral("8789")}},     // B1 EDR, fixed, castors, no peg, pre-rinse, water rosette, ES
        {QStringLiteral("E"), {QStringLiteral("AC-05"), QStringLiteral("111222")}},   // B1 ESK, HA, seismic, peg, pre-rinse, FR
        {QStringLiteral("F"), {QStringLiteral("AC-13"), QStringLiteral("8562")}},     // B3 3x ESK+L, fixed, castors, no peg, no faucet, FR
        {QStringLiteral("H"), {QStringLiteral("AC-12"), QStringLiteral("8796")}}};    // B1 EDR, HA, castors, peg, DI gooseneck, FR
    const auto [caseId, number] = builds.value(key);
    return test::caseBuild(caseId, number);
}

// "S2@1: S2.1 S2.3" lines: for each section (and position), the ids of the items that apply; every
// section and position of the form is listed, so an item that is not named is N/A.
QSet<QString> expand(const QStringList& lines)
{
    QSet<QString> out;
    for (const QString& line : lines) {
        const QString where = line.section(u':', 0, 0).trimmed();
        const QString section = where.section(u'@', 0, 0);
        const QString position = where.contains(u'@') ? where.section(u'@', 1, 1) : QStringLiteral("0");
        for (const QString& item : line.section(u':', 1).split(u' ', Qt::SkipEmptyParts))
            out.insert(section + u'/' + item + u'@' + position);
        out.insert(section + QStringLiteral("/@") + position); // the section and position were listed
    }
    return out;
}

const char* kPreQcHeader = "header: H.jobId H.basinCount H.initials";
const char* kClpHeader = "header: H.po H.build";
const char* kCltHeader = "header: H.tester H.date H.build";
const char* kClqHeader = "header: H.project H.po H.build H.model H.firstPass H.hipot";

} // namespace

class TestChecklistInstance : public QObject
{
    Q_OBJECT

private slots:
    void applicable_data();
    void applicable();
    void absentBasinReason();
    void conditionReason();
    void expectedValues();
    void quantities();
    void optionsByPosition();
    void json();
};

void TestChecklistInstance::applicable_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("build");
    QTest::addColumn<QStringList>("expected");
    auto row = [](const char* form, const char* build, QStringList lines, const char* header) {
        lines.prepend(QString::fromUtf8(header));
        QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QString::fromUtf8(form), QString::fromUtf8(build))))
            << QString::fromUtf8(form) << QString::fromUtf8(build) << lines;
    };
    const QStringList S3D{QStringLiteral("S3.D1 S3.D2 S3.D3 S3.D4")};
    const QString eDrainTests = QStringLiteral("D.1A D.1B D.2A D.2B D.2C");
    const QString allSerials = QStringLiteral("SN.1 SN.2 SN.3 SN.4 SN.5 SN.6 SN.7 SN.8 SN.9");

    // ---- Pre-QC ----
    row("pre-qc.json", "A", {"S1: S1.1 S1.2 S1.3 S1.4 S1.5", "S2@1: S2.1 S2.2 S2.3 S2.4 S2.5",
                             "S2@2: S2.1 S2.3 S2.4 S2.5", "S2@3:"}, kPreQcHeader);
    row("pre-qc.json", "B", {"S1: S1.1 S1.2 S1.3 S1.4 S1.5", "S2@1: S2.1 S2.2 S2.4 S2.5", "S2@2: S2.1 S2.2 S2.4 S2.5",
                             "S2@3: S2.1 S2.2 S2.4 S2.5"}, kPreQcHeader);
    row("pre-qc.json", "C", {"S1: S1.1 S1.2 S1.3 S1.4 S1.5", "S2@1: S2.1 S2.4 S2.5", "S2@2: S2.1 S2.2 S2.4 S2.5",
                             "S2@3: S2.1 S2.4 S2.5"}, kPreQcHeader);
    row("pre-qc.json", "D", {"S1: S1.1 S1.2 S1.4 S1.5", "S2@1: S2.1 S2.2 S2.4 S2.5", "S2@2:", "S2@3:"}, kPreQcHeader);
    row("pre-qc.json", "E", {"S1: S1.1 S1.2 S1.3 S1.4 S1.5", "S2@1: S2.1 S2.4 S2.5", "S2@2:", "S2@3:"}, kPreQcHeader);
    row("pre-qc.json", "F", {"S1: S1.1 S1.2 S1.4 S1.5", "S2@1: S2.1 S2.3 S2.4 S2.5", "S2@2: S2.1 S2.3 S2.4 S2.5",
                             "S2@3: S2.1 S2.3 S2.4 S2.5"}, kPreQcHeader);
    row("pre-qc.json", "G", {"S1: S1.1 S1.2 S1.4 S1.5", "S2@1: S2.4 S2.5", "S2@2: S2.1 S2.2 S2.4 S2.5", "S2@3:"},
        kPreQcHeader);
    row("pre-qc.json", "H", {"S1: S1.1 S1.2 S1.3 S1.4 S1.5", "S2@1: S2.1 S2.2 S2.4 S2.5", "S2@2:", "S2@3:"}, kPreQcHeader);

    // ---- Production CLP ----
    const char* clpS2All = "S2: S2.1 S2.2 S2.3 S2.4 S2.5 S2.6 S2.7 S2.8 S2.9 S2.10";
    const char* eSinkRows = "S3.S1 S3.S2 S3.S3 S3.S4 S3.S5 S3.S6 S3.S7";
    const QString eDrainRows = S3D.first();
    row("production-clp.json", "A",
        {clpS2All, "S2X: S2X.2", QStringLiteral("S3@1: ") + eDrainRows, QStringLiteral("S3@2: ") + eSinkRows, "S3@3:",
         "S4: S4.1 S4.2 S4.3 S4.4 S4.5 S4.6 S4.7 S4.8 S4.10 S4.12 S4.14 S4.15"},
        kClpHeader);
    row("production-clp.json", "B",
        {clpS2All, "S2X: S2X.4", QStringLiteral("S3@1: ") + eDrainRows, QStringLiteral("S3@2: ") + eDrainRows,
         QStringLiteral("S3@3: ") + eDrainRows, "S4: S4.1 S4.2 S4.3 S4.4 S4.5 S4.6 S4.8 S4.11 S4.14"},
        kClpHeader);
    row("production-clp.json", "C",
        {clpS2All, "S2X:", QStringLiteral("S3@1: ") + eSinkRows, QStringLiteral("S3@2: ") + eDrainRows,
         QStringLiteral("S3@3: ") + eSinkRows, "S4: S4.1 S4.2 S4.3 S4.4 S4.5 S4.6 S4.7 S4.8 S4.12 S4.13"},
        kClpHeader);
    row("production-clp.json", "D",
        {"S2: S2.3 S2.6 S2.7 S2.8 S2.9 S2.10", "S2X: S2X.2 S2X.4", QStringLiteral("S3@1: ") + eDrainRows, "S3@2:",
         "S3@3:", "S4: S4.1 S4.2 S4.3 S4.4 S4.5 S4.6 S4.8 S4.10 S4.11 S4.16"},
        kClpHeader);
    row("production-clp.json", "E",
        {clpS2All, "S2X: S2X.4", QStringLiteral("S3@1: ") + eSinkRows, "S3@2:", "S3@3:",
         "S4: S4.1 S4.2 S4.3 S4.5 S4.6 S4.7 S4.8 S4.11 S4.14 S4.15"},
        kClpHeader);
    row("production-clp.json", "F",
        {"S2: S2.6 S2.7 S2.8 S2.9 S2.10", "S2X:", QStringLiteral("S3@1: ") + eSinkRows,
         QStringLiteral("S3@2: ") + eSinkRows, QStringLiteral("S3@3: ") + eSinkRows,
         "S4: S4.1 S4.2 S4.3 S4.5 S4.6 S4.7 S4.8 S4.14 S4.15"},
        kClpHeader);
    row("production-clp.json", "G",
        {"S2: S2.3 S2.6 S2.7 S2.8 S2.9 S2.10", "S2X: S2X.1 S2X.3", "S3@1: S3.S1 S3.S2 S3.S3 S3.S4 S3.S5",
         QStringLiteral("S3@2: ") + eDrainRows, "S3@3:", "S4: S4.1 S4.2 S4.3 S4.4 S4.5 S4.6 S4.8 S4.9 S4.12 S4.14 S4.15"},
        kClpHeader);
    row("production-clp.json", "H",
        {clpS2All, "S2X: S2X.3", QStringLiteral("S3@1: ") + eDrainRows, "S3@2:", "S3@3:",
         "S4: S4.1 S4.2 S4.3 S4.4 S4.5 S4.6 S4.8 S4.14"},
        kClpHeader);

    // ---- End-of-line test CLT ----
    const char* eSinkTestsNoLight = "S.1A S.1B S.2A S.2B S.2C S.3A S.3B S.4A S.5A";
    row("eol-testing-clt.json", "A",
        {"G: G.1A G.2A G.2B", QStringLiteral("D@1: ") + eDrainTests + QStringLiteral(" D.3A D.3B"), "D@2:", "D@3:",
         "SN@1:", QStringLiteral("SN@2: ") + allSerials, "SN@3:", "S@1:",
         "S@2: S.1A S.1B S.2A S.2B S.2C S.3A S.3B S.4A S.4B S.5A", "S@3:"},
        kCltHeader);
    row("eol-testing-clt.json", "B",
        {"G: G.1A G.2A G.2B", QStringLiteral("D@1: ") + eDrainTests + QStringLiteral(" D.3A"),
         QStringLiteral("D@2: ") + eDrainTests + QStringLiteral(" D.3A"),
         QStringLiteral("D@3: ") + eDrainTests + QStringLiteral(" D.3A"), "SN@1:", "SN@2:", "SN@3:", "S@1:", "S@2:",
         "S@3:"},
        kCltHeader);
    row("eol-testing-clt.json", "C",
        {"G: G.1A G.2A G.2B", "D@1:", QStringLiteral("D@2: ") + eDrainTests + QStringLiteral(" D.3A"), "D@3:",
         QStringLiteral("SN@1: ") + allSerials, "SN@2:", QStringLiteral("SN@3: ") + allSerials,
         QStringLiteral("S@1: ") + eSinkTestsNoLight, "S@2:", QStringLiteral("S@3: ") + eSinkTestsNoLight},
        kCltHeader);
    row("eol-testing-clt.json", "D",
        {"G: G.1A", QStringLiteral("D@1: ") + eDrainTests, "D@2:", "D@3:", "SN@1:", "SN@2:", "SN@3:", "S@1:", "S@2:",
         "S@3:"},
        kCltHeader);
    row("eol-testing-clt.json", "E",
        {"G: G.1A G.2A G.2B", "D@1:", "D@2:", "D@3:", QStringLiteral("SN@1: ") + allSerials, "SN@2:", "SN@3:",
         QStringLiteral("S@1: ") + eSinkTestsNoLight, "S@2:", "S@3:"},
        kCltHeader);
    const char* eSinkLightNoPeg = "S.1A S.1B S.2A S.2B S.2C S.3A S.3B S.4B S.5A";
    row("eol-testing-clt.json", "F",
        {"G: G.1A", "D@1:", "D@2:", "D@3:", QStringLiteral("SN@1: ") + allSerials, QStringLiteral("SN@2: ") + allSerials,
         QStringLiteral("SN@3: ") + allSerials, QStringLiteral("S@1: ") + eSinkLightNoPeg,
         QStringLiteral("S@2: ") + eSinkLightNoPeg, QStringLiteral("S@3: ") + eSinkLightNoPeg},
        kCltHeader);
    row("eol-testing-clt.json", "G",
        {"G: G.1A", "D@1:", QStringLiteral("D@2: ") + eDrainTests, "D@3:", "SN@1: SN.1 SN.2 SN.3 SN.4 SN.5 SN.6", "SN@2:",
         "SN@3:", "S@1: S.1B S.2A S.3A S.3B", "S@2:", "S@3:"},
        kCltHeader);
    row("eol-testing-clt.json", "H",
        {"G: G.1A G.2A G.2B", QStringLiteral("D@1: ") + eDrainTests + QStringLiteral(" D.3A"), "D@2:", "D@3:", "SN@1:",
         "SN@2:", "SN@3:", "S@1:", "S@2:", "S@3:"},
        kCltHeader);

    // ---- Final QC CLQ ----
    const char* clqA = "A: A.1 A.2 A.3 A.4 A.5 A.6";
    row("final-qc-clq.json", "A",
        {clqA, "B: B.1a B.1b B.2a B.2b B.2c B.2d B.2e B.2f B.3 B.4", "C-E@1: B.1 B.2 B.3 B.4 B.5",
         "C-E@2: B.1 B.2 B.3 B.4 B.5 B.6", "C-E@3:", "F: F.1 F.2 F.3 F.4 F.5a F.5b F.6 F.7"},
        kClqHeader);
    row("final-qc-clq.json", "B",
        {clqA, "B: B.1a B.2a B.2b B.2c B.2d B.3 B.4", "C-E@1: B.1 B.2 B.4 B.5", "C-E@2: B.1 B.2 B.4 B.5",
         "C-E@3: B.1 B.2 B.4 B.5", "F: F.1 F.2 F.3 F.4 F.5a F.6 F.7"},
        kClqHeader);
    row("final-qc-clq.json", "C",
        {clqA, "B: B.1a B.1b B.2a B.2b B.2c B.2d B.2e B.2f B.3 B.4", "C-E@1: B.1 B.2 B.4 B.5 B.6",
         "C-E@2: B.1 B.2 B.4 B.5", "C-E@3: B.1 B.2 B.4 B.5 B.6", "F: F.1 F.2 F.3 F.4 F.5a F.5b F.6 F.7"},
        kClqHeader);
    row("final-qc-clq.json", "D",
        {clqA, "B: B.2a B.2b B.2c B.2d B.3", "C-E@1: B.1 B.2 B.4 B.5", "C-E@2:", "C-E@3:",
         "F: F.1 F.2 F.3 F.4 F.5a F.6 F.7"},
        kClqHeader);
    row("final-qc-clq.json", "E",
        {clqA, "B: B.1a B.1b B.2a B.2b B.2e B.2f B.4", "C-E@1: B.1 B.2 B.4 B.5 B.6", "C-E@2:", "C-E@3:",
         "F: F.1 F.2 F.3 F.4 F.5a F.5b F.7"},
        kClqHeader);
    row("final-qc-clq.json", "F",
        {clqA, "B: B.1b B.2a B.2e B.2f B.3", "C-E@1: B.1 B.2 B.3 B.4 B.5 B.6", "C-E@2: B.1 B.2 B.3 B.4 B.5 B.6",
         "C-E@3: B.1 B.2 B.3 B.4 B.5 B.6", "F: F.1 F.2 F.3 F.4 F.5a F.5b F.7"},
        kClqHeader);
    row("final-qc-clq.json", "G",
        {clqA, "B: B.1b B.2a B.2b B.2c B.2d B.2e B.3", "C-E@1: B.1 B.2 B.4 B.5", "C-E@2: B.1 B.2 B.4 B.5", "C-E@3:",
         "F: F.1 F.2 F.3 F.4 F.5a F.5b F.6 F.7"},
        kClqHeader);
    row("final-qc-clq.json", "H",
        {clqA, "B: B.1a B.2a B.2b B.2c B.2d B.3 B.4", "C-E@1: B.1 B.2 B.4 B.5", "C-E@2:", "C-E@3:",
         "F: F.1 F.2 F.3 F.4 F.5a F.6 F.7"},
        kClqHeader);
}

void TestChecklistInstance::applicable()
{
    QFETCH(QString, form);
    QFETCH(QString, build);
    QFETCH(QStringList, expected);
    const auto tmpl = test::loadForm(form);
    QVERIFY(tmpl);
    const auto subject = ::build(build);
    QVERIFY(subject);
    const ChecklistInstance instance = ChecklistInstance::instantiate(*tmpl, *subject);
    const QSet<QString> wanted = expand(expected);

    QSet<QString> listed, applies;
    for (const ChecklistEntry& e : instance.entries()) {
        const QString position = QString::number(e.position);
        listed.insert(e.sectionId + QStringLiteral("/@") + position);
        if (e.applies)
            applies.insert(e.sectionId + u'/' + e.item.id + u'@' + position);
        else
            QVERIFY2(!e.notApplicableReason.isEmpty(), qPrintable(e.item.id + QStringLiteral(": N/A without a reason")));
    }
    // Every section and position of the form is in the expectation, and nothing else.
    QSet<QString> wantedListed;
    for (const QString& w : wanted)
        if (w.contains(QStringLiteral("/@")))
            wantedListed.insert(w);
    QCOMPARE(listed, wantedListed);
    QSet<QString> wantedItems = wanted - wantedListed;
    const QSet<QString> extra = applies - wantedItems;
    const QSet<QString> missing = wantedItems - applies;
    QVERIFY2(extra.isEmpty() && missing.isEmpty(),
             qPrintable(QStringLiteral("applies but not expected: %1\nexpected but N/A: %2")
                            .arg(QStringList(extra.cbegin(), extra.cend()).join(u' '),
                                 QStringList(missing.cbegin(), missing.cend()).join(u' '))));
}

void TestChecklistInstance::absentBasinReason()
{
    const auto tmpl = test::loadForm(QStringLiteral("pre-qc.json"));
    const auto d = build(QStringLiteral("D")); // one basin
    QVERIFY(tmpl && d);
    const ChecklistInstance form = ChecklistInstance::instantiate(*tmpl, *d);
    const ChecklistEntry* e = form.find(QStringLiteral("S2"), QStringLiteral("S2.4"), 2);
    QVERIFY(e);
    QVERIFY(!e->applies);
    QCOMPARE(e->notApplicableReason, QStringLiteral("The sink has 1 basin: there is no basin 2."));
    const auto a = build(QStringLiteral("A")); // two basins
    const ChecklistInstance formA = ChecklistInstance::instantiate(*tmpl, *a);
    QCOMPARE(formA.find(QStringLiteral("S2"), QStringLiteral("S2.1"), 3)->notApplicableReason,
             QStringLiteral("The sink has 2 basins: there is no basin 3."));
    int absent = 0;
    for (const ChecklistSectionInstance& s : formA.sections())
        absent += s.present ? 0 : 1;
    QCOMPARE(absent, 1);
}

void TestChecklistInstance::conditionReason()
{
    const auto tmpl = test::loadForm(QStringLiteral("production-clp.json"));
    const auto d = build(QStringLiteral("D"));
    QVERIFY(tmpl && d);
    const ChecklistInstance form = ChecklistInstance::instantiate(*tmpl, *d);
    QCOMPARE(form.find(QStringLiteral("S2"), QStringLiteral("S2.1"))->notApplicableReason,
             QStringLiteral("The sink has no pegboard."));
    QCOMPARE(form.find(QStringLiteral("S2"), QStringLiteral("S2.4"))->notApplicableReason,
             QStringLiteral("The legs are fixed height."));
    QCOMPARE(form.find(QStringLiteral("S4"), QStringLiteral("S4.15"))->notApplicableReason,
             QStringLiteral("The order's language is Spanish. The sink has no E-Sink or E-Sink DI basin."));
    QCOMPARE(form.find(QStringLiteral("S4"), QStringLiteral("S4.9"))->notApplicableReason,
             QStringLiteral("The sink has no air gun."));
}

void TestChecklistInstance::expectedValues()
{
    const auto pre = test::loadForm(QStringLiteral("pre-qc.json"));
    QVERIFY(pre);
    const ChecklistInstance b = ChecklistInstance::instantiate(*pre, *build(QStringLiteral("B")));
    QCOMPARE(b.find(QStringLiteral("header"), QStringLiteral("H.basinCount"))->expected, QStringLiteral("3 basins"));
    QCOMPARE(b.find(QStringLiteral("header"), QStringLiteral("H.basinCount"))->expectedNumber, std::optional<double>(3));
    QCOMPARE(b.find(QStringLiteral("S2"), QStringLiteral("S2.5"), 2)->expected,
             QStringLiteral("pre-rinse faucet: placement not recorded"));
    const ChecklistInstance d = ChecklistInstance::instantiate(*pre, *build(QStringLiteral("D")));
    QCOMPARE(d.find(QStringLiteral("header"), QStringLiteral("H.basinCount"))->expected, QStringLiteral("1 basin"));
    QCOMPARE(d.find(QStringLiteral("S1"), QStringLiteral("S1.4"))->expected,
             QStringLiteral("pre-rinse faucet: centre of basin 1; water gun (rosette): right side"));
    const ChecklistInstance g = ChecklistInstance::instantiate(*pre, *build(QStringLiteral("G")));
    QCOMPARE(g.find(QStringLiteral("S2"), QStringLiteral("S2.5"), 1)->expected,
             QStringLiteral("DI gooseneck faucet: centre of basin 1, wrist-blade faucet: between basins 1 and 2"));
    QCOMPARE(g.find(QStringLiteral("S2"), QStringLiteral("S2.5"), 2)->expected,
             QStringLiteral("wrist-blade faucet: between basins 1 and 2"));
    QCOMPARE(g.find(QStringLiteral("S1"), QStringLiteral("S1.5"))->expected, QStringLiteral("lock and levelling castors"));
    const ChecklistInstance a = ChecklistInstance::instantiate(*pre, *build(QStringLiteral("A")));
    QCOMPARE(a.find(QStringLiteral("S2"), QStringLiteral("S2.5"), 2)->expected, QStringLiteral("no faucet at this basin"));
    QCOMPARE(a.find(QStringLiteral("S1"), QStringLiteral("S1.3"))->expected,
             QStringLiteral("solid pegboard, same size as the sink (T2-ADW-PB-8436)"));
    // An item that does not apply shows no expected value.
    QVERIFY(d.find(QStringLiteral("S1"), QStringLiteral("S1.3"))->expected.isEmpty());

    const auto clp = test::loadForm(QStringLiteral("production-clp.json"));
    const ChecklistInstance clpA = ChecklistInstance::instantiate(*clp, *build(QStringLiteral("A")));
    QCOMPARE(clpA.find(QStringLiteral("S2"), QStringLiteral("S2.8"))->expected, QStringLiteral("control box T2-CTRL-EDR1-ESK1"));
    const auto clq = test::loadForm(QStringLiteral("final-qc-clq.json"));
    const ChecklistInstance clqG = ChecklistInstance::instantiate(*clq, *build(QStringLiteral("G")));
    QCOMPARE(clqG.find(QStringLiteral("C-E"), QStringLiteral("B.2"), 1)->expected, QStringLiteral("E-Sink DI"));
    QCOMPARE(clqG.find(QStringLiteral("C-E"), QStringLiteral("B.2"), 2)->expected, QStringLiteral("E-Drain"));
    QCOMPARE(clqG.find(QStringLiteral("F"), QStringLiteral("F.5a"))->expected, QStringLiteral("French"));
}

void TestChecklistInstance::quantities()
{
    const auto clp = test::loadForm(QStringLiteral("production-clp.json"));
    const auto clq = test::loadForm(QStringLiteral("final-qc-clq.json"));
    QVERIFY(clp && clq);
    auto quantity = [](const ChecklistInstance& form, const char* section, const char* item) {
        const ChecklistEntry* e = form.find(QString::fromUtf8(section), QString::fromUtf8(item));
        return e ? ChecklistQuantity::words(e->quantity) : QStringLiteral("(no item)");
    };
    const ChecklistInstance b = ChecklistInstance::instantiate(*clp, *build(QStringLiteral("B")));
    QCOMPARE(quantity(b, "S4", "S4.1"), QStringLiteral("1"));
    QCOMPARE(quantity(b, "S4", "S4.2"), QStringLiteral("3"));
    QCOMPARE(quantity(b, "S4", "S4.3"), QStringLiteral("3 hoses, 6 clamps"));
    QCOMPARE(quantity(b, "S4", "S4.4"), QStringLiteral("3"));
    QCOMPARE(quantity(b, "S4", "S4.11"), QStringLiteral("1"));
    QCOMPARE(quantity(b, "S4", "S4.7"), QString()); // N/A: no quantity
    const ChecklistInstance c = ChecklistInstance::instantiate(*clp, *build(QStringLiteral("C")));
    QCOMPARE(quantity(c, "S4", "S4.7"), QStringLiteral("2 shelves and tubesets"));
    QCOMPARE(quantity(c, "S4", "S4.4"), QStringLiteral("1"));
    QCOMPARE(quantity(c, "S4", "S4.12"), QStringLiteral("1"));
    const ChecklistInstance g = ChecklistInstance::instantiate(*clp, *build(QStringLiteral("G")));
    QCOMPARE(quantity(g, "S4", "S4.9"), QStringLiteral("2"));
    QCOMPARE(quantity(g, "S4", "S4.3"), QStringLiteral("2 hoses, 4 clamps"));
    const ChecklistInstance a = ChecklistInstance::instantiate(*clp, *build(QStringLiteral("A")));
    QCOMPARE(quantity(a, "S4", "S4.10"), QStringLiteral("1"));
    QCOMPARE(quantity(a, "S4", "S4.7"), QStringLiteral("1 shelf and tubeset"));

    QCOMPARE(quantity(ChecklistInstance::instantiate(*clq, *build(QStringLiteral("F"))), "B", "B.1b"), QStringLiteral("3"));
    QCOMPARE(quantity(ChecklistInstance::instantiate(*clq, *build(QStringLiteral("G"))), "B", "B.1b"), QStringLiteral("1"));
    QCOMPARE(quantity(ChecklistInstance::instantiate(*clq, *build(QStringLiteral("C"))), "B", "B.2c"), QStringLiteral("1"));
    QCOMPARE(quantity(ChecklistInstance::instantiate(*clq, *build(QStringLiteral("C"))), "F", "F.1"), QStringLiteral("3"));
}

void TestChecklistInstance::optionsByPosition()
{
    const auto pre = test::loadForm(QStringLiteral("pre-qc.json"));
    QVERIFY(pre);
    const QString c1 = QStringLiteral("Center of basin"), b12 = QStringLiteral("Between basins 1/2"),
                  b23 = QStringLiteral("Between basins 2/3"), centre = QStringLiteral("Center");
    const ChecklistInstance two = ChecklistInstance::instantiate(*pre, *build(QStringLiteral("A")));
    QCOMPARE(two.find(QStringLiteral("S2"), QStringLiteral("S2.5"), 1)->options, (QStringList{c1, b12}));
    QCOMPARE(two.find(QStringLiteral("S2"), QStringLiteral("S2.5"), 2)->options, (QStringList{b12, centre}));
    const ChecklistInstance three = ChecklistInstance::instantiate(*pre, *build(QStringLiteral("C")));
    QCOMPARE(three.find(QStringLiteral("S2"), QStringLiteral("S2.5"), 2)->options, (QStringList{b12, b23, centre}));
    QCOMPARE(three.find(QStringLiteral("S2"), QStringLiteral("S2.5"), 3)->options, (QStringList{b23, centre}));
    QCOMPARE(three.find(QStringLiteral("S2"), QStringLiteral("S2.4"), 3)->options,
             (QStringList{QStringLiteral("Center"), QStringLiteral("Other")}));
}

void TestChecklistInstance::json()
{
    const auto clq = test::loadForm(QStringLiteral("final-qc-clq.json"));
    QVERIFY(clq);
    const QJsonObject j = ChecklistInstance::instantiate(*clq, *build(QStringLiteral("C"))).toJson();
    QCOMPARE(j.value(u"template").toString(), QStringLiteral("FINAL_QC_CLQ"));
    QCOMPARE(j.value(u"version").toInt(), 1);
    const QJsonArray items = j.value(u"items").toArray();
    QCOMPARE(items.size(), 6 + 6 + 10 + 3 * 6 + 8); // header, A, B, three basins of C-E, F
    for (const QJsonValue& v : items)
        QCOMPARE(v.toObject().keys(), (QStringList{QStringLiteral("applies"), QStringLiteral("expected"),
                                                   QStringLiteral("item"), QStringLiteral("position"),
                                                   QStringLiteral("quantity"), QStringLiteral("section")}));
    const QJsonObject first = items.first().toObject();
    QCOMPARE(first.value(u"section").toString(), QStringLiteral("header"));
    QVERIFY(first.value(u"position").isNull());
    const QJsonObject basin3 = items.at(6 + 6 + 10 + 2 * 6 + 5).toObject(); // C-E, basin 3, B.6
    QCOMPARE(basin3.value(u"section").toString(), QStringLiteral("C-E"));
    QCOMPARE(basin3.value(u"position").toInt(), 3);
    QCOMPARE(basin3.value(u"item").toString(), QStringLiteral("B.6"));
    QCOMPARE(basin3.value(u"applies").toBool(), true);
    const QJsonObject f1 = items.at(6 + 6 + 10 + 3 * 6).toObject();
    QCOMPARE(f1.value(u"item").toString(), QStringLiteral("F.1"));
    QCOMPARE(f1.value(u"quantity").toInt(), 3);
    QVERIFY(f1.value(u"expected").isNull());
}

QTEST_GUILESS_MAIN(TestChecklistInstance)
#include "tst_checklistinstance.moc"
