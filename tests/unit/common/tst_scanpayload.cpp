#include "domain/common/scanpayload.h"

#include <QTest>

using cs::domain::ScanPayload;

class TestScanPayload : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("build") << int(ScanPayload::Kind::Build) << QStringLiteral("b-1001") << QStringLiteral("CS:B:B-1001");
        QTest::newRow("order") << int(ScanPayload::Kind::Order) << QStringLiteral("42") << QStringLiteral("CS:O:42");
        QTest::newRow("part") << int(ScanPayload::Kind::Part) << QStringLiteral("t2-dl14-kit") << QStringLiteral("CS:P:T2-DL14-KIT");
    }
    void roundTrip()
    {
        QFETCH(int, kind);
        QFETCH(QString, key);
        QFETCH(QString, encoded);
        const ScanPayload p{ScanPayload::Kind(kind), key};
        QCOMPARE(p.encode(), encoded);
        QVERIFY(ScanPayload::isQrAlphanumeric(encoded));
        const auto back = ScanPayload::parse(encoded);
        QVERIFY(back.has_value());
        QCOMPARE(int(back->kind), kind);
        QCOMPARE(back->key, key.toUpper());
    }
    void rejectsOtherText()
    {
        QVERIFY(!ScanPayload::parse(QStringLiteral("hello")).has_value());
        QVERIFY(!ScanPayload::parse(QStringLiteral("CS:X:12")).has_value());
        QVERIFY(!ScanPayload::parse(QStringLiteral("CS:B:")).has_value());
        QVERIFY(!ScanPayload::isQrAlphanumeric(QStringLiteral("cs:b:abc")));
    }
};

QTEST_GUILESS_MAIN(TestScanPayload)
#include "tst_scanpayload.moc"
