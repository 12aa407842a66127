#include "data/catalog/catalogcache.h"

#include "data/catalog/catalogloader.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMutexLocker>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace cs::data {

namespace {

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

CatalogCache::FileStatus CatalogCache::loadFile(QString* error)
{
    domain::CatalogPtr catalog;
    QString why;
    const FileStatus status = CatalogCacheFile::readCatalog(m_filePath, &catalog, &why);
    if (status == FileStatus::Ok) {
        serve(std::move(catalog));
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
    const domain::CatalogPtr catalog = domain::Catalog::fromData(data);
    serve(catalog);
    return CatalogCacheFile::write(m_filePath, data, *catalog, error);
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
                        CatalogCacheFile::write(path, data, *out.catalog, &out.cacheWriteError);
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
