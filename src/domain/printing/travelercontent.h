#pragma once

#include "domain/common/scanpayload.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cs::domain {

// What is printed on a build's traveler (WORKFLOW.md 5.1), as plain data in the order's language.
// Filled from an order, its configuration and the frozen BOM (TravelerBuilder, the repository or a
// test); drawn by cs::print::TravelerRenderer.

enum class TravelerLanguage { EN, FR, ES };

QString toString(TravelerLanguage language);                          // "EN", "FR", "ES"
std::optional<TravelerLanguage> travelerLanguageFromString(const QString& code); // also "SP"

// The traveler's fixed texts in English, French and Spanish, independent of the UI language: a French
// order prints French headings whoever prints it. Unknown keys come back as the key itself.
// Keys: see travelercontent.cpp (e.g. "title", "po", "build", "page", "basinType.E_SINK").
QString travelerText(const QString& key, TravelerLanguage language);
QStringList travelerTextKeys();

// A titled table of the configuration in words (sink, basins, faucets, sprayers, accessories).
struct TravelerTable
{
    QString title;
    QStringList columns;        // empty: a two-column "label: value" block (rows hold 2 cells)
    QList<double> widths;       // relative column widths; empty: equal
    QList<QStringList> rows;
};

struct TravelerBomLine          // a top-level line with its rule ("why is this line here?")
{
    QString id;
    QString description;
    qint64 qty = 0;
    QString rule;               // "R-BODY"
    QString answer;             // "length 90 in"
};

struct TravelerPickLine         // a line of the flattened, merged pick list
{
    QString id;
    QString description;
    qint64 qty = 0;
};

struct TravelerTreeLine         // a node of the multi-level tree, in pre-order
{
    int depth = 0;
    QString id;
    QString description;
    qint64 qty = 0;             // per parent
    qint64 extQty = 0;          // extended
};

// One row of the sign-off strip: a checklist stage with initials and date boxes, blank or filled
// from the records.
struct TravelerSignOff
{
    QString stageKey;           // "stage.preQc", ... (travelerText key)
    QString form;               // "CLP.T2.001.V01 1" (paper form and section)
    QString roleKey;            // "role.qc", "role.assembler"
    bool hasResult = false;     // QC stages: PASS / FAIL boxes
    QString result;             // "PASS", "FAIL" when filled
    QString initials;
    QDate date;
};

struct TravelerContent
{
    TravelerLanguage language = TravelerLanguage::EN;

    QString poNumber;
    QString buildNumber;
    QString customer;
    QString project;
    QString salesPerson;
    QDate wantDate;
    QString model;              // "T2-B3"
    QString family;             // "MDRD"
    QString status;             // "ReadyForProduction" (the database's name; printed in words)

    QDateTime printedAt;
    bool reprint = false;       // marks every page "REPRINT"
    int printNumber = 1;        // 1 for the first print, 2 for the first reprint, ...
    QString bomHash;            // SHA-256 hex of the frozen BOM's canonical JSON

    QList<TravelerTable> configuration;
    QStringList warnings;
    QList<TravelerBomLine> topLevel;
    QList<TravelerPickLine> pickList;
    QList<TravelerTreeLine> tree;   // empty: not printed
    QList<TravelerSignOff> signOffs;

    ScanPayload payload() const { return ScanPayload{ScanPayload::Kind::Build, buildNumber}; }
    QString text(const QString& key) const { return travelerText(key, language); }
    // The status in the traveler's language ("Ready for production"); an unknown name as it is.
    QString statusWords() const;

    // The stages of the four checklists (shared/domain/checklists): Pre-QC, production checks
    // (CLP 2-3), EOL testing (CLT), packaging (CLP 4), the production statement, Final QC (CLQ).
    static QList<TravelerSignOff> standardSignOffs();
};

} // namespace cs::domain
