#pragma once

#include "domain/bom/familyrules.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace cs::domain {

class Catalog;

// One node of the multi-level BOM tree (CONFIGURATION.md 9.14), in pre-order: a parent comes before
// its children. Top-level lines have depth 0 and parent -1.
struct BomTreeNode
{
    int item = -1;        // catalog item, -1 for a custom part not in the catalog
    QString id;           // plain id
    int parent = -1;      // index of the parent node, -1 for a top-level line
    int depth = 0;
    qint64 qty = 0;       // quantity per parent (the line quantity for a top-level line)
    qint64 extQty = 0;    // extended: product of the quantities along the path
    int topLine = 0;      // index of the top-level line it descends from
    bool leaf = true;
};

// One line of the flattened, merged leaf list.
struct BomFlatLine
{
    int item = -1;        // -1 for a custom part not in the catalog
    QString id;
    qint64 qty = 0;
};

struct ExpansionError
{
    QString code;         // E-BOM-UNKNOWN-ID, E-BOM-CYCLE, E-BOM-DEPTH, E-BOM-TREE-SIZE, E-BOM-QUANTITY
    QStringList path;     // from the top-level id down to the offending id
    QString message;      // translated; names the path
};

struct ExpansionOptions
{
    int maxDepth = 10;            // deepest allowed node depth (top-level lines are depth 0)
    bool buildTree = true;        // false: only the flattened list (memoised, O(distinct nodes))
    int maxTreeNodes = 2000000;   // refuse trees larger than this (E-BOM-TREE-SIZE)
};

// Explodes top-level lines into the tree and the flattened leaf totals.
// - ids resolve by CONFIGURATION.md 1.2; unknown ids are errors, never placeholder lines;
// - a component that resolves to its own assembly (ASSY-X listing part X) is a leaf;
//   any other cycle is an error naming the path; depth is capped;
// - leaf totals of each sub-assembly are computed once per expander (memoised), so the flat list
//   costs O(distinct nodes) however often a sub-assembly is shared.
// Not thread-safe itself (it keeps the memo); use one expander per thread on a shared Catalog.
class BomExpander
{
    Q_DECLARE_TR_FUNCTIONS(cs::domain::BomExpander)

public:
    explicit BomExpander(const Catalog& catalog, ExpansionOptions options = {});

    // Replaces *tree and *flat (tree may be nullptr). The flat list is sorted by id.
    bool expand(const QList<BomLine>& lines, QList<BomTreeNode>* tree, QList<BomFlatLine>* flat,
                ExpansionError* error);

    // Leaf totals of one unit of a catalog item: (item, qty) pairs. Empty on error.
    std::vector<std::pair<int, qint64>> unitLeaves(int item, ExpansionError* error);

    // Ids from the top-level line down to the node.
    static QStringList pathOf(const QList<BomTreeNode>& tree, int node);

    const ExpansionOptions& options() const { return m_options; }

private:
    struct Memo
    {
        int state = 0;        // 0 new, 1 on the current path, 2 done
        int height = 0;       // levels below the item (0 for a leaf)
        int deepest = -1;     // child reaching that height
        int leafBegin = 0;
        int leafCount = 0;
    };

    bool visit(int item, ExpansionError* error);
    void fail(ExpansionError* error, const QString& code, QStringList path) const;
    QStringList stackPath() const;
    void resetStack();
    bool addTree(int item, int parent, int depth, qint64 qty, qint64 extQty, int topLine,
                 QList<BomTreeNode>* tree, ExpansionError* error) const;

    const Catalog& m_catalog;
    ExpansionOptions m_options;
    std::vector<Memo> m_memo;
    std::vector<std::pair<int, qint64>> m_pool;
    std::vector<qint64> m_acc;
    std::vector<int> m_touched;
    std::vector<int> m_stack;
};

} // namespace cs::domain
