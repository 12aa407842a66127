// Edge cases of the MDRD rules (CONFIGURATION.md 3 to 9) on the delivered catalog, through the one
// generation function the wizard and the submitted order use.
#include "domain/bom/bomgenerator.h"
#include "domain/catalog/catalog.h"
#include "domain/catalog/catalogdata.h"
#include "domain/bom/custompartnumber.h"
#include "domain/bom/mdrdrules.h"
#include "testpaths.h"

#include <QTest>

using namespace cs::domain;

namespace {

const QDate kToday(2025, 6, 20);

OrderConfiguration baseOrder()
{
    OrderConfiguration o;
    o.order.poNumber = QStringLiteral("PO-1234");
    o.order.customerName = QStringLiteral("General Hospital");
    o.order.salesPerson = QStringLiteral("Sam Seller");
    o.order.wantDate = kToday.addDays(14);
    o.order.language = DocumentLanguage::EN;
    SinkConfiguration c;
    c.setModel(SinkModel::T2B2);
    c.widthIn = 48;
    c.lengthIn = 90;
    c.legs = Legs{LegsHeight::HeightAdjustable, LegsModel::DL27};
    c.feet = Feet::LockLevelingCasters;
    c.workflowDirection = WorkflowDirection::LeftToRight;
    for (Basin& b : c.basins) {
        b.type = BasinType::ESink;
        b.size.kind = BasinSize::Kind::Standard;
        b.size.standard = QStringLiteral("24X20X10");
    }
    o.builds.append(BuildEntry{QStringLiteral("B-1001"), c});
    return o;
}

SinkConfiguration& cfg(OrderConfiguration& o)
{
    return *o.builds[0].config;
}

QStringList ruleIds(const BuildBom& b, const QString& rule)
{
    QStringList ids;
    for (const BomLine& l : b.top)
        if (l.rule == rule)
            ids << l.id;
    return ids;
}

} // namespace

class TestMdrdRules : public QObject
{
    Q_OBJECT

    CatalogPtr m_catalog;

    GenerationResult gen(const OrderConfiguration& o) const { return BomGenerator::generate(*m_catalog, o, kToday); }

private slots:
    void initTestCase()
    {
        QList<CatalogProblem> problems;
        m_catalog = Catalog::fromData(
            CatalogData::readDirectory(cs::test::sharedPath(u"domain/catalog"), &problems));
        QVERIFY(problems.isEmpty());
    }

    void baseIsValid()
    {
        const GenerationResult r = gen(baseOrder());
        QVERIFY2(r.valid, qPrintable(r.errorCodes().join(u' ')));
        QCOMPARE(r.builds.size(), 1);
        QVERIFY(r.builds[0].generated);
        QCOMPARE(r.builds[0].top.first().rule, QStringLiteral("R-MANUAL"));
    }

    void everyReferencedIdResolves()
    {
        for (const QString& id : MdrdRules::referencedIds())
            QVERIFY2(m_catalog->resolve(id) >= 0, qPrintable(id));
    }

    void lengthBreakpoints_data()
    {
        QTest::addColumn<double>("length");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("panel");
        QTest::newRow("47.9") << 47.9 << QString() << QString();
        QTest::newRow("48") << 48.0 << QStringLiteral("T2-BODY-48-60-HA") << QStringLiteral("T2-ADW-PB-4836");
        QTest::newRow("59.9") << 59.9 << QStringLiteral("T2-BODY-48-60-HA") << QStringLiteral("T2-ADW-PB-4836");
        QTest::newRow("60") << 60.0 << QStringLiteral("T2-BODY-48-60-HA") << QStringLiteral("T2-ADW-PB-6036");
        QTest::newRow("60.5") << 60.5 << QStringLiteral("T2-BODY-61-72-HA") << QStringLiteral("T2-ADW-PB-6036");
        QTest::newRow("61") << 61.0 << QStringLiteral("T2-BODY-61-72-HA") << QStringLiteral("T2-ADW-PB-6036");
        QTest::newRow("72") << 72.0 << QStringLiteral("T2-BODY-61-72-HA") << QStringLiteral("T2-ADW-PB-7236");
        QTest::newRow("72.5") << 72.5 << QStringLiteral("T2-BODY-73-120-HA") << QStringLiteral("T2-ADW-PB-7236");
        QTest::newRow("84") << 84.0 << QStringLiteral("T2-BODY-73-120-HA") << QStringLiteral("T2-ADW-PB-8436");
        QTest::newRow("95") << 95.0 << QStringLiteral("T2-BODY-73-120-HA") << QStringLiteral("T2-ADW-PB-8436");
        QTest::newRow("96") << 96.0 << QStringLiteral("T2-BODY-73-120-HA") << QStringLiteral("T2-ADW-PB-9636");
        QTest::newRow("108") << 108.0 << QStringLiteral("T2-BODY-73-120-HA") << QStringLiteral("T2-ADW-PB-10836");
        QTest::newRow("120") << 120.0 << QStringLiteral("T2-BODY-73-120-HA") << QStringLiteral("T2-ADW-PB-12036");
        QTest::newRow("120.1") << 120.1 << QString() << QString();
    }
    void lengthBreakpoints()
    {
        QFETCH(double, length);
        QFETCH(QString, body);
        QFETCH(QString, panel);
        OrderConfiguration o = baseOrder();
        cfg(o).lengthIn = length;
        cfg(o).pegboard = Pegboard{PegboardType::Perforated, PegboardColor::None, PegboardSize{}};
        const GenerationResult r = gen(o);
        if (body.isEmpty()) {
            QVERIFY(!r.valid);
            QCOMPARE(r.errorCodes(), QStringList{QStringLiteral("E-LENGTH-RANGE@B-1001")});
            QCOMPARE(r.issues.first().field, QStringLiteral("builds[0].lengthIn"));
            QVERIFY(!r.issues.first().message.isEmpty());
            QVERIFY(!r.builds[0].generated);
            return;
        }
        QVERIFY2(r.valid, qPrintable(r.errorCodes().join(u' ')));
        QCOMPARE(ruleIds(r.builds[0], QStringLiteral("R-BODY")), QStringList{body});
        QCOMPARE(ruleIds(r.builds[0], QStringLiteral("R-PB-SIZE")), QStringList{panel});
        QCOMPARE(MdrdRules::bodyFor(length), body);
    }

    void controlBox_data()
    {
        QTest::addColumn<QList<int>>("types"); // BasinType values
        QTest::addColumn<QString>("box");
        const int E = int(BasinType::ESink), D = int(BasinType::EDrain), I = int(BasinType::ESinkDi);
        QTest::newRow("EDR") << QList<int>{D} << QStringLiteral("T2-CTRL-EDR1");
        QTest::newRow("ESK") << QList<int>{E} << QStringLiteral("T2-CTRL-ESK1");
        QTest::newRow("DI") << QList<int>{I} << QStringLiteral("T2-CTRL-ESK1");
        QTest::newRow("EDR+ESK") << QList<int>{D, E} << QStringLiteral("T2-CTRL-EDR1-ESK1");
        QTest::newRow("EDR+EDR") << QList<int>{D, D} << QStringLiteral("T2-CTRL-EDR2");
        QTest::newRow("ESK+DI") << QList<int>{E, I} << QStringLiteral("T2-CTRL-ESK2");
        QTest::newRow("EDR*3") << QList<int>{D, D, D} << QStringLiteral("T2-CTRL-EDR3");
        QTest::newRow("ESK*3") << QList<int>{E, E, E} << QStringLiteral("T2-CTRL-ESK3");
        QTest::newRow("EDR+ESK+ESK") << QList<int>{E, D, E} << QStringLiteral("T2-CTRL-EDR1-ESK2");
        QTest::newRow("EDR+EDR+ESK") << QList<int>{D, E, D} << QStringLiteral("T2-CTRL-EDR2-ESK1");
        QTest::newRow("EDR+EDR+DI") << QList<int>{D, I, D} << QStringLiteral("T2-CTRL-EDR2-ESK1");
    }
    void controlBox()
    {
        QFETCH(QList<int>, types);
        QFETCH(QString, box);
        OrderConfiguration o = baseOrder();
        SinkConfiguration& c = cfg(o);
        c.setModel(types.size() == 1 ? SinkModel::T2B1 : types.size() == 2 ? SinkModel::T2B2 : SinkModel::T2B3);
        for (qsizetype i = 0; i < types.size(); ++i) {
            c.basins[i].type = BasinType(types.at(i));
            c.basins[i].size.kind = BasinSize::Kind::Standard;
            c.basins[i].size.standard = QStringLiteral("20X20X8");
            if (c.basins[i].type == BasinType::ESinkDi)
                c.faucets.append(Faucet{FaucetType::DiGooseneck, FaucetPlacement(int(FaucetPlacement::CenterOfBasin1) + i)});
        }
        const GenerationResult r = gen(o);
        QVERIFY2(r.valid, qPrintable(r.errorCodes().join(u' ')));
        QCOMPARE(ruleIds(r.builds[0], QStringLiteral("R-CTRL")), QStringList{box});
        QCOMPARE(ruleIds(r.builds[0], QStringLiteral("R-BASIN-SIZE")), QStringList{QStringLiteral("T2-ADW-BASIN20X20X8")});
        qint64 kits = 0;
        for (const BomLine& l : r.builds[0].top)
            if (l.rule == u"R-BASIN-KIT")
                kits += l.qty;
        QCOMPARE(kits, types.size());
    }

    void diGooseneck()
    {
        OrderConfiguration o = baseOrder();
        cfg(o).basins[0].type = BasinType::ESinkDi;
        QCOMPARE(gen(o).errorCodes(), QStringList{QStringLiteral("E-DI-GOOSENECK@B-1001")});
        cfg(o).faucets.append(Faucet{FaucetType::DiGooseneck, FaucetPlacement::CenterOfBasin1});
        GenerationResult r = gen(o);
        QVERIFY(r.valid);
        QCOMPARE(ruleIds(r.builds[0], QStringLiteral("R-FAUCET")),
                 QStringList{QStringLiteral("T2-OA-DI-GOOSENECK-FAUCET-KIT")});
        QCOMPARE(ruleIds(r.builds[0], QStringLiteral("R-BASIN-KIT")),
                 (QStringList{QStringLiteral("T2-BSN-ESK-DI-KIT"), QStringLiteral("T2-BSN-ESK-KIT")}));
        cfg(o).basins[1].type = BasinType::ESinkDi; // two DI basins need two goosenecks
        QCOMPARE(gen(o).errorCodes(), QStringList{QStringLiteral("E-DI-GOOSENECK@B-1001")});
        cfg(o).faucets.append(Faucet{FaucetType::DiGooseneck, FaucetPlacement::CenterOfBasin2});
        r = gen(o);
        QVERIFY(r.valid);
        QCOMPARE(r.builds[0].top.at(r.builds[0].top.size() - 1).qty, 2); // merged faucet line
    }

    void faucets_data()
    {
        QTest::addColumn<int>("model");
        QTest::addColumn<QList<int>>("placements"); // FaucetPlacement values, one wrist-blade faucet each
        QTest::addColumn<QString>("error");
        const int U = int(FaucetPlacement::Unset), C1 = int(FaucetPlacement::CenterOfBasin1),
                  C2 = int(FaucetPlacement::CenterOfBasin2), C3 = int(FaucetPlacement::CenterOfBasin3),
                  B12 = int(FaucetPlacement::Between12), B23 = int(FaucetPlacement::Between23);
        const int m1 = int(SinkModel::T2B1), m2 = int(SinkModel::T2B2), m3 = int(SinkModel::T2B3);
        QTest::newRow("1 basin, none") << m1 << QList<int>{} << QString();
        QTest::newRow("1 basin, 2 faucets") << m1 << QList<int>{C1, U} << QString();
        QTest::newRow("1 basin, 3 faucets") << m1 << QList<int>{U, U, U} << QStringLiteral("E-FAUCET-MAX");
        QTest::newRow("2 basins, 3 faucets") << m2 << QList<int>{C1, C2, B12} << QStringLiteral("E-FAUCET-MAX");
        QTest::newRow("3 basins, 3 faucets") << m3 << QList<int>{C1, B12, B23} << QString();
        QTest::newRow("3 basins, 4 faucets") << m3 << QList<int>{C1, C2, C3, U} << QStringLiteral("E-FAUCET-MAX");
        QTest::newRow("1 basin, between 1/2") << m1 << QList<int>{B12} << QStringLiteral("E-FAUCET-PLACEMENT");
        QTest::newRow("2 basins, centre 3") << m2 << QList<int>{C3} << QStringLiteral("E-FAUCET-PLACEMENT");
        QTest::newRow("2 basins, between 2/3") << m2 << QList<int>{B23} << QStringLiteral("E-FAUCET-PLACEMENT");
        QTest::newRow("2 basins, between 1/2") << m2 << QList<int>{B12} << QString();
        QTest::newRow("shared placement") << m2 << QList<int>{C1, C1} << QStringLiteral("E-FAUCET-PLACEMENT");
        QTest::newRow("unrecorded placements") << m2 << QList<int>{U, U} << QString();
        QTest::newRow("invalid placement") << m2 << QList<int>{int(FaucetPlacement::Invalid)} << QStringLiteral("E-FAUCET-PLACEMENT");
    }
    void faucets()
    {
        QFETCH(int, model);
        QFETCH(QList<int>, placements);
        QFETCH(QString, error);
        OrderConfiguration o = baseOrder();
        SinkConfiguration& c = cfg(o);
        c.setModel(SinkModel(model));
        for (Basin& b : c.basins) {
            b.type = BasinType::EDrain;
            b.size.kind = BasinSize::Kind::Standard;
            b.size.standard = QStringLiteral("30X20X8");
        }
        for (int p : placements)
            c.faucets.append(Faucet{FaucetType::WristBlade, FaucetPlacement(p)});
        const GenerationResult r = gen(o);
        if (error.isEmpty()) {
            QVERIFY2(r.valid, qPrintable(r.errorCodes().join(u' ')));
            qint64 n = 0;
            for (const BomLine& l : r.builds[0].top)
                if (l.rule == u"R-FAUCET")
                    n += l.qty;
            QCOMPARE(n, placements.size());
        } else {
            QCOMPARE(r.errorCodes(), QStringList{error + QStringLiteral("@B-1001")});
        }
    }

    void faucetTypeRequired()
    {
        OrderConfiguration o = baseOrder();
        cfg(o).faucets.append(Faucet{FaucetType::Unset, FaucetPlacement::CenterOfBasin1});
        const GenerationResult r = gen(o);
        QCOMPARE(r.errorCodes(), QStringList{QStringLiteral("E-FAUCET-TYPE@B-1001")});
        QCOMPARE(r.issues.first().field, QStringLiteral("builds[0].faucets[0].type"));
    }

    void customIds_data()
    {
        QTest::addColumn<double>("w");
        QTest::addColumn<double>("l");
        QTest::addColumn<double>("d");
        QTest::addColumn<QString>("id");
        QTest::newRow("whole") << 28.0 << 20.0 << 10.0 << QStringLiteral("T2-ADW-BASIN-28X20X10");
        QTest::newRow("half") << 24.5 << 20.0 << 8.0 << QStringLiteral("T2-ADW-BASIN-24.5X20X8");
        QTest::newRow("tenth") << 24.1 << 19.9 << 7.5 << QStringLiteral("T2-ADW-BASIN-24.1X19.9X7.5");
        QTest::newRow("two decimals") << 24.25 << 20.0 << 8.0 << QString();
        QTest::newRow("zero") << 0.0 << 20.0 << 8.0 << QString();
        QTest::newRow("negative") << 24.0 << -20.0 << 8.0 << QString();
    }
    void customIds()
    {
        QFETCH(double, w);
        QFETCH(double, l);
        QFETCH(double, d);
        QFETCH(QString, id);
        OrderConfiguration o = baseOrder();
        for (Basin& b : cfg(o).basins) { // two equal custom basins: one id, merged
            b.size.kind = BasinSize::Kind::Custom;
            b.size.widthIn = w;
            b.size.lengthIn = l;
            b.size.depthIn = d;
        }
        const GenerationResult r = gen(o);
        if (id.isEmpty()) {
            QCOMPARE(r.errorCodes(), QStringList{QStringLiteral("E-BASIN-SIZE@B-1001")});
            QCOMPARE(r.issues.first().field, QStringLiteral("builds[0].basins[0].size"));
            return;
        }
        QVERIFY2(r.valid, qPrintable(r.errorCodes().join(u' ')));
        const BuildBom& b = r.builds[0];
        QCOMPARE(ruleIds(b, QStringLiteral("R-BASIN-CUSTOM")), QStringList{id});
        QCOMPARE(b.customParts().size(), 1);
        QCOMPARE(b.customParts().first().qty, 2);
        QVERIFY(b.customParts().first().customName.startsWith(u"CUSTOM BASIN "));
        bool leaf = false;
        for (const BomFlatLine& f : b.flat)
            if (f.id == id) {
                leaf = true;
                QCOMPARE(f.qty, 2);
                QCOMPARE(f.item, -1);
            }
        QVERIFY(leaf);
        QCOMPARE(CustomPartNumber::basinId(w, l, d), id); // same dimensions, same id
    }

    void customPegboardAndColour()
    {
        OrderConfiguration o = baseOrder();
        Pegboard p{PegboardType::Solid, PegboardColor::Black, PegboardSize{}};
        p.size.kind = PegboardSize::Kind::Custom;
        p.size.widthIn = 66.0;
        p.size.lengthIn = 36.50;
        cfg(o).pegboard = p;
        const GenerationResult r = gen(o);
        QVERIFY2(r.valid, qPrintable(r.errorCodes().join(u' ')));
        const BuildBom& b = r.builds[0];
        QCOMPARE(ruleIds(b, QStringLiteral("R-PB-CUSTOM")), QStringList{QStringLiteral("T2-ADW-PB-66X36.5")});
        QVERIFY(ruleIds(b, QStringLiteral("R-PB-SIZE")).isEmpty());
        QCOMPARE(ruleIds(b, QStringLiteral("R-PB-TYPE")), QStringList{QStringLiteral("T2-ADW-PB-SOLID-KIT")});
        for (const BomLine& l : b.top)
            if (l.rule == u"R-PB-COLOR") {
                QCOMPARE(l.id, QStringLiteral("708.77"));
                QCOMPARE(l.note, QStringLiteral("BLACK"));
            }
        QCOMPARE(ruleIds(b, QStringLiteral("R-PB-COLOR")), QStringList{QStringLiteral("708.77")});
        // Display order of 9.1: pegboard items come before the basin kits.
        QVERIFY(ruleIds(b, QStringLiteral("R-PB-OHL")).size() == 1);
        qsizetype ohl = -1, kit = -1;
        for (qsizetype i = 0; i < b.top.size(); ++i) {
            if (b.top[i].rule == u"R-PB-OHL")
                ohl = i;
            if (b.top[i].rule == u"R-BASIN-KIT" && kit < 0)
                kit = i;
        }
        QVERIFY(ohl >= 0 && ohl < kit);

        cfg(o).pegboard->size.widthIn = 0;
        QCOMPARE(gen(o).errorCodes(), QStringList{QStringLiteral("E-PEGBOARD-SIZE@B-1001")});
        cfg(o).pegboard->size.widthIn = 66;
        cfg(o).pegboard->type = PegboardType::Unset;
        QCOMPARE(gen(o).errorCodes(), QStringList{QStringLiteral("E-PEGBOARD-TYPE-REQUIRED@B-1001")});
    }

    void orderLevel()
    {
        OrderConfiguration o = baseOrder();
        o.order.poNumber = QStringLiteral(" ab ");
        o.order.projectName = QStringLiteral("xy");
        o.order.wantDate = kToday;
        o.order.language = DocumentLanguage::Invalid;
        o.builds.append(BuildEntry{QStringLiteral("b-1001"), cfg(o)});
        o.builds.append(BuildEntry{QStringLiteral("X1"), std::nullopt});
        const QStringList codes = gen(o).errorCodes();
        const QSet<QString> got(codes.cbegin(), codes.cend());
        QCOMPARE(got, (QSet<QString>{QStringLiteral("E-PO-MIN3"), QStringLiteral("E-PROJECT-MIN3"),
                                     QStringLiteral("E-WANTDATE-FUTURE"), QStringLiteral("E-LANGUAGE"),
                                     QStringLiteral("E-BUILD-UNIQUE"), QStringLiteral("E-BUILD-MIN3"),
                                     QStringLiteral("E-BUILD-CONFIG-MISSING@X1")}));

        OrderConfiguration many = baseOrder();
        for (int i = 0; i < 10; ++i)
            many.builds.append(BuildEntry{QStringLiteral("B-%1").arg(2000 + i), cfg(many)});
        QCOMPARE(gen(many).errorCodes(), QStringList{QStringLiteral("E-QTY-RANGE")});
        many.builds.clear();
        QCOMPARE(gen(many).errorCodes(), QStringList{QStringLiteral("E-QTY-RANGE")});
    }

    void familyUnavailable_data()
    {
        QTest::addColumn<int>("family");
        QTest::newRow("endoscope") << int(SinkFamily::Endoscope);
        QTest::newRow("instrosink") << int(SinkFamily::InstroSink);
        QTest::newRow("unset") << int(SinkFamily::Unset);
    }
    void familyUnavailable()
    {
        QFETCH(int, family);
        OrderConfiguration o = baseOrder();
        o.family = SinkFamily(family);
        const GenerationResult r = gen(o);
        QCOMPARE(r.errorCodes(), QStringList{QStringLiteral("E-FAMILY-UNAVAILABLE")});
        QVERIFY(!r.builds[0].generated);
        QVERIFY(!FamilyRules::forFamily(SinkFamily(family)).isAvailable());
        QVERIFY(FamilyRules::forFamily(SinkFamily::Mdrd).isAvailable());
    }

    void accessories_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("qty");
        QTest::addColumn<double>("length");
        QTest::addColumn<bool>("pegboard"); // solid pegboard present
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown") << QStringLiteral("T2-NOT-A-THING") << 1 << 90.0 << false << QStringLiteral("E-ACCESSORY-UNKNOWN");
        QTest::newRow("not offered") << QStringLiteral("T2-OA-BASIN-LIGHT-ESK-KIT") << 1 << 90.0 << false << QStringLiteral("E-ACCESSORY-UNKNOWN");
        QTest::newRow("qty 0") << QStringLiteral("T-OA-BINRAIL-24-KIT") << 0 << 90.0 << false << QStringLiteral("E-ACCESSORY-QTY");
        QTest::newRow("instro") << QStringLiteral("T2-OHL-INSTRO-KIT") << 1 << 90.0 << false << QStringLiteral("E-ACCESSORY-FAMILY");
        QTest::newRow("bolt-on, no pegboard") << QStringLiteral("T-OA-SSSHELF-3612-BOLT-ON-KIT") << 1 << 90.0 << false << QStringLiteral("W-BOLTON-NEEDS-SOLID-PEGBOARD");
        QTest::newRow("bolt-on, solid") << QStringLiteral("T-OA-SSSHELF-3612-BOLT-ON-KIT") << 1 << 90.0 << true << QString();
        QTest::newRow("SML at 84") << QStringLiteral("T-OA-RAIL-SHELF-ADDER-SML") << 1 << 84.0 << false << QStringLiteral("W-ADDER-LENGTH");
        QTest::newRow("SML at 83") << QStringLiteral("T-OA-RAIL-SHELF-ADDER-SML") << 1 << 83.0 << false << QString();
        QTest::newRow("LRG at 83") << QStringLiteral("T2-OA-CUST-SHELF-HA-LRG") << 1 << 83.0 << false << QStringLiteral("W-ADDER-LENGTH");
        QTest::newRow("LRG at 84") << QStringLiteral("T2-OA-CUST-SHELF-HA-LRG") << 1 << 84.0 << false << QString();
        QTest::newRow("PB mount, none") << QStringLiteral("T-OA-TASKLIGHT-PB") << 1 << 90.0 << false << QStringLiteral("W-PEGBOARD-ACCESSORY-WITHOUT-PEGBOARD");
        QTest::newRow("PB mount, pegboard") << QStringLiteral("T-OA-TASKLIGHT-PB") << 1 << 90.0 << true << QString();
        QTest::newRow("pull-out shelf") << QStringLiteral("T2-OA-PO-SHLF-1212") << 1 << 90.0 << false << QStringLiteral("W-PULLOUT-SHELF-NEEDS-HA-SHELF");
    }
    void accessories()
    {
        QFETCH(QString, id);
        QFETCH(int, qty);
        QFETCH(double, length);
        QFETCH(bool, pegboard);
        QFETCH(QString, code);
        OrderConfiguration o = baseOrder();
        cfg(o).lengthIn = length;
        if (pegboard)
            cfg(o).pegboard = Pegboard{PegboardType::Solid, PegboardColor::None, PegboardSize{}};
        cfg(o).accessories.append(AccessoryChoice{id, qty});
        const GenerationResult r = gen(o);
        QStringList all;
        for (const ValidationIssue& i : r.issues)
            all << i.code;
        if (code.isEmpty()) {
            QVERIFY2(all.isEmpty(), qPrintable(all.join(u' ')));
            QCOMPARE(ruleIds(r.builds[0], QStringLiteral("R-ACCESSORY")), QStringList{id});
        } else {
            QCOMPARE(all, QStringList{code});
            QCOMPARE(r.issues.first().field.left(25), QStringLiteral("builds[0].accessories[0]."));
            QCOMPARE(r.valid, code.startsWith(u'W'));
        }
    }

    void pullOutWithHaShelf()
    {
        OrderConfiguration o = baseOrder();
        cfg(o).accessories = {AccessoryChoice{QStringLiteral("T2-OA-PO-SHLF-1212"), 1},
                              AccessoryChoice{QStringLiteral("T2-OA-CUST-SHELF-HA-LRG"), 1}};
        const GenerationResult r = gen(o);
        QVERIFY(r.valid);
        QVERIFY(r.issues.isEmpty());
        // ASSY-T2-OA-PO-SHLF-1212 lists its own part: the part is a leaf, under the plain id.
        for (const BomTreeNode& n : r.builds[0].tree)
            QVERIFY(!n.id.startsWith(u"ASSY-"));
        bool selfLeaf = false;
        for (const BomFlatLine& f : r.builds[0].flat)
            if (f.id == u"T2-OA-PO-SHLF-1212")
                selfLeaf = true;
        QVERIFY(selfLeaf);
    }

    void canonicalJsonIsStable()
    {
        const GenerationResult a = gen(baseOrder());
        const GenerationResult b = gen(baseOrder());
        QCOMPARE(a.builds[0].canonicalJson(), b.builds[0].canonicalJson());
        QCOMPARE(a.builds[0].sha256Hex().size(), 64);
        QVERIFY(a.builds[0].canonicalJson().startsWith("{\"top\":[{\"id\":\"T2-STD-MANUAL-EN-KIT\",\"qty\":1,\"rule\":\"R-MANUAL\""));
        OrderConfiguration o = baseOrder();
        cfg(o).lengthIn = 60;
        QVERIFY(gen(o).builds[0].sha256Hex() != a.builds[0].sha256Hex());
    }
};

QTEST_GUILESS_MAIN(TestMdrdRules)
#include "tst_mdrdrules.moc"
