#pragma once

// Logging in through the real login dialog, shared by the GUI tests.
#include "testdatabase.h"

#include "ui/shell/logindialog.h"
#include "ui/shell/shell.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QTest>

namespace cs::test {

// Points the shell's "Local demo" login profile at the scratch database `db`.
inline void useDemoProfile(const ScratchDatabase& db)
{
    const data::ConnectionSettings s = db.settings();
    ui::Shell::setDemoProfile(s.host, s.port, db.name());
}

// A new person of `role` in `db` to log in as through the shell, with the demo profile pointed at
// `db`. An empty username when the database is not usable or the person could not be made (*error).
inline ScratchDatabase::Person shellPerson(ScratchDatabase& db, const QString& role, QString* error)
{
    if (!db.isValid()) {
        *error = db.error();
        return {};
    }
    ScratchDatabase::Person person = db.createPerson(role, {}, error);
    if (!person.username.isEmpty())
        useDemoProfile(db);
    return person;
}

// Fills the login dialog of `shell` (user, password, "remember me" when the keychain allows it),
// submits it and waits for the main window. False when no dialog is open or no window came.
inline bool logIn(ui::Shell& shell, const QString& user, const QString& password, bool remember = false,
                  int timeoutMs = 30000)
{
    ui::LoginDialog* login = shell.loginDialog();
    if (!login)
        return false;
    login->findChild<QLineEdit*>(QStringLiteral("userLineEdit"))->setText(user);
    login->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(password);
    if (auto* box = login->findChild<QCheckBox*>(QStringLiteral("rememberCheckBox")); box && box->isEnabled())
        box->setChecked(remember);
    login->accept();
    return QTest::qWaitFor([&] { return shell.mainWindow() != nullptr; }, timeoutMs);
}

} // namespace cs::test
