#pragma once

#include "data/qc/checklistrepository.h"
#include "domain/checklist/checklistinstance.h"
#include "domain/checklist/checklistpassrule.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace cs::ui {

// What the checklist screen holds of one checklist record, without widgets: the template of the exact
// version the record was filled with, instantiated for the build (the same engine the server checks
// with), the answers as stored (value, version, who and when) with the person's own answers not yet
// acknowledged laid over them, and what is still missing for a pass.
class ChecklistForm final
{
    Q_DECLARE_TR_FUNCTIONS(cs::ui::ChecklistForm)

public:
    // Who gave a stored answer, when, and the version a change must name.
    struct Stamp
    {
        int version = 0;
        QString answeredBy;
        QDateTime answeredAt;
    };

    // The form of a record; nullopt with *error (in words) when its template or its order cannot be read.
    static std::optional<ChecklistForm> fromRecord(const data::ChecklistRecord& record, QString* error);

    const data::ChecklistRecord& record() const { return m_record; }
    const domain::ChecklistInstance& instance() const { return m_instance; }
    const domain::ChecklistAnswers& answers() const { return m_answers; }
    std::optional<domain::ChecklistAnswer> answer(const domain::ChecklistAnswerKey& key) const;
    Stamp stamp(const domain::ChecklistAnswerKey& key) const { return m_stamps.value(key); }
    // The type of the item behind a key; the section checks are ticks.
    domain::ChecklistItemType typeOf(const domain::ChecklistAnswerKey& key) const;

    // An answer given here (not yet stored, or stored: setStored).
    void setAnswer(const domain::ChecklistAnswerKey& key, const domain::ChecklistAnswer& answer);
    void setStored(const domain::ChecklistAnswerKey& key, const domain::ChecklistAnswer& answer, const Stamp& stamp);
    void clearAnswer(const domain::ChecklistAnswerKey& key);

    // The pass rule of the engine on the answers shown.
    QList<domain::ChecklistGap> missing() const;
    // Applicable items (and section checks of present sections) and how many of them have an answer.
    int applicableCount() const;
    int answeredCount() const;

    static bool isEmptyAnswer(const domain::ChecklistAnswer& answer);

private:
    ChecklistForm() = default;

    data::ChecklistRecord m_record;
    domain::ChecklistInstance m_instance;
    domain::ChecklistAnswers m_answers;
    QMap<domain::ChecklistAnswerKey, Stamp> m_stamps;
};

} // namespace cs::ui
