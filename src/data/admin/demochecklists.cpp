#include "data/admin/demochecklists.h"

#include <QStringList>

namespace cs::data {

using namespace cs::domain;

namespace {

QVariant valueFor(const ChecklistEntry& e, const ChecklistInstance& form, const QString& initials, const QDate& today)
{
    const QString build = form.subject().buildNumber;
    switch (e.item.type) {
    case ChecklistItemType::Check:
    case ChecklistItemType::YesNo:
        return true;
    case ChecklistItemType::PassFail:
        return QStringLiteral("PASS");
    case ChecklistItemType::Choice:
        for (const QString& o : e.options)
            if (o != u"Other")
                return o;
        return {};
    case ChecklistItemType::MultiCheck:
        for (const QString& o : e.options)
            if (o != u"Other")
                return QStringList{o};
        return QStringList{};
    case ChecklistItemType::Number:
        if (e.expectedNumber)
            return *e.expectedNumber;
        if (e.item.min && e.item.max)
            return (*e.item.min + *e.item.max) / 2;
        if (e.item.min)
            return *e.item.min;
        if (e.item.max)
            return *e.item.max;
        return 1;
    case ChecklistItemType::Date:
        return today;
    case ChecklistItemType::Serial:
        return QStringLiteral("SN-%1-%2%3")
            .arg(build, QString(e.item.id).remove(u'.').toUpper(), e.position > 0 ? QString::number(e.position) : QString());
    case ChecklistItemType::Initials:
        return initials;
    case ChecklistItemType::Text:
        if (e.item.id.contains(u"job", Qt::CaseInsensitive) || e.item.text.contains(u"job", Qt::CaseInsensitive))
            return build;
        if (e.item.text.contains(u"build", Qt::CaseInsensitive) || e.item.text.contains(u"serial", Qt::CaseInsensitive))
            return build;
        if (e.item.text.contains(u"PO", Qt::CaseSensitive))
            return form.subject().order.poNumber;
        return QStringLiteral("OK");
    }
    return {};
}

} // namespace

ChecklistAnswers DemoChecklists::passingAnswers(const ChecklistInstance& form, const QString& personName,
                                                const QString& initials, const QDate& today)
{
    ChecklistAnswers answers;
    for (const ChecklistEntry& e : form.entries()) {
        if (!e.applies)
            continue;
        const QVariant prefilled = form.prefill(e, personName, initials, today);
        const QVariant v = prefilled.isValid() ? prefilled : valueFor(e, form, initials, today);
        if (v.isValid())
            answers.insert({e.sectionId, e.item.id, e.position}, ChecklistAnswer::of(v));
    }
    for (const ChecklistSectionInstance& s : form.sections())
        if (s.sectionCheck && s.present)
            answers.insert({s.sectionId, ChecklistPassRule::kSectionCheckItem.toString(), s.position}, ChecklistAnswer::of(true));
    return answers;
}

} // namespace cs::data
