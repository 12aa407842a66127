#pragma once

#include "data/common/result.h"
#include "data/orders/historyentry.h"
#include "data/orders/orderdetail.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace cs::data {

class Session;

// What a conflicting save found: the row as it is now, what differs from what the person started
// from, and who changed the order since (history entries after the person's read).
struct EditConflict
{
    DbError error;   // E-STALE (SQLSTATE 40001): the refusal in words
    OrderDetail current;
    QStringList changedFields;
    QList<HistoryEntry> changesSince;
    // The full name of who changed the row last and when: the latest entry of changesSince that changed
    // the row (an edit writes an 'Edited' entry; prints change nothing). lastChangedBy is empty when
    // nobody is on record; lastChangedAt is then the row's updated_at.
    QString lastChangedBy;
    QDateTime lastChangedAt;
};

// What a save answered: the new row version, or a conflict to decide on (nothing was written then).
struct EditOutcome
{
    int rowVersion = 0;
    std::optional<EditConflict> conflict;

    bool saved() const { return !conflict.has_value(); }
};

// Saving the editable fields of an order (a direct UPDATE under column grants; the server's trigger
// checks the role, the status and the field rules and writes the 'Edited' history entry) with
// optimistic concurrency: the row is written only when it is still at the version the person read.
class OrderEditRepository
{
    Q_DECLARE_TR_FUNCTIONS(cs::data::OrderEditRepository)

public:
    explicit OrderEditRepository(Session& session);

    // On the session's worker (a write: never sent twice).
    QFuture<Result<EditOutcome>> save(const OrderDetail& base, const OrderEdit& edit) const;

    // The same on `db`, in the calling thread. Refusals of the server (field rules, E-ORDER-LOCKED, role)
    // are errors; a row changed since `base` was read is an outcome with its conflict.
    static Result<EditOutcome> save(QSqlDatabase& db, const OrderDetail& base, const OrderEdit& edit);

private:
    Session& m_session;
};

} // namespace cs::data
