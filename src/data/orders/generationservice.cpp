#include "data/orders/generationservice.h"

#include "data/catalog/catalogcache.h"

#include <QtConcurrent/QtConcurrentRun>

namespace cs::data {

GenerationService::GenerationService(CatalogCache* cache, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &GenerationService::onFinished);
}

GenerationService::~GenerationService()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

quint64 GenerationService::request(const domain::OrderConfiguration& config, QDate today,
                                   const domain::GenerationOptions& options)
{
    const bool wasBusy = isBusy();
    Request r{m_nextId++, config, today, options};
    m_latest = r.id;
    const quint64 id = r.id;
    if (m_running)
        m_pending = std::move(r); // replaces an older waiting request: that one is never run
    else
        start(std::move(r));
    if (!wasBusy && isBusy())
        emit busyChanged(true);
    return id;
}

void GenerationService::cancel()
{
    const bool wasBusy = isBusy();
    m_pending.reset();
    m_latest = m_nextId++; // the running result no longer matches the latest id
    if (wasBusy && !isBusy())
        emit busyChanged(false);
}

void GenerationService::start(Request r)
{
    domain::CatalogPtr catalog = m_cache ? m_cache->catalog() : nullptr;
    if (!catalog) {
        // Reported from the event loop, like a result, so request() never emits synchronously.
        const quint64 id = r.id;
        QMetaObject::invokeMethod(
            this,
            [this, id] {
                if (id == m_latest)
                    emit unavailable(id, tr("The catalog is not available yet: it has not been loaded from the "
                                            "cache or the server."));
            },
            Qt::QueuedConnection);
        return;
    }
    m_running = r.id;
    // The job owns its copy of the request and a reference to the catalog it started with.
    m_watcher.setFuture(QtConcurrent::run([catalog = std::move(catalog), r = std::move(r)] {
        return domain::BomGenerator::generate(*catalog, r.config, r.today, r.options);
    }));
}

void GenerationService::onFinished()
{
    const quint64 id = m_running.value_or(0);
    m_running.reset();
    // Taken before the watcher gets the next job; only the latest request's result is emitted.
    std::optional<domain::GenerationResult> result;
    if (id != 0 && id == m_latest && !m_watcher.future().isCanceled())
        result = m_watcher.result();
    if (m_pending) {
        Request next = std::move(*m_pending);
        m_pending.reset();
        start(std::move(next));
    }
    if (result)
        emit generated(id, *result);
    if (!isBusy())
        emit busyChanged(false);
}

} // namespace cs::data
