#pragma once

#include "domain/common/approle.h"
#include "ui/common/appsettings.h"

#include <optional>

namespace cs::ui {

// Shop-floor mode for the whole application at once: ShopFloorStyle over the platform's style (48 px
// click targets, 40 px rows, large indicators, spin-box arrows and scroll bars) and a larger
// application font. Turning it on or off re-lays every open window and widens the columns of every item
// view that became too narrow for what it shows; nothing screen by screen. The Shell applies it when a
// person logs in and when the settings change; the mode stays as it was for the login dialog that
// follows a logout (a gloved inspector's workstation keeps its large login).
class ShopFloor final
{
public:
    // Whether the mode is wanted under the workstation's setting for a person of `role` (none before
    // anybody logged in): Auto means the QC inspector's and the assembler's homes.
    static bool wanted(AppSettings::ShopFloorMode mode, std::optional<domain::AppRole> role);
    // Turns the mode on or off; nothing happens when it already is.
    static void apply(bool on);
    static bool isOn();
};

} // namespace cs::ui
