#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace cs::data {

// Why a call to the server did not give its answer: the one error type of every repository.
//
// The server's own functions refuse with a message "CODE: words" (CODE such as E-STALE, E-GATE or
// "E-BUILD-UNIQUE@2222" with the build it concerns) and, where a field is concerned, DETAIL "field: name"
// (cs.raise_invalid). fromSql() is the only parser of QSqlError in the program.
struct DbError
{
    Q_DECLARE_TR_FUNCTIONS(cs::data::DbError)
public:
    enum class Kind {
        None,
        Refused,          // the server's rules said no (a coded refusal, a check, a unique key)
        Conflict,         // E-STALE: someone changed the record since it was read
        Permission,       // 42501: the role may not do this
        ConnectionLost,   // the connection is gone; a write may or may not have been committed
        Timeout,          // statement_timeout or lock_timeout ran out
        Cancelled,        // superseded by a newer request, or the window closed
        Client,           // refused before the server was asked (a file could not be read, ...)
        Other             // anything else the server said
    };

    Kind kind = Kind::None;
    QString sqlState;    // "23505", "40001", ... (empty when the server said nothing)
    QString code;        // the function's own code: "E-STALE", "E-GATE"; empty when none
    QString qualifier;   // what follows '@' in the code (a build number), empty when none
    QString message;     // the server's words after the code (or its whole primary message)
    QString detail;      // DETAIL, when it is not a field name
    QString field;       // the field a refusal concerns ("poNumber"), from DETAIL "field: poNumber"

    bool isSet() const { return kind != Kind::None; }
    bool connectionLost() const { return kind == Kind::ConnectionLost; }
    // "CODE" or "CODE@qualifier".
    QString qualifiedCode() const { return qualifier.isEmpty() ? code : code + u'@' + qualifier; }

    // What to tell a person: the server's words for its own refusals, and a sentence for the kinds
    // (lost connection, time-out, permission, ...).
    QString userMessage() const;
    // For the log: everything known, never a password.
    QString logText() const;

    static DbError fromSql(const QSqlError& error);
    static DbError client(const QString& code, const QString& message);
    static DbError cancelled();
    static DbError connection(const QString& message);
};

} // namespace cs::data
