#pragma once

#include "domain/printing/labelcontent.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace cs::print {

// Draws labels (domain::LabelContent, laid out by domain::layoutLabel) on a QPagedPaintDevice: a
// QPdfWriter for a file, a QPrinter for a label printer, the preview or an office printer. One call
// is one job: every label repeated `copies` times, one label per page on label stock, or filling the
// cells of 3x10 sheets page after page.
class LabelRenderer
{
public:
    explicit LabelRenderer(domain::LabelSize size);

    domain::LabelSize size() const { return m_size; }
    const domain::LabelStock& stock() const { return m_stock; }

    // Page size (the label, or Letter/A4 for sheets), portrait, no margins.
    void setupDevice(QPagedPaintDevice* device) const;
    // Pages the job takes.
    int pageCount(const QList<domain::LabelContent>& labels) const;
    // Sets the device up and paints every label. false with *error when the device cannot be painted.
    bool render(QPagedPaintDevice* device, const QList<domain::LabelContent>& labels, QString* error = nullptr) const;
    // Writes a PDF file (QPdfWriter, 1200 dpi).
    bool writePdf(const QString& fileName, const QList<domain::LabelContent>& labels, QString* error = nullptr) const;

    // Paints one label into cell (device coordinates of the painter, pointsToDevice = device dpi / 72).
    static void paintLabel(QPainter* painter, const QRectF& cell, double pointsToDevice,
                           const domain::LabelContent& label);
    static QFont labelFont(double pointSize, bool bold);

private:
    domain::LabelSize m_size;
    domain::LabelStock m_stock;
};

} // namespace cs::print
