#pragma once

#include "data/common/result.h"
#include "data/orders/ordersearch.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace cs::data {

class Session;

// A build as the admin's order tools see it before acting on it: what the list shows, the row version
// the action is checked against (E-STALE when someone changed the build meanwhile), and how many builds
// its purchase order has (deleting the last one deletes the purchase order too).
struct AdminBuild
{
    BuildSummary build;
    int rowVersion = 0;
    int buildsOnPo = 1;
};

// The admin's actions on one build, each through its SECURITY DEFINER function, which checks the role
// (Admin), requires a reason of at least 3 characters and records author and time from the server:
//   forceStatus: cs.force_order_status, any status, flagged in the order's history (WORKFLOW.md 2.2);
//   deleteOrder: cs.delete_order, the order, its BOMs, history and documents go, a deletion record keeps
//                the reason, the order row, its history and its documents' list (and the audit log every
//                deleted row).
// Both are announced on the session's change feed as a change of the order, so every list reads again.
class OrderAdminRepository
{
    Q_DECLARE_TR_FUNCTIONS(cs::data::OrderAdminRepository)

public:
    explicit OrderAdminRepository(Session& session);

    // On the session's worker. find(): an unknown build answers an empty optional.
    QFuture<Result<std::optional<AdminBuild>>> find(const QString& buildNumber) const;
    // Answers the build's new row version.
    QFuture<Result<int>> forceStatus(const QString& orderId, const QString& toStatus, const QString& reason,
                                     int rowVersion) const;
    QFuture<Result<Done>> deleteOrder(const QString& orderId, const QString& reason) const;

    // The same on `db`, in the calling thread (tests, tools).
    static Result<std::optional<AdminBuild>> find(QSqlDatabase& db, const QString& buildNumber);
    static Result<Done> deleteOrder(QSqlDatabase& db, const QString& orderId, const QString& reason);

private:
    Session& m_session;
};

} // namespace cs::data
