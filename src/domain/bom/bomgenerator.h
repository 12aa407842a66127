#pragma once

#include "domain/bom/bomexpander.h"
#include "domain/bom/familyrules.h"
#include "domain/orders/sinkconfiguration.h"
#include "domain/orders/validationissue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace cs::domain {

class Catalog;

// The BOM of one build: top-level lines (with rule and answer), the tree and the flattened leaves.
struct BuildBom
{
    int buildIndex = -1;
    QString buildNumber;
    bool generated = false;     // false when the build has errors (no BOM then)
    QList<BomLine> top;
    QList<BomTreeNode> tree;    // empty when ExpansionOptions::buildTree is false
    QList<BomFlatLine> flat;    // sorted by id

    int distinctLeafIds() const { return int(flat.size()); }
    qint64 totalLeafQty() const;
    QStringList pathOf(int node) const { return BomExpander::pathOf(tree, node); }
    // The custom parts (9.12) the lines need, to be created in the catalog on first use.
    QList<BomLine> customParts() const;

    // Canonical JSON, the content frozen at submission (cs.submit_order):
    // {"top":[{"id","qty","rule","answer","note"}],"tree":[{"id","qty","extQty","depth","parent","rule"}],
    //  "flat":[{"id","qty"}]} with keys in exactly that order, compact, UTF-8.
    QByteArray canonicalJson() const;
    QByteArray sha256Hex() const; // of canonicalJson()
};

struct GenerationOptions
{
    ExpansionOptions expansion;
};

struct GenerationResult
{
    bool valid = false;             // no errors (order, builds, expansion)
    ValidationIssues issues;        // errors and warnings, order-level first
    QList<BuildBom> builds;         // one per build, in order
    qint64 catalogRevision = 0;

    QStringList errorCodes() const;                       // "E-PO-MIN3", "E-BASIN-COUNT@2222"
    QStringList warningCodes(const QString& buildNumber) const;
    const BuildBom* build(const QString& buildNumber) const;
};

// The one function behind the wizard preview and the submitted order: validation, the family's
// rules and the expansion, on an immutable catalog. Thread-safe for concurrent calls on a shared
// Catalog (all state is local to the call).
class BomGenerator
{
    Q_DECLARE_TR_FUNCTIONS(cs::domain::BomGenerator)

public:
    static GenerationResult generate(const Catalog& catalog, const OrderConfiguration& config, QDate today,
                                     const GenerationOptions& options = {});
};

} // namespace cs::domain
