#pragma once

// Helpers of the printing tests: rasterise a PDF with pdftoppm, decode its QR codes with zbarimg,
// extract its text with pdftotext (poppler-utils, zbar-tools). Header-only; used by tst_labels and
// tst_traveler.

#include <QDir>
#include <QImage>
#include <QRectF>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>

namespace cs::test {

// Empty when every tool is on PATH, else a message naming what to install.
inline QString missingPrintTools()
{
    QStringList missing;
    for (const char* tool : {"pdftoppm", "pdftotext", "zbarimg"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            missing.append(QString::fromLatin1(tool));
    }
    if (missing.isEmpty())
        return {};
    return QStringLiteral("missing %1: install poppler-utils and zbar-tools (scripts/ installs them)")
        .arg(missing.join(QStringLiteral(", ")));
}

inline bool run(const QString& program, const QStringList& args, QByteArray* out, QString* error,
                QList<int> okCodes = {0})
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || !okCodes.contains(p.exitCode())) {
        *error = QStringLiteral("%1 %2 failed (exit %3): %4")
                     .arg(program, args.join(u' '))
                     .arg(p.exitCode())
                     .arg(QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

// The QR payloads found on each page of the PDF (sorted per page), rasterised at dpi.
inline bool decodePages(const QString& pdf, int dpi, QList<QStringList>* pages, QString* error)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    if (!run(QStringLiteral("pdftoppm"),
             {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), pdf, dir.filePath(QStringLiteral("p"))},
             nullptr, error))
        return false;
    QStringList pngs = QDir(dir.path()).entryList({QStringLiteral("p-*.png")}, QDir::Files, QDir::Name);
    // pdftoppm pads page numbers to the same width, so name order is page order.
    pages->clear();
    for (const QString& png : pngs) {
        QByteArray out;
        // zbarimg exits with 4 when it finds no symbol: that page simply carries none.
        if (!run(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), dir.filePath(png)}, &out,
                 error, {0, 4}))
            return false;
        QStringList codes;
        for (const QByteArray& line : out.split('\n')) {
            if (!line.trimmed().isEmpty())
                codes.append(QString::fromUtf8(line.trimmed()));
        }
        std::sort(codes.begin(), codes.end());
        pages->append(codes);
    }
    return true;
}

// The QR payloads found in each cell of each page: the page is rasterised at dpi, every cell (in
// points from the page's top-left) is cut out and decoded alone, as a hand scanner sees one label.
// Cells without a code give an empty string.
inline bool decodeCells(const QString& pdf, int dpi, const QList<QRectF>& cellsPt, QList<QStringList>* pages,
                        QString* error)
{
    QTemporaryDir dir;
    if (!run(QStringLiteral("pdftoppm"),
             {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), pdf, dir.filePath(QStringLiteral("p"))},
             nullptr, error))
        return false;
    const QStringList pngs = QDir(dir.path()).entryList({QStringLiteral("p-*.png")}, QDir::Files, QDir::Name);
    pages->clear();
    const double k = dpi / 72.0;
    for (const QString& png : pngs) {
        const QImage page(dir.filePath(png));
        if (page.isNull()) {
            *error = QStringLiteral("cannot read %1").arg(png);
            return false;
        }
        QStringList codes;
        for (int i = 0; i < cellsPt.size(); ++i) {
            const QRectF& c = cellsPt[i];
            const QImage cell = page.copy(QRectF(c.x() * k, c.y() * k, c.width() * k, c.height() * k).toRect());
            const QString file = dir.filePath(QStringLiteral("cell-%1.png").arg(i));
            if (!cell.save(file)) {
                *error = QStringLiteral("cannot write %1").arg(file);
                return false;
            }
            QByteArray out;
            if (!run(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), file}, &out, error, {0, 4}))
                return false;
            codes.append(QString::fromUtf8(out.trimmed()));
        }
        pages->append(codes);
    }
    return true;
}

// The text of the PDF, one page after the other separated by form feeds.
inline bool pdfText(const QString& pdf, QString* text, QString* error)
{
    QByteArray out;
    if (!run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}, &out, error))
        return false;
    *text = QString::fromUtf8(out);
    return true;
}

} // namespace cs::test
