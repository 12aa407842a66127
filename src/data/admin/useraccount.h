#pragma once

#include <QDateTime>
#include <QString>

namespace cs::data {

// One person as the user administration sees them (a row of cs.users).
struct UserAccount
{
    QString userId;
    QString username;
    QString fullName;
    QString initials;
    QString role;       // cs.user_role_enum name, e.g. "QCPerson"
    QString email;
    bool active = false;
    QDateTime lastLogin;   // null when never
};

} // namespace cs::data
