#include "command.h"
#include "connection.h"

#include "data/admin/useraccounts.h"

#include <QSqlDatabase>

namespace cs::admin {
namespace {

const QStringList kRoles{QStringLiteral("ProductionCoordinator"), QStringLiteral("Admin"),
                         QStringLiteral("ProcurementSpecialist"), QStringLiteral("QCPerson"),
                         QStringLiteral("Assembler"), QStringLiteral("ServiceDepartment")};

QString takeOption(QStringList& args, const QString& name, bool* missingValue)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0)
        return {};
    if (i + 1 >= args.size()) {
        *missingValue = true;
        args.remove(i);
        return {};
    }
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

int run(const QStringList& args)
{
    if (args.contains(u"--help")) {
        out(QStringLiteral(
            "Usage: cleanstation-admin create-user USERNAME --name \"Full Name\" --initials AB --role ROLE\n"
            "                                      [--email ADDRESS] [--conninfo \"...\"]\n\n"
            "Creates a person: a PostgreSQL LOGIN role (SCRAM password) in the group of ROLE, and their\n"
            "profile in cs.users, through cs.create_user. Run it as an Admin, or as the superuser for the\n"
            "first Admin. The password is read from the terminal (no echo) or, when stdin is not a\n"
            "terminal, from the first line of stdin; never from an argument.\n\n"
            "USERNAME  3-63 characters: lower-case letters, digits, _; starts with a letter\n"
            "ROLE      %1\n\n"
            "Exit codes: 0 created, 1 refused by the database, 2 bad arguments or no connection.")
                .arg(kRoles.join(u", ")));
        return ExitOk;
    }
    QStringList rest = args.mid(1);
    QSqlDatabase db;
    if (const int rc = openFromArgs(rest, &db); rc != ExitOk)
        return rc;
    bool missing = false;
    data::UserAccount user;
    user.fullName = takeOption(rest, QStringLiteral("--name"), &missing);
    user.initials = takeOption(rest, QStringLiteral("--initials"), &missing);
    user.role = takeOption(rest, QStringLiteral("--role"), &missing);
    user.email = takeOption(rest, QStringLiteral("--email"), &missing);
    if (rest.contains(QStringLiteral("--password"))) {
        err(QStringLiteral("create-user: passwords are never taken from arguments; type it at the prompt or pipe it on stdin"));
        return ExitBadInput;
    }
    if (missing || rest.size() != 1 || user.fullName.isEmpty() || user.initials.isEmpty() || user.role.isEmpty()) {
        err(QStringLiteral("create-user: expected USERNAME --name \"Full Name\" --initials AB --role ROLE "
                           "(see 'cleanstation-admin create-user --help')"));
        return ExitBadInput;
    }
    if (!kRoles.contains(user.role)) {
        err(QStringLiteral("create-user: unknown role '%1'; one of: %2").arg(user.role, kRoles.join(u", ")));
        return ExitBadInput;
    }
    user.username = rest.first();
    const QString password = readSecret(QStringLiteral("Password for %1: ").arg(user.username));
    if (password.isEmpty()) {
        err(QStringLiteral("create-user: no password given"));
        return ExitBadInput;
    }
    const data::Result<QString> created = data::UserAccounts(db).createUser(user, password);
    if (!created) {
        const data::DbError& e = created.error();
        err(QStringLiteral("create-user: %1").arg(e.code.isEmpty() ? e.message : e.qualifiedCode() + QStringLiteral(": ") + e.message));
        return ExitRefused;
    }
    const QString id = created.value();
    out(QStringLiteral("Created %1 (%2, %3, initials %4), user id %5.")
            .arg(user.username, user.fullName, user.role, user.initials.toUpper(), id));
    return ExitOk;
}

const Registration reg{{QStringLiteral("create-user"),
                        QStringLiteral("create a person (login role + profile); password from prompt or stdin"), &run}};

} // namespace
} // namespace cs::admin
