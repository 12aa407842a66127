#include "domain/orders/orderstatus.h"

namespace cs::domain {

namespace {

// Indexed by OrderStatus.
constexpr QLatin1StringView kStatusNames[] = {
    QLatin1StringView("OrderCreated"),       QLatin1StringView("PartsSent"),
    QLatin1StringView("ReadyForPreQC"),      QLatin1StringView("PreQCRejected"),
    QLatin1StringView("ReworkPreQC"),        QLatin1StringView("ReadyForProduction"),
    QLatin1StringView("OnHoldParts"),        QLatin1StringView("TestingComplete"),
    QLatin1StringView("PackagingComplete"),  QLatin1StringView("ReadyForFinalQC"),
    QLatin1StringView("FinalQCRejected"),    QLatin1StringView("ReworkFinalQC"),
    QLatin1StringView("ReadyForShip"),       QLatin1StringView("Shipped"),
};
static_assert(std::size(kStatusNames) == size_t(OrderStatus::Shipped) + 1);

using S = OrderStatus;
using R = AppRole;
using G = TransitionGate;

} // namespace

QString orderStatusName(OrderStatus status)
{
    return QString(kStatusNames[int(status)]);
}

std::optional<OrderStatus> orderStatusFromName(QStringView name)
{
    for (int i = 0; i < int(std::size(kStatusNames)); ++i) {
        if (name == kStatusNames[i])
            return OrderStatus(i);
    }
    return std::nullopt;
}

const QList<OrderStatus>& allOrderStatuses()
{
    static const QList<OrderStatus> all = [] {
        QList<OrderStatus> list;
        for (int i = 0; i < int(std::size(kStatusNames)); ++i)
            list << OrderStatus(i);
        return list;
    }();
    return all;
}

QString transitionGateName(TransitionGate gate)
{
    switch (gate) {
    case G::None: return {};
    case G::BomApproved: return QStringLiteral("bom_approved");
    case G::PreQcPass: return QStringLiteral("preqc_pass");
    case G::PreQcFail: return QStringLiteral("preqc_fail");
    case G::TestPass: return QStringLiteral("test_pass");
    case G::FinalQcPass: return QStringLiteral("finalqc_pass");
    case G::FinalQcFail: return QStringLiteral("finalqc_fail");
    }
    return {};
}

const QList<OrderTransition>& OrderWorkflow::transitions()
{
    // The production workflow's transition table: from, to, who, a reason needed, the gate.
    static const QList<OrderTransition> table = {
        {S::OrderCreated, S::PartsSent, {R::ProcurementSpecialist, R::Admin}, false, G::BomApproved},
        {S::PartsSent, S::ReadyForPreQC, {R::ProcurementSpecialist, R::Admin}, false, G::None},
        {S::ReadyForPreQC, S::ReadyForProduction, {R::QCPerson, R::Admin}, false, G::PreQcPass},
        {S::ReadyForPreQC, S::PreQCRejected, {R::QCPerson, R::Admin}, true, G::PreQcFail},
        {S::ReadyForPreQC, S::ReworkPreQC, {R::QCPerson, R::Admin}, true, G::PreQcFail},
        {S::ReworkPreQC, S::ReadyForPreQC, {R::Assembler, R::ProductionCoordinator, R::Admin}, true, G::None},
        {S::PreQCRejected, S::ReadyForPreQC, {R::ProcurementSpecialist, R::ProductionCoordinator, R::Admin}, true,
         G::None},
        {S::ReadyForProduction, S::TestingComplete, {R::Assembler, R::Admin}, false, G::TestPass},
        {S::ReadyForProduction, S::OnHoldParts, {R::Assembler, R::ProductionCoordinator, R::Admin}, true, G::None},
        {S::OnHoldParts, S::ReadyForProduction, {R::ProcurementSpecialist, R::ProductionCoordinator, R::Admin}, true,
         G::None},
        {S::TestingComplete, S::PackagingComplete, {R::Assembler, R::Admin}, false, G::None},
        {S::PackagingComplete, S::ReadyForFinalQC, {R::Assembler, R::Admin}, false, G::None},
        {S::ReadyForFinalQC, S::ReadyForShip, {R::QCPerson, R::Admin}, false, G::FinalQcPass},
        {S::ReadyForFinalQC, S::FinalQCRejected, {R::QCPerson, R::Admin}, true, G::FinalQcFail},
        {S::ReadyForFinalQC, S::ReworkFinalQC, {R::QCPerson, R::Admin}, true, G::FinalQcFail},
        {S::ReworkFinalQC, S::ReadyForFinalQC, {R::Assembler, R::ProductionCoordinator, R::Admin}, true, G::None},
        {S::FinalQCRejected, S::ReadyForFinalQC, {R::ProductionCoordinator, R::Admin}, true, G::None},
        {S::ReadyForShip, S::Shipped, {R::ProductionCoordinator, R::Admin}, false, G::None},
    };
    return table;
}

QList<OrderTransition> OrderWorkflow::transitionsFrom(OrderStatus from)
{
    QList<OrderTransition> out;
    for (const OrderTransition& t : transitions()) {
        if (t.from == from)
            out << t;
    }
    return out;
}

QList<OrderTransition> OrderWorkflow::transitionsFor(AppRole role, OrderStatus from)
{
    QList<OrderTransition> out;
    for (const OrderTransition& t : transitions()) {
        if (t.from == from && t.roles.contains(role))
            out << t;
    }
    return out;
}

std::optional<OrderTransition> OrderWorkflow::find(OrderStatus from, OrderStatus to)
{
    for (const OrderTransition& t : transitions()) {
        if (t.from == from && t.to == to)
            return t;
    }
    return std::nullopt;
}

bool OrderWorkflow::mayTransition(AppRole role, OrderStatus from, OrderStatus to)
{
    const auto t = find(from, to);
    return t && t->roles.contains(role);
}

RoleSet OrderWorkflow::assigneeRoles(OrderStatus status)
{
    switch (status) {
    case S::OrderCreated:
    case S::PartsSent:
        return {R::ProcurementSpecialist, R::Admin};
    case S::ReadyForPreQC:
    case S::ReadyForFinalQC:
        return {R::QCPerson, R::Admin};
    case S::ReadyForProduction:
    case S::TestingComplete:
    case S::PackagingComplete:
        return {R::Assembler, R::Admin};
    case S::PreQCRejected:
    case S::ReworkPreQC:
    case S::OnHoldParts:
    case S::FinalQCRejected:
    case S::ReworkFinalQC:
    case S::ReadyForShip:
    case S::Shipped:
        break;
    }
    return RoleSet::all();
}

bool OrderWorkflow::fitsAsAssignee(AppRole role, OrderStatus status)
{
    return assigneeRoles(status).contains(role);
}

bool OrderWorkflow::mayClaim(AppRole role, OrderStatus status)
{
    return role == R::Assembler && status == S::ReadyForProduction;
}

} // namespace cs::domain
