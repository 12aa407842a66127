#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace cs::ui {

// Calls done(result) in `owner`'s thread when `future` finishes — unless `owner` is gone by then:
// the watcher is owner's child, so a window or model destroyed while its query is still running on
// the session's worker simply drops the late answer. (QFuture::then(context, ...) of Qt 6.4 does not
// promise that when the context is destroyed first.)
template<typename T, typename Done>
void whenDone(QObject* owner, const QFuture<T>& future, Done done)
{
    auto* watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        // A future its owner cancelled (a search replaced by the next keystroke) has no answer to give.
        if (watcher->isCanceled() || watcher->future().resultCount() == 0)
            return;
        done(watcher->result());
    });
    watcher->setFuture(future);
}

} // namespace cs::ui
