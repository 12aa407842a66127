#include "data/admin/useraccounts.h"

#include "data/common/scram.h"
#include "data/common/worker.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cs::data {

UserAccounts::UserAccounts(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString UserAccounts::scramVerifier(const QString& password)
{
    return scram::verifier(password);
}

Result<QString> UserAccounts::createUser(const UserAccount& user, const QString& password)
{
    const QString verifier = scramVerifier(password);
    QSqlQuery q(m_db);
    if (const Result<Done> r = worker::exec(
            q, QStringLiteral("SELECT cs.create_user(:username, :fullname, :initials, :role, :password, :email)"),
            {{QStringLiteral(":username"), user.username},
             {QStringLiteral(":fullname"), user.fullName},
             {QStringLiteral(":initials"), user.initials},
             {QStringLiteral(":role"), user.role},
             {QStringLiteral(":password"), verifier.isEmpty() ? password : verifier},
             {QStringLiteral(":email"),
              user.email.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(user.email)}});
        !r)
        return r.error();
    if (!q.next())
        return DbError::fromSql(q.lastError());
    return q.value(0).toString();
}

Result<Done> UserAccounts::setActive(const QString& username, bool active)
{
    QSqlQuery q(m_db);
    return worker::exec(q, QStringLiteral("SELECT cs.set_user_active(:username, :active)"),
                        {{QStringLiteral(":username"), username}, {QStringLiteral(":active"), active}});
}

Result<Done> UserAccounts::resetPassword(const QString& username, const QString& password)
{
    const QString verifier = scramVerifier(password);
    QSqlQuery q(m_db);
    return worker::exec(q, QStringLiteral("SELECT cs.reset_password(:username, :password)"),
                        {{QStringLiteral(":username"), username},
                         {QStringLiteral(":password"), verifier.isEmpty() ? password : verifier}});
}

Result<Done> UserAccounts::changeRole(const QString& username, const QString& role)
{
    QSqlQuery q(m_db);
    return worker::exec(q, QStringLiteral("SELECT cs.change_role(:username, :role)"),
                        {{QStringLiteral(":username"), username}, {QStringLiteral(":role"), role}});
}

Result<QList<UserAccount>> UserAccounts::list()
{
    QSqlQuery q(m_db);
    if (const Result<Done> r = worker::exec(
            q, QStringLiteral("SELECT user_id, username, full_name, initials, role::text, coalesce(email, ''), "
                              "is_active, last_login FROM cs.users ORDER BY username"));
        !r)
        return r.error();
    QList<UserAccount> users;
    while (q.next()) {
        UserAccount u;
        u.userId = q.value(0).toString();
        u.username = q.value(1).toString();
        u.fullName = q.value(2).toString();
        u.initials = q.value(3).toString();
        u.role = q.value(4).toString();
        u.email = q.value(5).toString();
        u.active = q.value(6).toBool();
        u.lastLogin = q.value(7).toDateTime();
        users << u;
    }
    return users;
}

} // namespace cs::data
