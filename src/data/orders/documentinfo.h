#pragma once

#include <QDateTime>
#include <QString>

namespace cs::data {

// A file stored with an order (cs.order_documents), without its content.
struct DocumentInfo
{
    QString documentId;
    QString fileName;
    QString fileType;       // MIME type
    QString documentType;   // PO, Drawing, ApprovedDrawing, Photo, Other
    qint64 size = 0;
    QString sha256;
    QString uploadedBy;
    QDateTime uploadedAt;
};

} // namespace cs::data
