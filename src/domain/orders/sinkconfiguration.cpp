#include "domain/orders/sinkconfiguration.h"

#include <QJsonArray>

#include <array>
#include <cmath>
#include <limits>
#include <utility>

namespace cs::domain {

namespace {

template <typename E, size_t N>
using NameTable = std::array<std::pair<E, const char16_t*>, N>;

template <typename E, size_t N>
QString nameOf(const NameTable<E, N>& table, E v)
{
    for (const auto& [value, name] : table)
        if (value == v)
            return QString::fromUtf16(name);
    return QString();
}

// Absent or null -> Unset; a string in the table -> its value; anything else -> Invalid.
template <typename E, size_t N>
E valueOf(const NameTable<E, N>& table, const QJsonValue& v, E unset, E invalid)
{
    if (v.isUndefined() || v.isNull())
        return unset;
    if (!v.isString())
        return invalid;
    const QString s = v.toString();
    for (const auto& [value, name] : table)
        if (s == QStringView(name))
            return value;
    return invalid;
}

template <typename E, size_t N>
QJsonValue jsonOf(const NameTable<E, N>& table, E v)
{
    // Invalid is written as "" (a string outside every list, read back as Invalid): null would read
    // back as Unset, which for some fields is a valid answer (no pegboard colour, faucet placement
    // not recorded).
    if (v == E::Invalid)
        return QJsonValue(QJsonValue::String);
    const QString s = nameOf(table, v);
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

const NameTable<SinkFamily, 3> kFamilies{{{SinkFamily::Mdrd, u"MDRD"},
                                          {SinkFamily::Endoscope, u"ENDOSCOPE"},
                                          {SinkFamily::InstroSink, u"INSTROSINK"}}};
const NameTable<DocumentLanguage, 3> kLanguages{
    {{DocumentLanguage::EN, u"EN"}, {DocumentLanguage::FR, u"FR"}, {DocumentLanguage::ES, u"ES"}}};
const NameTable<SinkModel, 3> kModels{
    {{SinkModel::T2B1, u"T2-B1"}, {SinkModel::T2B2, u"T2-B2"}, {SinkModel::T2B3, u"T2-B3"}}};
const NameTable<LegsHeight, 2> kHeights{
    {{LegsHeight::HeightAdjustable, u"HEIGHT_ADJUSTABLE"}, {LegsHeight::FixedHeight, u"FIXED_HEIGHT"}}};
const NameTable<LegsModel, 3> kLegModels{
    {{LegsModel::DL27, u"DL27"}, {LegsModel::DL14, u"DL14"}, {LegsModel::LC1, u"LC1"}}};
const NameTable<Feet, 2> kFeet{
    {{Feet::LockLevelingCasters, u"LOCK_LEVELING_CASTERS"}, {Feet::SeismicFeet, u"SEISMIC_FEET"}}};
const NameTable<WorkflowDirection, 2> kDirections{
    {{WorkflowDirection::LeftToRight, u"LEFT_TO_RIGHT"}, {WorkflowDirection::RightToLeft, u"RIGHT_TO_LEFT"}}};
const NameTable<PegboardType, 2> kPegboardTypes{
    {{PegboardType::Perforated, u"PERFORATED"}, {PegboardType::Solid, u"SOLID"}}};
const NameTable<PegboardColor, 8> kColors{{{PegboardColor::Green, u"GREEN"},
                                           {PegboardColor::Black, u"BLACK"},
                                           {PegboardColor::Yellow, u"YELLOW"},
                                           {PegboardColor::Grey, u"GREY"},
                                           {PegboardColor::Red, u"RED"},
                                           {PegboardColor::Blue, u"BLUE"},
                                           {PegboardColor::Orange, u"ORANGE"},
                                           {PegboardColor::White, u"WHITE"}}};
const NameTable<BasinType, 3> kBasinTypes{
    {{BasinType::ESink, u"E_SINK"}, {BasinType::ESinkDi, u"E_SINK_DI"}, {BasinType::EDrain, u"E_DRAIN"}}};
const NameTable<FaucetType, 3> kFaucetTypes{{{FaucetType::WristBlade, u"WRIST_BLADE"},
                                             {FaucetType::PreRinse, u"PRE_RINSE"},
                                             {FaucetType::DiGooseneck, u"DI_GOOSENECK"}}};
const NameTable<FaucetPlacement, 5> kPlacements{{{FaucetPlacement::CenterOfBasin1, u"CENTER_OF_BASIN_1"},
                                                 {FaucetPlacement::CenterOfBasin2, u"CENTER_OF_BASIN_2"},
                                                 {FaucetPlacement::CenterOfBasin3, u"CENTER_OF_BASIN_3"},
                                                 {FaucetPlacement::Between12, u"BETWEEN_1_2"},
                                                 {FaucetPlacement::Between23, u"BETWEEN_2_3"}}};
const NameTable<SprayerType, 4> kSprayerTypes{{{SprayerType::WaterGunTurret, u"WATER_GUN_TURRET"},
                                               {SprayerType::WaterGunRosette, u"WATER_GUN_ROSETTE"},
                                               {SprayerType::AirGunTurret, u"AIR_GUN_TURRET"},
                                               {SprayerType::AirGunRosette, u"AIR_GUN_ROSETTE"}}};
const NameTable<SprayerLocation, 2> kLocations{
    {{SprayerLocation::LeftSide, u"LEFT_SIDE"}, {SprayerLocation::RightSide, u"RIGHT_SIDE"}}};

std::optional<double> numberOf(const QJsonValue& v)
{
    if (v.isDouble() && std::isfinite(v.toDouble()))
        return v.toDouble();
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return std::numeric_limits<double>::quiet_NaN(); // present but not a number: invalid, never "absent"
}

QJsonValue jsonOf(const std::optional<double>& v)
{
    if (!v || std::isnan(*v))
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(*v);
}

QString stringOf(const QJsonValue& v)
{
    return v.isString() ? v.toString() : QString();
}

QJsonValue jsonOrNull(const QString& s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QString toString(SinkFamily v) { return nameOf(kFamilies, v); }
QString toString(DocumentLanguage v) { return nameOf(kLanguages, v); }
QString toString(SinkModel v) { return nameOf(kModels, v); }
QString toString(LegsHeight v) { return nameOf(kHeights, v); }
QString toString(LegsModel v) { return nameOf(kLegModels, v); }
QString toString(Feet v) { return nameOf(kFeet, v); }
QString toString(WorkflowDirection v) { return nameOf(kDirections, v); }
QString toString(PegboardType v) { return nameOf(kPegboardTypes, v); }
QString toString(PegboardColor v) { return nameOf(kColors, v); }
QString toString(BasinType v) { return nameOf(kBasinTypes, v); }
QString toString(FaucetType v) { return nameOf(kFaucetTypes, v); }
QString toString(FaucetPlacement v) { return nameOf(kPlacements, v); }
QString toString(SprayerType v) { return nameOf(kSprayerTypes, v); }
QString toString(SprayerLocation v) { return nameOf(kLocations, v); }

int basinCountOf(SinkModel model)
{
    switch (model) {
    case SinkModel::T2B1: return 1;
    case SinkModel::T2B2: return 2;
    case SinkModel::T2B3: return 3;
    default: return 0;
    }
}

QJsonObject OrderInfo::toJson() const
{
    return QJsonObject{{QStringLiteral("poNumber"), jsonOrNull(poNumber)},
                       {QStringLiteral("customerName"), jsonOrNull(customerName)},
                       {QStringLiteral("projectName"), jsonOrNull(projectName)},
                       {QStringLiteral("salesPerson"), jsonOrNull(salesPerson)},
                       {QStringLiteral("wantDate"),
                        wantDate.isValid() ? QJsonValue(wantDate.toString(Qt::ISODate)) : QJsonValue()},
                       {QStringLiteral("language"), jsonOf(kLanguages, language)},
                       {QStringLiteral("notes"), jsonOrNull(notes)}};
}

OrderInfo OrderInfo::fromJson(const QJsonObject& o)
{
    OrderInfo info;
    info.poNumber = stringOf(o.value(u"poNumber"));
    info.customerName = stringOf(o.value(u"customerName"));
    info.projectName = stringOf(o.value(u"projectName"));
    info.salesPerson = stringOf(o.value(u"salesPerson"));
    info.wantDate = QDate::fromString(stringOf(o.value(u"wantDate")), Qt::ISODate);
    const QJsonValue lang = o.value(u"language");
    info.language = lang.isUndefined() ? DocumentLanguage::EN
                                       : valueOf(kLanguages, lang, DocumentLanguage::Unset, DocumentLanguage::Invalid);
    info.notes = stringOf(o.value(u"notes"));
    return info;
}

void SinkConfiguration::setModel(SinkModel m)
{
    model = m;
    basins.clear();
    for (int i = 0; i < basinCountOf(m); ++i) {
        Basin b;
        b.position = i + 1;
        basins.append(b);
    }
}

QJsonObject SinkConfiguration::toJson() const
{
    QJsonObject o;
    o.insert(u"model", jsonOf(kModels, model));
    o.insert(u"widthIn", jsonOf(widthIn));
    o.insert(u"lengthIn", jsonOf(lengthIn));
    o.insert(u"legs", QJsonObject{{QStringLiteral("height"), jsonOf(kHeights, legs.height)},
                                   {QStringLiteral("model"), jsonOf(kLegModels, legs.model)}});
    o.insert(u"feet", jsonOf(kFeet, feet));
    if (pegboard) {
        QJsonValue size;
        switch (pegboard->size.kind) {
        case PegboardSize::Kind::SameAsSink: size = QStringLiteral("SAME_AS_SINK"); break;
        case PegboardSize::Kind::Custom:
            size = QJsonObject{{QStringLiteral("widthIn"), jsonOf(pegboard->size.widthIn)},
                               {QStringLiteral("lengthIn"), jsonOf(pegboard->size.lengthIn)}};
            break;
        default: break;
        }
        o.insert(u"pegboard", QJsonObject{{QStringLiteral("type"), jsonOf(kPegboardTypes, pegboard->type)},
                                          {QStringLiteral("color"), jsonOf(kColors, pegboard->color)},
                                          {QStringLiteral("size"), size}});
    } else {
        o.insert(u"pegboard", QJsonValue());
    }
    o.insert(u"workflowDirection", jsonOf(kDirections, workflowDirection));
    QJsonArray basinArray;
    for (const Basin& b : basins) {
        QJsonValue size;
        switch (b.size.kind) {
        case BasinSize::Kind::Standard: size = b.size.standard; break;
        case BasinSize::Kind::Custom:
            size = QJsonObject{{QStringLiteral("widthIn"), jsonOf(b.size.widthIn)},
                               {QStringLiteral("lengthIn"), jsonOf(b.size.lengthIn)},
                               {QStringLiteral("depthIn"), jsonOf(b.size.depthIn)}};
            break;
        default: break;
        }
        basinArray.append(QJsonObject{{QStringLiteral("position"), b.position},
                                      {QStringLiteral("type"), jsonOf(kBasinTypes, b.type)},
                                      {QStringLiteral("size"), size},
                                      {QStringLiteral("pTrap"), b.pTrap},
                                      {QStringLiteral("basinLight"), b.basinLight}});
    }
    o.insert(u"basins", basinArray);
    QJsonArray faucetArray;
    for (const Faucet& f : faucets)
        faucetArray.append(QJsonObject{{QStringLiteral("type"), jsonOf(kFaucetTypes, f.type)},
                                       {QStringLiteral("placement"), jsonOf(kPlacements, f.placement)}});
    o.insert(u"faucets", faucetArray);
    QJsonArray sprayerArray;
    for (const Sprayer& s : sprayers)
        sprayerArray.append(QJsonObject{{QStringLiteral("type"), jsonOf(kSprayerTypes, s.type)},
                                        {QStringLiteral("location"), jsonOf(kLocations, s.location)}});
    o.insert(u"sprayers", sprayerArray);
    QJsonArray accessoryArray;
    for (const AccessoryChoice& a : accessories)
        accessoryArray.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("qty"), a.qty}});
    o.insert(u"accessories", accessoryArray);
    return o;
}

SinkConfiguration SinkConfiguration::fromJson(const QJsonObject& o)
{
    SinkConfiguration c;
    c.model = valueOf(kModels, o.value(u"model"), SinkModel::Unset, SinkModel::Invalid);
    c.widthIn = numberOf(o.value(u"widthIn"));
    c.lengthIn = numberOf(o.value(u"lengthIn"));
    const QJsonObject legs = o.value(u"legs").toObject();
    c.legs.height = valueOf(kHeights, legs.value(u"height"), LegsHeight::Unset, LegsHeight::Invalid);
    c.legs.model = valueOf(kLegModels, legs.value(u"model"), LegsModel::Unset, LegsModel::Invalid);
    c.feet = valueOf(kFeet, o.value(u"feet"), Feet::Unset, Feet::Invalid);
    const QJsonValue pb = o.value(u"pegboard");
    if (pb.isObject()) {
        const QJsonObject p = pb.toObject();
        Pegboard peg;
        peg.type = valueOf(kPegboardTypes, p.value(u"type"), PegboardType::Unset, PegboardType::Invalid);
        peg.color = valueOf(kColors, p.value(u"color"), PegboardColor::None, PegboardColor::Invalid);
        const QJsonValue size = p.value(u"size");
        if (size.isString()) {
            peg.size.kind = size.toString() == u"SAME_AS_SINK" ? PegboardSize::Kind::SameAsSink
                                                                : PegboardSize::Kind::Invalid;
        } else if (size.isObject()) {
            peg.size.kind = PegboardSize::Kind::Custom;
            peg.size.widthIn = numberOf(size.toObject().value(u"widthIn"));
            peg.size.lengthIn = numberOf(size.toObject().value(u"lengthIn"));
        } else {
            peg.size.kind = size.isUndefined() || size.isNull() ? PegboardSize::Kind::Unset
                                                                : PegboardSize::Kind::Invalid;
        }
        c.pegboard = peg;
    } else if (pb.isBool() && pb.toBool()) {
        c.pegboard = Pegboard{}; // "pegboard: true" without details: every field unset
        c.pegboard->size.kind = PegboardSize::Kind::Unset;
    }
    c.workflowDirection = valueOf(kDirections, o.value(u"workflowDirection"), WorkflowDirection::Unset,
                                  WorkflowDirection::Invalid);
    const QJsonArray basins = o.value(u"basins").toArray();
    for (qsizetype i = 0; i < basins.size(); ++i) {
        const QJsonObject bo = basins.at(i).toObject();
        Basin b;
        b.position = bo.value(u"position").isDouble() ? bo.value(u"position").toInt() : int(i + 1);
        b.type = valueOf(kBasinTypes, bo.value(u"type"), BasinType::Unset, BasinType::Invalid);
        const QJsonValue size = bo.value(u"size");
        if (size.isString()) {
            b.size.kind = BasinSize::Kind::Standard;
            b.size.standard = size.toString();
        } else if (size.isObject()) {
            const QJsonObject so = size.toObject();
            b.size.kind = BasinSize::Kind::Custom;
            b.size.widthIn = numberOf(so.value(u"widthIn"));
            b.size.lengthIn = numberOf(so.value(u"lengthIn"));
            b.size.depthIn = numberOf(so.value(u"depthIn"));
        } else {
            b.size.kind = size.isUndefined() || size.isNull() ? BasinSize::Kind::Unset : BasinSize::Kind::Invalid;
        }
        b.pTrap = bo.value(u"pTrap").toBool();
        b.basinLight = bo.value(u"basinLight").toBool();
        c.basins.append(b);
    }
    for (const QJsonValue& v : o.value(u"faucets").toArray()) {
        const QJsonObject fo = v.toObject();
        c.faucets.append(Faucet{valueOf(kFaucetTypes, fo.value(u"type"), FaucetType::Unset, FaucetType::Invalid),
                                valueOf(kPlacements, fo.value(u"placement"), FaucetPlacement::Unset,
                                        FaucetPlacement::Invalid)});
    }
    for (const QJsonValue& v : o.value(u"sprayers").toArray()) {
        const QJsonObject so = v.toObject();
        c.sprayers.append(
            Sprayer{valueOf(kSprayerTypes, so.value(u"type"), SprayerType::Unset, SprayerType::Invalid),
                    valueOf(kLocations, so.value(u"location"), SprayerLocation::Unset, SprayerLocation::Invalid)});
    }
    for (const QJsonValue& v : o.value(u"accessories").toArray()) {
        const QJsonObject ao = v.toObject();
        AccessoryChoice a;
        a.id = stringOf(ao.value(u"id"));
        const QJsonValue q = ao.value(u"qty");
        const double d = q.isUndefined() ? 1.0 : q.toDouble(0.0);
        a.qty = (d == std::floor(d) && std::abs(d) <= 1e6) ? int(d) : 0;
        c.accessories.append(a);
    }
    return c;
}

QJsonObject OrderConfiguration::toJson() const
{
    QJsonArray builds;
    for (const BuildEntry& b : this->builds)
        builds.append(QJsonObject{{QStringLiteral("buildNumber"), b.buildNumber},
                                  {QStringLiteral("config"), b.config ? QJsonValue(b.config->toJson()) : QJsonValue()}});
    return QJsonObject{{QStringLiteral("order"), order.toJson()},
                       {QStringLiteral("family"), jsonOf(kFamilies, family)},
                       {QStringLiteral("builds"), builds}};
}

std::optional<OrderConfiguration> OrderConfiguration::fromJson(const QJsonObject& o, QString* error)
{
    auto fail = [error](const QString& what) {
        if (error)
            *error = what;
        return std::nullopt;
    };
    const QJsonValue order = o.value(u"order");
    if (!order.isObject())
        return fail(QStringLiteral("\"order\" is missing or not an object"));
    const QJsonValue builds = o.value(u"builds");
    if (!builds.isArray())
        return fail(QStringLiteral("\"builds\" is missing or not an array"));
    OrderConfiguration c;
    c.order = OrderInfo::fromJson(order.toObject());
    c.family = valueOf(kFamilies, o.value(u"family"), SinkFamily::Unset, SinkFamily::Invalid);
    const QJsonArray arr = builds.toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        if (!arr.at(i).isObject())
            return fail(QStringLiteral("builds[%1] is not an object").arg(i));
        const QJsonObject bo = arr.at(i).toObject();
        const QJsonValue cfg = bo.value(u"config");
        if (!cfg.isObject() && !cfg.isNull() && !cfg.isUndefined())
            return fail(QStringLiteral("builds[%1].config is neither an object nor null").arg(i));
        BuildEntry e;
        e.buildNumber = bo.value(u"buildNumber").isDouble()
                            ? QString::number(bo.value(u"buildNumber").toInteger())
                            : stringOf(bo.value(u"buildNumber"));
        if (cfg.isObject())
            e.config = SinkConfiguration::fromJson(cfg.toObject());
        c.builds.append(e);
    }
    return c;
}

} // namespace cs::domain
