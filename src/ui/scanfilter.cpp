#include "scanfilter.h"

#include <QCoreApplication>

namespace cs::ui {

namespace {
bool isEnter(int key)
{
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}
} // namespace

ScanFilter::ScanFilter(QObject* parent)
    : QObject(parent)
{
    m_gapTimer.setSingleShot(true);
    m_gapTimer.setInterval(m_maxGapMs);
    connect(&m_gapTimer, &QTimer::timeout, this, &ScanFilter::flush);
}

ScanFilter::~ScanFilter() = default;

void ScanFilter::setMaxKeyGapMs(int ms)
{
    m_maxGapMs = ms;
    m_gapTimer.setInterval(ms);
}

bool ScanFilter::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (m_replaying || (type != QEvent::KeyPress && type != QEvent::KeyRelease && type != QEvent::ShortcutOverride))
        return QObject::eventFilter(watched, event);
    // Focus moved in the middle of a burst: what was held belongs to the old widget.
    if (!m_held.empty() && watched != m_target) {
        if (type != QEvent::KeyPress)
            return false;
        flush();
    }

    auto* ke = static_cast<QKeyEvent*>(event);
    if (type == QEvent::ShortcutOverride) {
        // While a burst is held, keep shortcuts from stealing its keys.
        if (!m_held.empty()) {
            event->accept();
            return true;
        }
        return false;
    }
    if (type == QEvent::KeyRelease) {
        if (m_held.empty())
            return false;
        m_held.push_back({type, ke->key(), ke->modifiers(), ke->text()});
        return true;
    }

    const bool inBurst = !m_held.empty() && m_sinceLastKey.isValid() && m_sinceLastKey.elapsed() <= m_maxGapMs;
    if (!m_held.empty() && !inBurst)
        flush();   // too slow: the held keys were typed by a person

    const QString text = ke->text();
    if (m_held.empty()) {
        // Only a key that can start the prefix opens a burst.
        if (text.size() != 1 || text.at(0).toUpper() != domain::ScanPayload::prefix.at(0))
            return false;
        m_target = watched;
        m_buffer.clear();
    }

    if (isEnter(ke->key())) {
        const QString candidate = m_buffer;
        if (candidate.size() > domain::ScanPayload::prefix.size()) {
            m_held.clear();
            reset();
            if (const auto payload = domain::ScanPayload::parse(candidate))
                emit scanned(*payload);
            else
                emit unrecognised(candidate);
            return true;
        }
        m_held.push_back({type, ke->key(), ke->modifiers(), text});
        flush();
        return true;
    }

    m_held.push_back({type, ke->key(), ke->modifiers(), text});
    m_buffer += text;
    const qsizetype n = std::min(m_buffer.size(), domain::ScanPayload::prefix.size());
    if (text.isEmpty() || !QStringView(m_buffer).left(n).startsWith(domain::ScanPayload::prefix.left(n), Qt::CaseInsensitive)) {
        flush();
        return true;
    }
    m_sinceLastKey.start();
    m_gapTimer.start();
    return true;
}

void ScanFilter::flush()
{
    m_gapTimer.stop();
    std::vector<HeldKey> held;
    held.swap(m_held);
    const QPointer<QObject> target = m_target;
    reset();
    if (!target)
        return;
    m_replaying = true;
    for (const HeldKey& k : held) {
        QKeyEvent ev(k.type, k.key, k.modifiers, k.text);
        QCoreApplication::sendEvent(target.data(), &ev);
        if (!target)
            break;
    }
    m_replaying = false;
}

void ScanFilter::reset()
{
    m_gapTimer.stop();
    m_buffer.clear();
    m_target = nullptr;
    m_sinceLastKey.invalidate();
}

} // namespace cs::ui
