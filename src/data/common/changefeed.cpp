#include "data/common/changefeed.h"

#include <QMetaObject>

#include <utility>

namespace cs::data {

ChangeFeed::ChangeFeed(QObject* parent)
    : QObject(parent)
{
}

ChangeFeed::~ChangeFeed() = default;

void ChangeFeed::announce(const Change& change)
{
    // Queued always (also in the feed's own thread): the batch is delivered after the code that wrote
    // has finished its turn, so its own follow-up (reading the new row version, closing a dialog) is done
    // before lists read again.
    QMetaObject::invokeMethod(
        this,
        [this, change] {
            if (!m_pending.contains(change))
                m_pending << change;
            if (m_pending.size() == 1)
                QMetaObject::invokeMethod(this, &ChangeFeed::deliver, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ChangeFeed::deliver()
{
    const QList<Change> batch = std::exchange(m_pending, {});
    if (!batch.isEmpty())
        emit changed(batch);
}

bool ChangeFeed::concerns(const QList<Change>& batch, const QList<QLatin1StringView>& entities)
{
    for (const Change& c : batch) {
        if (c.entity.isEmpty())
            return true;
        for (QLatin1StringView e : entities)
            if (c.entity == e)
                return true;
    }
    return false;
}

} // namespace cs::data
