#pragma once

#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace cs::print {

// A QR code symbol (libqrencode, error correction M, the smallest version that holds the text).
class QrCode
{
public:
    QrCode() = default;
    static QrCode encode(const QString& text);

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; }                  // modules per side, without quiet zone
    int sizeWithQuietZone() const { return m_size + 2 * kQuietZone; }
    int version() const { return m_size ? (m_size - 17) / 4 : 0; }
    bool dark(int x, int y) const { return m_modules.at(y * m_size + x); }
    const QString& text() const { return m_text; }

    static constexpr int kQuietZone = 4;

private:
    QString m_text;
    int m_size = 0;
    QList<bool> m_modules;
};

// Draws a QR code as filled vector rectangles (one path, no image): crisp in PDF and on any printer.
// The target square includes the 4-module quiet zone, which is painted white. Module edges are
// snapped to whole device pixels when the device resolution allows it.
class QrCodePainter
{
public:
    // Paints into the largest square centred in target. Returns the square actually used (quiet
    // zone included), or an empty rect when the code could not be encoded.
    static QRectF paint(QPainter* painter, const QRectF& target, const QrCode& code);
    static QRectF paint(QPainter* painter, const QRectF& target, const QString& text);
};

} // namespace cs::print
