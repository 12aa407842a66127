#include "data/orders/orderdetail.h"

namespace cs::data {

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
