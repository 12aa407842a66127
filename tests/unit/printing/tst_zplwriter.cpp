// ZPL of the labels: one well-formed ^XA...^XZ block per label, the QR payload with error
// correction M, ^PQ copies, sizes and QR magnification in the printer's dots, escaped field data;
// and the shared label layout that the PDF renderer draws too.

#include "domain/printing/labelcontent.h"
#include "domain/printing/travelercontent.h"
#include "domain/printing/zplwriter.h"

#include <QRegularExpression>
#include <QTest>

using namespace cs::domain;

class TestZplWriter : public QObject
{
    Q_OBJECT

private slots:
    void buildLabelIsWellFormed();
    void sizesFollowDpi_data();
    void sizesFollowDpi();
    void batchHasOneBlockPerLabel();
    void fieldDataIsEscaped();
    void qrModulesMatchQrCapacity();
    void layoutStaysInsideTheLabel_data();
    void layoutStaysInsideTheLabel();
    void sheetGeometry();
    void labelSizesParse();
    void travelerTextsAreComplete();
};

namespace {

LabelContent sampleBuild(int copies = 2)
{
    return LabelContent::build(QStringLiteral("2222-3"), QStringLiteral("PO-45001"), QStringLiteral("T2-B3"),
                               QStringLiteral("St. Mary Hospital"), QStringLiteral("Sterile core"), QDate(2025, 3, 14),
                               copies);
}

// The blocks between ^XA and ^XZ; fails the test on nesting or stray text.
QList<QByteArray> blocks(const QByteArray& zpl)
{
    QList<QByteArray> out;
    qsizetype pos = 0;
    while (true) {
        const qsizetype start = zpl.indexOf("^XA", pos);
        if (start < 0) {
            if (!zpl.mid(pos).trimmed().isEmpty())
                return {}; // text after the last ^XZ
            break;
        }
        if (!zpl.mid(pos, start - pos).trimmed().isEmpty())
            return {}; // text between labels
        const qsizetype end = zpl.indexOf("^XZ", start);
        if (end < 0)
            return {};
        const QByteArray body = zpl.mid(start + 3, end - start - 3);
        if (body.contains("^XA"))
            return {};
        out.append(body);
        pos = end + 3;
    }
    return out;
}

int intAfter(const QByteArray& block, const char* command)
{
    const QRegularExpression re(QString::fromLatin1(command).replace(u'^', QStringLiteral("\\^")) + QStringLiteral("(\\d+)"));
    const auto m = re.match(QString::fromLatin1(block));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

void TestZplWriter::buildLabelIsWellFormed()
{
    const ZplWriter writer(203);
    const QByteArray zpl = writer.label(sampleBuild(2), LabelSize::Label4x2);
    const QList<QByteArray> b = blocks(zpl);
    QCOMPARE(b.size(), 1);
    QVERIFY(zpl.startsWith("^XA"));
    QVERIFY(zpl.trimmed().endsWith("^XZ"));
    QVERIFY(b[0].contains("^CI28"));
    QVERIFY2(b[0].contains("^BQN,2,"), zpl.constData());
    QVERIFY2(b[0].contains("^FDMA,CS:B:2222-3^FS"), zpl.constData()); // ECC M, automatic mode
    QCOMPARE(intAfter(b[0], "^PQ"), 2);
    QVERIFY(b[0].contains("^A0N,"));                    // printer font 0
    QVERIFY(b[0].contains("PO: PO-45001"));
    QVERIFY(b[0].contains("BUILD 2222-3"));
    // Every field is closed.
    QCOMPARE(b[0].count("^FD"), b[0].count("^FS") - b[0].count("^GB"));
}

void TestZplWriter::sizesFollowDpi_data()
{
    QTest::addColumn<int>("dpi");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("length");
    QTest::newRow("4x6 203") << 203 << int(LabelSize::Label4x6) << 812 << 1218;
    QTest::newRow("4x2 203") << 203 << int(LabelSize::Label4x2) << 812 << 406;
    QTest::newRow("2x1 203") << 203 << int(LabelSize::Label2x1) << 406 << 203;
    QTest::newRow("4x6 300") << 300 << int(LabelSize::Label4x6) << 1200 << 1800;
    QTest::newRow("2x1 300") << 300 << int(LabelSize::Label2x1) << 600 << 300;
}

void TestZplWriter::sizesFollowDpi()
{
    QFETCH(int, dpi);
    QFETCH(int, size);
    QFETCH(int, width);
    QFETCH(int, length);
    const ZplWriter writer(dpi);
    const QByteArray block = blocks(writer.label(sampleBuild(), LabelSize(size))).value(0);
    QCOMPARE(intAfter(block, "^PW"), width);
    QCOMPARE(intAfter(block, "^LL"), length);
    // The QR (with its quiet zone) fits the label's height and is large enough to scan: at least
    // 3 dots per module at 203 dpi, more at 300.
    const int mag = intAfter(block, "^BQN,2,");
    QVERIFY(mag >= (dpi == 203 ? 3 : 5));
    QVERIFY((qrModulesFor(QStringLiteral("CS:B:2222-3")) + 8) * mag <= std::min(width, length));
    // Every ^FO inside the label.
    const QRegularExpression fo(QStringLiteral("\\^FO(\\d+),(\\d+)"));
    auto it = fo.globalMatch(QString::fromLatin1(block));
    int count = 0;
    while (it.hasNext()) {
        const auto m = it.next();
        QVERIFY(m.captured(1).toInt() < width);
        QVERIFY(m.captured(2).toInt() < length);
        ++count;
    }
    QVERIFY(count >= 5);
}

void TestZplWriter::batchHasOneBlockPerLabel()
{
    QList<LabelContent> labels;
    for (int i = 0; i < 5; ++i)
        labels.append(LabelContent::pick(QStringLiteral("DM-PART-%1").arg(i), QStringLiteral("DEMO"), i + 1,
                                         QStringLiteral("2222-3"), QStringLiteral("PO-45001"), i + 1));
    const QByteArray zpl = ZplWriter(300).labels(labels, LabelSize::Label2x1);
    const QList<QByteArray> b = blocks(zpl);
    QCOMPARE(b.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(b[i].contains("^FDMA,CS:P:DM-PART-" + QByteArray::number(i) + "^FS"));
        QCOMPARE(intAfter(b[i], "^PQ"), i + 1);
    }
    // Copies below one print once.
    LabelContent zero = labels.first();
    zero.copies = 0;
    QCOMPARE(intAfter(blocks(ZplWriter().label(zero, LabelSize::Label2x1)).value(0), "^PQ"), 1);
}

void TestZplWriter::fieldDataIsEscaped()
{
    QCOMPARE(ZplWriter::escapeField(QStringLiteral("A^B~C_D")), QByteArray("A_5EB_7EC_5FD"));
    LabelContent l = LabelContent::pick(QStringLiteral("X^XZ~JR"), QStringLiteral("ÉVIER^XA"), 1, QStringLiteral("B1"),
                                        QString());
    const QByteArray zpl = ZplWriter().label(l, LabelSize::Label4x6);
    QCOMPARE(blocks(zpl).size(), 1); // the ^XZ inside the data did not end the label
    QVERIFY(zpl.contains(QStringLiteral("ÉVIER_5EXA").toUtf8()));
    // Field data never contains a raw command prefix.
    const QRegularExpression fd(QStringLiteral("\\^FD(.*?)\\^FS"));
    auto it = fd.globalMatch(QString::fromUtf8(zpl));
    while (it.hasNext()) {
        const QString data = it.next().captured(1);
        QVERIFY2(!data.contains(u'^') && !data.contains(u'~'), qPrintable(data));
    }
}

void TestZplWriter::qrModulesMatchQrCapacity()
{
    QCOMPARE(qrModulesFor(QStringLiteral("CS:B:2222")), 21);                  // 9 alphanumeric: version 1
    QCOMPARE(qrModulesFor(QString(20, u'A')), 21);                           // alphanumeric capacity of 1-M
    QCOMPARE(qrModulesFor(QString(21, u'A')), 25);
    QCOMPARE(qrModulesFor(QString(34, u'7')), 21);                           // numeric capacity of 1-M
    QCOMPARE(qrModulesFor(QStringLiteral("cs:b:2222")), 21);                 // 9 bytes: version 1 (14)
    QCOMPARE(qrModulesFor(QString(15, u'a')), 25);
    QCOMPARE(qrModulesFor(QString(400, u'a')), 0);
    QCOMPARE(ZplWriter::qrMagnification(QStringLiteral("CS:B:2222"), 29 * 6 + 3), 6);
}

void TestZplWriter::layoutStaysInsideTheLabel_data()
{
    QTest::addColumn<int>("size");
    for (LabelSize s : {LabelSize::Label4x6, LabelSize::Label4x2, LabelSize::Label2x1, LabelSize::SheetLetter3x10,
                        LabelSize::SheetA43x10})
        QTest::newRow(qPrintable(toString(s))) << int(s);
}

void TestZplWriter::layoutStaysInsideTheLabel()
{
    QFETCH(int, size);
    const QSizeF cell = LabelStock::of(LabelSize(size)).cell;
    const QRectF bounds(QPointF(0, 0), cell);
    for (const LabelContent& l :
         {sampleBuild(), LabelContent::pick(QStringLiteral("ASSY-T-OA-RAIL-SHELF-ADDER-LRG"),
                                            QStringLiteral("RAIL SHELF ADDER, LARGE, STAINLESS, WITH BRACKETS"), 12,
                                            QStringLiteral("2222-3"), QStringLiteral("PO-45001"))}) {
        const QList<LabelElement> elements = layoutLabel(l, cell);
        QRectF qr;
        int texts = 0;
        for (const LabelElement& e : elements) {
            QVERIFY2(bounds.adjusted(-0.01, -0.01, 0.01, 0.01).contains(e.rect), qPrintable(e.text));
            if (e.type == LabelElement::Type::Qr)
                qr = e.rect;
            if (e.type == LabelElement::Type::Text) {
                ++texts;
                QVERIFY2(e.fontPt >= 4.4, qPrintable(e.text));
            }
        }
        // A square QR of at least 0.9 in (2x1 and sheet cells), not overlapped by text.
        QVERIFY(qr.isValid());
        QCOMPARE(qr.width(), qr.height());
        QVERIFY2(qr.width() >= 0.9 * 72 * 0.92, qPrintable(QString::number(qr.width())));
        for (const LabelElement& e : elements) {
            if (e.type == LabelElement::Type::Text)
                QVERIFY2(!e.rect.intersects(qr), qPrintable(e.text));
        }
        QVERIFY(texts >= 4); // heading, id, and at least two more lines
        QCOMPARE(elements.at(0).type == LabelElement::Type::Qr ? elements.at(0).text : qr.isValid() ? l.qrText() : QString(),
                 l.qrText());
    }
}

void TestZplWriter::sheetGeometry()
{
    // Letter 3x10 (Avery 5160): the last cell ends inside the page, half an inch from the bottom.
    const LabelStock letter = LabelStock::of(LabelSize::SheetLetter3x10);
    QCOMPARE(letter.cellsPerPage(), 30);
    const QRectF last = letter.cellRect(29);
    QVERIFY(QRectF(QPointF(0, 0), letter.page).contains(last));
    QCOMPARE(last.bottom(), 10.5 * 72);
    const LabelStock a4 = LabelStock::of(LabelSize::SheetA43x10);
    QVERIFY(QRectF(QPointF(0, 0), a4.page).adjusted(0, 0, 0.01, 0.01).contains(a4.cellRect(29)));
}

void TestZplWriter::labelSizesParse()
{
    for (LabelSize s : {LabelSize::Label4x6, LabelSize::Label4x2, LabelSize::Label2x1, LabelSize::SheetLetter3x10,
                        LabelSize::SheetA43x10})
        QVERIFY(labelSizeFromString(toString(s)) == s);
    QVERIFY(labelSizeFromString(QStringLiteral("SHEET-LETTER")) == LabelSize::SheetLetter3x10);
    QVERIFY(!labelSizeFromString(QStringLiteral("3x5")));
}

void TestZplWriter::travelerTextsAreComplete()
{
    const QStringList keys = travelerTextKeys();
    QVERIFY(keys.size() > 50);
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size()); // no duplicate key
    for (const QString& key : keys) {
        for (TravelerLanguage lang : {TravelerLanguage::EN, TravelerLanguage::FR, TravelerLanguage::ES})
            QVERIFY2(!travelerText(key, lang).trimmed().isEmpty(), qPrintable(key));
    }
    QCOMPARE(travelerText(QStringLiteral("title"), TravelerLanguage::FR), QStringLiteral("Fiche suiveuse de production"));
    QCOMPARE(travelerText(QStringLiteral("page"), TravelerLanguage::ES), QStringLiteral("Página %1 de %2"));
    QCOMPARE(travelerText(QStringLiteral("no.such.key"), TravelerLanguage::FR), QStringLiteral("no.such.key"));
    QVERIFY(travelerLanguageFromString(QStringLiteral("sp")) == TravelerLanguage::ES);
    // Every sign-off stage and role has its texts.
    for (const TravelerSignOff& s : TravelerContent::standardSignOffs()) {
        QVERIFY(keys.contains(s.stageKey));
        QVERIFY(keys.contains(s.roleKey));
    }
}

QTEST_APPLESS_MAIN(TestZplWriter)
#include "tst_zplwriter.moc"
