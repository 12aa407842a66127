#pragma once

#include "domain/printing/travelercontent.h"

#include <QList>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;

namespace cs::print {

// Draws build travelers (domain::TravelerContent) on a QPagedPaintDevice: QPdfWriter for a file,
// QPrinter for the print dialog and QPrintPreviewDialog. One call is one job; each traveler starts
// on a new page and numbers its own pages ("page n of m").
//
// Page 1: header (company, title, PO, build, customer, project, sales person, want date, model,
// family, language, status) and the build's QR code; then the configuration in words, warnings, the
// sign-off strip (initials and date boxes per checklist stage), the top-level BOM lines with their
// rules, the flattened pick list with check boxes and, when given, the BOM tree. Every page carries
// the build's QR code, the page number, the print date, the BOM hash and, for a reprint, REPRINT.
// Fixed texts are in the traveler's language (domain::travelerText), not the UI language.
class TravelerRenderer
{
public:
    explicit TravelerRenderer(const QPageSize& pageSize = QPageSize(QPageSize::Letter));

    const QPageSize& pageSize() const { return m_pageSize; }

    // Page size, portrait, 0.5 in margins.
    void setupDevice(QPagedPaintDevice* device) const;
    // Sets the device up and paints the travelers. *pageCounts receives the pages of each traveler.
    bool render(QPagedPaintDevice* device, const QList<domain::TravelerContent>& travelers,
                QString* error = nullptr, QList<int>* pageCounts = nullptr) const;
    // Writes a PDF file (QPdfWriter, 1200 dpi).
    bool writePdf(const QString& fileName, const QList<domain::TravelerContent>& travelers,
                  QString* error = nullptr, QList<int>* pageCounts = nullptr) const;

private:
    QPageSize m_pageSize;
};

} // namespace cs::print
