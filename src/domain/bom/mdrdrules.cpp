#include "domain/bom/mdrdrules.h"

#include "domain/bom/accessorylibrary.h"
#include "domain/catalog/catalog.h"
#include "domain/bom/custompartnumber.h"

#include <QSet>

#include <cmath>

namespace cs::domain {

namespace {

QString inches(double v)
{
    return CustomPartNumber::formatDimension(v);
}

bool validNumber(const std::optional<double>& v)
{
    return v && std::isfinite(*v);
}

const QStringList& standardBasinSizes()
{
    static const QStringList sizes{QStringLiteral("20X20X8"), QStringLiteral("24X20X8"), QStringLiteral("24X20X10"),
                                   QStringLiteral("30X20X8"), QStringLiteral("30X20X10")};
    return sizes;
}

int placementBasin(FaucetPlacement p)
{
    switch (p) {
    case FaucetPlacement::CenterOfBasin1: return 1;
    case FaucetPlacement::CenterOfBasin2: return 2;
    case FaucetPlacement::CenterOfBasin3: return 3;
    case FaucetPlacement::Between12: return 2;  // needs 2 basins
    case FaucetPlacement::Between23: return 3;  // needs 3 basins
    default: return 99;
    }
}

} // namespace

QString MdrdRules::manualKitFor(DocumentLanguage language)
{
    switch (language) {
    case DocumentLanguage::EN: return QStringLiteral("T2-STD-MANUAL-EN-KIT");
    case DocumentLanguage::FR: return QStringLiteral("T2-STD-MANUAL-FR-KIT");
    case DocumentLanguage::ES: return QStringLiteral("T2-STD-MANUAL-SP-KIT");
    default: return QString();
    }
}

QString MdrdRules::bodyFor(double l)
{
    if (!std::isfinite(l) || l < kMinLengthIn || l > kMaxLengthIn)
        return QString();
    if (l <= 60)
        return QStringLiteral("T2-BODY-48-60-HA");
    if (l <= 72)
        return QStringLiteral("T2-BODY-61-72-HA");
    return QStringLiteral("T2-BODY-73-120-HA");
}

QString MdrdRules::legsKitFor(LegsHeight height, LegsModel model)
{
    if (height == LegsHeight::HeightAdjustable) {
        switch (model) {
        case LegsModel::DL27: return QStringLiteral("T2-DL27-KIT");
        case LegsModel::DL14: return QStringLiteral("T2-DL14-KIT");
        case LegsModel::LC1: return QStringLiteral("T2-LC1-KIT");
        default: return QString();
        }
    }
    if (height == LegsHeight::FixedHeight) {
        switch (model) {
        case LegsModel::DL27: return QStringLiteral("T2-DL27-FH-KIT");
        case LegsModel::DL14: return QStringLiteral("T2-DL14-FH-KIT");
        default: return QString();
        }
    }
    return QString();
}

QString MdrdRules::feetFor(Feet feet)
{
    switch (feet) {
    case Feet::LockLevelingCasters: return QStringLiteral("T2-LEVELING-CASTOR-475");
    case Feet::SeismicFeet: return QStringLiteral("T2-SEISMIC-FEET");
    default: return QString();
    }
}

QString MdrdRules::pegboardPanelFor(double l)
{
    if (!std::isfinite(l) || l < 34 || l > 130)
        return QString();
    if (l < 48)
        return QStringLiteral("T2-ADW-PB-3436");
    if (l < 60)
        return QStringLiteral("T2-ADW-PB-4836");
    if (l < 72)
        return QStringLiteral("T2-ADW-PB-6036");
    if (l < 84)
        return QStringLiteral("T2-ADW-PB-7236");
    if (l < 96)
        return QStringLiteral("T2-ADW-PB-8436");
    if (l < 108)
        return QStringLiteral("T2-ADW-PB-9636");
    if (l < 120)
        return QStringLiteral("T2-ADW-PB-10836");
    return QStringLiteral("T2-ADW-PB-12036");
}

QString MdrdRules::basinKitFor(BasinType type)
{
    switch (type) {
    case BasinType::ESink: return QStringLiteral("T2-BSN-ESK-KIT");
    case BasinType::ESinkDi: return QStringLiteral("T2-BSN-ESK-DI-KIT");
    case BasinType::EDrain: return QStringLiteral("T2-BSN-EDR-KIT");
    default: return QString();
    }
}

QString MdrdRules::basinSizeFor(const QString& standardSize)
{
    if (!standardBasinSizes().contains(standardSize))
        return QString();
    return QStringLiteral("T2-ADW-BASIN") + standardSize;
}

QString MdrdRules::controlBoxFor(int edr, int esk)
{
    if (edr < 0 || esk < 0 || edr + esk < 1 || edr + esk > 3)
        return QString();
    QString id = QStringLiteral("T2-CTRL");
    if (edr > 0)
        id += QStringLiteral("-EDR%1").arg(edr);
    if (esk > 0)
        id += QStringLiteral("-ESK%1").arg(esk);
    return id;
}

QString MdrdRules::basinLightFor(BasinType type)
{
    switch (type) {
    case BasinType::EDrain: return QStringLiteral("T2-OA-BASIN-LIGHT-EDR-KIT");
    case BasinType::ESink:
    case BasinType::ESinkDi: return QStringLiteral("T2-OA-BASIN-LIGHT-ESK-KIT");
    default: return QString();
    }
}

QString MdrdRules::faucetKitFor(FaucetType type)
{
    switch (type) {
    case FaucetType::WristBlade: return QStringLiteral("T2-OA-STD-FAUCET-WB-KIT");
    case FaucetType::PreRinse: return QStringLiteral("T2-OA-PRE-RINSE-FAUCET-KIT");
    case FaucetType::DiGooseneck: return QStringLiteral("T2-OA-DI-GOOSENECK-FAUCET-KIT");
    default: return QString();
    }
}

QString MdrdRules::sprayerKitFor(SprayerType type)
{
    switch (type) {
    case SprayerType::WaterGunTurret: return QStringLiteral("T2-OA-WATERGUN-TURRET-KIT");
    case SprayerType::WaterGunRosette: return QStringLiteral("T2-OA-WATERGUN-ROSETTE-KIT");
    case SprayerType::AirGunTurret: return QStringLiteral("T2-OA-AIRGUN-TURRET-KIT");
    case SprayerType::AirGunRosette: return QStringLiteral("T2-OA-AIRGUN-ROSETTE-KIT");
    default: return QString();
    }
}

QStringList MdrdRules::referencedIds()
{
    QStringList ids;
    for (DocumentLanguage l : {DocumentLanguage::EN, DocumentLanguage::FR, DocumentLanguage::ES})
        ids << manualKitFor(l);
    for (double l : {48.0, 61.0, 73.0})
        ids << bodyFor(l);
    for (LegsHeight h : {LegsHeight::HeightAdjustable, LegsHeight::FixedHeight})
        for (LegsModel m : {LegsModel::DL27, LegsModel::DL14, LegsModel::LC1})
            if (!legsKitFor(h, m).isEmpty())
                ids << legsKitFor(h, m);
    ids << feetFor(Feet::LockLevelingCasters) << feetFor(Feet::SeismicFeet);
    ids << QStringLiteral("T2-OHL-MDRD-KIT") << QStringLiteral("T2-ADW-PB-PERF-KIT") << QStringLiteral("T2-ADW-PB-SOLID-KIT")
        << QStringLiteral("708.77");
    for (double l : {34.0, 48.0, 60.0, 72.0, 84.0, 96.0, 108.0, 120.0})
        ids << pegboardPanelFor(l);
    for (BasinType t : {BasinType::ESink, BasinType::ESinkDi, BasinType::EDrain})
        ids << basinKitFor(t);
    for (const QString& s : standardBasinSizes())
        ids << basinSizeFor(s);
    for (int edr = 0; edr <= 3; ++edr)
        for (int esk = 0; esk + edr <= 3; ++esk)
            if (!controlBoxFor(edr, esk).isEmpty())
                ids << controlBoxFor(edr, esk);
    ids << QStringLiteral("T2-OA-MS-1026") << basinLightFor(BasinType::EDrain) << basinLightFor(BasinType::ESink);
    for (FaucetType t : {FaucetType::WristBlade, FaucetType::PreRinse, FaucetType::DiGooseneck})
        ids << faucetKitFor(t);
    for (SprayerType t : {SprayerType::WaterGunTurret, SprayerType::WaterGunRosette, SprayerType::AirGunTurret,
                          SprayerType::AirGunRosette})
        ids << sprayerKitFor(t);
    for (const AccessoryInfo& a : AccessoryLibrary::all())
        ids << a.id;
    ids.removeDuplicates();
    return ids;
}

int MdrdRules::maxFaucets(int basinCount)
{
    return basinCount >= 3 ? 3 : 2;
}

void MdrdRules::validateBuild(const Catalog& catalog, const BuildEntry& build, int buildIndex,
                              ValidationIssues* issues) const
{
    if (!build.config)
        return;
    const SinkConfiguration& c = *build.config;
    const QString base = QStringLiteral("builds[%1].").arg(buildIndex);
    auto add = [&](ValidationIssue::Severity severity, const QString& code, const QString& field,
                   const QString& message) {
        ValidationIssue issue;
        issue.severity = severity;
        issue.code = code;
        issue.buildIndex = buildIndex;
        issue.buildNumber = build.buildNumber;
        issue.field = base + field;
        issue.message = message;
        issues->append(issue);
    };
    auto error = [&](const QString& code, const QString& field, const QString& message) {
        add(ValidationIssue::Severity::Error, code, field, message);
    };
    auto warning = [&](const QString& code, const QString& field, const QString& message) {
        add(ValidationIssue::Severity::Warning, code, field, message);
    };

    // 5.1 sink body
    const int modelBasins = basinCountOf(c.model);
    if (modelBasins == 0)
        error(QStringLiteral("E-MODEL"), QStringLiteral("model"), tr("Choose the sink model (T2-B1, T2-B2 or T2-B3)."));
    if (!validNumber(c.widthIn) || *c.widthIn <= 0)
        error(QStringLiteral("E-WIDTH-REQUIRED"), QStringLiteral("widthIn"), tr("Enter the sink width in inches (more than 0)."));
    const bool lengthOk = validNumber(c.lengthIn) && *c.lengthIn >= kMinLengthIn && *c.lengthIn <= kMaxLengthIn;
    if (!lengthOk)
        error(QStringLiteral("E-LENGTH-RANGE"), QStringLiteral("lengthIn"),
              tr("The sink length must be from %1 to %2 inches.").arg(kMinLengthIn).arg(kMaxLengthIn));
    if (legsKitFor(c.legs.height, c.legs.model).isEmpty())
        error(QStringLiteral("E-LEGS"), QStringLiteral("legs"),
              c.legs.height == LegsHeight::FixedHeight && c.legs.model == LegsModel::LC1
                  ? tr("LC1 legs are height adjustable only; choose DL27 or DL14 for a fixed height.")
                  : tr("Choose the leg height type and model."));
    if (feetFor(c.feet).isEmpty())
        error(QStringLiteral("E-FEET"), QStringLiteral("feet"), tr("Choose lock and leveling casters or seismic feet."));
    if (c.workflowDirection != WorkflowDirection::LeftToRight && c.workflowDirection != WorkflowDirection::RightToLeft)
        error(QStringLiteral("E-WORKFLOW-DIRECTION"), QStringLiteral("workflowDirection"),
              tr("Choose the workflow direction."));

    // 5.2 pegboard
    if (c.pegboard) {
        const Pegboard& p = *c.pegboard;
        if (p.type != PegboardType::Perforated && p.type != PegboardType::Solid)
            error(QStringLiteral("E-PEGBOARD-TYPE-REQUIRED"), QStringLiteral("pegboard.type"),
                  tr("Choose a perforated or a solid pegboard."));
        if (p.color == PegboardColor::Invalid)
            error(QStringLiteral("E-PEGBOARD-COLOR"), QStringLiteral("pegboard.color"),
                  tr("The Colorsafe+ colour is not one of the offered colours."));
        switch (p.size.kind) {
        case PegboardSize::Kind::SameAsSink:
            break;
        case PegboardSize::Kind::Custom: {
            const bool ok = validNumber(p.size.widthIn) && validNumber(p.size.lengthIn)
                            && CustomPartNumber::isValidDimension(*p.size.widthIn)
                            && CustomPartNumber::isValidDimension(*p.size.lengthIn);
            if (!ok) {
                error(QStringLiteral("E-PEGBOARD-SIZE"), QStringLiteral("pegboard.size"),
                      tr("A custom pegboard needs a width and a length above 0, with at most one decimal."));
            } else {
                const QString id = CustomPartNumber::pegboardId(*p.size.widthIn, *p.size.lengthIn);
                const int item = catalog.resolve(id);
                if (item >= 0 && !catalog.isCustom(item))
                    error(QStringLiteral("E-PEGBOARD-SIZE"), QStringLiteral("pegboard.size"),
                          tr("The custom pegboard number %1 equals a standard catalog id.").arg(id));
            }
            break;
        }
        default:
            error(QStringLiteral("E-PEGBOARD-SIZE"), QStringLiteral("pegboard.size"),
                  tr("Choose the pegboard size: same as the sink, or a custom width and length."));
        }
    }

    // 5.3 basins
    if (modelBasins > 0 && c.basins.size() != modelBasins)
        error(QStringLiteral("E-BASIN-COUNT"), QStringLiteral("basins"),
              tr("Model %1 has %n basin(s), but %2 are configured.", nullptr, modelBasins)
                  .arg(toString(c.model))
                  .arg(c.basins.size()));
    int diBasins = 0;
    for (qsizetype i = 0; i < c.basins.size(); ++i) {
        const Basin& b = c.basins.at(i);
        const QString field = QStringLiteral("basins[%1].").arg(i);
        if (basinKitFor(b.type).isEmpty())
            error(QStringLiteral("E-BASIN-TYPE"), field + QStringLiteral("type"),
                  tr("Basin %1: choose E-Sink, E-Sink DI or E-Drain.").arg(i + 1));
        if (b.type == BasinType::ESinkDi)
            ++diBasins;
        switch (b.size.kind) {
        case BasinSize::Kind::Standard:
            if (basinSizeFor(b.size.standard).isEmpty())
                error(QStringLiteral("E-BASIN-SIZE"), field + QStringLiteral("size"),
                      tr("Basin %1: %2 is not a standard basin size.").arg(i + 1).arg(b.size.standard));
            break;
        case BasinSize::Kind::Custom: {
            const bool ok = validNumber(b.size.widthIn) && validNumber(b.size.lengthIn) && validNumber(b.size.depthIn)
                            && CustomPartNumber::isValidDimension(*b.size.widthIn)
                            && CustomPartNumber::isValidDimension(*b.size.lengthIn)
                            && CustomPartNumber::isValidDimension(*b.size.depthIn);
            if (!ok) {
                error(QStringLiteral("E-BASIN-SIZE"), field + QStringLiteral("size"),
                      tr("Basin %1: a custom size needs width, length and depth above 0, with at most one decimal.")
                          .arg(i + 1));
            } else {
                const QString id = CustomPartNumber::basinId(*b.size.widthIn, *b.size.lengthIn, *b.size.depthIn);
                const int item = catalog.resolve(id);
                if (item >= 0 && !catalog.isCustom(item))
                    error(QStringLiteral("E-BASIN-SIZE"), field + QStringLiteral("size"),
                          tr("Basin %1: the custom basin number %2 equals a standard catalog id.").arg(i + 1).arg(id));
            }
            break;
        }
        default:
            error(QStringLiteral("E-BASIN-SIZE"), field + QStringLiteral("size"), tr("Basin %1: choose the basin size.").arg(i + 1));
        }
    }

    // 5.4 faucets
    const int basinCount = modelBasins > 0 ? modelBasins : int(c.basins.size());
    const int maxF = maxFaucets(basinCount);
    if (c.faucets.size() > maxF)
        error(QStringLiteral("E-FAUCET-MAX"), QStringLiteral("faucets"),
              tr("A sink with %n basin(s) takes at most %1 faucets.", nullptr, basinCount).arg(maxF));
    unsigned placementsUsed = 0;
    int goosenecks = 0;
    for (qsizetype i = 0; i < c.faucets.size(); ++i) {
        const Faucet& f = c.faucets.at(i);
        const QString field = QStringLiteral("faucets[%1].").arg(i);
        if (faucetKitFor(f.type).isEmpty())
            error(QStringLiteral("E-FAUCET-TYPE"), field + QStringLiteral("type"), tr("Faucet %1: choose the faucet type.").arg(i + 1));
        if (f.type == FaucetType::DiGooseneck)
            ++goosenecks;
        if (f.placement == FaucetPlacement::Unset)
            continue; // not recorded (legacy data): no placement checks (12)
        if (f.placement == FaucetPlacement::Invalid || placementBasin(f.placement) > basinCount) {
            error(QStringLiteral("E-FAUCET-PLACEMENT"), field + QStringLiteral("placement"),
                  tr("Faucet %1: this placement does not exist on a sink with %n basin(s).", nullptr, basinCount)
                      .arg(i + 1));
        } else if (placementsUsed & (1u << unsigned(f.placement))) {
            error(QStringLiteral("E-FAUCET-PLACEMENT"), field + QStringLiteral("placement"),
                  tr("Faucet %1: another faucet already has this placement.").arg(i + 1));
        }
        placementsUsed |= 1u << unsigned(f.placement);
    }
    if (goosenecks < diBasins)
        error(QStringLiteral("E-DI-GOOSENECK"), QStringLiteral("faucets"),
              tr("Every E-Sink DI basin needs a DI gooseneck faucet (%1 needed, %2 present).")
                  .arg(diBasins)
                  .arg(goosenecks));

    // 5.5 sprayers
    if (c.sprayers.size() > 2)
        error(QStringLiteral("E-SPRAYER-QTY"), QStringLiteral("sprayers"), tr("A sink takes one or two sprayers."));
    for (qsizetype i = 0; i < c.sprayers.size(); ++i) {
        const Sprayer& s = c.sprayers.at(i);
        const QString field = QStringLiteral("sprayers[%1].").arg(i);
        if (sprayerKitFor(s.type).isEmpty())
            error(QStringLiteral("E-SPRAYER-FIELDS"), field + QStringLiteral("type"), tr("Sprayer %1: choose the sprayer type.").arg(i + 1));
        if (s.location != SprayerLocation::LeftSide && s.location != SprayerLocation::RightSide)
            error(QStringLiteral("E-SPRAYER-FIELDS"), field + QStringLiteral("location"),
                  tr("Sprayer %1: choose the left or the right side.").arg(i + 1));
    }

    // 6 accessories
    bool hasHaShelf = false;
    for (const AccessoryChoice& a : c.accessories)
        if (const AccessoryInfo* info = AccessoryLibrary::find(a.id); info && info->has(AccessoryInfo::HaShelf))
            hasHaShelf = true;
    const bool solidPegboard = c.pegboard && c.pegboard->type == PegboardType::Solid;
    QSet<QString> warned; // one warning per code and item
    for (qsizetype i = 0; i < c.accessories.size(); ++i) {
        const AccessoryChoice& a = c.accessories.at(i);
        const QString field = QStringLiteral("accessories[%1].").arg(i);
        const AccessoryInfo* info = AccessoryLibrary::find(a.id);
        if (!info || catalog.resolve(a.id) < 0) {
            error(QStringLiteral("E-ACCESSORY-UNKNOWN"), field + QStringLiteral("id"),
                  tr("Accessory %1 is not in the accessory library.").arg(a.id));
        } else if (info->has(AccessoryInfo::InstroSinkOnly)) {
            error(QStringLiteral("E-ACCESSORY-FAMILY"), field + QStringLiteral("id"),
                  tr("Accessory %1 is for InstroSink only.").arg(a.id));
        }
        if (a.qty < 1)
            error(QStringLiteral("E-ACCESSORY-QTY"), field + QStringLiteral("qty"),
                  tr("Accessory %1: the quantity must be a whole number of at least 1.").arg(a.id));
        if (!info)
            continue;
        auto warnOnce = [&](const QString& code, const QString& message) {
            if (warned.contains(code + a.id))
                return;
            warned.insert(code + a.id);
            warning(code, field + QStringLiteral("id"), message);
        };
        if (info->has(AccessoryInfo::BoltOnShelf) && !solidPegboard)
            warnOnce(QStringLiteral("W-BOLTON-NEEDS-SOLID-PEGBOARD"),
                     tr("%1 is a bolt-on shelf for a solid pegboard, and this sink has none.").arg(a.id));
        if (lengthOk && info->has(AccessoryInfo::AdderSmall) && *c.lengthIn >= 84)
            warnOnce(QStringLiteral("W-ADDER-LENGTH"),
                     tr("%1 is for sinks shorter than 84 in.; this sink is %2 in.").arg(a.id, inches(*c.lengthIn)));
        if (lengthOk && info->has(AccessoryInfo::AdderLarge) && *c.lengthIn < 84)
            warnOnce(QStringLiteral("W-ADDER-LENGTH"),
                     tr("%1 is for sinks of 84 in. and longer; this sink is %2 in.").arg(a.id, inches(*c.lengthIn)));
        if (info->has(AccessoryInfo::PullOutShelf) && !hasHaShelf)
            warnOnce(QStringLiteral("W-PULLOUT-SHELF-NEEDS-HA-SHELF"),
                     tr("%1 fits only with a height-adjustable shelf (T2-OA-CUST-SHELF-HA-SML or -LRG).").arg(a.id));
        if (info->has(AccessoryInfo::PegboardMount) && !c.pegboard)
            warnOnce(QStringLiteral("W-PEGBOARD-ACCESSORY-WITHOUT-PEGBOARD"),
                     tr("%1 mounts on a pegboard, and this sink has none.").arg(a.id));
    }
}

QList<BomLine> MdrdRules::topLevelLines(const OrderInfo& order, const SinkConfiguration& c) const
{
    QList<BomLine> lines;
    lines.reserve(16 + c.basins.size() * 4 + c.accessories.size());
    auto add = [&lines](QString id, qint64 qty, const char16_t* rule, QString answer, QString note = QString()) {
        if (id.isEmpty() || qty <= 0)
            return;
        BomLine line;
        line.id = std::move(id);
        line.qty = qty;
        line.rule = QString::fromUtf16(rule);
        line.answer = std::move(answer);
        line.note = std::move(note);
        appendMerged(&lines, std::move(line));
    };
    const double length = c.lengthIn.value_or(0);

    add(manualKitFor(order.language), 1, u"R-MANUAL", QStringLiteral("language ") + toString(order.language));
    add(bodyFor(length), 1, u"R-BODY", QStringLiteral("length %1 in").arg(inches(length)));
    add(legsKitFor(c.legs.height, c.legs.model), 1, u"R-LEGS",
        QStringLiteral("legs %1 %2").arg(toString(c.legs.height), toString(c.legs.model)));
    add(feetFor(c.feet), 1, u"R-FEET", QStringLiteral("feet ") + toString(c.feet));

    // Pegboard (9.2, 9.5, 9.6): the literal spec, kept in this one place until Torvan answers 9.5.
    if (c.pegboard) {
        const Pegboard& p = *c.pegboard;
        add(QStringLiteral("T2-OHL-MDRD-KIT"), 1, u"R-PB-OHL", QStringLiteral("pegboard yes"));
        add(p.type == PegboardType::Solid        ? QStringLiteral("T2-ADW-PB-SOLID-KIT")
            : p.type == PegboardType::Perforated ? QStringLiteral("T2-ADW-PB-PERF-KIT")
                                                 : QString(),
            1, u"R-PB-TYPE", QStringLiteral("pegboard type ") + toString(p.type));
        if (p.size.kind == PegboardSize::Kind::SameAsSink) {
            add(pegboardPanelFor(length), 1, u"R-PB-SIZE",
                QStringLiteral("pegboard same as sink, length %1 in").arg(inches(length)));
        } else if (p.size.kind == PegboardSize::Kind::Custom && p.size.widthIn && p.size.lengthIn) {
            BomLine line;
            line.id = CustomPartNumber::pegboardId(*p.size.widthIn, *p.size.lengthIn);
            line.qty = 1;
            line.rule = QStringLiteral("R-PB-CUSTOM");
            line.answer = QStringLiteral("pegboard %1 x %2 in").arg(inches(*p.size.widthIn), inches(*p.size.lengthIn));
            line.custom = true;
            line.customName = CustomPartNumber::pegboardName(*p.size.widthIn, *p.size.lengthIn);
            appendMerged(&lines, std::move(line));
        }
        if (p.color != PegboardColor::None && p.color != PegboardColor::Invalid)
            add(QStringLiteral("708.77"), 1, u"R-PB-COLOR", QStringLiteral("pegboard colour ") + toString(p.color),
                toString(p.color));
    }

    // Basins (9.7): kits, then sizes, merged.
    int edr = 0;
    int esk = 0;
    for (qsizetype i = 0; i < c.basins.size(); ++i) {
        const Basin& b = c.basins.at(i);
        add(basinKitFor(b.type), 1, u"R-BASIN-KIT", QStringLiteral("basin %1: %2").arg(i + 1).arg(toString(b.type)));
        if (b.type == BasinType::EDrain)
            ++edr;
        else if (b.type == BasinType::ESink || b.type == BasinType::ESinkDi)
            ++esk;
    }
    for (qsizetype i = 0; i < c.basins.size(); ++i) {
        const Basin& b = c.basins.at(i);
        if (b.size.kind == BasinSize::Kind::Standard) {
            add(basinSizeFor(b.size.standard), 1, u"R-BASIN-SIZE",
                QStringLiteral("basin %1: %2").arg(i + 1).arg(b.size.standard));
        } else if (b.size.kind == BasinSize::Kind::Custom && b.size.widthIn && b.size.lengthIn && b.size.depthIn) {
            BomLine line;
            line.id = CustomPartNumber::basinId(*b.size.widthIn, *b.size.lengthIn, *b.size.depthIn);
            line.qty = 1;
            line.rule = QStringLiteral("R-BASIN-CUSTOM");
            line.answer = QStringLiteral("basin %1: %2 x %3 x %4 in")
                              .arg(i + 1)
                              .arg(inches(*b.size.widthIn), inches(*b.size.lengthIn), inches(*b.size.depthIn));
            line.custom = true;
            line.customName = CustomPartNumber::basinName(*b.size.widthIn, *b.size.lengthIn, *b.size.depthIn);
            appendMerged(&lines, std::move(line));
        }
    }
    add(controlBoxFor(edr, esk), 1, u"R-CTRL", QStringLiteral("E-Drain basins %1, E-Sink basins %2").arg(edr).arg(esk));
    for (qsizetype i = 0; i < c.basins.size(); ++i)
        if (c.basins.at(i).pTrap)
            add(QStringLiteral("T2-OA-MS-1026"), 1, u"R-PTRAP", QStringLiteral("basin %1: P-trap").arg(i + 1));
    for (qsizetype i = 0; i < c.basins.size(); ++i)
        if (c.basins.at(i).basinLight)
            add(basinLightFor(c.basins.at(i).type), 1, u"R-LIGHT",
                QStringLiteral("basin %1: light, %2").arg(i + 1).arg(toString(c.basins.at(i).type)));
    for (qsizetype i = 0; i < c.faucets.size(); ++i)
        add(faucetKitFor(c.faucets.at(i).type), 1, u"R-FAUCET",
            QStringLiteral("faucet %1: %2").arg(i + 1).arg(toString(c.faucets.at(i).type)));
    for (qsizetype i = 0; i < c.sprayers.size(); ++i)
        add(sprayerKitFor(c.sprayers.at(i).type), 1, u"R-SPRAYER",
            QStringLiteral("sprayer %1: %2, %3")
                .arg(i + 1)
                .arg(toString(c.sprayers.at(i).type), toString(c.sprayers.at(i).location)));
    for (const AccessoryChoice& a : c.accessories)
        add(a.id, a.qty, u"R-ACCESSORY", QStringLiteral("accessory x%1").arg(a.qty));
    return lines;
}

} // namespace cs::domain
