#include "print/qcrecordrenderer.h"

#include "domain/checklist/failclassification.h"
#include "print/labelrenderer.h"
#include "print/qrcodepainter.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QImage>
#include <QUrl>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace cs::print {

using namespace cs::domain;

namespace {

constexpr double kHeader = 96;   // points
constexpr double kFooter = 24;
constexpr double kQr = 80;
constexpr double kBodyPt = 8;

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString row(const QStringList& cells, bool head = false, const QString& style = {})
{
    QString out = style.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr style=\"%1\">").arg(style);
    for (const QString& c : cells)
        out += head ? QStringLiteral("<th align=\"left\" bgcolor=\"#e6e6e6\">%1</th>").arg(c)
                    : QStringLiteral("<td>%1</td>").arg(c);
    return out + QStringLiteral("</tr>");
}

QString lineRow(const QcRecordLine& l)
{
    const QString colour = l.notApplicable ? QStringLiteral("#666666") : l.problem ? QStringLiteral("#b00000") : QString();
    auto paint = [&colour](const QString& s) {
        return colour.isEmpty() ? esc(s) : QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour, esc(s));
    };
    QString answer = paint(l.answer);
    if (l.serial && !l.notApplicable && !l.by.isEmpty())
        answer = QStringLiteral("<span style=\"font-family:monospace\">%1</span>").arg(answer);
    if (!l.measured.isEmpty())
        answer += QStringLiteral("<br>") + paint(l.measured);
    return row({esc(l.id), paint(l.text), l.problem ? QStringLiteral("<b>%1</b>").arg(answer) : answer,
                esc(l.expected), esc(l.by)});
}

QString table(const QcRecordContent& c, const QList<QcRecordLine>& lines)
{
    QString out = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\" "
                                 "style=\"border-color:#999999; border-style:solid\">");
    out += row({esc(c.text(QStringLiteral("qc.item"))), esc(c.text(QStringLiteral("qc.check"))),
                esc(c.text(QStringLiteral("qc.answer"))), esc(c.text(QStringLiteral("qc.expected"))),
                esc(c.text(QStringLiteral("qc.by")))},
               true);
    for (const QcRecordLine& l : lines)
        out += lineRow(l);
    return out + QStringLiteral("</table>");
}

} // namespace

QString QcRecordRenderer::bodyHtml(const QcRecordContent& c)
{
    auto t = [&c](const char* key) { return esc(c.text(QString::fromUtf8(key))); };
    QString h;
    h += QStringLiteral("<p><b>%1</b> %2 &nbsp; <b>%3</b> %4 &nbsp; <b>%5</b> %6")
             .arg(t("qc.attempt"))
             .arg(c.attempt)
             .arg(t("qc.revision"))
             .arg(c.revision)
             .arg(t("model"), esc(c.model));
    if (c.firstPass)
        h += QStringLiteral(" &nbsp; <b>%1</b> %2").arg(t("qc.firstPass"), *c.firstPass ? t("qc.yes") : t("qc.no"));
    h += QStringLiteral("</p>");
    if (!c.revisionReason.isEmpty())
        h += QStringLiteral("<p><b>%1:</b> %2</p>").arg(t("qc.revisionReason"), esc(c.revisionReason));

    // The signature's manifestation first: the record opens with its outcome, who signed it, when and what it means.
    h += QStringLiteral("<h3>%1</h3>").arg(t("qc.signature"));
    if (!c.signature) {
        h += QStringLiteral("<p style=\"color:#b00000\"><b>%1</b></p>").arg(t("qc.notSigned"));
    } else {
        const QcRecordSignature& s = *c.signature;
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-color:#999999; border-style:solid\">");
        if (c.hasResult())
            h += row({QStringLiteral("<b>%1</b>").arg(t("qc.result")),
                      QStringLiteral("<b>%1</b>").arg(s.pass ? t("qc.pass") : t("qc.fail"))});
        else
            h += row({QStringLiteral("<b>%1</b>").arg(t("qc.statement")), esc(c.statementWords())});
        h += row({QStringLiteral("<b>%1</b>").arg(t("qc.signedBy")),
                  QStringLiteral("%1 (%2, %3)").arg(esc(s.printedName), esc(s.initials), esc(s.username))});
        h += row({QStringLiteral("<b>%1</b>").arg(t("qc.signedAt")),
                  esc(s.signedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")))});
        // The meaning in the record's language, and as it was signed when the words differ.
        const QString meaning = c.meaningWords();
        h += row({QStringLiteral("<b>%1</b>").arg(t("qc.meaning")),
                  meaning == s.meaning ? esc(meaning) : QStringLiteral("%1 (%2)").arg(esc(meaning), esc(s.meaning))});
        if (!s.pass) {
            h += row({QStringLiteral("<b>%1</b>").arg(t("qc.failReason")), esc(s.failReason)});
            // The stored codes in the record's language.
            h += row({QStringLiteral("<b>%1</b>").arg(t("qc.failCategory")),
                      esc(FailClassification::categoryWords(s.failCategory, c.language))});
            h += row({QStringLiteral("<b>%1</b>").arg(t("qc.failSeverity")),
                      esc(FailClassification::severityWords(s.failSeverity, c.language))});
            h += row({QStringLiteral("<b>%1</b>").arg(t("qc.rework")), s.rework ? t("qc.yes") : t("qc.no")});
        }
        h += row({QStringLiteral("<b>%1</b>").arg(t("qc.contentHash")),
                  QStringLiteral("<span style=\"font-family:monospace\">%1</span>").arg(esc(s.contentSha256))});
        h += QStringLiteral("</table>");
    }

    if (!c.header.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3>").arg(t("qc.header"));
        h += table(c, c.header);
    }
    for (const QcRecordSection& s : c.sections) {
        h += QStringLiteral("<h3>%1</h3>").arg(esc(s.title));
        if (!s.present) {
            h += QStringLiteral("<p style=\"color:#666666\">%1 %2</p>").arg(t("qc.naByConfig"), t("qc.sectionAbsent"));
            continue;
        }
        h += table(c, s.lines);
        if (!s.initials.isEmpty())
            h += QStringLiteral("<p><b>%1:</b> %2</p>").arg(t("qc.sectionInitials"), esc(s.initials));
    }

    if (!c.attachments.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"4\">").arg(t("qc.attachments"));
        for (int i = 0; i < c.attachments.size(); ++i) {
            const QcRecordAttachment& a = c.attachments.at(i);
            const QString picture = a.image.isEmpty()
                                        ? QString()
                                        : QStringLiteral("<img src=\"qcphoto:%1\" width=\"150\">").arg(i);
            h += QStringLiteral("<tr><td>%1</td><td><b>%2</b><br>%3<br>%4</td></tr>")
                     .arg(picture, esc(a.where.isEmpty() ? c.text(QStringLiteral("qc.wholeForm")) : a.where), esc(a.filename),
                          esc(a.by));
        }
        h += QStringLiteral("</table>");
    }

    return h;
}

QcRecordRenderer::QcRecordRenderer(const QPageSize& pageSize)
    : m_pageSize(pageSize)
{
}

bool QcRecordRenderer::render(QPagedPaintDevice* device, const QcRecordContent& c, QString* error, int* pageCount) const
{
    device->setPageLayout(QPageLayout(m_pageSize, QPageLayout::Portrait, QMarginsF(0.5, 0.5, 0.5, 0.5), QPageLayout::Inch));
    QPainter p;
    if (!p.begin(device)) {
        if (error)
            *error = QStringLiteral("cannot start printing on the output device");
        return false;
    }
    const double k = device->logicalDpiX() / 72.0;
    const double w = device->width() / k;
    const double h = device->height() / k;
    const double bodyTop = kHeader;
    const double bodyHeight = h - kHeader - kFooter;

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device);
    doc.setDefaultFont(LabelRenderer::labelFont(kBodyPt, false));
    doc.setDocumentMargin(0);
    doc.setDefaultStyleSheet(QStringLiteral("h3 { font-size: 10pt; margin-top: 8px; margin-bottom: 3px; }"));
    for (int i = 0; i < c.attachments.size(); ++i) {
        QImage image;
        if (!c.attachments.at(i).image.isEmpty() && image.loadFromData(c.attachments.at(i).image))
            doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("qcphoto:%1").arg(i)),
                            image.scaledToWidth(qMin(image.width(), 600), Qt::SmoothTransformation));
    }
    doc.setHtml(bodyHtml(c));
    doc.setPageSize(QSizeF(w * k, bodyHeight * k));
    const int pages = doc.pageCount();
    if (pageCount)
        *pageCount = pages;

    const QString qr = c.payload().encode();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        // Header band: title and facts on the left, the build's QR on the right.
        p.setPen(Qt::black);
        const double textWidth = (w - kQr - 8) * k;
        const QString title = QStringLiteral("%1 · %2 %3").arg(c.title(), c.text(QStringLiteral("build")), c.buildNumber);
        double titlePt = 15;
        while (titlePt > 9 && QFontMetricsF(LabelRenderer::labelFont(titlePt, true), device).horizontalAdvance(title) > textWidth)
            titlePt -= 0.5;
        p.setFont(LabelRenderer::labelFont(titlePt, true));
        p.drawText(QRectF(0, 0, textWidth, 22 * k), Qt::AlignLeft | Qt::AlignVCenter, title);
        const QFont factFont = LabelRenderer::labelFont(8.5, false);
        p.setFont(factFont);
        const QStringList facts{
            QStringLiteral("%1 %2 · %3: %4%5")
                .arg(c.text(QStringLiteral("po")), c.poNumber, c.text(QStringLiteral("customer")), c.customer,
                     c.project.isEmpty() ? QString() : QStringLiteral(" · %1: %2").arg(c.text(QStringLiteral("project")), c.project)),
            QStringLiteral("%1: %2 %3 · %4 %5")
                .arg(c.text(QStringLiteral("qc.form")), c.formTitle, c.sourceDocument,
                     c.text(QStringLiteral("qc.templateVersion")))
                .arg(c.templateVersion),
            !c.signature ? c.text(QStringLiteral("qc.notSigned"))
            : c.hasResult()
                ? QStringLiteral("%1: %2 · %3 %4")
                      .arg(c.text(QStringLiteral("qc.result")),
                           c.signature->pass ? c.text(QStringLiteral("qc.pass")) : c.text(QStringLiteral("qc.fail")),
                           c.text(QStringLiteral("qc.signedBy")), c.signature->printedName)
                : QStringLiteral("%1 · %2 %3")
                      .arg(c.meaningWords(), c.text(QStringLiteral("qc.signedBy")), c.signature->printedName)};
        double y = 26;
        for (const QString& f : facts) {
            // A long customer or project: a smaller type (down to 6.5 pt) before anything is cut.
            QFont fitted = factFont;
            const double advance = QFontMetricsF(factFont, device).horizontalAdvance(f);
            if (advance > textWidth)
                fitted.setPointSizeF(std::max(6.5, factFont.pointSizeF() * textWidth / advance * 0.98));
            p.setFont(fitted);
            p.drawText(QRectF(0, y * k, textWidth, 13 * k), Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetricsF(fitted, device).elidedText(f, Qt::ElideRight, textWidth));
            y += 14;
        }
        QrCodePainter::paint(&p, QRectF((w - kQr) * k, 0, kQr * k, kQr * k), qr);
        p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.6 * k));
        p.drawLine(QPointF(0, (kHeader - 6) * k), QPointF(w * k, (kHeader - 6) * k));

        // Body: this page's slice of the document.
        p.save();
        p.translate(0, bodyTop * k - page * bodyHeight * k);
        doc.drawContents(&p, QRectF(0, page * bodyHeight * k, w * k, bodyHeight * k));
        p.restore();

        // Footer.
        p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.6 * k));
        p.drawLine(QPointF(0, (h - kFooter + 4) * k), QPointF(w * k, (h - kFooter + 4) * k));
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.setFont(LabelRenderer::labelFont(7.5, false));
        const QRectF foot(0, (h - kFooter + 6) * k, w * k, (kFooter - 6) * k);
        p.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("%1 %2 · %3 %4")
                       .arg(c.text(QStringLiteral("printed")),
                            (c.printedAt.isValid() ? c.printedAt : QDateTime::currentDateTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            c.text(QStringLiteral("build")), c.buildNumber));
        p.drawText(foot, Qt::AlignRight | Qt::AlignVCenter, c.text(QStringLiteral("page")).arg(page + 1).arg(pages));
    }
    p.end();
    return true;
}

bool QcRecordRenderer::writePdf(const QString& fileName, const QcRecordContent& c, QString* error, int* pageCount) const
{
    {
        QPdfWriter writer(fileName);
        writer.setResolution(1200);
        writer.setCreator(QStringLiteral("CleanStation Production"));
        writer.setTitle(QStringLiteral("%1 %2").arg(c.title(), c.buildNumber));
        if (!render(&writer, c, error, pageCount))
            return false;
    }
    if (!QFile::exists(fileName)) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(fileName);
        return false;
    }
    return true;
}

} // namespace cs::print
