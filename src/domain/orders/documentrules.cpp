#include "domain/orders/documentrules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>

#include <algorithm>

namespace cs::domain {

namespace {

// One accepted kind of document: its suffixes, MIME type and, when the format has one, the bytes its
// content starts with (any of them). PDF readers accept the header anywhere in the first 1024 bytes.
struct DocumentKind
{
    QStringList suffixes;
    const char* mime;
    QList<QByteArray> signatures;
    bool signatureInHead = false;   // anywhere in the first headBytes, not only at the start
};

const QList<DocumentKind>& documentKinds()
{
    static const QByteArray ole2 = QByteArrayLiteral("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1");   // DOC, XLS
    static const QByteArray zip = QByteArrayLiteral("PK\x03\x04");                        // DOCX, XLSX
    static const QList<DocumentKind> kinds{
        {{QStringLiteral("pdf")}, "application/pdf", {QByteArrayLiteral("%PDF-")}, true},
        {{QStringLiteral("png")}, "image/png", {QByteArrayLiteral("\x89PNG\r\n\x1a\n")}},
        {{QStringLiteral("jpg"), QStringLiteral("jpeg")}, "image/jpeg", {QByteArrayLiteral("\xff\xd8\xff")}},
        {{QStringLiteral("tif"), QStringLiteral("tiff")}, "image/tiff",
         {QByteArrayLiteral("II*\x00"), QByteArrayLiteral("MM\x00*")}},
        {{QStringLiteral("dxf")}, "image/vnd.dxf", {}},   // text (or the rare binary DXF): no signature
        {{QStringLiteral("dwg")}, "image/vnd.dwg", {QByteArrayLiteral("AC")}},   // "AC1015", "AC1032", ...
        {{QStringLiteral("step"), QStringLiteral("stp")}, "model/step", {QByteArrayLiteral("ISO-10303-21")}},
        {{QStringLiteral("doc")}, "application/msword", {ole2}},
        {{QStringLiteral("docx")}, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", {zip}},
        {{QStringLiteral("xls")}, "application/vnd.ms-excel", {ole2}},
        {{QStringLiteral("xlsx")}, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", {zip}},
        {{QStringLiteral("csv")}, "text/csv", {}},
        {{QStringLiteral("txt")}, "text/plain", {}},
    };
    return kinds;
}

} // namespace

// The server's CHECK on cs.order_documents.content is the same number.
static_assert(DocumentRules::maxBytes == 26214400);

QStringList DocumentRules::allowedSuffixes()
{
    QStringList out;
    for (const DocumentKind& k : documentKinds())
        out += k.suffixes;
    return out;
}

QString DocumentRules::allowedTypesText()
{
    return allowedSuffixes().join(QStringLiteral(", ")).toUpper();
}

QString DocumentRules::fileDialogPatterns()
{
    return QStringLiteral("*.") + allowedSuffixes().join(QStringLiteral(" *."));
}

bool DocumentRules::check(const QString& fileName, qint64 size, const QByteArray& head, QString* mimeType, QString* why)
{
    const QString name = QFileInfo(fileName).fileName();
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    auto refuse = [why](const QString& w) {
        if (why)
            *why = w;
        return false;
    };
    const auto kind = std::find_if(documentKinds().cbegin(), documentKinds().cend(),
                                   [&suffix](const DocumentKind& k) { return k.suffixes.contains(suffix); });
    if (kind == documentKinds().cend())
        return refuse(suffix.isEmpty()
                          ? tr("“%1” cannot be attached: its name has no type (such as .pdf). Allowed: %2.")
                                .arg(name, allowedTypesText())
                          : tr("“%1” cannot be attached: files of type “.%2” are not accepted. Allowed: %3.")
                                .arg(name, suffix, allowedTypesText()));
    if (size <= 0)
        return refuse(tr("“%1” cannot be attached: the file is empty.").arg(name));
    if (size > maxBytes)
        return refuse(tr("“%1” cannot be attached: it is %2 MB, and documents may be at most 25 MB.")
                          .arg(name, QString::number(double(size) / (1024.0 * 1024.0), 'f', 1)));
    if (!kind->signatures.isEmpty()) {
        const QByteArray start = head.left(headBytes);
        const bool matches = std::any_of(kind->signatures.cbegin(), kind->signatures.cend(), [&](const QByteArray& s) {
            return kind->signatureInHead ? start.contains(s) : start.startsWith(s);
        });
        if (!matches)
            return refuse(tr("“%1” cannot be attached: it is named “.%2” but its content is not a %3 file (it may "
                             "be damaged, or another kind of file renamed). Save it again as %3 and attach that.")
                              .arg(name, suffix, suffix.toUpper()));
    }
    if (mimeType)
        *mimeType = QString::fromLatin1(kind->mime);
    return true;
}

bool DocumentRules::check(const QString& fileName, const QByteArray& content, QString* mimeType, QString* why)
{
    return check(fileName, content.size(), content, mimeType, why);
}

bool DocumentRules::checkFile(const QString& path, QString* mimeType, QString* why)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        if (why)
            *why = tr("“%1” cannot be read: %2")
                       .arg(QDir::toNativeSeparators(path),
                            info.exists() && !info.isFile() ? tr("it is not a file") : file.errorString());
        return false;
    }
    return check(info.fileName(), file.size(), file.read(headBytes), mimeType, why);
}

DocumentRules::File DocumentRules::readFile(const QString& path)
{
    File r;
    QFile file(path);
    const QFileInfo info(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        r.why = tr("“%1” cannot be read: %2")
                    .arg(QDir::toNativeSeparators(path),
                         info.exists() && !info.isFile() ? tr("it is not a file") : file.errorString());
        return r;
    }
    // One byte more than allowed is enough to know it is too large.
    r.content = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        r.why = tr("“%1” cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        r.content.clear();
        return r;
    }
    const qint64 size = std::max<qint64>(file.size(), r.content.size());
    if (!check(info.fileName(), size, r.content, &r.mimeType, &r.why))
        r.content.clear();
    return r;
}

} // namespace cs::domain
