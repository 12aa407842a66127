#pragma once

// Logging in through the real login dialog, shared by the GUI tests.
#include "testdatabase.h"

#include "data/admin/demoseeder.h"

#include "ui/shell/logindialog.h"
#include "ui/shell/shell.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace cs::test {

// A workstation of the test's own: Qt's test mode, and its settings, data and cache under `dir`,
// emptied.
inline void privateWorkstation(const QString& dir)
{
    QStandardPaths::setTestModeEnabled(true);
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, dir.toLocal8Bit());
    QSettings().clear();
}

// Points the shell's "Local demo" login profile at the scratch database `db`.
inline void useDemoProfile(const ScratchDatabase& db)
{
    const data::ConnectionSettings s = db.settings();
    ui::Shell::setDemoProfile(s.host, s.port, db.name());
}

// A scratch database with the demo data as `cleanstation-admin seed-demo` writes it (the demo logins
// are cluster-wide roles: they are dropped with the database), the demo profile pointed at it. Null,
// with *error, when it could not be made.
inline std::unique_ptr<ScratchDatabase> demoDatabase(QString* error)
{
    auto db = std::make_unique<ScratchDatabase>();
    if (!db->isValid()) {
        *error = db->error();
        return nullptr;
    }
    for (const auto& login : data::DemoSeeder::logins())
        db->adoptRole(login.username);
    QStringList log;
    if (!data::DemoSeeder(db->settings()).run(&log, error))
        return nullptr;
    useDemoProfile(*db);
    return db;
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

// A shell started on the demo profile pointed at `db`, with `person` logged in through its login dialog.
// Null, with a warning, when no main window came.
inline std::unique_ptr<ui::Shell> loggedInShell(const ScratchDatabase& db, const ScratchDatabase::Person& person)
{
    QSettings().clear();
    useDemoProfile(db);
    auto shell = std::make_unique<ui::Shell>();
    shell->start();
    if (!logIn(*shell, person.username, person.password)) {
        qWarning("%s could not log in through the shell", qPrintable(person.username));
        return nullptr;
    }
    return shell;
}

} // namespace cs::test
