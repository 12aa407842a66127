#include "print/bomexport.h"

#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace cs::print {

namespace {

QString csvField(const QString& v)
{
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n'))
        return u'"' + QString(v).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return v;
}

QString cannotWrite(const QString& path, const QString& why)
{
    return why.isEmpty() ? BomExport::tr("Could not write %1.").arg(QDir::toNativeSeparators(path))
                         : BomExport::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), why);
}

} // namespace

QByteArray BomExport::csv(const BomSheet& bom, bool flat)
{
    QString csv;
    if (flat) {
        csv += tr("Item") + u',' + tr("Name") + u',' + tr("Total qty") + u'\n';
        for (const BomSheet::FlatLine& r : bom.flat)
            csv += csvField(r.itemId) + u',' + csvField(r.name) + u',' + QString::number(r.quantity) + u'\n';
    } else {
        csv += tr("Level") + u',' + tr("Item") + u',' + tr("Name") + u',' + tr("Qty") + u',' + tr("Extended qty")
            + u',' + tr("Rule") + u'\n';
        for (const BomSheet::TreeLine& r : bom.tree)
            csv += QString::number(r.depth) + u',' + csvField(r.itemId) + u',' + csvField(r.name) + u','
                + QString::number(r.quantity) + u',' + QString::number(r.extendedQuantity) + u',' + csvField(r.rule)
                + u'\n';
    }
    return csv.toUtf8();
}

bool BomExport::writeCsv(const QString& path, const BomSheet& bom, bool flat, QString* why)
{
    QSaveFile file(path);
    const QByteArray bytes = csv(bom, flat);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (why)
            *why = cannotWrite(path, file.errorString());
        return false;
    }
    return true;
}

bool BomExport::writePdf(const QString& path, const BomSheet& bom, QString* why)
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(tr("BOM of build %1 (PO %2)").arg(bom.buildNumber, bom.poNumber).toHtmlEscaped(),
                            tr("Version %1 · %2 · SHA-256 %3").arg(bom.version).arg(bom.status, bom.sha256).toHtmlEscaped());
    html += QStringLiteral("<table border=1 cellspacing=0 cellpadding=3 width=100%><tr><th>%1</th><th>%2</th>"
                           "<th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(tr("Item"), tr("Name"), tr("Qty"), tr("Extended qty"), tr("Rule"));
    for (const BomSheet::TreeLine& r : bom.tree)
        html += QStringLiteral("<tr><td>%1%2</td><td>%3</td><td align=right>%4</td><td align=right>%5</td>"
                               "<td>%6</td></tr>")
                    .arg(QStringLiteral("&nbsp;&nbsp;&nbsp;").repeated(r.depth), r.itemId.toHtmlEscaped(),
                         r.name.toHtmlEscaped())
                    .arg(r.quantity)
                    .arg(r.extendedQuantity)
                    .arg(r.rule.toHtmlEscaped());
    html += QStringLiteral("</table><h3>%1</h3><table border=1 cellspacing=0 cellpadding=3 width=100%>"
                           "<tr><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(tr("Procurement list"), tr("Item"), tr("Name"), tr("Total qty"));
    for (const BomSheet::FlatLine& r : bom.flat)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=right>%3</td></tr>")
                    .arg(r.itemId.toHtmlEscaped(), r.name.toHtmlEscaped())
                    .arg(r.quantity);
    html += QStringLiteral("</table>");
    {
        QPdfWriter writer(path);
        if (!writer.setPageSize(QPageSize(QPageSize::Letter)) && !writer.pageLayout().isValid()) {
            if (why)
                *why = cannotWrite(path, {});
            return false;
        }
        writer.setTitle(tr("BOM %1").arg(bom.buildNumber));
        writer.setCreator(QStringLiteral("CleanStation Production"));
        QTextDocument doc;
        doc.setHtml(html);
        doc.setPageSize(QSizeF(writer.width(), writer.height()));
        doc.print(&writer);
    }
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        if (why)
            *why = cannotWrite(path, {});
        return false;
    }
    return true;
}

} // namespace cs::print
