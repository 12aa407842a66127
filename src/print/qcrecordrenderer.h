#pragma once

#include "domain/printing/qcrecordcontent.h"

#include <QPageSize>
#include <QString>

class QPagedPaintDevice;

namespace cs::print {

// Draws a QC record (domain::QcRecordContent) on a QPagedPaintDevice: QPdfWriter for a file, QPrinter
// for the print dialog and preview. Every page has a header band (record title, build, PO, customer,
// form and template version) with the build's QR code, and a footer ("page n of m", the print time);
// the body is the header fields, each section as a table (item, check, result, expected, by and when;
// N/A items with their reasons; a basin the build does not have as one line), the section's initials,
// then the signature's manifestation (printed name, date and time, meaning, the signed content's
// SHA-256) or, for an unsigned record, NOT SIGNED. Fixed texts are in the record's language.
class QcRecordRenderer
{
public:
    explicit QcRecordRenderer(const QPageSize& pageSize = QPageSize(QPageSize::Letter));

    bool render(QPagedPaintDevice* device, const domain::QcRecordContent& record, QString* error = nullptr,
                int* pageCount = nullptr) const;
    bool writePdf(const QString& fileName, const domain::QcRecordContent& record, QString* error = nullptr,
                  int* pageCount = nullptr) const;

    // The body as HTML (what the pages show between header and footer).
    static QString bodyHtml(const domain::QcRecordContent& record);

private:
    QPageSize m_pageSize;
};

} // namespace cs::print
