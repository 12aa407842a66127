#include "data/wizard/submitrepository.h"

#include "data/common/worker.h"
#include "data/orders/orderrepository.h"
#include "domain/orders/documentrules.h"

#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace cs::data {

namespace {

// An order refusal in the one error type: what the server said (its kind: refused, lost connection,
// time-out, ...), with the field as the wizard names it. A refusal made before the server was asked (a
// document, a BOM that does not match) has no cause and is the client's.
DbError errorOf(const OrderError& e)
{
    DbError d = e.cause.isSet() ? e.cause : DbError::client(e.code, e.message);
    if (!e.code.isEmpty() && e.code != u"E-DB")
        d.code = e.code;
    d.qualifier = e.buildNumber;
    if (!e.message.isEmpty() && d.kind != DbError::Kind::ConnectionLost)
        d.message = e.message;
    d.field = e.field;
    return d;
}

DbError documentError(const QString& why)
{
    DbError e = DbError::client(QStringLiteral("E-DOCUMENT"), why);
    e.field = QStringLiteral("attachments");
    return e;
}

void prepareOnPool(QPromise<Result<SubmitPackage>>& promise, const domain::CatalogPtr& catalog,
                   const domain::OrderConfiguration& config, QDate today, const QList<SubmitFile>& files)
{
    SubmitPackage package;
    package.generated = domain::BomGenerator::generate(*catalog, config, today);

    qint64 total = 0;
    for (const SubmitFile& f : files)
        total += std::min(QFileInfo(f.path).size(), domain::DocumentRules::maxBytes);
    const auto kilobytes = [](qint64 bytes) { return int(bytes / 1024); };
    promise.setProgressRange(0, std::max(1, kilobytes(total)));

    qint64 done = 0;
    for (const SubmitFile& f : files) {
        if (promise.isCanceled())
            return;
        const QString name = QFileInfo(f.path).fileName();
        // The size and the first bytes first: a file grown past the limit since it was attached is
        // refused without reading it.
        QString why;
        if (!domain::DocumentRules::checkFile(f.path, nullptr, &why)) {
            promise.addResult(Result<SubmitPackage>(documentError(why)));
            return;
        }
        QFile file(f.path);
        if (!file.open(QIODevice::ReadOnly)) {
            promise.addResult(Result<SubmitPackage>(
                documentError(SubmitRepository::tr("“%1” cannot be read: %2").arg(f.path, file.errorString()))));
            return;
        }
        // Read into one buffer of the file's size (at most one byte more than allowed: enough to know it
        // is too large), a chunk at a time so that a cancel is seen and the progress moves.
        const qint64 expected = std::min(file.size(), domain::DocumentRules::maxBytes + 1);
        QByteArray content(qsizetype(expected), Qt::Uninitialized);
        qint64 got = 0;
        promise.setProgressValueAndText(kilobytes(done), name);
        while (got < expected) {
            if (promise.isCanceled())
                return;
            const qint64 n = file.read(content.data() + got, std::min(SubmitRepository::readChunkBytes, expected - got));
            if (n < 0) {
                promise.addResult(Result<SubmitPackage>(
                    documentError(SubmitRepository::tr("“%1” cannot be read: %2").arg(f.path, file.errorString()))));
                return;
            }
            if (n == 0)
                break;   // shorter than it said (it changed meanwhile): what was read is what is checked
            got += n;
            done += n;
            promise.setProgressValueAndText(kilobytes(std::min(done, total)), name);
        }
        content.truncate(qsizetype(got));
        // What is sent is checked again: the file may have changed since it was attached.
        if (!domain::DocumentRules::check(name, content, nullptr, &why)) {
            promise.addResult(Result<SubmitPackage>(documentError(why)));
            return;
        }
        package.documents.append(SubmitDocument{name, std::move(content), f.documentType});
    }
    promise.setProgressValueAndText(kilobytes(total), QString());
    promise.addResult(Result<SubmitPackage>(std::move(package)));
}

} // namespace

SubmitRepository::SubmitRepository(Session& session)
    : m_session(session)
{
}

QFuture<Result<SubmitPackage>> SubmitRepository::prepare(domain::CatalogPtr catalog, domain::OrderConfiguration config,
                                                         QDate today, QList<SubmitFile> files)
{
    return QtConcurrent::run(
        [catalog = std::move(catalog), config = std::move(config), today,
         files = std::move(files)](QPromise<Result<SubmitPackage>>& promise) {
            if (!catalog) {
                promise.addResult(Result<SubmitPackage>(DbError::client(
                    QStringLiteral("E-CATALOG"), tr("The catalog is not loaded yet; wait a moment and submit again."))));
                return;
            }
            prepareOnPool(promise, catalog, config, today, files);
        });
}

QFuture<Result<StoredOrder>> SubmitRepository::submit(const domain::OrderConfiguration& config,
                                                      const domain::GenerationResult& generated,
                                                      const QList<SubmitDocument>& documents)
{
    return worker::write<StoredOrder>(m_session, [config, generated, documents](QSqlDatabase& db) -> Result<StoredOrder> {
        QList<OrderAttachment> attachments;
        attachments.reserve(documents.size());
        for (const SubmitDocument& d : documents)
            attachments.append(OrderAttachment{d.fileName, d.content, d.documentType});
        const SubmitResult r = OrderRepository(db).submit(config, generated, attachments);
        if (!r.ok)
            return errorOf(r.error);
        StoredOrder stored;
        stored.poId = r.poId;
        stored.createdCustomParts = r.createdCustomParts;
        for (const SubmittedBuild& b : r.builds)
            stored.builds.append(StoredBuild{b.buildNumber, b.orderId, b.bomId, b.bomSha256});
        return stored;
    });
}

} // namespace cs::data
