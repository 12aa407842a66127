#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace cs::admin {

// Opens the database connection of a command: the PG* variables, or `--conninfo "key=value ..."`
// (removed from *args). Prints a clear message and returns ExitBadInput when it cannot connect.
int openFromArgs(QStringList& args, QSqlDatabase* db);

} // namespace cs::admin
