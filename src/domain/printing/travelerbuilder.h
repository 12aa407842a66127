#pragma once

#include "domain/bom/bomgenerator.h"
#include "domain/orders/sinkconfiguration.h"
#include "domain/printing/travelercontent.h"

#include <QStringList>

namespace cs::domain {

class Catalog;

// Fills a TravelerContent from an order, one build's configuration and its frozen BOM: the
// configuration in words in the order's language (sink, basins, faucets with placement, sprayers
// with location, accessories), the top-level lines with their rules, the flattened pick list, the
// tree, the BOM hash and the blank sign-off strip. Descriptions come from the catalog when given.
// The caller sets status, print date, reprint and filled sign-offs.
class TravelerBuilder
{
public:
    static TravelerLanguage languageOf(DocumentLanguage language);

    static TravelerContent build(const OrderInfo& order, SinkFamily family, const BuildEntry& build,
                                 const BuildBom& bom, const Catalog* catalog, const QStringList& warnings = {});
};

} // namespace cs::domain
