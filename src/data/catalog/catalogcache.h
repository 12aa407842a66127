#pragma once

#include "data/catalog/catalogcachefile.h"
#include "data/common/connectionsettings.h"
#include "domain/catalog/catalog.h"
#include "domain/catalog/catalogdata.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QObject>
#include <QString>

namespace cs::data {

// The catalog on this PC: a local cache file (QStandardPaths::CacheLocation) holding the catalog rows
// and the revision they came from, served at once at start-up, and a background check against the
// server that swaps a fresh catalog in when the server's revision differs.
//
// The file's format is CatalogCacheFile's: a start-up reads it in one call and builds the graph
// from fixed-size records, without resolving ids. A file that is missing, truncated, corrupt, of
// another format version or not a cache file at all is refused with the reason, discarded (deleted)
// and rebuilt from the server by the next refresh; reading it never crashes.
//
// Threads: catalog() may be called from any thread; the served catalog is an immutable
// std::shared_ptr<const Catalog>, replaced as a whole (a holder keeps the one it has). Every other
// member is for the thread that owns the object (the GUI thread); signals are emitted there. The
// background check opens its own connection in the worker thread (a QSqlDatabase is per thread).
class CatalogCache : public QObject
{
    Q_OBJECT

public:
    using FileStatus = CatalogCacheFile::Status;
    static constexpr quint32 kMagic = CatalogCacheFile::kMagic;
    static constexpr quint32 kFormatVersion = CatalogCacheFile::kFormatVersion;

    explicit CatalogCache(QString filePath, QObject* parent = nullptr);
    ~CatalogCache() override; // waits for a running background check

    // <CacheLocation>/catalog-<hash of host, port and database>.cscache: one file per server.
    static QString defaultFilePath(const ConnectionSettings& settings);

    // Writes the file atomically (QSaveFile). false and *error on failure.
    static bool writeFile(const QString& path, const domain::CatalogData& data, QString* error = nullptr)
    {
        return CatalogCacheFile::write(path, data, error);
    }
    // Reads and checks the file and gives its rows back; *out is only written when the status is Ok.
    static FileStatus readFile(const QString& path, domain::CatalogData* out, QString* error = nullptr)
    {
        return CatalogCacheFile::readData(path, out, error);
    }

    QString filePath() const { return m_filePath; }

    // Start-up: reads the cache file's graph and serves it. A file that is not Ok (other than
    // Missing) is deleted so the next refresh rebuilds it. Emits catalogChanged when it serves one.
    FileStatus loadFile(QString* error = nullptr);

    // Serves `data` at once and writes it to the cache file (false and *error when the file cannot
    // be written; the catalog is served all the same). Emits catalogChanged.
    bool install(const domain::CatalogData& data, QString* error = nullptr);

    // The catalog being served, nullptr before the first one. Thread-safe.
    domain::CatalogPtr catalog() const;
    // Its revision, -1 when none is served.
    qint64 revision() const;

    // Starts the background check: a new connection with `settings` in a worker thread reads
    // cs.catalog_revision(); when it differs from the served revision (or nothing is served), the
    // catalog is loaded (CatalogLoader), built and written to the cache file there, then swapped in
    // here (catalogChanged). refreshFinished or refreshFailed reports the outcome. A call while a
    // check runs schedules one more check after it.
    void refresh(const ConnectionSettings& settings);
    bool isRefreshing() const { return m_refreshing; }

signals:
    // A new catalog is served (from the file, install() or a refresh).
    void catalogChanged(qint64 revision);
    // The check completed: `swapped` is false when the served catalog was already current.
    void refreshFinished(bool swapped, qint64 revision);
    // The server could not be reached or read; the served catalog (if any) keeps serving.
    void refreshFailed(const QString& error);

private:
    struct RefreshOutcome
    {
        bool ok = false;
        bool fetched = false;
        qint64 revision = -1;
        domain::CatalogPtr catalog;
        QString error;
        QString cacheWriteError;
    };
    static RefreshOutcome runRefresh(const ConnectionSettings& settings, qint64 known, const QString& path);
    void serve(domain::CatalogPtr catalog);
    void startRefresh();
    void onRefreshDone();

    QString m_filePath;
    mutable QMutex m_mutex;      // guards m_catalog
    domain::CatalogPtr m_catalog;
    QFutureWatcher<RefreshOutcome> m_watcher;
    ConnectionSettings m_settings;
    bool m_refreshing = false;
    bool m_again = false;
};

} // namespace cs::data
