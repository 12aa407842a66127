#include "ui/common/shopfloorstyle.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QRadioButton>
#include <QHeaderView>
#include <QStyleOption>

namespace cs::ui {

namespace {
// Where a vertical header keeps its own row height while shop-floor mode raises it.
constexpr char kDeskRowHeight[] = "cs_deskRowHeight";
constexpr char kDeskMinHeight[] = "cs_deskMinHeight";

QSize atLeast(QSize size, int width, int height)
{
    return {std::max(size.width(), width), std::max(size.height(), height)};
}
} // namespace

ShopFloorStyle::ShopFloorStyle(QStyle* base)
    : QProxyStyle(base)
{
}

int ShopFloorStyle::pixelMetric(PixelMetric metric, const QStyleOption* option, const QWidget* widget) const
{
    const int base = QProxyStyle::pixelMetric(metric, option, widget);
    switch (metric) {
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight:
        return std::max(base, kIndicatorSize);
    case PM_ScrollBarExtent:
        return std::max(base, kScrollBarExtent);
    case PM_ScrollBarSliderMin:
        return std::max(base, 2 * kScrollBarExtent);
    case PM_SliderThickness:
    case PM_SliderControlThickness:
    case PM_SliderLength:
        return std::max(base, kScrollBarExtent);
    case PM_HeaderDefaultSectionSizeVertical:
        return std::max(base, kRowHeight);
    case PM_SmallIconSize:
    case PM_ButtonIconSize:
    case PM_TabBarIconSize:
    case PM_ListViewIconSize:
        return std::max(base, 24);
    case PM_ToolBarIconSize:
        return std::max(base, 32);
    case PM_SplitterWidth:
        return std::max(base, 12);
    case PM_TabBarScrollButtonWidth:
        return std::max(base, kTargetHeight);
    default:
        return base;
    }
}

QSize ShopFloorStyle::sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size,
                                       const QWidget* widget) const
{
    QSize s = QProxyStyle::sizeFromContents(type, option, size, widget);
    switch (type) {
    case CT_PushButton:
    case CT_ToolButton:
        return atLeast(s, kTargetHeight, kTargetHeight);
    case CT_SpinBox:
        // Room for the wider arrows (subControlRect) beside what the base style measured.
        return atLeast(QSize(s.width() + 2 * kSpinButtonWidth / 3, s.height()), 0, kTargetHeight);
    case CT_ComboBox:
    case CT_LineEdit:
    case CT_CheckBox:
    case CT_RadioButton:
        return atLeast(s, 0, kTargetHeight);
    case CT_TabBarTab:
        if (const auto* tab = qstyleoption_cast<const QStyleOptionTab*>(option)) {
            const bool vertical = tab->shape == QTabBar::RoundedWest || tab->shape == QTabBar::RoundedEast
                                  || tab->shape == QTabBar::TriangularWest || tab->shape == QTabBar::TriangularEast;
            return vertical ? atLeast(s, kTargetHeight, 0) : atLeast(s, 0, kTargetHeight);
        }
        return s;
    case CT_ItemViewItem:
    case CT_HeaderSection:
    case CT_MenuBarItem:
        return atLeast(s, 0, kRowHeight);
    case CT_MenuItem:
        if (const auto* item = qstyleoption_cast<const QStyleOptionMenuItem*>(option)) {
            if (item->menuItemType == QStyleOptionMenuItem::Separator)
                return s;
            // The shortcut is drawn after the room the item's text leaves: room for a gap before it
            // ("Settings…   Ctrl+,", not "Settings…Ctrl+,").
            if (item->text.contains(u'\t'))
                s.rwidth() += kShortcutGap;
        }
        return atLeast(s, 0, kRowHeight);
    default:
        return s;
    }
}

QRect ShopFloorStyle::subControlRect(ComplexControl control, const QStyleOptionComplex* option, SubControl sub,
                                     const QWidget* widget) const
{
    const auto* spin = control == CC_SpinBox ? qstyleoption_cast<const QStyleOptionSpinBox*>(option) : nullptr;
    if (!spin || spin->buttonSymbols == QAbstractSpinBox::NoButtons)
        return QProxyStyle::subControlRect(control, option, sub, widget);
    // The arrows stacked at the right, each kSpinButtonWidth wide and half the box high.
    const QRect r = spin->rect;
    const int frame = spin->frame ? pixelMetric(PM_SpinBoxFrameWidth, spin, widget) : 0;
    const int inner = r.height() - 2 * frame;
    const int x = r.right() - frame - kSpinButtonWidth + 1;
    QRect rect;
    switch (sub) {
    case SC_SpinBoxUp:
        rect = QRect(x, r.top() + frame, kSpinButtonWidth, inner / 2);
        break;
    case SC_SpinBoxDown:
        rect = QRect(x, r.top() + frame + inner / 2, kSpinButtonWidth, inner - inner / 2);
        break;
    case SC_SpinBoxEditField:
        rect = QRect(r.left() + frame, r.top() + frame, r.width() - 2 * frame - kSpinButtonWidth, inner);
        break;
    default:
        return QProxyStyle::subControlRect(control, option, sub, widget);
    }
    return visualRect(spin->direction, r, rect);
}

void ShopFloorStyle::polish(QWidget* widget)
{
    QProxyStyle::polish(widget);
    // A view that set its rows to the text's height (a dense desk list) gets glove-size rows.
    auto* header = qobject_cast<QHeaderView*>(widget);
    if (header && header->orientation() == Qt::Vertical && header->defaultSectionSize() < kRowHeight) {
        if (!header->property(kDeskRowHeight).isValid())
            header->setProperty(kDeskRowHeight, header->defaultSectionSize());
        header->setDefaultSectionSize(kRowHeight);
    }
    // A button that set its own desk minimum (40 px) is not squeezed below the glove size by a crowded
    // layout: its minimum is raised while the mode is on, and given back when it goes off.
    if (qobject_cast<QAbstractButton*>(widget) && !qobject_cast<QCheckBox*>(widget) && !qobject_cast<QRadioButton*>(widget)
        && widget->minimumHeight() > 0 && widget->minimumHeight() < kTargetHeight) {
        if (!widget->property(kDeskMinHeight).isValid())
            widget->setProperty(kDeskMinHeight, widget->minimumHeight());
        widget->setMinimumHeight(kTargetHeight);
    }
}

void ShopFloorStyle::unpolish(QWidget* widget)
{
    if (auto* header = qobject_cast<QHeaderView*>(widget)) {
        const QVariant desk = header->property(kDeskRowHeight);
        if (desk.isValid()) {
            header->setProperty(kDeskRowHeight, QVariant());
            header->setDefaultSectionSize(desk.toInt());
        }
    }
    const QVariant deskMin = widget->property(kDeskMinHeight);
    if (deskMin.isValid()) {
        widget->setProperty(kDeskMinHeight, QVariant());
        widget->setMinimumHeight(deskMin.toInt());
    }
    QProxyStyle::unpolish(widget);
}

} // namespace cs::ui
