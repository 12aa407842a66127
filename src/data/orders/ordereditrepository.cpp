#include "data/orders/ordereditrepository.h"

#include "data/common/worker.h"
#include "data/orders/orderpagerepository.h"

#include <QSqlQuery>
#include <QVariant>

namespace cs::data {

namespace {

QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace

OrderEditRepository::OrderEditRepository(Session& session)
    : m_session(session)
{
}

QFuture<Result<EditOutcome>> OrderEditRepository::save(const OrderDetail& base, const OrderEdit& edit) const
{
    return worker::write<EditOutcome>(m_session,
                                      [base, edit](QSqlDatabase& db) { return save(db, base, edit); });
}

Result<EditOutcome> OrderEditRepository::save(QSqlDatabase& db, const OrderDetail& base, const OrderEdit& edit)
{
    {
        QSqlQuery q(db);
        // cs.update_order (people have no UPDATE on cs.orders) answers NULL when the row is gone or its
        // version is not the one `base` was read at: a row changed since is not touched.
        const Result<Done> run = worker::exec(
            q,
            QStringLiteral("SELECT cs.update_order(CAST(:id AS uuid), :version, :customer, :project, :sales, :want, "
                           ":language, :notes)"),
            {{QStringLiteral(":customer"), edit.customerName.trimmed()},
             {QStringLiteral(":project"), nullIfEmpty(edit.projectName.trimmed())},
             {QStringLiteral(":sales"), edit.salesPerson.trimmed()},
             {QStringLiteral(":want"), edit.wantDate},
             {QStringLiteral(":language"), edit.language},
             {QStringLiteral(":notes"), nullIfEmpty(edit.notes)},
             {QStringLiteral(":id"), base.orderId},
             {QStringLiteral(":version"), base.rowVersion}});
        if (!run)
            return run.error();
        if (q.next() && !q.value(0).isNull())
            return EditOutcome{q.value(0).toInt(), std::nullopt};
    }

    // Nothing updated: the row is gone or someone saved first. Say what changed and by whom.
    EditConflict c;
    Result<OrderDetail> current = OrderPageRepository::readOrder(db, base.orderId);
    if (!current)
        return current.error();   // E-ORDER-NOT-FOUND: deleted meanwhile
    c.current = std::move(current).value();
    c.changedFields = OrderEdit::from(base).differences(OrderEdit::from(c.current));
    if (c.current.status != base.status)
        c.changedFields << tr("Status: %1 → %2").arg(base.status, c.current.status);
    if (c.current.assigneeName != base.assigneeName)
        c.changedFields << tr("Assignee: “%1” → “%2”").arg(base.assigneeName, c.current.assigneeName);
    if (c.current.bomVersion != base.bomVersion)
        c.changedFields << tr("BOM version: %1 → %2").arg(base.bomVersion).arg(c.current.bomVersion);
    // Who: the history entries written after the person's read (the row's updated_at and the history
    // entry of the same change share the transaction's time, so the change the person read is not
    // among them). Direct edits have their 'Edited' entry.
    const Result<QList<HistoryEntry>> history = OrderPageRepository::readHistory(db, base.orderId);
    if (history)
        for (const HistoryEntry& h : history.value())
            if (h.at > base.updatedAt)
                c.changesSince.append(h);
    c.lastChangedAt = c.current.updatedAt;   // when, even if nobody is on record (a superuser's edit)
    for (auto it = c.changesSince.crbegin(); it != c.changesSince.crend(); ++it) {
        if (it->changesOrder()) {
            c.lastChangedBy = it->who;
            c.lastChangedAt = it->at;
            break;
        }
    }
    c.error.kind = DbError::Kind::Conflict;
    c.error.code = QStringLiteral("E-STALE");
    c.error.sqlState = QStringLiteral("40001");
    c.error.message = tr("build %1 was changed by someone else since you opened it").arg(base.buildNumber);
    return EditOutcome{0, c};
}

} // namespace cs::data
