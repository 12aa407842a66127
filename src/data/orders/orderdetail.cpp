#include "data/orders/orderdetail.h"

#include <QJsonArray>

namespace cs::data {

QJsonObject OrderDetail::neutralJson() const
{
    const QJsonObject fields{{QStringLiteral("poNumber"), poNumber},
                             {QStringLiteral("customerName"), customerName},
                             {QStringLiteral("projectName"), projectName},
                             {QStringLiteral("salesPerson"), salesPerson},
                             {QStringLiteral("wantDate"), wantDate.toString(Qt::ISODate)},
                             {QStringLiteral("language"), language},
                             {QStringLiteral("notes"), notes}};
    return QJsonObject{{QStringLiteral("order"), fields},
                       {QStringLiteral("family"), family},
                       {QStringLiteral("builds"), QJsonArray{QJsonObject{{QStringLiteral("buildNumber"), buildNumber},
                                                                         {QStringLiteral("config"), config}}}}};
}

OrderEdit OrderEdit::from(const OrderDetail& d)
{
    return OrderEdit{d.customerName, d.projectName, d.salesPerson, d.wantDate, d.language, d.notes};
}

QStringList OrderEdit::differences(const OrderEdit& other) const
{
    QStringList out;
    auto add = [&out](const QString& what, const QString& a, const QString& b) {
        if (a != b)
            out << tr("%1: “%2” → “%3”").arg(what, a, b);
    };
    add(tr("Customer"), customerName, other.customerName);
    add(tr("Project"), projectName, other.projectName);
    add(tr("Sales person"), salesPerson, other.salesPerson);
    add(tr("Want date"), wantDate.toString(Qt::ISODate), other.wantDate.toString(Qt::ISODate));
    add(tr("Language"), language, other.language);
    add(tr("Notes"), notes, other.notes);
    return out;
}

} // namespace cs::data
