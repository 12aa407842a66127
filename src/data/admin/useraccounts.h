#pragma once

#include "data/admin/useraccount.h"
#include "data/common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace cs::data {

// User management through the database's functions (cs.create_user, cs.set_user_active,
// cs.reset_password, cs.change_role), synchronous on a connection of the caller's: the CLI, the demo
// seeder, the tests, and UserRepository on the session's worker. The caller must be an Admin (or the
// superuser, for the first admin). Passwords of printable ASCII are turned into a SCRAM-SHA-256 verifier
// here, so the clear text never reaches the server or its statement log; others are sent for the server
// to hash. Refusals are DbErrors with the server's code (E-INITIALS-UNIQUE, E-USERNAME, E-PASSWORD-WEAK,
// E-USER-SELF, ...; E-ROLE for a caller who is no admin).
class UserAccounts
{
public:
    explicit UserAccounts(QSqlDatabase db);

    // The new user's id.
    Result<QString> createUser(const UserAccount& user, const QString& password);
    Result<Done> setActive(const QString& username, bool active);
    Result<Done> resetPassword(const QString& username, const QString& password);
    Result<Done> changeRole(const QString& username, const QString& role);
    // Every user by user name (an admin's view: last login included).
    Result<QList<UserAccount>> list();

    // "SCRAM-SHA-256$4096:salt$StoredKey:ServerKey" as PostgreSQL stores it; empty when the
    // password is not printable ASCII (SASLprep would be needed) or shorter than 8 characters
    // (so the server can refuse it with its own message).
    static QString scramVerifier(const QString& password);

private:
    QSqlDatabase m_db;
};

} // namespace cs::data
