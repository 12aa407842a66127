#include "cachebench.h"

#include "data/catalog/catalogcache.h"
#include "domain/catalog/catalog.h"
#include "devtools/syntheticcatalog.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <time.h>
#include <vector>

namespace cs::bench {

namespace {

struct Timing
{
    double median = 0;
    double p95 = 0;
    double cpuMedian = -1; // the thread's processor time; -1 where the platform has no such clock
    int runs = 0;
};

// This thread's processor time in ns: unlike the wall clock, it does not grow while other programs
// have the processor (a shared build machine), though their use of the caches still shows.
qint64 threadCpuNs()
{
#if defined(Q_OS_UNIX)
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
#endif
    return -1;
}

double medianOf(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

Timing time(int runs, const std::function<void()>& f)
{
    for (int i = 0; i < 2; ++i)
        f();   // warm-up: the file in the page cache, the allocator's arenas grown
    std::vector<double> ms, cpu;
    QElapsedTimer t;
    for (int i = 0; i < runs; ++i) {
        const qint64 c0 = threadCpuNs();
        t.start();
        f();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        const qint64 c1 = threadCpuNs();
        if (c0 >= 0 && c1 >= 0)
            cpu.push_back(double(c1 - c0) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    const size_t n = ms.size();
    const size_t k = size_t(std::max(1.0, std::ceil(0.95 * double(n))));
    return Timing{medianOf(ms), ms[std::min(k, n) - 1], cpu.size() == ms.size() ? medianOf(cpu) : -1, int(n)};
}

} // namespace

int runCacheBenchmark(const QStringList& args)
{
    using namespace cs::domain;
    SyntheticCatalogSpec spec;
    int items = 100000;
    int runs = 50;
    spec.depth = 8;
    spec.seed = 1;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        auto value = [&]() -> QString { return i + 1 < args.size() ? args.at(++i) : QString(); };
        bool ok = true;
        if (a == u"--items")
            items = value().toInt(&ok);
        else if (a == u"--depth")
            spec.depth = value().toInt(&ok);
        else if (a == u"--seed")
            spec.seed = value().toULongLong(&ok);
        else if (a == u"--runs")
            runs = value().toInt(&ok);
        else
            ok = false;
        if (!ok || items < 1000 || runs < 1) {
            std::fprintf(stderr, "cleanstation-bench cache: bad argument %s\n", qPrintable(a));
            return 2;
        }
    }
    spec.assemblies = items / 5;
    spec.parts = items - spec.assemblies;
    QString error;
    CatalogData data = SyntheticCatalog::generate(spec, &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "cleanstation-bench cache: %s\n", qPrintable(error));
        return 2;
    }
    data.revision = 1;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.cscache"));
    if (!data::CatalogCache::writeFile(path, data, &error)) {
        std::fprintf(stderr, "cleanstation-bench cache: %s\n", qPrintable(error));
        return 2;
    }
    const CatalogPtr reference = Catalog::fromData(data);

    bool failed = false;
    const Timing load = time(runs, [&] {
        data::CatalogCache cache(path);
        if (cache.loadFile(&error) != data::CatalogCache::FileStatus::Ok || !cache.catalog()
            || cache.catalog()->size() != reference->size()) {
            failed = true;
        }
    });
    const Timing rows = time(std::max(5, runs / 5), [&] {
        CatalogData d;
        data::CatalogCache::readFile(path, &d, &error);
    });
    // What a refresh does with a catalog fresh from the server: build the graph it serves, then write
    // the file from the rows and that graph (CatalogCache::refresh and install()).
    const Timing build = time(std::max(5, runs / 10), [&] { Catalog::fromData(data); });
    const Timing write = time(std::max(5, runs / 10), [&] {
        if (!data::CatalogCacheFile::write(path, data, *reference, &error))
            failed = true;
    });
    if (failed) {
        std::fprintf(stderr, "cleanstation-bench cache: the cache file did not load: %s\n", qPrintable(error));
        return 1;
    }
    const struct
    {
        const char* what;
        Timing t;
    } figures[] = {{"cache-load", load}, {"cache-read-rows", rows}, {"catalog-build", build},
                   {"cache-write", write}};
    for (const auto& f : figures)
        std::printf("{\"catalog\":\"generated\",\"items\":%d,\"method\":\"%s\",\"median_ms\":%.3f,\"p95_ms\":%.3f,"
                    "\"cpu_median_ms\":%.3f}\n",
                    reference->size(), f.what, f.t.median, f.t.p95, f.t.cpuMedian);
    std::fflush(stdout);
    std::fprintf(stderr, "\n%-16s %10s %10s %14s %6s\n", "what", "median ms", "p95 ms", "cpu median ms", "runs");
    for (const auto& f : figures)
        std::fprintf(stderr, "%-16s %10.2f %10.2f %14.2f %6d\n", f.what, f.t.median, f.t.p95, f.t.cpuMedian, f.t.runs);
    std::fprintf(stderr, "  %d items (%lld parts, %lld assemblies), cache file %lld KiB\n", reference->size(),
                 static_cast<long long>(data.parts.size()), static_cast<long long>(data.assemblies.size()),
                 static_cast<long long>(QFileInfo(path).size() / 1024));
    return 0;
}

} // namespace cs::bench
