#include "domain/catalog/catalogdata.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cs::domain;

namespace {
const QString kRealCatalog = cs::test::sharedPath(u"domain/catalog");

void writeFile(const QString& dir, const QString& name, const QByteArray& text)
{
    QFile f(QDir(dir).filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

// A small valid catalog in the customer's format; each test breaks one thing.
void writeValid(const QString& dir)
{
    writeFile(dir, QStringLiteral("categories.json"), R"({"metadata":{},"categories":{
        "721":{"name":"SINK BODY","description":"","subcategories":{"721.709":{"name":"BODY","description":"","assembly_refs":["KIT-A"]}}}}})");
    writeFile(dir, QStringLiteral("parts.json"), R"({"metadata":{},"parts":{
        "P1":{"name":"BOLT","manufacturer_part_number":null,"manufacturer_info":null,"type":"COMPONENT","status":"ACTIVE"},
        "SUB":{"name":"SUB ITEM","manufacturer_part_number":null,"manufacturer_info":null,"type":"COMPONENT","status":"ACTIVE"}}})");
    writeFile(dir, QStringLiteral("assemblies.json"), R"({"metadata":{},"assemblies":{
        "KIT-A":{"name":"KIT","type":"KIT","category_code":"721","subcategory_code":"721.709","can_order":true,"is_kit":true,"status":"ACTIVE",
                 "components":[{"part_id":"SUB","quantity":2},{"part_id":"P1","quantity":3}]},
        "ASSY-SUB":{"name":"SUB","type":"SIMPLE","category_code":"721","subcategory_code":"721.709","can_order":true,"is_kit":false,"status":"ACTIVE",
                 "components":[{"part_id":"P1","quantity":4},{"part_id":"SUB","quantity":1}]}}})");
}

QStringList render(const QList<CatalogProblem>& problems)
{
    QStringList out;
    for (const CatalogProblem& p : problems)
        out << p.toString();
    return out;
}
} // namespace

class TestCatalogData : public QObject
{
    Q_OBJECT
private slots:
    void readsTheRealCatalog()
    {
        if (!QDir(kRealCatalog).exists())
            QSKIP("shared/domain/catalog is not beside the checkout");
        QList<CatalogProblem> problems;
        const CatalogData data = CatalogData::readDirectory(kRealCatalog, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(render(problems).join(u'\n')));
        // Counts documented in shared/domain/catalog/README.md.
        QCOMPARE(data.categories.size(), 6);
        QCOMPARE(data.subcategories.size(), 46);
        QCOMPARE(data.parts.size(), 284);
        QCOMPARE(data.assemblies.size(), 318);
        qsizetype lines = 0;
        for (const AssemblyRow& a : data.assemblies)
            lines += a.components.size();
        QCOMPARE(lines, 841);
        const auto colour = std::find_if(data.parts.begin(), data.parts.end(),
                                         [](const PartRow& p) { return p.id == u"708.77"; });
        QVERIFY(colour != data.parts.end());
        QCOMPARE(colour->attributes.value(QStringLiteral("vendor")).toString(), QStringLiteral("TORVAN"));
    }

    void validSmallCatalogHasNoProblems()
    {
        QTemporaryDir dir;
        writeValid(dir.path());
        QList<CatalogProblem> problems;
        const CatalogData data = CatalogData::readDirectory(dir.path(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(render(problems).join(u'\n')));
        QCOMPARE(data.assemblies.size(), 2);
    }

    void refusesBrokenCatalogs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed") << "parts.json" << QByteArray(R"("P1":{)") << QByteArray(R"("P1":{{)")
                                   << "parts.json: malformed JSON at line 2, column";
        QTest::newRow("duplicate part") << "parts.json" << QByteArray(R"("SUB":{)")
                                        << QByteArray(R"("P1":{"name":"X","type":"COMPONENT","status":"ACTIVE"},"SUB":{)")
                                        << "parts.json: P1: duplicate id";
        QTest::newRow("dangling") << "assemblies.json" << QByteArray(R"({"part_id":"P1","quantity":3})")
                                  << QByteArray(R"({"part_id":"NOPE","quantity":3})")
                                  << "assemblies.json: KIT-A: component NOPE is neither a part nor an assembly";
        QTest::newRow("zero quantity") << "assemblies.json" << QByteArray(R"("quantity":3)") << QByteArray(R"("quantity":0)")
                                       << "assemblies.json: KIT-A: component P1: quantity 0 is not positive";
        QTest::newRow("fractional quantity") << "assemblies.json" << QByteArray(R"("quantity":3)")
                                             << QByteArray(R"("quantity":1.5)")
                                             << "assemblies.json: KIT-A: component P1 (line 2): quantity must be a whole number";
        QTest::newRow("quantity out of range") << "assemblies.json" << QByteArray(R"("quantity":3)")
                                               << QByteArray(R"("quantity":1e300)")
                                               << "assemblies.json: KIT-A: component P1 (line 2): quantity 1e+300 is out of range";
        QTest::newRow("quantity above int") << "assemblies.json" << QByteArray(R"("quantity":3)")
                                            << QByteArray(R"("quantity":2147483648)")
                                            << "assemblies.json: KIT-A: component P1 (line 2): quantity 2147483648 is out of range";
        QTest::newRow("unknown category") << "assemblies.json" << QByteArray(R"("category_code":"721","subcategory_code":"721.709","can_order":true,"is_kit":true)")
                                          << QByteArray(R"("category_code":"799","subcategory_code":"721.709","can_order":true,"is_kit":true)")
                                          << "assemblies.json: KIT-A: unknown category code 799";
        QTest::newRow("cycle") << "assemblies.json" << QByteArray(R"({"part_id":"P1","quantity":4})")
                               << QByteArray(R"({"part_id":"KIT-A","quantity":4})")
                               << "assemblies.json: ASSY-SUB: cycle: ASSY-SUB -> KIT-A -> ASSY-SUB";
    }

    void refusesBrokenCatalogs()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        writeValid(dir.path());
        QFile f(QDir(dir.path()).filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        QVERIFY2(text.contains(from), "the fixture must contain the text the test replaces");
        text.replace(text.indexOf(from), from.size(), to);
        writeFile(dir.path(), file, text);

        QList<CatalogProblem> problems;
        CatalogData::readDirectory(dir.path(), &problems);
        const QStringList got = render(problems);
        QVERIFY2(std::any_of(got.begin(), got.end(), [&](const QString& p) { return p.startsWith(expected); }),
                 qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(expected, got.join(u'\n'))));
    }

    void writeThenReadRoundTrips()
    {
        QTemporaryDir src;
        writeValid(src.path());
        QList<CatalogProblem> problems;
        const CatalogData data = CatalogData::readDirectory(src.path(), &problems);
        QTemporaryDir dst;
        QString error;
        QVERIFY2(data.writeDirectory(dst.path(), &error), qPrintable(error));
        const CatalogData back = CatalogData::readDirectory(dst.path(), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(back.parts.size(), data.parts.size());
        QCOMPARE(back.assemblies.size(), data.assemblies.size());
        QCOMPARE(back.assemblies.first().components.size(), data.assemblies.first().components.size());
    }
};

QTEST_GUILESS_MAIN(TestCatalogData)
#include "tst_catalogdata.moc"
