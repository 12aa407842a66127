// Catalog import into a real database: the same inputs and mutations as fuzz_catalog, imported with
// CatalogImporter::importDirectory (what `cleanstation-admin import-catalog DIR` runs) into a scratch
// database on the test cluster (the PG* variables scripts/test.sh sets; without them the test is
// skipped with exit code 77).
//
// Properties: no crash, no hang; a refused import says why (every problem has words, or the database
// error is given) and leaves every catalog table and the catalog revision exactly as they were; an
// accepted import leaves the connection usable and the revision not lower than before.

#include "catalogfuzz.h"
#include "fuzzsupport.h"
#include "testdatabase.h"

#include "data/catalog/catalogimporter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace cs;

namespace {

test::ScratchDatabase* g_database = nullptr;
QSqlDatabase* g_db = nullptr;
QTemporaryDir* g_dir = nullptr;

// Every row of every catalog table, digested, and the revision.
struct Snapshot
{
    qint64 revision = -1;
    QString digest;
    bool operator==(const Snapshot&) const = default;
};

Snapshot snapshot()
{
    static const QString sql = QStringLiteral(
        "SELECT cs.catalog_revision(), md5(concat_ws('#',"
        " (SELECT string_agg(t::text, ',' ORDER BY t.category_id) FROM cs.categories t),"
        " (SELECT string_agg(t::text, ',' ORDER BY t.subcategory_id) FROM cs.subcategories t),"
        " (SELECT string_agg(t::text, ',' ORDER BY t.part_id) FROM cs.parts t),"
        " (SELECT string_agg(t::text, ',' ORDER BY t.assembly_id) FROM cs.assemblies t),"
        " (SELECT string_agg(t::text, ',' ORDER BY t.parent_assembly_id, t.position) FROM cs.assembly_components t)))");
    QSqlQuery q(*g_db);
    CS_FUZZ_CHECK(q.exec(sql) && q.next(), QStringLiteral("the snapshot query failed: %1").arg(q.lastError().text()));
    return Snapshot{q.value(0).toLongLong(), q.value(1).toString()};
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::ensureCoreApplication("fuzz_catalogimport");
    QString why;
    if (!test::ScratchDatabase::clusterAvailable(&why)) {
        std::fprintf(stderr, "fuzz_catalogimport: skipped: %s\n", qUtf8Printable(why));
        std::exit(77);
    }
    g_database = new test::ScratchDatabase;
    if (!g_database->isValid())
        fuzz::fail("set-up", QStringLiteral("no scratch database: %1").arg(g_database->error()), __FILE__, __LINE__);
    g_db = new QSqlDatabase(g_database->superuser());
    g_dir = new QTemporaryDir;
    // The scratch database is dropped when the run ends (also after a failed property: abort skips
    // it, and scripts/test.sh removes the whole cluster).
    std::atexit([] {
        g_db->close();
        delete g_db;
        delete g_database;
        delete g_dir;
    });
    return 0;
}

extern "C" void csFuzzSeeds(std::vector<std::string>* seeds)
{
    fuzz::addCatalogSeeds(seeds);
}

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t maxSize, unsigned int seed)
{
    return fuzz::mutateCatalog(data, size, maxSize, seed);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    CS_FUZZ_CHECK(fuzz::writeCatalogDirectory(data, size, g_dir->path()), QStringLiteral("cannot write the input files"));
    const Snapshot before = snapshot();
    const data::CatalogImporter::Result r = data::CatalogImporter(*g_db).importDirectory(g_dir->path());
    const Snapshot after = snapshot();
    if (!r.ok) {
        fuzz::outcome(r.problems.isEmpty() ? "refused by the database" : "refused by validation");
        CS_FUZZ_CHECK(!r.problems.isEmpty() || !r.error.trimmed().isEmpty(), QStringLiteral("a refusal without a reason"));
        for (const domain::CatalogProblem& p : r.problems)
            CS_FUZZ_CHECK(!p.file.isEmpty() && !p.what.trimmed().isEmpty(),
                          QStringLiteral("a problem without file or words: %1").arg(p.toString()));
        CS_FUZZ_CHECK(after == before, QStringLiteral("a refused import (%1) changed the catalog: revision %2 -> %3")
                                           .arg(r.problems.isEmpty() ? r.error : r.problems.first().toString())
                                           .arg(before.revision)
                                           .arg(after.revision));
    } else {
        fuzz::outcome("imported");
        CS_FUZZ_CHECK(r.problems.isEmpty() && r.error.isEmpty(), QStringLiteral("accepted with problems listed"));
        CS_FUZZ_CHECK(after.revision >= before.revision && r.revision == after.revision,
                      QStringLiteral("revision %1 before, %2 reported, %3 after")
                          .arg(before.revision)
                          .arg(r.revision)
                          .arg(after.revision));
    }
    return 0;
}
