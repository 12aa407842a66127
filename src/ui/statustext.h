#pragma once

#include "data/session.h"

#include <QCoreApplication>
#include <QString>

namespace cs::ui {

// Database enum values in words of the UI language.
class StatusText final
{
    Q_DECLARE_TR_FUNCTIONS(StatusText)
public:
    static QString orderStatus(const QString& dbValue);
    static QString serviceStatus(const QString& dbValue);
    static QString role(data::AppRole role);
    static QString roleFromName(const QString& dbValue);
};

} // namespace cs::ui
