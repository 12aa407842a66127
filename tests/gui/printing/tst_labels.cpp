// Labels to PDF in every size: the QR codes scan back (pdftoppm + zbarimg) to the build's and the
// parts' scan payloads, on every page and in every sheet cell, and the text is there (pdftotext).

#include "pdfcheck.h"

#include "domain/printing/labelcontent.h"
#include "domain/common/scanpayload.h"
#include "print/labelrenderer.h"
#include "print/qrcodepainter.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace cs::domain;
using cs::print::LabelRenderer;

class TestLabels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void qrEncodesWithEccM();
    void qrPainterKeepsQuietZoneAndModules();
    void everySizeScansBack_data();
    void everySizeScansBack();
    void pickBatchFillsSheets();
    void servicePartLabel();

private:
    QString pdfPath(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

namespace {
const QString kBuild = QStringLiteral("2222-3");
const QString kPo = QStringLiteral("PO-45001");

QList<QRectF> cellRects(const LabelStock& stock, int count)
{
    QList<QRectF> cells;
    for (int i = 0; i < count; ++i)
        cells.append(stock.cellRect(i));
    return cells;
}

QString buildPayload()
{
    return ScanPayload{ScanPayload::Kind::Build, kBuild}.encode();
}
} // namespace

void TestLabels::initTestCase()
{
    const QString missing = cs::test::missingPrintTools();
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    QVERIFY(m_dir.isValid());
    // CS_KEEP_TEST_OUTPUT=1 keeps the PDFs to look at them.
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("CS_KEEP_TEST_OUTPUT"));
    qInfo("output: %s", qPrintable(m_dir.path()));
}

void TestLabels::qrEncodesWithEccM()
{
    const cs::print::QrCode code = cs::print::QrCode::encode(buildPayload());
    QVERIFY(!code.isNull());
    QCOMPARE(code.size(), qrModulesFor(buildPayload())); // the domain's estimate matches libqrencode
    QCOMPARE(code.version(), 1);
    // 30 alphanumeric characters need version 2 at M (version 1 holds 20).
    const QString longer = QStringLiteral("CS:P:ASSY-T-OA-RAIL-SHELF-ADDER");
    QCOMPARE(cs::print::QrCode::encode(longer).size(), qrModulesFor(longer));
    QVERIFY(cs::print::QrCode::encode(QString()).isNull());
}

void TestLabels::qrPainterKeepsQuietZoneAndModules()
{
    // Paint onto an image at 4 px per module and compare every module with the code.
    const cs::print::QrCode code = cs::print::QrCode::encode(buildPayload());
    const int n = code.sizeWithQuietZone();
    QImage image(n * 4 + 10, n * 4 + 10, QImage::Format_RGB32);
    image.fill(Qt::red);
    QPainter p(&image);
    const QRectF used = cs::print::QrCodePainter::paint(&p, QRectF(5, 5, n * 4, n * 4), code);
    p.end();
    QCOMPARE(used, QRectF(5, 5, n * 4, n * 4));
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n; ++x) {
            const int mx = x - cs::print::QrCode::kQuietZone;
            const int my = y - cs::print::QrCode::kQuietZone;
            const bool inside = mx >= 0 && my >= 0 && mx < code.size() && my < code.size();
            const bool dark = inside && code.dark(mx, my);
            const QColor c = image.pixelColor(5 + x * 4 + 2, 5 + y * 4 + 2);
            QVERIFY2(c == (dark ? QColor(Qt::black) : QColor(Qt::white)),
                     qPrintable(QStringLiteral("module %1,%2").arg(x).arg(y)));
        }
    }
}

void TestLabels::everySizeScansBack_data()
{
    QTest::addColumn<QString>("size");
    QTest::newRow("4x6") << QStringLiteral("4x6");
    QTest::newRow("4x2") << QStringLiteral("4x2");
    QTest::newRow("2x1") << QStringLiteral("2x1");
    QTest::newRow("sheet letter") << QStringLiteral("sheet");
    QTest::newRow("sheet a4") << QStringLiteral("sheet-a4");
}

void TestLabels::everySizeScansBack()
{
    QFETCH(QString, size);
    const LabelSize labelSize = labelSizeFromString(size).value();
    const LabelContent build = LabelContent::build(kBuild, kPo, QStringLiteral("T2-B3"), QStringLiteral("St. Mary Hospital"),
                                                   QStringLiteral("Sterile core"), QDate(2025, 3, 14), 2);
    const LabelContent pick = LabelContent::pick(QStringLiteral("T2-BSN-ESK-KIT"), QStringLiteral("E-SINK BASIN KIT"), 3,
                                                 kBuild, kPo);
    const QList<LabelContent> labels{build, pick};
    const LabelRenderer renderer(labelSize);
    const QString pdf = pdfPath(QStringLiteral("labels-%1.pdf").arg(size));
    QString error;
    QVERIFY2(renderer.writePdf(pdf, labels, &error), qPrintable(error));

    QList<QStringList> pages;
    const QString partPayload = QStringLiteral("CS:P:T2-BSN-ESK-KIT");
    if (isSheet(labelSize)) {
        // One sheet: two build labels and one pick label in the first cells, each cell scans alone.
        QVERIFY2(cs::test::decodeCells(pdf, 300, cellRects(renderer.stock(), 4), &pages, &error), qPrintable(error));
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.at(0), (QStringList{buildPayload(), buildPayload(), partPayload, QString()}));
    } else {
        QVERIFY2(cs::test::decodePages(pdf, 300, &pages, &error), qPrintable(error));
        QCOMPARE(pages.size(), renderer.pageCount(labels));
        // One label per page: build, build (second copy), pick.
        QCOMPARE(pages.size(), 3);
        QCOMPARE(pages.at(0), QStringList{buildPayload()});
        QCOMPARE(pages.at(1), QStringList{buildPayload()});
        QCOMPARE(pages.at(2), QStringList{partPayload});
    }

    QString text;
    QVERIFY2(cs::test::pdfText(pdf, &text, &error), qPrintable(error));
    QVERIFY2(text.contains(kBuild), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("T2-BSN-ESK-KIT")), qPrintable(text));
    QVERIFY2(text.contains(kPo), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("TORVAN MEDICAL")), qPrintable(text));
}

void TestLabels::pickBatchFillsSheets()
{
    // All pick labels of a build in one job: 35 lines on 3x10 sheets = 2 pages, 30 + 5 codes.
    QList<LabelContent> labels;
    QStringList expected;
    for (int i = 0; i < 35; ++i) {
        const QString id = QStringLiteral("DM-PART-%1").arg(i, 3, 10, QLatin1Char('0'));
        labels.append(LabelContent::pick(id, QStringLiteral("DEMO PART %1").arg(i), i + 1, kBuild, kPo));
        expected.append(QStringLiteral("CS:P:") + id);
    }
    const LabelRenderer renderer(LabelSize::SheetLetter3x10);
    QCOMPARE(renderer.pageCount(labels), 2);
    const QString pdf = pdfPath(QStringLiteral("picks.pdf"));
    QString error;
    QVERIFY2(renderer.writePdf(pdf, labels, &error), qPrintable(error));
    QList<QStringList> pages;
    QVERIFY2(cs::test::decodeCells(pdf, 300, cellRects(renderer.stock(), 30), &pages, &error), qPrintable(error));
    QCOMPARE(pages.size(), 2);
    // Row-major, in job order: 30 on the first sheet, 5 on the second, the other cells blank.
    QCOMPARE(pages.at(0), expected.mid(0, 30));
    QCOMPARE(pages.at(1).mid(0, 5), expected.mid(30));
    QCOMPARE(pages.at(1).mid(5), QStringList(25, QString()));
}

void TestLabels::servicePartLabel()
{
    const LabelContent label = LabelContent::servicePart(QStringLiteral("T2-OA-MS-1026"), QStringLiteral("P-TRAP DRAIN ÉLÉMENT"),
                                                         2, QStringLiteral("SR-118"), 1);
    const LabelRenderer renderer(LabelSize::Label2x1);
    const QString pdf = pdfPath(QStringLiteral("service.pdf"));
    QString error;
    QVERIFY2(renderer.writePdf(pdf, {label}, &error), qPrintable(error));
    QList<QStringList> pages;
    QVERIFY2(cs::test::decodePages(pdf, 300, &pages, &error), qPrintable(error));
    QCOMPARE(pages, (QList<QStringList>{{QStringLiteral("CS:P:T2-OA-MS-1026")}}));
    // The payload parses back to the part the shell's scan filter opens.
    const auto parsed = ScanPayload::parse(pages.at(0).at(0));
    QVERIFY(parsed);
    QCOMPARE(parsed->kind, ScanPayload::Kind::Part);
    QCOMPARE(parsed->key, QStringLiteral("T2-OA-MS-1026"));
    QString text;
    QVERIFY2(cs::test::pdfText(pdf, &text, &error), qPrintable(error));
    QVERIFY2(text.contains(QStringLiteral("SERVICE PART")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("SR-118")), qPrintable(text));
}

QTEST_MAIN(TestLabels)
#include "tst_labels.moc"
