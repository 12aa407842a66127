#include "ui/orders/transitionguard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCursor>
#include <QEvent>
#include <QMouseEvent>

namespace cs::ui {

namespace {
constexpr const char* kGuardName = "csTransitionGuard";
}

TransitionGuard::TransitionGuard(QAbstractButton* button, const QPoint& globalPos)
    : QObject(button)
    , m_button(button)
    , m_heldAt(globalPos)
    , m_wasTracking(button->hasMouseTracking())
{
    setObjectName(QString::fromLatin1(kGuardName));
    button->setMouseTracking(true);   // the moves that release it, without a button pressed
    button->installEventFilter(this);
}

void TransitionGuard::holdUnderPointer(const QList<QAbstractButton*>& buttons)
{
    const QPoint pointer = QCursor::pos();
    for (QAbstractButton* b : buttons) {
        if (!b || !b->isVisible() || isHeld(b))
            continue;
        if (b->rect().contains(b->mapFromGlobal(pointer)))
            new TransitionGuard(b, pointer);
    }
}

bool TransitionGuard::isHeld(const QAbstractButton* button)
{
    return button && button->findChild<TransitionGuard*>(QString::fromLatin1(kGuardName), Qt::FindDirectChildrenOnly);
}

bool TransitionGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_button)
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
        return true;   // a click meant for the action that was here before
    case QEvent::MouseMove: {
        const auto* move = static_cast<QMouseEvent*>(event);
        if ((move->globalPosition().toPoint() - m_heldAt).manhattanLength() > QApplication::startDragDistance())
            release();
        return false;
    }
    case QEvent::Leave:
    case QEvent::Hide:
        release();
        return false;
    default:
        return false;
    }
}

void TransitionGuard::release()
{
    m_button->removeEventFilter(this);
    m_button->setMouseTracking(m_wasTracking);
    setObjectName(QString());   // no longer found by isHeld(), even before it is deleted
    deleteLater();
}

} // namespace cs::ui
