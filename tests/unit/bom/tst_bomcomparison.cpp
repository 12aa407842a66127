// domain::BomComparison, the one comparison of a stored BOM with its regeneration (verify-boms and the
// approver's check before signing): equal BOMs have no difference; a part's total, a top line only one
// side has, top lines in another order, and a change in rules or the tree are each found and said in
// words (with the catalog name when known); a forged one-line BOM against an honest one lists every part.
#include "domain/bom/bomcomparison.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace cs::domain;
using Kind = BomDifference::Kind;

namespace {

QJsonObject top(const QString& id, qint64 qty, const QString& rule = QStringLiteral("R"))
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("qty"), qty}, {QStringLiteral("rule"), rule},
            {QStringLiteral("answer"), QStringLiteral("a")}, {QStringLiteral("note"), QJsonValue::Null}};
}

QJsonObject node(const QString& id, qint64 qty, int depth, int parent, const QString& rule = QStringLiteral("R"))
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("qty"), qty}, {QStringLiteral("extQty"), qty},
            {QStringLiteral("depth"), depth},
            {QStringLiteral("parent"), parent < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(parent)},
            {QStringLiteral("rule"), rule}};
}

QJsonObject flat(const QString& id, qint64 qty)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("qty"), qty}};
}

// A kit of 3 x P-1 and 2 x P-2 on their own line.
QJsonObject honest()
{
    return {{QStringLiteral("top"), QJsonArray{top(QStringLiteral("KIT-1"), 1), top(QStringLiteral("P-2"), 2)}},
            {QStringLiteral("tree"), QJsonArray{node(QStringLiteral("KIT-1"), 1, 0, -1), node(QStringLiteral("P-1"), 3, 1, 0),
                                                node(QStringLiteral("P-2"), 2, 0, -1)}},
            {QStringLiteral("flat"), QJsonArray{flat(QStringLiteral("P-1"), 3), flat(QStringLiteral("P-2"), 2)}}};
}

} // namespace

class TestBomComparison : public QObject
{
    Q_OBJECT

private slots:
    void equalBomsHaveNoDifference()
    {
        QVERIFY(BomComparison::compare(honest(), honest()).isEmpty());
        QVERIFY(BomComparison::describe(BomComparison::compare(honest(), honest())).isEmpty());
    }

    void aPartTotalDiffers()
    {
        QJsonObject stored = honest();
        stored.insert(u"top", QJsonArray{top(QStringLiteral("KIT-1"), 1), top(QStringLiteral("P-2"), 3)});
        stored.insert(u"flat", QJsonArray{flat(QStringLiteral("P-1"), 3), flat(QStringLiteral("P-2"), 3)});
        const QList<BomDifference> d = BomComparison::compare(stored, honest());
        QCOMPARE(d.size(), 3);
        QCOMPARE(d.at(0), (BomDifference{Kind::TopOnlyStored, QStringLiteral("P-2"), 3, 0}));
        QCOMPARE(d.at(1), (BomDifference{Kind::TopOnlyRegenerated, QStringLiteral("P-2"), 0, 2}));
        QCOMPARE(d.at(2), (BomDifference{Kind::Quantity, QStringLiteral("P-2"), 3, 2}));
        QCOMPARE(BomComparison::describe(d.at(2)), QStringLiteral("Part P-2: stored 3, regenerated 2"));
        QCOMPARE(BomComparison::describe(d.at(2), QStringLiteral("Part two")),
                 QStringLiteral("Part P-2 (Part two): stored 3, regenerated 2"));
        QCOMPARE(BomComparison::describe(d.at(0)), QStringLiteral("Top line only in the stored BOM: P-2 × 3"));
        QCOMPARE(BomComparison::describe(d.at(1), QStringLiteral("Part two")),
                 QStringLiteral("Top line only in the regenerated BOM: P-2 (Part two) × 2"));
    }

    void aForgedOneLineBomListsEveryPart()
    {
        // What a patched client could store: one line of 999 of one part for the whole sink.
        const QJsonObject forged{{QStringLiteral("top"), QJsonArray{top(QStringLiteral("P-1"), 999, QStringLiteral("X"))}},
                                 {QStringLiteral("tree"), QJsonArray{node(QStringLiteral("P-1"), 999, 0, -1, QStringLiteral("X"))}},
                                 {QStringLiteral("flat"), QJsonArray{flat(QStringLiteral("P-1"), 999)}}};
        const QList<BomDifference> d = BomComparison::compare(forged, honest());
        QList<BomDifference> quantities;
        for (const BomDifference& x : d)
            if (x.kind == Kind::Quantity)
                quantities << x;
        QCOMPARE(quantities.size(), 2);
        QCOMPARE(quantities.at(0), (BomDifference{Kind::Quantity, QStringLiteral("P-1"), 999, 3}));
        QCOMPARE(quantities.at(1), (BomDifference{Kind::Quantity, QStringLiteral("P-2"), 0, 2}));   // absent: 0
        QCOMPARE(d.count(BomDifference{Kind::TopOnlyStored, QStringLiteral("P-1"), 999, 0}), 1);
        QCOMPARE(d.count(BomDifference{Kind::TopOnlyRegenerated, QStringLiteral("KIT-1"), 0, 1}), 1);
        QCOMPARE(d.count(BomDifference{Kind::TopOnlyRegenerated, QStringLiteral("P-2"), 0, 2}), 1);
        // In words, with the names a catalog gives (none for an id it does not know).
        const QStringList words = BomComparison::describe(d, [](const QString& id) {
            return id == u"P-1" ? QStringLiteral("Part one") : QString();
        });
        QCOMPARE(words.size(), d.size());
        QVERIFY2(words.contains(QStringLiteral("Part P-1 (Part one): stored 999, regenerated 3")), qPrintable(words.join(u'\n')));
        QVERIFY2(words.contains(QStringLiteral("Part P-2: stored 0, regenerated 2")), qPrintable(words.join(u'\n')));
    }

    void topLinesInAnotherOrder()
    {
        QJsonObject stored = honest();
        stored.insert(u"top", QJsonArray{top(QStringLiteral("P-2"), 2), top(QStringLiteral("KIT-1"), 1)});
        const QList<BomDifference> d = BomComparison::compare(stored, honest());
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.at(0).kind, Kind::TopOrder);
        QVERIFY(!BomComparison::describe(d.at(0)).isEmpty());
    }

    void sameLinesOtherwiseDifferent()
    {
        QJsonObject stored = honest();
        stored.insert(u"top", QJsonArray{top(QStringLiteral("KIT-1"), 1, QStringLiteral("R-OTHER")), top(QStringLiteral("P-2"), 2)});
        QList<BomDifference> d = BomComparison::compare(stored, honest());
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.at(0).kind, Kind::Other);
        // The tree alone.
        stored = honest();
        stored.insert(u"tree", QJsonArray{node(QStringLiteral("KIT-1"), 1, 0, -1), node(QStringLiteral("P-1"), 3, 1, 0)});
        d = BomComparison::compare(stored, honest());
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.at(0).kind, Kind::Other);
    }

    void duplicateFlatIdsAreMerged()
    {
        QJsonObject stored = honest();
        stored.insert(u"flat", QJsonArray{flat(QStringLiteral("P-1"), 1), flat(QStringLiteral("P-1"), 2),
                                          flat(QStringLiteral("P-2"), 2)});
        const QList<BomDifference> d = BomComparison::compare(stored, honest());
        // Same totals: only the objects differ.
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.at(0).kind, Kind::Other);
    }

    void emptyStoredBom()
    {
        const QList<BomDifference> d = BomComparison::compare(QJsonObject{}, honest());
        QCOMPARE(d.count(BomDifference{Kind::Quantity, QStringLiteral("P-1"), 0, 3}), 1);
        QCOMPARE(d.count(BomDifference{Kind::TopOnlyRegenerated, QStringLiteral("KIT-1"), 0, 1}), 1);
    }
};

QTEST_GUILESS_MAIN(TestBomComparison)
#include "tst_bomcomparison.moc"
