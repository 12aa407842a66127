#pragma once

#include <QStringList>

namespace cs::bench {

// `cleanstation-bench bom` (issue 3): on the real catalog and on a generated one of 100,000 items with
// depth 8, median and p95 of (a) the in-memory generation of the most complex valid configuration,
// (b) the same explosion as one PostgreSQL recursive CTE, (c) as an ORM would do it (one query per
// assembly), (d) the cache file load, (e) the full catalog load from PostgreSQL. Checks that (b) and
// (c) give the same leaf totals as (a); exit 1 if not, 2 on bad arguments or no database.
int runBomBenchmark(const QStringList& args);

} // namespace cs::bench
