#include "data/catalogcache.h"

#include "data/catalogloader.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <cstring>

namespace cs::data {

namespace {

constexpr int kHeaderSize = 4 + 4 + 8 + 8 + 8;
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;

// A fast 64-bit checksum of the payload (corruption detection, not security): 8-byte words mixed
// with multiply-rotate, then a final avalanche (MurmurHash3's fmix64).
quint64 checksum64(const char* p, qsizetype n)
{
    constexpr quint64 k1 = 0x87c37b91114253d5ULL;
    constexpr quint64 k2 = 0x4cf5ad432745937fULL;
    quint64 h = 0x9e3779b97f4a7c15ULL ^ quint64(n);
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 w;
        std::memcpy(&w, p + i, 8);
        w *= k1;
        w = (w << 31) | (w >> 33);
        h ^= w * k2;
        h = ((h << 27) | (h >> 37)) * 5 + 0x52dce729;
    }
    quint64 tail = 0;
    for (qsizetype s = 0; i < n; ++i, s += 8)
        tail |= quint64(quint8(p[i])) << s;
    h ^= tail * k1;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

void writeRows(QDataStream& s, const domain::CatalogData& d)
{
    s << d.revision;
    s << quint32(d.categories.size());
    for (const domain::CategoryRow& c : d.categories)
        s << c.id << c.name << c.description;
    s << quint32(d.subcategories.size());
    for (const domain::SubcategoryRow& c : d.subcategories) {
        s << c.id << c.categoryId << c.name << c.description << quint32(c.assemblyRefs.size());
        for (const QString& r : c.assemblyRefs)
            s << r;
    }
    s << quint32(d.parts.size());
    for (const domain::PartRow& p : d.parts) {
        s << p.id << p.name << p.manufacturerPartNumber << p.manufacturerInfo << p.type << p.status << p.description
          << p.isCustom
          << (p.attributes.isEmpty() ? QByteArray() : QJsonDocument(p.attributes).toJson(QJsonDocument::Compact));
    }
    s << quint32(d.assemblies.size());
    for (const domain::AssemblyRow& a : d.assemblies) {
        s << a.id << a.name << a.type << a.categoryCode << a.subcategoryCode << a.canOrder << a.isKit << a.status
          << a.description << quint32(a.components.size());
        for (const domain::ComponentRow& c : a.components)
            s << c.childId << qint32(c.quantity) << c.notes;
    }
}

// Reads a count and checks that that many entries of at least `minBytes` each can still follow, so a
// damaged count cannot make us reserve gigabytes.
bool readCount(QDataStream& s, qint64 remaining, qint64 minBytes, quint32* n)
{
    s >> *n;
    return s.status() == QDataStream::Ok && qint64(*n) * minBytes <= remaining;
}

bool readRows(QDataStream& s, qint64 size, domain::CatalogData* d)
{
    auto remaining = [&] { return size - s.device()->pos(); };
    s >> d->revision;
    quint32 n = 0;
    if (!readCount(s, remaining(), 12, &n))
        return false;
    d->categories.resize(n);
    for (domain::CategoryRow& c : d->categories)
        s >> c.id >> c.name >> c.description;
    if (s.status() != QDataStream::Ok || !readCount(s, remaining(), 20, &n))
        return false;
    d->subcategories.resize(n);
    for (domain::SubcategoryRow& c : d->subcategories) {
        quint32 refs = 0;
        s >> c.id >> c.categoryId >> c.name >> c.description;
        if (!readCount(s, remaining(), 4, &refs))
            return false;
        c.assemblyRefs.resize(refs);
        for (QString& r : c.assemblyRefs)
            s >> r;
    }
    if (s.status() != QDataStream::Ok || !readCount(s, remaining(), 33, &n))
        return false;
    d->parts.resize(n);
    for (domain::PartRow& p : d->parts) {
        QByteArray attrs;
        s >> p.id >> p.name >> p.manufacturerPartNumber >> p.manufacturerInfo >> p.type >> p.status >> p.description
            >> p.isCustom >> attrs;
        if (!attrs.isEmpty()) {
            QJsonParseError e;
            const QJsonDocument doc = QJsonDocument::fromJson(attrs, &e);
            if (e.error != QJsonParseError::NoError || !doc.isObject())
                return false;
            p.attributes = doc.object();
        }
    }
    if (s.status() != QDataStream::Ok || !readCount(s, remaining(), 42, &n))
        return false;
    d->assemblies.resize(n);
    for (domain::AssemblyRow& a : d->assemblies) {
        quint32 components = 0;
        s >> a.id >> a.name >> a.type >> a.categoryCode >> a.subcategoryCode >> a.canOrder >> a.isKit >> a.status
            >> a.description;
        if (!readCount(s, remaining(), 12, &components))
            return false;
        a.components.resize(components);
        for (domain::ComponentRow& c : a.components) {
            qint32 qty = 0;
            s >> c.childId >> qty >> c.notes;
            c.quantity = qty;
        }
        if (s.status() != QDataStream::Ok)
            return false;
    }
    return s.status() == QDataStream::Ok && s.atEnd();
}

QString statusText(CatalogCache::FileStatus status)
{
    switch (status) {
    case CatalogCache::FileStatus::Ok: return QStringLiteral("ok");
    case CatalogCache::FileStatus::Missing: return QStringLiteral("no cache file");
    case CatalogCache::FileStatus::Unreadable: return QStringLiteral("the cache file cannot be opened");
    case CatalogCache::FileStatus::Truncated: return QStringLiteral("the cache file is truncated");
    case CatalogCache::FileStatus::BadMagic: return QStringLiteral("not a catalog cache file");
    case CatalogCache::FileStatus::OldFormat: return QStringLiteral("the cache file has another format version");
    case CatalogCache::FileStatus::Corrupt: return QStringLiteral("the cache file is corrupt");
    }
    return {};
}

QAtomicInteger<quint64> g_connectionCounter;

} // namespace

CatalogCache::CatalogCache(QString filePath, QObject* parent)
    : QObject(parent)
    , m_filePath(std::move(filePath))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CatalogCache::onRefreshDone);
}

CatalogCache::~CatalogCache()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

QString CatalogCache::defaultFilePath(const ConnectionSettings& settings)
{
    const QByteArray key = QStringLiteral("%1\n%2\n%3").arg(settings.host).arg(settings.port).arg(settings.database).toUtf8();
    const QString name = QStringLiteral("catalog-%1.cscache")
                             .arg(QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16)));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(name);
}

bool CatalogCache::writeFile(const QString& path, const domain::CatalogData& data, QString* error)
{
    QByteArray payload;
    {
        QDataStream s(&payload, QIODevice::WriteOnly);
        s.setVersion(kStreamVersion);
        s.setByteOrder(QDataStream::LittleEndian);
        writeRows(s, data);
    }
    QByteArray header;
    {
        QDataStream h(&header, QIODevice::WriteOnly);
        h.setByteOrder(QDataStream::LittleEndian);
        h << kMagic << kFormatVersion << data.revision << quint64(payload.size())
          << checksum64(payload.constData(), payload.size());
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QStringLiteral("cannot create the cache folder %1").arg(info.absolutePath());
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(header) != header.size() || f.write(payload) != payload.size()
        || !f.commit()) {
        if (error)
            *error = QStringLiteral("cannot write the catalog cache %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

CatalogCache::FileStatus CatalogCache::readFile(const QString& path, domain::CatalogData* out, QString* error)
{
    auto result = [&](FileStatus status, const QString& detail = {}) {
        if (error && status != FileStatus::Ok)
            *error = detail.isEmpty() ? statusText(status) : QStringLiteral("%1 (%2)").arg(statusText(status), detail);
        return status;
    };
    QFile f(path);
    if (!f.exists())
        return result(FileStatus::Missing);
    if (!f.open(QIODevice::ReadOnly))
        return result(FileStatus::Unreadable, f.errorString());
    const QByteArray bytes = f.readAll();
    if (bytes.size() < kHeaderSize)
        return result(bytes.size() >= 4 && bytes.left(4) != QByteArray("CCSC", 4) ? FileStatus::BadMagic
                                                                                  : FileStatus::Truncated);
    quint32 magic = 0, version = 0;
    qint64 revision = 0;
    quint64 size = 0, checksum = 0;
    {
        QDataStream h(bytes.left(kHeaderSize));
        h.setByteOrder(QDataStream::LittleEndian);
        h >> magic >> version >> revision >> size >> checksum;
    }
    if (magic != kMagic)
        return result(FileStatus::BadMagic);
    if (version != kFormatVersion)
        return result(FileStatus::OldFormat, QStringLiteral("version %1, expected %2").arg(version).arg(kFormatVersion));
    const quint64 available = quint64(bytes.size() - kHeaderSize);
    if (size > available)
        return result(FileStatus::Truncated, QStringLiteral("%1 of %2 bytes").arg(available).arg(size));
    if (size < available)
        return result(FileStatus::Corrupt, QStringLiteral("trailing bytes"));
    const char* payload = bytes.constData() + kHeaderSize;
    if (checksum64(payload, qsizetype(size)) != checksum)
        return result(FileStatus::Corrupt, QStringLiteral("checksum mismatch"));

    domain::CatalogData data;
    {
        const QByteArray view = QByteArray::fromRawData(payload, qsizetype(size));
        QDataStream s(view);
        s.setVersion(kStreamVersion);
        s.setByteOrder(QDataStream::LittleEndian);
        if (!readRows(s, qint64(size), &data))
            return result(FileStatus::Corrupt, QStringLiteral("unreadable rows"));
    }
    if (data.revision != revision)
        return result(FileStatus::Corrupt, QStringLiteral("revision mismatch"));
    *out = std::move(data);
    return FileStatus::Ok;
}

CatalogCache::FileStatus CatalogCache::loadFile(QString* error)
{
    domain::CatalogData data;
    QString why;
    const FileStatus status = readFile(m_filePath, &data, &why);
    if (status == FileStatus::Ok) {
        serve(domain::Catalog::fromData(data));
        return status;
    }
    if (status != FileStatus::Missing)
        QFile::remove(m_filePath); // rebuilt by the next refresh
    if (error)
        *error = why;
    return status;
}

bool CatalogCache::install(const domain::CatalogData& data, QString* error)
{
    serve(domain::Catalog::fromData(data));
    return writeFile(m_filePath, data, error);
}

domain::CatalogPtr CatalogCache::catalog() const
{
    QMutexLocker lock(&m_mutex);
    return m_catalog;
}

qint64 CatalogCache::revision() const
{
    QMutexLocker lock(&m_mutex);
    return m_catalog ? m_catalog->revision() : -1;
}

void CatalogCache::serve(domain::CatalogPtr catalog)
{
    const qint64 revision = catalog->revision();
    {
        QMutexLocker lock(&m_mutex);
        m_catalog.swap(catalog);
    }
    // `catalog` now holds the previous one: released here unless a running job still holds it.
    emit catalogChanged(revision);
}

void CatalogCache::refresh(const ConnectionSettings& settings)
{
    m_settings = settings;
    if (m_refreshing) {
        m_again = true;
        return;
    }
    startRefresh();
}

void CatalogCache::startRefresh()
{
    m_refreshing = true;
    m_again = false;
    m_watcher.setFuture(QtConcurrent::run(&CatalogCache::runRefresh, m_settings, revision(), m_filePath));
}

CatalogCache::RefreshOutcome CatalogCache::runRefresh(const ConnectionSettings& settings, qint64 known,
                                                      const QString& path)
{
    RefreshOutcome out;
    const QString name = QStringLiteral("cs-catalog-refresh-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = settings.open(name);
        if (!db.isOpen()) {
            out.error = QStringLiteral("cannot reach the server %1: %2").arg(settings.describe(), db.lastError().text());
        } else {
            CatalogLoader loader(db);
            out.revision = loader.revision(&out.error);
            if (out.revision >= 0) {
                out.ok = true;
                if (out.revision != known) {
                    domain::CatalogData data;
                    if (loader.load(&data, &out.error)) {
                        out.fetched = true;
                        out.revision = data.revision;
                        out.catalog = domain::Catalog::fromData(data);
                        writeFile(path, data, &out.cacheWriteError);
                    } else {
                        out.ok = false;
                    }
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

void CatalogCache::onRefreshDone()
{
    const RefreshOutcome out = m_watcher.result();
    m_refreshing = false;
    if (!out.ok) {
        emit refreshFailed(out.error);
    } else {
        if (!out.cacheWriteError.isEmpty())
            qWarning("catalog cache: %s", qPrintable(out.cacheWriteError));
        if (out.fetched)
            serve(out.catalog);
        emit refreshFinished(out.fetched, out.revision);
    }
    if (m_again && !m_refreshing)
        startRefresh();
}

} // namespace cs::data
