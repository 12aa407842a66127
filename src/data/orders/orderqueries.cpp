#include "data/orders/orderqueries.h"

#include "data/common/connectionsettings.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cs::data {

// ---------------------------------------------------------------------------------------------
// Scan lookups
// ---------------------------------------------------------------------------------------------
Statement OrderQueries::findBuildStatement(const QString& buildNumber)
{
    return Statement{
        QStringLiteral("SELECT order_id::text FROM cs.order_list WHERE upper(build_number) = upper(:build)"),
        {{QStringLiteral(":build"), buildNumber.trimmed()}}};
}

Statement OrderQueries::findPoStatement(const QString& poNumberOrId)
{
    // A PO's first build; the payload may carry the PO number or its id.
    return Statement{
        QStringLiteral("SELECT order_id::text FROM cs.order_list "
                       "WHERE upper(po_number) = upper(:po) OR po_id::text = lower(:po2) "
                       "ORDER BY build_number LIMIT 1"),
        {{QStringLiteral(":po"), poNumberOrId.trimmed()}, {QStringLiteral(":po2"), poNumberOrId.trimmed()}}};
}

// ---------------------------------------------------------------------------------------------
// Bulk generation
// ---------------------------------------------------------------------------------------------

} // namespace cs::data
