#pragma once

#include <QString>

namespace cs::ui {
// The application version shown in the About dialog and recorded in user sessions.
inline QString applicationVersion() { return QStringLiteral(CS_VERSION_STRING); }
} // namespace cs::ui
