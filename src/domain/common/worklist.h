#pragma once

#include "domain/common/approle.h"
#include "domain/orders/orderstatus.h"

#include <QList>
#include <QString>

namespace cs::domain {

// The work lists of the home screens: which builds (by status) each role sees waiting for it. The one
// place that says which statuses a list holds; the home screen's queries take them from here.
enum class WorkList {
    BomApprovals,        // procurement: BOMs to review and approve
    PartsSent,           // procurement: parts out, rejected at Pre-QC, production on hold for parts
    AwaitingPreQc,       // QC
    AwaitingFinalQc,     // QC
    ProductionQueue,     // assemblers: ready, in rework, on hold, tested, packed
    MyBuilds,            // the builds assigned to the person, not shipped
    ServiceParts,        // the service parts catalog (who creates service orders)
    ServiceRequests,     // every service request one may see
    MyServiceRequests,   // the person's own service requests
    AllOrders            // every build (roles without the order board)
};

struct WorkListRule
{
    WorkList list = WorkList::AllOrders;
    QString key;                     // stable name, e.g. "preQc" (the home screen's tab)
    RoleSet roles;                   // whose home shows it
    QList<OrderStatus> statuses;     // the build statuses it holds (in the workflow's order); empty for the
                                     // lists that are not of builds (service)
};

class WorkLists
{
public:
    // Every list, in the order a home screen shows them.
    static const QList<WorkListRule>& table();
    static const WorkListRule& rule(WorkList list);
    // The lists of one role's home, in order.
    static QList<WorkList> forRole(AppRole role);
    // True for lists of builds (rows of cs.order_list), false for the service lists.
    static bool isBuildList(WorkList list);
};

} // namespace cs::domain
