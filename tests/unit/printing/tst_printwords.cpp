// Words on paper instead of stored codes, and nothing cut that fits: the QC fail classification's codes
// in the three document languages (one list for the fail dialog, the checklist screen and the printed
// record), the traveler's status in words, the header fields of the QC record numbered as the form
// prints them, and a build label that wraps a long customer and project on the small 2x1 in stock
// rather than cutting them.

#include "domain/checklist/failclassification.h"
#include "domain/orders/orderstatus.h"
#include "domain/printing/labelcontent.h"
#include "domain/printing/travelercontent.h"

#include <QTest>

using namespace cs::domain;

class TestPrintWords : public QObject
{
    Q_OBJECT

private slots:
    void failClassificationInEveryLanguage();
    void travelerStatusInWords();
    void longBuildLabelWrapsRatherThanCuts_data();
    void longBuildLabelWrapsRatherThanCuts();
    void tooMuchForTheLabelIsCutLast();
    void buildLabelInTheOrdersLanguage();
};

void TestPrintWords::failClassificationInEveryLanguage()
{
    QCOMPARE(FailClassification::categories().size(), 6);
    QCOMPARE(FailClassification::severities(), (QStringList{QStringLiteral("Minor"), QStringLiteral("Major"), QStringLiteral("Critical")}));
    const QStringList keys = travelerTextKeys();
    for (const QString& code : FailClassification::categories()) {
        QVERIFY2(keys.contains(QStringLiteral("failCategory.") + code), qPrintable(code));
        QCOMPARE(FailClassification::categoryWords(code, TravelerLanguage::EN), code);
    }
    for (const QString& code : FailClassification::severities())
        QVERIFY2(keys.contains(QStringLiteral("failSeverity.") + code), qPrintable(code));
    QCOMPARE(FailClassification::categoryWords(QStringLiteral("Plumbing"), TravelerLanguage::FR), QStringLiteral("Plomberie"));
    QCOMPARE(FailClassification::categoryWords(QStringLiteral("Plumbing"), TravelerLanguage::ES), QStringLiteral("Fontanería"));
    QCOMPARE(FailClassification::severityWords(QStringLiteral("Major"), TravelerLanguage::FR), QStringLiteral("Majeure"));
    QCOMPARE(FailClassification::severityWords(QStringLiteral("Critical"), TravelerLanguage::ES), QStringLiteral("Crítica"));
    // A code from an older record is shown as it was stored; no code, no words.
    QCOMPARE(FailClassification::categoryWords(QStringLiteral("Welding"), TravelerLanguage::FR), QStringLiteral("Welding"));
    QCOMPARE(FailClassification::severityWords(QString(), TravelerLanguage::FR), QString());
}

void TestPrintWords::travelerStatusInWords()
{
    TravelerContent c;
    for (int i = 0; i <= int(OrderStatus::Shipped); ++i) {
        c.status = orderStatusName(OrderStatus(i));
        for (TravelerLanguage language : {TravelerLanguage::EN, TravelerLanguage::FR, TravelerLanguage::ES}) {
            c.language = language;
            QVERIFY2(travelerTextKeys().contains(QStringLiteral("status.") + c.status), qPrintable(c.status));
            QVERIFY2(!c.statusWords().isEmpty(), qPrintable(c.status));
        }
    }
    c.status = QStringLiteral("ReadyForFinalQC");
    c.language = TravelerLanguage::EN;
    QCOMPARE(c.statusWords(), QStringLiteral("Ready for Final QC"));
    c.language = TravelerLanguage::FR;
    QCOMPARE(c.statusWords(), QStringLiteral("Prêt pour le contrôle final"));
    c.status = QStringLiteral("SomethingNew");
    QCOMPARE(c.statusWords(), QStringLiteral("SomethingNew"));
}

void TestPrintWords::longBuildLabelWrapsRatherThanCuts_data()
{
    QTest::addColumn<int>("size");
    for (LabelSize s : {LabelSize::Label2x1, LabelSize::Label4x2, LabelSize::Label4x6, LabelSize::SheetLetter3x10,
                        LabelSize::SheetA43x10})
        QTest::newRow(qPrintable(toString(s))) << int(s);
}

void TestPrintWords::longBuildLabelWrapsRatherThanCuts()
{
    QFETCH(int, size);
    const QString customer = QStringLiteral("Riverside Children's Hospital");
    const QString project = QStringLiteral("Endoscopy Suite Renovation");
    const LabelContent label = LabelContent::build(QStringLiteral("2611-0142"), QStringLiteral("PO-WAL-2026-0142"),
                                                   QStringLiteral("T2-B3"), customer, project, QDate(2026, 12, 2));
    const QSizeF cell = LabelStock::of(LabelSize(size)).cell;
    const QList<LabelElement> elements = layoutLabel(label, cell);
    QStringList texts;
    for (const LabelElement& e : elements) {
        if (e.type != LabelElement::Type::Text)
            continue;
        QVERIFY2(!e.text.contains(u'…'), qPrintable(e.text));
        QVERIFY2(e.fontPt >= 5.0 - 1e-9, qPrintable(QStringLiteral("%1 at %2 pt").arg(e.text).arg(e.fontPt)));
        QVERIFY2(QRectF(QPointF(0, 0), cell).adjusted(-0.01, -0.01, 0.01, 0.01).contains(e.rect), qPrintable(e.text));
        texts << e.text;
    }
    // Every field is there, whole, a long one on two lines.
    const QString all = texts.join(u' ');
    for (const QString& whole : {customer, project, QStringLiteral("PO-WAL-2026-0142"), QStringLiteral("2026-12-02")})
        QVERIFY2(all.contains(whole), qPrintable(all));
    // Lines one under the other, never over each other.
    for (int i = 1; i < elements.size(); ++i)
        if (elements.at(i).type == LabelElement::Type::Text && elements.at(i - 1).type == LabelElement::Type::Text)
            QVERIFY(elements.at(i).rect.top() >= elements.at(i - 1).rect.bottom() - 0.01);
}

void TestPrintWords::tooMuchForTheLabelIsCutLast()
{
    // More than a 2x1 in label holds even on two lines at the smallest size: the last field is cut (the QR
    // carries the whole), the build number and the PO stay whole.
    const QString customer = QStringLiteral("Riverside Children's Hospital and Regional Sterile Processing Department");
    const QString project = QStringLiteral("Endoscopy Suite Renovation, Phase Two: North Tower Decontamination Rooms");
    const LabelContent label = LabelContent::build(QStringLiteral("2611-0142"), QStringLiteral("PO-WAL-2026-0142"),
                                                   QStringLiteral("T2-B3"), customer, project, QDate(2026, 12, 2));
    const QList<LabelElement> elements = layoutLabel(label, LabelStock::of(LabelSize::Label2x1).cell);
    QStringList texts;
    for (const LabelElement& e : elements)
        if (e.type == LabelElement::Type::Text)
            texts << e.text;
    const QString all = texts.join(u' ');
    QVERIFY2(all.contains(QStringLiteral("BUILD 2611-0142")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("PO-WAL-2026-0142")), qPrintable(all));
    QVERIFY2(!all.contains(project), qPrintable(all));
    bool qr = false;
    for (const LabelElement& e : elements)
        qr = qr || (e.type == LabelElement::Type::Qr && e.text == label.qrText());
    QVERIFY(qr);
}

void TestPrintWords::buildLabelInTheOrdersLanguage()
{
    const LabelContent fr = LabelContent::build(QStringLiteral("2611-0142"), QStringLiteral("PO-1"), QStringLiteral("T2-B3"),
                                                QStringLiteral("CHU de Lyon"), QStringLiteral("Bloc B"), QDate(2026, 12, 2), 2,
                                                TravelerLanguage::FR);
    QCOMPARE(fr.primary, QStringLiteral("FAB. 2611-0142"));
    QStringList captions;
    for (const LabelField& f : fr.fields)
        captions << f.caption;
    QCOMPARE(captions, (QStringList{QStringLiteral("CDE"), QStringLiteral("DATE"), QStringLiteral("CLIENT"), QStringLiteral("PROJET")}));
    // The QR code is the same whatever the language.
    QCOMPARE(fr.qrText(), QStringLiteral("CS:B:2611-0142"));
}

QTEST_APPLESS_MAIN(TestPrintWords)
#include "tst_printwords.moc"
