#pragma once

#include <QString>

namespace cs::ui {

// spdlog to a rotating file (<app data>/logs/cleanstation.log, 5 x 2 MB) plus Qt's own messages.
// Everything goes through redactSecrets() first; callers never pass passwords anyway.
void initLogging(const QString& directory = {});
QString logFilePath();
void flushLog();

// Masks "password=...", "PGPASSWORD=..." and similar key/value secrets in a line of text.
QString redactSecrets(const QString& text);

void logInfo(const QString& message);
void logWarning(const QString& message);
void logError(const QString& message);

} // namespace cs::ui
