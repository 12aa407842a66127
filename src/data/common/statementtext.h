#pragma once

// One statement with its values written in, so that it reaches the server in one round trip.
//
// Qt's PostgreSQL driver runs a prepared QSqlQuery as three statements, each a round trip of its own:
// PREPARE, then EXECUTE with the values as literals, then DEALLOCATE when the query goes. Every
// repository call prepares its statements afresh (nothing is kept between calls), so the server
// never reuses them; with 500 people on two cores the waits between round trips were the largest
// part of an operation's time. statementText() writes the values into the statement instead, as
// the driver itself writes them into EXECUTE: strings and bytes escaped by the driver
// (QSqlDriver::formatValue, which knows the connection's quoting), every other value written only
// from characters that cannot end a literal (digits, signs, ISO dates).
//
// Every value is written as a quoted literal without a type ('42', 'true', '2026-12-03'), which
// PostgreSQL types from where it stands, as it types the parameters of a PREPARE: a number bound to
// a text parameter stays text, a date where a timestamp is expected becomes one.
//
// Placeholders are found as Qt finds them (":name" outside '…', "…" and `…`, not after another
// ':', so "x::int" is a cast); a placeholder without a value is NULL, as Qt binds it. A value of
// a type the driver could not write safely (a list, a map) is refused, never written as raw text.

#include <QString>
#include <QVariantMap>

class QSqlDriver;

namespace cs::data {

struct StatementText
{
    QString sql;     // the statement with its values written in; empty when error is set
    QString error;   // why it could not be written (a value of an unsupported type)
};

StatementText statementText(const QSqlDriver& driver, const QString& sql, const QVariantMap& bindings);

} // namespace cs::data
