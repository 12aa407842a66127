#pragma once

#include "data/common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFuture>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace cs::data {

class Session;
struct ConnectionSettings;

// A signed decision on a BOM version (approve, or reject with a reason).
struct BomDecision
{
    QString bomId;
    bool approve = true;
    QString note;       // the reason of a rejection (at least 3 characters), optional for an approval
    QString initials;   // must match the signer's profile
};

// What the person shipping a build gives (WORKFLOW.md 2.2: the ship date; carrier and tracking optional).
struct ShipmentEntry
{
    QDate shipDate;
    QString carrier;
    QString tracking;
};

// A build's shipment as recorded (cs.order_shipments): what was given, who recorded it and when
// (server time).
struct Shipment
{
    QDate shipDate;
    QString carrier;
    QString tracking;
    QString recordedBy;   // full name
    QDateTime recordedAt;
};

// The workflow's writes on a build, each through its SECURITY DEFINER function, which checks the role,
// the state machine, the gates and the row version the person read (E-STALE when someone changed the
// order meanwhile): status changes (WORKFLOW.md 2.2), the admin's forced status, assignment and claim
// (2.3), and the signed BOM decision. Each answers the order's new row version (the decision: the id of
// the approval row).
class WorkflowRepository
{
    Q_DECLARE_TR_FUNCTIONS(cs::data::WorkflowRepository)

public:
    explicit WorkflowRepository(Session& session);

    // On the session's worker (writes: never sent twice).
    QFuture<Result<int>> transition(const QString& orderId, const QString& toStatus, const QString& note,
                                    int rowVersion) const;
    QFuture<Result<int>> forceStatus(const QString& orderId, const QString& toStatus, const QString& reason,
                                     int rowVersion) const;
    // ReadyForShip -> Shipped with the shipment, in one transaction (cs.ship_order: coordinator or admin;
    // E-SHIP-DATE-REQUIRED, E-SHIP-DATE-FUTURE, E-SHIP-DATE-EARLY, E-SHIP-FIELD-LONG on field ship_date,
    // carrier or tracking). Answers the new row version.
    QFuture<Result<int>> ship(const QString& orderId, const ShipmentEntry& entry, int rowVersion) const;
    // The build's latest shipment; nullopt while it has none (a read, resent after a lost connection).
    QFuture<Result<std::optional<Shipment>>> shipment(const QString& orderId) const;
    // `username` empty: the assignment is cleared.
    QFuture<Result<int>> assign(const QString& orderId, const QString& username, int rowVersion) const;
    QFuture<Result<int>> claim(const QString& orderId, int rowVersion) const;
    // The signature: a fresh authentication of the session's person with the password just typed again
    // (a new connection, opened on the worker: cs.require_fresh_authentication accepts a backend
    // started moments ago only), cs.approve_bom on it, and the connection closed. A wrong password
    // answers E-SIGN-PASSWORD and nothing is signed.
    QFuture<Result<QString>> signBomDecision(const BomDecision& decision, const QString& password) const;

    // The same on `db`, in the calling thread.
    static Result<int> transition(QSqlDatabase& db, const QString& orderId, const QString& toStatus,
                                  const QString& note, int rowVersion);
    static Result<int> forceStatus(QSqlDatabase& db, const QString& orderId, const QString& toStatus,
                                   const QString& reason, int rowVersion);
    static Result<int> ship(QSqlDatabase& db, const QString& orderId, const ShipmentEntry& entry, int rowVersion);
    static Result<std::optional<Shipment>> shipment(QSqlDatabase& db, const QString& orderId);
    static Result<int> assign(QSqlDatabase& db, const QString& orderId, const QString& username, int rowVersion);
    static Result<int> claim(QSqlDatabase& db, const QString& orderId, int rowVersion);
    // Opens the fresh connection as `settings.user` with `password` in the calling thread, decides on it
    // and closes it.
    static Result<QString> signBomDecision(const ConnectionSettings& settings, const QString& password,
                                           const BomDecision& decision);
    // cs.approve_bom on a connection where the password typed again was just proven (FreshConnection).
    static Result<QString> decideBom(QSqlDatabase& provenConnection, const BomDecision& decision);

private:
    Session& m_session;
};

} // namespace cs::data
