// The checklist vocabulary (issue 12): every appliesWhen, expectedFrom, quantity and optionFilter of the
// four delivered forms parses; each condition is evaluated against configurations made by hand whose
// answer is known; quantities and expected values in words; expressions outside the vocabulary are
// refused with what is wrong.
#include "checklistfixture.h"

#include "domain/checklist/checklistexpression.h"

#include <QSet>
#include <QTest>

using namespace cs;
using namespace cs::domain;

namespace {

// A configuration by hand. basins: "EDR", "ESK", "DI", with "+L" for a basin light, space separated
// (the model follows the count). flags: "peg", "ha", "castors", "seismic", "EN"/"FR"/"ES",
// "faucet:TYPE[@PLACEMENT]", "spray:TYPE".
ChecklistSubject sink(const QString& basins, const QString& flags = QString())
{
    ChecklistSubject s;
    s.buildNumber = QStringLiteral("T-1");
    s.order.language = DocumentLanguage::EN;
    int position = 0;
    for (const QString& b : basins.split(u' ', Qt::SkipEmptyParts)) {
        Basin basin;
        basin.position = ++position;
        const QString type = b.section(u'+', 0, 0);
        basin.type = type == u"EDR" ? BasinType::EDrain : type == u"ESK" ? BasinType::ESink : BasinType::ESinkDi;
        basin.basinLight = b.endsWith(QStringLiteral("+L"));
        basin.size.kind = BasinSize::Kind::Standard;
        basin.size.standard = QStringLiteral("24X20X10");
        s.config.basins.append(basin);
    }
    s.config.model = position == 1 ? SinkModel::T2B1 : position == 2 ? SinkModel::T2B2 : SinkModel::T2B3;
    s.config.widthIn = 48;
    s.config.lengthIn = 72;
    s.config.legs = {LegsHeight::FixedHeight, LegsModel::DL27};
    s.config.feet = Feet::SeismicFeet;
    for (const QString& f : flags.split(u' ', Qt::SkipEmptyParts)) {
        if (f == u"peg") {
            s.config.pegboard = Pegboard{PegboardType::Perforated, PegboardColor::None, {}};
        } else if (f == u"ha") {
            s.config.legs.height = LegsHeight::HeightAdjustable;
        } else if (f == u"castors") {
            s.config.feet = Feet::LockLevelingCasters;
        } else if (f == u"FR") {
            s.order.language = DocumentLanguage::FR;
        } else if (f == u"ES") {
            s.order.language = DocumentLanguage::ES;
        } else if (f.startsWith(QStringLiteral("faucet:"))) {
            const QString type = f.mid(7).section(u'@', 0, 0);
            const QString placement = f.section(u'@', 1, 1);
            Faucet faucet;
            faucet.type = type == u"WRIST_BLADE" ? FaucetType::WristBlade
                          : type == u"PRE_RINSE" ? FaucetType::PreRinse
                                                 : FaucetType::DiGooseneck;
            for (FaucetPlacement p : {FaucetPlacement::CenterOfBasin1, FaucetPlacement::CenterOfBasin2,
                                      FaucetPlacement::CenterOfBasin3, FaucetPlacement::Between12,
                                      FaucetPlacement::Between23})
                if (toString(p) == placement)
                    faucet.placement = p;
            s.config.faucets.append(faucet);
        } else if (f.startsWith(QStringLiteral("spray:"))) {
            for (SprayerType t : {SprayerType::WaterGunTurret, SprayerType::WaterGunRosette, SprayerType::AirGunTurret,
                                  SprayerType::AirGunRosette})
                if (toString(t) == f.mid(6))
                    s.config.sprayers.append({t, SprayerLocation::LeftSide});
        }
    }
    return s;
}

// Every value of one field of every item (header and sections) of the four forms.
QStringList fieldValues(const char16_t* field)
{
    QStringList out;
    for (const QString& file : test::formFiles()) {
        const QJsonObject form = test::formJson(file);
        QJsonArray items = form.value(u"header").toArray();
        for (const QJsonValue& s : form.value(u"sections").toArray())
            for (const QJsonValue& i : s.toObject().value(u"items").toArray())
                items.append(i);
        for (const QJsonValue& i : std::as_const(items))
            if (i.toObject().contains(QStringView(field)))
                out << i.toObject().value(QStringView(field)).toString();
    }
    return out;
}

} // namespace

class TestChecklistCondition : public QObject
{
    Q_OBJECT

private slots:
    void everyExpressionOfTheFormsParses();
    void evaluate_data();
    void evaluate();
    void everyConditionOfTheFormsIsEvaluatedHere();
    void reasonsInWords();
    void quantities_data();
    void quantities();
    void expectations();
    void optionFilter();
    void refused_data();
    void refused();
};

void TestChecklistCondition::everyExpressionOfTheFormsParses()
{
    const QStringList conditions = fieldValues(u"appliesWhen");
    QCOMPARE(conditions.size(), 75); // the count of appliesWhen in the four files
    for (const QString& c : conditions) {
        QString error;
        QVERIFY2(ChecklistCondition::parse(c, &error), qPrintable(c + QStringLiteral(": ") + error));
    }
    const QStringList expected = fieldValues(u"expectedFrom");
    QCOMPARE(expected.size(), 10);
    for (const QString& e : expected) {
        QString error;
        QVERIFY2(ChecklistExpectation::parse(e, &error), qPrintable(e + QStringLiteral(": ") + error));
    }
    const QStringList quantities = fieldValues(u"quantity");
    QCOMPARE(quantities.size(), 19);
    for (const QString& q : quantities) {
        QString error;
        QVERIFY2(ChecklistQuantity::parse(q, &error), qPrintable(q + QStringLiteral(": ") + error));
    }
    const QStringList filters = fieldValues(u"optionFilter");
    QCOMPARE(filters.size(), 1);
    QString error;
    QVERIFY2(ChecklistOptionFilter::parse(filters.first(), &error), qPrintable(error));
}

void TestChecklistCondition::evaluate_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("basins");
    QTest::addColumn<QString>("flags");
    QTest::addColumn<int>("position");
    QTest::addColumn<bool>("expected");

    auto row = [](const char* name, const char* condition, const char* basins, const char* flags, int position,
                  bool expected) {
        QTest::newRow(name) << QString::fromUtf8(condition) << QString::fromUtf8(basins) << QString::fromUtf8(flags)
                            << position << expected;
    };
    // The 25 distinct conditions of the four forms, each true and false at least once.
    row("pegboard yes", "hasPegboard", "EDR", "peg", 0, true);
    row("pegboard no", "hasPegboard", "EDR", "", 0, false);
    row("height adjustable", "legsHeightAdjustable", "EDR", "ha", 0, true);
    row("fixed height", "legsHeightAdjustable", "EDR", "", 0, false);
    row("castors", "feet == LOCK_LEVELING_CASTERS", "EDR", "castors", 0, true);
    row("seismic feet", "feet == LOCK_LEVELING_CASTERS", "EDR", "", 0, false);
    row("any faucet", "hasAnyFaucet", "EDR", "faucet:PRE_RINSE", 0, true);
    row("no faucet", "hasAnyFaucet", "EDR", "", 0, false);
    row("DI faucet", "hasFaucet(DI_GOOSENECK)", "DI", "faucet:DI_GOOSENECK@CENTER_OF_BASIN_1", 0, true);
    row("DI faucet absent", "hasFaucet(DI_GOOSENECK)", "DI", "faucet:WRIST_BLADE", 0, false);
    row("pre-rinse", "hasFaucet(PRE_RINSE)", "EDR", "faucet:WRIST_BLADE faucet:PRE_RINSE", 0, true);
    row("pre-rinse absent", "hasFaucet(PRE_RINSE)", "EDR", "faucet:WRIST_BLADE", 0, false);
    row("wrist blade", "hasFaucet(WRIST_BLADE)", "EDR", "faucet:WRIST_BLADE", 0, true);
    row("wrist blade absent", "hasFaucet(WRIST_BLADE)", "EDR", "faucet:PRE_RINSE", 0, false);
    row("air gun turret", "hasSprayer(AIR_GUN)", "EDR", "spray:AIR_GUN_TURRET", 0, true);
    row("air gun rosette", "hasSprayer(AIR_GUN)", "EDR", "spray:AIR_GUN_ROSETTE", 0, true);
    row("air gun absent", "hasSprayer(AIR_GUN)", "EDR", "spray:WATER_GUN_TURRET", 0, false);
    row("water gun turret", "hasSprayer(WATER_GUN)", "EDR", "spray:WATER_GUN_TURRET", 0, true);
    row("water gun rosette", "hasSprayer(WATER_GUN)", "EDR", "spray:WATER_GUN_ROSETTE", 0, true);
    row("water gun absent", "hasSprayer(WATER_GUN)", "EDR", "spray:AIR_GUN_ROSETTE", 0, false);
    row("EN", "language == EN", "EDR", "", 0, true);
    row("EN on FR", "language == EN", "EDR", "FR", 0, false);
    row("FR", "language == FR", "EDR", "FR", 0, true);
    row("FR on ES", "language == FR", "EDR", "ES", 0, false);
    row("ES", "language == ES", "EDR", "ES", 0, true);
    row("ES on EN", "language == ES", "EDR", "", 0, false);
    row("FR E-Sink", "language == FR && anyBasin(E_SINK)", "EDR ESK", "FR", 0, true);
    row("FR E-Sink DI", "language == FR && anyBasin(E_SINK)", "DI EDR", "FR", 0, true);
    row("FR E-Drain only", "language == FR && anyBasin(E_SINK)", "EDR EDR", "FR", 0, false);
    row("EN E-Sink", "language == FR && anyBasin(E_SINK)", "ESK", "", 0, false);
    row("any E-Drain", "anyBasin(E_DRAIN)", "ESK ESK EDR", "", 0, true);
    row("no E-Drain", "anyBasin(E_DRAIN)", "ESK DI", "", 0, false);
    row("any E-Sink (DI)", "anyBasin(E_SINK)", "DI", "", 0, true);
    row("no E-Sink", "anyBasin(E_SINK)", "EDR EDR", "", 0, false);
    row("standard E-Sink", "anyBasin(E_SINK_STD)", "DI ESK", "", 0, true);
    row("DI is not standard", "anyBasin(E_SINK_STD)", "DI EDR", "", 0, false);
    row("basin light", "basin.basinLight", "EDR ESK+L", "", 2, true);
    row("no basin light", "basin.basinLight", "EDR+L ESK", "", 2, false);
    row("no basin 3, no light", "basin.basinLight", "EDR+L ESK+L", "", 3, false);
    row("not DI", "basin.type != E_SINK_DI", "DI ESK", "", 2, true);
    row("DI", "basin.type != E_SINK_DI", "DI ESK", "", 1, false);
    row("E-Drain basin", "basin.type == E_DRAIN", "ESK EDR", "", 2, true);
    row("E-Sink basin, not E-Drain", "basin.type == E_DRAIN", "ESK EDR", "", 1, false);
    row("E-Sink basin", "basin.type == E_SINK", "ESK", "", 1, true);
    row("DI is not E_SINK", "basin.type == E_SINK", "DI", "", 1, false);
    row("in: E-Sink", "basin.type in (E_SINK, E_SINK_DI)", "EDR ESK", "", 2, true);
    row("in: DI", "basin.type in (E_SINK, E_SINK_DI)", "DI", "", 1, true);
    row("in: E-Drain", "basin.type in (E_SINK, E_SINK_DI)", "EDR ESK", "", 1, false);
    row("E-Drain and pegboard", "basin.type == E_DRAIN && hasPegboard", "EDR", "peg", 1, true);
    row("E-Drain, no pegboard", "basin.type == E_DRAIN && hasPegboard", "EDR", "", 1, false);
    row("E-Sink, pegboard", "basin.type == E_DRAIN && hasPegboard", "ESK", "peg", 1, false);
    row("E-Drain with light", "basin.type == E_DRAIN && basin.basinLight", "ESK EDR+L", "", 2, true);
    row("E-Drain without light", "basin.type == E_DRAIN && basin.basinLight", "EDR ESK+L", "", 1, false);
    row("E-Sink and pegboard", "basin.type in (E_SINK, E_SINK_DI) && hasPegboard", "EDR DI", "peg", 2, true);
    row("E-Sink, no pegboard", "basin.type in (E_SINK, E_SINK_DI) && hasPegboard", "ESK", "", 1, false);
    row("E-Sink with light", "basin.type in (E_SINK, E_SINK_DI) && basin.basinLight", "ESK+L", "", 1, true);
    row("E-Drain with light, not E-Sink", "basin.type in (E_SINK, E_SINK_DI) && basin.basinLight", "EDR+L", "", 1, false);
    // The rest of the vocabulary: counts, negation, or, parentheses.
    row("fewer than 3 basins", "basinCount < 3", "EDR ESK", "", 0, true);
    row("not fewer than 3 basins", "basinCount < 3", "EDR ESK ESK", "", 0, false);
    row("count E-Drain", "count(E_DRAIN) == 2", "EDR ESK EDR", "", 0, true);
    row("count E-Sink is exact", "count(E_SINK) >= 1", "DI EDR", "", 0, false);
    row("count both", "count(E_SINK, E_SINK_DI) == 2", "DI ESK EDR", "", 0, true);
    row("not", "!hasPegboard", "EDR", "", 0, true);
    row("or", "hasPegboard || legsHeightAdjustable", "EDR", "ha", 0, true);
    row("parentheses", "!(hasPegboard || legsHeightAdjustable) && feet != LOCK_LEVELING_CASTERS", "EDR", "", 0, true);
    row("language !=", "language != FR", "EDR", "FR", 0, false);
    row("exact sprayer", "hasSprayer(AIR_GUN_ROSETTE)", "EDR", "spray:AIR_GUN_TURRET", 0, false);
}

void TestChecklistCondition::evaluate()
{
    QFETCH(QString, condition);
    QFETCH(QString, basins);
    QFETCH(QString, flags);
    QFETCH(int, position);
    QFETCH(bool, expected);
    QString error;
    const auto c = ChecklistCondition::parse(condition, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->evaluate(sink(basins, flags), position), expected);
    QCOMPARE(c->text(), condition);
}

void TestChecklistCondition::everyConditionOfTheFormsIsEvaluatedHere()
{
    // A condition added to the forms must get rows in evaluate_data.
    const QStringList all = fieldValues(u"appliesWhen");
    const QSet<QString> distinct(all.cbegin(), all.cend());
    QCOMPARE(distinct.size(), 25);
    const QStringList inRows{
        QStringLiteral("hasPegboard"), QStringLiteral("legsHeightAdjustable"),
        QStringLiteral("feet == LOCK_LEVELING_CASTERS"), QStringLiteral("hasAnyFaucet"),
        QStringLiteral("hasFaucet(DI_GOOSENECK)"), QStringLiteral("hasFaucet(PRE_RINSE)"),
        QStringLiteral("hasFaucet(WRIST_BLADE)"), QStringLiteral("hasSprayer(AIR_GUN)"),
        QStringLiteral("hasSprayer(WATER_GUN)"), QStringLiteral("language == EN"), QStringLiteral("language == FR"),
        QStringLiteral("language == ES"), QStringLiteral("language == FR && anyBasin(E_SINK)"),
        QStringLiteral("anyBasin(E_DRAIN)"), QStringLiteral("anyBasin(E_SINK)"), QStringLiteral("anyBasin(E_SINK_STD)"),
        QStringLiteral("basin.basinLight"), QStringLiteral("basin.type != E_SINK_DI"),
        QStringLiteral("basin.type == E_DRAIN"), QStringLiteral("basin.type == E_SINK"),
        QStringLiteral("basin.type in (E_SINK, E_SINK_DI)"), QStringLiteral("basin.type == E_DRAIN && hasPegboard"),
        QStringLiteral("basin.type == E_DRAIN && basin.basinLight"),
        QStringLiteral("basin.type in (E_SINK, E_SINK_DI) && hasPegboard"),
        QStringLiteral("basin.type in (E_SINK, E_SINK_DI) && basin.basinLight")};
    QCOMPARE(distinct, QSet<QString>(inRows.cbegin(), inRows.cend()));
}

void TestChecklistCondition::reasonsInWords()
{
    auto reason = [](const char* condition, const ChecklistSubject& s, int position) {
        QString error;
        const auto c = ChecklistCondition::parse(QString::fromUtf8(condition), &error);
        return c ? c->reasonFalse(s, position) : error;
    };
    QCOMPARE(reason("hasPegboard", sink(QStringLiteral("EDR")), 0), QStringLiteral("The sink has no pegboard."));
    QCOMPARE(reason("legsHeightAdjustable", sink(QStringLiteral("EDR")), 0), QStringLiteral("The legs are fixed height."));
    QCOMPARE(reason("basin.type == E_DRAIN", sink(QStringLiteral("EDR ESK")), 2), QStringLiteral("Basin 2 is E-Sink."));
    QCOMPARE(reason("basin.type == E_DRAIN && basin.basinLight", sink(QStringLiteral("EDR")), 1),
             QStringLiteral("Basin 1 has no basin light."));
    QCOMPARE(reason("language == FR && anyBasin(E_SINK)", sink(QStringLiteral("EDR"), QStringLiteral("ES")), 0),
             QStringLiteral("The order's language is Spanish. The sink has no E-Sink or E-Sink DI basin."));
    QCOMPARE(reason("hasSprayer(AIR_GUN)", sink(QStringLiteral("EDR")), 0), QStringLiteral("The sink has no air gun."));
    QCOMPARE(reason("hasFaucet(PRE_RINSE)", sink(QStringLiteral("EDR")), 0),
             QStringLiteral("The sink has no pre-rinse faucet."));
    QCOMPARE(reason("feet == LOCK_LEVELING_CASTERS", sink(QStringLiteral("EDR")), 0),
             QStringLiteral("Feet: levelling feet (seismic)."));
    QCOMPARE(reason("basinCount < 3", sink(QStringLiteral("EDR EDR EDR")), 0), QStringLiteral("The sink has 3 basins."));
}

void TestChecklistCondition::quantities_data()
{
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("basins");
    QTest::addColumn<QString>("flags");
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("first");

    auto row = [](const char* quantity, const char* basins, const char* flags, const char* words, int first) {
        QTest::newRow(quantity) << QString::fromUtf8(quantity) << QString::fromUtf8(basins) << QString::fromUtf8(flags)
                                << QString::fromUtf8(words) << first;
    };
    // Every quantity of the forms.
    row("1 per sink", "EDR EDR EDR", "", "1", 1);
    row("basinCount", "EDR ESK", "", "2", 2);
    row("basinCount hoses, 2 x basinCount clamps", "EDR ESK DI", "", "3 hoses, 6 clamps", 3);
    row("count(E_DRAIN)", "EDR ESK EDR", "", "2", 2);
    row("count(E_SINK) shelves and tubesets", "ESK DI ESK", "", "2 shelves and tubesets", 2);
    row("count(E_SINK, E_SINK_DI)", "ESK DI EDR", "", "2", 2);
    row("per air gun", "EDR", "spray:AIR_GUN_TURRET spray:AIR_GUN_ROSETTE", "2", 2);
    row("per water gun", "EDR", "spray:AIR_GUN_TURRET spray:WATER_GUN_ROSETTE", "1", 1);
    row("per pre-rinse faucet", "EDR EDR", "faucet:PRE_RINSE faucet:WRIST_BLADE", "1", 1);
    row("per wrist-blade faucet", "EDR EDR", "faucet:WRIST_BLADE faucet:WRIST_BLADE", "2", 2);
}

void TestChecklistCondition::quantities()
{
    QFETCH(QString, quantity);
    QFETCH(QString, basins);
    QFETCH(QString, flags);
    QFETCH(QString, words);
    QFETCH(int, first);
    QString error;
    const auto q = ChecklistQuantity::parse(quantity, &error);
    QVERIFY2(q, qPrintable(error));
    const auto parts = q->evaluate(sink(basins, flags), 0);
    QCOMPARE(ChecklistQuantity::words(parts), words);
    QCOMPARE(parts.first().count, first);
}

void TestChecklistCondition::expectations()
{
    auto expected = [](const char* from, const ChecklistSubject& s, int position) {
        QString error;
        const auto e = ChecklistExpectation::parse(QString::fromUtf8(from), &error);
        return e ? e->evaluate(s, position) : error;
    };
    const ChecklistSubject three = sink(QStringLiteral("EDR ESK DI"),
                                        QStringLiteral("peg castors faucet:WRIST_BLADE@CENTER_OF_BASIN_1 "
                                                       "faucet:DI_GOOSENECK@BETWEEN_2_3 spray:AIR_GUN_TURRET"));
    QCOMPARE(expected("basinCount", three, 0), QStringLiteral("3 basins"));
    QCOMPARE(expected("basinCount", sink(QStringLiteral("ESK")), 0), QStringLiteral("1 basin"));
    QCOMPARE(expected("faucet placements (CENTER_OF_BASIN_n, BETWEEN_1_2, BETWEEN_2_3)", three, 1),
             QStringLiteral("wrist-blade faucet: centre of basin 1"));
    QCOMPARE(expected("faucet placements (CENTER_OF_BASIN_n, BETWEEN_1_2, BETWEEN_2_3)", three, 3),
             QStringLiteral("DI gooseneck faucet: between basins 2 and 3"));
    QCOMPARE(expected("faucet placements, sprayer locations", three, 0),
             QStringLiteral("wrist-blade faucet: centre of basin 1, DI gooseneck faucet: between basins 2 and 3; "
                            "air gun (turret): left side"));
    QCOMPARE(expected("basin.type", three, 3), QStringLiteral("E-Sink DI"));
    QCOMPARE(expected("feet (LOCK_LEVELING_CASTERS = castors, SEISMIC_FEET = levelling feet)", three, 0),
             QStringLiteral("lock and levelling castors"));
    QCOMPARE(expected("language", sink(QStringLiteral("EDR"), QStringLiteral("FR")), 0), QStringLiteral("French"));
    QCOMPARE(expected("pegboard type and size", three, 0),
             QStringLiteral("perforated pegboard, same size as the sink (T2-ADW-PB-7236)"));
    QCOMPARE(expected("pegboard type and size", sink(QStringLiteral("EDR")), 0), QStringLiteral("no pegboard"));
    QCOMPARE(expected("control box id in the BOM", three, 0), QStringLiteral("control box T2-CTRL-EDR1-ESK2"));
    QCOMPARE(expected("widthIn, lengthIn, basin sizes, BOM", sink(QStringLiteral("EDR")), 0),
             QStringLiteral("width 48 in; length 72 in; basin 1: 24X20X10; the build's BOM"));
    QCOMPARE(expected("configuration", sink(QStringLiteral("EDR ESK")), 0),
             QStringLiteral("model T2-B2, 48 x 72 in, 2 basins: E-Drain 24X20X10 + E-Sink 24X20X10"));
}

void TestChecklistCondition::optionFilter()
{
    const QString text = fieldValues(u"optionFilter").value(0);
    QString error;
    const auto f = ChecklistOptionFilter::parse(text, &error);
    QVERIFY2(f, qPrintable(error));
    const QStringList basin2{QStringLiteral("Between basins 1/2"), QStringLiteral("Between basins 2/3"),
                             QStringLiteral("Center")};
    QCOMPARE(f->apply(basin2, sink(QStringLiteral("EDR ESK")), 2),
             (QStringList{QStringLiteral("Between basins 1/2"), QStringLiteral("Center")}));
    QCOMPARE(f->apply(basin2, sink(QStringLiteral("EDR ESK EDR")), 2), basin2);
    QVERIFY(ChecklistOptionFilter::parse(QStringLiteral("drop \"Center\" when basin.type == E_DRAIN"), &error));
    QVERIFY(!ChecklistOptionFilter::parse(QStringLiteral("keep \"Center\" always; a remark"), &error));
    QVERIFY(!ChecklistOptionFilter::parse(QStringLiteral("drop \"Center\" when the moon is full"), &error));
    QVERIFY2(error.contains(QStringLiteral("moon")), qPrintable(error));
}

void TestChecklistCondition::refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named"); // a part of the error message

    auto row = [](const char* kind, const char* text, const char* named) {
        QTest::newRow(text) << QString::fromUtf8(kind) << QString::fromUtf8(text) << QString::fromUtf8(named);
    };
    row("condition", "hasUnicorn", "hasUnicorn");
    row("condition", "hasPegboard &&", "ends too early");
    row("condition", "hasPegboard and legsHeightAdjustable", "and");
    row("condition", "basin.type == E_SINK_XL", "E_SINK_XL");
    row("condition", "basin.type in (E_SINK, STEAM)", "STEAM");
    row("condition", "anyBasin(E_SINKS)", "E_SINKS");
    row("condition", "hasFaucet(GOLD_TAP)", "GOLD_TAP");
    row("condition", "hasSprayer(STEAM_GUN)", "STEAM_GUN");
    row("condition", "language == DE", "DE");
    row("condition", "feet = LOCK_LEVELING_CASTERS", "=");
    row("condition", "(hasPegboard", ")");
    row("condition", "basinCount", "compared");
    row("condition", "", "empty");
    row("quantity", "per banana", "banana");
    row("quantity", "basinCount buckets", "buckets");
    row("quantity", "count(E_DRAIN", ")");
    row("expected", "colour of the sink", "colour of the sink");
    row("expected", "feet (castors", "parentheses");
}

void TestChecklistCondition::refused()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(QString, named);
    QString error;
    bool parsed = false;
    if (kind == u"condition")
        parsed = ChecklistCondition::parse(text, &error).has_value();
    else if (kind == u"quantity")
        parsed = ChecklistQuantity::parse(text, &error).has_value();
    else
        parsed = ChecklistExpectation::parse(text, &error).has_value();
    QVERIFY(!parsed);
    QVERIFY2(error.contains(named), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestChecklistCondition)
#include "tst_checklistcondition.moc"
