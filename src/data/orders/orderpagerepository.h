#pragma once

#include "data/common/result.h"
#include "data/orders/orderpagedata.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>

class QSqlDatabase;

namespace cs::data {

class Session;

// The order page's read: ONE call that reads everything the page shows (the order with its current
// BOM, the timeline, the status actions open to the reader's role, the documents, the BOM's tree,
// procurement list and decisions, and for coordinators and admins the people it may be assigned to):
// one statement, cs.order_page, whose parts are read in one snapshot and so agree with each other, and
// whose plans the server keeps for the session. The reader's role is the server's (cs.caller_role()),
// not the client's idea of it.
class OrderPageRepository
{
    Q_DECLARE_TR_FUNCTIONS(cs::data::OrderPageRepository)

public:
    explicit OrderPageRepository(Session& session);

    // On the session's worker. An order that does not exist (or no longer) answers E-ORDER-NOT-FOUND.
    // Cancel the future to drop a load that a newer one replaces.
    QFuture<Result<OrderPageData>> load(const QString& orderId) const;

    // The same on `db`, in the calling thread.
    static Result<OrderPageData> read(QSqlDatabase& db, const QString& orderId);

    // Parts of it, each on `db` in the calling thread (the same call, asked for that part only).
    static Result<OrderDetail> readOrder(QSqlDatabase& db, const QString& orderId);
    static Result<QList<HistoryEntry>> readHistory(QSqlDatabase& db, const QString& orderId);
    static Result<QList<DocumentInfo>> readDocuments(QSqlDatabase& db, const QString& orderId);
    // A BOM by its id (cs.bom_page); E-BOM-NOT-FOUND when there is no such BOM.
    static Result<BomData> readBom(QSqlDatabase& db, const QString& bomId);

private:
    Session& m_session;
};

} // namespace cs::data
