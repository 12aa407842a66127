#include "travelerrenderer.h"

#include "print/labelrenderer.h"
#include "print/qrcodepainter.h"

#include <QFile>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <functional>

namespace cs::print {

using namespace cs::domain;

namespace {

// Sizes in points; multiplied by k (device dpi / 72) when painting.
constexpr double kHeaderFirst = 132;   // page 1 header band, at least (long values make it taller)
constexpr double kFieldsTop = 42;      // page 1: where the order's fields start
constexpr double kFieldRow = 16;       // page 1: the height of a one-line field
constexpr double kMinValuePt = 7;      // page 1: a long value wraps in a font down to this size
constexpr double kHeaderNext = 62;     // header band of the following pages
constexpr double kFooter = 30;
constexpr double kQrFirst = 104;       // 1.44 in, quiet zone included
constexpr double kQrNext = 56;         // 0.78 in
constexpr double kBodyPt = 8;
constexpr double kPad = 2.5;

const QColor kGrey(0x55, 0x55, 0x55);
const QColor kLine(0x99, 0x99, 0x99);
const QColor kHeadFill(0xe6, 0xe6, 0xe6);
const QColor kReprint(0xc0, 0x10, 0x10);

enum class Align { Left, Right, Center };

struct Column
{
    QString title;
    double width;          // fraction of the content width
    Align align = Align::Left;
    bool checkBox = false; // draw an empty box to tick (cell text ignored)
    bool fit = false;      // ids: one line, the font shrunk to fit rather than wrapped
};

// One vertical slice of a page's body: a heading, a table head, a table row, a paragraph.
struct Op
{
    double height = 0;                      // points
    std::function<void(double y, bool continued)> paint;
    bool keepWithNext = false;
    int repeatTitle = -1;                   // rows: ops to repeat on top of a new page
    int repeatHead = -1;
};

struct Placed
{
    int op;
    double y;
    bool continued;
};

// One of the order's fields in the page-1 header: its label and value, the value's font and the row's
// height (more than one line when a long value wraps).
struct HeaderField
{
    QString label;
    QString value;
    QFont valueFont;
    double height = kFieldRow;
    bool wrapped = false;
};

class Job
{
public:
    Job(QPainter* painter, QPagedPaintDevice* device, const TravelerContent& c)
        : m_p(painter)
        , m_dev(device)
        , m_c(c)
        , m_k(device->logicalDpiX() / 72.0)
        , m_w(device->width() / m_k)
        , m_h(device->height() / m_k)
    {
    }

    int paginate();
    void paint(bool firstOfJob);

private:
    QString t(const char* key) const { return m_c.text(QString::fromUtf8(key)); }
    QFont font(double pt, bool bold = false, bool mono = false) const;
    QFontMetricsF metrics(const QFont& f) const { return QFontMetricsF(f, m_dev); }
    QRectF dev(double x, double y, double w, double h) const { return QRectF(x * m_k, y * m_k, w * m_k, h * m_k); }
    double textHeight(const QString& text, const QFont& f, double widthPt) const;
    void text(double x, double y, double w, double h, const QString& s, const QFont& f, int flags,
              const QColor& color = Qt::black) const;
    void hline(double x, double y, double w, const QColor& color, double widthPt = 0.5) const;
    void box(double x, double y, double w, double h, double widthPt = 0.6) const;

    double bodyTop(int page) const { return page == 0 ? m_headerFirst : kHeaderNext; }
    double bodyBottom() const { return m_h - kFooter - 4; }

    void build();
    int addTitle(const QString& title, bool level1);
    void addTable(const QString& title, const QList<Column>& columns, const QList<QStringList>& rows,
                  bool level1 = false, bool keepTogether = false);
    void addKeyValues(const QString& title, const QList<QStringList>& rows);
    void addSignOff();
    void paintRow(double y, double rowH, const QList<Column>& columns, const QStringList& cells, bool head) const;

    // Text shrunk to fit `w` down to `minPt`, then wrapped on the lines `h` holds, elided only when even
    // that does not hold it.
    void fitText(double x, double y, double w, double h, const QString& s, QFont f, double minPt, int align,
                 const QColor& color = Qt::black) const;
    QList<QList<HeaderField>> headerFields() const;
    void paintFirstHeader() const;
    void paintNextHeader() const;
    void paintReprint(double x, double y) const;
    void paintFooter(int page, int pages) const;

    QPainter* m_p;
    QPagedPaintDevice* m_dev;
    const TravelerContent& m_c;
    double m_k;
    double m_w;
    double m_h;
    QList<Op> m_ops;
    QList<QList<Placed>> m_pages;
    double m_headerFirst = kHeaderFirst;
};

QFont Job::font(double pt, bool bold, bool mono) const
{
    if (!mono)
        return LabelRenderer::labelFont(pt, bold);
    QFont f;
    f.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Consolas"), QStringLiteral("Courier New")});
    f.setStyleHint(QFont::Monospace);
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setPointSizeF(pt);
    f.setBold(bold);
    return f;
}

double Job::textHeight(const QString& s, const QFont& f, double widthPt) const
{
    if (s.isEmpty())
        return metrics(f).height() / m_k;
    const QRectF r = metrics(f).boundingRect(QRectF(0, 0, widthPt * m_k, 1e7), Qt::TextWordWrap | Qt::AlignLeft, s);
    return r.height() / m_k;
}

void Job::text(double x, double y, double w, double h, const QString& s, const QFont& f, int flags,
               const QColor& color) const
{
    m_p->setFont(f);
    m_p->setPen(color);
    QString shown = s;
    if (!(flags & Qt::TextWordWrap))
        shown = metrics(f).elidedText(s, Qt::ElideRight, w * m_k);
    m_p->drawText(dev(x, y, w, h), flags, shown);
}

void Job::hline(double x, double y, double w, const QColor& color, double widthPt) const
{
    m_p->fillRect(dev(x, y - widthPt / 2, w, widthPt), color);
}

void Job::box(double x, double y, double w, double h, double widthPt) const
{
    QPen pen(Qt::black);
    pen.setWidthF(widthPt * m_k);
    m_p->setPen(pen);
    m_p->setBrush(Qt::NoBrush);
    m_p->drawRect(dev(x, y, w, h));
}

int Job::addTitle(const QString& title, bool level1)
{
    const double pt = level1 ? 11.5 : 9.5;
    Op op;
    op.height = (level1 ? 10 : 6) + pt * 1.45;
    op.keepWithNext = true;
    op.paint = [this, title, pt, level1](double y, bool continued) {
        const double top = y + (level1 ? 10 : 6);
        const QString s = continued ? title + u' ' + t("continued") : title;
        text(0, top, m_w, pt * 1.45, s, font(pt, true), Qt::AlignLeft | Qt::AlignVCenter);
        if (level1)
            hline(0, top + pt * 1.45, m_w, Qt::black, 0.8);
    };
    m_ops.append(op);
    return int(m_ops.size()) - 1;
}

void Job::paintRow(double y, double rowH, const QList<Column>& columns, const QStringList& cells, bool head) const
{
    if (head)
        m_p->fillRect(dev(0, y, m_w, rowH), kHeadFill);
    const QFont f = font(head ? kBodyPt - 0.5 : kBodyPt, head);
    double x = 0;
    for (int i = 0; i < columns.size(); ++i) {
        const Column& col = columns[i];
        const double cw = col.width * m_w;
        if (col.checkBox && !head) {
            const double s = 8.5;
            box(x + (cw - s) / 2, y + kPad, s, s, 0.7);
        } else {
            const QString s = head ? col.title : cells.value(i);
            const int align = col.align == Align::Right    ? Qt::AlignRight
                              : col.align == Align::Center ? Qt::AlignHCenter
                                                           : Qt::AlignLeft;
            if (col.fit && !head) {
                QFont fitted = f;
                const double advance = metrics(f).horizontalAdvance(s) / m_k;
                if (advance > cw - 2 * kPad)
                    fitted.setPointSizeF(std::max(4.5, f.pointSizeF() * (cw - 2 * kPad) / advance));
                m_p->setFont(fitted);
                m_p->setPen(Qt::black);
                m_p->drawText(dev(x + kPad, y + kPad, cw - 2 * kPad, metrics(f).height() / m_k),
                              align | Qt::AlignVCenter | Qt::TextSingleLine, s);
            } else {
                text(x + kPad, y + kPad, cw - 2 * kPad, rowH - 2 * kPad, s, f, align | Qt::AlignTop | Qt::TextWordWrap);
            }
        }
        x += cw;
    }
    hline(0, y + rowH, m_w, head ? Qt::black : kLine, head ? 0.6 : 0.35);
}

void Job::addTable(const QString& title, const QList<Column>& columns, const QList<QStringList>& rows, bool level1,
                   bool keepTogether)
{
    const int titleOp = addTitle(title, level1);
    double headH = 0;
    for (const Column& c : columns)
        headH = std::max(headH, textHeight(c.title, font(kBodyPt - 0.5, true), c.width * m_w - 2 * kPad));
    headH += 2 * kPad;
    Op head;
    head.height = headH;
    head.keepWithNext = true;
    head.paint = [this, columns, headH](double y, bool) { paintRow(y, headH, columns, {}, true); };
    m_ops.append(head);
    const int headOp = int(m_ops.size()) - 1;
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList cells = rows[r];
        double h = columns.first().checkBox ? 8.5 : 0;
        for (int i = 0; i < columns.size(); ++i) {
            if (columns[i].fit)
                h = std::max(h, metrics(font(kBodyPt)).height() / m_k);
            else if (!columns[i].checkBox)
                h = std::max(h, textHeight(cells.value(i), font(kBodyPt), columns[i].width * m_w - 2 * kPad));
        }
        h += 2 * kPad;
        Op row;
        row.height = h;
        row.repeatTitle = titleOp;
        row.repeatHead = headOp;
        row.keepWithNext = keepTogether && r + 1 < rows.size();
        row.paint = [this, columns, cells, h](double y, bool) { paintRow(y, h, columns, cells, false); };
        m_ops.append(row);
    }
}

void Job::addKeyValues(const QString& title, const QList<QStringList>& rows)
{
    addTitle(title, false);
    const QFont label = font(kBodyPt, true);
    const QFont value = font(kBodyPt);
    const double lw = 0.26 * m_w;
    for (const QStringList& kv : rows) {
        const double h = std::max(textHeight(kv.value(0), label, lw - 2 * kPad),
                                  textHeight(kv.value(1), value, m_w - lw - 2 * kPad))
                         + 2 * kPad - 1;
        Op op;
        op.height = h;
        op.paint = [this, kv, label, value, lw, h](double y, bool) {
            text(kPad, y + kPad, lw - 2 * kPad, h, kv.value(0), label, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
            text(lw + kPad, y + kPad, m_w - lw - 2 * kPad, h, kv.value(1), value,
                 Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
            hline(0, y + h, m_w, kLine, 0.3);
        };
        m_ops.append(op);
    }
}

void Job::addSignOff()
{
    const QList<TravelerSignOff> rows = m_c.signOffs.isEmpty() ? TravelerContent::standardSignOffs() : m_c.signOffs;
    addTitle(t("signOff"), true);
    // Columns: stage | form | by | result | initials | date, with write-in boxes.
    const QList<double> widths{0.29, 0.15, 0.13, 0.20, 0.09, 0.14};
    const QStringList titles{t("stage"), t("form"), t("performedBy"), t("result"), t("initials"), t("date")};
    const double headH = 11;
    Op head;
    head.height = headH;
    head.keepWithNext = true;
    head.paint = [this, widths, titles, headH](double y, bool) {
        QList<Column> cols;
        for (int i = 0; i < widths.size(); ++i)
            cols.append({titles[i], widths[i]});
        paintRow(y, headH, cols, {}, true);
    };
    m_ops.append(head);
    const double rowH = 21;
    for (int r = 0; r < rows.size(); ++r) {
        const TravelerSignOff s = rows[r];
        Op op;
        op.height = rowH;
        op.keepWithNext = r + 1 < rows.size();
        op.paint = [this, s, widths, rowH](double y, bool) {
            double x = 0;
            auto col = [&](int i) {
                const double cx = x;
                x += widths[i] * m_w;
                return cx;
            };
            const double xs = col(0), xf = col(1), xb = col(2), xr = col(3), xi = col(4), xd = col(5);
            const int flags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap;
            text(xs + kPad, y, widths[0] * m_w - 2 * kPad, rowH, m_c.text(s.stageKey), font(kBodyPt, true), flags);
            text(xf + kPad, y, widths[1] * m_w - 2 * kPad, rowH, s.form, font(kBodyPt - 1), flags, kGrey);
            text(xb + kPad, y, widths[2] * m_w - 2 * kPad, rowH, m_c.text(s.roleKey), font(kBodyPt - 0.5), flags);
            if (s.hasResult) {
                // Two tick boxes, one above the other: PASS and FAIL; ticked when the record says so.
                const double bs = 7;
                const double lineH = (rowH - 3) / 2;
                const QStringList opts{QStringLiteral("PASS"), QStringLiteral("FAIL")};
                for (int i = 0; i < 2; ++i) {
                    const double by = y + 1.5 + i * lineH + (lineH - bs) / 2;
                    box(xr + kPad, by, bs, bs, 0.6);
                    if (s.result.compare(opts[i], Qt::CaseInsensitive) == 0)
                        text(xr + kPad, by, bs, bs, QStringLiteral("X"), font(6.5, true), Qt::AlignCenter);
                    text(xr + kPad + bs + 3, y + 1.5 + i * lineH, widths[3] * m_w - bs - 3 - 2 * kPad, lineH,
                         t(i == 0 ? "pass" : "fail"), font(6.5), Qt::AlignLeft | Qt::AlignVCenter);
                }
            }
            // Write-in boxes for initials and date.
            box(xi + kPad, y + 3, widths[4] * m_w - 2 * kPad, rowH - 6);
            box(xd + kPad, y + 3, widths[5] * m_w - 2 * kPad, rowH - 6);
            // Several people's initials ("AB/CD", packaging by two assemblers) in a smaller type.
            if (!s.initials.isEmpty())
                text(xi + kPad, y + 3, widths[4] * m_w - 2 * kPad, rowH - 6, s.initials,
                     font(s.initials.size() > 4 ? 7 : 10, true), Qt::AlignCenter);
            if (s.date.isValid())
                text(xd + kPad, y + 3, widths[5] * m_w - 2 * kPad, rowH - 6, s.date.toString(Qt::ISODate), font(9),
                     Qt::AlignCenter);
            hline(0, y + rowH, m_w, kLine, 0.35);
        };
        m_ops.append(op);
    }
}

void Job::build()
{
    m_ops.clear();
    // The sign-off strip first: it is what the floor fills in, and it stays on page 1.
    addSignOff();
    if (!m_c.configuration.isEmpty()) {
        addTitle(t("configuration"), true);
        for (const TravelerTable& table : m_c.configuration) {
            if (table.columns.isEmpty()) {
                addKeyValues(table.title, table.rows);
                continue;
            }
            QList<Column> cols;
            for (int i = 0; i < table.columns.size(); ++i)
                cols.append({table.columns[i], table.widths.value(i, 1.0 / table.columns.size())});
            addTable(table.title, cols, table.rows, false, table.rows.size() <= 4);
        }
    }
    if (!m_c.warnings.isEmpty()) {
        QList<QStringList> rows;
        for (const QString& w : m_c.warnings)
            rows.append({QStringLiteral("!"), w});
        addTable(t("warnings"), {{QString(), 0.04, Align::Center}, {t("description"), 0.96}}, rows);
    }
    if (!m_c.topLevel.isEmpty()) {
        QList<QStringList> rows;
        for (const TravelerBomLine& l : m_c.topLevel)
            rows.append({l.id, l.description, QString::number(l.qty), l.rule, l.answer});
        addTable(t("topLevel"), {{t("id"), 0.29, Align::Left, false, true}, {t("description"), 0.27},
                                 {t("qty"), 0.06, Align::Right}, {t("rule"), 0.13}, {t("answer"), 0.25}},
                 rows, true);
    }
    if (!m_c.pickList.isEmpty()) {
        QList<QStringList> rows;
        for (const TravelerPickLine& l : m_c.pickList)
            rows.append({QString(), l.id, l.description, QString::number(l.qty)});
        addTable(t("pickList"), {{t("picked"), 0.08, Align::Center, true}, {t("id"), 0.32, Align::Left, false, true},
                                 {t("description"), 0.50}, {t("qty"), 0.10, Align::Right}},
                 rows, true);
    }
    if (!m_c.tree.isEmpty()) {
        QList<QStringList> rows;
        for (const TravelerTreeLine& l : m_c.tree)
            rows.append({QString(2 * l.depth, u' ') + (l.depth ? QStringLiteral("└ ") : QString()) + l.id,
                         l.description, QString::number(l.qty), QString::number(l.extQty)});
        addTable(t("tree"), {{t("id"), 0.42, Align::Left, false, true}, {t("description"), 0.38},
                             {t("qty"), 0.08, Align::Right},
                             {t("extQty"), 0.12, Align::Right}},
                 rows, true);
    }
}

int Job::paginate()
{
    // The header band of page 1 is as tall as its longest column of fields.
    double fields = 0;
    for (const QList<HeaderField>& column : headerFields()) {
        double h = 0;
        for (const HeaderField& f : column)
            h += f.height;
        fields = std::max(fields, h);
    }
    m_headerFirst = std::max(kHeaderFirst, kFieldsTop + fields + 6);
    build();
    m_pages = QList<QList<Placed>>(1);
    double y = bodyTop(0);
    auto newPage = [&] {
        m_pages.append(QList<Placed>());
        y = bodyTop(int(m_pages.size()) - 1);
    };
    for (int i = 0; i < m_ops.size(); ++i) {
        const Op& op = m_ops[i];
        // Keep a heading with what follows it, and kept-together rows with the rest of their block.
        double need = op.height;
        for (int j = i; j + 1 < m_ops.size() && m_ops[j].keepWithNext && need < bodyBottom() - bodyTop(1) - 60; ++j)
            need += m_ops[j + 1].height;
        if (y + need > bodyBottom() && !m_pages.last().isEmpty()) {
            newPage();
            if (op.repeatHead >= 0) {
                m_pages.last().append({op.repeatTitle, y, true});
                y += m_ops[op.repeatTitle].height;
                m_pages.last().append({op.repeatHead, y, true});
                y += m_ops[op.repeatHead].height;
            }
        }
        m_pages.last().append({i, y, false});
        y += op.height;
    }
    return int(m_pages.size());
}

void Job::paintReprint(double x, double y) const
{
    if (!m_c.reprint)
        return;
    QString s = t("reprint");
    if (m_c.printNumber > 1)
        s += QStringLiteral("  ·  ") + t("reprintN").arg(m_c.printNumber - 1);
    const QFont f = font(9, true);
    const double w = metrics(f).horizontalAdvance(s) / m_k + 12;
    QPen pen(kReprint);
    pen.setWidthF(1.5 * m_k);
    m_p->setPen(pen);
    m_p->setBrush(Qt::NoBrush);
    m_p->drawRect(dev(x - w, y, w, 14));
    text(x - w, y, w, 14, s, f, Qt::AlignCenter, kReprint);
}

void Job::fitText(double x, double y, double w, double h, const QString& s, QFont f, double minPt, int align,
                  const QColor& color) const
{
    const double advance = metrics(f).horizontalAdvance(s) / m_k;
    if (advance <= w) {
        text(x, y, w, h, s, f, align | Qt::AlignVCenter, color);
        return;
    }
    f.setPointSizeF(std::max(minPt, f.pointSizeF() * w / advance * 0.98));
    if (metrics(f).horizontalAdvance(s) / m_k <= w || textHeight(s, f, w) > h) {
        text(x, y, w, h, s, f, align | Qt::AlignVCenter, color);   // fits, or elided as a last resort
        return;
    }
    text(x, y, w, h, s, f, align | Qt::AlignVCenter | Qt::TextWordWrap, color);
}

QList<QList<HeaderField>> Job::headerFields() const
{
    const QString none = QStringLiteral("—");
    auto orNone = [&](const QString& s) { return s.isEmpty() ? none : s; };
    const QString family = m_c.family.isEmpty() ? none : m_c.text(QStringLiteral("family.") + m_c.family);
    const QList<std::pair<QString, QString>> left{
        {t("po"), orNone(m_c.poNumber)},          {t("build"), orNone(m_c.buildNumber)},
        {t("customer"), orNone(m_c.customer)},    {t("project"), orNone(m_c.project)},
        {t("salesPerson"), orNone(m_c.salesPerson)}};
    const QList<std::pair<QString, QString>> right{
        {t("wantDate"), m_c.wantDate.isValid() ? m_c.wantDate.toString(Qt::ISODate) : none},
        {t("model"), orNone(m_c.model)},
        {t("family"), family},
        {t("language"), toString(m_c.language)},
        {t("status"), m_c.status.isEmpty() ? none : m_c.statusWords()}};
    const double colW = (m_w - kQrFirst - 8) / 2;
    const double labelW = 0.40 * colW;
    const double room = colW - labelW - 6;
    QList<QList<HeaderField>> out;
    for (int c = 0; c < 2; ++c) {
        QList<HeaderField> column;
        const auto& fields = c == 0 ? left : right;
        for (int r = 0; r < fields.size(); ++r) {
            HeaderField f;
            f.label = fields[r].first;
            f.value = fields[r].second;
            const bool key = c == 0 && r < 2;
            f.valueFont = font(key ? 12 : 9.5, true);
            // A long value: a smaller font first (to 80 %, not below the minimum), then as many lines as
            // it takes; nothing is cut.
            const double advance = metrics(f.valueFont).horizontalAdvance(f.value) / m_k;
            if (advance > room)
                f.valueFont.setPointSizeF(
                    std::max(kMinValuePt, f.valueFont.pointSizeF() * std::max(0.8, room / advance * 0.98)));
            if (metrics(f.valueFont).horizontalAdvance(f.value) / m_k > room) {
                f.wrapped = true;
                f.height = std::max(kFieldRow, textHeight(f.value, f.valueFont, room) + 3);
            }
            f.height = std::max(f.height, textHeight(f.label, font(7), labelW - 3) + 3);
            column.append(f);
        }
        out.append(column);
    }
    return out;
}

void Job::paintFirstHeader() const
{
    const double qrX = m_w - kQrFirst;
    const QString payload = m_c.payload().encode();
    const QRectF used = QrCodePainter::paint(m_p, dev(qrX, 0, kQrFirst, kQrFirst), payload);
    const double qrBottom = used.isEmpty() ? kQrFirst : used.bottom() / m_k;
    text(qrX - 10, qrBottom, kQrFirst + 10, 10, payload, font(7, false, true), Qt::AlignHCenter | Qt::AlignTop);
    text(qrX - 20, qrBottom + 9, kQrFirst + 20, 9, t("scanHint"), font(6), Qt::AlignHCenter | Qt::AlignTop, kGrey);

    const double leftW = qrX - 8;
    text(0, 0, leftW, 13, t("company"), font(8.5, true), Qt::AlignLeft | Qt::AlignVCenter, kGrey);
    text(0, 15, leftW, 24, t("title"), font(17, true), Qt::AlignLeft | Qt::AlignVCenter);
    paintReprint(leftW, 0);

    const double colW = leftW / 2;
    const double labelW = 0.40 * colW;
    const QList<QList<HeaderField>> columns = headerFields();
    for (int c = 0; c < columns.size(); ++c) {
        const double x = c * colW;
        double y = kFieldsTop;
        for (const HeaderField& f : columns[c]) {
            text(x, y, labelW - 3, f.height, f.label, font(7), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, kGrey);
            text(x + labelW, y, colW - labelW - 6, f.height, f.value, f.valueFont,
                 Qt::AlignLeft | Qt::AlignVCenter | (f.wrapped ? int(Qt::TextWordWrap) : 0));
            y += f.height;
            hline(x, y, colW - 6, kLine, 0.3);
        }
    }
    hline(0, m_headerFirst - 6, m_w, Qt::black, 1.2);
}

void Job::paintNextHeader() const
{
    const double qrX = m_w - kQrNext;
    QrCodePainter::paint(m_p, dev(qrX, 0, kQrNext, kQrNext), m_c.payload().encode());
    const double leftW = qrX - 8;
    text(0, 2, leftW, 18, t("title"), font(12, true), Qt::AlignLeft | Qt::AlignVCenter);
    const QString line = t("po") + u' ' + m_c.poNumber + QStringLiteral("    ") + t("build") + u' ' + m_c.buildNumber;
    text(0, 21, leftW, 16, line, font(10.5, true), Qt::AlignLeft | Qt::AlignVCenter);
    QStringList more;
    for (const QString& s : {m_c.customer, m_c.project, m_c.model}) {
        if (!s.isEmpty())
            more.append(s);
    }
    fitText(0, 37, leftW, kHeaderNext - 4 - 37, more.join(QStringLiteral("  ·  ")), font(8), 6.5, Qt::AlignLeft, kGrey);
    paintReprint(leftW, 4);
    hline(0, kHeaderNext - 4, m_w, Qt::black, 1.0);
}

void Job::paintFooter(int page, int pages) const
{
    const double y = m_h - kFooter;
    hline(0, y, m_w, Qt::black, 0.6);
    const QString hash = t("bomHash") + QStringLiteral(": ") + (m_c.bomHash.isEmpty() ? QStringLiteral("—") : m_c.bomHash);
    text(0, y + 2, m_w * 0.8, 12, hash, font(6.5, false, true), Qt::AlignLeft | Qt::AlignVCenter, kGrey);
    text(m_w * 0.7, y + 2, m_w * 0.3, 12, t("page").arg(page).arg(pages), font(9, true),
         Qt::AlignRight | Qt::AlignVCenter);
    QStringList ids;
    if (!m_c.project.isEmpty())
        ids.append(t("project") + u' ' + m_c.project);
    ids.append(t("po") + u' ' + m_c.poNumber);
    ids.append(t("build") + u' ' + m_c.buildNumber);
    fitText(0, y + 14, m_w * 0.62, kFooter - 14, ids.join(QStringLiteral("  ·  ")), font(7), 5.5, Qt::AlignLeft);
    const QDateTime printed = m_c.printedAt.isValid() ? m_c.printedAt : QDateTime::currentDateTime();
    text(m_w * 0.64, y + 14, m_w * 0.36, 12,
         t("printed") + u' ' + printed.toString(QStringLiteral("yyyy-MM-dd HH:mm")), font(7),
         Qt::AlignRight | Qt::AlignVCenter);
}

void Job::paint(bool firstOfJob)
{
    const int pages = int(m_pages.size());
    for (int p = 0; p < pages; ++p) {
        if (p > 0 || !firstOfJob)
            m_dev->newPage();
        if (p == 0)
            paintFirstHeader();
        else
            paintNextHeader();
        for (const Placed& placed : m_pages[p])
            m_ops[placed.op].paint(placed.y, placed.continued);
        paintFooter(p + 1, pages);
    }
}

} // namespace

TravelerRenderer::TravelerRenderer(const QPageSize& pageSize)
    : m_pageSize(pageSize)
{
}

void TravelerRenderer::setupDevice(QPagedPaintDevice* device) const
{
    device->setPageLayout(QPageLayout(m_pageSize, QPageLayout::Portrait, QMarginsF(0.5, 0.5, 0.5, 0.5), QPageLayout::Inch));
}

bool TravelerRenderer::render(QPagedPaintDevice* device, const QList<TravelerContent>& travelers, QString* error,
                              QList<int>* pageCounts) const
{
    setupDevice(device);
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = QStringLiteral("cannot start printing on the output device");
        return false;
    }
    if (pageCounts)
        pageCounts->clear();
    bool first = true;
    for (const TravelerContent& c : travelers) {
        Job job(&painter, device, c);
        const int pages = job.paginate();
        job.paint(first);
        first = false;
        if (pageCounts)
            pageCounts->append(pages);
    }
    return painter.end();
}

bool TravelerRenderer::writePdf(const QString& fileName, const QList<TravelerContent>& travelers, QString* error,
                                QList<int>* pageCounts) const
{
    QPdfWriter writer(fileName);
    writer.setResolution(1200);
    writer.setCreator(QStringLiteral("CleanStation Production"));
    writer.setTitle(travelers.size() == 1 ? QStringLiteral("Traveler %1").arg(travelers.first().buildNumber)
                                          : QStringLiteral("Travelers"));
    if (!render(&writer, travelers, error, pageCounts))
        return false;
    if (!QFile::exists(fileName)) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(fileName);
        return false;
    }
    return true;
}

} // namespace cs::print
