#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QSqlDatabase;

namespace cs::devtools {

// Synthetic orders for scale tests and benchmarks (a development tool: linked by cleanstation-admin,
// the benchmarks and the tests, never by the app).
class OrderGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(cs::devtools::OrderGenerator)

public:
    // Bulk generator for scale tests (cleanstation-admin gen-orders, cleanstation-bench search):
    // set-based INSERT ... SELECT over generate_series, in batches, one transaction per batch.
    // Purchase orders with 1 to 3 builds, realistic names, statuses spread over the workflow, want
    // dates around today, a neutral configuration; no BOM (orders.generated_bom_id is nullable).
    // With `skipTriggers` (superusers only) the audit and author triggers are off for the session
    // (session_replication_role = replica) — the rows then have no audit entries.
    struct Options
    {
        qint64 count = 1000;
        quint32 seed = 1;
        bool skipTriggers = false;
        qint64 batch = 100000;
    };
    static bool generate(QSqlDatabase db, const Options& options,
                               const std::function<void(qint64 done)>& progress, QString* error);
};

} // namespace cs::devtools
