#include "ui/common/idlewatcher.h"

#include <QEvent>

namespace cs::ui {

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(10 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
}

void IdleWatcher::setTimeout(int ms)
{
    m_timer.setInterval(ms);
    if (m_timer.isActive())
        m_timer.start();
}

void IdleWatcher::start()
{
    m_timer.start();
}

void IdleWatcher::stop()
{
    m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            m_timer.start();
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cs::ui
