#pragma once

#include "domain/common/approle.h"

#include <QList>
#include <QString>

#include <optional>

namespace cs::domain {

// The status of one build (one cs.orders row). The order and the names are those of the database's
// cs.order_status_enum: the main chain and the five exception states of the production workflow.
enum class OrderStatus {
    OrderCreated,         // submitted from the wizard, BOM generated, waiting for procurement
    PartsSent,            // BOM approved, parts or sink body at the outside shop
    ReadyForPreQC,        // the sink structure arrived
    PreQCRejected,        // Pre-QC failed, back to the supplier or the coordinator
    ReworkPreQC,          // Pre-QC failed, in-house rework
    ReadyForProduction,   // Pre-QC passed, assemblers can claim it
    OnHoldParts,          // production paused for missing or wrong parts
    TestingComplete,      // production checks done, end-of-line test passed
    PackagingComplete,    // packaging list done
    ReadyForFinalQC,      // the assembler signed the production form
    FinalQCRejected,      // Final QC failed, no rework
    ReworkFinalQC,        // Final QC failed, rework
    ReadyForShip,         // Final QC passed
    Shipped               // left the plant (end)
};

// "ReadyForPreQC"; the database's spelling.
QString orderStatusName(OrderStatus status);
// The status of a database name; nullopt for anything else (case matters, as in the database).
std::optional<OrderStatus> orderStatusFromName(QStringView name);
// All fourteen, in the database enum's order (the order of the workflow).
const QList<OrderStatus>& allOrderStatuses();

// What must be on record before a transition may happen (cs.order_transitions.gate). The database
// checks it; the client uses it to say what is missing.
enum class TransitionGate {
    None,
    BomApproved,   // the current BOM version is approved (signed)
    PreQcPass,     // the latest Pre-QC result is a signed Pass
    PreQcFail,     // the latest Pre-QC result is a Fail
    TestPass,      // the latest end-of-line test is a signed Pass
    FinalQcPass,   // the latest Final QC result is a signed Pass (and the test passed)
    FinalQcFail    // the latest Final QC result is a Fail
};
// The database's name of a gate ("bom_approved"); empty for None.
QString transitionGateName(TransitionGate gate);

// One allowed move of a build from one status to another, and who may make it.
struct OrderTransition
{
    OrderStatus from = OrderStatus::OrderCreated;
    OrderStatus to = OrderStatus::OrderCreated;
    RoleSet roles;                 // the roles cs.transition_order accepts for this move
    bool noteRequired = false;     // a reason of at least 3 characters
    TransitionGate gate = TransitionGate::None;
};

// The production workflow's rules that the client needs to know (the database stays the authority
// and refuses anything else): the transition table, and which roles fit as a build's assignee.
class OrderWorkflow
{
public:
    // Every allowed transition (Admin's "force status" is not one of them).
    static const QList<OrderTransition>& transitions();
    // The transitions out of `from`; those of them `role` may make.
    static QList<OrderTransition> transitionsFrom(OrderStatus from);
    static QList<OrderTransition> transitionsFor(AppRole role, OrderStatus from);
    static std::optional<OrderTransition> find(OrderStatus from, OrderStatus to);
    static bool mayTransition(AppRole role, OrderStatus from, OrderStatus to);

    // The roles whose members a build in `status` may be assigned to. Admin always fits; in a status
    // that names no particular role, every role fits (cs.assign_order).
    static RoleSet assigneeRoles(OrderStatus status);
    static bool fitsAsAssignee(AppRole role, OrderStatus status);
    // Only a build ReadyForProduction can be claimed, by an assembler (cs.claim_build).
    static bool mayClaim(AppRole role, OrderStatus status);
};

} // namespace cs::domain
