#include "data/printing/travelerdata.h"

namespace cs::data {

QString toString(PrintKind kind)
{
    return kind == PrintKind::Traveler ? QStringLiteral("traveler") : QStringLiteral("label");
}

domain::LabelContent TravelerData::buildLabel(int copies, QDate date) const
{
    return domain::LabelContent::build(buildNumber, order.poNumber, traveler.model, order.customerName.trimmed(),
                                       order.projectName.trimmed(), date, copies, traveler.language);
}

} // namespace cs::data
