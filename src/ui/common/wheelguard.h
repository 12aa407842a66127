#pragma once

#include <QObject>

namespace cs::ui {

// The mouse wheel scrolls the form, not the value under the pointer: a combo box or spin box (dates
// included) that does not have the keyboard focus leaves the wheel to the scroll area around it, so a
// person who scrolls a long form past a field does not change that field unseen (the sink's feet
// turned "seismic" on the way down). Once the field has the focus (clicked or tabbed into), the wheel
// changes it as usual. Installed once on the application (Shell).
class WheelGuard final : public QObject
{
    Q_OBJECT
public:
    explicit WheelGuard(QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace cs::ui
