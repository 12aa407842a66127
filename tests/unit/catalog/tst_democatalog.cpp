#include "domain/catalog/catalogdata.h"
#include "testpaths.h"

#include <QSet>
#include <QTest>

using namespace cs::domain;

// The demo catalog that seed-demo imports must be valid and must hold every id the rules and the
// accessory library name, in the form the customer's catalog uses.
class TestDemoCatalog : public QObject
{
    Q_OBJECT
private slots:
    void isValidAndCoversTheRules()
    {
        QList<CatalogProblem> problems;
        const CatalogData data = CatalogData::readDirectory(cs::test::sourcePath(u"resources/demo/catalog"), &problems);
        QStringList text;
        for (const CatalogProblem& p : problems)
            text << p.toString();
        QVERIFY2(problems.isEmpty(), qPrintable(text.join(u'\n')));

        QSet<QString> ids;
        for (const PartRow& p : data.parts)
            ids.insert(p.id);
        for (const AssemblyRow& a : data.assemblies)
            ids.insert(a.id.startsWith(u"ASSY-") ? a.id.mid(5) : a.id);
        const QStringList ruleIds{
            QStringLiteral("T2-STD-MANUAL-EN-KIT"), QStringLiteral("T2-STD-MANUAL-FR-KIT"), QStringLiteral("T2-STD-MANUAL-SP-KIT"),
            QStringLiteral("T2-BODY-48-60-HA"), QStringLiteral("T2-BODY-61-72-HA"), QStringLiteral("T2-BODY-73-120-HA"),
            QStringLiteral("T2-DL27-KIT"), QStringLiteral("T2-DL14-KIT"), QStringLiteral("T2-LC1-KIT"),
            QStringLiteral("T2-DL27-FH-KIT"), QStringLiteral("T2-DL14-FH-KIT"), QStringLiteral("T2-LEVELING-CASTOR-475"),
            QStringLiteral("T2-SEISMIC-FEET"), QStringLiteral("T2-OHL-MDRD-KIT"), QStringLiteral("T2-ADW-PB-PERF-KIT"),
            QStringLiteral("T2-ADW-PB-SOLID-KIT"), QStringLiteral("T2-ADW-PB-4836"), QStringLiteral("T2-ADW-PB-12036"),
            QStringLiteral("708.77"), QStringLiteral("T2-BSN-EDR-KIT"), QStringLiteral("T2-BSN-ESK-KIT"),
            QStringLiteral("T2-BSN-ESK-DI-KIT"), QStringLiteral("T2-ADW-BASIN20X20X8"), QStringLiteral("T2-ADW-BASIN30X20X10"),
            QStringLiteral("T2-CTRL-EDR1"), QStringLiteral("T2-CTRL-ESK3"), QStringLiteral("T2-CTRL-EDR2-ESK1"),
            QStringLiteral("T2-OA-MS-1026"), QStringLiteral("T2-OA-BASIN-LIGHT-EDR-KIT"), QStringLiteral("T2-OA-BASIN-LIGHT-ESK-KIT"),
            QStringLiteral("T2-OA-STD-FAUCET-WB-KIT"), QStringLiteral("T2-OA-PRE-RINSE-FAUCET-KIT"),
            QStringLiteral("T2-OA-DI-GOOSENECK-FAUCET-KIT"), QStringLiteral("T2-OA-WATERGUN-TURRET-KIT"),
            QStringLiteral("T2-OA-AIRGUN-ROSETTE-KIT"), QStringLiteral("T2-OA-PO-SHLF-1212"),
            QStringLiteral("T2-OA-2D-152012-STACKED-KIT"), QStringLiteral("T-OA-MNT-SINGLE-COMBO-PB")};
        for (const QString& id : ruleIds)
            QVERIFY2(ids.contains(id), qPrintable(QStringLiteral("demo catalog lacks %1").arg(id)));
    }
};

QTEST_GUILESS_MAIN(TestDemoCatalog)
#include "tst_democatalog.moc"
