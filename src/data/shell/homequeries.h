#pragma once

#include "data/common/result.h"
#include "data/shell/homerows.h"
#include "domain/common/worklist.h"

#include <QFuture>
#include <QList>

class QSqlDatabase;

namespace cs::data {

class Session;

// The reads of the home screens, one per work list, on the session's worker. Which statuses a list
// holds comes from the domain's work list table (domain::WorkLists), never from SQL text here; which rows
// a person may see at all is the server's business (views, grants, row level security).
class HomeQueries
{
public:
    // Lists of builds stop at this many rows (oldest want date first); the order board pages through all.
    static constexpr int kRowLimit = 2000;

    explicit HomeQueries(Session& session);

    // The builds of a list of builds (domain::WorkLists::isBuildList), by want date, PO and build.
    QFuture<Result<QList<HomeRow>>> builds(domain::WorkList list);
    QFuture<Result<QList<HomeRow>>> partsSent() { return builds(domain::WorkList::PartsSent); }
    QFuture<Result<QList<HomeRow>>> awaitingPreQc() { return builds(domain::WorkList::AwaitingPreQc); }
    QFuture<Result<QList<HomeRow>>> awaitingFinalQc() { return builds(domain::WorkList::AwaitingFinalQc); }
    QFuture<Result<QList<HomeRow>>> productionQueue() { return builds(domain::WorkList::ProductionQueue); }
    // The caller's own builds (assigned to them), not shipped.
    QFuture<Result<QList<HomeRow>>> myBuilds() { return builds(domain::WorkList::MyBuilds); }
    QFuture<Result<QList<HomeRow>>> allOrders() { return builds(domain::WorkList::AllOrders); }

    // Builds in their work list's status whose current BOM was generated and waits for approval.
    QFuture<Result<QList<BomApprovalRow>>> bomApprovals();
    // Active service parts, by id.
    QFuture<Result<QList<ServicePartRow>>> serviceParts();
    // The service requests the caller may see (the server decides: all for procurement and admins,
    // approved and later for production, one's own for the service department), newest first.
    QFuture<Result<QList<ServiceRequestRow>>> serviceRequests();
    // The caller's own service requests, newest first.
    QFuture<Result<QList<ServiceRequestRow>>> myServiceRequests();

    // The same reads on a connection of the caller's, in the calling thread (tools, tests).
    static Result<QList<HomeRow>> builds(QSqlDatabase& db, domain::WorkList list);
    static Result<QList<BomApprovalRow>> bomApprovals(QSqlDatabase& db);
    static Result<QList<ServicePartRow>> serviceParts(QSqlDatabase& db);
    static Result<QList<ServiceRequestRow>> serviceRequests(QSqlDatabase& db, bool onlyMine);

private:
    Session& m_session;
};

} // namespace cs::data
