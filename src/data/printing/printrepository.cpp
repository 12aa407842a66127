#include "data/printing/printrepository.h"

#include "data/common/worker.h"
#include "data/printing/travelerrepository.h"

namespace cs::data {

PrintRepository::PrintRepository(Session& session)
    : m_session(session)
{
}

QFuture<Result<TravelerData>> PrintRepository::load(const QString& buildNumber) const
{
    return worker::read<TravelerData>(m_session, [buildNumber](QSqlDatabase& db) -> Result<TravelerData> {
        TravelerData data;
        DbError error;
        if (!TravelerRepository(db).load(buildNumber, &data, &error))
            return error;
        return data;
    });
}

QFuture<Result<QList<TravelerData>>> PrintRepository::loadForPreview(const QStringList& buildNumbers,
                                                                     PrintKind kind) const
{
    return worker::read<QList<TravelerData>>(m_session,
                                             [buildNumbers, kind](QSqlDatabase& db) -> Result<QList<TravelerData>> {
                                                 QList<TravelerData> data;
                                                 DbError error;
                                                 if (!TravelerRepository(db).loadForPreview(buildNumbers, kind, &data,
                                                                                            &error))
                                                     return error;
                                                 return data;
                                             });
}

QFuture<Result<QList<PrintRecord>>> PrintRepository::recordPrints(const QStringList& buildNumbers,
                                                                  const PrintRequest& request) const
{
    return printBatch(buildNumbers, request, [](const QList<TravelerData>&, QString*) { return true; });
}

QFuture<Result<QList<PrintRecord>>> PrintRepository::printBatch(const QStringList& buildNumbers,
                                                                const PrintRequest& request, Renderer render) const
{
    // A print changes no list: it is announced as a print, not as a change of builds.
    return worker::write<QList<PrintRecord>>(
        m_session, Change{ChangeFeed::kPrint.toString(), QString()}, [buildNumbers, request, render = std::move(render)](QSqlDatabase& db) -> Result<QList<PrintRecord>> {
            QList<PrintRecord> records;
            DbError error;
            const bool ok = TravelerRepository(db).printBatch(
                buildNumbers, request,
                [&render](const QList<TravelerData>& data, const QList<PrintRecord>&, QString* why) {
                    return render(data, why);
                },
                &records, &error);
            if (!ok)
                return error;
            return records;
        });
}

} // namespace cs::data
