// Connection strings: `cleanstation-admin --conninfo "host=... dbname=..."` through
// ConnectionSettings::fromConninfo (libpq keywords, quoted values with \' and \\ escapes).
//
// Properties: no crash, no hang; unknown keywords are refused with a message that names them; what
// was read, written back as a quoted conninfo, reads back the same (so values with spaces, quotes,
// backslashes and '=' survive).

#include "fuzzsupport.h"
#include "testpaths.h"

#include "data/common/connectionsettings.h"

using cs::data::ConnectionSettings;

namespace {

QString quoted(const QString& value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + v + u'\'';
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    cs::fuzz::ensureCoreApplication("fuzz_conninfo");
    // The PG* variables are the defaults under what the string sets: none, so results depend on the input only.
    for (const char* v : {"PGHOST", "PGPORT", "PGDATABASE", "PGUSER", "PGPASSWORD", "PGSSLMODE", "PGSSLROOTCERT"})
        qunsetenv(v);
    return 0;
}

extern "C" void csFuzzSeeds(std::vector<std::string>* seeds)
{
    cs::fuzz::addSeedFiles(cs::test::sourcePath(u"tests/fuzz/corpus/conninfo"), seeds);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const ConnectionSettings s = ConnectionSettings::fromConninfo(text, &error);
    if (!error.isEmpty()) {
        cs::fuzz::outcome("refused");
        CS_FUZZ_CHECK(error.contains(QStringLiteral("unknown connection keyword")),
                      QStringLiteral("a refusal that does not say why: %1").arg(error));
        return 0;
    }
    s.describe();
    cs::fuzz::outcome("read");
    const QString written = QStringList{
        QStringLiteral("host=") + quoted(s.host), QStringLiteral("port=") + QString::number(s.port),
        QStringLiteral("dbname=") + quoted(s.database), QStringLiteral("user=") + quoted(s.user),
        QStringLiteral("password=") + quoted(s.password), QStringLiteral("sslmode=") + quoted(s.sslMode),
        QStringLiteral("sslrootcert=") + quoted(s.sslRootCert),
        QStringLiteral("application_name=") + quoted(s.applicationName)}.join(u' ');
    QString againError;
    const ConnectionSettings t = ConnectionSettings::fromConninfo(written, &againError);
    CS_FUZZ_CHECK(againError.isEmpty(), QStringLiteral("written back, refused: %1").arg(againError));
    CS_FUZZ_CHECK(t.host == s.host && t.port == s.port && t.database == s.database && t.user == s.user
                      && t.password == s.password && t.sslMode == s.sslMode && t.sslRootCert == s.sslRootCert
                      && t.applicationName == s.applicationName,
                  QStringLiteral("written back as [%1], read differently").arg(written));
    return 0;
}
