// CatalogCache: the local cache file (round trip, corrupt, truncated, old format, not a cache file),
// the background revision check against PostgreSQL, a catalog swapped in while a generation runs,
// and an unreachable server that leaves the cached catalog serving.
#include "data/catalog/catalogcache.h"
#include "data/catalog/catalogimporter.h"
#include "data/orders/generationservice.h"
#include "domain/bom/bomgenerator.h"
#include "domain/catalog/syntheticcatalog.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace cs;
using namespace cs::domain;
using FileStatus = data::CatalogCache::FileStatus;

namespace {

const QString kRealCatalog = QStringLiteral(CS_SHARED_DIR "/domain/catalog");
constexpr int kWait = 60000; // generous: a wait for a signal, not a timing assertion

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A port on 127.0.0.1 where nothing listens: 1 (tcpmux) is privileged and unused.
constexpr int kClosedPort = 1;

} // namespace

class TestCatalogCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!QDir(kRealCatalog).exists())
            QSKIP("shared/domain/catalog is not beside the checkout");
        QList<CatalogProblem> problems;
        m_files = CatalogData::readDirectory(kRealCatalog, &problems);
        QVERIFY(problems.isEmpty());
        m_files.revision = 42;
        m_today = QDate(2025, 3, 1);
        m_order = SyntheticCatalog::mostComplexOrder(m_today);
        const GenerationResult r = BomGenerator::generate(*Catalog::fromData(m_files), m_order, m_today);
        QVERIFY2(r.valid, qPrintable(r.errorCodes().join(u' ')));
        QVERIFY(m_dir.isValid());
    }

    void roundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("round.cscache"));
        QString error;
        QVERIFY2(data::CatalogCache::writeFile(path, m_files, &error), qPrintable(error));
        CatalogData back;
        QCOMPARE(data::CatalogCache::readFile(path, &back, &error), FileStatus::Ok);
        QCOMPARE(back.revision, 42);
        QCOMPARE(back.categories.size(), m_files.categories.size());
        QCOMPARE(back.subcategories.size(), m_files.subcategories.size());
        QCOMPARE(back.parts.size(), m_files.parts.size());
        QCOMPARE(back.assemblies.size(), m_files.assemblies.size());
        for (qsizetype i = 0; i < m_files.subcategories.size(); ++i)
            QCOMPARE(back.subcategories.at(i).assemblyRefs, m_files.subcategories.at(i).assemblyRefs);
        for (qsizetype i = 0; i < m_files.parts.size(); ++i) {
            const PartRow& a = m_files.parts.at(i);
            const PartRow& b = back.parts.at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.manufacturerPartNumber, a.manufacturerPartNumber);
            QCOMPARE(b.manufacturerInfo, a.manufacturerInfo);
            QCOMPARE(b.type, a.type);
            QCOMPARE(b.status, a.status);
            QCOMPARE(b.description, a.description);
            QCOMPARE(b.isCustom, a.isCustom);
            QCOMPARE(b.attributes, a.attributes);
        }
        for (qsizetype i = 0; i < m_files.assemblies.size(); ++i) {
            const AssemblyRow& a = m_files.assemblies.at(i);
            const AssemblyRow& b = back.assemblies.at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.type, a.type);
            QCOMPARE(b.categoryCode, a.categoryCode);
            QCOMPARE(b.subcategoryCode, a.subcategoryCode);
            QCOMPARE(b.canOrder, a.canOrder);
            QCOMPARE(b.isKit, a.isKit);
            QCOMPARE(b.status, a.status);
            QCOMPARE(b.components.size(), a.components.size());
            for (qsizetype k = 0; k < a.components.size(); ++k) {
                QCOMPARE(b.components.at(k).childId, a.components.at(k).childId);
                QCOMPARE(b.components.at(k).quantity, a.components.at(k).quantity);
                QCOMPARE(b.components.at(k).notes, a.components.at(k).notes);
            }
        }

        // Start-up: the cache object serves it at once, and the BOM is the files' BOM.
        data::CatalogCache cache(path);
        QSignalSpy changed(&cache, &data::CatalogCache::catalogChanged);
        QVERIFY(!cache.catalog());
        QCOMPARE(cache.revision(), -1);
        QCOMPARE(cache.loadFile(), FileStatus::Ok);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toLongLong(), 42);
        QVERIFY(cache.catalog());
        QCOMPARE(cache.revision(), 42);
        const GenerationResult a = BomGenerator::generate(*Catalog::fromData(m_files), m_order, m_today);
        const GenerationResult b = BomGenerator::generate(*cache.catalog(), m_order, m_today);
        QCOMPARE(b.builds.size(), a.builds.size());
        for (qsizetype i = 0; i < a.builds.size(); ++i)
            QCOMPARE(b.builds.at(i).sha256Hex(), a.builds.at(i).sha256Hex());
    }

    void missingFile()
    {
        data::CatalogCache cache(m_dir.filePath(QStringLiteral("none.cscache")));
        QCOMPARE(cache.loadFile(), FileStatus::Missing);
        QVERIFY(!cache.catalog());
    }

    void damagedFiles_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("expected");
        QTest::newRow("flipped payload byte") << QStringLiteral("flip") << int(FileStatus::Corrupt);
        QTest::newRow("flipped last byte") << QStringLiteral("flip-last") << int(FileStatus::Corrupt);
        QTest::newRow("trailing bytes") << QStringLiteral("append") << int(FileStatus::Corrupt);
        QTest::newRow("truncated to half") << QStringLiteral("half") << int(FileStatus::Truncated);
        QTest::newRow("truncated by one byte") << QStringLiteral("minus-one") << int(FileStatus::Truncated);
        QTest::newRow("truncated inside the header") << QStringLiteral("header") << int(FileStatus::Truncated);
        QTest::newRow("empty") << QStringLiteral("empty") << int(FileStatus::Truncated);
        QTest::newRow("old format version") << QStringLiteral("old-format") << int(FileStatus::OldFormat);
        QTest::newRow("newer format version") << QStringLiteral("new-format") << int(FileStatus::OldFormat);
        QTest::newRow("not a cache file") << QStringLiteral("garbage") << int(FileStatus::BadMagic);
        QTest::newRow("size field too large") << QStringLiteral("huge-size") << int(FileStatus::Truncated);
    }

    // A damaged file is reported, deleted and never served; nothing crashes.
    void damagedFiles()
    {
        QFETCH(QString, damage);
        QFETCH(int, expected);
        const QString path = m_dir.filePath(QStringLiteral("damaged.cscache"));
        QVERIFY(data::CatalogCache::writeFile(path, m_files));
        QByteArray bytes = readAll(path);
        QVERIFY(bytes.size() > 1000);
        auto setU32 = [&](int at, quint32 v) {
            for (int i = 0; i < 4; ++i)
                bytes[at + i] = char((v >> (8 * i)) & 0xff);
        };
        if (damage == u"flip")
            bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x20);
        else if (damage == u"flip-last")
            bytes[bytes.size() - 1] = char(bytes.at(bytes.size() - 1) ^ 0x01);
        else if (damage == u"append")
            bytes.append("xyz");
        else if (damage == u"half")
            bytes.truncate(bytes.size() / 2);
        else if (damage == u"minus-one")
            bytes.chop(1);
        else if (damage == u"header")
            bytes.truncate(10);
        else if (damage == u"empty")
            bytes.clear();
        else if (damage == u"old-format")
            setU32(4, data::CatalogCache::kFormatVersion - 1);
        else if (damage == u"new-format")
            setU32(4, data::CatalogCache::kFormatVersion + 1);
        else if (damage == u"garbage")
            bytes = QByteArray(4096, 'x');
        else if (damage == u"huge-size")
            setU32(20, 0x7fffffff);
        QVERIFY(writeAll(path, bytes));

        CatalogData out;
        out.revision = -7;
        QString error;
        QCOMPARE(int(data::CatalogCache::readFile(path, &out, &error)), expected);
        QVERIFY(!error.isEmpty());
        QCOMPARE(out.revision, -7); // untouched

        data::CatalogCache cache(path);
        QSignalSpy changed(&cache, &data::CatalogCache::catalogChanged);
        QCOMPARE(int(cache.loadFile(&error)), expected);
        QVERIFY(!cache.catalog());
        QCOMPARE(changed.size(), 0);
        QVERIFY2(!QFile::exists(path), "a bad cache file is discarded");
    }

    // ---- with the server ----

    void refreshFromTheServer()
    {
        if (!openDatabase())
            return;
        const QString path = m_dir.filePath(QStringLiteral("server.cscache"));
        QFile::remove(path);
        {
            // A corrupt file: discarded at start-up, rebuilt by the background check.
            QVERIFY(writeAll(path, QByteArray(100, 'z')));
            data::CatalogCache cache(path);
            QCOMPARE(cache.loadFile(), FileStatus::BadMagic);
            QSignalSpy changed(&cache, &data::CatalogCache::catalogChanged);
            QSignalSpy finished(&cache, &data::CatalogCache::refreshFinished);
            cache.refresh(m_db->settings());
            QVERIFY(cache.isRefreshing());
            QVERIFY(finished.wait(kWait));
            QCOMPARE(finished.at(0).at(0).toBool(), true);
            QCOMPARE(finished.at(0).at(1).toLongLong(), m_revision);
            QCOMPARE(changed.size(), 1);
            QCOMPARE(cache.revision(), m_revision);
            QVERIFY(QFile::exists(path));

            // Same revision on the server: nothing is fetched, the same catalog keeps serving.
            const CatalogPtr before = cache.catalog();
            cache.refresh(m_db->settings());
            QVERIFY(finished.wait(kWait));
            QCOMPARE(finished.at(1).at(0).toBool(), false);
            QCOMPARE(changed.size(), 1);
            QCOMPARE(cache.catalog().get(), before.get());
        }
        // The next start serves the rebuilt file at once.
        data::CatalogCache next(path);
        QCOMPARE(next.loadFile(), FileStatus::Ok);
        QCOMPARE(next.revision(), m_revision);
    }

    // The catalog changes on the server while a generation runs: the running generation finishes
    // on the catalog it started with; the next one uses the new catalog.
    void revisionChangeSwappedInWhileGenerating()
    {
        if (!openDatabase())
            return;
        const QString path = m_dir.filePath(QStringLiteral("swap.cscache"));
        QFile::remove(path);
        data::CatalogCache cache(path);
        QSignalSpy finished(&cache, &data::CatalogCache::refreshFinished);
        cache.refresh(m_db->settings());
        QVERIFY(finished.wait(kWait));
        const qint64 oldRevision = cache.revision();
        QCOMPARE(oldRevision, m_revision);
        const CatalogPtr oldCatalog = cache.catalog();

        // The change: one more of the first component of an assembly the BOM uses.
        const GenerationResult before = BomGenerator::generate(*oldCatalog, m_order, m_today);
        QVERIFY(before.valid);
        CatalogData changedData = m_files;
        QString changedAssembly;
        for (const BomTreeNode& n : before.builds.at(0).tree) {
            if (n.item < 0 || !oldCatalog->hasComponents(n.item))
                continue;
            for (AssemblyRow& a : changedData.assemblies) {
                if (a.id == oldCatalog->assemblyId(n.item) && !a.components.isEmpty()
                    && oldCatalog->resolve(a.components.first().childId) != n.item) {
                    a.components.first().quantity += 1;
                    changedAssembly = a.id;
                    break;
                }
            }
            if (!changedAssembly.isEmpty())
                break;
        }
        QVERIFY(!changedAssembly.isEmpty());

        data::GenerationService service(&cache);
        QList<QPair<quint64, GenerationResult>> results;
        QList<bool> onGuiThread;
        connect(&service, &data::GenerationService::generated, this,
                [&](quint64 id, const GenerationResult& r) {
                    results.append({id, r});
                    onGuiThread.append(QThread::currentThread() == thread());
                });

        const quint64 first = service.request(m_order, m_today);
        QVERIFY(service.isBusy()); // its result can only arrive through the event loop

        // Meanwhile (this thread does not process events until the refresh waits below) the server's
        // catalog changes and the background check swaps the new one in.
        const data::CatalogImporter::Result imported = data::CatalogImporter(m_db->superuser()).importData(changedData);
        QVERIFY2(imported.ok, qPrintable(imported.error));
        QVERIFY(imported.revision > oldRevision);
        QSignalSpy changed(&cache, &data::CatalogCache::catalogChanged);
        cache.refresh(m_db->settings());
        QVERIFY(changed.wait(kWait));
        QCOMPARE(cache.revision(), imported.revision);
        QVERIFY(cache.catalog() != oldCatalog);

        QTRY_VERIFY_WITH_TIMEOUT(!service.isBusy(), kWait);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).first, first);
        QCOMPARE(results.at(0).second.catalogRevision, oldRevision);
        QCOMPARE(results.at(0).second.builds.at(0).sha256Hex(), before.builds.at(0).sha256Hex());

        const quint64 second = service.request(m_order, m_today);
        QTRY_VERIFY_WITH_TIMEOUT(results.size() == 2, kWait);
        QCOMPARE(results.at(1).first, second);
        const GenerationResult& after = results.at(1).second;
        QCOMPARE(after.catalogRevision, imported.revision);
        QVERIFY(after.valid);
        QVERIFY(after.builds.at(0).totalLeafQty() > before.builds.at(0).totalLeafQty());
        QVERIFY(!onGuiThread.contains(false));

        // Restore the original catalog for the other tests.
        const data::CatalogImporter::Result restored = data::CatalogImporter(m_db->superuser()).importData(m_files);
        QVERIFY2(restored.ok, qPrintable(restored.error));
        m_revision = restored.revision;
    }

    // With the server unreachable, the cached catalog keeps serving previews.
    void serverUnreachableServesTheCache()
    {
        const QString path = m_dir.filePath(QStringLiteral("offline.cscache"));
        QVERIFY(data::CatalogCache::writeFile(path, m_files));
        data::CatalogCache cache(path);
        QCOMPARE(cache.loadFile(), FileStatus::Ok);

        data::ConnectionSettings unreachable = data::ConnectionSettings::fromEnvironment();
        unreachable.host = QStringLiteral("127.0.0.1");
        unreachable.port = kClosedPort;
        unreachable.database = QStringLiteral("cs_nowhere");
        QSignalSpy failed(&cache, &data::CatalogCache::refreshFailed);
        QSignalSpy finished(&cache, &data::CatalogCache::refreshFinished);
        cache.refresh(unreachable);
        QVERIFY(failed.wait(kWait));
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QCOMPARE(finished.size(), 0);
        QCOMPARE(cache.revision(), 42);
        QVERIFY(QFile::exists(path));

        data::GenerationService service(&cache);
        QSignalSpy generated(&service, &data::GenerationService::generated);
        service.request(m_order, m_today);
        QVERIFY(generated.wait(kWait));
        const GenerationResult r = generated.at(0).at(1).value<GenerationResult>();
        QVERIFY(r.valid);
        QCOMPARE(r.catalogRevision, 42);
    }

    void cleanupTestCase() { m_db.reset(); }

private:
    bool openDatabase()
    {
        QString why;
        if (!test::ScratchDatabase::clusterAvailable(&why)) {
            QTest::qSkip(qPrintable(why), __FILE__, __LINE__);
            return false;
        }
        if (!m_db) {
            m_db = std::make_unique<test::ScratchDatabase>();
            if (!m_db->isValid()) {
                QTest::qFail(qPrintable(m_db->error()), __FILE__, __LINE__);
                return false;
            }
            const data::CatalogImporter::Result r = data::CatalogImporter(m_db->superuser()).importDirectory(kRealCatalog);
            if (!r.ok) {
                QTest::qFail(qPrintable(r.error), __FILE__, __LINE__);
                return false;
            }
            m_revision = r.revision;
        }
        return true;
    }

    QTemporaryDir m_dir;
    CatalogData m_files;
    OrderConfiguration m_order;
    QDate m_today;
    std::unique_ptr<test::ScratchDatabase> m_db;
    qint64 m_revision = -1;
};

QTEST_GUILESS_MAIN(TestCatalogCache)
#include "tst_catalogcache.moc"
