#include "domain/bom/bomcomparison.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QMap>

#include <utility>

namespace cs::domain {

namespace {

struct TopLine
{
    QString id;
    qint64 qty = 0;
    bool operator==(const TopLine&) const = default;
};

qint64 quantityOf(const QJsonObject& line)
{
    return line.value(u"qty").toVariant().toLongLong();
}

QList<TopLine> topLines(const QJsonObject& bom)
{
    QList<TopLine> out;
    for (const QJsonValue& v : bom.value(u"top").toArray()) {
        const QJsonObject o = v.toObject();
        out.append(TopLine{o.value(u"id").toString(), quantityOf(o)});
    }
    return out;
}

// The procurement list merged by id (a list that names an id twice counts both).
QMap<QString, qint64> flatTotals(const QJsonObject& bom)
{
    QMap<QString, qint64> out;
    for (const QJsonValue& v : bom.value(u"flat").toArray()) {
        const QJsonObject o = v.toObject();
        out[o.value(u"id").toString()] += quantityOf(o);
    }
    return out;
}

} // namespace

QList<BomDifference> BomComparison::compare(const QJsonObject& stored, const QJsonObject& regenerated)
{
    QList<BomDifference> out;
    const QList<TopLine> top1 = topLines(stored);
    const QList<TopLine> top2 = topLines(regenerated);
    if (top1 != top2) {
        for (const TopLine& l : top1)
            if (!top2.contains(l))
                out.append({BomDifference::Kind::TopOnlyStored, l.id, l.qty, 0});
        for (const TopLine& l : top2)
            if (!top1.contains(l))
                out.append({BomDifference::Kind::TopOnlyRegenerated, l.id, 0, l.qty});
        if (out.isEmpty())
            out.append({BomDifference::Kind::TopOrder, {}, 0, 0});
    }
    const QMap<QString, qint64> flat1 = flatTotals(stored);
    const QMap<QString, qint64> flat2 = flatTotals(regenerated);
    QStringList ids = flat1.keys() + flat2.keys();
    ids.removeDuplicates();
    ids.sort();
    for (const QString& id : std::as_const(ids)) {
        const qint64 a = flat1.value(id);
        const qint64 b = flat2.value(id);
        if (a != b)
            out.append({BomDifference::Kind::Quantity, id, a, b});
    }
    // Everything else (rules, answers, notes, the tree): the whole objects.
    if (out.isEmpty() && stored != regenerated)
        out.append({BomDifference::Kind::Other, {}, 0, 0});
    return out;
}

QString BomComparison::describe(const BomDifference& d, const QString& name)
{
    const bool named = !name.isEmpty();
    switch (d.kind) {
    case BomDifference::Kind::TopOnlyStored:
        return named ? tr("Top line only in the stored BOM: %1 (%2) × %3").arg(d.id, name).arg(d.stored)
                     : tr("Top line only in the stored BOM: %1 × %2").arg(d.id).arg(d.stored);
    case BomDifference::Kind::TopOnlyRegenerated:
        return named ? tr("Top line only in the regenerated BOM: %1 (%2) × %3").arg(d.id, name).arg(d.regenerated)
                     : tr("Top line only in the regenerated BOM: %1 × %2").arg(d.id).arg(d.regenerated);
    case BomDifference::Kind::TopOrder:
        return tr("The top lines are the same, in another order");
    case BomDifference::Kind::Quantity:
        return named ? tr("Part %1 (%2): stored %3, regenerated %4").arg(d.id, name).arg(d.stored).arg(d.regenerated)
                     : tr("Part %1: stored %2, regenerated %3").arg(d.id).arg(d.stored).arg(d.regenerated);
    case BomDifference::Kind::Other:
        break;
    }
    return tr("The lines are the same, but the rules, answers, notes or the tree differ");
}

QStringList BomComparison::describe(const QList<BomDifference>& differences,
                                    const std::function<QString(const QString&)>& nameOf)
{
    QStringList out;
    out.reserve(differences.size());
    for (const BomDifference& d : differences)
        out << describe(d, nameOf && !d.id.isEmpty() ? nameOf(d.id) : QString());
    return out;
}

} // namespace cs::domain
