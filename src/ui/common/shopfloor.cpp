#include "ui/common/shopfloor.h"

#include "ui/common/itemviewtext.h"
#include "ui/common/shopfloorstyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFont>
#include <QStyle>
#include <QStyleFactory>

namespace cs::ui {

namespace {
// The font grows by this factor, to at least kMinPointSize.
constexpr double kFontScale = 1.3;
constexpr double kMinPointSize = 12.0;

struct DeskLook
{
    bool on = false;
    QString styleName;   // the platform's style, recreated when the mode goes off
    QFont font;          // the application font the mode replaced
};

DeskLook& desk()
{
    static DeskLook look;
    return look;
}

QFont largerFont(QFont font)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(std::max(font.pointSizeF() * kFontScale, kMinPointSize));
    else if (font.pixelSize() > 0)
        font.setPixelSize(std::max(qRound(font.pixelSize() * kFontScale), 16));
    return font;
}
} // namespace

bool ShopFloor::wanted(AppSettings::ShopFloorMode mode, std::optional<domain::AppRole> role)
{
    switch (mode) {
    case AppSettings::ShopFloorMode::On:
        return true;
    case AppSettings::ShopFloorMode::Off:
        return false;
    case AppSettings::ShopFloorMode::Auto:
        return role == domain::AppRole::QCPerson || role == domain::AppRole::Assembler;
    }
    return false;
}

bool ShopFloor::isOn()
{
    return desk().on;
}

void ShopFloor::apply(bool on)
{
    DeskLook& look = desk();
    if (look.on == on)
        return;
    if (on) {
        look.styleName = QApplication::style()->name();
        look.font = QApplication::font();
        QStyle* base = QStyleFactory::create(look.styleName);
        QApplication::setStyle(new ShopFloorStyle(base ? base : QStyleFactory::create(QStringLiteral("Fusion"))));
        QApplication::setFont(largerFont(look.font));
    } else {
        QStyle* base = QStyleFactory::create(look.styleName);
        QApplication::setStyle(base ? base : QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setFont(look.font);
    }
    look.on = on;
    // Columns sized to their contents under the old font: widen those that no longer fit.
    for (QWidget* window : QApplication::topLevelWidgets()) {
        for (QAbstractItemView* view : window->findChildren<QAbstractItemView*>())
            ItemViewText::widenColumns(view);
    }
}

} // namespace cs::ui
