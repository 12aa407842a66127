#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace cs::data {

// User management through the database's functions (cs.create_user, cs.set_user_active,
// cs.reset_password, cs.change_role): the caller must be an Admin (or the superuser, for the first
// admin). Passwords of printable ASCII are turned into a SCRAM-SHA-256 verifier here, so the clear
// text never reaches the server or its statement log; others are sent for the server to hash.
class UserRepository
{
public:
    struct User
    {
        QString userId;
        QString username;
        QString fullName;
        QString initials;
        QString role;       // cs.user_role_enum name, e.g. "QCPerson"
        QString email;
        bool active = false;
    };

    explicit UserRepository(QSqlDatabase db);

    // Returns the new user id, or an empty string and *error (the server's message, which starts
    // with its code, e.g. "E-INITIALS-UNIQUE: ...").
    QString createUser(const User& user, const QString& password, QString* error);
    bool setActive(const QString& username, bool active, QString* error);
    bool resetPassword(const QString& username, const QString& password, QString* error);
    bool changeRole(const QString& username, const QString& role, QString* error);
    QList<User> list(QString* error);

    // "SCRAM-SHA-256$4096:salt$StoredKey:ServerKey" as PostgreSQL stores it; empty when the
    // password is not printable ASCII (SASLprep would be needed) or shorter than 8 characters
    // (so the server can refuse it with its own message).
    static QString scramVerifier(const QString& password);

private:
    QSqlDatabase m_db;
};

} // namespace cs::data
