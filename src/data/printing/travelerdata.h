#pragma once

#include "domain/bom/bomgenerator.h"
#include "domain/orders/sinkconfiguration.h"
#include "domain/printing/labelcontent.h"
#include "domain/printing/travelercontent.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace cs::data {

// Everything a build's traveler and build label need, read from the database for one build.
struct TravelerData
{
    QString orderId;                  // uuid text
    QString buildNumber;              // as stored (the lookup is case-insensitive)
    QString status;                   // cs.order_status_enum name
    QDateTime createdAt;
    domain::OrderInfo order;          // from the order row
    domain::SinkFamily family = domain::SinkFamily::Mdrd;
    domain::BuildEntry build;         // orders.config through the neutral JSON
    QString bomId;                    // the current (frozen) BOM version
    int bomVersion = 0;
    QString bomStatus;                // Generated, Approved, Rejected
    QString bomSha256;                // the server's hash (cs.boms.content_sha256), the one a BOM approval signs
    domain::BuildBom bom;             // top lines with rules, tree, flat list, as frozen
    domain::TravelerContent traveler; // filled by TravelerBuilder plus status and recorded sign-offs

    // The build label (WORKFLOW.md 5.2): PO, build, model, customer, project, date of manufacture.
    domain::LabelContent buildLabel(int copies, QDate date) const;
};

enum class PrintKind { Traveler, Label };
QString toString(PrintKind kind);   // "traveler", "label"

struct PrintRequest
{
    PrintKind kind = PrintKind::Traveler;
    QString size;       // traveler: "letter", "a4"; label: domain::toString(LabelSize)
    QString output;     // "pdf", "zpl", "printer"
    int copies = 1;
};

struct PrintRecord
{
    QString printId;
    int printNumber = 0; // 1 for the first print of this kind of the build, 2 for the first reprint, ...
    bool reprint = false;
    QDateTime printedAt; // server time
};

} // namespace cs::data
