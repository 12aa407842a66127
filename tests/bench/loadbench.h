#pragma once

#include <QStringList>

namespace cs::bench {

// `cleanstation-bench load --clients N --seconds S [--curve] [--database NAME] [--orders M]
// [--think-ms MIN-MAX] [--seed X]`: N simulated people, each with their own login and a real
// data::Session (its worker thread and connection), working a realistic mix with think times on a
// scratch database (created, migrated and seeded with the demo data and M bulk orders when missing):
// coordinators search the board, open orders, edit them with the row version they read and submit new
// orders with a generated BOM and an attachment; procurement signs BOM approvals on a freshly
// authenticated connection; assemblers claim builds; the service department files requests; QC reads.
// Prints per operation p50/p95/p99, errors by kind and code, the server's backends and memory and the
// bench's own, then checks that no acknowledged write was lost and no refused one was applied. The last
// line is one JSON object: {"clients":N,"seconds":S,"operations":n,"p50_ms":..,"p95_ms":..,"p99_ms":..,
// "lost_updates":0,"errors":0,"backends":b}. --curve runs 50, 100, 200 and 500 clients in turn (one JSON
// line per level).
int runLoadBenchmark(const QStringList& args);

} // namespace cs::bench
