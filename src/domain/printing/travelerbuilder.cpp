#include "domain/printing/travelerbuilder.h"

#include "domain/catalog/catalog.h"
#include "domain/orders/configurationtext.h"

namespace cs::domain {

namespace {

QString describe(const Catalog* catalog, const QString& id)
{
    if (!catalog)
        return {};
    const int item = catalog->resolve(id);
    return item >= 0 ? catalog->name(item) : QString();
}

} // namespace

TravelerLanguage TravelerBuilder::languageOf(DocumentLanguage language)
{
    return ConfigurationText::languageOf(language);
}

TravelerContent TravelerBuilder::build(const OrderInfo& order, SinkFamily family, const BuildEntry& build,
                                       const BuildBom& bom, const Catalog* catalog, const QStringList& warnings)
{
    TravelerContent c;
    c.language = languageOf(order.language);
    c.poNumber = order.poNumber;
    c.buildNumber = build.buildNumber;
    c.customer = order.customerName.trimmed();
    c.project = order.projectName.trimmed();
    c.salesPerson = order.salesPerson.trimmed();
    c.wantDate = order.wantDate;
    c.family = toString(family);
    c.warnings = warnings;
    c.signOffs = TravelerContent::standardSignOffs();
    c.bomHash = QString::fromLatin1(bom.sha256Hex());

    if (build.config) {
        c.model = toString(build.config->model);
        c.configuration = ConfigurationText::tables(family, *build.config, c.language, catalog);
    }

    // Why each line is there in the words of the configuration tables, as the screens say it.
    for (const BomLine& l : bom.top)
        c.topLevel.append({l.id, l.custom ? l.customName : describe(catalog, l.id), l.qty, l.rule,
                           ConfigurationText::bomReasonWords(l.rule, l.answer, l.note, c.language)});
    for (const BomFlatLine& l : bom.flat)
        c.pickList.append({l.id, describe(catalog, l.id), l.qty});
    for (const BomTreeNode& n : bom.tree)
        c.tree.append({n.depth, n.id, describe(catalog, n.id), n.qty, n.extQty});
    return c;
}

} // namespace cs::domain
