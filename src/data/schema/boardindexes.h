#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cs::data {

// The order board's sort and search indexes for a large table (migration 0023, cs.board_indexes).
// A table of fewer than 5,000 builds is read by the board in one scan, and every person's backend
// would pay for these 19 indexes at each write, each plan and each visit of autovacuum; so they
// exist only once cs.orders holds kBuildsNeeded builds. buildWhenDue() then builds the missing
// ones, and rebuilds one a failed build left invalid, with CREATE INDEX CONCURRENTLY (people keep
// writing meanwhile). Called by `cleanstation-admin migrate` and by the order generator; needs a
// superuser (or the table's owner) and a connection outside a transaction.
class BoardIndexes
{
public:
    static constexpr int kBuildsNeeded = 4000;

    struct Result
    {
        bool ok = true;
        QString error;      // what failed, for the log
        QStringList built;  // the indexes built by this call
    };
    static Result buildWhenDue(QSqlDatabase db);
};

} // namespace cs::data
