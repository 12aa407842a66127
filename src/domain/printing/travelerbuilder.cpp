#include "domain/printing/travelerbuilder.h"

#include "domain/catalog/catalog.h"

namespace cs::domain {

namespace {

QString inches(std::optional<double> v)
{
    return v ? QString::number(*v) : QStringLiteral("?");
}

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
    switch (language) {
    case DocumentLanguage::FR: return TravelerLanguage::FR;
    case DocumentLanguage::ES: return TravelerLanguage::ES;
    default: return TravelerLanguage::EN;
    }
}

TravelerContent TravelerBuilder::build(const OrderInfo& order, SinkFamily family, const BuildEntry& build,
                                       const BuildBom& bom, const Catalog* catalog, const QStringList& warnings)
{
    TravelerContent c;
    c.language = languageOf(order.language);
    auto tx = [&](const QString& key) { return travelerText(key, c.language); };
    auto word = [&](const QString& prefix, const QString& value) {
        return value.isEmpty() ? QStringLiteral("—") : tx(prefix + value);
    };
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
        const SinkConfiguration& s = *build.config;
        c.model = toString(s.model);
        QString legs = word(QStringLiteral("legsHeight."), toString(s.legs.height));
        if (!toString(s.legs.model).isEmpty())
            legs += QStringLiteral(", ") + toString(s.legs.model);
        QString pegboard = tx(QStringLiteral("no"));
        if (s.pegboard) {
            pegboard = word(QStringLiteral("pegboardType."), toString(s.pegboard->type));
            if (s.pegboard->color != PegboardColor::None)
                pegboard += QStringLiteral(", ") + word(QStringLiteral("color."), toString(s.pegboard->color));
            if (s.pegboard->size.kind == PegboardSize::Kind::Custom)
                pegboard += QStringLiteral(", %1 %2 x %3 in")
                                .arg(tx(QStringLiteral("custom")), inches(s.pegboard->size.widthIn),
                                     inches(s.pegboard->size.lengthIn));
            else
                pegboard += QStringLiteral(", ") + tx(QStringLiteral("sameAsSink"));
        }
        c.configuration.append({tx(QStringLiteral("sink")), {}, {}, {
            {tx(QStringLiteral("family")), tx(QStringLiteral("family.") + toString(family))},
            {tx(QStringLiteral("model")), c.model},
            {tx(QStringLiteral("dimensions")), inches(s.widthIn) + QStringLiteral(" x ") + inches(s.lengthIn) + QStringLiteral(" in")},
            {tx(QStringLiteral("legs")), legs},
            {tx(QStringLiteral("feet")), word(QStringLiteral("feet."), toString(s.feet))},
            {tx(QStringLiteral("pegboard")), pegboard},
            {tx(QStringLiteral("direction")), word(QStringLiteral("direction."), toString(s.workflowDirection))}}});

        TravelerTable basins{tx(QStringLiteral("basins")),
                             {tx(QStringLiteral("position")), tx(QStringLiteral("type")), tx(QStringLiteral("size")),
                              tx(QStringLiteral("pTrap")), tx(QStringLiteral("basinLight"))},
                             {0.12, 0.28, 0.30, 0.15, 0.15},
                             {}};
        for (const Basin& b : s.basins) {
            QString size = b.size.standard;
            if (b.size.kind == BasinSize::Kind::Custom)
                size = QStringLiteral("%1 %2 x %3 x %4 in")
                           .arg(tx(QStringLiteral("custom")), inches(b.size.widthIn), inches(b.size.lengthIn),
                                inches(b.size.depthIn));
            basins.rows.append({QString::number(b.position), word(QStringLiteral("basinType."), toString(b.type)), size,
                                tx(b.pTrap ? QStringLiteral("yes") : QStringLiteral("no")),
                                tx(b.basinLight ? QStringLiteral("yes") : QStringLiteral("no"))});
        }
        c.configuration.append(basins);

        TravelerTable faucets{tx(QStringLiteral("faucets")), {tx(QStringLiteral("type")), tx(QStringLiteral("placement"))},
                              {0.5, 0.5}, {}};
        for (const Faucet& f : s.faucets)
            faucets.rows.append({word(QStringLiteral("faucetType."), toString(f.type)),
                                 word(QStringLiteral("placement."), toString(f.placement))});
        if (faucets.rows.isEmpty())
            faucets.rows.append({tx(QStringLiteral("none")), QString()});
        c.configuration.append(faucets);

        TravelerTable sprayers{tx(QStringLiteral("sprayers")), {tx(QStringLiteral("type")), tx(QStringLiteral("location"))},
                               {0.5, 0.5}, {}};
        for (const Sprayer& sp : s.sprayers)
            sprayers.rows.append({word(QStringLiteral("sprayerType."), toString(sp.type)),
                                  word(QStringLiteral("location."), toString(sp.location))});
        if (sprayers.rows.isEmpty())
            sprayers.rows.append({tx(QStringLiteral("none")), QString()});
        c.configuration.append(sprayers);

        TravelerTable accessories{tx(QStringLiteral("accessories")),
                                  {tx(QStringLiteral("id")), tx(QStringLiteral("description")), tx(QStringLiteral("qty"))},
                                  {0.34, 0.56, 0.10},
                                  {}};
        for (const AccessoryChoice& a : s.accessories)
            accessories.rows.append({a.id, describe(catalog, a.id), QString::number(a.qty)});
        if (accessories.rows.isEmpty())
            accessories.rows.append({tx(QStringLiteral("none")), QString(), QString()});
        c.configuration.append(accessories);
    }

    for (const BomLine& l : bom.top)
        c.topLevel.append({l.id, l.custom ? l.customName : describe(catalog, l.id), l.qty, l.rule,
                           l.note.isEmpty() ? l.answer : l.answer + QStringLiteral(" (") + l.note + u')'});
    for (const BomFlatLine& l : bom.flat)
        c.pickList.append({l.id, describe(catalog, l.id), l.qty});
    for (const BomTreeNode& n : bom.tree)
        c.tree.append({n.depth, n.id, describe(catalog, n.id), n.qty, n.extQty});
    return c;
}

} // namespace cs::domain
