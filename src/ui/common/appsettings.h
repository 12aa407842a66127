#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cs::ui {

// A named server to log in to. Never holds a password.
struct ConnectionProfile
{
    QString name;
    QString host;
    int port = 5432;
    QString database;
    QString sslMode = QStringLiteral("prefer");
    QString caFile;
};

// The client's own settings (QSettings, per OS user). Keys and defaults are kept here only.
// Passwords are never written here: "remember me" goes to the OS keychain (PasswordStore).
class AppSettings final
{
public:
    static constexpr int defaultIdleMinutes = 10;
    // The plant's usual lead time: a new order's want date defaults to today plus this many days.
    static constexpr int defaultLeadTimeDays = 28;

    // Shop-floor mode (larger fonts, 40 px rows, 48 px buttons) is a setting of the workstation, not of
    // the person: Auto turns it on for the QC inspector's and the assembler's homes, On and Off force it.
    enum class ShopFloorMode { Auto, On, Off };

    static QString language();                 // "en", "fr", "es"
    static void setLanguage(const QString& code);
    static int idleMinutes();
    static void setIdleMinutes(int minutes);
    static int leadTimeDays();                 // 1..365
    static void setLeadTimeDays(int days);
    static ShopFloorMode shopFloorMode();
    static void setShopFloorMode(ShopFloorMode mode);
    static QString pagePrinter();              // empty: the system default
    static void setPagePrinter(const QString& name);
    static QString labelPrinter();
    static void setLabelPrinter(const QString& name);
    static QString labelSize();                // e.g. "2x1in"
    static void setLabelSize(const QString& size);
    static QStringList labelSizes();

    static QList<ConnectionProfile> profiles();
    static ConnectionProfile profile(const QString& name);
    static void saveProfile(const ConnectionProfile& profile);
    static void removeProfile(const QString& name);
    static QString lastProfile();
    static void setLastProfile(const QString& name);
    static QString lastUser(const QString& profile);
    static void setLastUser(const QString& profile, const QString& user);
    static bool rememberPassword(const QString& profile, const QString& user);
    static void setRememberPassword(const QString& profile, const QString& user, bool remember);

    // Window and column layout, per logged-in user.
    static QByteArray userState(const QString& user, const QString& key);
    static void setUserState(const QString& user, const QString& key, const QByteArray& state);
};

} // namespace cs::ui
