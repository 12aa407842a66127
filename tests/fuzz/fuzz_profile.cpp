// Stored server profiles: the client's settings file (QSettings, INI), as the login dialog reads it
// through AppSettings::profiles() and profile(), then the connection settings it makes of one.
// The file is per OS user and can be edited by hand or damaged; nothing in it may crash the login.
//
// Input: the settings file's bytes (a fresh file name each time, so QSettings caches nothing).
//
// Properties: no crash, no hang; every listed profile reads back the same by its name; a profile
// saved again reads back equal and is listed; remembered user names and the remember flags of each
// profile can be read.

#include "fuzzsupport.h"
#include "testpaths.h"

#include "data/common/connectionsettings.h"
#include "ui/common/appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using cs::ui::AppSettings;
using cs::ui::ConnectionProfile;

namespace {

QTemporaryDir* g_home = nullptr;
int g_run = 0;

bool same(const ConnectionProfile& a, const ConnectionProfile& b)
{
    return a.name == b.name && a.host == b.host && a.port == b.port && a.database == b.database
        && a.sslMode == b.sslMode && a.caFile == b.caFile;
}

QString describe(const ConnectionProfile& p)
{
    return QStringLiteral("[%1] %2:%3/%4 %5 %6").arg(p.name, p.host).arg(p.port).arg(p.database, p.sslMode, p.caFile);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    g_home = new QTemporaryDir;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(g_home->path()));
    cs::fuzz::ensureCoreApplication("fuzz_profile");
    QCoreApplication::setOrganizationName(QStringLiteral("cs-fuzz"));
    return 0;
}

extern "C" void csFuzzSeeds(std::vector<std::string>* seeds)
{
    cs::fuzz::addSeedFiles(cs::test::sourcePath(u"tests/fuzz/corpus/profile"), seeds);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QCoreApplication::setApplicationName(QStringLiteral("run%1").arg(++g_run));
    const QString path = QSettings().fileName();
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QFile f(path);
        CS_FUZZ_CHECK(f.open(QIODevice::WriteOnly) && f.write(reinterpret_cast<const char*>(data), qint64(size)) == qint64(size),
                      QStringLiteral("cannot write %1").arg(path));
    }

    const QList<ConnectionProfile> profiles = AppSettings::profiles();
    cs::fuzz::outcome(profiles.isEmpty() ? "no profile" : "profiles");
    for (const ConnectionProfile& p : profiles) {
        CS_FUZZ_CHECK(same(AppSettings::profile(p.name), p), QStringLiteral("profile %1 reads differently by name").arg(describe(p)));
        AppSettings::lastUser(p.name);
        AppSettings::rememberPassword(p.name, AppSettings::lastUser(p.name));
        // What the login dialog makes of it (LoginDialog::accept).
        cs::data::ConnectionSettings s;
        s.host = p.host.trimmed();
        s.port = p.port;
        s.database = p.database.trimmed();
        s.sslMode = p.sslMode;
        s.sslRootCert = p.caFile.trimmed();
        s.describe();
    }
    AppSettings::lastProfile();
    AppSettings::language();
    AppSettings::idleMinutes();

    if (!profiles.isEmpty()) {
        ConnectionProfile p = profiles.first();
        AppSettings::saveProfile(p);
        CS_FUZZ_CHECK(same(AppSettings::profile(p.name), p), QStringLiteral("profile %1 saved, read back differently").arg(describe(p)));
        bool listed = false;
        for (const ConnectionProfile& q : AppSettings::profiles())
            listed = listed || q.name == p.name;
        CS_FUZZ_CHECK(listed, QStringLiteral("profile %1 saved, not listed").arg(describe(p)));
    }
    QFile::remove(path);
    return 0;
}
