// cleanstation-bench: programs that print figures (one JSON object per line on stdout, a readable
// table on stderr). Benchmarks are not tests: nothing here asserts a timing.
//
//   cleanstation-bench bom [--catalog DIR] [--items N] [--depth D] [--seed S] [--quick]
//   cleanstation-bench cache [--items N] [--depth D] [--seed S] [--runs R]
//   cleanstation-bench search --orders N [--runs R] [--seed S] [--database NAME]
//   cleanstation-bench load --clients N --seconds S [--curve] [--database NAME] [--orders M] [--think-ms MIN-MAX]
#include "bombench.h"
#include "cachebench.h"
#include "loadbench.h"
#include "searchbench.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cleanstation-bench"));
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h") {
        std::fputs("usage: cleanstation-bench bom [--catalog DIR] [--items N] [--depth D] [--seed S] [--quick]\n"
                   "       cleanstation-bench cache [--items N] [--depth D] [--seed S] [--runs R]\n"
                   "       cleanstation-bench search --orders N [--runs R] [--seed S] [--database NAME]\n"
                   "       cleanstation-bench load --clients N --seconds S [--curve] [--database NAME] [--orders M] [--think-ms MIN-MAX]\n"
                   "  The connection comes from the PG* variables (a superuser: scratch databases are created and dropped).\n",
                   stderr);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == u"bom")
        return cs::bench::runBomBenchmark(args.mid(1));
    if (args.first() == u"cache")
        return cs::bench::runCacheBenchmark(args.mid(1));
    if (args.first() == u"load")
        return cs::bench::runLoadBenchmark(args.mid(1));
    if (args.first() == u"search")
        return cs::bench::runSearchBenchmark(args.mid(1));
    std::fprintf(stderr, "cleanstation-bench: unknown command \"%s\" (known: bom, cache, load, search)\n", qPrintable(args.first()));
    return 2;
}
