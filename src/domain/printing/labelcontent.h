#pragma once

#include "domain/common/scanpayload.h"
#include "domain/printing/travelercontent.h"

#include <QDate>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace cs::domain {

// What goes on a printed label (WORKFLOW.md 5.2, 5.3), independent of the output: the PDF/printer
// renderer (cs_print) and the Zebra ZPL writer draw the same LabelLayout.

enum class LabelKind { Build, Pick, ServicePart };

// Physical label stock. Sheets are 3 columns x 10 rows of small labels on a Letter page
// (Avery 5160 geometry, 2.625 x 1 in) or an A4 page (70 x 29.7 mm, edge to edge).
enum class LabelSize { Label4x6, Label4x2, Label2x1, SheetLetter3x10, SheetA43x10 };

QString toString(LabelSize size);                               // "4x6", "4x2", "2x1", "sheet", "sheet-a4"
std::optional<LabelSize> labelSizeFromString(const QString& text); // also accepts "sheet-letter"
bool isSheet(LabelSize size);

// Geometry of the stock, in points (1/72 in).
struct LabelStock
{
    QSizeF page;          // the page the printer feeds: the label itself, or the sheet
    QSizeF cell;          // one label
    int columns = 1;
    int rows = 1;
    QPointF origin;       // top-left of the first cell on the page
    QSizeF pitch;         // distance between cell origins (x across, y down)

    int cellsPerPage() const { return columns * rows; }
    QRectF cellRect(int index) const; // index within the page, row-major
    static LabelStock of(LabelSize size);
};

struct LabelField
{
    QString caption;      // "PO", "BUILD", ... (printed small, upper case)
    QString value;
};

// One label's content. Fields are in priority order: small stock drops the last ones first.
struct LabelContent
{
    LabelKind kind = LabelKind::Build;
    ScanPayload payload;          // encoded in the QR code
    QString heading;              // "TORVAN MEDICAL", "PICK", "SERVICE PART"
    QString primary;              // printed largest: the build number or the part id
    QString description;          // one line under the primary (part description); may be empty
    QList<LabelField> fields;
    int copies = 1;

    QString qrText() const { return payload.encode(); }

    // Build label (WORKFLOW.md 5.2; CLQ A.6 wants two per build: skirt and back), its captions in the
    // order's document language.
    static LabelContent build(const QString& buildNumber, const QString& poNumber, const QString& model,
                              const QString& customer, const QString& project, QDate date, int copies = 2,
                              TravelerLanguage language = TravelerLanguage::EN);
    // Pick label for one BOM line of a build.
    static LabelContent pick(const QString& partId, const QString& description, qint64 qty,
                             const QString& buildNumber, const QString& poNumber, int copies = 1);
    // Service-part label (service order line).
    static LabelContent servicePart(const QString& partId, const QString& description, qint64 qty,
                                    const QString& requestRef, int copies = 1);
};

// One element placed on a label, in points from the label's top-left corner.
struct LabelElement
{
    enum class Type { Text, Qr, Rule };
    Type type = Type::Text;
    QRectF rect;
    QString text;                 // Text: the text; Qr: the payload
    double fontPt = 0;            // Text: cap-to-descent height of the font, in points
    bool bold = false;
    bool elide = true;            // Text: the renderer shortens text that does not fit rect.width()
};

// Number of modules (without quiet zone) of the smallest QR code, error correction M, that holds
// text in the mode a QR encoder would choose (numeric, alphanumeric or byte). 0 when too long.
int qrModulesFor(const QString& text);
inline constexpr int kQrQuietZone = 4;

// The layout of one label on its cell: QR (with its 4-module quiet zone inside rect) and text lines
// scaled to the cell. Shared by the PDF renderer and the ZPL writer so both print the same label.
QList<LabelElement> layoutLabel(const LabelContent& label, QSizeF cellPt);

} // namespace cs::domain
