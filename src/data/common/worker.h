#pragma once

// For the repositories of cs_data only (it includes QtSql, which the UI cannot): runs a repository's
// statements on the session's worker thread and answers with a future of a Result.
//
//   QFuture<Result<OrderDetail>> OrderPageRepository::load(const QString& id)
//   {
//       return worker::read<OrderDetail>(m_session, [id](QSqlDatabase& db) -> Result<OrderDetail> { ... });
//   }
//
// read(): a call that only reads. When the connection turns out to be lost (a server restart), it is
// reopened and the call sent once more. write(): never sent twice — after a lost connection the server
// may or may not have committed it, so the caller hears ConnectionLost and says "check, then try again".
// A write that succeeds is announced on the session's change feed (Session::changes()): with the entity
// and id it names, or as a change of unknown records, so lists read again (data/common/changefeed.h).
// Both can be superseded: cancelling the future (QFuture::cancel) skips a queued call, and a call that is
// already running has its statement cancelled on the server.

#include "data/common/session.h"
#include "data/common/statementtext.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QPromise>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>
#include <optional>
#include <utility>

namespace cs::data::worker {

namespace detail {

template<typename T, typename Fn>
QFuture<Result<T>> submit(Session& session, Fn fn, bool resendAfterLostConnection,
                          std::optional<Change> announce = std::nullopt)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    const quint64 id = session.nextCallId();

    // A cancel of the future while the call runs cancels its statement on the server. The watcher lives
    // in the session's thread and goes with the session.
    auto* watcher = new QFutureWatcher<Result<T>>(&session);
    QObject::connect(watcher, &QFutureWatcherBase::canceled, &session, [&session, id] { session.cancelRunning(id); });
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(future);

    Session::WorkerCall call;
    call.cancelled = [promise] { return promise->isCanceled(); };
    call.run = [promise, fn = std::move(fn), resendAfterLostConnection, announce, feed = session.changes()](
                   QSqlDatabase* db, const DbError& openError) mutable {
        Result<T> result = openError;
        if (db) {
            result = fn(*db);
            if (!result.ok() && result.error().connectionLost()) {
                db->close();   // a stale connection: the next call reconnects
                if (resendAfterLostConnection && !promise->isCanceled() && db->open())
                    result = fn(*db);
                if (!result.ok() && result.error().connectionLost())
                    db->close();
            }
        }
        if (announce && result.ok())
            feed->announce(*announce);   // the feed lives as long as the session, whose worker this is
        promise->addResult(std::move(result));
        promise->finish();
    };
    session.enqueue(id, std::move(call));
    return future;
}

} // namespace detail

// A call that only reads: resent once after a lost connection.
template<typename T, typename Fn>
QFuture<Result<T>> read(Session& session, Fn fn)
{
    return detail::submit<T>(session, std::move(fn), true);
}

// A call that writes: never sent twice. Once it succeeded, `change` is announced on the session's change
// feed; without one, a change of unknown records (every list reads again).
template<typename T, typename Fn>
QFuture<Result<T>> write(Session& session, Fn fn)
{
    return detail::submit<T>(session, std::move(fn), false, Change{});
}
template<typename T, typename Fn>
QFuture<Result<T>> write(Session& session, const Change& change, Fn fn)
{
    return detail::submit<T>(session, std::move(fn), false, change);
}

// Runs the statements of `body` in one transaction on `db`: committed when body answers a value,
// rolled back when it answers an error. body: Result<T>(QSqlDatabase&).
template<typename T, typename Body>
Result<T> inTransaction(QSqlDatabase& db, Body body)
{
    if (!db.transaction())
        return DbError::fromSql(db.lastError());
    Result<T> result = body(db);
    if (!result.ok()) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const DbError error = DbError::fromSql(db.lastError());
        db.rollback();
        return error;
    }
    return result;
}

// Executes `sql` with its values (by name, ":id") written in (statementtext.h: one round trip instead of
// the driver's PREPARE, EXECUTE and DEALLOCATE). On failure answers the error.
//
// Not forward-only: for a forward-only query the PostgreSQL driver reads the answer row by row
// (libpq's single-row mode), and exec() succeeds with the first row. In autocommit the server sends
// a function's row before it commits, so an error at the commit (a deferred constraint, a NOTIFY's
// lock timeout, a serialization failure) came after a row the caller had already taken as the
// answer: a write was acknowledged and rolled back. Read whole, the result is the error.
inline Result<Done> exec(QSqlQuery& q, const QString& sql, const QVariantMap& bindings = {})
{
    q.setForwardOnly(false);
    const StatementText text = statementText(*q.driver(), sql, bindings);
    if (!text.error.isEmpty())
        return DbError::client(QStringLiteral("E-CLIENT-VALUE"), text.error);
    if (!q.exec(text.sql))
        return DbError::fromSql(q.lastError());
    return Done{};
}

} // namespace cs::data::worker
