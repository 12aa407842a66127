// Travelers to PDF: every page carries the build's QR code and it scans back (pdftoppm + zbarimg);
// the text holds the PO, the build, every BOM id, the hash and "page n of m" (pdftotext); a French
// order prints French headings whatever the UI language; a reprint says so; several builds make one
// job with their own page numbers.

#include "pdfcheck.h"
#include "testpaths.h"

#include "domain/bom/bomgenerator.h"
#include "domain/catalog/catalog.h"
#include "domain/catalog/catalogdata.h"
#include "domain/common/scanpayload.h"
#include "domain/printing/travelerbuilder.h"
#include "domain/printing/travelercontent.h"
#include "print/travelerrenderer.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cs::domain;
using cs::print::TravelerRenderer;

namespace {

// A 3-basin MDRD build as an order, its configuration and a frozen BOM would give it.
TravelerContent sampleTraveler(const QString& build, TravelerLanguage lang, int pickLines = 70)
{
    TravelerContent c;
    c.language = lang;
    c.poNumber = QStringLiteral("PO-45001");
    c.buildNumber = build;
    c.customer = QStringLiteral("St. Mary Hospital");
    c.project = QStringLiteral("Sterile core renovation");
    c.salesPerson = QStringLiteral("J. Rivera");
    c.wantDate = QDate(2025, 6, 30);
    c.model = QStringLiteral("T2-B3");
    c.family = QStringLiteral("MDRD");
    c.status = QStringLiteral("ReadyForProduction");
    c.printedAt = QDateTime(QDate(2025, 4, 2), QTime(9, 15));
    c.bomHash = QString::fromLatin1(QCryptographicHash::hash(build.toUtf8(), QCryptographicHash::Sha256).toHex());

    auto tx = [&](const char* key) { return travelerText(QString::fromUtf8(key), lang); };
    c.configuration.append({tx("sink"), {}, {}, {
        {tx("model"), QStringLiteral("T2-B3")},
        {tx("dimensions"), QStringLiteral("30 x 96 in")},
        {tx("legs"), tx("legsHeight.HEIGHT_ADJUSTABLE") + QStringLiteral(", DL27")},
        {tx("feet"), tx("feet.LOCK_LEVELING_CASTERS")},
        {tx("pegboard"), tx("pegboardType.PERFORATED") + QStringLiteral(", ") + tx("color.BLUE") + QStringLiteral(", ") + tx("sameAsSink")},
        {tx("direction"), tx("direction.LEFT_TO_RIGHT")}}});
    c.configuration.append({tx("basins"), {tx("position"), tx("type"), tx("size"), tx("pTrap"), tx("basinLight")},
                            {0.12, 0.28, 0.30, 0.15, 0.15},
                            {{QStringLiteral("1"), tx("basinType.E_DRAIN"), QStringLiteral("24X20X10"), tx("yes"), tx("no")},
                             {QStringLiteral("2"), tx("basinType.E_SINK"), QStringLiteral("24X20X10"), tx("yes"), tx("yes")},
                             {QStringLiteral("3"), tx("basinType.E_SINK_DI"), QStringLiteral("30X20X10"), tx("no"), tx("yes")}}});
    c.configuration.append({tx("faucets"), {tx("type"), tx("placement")}, {0.5, 0.5},
                            {{tx("faucetType.WRIST_BLADE"), tx("placement.CENTER_OF_BASIN_1")},
                             {tx("faucetType.DI_GOOSENECK"), tx("placement.CENTER_OF_BASIN_3")}}});
    c.configuration.append({tx("sprayers"), {tx("type"), tx("location")}, {0.5, 0.5},
                            {{tx("sprayerType.WATER_GUN_TURRET"), tx("location.LEFT_SIDE")}}});
    c.configuration.append({tx("accessories"), {tx("id"), tx("description"), tx("qty")}, {0.3, 0.6, 0.1},
                            {{QStringLiteral("T-OA-SSSHELF-3612-BOLT-ON-KIT"), QStringLiteral("SHELF 36 X 12, BOLT-ON"), QStringLiteral("2")}}});
    c.warnings.append(QStringLiteral("W-DI-FAUCET: the DI gooseneck faucet needs a DI water supply at the site."));

    const QStringList rules{QStringLiteral("R-BODY"), QStringLiteral("R-LEGS"), QStringLiteral("R-FEET"),
                            QStringLiteral("R-BASIN-KIT"), QStringLiteral("R-FAUCET"), QStringLiteral("R-MANUAL")};
    for (int i = 0; i < 14; ++i)
        c.topLevel.append({QStringLiteral("T2-TOP-%1-KIT").arg(i, 2, 10, QLatin1Char('0')),
                           QStringLiteral("TOP LEVEL ASSEMBLY %1").arg(i), i % 3 + 1, rules[i % rules.size()],
                           QStringLiteral("basin %1: E_SINK").arg(i % 3 + 1)});
    for (int i = 0; i < pickLines; ++i)
        c.pickList.append({QStringLiteral("DM-PART-%1").arg(i, 3, 10, QLatin1Char('0')),
                           QStringLiteral("DEMO COMPONENT NUMBER %1, STAINLESS STEEL").arg(i), i + 1});
    c.pickList.append({QStringLiteral("ASSY-T-OA-RAIL-SHELF-ADDER-LRG"), QStringLiteral("RAIL SHELF ADDER, LARGE"), 1});
    c.signOffs = TravelerContent::standardSignOffs();
    c.signOffs[0].result = QStringLiteral("PASS");
    c.signOffs[0].initials = QStringLiteral("QC");
    c.signOffs[0].date = QDate(2025, 4, 1);
    return c;
}

} // namespace

class TestTraveler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void englishTravelerScansOnEveryPage();
    void frenchReprintPrintsFrench();
    void spanishHeadings();
    void severalBuildsInOneJob();
    void generatedBomOnTheDemoCatalog();

private:
    bool render(const QList<TravelerContent>& travelers, const QString& name, QString* pdf, QList<int>* counts);
    QTemporaryDir m_dir;
};

void TestTraveler::initTestCase()
{
    const QString missing = cs::test::missingPrintTools();
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    QVERIFY(m_dir.isValid());
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("CS_KEEP_TEST_OUTPUT"));
    qInfo("output: %s", qPrintable(m_dir.path()));
    // The UI language must not matter: the traveler prints in the order's language.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

bool TestTraveler::render(const QList<TravelerContent>& travelers, const QString& name, QString* pdf, QList<int>* counts)
{
    *pdf = m_dir.filePath(name);
    QString error;
    const bool ok = TravelerRenderer().writePdf(*pdf, travelers, &error, counts);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

void TestTraveler::englishTravelerScansOnEveryPage()
{
    const TravelerContent c = sampleTraveler(QStringLiteral("2222-3"), TravelerLanguage::EN);
    QString pdf;
    QList<int> counts;
    QVERIFY(render({c}, QStringLiteral("traveler-en.pdf"), &pdf, &counts));
    QCOMPARE(counts.size(), 1);
    QVERIFY2(counts[0] >= 3, "70 pick lines and the tree do not fit two pages");

    QList<QStringList> pages;
    QString error;
    QVERIFY2(cs::test::decodePages(pdf, 300, &pages, &error), qPrintable(error));
    QCOMPARE(pages.size(), counts[0]);
    for (int i = 0; i < pages.size(); ++i)
        QVERIFY2(pages[i] == QStringList{QStringLiteral("CS:B:2222-3")},
                 qPrintable(QStringLiteral("page %1: %2").arg(i + 1).arg(pages[i].join(u','))));

    QString text;
    QVERIFY2(cs::test::pdfText(pdf, &text, &error), qPrintable(error));
    for (const QString& s : {c.poNumber, c.buildNumber, c.customer, c.project, c.bomHash, QStringLiteral("2025-06-30"),
                             QStringLiteral("Production traveler"), QStringLiteral("Pick list"), QStringLiteral("Final QC"),
                             QStringLiteral("Pre-QC"), QStringLiteral("End-of-line test"), QStringLiteral("Initials"),
                             QStringLiteral("E-Drain"), QStringLiteral("W-DI-FAUCET")})
        QVERIFY2(text.contains(s), qPrintable(s));
    for (const TravelerBomLine& l : c.topLevel)
        QVERIFY2(text.contains(l.id) && text.contains(l.rule), qPrintable(l.id));
    for (const TravelerPickLine& l : c.pickList)
        QVERIFY2(text.contains(l.id), qPrintable(l.id));
    const int n = counts[0];
    for (int p = 1; p <= n; ++p)
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(n)), qPrintable(QString::number(p)));
    QCOMPARE(text.count(QStringLiteral("Page ")), n);
    // Every page's footer names the build and the hash.
    QCOMPARE(text.count(c.bomHash), n);
    QVERIFY(!text.contains(QStringLiteral("REPRINT")));
    QVERIFY(text.contains(QStringLiteral("Printed 2025-04-02 09:15")));
}

void TestTraveler::frenchReprintPrintsFrench()
{
    TravelerContent c = sampleTraveler(QStringLiteral("3001"), TravelerLanguage::FR, 20);
    // A customer and a project longer than their header cells: wrapped, not cut.
    c.customer = QStringLiteral("Centre hospitalier universitaire Sainte-Justine de Montréal");
    c.project = QStringLiteral("Rénovation de l'unité de retraitement des endoscopes, phase 2");
    c.reprint = true;
    c.printNumber = 2;
    QString pdf;
    QList<int> counts;
    QVERIFY(render({c}, QStringLiteral("traveler-fr.pdf"), &pdf, &counts));
    QList<QStringList> pages;
    QString error;
    QVERIFY2(cs::test::decodePages(pdf, 300, &pages, &error), qPrintable(error));
    QCOMPARE(pages.size(), counts[0]);
    for (const QStringList& codes : pages)
        QCOMPARE(codes, QStringList{QStringLiteral("CS:B:3001")});
    QString text;
    QVERIFY2(cs::test::pdfText(pdf, &text, &error), qPrintable(error));
    for (const char* s : {"Fiche suiveuse de production", "N° de commande", "Liste de prélèvement", "Signatures",
                          "Contrôle qualité final", "Initiales", "Page 1 sur", "RÉIMPRESSION", "Réimpression 1",
                          "Cuves", "robinet à manette", "côté gauche", "Empreinte de la nomenclature"})
        QVERIFY2(text.contains(QString::fromUtf8(s)), s);
    for (const char* s : {"Production traveler", "Pick list", "Initials", "Page 1 of", "REPRINT", "ReadyForProduction"})
        QVERIFY2(!text.contains(QString::fromUtf8(s)), s);
    // The status in words, the long names whole (on two lines: compared without the line breaks).
    const QString flowing = text.simplified();
    for (const QString& s : {QStringLiteral("Prêt pour la production"), c.customer, c.project})
        QVERIFY2(flowing.contains(s), qPrintable(s));
    QVERIFY(!text.contains(u'…'));
    QCOMPARE(text.count(QString::fromUtf8("RÉIMPRESSION")), counts[0]); // on every page
}

void TestTraveler::spanishHeadings()
{
    const TravelerContent c = sampleTraveler(QStringLiteral("3002"), TravelerLanguage::ES, 10);
    QString pdf;
    QList<int> counts;
    QVERIFY(render({c}, QStringLiteral("traveler-es.pdf"), &pdf, &counts));
    QString text;
    QString error;
    QVERIFY2(cs::test::pdfText(pdf, &text, &error), qPrintable(error));
    for (const char* s : {"Hoja de ruta de producción", "Lista de recogida", "Control de calidad final", "Página 1 de"})
        QVERIFY2(text.contains(QString::fromUtf8(s)), s);
}

void TestTraveler::severalBuildsInOneJob()
{
    const QList<TravelerContent> travelers{sampleTraveler(QStringLiteral("4001"), TravelerLanguage::EN, 5),
                                           sampleTraveler(QStringLiteral("4002"), TravelerLanguage::FR, 90)};
    QString pdf;
    QList<int> counts;
    QVERIFY(render(travelers, QStringLiteral("job.pdf"), &pdf, &counts));
    QCOMPARE(counts.size(), 2);
    QList<QStringList> pages;
    QString error;
    QVERIFY2(cs::test::decodePages(pdf, 200, &pages, &error), qPrintable(error));
    QCOMPARE(pages.size(), counts[0] + counts[1]);
    for (int i = 0; i < pages.size(); ++i) {
        const QString expected = i < counts[0] ? QStringLiteral("CS:B:4001") : QStringLiteral("CS:B:4002");
        QVERIFY2(pages[i] == QStringList{expected}, qPrintable(QStringLiteral("page %1").arg(i + 1)));
        QVERIFY(ScanPayload::parse(pages[i].value(0)).has_value());
    }
    QString text;
    QVERIFY2(cs::test::pdfText(pdf, &text, &error), qPrintable(error));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(counts[0])));
    QVERIFY(text.contains(QStringLiteral("Page %1 sur %1").arg(counts[1])));
}

void TestTraveler::generatedBomOnTheDemoCatalog()
{
    // A French 3-basin order (acceptance case AC-03 with a sprayer), its BOM generated by the real
    // rules on the demo catalog, turned into a traveler.
    QList<CatalogProblem> problems;
    const CatalogData data = CatalogData::readDirectory(cs::test::sourcePath(u"resources/demo/catalog"), &problems);
    QVERIFY(problems.isEmpty());
    const std::shared_ptr<const Catalog> catalog = Catalog::fromData(data);
    const QByteArray json = R"({"order": {"poNumber": "D145236987", "customerName": "Acme", "projectName": "Acme Hospital",
        "salesPerson": "Chris Killip", "wantDate": "2030-07-02", "language": "FR"}, "family": "MDRD",
        "builds": [{"buildNumber": "2222", "config": {"model": "T2-B3", "widthIn": 48, "lengthIn": 80,
        "legs": {"height": "HEIGHT_ADJUSTABLE", "model": "DL27"}, "feet": "LOCK_LEVELING_CASTERS",
        "pegboard": {"type": "PERFORATED", "color": null, "size": "SAME_AS_SINK"}, "workflowDirection": "LEFT_TO_RIGHT",
        "basins": [{"position": 1, "type": "E_DRAIN", "size": "30X20X10", "pTrap": false, "basinLight": false},
                   {"position": 2, "type": "E_DRAIN", "size": "30X20X10", "pTrap": false, "basinLight": false},
                   {"position": 3, "type": "E_DRAIN", "size": "24X20X10", "pTrap": false, "basinLight": false}],
        "faucets": [{"type": "PRE_RINSE", "placement": null}],
        "sprayers": [{"type": "WATER_GUN_TURRET", "location": "LEFT_SIDE"}],
        "accessories": [{"id": "T2-OA-PO-SHLF-1212", "qty": 1}, {"id": "T-OA-BINRAIL-48-KIT", "qty": 3}]}}]})";
    QString error;
    const auto config = OrderConfiguration::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(config, qPrintable(error));
    const GenerationResult result = BomGenerator::generate(*catalog, *config, QDate(2025, 4, 1));
    QVERIFY2(result.valid, qPrintable(result.errorCodes().join(u',')));
    const BuildBom& bom = result.builds.at(0);
    QVERIFY(bom.top.size() >= 8);

    TravelerContent c = TravelerBuilder::build(config->order, config->family, config->builds.at(0), bom, catalog.get());
    QVERIFY(c.language == TravelerLanguage::FR);
    QCOMPARE(c.pickList.size(), bom.flat.size());
    c.status = QStringLiteral("ReadyForProduction");
    QString pdf;
    QList<int> counts;
    QVERIFY(render({c}, QStringLiteral("generated.pdf"), &pdf, &counts));
    QList<QStringList> pages;
    QVERIFY2(cs::test::decodePages(pdf, 300, &pages, &error), qPrintable(error));
    QCOMPARE(pages.size(), counts[0]);
    for (const QStringList& codes : pages)
        QCOMPARE(codes, QStringList{QStringLiteral("CS:B:2222")});
    QString text;
    QVERIFY2(cs::test::pdfText(pdf, &text, &error), qPrintable(error));
    for (const BomLine& l : bom.top)
        QVERIFY2(text.contains(l.id), qPrintable(l.id));
    for (const BomFlatLine& l : bom.flat)
        QVERIFY2(text.contains(l.id), qPrintable(l.id));
    QVERIFY(text.contains(QString::fromLatin1(bom.sha256Hex())));
    for (const char* s : {"D145236987", "Fiche suiveuse de production", "robinet de prélavage", "pistolet à eau, tourelle",
                          "côté gauche", "E-Drain", "réglables en hauteur, modèle DL27", "T2-OA-PO-SHLF-1212"})
        QVERIFY2(text.contains(QString::fromUtf8(s)), s);
}

QTEST_MAIN(TestTraveler)
#include "tst_traveler.moc"
