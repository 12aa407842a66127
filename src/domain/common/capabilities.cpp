#include "domain/common/capabilities.h"

#include "domain/common/worklist.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cs::domain {

namespace {

using C = Capability;
using S = OrderStatus;
using R = AppRole;

constexpr RoleSet kProduction = {R::ProductionCoordinator, R::Admin, R::ProcurementSpecialist, R::QCPerson,
                                 R::Assembler};

QJsonArray names(const RoleSet& roles)
{
    return QJsonArray::fromStringList(roles.names());
}

QJsonArray names(const QList<OrderStatus>& statuses)
{
    QJsonArray a;
    for (OrderStatus s : statuses)
        a << orderStatusName(s);
    return a;
}

} // namespace

const QList<CapabilityRule>& Capabilities::table()
{
    // In the enum's order (rule() relies on it).
    static const QList<CapabilityRule> table = {
        {C::SeeOrderList, QStringLiteral("orders.list"), RoleSet::all(), {}, {QStringLiteral("cs.board_page")}},
        {C::SeeOrderDetails, QStringLiteral("orders.details"), kProduction, {}, {QStringLiteral("cs.order_page")}},
        {C::CreateOrder, QStringLiteral("orders.create"), {R::ProductionCoordinator, R::Admin}, {},
         {QStringLiteral("cs.submit_order"), QStringLiteral("cs.ensure_custom_part")}},
        {C::EditOrder, QStringLiteral("orders.edit"), {R::ProductionCoordinator, R::Admin}, {S::OrderCreated},
         {QStringLiteral("cs.regenerate_bom")}},
        {C::AssignBuild, QStringLiteral("orders.assign"), {R::ProductionCoordinator, R::Admin}, {},
         {QStringLiteral("cs.assign_order")}},
        {C::ClaimBuild, QStringLiteral("orders.claim"), {R::Assembler}, {S::ReadyForProduction},
         {QStringLiteral("cs.claim_build")}},
        {C::ForceStatus, QStringLiteral("orders.forceStatus"), {R::Admin}, {}, {QStringLiteral("cs.force_order_status")}},
        {C::DeleteOrder, QStringLiteral("orders.delete"), {R::Admin}, {}, {QStringLiteral("cs.delete_order")}},
        {C::ViewBom, QStringLiteral("bom.view"), kProduction, {}, {QStringLiteral("cs.bom_page")}},
        {C::ApproveBom, QStringLiteral("bom.approve"), {R::ProcurementSpecialist, R::Admin}, {S::OrderCreated},
         {QStringLiteral("cs.approve_bom")}},
        {C::ReportArrival, QStringLiteral("parts.reportArrival"), {R::ProcurementSpecialist, R::Admin},
         {S::PartsSent}, {}},
        // Results come only from filled and signed checklists (cs.record_qc_result and cs.record_test_result
        // are no role's).
        {C::PerformQc, QStringLiteral("qc.perform"), {R::QCPerson, R::Admin}, {S::ReadyForPreQC, S::ReadyForFinalQC},
         {QStringLiteral("cs.open_qc_checklist"), QStringLiteral("cs.save_qc_answer"), QStringLiteral("cs.sign_qc_checklist")}},
        {C::ProductionWork, QStringLiteral("production.work"), {R::Assembler, R::Admin},
         {S::ReadyForProduction, S::TestingComplete, S::PackagingComplete},
         {QStringLiteral("cs.open_qc_checklist"), QStringLiteral("cs.save_qc_answer"), QStringLiteral("cs.sign_qc_checklist"),
          QStringLiteral("cs.transition_order")}},
        {C::ShipOrder, QStringLiteral("orders.ship"), {R::ProductionCoordinator, R::Admin}, {S::ReadyForShip}, {}},
        {C::PrintTravelers, QStringLiteral("print.travelers"), kProduction, {}, {QStringLiteral("cs.record_print")}},
        {C::UploadDocuments, QStringLiteral("documents.upload"), kProduction, {}, {}},
        {C::CreateServiceOrder, QStringLiteral("service.create"), {R::ServiceDepartment, R::Admin}, {}, {}},
        {C::ProcessServiceOrder, QStringLiteral("service.process"), {R::ProcurementSpecialist, R::Admin}, {}, {}},
        {C::ManageUsers, QStringLiteral("admin.users"), {R::Admin}, {},
         {QStringLiteral("cs.create_user"), QStringLiteral("cs.set_user_active"), QStringLiteral("cs.reset_password"),
          QStringLiteral("cs.change_role")}},
        {C::ManageCatalog, QStringLiteral("admin.catalog"), {R::Admin}, {}, {}},
        {C::ManageTemplates, QStringLiteral("admin.templates"), {R::Admin}, {}, {}},
    };
    return table;
}

const CapabilityRule& Capabilities::rule(Capability capability)
{
    return table().at(int(capability));
}

std::optional<Capability> Capabilities::fromKey(QStringView key)
{
    for (const CapabilityRule& r : table()) {
        if (r.key == key)
            return r.capability;
    }
    return std::nullopt;
}

bool Capabilities::allows(AppRole role, Capability capability)
{
    return rule(capability).roles.contains(role);
}

bool Capabilities::allows(AppRole role, Capability capability, OrderStatus status)
{
    const CapabilityRule& r = rule(capability);
    return r.roles.contains(role) && (r.statuses.isEmpty() || r.statuses.contains(status));
}

QList<Capability> Capabilities::of(AppRole role)
{
    QList<Capability> list;
    for (const CapabilityRule& r : table()) {
        if (r.roles.contains(role))
            list << r.capability;
    }
    return list;
}

QJsonDocument Capabilities::toJson()
{
    QJsonArray roles;
    for (AppRole r : allAppRoles())
        roles << QJsonObject{{QStringLiteral("name"), appRoleName(r)}, {QStringLiteral("group"), appRoleGroup(r)}};

    QJsonArray transitions;
    for (const OrderTransition& t : OrderWorkflow::transitions()) {
        const QString gate = transitionGateName(t.gate);
        transitions << QJsonObject{{QStringLiteral("from"), orderStatusName(t.from)},
                                   {QStringLiteral("to"), orderStatusName(t.to)},
                                   {QStringLiteral("roles"), names(t.roles)},
                                   {QStringLiteral("noteRequired"), t.noteRequired},
                                   {QStringLiteral("gate"), gate.isEmpty() ? QJsonValue() : QJsonValue(gate)}};
    }

    QJsonObject assignees;
    for (OrderStatus s : allOrderStatuses())
        assignees.insert(orderStatusName(s), names(OrderWorkflow::assigneeRoles(s)));

    QJsonArray capabilities;
    for (const CapabilityRule& r : table()) {
        capabilities << QJsonObject{{QStringLiteral("key"), r.key},
                                    {QStringLiteral("roles"), names(r.roles)},
                                    {QStringLiteral("statuses"), names(r.statuses)},
                                    {QStringLiteral("functions"), QJsonArray::fromStringList(r.functions)}};
    }

    QJsonArray workLists;
    for (const WorkListRule& w : WorkLists::table()) {
        workLists << QJsonObject{{QStringLiteral("key"), w.key},
                                 {QStringLiteral("roles"), names(w.roles)},
                                 {QStringLiteral("statuses"), names(w.statuses)}};
    }

    return QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                     {QStringLiteral("roles"), roles},
                                     {QStringLiteral("statuses"), names(allOrderStatuses())},
                                     {QStringLiteral("transitions"), transitions},
                                     {QStringLiteral("assignees"), assignees},
                                     {QStringLiteral("capabilities"), capabilities},
                                     {QStringLiteral("workLists"), workLists}});
}

} // namespace cs::domain
