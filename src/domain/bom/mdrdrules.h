#pragma once

#include "domain/bom/familyrules.h"

#include <QCoreApplication>

namespace cs::domain {

// MDRD CleanStation rules: validation of steps 3 and 4 (CONFIGURATION.md 5, 6) and the rule table
// of 9.2 to 9.12. The pegboard rule (9.5, pending Torvan's answer) lives in pegboardLines() only.
class MdrdRules final : public FamilyRules
{
    Q_DECLARE_TR_FUNCTIONS(cs::domain::MdrdRules)

public:
    SinkFamily family() const override { return SinkFamily::Mdrd; }
    bool isAvailable() const override { return true; }
    void validateBuild(const Catalog& catalog, const BuildEntry& build, int buildIndex,
                       ValidationIssues* issues) const override;
    QList<BomLine> topLevelLines(const OrderInfo& order, const SinkConfiguration& config) const override;

    // The selection tables, public for the wizard and the tests. Empty when nothing matches.
    static QString manualKitFor(DocumentLanguage language);               // 9.2 R-MANUAL
    static QString bodyFor(double lengthIn);                              // 9.3 (48 <= L <= 120)
    static QString legsKitFor(LegsHeight height, LegsModel model);        // 9.4
    static QString feetFor(Feet feet);                                    // 9.2 R-FEET
    static QString pegboardPanelFor(double sinkLengthIn);                 // 9.5 (34 <= L <= 130)
    static QString basinKitFor(BasinType type);                           // 9.2 R-BASIN-KIT
    static QString basinSizeFor(const QString& standardSize);             // 9.2 R-BASIN-SIZE
    static QString controlBoxFor(int eDrainBasins, int eSinkBasins);      // 9.8 (DI counts as E-Sink)
    static QString basinLightFor(BasinType type);                         // 9.9
    static QString faucetKitFor(FaucetType type);                         // 9.2 R-FAUCET
    static QString sprayerKitFor(SprayerType type);                       // 9.2 R-SPRAYER
    static int maxFaucets(int basinCount);                                // 5.4

    // Every catalog id the rules can emit (standard items, not custom parts), plus the accessory
    // library: what a catalog must contain for every MDRD configuration to expand.
    static QStringList referencedIds();

    static constexpr double kMinLengthIn = 48.0;
    static constexpr double kMaxLengthIn = 120.0;
};

} // namespace cs::domain
