#include "domain/catalog/catalog.h"

#include <QHash>

#include <algorithm>
#include <bit>
#include <limits>

namespace cs::domain {

namespace {
const QString kAssyPrefix = QStringLiteral("ASSY-");
} // namespace

std::shared_ptr<const Catalog> Catalog::fromData(const CatalogData& data, QList<CatalogProblem>* problems)
{
    std::shared_ptr<Catalog> c(new Catalog);
    Arrays& g = c->m_a;
    g.revision = data.revision;
    // The id index while the graph is built (the resolution rule below); the final index is built
    // from the arrays by buildIndex(), with the same outcome.
    QHash<QString, int> lookup;

    QHash<QString, const AssemblyRow*> assemblies;
    assemblies.reserve(data.assemblies.size());
    for (const AssemblyRow& a : data.assemblies)
        assemblies.insert(a.id, &a);
    const qsizetype expected = data.parts.size() + data.assemblies.size();
    g.ids.reserve(size_t(expected));
    lookup.reserve(expected + data.assemblies.size());

    std::vector<const AssemblyRow*> structure;
    structure.reserve(size_t(expected));
    auto addItem = [&](const QString& plainId, const QString& name, const QString& subcategory, quint8 flags,
                       const AssemblyRow* a) {
        g.ids.push_back(plainId);
        g.names.push_back(name);
        g.assemblyIds.push_back(a ? a->id : QString());
        g.subcategories.push_back(subcategory);
        g.flags.push_back(flags);
        structure.push_back(a);
        return int(g.ids.size() - 1);
    };

    // Assemblies first: each becomes an item named by its plain id. An ASSY-X assembly is the structure
    // of item X, unless an assembly literally named X exists (then X wins for "X", rule 1 of 1.2, and the
    // ASSY-X assembly keeps its full id as its identity).
    for (const AssemblyRow& a : data.assemblies) {
        QString plain = a.id;
        if (a.id.startsWith(kAssyPrefix)) {
            const QString stripped = a.id.mid(kAssyPrefix.size());
            if (!assemblies.contains(stripped))
                plain = stripped;
        }
        quint8 flags = HasAssembly;
        if (a.isKit)
            flags |= IsKit;
        const int item = addItem(plain, a.name, a.subcategoryCode, flags, &a);
        lookup.insert(a.id, item);
        if (plain != a.id)
            lookup.insert(plain, item); // resolved by rule 2 unless a part X also claims it (below)
    }
    // Parts: a part X whose structure is an assembly (X or ASSY-X) is that same item; otherwise a leaf.
    for (const PartRow& p : data.parts) {
        const int existing = lookup.value(p.id, -1);
        if (existing >= 0 && g.ids[size_t(existing)] == p.id) {
            g.flags[size_t(existing)] |= HasPart;
            if (p.isCustom)
                g.flags[size_t(existing)] |= IsCustom;
            if (g.names[size_t(existing)].isEmpty())
                g.names[size_t(existing)] = p.name;
            continue;
        }
        quint8 flags = HasPart;
        if (p.isCustom)
            flags |= IsCustom;
        const int item = addItem(p.id, p.name, QString(), flags, nullptr);
        lookup.insert(p.id, item);
    }

    // Components as ranges into one flat array.
    g.ranges.resize(g.ids.size() + 1);
    QHash<QString, int> unresolved;
    for (size_t i = 0; i < structure.size(); ++i) {
        g.ranges[i] = int(g.components.size());
        const AssemblyRow* a = structure[i];
        if (!a)
            continue;
        for (const ComponentRow& row : a->components) {
            Component comp;
            comp.quantity = row.quantity;
            comp.child = lookup.value(row.childId, -1);
            if (comp.child < 0) {
                int k = unresolved.value(row.childId, -1);
                if (k < 0) {
                    k = int(g.unresolved.size());
                    g.unresolved.push_back(row.childId);
                    unresolved.insert(row.childId, k);
                }
                comp.child = -(k + 1);
                if (problems)
                    problems->append(CatalogProblem{QStringLiteral("assemblies.json"), a->id,
                                                    QStringLiteral("component %1 not found").arg(row.childId)});
            }
            g.components.push_back(comp);
        }
    }
    g.ranges[structure.size()] = int(g.components.size());
    c->buildIndex();
    return c;
}

std::shared_ptr<const Catalog> Catalog::fromArrays(Arrays arrays, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return std::shared_ptr<const Catalog>();
    };
    const size_t n = arrays.ids.size();
    if (n > size_t(std::numeric_limits<int>::max() / 2) || arrays.names.size() != n || arrays.assemblyIds.size() != n
        || arrays.subcategories.size() != n || arrays.flags.size() != n || arrays.ranges.size() != n + 1)
        return fail(QStringLiteral("the item arrays differ in size"));
    if (arrays.components.size() > size_t(std::numeric_limits<int>::max())
        || arrays.unresolved.size() > size_t(std::numeric_limits<int>::max()))
        return fail(QStringLiteral("too many components"));
    if (arrays.ranges.front() != 0 || size_t(arrays.ranges.back()) != arrays.components.size())
        return fail(QStringLiteral("the component ranges do not cover the components"));
    for (size_t i = 0; i < n; ++i)
        if (arrays.ranges[i] > arrays.ranges[i + 1])
            return fail(QStringLiteral("the component ranges are not in order"));
    const qint64 items = qint64(n);
    const qint64 unresolved = qint64(arrays.unresolved.size());
    for (const Component& comp : arrays.components)
        if (comp.child >= items || -qint64(comp.child) > unresolved)
            return fail(QStringLiteral("a component names no item"));
    if (!arrays.index.empty()) {
        const size_t slotCount = arrays.index.size();
        if (!std::has_single_bit(slotCount) || slotCount < 2 * n)
            return fail(QStringLiteral("the id index has a wrong size"));
        const qint64 values = 2 * items;
        size_t empty = 0;
        for (qint32 v : arrays.index) {
            if (v < -1 || v >= values)
                return fail(QStringLiteral("the id index names no item"));
            empty += v < 0 ? 1 : 0;
        }
        if (empty == 0) // a lookup of an unknown id would never end
            return fail(QStringLiteral("the id index has no empty slot"));
    }
    std::shared_ptr<Catalog> c(new Catalog);
    c->m_a = std::move(arrays);
    if (c->m_a.index.empty())
        c->buildIndex();
    return c;
}

quint64 Catalog::hashId(QStringView id)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (QChar c : id) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

void Catalog::buildIndex()
{
    const size_t n = m_a.ids.size();
    const size_t slotCount = std::bit_ceil(std::max<size_t>(16, 4 * n)); // at most half full: two keys an item
    const size_t mask = slotCount - 1;
    std::vector<qint32>& table = m_a.index;
    table.assign(slotCount, -1);
    auto insert = [&](const QString& key, qint32 value) {
        for (size_t s = size_t(hashId(key)) & mask;; s = (s + 1) & mask) {
            const qint32 v = table[s];
            if (v < 0 || (v & 1 ? m_a.assemblyIds : m_a.ids)[size_t(v >> 1)] == key) {
                table[s] = value; // a later item takes a key over, as QHash::insert does
                return;
            }
        }
    };
    // The order of fromData's inserts: an assembly's own id, then its plain id; a part's id.
    for (size_t i = 0; i < n; ++i) {
        const bool assembly = (m_a.flags[i] & HasAssembly) != 0;
        if (assembly)
            insert(m_a.assemblyIds[i], qint32(i * 2 + 1));
        if (!assembly || m_a.ids[i] != m_a.assemblyIds[i])
            insert(m_a.ids[i], qint32(i * 2));
    }
}

int Catalog::resolve(QStringView id) const
{
    const std::vector<qint32>& table = m_a.index;
    if (table.empty())
        return -1;
    const size_t mask = table.size() - 1;
    for (size_t s = size_t(hashId(id)) & mask;; s = (s + 1) & mask) {
        const qint32 v = table[s];
        if (v < 0)
            return -1;
        if ((v & 1 ? m_a.assemblyIds : m_a.ids)[size_t(v >> 1)] == id)
            return v >> 1;
    }
}

} // namespace cs::domain
