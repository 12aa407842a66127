#pragma once

#include <QKeySequence>
#include <QList>

namespace cs::ui {

// The keys that close a window of its own (an order, a checklist, the bench) on a shop-floor PC that
// runs without a window manager's close button: Ctrl+W, and whatever the platform's keyboard scheme
// calls closing (Ctrl+F4 in some schemes, where Ctrl+W is not among them).
QList<QKeySequence> closeWindowKeys();

} // namespace cs::ui
