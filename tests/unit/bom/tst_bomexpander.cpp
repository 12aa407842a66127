// BOM expansion (CONFIGURATION.md 9.14) on small hand-made and generated catalogs: quantities
// multiply along paths, the ASSY-X self reference is a leaf, cycles and depth are refused with the
// path, unknown ids are hard errors; the memoised flat list equals the sum over the tree.
#include "domain/bom/bomexpander.h"
#include "domain/bom/bomgenerator.h"
#include "domain/catalog/catalog.h"
#include "devtools/syntheticcatalog.h"

#include <QTest>

#include <limits>

using namespace cs::domain;

namespace {

// assemblies: id -> [(child, qty)]; parts: ids
CatalogData makeData(const QList<QPair<QString, QList<QPair<QString, int>>>>& assemblies, const QStringList& parts)
{
    CatalogData d;
    for (const QString& p : parts)
        d.parts.append(PartRow{p, QStringLiteral("part ") + p, {}, {}, QStringLiteral("COMPONENT"), QStringLiteral("ACTIVE"), {}, false, {}});
    for (const auto& [id, comps] : assemblies) {
        AssemblyRow a;
        a.id = id;
        a.name = QStringLiteral("assembly ") + id;
        a.type = QStringLiteral("KIT");
        for (const auto& [child, qty] : comps)
            a.components.append(ComponentRow{child, qty, {}});
        d.assemblies.append(a);
    }
    return d;
}

BomLine line(const QString& id, qint64 qty)
{
    BomLine l;
    l.id = id;
    l.qty = qty;
    l.rule = QStringLiteral("R-TEST");
    return l;
}

QHash<QString, qint64> treeLeaves(const QList<BomTreeNode>& tree)
{
    QHash<QString, qint64> h;
    for (const BomTreeNode& n : tree)
        if (n.leaf)
            h[n.id] += n.extQty;
    return h;
}

QHash<QString, qint64> flatMap(const QList<BomFlatLine>& flat)
{
    QHash<QString, qint64> h;
    for (const BomFlatLine& f : flat)
        h[f.id] += f.qty;
    return h;
}

} // namespace

class TestBomExpander : public QObject
{
    Q_OBJECT

private slots:
    void quantitiesMultiply()
    {
        // K x3 -> S (ASSY-S, part S) x2 -> P1 x5 ; K -> P1 x1 ; S -> P2 x1
        const CatalogPtr c = Catalog::fromData(
            makeData({{QStringLiteral("K"), {{QStringLiteral("S"), 2}, {QStringLiteral("P1"), 1}}},
                      {QStringLiteral("ASSY-S"), {{QStringLiteral("P1"), 5}, {QStringLiteral("P2"), 1}}}},
                     {QStringLiteral("S"), QStringLiteral("P1"), QStringLiteral("P2")}));
        QCOMPARE(c->resolve(QStringLiteral("S")), c->resolve(QStringLiteral("ASSY-S")));
        QCOMPARE(c->id(c->resolve(QStringLiteral("ASSY-S"))), QStringLiteral("S"));
        BomExpander x(*c);
        QList<BomTreeNode> tree;
        QList<BomFlatLine> flat;
        ExpansionError e;
        QVERIFY(x.expand({line(QStringLiteral("K"), 3)}, &tree, &flat, &e));
        QCOMPARE(flatMap(flat), (QHash<QString, qint64>{{QStringLiteral("P1"), 3 * (2 * 5 + 1)}, {QStringLiteral("P2"), 6}}));
        QCOMPARE(treeLeaves(tree), flatMap(flat));
        QCOMPARE(tree.size(), 5); // K, S, P1, P2, P1
        QCOMPARE(tree[1].id, QStringLiteral("S"));
        QCOMPARE(tree[1].extQty, 6);
        QCOMPARE(tree[2].depth, 2);
        QCOMPARE(tree[2].qty, 5);
        QCOMPARE(tree[2].extQty, 30);
        QCOMPARE(BomExpander::pathOf(tree, 2), (QStringList{QStringLiteral("K"), QStringLiteral("S"), QStringLiteral("P1")}));
        QVERIFY(!tree[0].leaf);
    }

    void selfReferenceIsLeaf()
    {
        const CatalogPtr c = Catalog::fromData(
            makeData({{QStringLiteral("ASSY-X"), {{QStringLiteral("X"), 1}, {QStringLiteral("P"), 2}}}},
                     {QStringLiteral("X"), QStringLiteral("P")}));
        BomExpander x(*c);
        QList<BomTreeNode> tree;
        QList<BomFlatLine> flat;
        ExpansionError e;
        QVERIFY2(x.expand({line(QStringLiteral("X"), 2)}, &tree, &flat, &e), qPrintable(e.message));
        QCOMPARE(flatMap(flat), (QHash<QString, qint64>{{QStringLiteral("X"), 2}, {QStringLiteral("P"), 4}}));
        QCOMPARE(treeLeaves(tree), flatMap(flat));
    }

    void cycleIsRefusedWithPath()
    {
        const CatalogPtr c = Catalog::fromData(
            makeData({{QStringLiteral("A"), {{QStringLiteral("B"), 1}}},
                      {QStringLiteral("ASSY-B"), {{QStringLiteral("C"), 1}, {QStringLiteral("P"), 1}}},
                      {QStringLiteral("ASSY-C"), {{QStringLiteral("B"), 2}}}},
                     {QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("P")}));
        BomExpander x(*c);
        QList<BomTreeNode> tree;
        QList<BomFlatLine> flat;
        ExpansionError e;
        QVERIFY(!x.expand({line(QStringLiteral("A"), 1)}, &tree, &flat, &e));
        QCOMPARE(e.code, QStringLiteral("E-BOM-CYCLE"));
        QCOMPARE(e.path, (QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("B")}));
        QVERIFY(e.message.contains(QStringLiteral("B > C > B")));
        // The expander stays usable after an error.
        QVERIFY(x.expand({line(QStringLiteral("P"), 1)}, &tree, &flat, &e));
        QVERIFY(!x.expand({line(QStringLiteral("C"), 1)}, &tree, &flat, &e));
        QCOMPARE(e.code, QStringLiteral("E-BOM-CYCLE"));
    }

    void quantitiesTooLargeToCountAreAnError()
    {
        // K -> A x(2^31-1) -> B x(2^31-1) -> C x(2^31-1) -> P: the product passes 64 bits (found by fuzzing).
        const int big = std::numeric_limits<int>::max();
        const CatalogPtr c = Catalog::fromData(
            makeData({{QStringLiteral("K"), {{QStringLiteral("A"), big}}},
                      {QStringLiteral("A"), {{QStringLiteral("B"), big}}},
                      {QStringLiteral("B"), {{QStringLiteral("C"), big}}},
                      {QStringLiteral("C"), {{QStringLiteral("P"), big}}}},
                     {QStringLiteral("P")}));
        for (const bool withTree : {true, false}) {
            BomExpander x(*c, ExpansionOptions{10, withTree, 2000000});
            QList<BomTreeNode> tree;
            QList<BomFlatLine> flat;
            ExpansionError e;
            QVERIFY(!x.expand({line(QStringLiteral("K"), 1)}, &tree, &flat, &e));
            QCOMPARE(e.code, QStringLiteral("E-BOM-QUANTITY"));
            QVERIFY(!e.message.isEmpty());
            // One level less fits, and the expander is still usable.
            QVERIFY2(x.expand({line(QStringLiteral("B"), 1)}, &tree, &flat, &e), qPrintable(e.message));
            QCOMPARE(flatMap(flat).value(QStringLiteral("P")), qint64(big) * big);
        }
    }

    void depthCap_data()
    {
        QTest::addColumn<int>("chain");     // assemblies in a chain A0 -> A1 -> ... -> part
        QTest::addColumn<int>("maxDepth");
        QTest::addColumn<bool>("ok");
        QTest::newRow("10 levels, cap 10") << 10 << 10 << true;
        QTest::newRow("11 levels, cap 10") << 11 << 10 << false;
        QTest::newRow("3 levels, cap 3") << 3 << 3 << true;
        QTest::newRow("3 levels, cap 2") << 3 << 2 << false;
        QTest::newRow("40 levels, cap 10") << 40 << 10 << false;
    }
    void depthCap()
    {
        QFETCH(int, chain);
        QFETCH(int, maxDepth);
        QFETCH(bool, ok);
        QList<QPair<QString, QList<QPair<QString, int>>>> assemblies;
        for (int i = 0; i < chain; ++i)
            assemblies.append({QStringLiteral("A%1").arg(i),
                               {{i + 1 < chain ? QStringLiteral("A%1").arg(i + 1) : QStringLiteral("P"), 2}}});
        const CatalogPtr c = Catalog::fromData(makeData(assemblies, {QStringLiteral("P")}));
        for (bool buildTree : {true, false}) {
            ExpansionOptions opt;
            opt.maxDepth = maxDepth;
            opt.buildTree = buildTree;
            BomExpander x(*c, opt);
            // Visit a deep sub-assembly first so the memo is warm, then the whole chain.
            ExpansionError e;
            QVERIFY(!x.unitLeaves(c->resolve(QStringLiteral("A%1").arg(chain - 1)), &e).empty());
            QList<BomTreeNode> tree;
            QList<BomFlatLine> flat;
            QCOMPARE(x.expand({line(QStringLiteral("A0"), 1)}, &tree, &flat, &e), ok);
            if (ok) {
                QCOMPARE(flat.size(), 1);
                QCOMPARE(flat[0].qty, qint64(1) << chain);
                if (buildTree)
                    QCOMPARE(tree.last().depth, chain);
            } else {
                QCOMPARE(e.code, QStringLiteral("E-BOM-DEPTH"));
                QCOMPARE(e.path.first(), QStringLiteral("A0"));
                QVERIFY(e.path.size() > maxDepth + 1);
            }
        }
    }

    void unknownIdsAreErrors()
    {
        CatalogData d = makeData({{QStringLiteral("K"), {{QStringLiteral("S"), 1}}},
                                  {QStringLiteral("S"), {{QStringLiteral("GHOST"), 1}}}},
                                 {});
        QList<CatalogProblem> problems;
        const CatalogPtr c = Catalog::fromData(d, &problems);
        QCOMPARE(problems.size(), 1);
        BomExpander x(*c);
        QList<BomTreeNode> tree;
        QList<BomFlatLine> flat;
        ExpansionError e;
        QVERIFY(!x.expand({line(QStringLiteral("K"), 1)}, &tree, &flat, &e));
        QCOMPARE(e.code, QStringLiteral("E-BOM-UNKNOWN-ID"));
        QCOMPARE(e.path, (QStringList{QStringLiteral("K"), QStringLiteral("S"), QStringLiteral("GHOST")}));
        QVERIFY(!x.expand({line(QStringLiteral("NOPE"), 1)}, &tree, &flat, &e));
        QCOMPARE(e.path, QStringList{QStringLiteral("NOPE")});
        BomLine custom = line(QStringLiteral("T2-ADW-BASIN-28X20X10"), 2);
        custom.custom = true;
        QVERIFY(x.expand({custom}, &tree, &flat, &e));
        QCOMPARE(flat.size(), 1);
        QCOMPARE(flat[0].qty, 2);
    }

    void generatedCatalog_data()
    {
        QTest::addColumn<int>("parts");
        QTest::addColumn<int>("assemblies");
        QTest::addColumn<int>("depth");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("depth 3") << 500 << 200 << 3 << quint64(7);
        QTest::newRow("depth 8") << 4000 << 1500 << 8 << quint64(42);
        QTest::newRow("depth 12") << 3000 << 1000 << 12 << quint64(3);
    }
    void generatedCatalog()
    {
        QFETCH(int, parts);
        QFETCH(int, assemblies);
        QFETCH(int, depth);
        QFETCH(quint64, seed);
        QString error;
        const CatalogData data = SyntheticCatalog::generate({parts, assemblies, depth, seed}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(data.assemblies.size(), assemblies);
        QList<CatalogProblem> problems;
        data.validate(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        const CatalogData again = SyntheticCatalog::generate({parts, assemblies, depth, seed});
        QCOMPARE(again.assemblies.size(), data.assemblies.size());
        for (qsizetype i = 0; i < data.assemblies.size(); ++i) {
            QCOMPARE(again.assemblies[i].id, data.assemblies[i].id);
            QCOMPARE(again.assemblies[i].components.size(), data.assemblies[i].components.size());
            for (qsizetype k = 0; k < data.assemblies[i].components.size(); ++k)
                QCOMPARE(again.assemblies[i].components[k].childId, data.assemblies[i].components[k].childId);
        }
        const CatalogData other = SyntheticCatalog::generate({parts, assemblies, depth, seed + 1});
        bool differs = false;
        for (qsizetype i = 0; i < data.assemblies.size() && !differs; ++i)
            differs = other.assemblies[i].components.size() != data.assemblies[i].components.size()
                      || other.assemblies[i].id != data.assemblies[i].id;
        QVERIFY(differs);

        const CatalogPtr c = Catalog::fromData(data);
        const QDate today(2025, 6, 1);
        const OrderConfiguration order = SyntheticCatalog::mostComplexOrder(today);
        GenerationOptions opt;
        opt.expansion.maxDepth = std::max(10, depth);
        const GenerationResult r = BomGenerator::generate(*c, order, today, opt);
        QVERIFY2(r.valid, qPrintable(r.errorCodes().join(u' ')));
        const BuildBom& b = r.builds[0];
        QVERIFY(b.top.size() >= 40);
        int maxDepth = 0;
        for (const BomTreeNode& n : b.tree) {
            maxDepth = std::max(maxDepth, n.depth);
            if (n.parent >= 0)
                QCOMPARE(n.extQty, b.tree[n.parent].extQty * n.qty);
            QVERIFY(!n.id.startsWith(u"ASSY-"));
        }
        QCOMPARE(maxDepth, depth);
        QCOMPARE(treeLeaves(b.tree), flatMap(b.flat));
        // The memoised flat list without the tree gives the same result.
        opt.expansion.buildTree = false;
        const GenerationResult flatOnly = BomGenerator::generate(*c, order, today, opt);
        QVERIFY(flatOnly.builds[0].tree.isEmpty());
        QCOMPARE(flatMap(flatOnly.builds[0].flat), flatMap(b.flat));
        // With a cap below the depth the order is refused with a depth error.
        if (depth > 3) {
            opt.expansion.maxDepth = depth - 1;
            const GenerationResult capped = BomGenerator::generate(*c, order, today, opt);
            QVERIFY(!capped.valid);
            QCOMPARE(capped.errorCodes(), QStringList{QStringLiteral("E-BOM-DEPTH@BENCH-001")});
        }
    }

    void generatedCatalogWithCycle()
    {
        CatalogData data = SyntheticCatalog::generate({500, 200, 4, 9});
        // Make a level-1 sub-assembly contain a top-level kit that reaches down to it.
        const CatalogPtr before = Catalog::fromData(data);
        const int body = before->resolve(QStringLiteral("T2-BODY-48-60-HA"));
        int low = -1;
        for (int item = body; before->hasComponents(item);) {
            int next = -1;
            for (const Catalog::Component& comp : before->components(item))
                if (comp.child >= 0 && before->hasComponents(comp.child))
                    next = comp.child;
            if (next < 0)
                break;
            low = next;
            item = next;
        }
        QVERIFY(low >= 0);
        for (AssemblyRow& a : data.assemblies)
            if (a.id == before->assemblyId(low))
                a.components.append(ComponentRow{QStringLiteral("T2-BODY-48-60-HA"), 1, {}});
        QList<CatalogProblem> problems;
        data.validate(&problems);
        QVERIFY(!problems.isEmpty()); // the catalog reader would refuse it too
        const CatalogPtr c = Catalog::fromData(data);
        BomExpander x(*c);
        QList<BomFlatLine> flat;
        ExpansionError e;
        QVERIFY(!x.expand({line(QStringLiteral("T2-BODY-48-60-HA"), 1)}, nullptr, &flat, &e));
        QCOMPARE(e.code, QStringLiteral("E-BOM-CYCLE"));
        QCOMPARE(e.path.first(), QStringLiteral("T2-BODY-48-60-HA"));
        QCOMPARE(e.path.last(), QStringLiteral("T2-BODY-48-60-HA"));
        QVERIFY(e.path.contains(c->id(low)));
    }
};

QTEST_GUILESS_MAIN(TestBomExpander)
#include "tst_bomexpander.moc"
