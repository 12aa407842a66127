#pragma once

#include "domain/checklist/checklistinstance.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <tuple>

namespace cs::domain {

// Where an answer belongs: section id (ChecklistTemplate::kHeaderSection for the header), item id and
// basin position (0 outside perBasin sections). Item ids repeat across sections (CLQ has B.3 in
// section B and in the basin sections), so the section is part of the key.
struct ChecklistAnswerKey
{
    QString section;
    QString item;
    int position = 0;

    friend bool operator<(const ChecklistAnswerKey& a, const ChecklistAnswerKey& b)
    {
        return std::tie(a.section, a.item, a.position) < std::tie(b.section, b.item, b.position);
    }
    friend bool operator==(const ChecklistAnswerKey&, const ChecklistAnswerKey&) = default;
};

// One answer. The value by item type: check and yesNo a bool, passFail the text "PASS" or "FAIL",
// choice the chosen option (a QString), multiCheck the ticked options (a QStringList, may be empty),
// text, serial and initials a QString, number an int or double, date a QDate.
struct ChecklistAnswer
{
    QVariant value;
    QString otherText;            // the description of "Other"
    bool notApplicable = false;   // marked N/A by the person
    QString reason;               // why N/A
    QMap<QString, double> readings; // measured values by captureOptional label ("reading C": 40.5)

    static ChecklistAnswer of(const QVariant& value, const QString& otherText = QString())
    {
        return ChecklistAnswer{value, otherText, false, QString(), {}};
    }
    static ChecklistAnswer na(const QString& reason) { return ChecklistAnswer{QVariant(), QString(), true, reason, {}}; }
};

using ChecklistAnswers = QMap<ChecklistAnswerKey, ChecklistAnswer>;

// What the rule needs beyond the answers.
struct ChecklistPassContext
{
    bool approvedDrawingAttached = false; // Pre-QC: an approved drawing is attached to the order
};

// One thing still missing or wrong, in words.
struct ChecklistGap
{
    ChecklistAnswerKey key;       // empty item for a rule of the whole form (the drawing)
    QString message;
    QString problem;              // what is wrong, without the item ("not answered"); as message when no item
};

class ChecklistPassRule
{
    Q_DECLARE_TR_FUNCTIONS(cs::domain::ChecklistPassRule)

public:
    // The item id of a section's "section verified" tick (a bool true when ticked).
    static constexpr QStringView kSectionCheckItem = u"#sectionCheck";

    // Every applicable required item answered with a value of its type (within its limits, one of its
    // options, "Other" described), or N/A with a reason where the form allows N/A; required header
    // fields filled; section checks ticked; no test FAILed; a number compared with the configuration
    // (# of basins) equal to it; per form: Pre-QC needs the approved drawing attached, Final QC needs
    // HI-POT = Yes. Returns what is still missing, item by item; empty means the form passes.
    static QList<ChecklistGap> missing(const ChecklistInstance& form, const ChecklistAnswers& answers,
                                       const ChecklistPassContext& context = {});
    // What is wrong with an item's readings against its limits, one sentence part per reading outside
    // them ("reading C 45 is outside 38 to 42 C"); empty when every reading is within its limits. A
    // reading outside its limits makes the item a FAIL.
    static QStringList readingProblems(const ChecklistItem& item, const QMap<QString, double>& readings);
    static bool passes(const ChecklistInstance& form, const ChecklistAnswers& answers,
                       const ChecklistPassContext& context = {})
    {
        return missing(form, answers, context).isEmpty();
    }
};

} // namespace cs::domain
