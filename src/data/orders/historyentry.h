#pragma once

#include <QDateTime>
#include <QString>

namespace cs::data {

// One entry of an order's timeline (cs.order_history).
struct HistoryEntry
{
    QDateTime at;
    QString who;
    // StatusChange, ForceStatus, Assigned, Claimed, BomApproved, BomRejected, OrderCreated, BomRegenerated,
    // TravelerPrinted, LabelPrinted (and ...Reprinted), Edited (the note lists the changed columns,
    // "customer_name, want_date"), ...
    QString action;
    QString fromStatus;
    QString toStatus;
    QString note;
    bool forced = false;

    // False for entries that record something without changing the order row (prints).
    bool changesOrder() const { return !action.endsWith(u"Printed") && !action.endsWith(u"Reprinted"); }
};

} // namespace cs::data
