#include "data/admin/userrepository.h"

#include "data/admin/useraccounts.h"
#include "data/common/worker.h"

#include <algorithm>

namespace cs::data {

UserRepository::UserRepository(Session& session)
    : m_session(session)
{
}

QFuture<Result<QList<UserAccount>>> UserRepository::list()
{
    return worker::read<QList<UserAccount>>(m_session, [](QSqlDatabase& db) -> Result<QList<UserAccount>> {
        Result<QList<UserAccount>> r = UserAccounts(db).list();
        if (r.ok()) {
            std::stable_sort(r.value().begin(), r.value().end(), [](const UserAccount& a, const UserAccount& b) {
                if (a.active != b.active)
                    return a.active;
                return a.fullName.localeAwareCompare(b.fullName) < 0;
            });
        }
        return r;
    });
}

QFuture<Result<QString>> UserRepository::createUser(const UserAccount& user, const QString& password)
{
    return worker::write<QString>(m_session, [user, password](QSqlDatabase& db) {
        return UserAccounts(db).createUser(user, password);
    });
}

QFuture<Result<Done>> UserRepository::setActive(const QString& username, bool active)
{
    return worker::write<Done>(m_session, [username, active](QSqlDatabase& db) {
        return UserAccounts(db).setActive(username, active);
    });
}

QFuture<Result<Done>> UserRepository::resetPassword(const QString& username, const QString& password)
{
    return worker::write<Done>(m_session, [username, password](QSqlDatabase& db) {
        return UserAccounts(db).resetPassword(username, password);
    });
}

QFuture<Result<Done>> UserRepository::changeRole(const QString& username, const QString& role)
{
    return worker::write<Done>(m_session, [username, role](QSqlDatabase& db) {
        return UserAccounts(db).changeRole(username, role);
    });
}

} // namespace cs::data
