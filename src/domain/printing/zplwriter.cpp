#include "domain/printing/zplwriter.h"

#include <algorithm>
#include <cmath>

namespace cs::domain {

ZplWriter::ZplWriter(int dpi)
    : m_dpi(isSupportedDpi(dpi) ? dpi : 203)
{
}

int ZplWriter::dots(double points) const
{
    return int(std::lround(points * m_dpi / 72.0));
}

int ZplWriter::qrMagnification(const QString& payload, int sideDots)
{
    const int modules = qrModulesFor(payload);
    if (modules <= 0)
        return 1;
    return std::clamp(sideDots / (modules + 2 * kQrQuietZone), 1, 10);
}

QByteArray ZplWriter::escapeField(const QString& text)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    out.reserve(utf8.size());
    for (const char c : utf8) {
        switch (c) {
        case '^': out += "_5E"; break;
        case '~': out += "_7E"; break;
        case '_': out += "_5F"; break;
        case '\n':
        case '\r': out += ' '; break;
        default: out += c;
        }
    }
    return out;
}

QByteArray ZplWriter::label(const LabelContent& content, LabelSize size) const
{
    const LabelStock stock = LabelStock::of(size);
    const QSizeF cell = stock.cell;
    QByteArray z;
    z += "^XA\n^CI28\n";
    z += "^PW" + QByteArray::number(dots(cell.width())) + "\n";
    z += "^LL" + QByteArray::number(dots(cell.height())) + "\n";
    z += "^LH0,0\n";
    for (const LabelElement& e : layoutLabel(content, cell)) {
        const QByteArray fo = "^FO" + QByteArray::number(dots(e.rect.x())) + ','
                              + QByteArray::number(dots(e.rect.y()));
        switch (e.type) {
        case LabelElement::Type::Text: {
            const int h = std::max(10, dots(e.fontPt));
            z += fo + "^A0N," + QByteArray::number(h) + ',' + QByteArray::number(h) + "^FH_^FD"
                 + escapeField(e.text) + "^FS\n";
            break;
        }
        case LabelElement::Type::Qr: {
            const int side = dots(e.rect.width());
            const int mag = qrMagnification(e.text, side);
            // ^BQ draws the symbol without a quiet zone: keep 4 modules clear around it.
            const int modules = qrModulesFor(e.text);
            const int offset = std::max(0, (side - modules * mag) / 2);
            z += "^FO" + QByteArray::number(dots(e.rect.x()) + offset) + ','
                 + QByteArray::number(dots(e.rect.y()) + offset) + "^BQN,2," + QByteArray::number(mag)
                 + "^FH_^FDMA," + escapeField(e.text) + "^FS\n";
            break;
        }
        case LabelElement::Type::Rule: {
            const int t = std::max(1, dots(e.rect.height()));
            z += fo + "^GB" + QByteArray::number(dots(e.rect.width())) + ',' + QByteArray::number(t) + ','
                 + QByteArray::number(t) + "^FS\n";
            break;
        }
        }
    }
    z += "^PQ" + QByteArray::number(std::max(1, content.copies)) + ",0,1,Y\n";
    z += "^XZ\n";
    return z;
}

QByteArray ZplWriter::labels(const QList<LabelContent>& contents, LabelSize size) const
{
    QByteArray z;
    for (const LabelContent& c : contents)
        z += label(c, size);
    return z;
}

} // namespace cs::domain
