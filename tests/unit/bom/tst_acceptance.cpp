// Every acceptance case of shared/domain/acceptance/cases.json against the delivered catalog
// (CONFIGURATION.md 12): validity, errors as a set, warnings at least these, top-level lines as a
// multiset of (id, qty), exploded leaf totals.
#include "domain/bom/bomgenerator.h"
#include "domain/catalog/catalog.h"
#include "domain/catalog/catalogdata.h"
#include "shareddomain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace cs::domain;

class TestAcceptance : public QObject
{
    Q_OBJECT

    CatalogPtr m_catalog;

    static QJsonArray cases() { return cs::test::acceptanceCases(); }

private slots:
    void initTestCase()
    {
        QString problem;
        m_catalog = cs::test::sharedCatalog(&problem);
        QVERIFY2(m_catalog, qPrintable(problem));
        QVERIFY(cases().size() >= 14);
    }

    void acceptance_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        for (const QJsonValue& v : cases()) {
            const QJsonObject o = v.toObject();
            QTest::newRow(qPrintable(o.value(u"id").toString())) << o;
        }
    }

    void acceptance()
    {
        QFETCH(QJsonObject, testCase);
        const QJsonObject expected = testCase.value(u"expected").toObject();
        QString error;
        const auto config = OrderConfiguration::fromJson(testCase.value(u"config").toObject(), &error);
        QVERIFY2(config, qPrintable(error));
        const QDate today = QDate::fromString(testCase.value(u"enteredOn").toString(), Qt::ISODate);
        QVERIFY(today.isValid());

        const GenerationResult result = BomGenerator::generate(*m_catalog, *config, today);

        QSet<QString> expectedErrors;
        for (const QJsonValue& e : expected.value(u"errors").toArray())
            expectedErrors.insert(e.toString());
        const QStringList codes = result.errorCodes();
        const QSet<QString> actualErrors(codes.cbegin(), codes.cend());
        QCOMPARE(actualErrors, expectedErrors);
        QCOMPARE(result.valid, expected.value(u"valid").toBool());

        const QJsonObject warnings = expected.value(u"warnings").toObject();
        for (auto it = warnings.begin(); it != warnings.end(); ++it) {
            const QStringList actual = result.warningCodes(it.key());
            for (const QJsonValue& w : it.value().toArray())
                QVERIFY2(actual.contains(w.toString()),
                         qPrintable(QStringLiteral("missing warning %1@%2").arg(w.toString(), it.key())));
        }

        const QJsonObject bom = expected.value(u"bom").toObject();
        for (auto it = bom.begin(); it != bom.end(); ++it) {
            const BuildBom* b = result.build(it.key());
            QVERIFY(b);
            QVERIFY(b->generated);
            QMultiMap<QString, qint64> want;
            for (const QJsonValue& l : it.value().toArray())
                want.insert(l.toObject().value(u"id").toString(), l.toObject().value(u"qty").toInteger());
            QMultiMap<QString, qint64> got;
            for (const BomLine& l : b->top) {
                QVERIFY2(!l.id.startsWith(u"ASSY-"), qPrintable(l.id));
                QVERIFY(!l.rule.isEmpty());
                QVERIFY(!l.answer.isEmpty());
                got.insert(l.id, l.qty);
            }
            QCOMPARE(got, want);
            // Rules as informative: where the expectation names one, it is ours too.
            for (const QJsonValue& l : it.value().toArray()) {
                const QString id = l.toObject().value(u"id").toString();
                for (const BomLine& line : b->top)
                    if (line.id == id)
                        QCOMPARE(line.rule, l.toObject().value(u"rule").toString());
            }
        }

        const QJsonObject totals = expected.value(u"explodedLeafTotals").toObject();
        for (auto it = totals.begin(); it != totals.end(); ++it) {
            const BuildBom* b = result.build(it.key());
            QVERIFY(b);
            QCOMPARE(b->distinctLeafIds(), it.value().toObject().value(u"distinctLeafIds").toInt());
            QCOMPARE(b->totalLeafQty(), it.value().toObject().value(u"totalLeafQty").toInteger());
            // The tree agrees with the memoised flat list.
            QHash<QString, qint64> fromTree;
            for (const BomTreeNode& n : b->tree)
                if (n.leaf)
                    fromTree[n.id] += n.extQty;
            QCOMPARE(fromTree.size(), qsizetype(b->flat.size()));
            for (const BomFlatLine& l : b->flat)
                QCOMPARE(fromTree.value(l.id), l.qty);
        }
    }

    void invalidValuesRoundTrip()
    {
        // A colour or a faucet placement outside the lists is an error; written and read back it must
        // stay one (null would read back as "no colour" and "placement not recorded": found by fuzzing).
        QJsonObject root = cases().at(0).toObject().value(u"config").toObject();
        QJsonArray builds = root.value(u"builds").toArray();
        QJsonObject build = builds.at(0).toObject();
        QJsonObject config = build.value(u"config").toObject();
        config.insert(u"pegboard", QJsonObject{{QStringLiteral("type"), QStringLiteral("SOLID")},
                                               {QStringLiteral("color"), QStringLiteral("PURPLE")},
                                               {QStringLiteral("size"), QStringLiteral("SAME_AS_SINK")}});
        config.insert(u"faucets", QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("WRIST_BLADE")},
                                                         {QStringLiteral("placement"), QStringLiteral("NOWHERE")}}});
        build.insert(u"config", config);
        builds.replace(0, build);
        root.insert(u"builds", builds);
        QString error;
        const auto parsed = OrderConfiguration::fromJson(root, &error);
        QVERIFY2(parsed, qPrintable(error));
        const auto back = OrderConfiguration::fromJson(parsed->toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == *parsed);
        const QDate today(2025, 6, 21);
        const QStringList codes = BomGenerator::generate(*m_catalog, *parsed, today).errorCodes();
        const QString build0 = build.value(u"buildNumber").toString();
        QVERIFY(codes.contains(QStringLiteral("E-PEGBOARD-COLOR@") + build0));
        QVERIFY(codes.contains(QStringLiteral("E-FAUCET-PLACEMENT@") + build0));
        QCOMPARE(BomGenerator::generate(*m_catalog, *back, today).errorCodes(), codes);
    }

    void roundTrip_data() { acceptance_data(); }
    void roundTrip()
    {
        QFETCH(QJsonObject, testCase);
        QString error;
        const auto config = OrderConfiguration::fromJson(testCase.value(u"config").toObject(), &error);
        QVERIFY(config);
        const auto back = OrderConfiguration::fromJson(config->toJson(), &error);
        QVERIFY(back);
        QVERIFY(*back == *config);
        const QDate today = QDate::fromString(testCase.value(u"enteredOn").toString(), Qt::ISODate);
        const GenerationResult a = BomGenerator::generate(*m_catalog, *config, today);
        const GenerationResult b = BomGenerator::generate(*m_catalog, *back, today);
        QCOMPARE(a.errorCodes(), b.errorCodes());
        for (qsizetype i = 0; i < a.builds.size(); ++i)
            QCOMPARE(a.builds.at(i).sha256Hex(), b.builds.at(i).sha256Hex());
    }
};

QTEST_GUILESS_MAIN(TestAcceptance)
#include "tst_acceptance.moc"
