#pragma once

#include "data/orders/bomdata.h"
#include "data/orders/documentinfo.h"
#include "data/orders/historyentry.h"
#include "data/orders/orderdetail.h"

#include <QList>
#include <QString>

namespace cs::data {

// A status the reader's role may move the build to from its status now (cs.order_transitions).
struct TransitionOption
{
    QString toStatus;
    bool noteRequired = false;
    QString gate;
};

// An active person who may be assigned the build in its status (the rule of cs.assign_order).
struct AssignableUser
{
    QString username;
    QString fullName;
};

// Everything the order page shows, read in one snapshot (OrderPageRepository::load).
struct OrderPageData
{
    OrderDetail detail;
    QList<HistoryEntry> history;            // oldest first
    QList<TransitionOption> transitions;    // for the reader's role
    QList<DocumentInfo> documents;
    BomData bom;                            // empty bomId when the build has no BOM
    QList<AssignableUser> assignable;       // read for coordinators and admins only
};

} // namespace cs::data
