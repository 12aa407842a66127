#pragma once

#include "ui/common/appsettings.h"
#include "data/common/session.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace cs::ui {

class PasswordStore;

// Who logs in, and to which server. Checks credentials, database and schema and starts the session
// on the session's worker (the window never waits). Each kind of failure has its own message;
// technical detail goes to the log only.
class LoginDialog final : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(data::Session* session, PasswordStore* passwords, QWidget* parent = nullptr);
    ~LoginDialog() override;

    void selectProfile(const QString& name);
    void setUserName(const QString& user);
    QString messageText() const;
    bool isBusy() const { return m_busy; }

    // The words shown for a failure (also used by the lock dialog).
    static QString failureMessage(const data::LoginResult& result, const data::ConnectionSettings& settings);

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void loadProfiles();
    void showProfile(const QString& name);
    ConnectionProfile currentProfile() const;
    void finishLogin(const data::LoginResult& result);
    void setBusy(bool busy);
    void showMessage(const QString& text, bool error);
    void loadRememberedPassword();
    void onRememberToggled(bool on);
    void showKeychainUnavailable();
    void retranslate();

    const std::unique_ptr<Ui::LoginDialog> m_ui;
    data::Session* m_session;
    PasswordStore* m_passwords;
    data::ConnectionSettings m_pending;
    bool m_busy = false;
    bool m_passwordFromKeychain = false;
};

} // namespace cs::ui
