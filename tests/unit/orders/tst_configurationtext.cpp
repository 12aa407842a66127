// The configuration in words (ConfigurationText) over every acceptance case of
// shared/domain/acceptance/cases.json, in the case's own language and in the other two: five tables,
// one row per basin, faucet, sprayer and accessory, every enumerated value in words of the language,
// no internal code (E_SINK, LOCK_LEVELING_CASTERS) and no raw JSON in any cell; and the traveler
// prints exactly these tables.
#include "domain/bom/bomgenerator.h"
#include "domain/catalog/catalog.h"
#include "domain/catalog/catalogdata.h"
#include "domain/orders/configurationtext.h"
#include "domain/printing/travelerbuilder.h"
#include "shareddomain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace cs::domain;

namespace {

QJsonArray cases()
{
    return cs::test::acceptanceCases();
}

QStringList cells(const QList<ConfigurationTable>& tables)
{
    QStringList out;
    for (const ConfigurationTable& t : tables) {
        out << t.title << t.columns;
        for (const QStringList& row : t.rows)
            out << row;
    }
    return out;
}

} // namespace

class TestConfigurationText : public QObject
{
    Q_OBJECT

    CatalogPtr m_catalog;

private slots:
    void initTestCase()
    {
        QString problem;
        m_catalog = cs::test::sharedCatalog(&problem);
        QVERIFY2(m_catalog, qPrintable(problem));
        QVERIFY(cases().size() >= 14);
    }

    void acceptanceCases_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        QTest::addColumn<int>("language");
        for (const QJsonValue& v : cases()) {
            const QJsonObject o = v.toObject();
            for (TravelerLanguage l : {TravelerLanguage::EN, TravelerLanguage::FR, TravelerLanguage::ES})
                QTest::newRow(qPrintable(o.value(u"id").toString() + u' ' + toString(l))) << o << int(l);
        }
    }

    void acceptanceCases()
    {
        QFETCH(QJsonObject, testCase);
        QFETCH(int, language);
        const auto lang = TravelerLanguage(language);
        QString error;
        const auto config = OrderConfiguration::fromJson(testCase.value(u"config").toObject(), &error);
        QVERIFY2(config, qPrintable(error));
        const QRegularExpression code(QStringLiteral("\\b[A-Z]+(_[A-Z0-9]+)+\\b"));
        for (const BuildEntry& b : config->builds) {
            if (!b.config)
                continue;
            const SinkConfiguration& s = *b.config;
            const QList<ConfigurationTable> t = ConfigurationText::tables(config->family, s, lang, m_catalog.get());
            QCOMPARE(t.size(), int(ConfigurationText::TableCount));
            QCOMPARE(t.at(ConfigurationText::Sink).title, travelerText(QStringLiteral("sink"), lang));
            QVERIFY(t.at(ConfigurationText::Sink).columns.isEmpty());
            QCOMPARE(t.at(ConfigurationText::Sink).rows.size(), 7);
            QCOMPARE(t.at(ConfigurationText::Basins).rows.size(), qMax<qsizetype>(1, s.basins.size()));
            QCOMPARE(t.at(ConfigurationText::Faucets).rows.size(), qMax<qsizetype>(1, s.faucets.size()));
            QCOMPARE(t.at(ConfigurationText::Sprayers).rows.size(), qMax<qsizetype>(1, s.sprayers.size()));
            QCOMPARE(t.at(ConfigurationText::Accessories).rows.size(), qMax<qsizetype>(1, s.accessories.size()));
            for (const ConfigurationTable& table : t)
                for (const QStringList& row : table.rows)
                    QCOMPARE(row.size(), table.columns.isEmpty() ? 2 : table.columns.size());

            // Every value in words of the language, nothing as stored.
            for (const QString& cell : cells(t)) {
                QVERIFY2(!code.match(cell).hasMatch(), qPrintable(cell));
                QVERIFY2(!cell.contains(u'{') && !cell.contains(QStringLiteral("\":")), qPrintable(cell)); // no JSON
                QVERIFY2(!cell.contains(QStringLiteral("entry(s)")), qPrintable(cell));
            }
            const QStringList sink = t.at(ConfigurationText::Sink).rows.at(3);
            QCOMPARE(sink.at(1), ConfigurationText::legsWords(s.legs, lang));
            QVERIFY(sink.at(1).startsWith(travelerText(QStringLiteral("legsHeight.") + toString(s.legs.height), lang)));
            for (qsizetype i = 0; i < s.basins.size(); ++i) {
                const QStringList row = t.at(ConfigurationText::Basins).rows.at(i);
                QCOMPARE(row.at(0), QString::number(s.basins.at(i).position));
                QCOMPARE(row.at(1), travelerText(QStringLiteral("basinType.") + toString(s.basins.at(i).type), lang));
                QCOMPARE(row.at(3), travelerText(s.basins.at(i).pTrap ? QStringLiteral("yes") : QStringLiteral("no"), lang));
                QCOMPARE(row.at(4), travelerText(s.basins.at(i).basinLight ? QStringLiteral("yes") : QStringLiteral("no"), lang));
            }
            for (qsizetype i = 0; i < s.faucets.size(); ++i)
                QCOMPARE(t.at(ConfigurationText::Faucets).rows.at(i).at(0),
                         travelerText(QStringLiteral("faucetType.") + toString(s.faucets.at(i).type), lang));
            for (qsizetype i = 0; i < s.sprayers.size(); ++i)
                QCOMPARE(t.at(ConfigurationText::Sprayers).rows.at(i),
                         (QStringList{travelerText(QStringLiteral("sprayerType.") + toString(s.sprayers.at(i).type), lang),
                                      travelerText(QStringLiteral("location.") + toString(s.sprayers.at(i).location), lang)}));
            for (qsizetype i = 0; i < s.accessories.size(); ++i) {
                const QStringList row = t.at(ConfigurationText::Accessories).rows.at(i);
                QCOMPARE(row.at(0), s.accessories.at(i).id);
                QCOMPARE(row.at(1), m_catalog->name(m_catalog->resolve(s.accessories.at(i).id)));
                QCOMPARE(row.at(2), QString::number(s.accessories.at(i).qty));
            }
            QCOMPARE(t.at(ConfigurationText::Sink).rows.at(5).at(1),
                     ConfigurationText::pegboardWords(s.pegboard, lang));
            if (!s.pegboard)
                QCOMPARE(t.at(ConfigurationText::Sink).rows.at(5).at(1), travelerText(QStringLiteral("no"), lang));

            // The traveler prints the same tables in the order's language.
            const TravelerContent traveler = TravelerBuilder::build(config->order, config->family, b, BuildBom{}, m_catalog.get());
            QVERIFY(traveler.language == ConfigurationText::languageOf(config->order.language));
            QCOMPARE(cells(traveler.configuration),
                     cells(ConfigurationText::tables(config->family, s, traveler.language, m_catalog.get())));
        }
    }

    void wordsOfTheScreenshotCase()
    {
        // The order page of the fault report: legs, feet, two basins, no pegboard.
        SinkConfiguration s;
        s.setModel(SinkModel::T2B2);
        s.widthIn = 30;
        s.lengthIn = 72;
        s.legs = {LegsHeight::HeightAdjustable, LegsModel::DL27};
        s.feet = Feet::LockLevelingCasters;
        s.basins[0].type = BasinType::ESink;
        s.basins[0].size = {BasinSize::Kind::Standard, QStringLiteral("24X20X10"), {}, {}, {}};
        s.basins[0].basinLight = true;
        s.basins[1].type = BasinType::EDrain;
        s.basins[1].size = {BasinSize::Kind::Custom, {}, 22.5, 20, 8};
        s.faucets = {{FaucetType::WristBlade, FaucetPlacement::Between12}, {FaucetType::PreRinse, FaucetPlacement::Unset}};
        const QList<ConfigurationTable> en = ConfigurationText::tables(SinkFamily::Mdrd, s, TravelerLanguage::EN);
        QCOMPARE(en.at(0).rows.at(0), (QStringList{QStringLiteral("Sink family"), QStringLiteral("MDRD CleanStation")}));
        QCOMPARE(en.at(0).rows.at(2).at(1), QStringLiteral("30 x 72 in"));
        QCOMPARE(en.at(0).rows.at(3).at(1), QStringLiteral("height adjustable, model DL27"));
        QCOMPARE(en.at(0).rows.at(4).at(1), QStringLiteral("lock and leveling casters"));
        QCOMPARE(en.at(0).rows.at(5).at(1), QStringLiteral("No"));
        QCOMPARE(en.at(0).rows.at(6).at(1), QStringLiteral("left to right"));
        QCOMPARE(en.at(1).rows.at(0), (QStringList{QStringLiteral("1"), QStringLiteral("E-Sink"), QStringLiteral("24 x 20 x 10 in"),
                                                   QStringLiteral("No"), QStringLiteral("Yes")}));
        QCOMPARE(en.at(1).rows.at(1).at(2), QStringLiteral("custom 22.5 x 20 x 8 in"));
        QCOMPARE(en.at(2).rows.at(0), (QStringList{QStringLiteral("wrist blade faucet"), QStringLiteral("between basins 1 and 2")}));
        QCOMPARE(en.at(2).rows.at(1).at(1), QStringLiteral("not recorded"));
        QCOMPARE(en.at(3).rows, (QList<QStringList>{{QStringLiteral("None"), QString()}}));
        QCOMPARE(ConfigurationText::summary(SinkFamily::Mdrd, s, TravelerLanguage::EN),
                 QStringLiteral("MDRD CleanStation T2-B2, 30 x 72 in, 2 basins"));

        const QList<ConfigurationTable> fr = ConfigurationText::tables(SinkFamily::Mdrd, s, TravelerLanguage::FR);
        QCOMPARE(fr.at(0).rows.at(3).at(1), QStringLiteral("réglables en hauteur, modèle DL27"));
        QCOMPARE(fr.at(1).rows.at(1).at(2), QStringLiteral("sur mesure 22,5 x 20 x 8 po"));
        QCOMPARE(ConfigurationText::summary(SinkFamily::Mdrd, s, TravelerLanguage::ES),
                 QStringLiteral("CleanStation MDRD T2-B2, 30 x 72 pulg., 2 cubetas"));

        Pegboard p;
        p.type = PegboardType::Perforated;
        p.color = PegboardColor::Green;
        QCOMPARE(ConfigurationText::pegboardWords(p, TravelerLanguage::EN), QStringLiteral("perforated, green, same as sink"));
        QVERIFY(ConfigurationText::familyFromString(QStringLiteral("Endoscope")) == SinkFamily::Endoscope);
        QVERIFY(ConfigurationText::familyFromString(QString()) == SinkFamily::Unset);
    }
};

QTEST_GUILESS_MAIN(TestConfigurationText)
#include "tst_configurationtext.moc"
