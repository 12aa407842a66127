#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

namespace cs::data {
class ConnectionWatcher;
class Session;
} // namespace cs::data

namespace cs::ui {

class IdleWatcher;
class ItemViewText;
class WheelGuard;
class LockDialog;
class LoginDialog;
class MainWindow;
class PasswordStore;
class ScanFilter;
class Translator;

// The application's flow: login, the role's main window, idle lock, switch user, logout,
// scanning from any screen and watching the connection. main() and the GUI tests drive it.
class Shell final : public QObject
{
    Q_OBJECT
public:
    explicit Shell(QObject* parent = nullptr);
    ~Shell() override;
    Q_DISABLE_COPY_MOVE(Shell)

    // Creates (or updates) the "Local demo" server profile and makes it the one selected.
    static void setDemoProfile(const QString& host, int port, const QString& database);

    void start();
    void lock();
    void switchUser();
    void logout();

    data::Session* session() const { return m_session.get(); }
    LoginDialog* loginDialog() const;
    MainWindow* mainWindow() const;
    LockDialog* lockDialog() const;
    ScanFilter* scanFilter() const { return m_scan; }
    IdleWatcher* idleWatcher() const { return m_idle; }
    data::ConnectionWatcher* connectionWatcher() const { return m_watcher; }
    Translator* translator() const { return m_translator; }
    bool isLocked() const;

signals:
    void loggedIn();
    void loggedOut();
    void quitRequested();

private:
    void showLogin(bool keepUser);
    void onLoggedIn();
    void closeMainWindow();
    void applySettings();
    // Shop-floor mode as the setting wants it for the person logged in (ShopFloor).
    void applyShopFloorMode();
    void recordEvent(const QString& event);

    std::unique_ptr<data::Session> m_session;
    PasswordStore* m_passwords;
    Translator* m_translator;
    ScanFilter* m_scan;
    IdleWatcher* m_idle;
    data::ConnectionWatcher* m_watcher;
    ItemViewText* m_viewText;
    WheelGuard* m_wheel;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_main;
    QPointer<LockDialog> m_lock;
};

} // namespace cs::ui
