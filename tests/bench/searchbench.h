#pragma once

#include <QStringList>

namespace cs::bench {

// `cleanstation-bench search --orders N [--database NAME] [--runs R] [--per-kind K] [--seed S]
// [--kinds REGEX] [--no-migrate] [--list]`: makes
// sure a scratch database (default cs_bench_search, created and migrated when missing) holds at least
// N orders (filled by the gen-orders code path, audit triggers off; two thirds assigned to 30
// people), then reads board pages as a coordinator would: R realistic searches of the first page
// (PO prefix and substring, build, customer, project; with and without a status filter), and K pages
// of each of these for every sort the board offers (random direction): the first page ("sort X"),
// with a status filter ("sort X +status"), a page 1,000, 10,000 or 100,000 rows down, asked for by
// the key of the row above it ("deep X"), and a broad name search, a city ("word X"). Prints p50 and
// p95 per kind (a table on stderr, a JSON line each on stdout) and {"orders":N,"p50_ms":x,"p95_ms":y}.
// The search terms are drawn from a sample that the seed fixes, so two runs on one database (or on
// two copies of it) read the same pages. `--kinds REGEX` keeps the kinds it matches; `--no-migrate`
// leaves the database's schema and functions as they are (to measure what another build migrated);
// `--list` prints every page's time with its direction and search text.
int runSearchBenchmark(const QStringList& args);

} // namespace cs::bench
