#include "data/orders/bomcheck.h"

#include "domain/bom/bomgenerator.h"
#include "domain/orders/sinkconfiguration.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

namespace cs::data {

BomCheckOutcome BomCheck::run(const domain::CatalogPtr& catalog, const OrderDetail& order, const BomData& bom)
{
    BomCheckOutcome out;
    out.bomRevision = bom.catalogRevision;
    if (!catalog) {
        out.error = tr("The catalog is not available on this PC yet (it has not been loaded from the cache or the "
                       "server), so the BOM cannot be checked.");
        return out;
    }
    out.catalogRevision = catalog->revision();
    if (bom.items.isEmpty()) {
        out.error = tr("The stored BOM of build %1 cannot be read, so it cannot be checked.").arg(order.buildNumber);
        return out;
    }
    // A BOM of another catalog revision is regenerated with this one all the same: when the lines are the
    // same, the catalog's change (a custom part another order created, an import) did not touch it and it
    // is the BOM its configuration gives today; when they differ, the change may be why.
    const bool sameRevision = bom.catalogRevision == out.catalogRevision;

    // The order and the build's configuration as they were submitted (the neutral JSON of the wizard).
    const QJsonObject root = order.neutralJson();
    QString why;
    const std::optional<domain::OrderConfiguration> config = domain::OrderConfiguration::fromJson(root, &why);
    if (!config) {
        out.error = tr("The stored configuration of build %1 cannot be read (%2), so the BOM cannot be checked.")
                        .arg(order.buildNumber, why);
        return out;
    }
    // The want date was checked against the day the order was entered, not today.
    const QDate entered = order.createdAt.isValid() ? order.createdAt.toUTC().date() : QDate::currentDate();
    const domain::GenerationResult result = domain::BomGenerator::generate(*catalog, *config, entered);
    const domain::BuildBom* regenerated = result.build(order.buildNumber);
    if (!regenerated || !regenerated->generated) {
        if (!sameRevision) {
            out.kind = BomCheckOutcome::Kind::OtherRevision;
            return out;
        }
        QStringList problems;
        for (const domain::ValidationIssue& i : result.issues)
            if (i.isError() && i.buildIndex >= 0 && i.buildNumber == order.buildNumber)
                problems << i.message;
        out.error = tr("The stored configuration of build %1 gives no BOM with the catalog of this PC: %2")
                        .arg(order.buildNumber, problems.isEmpty() ? tr("no reason given") : problems.join(u' '));
        return out;
    }
    const QJsonObject mine = QJsonDocument::fromJson(regenerated->canonicalJson()).object();
    out.differences = domain::BomComparison::compare(bom.items, mine);
    if (out.differences.isEmpty()) {
        out.kind = BomCheckOutcome::Kind::Same;
        return out;
    }
    out.kind = sameRevision ? BomCheckOutcome::Kind::Differs : BomCheckOutcome::Kind::OtherRevision;
    out.words = domain::BomComparison::describe(out.differences, [&](const QString& id) {
        const int item = catalog->resolve(id);
        return item >= 0 ? catalog->name(item) : QString();
    });
    return out;
}

QFuture<BomCheckOutcome> BomCheck::start(domain::CatalogPtr catalog, const OrderDetail& order, const BomData& bom)
{
    return QtConcurrent::run([catalog = std::move(catalog), order, bom] { return run(catalog, order, bom); });
}

} // namespace cs::data
