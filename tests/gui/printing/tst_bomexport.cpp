// A BOM exported by cs_print without a server: the tree and the procurement list as CSV (header row,
// depth, quantities, fields with commas, quotes and line breaks quoted), and as a PDF whose text holds
// the build, the PO, the hash and every item (pdftotext); a file that cannot be written is said so.
#include "pdfcheck.h"

#include "print/bomexport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using cs::print::BomExport;
using cs::print::BomSheet;

namespace {

BomSheet sample()
{
    BomSheet s;
    s.buildNumber = QStringLiteral("2222-3");
    s.poNumber = QStringLiteral("PO-45001");
    s.version = 2;
    s.status = QStringLiteral("Approved");
    s.sha256 = QStringLiteral("ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12");
    s.tree = {{0, QStringLiteral("ASSY-BODY"), QStringLiteral("Body, 48\" wide"), 1, 1, QStringLiteral("R-BODY")},
              {1, QStringLiteral("P-BOLT"), QStringLiteral("Bolt M8"), 4, 4, QString()},
              {0, QStringLiteral("KIT-LEGS"), QStringLiteral("Legs\nadjustable"), 1, 1, QStringLiteral("R-LEGS")}};
    s.flat = {{QStringLiteral("P-BOLT"), QStringLiteral("Bolt M8"), 4}, {QStringLiteral("P-FOOT"), QStringLiteral("Foot, leveling"), 4}};
    return s;
}

} // namespace

class TestBomExport : public QObject
{
    Q_OBJECT

private slots:
    void treeCsv();
    void procurementCsv();
    void pdf();
    void unwritable();

private:
    QTemporaryDir m_dir;
};

void TestBomExport::treeCsv()
{
    const QString csv = QString::fromUtf8(BomExport::csv(sample(), false));
    const QStringList lines = csv.split(u'\n');
    QCOMPARE(lines.value(0), QStringLiteral("Level,Item,Name,Qty,Extended qty,Rule"));
    QCOMPARE(lines.value(1), QStringLiteral("0,ASSY-BODY,\"Body, 48\"\" wide\",1,1,R-BODY"));
    QCOMPARE(lines.value(2), QStringLiteral("1,P-BOLT,Bolt M8,4,4,"));
    QCOMPARE(lines.value(3), QStringLiteral("0,KIT-LEGS,\"Legs"));   // a quoted field keeps its line break
    QCOMPARE(lines.value(4), QStringLiteral("adjustable\",1,1,R-LEGS"));
}

void TestBomExport::procurementCsv()
{
    const QString path = m_dir.filePath(QStringLiteral("flat.csv"));
    QString why;
    QVERIFY2(BomExport::writeCsv(path, sample(), true, &why), qPrintable(why));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()),
             QStringLiteral("Item,Name,Total qty\nP-BOLT,Bolt M8,4\nP-FOOT,\"Foot, leveling\",4\n"));
}

void TestBomExport::pdf()
{
    const QString missing = cs::test::missingPrintTools();
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    const QString path = m_dir.filePath(QStringLiteral("bom.pdf"));
    QString why;
    QVERIFY2(BomExport::writePdf(path, sample(), &why), qPrintable(why));
    QString text;
    QString error;
    QVERIFY2(cs::test::pdfText(path, &text, &error), qPrintable(error));
    for (const QString& s : {QStringLiteral("2222-3"), QStringLiteral("PO-45001"), sample().sha256, QStringLiteral("ASSY-BODY"),
                             QStringLiteral("P-BOLT"), QStringLiteral("KIT-LEGS"), QStringLiteral("P-FOOT"),
                             QStringLiteral("Procurement list")})
        QVERIFY2(text.contains(s), qPrintable(s));
}

void TestBomExport::unwritable()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/bom.csv"));
    QString why;
    QVERIFY(!BomExport::writeCsv(path, sample(), false, &why));
    QVERIFY2(why.contains(QStringLiteral("Could not write")), qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("no-such-folder")), qPrintable(why));
}

QTEST_MAIN(TestBomExport)
#include "tst_bomexport.moc"
