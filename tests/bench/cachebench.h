#pragma once

#include <QStringList>

namespace cs::bench {

// `cleanstation-bench cache [--items N] [--depth D] [--seed S] [--runs R]`: the catalog cache file of a
// generated catalog (100,000 items by default), without a database: the start-up load (read, check,
// build the graph, serve) and its parts, as median and p95 over R loads. One JSON line per figure on
// stdout, a table on stderr. `cleanstation-bench bom` measures the same load among its figures.
int runCacheBenchmark(const QStringList& args);

} // namespace cs::bench
