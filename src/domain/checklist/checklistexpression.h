#pragma once

#include "domain/orders/sinkconfiguration.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace cs::domain {

// What a checklist is filled for: the order's fields and one build's configuration, the same types the
// BOM rules read (OrderConfiguration::fromJson is the one reading of a configuration).
struct ChecklistSubject
{
    OrderInfo order;
    QString buildNumber;
    SinkConfiguration config;

    // The model's basin count (1..3); the length of the basin list when the model is unset or invalid.
    int basinCount() const;
    // The basin at a position (1-based), or nullptr when the configuration has none there.
    const Basin* basinAt(int position) const;

    // One build of an order in the neutral JSON ({"order", "family", "builds"}, as the wizard writes it
    // and the database keeps it); nullopt with *error when the JSON cannot be read or has no configured
    // build of that number.
    static std::optional<ChecklistSubject> fromOrderJson(const QJsonObject& json, const QString& buildNumber,
                                                         QString* error);
};

namespace checklist_detail {
struct Node;
struct Count;
} // namespace checklist_detail

// A condition of the checklist vocabulary (`appliesWhen`): hasPegboard, legsHeightAdjustable,
// hasAnyFaucet, hasFaucet(T), hasSprayer(K), anyBasin(G), feet == / != F, language == / != L,
// basin.type == / != / in (...), basin.basinLight, basin.pTrap, comparisons of counts (basinCount,
// count(T, ...), numbers) with == != < <= > >=, joined by &&, || and !, with parentheses.
// `basin.*` means the basin of the repeated section's position.
class ChecklistCondition
{
    Q_DECLARE_TR_FUNCTIONS(cs::domain::ChecklistCondition)

public:
    // Parses the text; nullopt with *error (in words) when it is not in the vocabulary.
    static std::optional<ChecklistCondition> parse(const QString& text, QString* error);

    // position: the basin position inside a perBasin section (1..3), 0 elsewhere.
    bool evaluate(const ChecklistSubject& subject, int position) const;
    // Why the condition is false, in words (the facts of the configuration it looked at).
    QString reasonFalse(const ChecklistSubject& subject, int position) const;
    // True when the condition reads `basin.*` (only meaningful inside a perBasin section).
    bool refersToBasin() const;
    const QString& text() const { return m_text; }

private:
    std::shared_ptr<const checklist_detail::Node> m_root;
    QString m_text;
};

// A packing quantity (`quantity`): comma-separated parts, each a product of numbers, basinCount,
// count(T, ...) and "per <thing>" (sink, basin, air gun, water gun, pre-rinse faucet, wrist-blade
// faucet, DI faucet), optionally followed by what is counted (hoses, clamps, shelves and tubesets).
class ChecklistQuantity
{
    Q_DECLARE_TR_FUNCTIONS(cs::domain::ChecklistQuantity)

public:
    enum class Unit { None, Hoses, Clamps, ShelvesAndTubesets };
    struct Part
    {
        int count = 0;
        Unit unit = Unit::None;
        friend bool operator==(const Part&, const Part&) = default;
    };

    static std::optional<ChecklistQuantity> parse(const QString& text, QString* error);

    QList<Part> evaluate(const ChecklistSubject& subject, int position) const;
    // "3", "3 hoses, 6 clamps", "2 shelves and tubesets".
    static QString words(const QList<Part>& parts);
    const QString& text() const { return m_text; }

private:
    struct Term
    {
        std::shared_ptr<const checklist_detail::Count> count;
        Unit unit = Unit::None;
    };
    QList<Term> m_terms;
    QString m_text;
};

// The configuration value shown beside an item (`expectedFrom`): comma-separated sources, each one of
// widthIn, lengthIn, basin sizes, basinCount, basin.type, feet, language, configuration, pegboard type
// and size, faucet placements, sprayer locations, control box id in the BOM, BOM; a parenthesised
// remark after a source is kept in the text and not read.
class ChecklistExpectation
{
    Q_DECLARE_TR_FUNCTIONS(cs::domain::ChecklistExpectation)

public:
    enum class Source {
        Width, Length, BasinSizes, BasinCount, BasinType, Feet, Language, Configuration, Pegboard,
        FaucetPlacements, SprayerLocations, ControlBox, Bom
    };

    static std::optional<ChecklistExpectation> parse(const QString& text, QString* error);

    // The expected value in words ("3 basins", "wrist-blade faucet at the centre of basin 1").
    QString evaluate(const ChecklistSubject& subject, int position) const;
    // The single number the item's answer is compared with (basinCount alone), if any.
    std::optional<double> expectedNumber(const ChecklistSubject& subject) const;
    bool refersToBasin() const;
    const QList<Source>& sources() const { return m_sources; }
    const QString& text() const { return m_text; }

private:
    QList<Source> m_sources;
    QString m_text;
};

// Options dropped by position (`optionFilter`): `drop "OPTION" when CONDITION`, several separated by
// ';'. CONDITION is a checklist condition or "the sink has fewer than N basins". Pieces that do not
// start with "drop" are remarks for the person and are kept, not read.
class ChecklistOptionFilter
{
    Q_DECLARE_TR_FUNCTIONS(cs::domain::ChecklistOptionFilter)

public:
    static std::optional<ChecklistOptionFilter> parse(const QString& text, QString* error);

    QStringList apply(const QStringList& options, const ChecklistSubject& subject, int position) const;
    bool refersToBasin() const;
    const QString& text() const { return m_text; }

private:
    struct Rule
    {
        QString option;
        ChecklistCondition when;
    };
    QList<Rule> m_rules;
    QString m_text;
};

// Words for configuration values, shared by the expectations and the reasons.
class ChecklistWords
{
    Q_DECLARE_TR_FUNCTIONS(cs::domain::ChecklistWords)

public:
    static QString basinType(BasinType type);
    static QString faucetType(FaucetType type);
    static QString sprayerType(SprayerType type);
    static QString placement(FaucetPlacement placement);
    static QString location(SprayerLocation location);
    static QString feet(Feet feet);
    static QString language(DocumentLanguage language);
    static QString basinCount(int count);
};

} // namespace cs::domain
