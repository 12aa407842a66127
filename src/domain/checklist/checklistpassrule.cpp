#include "domain/checklist/checklistpassrule.h"

#include <QDate>
#include <QRegularExpression>

#include <cmath>

namespace cs::domain {

namespace {

// Rules of single forms that their templates state in prose (passRule, notes), by template id.
const QList<std::pair<QString, QString>>& mustBeYes()
{
    // Final QC: "HI-POT = Yes" (passRule; the item's note: "Decision: must be Yes to pass").
    static const QList<std::pair<QString, QString>> items{{QStringLiteral("FINAL_QC_CLQ"), QStringLiteral("H.hipot")}};
    return items;
}

bool needsApprovedDrawing(const ChecklistTemplate& t)
{
    return t.id == u"PRE_QC"; // "drawing attached" (passRule; WORKFLOW.md 4)
}

QString label(const ChecklistAnswerKey& key)
{
    return key.position > 0 ? ChecklistPassRule::tr("%1, basin %2").arg(key.item).arg(key.position) : key.item;
}

QString typeWords(ChecklistItemType type)
{
    switch (type) {
    case ChecklistItemType::Check: return ChecklistPassRule::tr("a tick");
    case ChecklistItemType::PassFail: return ChecklistPassRule::tr("PASS or FAIL");
    case ChecklistItemType::Choice: return ChecklistPassRule::tr("one of the options");
    case ChecklistItemType::MultiCheck: return ChecklistPassRule::tr("a list of the options");
    case ChecklistItemType::YesNo: return ChecklistPassRule::tr("yes or no");
    case ChecklistItemType::Text: return ChecklistPassRule::tr("a text");
    case ChecklistItemType::Number: return ChecklistPassRule::tr("a number");
    case ChecklistItemType::Date: return ChecklistPassRule::tr("a date");
    case ChecklistItemType::Serial: return ChecklistPassRule::tr("a serial number");
    case ChecklistItemType::Initials: return ChecklistPassRule::tr("initials");
    }
    return QString();
}

bool isNumber(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float: return true;
    default: return false;
    }
}

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

// What is wrong with the value given for an entry; empty when it is right. `missing` is the word for
// "not given" of that type.
QString checkValue(const ChecklistEntry& e, const ChecklistAnswer& a)
{
    const QVariant& v = a.value;
    const QString wrongKind = ChecklistPassRule::tr("expects %1").arg(typeWords(e.item.type));
    switch (e.item.type) {
    case ChecklistItemType::Check:
        if (v.typeId() != QMetaType::Bool)
            return wrongKind;
        return v.toBool() ? QString() : ChecklistPassRule::tr("not ticked");
    case ChecklistItemType::YesNo: return v.typeId() == QMetaType::Bool ? QString() : wrongKind;
    case ChecklistItemType::PassFail: {
        if (v.typeId() != QMetaType::QString || (v.toString() != u"PASS" && v.toString() != u"FAIL"))
            return wrongKind;
        return v.toString() == u"FAIL" ? ChecklistPassRule::tr("failed") : QString();
    }
    case ChecklistItemType::Choice: {
        if (v.typeId() != QMetaType::QString)
            return wrongKind;
        const QString choice = v.toString();
        if (!e.options.contains(choice))
            return ChecklistPassRule::tr("\"%1\" is not one of the options (%2)").arg(choice, e.options.join(QStringLiteral(", ")));
        if (e.item.otherText && choice == u"Other" && a.otherText.trimmed().isEmpty())
            return ChecklistPassRule::tr("\"Other\" needs a description");
        return QString();
    }
    case ChecklistItemType::MultiCheck: {
        if (v.typeId() != QMetaType::QStringList)
            return wrongKind;
        const QStringList ticked = v.toStringList();
        for (const QString& t : ticked)
            if (!e.options.contains(t))
                return ChecklistPassRule::tr("\"%1\" is not one of the options (%2)").arg(t, e.options.join(QStringLiteral(", ")));
        if (e.item.otherText && ticked.contains(QStringLiteral("Other")) && a.otherText.trimmed().isEmpty())
            return ChecklistPassRule::tr("\"Other\" needs a description");
        return QString();
    }
    case ChecklistItemType::Text:
    case ChecklistItemType::Serial:
        if (v.typeId() != QMetaType::QString)
            return wrongKind;
        return v.toString().trimmed().isEmpty() ? ChecklistPassRule::tr("is empty") : QString();
    case ChecklistItemType::Initials: {
        static const QRegularExpression letters(QStringLiteral("^\\p{L}{1,4}$"));
        if (v.typeId() != QMetaType::QString)
            return wrongKind;
        return letters.match(v.toString().trimmed()).hasMatch() ? QString()
                                                                : ChecklistPassRule::tr("initials are 1 to 4 letters");
    }
    case ChecklistItemType::Date:
        if (v.typeId() != QMetaType::QDate || !v.toDate().isValid())
            return wrongKind;
        return QString();
    case ChecklistItemType::Number: {
        if (!isNumber(v))
            return wrongKind;
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return wrongKind;
        if (e.item.min && d < *e.item.min)
            return ChecklistPassRule::tr("%1 is below the minimum %2").arg(number(d), number(*e.item.min));
        if (e.item.max && d > *e.item.max)
            return ChecklistPassRule::tr("%1 is above the maximum %2").arg(number(d), number(*e.item.max));
        if (e.expectedNumber && d != *e.expectedNumber)
            return ChecklistPassRule::tr("%1 does not match the configuration (%2)").arg(number(d), e.expected);
        return QString();
    }
    }
    return QString();
}

QString notGiven(ChecklistItemType type)
{
    switch (type) {
    case ChecklistItemType::Check: return ChecklistPassRule::tr("not ticked");
    case ChecklistItemType::PassFail: return ChecklistPassRule::tr("no test result");
    default: return ChecklistPassRule::tr("not answered");
    }
}

} // namespace

QStringList ChecklistPassRule::readingProblems(const ChecklistItem& item, const QMap<QString, double>& readings)
{
    QStringList out;
    for (auto it = readings.cbegin(); it != readings.cend(); ++it) {
        const auto limit = item.limits.constFind(it.key());
        if (limit == item.limits.cend() || limit->contains(it.value()))
            continue;
        const QString unit = limit->unit.isEmpty() ? QString() : u' ' + limit->unit;
        if (limit->min && limit->max)
            out << tr("%1 %2 is outside %3").arg(it.key(), number(it.value()), limit->words());
        else if (limit->min)
            out << tr("%1 %2 is below the minimum %3%4").arg(it.key(), number(it.value()), number(*limit->min), unit);
        else
            out << tr("%1 %2 is above the maximum %3%4").arg(it.key(), number(it.value()), number(*limit->max), unit);
    }
    return out;
}

QList<ChecklistGap> ChecklistPassRule::missing(const ChecklistInstance& form, const ChecklistAnswers& answers,
                                               const ChecklistPassContext& context)
{
    QList<ChecklistGap> gaps;
    auto add = [&](const ChecklistAnswerKey& key, const QString& what) {
        gaps.append({key, tr("%1: %2.").arg(label(key), what), what});
    };
    const ChecklistTemplate& t = form.checklistTemplate();

    if (needsApprovedDrawing(t) && !context.approvedDrawingAttached)
        gaps.append({{}, tr("The approved drawing is not attached to the order."),
                     tr("The approved drawing is not attached to the order.")});

    for (const ChecklistEntry& e : form.entries()) {
        if (!e.applies)
            continue; // N/A by the configuration: nothing to answer
        const ChecklistAnswerKey key{e.sectionId, e.item.id, e.position};
        const auto it = answers.constFind(key);
        if (it == answers.cend() || (!it->notApplicable && !it->value.isValid())) {
            if (e.isRequired())
                add(key, notGiven(e.item.type));
            continue;
        }
        const ChecklistAnswer& a = *it;
        if (a.notApplicable) {
            if (!e.item.naAllowed)
                add(key, tr("N/A is not allowed here"));
            else if (a.reason.trimmed().isEmpty())
                add(key, tr("N/A needs a reason"));
            continue;
        }
        const QString wrong = checkValue(e, a);
        if (!wrong.isEmpty()) {
            add(key, wrong);
            continue;
        }
        const QStringList outside = readingProblems(e.item, a.readings);
        if (!outside.isEmpty()) {
            add(key, outside.join(QStringLiteral("; ")));
            continue;
        }
        for (const auto& [templateId, itemId] : mustBeYes())
            if (t.id == templateId && e.item.id == itemId && e.inHeader && !a.value.toBool())
                add(key, tr("must be Yes"));
    }

    for (const ChecklistSectionInstance& s : form.sections()) {
        if (!s.sectionCheck || !s.present)
            continue;
        const ChecklistAnswerKey key{s.sectionId, kSectionCheckItem.toString(), s.position};
        const ChecklistAnswer a = answers.value(key);
        if (a.notApplicable || a.value.typeId() != QMetaType::Bool || !a.value.toBool())
            gaps.append({key, s.position > 0 ? tr("Section %1, basin %2: the section check is not ticked.")
                                                   .arg(s.sectionId)
                                                   .arg(s.position)
                                             : tr("Section %1: the section check is not ticked.").arg(s.sectionId),
                         tr("the section check is not ticked")});
    }
    return gaps;
}

} // namespace cs::domain
