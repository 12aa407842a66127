#include "connection.h"

#include "command.h"

#include "data/common/connectionsettings.h"

#include <QSqlError>

namespace cs::admin {

int settingsFromArgs(QStringList& args, data::ConnectionSettings* out)
{
    data::ConnectionSettings settings = data::ConnectionSettings::fromEnvironment();
    const qsizetype i = args.indexOf(QStringLiteral("--conninfo"));
    if (i >= 0) {
        if (i + 1 >= args.size()) {
            err(QStringLiteral("--conninfo needs a value, e.g. --conninfo \"host=db1 dbname=cleanstation\""));
            return ExitBadInput;
        }
        QString error;
        settings = data::ConnectionSettings::fromConninfo(args.at(i + 1), &error);
        if (!error.isEmpty()) {
            err(QStringLiteral("--conninfo: %1").arg(error));
            return ExitBadInput;
        }
        args.remove(i, 2);
    }
    settings.applicationName = QStringLiteral("cleanstation-admin");
    *out = settings;
    return ExitOk;
}

int openFromArgs(QStringList& args, QSqlDatabase* db)
{
    data::ConnectionSettings settings;
    if (const int rc = settingsFromArgs(args, &settings); rc != ExitOk)
        return rc;
    *db = settings.open(QStringLiteral("admin"));
    if (!db->isOpen()) {
        err(QStringLiteral("Cannot connect to %1: %2").arg(settings.describe(), db->lastError().text().trimmed()));
        return ExitBadInput;
    }
    return ExitOk;
}

int openWithOption(const QString& command, QStringList& args, const QString& option, QString* value, QSqlDatabase* db)
{
    value->clear();
    if (const qsizetype i = args.indexOf(option); i >= 0) {
        if (i + 1 >= args.size()) {
            err(QStringLiteral("%1: %2 needs a value").arg(command, option));
            return ExitBadInput;
        }
        *value = args.at(i + 1);
        args.remove(i, 2);
    }
    if (const int rc = openFromArgs(args, db); rc != ExitOk)
        return rc;
    if (!args.isEmpty()) {
        err(QStringLiteral("%1: unexpected arguments: %2").arg(command, args.join(u' ')));
        return ExitBadInput;
    }
    return ExitOk;
}

int allOrNothing(const QString& command, QSqlDatabase& db, const std::function<int()>& store)
{
    if (!db.transaction()) {
        err(QStringLiteral("%1: %2").arg(command, db.lastError().text()));
        return ExitBadInput;
    }
    if (const int rc = store(); rc != ExitOk) {
        db.rollback();
        return rc;
    }
    if (!db.commit()) {
        err(QStringLiteral("%1: the database refused the commit; nothing was stored: %2").arg(command, db.lastError().text()));
        return ExitRefused;
    }
    return ExitOk;
}

void printRefusal(const QString& command, const QString& source, const data::DbError& error)
{
    err(QStringLiteral("%1: %2 refused; nothing was stored:").arg(command, source));
    // A detail that only names the offending field says less than the message.
    const QString detail = error.detail.isEmpty() || error.detail.startsWith(u"field: ") ? error.message : error.detail;
    for (const QString& line : detail.split(u'\n'))
        err(QStringLiteral("  %1").arg(line));
}

} // namespace cs::admin
