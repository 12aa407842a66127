#include "data/orders/documentrepository.h"

#include "data/common/worker.h"
#include "data/orders/orderpagerepository.h"
#include "domain/orders/documentrules.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace cs::data {

DocumentRepository::DocumentRepository(Session& session)
    : m_session(session)
{
}

QFuture<Result<QString>> DocumentRepository::attach(const QString& orderId, const QString& fileName,
                                                    const QString& documentType, const QByteArray& content) const
{
    return worker::write<QString>(m_session, Change{ChangeFeed::kDocument.toString(), orderId}, [=](QSqlDatabase& db) {
        return attach(db, orderId, fileName, documentType, content);
    });
}

QFuture<Result<QByteArray>> DocumentRepository::content(const QString& documentId) const
{
    return worker::read<QByteArray>(m_session, [documentId](QSqlDatabase& db) { return content(db, documentId); });
}

QFuture<Result<QList<DocumentInfo>>> DocumentRepository::list(const QString& orderId) const
{
    return worker::read<QList<DocumentInfo>>(m_session, [orderId](QSqlDatabase& db) { return list(db, orderId); });
}

Result<QString> DocumentRepository::attach(QSqlDatabase& db, const QString& orderId, const QString& fileName,
                                           const QString& documentType, const QByteArray& content)
{
    QString mime;
    QString why;
    if (!domain::DocumentRules::check(fileName, content, &mime, &why))
        return DbError::client(QStringLiteral("E-DOCUMENT"), why);
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(
        q,
        QStringLiteral("SELECT cs.attach_document(CAST(:order AS uuid), :name, :type, :content, :kind)::text"),
        {{QStringLiteral(":order"), orderId},
         {QStringLiteral(":name"), QFileInfo(fileName).fileName()},
         {QStringLiteral(":type"), mime},
         {QStringLiteral(":content"), content},
         {QStringLiteral(":kind"), documentType}});
    if (!run)
        return run.error();
    if (!q.next())
        return DbError::client(QStringLiteral("E-NO-ANSWER"), tr("The server did not confirm the document."));
    return q.value(0).toString();
}

Result<QByteArray> DocumentRepository::content(QSqlDatabase& db, const QString& documentId)
{
    QSqlQuery q(db);
    const Result<Done> run =
        worker::exec(q, QStringLiteral("SELECT content FROM cs.order_documents WHERE document_id = CAST(:id AS uuid)"),
                     {{QStringLiteral(":id"), documentId}});
    if (!run)
        return run.error();
    if (!q.next()) {
        DbError e;
        e.kind = DbError::Kind::Refused;
        e.code = QStringLiteral("E-DOCUMENT-NOT-FOUND");
        e.message = tr("the document is no longer stored with this order");
        return e;
    }
    return q.value(0).toByteArray();
}

Result<QList<DocumentInfo>> DocumentRepository::list(QSqlDatabase& db, const QString& orderId)
{
    return OrderPageRepository::readDocuments(db, orderId);
}

} // namespace cs::data
