#pragma once

#include <QStringList>

namespace cs::bench {

// `cleanstation-bench search --orders N [--database NAME] [--runs R] [--seed S]`: makes sure a scratch
// database (default cs_bench_search, created and migrated when missing) holds at least N orders
// (filled by the gen-orders code path, audit triggers off), then runs a mix of realistic board
// searches (PO prefix and substring, build, customer, project; with and without a status filter;
// first page, server sort) as a coordinator would, and prints {"orders":N,"p50_ms":x,"p95_ms":y}.
// Also prints, on stderr, the plan of one search of each kind (trigram index use).
int runSearchBenchmark(const QStringList& args);

} // namespace cs::bench
