#pragma once

#include "domain/common/approle.h"
#include "domain/orders/orderstatus.h"

#include <QCoreApplication>
#include <QString>

namespace cs::ui {

// Database enum values in words of the UI language.
class StatusText final
{
    Q_DECLARE_TR_FUNCTIONS(StatusText)
public:
    static QString orderStatus(domain::OrderStatus status);
    // A database name; an unknown one is shown as it is.
    static QString orderStatus(const QString& dbValue);
    static QString serviceStatus(const QString& dbValue);
    static QString role(domain::AppRole role);
    static QString roleFromName(const QString& dbValue);
    // An order_history action (cs.order_history.action) in words: the order page's timeline and the
    // edit conflict message.
    static QString historyAction(const QString& dbValue);
    // One editable order column, as an 'Edited' history entry names it (0006: "want_date"), in words.
    static QString orderField(const QString& column);
    // The note of an 'Edited' entry ("customer_name, want_date") in words ("Customer, Want date").
    static QString editedFields(const QString& note);
};

} // namespace cs::ui
