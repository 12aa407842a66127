// Compiled only by the layering.qtsql test, which expects this compile to FAIL: a file of the UI layer
// cannot include QtSql, because cs_data links QtSql privately. If this ever compiles, a widget could
// hold SQL again.
#include "ui/common/futurewatch.h"

#include <QSqlQuery>

int layeringProbe()
{
    QSqlQuery query;
    return query.isActive() ? 1 : 0;
}
