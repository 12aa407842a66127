#pragma once

#include "domain/printing/labelcontent.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cs::domain {

// Zebra ZPL II for the labels of LabelContent, laid out by layoutLabel() so a ZPL label and its PDF
// twin look the same. One ^XA ... ^XZ block per label with:
//   ^CI28 (UTF-8 field data), ^PW/^LL (label size in dots), ^LH0,0,
//   ^A0N printer font (scalable), text escaped with ^FH (_5E, _7E, _5F),
//   ^BQN,2,<magnification> QR model 2 with ^FDMA,<payload> (error correction M, automatic mode),
//   ^PQ<copies> for the copies.
// Sheet sizes are not Zebra stock: the writer prints their cell size (2.625 x 1 in / 70 x 29.7 mm).
class ZplWriter
{
public:
    explicit ZplWriter(int dpi = 203);

    int dpi() const { return m_dpi; }
    static bool isSupportedDpi(int dpi) { return dpi == 203 || dpi == 300 || dpi == 600; }

    // One label (with its copies) as a ^XA...^XZ block.
    QByteArray label(const LabelContent& content, LabelSize size) const;
    // A batch: the labels one after the other, as one job.
    QByteArray labels(const QList<LabelContent>& contents, LabelSize size) const;

    // The QR magnification (module size in dots, 1..10) that fits the payload's code into sideDots,
    // quiet zone included.
    static int qrMagnification(const QString& payload, int sideDots);
    // Field data escaped for ^FH (hexadecimal indicator '_').
    static QByteArray escapeField(const QString& text);

private:
    int dots(double points) const;
    int m_dpi;
};

} // namespace cs::domain
