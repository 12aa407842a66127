// The one rule for order documents (types, content signatures, size), with no server: the types a sink
// maker's POs and drawings come in, each accepted with its MIME type; refusals naming the file and
// saying why (type, disguised content, size, empty); exactly 25 MB allowed, one byte more not; a file
// on disk read and checked whole.
#include "domain/orders/documentrules.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using cs::domain::DocumentRules;

class TestDocumentRules : public QObject
{
    Q_OBJECT

private slots:
    void allowedTypes();
    void acceptedKinds();
    void refusalsNameTheFile();
    void sizeLimitByHead();
    void filesOnDisk();
};

void TestDocumentRules::allowedTypes()
{
    // One set of rules for the wizard and the order page: the types of a sink maker's POs and drawings.
    QCOMPARE(DocumentRules::allowedSuffixes(),
             (QStringList{QStringLiteral("pdf"), QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                          QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("dxf"), QStringLiteral("dwg"),
                          QStringLiteral("step"), QStringLiteral("stp"), QStringLiteral("doc"), QStringLiteral("docx"),
                          QStringLiteral("xls"), QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("txt")}));
    QCOMPARE(DocumentRules::allowedTypesText(),
             QStringLiteral("PDF, PNG, JPG, JPEG, TIF, TIFF, DXF, DWG, STEP, STP, DOC, DOCX, XLS, XLSX, CSV, TXT"));
    QVERIFY(DocumentRules::fileDialogPatterns().startsWith(QStringLiteral("*.pdf *.png ")));
    QCOMPARE(DocumentRules::maxBytes, qint64(26214400));
}

void TestDocumentRules::acceptedKinds()
{
    const QByteArray ole2("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8);
    const QList<std::tuple<QString, QByteArray, QString>> accepted{
        {QStringLiteral("po.PDF"), QByteArray("%PDF-1.7\n"), QStringLiteral("application/pdf")},
        {QStringLiteral("scan.pdf"), QByteArray(300, ' ') + QByteArray("%PDF-1.3\n"), QStringLiteral("application/pdf")},
        {QStringLiteral("photo.jpeg"), QByteArray("\xff\xd8\xff\xe0", 4), QStringLiteral("image/jpeg")},
        {QStringLiteral("plan.tif"), QByteArray("MM\x00*", 4), QStringLiteral("image/tiff")},
        {QStringLiteral("plan.dxf"), QByteArray("0\nSECTION\n"), QStringLiteral("image/vnd.dxf")},
        {QStringLiteral("plan.dwg"), QByteArray("AC1032"), QStringLiteral("image/vnd.dwg")},
        {QStringLiteral("sink.stp"), QByteArray("ISO-10303-21;\n"), QStringLiteral("model/step")},
        {QStringLiteral("spec.doc"), ole2, QStringLiteral("application/msword")},
        {QStringLiteral("prices.xls"), ole2, QStringLiteral("application/vnd.ms-excel")},
        {QStringLiteral("lines.csv"), QByteArray("a,b\n"), QStringLiteral("text/csv")},
        {QStringLiteral("notes.txt"), QByteArray("hello"), QStringLiteral("text/plain")},
    };
    for (const auto& [name, content, mime] : accepted) {
        QString type;
        QString why;
        QVERIFY2(DocumentRules::check(name, content, &type, &why), qPrintable(name + u' ' + why));
        QCOMPARE(type, mime);
    }
}

void TestDocumentRules::refusalsNameTheFile()
{
    const QByteArray ole2("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8);
    // Refusals on the client, each naming the file: type, disguised content, size, empty.
    QString why;
    QVERIFY(!DocumentRules::check(QStringLiteral("tool.exe"), QByteArray("MZ"), nullptr, &why));
    QVERIFY(why.contains(QStringLiteral("tool.exe")));
    QVERIFY(why.contains(QStringLiteral(".exe")));
    QVERIFY(why.contains(DocumentRules::allowedTypesText()));
    QVERIFY(!DocumentRules::check(QStringLiteral("README"), QByteArray("text"), nullptr, &why));
    QVERIFY(why.contains(QStringLiteral("README")));
    QVERIFY(!DocumentRules::check(QStringLiteral("fake.pdf"), QByteArray("MZ not a pdf"), nullptr, &why));
    QVERIFY(why.contains(QStringLiteral("fake.pdf")));
    QVERIFY(why.contains(QStringLiteral("not a PDF file")));
    QVERIFY(!DocumentRules::check(QStringLiteral("late.pdf"), QByteArray(2000, ' ') + QByteArray("%PDF-1.4"), nullptr,
                                  &why));   // the header must be in the first 1024 bytes
    QVERIFY(!DocumentRules::check(QStringLiteral("spec.docx"), ole2, nullptr, &why));   // a DOC renamed
    QVERIFY(why.contains(QStringLiteral("not a DOCX file")));
    QVERIFY(!DocumentRules::check(QStringLiteral("empty.txt"), QByteArray(), nullptr, &why));
    QVERIFY(why.contains(QStringLiteral("empty.txt")));
    QVERIFY(why.contains(QStringLiteral("empty")));
    QVERIFY(!DocumentRules::check(QStringLiteral("big.pdf"), QByteArray("%PDF-") + QByteArray(DocumentRules::maxBytes, 'x'),
                                  nullptr, &why));
    QVERIFY(why.contains(QStringLiteral("big.pdf")));
    QVERIFY(why.contains(QStringLiteral("25 MB")));
}

void TestDocumentRules::sizeLimitByHead()
{
    // By size and first bytes (a file on disk): exactly 25 MB is allowed, one byte more is not.
    QString why;
    QVERIFY(DocumentRules::check(QStringLiteral("max.pdf"), DocumentRules::maxBytes, QByteArray("%PDF-1.4\n"), nullptr,
                                 &why));
    QVERIFY(!DocumentRules::check(QStringLiteral("max.pdf"), DocumentRules::maxBytes + 1, QByteArray("%PDF-1.4\n"),
                                  nullptr, &why));
}

void TestDocumentRules::filesOnDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&dir](const QString& name, const QByteArray& bytes) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return f.fileName();
    };
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png.append(QByteArray(5000, '\x01'));
    const QString good = write(QStringLiteral("photo.png"), png);
    QString mime;
    QString why;
    QVERIFY2(DocumentRules::checkFile(good, &mime, &why), qPrintable(why));
    QCOMPARE(mime, QStringLiteral("image/png"));
    const DocumentRules::File file = DocumentRules::readFile(good);
    QVERIFY2(file.ok(), qPrintable(file.why));
    QCOMPARE(file.content, png);
    QCOMPARE(file.mimeType, QStringLiteral("image/png"));

    // Disguised: refused on the first bytes, and nothing kept when read.
    const QString fake = write(QStringLiteral("fake.pdf"), QByteArray("MZ not a pdf at all"));
    QVERIFY(!DocumentRules::checkFile(fake, nullptr, &why));
    QVERIFY(why.contains(QStringLiteral("“fake.pdf”")));
    const DocumentRules::File refused = DocumentRules::readFile(fake);
    QVERIFY(!refused.ok());
    QVERIFY(refused.content.isEmpty());
    QVERIFY(refused.why.contains(QStringLiteral("not a PDF file")));

    // Missing, and a folder: cannot be read, said so.
    QVERIFY(!DocumentRules::checkFile(dir.filePath(QStringLiteral("gone.pdf")), nullptr, &why));
    QVERIFY(why.contains(QStringLiteral("cannot be read")));
    QVERIFY(!DocumentRules::readFile(dir.path()).ok());
    QVERIFY(DocumentRules::readFile(dir.path()).why.contains(QStringLiteral("not a file")));

    // One byte over the limit on disk: refused by its size, its content not kept.
    const QString big = dir.filePath(QStringLiteral("big.pdf"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n");
        QVERIFY(f.resize(DocumentRules::maxBytes + 1));
    }
    const DocumentRules::File tooBig = DocumentRules::readFile(big);
    QVERIFY(!tooBig.ok());
    QVERIFY(tooBig.why.contains(QStringLiteral("25 MB")));
    QVERIFY(tooBig.content.isEmpty());
}

QTEST_GUILESS_MAIN(TestDocumentRules)
#include "tst_documentrules.moc"
