#pragma once

#include <QMargins>
#include <QSize>

class QWidget;

namespace cs::ui {

// A window sized to the screen it opens on, frame included: the title bar and borders the window
// manager adds (the real ones once the window is framed; before that, a title bar and thin borders),
// so that nothing of it, its buttons least of all, ends up below the screen's edge.
class ScreenFit
{
public:
    // The frame around the window's inside: its own once known, else the usual one.
    static QMargins frame(const QWidget* window);
    // The room for the window's inside on its screen (the parent's, before it has one of its own).
    static QSize room(const QWidget* window, const QWidget* parent = nullptr);
    // Resizes `window` to `wanted`, bounded to the room (and to no less than its minimum size), and
    // moves it, frame included, inside the screen's available area: centred where it is when shown, over
    // the screen's centre before.
    static void place(QWidget* window, QSize wanted, const QWidget* parent = nullptr);
    // `share` of the screen's available area (each way), placed as place() does.
    static void share(QWidget* window, double share, const QWidget* parent = nullptr);
};

} // namespace cs::ui
