#pragma once

#include "domain/bom/bomgenerator.h"
#include "domain/catalog/catalog.h"
#include "domain/orders/sinkconfiguration.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <optional>

namespace cs::data {

class CatalogCache;

// Runs BomGenerator::generate (the one function behind the wizard preview and the submitted order)
// on a worker thread (QtConcurrent) against the catalog the CatalogCache serves.
//
// - request() returns at once with an id; the GUI thread never waits.
// - The latest request wins: at most one generation runs; a request made while one runs waits, and
//   replaces any request already waiting; the result of a superseded request is dropped, never emitted.
// - Each generation takes the catalog served when it starts and keeps that std::shared_ptr to the end,
//   so a catalog swapped in meanwhile is used by the next generation, never half-way through one.
// - Results are emitted on the thread that owns the service (the GUI thread).
class GenerationService : public QObject
{
    Q_OBJECT

public:
    explicit GenerationService(CatalogCache* cache, QObject* parent = nullptr);
    ~GenerationService() override; // waits for a running generation (its result is dropped)

    // Queues a generation of `config`; `today` fixes the date for the want-date rule.
    quint64 request(const domain::OrderConfiguration& config, QDate today = QDate::currentDate(),
                    const domain::GenerationOptions& options = {});
    // Drops the waiting request and the result of the running one.
    void cancel();

    bool isBusy() const { return m_running.has_value() || m_pending.has_value(); }
    quint64 latestRequestId() const { return m_latest; }

signals:
    // The result of the latest request (result.catalogRevision names the catalog used).
    void generated(quint64 requestId, const cs::domain::GenerationResult& result);
    // The latest request could not run: no catalog is served yet.
    void unavailable(quint64 requestId, const QString& reason);
    void busyChanged(bool busy);

private:
    struct Request
    {
        quint64 id = 0;
        domain::OrderConfiguration config;
        QDate today;
        domain::GenerationOptions options;
    };

    void start(Request request);
    void onFinished();

    QPointer<CatalogCache> m_cache;
    QFutureWatcher<domain::GenerationResult> m_watcher;
    std::optional<quint64> m_running;   // id of the running generation
    std::optional<Request> m_pending;   // the newest request waiting for the running one
    quint64 m_latest = 0;
    quint64 m_nextId = 1;
};

} // namespace cs::data
