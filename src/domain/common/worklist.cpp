#include "domain/common/worklist.h"

#include "domain/common/capabilities.h"

namespace cs::domain {

namespace {
using S = OrderStatus;
using R = AppRole;

QList<OrderStatus> allBut(OrderStatus excluded)
{
    QList<OrderStatus> list = allOrderStatuses();
    list.removeAll(excluded);
    return list;
}
} // namespace

const QList<WorkListRule>& WorkLists::table()
{
    static const QList<WorkListRule> table = {
        // Procurement acts on OrderCreated (BOM approval), PartsSent (arrival), PreQCRejected and
        // OnHoldParts (the parts issue resolved): the transitions it may make start there.
        {WorkList::BomApprovals, QStringLiteral("bomApprovals"), {R::ProcurementSpecialist, R::Admin},
         {S::OrderCreated}},
        {WorkList::PartsSent, QStringLiteral("partsSent"), {R::ProcurementSpecialist, R::Admin},
         {S::PartsSent, S::PreQCRejected, S::OnHoldParts}},
        {WorkList::AwaitingPreQc, QStringLiteral("preQc"), {R::QCPerson, R::Admin}, {S::ReadyForPreQC}},
        {WorkList::AwaitingFinalQc, QStringLiteral("finalQc"), {R::QCPerson, R::Admin}, {S::ReadyForFinalQC}},
        // Assemblers: what they build, rework, test and pack, and what is held for parts (to know).
        {WorkList::ProductionQueue, QStringLiteral("productionQueue"), {R::Assembler, R::Admin},
         {S::ReworkPreQC, S::ReadyForProduction, S::OnHoldParts, S::TestingComplete, S::PackagingComplete,
          S::ReworkFinalQC}},
        // The roles a build is assigned to (procurement, QC, assembly) follow their own builds.
        {WorkList::MyBuilds, QStringLiteral("myBuilds"), {R::ProcurementSpecialist, R::QCPerson, R::Assembler},
         allBut(S::Shipped)},
        {WorkList::ServiceParts, QStringLiteral("serviceParts"),
         Capabilities::rule(Capability::CreateServiceOrder).roles, {}},
        // Everyone but the service department follows service requests: procurement to act, production
        // to see what comes (approved and later only).
        {WorkList::ServiceRequests, QStringLiteral("serviceRequests"),
         {R::ProductionCoordinator, R::Admin, R::ProcurementSpecialist, R::QCPerson, R::Assembler}, {}},
        {WorkList::MyServiceRequests, QStringLiteral("myServiceRequests"), {R::ServiceDepartment}, {}},
        // Every role sees the order list; the coordinator's and the admin's is the order board.
        {WorkList::AllOrders, QStringLiteral("allOrders"),
         {R::ProcurementSpecialist, R::QCPerson, R::Assembler, R::ServiceDepartment}, allOrderStatuses()},
    };
    return table;
}

const WorkListRule& WorkLists::rule(WorkList list)
{
    for (const WorkListRule& r : table()) {
        if (r.list == list)
            return r;
    }
    Q_UNREACHABLE();
}

QList<WorkList> WorkLists::forRole(AppRole role)
{
    QList<WorkList> lists;
    for (const WorkListRule& r : table()) {
        if (r.roles.contains(role))
            lists << r.list;
    }
    return lists;
}

bool WorkLists::isBuildList(WorkList list)
{
    return list != WorkList::ServiceParts && list != WorkList::ServiceRequests && list != WorkList::MyServiceRequests;
}

} // namespace cs::domain
