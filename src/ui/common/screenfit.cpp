#include "ui/common/screenfit.h"

#include <QGuiApplication>
#include <QRect>
#include <QScreen>
#include <QStyle>
#include <QWidget>
#include <QWindow>

#include <algorithm>

namespace cs::ui {

namespace {

QScreen* screenOf(const QWidget* window, const QWidget* parent)
{
    if (window->isVisible() && window->screen())
        return window->screen();
    if (parent && parent->screen())
        return parent->screen();
    return window->screen() ? window->screen() : QGuiApplication::primaryScreen();
}

} // namespace

QMargins ScreenFit::frame(const QWidget* window)
{
    const QMargins known = window->windowHandle() ? window->windowHandle()->frameMargins() : QMargins();
    if (!known.isNull())
        return known;
    const int border = 4;
    return {border, window->style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, window) + 2 * border, border, border};
}

QSize ScreenFit::room(const QWidget* window, const QWidget* parent)
{
    const QScreen* screen = screenOf(window, parent);
    return screen ? screen->availableGeometry().size().shrunkBy(frame(window)) : QSize();
}

void ScreenFit::place(QWidget* window, QSize wanted, const QWidget* parent)
{
    const QScreen* screen = screenOf(window, parent);
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QMargins margins = frame(window);
    wanted = wanted.boundedTo(available.size().shrunkBy(margins)).expandedTo(window->minimumSize());
    window->resize(wanted);
    QRect outer(QPoint(0, 0), wanted.grownBy(margins));
    outer.moveCenter(window->isVisible() ? window->frameGeometry().center() : available.center());
    outer.moveLeft(std::clamp(outer.left(), available.left(), std::max(available.left(), available.right() - outer.width() + 1)));
    outer.moveTop(std::clamp(outer.top(), available.top(), std::max(available.top(), available.bottom() - outer.height() + 1)));
    window->move(outer.topLeft());
}

void ScreenFit::share(QWidget* window, double share, const QWidget* parent)
{
    const QScreen* screen = screenOf(window, parent);
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    place(window, QSize(qRound(available.width() * share), qRound(available.height() * share)), parent);
}

} // namespace cs::ui
