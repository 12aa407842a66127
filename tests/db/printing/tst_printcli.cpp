// cleanstation-admin print (issue 6), run as a separate process against a scratch database with the
// demo catalog and orders submitted by a coordinator: a traveler PDF and a build label of every
// size, rasterised (pdftoppm) and decoded (zbarimg): every page carries the build's scan payload;
// the text (pdftotext) holds the PO, the build and every BOM id, in the order's language; ZPL is
// well formed with the QR payload and ^PQ copies; the second print is marked REPRINT and recorded;
// an unknown build, a Service person and bad arguments are refused with clear messages.
#include "../gui/pdfcheck.h"
#include "testpaths.h"

#include "data/catalog/catalogimporter.h"
#include "data/catalog/catalogloader.h"
#include "data/orders/orderrepository.h"
#include "domain/bom/bomgenerator.h"
#include "domain/catalog/catalog.h"
#include "domain/printing/labelcontent.h"
#include "domain/common/scanpayload.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;
using namespace cs::domain;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

OrderConfiguration demoOrder(const QString& po, const QString& build, const QString& language)
{
    const QString json = QString::fromUtf8(R"({"order": {"poNumber": "%1", "customerName": "%5",
        "projectName": "Sterile core renovation", "salesPerson": "Chris Killip", "wantDate": "%3", "language": "%4"},
        "family": "MDRD", "builds": [{"buildNumber": "%2", "config": {"model": "T2-B3", "widthIn": 48, "lengthIn": 80,
        "legs": {"height": "HEIGHT_ADJUSTABLE", "model": "DL27"}, "feet": "LOCK_LEVELING_CASTERS",
        "pegboard": {"type": "PERFORATED", "color": null, "size": "SAME_AS_SINK"}, "workflowDirection": "LEFT_TO_RIGHT",
        "basins": [{"position": 1, "type": "E_DRAIN", "size": "30X20X10", "pTrap": false, "basinLight": false},
                   {"position": 2, "type": "E_DRAIN", "size": "30X20X10", "pTrap": false, "basinLight": false},
                   {"position": 3, "type": "E_DRAIN", "size": "24X20X10", "pTrap": false, "basinLight": false}],
        "faucets": [{"type": "PRE_RINSE", "placement": null}],
        "sprayers": [{"type": "WATER_GUN_TURRET", "location": "LEFT_SIDE"}],
        "accessories": [{"id": "T2-OA-PO-SHLF-1212", "qty": 1}, {"id": "T-OA-BINRAIL-48-KIT", "qty": 3}]}}]})")
                             .arg(po, build, QDate::currentDate().addDays(60).toString(Qt::ISODate), language,
                                  QStringLiteral("St. Mary's Regional Hospital")); // apostrophe outside the raw string (moc)
    QString error;
    return OrderConfiguration::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &error).value_or(OrderConfiguration{});
}

} // namespace

class TestPrintCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpAndBadArguments();
    void travelerPdfScansOnEveryPage();
    void frenchOrderPrintsFrench();
    void secondPrintIsAReprint();
    void labelSizesScan_data();
    void labelSizesScan();
    void zplIsWellFormed();
    void unknownBuildIsRefused();
    void serviceIsRefused();

private:
    Run cli(const QStringList& args, const test::ScratchDatabase::Person& as);
    Run cli(const QStringList& args) { return cli(args, m_coordinator); }
    QString historyOf(const QString& orderId);

    std::unique_ptr<test::ScratchDatabase> m_db;
    test::ScratchDatabase::Person m_coordinator;
    QTemporaryDir m_dir;
    BuildBom m_en;
    BuildBom m_fr;
    data::SubmittedBuild m_enBuild;
    data::SubmittedBuild m_frBuild;
    QString m_enPo;
    QString m_frPo;
};

void TestPrintCli::initTestCase()
{
    QString why;
    if (!test::ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    const QString missing = test::missingPrintTools();
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    QVERIFY(QFile::exists(cs::test::binaryPath(u"app/cleanstation-admin")));
    QVERIFY(m_dir.isValid());
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("CS_KEEP_TEST_OUTPUT"));
    qInfo("output: %s", qPrintable(m_dir.path()));

    m_db = std::make_unique<test::ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QList<CatalogProblem> problems;
    const CatalogData files = CatalogData::readDirectory(cs::test::sourcePath(u"resources/demo/catalog"), &problems);
    QVERIFY(problems.isEmpty());
    const data::CatalogImporter::Result imported = data::CatalogImporter(m_db->superuser()).importData(files);
    QVERIFY2(imported.ok, qPrintable(imported.error));
    m_coordinator = m_db->createPerson(QStringLiteral("ProductionCoordinator"), {}, &why);
    QVERIFY2(!m_coordinator.username.isEmpty(), qPrintable(why));
    QSqlDatabase coord = m_db->connect(m_coordinator.settings);
    QVERIFY2(coord.isOpen(), qPrintable(coord.lastError().text()));
    CatalogData data;
    QVERIFY2(data::CatalogLoader(coord).load(&data, &why), qPrintable(why));
    const auto catalog = Catalog::fromData(data);

    // An English and a French order, generated and frozen as the wizard does.
    const QString suffix = test::ScratchDatabase::randomSuffix(6).toUpper();
    for (const QString& language : {QStringLiteral("EN"), QStringLiteral("FR")}) {
        const QString po = QStringLiteral("PO-%1-%2").arg(language, suffix);
        const OrderConfiguration config = demoOrder(po, QStringLiteral("PR-%1-%2").arg(language, suffix), language);
        QCOMPARE(config.builds.size(), 1);
        const GenerationResult generated = BomGenerator::generate(*catalog, config, QDate::currentDate());
        QVERIFY2(generated.valid, qPrintable(generated.errorCodes().join(u' ')));
        const data::SubmitResult r = data::OrderRepository(coord).submit(config, generated);
        QVERIFY2(r.ok, qPrintable(r.error.qualifiedCode() + u' ' + r.error.message));
        (language == u"EN" ? m_en : m_fr) = generated.builds.at(0);
        (language == u"EN" ? m_enBuild : m_frBuild) = r.builds.at(0);
        (language == u"EN" ? m_enPo : m_frPo) = po;
    }
}

Run TestPrintCli::cli(const QStringList& args, const test::ScratchDatabase::Person& as)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGDATABASE"), m_db->name());
    env.insert(QStringLiteral("PGUSER"), as.username);
    env.insert(QStringLiteral("PGPASSWORD"), as.password);
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command chooses offscreen itself
    p.setProcessEnvironment(env);
    p.start(cs::test::binaryPath(u"app/cleanstation-admin"), QStringList{QStringLiteral("print")} + args);
    Run r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit) {
        r.err = QStringLiteral("did not finish: ") + p.errorString();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString TestPrintCli::historyOf(const QString& orderId)
{
    QVariant v;
    QString error;
    if (!test::ScratchDatabase::exec(m_db->superuser(), QStringLiteral(
            "SELECT coalesce(string_agg(j.kind || '#' || j.print_number || (CASE WHEN j.reprint THEN 'R' ELSE '' END) || ':'"
            " || j.size || ':' || j.output || ':' || j.copies || ':' || u.username, ',' ORDER BY j.kind, j.print_number), '')"
            " || '|' || (SELECT count(*) FROM cs.order_history h WHERE h.order_id = CAST(? AS uuid) AND h.action ILIKE '%print%')"
            " FROM cs.print_jobs j JOIN cs.users u ON u.user_id = j.printed_by WHERE j.order_id = CAST(? AS uuid)"),
            {orderId, orderId}, &error, &v))
        return error;
    return v.toString();
}

void TestPrintCli::helpAndBadArguments()
{
    Run r = cli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("print traveler --build BUILD")) && r.out.contains(QStringLiteral("FILE.zpl")),
             qPrintable(r.out));

    const QString pdf = m_dir.filePath(QStringLiteral("bad.pdf"));
    const QString zpl = m_dir.filePath(QStringLiteral("bad.zpl"));
    const QList<QPair<QStringList, QString>> cases{
        {{QStringLiteral("traveler"), QStringLiteral("--build"), m_enBuild.buildNumber, QStringLiteral("--out"), zpl},
         QStringLiteral("PDF only")},
        {{QStringLiteral("label"), QStringLiteral("--build"), m_enBuild.buildNumber, QStringLiteral("--size"),
          QStringLiteral("9x9"), QStringLiteral("--out"), pdf},
         QStringLiteral("unknown label size '9x9'")},
        {{QStringLiteral("label"), QStringLiteral("--out"), pdf}, QStringLiteral("--build BUILD is required")},
        {{QStringLiteral("label"), QStringLiteral("--build"), m_enBuild.buildNumber}, QStringLiteral("--out")},
        {{QStringLiteral("label"), QStringLiteral("--build"), m_enBuild.buildNumber, QStringLiteral("--copies"),
          QStringLiteral("0"), QStringLiteral("--out"), pdf},
         QStringLiteral("--copies must be a number from 1 to 1000")},
        {{QStringLiteral("label"), QStringLiteral("--build"), m_enBuild.buildNumber, QStringLiteral("--dpi"),
          QStringLiteral("150"), QStringLiteral("--out"), zpl},
         QStringLiteral("--dpi must be 203, 300 or 600")},
        {{QStringLiteral("label"), QStringLiteral("--build"), m_enBuild.buildNumber, QStringLiteral("--out"),
          m_dir.filePath(QStringLiteral("x.png"))},
         QStringLiteral("must end in .pdf or .zpl")},
        {{QStringLiteral("poster"), QStringLiteral("--build"), m_enBuild.buildNumber}, QStringLiteral("traveler or label")},
        {{QStringLiteral("traveler"), QStringLiteral("--bild"), m_enBuild.buildNumber}, QStringLiteral("unknown option '--bild'")},
    };
    for (const auto& [args, message] : cases) {
        r = cli(args);
        QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + QStringLiteral(" -> ") + QString::number(r.exitCode) + r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
    QVERIFY(!QFile::exists(pdf) && !QFile::exists(zpl));
    // Nothing was recorded by refused arguments.
    QCOMPARE(historyOf(m_enBuild.orderId), QStringLiteral("|0"));
}

void TestPrintCli::travelerPdfScansOnEveryPage()
{
    const QString pdf = m_dir.filePath(QStringLiteral("traveler-en.pdf"));
    // The build number is matched case-insensitively.
    const Run r = cli({QStringLiteral("traveler"), QStringLiteral("--build"), m_enBuild.buildNumber.toLower(),
                       QStringLiteral("--out"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("first print")), qPrintable(r.out));

    const QString payload = ScanPayload{ScanPayload::Kind::Build, m_enBuild.buildNumber}.encode();
    QList<QStringList> pages;
    QString error;
    QVERIFY2(test::decodePages(pdf, 300, &pages, &error), qPrintable(error));
    QVERIFY2(pages.size() >= 2, "a 3-basin traveler with its pick list and tree takes several pages");
    for (int i = 0; i < pages.size(); ++i)
        QVERIFY2(pages[i] == QStringList{payload}, qPrintable(QStringLiteral("page %1: %2").arg(i + 1).arg(pages[i].join(u','))));

    QString text;
    QVERIFY2(test::pdfText(pdf, &text, &error), qPrintable(error));
    for (const QString& s : {m_enPo, m_enBuild.buildNumber, m_enBuild.bomSha256, QStringLiteral("Production traveler"),
                             QStringLiteral("Pick list"), QStringLiteral("Final QC"), QStringLiteral("pre-rinse faucet"),
                             QStringLiteral("St. Mary's Regional Hospital"), QStringLiteral("Order created")})
        QVERIFY2(text.contains(s), qPrintable(s));
    for (const BomLine& l : m_en.top)
        QVERIFY2(text.contains(l.id) && text.contains(l.rule), qPrintable(l.id));
    for (const BomFlatLine& l : m_en.flat)
        QVERIFY2(text.contains(l.id), qPrintable(l.id));
    for (const BomTreeNode& n : m_en.tree)
        QVERIFY2(text.contains(n.id), qPrintable(n.id));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages.size())));
    QVERIFY(!text.contains(QStringLiteral("REPRINT")));
    QVERIFY(!text.contains(QStringLiteral("Fiche suiveuse")));
    QCOMPARE(historyOf(m_enBuild.orderId), QStringLiteral("traveler#1:letter:pdf:1:%1|1").arg(m_coordinator.username));
}

void TestPrintCli::frenchOrderPrintsFrench()
{
    const QString pdf = m_dir.filePath(QStringLiteral("traveler-fr.pdf"));
    const Run r = cli({QStringLiteral("traveler"), QStringLiteral("--build"), m_frBuild.buildNumber, QStringLiteral("--size"),
                       QStringLiteral("a4"), QStringLiteral("--out"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QList<QStringList> pages;
    QString error;
    QVERIFY2(test::decodePages(pdf, 300, &pages, &error), qPrintable(error));
    const QString payload = ScanPayload{ScanPayload::Kind::Build, m_frBuild.buildNumber}.encode();
    for (int i = 0; i < pages.size(); ++i)
        QVERIFY2(pages[i] == QStringList{payload}, qPrintable(QString::number(i + 1)));
    QString text;
    QVERIFY2(test::pdfText(pdf, &text, &error), qPrintable(error));
    for (const char* s : {"Fiche suiveuse de production", "N° de commande", "Liste de prélèvement", "Contrôle qualité final",
                          "Initiales", "Page 1 sur", "robinet de prélavage", "côté gauche", "Empreinte de la nomenclature"})
        QVERIFY2(text.contains(QString::fromUtf8(s)), s);
    for (const char* s : {"Production traveler", "Pick list", "Page 1 of"})
        QVERIFY2(!text.contains(QString::fromUtf8(s)), s);
    QVERIFY(text.contains(m_frPo));
    for (const BomFlatLine& l : m_fr.flat)
        QVERIFY2(text.contains(l.id), qPrintable(l.id));
}

void TestPrintCli::secondPrintIsAReprint()
{
    const QString pdf = m_dir.filePath(QStringLiteral("traveler-en-2.pdf"));
    const Run r = cli({QStringLiteral("traveler"), QStringLiteral("--build"), m_enBuild.buildNumber, QStringLiteral("--out"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("REPRINT")) && r.out.contains(QStringLiteral("print 2")), qPrintable(r.out));
    QString text;
    QString error;
    QVERIFY2(test::pdfText(pdf, &text, &error), qPrintable(error));
    const int pages = int(text.count(QStringLiteral("Page ")));
    QVERIFY(pages >= 2);
    QCOMPARE(int(text.count(QStringLiteral("REPRINT"))), pages); // on every page
    QVERIFY(text.contains(QStringLiteral("Reprint 1")));
    QCOMPARE(historyOf(m_enBuild.orderId), QStringLiteral("traveler#1:letter:pdf:1:%1,traveler#2R:letter:pdf:1:%1|2")
                                               .arg(m_coordinator.username));
    QVariant v;
    QVERIFY(test::ScratchDatabase::exec(m_db->superuser(), QStringLiteral(
        "SELECT string_agg(action, ',' ORDER BY created_at) FROM cs.order_history WHERE order_id = CAST(? AS uuid)"
        " AND action LIKE 'Traveler%'"), {m_enBuild.orderId}, &error, &v));
    QCOMPARE(v.toString(), QStringLiteral("TravelerPrinted,TravelerReprinted"));
}

void TestPrintCli::labelSizesScan_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<int>("pages");
    QTest::addColumn<int>("codesPerPage");
    QTest::newRow("4x6") << QStringLiteral("4x6") << 2 << 1;
    QTest::newRow("4x2") << QStringLiteral("4x2") << 2 << 1;
    QTest::newRow("2x1") << QStringLiteral("2x1") << 2 << 1;
    QTest::newRow("sheet-letter") << QStringLiteral("sheet-letter") << 1 << 2;
    QTest::newRow("sheet-a4") << QStringLiteral("sheet-a4") << 1 << 2;
}

void TestPrintCli::labelSizesScan()
{
    QFETCH(QString, size);
    QFETCH(int, pages);
    QFETCH(int, codesPerPage);
    const QString pdf = m_dir.filePath(QStringLiteral("label-%1.pdf").arg(size));
    const QString before = historyOf(m_enBuild.orderId);
    // Default copies: 2 (skirt and back, CLQ A.6).
    const Run r = cli({QStringLiteral("label"), QStringLiteral("--build"), m_enBuild.buildNumber, QStringLiteral("--size"), size,
                       QStringLiteral("--out"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString payload = ScanPayload{ScanPayload::Kind::Build, m_enBuild.buildNumber}.encode();
    QList<QStringList> decoded;
    QString error;
    QVERIFY2(test::decodePages(pdf, 300, &decoded, &error), qPrintable(error));
    QCOMPARE(decoded.size(), pages);
    for (const QStringList& codes : decoded)
        QCOMPARE(codes, QStringList(codesPerPage, payload));
    QString text;
    QVERIFY2(test::pdfText(pdf, &text, &error), qPrintable(error));
    // On 2x1 stock a long build number goes on two lines, split at a '-'.
    const QString joined = QString(text).remove(QRegularExpression(QStringLiteral("\\s+")));
    QVERIFY2(text.contains(m_enPo), qPrintable(text));
    QVERIFY2(joined.contains(QStringLiteral("BUILD") + m_enBuild.buildNumber), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("TORVAN MEDICAL")));
    // Recorded: one more label print.
    const QString after = historyOf(m_enBuild.orderId);
    QCOMPARE(after.section(u'|', 1).toInt(), before.section(u'|', 1).toInt() + 1);
    const QString storedSize = size == u"sheet-letter" ? QStringLiteral("sheet") : size;
    QVERIFY2(after.contains(QStringLiteral(":%1:pdf:2:").arg(storedSize)), qPrintable(after));
    QCOMPARE(r.out.contains(QStringLiteral("REPRINT")), size != u"4x6"); // the first label print was 4x6
}

void TestPrintCli::zplIsWellFormed()
{
    const QString zpl = m_dir.filePath(QStringLiteral("label.zpl"));
    const Run r = cli({QStringLiteral("label"), QStringLiteral("--build"), m_frBuild.buildNumber, QStringLiteral("--size"),
                       QStringLiteral("4x2"), QStringLiteral("--copies"), QStringLiteral("3"), QStringLiteral("--dpi"),
                       QStringLiteral("300"), QStringLiteral("--out"), zpl});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(zpl);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll()).trimmed();
    QVERIFY(text.startsWith(QStringLiteral("^XA")));
    QVERIFY(text.endsWith(QStringLiteral("^XZ")));
    QCOMPARE(int(text.count(QStringLiteral("^XA"))), 1);
    QCOMPARE(int(text.count(QStringLiteral("^XZ"))), 1);
    const QString payload = ScanPayload{ScanPayload::Kind::Build, m_frBuild.buildNumber}.encode();
    QVERIFY2(text.contains(QStringLiteral("^FDMA,") + payload + QStringLiteral("^FS")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("^BQN,2,")), qPrintable(text));
    QVERIFY2(QRegularExpression(QStringLiteral("\\^PQ3(,|\\^|\\s|$)")).match(text).hasMatch(), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("^PW1200")), qPrintable(text)); // 4 in at 300 dpi
    QVERIFY2(text.contains(QStringLiteral("^LL600")), qPrintable(text));
    QVERIFY(text.contains(m_frPo));
    // Every field is closed.
    QCOMPARE(text.count(QStringLiteral("^FD")), text.count(QStringLiteral("^FS")));
    QVERIFY2(historyOf(m_frBuild.orderId).contains(QStringLiteral("label#1:4x2:zpl:3:")), qPrintable(historyOf(m_frBuild.orderId)));
}

void TestPrintCli::unknownBuildIsRefused()
{
    const QString pdf = m_dir.filePath(QStringLiteral("unknown.pdf"));
    const Run r = cli({QStringLiteral("traveler"), QStringLiteral("--build"), QStringLiteral("NO-SUCH-9"), QStringLiteral("--out"), pdf});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no build 'NO-SUCH-9'")), qPrintable(r.err));
    QVERIFY(!QFile::exists(pdf));
}

void TestPrintCli::serviceIsRefused()
{
    QString why;
    const test::ScratchDatabase::Person service = m_db->createPerson(QStringLiteral("ServiceDepartment"), {}, &why);
    QVERIFY2(!service.username.isEmpty(), qPrintable(why));
    const QString before = historyOf(m_enBuild.orderId);
    const QString pdf = m_dir.filePath(QStringLiteral("service.pdf"));
    for (const QString& kind : {QStringLiteral("traveler"), QStringLiteral("label")}) {
        const Run r = cli({kind, QStringLiteral("--build"), m_enBuild.buildNumber, QStringLiteral("--out"), pdf}, service);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("refused")) && r.err.contains(QStringLiteral("E-ROLE"))
                     && r.err.contains(QStringLiteral("ServiceDepartment")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(pdf));
    }
    QCOMPARE(historyOf(m_enBuild.orderId), before);
}

QTEST_MAIN(TestPrintCli)
#include "tst_printcli.moc"
