// Why a BOM line is there, in words (ConfigurationText::bomReasonWords): each answer form the BOM rules
// record read back into the words of the configuration tables, in English, French and Spanish, merged
// answers each in words, the colour's note not said twice, an unknown form kept as it is; over every
// top line of every acceptance case's BOM, in the three languages, no internal code (E_SINK,
// HEIGHT_ADJUSTABLE) and no answer as stored; and the traveler prints these words in the order's language.
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

QString why(const char* rule, const char* answer, TravelerLanguage language, const char* note = "")
{
    return ConfigurationText::bomReasonWords(QString::fromUtf8(rule), QString::fromUtf8(answer), QString::fromUtf8(note),
                                             language);
}

} // namespace

class TestBomReason : public QObject
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

    void eachAnswerInWords()
    {
        constexpr auto EN = TravelerLanguage::EN;
        constexpr auto FR = TravelerLanguage::FR;
        constexpr auto ES = TravelerLanguage::ES;
        QCOMPARE(why("R-MANUAL", "language FR", EN), QStringLiteral("Document language: French"));
        QCOMPARE(why("R-MANUAL", "language FR", ES), QStringLiteral("Idioma del documento: francés"));
        QCOMPARE(why("R-BODY", "length 96 in", EN), QStringLiteral("Sink length 96 in"));
        QCOMPARE(why("R-BODY", "length 90.5 in", FR), QStringLiteral("Longueur de l'évier 90,5 po"));
        QCOMPARE(why("R-LEGS", "legs HEIGHT_ADJUSTABLE DL27", EN), QStringLiteral("Legs: height adjustable, model DL27"));
        QCOMPARE(why("R-LEGS", "legs HEIGHT_ADJUSTABLE DL27", FR),
                 QStringLiteral("Pieds : réglables en hauteur, modèle DL27"));
        QCOMPARE(why("R-FEET", "feet LOCK_LEVELING_CASTERS", EN), QStringLiteral("Feet: lock and leveling casters"));
        QCOMPARE(why("R-PB-OHL", "pegboard yes", EN), QStringLiteral("Pegboard: Yes"));
        QCOMPARE(why("R-PB-TYPE", "pegboard type PERFORATED", ES), QStringLiteral("Panel perforado: perforado"));
        QCOMPARE(why("R-PB-SIZE", "pegboard same as sink, length 96 in", EN),
                 QStringLiteral("Pegboard: as long as the sink, 96 in"));
        QCOMPARE(why("R-PB-CUSTOM", "pegboard 36 x 60.5 in", FR), QStringLiteral("Panneau perforé : sur mesure 36 x 60,5 po"));
        // The colour line's note is its colour: said once.
        QCOMPARE(why("R-PB-COLOR", "pegboard colour BLACK", EN, "BLACK"), QStringLiteral("Pegboard colour: black"));
        QCOMPARE(why("R-BASIN-KIT", "basin 1: E_SINK_DI", EN), QStringLiteral("Basin 1: E-Sink DI"));
        // Lines merged by id: each answer in words.
        QCOMPARE(why("R-BASIN-KIT", "basin 1: E_SINK; basin 2: E_SINK", FR), QStringLiteral("Cuve 1 : E-Sink; Cuve 2 : E-Sink"));
        QCOMPARE(why("R-BASIN-SIZE", "basin 2: 24X20X10", EN), QStringLiteral("Basin 2: 24 x 20 x 10 in"));
        QCOMPARE(why("R-BASIN-CUSTOM", "basin 3: 22.5 x 18 x 9 in", FR), QStringLiteral("Cuve 3 : sur mesure 22,5 x 18 x 9 po"));
        QCOMPARE(why("R-CTRL", "E-Drain basins 1, E-Sink basins 2", EN), QStringLiteral("E-Drain basins: 1, E-Sink basins: 2"));
        QCOMPARE(why("R-PTRAP", "basin 1: P-trap", ES), QStringLiteral("Cubeta 1: Sifón"));
        QCOMPARE(why("R-LIGHT", "basin 3: light, E_DRAIN", EN), QStringLiteral("Basin 3: Basin light, E-Drain"));
        QCOMPARE(why("R-FAUCET", "faucet 1: DI_GOOSENECK", EN), QStringLiteral("Faucet 1: DI gooseneck faucet"));
        QCOMPARE(why("R-SPRAYER", "sprayer 2: AIR_GUN_ROSETTE, RIGHT_SIDE", FR),
                 QStringLiteral("Pistolet 2 : pistolet à air, rosace, côté droit"));
        QCOMPARE(why("R-ACCESSORY", "accessory x2", ES), QStringLiteral("Accesorio, cantidad 2"));
        // A form the words do not know stays as it is, with its note.
        QCOMPARE(why("R-NEW", "something new", EN, "NOTE"), QStringLiteral("something new (NOTE)"));
        QCOMPARE(why("R-BODY", "", EN), QString());
    }

    void everyAcceptanceLine_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        for (const QJsonValue& v : cases()) {
            const QJsonObject o = v.toObject();
            QTest::newRow(qPrintable(o.value(u"id").toString())) << o;
        }
    }

    void everyAcceptanceLine()
    {
        QFETCH(QJsonObject, testCase);
        QString error;
        const auto config = OrderConfiguration::fromJson(testCase.value(u"config").toObject(), &error);
        QVERIFY2(config, qPrintable(error));
        const GenerationResult result = BomGenerator::generate(*m_catalog, *config, QDate(2025, 1, 15));
        const QRegularExpression code(QStringLiteral("\\b[A-Z0-9]+(_[A-Z0-9]+)+\\b"));
        const QRegularExpression stored(QStringLiteral("^(language|length|legs|feet|pegboard|basin|faucet|sprayer|accessory) "));
        int lines = 0;
        for (qsizetype b = 0; b < result.builds.size(); ++b) {
            const BuildBom& bom = result.builds.at(b);
            if (!bom.generated)
                continue;
            for (const BomLine& line : bom.top) {
                ++lines;
                for (TravelerLanguage l : {TravelerLanguage::EN, TravelerLanguage::FR, TravelerLanguage::ES}) {
                    const QString words = ConfigurationText::bomReasonWords(line.rule, line.answer, line.note, l);
                    const QString where = line.id + u' ' + line.answer + QStringLiteral(" -> ") + words;
                    QVERIFY2(!words.isEmpty(), qPrintable(where));
                    QVERIFY2(!code.match(words).hasMatch(), qPrintable(where));
                    QVERIFY2(!stored.match(words).hasMatch(), qPrintable(where));
                }
            }
            // The traveler's "Because" column says the same, in the order's language.
            const TravelerContent traveler = TravelerBuilder::build(config->order, config->family, config->builds.at(b),
                                                                    bom, m_catalog.get());
            QCOMPARE(traveler.topLevel.size(), bom.top.size());
            for (qsizetype i = 0; i < bom.top.size(); ++i)
                QCOMPARE(traveler.topLevel.at(i).answer,
                         ConfigurationText::bomReasonWords(bom.top.at(i).rule, bom.top.at(i).answer, bom.top.at(i).note,
                                                           traveler.language));
        }
        if (result.valid)
            QVERIFY(lines > 0);
    }
};

QTEST_GUILESS_MAIN(TestBomReason)
#include "tst_bomreason.moc"
