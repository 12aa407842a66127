#include "qrcodepainter.h"

#include <QPainter>
#include <QPainterPath>
#include <QTransform>

#include <qrencode.h>

#include <cmath>
#include <memory>

namespace cs::print {

QrCode QrCode::encode(const QString& text)
{
    QrCode code;
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty())
        return code;
    // Version 0: the smallest that fits. QR_MODE_8 as hint lets the encoder use numeric and
    // alphanumeric segments where they apply (the scan payloads are alphanumeric).
    std::unique_ptr<QRcode, decltype(&QRcode_free)> qr(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!qr)
        return code;
    code.m_text = text;
    code.m_size = qr->width;
    code.m_modules.resize(qsizetype(qr->width) * qr->width);
    for (int i = 0; i < qr->width * qr->width; ++i)
        code.m_modules[i] = (qr->data[i] & 1) != 0;
    return code;
}

QRectF QrCodePainter::paint(QPainter* painter, const QRectF& target, const QString& text)
{
    return paint(painter, target, QrCode::encode(text));
}

QRectF QrCodePainter::paint(QPainter* painter, const QRectF& target, const QrCode& code)
{
    if (code.isNull() || target.isEmpty())
        return {};
    const int n = code.sizeWithQuietZone();
    const double side = std::min(target.width(), target.height());
    const QRectF square(target.center().x() - side / 2, target.center().y() - side / 2, side, side);

    // Work in device pixels so that every module is the same whole number of pixels.
    const QTransform t = painter->deviceTransform();
    const bool axisAligned = t.type() <= QTransform::TxScale;
    QRectF dev = axisAligned ? t.mapRect(square) : square;
    double module = dev.width() / n;
    QPointF origin = dev.topLeft();
    if (axisAligned && module >= 2.0) {
        module = std::floor(module);
        const double used = module * n;
        origin = QPointF(std::round(dev.center().x() - used / 2), std::round(dev.center().y() - used / 2));
    }
    const QRectF full(origin, QSizeF(module * n, module * n));

    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    const double q = QrCode::kQuietZone;
    for (int y = 0; y < code.size(); ++y) {
        int x = 0;
        while (x < code.size()) {
            if (!code.dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < code.size() && code.dark(x, y))
                ++x;
            path.addRect(origin.x() + (start + q) * module, origin.y() + (y + q) * module, (x - start) * module,
                         module);
        }
    }

    painter->save();
    if (axisAligned)
        painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(full, Qt::white);
    painter->fillPath(path, Qt::black);
    painter->restore();
    return axisAligned ? t.inverted().mapRect(full) : full;
}

} // namespace cs::print
