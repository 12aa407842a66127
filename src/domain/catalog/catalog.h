#pragma once

#include "domain/catalog/catalogdata.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <span>
#include <vector>

namespace cs::domain {

// The catalog as an immutable, index-based graph (CONFIGURATION.md 1.2, 9.14).
//
// Every item the BOM can name is interned once and addressed by an index 0..size()-1. An item is
// the identity a user sees (a plain id such as "T2-DL14-KIT", never "ASSY-T2-DL14-KIT"); when the
// catalog gives that item a structure, its components are a contiguous range of one flat array.
// Instances are built once and then only read, so one std::shared_ptr<const Catalog> can be used by
// several threads at the same time.
class Catalog
{
public:
    enum ItemFlag : quint8 {
        HasPart = 0x01,      // a part row with this id exists
        HasAssembly = 0x02,  // an assembly row (X or ASSY-X) gives this item its structure
        IsCustom = 0x04,     // a generated custom part (CONFIGURATION.md 9.12)
        IsKit = 0x08,
    };

    struct Component
    {
        int child = -1;   // item index; a negative value -(k+1) names unresolved child id k
        int quantity = 1;
    };

    // Builds the graph. Component ids that resolve to nothing are kept (the expansion reports them
    // as hard errors naming the path); when problems is given, each is also reported there.
    static std::shared_ptr<const Catalog> fromData(const CatalogData& data,
                                                   QList<CatalogProblem>* problems = nullptr);

    int size() const { return int(m_ids.size()); }
    qint64 revision() const { return m_revision; }

    // CONFIGURATION.md 1.2: assembly X, else assembly ASSY-X, else part X; -1 when unknown.
    int resolve(const QString& id) const { return m_lookup.value(id, -1); }
    bool contains(const QString& id) const { return m_lookup.contains(id); }

    const QString& id(int item) const { return m_ids[size_t(item)]; }        // plain id
    const QString& name(int item) const { return m_names[size_t(item)]; }
    const QString& assemblyId(int item) const { return m_assemblyIds[size_t(item)]; } // "ASSY-X", "X" or ""
    const QString& subcategory(int item) const { return m_subcategories[size_t(item)]; }
    quint8 flags(int item) const { return m_flags[size_t(item)]; }
    bool isAssembly(int item) const { return (m_flags[size_t(item)] & HasAssembly) != 0; }
    bool isCustom(int item) const { return (m_flags[size_t(item)] & IsCustom) != 0; }
    bool hasComponents(int item) const { return m_ranges[size_t(item) + 1] > m_ranges[size_t(item)]; }

    std::span<const Component> components(int item) const
    {
        const size_t b = size_t(m_ranges[size_t(item)]);
        const size_t e = size_t(m_ranges[size_t(item) + 1]);
        return std::span<const Component>(m_components.data() + b, e - b);
    }
    // The id written in the catalog for an unresolved component (Component::child < 0).
    const QString& unresolvedId(const Component& c) const { return m_unresolved[size_t(-c.child - 1)]; }
    // The id of a component's child: the item's plain id, or the unresolved id as written.
    const QString& childId(const Component& c) const { return c.child >= 0 ? id(c.child) : unresolvedId(c); }

    int componentCount() const { return int(m_components.size()); }

private:
    Catalog() = default;

    std::vector<QString> m_ids;
    std::vector<QString> m_names;
    std::vector<QString> m_assemblyIds;
    std::vector<QString> m_subcategories;
    std::vector<quint8> m_flags;
    std::vector<int> m_ranges;          // size()+1 offsets into m_components
    std::vector<Component> m_components;
    std::vector<QString> m_unresolved;
    QHash<QString, int> m_lookup;       // plain ids and ASSY- ids -> item
    qint64 m_revision = 0;
};

using CatalogPtr = std::shared_ptr<const Catalog>;

} // namespace cs::domain
