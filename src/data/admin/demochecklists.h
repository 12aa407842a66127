#pragma once

#include "domain/checklist/checklistpassrule.h"

#include <QDate>
#include <QString>

namespace cs::data {

// The answers a careful person gives on a build that is as its configuration says: every applicable
// item answered (ticks, PASS, Yes, the first option, the expected number or a value inside the
// limits, today's date, serial numbers made from the build number, the person's initials, the
// prefilled fields as the form prefills them) and every
// present section's check ticked. The demo seeding fills real checklists with them through the real
// functions; they pass the pass rule of the instance they were made from.
class DemoChecklists
{
public:
    static domain::ChecklistAnswers passingAnswers(const domain::ChecklistInstance& form, const QString& personName,
                                                   const QString& initials, const QDate& today);
};

} // namespace cs::data
