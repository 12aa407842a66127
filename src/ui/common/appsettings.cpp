#include "ui/common/appsettings.h"

#include <QSettings>

namespace cs::ui {

namespace {
QString profileGroup(const QString& name)
{
    // Group names must not contain '/'; percent-encode the profile name.
    return QStringLiteral("profiles/") + QString::fromLatin1(name.toUtf8().toPercentEncoding());
}
QString userKey(const QString& profile, const QString& user)
{
    return QString::fromLatin1((profile + u'|' + user).toUtf8().toPercentEncoding());
}
} // namespace

QString AppSettings::language()
{
    return QSettings().value(QStringLiteral("ui/language"), QStringLiteral("en")).toString();
}
void AppSettings::setLanguage(const QString& code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
}
int AppSettings::idleMinutes()
{
    return std::clamp(QSettings().value(QStringLiteral("ui/idleMinutes"), defaultIdleMinutes).toInt(), 1, 240);
}
void AppSettings::setIdleMinutes(int minutes)
{
    QSettings().setValue(QStringLiteral("ui/idleMinutes"), minutes);
}
int AppSettings::leadTimeDays()
{
    return std::clamp(QSettings().value(QStringLiteral("orders/leadTimeDays"), defaultLeadTimeDays).toInt(), 1, 365);
}
void AppSettings::setLeadTimeDays(int days)
{
    QSettings().setValue(QStringLiteral("orders/leadTimeDays"), std::clamp(days, 1, 365));
}
AppSettings::ShopFloorMode AppSettings::shopFloorMode()
{
    const QString v = QSettings().value(QStringLiteral("ui/shopFloorMode")).toString();
    if (v == u"on")
        return ShopFloorMode::On;
    if (v == u"off")
        return ShopFloorMode::Off;
    return ShopFloorMode::Auto;
}
void AppSettings::setShopFloorMode(ShopFloorMode mode)
{
    QSettings().setValue(QStringLiteral("ui/shopFloorMode"),
                         mode == ShopFloorMode::On    ? QStringLiteral("on")
                         : mode == ShopFloorMode::Off ? QStringLiteral("off")
                                                      : QStringLiteral("auto"));
}
QString AppSettings::pagePrinter()
{
    return QSettings().value(QStringLiteral("printing/pagePrinter")).toString();
}
void AppSettings::setPagePrinter(const QString& name)
{
    QSettings().setValue(QStringLiteral("printing/pagePrinter"), name);
}
QString AppSettings::labelPrinter()
{
    return QSettings().value(QStringLiteral("printing/labelPrinter")).toString();
}
void AppSettings::setLabelPrinter(const QString& name)
{
    QSettings().setValue(QStringLiteral("printing/labelPrinter"), name);
}
QString AppSettings::labelSize()
{
    return QSettings().value(QStringLiteral("printing/labelSize"), labelSizes().first()).toString();
}
void AppSettings::setLabelSize(const QString& size)
{
    QSettings().setValue(QStringLiteral("printing/labelSize"), size);
}
QStringList AppSettings::labelSizes()
{
    return {QStringLiteral("2x1in"), QStringLiteral("3x2in"), QStringLiteral("4x2in"), QStringLiteral("4x6in"),
            QStringLiteral("62x29mm")};
}

QList<ConnectionProfile> AppSettings::profiles()
{
    QSettings s;
    QList<ConnectionProfile> result;
    s.beginGroup(QStringLiteral("profiles"));
    const QStringList groups = s.childGroups();
    s.endGroup();
    for (const QString& g : groups)
        result << profile(QString::fromUtf8(QByteArray::fromPercentEncoding(g.toLatin1())));
    std::sort(result.begin(), result.end(),
              [](const ConnectionProfile& a, const ConnectionProfile& b) { return a.name.localeAwareCompare(b.name) < 0; });
    return result;
}

ConnectionProfile AppSettings::profile(const QString& name)
{
    QSettings s;
    s.beginGroup(profileGroup(name));
    ConnectionProfile p;
    p.name = name;
    p.host = s.value(QStringLiteral("host"), QStringLiteral("localhost")).toString();
    p.port = s.value(QStringLiteral("port"), 5432).toInt();
    p.database = s.value(QStringLiteral("database"), QStringLiteral("cleanstation")).toString();
    p.sslMode = s.value(QStringLiteral("sslMode"), QStringLiteral("prefer")).toString();
    p.caFile = s.value(QStringLiteral("caFile")).toString();
    return p;
}

void AppSettings::saveProfile(const ConnectionProfile& p)
{
    QSettings s;
    s.beginGroup(profileGroup(p.name));
    s.setValue(QStringLiteral("host"), p.host);
    s.setValue(QStringLiteral("port"), p.port);
    s.setValue(QStringLiteral("database"), p.database);
    s.setValue(QStringLiteral("sslMode"), p.sslMode);
    s.setValue(QStringLiteral("caFile"), p.caFile);
}

void AppSettings::removeProfile(const QString& name)
{
    QSettings().remove(profileGroup(name));
}

QString AppSettings::lastProfile()
{
    return QSettings().value(QStringLiteral("login/lastProfile")).toString();
}
void AppSettings::setLastProfile(const QString& name)
{
    QSettings().setValue(QStringLiteral("login/lastProfile"), name);
}
QString AppSettings::lastUser(const QString& profile)
{
    return QSettings().value(QStringLiteral("login/lastUser/") + userKey(profile, {})).toString();
}
void AppSettings::setLastUser(const QString& profile, const QString& user)
{
    QSettings().setValue(QStringLiteral("login/lastUser/") + userKey(profile, {}), user);
}
bool AppSettings::rememberPassword(const QString& profile, const QString& user)
{
    return QSettings().value(QStringLiteral("login/remember/") + userKey(profile, user), false).toBool();
}
void AppSettings::setRememberPassword(const QString& profile, const QString& user, bool remember)
{
    QSettings().setValue(QStringLiteral("login/remember/") + userKey(profile, user), remember);
}

QByteArray AppSettings::userState(const QString& user, const QString& key)
{
    return QSettings().value(QStringLiteral("layout/%1/%2").arg(user, key)).toByteArray();
}
void AppSettings::setUserState(const QString& user, const QString& key, const QByteArray& state)
{
    QSettings().setValue(QStringLiteral("layout/%1/%2").arg(user, key), state);
}

} // namespace cs::ui
