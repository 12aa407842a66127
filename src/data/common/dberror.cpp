#include "data/common/dberror.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QStringList>

namespace cs::data {

namespace {

bool lostConnection(const QSqlError& error, const QString& state, const QString& text)
{
    // Class 08 (connection exception), the server shutting down (57P01-57P03), a session ended by
    // the server's idle-in-transaction limit (25P03).
    if (state.startsWith(u"08") || state == u"57P01" || state == u"57P02" || state == u"57P03" || state == u"25P03")
        return true;
    if (error.type() == QSqlError::ConnectionError)
        return true;
    return text.contains(u"server closed the connection") || text.contains(u"no connection to the server")
        || text.contains(u"terminating connection") || text.contains(u"connection to server")
        || text.contains(u"could not connect") || text.contains(u"Connection refused")
        || text.contains(u"Driver not loaded");
}

} // namespace

DbError DbError::fromSql(const QSqlError& error)
{
    DbError e;
    if (!error.isValid() && error.type() == QSqlError::NoError)
        return e;
    e.sqlState = error.nativeErrorCode();
    const QString whole = error.databaseText().isEmpty() ? error.text() : error.databaseText();

    // QPSQL gives "ERROR:  primary\nDETAIL:  ...\nHINT:  ...\nCONTEXT:  ..."; the primary line may
    // itself hold newlines only when a function put them there, which ours do not.
    const QStringList lines = whole.split(u'\n', Qt::SkipEmptyParts);
    QString primary = lines.value(0).trimmed();
    for (const QLatin1StringView prefix : {QLatin1StringView("ERROR:"), QLatin1StringView("FATAL:")}) {
        if (primary.startsWith(prefix))
            primary = primary.mid(prefix.size()).trimmed();
    }
    // A DETAIL of several lines (a list of problems, one a line) runs until the next field.
    static const QRegularExpression field(QStringLiteral("^[A-Z]+:"));
    bool inDetail = false;
    for (const QString& line : lines.mid(1)) {
        const QString l = line.trimmed();
        if (l.startsWith(u"DETAIL:")) {
            const QString d = l.mid(7).trimmed();
            inDetail = !d.startsWith(u"field: ");
            if (inDetail)
                e.detail = d;
            else
                e.field = d.mid(7).trimmed();
        } else if (inDetail && !field.match(l).hasMatch()) {
            e.detail += u'\n' + l;
        } else {
            inDetail = false;
        }
    }

    static const QRegularExpression coded(QStringLiteral("^([EW]-[A-Z0-9-]+)(?:@(\\S+))?:\\s*(.*)$"));
    const QRegularExpressionMatch m = coded.match(primary);
    if (m.hasMatch()) {
        e.code = m.captured(1);
        e.qualifier = m.captured(2);
        e.message = m.captured(3).trimmed();
    } else {
        e.message = primary.isEmpty() ? error.text().trimmed() : primary;
    }

    if (lostConnection(error, e.sqlState, whole))
        e.kind = Kind::ConnectionLost;
    else if (e.code == u"E-STALE")
        e.kind = Kind::Conflict;
    else if (e.sqlState == u"57014" && whole.contains(u"user request"))
        e.kind = Kind::Cancelled;
    else if (e.sqlState == u"57014" || e.sqlState == u"55P03")
        e.kind = Kind::Timeout;
    else if (e.sqlState == u"42501" && e.code.isEmpty())
        e.kind = Kind::Permission;
    else if (!e.code.isEmpty() || e.sqlState.startsWith(u"22") || e.sqlState.startsWith(u"23")
             || e.sqlState == u"P0001")
        e.kind = Kind::Refused;
    else
        e.kind = Kind::Other;
    if (e.kind == Kind::Permission)
        e.code = QStringLiteral("E-ROLE");
    return e;
}

DbError DbError::client(const QString& code, const QString& message)
{
    DbError e;
    e.kind = Kind::Client;
    e.code = code;
    e.message = message;
    return e;
}

DbError DbError::cancelled()
{
    DbError e;
    e.kind = Kind::Cancelled;
    e.message = tr("The request was replaced by a newer one.");
    return e;
}

DbError DbError::connection(const QString& message)
{
    DbError e;
    e.kind = Kind::ConnectionLost;
    e.message = message;
    return e;
}

QString DbError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::ConnectionLost:
        return tr("The connection to the server was lost. The app reconnects by itself; try again in a moment.");
    case Kind::Timeout:
        return tr("The server took too long to answer (it may be busy, or a record is in use by someone else). "
                  "Try again in a moment.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Permission:
        return tr("Your role may not do this. Ask an administrator if you need it.");
    case Kind::Conflict:
    case Kind::Refused:
    case Kind::Client:
    case Kind::Other:
        break;
    }
    if (!message.isEmpty())
        return message;
    return tr("The server refused the request (%1).").arg(sqlState.isEmpty() ? code : sqlState);
}

QString DbError::logText() const
{
    QStringList parts;
    parts << QStringLiteral("kind=%1").arg(int(kind));
    if (!sqlState.isEmpty())
        parts << QStringLiteral("sqlstate=%1").arg(sqlState);
    if (!code.isEmpty())
        parts << QStringLiteral("code=%1").arg(qualifiedCode());
    if (!field.isEmpty())
        parts << QStringLiteral("field=%1").arg(field);
    parts << QStringLiteral("message=%1").arg(message);
    if (!detail.isEmpty())
        parts << QStringLiteral("detail=%1").arg(detail);
    return parts.join(u' ');
}

} // namespace cs::data
