// Label input to Zebra ZPL: the texts a label is made of (build number, PO, model, customer,
// project, part ids and descriptions come from orders and the catalog, so from people and from the
// customer's files), the size and dpi words of `cleanstation-admin print label`, through
// LabelContent, layoutLabel and ZplWriter.
//
// Input: lines "kind" (build, pick or service), "size" (4x6, 4x2, 2x1, sheet-letter, sheet-a4),
// "dpi", "copies", then the label's texts in the order of LabelContent::build / pick / servicePart
// ("\n" inside a text stands for a line break).
//
// Properties: no crash, no hang; whatever the texts, the output is exactly one label (one ^XA, one
// ^XZ), no text escapes its field (after every ^FD the next command is its ^FS, and there is no '~'
// control command at all), field data decodes back to the text (line breaks as spaces), copies are
// at least one, every field origin lies on the label, and a batch is its labels one after the other.

#include "fuzzsupport.h"
#include "testpaths.h"

#include "domain/printing/labelcontent.h"
#include "domain/printing/zplwriter.h"

#include <QRegularExpression>

using namespace cs::domain;

namespace {

QByteArray unescape(const QByteArray& field)
{
    QByteArray out;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field.at(i) == '_' && i + 2 < field.size()) {
            const QByteArray hex = QByteArray::fromHex(field.mid(i + 1, 2));
            out += hex.isEmpty() ? char(0) : hex.at(0);
            i += 2;
        } else {
            out += field.at(i);
        }
    }
    return out;
}

void checkLabel(const QByteArray& z, const LabelContent& content)
{
    CS_FUZZ_CHECK(z.startsWith("^XA\n") && z.endsWith("^XZ\n"), QStringLiteral("not one ^XA ... ^XZ block"));
    CS_FUZZ_CHECK(z.count("^XA") == 1 && z.count("^XZ") == 1,
                  QStringLiteral("%1 ^XA and %2 ^XZ in one label").arg(z.count("^XA")).arg(z.count("^XZ")));
    CS_FUZZ_CHECK(!z.contains('~'), QStringLiteral("a '~' control command in the output"));
    for (qsizetype at = z.indexOf("^FD"); at >= 0; at = z.indexOf("^FD", at + 3)) {
        const qsizetype next = z.indexOf('^', at + 3);
        CS_FUZZ_CHECK(next >= 0 && z.mid(next, 3) == "^FS",
                      QStringLiteral("field data at %1 runs into %2").arg(at).arg(QString::fromLatin1(z.mid(next, 3))));
        CS_FUZZ_CHECK(!z.mid(at, next - at).contains('\n'), QStringLiteral("a line break inside field data"));
    }
    const qsizetype pw = z.indexOf("^PW"), ll = z.indexOf("^LL");
    const int width = z.mid(pw + 3, z.indexOf('\n', pw) - pw - 3).toInt();
    const int height = z.mid(ll + 3, z.indexOf('\n', ll) - ll - 3).toInt();
    static const QRegularExpression origin(QStringLiteral("\\^FO(-?\\d+),(-?\\d+)"));
    for (const QRegularExpressionMatch& m : origin.globalMatch(QString::fromUtf8(z))) {
        const int x = m.captured(1).toInt(), y = m.captured(2).toInt();
        CS_FUZZ_CHECK(x >= 0 && y >= 0 && x < width && y < height,
                      QStringLiteral("field origin %1,%2 outside the %3 x %4 label").arg(x).arg(y).arg(width).arg(height));
    }
    static const QRegularExpression copies(QStringLiteral("\\^PQ(-?\\d+),"));
    const QRegularExpressionMatch pq = copies.match(QString::fromUtf8(z));
    CS_FUZZ_CHECK(pq.hasMatch() && pq.captured(1).toInt() >= 1 && pq.captured(1).toInt() == std::max(1, content.copies),
                  QStringLiteral("copies %1 for %2").arg(pq.captured(1)).arg(content.copies));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    cs::fuzz::ensureCoreApplication("fuzz_zpl");
    return 0;
}

extern "C" void csFuzzSeeds(std::vector<std::string>* seeds)
{
    cs::fuzz::addSeedFiles(cs::test::sourcePath(u"tests/fuzz/corpus/zpl"), seeds);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QStringList lines = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size)).split(u'\n');
    for (QString& l : lines)
        l.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
    while (lines.size() < 10)
        lines << QString();
    const std::optional<LabelSize> size_ = labelSizeFromString(lines.at(1));
    cs::fuzz::outcome(size_ ? "label" : "unknown size");
    if (!size_)
        return 0; // the CLI refuses: "unknown label size '...'"
    const ZplWriter writer(lines.at(2).toInt());
    CS_FUZZ_CHECK(ZplWriter::isSupportedDpi(writer.dpi()), QStringLiteral("dpi %1").arg(writer.dpi()));
    const int copies = lines.at(3).toInt();
    LabelContent content;
    if (lines.at(0) == u"pick")
        content = LabelContent::pick(lines.at(4), lines.at(5), lines.at(6).toLongLong(), lines.at(7), lines.at(8), copies);
    else if (lines.at(0) == u"service")
        content = LabelContent::servicePart(lines.at(4), lines.at(5), lines.at(6).toLongLong(), lines.at(7), copies);
    else
        content = LabelContent::build(lines.at(4), lines.at(5), lines.at(6), lines.at(7), lines.at(8),
                                      QDate::fromString(lines.at(9), Qt::ISODate), copies);

    const QByteArray z = writer.label(content, *size_);
    checkLabel(z, content);

    for (const QString& text : lines) {
        QByteArray expected = text.toUtf8();
        expected.replace('\n', ' ').replace('\r', ' ');
        const QByteArray escaped = ZplWriter::escapeField(text);
        CS_FUZZ_CHECK(!escaped.contains('^') && !escaped.contains('~'), QStringLiteral("escapeField left a ^ or ~"));
        CS_FUZZ_CHECK(unescape(escaped) == expected, QStringLiteral("escapeField does not decode back"));
    }
    const int modules = qrModulesFor(content.qrText());
    CS_FUZZ_CHECK(modules == 0 || (modules >= 21 && modules <= 57), QStringLiteral("%1 QR modules").arg(modules));

    LabelContent second = content;
    second.primary += QStringLiteral("-2");
    CS_FUZZ_CHECK(writer.labels({content, second}, *size_) == z + writer.label(second, *size_),
                  QStringLiteral("a batch is not its labels one after the other"));
    return 0;
}
