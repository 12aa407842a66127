#include "ui/common/wheelguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QScrollBar>
#include <QWheelEvent>

namespace cs::ui {

WheelGuard::WheelGuard(QObject* parent)
    : QObject(parent)
{
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::Polish) {
        // The wheel alone never gives these fields the focus (it would then change them at once).
        if (auto* w = qobject_cast<QWidget*>(watched);
            w && (qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w)) && w->focusPolicy() == Qt::WheelFocus)
            w->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (event->type() != QEvent::Wheel)
        return false;
    auto* field = qobject_cast<QWidget*>(watched);
    if (!field || !(qobject_cast<QComboBox*>(field) || qobject_cast<QAbstractSpinBox*>(field)) || field->hasFocus())
        return false;
    // To the scroll area the field sits in (its scroll bar takes the wheel wherever the pointer is);
    // swallowed when there is none, so the value stays as it was.
    auto* wheel = static_cast<QWheelEvent*>(event);
    for (QWidget* p = field->parentWidget(); p; p = p->parentWidget()) {
        auto* area = qobject_cast<QAbstractScrollArea*>(p);
        if (!area)
            continue;
        const bool horizontal = wheel->angleDelta().x() != 0 && wheel->angleDelta().y() == 0;
        QScrollBar* bar = horizontal ? area->horizontalScrollBar() : area->verticalScrollBar();
        if (bar && bar->isVisible()) {
            QCoreApplication::sendEvent(bar, event);
            break;
        }
    }
    return true;
}

} // namespace cs::ui
