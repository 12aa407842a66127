#include "data/catalog/catalogcache.h"

#include "data/catalog/catalogloader.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QSaveFile>
#include <QtEndian>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <cstring>
#include <vector>

namespace cs::data {

namespace {

constexpr int kHeaderSize = 4 + 4 + 8 + 8 + 8;

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

// Payload (format 2): the revision, a table of the distinct strings (u32 length in UTF-16 units, then
// the units), then the rows with every string as an index into that table. Interning makes the
// repeated strings (component ids, types, codes) one shared QString each: few allocations on load.
class Writer
{
public:
    void u8(quint8 v) { m_rows.append(char(v)); }
    void u32(quint32 v)
    {
        const quint32 le = qToLittleEndian(v);
        m_rows.append(reinterpret_cast<const char*>(&le), 4);
    }
    void i64(qint64 v)
    {
        const qint64 le = qToLittleEndian(v);
        m_rows.append(reinterpret_cast<const char*>(&le), 8);
    }
    void str(const QString& s)
    {
        auto it = m_index.constFind(s);
        if (it == m_index.cend())
            it = m_index.insert(s, quint32(m_strings.size()));
        if (it.value() == quint32(m_strings.size()))
            m_strings.append(s);
        u32(it.value());
    }
    QByteArray payload(qint64 revision) const
    {
        QByteArray out;
        const qint64 rev = qToLittleEndian(revision);
        out.append(reinterpret_cast<const char*>(&rev), 8);
        auto put = [&out](quint32 v) {
            const quint32 le = qToLittleEndian(v);
            out.append(reinterpret_cast<const char*>(&le), 4);
        };
        put(quint32(m_strings.size()));
        for (const QString& s : m_strings) {
            put(quint32(s.size()));
            for (QChar c : s) {
                const quint16 le = qToLittleEndian(c.unicode());
                out.append(reinterpret_cast<const char*>(&le), 2);
            }
        }
        out.append(m_rows);
        return out;
    }

private:
    QByteArray m_rows;
    QHash<QString, quint32> m_index;
    QList<QString> m_strings;
};

class Reader
{
public:
    Reader(const char* p, qsizetype n)
        : m_p(reinterpret_cast<const uchar*>(p))
        , m_end(m_p + n)
    {
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_p == m_end; }
    qsizetype remaining() const { return m_end - m_p; }
    quint8 u8() { return take(1) ? m_p[-1] : 0; }
    quint32 u32() { return take(4) ? qFromLittleEndian<quint32>(m_p - 4) : 0; }
    qint64 i64() { return take(8) ? qFromLittleEndian<qint64>(m_p - 8) : 0; }
    // A count of entries of at least minBytes each that must fit in the rest of the payload.
    quint32 count(qsizetype minBytes)
    {
        const quint32 n = u32();
        if (qsizetype(n) * minBytes > remaining())
            m_ok = false;
        return m_ok ? n : 0;
    }
    bool readStrings(std::vector<QString>* out)
    {
        const quint32 n = count(4);
        out->reserve(n);
        for (quint32 i = 0; i < n && m_ok; ++i) {
            const quint32 len = u32();
            if (!take(qsizetype(len) * 2))
                break;
            const uchar* data = m_p - qsizetype(len) * 2;
            if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
                out->emplace_back(reinterpret_cast<const QChar*>(data), qsizetype(len));
            } else {
                QString s(qsizetype(len), Qt::Uninitialized);
                for (quint32 k = 0; k < len; ++k)
                    s[k] = QChar(qFromLittleEndian<quint16>(data + 2 * k));
                out->push_back(std::move(s));
            }
        }
        m_strings = out;
        return m_ok;
    }
    const QString& str()
    {
        static const QString empty;
        const quint32 i = u32();
        if (!m_ok || i >= m_strings->size()) {
            m_ok = false;
            return empty;
        }
        return (*m_strings)[i];
    }

private:
    bool take(qsizetype n)
    {
        if (!m_ok || n > m_end - m_p) {
            m_ok = false;
            return false;
        }
        m_p += n;
        return true;
    }

    const uchar* m_p;
    const uchar* m_end;
    bool m_ok = true;
    const std::vector<QString>* m_strings = nullptr;
};

QByteArray writeRows(const domain::CatalogData& d)
{
    Writer w;
    w.u32(quint32(d.categories.size()));
    for (const domain::CategoryRow& c : d.categories) {
        w.str(c.id);
        w.str(c.name);
        w.str(c.description);
    }
    w.u32(quint32(d.subcategories.size()));
    for (const domain::SubcategoryRow& c : d.subcategories) {
        w.str(c.id);
        w.str(c.categoryId);
        w.str(c.name);
        w.str(c.description);
        w.u32(quint32(c.assemblyRefs.size()));
        for (const QString& r : c.assemblyRefs)
            w.str(r);
    }
    w.u32(quint32(d.parts.size()));
    for (const domain::PartRow& p : d.parts) {
        w.str(p.id);
        w.str(p.name);
        w.str(p.manufacturerPartNumber);
        w.str(p.manufacturerInfo);
        w.str(p.type);
        w.str(p.status);
        w.str(p.description);
        w.u8(p.isCustom ? 1 : 0);
        w.str(p.attributes.isEmpty() ? QString()
                                     : QString::fromUtf8(QJsonDocument(p.attributes).toJson(QJsonDocument::Compact)));
    }
    w.u32(quint32(d.assemblies.size()));
    for (const domain::AssemblyRow& a : d.assemblies) {
        w.str(a.id);
        w.str(a.name);
        w.str(a.type);
        w.str(a.categoryCode);
        w.str(a.subcategoryCode);
        w.u8(a.canOrder ? 1 : 0);
        w.u8(a.isKit ? 1 : 0);
        w.str(a.status);
        w.str(a.description);
        w.u32(quint32(a.components.size()));
        for (const domain::ComponentRow& c : a.components) {
            w.str(c.childId);
            w.u32(quint32(c.quantity));
            w.str(c.notes);
        }
    }
    return w.payload(d.revision);
}

bool readRows(const char* payload, qsizetype size, domain::CatalogData* d)
{
    Reader r(payload, size);
    d->revision = r.i64();
    std::vector<QString> strings;
    if (!r.readStrings(&strings))
        return false;
    quint32 n = r.count(12);
    d->categories.resize(n);
    for (domain::CategoryRow& c : d->categories) {
        c.id = r.str();
        c.name = r.str();
        c.description = r.str();
    }
    n = r.count(20);
    d->subcategories.resize(n);
    for (domain::SubcategoryRow& c : d->subcategories) {
        c.id = r.str();
        c.categoryId = r.str();
        c.name = r.str();
        c.description = r.str();
        const quint32 refs = r.count(4);
        c.assemblyRefs.reserve(refs);
        for (quint32 i = 0; i < refs; ++i)
            c.assemblyRefs.append(r.str());
    }
    n = r.count(33);
    d->parts.resize(n);
    for (domain::PartRow& p : d->parts) {
        p.id = r.str();
        p.name = r.str();
        p.manufacturerPartNumber = r.str();
        p.manufacturerInfo = r.str();
        p.type = r.str();
        p.status = r.str();
        p.description = r.str();
        p.isCustom = r.u8() != 0;
        const QString& attrs = r.str();
        if (!attrs.isEmpty()) {
            QJsonParseError e;
            const QJsonDocument doc = QJsonDocument::fromJson(attrs.toUtf8(), &e);
            if (e.error != QJsonParseError::NoError || !doc.isObject())
                return false;
            p.attributes = doc.object();
        }
        if (!r.ok())
            return false;
    }
    n = r.count(38);
    d->assemblies.resize(n);
    for (domain::AssemblyRow& a : d->assemblies) {
        a.id = r.str();
        a.name = r.str();
        a.type = r.str();
        a.categoryCode = r.str();
        a.subcategoryCode = r.str();
        a.canOrder = r.u8() != 0;
        a.isKit = r.u8() != 0;
        a.status = r.str();
        a.description = r.str();
        const quint32 components = r.count(12);
        a.components.resize(components);
        for (domain::ComponentRow& c : a.components) {
            c.childId = r.str();
            c.quantity = int(r.u32());
            c.notes = r.str();
        }
        if (!r.ok())
            return false;
    }
    return r.ok() && r.atEnd();
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
    const QByteArray payload = writeRows(data);
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
    if (!readRows(payload, qsizetype(size), &data))
        return result(FileStatus::Corrupt, QStringLiteral("unreadable rows"));
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
