#pragma once

#include "data/common/result.h"
#include "data/printing/travelerdata.h"

#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace cs::data {

class Session;

// Printing's door for the app: TravelerRepository's reads and writes on the session's worker.
//
// A preview reads first (load, loadForPreview) and the window draws it; when a printer has printed,
// recordPrints() records each build's print. A file (PDF) is produced by printBatch(): the prints are
// recorded, the builds read marked as those prints and `render` writes the file, all in one
// transaction on the worker that commits only when `render` succeeds, so a file that was not written
// is not recorded, and a recorded print carries its REPRINT mark.
class PrintRepository
{
public:
    explicit PrintRepository(Session& session);

    // One build, for labels (read).
    QFuture<Result<TravelerData>> load(const QString& buildNumber) const;
    // Several builds in one snapshot, each marked as the print of `kind` it will be (read).
    QFuture<Result<QList<TravelerData>>> loadForPreview(const QStringList& buildNumbers, PrintKind kind) const;
    // After a printer printed them: one print of each build recorded, in one transaction (a write).
    QFuture<Result<QList<PrintRecord>>> recordPrints(const QStringList& buildNumbers, const PrintRequest& request) const;

    // `render` runs on the worker thread: it may paint on a QPdfWriter or write files, never touch a
    // widget. It answers false with the reason in *why when the output could not be produced.
    using Renderer = std::function<bool(const QList<TravelerData>& data, QString* why)>;
    QFuture<Result<QList<PrintRecord>>> printBatch(const QStringList& buildNumbers, const PrintRequest& request,
                                                   Renderer render) const;

private:
    Session& m_session;
};

} // namespace cs::data
