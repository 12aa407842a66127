// CatalogCache: the local cache file (round trip, corrupt, truncated, old format, not a cache file),
// the graph read from the file equal to the graph built from the rows, damage hidden behind a valid
// checksum (every section, string, range and index checked before use; random damage never crashes),
// strings that outlive the catalog, the background revision check against PostgreSQL, a catalog
// swapped in while a generation runs, and an unreachable server that leaves the cached catalog serving.
#include "data/catalog/catalogcache.h"
#include "data/catalog/catalogcachefile.h"
#include "data/catalog/catalogimporter.h"
#include "data/orders/generationservice.h"
#include "domain/bom/bomgenerator.h"
#include "devtools/syntheticcatalog.h"
#include "testdatabase.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QtEndian>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace cs;
using namespace cs::domain;
using FileStatus = data::CatalogCache::FileStatus;

namespace {

const QString kRealCatalog = cs::test::sharedPath(u"domain/catalog");
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

// A cache file's bytes, to damage on purpose: the sections as the format lays them out (header of 32
// bytes, then the section count, a zero and one {id, record size, offset, count} entry per section),
// and sign() to give the damaged bytes a valid checksum so that the checks behind it are reached.
struct Forge
{
    enum Section { Strings = 1, Pool = 2, Parts = 6, Items = 9, Ranges = 10, Components = 11, Unresolved = 12, Index = 13 };
    static constexpr qsizetype kHeader = 32;
    static constexpr qsizetype kTable = kHeader + 8;
    static constexpr qsizetype kEntry = 24;

    QByteArray bytes;

    quint32 u32(qsizetype at) const { return qFromLittleEndian<quint32>(bytes.constData() + at); }
    quint64 u64(qsizetype at) const { return qFromLittleEndian<quint64>(bytes.constData() + at); }
    void setU32(qsizetype at, quint32 v) { qToLittleEndian(v, bytes.data() + at); }
    void setU64(qsizetype at, quint64 v) { qToLittleEndian(v, bytes.data() + at); }
    int sectionCount() const { return int(u32(kHeader)); }
    // The table entry of a section.
    qsizetype entry(int id) const
    {
        for (int k = 0; k < sectionCount(); ++k)
            if (int(u32(kTable + k * kEntry)) == id)
                return kTable + k * kEntry;
        return -1;
    }
    qsizetype at(int id) const { return kHeader + qsizetype(u64(entry(id) + 8)); } // the section's first byte
    quint64 count(int id) const { return u64(entry(id) + 16); }
    void sign() { setU64(24, data::CatalogCacheFile::checksumOf(bytes)); }
};

// Every array of two graphs is the same, and every id resolves alike.
void compareGraphs(const Catalog& a, const Catalog& b)
{
    const Catalog::Arrays& x = a.arrays();
    const Catalog::Arrays& y = b.arrays();
    QCOMPARE(y.revision, x.revision);
    QCOMPARE(b.size(), a.size());
    QVERIFY(y.ids == x.ids);
    QVERIFY(y.names == x.names);
    QVERIFY(y.assemblyIds == x.assemblyIds);
    QVERIFY(y.subcategories == x.subcategories);
    QVERIFY(y.flags == x.flags);
    QVERIFY(y.ranges == x.ranges);
    QCOMPARE(y.components.size(), x.components.size());
    for (size_t i = 0; i < x.components.size(); ++i) {
        QCOMPARE(y.components[i].child, x.components[i].child);
        QCOMPARE(y.components[i].quantity, x.components[i].quantity);
    }
    QVERIFY(y.unresolved == x.unresolved);
    QVERIFY(y.index == x.index);
    QStringList keys{QString(), QStringLiteral("NO-SUCH-ITEM"), QStringLiteral("ASSY-"), QStringLiteral("assy-1")};
    for (int i = 0; i < a.size(); ++i)
        keys << a.id(i) << a.assemblyId(i) << QStringLiteral("ASSY-") + a.id(i) << a.id(i).toLower();
    keys << QStringList(x.unresolved.begin(), x.unresolved.end());
    for (const QString& k : std::as_const(keys))
        QCOMPARE(b.resolve(k), a.resolve(k));
}

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

    // The graph the start-up reads from the file is the one the rows build: every array and every
    // lookup, on the real catalog and on a generated one with the odd cases of the resolution rule
    // (components that name nothing, a part named like an ASSY- assembly, an assembly and its ASSY- twin).
    void graphIsTheBuiltGraph_data()
    {
        QTest::addColumn<bool>("generated");
        QTest::newRow("real catalog") << false;
        QTest::newRow("generated, with the odd cases") << true;
    }

    void graphIsTheBuiltGraph()
    {
        QFETCH(bool, generated);
        CatalogData data = m_files;
        if (generated) {
            SyntheticCatalogSpec spec;
            spec.parts = 4000;
            spec.assemblies = 1000;
            spec.depth = 5;
            spec.seed = 7;
            QString error;
            data = SyntheticCatalog::generate(spec, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            data.revision = 9;
            QVERIFY(data.assemblies.size() > 10);
            data.assemblies[0].components.append(ComponentRow{QStringLiteral("NO-SUCH-PART"), 2, QStringLiteral("gone")});
            data.assemblies[1].components.append(ComponentRow{QStringLiteral("NO-SUCH-PART"), 1, {}});
            data.assemblies[1].components.append(ComponentRow{QStringLiteral("ALSO-MISSING"), 3, {}});
            AssemblyRow twin = data.assemblies[2];
            twin.id = QStringLiteral("ASSY-") + twin.id;
            data.assemblies.append(twin);
            PartRow clash;
            clash.id = data.assemblies[3].id.startsWith(u"ASSY-") ? data.assemblies[3].id
                                                                   : QStringLiteral("ASSY-") + data.assemblies[3].id;
            clash.name = QStringLiteral("a part named like an assembly");
            data.parts.append(clash);
        }
        const CatalogPtr built = Catalog::fromData(data);
        QCOMPARE(built->arrays().unresolved.empty(), !generated);
        const QString path = m_dir.filePath(QStringLiteral("graph.cscache"));
        QString error;
        QVERIFY2(data::CatalogCacheFile::write(path, data, &error), qPrintable(error));
        CatalogPtr read;
        QCOMPARE(data::CatalogCacheFile::readCatalog(path, &read, &error), FileStatus::Ok);
        QVERIFY(read);
        compareGraphs(*built, *read);
        if (!generated) {
            const GenerationResult a = BomGenerator::generate(*built, m_order, m_today);
            const GenerationResult b = BomGenerator::generate(*read, m_order, m_today);
            QCOMPARE(b.builds.size(), a.builds.size());
            for (qsizetype i = 0; i < a.builds.size(); ++i)
                QCOMPARE(b.builds.at(i).sha256Hex(), a.builds.at(i).sha256Hex());
        }
    }

    // The strings of a loaded catalog share one block of memory; one kept after the catalog is gone
    // still holds its text, and changing it changes nothing else.
    void stringsOutliveTheCatalog()
    {
        const QString path = m_dir.filePath(QStringLiteral("strings.cscache"));
        QVERIFY(data::CatalogCache::writeFile(path, m_files));
        const CatalogPtr built = Catalog::fromData(m_files);
        QString id, name;
        {
            data::CatalogCache cache(path);
            QCOMPARE(cache.loadFile(), FileStatus::Ok);
            id = cache.catalog()->id(3);
            name = cache.catalog()->name(3);
            QString changed = cache.catalog()->id(4);
            changed.append(QStringLiteral("-X"));
            changed[0] = u'#';
            QCOMPARE(cache.catalog()->id(4), built->id(4));
            QCOMPARE(cache.catalog()->id(5), built->id(5));
        }
        QCOMPARE(id, built->id(3));
        QCOMPARE(name, built->name(3));
        QCOMPARE(QString::fromUtf16(reinterpret_cast<const char16_t*>(id.utf16())), built->id(3)); // ends with a NUL
        id.append(QStringLiteral("-after"));
        QCOMPARE(id, built->id(3) + QStringLiteral("-after"));
        QCOMPARE(name, built->name(3));
    }

    // Damage that a valid checksum does not catch (forged, or written by a faulty program): each check
    // behind the checksum refuses it with its reason, the file is discarded, and nothing is read out of
    // bounds. `reader` says which reading sees the damage: the start-up graph, the rows, or both.
    void forgedFiles_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("reader");
        QTest::addColumn<int>("expected");
        const int corrupt = int(FileStatus::Corrupt);
        QTest::newRow("header revision changed") << QStringLiteral("revision") << QStringLiteral("both") << corrupt;
        QTest::newRow("section count") << QStringLiteral("section-count") << QStringLiteral("both") << corrupt;
        QTest::newRow("section past the end") << QStringLiteral("section-past-end") << QStringLiteral("both") << corrupt;
        QTest::newRow("section repeated") << QStringLiteral("section-repeated") << QStringLiteral("both") << corrupt;
        QTest::newRow("section misaligned") << QStringLiteral("section-misaligned") << QStringLiteral("both") << corrupt;
        QTest::newRow("record size") << QStringLiteral("record-size") << QStringLiteral("both") << corrupt;
        QTest::newRow("string outside the pool") << QStringLiteral("string-outside") << QStringLiteral("both") << corrupt;
        QTest::newRow("string without its NUL") << QStringLiteral("string-nul") << QStringLiteral("both") << corrupt;
        QTest::newRow("item names no string") << QStringLiteral("item-string") << QStringLiteral("graph") << corrupt;
        QTest::newRow("part names no string") << QStringLiteral("part-string") << QStringLiteral("rows") << corrupt;
        QTest::newRow("ranges out of order") << QStringLiteral("ranges") << QStringLiteral("graph") << corrupt;
        QTest::newRow("component names no item") << QStringLiteral("child") << QStringLiteral("graph") << corrupt;
        QTest::newRow("component names no unresolved id") << QStringLiteral("child-unresolved") << QStringLiteral("graph")
                                                          << corrupt;
        QTest::newRow("index without an empty slot") << QStringLiteral("index-full") << QStringLiteral("graph") << corrupt;
        QTest::newRow("index names no item") << QStringLiteral("index-value") << QStringLiteral("graph") << corrupt;
        QTest::newRow("index of a wrong size") << QStringLiteral("index-size") << QStringLiteral("graph") << corrupt;
        QTest::newRow("graph sizes differ") << QStringLiteral("ranges-count") << QStringLiteral("graph") << corrupt;
        QTest::newRow("format version 2 (the previous client)") << QStringLiteral("version-2") << QStringLiteral("both")
                                                                << int(FileStatus::OldFormat);
    }

    void forgedFiles()
    {
        QFETCH(QString, damage);
        QFETCH(QString, reader);
        QFETCH(int, expected);
        const QString path = m_dir.filePath(QStringLiteral("forged.cscache"));
        QVERIFY(data::CatalogCache::writeFile(path, m_files));
        Forge f{readAll(path)};
        QCOMPARE(f.sectionCount(), 13);
        const quint64 items = f.count(Forge::Items);
        bool sign = true;
        if (damage == u"revision") {
            f.setU64(8, 43);
            sign = false;
        } else if (damage == u"section-count") {
            f.setU32(Forge::kHeader, 12);
        } else if (damage == u"section-past-end") {
            f.setU64(f.entry(Forge::Items) + 16, items + 1000000);
        } else if (damage == u"section-repeated") {
            f.setU32(f.entry(Forge::Ranges), Forge::Items);
        } else if (damage == u"section-misaligned") {
            f.setU64(f.entry(Forge::Items) + 8, f.u64(f.entry(Forge::Items) + 8) + 4);
        } else if (damage == u"record-size") {
            f.setU32(f.entry(Forge::Items) + 4, 16);
        } else if (damage == u"string-outside") {
            for (quint64 k = 1; k < f.count(Forge::Strings); ++k)
                f.setU32(f.at(Forge::Strings) + qsizetype(k) * 8, 0x7ffffff0);
        } else if (damage == u"string-nul") {
            for (quint64 k = 0; k < f.count(Forge::Pool); ++k)   // no NUL left
                qToLittleEndian<quint16>(u'x', f.bytes.data() + f.at(Forge::Pool) + qsizetype(k) * 2);
        } else if (damage == u"item-string") {
            f.setU32(f.at(Forge::Items) + 20 * qsizetype(items / 2) + 4, 0xfffffff0); // a name
        } else if (damage == u"part-string") {
            f.setU32(f.at(Forge::Parts), quint32(f.count(Forge::Strings)));  // one past the last string
        } else if (damage == u"ranges") {
            f.setU32(f.at(Forge::Ranges) + 4 * qsizetype(items / 2), 0x7fffffff);
        } else if (damage == u"child") {
            f.setU32(f.at(Forge::Components), quint32(items));
        } else if (damage == u"child-unresolved") {
            f.setU32(f.at(Forge::Components), quint32(-qint32(f.count(Forge::Unresolved)) - 1));
        } else if (damage == u"index-full") {
            for (quint64 k = 0; k < f.count(Forge::Index); ++k)
                f.setU32(f.at(Forge::Index) + 4 * qsizetype(k), 0);
        } else if (damage == u"index-value") {
            f.setU32(f.at(Forge::Index) + 4 * qsizetype(f.count(Forge::Index) / 3), quint32(2 * items));
        } else if (damage == u"index-size") {
            f.setU64(f.entry(Forge::Index) + 16, f.count(Forge::Index) - 1);
        } else if (damage == u"ranges-count") {
            f.setU64(f.entry(Forge::Ranges) + 16, items);
        } else if (damage == u"version-2") {
            f.setU32(4, 2);
        }
        if (sign)
            f.sign();
        QVERIFY(writeAll(path, f.bytes));

        QString error;
        if (reader != u"graph") {
            CatalogData out;
            out.revision = -7;
            QCOMPARE(int(data::CatalogCache::readFile(path, &out, &error)), expected);
            QVERIFY(!error.isEmpty());
            QCOMPARE(out.revision, -7);
        }
        if (reader != u"rows") {
            CatalogPtr graph;
            error.clear();
            QCOMPARE(int(data::CatalogCacheFile::readCatalog(path, &graph, &error)), expected);
            QVERIFY(!graph);
            QVERIFY(!error.isEmpty());
            data::CatalogCache cache(path);
            QSignalSpy changed(&cache, &data::CatalogCache::catalogChanged);
            QCOMPARE(int(cache.loadFile(&error)), expected);
            QVERIFY(!cache.catalog());
            QCOMPARE(changed.size(), 0);
            QVERIFY2(!QFile::exists(path), "a bad cache file is discarded");
        }
    }

    // Random damage behind a valid checksum, and cuts at random lengths: every reading ends with a
    // status (a damaged string may still read as another text); nothing crashes or reads out of bounds.
    void randomDamageNeverCrashes()
    {
        const QString path = m_dir.filePath(QStringLiteral("random.cscache"));
        QVERIFY(data::CatalogCache::writeFile(path, m_files));
        const QByteArray good = readAll(path);
        QRandomGenerator rng(20250301);
        int ok = 0, refused = 0;
        for (int round = 0; round < 300; ++round) {
            Forge f{good};
            if (round % 3 == 2) {
                // Cut, with a header that agrees with the cut.
                f.bytes.truncate(Forge::kHeader + rng.bounded(int(good.size() - Forge::kHeader)));
                f.setU64(16, quint64(f.bytes.size() - Forge::kHeader));
            } else {
                const int flips = 1 + rng.bounded(4);
                for (int k = 0; k < flips; ++k) {
                    const qsizetype at = Forge::kHeader + rng.bounded(int(good.size() - Forge::kHeader));
                    f.bytes[at] = char(f.bytes.at(at) ^ char(1 << rng.bounded(8)));
                }
            }
            f.sign();
            QVERIFY(writeAll(path, f.bytes));
            CatalogPtr graph;
            const FileStatus s = data::CatalogCacheFile::readCatalog(path, &graph);
            QVERIFY(s == FileStatus::Ok || s == FileStatus::Corrupt);
            if (s == FileStatus::Ok) {
                ++ok;
                QVERIFY(graph);
                qint64 total = 0;   // walk the whole graph
                for (int i = 0; i < graph->size(); ++i) {
                    total += graph->id(i).size() + graph->name(i).size() + graph->resolve(graph->id(i));
                    for (const Catalog::Component& c : graph->components(i))
                        total += graph->childId(c).size();
                }
                QVERIFY(total > 0);
            } else {
                ++refused;
            }
            CatalogData rows;
            const FileStatus r = data::CatalogCacheFile::readData(path, &rows);
            QVERIFY(r == FileStatus::Ok || r == FileStatus::Corrupt);
        }
        QVERIFY(refused > 0);
        qDebug("random damage: %d read (a changed text or number), %d refused", ok, refused);
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
