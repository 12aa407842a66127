#include "ui/qc/checklistform.h"


namespace cs::ui {

using domain::ChecklistAnswer;
using domain::ChecklistAnswerKey;
using domain::ChecklistItemType;

std::optional<ChecklistForm> ChecklistForm::fromRecord(const data::ChecklistRecord& record, QString* error)
{
    QString why;
    std::optional<domain::ChecklistInstance> instance = record.instantiate(&why);
    if (!instance) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    ChecklistForm form;
    form.m_record = record;
    form.m_instance = std::move(*instance);
    for (const data::StoredChecklistAnswer& a : record.answers) {
        if (!isEmptyAnswer(a.answer))   // a cleared answer keeps its version (and who cleared it)
            form.m_answers.insert(a.key, a.answer);
        form.m_stamps.insert(a.key, Stamp{a.version, a.answeredBy, a.answeredAt});
    }
    return form;
}

std::optional<ChecklistAnswer> ChecklistForm::answer(const ChecklistAnswerKey& key) const
{
    const auto it = m_answers.constFind(key);
    if (it == m_answers.cend())
        return std::nullopt;
    return *it;
}

ChecklistItemType ChecklistForm::typeOf(const ChecklistAnswerKey& key) const
{
    if (key.item == domain::ChecklistPassRule::kSectionCheckItem)
        return ChecklistItemType::Check;
    if (const domain::ChecklistEntry* e = m_instance.find(key.section, key.item, key.position))
        return e->item.type;
    return ChecklistItemType::Text;
}

void ChecklistForm::setAnswer(const ChecklistAnswerKey& key, const ChecklistAnswer& answer)
{
    if (isEmptyAnswer(answer))
        m_answers.remove(key);
    else
        m_answers.insert(key, answer);
}

void ChecklistForm::setStored(const ChecklistAnswerKey& key, const ChecklistAnswer& answer, const Stamp& stamp)
{
    setAnswer(key, answer);
    m_stamps.insert(key, stamp);
}

void ChecklistForm::clearAnswer(const ChecklistAnswerKey& key)
{
    m_answers.remove(key);
}

bool ChecklistForm::isEmptyAnswer(const ChecklistAnswer& answer)
{
    return !answer.notApplicable && !answer.value.isValid() && answer.readings.isEmpty();
}

QList<domain::ChecklistGap> ChecklistForm::missing() const
{
    return domain::ChecklistPassRule::missing(m_instance, m_answers, m_record.passContext());
}

int ChecklistForm::applicableCount() const
{
    int n = 0;
    for (const domain::ChecklistEntry& e : m_instance.entries())
        if (e.applies && e.isRequired())
            ++n;
    for (const domain::ChecklistSectionInstance& s : m_instance.sections())
        if (s.sectionCheck && s.present)
            ++n;
    return n;
}

int ChecklistForm::answeredCount() const
{
    int n = 0;
    for (const domain::ChecklistEntry& e : m_instance.entries()) {
        if (!e.applies || !e.isRequired())
            continue;
        const ChecklistAnswer a = m_answers.value(ChecklistAnswerKey{e.sectionId, e.item.id, e.position});
        if (a.notApplicable || (a.value.isValid() && !(e.item.type == ChecklistItemType::Check && !a.value.toBool())))
            ++n;
    }
    for (const domain::ChecklistSectionInstance& s : m_instance.sections()) {
        if (!s.sectionCheck || !s.present)
            continue;
        const ChecklistAnswer a = m_answers.value(
            ChecklistAnswerKey{s.sectionId, domain::ChecklistPassRule::kSectionCheckItem.toString(), s.position});
        if (a.value.toBool())
            ++n;
    }
    return n;
}

} // namespace cs::ui
