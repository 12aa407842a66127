#pragma once

#include "data/admin/useraccount.h"
#include "data/common/result.h"

#include <QFuture>
#include <QList>
#include <QString>

namespace cs::data {

class Session;

// The user administration of the app, on the session's worker (the window never waits): the same
// database functions as UserAccounts, whose refusals come as DbErrors with the server's code.
class UserRepository
{
public:
    explicit UserRepository(Session& session);

    // Every user, active ones first, then by full name.
    QFuture<Result<QList<UserAccount>>> list();
    // The new user's id.
    QFuture<Result<QString>> createUser(const UserAccount& user, const QString& password);
    QFuture<Result<Done>> setActive(const QString& username, bool active);
    QFuture<Result<Done>> resetPassword(const QString& username, const QString& password);
    QFuture<Result<Done>> changeRole(const QString& username, const QString& role);

private:
    Session& m_session;
};

} // namespace cs::data
