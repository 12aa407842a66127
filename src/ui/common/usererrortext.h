#pragma once

#include "data/common/dberror.h"

#include <QString>

namespace cs::ui {

// Words for a refusal of the user functions of the server (cs.create_user, cs.set_user_active,
// cs.reset_password, cs.change_role, cs.change_own_password) and of a fresh authentication, chosen by
// the DbError's code and kind: the user administration's dialogs and the password change share them.
class UserErrorText final
{
public:
    static QString words(const data::DbError& error);
};

} // namespace cs::ui
