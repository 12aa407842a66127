#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace cs::domain {

// One way in which a stored BOM differs from the BOM the engine regenerates from the same configuration.
struct BomDifference
{
    enum class Kind {
        TopOnlyStored,        // a top-level line (id and quantity) that only the stored BOM has
        TopOnlyRegenerated,   // a top-level line that only the regenerated BOM has
        TopOrder,             // the same top-level lines in another order
        Quantity,             // a part's total in the procurement list (merged leaves) differs
        Other,                // same lines, but rules, answers, notes or the tree differ
    };

    Kind kind = Kind::Other;
    QString id;                 // the item (top lines and quantities); empty otherwise
    qint64 stored = 0;          // its quantity in the stored BOM (0: absent)
    qint64 regenerated = 0;     // its quantity in the regenerated BOM (0: absent)

    bool operator==(const BomDifference&) const = default;
};

// The comparison of a frozen BOM with its regeneration, the one used by `cleanstation-admin verify-boms`
// and by the approver's client before a signature. Both BOMs are objects in the canonical form of
// BuildBom::canonicalJson() ({"top":[{id, qty, rule, answer, note}], "tree":[...], "flat":[{id, qty}]}):
// - the top-level lines, as id and quantity in order: each line only one side has, or "another order";
// - the procurement list, merged by id: each part whose total differs (absent counts as 0), by id;
// - when neither differs but the objects do: one Other (rules, answers, notes or the tree).
// Empty when the BOMs are equal. Pure; no catalog needed.
class BomComparison
{
    Q_DECLARE_TR_FUNCTIONS(cs::domain::BomComparison)

public:
    static QList<BomDifference> compare(const QJsonObject& stored, const QJsonObject& regenerated);

    // One difference in words (translated); `name` is the item's catalog name when known.
    static QString describe(const BomDifference& difference, const QString& name = {});
    // Every difference in words; `nameOf` gives an item's name by id (empty when unknown).
    static QStringList describe(const QList<BomDifference>& differences,
                                const std::function<QString(const QString&)>& nameOf = {});
};

} // namespace cs::domain
