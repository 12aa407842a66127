#include "bombench.h"

#include "data/catalog/catalogcache.h"
#include "data/catalog/catalogimporter.h"
#include "data/catalog/catalogloader.h"
#include "data/common/connectionsettings.h"
#include "data/schema/migrator.h"
#include "domain/bom/bomgenerator.h"
#include "domain/catalog/catalog.h"
#include "devtools/syntheticcatalog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace cs::bench {

namespace {

using namespace cs::domain;

// Leaf totals per build: build index -> (plain id -> total quantity).
using LeafTotals = QMap<int, QMap<QString, qint64>>;

struct Figure
{
    QString catalog;
    QString method;
    double medianMs = 0;
    double p95Ms = 0;
    int runs = 0;
};

struct Budget
{
    int maxRuns;
    qint64 maxNs; // stop after this much measured time (at least kMinRuns runs)
};
constexpr int kMinRuns = 5;
constexpr int kWarmup = 2;

// Runs `f` (after warm-up) until maxRuns or the time budget; returns the sorted durations in ms.
Figure measure(const QString& catalog, const QString& method, Budget budget, const std::function<void()>& f)
{
    for (int i = 0; i < kWarmup; ++i)
        f();
    std::vector<double> ms;
    qint64 total = 0;
    QElapsedTimer t;
    while (int(ms.size()) < budget.maxRuns && (int(ms.size()) < kMinRuns || total < budget.maxNs)) {
        t.start();
        f();
        const qint64 ns = t.nsecsElapsed();
        total += ns;
        ms.push_back(double(ns) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    auto rank = [&](double p) { // nearest rank
        const size_t k = size_t(std::max(1.0, std::ceil(p * double(ms.size()))));
        return ms[std::min(k, ms.size()) - 1];
    };
    const size_t n = ms.size();
    const double median = n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
    return Figure{catalog, method, median, rank(0.95), int(n)};
}

QString arrayLiteral(const QStringList& values)
{
    QStringList quoted;
    quoted.reserve(values.size());
    for (QString v : values) {
        v.replace(u'\\', QStringLiteral("\\\\"));
        v.replace(u'"', QStringLiteral("\\\""));
        quoted << u'"' + v + u'"';
    }
    return u'{' + quoted.join(u',') + u'}';
}

// The explosion as one recursive CTE, with the resolution rule of CONFIGURATION.md 1.2 / 9.14: a name
// X is assembly X, else assembly ASSY-X, else part X (a leaf); a component that resolves to its own
// parent (ASSY-X listing part X) is a leaf; quantities multiply along the path; leaf totals are
// merged per build. Leaf ids are plain ids (ASSY- dropped unless an assembly X also exists).
const char* const kCteSql = R"SQL(
WITH RECURSIVE walk (build, asm, name, qty, depth) AS (
    SELECT t.build, CAST(coalesce(a1.assembly_id, a2.assembly_id) AS text), t.id, t.qty, 0
      FROM unnest(CAST(:builds AS int[]), CAST(:ids AS text[]), CAST(:qtys AS bigint[])) AS t (build, id, qty)
      LEFT JOIN cs.assemblies a1 ON a1.assembly_id = t.id
      LEFT JOIN cs.assemblies a2 ON a2.assembly_id = 'ASSY-' || t.id
    UNION ALL
    SELECT w.build, CAST(nullif(coalesce(a1.assembly_id, a2.assembly_id), w.asm) AS text),
           CAST(coalesce(c.child_part_id, c.child_assembly_id) AS text), w.qty * c.quantity, w.depth + 1
      FROM walk w
      JOIN cs.assembly_components c ON c.parent_assembly_id = w.asm
      LEFT JOIN cs.assemblies a1 ON a1.assembly_id = coalesce(c.child_part_id, c.child_assembly_id)
      LEFT JOIN cs.assemblies a2 ON a2.assembly_id = 'ASSY-' || coalesce(c.child_part_id, c.child_assembly_id)
     WHERE w.depth < 16
)
SELECT w.build,
       CASE WHEN w.asm IS NULL THEN w.name
            WHEN w.asm LIKE 'ASSY-%'
                 AND NOT EXISTS (SELECT 1 FROM cs.assemblies b WHERE b.assembly_id = substr(w.asm, 6))
                 THEN substr(w.asm, 6)
            ELSE w.asm END AS leaf,
       sum(w.qty)::bigint
  FROM walk w
 WHERE w.asm IS NULL OR NOT EXISTS (SELECT 1 FROM cs.assembly_components c WHERE c.parent_assembly_id = w.asm)
 GROUP BY 1, 2
)SQL";

// What an ORM does: load an assembly by id (X, else ASSY-X), then lazily its component collection
// (one query per assembly, children joined to their assembly), and walk the object graph in code.
// The session's identity map loads each collection once per session (one session per run).
class OrmWalker
{
public:
    explicit OrmWalker(QSqlDatabase db)
        : m_find(db)
        , m_children(db)
        , m_exists(db)
    {
        m_find.prepare(QStringLiteral(
            "SELECT coalesce((SELECT assembly_id FROM cs.assemblies WHERE assembly_id = :x),"
            " (SELECT assembly_id FROM cs.assemblies WHERE assembly_id = :y))"));
        m_children.prepare(QStringLiteral(
            "SELECT coalesce(c.child_part_id, c.child_assembly_id), c.quantity, coalesce(a1.assembly_id, a2.assembly_id)"
            " FROM cs.assembly_components c"
            " LEFT JOIN cs.assemblies a1 ON a1.assembly_id = coalesce(c.child_part_id, c.child_assembly_id)"
            " LEFT JOIN cs.assemblies a2 ON a2.assembly_id = 'ASSY-' || coalesce(c.child_part_id, c.child_assembly_id)"
            " WHERE c.parent_assembly_id = :p ORDER BY c.position"));
        m_exists.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM cs.assemblies WHERE assembly_id = :x)"));
    }

    bool run(const QList<QList<BomLine>>& builds, LeafTotals* out, QString* error)
    {
        m_session.clear();
        m_queries = 0;
        out->clear();
        for (int b = 0; b < builds.size(); ++b) {
            QMap<QString, qint64>& leaves = (*out)[b];
            for (const BomLine& line : builds.at(b)) {
                m_find.bindValue(QStringLiteral(":x"), line.id);
                m_find.bindValue(QStringLiteral(":y"), QStringLiteral("ASSY-") + line.id);
                if (!exec(m_find, error) || !m_find.next())
                    return false;
                const QString asm_ = m_find.value(0).toString();
                m_find.finish();
                if (asm_.isEmpty())
                    leaves[line.id] += line.qty;
                else if (!walk(asm_, line.id, line.qty, &leaves, error))
                    return false;
            }
        }
        return true;
    }
    int queries() const { return m_queries; }

private:
    struct Child
    {
        QString name;
        qint64 qty = 1;
        QString asm_;
    };

    bool exec(QSqlQuery& q, QString* error)
    {
        ++m_queries;
        if (q.exec())
            return true;
        *error = q.lastError().text();
        return false;
    }

    bool walk(const QString& asm_, const QString& name, qint64 qty, QMap<QString, qint64>* leaves, QString* error)
    {
        auto it = m_session.find(asm_);
        if (it == m_session.end()) {
            m_children.bindValue(QStringLiteral(":p"), asm_);
            if (!exec(m_children, error))
                return false;
            QList<Child> children;
            while (m_children.next())
                children.append(Child{m_children.value(0).toString(), m_children.value(1).toLongLong(),
                                      m_children.value(2).toString()});
            m_children.finish();
            it = m_session.insert(asm_, children);
        }
        const QList<Child> children = *it;
        if (children.isEmpty()) {
            QString plain = asm_;
            if (asm_ == QStringLiteral("ASSY-") + name) {
                plain = name;
            } else if (asm_.startsWith(u"ASSY-")) {
                m_exists.bindValue(QStringLiteral(":x"), asm_.mid(5));
                if (!exec(m_exists, error) || !m_exists.next())
                    return false;
                if (!m_exists.value(0).toBool())
                    plain = asm_.mid(5);
                m_exists.finish();
            }
            (*leaves)[plain] += qty;
            return true;
        }
        for (const Child& c : children) {
            if (c.asm_.isEmpty() || c.asm_ == asm_)
                (*leaves)[c.name] += qty * c.qty; // a part, or ASSY-X listing its own part X
            else if (!walk(c.asm_, c.name, qty * c.qty, leaves, error))
                return false;
        }
        return true;
    }

    QSqlQuery m_find;
    QSqlQuery m_children;
    QSqlQuery m_exists;
    QHash<QString, QList<Child>> m_session;
    int m_queries = 0;
};

class ScratchDb
{
public:
    explicit ScratchDb(const data::ConnectionSettings& base)
        : m_base(base)
    {
        static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
        m_name = QStringLiteral("cs_bench_");
        for (int i = 0; i < 10; ++i)
            m_name += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]);
        if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_name), &m_error)) { // [a-z0-9_] only
            m_name.clear();
            return;
        }
        data::ConnectionSettings s = m_base;
        s.database = m_name;
        s.applicationName = QStringLiteral("cleanstation-bench");
        m_db = s.open(m_name);
        if (!m_db.isOpen()) {
            m_error = m_db.lastError().text();
            return;
        }
        const data::Migrator::Result r = data::Migrator(m_db).migrate();
        if (!r.ok) {
            m_error = r.error;
            return;
        }
        // This database is thrown away after the run and only its reads are measured. The audit
        // trigger updates the single audit_chain_head row once per written row, so one transaction
        // importing ~400,000 catalog rows walks an ever longer chain of row versions (quadratic: many
        // minutes for 100,000 items); the audit of the catalog tables is off here.
        QSqlQuery q(m_db);
        for (const char* table : {"categories", "subcategories", "parts", "assemblies", "assembly_components"}) {
            if (!q.exec(QStringLiteral("ALTER TABLE cs.%1 DISABLE TRIGGER audit").arg(QLatin1String(table)))) {
                m_error = q.lastError().text();
                return;
            }
        }
    }
    ~ScratchDb()
    {
        if (m_name.isEmpty())
            return;
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        QString error;
        if (!adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name), &error))
            std::fprintf(stderr, "cannot drop %s: %s\n", qPrintable(m_name), qPrintable(error));
    }
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return m_db; }

private:
    bool adminExec(const QString& sql, QString* error)
    {
        const QString conn = QStringLiteral("bench-admin");
        bool ok = false;
        {
            data::ConnectionSettings s = m_base;
            if (s.database.isEmpty())
                s.database = QStringLiteral("postgres");
            QSqlDatabase admin = s.open(conn);
            if (!admin.isOpen()) {
                *error = QStringLiteral("cannot connect (%1): %2").arg(s.describe(), admin.lastError().text());
            } else {
                QSqlQuery q(admin);
                ok = q.exec(sql);
                if (!ok)
                    *error = q.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(conn);
        return ok;
    }

    data::ConnectionSettings m_base;
    QString m_name;
    QString m_error;
    QSqlDatabase m_db;
};

QString describe(const QMap<QString, qint64>& a, const QMap<QString, qint64>& b)
{
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (!b.contains(it.key()))
            return QStringLiteral("%1 missing").arg(it.key());
        if (b.value(it.key()) != it.value())
            return QStringLiteral("%1: %2 vs %3").arg(it.key()).arg(it.value()).arg(b.value(it.key()));
    }
    for (auto it = b.begin(); it != b.end(); ++it)
        if (!a.contains(it.key()))
            return QStringLiteral("%1 extra").arg(it.key());
    return {};
}

struct CatalogRun
{
    QString label;     // "real" | "generated"
    CatalogData data;
};

// Returns 0, or 1 when the leaf totals differ, 2 on a setup failure. Appends the figures.
int benchCatalog(const CatalogRun& run, const data::ConnectionSettings& settings, bool quick, QList<Figure>* figures,
                 QStringList* notes)
{
    const QString& label = run.label;
    const CatalogPtr catalog = Catalog::fromData(run.data);
    const QDate today = QDate::currentDate();
    const OrderConfiguration order = SyntheticCatalog::mostComplexOrder(today);
    qsizetype componentRows = 0;
    for (const AssemblyRow& a : run.data.assemblies)
        componentRows += a.components.size();

    // (a) in memory: the wizard's function, validation + rules + expansion (tree and flat list).
    GenerationResult generated = BomGenerator::generate(*catalog, order, today);
    if (!generated.valid) {
        std::fprintf(stderr, "%s: the most complex configuration is not valid on this catalog: %s\n", qPrintable(label),
                     qPrintable(generated.errorCodes().join(u' ')));
        return 2;
    }
    LeafTotals memory;
    QList<QList<BomLine>> tops;
    qsizetype treeNodes = 0, topLines = 0;
    for (int b = 0; b < generated.builds.size(); ++b) {
        const BuildBom& bom = generated.builds.at(b);
        tops.append(bom.top);
        treeNodes += bom.tree.size();
        topLines += bom.top.size();
        for (const BomFlatLine& l : bom.flat)
            memory[b][l.id] += l.qty;
    }
    figures->append(measure(label, QStringLiteral("memory"), {quick ? 200 : 2000, quick ? 500000000LL : 3000000000LL},
                            [&] { generated = BomGenerator::generate(*catalog, order, today); }));

    // The same data in PostgreSQL.
    ScratchDb scratch(settings);
    if (!scratch.ok()) {
        std::fprintf(stderr, "cannot create a scratch database: %s\n", qPrintable(scratch.error()));
        return 2;
    }
    QElapsedTimer importTimer;
    importTimer.start();
    const data::CatalogImporter::Result imported = data::CatalogImporter(scratch.db()).importData(run.data);
    if (!imported.ok) {
        std::fprintf(stderr, "%s: import failed: %s %s\n", qPrintable(label), qPrintable(imported.error),
                     imported.problems.isEmpty() ? "" : qPrintable(imported.problems.first().toString()));
        return 2;
    }
    const qint64 importMs = importTimer.elapsed();
    {
        QSqlQuery analyze(scratch.db());
        analyze.exec(QStringLiteral("ANALYZE"));
    }

    // (b) one recursive CTE for all builds.
    QStringList ids, builds, qtys;
    for (int b = 0; b < tops.size(); ++b) {
        for (const BomLine& l : tops.at(b)) {
            builds << QString::number(b);
            ids << l.id;
            qtys << QString::number(l.qty);
        }
    }
    QSqlQuery cte(scratch.db());
    cte.setForwardOnly(true);
    if (!cte.prepare(QString::fromUtf8(kCteSql))) {
        std::fprintf(stderr, "cte: %s\n", qPrintable(cte.lastError().text()));
        return 2;
    }
    LeafTotals cteTotals;
    QString cteError;
    auto runCte = [&] {
        cte.bindValue(QStringLiteral(":builds"), u'{' + builds.join(u',') + u'}');
        cte.bindValue(QStringLiteral(":ids"), arrayLiteral(ids));
        cte.bindValue(QStringLiteral(":qtys"), u'{' + qtys.join(u',') + u'}');
        cteTotals.clear();
        if (!cte.exec()) {
            cteError = cte.lastError().text();
            return;
        }
        while (cte.next())
            cteTotals[cte.value(0).toInt()][cte.value(1).toString()] += cte.value(2).toLongLong();
        cte.finish();
    };
    runCte();
    if (!cteError.isEmpty()) {
        std::fprintf(stderr, "cte: %s\n", qPrintable(cteError));
        return 2;
    }
    figures->append(measure(label, QStringLiteral("cte"), {quick ? 20 : 200, quick ? 1000000000LL : 5000000000LL}, runCte));

    // (c) as an ORM: one query per assembly.
    OrmWalker orm(scratch.db());
    LeafTotals ormTotals;
    QString ormError;
    if (!orm.run(tops, &ormTotals, &ormError)) {
        std::fprintf(stderr, "orm: %s\n", qPrintable(ormError));
        return 2;
    }
    const int ormQueries = orm.queries();
    figures->append(measure(label, QStringLiteral("orm"), {quick ? 10 : 100, quick ? 1000000000LL : 8000000000LL},
                            [&] { orm.run(tops, &ormTotals, &ormError); }));

    // The three give the same leaf totals.
    int status = 0;
    for (int b = 0; b < tops.size(); ++b) {
        const QString cteDiff = describe(memory.value(b), cteTotals.value(b));
        const QString ormDiff = describe(memory.value(b), ormTotals.value(b));
        if (!cteDiff.isEmpty()) {
            std::fprintf(stderr, "ERROR %s build %d: the CTE's leaf totals differ from the in-memory ones (%s)\n",
                         qPrintable(label), b, qPrintable(cteDiff));
            status = 1;
        }
        if (!ormDiff.isEmpty()) {
            std::fprintf(stderr, "ERROR %s build %d: the ORM's leaf totals differ from the in-memory ones (%s)\n",
                         qPrintable(label), b, qPrintable(ormDiff));
            status = 1;
        }
    }

    // (d) cache file load: the start-up path (read, check, build the graph, serve).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.cscache"));
    QString error;
    if (!data::CatalogCache::writeFile(path, run.data, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    figures->append(measure(label, QStringLiteral("cache-load"), {quick ? 10 : 50, quick ? 1000000000LL : 4000000000LL}, [&] {
        data::CatalogCache cache(path);
        if (cache.loadFile(&error) != data::CatalogCache::FileStatus::Ok || !cache.catalog())
            std::fprintf(stderr, "cache load failed: %s\n", qPrintable(error));
    }));
    // Split of (d), for the table only: reading the rows vs building the graph.
    const Figure readRows = measure(label, QStringLiteral("cache-read-rows"), {10, 2000000000LL}, [&] {
        CatalogData d;
        data::CatalogCache::readFile(path, &d, &error);
    });
    const Figure buildGraph = measure(label, QStringLiteral("build-graph"), {10, 2000000000LL},
                                      [&] { (void)Catalog::fromData(run.data); });

    // (e) full catalog load from PostgreSQL (rows + graph).
    figures->append(measure(label, QStringLiteral("db-load"), {quick ? 5 : 30, quick ? 2000000000LL : 8000000000LL}, [&] {
        CatalogData d;
        if (!data::CatalogLoader(scratch.db()).load(&d, &error))
            std::fprintf(stderr, "db load failed: %s\n", qPrintable(error));
        (void)Catalog::fromData(d);
    }));

    notes->append(QStringLiteral("%1: %2 parts, %3 assemblies, %4 component rows -> %5 items; cache file %6 KiB; "
                                 "import %7 ms")
                      .arg(label)
                      .arg(run.data.parts.size())
                      .arg(run.data.assemblies.size())
                      .arg(componentRows)
                      .arg(catalog->size())
                      .arg(QFileInfo(path).size() / 1024)
                      .arg(importMs));
    notes->append(QStringLiteral("%1: %2 build(s), %3 top-level lines, %4 tree nodes, %5 distinct leaves; "
                                 "ORM %6 queries per run; leaf totals of cte and orm %7")
                      .arg(label)
                      .arg(tops.size())
                      .arg(topLines)
                      .arg(treeNodes)
                      .arg(memory.value(0).size())
                      .arg(ormQueries)
                      .arg(status == 0 ? QStringLiteral("equal to memory") : QStringLiteral("DIFFER")));
    notes->append(QStringLiteral("%1: cache-load = read rows %2 ms + build graph %3 ms (medians)")
                      .arg(label)
                      .arg(readRows.medianMs, 0, 'f', 2)
                      .arg(buildGraph.medianMs, 0, 'f', 2));
    return status;
}

QString number(double v)
{
    return QString::number(v, 'f', v < 1 ? 4 : 3);
}

} // namespace

int runBomBenchmark(const QStringList& args)
{
    QString catalogDir = qEnvironmentVariable("CS_SHARED_DIR");
    catalogDir = catalogDir.isEmpty() ? QString() : QDir(catalogDir).filePath(QStringLiteral("domain/catalog"));
    if (catalogDir.isEmpty()) {
        // Default: shared/domain/catalog beside the checkout, seen from the build tree or the source tree.
        for (const QString& candidate : {QStringLiteral(CS_BENCH_SHARED_DIR "/domain/catalog")})
            if (QDir(candidate).exists())
                catalogDir = candidate;
    }
    SyntheticCatalogSpec spec;
    spec.parts = 80000;
    spec.assemblies = 20000;
    spec.depth = 8;
    spec.seed = 1;
    int items = 100000;
    bool quick = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        auto value = [&]() -> QString { return i + 1 < args.size() ? args.at(++i) : QString(); };
        bool ok = true;
        if (a == u"--catalog")
            catalogDir = value();
        else if (a == u"--items")
            items = value().toInt(&ok);
        else if (a == u"--depth")
            spec.depth = value().toInt(&ok);
        else if (a == u"--seed")
            spec.seed = value().toULongLong(&ok);
        else if (a == u"--quick")
            quick = true;
        else
            ok = false;
        if (!ok) {
            std::fprintf(stderr, "cleanstation-bench bom: bad argument %s\n", qPrintable(a));
            return 2;
        }
    }
    if (items < 1000) {
        std::fprintf(stderr, "cleanstation-bench bom: --items must be at least 1000\n");
        return 2;
    }
    spec.assemblies = items / 5;
    spec.parts = items - spec.assemblies;

    const data::ConnectionSettings settings = data::ConnectionSettings::fromEnvironment();
    if (qEnvironmentVariableIsEmpty("PGHOST") && qEnvironmentVariableIsEmpty("PGUSER")) {
        std::fprintf(stderr, "cleanstation-bench bom: set the PG* variables (a superuser of a throwaway cluster; "
                             "e.g. eval \"$(scripts/pg.sh start /tmp/pg --fast)\")\n");
        return 2;
    }

    QList<CatalogRun> runs;
    {
        QList<CatalogProblem> problems;
        CatalogData real = CatalogData::readDirectory(catalogDir, &problems);
        if (catalogDir.isEmpty() || !problems.isEmpty()) {
            std::fprintf(stderr, "cleanstation-bench bom: cannot read the real catalog in \"%s\"%s%s (use --catalog DIR)\n",
                         qPrintable(catalogDir), problems.isEmpty() ? "" : ": ",
                         problems.isEmpty() ? "" : qPrintable(problems.first().toString()));
            return 2;
        }
        real.revision = 1;
        runs.append({QStringLiteral("real"), std::move(real)});
        QString error;
        CatalogData generated = SyntheticCatalog::generate(spec, &error);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "cleanstation-bench bom: cannot generate the catalog: %s\n", qPrintable(error));
            return 2;
        }
        generated.revision = 1;
        runs.append({QStringLiteral("generated"), std::move(generated)});
    }

    QList<Figure> figures;
    QStringList notes;
    int status = 0;
    for (const CatalogRun& run : std::as_const(runs)) {
        const int s = benchCatalog(run, settings, quick, &figures, &notes);
        if (s == 2)
            return 2;
        status = std::max(status, s);
    }

    // stdout: one JSON object per line.
    for (const Figure& f : std::as_const(figures))
        std::printf("{\"catalog\":\"%s\",\"method\":\"%s\",\"median_ms\":%s,\"p95_ms\":%s}\n", qPrintable(f.catalog),
                    qPrintable(f.method), qPrintable(number(f.medianMs)), qPrintable(number(f.p95Ms)));
    auto medianOf = [&](const QString& catalog, const QString& method) {
        for (const Figure& f : std::as_const(figures))
            if (f.catalog == catalog && f.method == method)
                return f.medianMs;
        return 0.0;
    };
    for (const CatalogRun& run : std::as_const(runs)) {
        const double memory = medianOf(run.label, QStringLiteral("memory"));
        std::printf("{\"catalog\":\"%s\",\"ratio_cte_over_memory\":%.1f,\"ratio_orm_over_memory\":%.1f}\n",
                    qPrintable(run.label), medianOf(run.label, QStringLiteral("cte")) / memory,
                    medianOf(run.label, QStringLiteral("orm")) / memory);
    }
    std::fflush(stdout);

    // stderr: a readable table.
    std::fprintf(stderr, "\n%-10s %-11s %12s %12s %6s\n", "catalog", "method", "median ms", "p95 ms", "runs");
    for (const Figure& f : std::as_const(figures))
        std::fprintf(stderr, "%-10s %-11s %12s %12s %6d\n", qPrintable(f.catalog), qPrintable(f.method),
                     qPrintable(number(f.medianMs)), qPrintable(number(f.p95Ms)), f.runs);
    for (const CatalogRun& run : std::as_const(runs)) {
        const double memory = medianOf(run.label, QStringLiteral("memory"));
        std::fprintf(stderr, "%-10s cte/memory %.1f x, orm/memory %.1f x\n", qPrintable(run.label),
                     medianOf(run.label, QStringLiteral("cte")) / memory, medianOf(run.label, QStringLiteral("orm")) / memory);
    }
    for (const QString& n : std::as_const(notes))
        std::fprintf(stderr, "  %s\n", qPrintable(n));
    if (status != 0)
        std::fprintf(stderr, "ERROR: the leaf totals differ (see above)\n");
    return status;
}

} // namespace cs::bench
