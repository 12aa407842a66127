#pragma once

#include "domain/common/approle.h"
#include "domain/orders/orderstatus.h"

#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cs::domain {

// What a person may do, by role: the role x capability table of the production workflow. The client
// shows, enables and hides by it; the database enforces the same rules in its functions, grants and
// policies and stays the authority (a patched client gains nothing).
enum class Capability {
    SeeOrderList,          // the order list (every role; Service sees the list only)
    SeeOrderDetails,       // an order's page: configuration, history, documents, BOM
    CreateOrder,           // the order wizard
    EditOrder,             // order fields and BOM regeneration, only while OrderCreated
    AssignBuild,           // assign a build to a person whose role fits its status
    ClaimBuild,            // an assembler takes a build ReadyForProduction
    ForceStatus,           // Admin's flagged "force status" with a reason
    DeleteOrder,
    ViewBom,               // view and export a BOM (CSV, PDF)
    ApproveBom,            // approve (sign) the BOM, mark outsourced lines
    ReportArrival,         // report the arrival of the parts sent out
    PerformQc,             // Pre-QC and Final QC, pass or reject
    ProductionWork,        // production checks, end-of-line test, packaging
    ShipOrder,             // set Shipped
    PrintTravelers,        // travelers and labels
    UploadDocuments,       // attach documents to an order
    CreateServiceOrder,
    ProcessServiceOrder,   // approve, reject, order and receive service requests
    ManageUsers,
    ManageCatalog,
    ManageTemplates        // checklist templates
};

// One row of the table.
struct CapabilityRule
{
    Capability capability = Capability::SeeOrderList;
    QString key;                     // stable name, e.g. "orders.edit" (JSON, logs, tests)
    RoleSet roles;                   // who may
    QList<OrderStatus> statuses;     // the build statuses it applies in; empty: any (or not about a build)
    QStringList functions;           // the database functions that carry it out ("cs.approve_bom"); each
                                     // checks the caller's role itself
};

class Capabilities
{
public:
    // Every capability, in the enum's order.
    static const QList<CapabilityRule>& table();
    static const CapabilityRule& rule(Capability capability);
    static std::optional<Capability> fromKey(QStringView key);

    // May `role` do it at all; may it do it to a build in `status`.
    static bool allows(AppRole role, Capability capability);
    static bool allows(AppRole role, Capability capability, OrderStatus status);
    // The capabilities of one role, in the enum's order.
    static QList<Capability> of(AppRole role);

    // The workflow's tables as one JSON document, for tests and tools outside C++ (a database test
    // compares the server's functions, grants and transition table with it):
    //   { "version": 1,
    //     "roles":        [{"name": "QCPerson", "group": "cs_qc"}, ...]            (cs.user_role_enum order)
    //     "statuses":     ["OrderCreated", ...]                                     (cs.order_status_enum order)
    //     "transitions":  [{"from", "to", "roles": [...], "noteRequired", "gate"}]  (cs.order_transitions;
    //                                                                                gate null when none)
    //     "assignees":    {"OrderCreated": ["ProcurementSpecialist", "Admin"], ...} (cs.assign_order)
    //     "capabilities": [{"key", "roles": [...], "statuses": [...], "functions": [...]}]
    //     "workLists":    [{"key", "roles": [...], "statuses": [...]}] }            (the home screens)
    // Role lists are database role names in the enum's order.
    static QJsonDocument toJson();
};

} // namespace cs::domain
