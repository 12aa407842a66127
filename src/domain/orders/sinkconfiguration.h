#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cs::domain {

// The order and sink configuration in the neutral schema of CONFIGURATION.md 12 (the acceptance
// cases' `config` object). Used by the wizard drafts, orders.configuration (jsonb) and the CLI.
//
// Every enumerated field has `Unset` (absent or null in JSON) and `Invalid` (a value outside the
// list). toJson() writes Unset as null and Invalid as "", so a round trip keeps the validation result
// (for most fields both give the same error, but an absent pegboard colour or faucet placement is a
// valid answer). Numbers that are absent are std::nullopt.

enum class SinkFamily { Unset, Mdrd, Endoscope, InstroSink, Invalid };
enum class DocumentLanguage { Unset, EN, FR, ES, Invalid };
enum class SinkModel { Unset, T2B1, T2B2, T2B3, Invalid };
enum class LegsHeight { Unset, HeightAdjustable, FixedHeight, Invalid };
enum class LegsModel { Unset, DL27, DL14, LC1, Invalid };
enum class Feet { Unset, LockLevelingCasters, SeismicFeet, Invalid };
enum class WorkflowDirection { Unset, LeftToRight, RightToLeft, Invalid };
enum class PegboardType { Unset, Perforated, Solid, Invalid };
enum class PegboardColor { None, Green, Black, Yellow, Grey, Red, Blue, Orange, White, Invalid };
enum class BasinType { Unset, ESink, ESinkDi, EDrain, Invalid };
enum class FaucetType { Unset, WristBlade, PreRinse, DiGooseneck, Invalid };
enum class FaucetPlacement { Unset, CenterOfBasin1, CenterOfBasin2, CenterOfBasin3, Between12, Between23, Invalid };
enum class SprayerType { Unset, WaterGunTurret, WaterGunRosette, AirGunTurret, AirGunRosette, Invalid };
enum class SprayerLocation { Unset, LeftSide, RightSide, Invalid };

// The JSON spelling of each value ("MDRD", "T2-B2", "CENTER_OF_BASIN_1", ...); empty for Unset/Invalid.
QString toString(SinkFamily v);
QString toString(DocumentLanguage v);
QString toString(SinkModel v);
QString toString(LegsHeight v);
QString toString(LegsModel v);
QString toString(Feet v);
QString toString(WorkflowDirection v);
QString toString(PegboardType v);
QString toString(PegboardColor v);
QString toString(BasinType v);
QString toString(FaucetType v);
QString toString(FaucetPlacement v);
QString toString(SprayerType v);
QString toString(SprayerLocation v);

// Number of basins the model fixes (1..3), 0 for Unset/Invalid.
int basinCountOf(SinkModel model);

struct OrderInfo
{
    QString poNumber;
    QString customerName;
    QString projectName;          // optional
    QString salesPerson;
    QDate wantDate;               // invalid when absent or unreadable
    DocumentLanguage language = DocumentLanguage::EN; // absent in JSON -> EN (the default of 3)
    QString notes;

    QJsonObject toJson() const;
    static OrderInfo fromJson(const QJsonObject& o);
    friend bool operator==(const OrderInfo&, const OrderInfo&) = default;
};

struct Legs
{
    LegsHeight height = LegsHeight::Unset;
    LegsModel model = LegsModel::Unset;
    friend bool operator==(const Legs&, const Legs&) = default;
};

struct PegboardSize
{
    enum class Kind { Unset, SameAsSink, Custom, Invalid };
    Kind kind = Kind::SameAsSink;
    std::optional<double> widthIn;   // Custom only
    std::optional<double> lengthIn;  // Custom only
    friend bool operator==(const PegboardSize&, const PegboardSize&) = default;
};

struct Pegboard
{
    PegboardType type = PegboardType::Unset;
    PegboardColor color = PegboardColor::None;
    PegboardSize size;
    friend bool operator==(const Pegboard&, const Pegboard&) = default;
};

struct BasinSize
{
    enum class Kind { Unset, Standard, Custom, Invalid };
    Kind kind = Kind::Unset;
    QString standard;                // "24X20X10" when Standard (any text; validation checks the list)
    std::optional<double> widthIn;   // Custom only
    std::optional<double> lengthIn;
    std::optional<double> depthIn;
    friend bool operator==(const BasinSize&, const BasinSize&) = default;
};

struct Basin
{
    int position = 0;
    BasinType type = BasinType::Unset;
    BasinSize size;
    bool pTrap = false;
    bool basinLight = false;
    friend bool operator==(const Basin&, const Basin&) = default;
};

struct Faucet
{
    FaucetType type = FaucetType::Unset;
    FaucetPlacement placement = FaucetPlacement::Unset; // Unset: not recorded; skips placement checks (12)
    friend bool operator==(const Faucet&, const Faucet&) = default;
};

struct Sprayer
{
    SprayerType type = SprayerType::Unset;
    SprayerLocation location = SprayerLocation::Unset;
    friend bool operator==(const Sprayer&, const Sprayer&) = default;
};

struct AccessoryChoice
{
    QString id;
    int qty = 1;   // 0 when the JSON value was not a whole number
    friend bool operator==(const AccessoryChoice&, const AccessoryChoice&) = default;
};

// Step 3 and 4 of one build.
struct SinkConfiguration
{
    SinkModel model = SinkModel::Unset;
    std::optional<double> widthIn;
    std::optional<double> lengthIn;
    Legs legs;
    Feet feet = Feet::Unset;
    std::optional<Pegboard> pegboard;
    WorkflowDirection workflowDirection = WorkflowDirection::LeftToRight;
    QList<Basin> basins;
    QList<Faucet> faucets;
    QList<Sprayer> sprayers;
    QList<AccessoryChoice> accessories;

    // The model fixes the basin count: resets the list to that many empty basins (5.1).
    void setModel(SinkModel m);

    QJsonObject toJson() const;
    static SinkConfiguration fromJson(const QJsonObject& o);
    friend bool operator==(const SinkConfiguration&, const SinkConfiguration&) = default;
};

struct BuildEntry
{
    QString buildNumber;
    std::optional<SinkConfiguration> config; // null: not configured (E-BUILD-CONFIG-MISSING)
    friend bool operator==(const BuildEntry&, const BuildEntry&) = default;
};

// The whole `config` object of CONFIGURATION.md 12: order, family, builds.
struct OrderConfiguration
{
    OrderInfo order;
    SinkFamily family = SinkFamily::Mdrd;
    QList<BuildEntry> builds;

    QJsonObject toJson() const;
    // Structural problems (not an object, `builds` not an array, a build that is not an object) make
    // it fail with *error set; wrong values inside fields are kept as Unset/Invalid for validation.
    static std::optional<OrderConfiguration> fromJson(const QJsonObject& o, QString* error);
    friend bool operator==(const OrderConfiguration&, const OrderConfiguration&) = default;
};

} // namespace cs::domain
