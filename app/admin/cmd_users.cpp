#include "command.h"
#include "connection.h"

#include "data/admin/useraccounts.h"

#include <QSqlDatabase>

namespace cs::admin {
namespace {

int run(const QStringList& args)
{
    if (args.contains(u"--help") || args.size() < 2) {
        out(QStringLiteral(
            "Usage: cleanstation-admin users list\n"
            "       cleanstation-admin users deactivate USERNAME\n"
            "       cleanstation-admin users activate USERNAME\n"
            "       cleanstation-admin users reset-password USERNAME   (new password from prompt or stdin)\n"
            "       cleanstation-admin users change-role USERNAME ROLE\n"
            "       [--conninfo \"...\"]\n\n"
            "Manages people through the database's functions; needs an Admin (or superuser) connection.\n"
            "Exit codes: 0 done, 1 refused by the database, 2 bad arguments or no connection."));
        return args.contains(u"--help") ? ExitOk : ExitBadInput;
    }
    QStringList rest = args.mid(1);
    QSqlDatabase db;
    if (const int rc = openFromArgs(rest, &db); rc != ExitOk)
        return rc;
    data::UserAccounts users(db);
    const QString action = rest.value(0);
    data::Result<data::Done> done;
    if (action == u"list" && rest.size() == 1) {
        const data::Result<QList<data::UserAccount>> list = users.list();
        done = list.ok() ? data::Result<data::Done>(data::Done{}) : data::Result<data::Done>(list.error());
        for (const data::UserAccount& u : list.ok() ? list.value() : QList<data::UserAccount>()) {
            out(QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(u.username, -24)
                    .arg(u.role, -22)
                    .arg(u.initials, -6)
                    .arg(u.active ? QStringLiteral("active  ") : QStringLiteral("inactive"))
                    .arg(u.fullName));
        }
    } else if ((action == u"deactivate" || action == u"activate") && rest.size() == 2) {
        done = users.setActive(rest.at(1), action == u"activate");
    } else if (action == u"reset-password" && rest.size() == 2) {
        const QString password = readSecret(QStringLiteral("New password for %1: ").arg(rest.at(1)));
        if (password.isEmpty()) {
            err(QStringLiteral("users reset-password: no password given"));
            return ExitBadInput;
        }
        done = users.resetPassword(rest.at(1), password);
    } else if (action == u"change-role" && rest.size() == 3) {
        done = users.changeRole(rest.at(1), rest.at(2));
    } else {
        err(QStringLiteral("users: unknown or incomplete action '%1' (see 'cleanstation-admin users --help')")
                .arg(rest.join(u' ')));
        return ExitBadInput;
    }
    if (!done) {
        const data::DbError& e = done.error();
        err(QStringLiteral("users %1: %2").arg(action, e.code.isEmpty() ? e.message : e.qualifiedCode() + QStringLiteral(": ") + e.message));
        return ExitRefused;
    }
    if (action != u"list")
        out(QStringLiteral("Done: %1 %2.").arg(action, rest.mid(1).join(u' ')));
    return ExitOk;
}

const Registration reg{{QStringLiteral("users"),
                        QStringLiteral("list, activate/deactivate, reset-password, change-role"), &run}};

} // namespace
} // namespace cs::admin
