#pragma once

#include "domain/catalog/catalogdata.h"
#include "domain/orders/sinkconfiguration.h"

#include <QDate>

namespace cs::domain {

// A synthetic catalog in the customer's format, for scale tests and benchmarks
// (`cleanstation-admin gen-catalog`). Deterministic for a seed.
//
// Shape: parts at level 0; sub-assemblies in levels 1..depth-1, each with one child from the level
// just below (so the depth is reached), up to two more shared sub-assemblies from any lower level
// and 2 to 6 parts (quantities mostly 1); the ids the MDRD rules name sit at the top (level depth),
// so any MDRD configuration, including the most complex one, expands on it. About a third of the
// sub-assemblies use the ASSY-X convention of the real catalog (part X plus assembly ASSY-X).
struct SyntheticCatalogSpec
{
    int parts = 10000;
    int assemblies = 2000;   // including the MDRD rule and accessory ids (about 100)
    int depth = 8;           // levels below a top-level item
    quint64 seed = 1;
};

class SyntheticCatalog
{
public:
    // *error when the spec cannot be met (depth < 1, too few assemblies or parts for the rule ids).
    static CatalogData generate(const SyntheticCatalogSpec& spec, QString* error = nullptr);

    // A valid MDRD order with the most complex configuration: 3 basins (E-Sink DI, E-Sink, E-Drain),
    // pegboard with colour, P-traps and lights, 3 faucets, 2 sprayers and 20 accessories.
    static OrderConfiguration mostComplexOrder(QDate today);
};

} // namespace cs::domain
