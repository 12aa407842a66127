#include "domain/catalog/catalog.h"

namespace cs::domain {

namespace {
const QString kAssyPrefix = QStringLiteral("ASSY-");
}

std::shared_ptr<const Catalog> Catalog::fromData(const CatalogData& data, QList<CatalogProblem>* problems)
{
    std::shared_ptr<Catalog> c(new Catalog);
    c->m_revision = data.revision;

    QHash<QString, const AssemblyRow*> assemblies;
    assemblies.reserve(data.assemblies.size());
    for (const AssemblyRow& a : data.assemblies)
        assemblies.insert(a.id, &a);
    const qsizetype expected = data.parts.size() + data.assemblies.size();
    c->m_ids.reserve(size_t(expected));
    c->m_lookup.reserve(expected + data.assemblies.size());

    std::vector<const AssemblyRow*> structure;
    structure.reserve(size_t(expected));
    auto addItem = [&](const QString& plainId, const QString& name, const QString& subcategory, quint8 flags,
                       const AssemblyRow* a) {
        c->m_ids.push_back(plainId);
        c->m_names.push_back(name);
        c->m_assemblyIds.push_back(a ? a->id : QString());
        c->m_subcategories.push_back(subcategory);
        c->m_flags.push_back(flags);
        structure.push_back(a);
        return int(c->m_ids.size() - 1);
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
        c->m_lookup.insert(a.id, item);
        if (plain != a.id)
            c->m_lookup.insert(plain, item); // resolved by rule 2 unless a part X also claims it (below)
    }
    // Parts: a part X whose structure is an assembly (X or ASSY-X) is that same item; otherwise a leaf.
    for (const PartRow& p : data.parts) {
        const int existing = c->m_lookup.value(p.id, -1);
        if (existing >= 0 && c->m_ids[size_t(existing)] == p.id) {
            c->m_flags[size_t(existing)] |= HasPart;
            if (p.isCustom)
                c->m_flags[size_t(existing)] |= IsCustom;
            if (c->m_names[size_t(existing)].isEmpty())
                c->m_names[size_t(existing)] = p.name;
            continue;
        }
        quint8 flags = HasPart;
        if (p.isCustom)
            flags |= IsCustom;
        const int item = addItem(p.id, p.name, QString(), flags, nullptr);
        c->m_lookup.insert(p.id, item);
    }

    // Components as ranges into one flat array.
    c->m_ranges.resize(c->m_ids.size() + 1);
    QHash<QString, int> unresolved;
    for (size_t i = 0; i < structure.size(); ++i) {
        c->m_ranges[i] = int(c->m_components.size());
        const AssemblyRow* a = structure[i];
        if (!a)
            continue;
        for (const ComponentRow& row : a->components) {
            Component comp;
            comp.quantity = row.quantity;
            comp.child = c->m_lookup.value(row.childId, -1);
            if (comp.child < 0) {
                int k = unresolved.value(row.childId, -1);
                if (k < 0) {
                    k = int(c->m_unresolved.size());
                    c->m_unresolved.push_back(row.childId);
                    unresolved.insert(row.childId, k);
                }
                comp.child = -(k + 1);
                if (problems)
                    problems->append(CatalogProblem{QStringLiteral("assemblies.json"), a->id,
                                                    QStringLiteral("component %1 not found").arg(row.childId)});
            }
            c->m_components.push_back(comp);
        }
    }
    c->m_ranges[structure.size()] = int(c->m_components.size());
    return c;
}

} // namespace cs::domain
