#include "domain/printing/labelcontent.h"

#include <algorithm>
#include <array>

namespace cs::domain {

namespace {

constexpr double kInch = 72.0;
constexpr double kMm = 72.0 / 25.4;

// Rough advance of an upper-case/digit glyph of a sans-serif printer font, as a fraction of the
// font height. Used only to pick a size; the PDF renderer measures real text, ZPL truncates.
constexpr double kAdvance = 0.68;
// Fields (customer, project, descriptions) may go down to this size, and onto a second line, before
// anything is cut: still legible on a 203 dpi thermal label.
constexpr double kMinFieldPt = 5.0;
constexpr double kSpacing = 1.22;
constexpr int kMaxWrappedLines = 2;

// The estimated advance of a text in units of the font size: capitals and digits as wide as kAdvance,
// small letters narrower, spaces and punctuation narrower still (a sans-serif font, rounded up).
double advanceOf(QStringView text)
{
    double a = 0;
    for (const QChar c : text) {
        if (c.isSpace())
            a += 0.3;
        else if (c.isLower())
            a += 0.54;
        else if (c.isUpper() || c.isDigit())
            a += kAdvance;
        else
            a += 0.42;
    }
    return a;
}

QString clipped(const QString& text, double widthPt, double fontPt)
{
    if (advanceOf(text) * fontPt <= widthPt + 1e-6)
        return text;
    // The epsilon keeps a line sized to fit exactly (the id line) from losing its last character to
    // floating-point rounding.
    const double room = widthPt / fontPt - advanceOf(u"…") + 1e-6;
    qsizetype n = 0;
    double used = 0;
    while (n < text.size() && used + advanceOf(QStringView(text).mid(n, 1)) <= room)
        used += advanceOf(QStringView(text).mid(n++, 1));
    return text.left(std::max<qsizetype>(1, n)).trimmed() + u'…';
}

// The text on at most `maxLines` lines of `widthPt` at `fontPt`, broken between words (a word longer
// than a line is broken where it must). Empty when it does not fit on that many lines.
QStringList wrapped(const QString& text, double widthPt, double fontPt, int maxLines)
{
    const double room = widthPt / fontPt + 1e-6;
    if (advanceOf(text) <= room)
        return {text};
    QStringList lines;
    QString line;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (advanceOf(candidate) <= room) {
            line = candidate;
            continue;
        }
        if (!line.isEmpty())
            lines.append(line);
        line = word;
        while (advanceOf(line) > room) {   // a word wider than the line
            qsizetype n = 1;
            while (n < line.size() && advanceOf(QStringView(line).left(n + 1)) <= room)
                ++n;
            lines.append(line.left(n));
            line = line.mid(n);
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    if (lines.size() > maxLines)
        return {};
    return lines;
}

struct Line
{
    QString text;
    double weight;   // relative font size
    bool bold;
    bool mayElide = false; // descriptions may be shortened; ids, captions and values should fit
    bool id = false;       // the primary id: shrunk to fit the width, split at a '-' when too long
    int maxLines = 1;      // descriptions and fields may take a second line rather than be cut
};

QList<Line> textLines(const LabelContent& label)
{
    QList<Line> lines;
    if (!label.heading.isEmpty())
        lines.append({label.heading, 0.9, true});
    lines.append({label.primary, 1.9, true, false, true});
    if (!label.description.isEmpty())
        lines.append({label.description, 1.0, false, true, false, kMaxWrappedLines});
    for (const LabelField& f : label.fields)
        lines.append({f.caption.isEmpty() ? f.value : f.caption + QStringLiteral(": ") + f.value, 1.0, false, false, false,
                      kMaxWrappedLines});
    return lines;
}

// The font size of a line at a base size: the id shrunk to fit the width on one line, the other lines
// never below the legible minimum.
double linePt(const Line& l, double base, double widthPt)
{
    const double pt = l.weight * base;
    if (!l.id)
        return std::max(pt, kMinFieldPt);
    return std::min(pt, widthPt / (kAdvance * std::max<qsizetype>(4, l.text.size())));
}

// The height a line takes: the id its share of the base size (shrunk or not), the others their lines.
double lineHeight(const Line& l, double base, double pt, qsizetype lines)
{
    return l.id ? l.weight * base * kSpacing : lines * pt * kSpacing;
}

// Each line's printed lines at a base size (empty: it does not fit on the lines it may take), and the
// height they need.
struct Fitted
{
    QList<QStringList> lines;
    double height = 0;
    bool fits = true;
};

Fitted fit(const QList<Line>& lines, double base, double widthPt)
{
    Fitted f;
    for (const Line& l : lines) {
        const double pt = linePt(l, base, widthPt);
        QStringList parts = l.id ? QStringList{l.text} : wrapped(l.text, widthPt, pt, l.maxLines);
        if (parts.isEmpty()) {
            f.fits = false;
            parts = {l.text};
        }
        f.height += lineHeight(l, base, pt, parts.size());
        f.lines.append(parts);
    }
    return f;
}

// Places lines top-down in rect: the largest size (up to maxBasePt) at which every line fits, a
// description or field taking a second line where it needs one, down to the minimum size; then, as a
// last resort (the QR code carries the whole), the last fields cut to one line, and dropped.
QList<LabelElement> placeLines(QList<Line> lines, const QRectF& rect, double maxBasePt)
{
    // A long id that would print below 6 pt on one line goes on two lines, split at a '-'.
    for (int i = 0; i < lines.size(); ++i) {
        const Line l = lines[i];
        if (!l.id || rect.width() / (kAdvance * l.text.size()) >= 6.0)
            continue;
        const qsizetype mid = l.text.size() / 2;
        qsizetype cut = -1;
        for (qsizetype d = 0; d < mid && cut < 0; ++d) {
            if (l.text.at(mid + d) == u'-')
                cut = mid + d + 1;
            else if (mid - d > 0 && l.text.at(mid - d) == u'-')
                cut = mid - d + 1;
        }
        if (cut <= 0 || cut >= l.text.size())
            continue;
        lines[i] = Line{l.text.left(cut), 1.25, true, false, true};
        lines.insert(i + 1, Line{l.text.mid(cut), 1.25, true, false, true});
        break;
    }
    // The largest base size at which everything fits as it is.
    double units = 0;
    for (const Line& l : lines)
        units += l.weight * kSpacing;
    double base = std::min(maxBasePt, rect.height() / units);
    Fitted fitted = fit(lines, base, rect.width());
    while ((!fitted.fits || fitted.height > rect.height() + 1e-6) && base > kMinFieldPt) {
        base = std::max(kMinFieldPt, base - 0.1);
        fitted = fit(lines, base, rect.width());
    }
    // Still too much: the last fields give up their second line (cut), then go (the QR has them).
    for (int i = int(lines.size()) - 1; i >= 0 && fitted.height > rect.height() + 1e-6; --i) {
        if (lines[i].maxLines > 1) {
            lines[i].maxLines = 1;
            fitted = fit(lines, base, rect.width());
        }
    }
    while (fitted.height > rect.height() + 1e-6 && lines.size() > 3) {
        lines.removeLast();
        fitted = fit(lines, base, rect.width());
    }
    QList<LabelElement> out;
    double y = rect.top();
    for (int i = 0; i < lines.size(); ++i) {
        const Line& l = lines[i];
        const double pt = linePt(l, base, rect.width());
        const QStringList& parts = fitted.lines[i];
        for (const QString& part : parts) {
            LabelElement e;
            e.type = LabelElement::Type::Text;
            e.fontPt = pt;
            e.bold = l.bold;
            e.text = clipped(part, rect.width(), pt);
            e.rect = QRectF(rect.left(), y, rect.width(), pt * kSpacing);
            y += lineHeight(l, base, pt, 1);
            out.append(e);
        }
    }
    // Centre the block vertically when the fields left room.
    const double room = rect.bottom() - y;
    if (room > 2) {
        for (LabelElement& e : out)
            e.rect.translate(0, room / 2);
    }
    return out;
}

} // namespace

QString toString(LabelSize size)
{
    switch (size) {
    case LabelSize::Label4x6: return QStringLiteral("4x6");
    case LabelSize::Label4x2: return QStringLiteral("4x2");
    case LabelSize::Label2x1: return QStringLiteral("2x1");
    case LabelSize::SheetLetter3x10: return QStringLiteral("sheet");
    case LabelSize::SheetA43x10: return QStringLiteral("sheet-a4");
    }
    return {};
}

std::optional<LabelSize> labelSizeFromString(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"4x6")
        return LabelSize::Label4x6;
    if (t == u"4x2")
        return LabelSize::Label4x2;
    if (t == u"2x1")
        return LabelSize::Label2x1;
    if (t == u"sheet" || t == u"sheet-letter")
        return LabelSize::SheetLetter3x10;
    if (t == u"sheet-a4")
        return LabelSize::SheetA43x10;
    return std::nullopt;
}

bool isSheet(LabelSize size)
{
    return size == LabelSize::SheetLetter3x10 || size == LabelSize::SheetA43x10;
}

QRectF LabelStock::cellRect(int index) const
{
    const int r = index / columns;
    const int c = index % columns;
    return QRectF(origin.x() + c * pitch.width(), origin.y() + r * pitch.height(), cell.width(), cell.height());
}

LabelStock LabelStock::of(LabelSize size)
{
    LabelStock s;
    switch (size) {
    case LabelSize::Label4x6: s.page = s.cell = QSizeF(4 * kInch, 6 * kInch); break;
    case LabelSize::Label4x2: s.page = s.cell = QSizeF(4 * kInch, 2 * kInch); break;
    case LabelSize::Label2x1: s.page = s.cell = QSizeF(2 * kInch, 1 * kInch); break;
    case LabelSize::SheetLetter3x10:
        s.page = QSizeF(8.5 * kInch, 11 * kInch);
        s.cell = QSizeF(2.625 * kInch, 1 * kInch);
        s.columns = 3;
        s.rows = 10;
        s.origin = QPointF(0.1875 * kInch, 0.5 * kInch);
        s.pitch = QSizeF(2.75 * kInch, 1 * kInch);
        return s;
    case LabelSize::SheetA43x10:
        s.page = QSizeF(210 * kMm, 297 * kMm);
        s.cell = QSizeF(70 * kMm, 29.7 * kMm);
        s.columns = 3;
        s.rows = 10;
        s.origin = QPointF(0, 0);
        s.pitch = s.cell;
        return s;
    }
    s.pitch = s.cell;
    return s;
}

LabelContent LabelContent::build(const QString& buildNumber, const QString& poNumber, const QString& model,
                                  const QString& customer, const QString& project, QDate date, int copies,
                                  TravelerLanguage language)
{
    auto caption = [language](const char* key) { return travelerText(QString::fromUtf8(key), language); };
    LabelContent l;
    l.kind = LabelKind::Build;
    l.payload = ScanPayload{ScanPayload::Kind::Build, buildNumber};
    l.heading = QStringLiteral("TORVAN MEDICAL");
    l.primary = caption("label.build") + u' ' + buildNumber;
    l.description = model.isEmpty() ? QString() : QStringLiteral("CleanStation ") + model;
    l.fields.append({caption("label.po"), poNumber});
    if (date.isValid())
        l.fields.append({caption("label.date"), date.toString(Qt::ISODate)});
    if (!customer.isEmpty())
        l.fields.append({caption("label.customer"), customer});
    if (!project.isEmpty())
        l.fields.append({caption("label.project"), project});
    l.copies = std::max(1, copies);
    return l;
}

LabelContent LabelContent::pick(const QString& partId, const QString& description, qint64 qty,
                                 const QString& buildNumber, const QString& poNumber, int copies)
{
    LabelContent l;
    l.kind = LabelKind::Pick;
    l.payload = ScanPayload{ScanPayload::Kind::Part, partId};
    l.heading = QStringLiteral("PICK");
    l.primary = partId;
    l.description = description;
    l.fields.append({QStringLiteral("QTY"), QString::number(qty)});
    l.fields.append({QStringLiteral("BUILD"), buildNumber});
    if (!poNumber.isEmpty())
        l.fields.append({QStringLiteral("PO"), poNumber});
    l.copies = std::max(1, copies);
    return l;
}

LabelContent LabelContent::servicePart(const QString& partId, const QString& description, qint64 qty,
                                        const QString& requestRef, int copies)
{
    LabelContent l;
    l.kind = LabelKind::ServicePart;
    l.payload = ScanPayload{ScanPayload::Kind::Part, partId};
    l.heading = QStringLiteral("SERVICE PART");
    l.primary = partId;
    l.description = description;
    l.fields.append({QStringLiteral("QTY"), QString::number(qty)});
    if (!requestRef.isEmpty())
        l.fields.append({QStringLiteral("REQUEST"), requestRef});
    l.copies = std::max(1, copies);
    return l;
}

int qrModulesFor(const QString& text)
{
    // Character capacity of QR versions 1..10 at error correction M (ISO/IEC 18004 table 7).
    static constexpr std::array<int, 10> numeric{34, 63, 101, 149, 202, 255, 293, 365, 432, 513};
    static constexpr std::array<int, 10> alnum{20, 38, 61, 90, 122, 154, 178, 221, 262, 311};
    static constexpr std::array<int, 10> bytes{14, 26, 42, 62, 84, 106, 122, 152, 180, 213};
    bool allDigits = !text.isEmpty();
    for (const QChar c : text)
        allDigits = allDigits && c >= u'0' && c <= u'9';
    const std::array<int, 10>* table = &bytes;
    qsizetype length = text.toUtf8().size();
    if (allDigits) {
        table = &numeric;
        length = text.size();
    } else if (ScanPayload::isQrAlphanumeric(text)) {
        table = &alnum;
        length = text.size();
    }
    for (size_t v = 0; v < table->size(); ++v) {
        if (length <= (*table)[v])
            return 17 + 4 * int(v + 1);
    }
    return 0;
}

QList<LabelElement> layoutLabel(const LabelContent& label, QSizeF cell)
{
    QList<LabelElement> out;
    const double w = cell.width();
    const double h = cell.height();
    const QList<Line> lines = textLines(label);

    if (h > w * 1.2) {
        // Portrait stock (4x6): heading, a large QR, then the text block.
        const double m = 0.06 * w;
        QList<Line> head;
        QList<Line> body = lines;
        if (!label.heading.isEmpty())
            head.append(body.takeFirst());
        double y = m;
        if (!head.isEmpty()) {
            const double pt = std::min(20.0, (w - 2 * m) / (kAdvance * head.first().text.size()));
            LabelElement e;
            e.rect = QRectF(m, y, w - 2 * m, pt * 1.3);
            e.text = head.first().text;
            e.fontPt = pt;
            e.bold = true;
            out.append(e);
            y += pt * 1.3;
            LabelElement rule;
            rule.type = LabelElement::Type::Rule;
            rule.rect = QRectF(m, y + 2, w - 2 * m, 1.5);
            out.append(rule);
            y += 6;
        }
        const double side = std::min(w - 2 * m, h * 0.5);
        LabelElement qr;
        qr.type = LabelElement::Type::Qr;
        qr.rect = QRectF((w - side) / 2, y, side, side);
        qr.text = label.qrText();
        out.append(qr);
        y += side + 4;
        out.append(placeLines(body, QRectF(m, y, w - 2 * m, h - m - y), 16.0));
        return out;
    }

    // Landscape stock (4x2, 2x1, sheet cells): QR on the left at full height, text on the right.
    // The QR's own quiet zone is the left, top and bottom margin.
    const double edge = std::max(1.5, 0.02 * h);
    const double side = h - 2 * edge;
    LabelElement qr;
    qr.type = LabelElement::Type::Qr;
    qr.rect = QRectF(edge, edge, side, side);
    qr.text = label.qrText();
    out.append(qr);
    const double m = std::max(3.0, 0.07 * h);
    const double x = edge + side + 1;
    out.append(placeLines(lines, QRectF(x, m, w - x - m, h - 2 * m), 13.0));
    return out;
}

} // namespace cs::domain
