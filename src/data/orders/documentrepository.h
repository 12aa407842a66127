#pragma once

#include "data/common/result.h"
#include "data/orders/documentinfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace cs::data {

class Session;

// The files stored with an order (cs.order_documents: the server sets the uploader, time, size and
// SHA-256, and refuses content over 25 MB). Every file passes domain::DocumentRules (type, size,
// content) before it is sent; a refused file answers E-DOCUMENT with the reason in words.
class DocumentRepository
{
    Q_DECLARE_TR_FUNCTIONS(cs::data::DocumentRepository)

public:
    explicit DocumentRepository(Session& session);

    // On the session's worker. attach() is a write (never sent twice: after a lost connection the file
    // may or may not be stored) and answers the new document's id; content() answers the bytes, or
    // E-DOCUMENT-NOT-FOUND when the document is no longer stored.
    QFuture<Result<QString>> attach(const QString& orderId, const QString& fileName, const QString& documentType,
                                    const QByteArray& content) const;
    QFuture<Result<QByteArray>> content(const QString& documentId) const;
    QFuture<Result<QList<DocumentInfo>>> list(const QString& orderId) const;

    // The same on `db`, in the calling thread.
    static Result<QString> attach(QSqlDatabase& db, const QString& orderId, const QString& fileName,
                                  const QString& documentType, const QByteArray& content);
    static Result<QByteArray> content(QSqlDatabase& db, const QString& documentId);
    static Result<QList<DocumentInfo>> list(QSqlDatabase& db, const QString& orderId);

private:
    Session& m_session;
};

} // namespace cs::data
