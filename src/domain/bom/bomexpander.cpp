#include "domain/bom/bomexpander.h"

#include "domain/catalog/catalog.h"

#include <QHash>
#include <QtNumeric>

#include <algorithm>

namespace cs::domain {

BomExpander::BomExpander(const Catalog& catalog, ExpansionOptions options)
    : m_catalog(catalog)
    , m_options(options)
{
    m_memo.resize(size_t(catalog.size()));
}

QStringList BomExpander::stackPath() const
{
    QStringList path;
    path.reserve(qsizetype(m_stack.size()) + 2);
    for (int item : m_stack)
        path << m_catalog.id(item);
    return path;
}

void BomExpander::fail(ExpansionError* error, const QString& code, QStringList path) const
{
    if (!error)
        return;
    error->code = code;
    const QString joined = path.join(QStringLiteral(" > "));
    if (code == u"E-BOM-UNKNOWN-ID")
        error->message = tr("Unknown id %1 (path %2): it is neither an assembly nor a part of the catalog.")
                             .arg(path.isEmpty() ? QString() : path.constLast(), joined);
    else if (code == u"E-BOM-CYCLE")
        error->message = tr("The catalog structure has a cycle: %1.").arg(joined);
    else if (code == u"E-BOM-DEPTH")
        error->message = tr("The BOM is deeper than %1 levels: %2.").arg(m_options.maxDepth).arg(joined);
    else if (code == u"E-BOM-QUANTITY")
        error->message = tr("A quantity in the BOM is too large to count (at %1): check the catalog quantities on "
                            "this path.")
                             .arg(joined);
    else
        error->message = tr("The BOM tree has more than %1 nodes (at %2).").arg(m_options.maxTreeNodes).arg(joined);
    error->path = std::move(path);
}

bool BomExpander::visit(int item, ExpansionError* error)
{
    const int depth = int(m_stack.size());
    Memo& m = m_memo[size_t(item)];
    if (m.state == 2) {
        if (depth + m.height <= m_options.maxDepth)
            return true;
        QStringList path = stackPath();
        path << m_catalog.id(item);
        for (int cur = item; m_memo[size_t(cur)].height > 0;) {
            const int next = m_memo[size_t(cur)].deepest;
            path << m_catalog.id(next);
            if (next == cur)
                break;
            cur = next;
        }
        fail(error, QStringLiteral("E-BOM-DEPTH"), path);
        return false;
    }
    if (depth > m_options.maxDepth) {
        fail(error, QStringLiteral("E-BOM-DEPTH"), stackPath() << m_catalog.id(item));
        return false;
    }
    const auto comps = m_catalog.components(item);
    m.state = 1;
    m_stack.push_back(item);
    int height = 0;
    int deepest = -1;
    for (const Catalog::Component& c : comps) {
        if (c.child < 0) {
            fail(error, QStringLiteral("E-BOM-UNKNOWN-ID"), stackPath() << m_catalog.unresolvedId(c));
            return false;
        }
        if (c.child == item) { // ASSY-X lists its own part X: a leaf
            if (height < 1) {
                height = 1;
                deepest = item;
            }
            continue;
        }
        const int childState = m_memo[size_t(c.child)].state;
        if (childState == 1) {
            const auto from = std::find(m_stack.begin(), m_stack.end(), c.child);
            QStringList path;
            for (auto it = from; it != m_stack.end(); ++it)
                path << m_catalog.id(*it);
            path << m_catalog.id(c.child);
            fail(error, QStringLiteral("E-BOM-CYCLE"), path);
            return false;
        }
        if (!visit(c.child, error))
            return false;
        const int h = 1 + m_memo[size_t(c.child)].height;
        if (h > height) {
            height = h;
            deepest = c.child;
        }
    }
    m_stack.pop_back();

    // Leaf totals of one unit, merged by item.
    Memo& done = m_memo[size_t(item)];
    done.leafBegin = int(m_pool.size());
    if (comps.empty()) {
        m_pool.emplace_back(item, 1);
    } else {
        if (m_acc.empty())
            m_acc.assign(size_t(m_catalog.size()), 0);
        m_touched.clear();
        // Quantities multiply down a path and add up across it: checked, so that large catalog
        // quantities on a deep path are an error (E-BOM-QUANTITY) instead of a wrapped number.
        auto add = [this](int leaf, qint64 qty) {
            if (m_acc[size_t(leaf)] == 0)
                m_touched.push_back(leaf);
            return !qAddOverflow(m_acc[size_t(leaf)], qty, &m_acc[size_t(leaf)]);
        };
        bool fits = true;
        for (const Catalog::Component& c : comps) {
            if (c.child == item) {
                fits = add(item, c.quantity);
            } else {
                const Memo& cm = m_memo[size_t(c.child)];
                for (int k = cm.leafBegin, e = cm.leafBegin + cm.leafCount; k < e && fits; ++k) {
                    qint64 qty = 0;
                    fits = !qMulOverflow(m_pool[size_t(k)].second, qint64(c.quantity), &qty)
                           && add(m_pool[size_t(k)].first, qty);
                }
            }
            if (!fits)
                break;
        }
        if (!fits) {
            for (int leaf : m_touched)
                m_acc[size_t(leaf)] = 0;
            m_memo[size_t(item)].state = 0;
            fail(error, QStringLiteral("E-BOM-QUANTITY"), stackPath() << m_catalog.id(item));
            return false;
        }
        for (int leaf : m_touched) {
            m_pool.emplace_back(leaf, m_acc[size_t(leaf)]);
            m_acc[size_t(leaf)] = 0;
        }
    }
    done.leafCount = int(m_pool.size()) - done.leafBegin;
    done.height = height;
    done.deepest = deepest;
    done.state = 2;
    return true;
}

void BomExpander::resetStack()
{
    // After an error the items still on the path are half-visited: forget them.
    for (int item : m_stack)
        m_memo[size_t(item)].state = 0;
    m_stack.clear();
}

std::vector<std::pair<int, qint64>> BomExpander::unitLeaves(int item, ExpansionError* error)
{
    m_stack.clear();
    if (item < 0 || item >= m_catalog.size() || !visit(item, error)) {
        resetStack();
        return {};
    }
    const Memo& m = m_memo[size_t(item)];
    return std::vector<std::pair<int, qint64>>(m_pool.begin() + m.leafBegin, m_pool.begin() + m.leafBegin + m.leafCount);
}

bool BomExpander::addTree(int item, int parent, int depth, qint64 qty, qint64 extQty, int topLine,
                          QList<BomTreeNode>* tree, ExpansionError* error) const
{
    if (tree->size() >= m_options.maxTreeNodes) {
        QStringList path = pathOf(*tree, parent);
        path << m_catalog.id(item);
        fail(error, QStringLiteral("E-BOM-TREE-SIZE"), path);
        return false;
    }
    const int index = int(tree->size());
    const auto comps = m_catalog.components(item);
    tree->append(BomTreeNode{item, m_catalog.id(item), parent, depth, qty, extQty, topLine, comps.empty()});
    for (const Catalog::Component& c : comps) {
        qint64 ext = 0;
        if (qMulOverflow(extQty, qint64(c.quantity), &ext)) {
            fail(error, QStringLiteral("E-BOM-QUANTITY"), pathOf(*tree, index) << m_catalog.id(c.child));
            return false;
        }
        if (c.child == item) { // self reference: a leaf, not expanded again
            tree->append(BomTreeNode{item, m_catalog.id(item), index, depth + 1, c.quantity, ext, topLine, true});
            continue;
        }
        if (!addTree(c.child, index, depth + 1, c.quantity, ext, topLine, tree, error))
            return false;
    }
    return true;
}

bool BomExpander::expand(const QList<BomLine>& lines, QList<BomTreeNode>* tree, QList<BomFlatLine>* flat,
                         ExpansionError* error)
{
    if (tree)
        tree->clear();
    if (flat)
        flat->clear();
    QHash<QString, qint64> customTotals;
    QStringList customOrder;
    std::vector<qint64> totals;
    std::vector<int> touched;
    const bool wantTree = tree && m_options.buildTree;

    for (qsizetype i = 0; i < lines.size(); ++i) {
        const BomLine& line = lines.at(i);
        const int item = m_catalog.resolve(line.id);
        if (item < 0) {
            if (!line.custom) {
                fail(error, QStringLiteral("E-BOM-UNKNOWN-ID"), QStringList{line.id});
                return false;
            }
            // A custom part not yet in the catalog: a leaf.
            if (!customTotals.contains(line.id))
                customOrder << line.id;
            customTotals[line.id] += line.qty;
            if (wantTree)
                tree->append(BomTreeNode{-1, line.id, -1, 0, line.qty, line.qty, int(i), true});
            continue;
        }
        m_stack.clear();
        if (!visit(item, error)) {
            resetStack();
            return false;
        }
        if (flat) {
            if (totals.empty())
                totals.assign(size_t(m_catalog.size()), 0);
            const Memo& m = m_memo[size_t(item)];
            for (int k = m.leafBegin, e = m.leafBegin + m.leafCount; k < e; ++k) {
                const auto& [leaf, q] = m_pool[size_t(k)];
                if (totals[size_t(leaf)] == 0)
                    touched.push_back(leaf);
                qint64 qty = 0;
                if (qMulOverflow(q, line.qty, &qty) || qAddOverflow(totals[size_t(leaf)], qty, &totals[size_t(leaf)])) {
                    fail(error, QStringLiteral("E-BOM-QUANTITY"), QStringList{line.id, m_catalog.id(leaf)});
                    return false;
                }
            }
        }
        if (wantTree && !addTree(item, -1, 0, line.qty, line.qty, int(i), tree, error))
            return false;
    }
    if (flat) {
        flat->reserve(qsizetype(touched.size()) + customOrder.size());
        for (int leaf : touched)
            flat->append(BomFlatLine{leaf, m_catalog.id(leaf), totals[size_t(leaf)]});
        for (const QString& id : std::as_const(customOrder))
            flat->append(BomFlatLine{-1, id, customTotals.value(id)});
        std::sort(flat->begin(), flat->end(), [](const BomFlatLine& a, const BomFlatLine& b) { return a.id < b.id; });
    }
    return true;
}

QStringList BomExpander::pathOf(const QList<BomTreeNode>& tree, int node)
{
    QStringList path;
    for (int n = node; n >= 0 && n < tree.size(); n = tree.at(n).parent)
        path.prepend(tree.at(n).id);
    return path;
}

} // namespace cs::domain
