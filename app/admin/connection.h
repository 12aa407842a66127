#pragma once

#include <QSqlDatabase>
#include <QStringList>

#include "data/common/connectionsettings.h"
#include "data/common/dberror.h"

#include <functional>

namespace cs::admin {

// The connection settings of a command: the PG* variables, or `--conninfo "key=value ..."` (removed
// from *args). Prints a clear message and returns ExitBadInput when the option is malformed.
int settingsFromArgs(QStringList& args, data::ConnectionSettings* settings);

// Opens the database connection of a command: the PG* variables, or `--conninfo "key=value ..."`
// (removed from *args). Prints a clear message and returns ExitBadInput when it cannot connect.
int openFromArgs(QStringList& args, QSqlDatabase* db);

// The same for a command that takes no arguments but an optional `OPTION VALUE` (its value in *value,
// empty when not given): prints "COMMAND: ..." and returns ExitBadInput when the value is missing or
// other arguments are left.
int openWithOption(const QString& command, QStringList& args, const QString& option, QString* value, QSqlDatabase* db);

// Runs `store` in one transaction: everything it stores is kept or nothing. `store` returns ExitOk to
// commit; any other code rolls back and is returned. Prints "COMMAND: ..." when the server refuses to
// begin or commit.
int allOrNothing(const QString& command, QSqlDatabase& db, const std::function<int()>& store);

// Prints what the server refused about SOURCE, one problem per line, saying nothing was stored.
void printRefusal(const QString& command, const QString& source, const data::DbError& error);

} // namespace cs::admin
