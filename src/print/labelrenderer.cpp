#include "labelrenderer.h"

#include "print/qrcodepainter.h"

#include <QFile>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace cs::print {

using namespace cs::domain;

LabelRenderer::LabelRenderer(LabelSize size)
    : m_size(size)
    , m_stock(LabelStock::of(size))
{
}

QFont LabelRenderer::labelFont(double pointSize, bool bold)
{
    QFont f;
    f.setFamilies({QStringLiteral("Arial"), QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans")});
    f.setStyleHint(QFont::SansSerif);
    f.setHintingPreference(QFont::PreferNoHinting);
    // No shaping for Latin text: no "fi" ligatures, so the PDF's text is searchable as typed.
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

void LabelRenderer::setupDevice(QPagedPaintDevice* device) const
{
    QPageSize pageSize;
    switch (m_size) {
    case LabelSize::SheetLetter3x10: pageSize = QPageSize(QPageSize::Letter); break;
    case LabelSize::SheetA43x10: pageSize = QPageSize(QPageSize::A4); break;
    default:
        pageSize = QPageSize(m_stock.page / 72.0, QPageSize::Inch, QStringLiteral("Label %1").arg(toString(m_size)),
                             QPageSize::ExactMatch);
    }
    device->setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
}

int LabelRenderer::pageCount(const QList<LabelContent>& labels) const
{
    int cells = 0;
    for (const LabelContent& l : labels)
        cells += std::max(1, l.copies);
    const int per = m_stock.cellsPerPage();
    return (cells + per - 1) / per;
}

void LabelRenderer::paintLabel(QPainter* painter, const QRectF& cell, double k, const LabelContent& label)
{
    painter->save();
    painter->setClipRect(cell);
    painter->setPen(Qt::black);
    const QPaintDevice* device = painter->device();
    for (const LabelElement& e : layoutLabel(label, cell.size() / k)) {
        const QRectF r(cell.left() + e.rect.left() * k, cell.top() + e.rect.top() * k, e.rect.width() * k,
                       e.rect.height() * k);
        switch (e.type) {
        case LabelElement::Type::Qr: QrCodePainter::paint(painter, r, e.text); break;
        case LabelElement::Type::Rule: painter->fillRect(r, Qt::black); break;
        case LabelElement::Type::Text: {
            QFont f = labelFont(e.fontPt, e.bold);
            QFontMetricsF fm(f, device);
            // The layout estimated the width; measure and shrink to fit (never below 4 pt, still
            // legible on a thermal label), and elide only what does not fit even then.
            const double advance = fm.horizontalAdvance(e.text);
            if (advance > r.width()) {
                f.setPointSizeF(std::max(std::min(4.0, e.fontPt), e.fontPt * r.width() / advance * 0.98));
                fm = QFontMetricsF(f, device);
            }
            painter->setFont(f);
            const QString text = fm.elidedText(e.text, Qt::ElideRight, r.width());
            painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
            break;
        }
        }
    }
    painter->restore();
}

bool LabelRenderer::render(QPagedPaintDevice* device, const QList<LabelContent>& labels, QString* error) const
{
    setupDevice(device);
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = QStringLiteral("cannot start printing on the output device");
        return false;
    }
    const double k = device->logicalDpiX() / 72.0;
    const int per = m_stock.cellsPerPage();
    int slot = 0;
    for (const LabelContent& label : labels) {
        for (int c = 0; c < std::max(1, label.copies); ++c) {
            if (slot == per) {
                device->newPage();
                slot = 0;
            }
            const QRectF cell = m_stock.cellRect(slot);
            paintLabel(&painter, QRectF(cell.left() * k, cell.top() * k, cell.width() * k, cell.height() * k), k,
                       label);
            ++slot;
        }
    }
    return painter.end();
}

bool LabelRenderer::writePdf(const QString& fileName, const QList<LabelContent>& labels, QString* error) const
{
    QPdfWriter writer(fileName);
    writer.setResolution(1200);
    writer.setCreator(QStringLiteral("CleanStation Production"));
    writer.setTitle(QStringLiteral("Labels"));
    if (!render(&writer, labels, error))
        return false;
    if (!QFile::exists(fileName)) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(fileName);
        return false;
    }
    return true;
}

} // namespace cs::print
