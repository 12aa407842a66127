#pragma once

#include <QProxyStyle>

namespace cs::ui {

// Shop-floor mode's sizes over the platform's own style: every click target (buttons, fields, combo
// and spin boxes, check boxes, radio buttons, tabs) at least 48 px high, item-view rows and header
// sections at least 40 px, check and radio indicators, icons, spin-box arrows and scroll bars sized
// for a gloved finger. Views that fix their row height below the minimum (a vertical header's default
// section size) are raised to it while the style is in use and given their own size back afterwards.
// ShopFloor installs it application-wide; nothing else needs to know it exists.
class ShopFloorStyle final : public QProxyStyle
{
    Q_OBJECT
public:
    static constexpr int kTargetHeight = 48;     // buttons, fields, tabs, check boxes, radio buttons
    static constexpr int kRowHeight = 40;        // item-view rows, header sections, menu items
    static constexpr int kIndicatorSize = 28;    // check-box and radio-button indicators
    static constexpr int kScrollBarExtent = 32;  // scroll-bar width
    static constexpr int kSpinButtonWidth = 40;  // each spin-box arrow
    static constexpr int kShortcutGap = 32;      // between a menu item's text and its shortcut

    // Takes ownership of `base` (the platform's style the sizes are laid over).
    explicit ShopFloorStyle(QStyle* base);

    int pixelMetric(PixelMetric metric, const QStyleOption* option = nullptr,
                    const QWidget* widget = nullptr) const override;
    QSize sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size,
                           const QWidget* widget) const override;
    QRect subControlRect(ComplexControl control, const QStyleOptionComplex* option, SubControl sub,
                         const QWidget* widget) const override;
    using QProxyStyle::polish;
    using QProxyStyle::unpolish;
    void polish(QWidget* widget) override;
    void unpolish(QWidget* widget) override;
};

} // namespace cs::ui
