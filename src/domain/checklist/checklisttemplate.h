#pragma once

#include "domain/checklist/checklistexpression.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace cs::domain {

// A checklist template: one paper form as data (Pre-QC, production CLP, end-of-line test CLT, Final QC
// CLQ). Fields the model does not know are kept per object and written back by toJson(), so a
// template read and written again is the same JSON.

enum class ChecklistItemType { Check, PassFail, Choice, MultiCheck, YesNo, Text, Number, Date, Serial, Initials };

// The JSON spelling ("check", "passFail", ...).
QString toString(ChecklistItemType type);
std::optional<ChecklistItemType> checklistItemTypeFromString(const QString& text);

// The limits of one measured value of an item ("limits": {"reading C": {"min": 38, "max": 42, "unit": "C"}}),
// keyed by a label of the item's captureOptional. A reading outside them makes the item a FAIL.
struct ChecklistLimit
{
    std::optional<double> min;
    std::optional<double> max;
    QString unit;

    bool contains(double value) const { return (!min || value >= *min) && (!max || value <= *max); }
    // "38 to 42 C", "at least 38 C", "at most 42 C".
    QString words() const;
};

struct ChecklistItem
{
    QString id;
    QString text;
    ChecklistItemType type = ChecklistItemType::Check;
    std::optional<bool> required;          // as written; see isRequired()
    bool readOnly = false;
    bool naAllowed = false;
    bool otherText = false;                // a choice of "Other" needs a free text
    bool inferred = false;
    QStringList options;
    QMap<int, QStringList> optionsByPosition;
    std::optional<ChecklistOptionFilter> optionFilter;
    std::optional<ChecklistCondition> appliesWhen;
    std::optional<ChecklistExpectation> expectedFrom;
    std::optional<ChecklistQuantity> quantity;
    std::optional<double> min;             // limits of a number ("min", "max")
    std::optional<double> max;
    QStringList captureOptional;
    QMap<QString, ChecklistLimit> limits;  // by captureOptional label
    QString prefill;
    QString digital;
    QString note;
    QJsonObject unknownFields;

    // Header fields are required when they say so; section items unless they say "required": false.
    bool isRequired(bool inHeader) const { return required.value_or(!inHeader); }
    // The options at a basin position before the filter: optionsByPosition[position], else options.
    QStringList optionsAt(int position) const;

    QJsonObject toJson() const;
};

struct ChecklistSection
{
    QString id;
    QString title;
    bool perBasin = false;                 // "repeat": "perBasin"
    int repeatMax = 0;                     // positions 1..repeatMax when perBasin
    bool repeatMaxGiven = false;
    QString absentBasin;
    bool sectionCheck = false;             // the section ends with a "section verified" tick
    QList<ChecklistItem> items;
    QJsonObject unknownFields;

    QJsonObject toJson() const;
};

struct ChecklistProcedure
{
    QString id;
    QString title;
    QStringList materials;
    QStringList steps;
    QJsonObject unknownFields;
};

// One refusal of a template: which template, which section and item, what is wrong (in words).
struct ChecklistProblem
{
    QString templateId;
    QString sectionId;
    QString itemId;
    QString message;

    QString toString() const;
};

class ChecklistTemplate
{
    Q_DECLARE_TR_FUNCTIONS(cs::domain::ChecklistTemplate)

public:
    // The section id of header items in answers and instantiated forms.
    static constexpr QStringView kHeaderSection = u"header";

    QString id;
    std::optional<int> version;            // "version"; the four delivered forms have none (version 1)
    QString title;
    QString sourceDocument;
    QString scope;
    QString stage;
    QStringList performedBy;
    QList<ChecklistItem> header;
    QList<ChecklistProcedure> procedures;
    QList<ChecklistSection> sections;
    QList<QJsonObject> signOff;            // kept as written: who signs and what is captured
    QJsonObject result;                    // values, passRule, failNeeds
    QStringList notes;
    QJsonObject unknownFields;

    int versionNumber() const { return version.value_or(1); }

    // Reads a template; every problem (unknown item type, a condition, value source, quantity or option
    // filter outside the vocabulary, basin.* outside a perBasin section, missing ids, duplicate ids in
    // a section, wrong field types) is listed, and then nothing is returned.
    static std::optional<ChecklistTemplate> fromJson(const QJsonObject& json, QList<ChecklistProblem>* problems);
    // The same from a file; an unreadable file or bad JSON is one problem without a template id.
    static std::optional<ChecklistTemplate> readFile(const QString& path, QList<ChecklistProblem>* problems);

    QJsonObject toJson() const;
};

} // namespace cs::domain
