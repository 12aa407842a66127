// CatalogLoader against the customer's files: the real catalog imported into PostgreSQL and read
// back gives the same items, components and quantities as the files, and the same BOMs.
#include "data/catalog/catalogimporter.h"
#include "data/catalog/catalogloader.h"
#include "domain/bom/bomgenerator.h"
#include "domain/catalog/catalog.h"
#include "devtools/syntheticcatalog.h"
#include "testdatabase.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace cs;
using namespace cs::domain;

namespace {

const QString kRealCatalog = cs::test::sharedPath(u"domain/catalog");
const QString kCases = cs::test::sharedPath(u"domain/acceptance/cases.json");

} // namespace

class TestCatalogLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString why;
        if (!test::ScratchDatabase::clusterAvailable(&why))
            QSKIP(qPrintable(why));
        if (!QDir(kRealCatalog).exists())
            QSKIP("shared/domain/catalog is not beside the checkout");
        m_db = std::make_unique<test::ScratchDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        QList<CatalogProblem> problems;
        m_files = CatalogData::readDirectory(kRealCatalog, &problems);
        QVERIFY(problems.isEmpty());
        const data::CatalogImporter::Result r = data::CatalogImporter(m_db->superuser()).importDirectory(kRealCatalog);
        QVERIFY2(r.ok, qPrintable(r.error));
        m_revision = r.revision;
        QString error;
        QVERIFY2(data::CatalogLoader(m_db->superuser()).load(&m_loaded, &error), qPrintable(error));
    }

    void revisionIsTheImportedOne()
    {
        QCOMPARE(m_loaded.revision, m_revision);
        QString error;
        QCOMPARE(data::CatalogLoader(m_db->superuser()).revision(&error), m_revision);
    }

    void sameRowsAsTheFiles()
    {
        QCOMPARE(m_loaded.categories.size(), m_files.categories.size());
        QCOMPARE(m_loaded.subcategories.size(), m_files.subcategories.size());
        QCOMPARE(m_loaded.parts.size(), m_files.parts.size());
        QCOMPARE(m_loaded.assemblies.size(), m_files.assemblies.size());

        QMap<QString, const PartRow*> parts;
        for (const PartRow& p : m_loaded.parts)
            parts.insert(p.id, &p);
        for (const PartRow& p : m_files.parts) {
            const PartRow* l = parts.value(p.id);
            QVERIFY2(l, qPrintable(p.id));
            QCOMPARE(l->name, p.name);
            QCOMPARE(l->type, p.type);
            QCOMPARE(l->status, p.status);
            QCOMPARE(l->isCustom, p.isCustom);
        }

        QMap<QString, const AssemblyRow*> assemblies;
        qsizetype components = 0;
        for (const AssemblyRow& a : m_loaded.assemblies)
            assemblies.insert(a.id, &a);
        for (const AssemblyRow& a : m_files.assemblies) {
            const AssemblyRow* l = assemblies.value(a.id);
            QVERIFY2(l, qPrintable(a.id));
            QCOMPARE(l->name, a.name);
            QCOMPARE(l->type, a.type);
            QCOMPARE(l->isKit, a.isKit);
            QCOMPARE(l->canOrder, a.canOrder);
            QCOMPARE(l->subcategoryCode, a.subcategoryCode);
            QCOMPARE(l->components.size(), a.components.size());
            for (qsizetype i = 0; i < a.components.size(); ++i) {
                QCOMPARE(l->components.at(i).childId, a.components.at(i).childId);
                QCOMPARE(l->components.at(i).quantity, a.components.at(i).quantity);
            }
            components += a.components.size();
        }
        QVERIFY(components > 0);
    }

    void sameGraph()
    {
        const CatalogPtr fromFiles = Catalog::fromData(m_files);
        const CatalogPtr fromDb = Catalog::fromData(m_loaded);
        QCOMPARE(fromDb->size(), fromFiles->size());
        QCOMPARE(fromDb->componentCount(), fromFiles->componentCount());
        for (int i = 0; i < fromFiles->size(); ++i) {
            const int j = fromDb->resolve(fromFiles->id(i));
            QVERIFY2(j >= 0, qPrintable(fromFiles->id(i)));
            QCOMPARE(fromDb->id(j), fromFiles->id(i));
            QCOMPARE(fromDb->flags(j), fromFiles->flags(i));
            const auto a = fromFiles->components(i);
            const auto b = fromDb->components(j);
            QCOMPARE(qsizetype(b.size()), qsizetype(a.size()));
            for (size_t k = 0; k < a.size(); ++k) {
                QCOMPARE(fromDb->childId(b[k]), fromFiles->childId(a[k]));
                QCOMPARE(b[k].quantity, a[k].quantity);
            }
        }
    }

    // Every acceptance case and the most complex order: the same BOM, byte for byte, from both.
    void sameBoms()
    {
        const CatalogPtr fromFiles = Catalog::fromData(m_files);
        const CatalogPtr fromDb = Catalog::fromData(m_loaded);
        QFile f(kCases);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray cases = QJsonDocument::fromJson(f.readAll()).array();
        QVERIFY(!cases.isEmpty());
        int generatedBuilds = 0;
        auto compare = [&](const OrderConfiguration& config, QDate today, const QString& label) {
            const GenerationResult a = BomGenerator::generate(*fromFiles, config, today);
            const GenerationResult b = BomGenerator::generate(*fromDb, config, today);
            QCOMPARE(b.valid, a.valid);
            QCOMPARE(b.errorCodes(), a.errorCodes());
            QCOMPARE(b.builds.size(), a.builds.size());
            for (qsizetype i = 0; i < a.builds.size(); ++i) {
                QVERIFY2(b.builds.at(i).canonicalJson() == a.builds.at(i).canonicalJson(), qPrintable(label));
                if (a.builds.at(i).generated)
                    ++generatedBuilds;
            }
        };
        for (const QJsonValue& v : cases) {
            const QJsonObject c = v.toObject();
            QString error;
            const auto config = OrderConfiguration::fromJson(c.value(u"config").toObject(), &error);
            QVERIFY2(config, qPrintable(error));
            compare(*config, QDate::fromString(c.value(u"enteredOn").toString(), Qt::ISODate),
                    c.value(u"id").toString());
        }
        const QDate today(2025, 3, 1);
        compare(SyntheticCatalog::mostComplexOrder(today), today, QStringLiteral("most complex"));
        QVERIFY(generatedBuilds > 0);
    }

    void cleanupTestCase() { m_db.reset(); }

private:
    std::unique_ptr<test::ScratchDatabase> m_db;
    CatalogData m_files;
    CatalogData m_loaded;
    qint64 m_revision = -1;
};

QTEST_GUILESS_MAIN(TestCatalogLoader)
#include "tst_catalogloader.moc"
