#include "ui/common/usererrortext.h"

#include "data/common/session.h"

#include <QCoreApplication>

namespace cs::ui {

namespace {
// The words belong to the user administration's context (lupdate reads QT_TRANSLATE_NOOP).
constexpr char kContext[] = "cs::ui::UserAdminDialog";

QString translated(const char* text)
{
    return QCoreApplication::translate(kContext, text);
}
} // namespace

QString UserErrorText::words(const data::DbError& error)
{
    using Kind = data::DbError::Kind;
    if (error.kind == Kind::ConnectionLost || error.kind == Kind::Timeout || error.kind == Kind::Permission)
        return error.userMessage();
    const QString& code = error.code;
    if (code == data::Session::kWrongPassword)
        return translated(QT_TRANSLATE_NOOP("cs::ui::UserAdminDialog", "The current password is not correct."));
    if (code == u"E-PASSWORD-WEAK") {
        // The server's rule in its own words after ours: it is the one that decides.
        return translated(QT_TRANSLATE_NOOP("cs::ui::UserAdminDialog",
                                            "The password is too weak. Use at least the length the server asks "
                                            "for, with letters and digits."))
               + u'\n'
               + translated(QT_TRANSLATE_NOOP("cs::ui::UserAdminDialog", "The server's rule: %1")).arg(error.message);
    }
    if (code == u"E-INITIALS-UNIQUE")
        return translated(QT_TRANSLATE_NOOP("cs::ui::UserAdminDialog",
                                            "These initials are already used by another active user. Choose "
                                            "other initials."));
    if (code == u"E-INITIALS")
        return translated(QT_TRANSLATE_NOOP("cs::ui::UserAdminDialog", "Initials are 1 to 10 letters."));
    if (code == u"E-USERNAME-TAKEN")
        return translated(QT_TRANSLATE_NOOP("cs::ui::UserAdminDialog",
                                            "This user name is already taken on the server. Choose another."));
    if (code == u"E-USERNAME")
        return translated(QT_TRANSLATE_NOOP("cs::ui::UserAdminDialog",
                                            "A user name has 3 to 63 characters: lower-case letters, digits and "
                                            "_, starting with a letter."));
    if (code == u"E-FULLNAME")
        return translated(QT_TRANSLATE_NOOP("cs::ui::UserAdminDialog", "The full name is required."));
    if (code == u"E-EMAIL-UNIQUE")
        return translated(QT_TRANSLATE_NOOP("cs::ui::UserAdminDialog",
                                            "This e-mail address is already used by another user."));
    if (code == u"E-USER-SELF")
        return translated(QT_TRANSLATE_NOOP("cs::ui::UserAdminDialog", "You cannot do this to your own account."));
    if (code == u"E-USER-NOT-FOUND")
        return translated(QT_TRANSLATE_NOOP("cs::ui::UserAdminDialog",
                                            "There is no such user (any more). Refresh the list."));
    if (code == data::Session::kLoginDisabled)
        return translated(QT_TRANSLATE_NOOP("cs::ui::UserAdminDialog", "This login is disabled."));
    return translated(QT_TRANSLATE_NOOP("cs::ui::UserAdminDialog",
                                        "The server refused the change. The details are in the log file."));
}

} // namespace cs::ui
