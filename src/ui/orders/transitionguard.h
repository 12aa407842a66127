#pragma once

#include <QList>
#include <QObject>
#include <QPoint>

class QAbstractButton;

namespace cs::ui {

// After a status change the order page's actions are rebuilt for the new status, and the next action
// can appear exactly where the person just clicked. TransitionGuard keeps a second click (a double
// click, an impatient click) from landing on it: a button that is under the pointer when the actions
// change ignores the mouse until the pointer has left it or moved away from where it was (more than the
// drag distance). The keyboard works at once; nothing else about the button changes.
class TransitionGuard final : public QObject
{
    Q_OBJECT
public:
    // Holds each visible button of `buttons` that is under the pointer now.
    static void holdUnderPointer(const QList<QAbstractButton*>& buttons);
    // True while `button` ignores the mouse.
    static bool isHeld(const QAbstractButton* button);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    TransitionGuard(QAbstractButton* button, const QPoint& globalPos);
    void release();

    QAbstractButton* m_button;
    QPoint m_heldAt;
    bool m_wasTracking;
};

} // namespace cs::ui
