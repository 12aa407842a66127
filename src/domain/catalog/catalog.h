#pragma once

#include "domain/catalog/catalogdata.h"

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

    // The graph as plain arrays, item by item (what a Catalog is made of). The catalog cache file
    // stores these, so that a start-up builds the graph without resolving a single id.
    struct Arrays
    {
        qint64 revision = 0;
        std::vector<QString> ids;            // plain id per item
        std::vector<QString> names;
        std::vector<QString> assemblyIds;    // "ASSY-X", "X" or "" per item
        std::vector<QString> subcategories;
        std::vector<quint8> flags;           // ItemFlag bits
        std::vector<int> ranges;             // size()+1 ascending offsets into components, from 0
        std::vector<Component> components;   // child: an item, or -(k+1) for unresolved[k]
        std::vector<QString> unresolved;     // component ids that name no item
        // The id index: an open-addressing table (linear probing from hashId(key) modulo its size, a
        // power of two) whose slots are -1 (empty) or item * 2 + (0: the item's id, 1: its assembly
        // id). Filled in item order, a later item taking over a key an earlier one had (as the
        // resolution rule of fromData does). Empty in the arrays given to fromArrays: built there.
        std::vector<qint32> index;
    };

    // Builds the graph. Component ids that resolve to nothing are kept (the expansion reports them
    // as hard errors naming the path); when problems is given, each is also reported there.
    static std::shared_ptr<const Catalog> fromData(const CatalogData& data,
                                                   QList<CatalogProblem>* problems = nullptr);
    // The graph from its arrays (as arrays() gave them). Every size, range, child index and index
    // slot is checked first: nullptr and *error when they do not fit together. An empty index is built.
    static std::shared_ptr<const Catalog> fromArrays(Arrays arrays, QString* error = nullptr);

    const Arrays& arrays() const { return m_a; }

    // The hash of the id index: 64-bit FNV-1a over the UTF-16 code units, then a final mix. Fixed, so
    // that an index saved with the arrays (the catalog cache file) stays valid in any build.
    static quint64 hashId(QStringView id);

    int size() const { return int(m_a.ids.size()); }
    qint64 revision() const { return m_a.revision; }

    // CONFIGURATION.md 1.2: assembly X, else assembly ASSY-X, else part X; -1 when unknown.
    int resolve(QStringView id) const;
    bool contains(QStringView id) const { return resolve(id) >= 0; }

    const QString& id(int item) const { return m_a.ids[size_t(item)]; }        // plain id
    const QString& name(int item) const { return m_a.names[size_t(item)]; }
    const QString& assemblyId(int item) const { return m_a.assemblyIds[size_t(item)]; } // "ASSY-X", "X" or ""
    const QString& subcategory(int item) const { return m_a.subcategories[size_t(item)]; }
    quint8 flags(int item) const { return m_a.flags[size_t(item)]; }
    bool isAssembly(int item) const { return (m_a.flags[size_t(item)] & HasAssembly) != 0; }
    bool isCustom(int item) const { return (m_a.flags[size_t(item)] & IsCustom) != 0; }
    bool hasComponents(int item) const { return m_a.ranges[size_t(item) + 1] > m_a.ranges[size_t(item)]; }

    std::span<const Component> components(int item) const
    {
        const size_t b = size_t(m_a.ranges[size_t(item)]);
        const size_t e = size_t(m_a.ranges[size_t(item) + 1]);
        return std::span<const Component>(m_a.components.data() + b, e - b);
    }
    // The id written in the catalog for an unresolved component (Component::child < 0).
    const QString& unresolvedId(const Component& c) const { return m_a.unresolved[size_t(-c.child - 1)]; }
    // The id of a component's child: the item's plain id, or the unresolved id as written.
    const QString& childId(const Component& c) const { return c.child >= 0 ? id(c.child) : unresolvedId(c); }

    int componentCount() const { return int(m_a.components.size()); }

private:
    Catalog() = default;
    // Fills m_a.index from the other arrays.
    void buildIndex();

    Arrays m_a;
};

using CatalogPtr = std::shared_ptr<const Catalog>;

} // namespace cs::domain
