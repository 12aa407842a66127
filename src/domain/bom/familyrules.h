#pragma once

#include "domain/orders/sinkconfiguration.h"
#include "domain/orders/validationissue.h"

#include <QList>
#include <QString>

namespace cs::domain {

class Catalog;

// One top-level BOM line (CONFIGURATION.md 9): the id (plain, never ASSY-), quantity, the rule
// that produced it and the configuration answer behind it ("why is this line here?").
struct BomLine
{
    QString id;
    qint64 qty = 0;
    QString rule;     // "R-BODY", "R-BASIN-KIT", ...
    QString answer;   // "length 90 in", "basin 2: E_SINK"; merged lines join their answers with "; "
    QString note;     // "BLACK" on the colour line
    bool custom = false;      // a generated custom part (9.12), not in the catalog yet
    QString customName;       // its catalog name, for creating it on first use
};

// The configuration rules of one sink family: build validation (5, 6) and the rule table (9).
// Families are looked up with forFamily(); adding Endoscope or InstroSink rules means adding a
// subclass, without touching the MDRD rules.
class FamilyRules
{
public:
    virtual ~FamilyRules() = default;

    virtual SinkFamily family() const = 0;
    // false: the wizard shows "under construction" and validation reports E-FAMILY-UNAVAILABLE.
    virtual bool isAvailable() const = 0;

    // Appends the errors and warnings of one configured build (buildIndex into the order's builds).
    virtual void validateBuild(const Catalog& catalog, const BuildEntry& build, int buildIndex,
                               ValidationIssues* issues) const = 0;

    // The top-level BOM lines of one build whose configuration passed validateBuild without errors:
    // merged by id, in the display order of 9.1.
    virtual QList<BomLine> topLevelLines(const OrderInfo& order, const SinkConfiguration& config) const = 0;

    // Rules for a family; families without rules yet get an unavailable implementation.
    static const FamilyRules& forFamily(SinkFamily family);
};

// Appends a line, merging it into an existing line with the same id (quantities add, answers join).
void appendMerged(QList<BomLine>* lines, BomLine line);

} // namespace cs::domain
