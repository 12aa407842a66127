#include "domain/bom/custompartnumber.h"

#include <cmath>

namespace cs::domain {

bool CustomPartNumber::isValidDimension(double v)
{
    if (!std::isfinite(v) || v <= 0 || v > 1e6)
        return false;
    const double tenths = v * 10.0;
    return std::fabs(tenths - std::round(tenths)) < 1e-6;
}

QString CustomPartNumber::formatDimension(double v)
{
    const double tenths = std::round(v * 10.0);
    const qint64 t = qint64(tenths);
    if (t % 10 == 0)
        return QString::number(t / 10);
    return QString::number(t / 10) + u'.' + QString::number(std::abs(t % 10));
}

QString CustomPartNumber::basinId(double w, double l, double d)
{
    return QStringLiteral("T2-ADW-BASIN-%1X%2X%3").arg(formatDimension(w), formatDimension(l), formatDimension(d));
}

QString CustomPartNumber::basinName(double w, double l, double d)
{
    return QStringLiteral("CUSTOM BASIN %1 x %2 x %3 IN").arg(formatDimension(w), formatDimension(l), formatDimension(d));
}

QString CustomPartNumber::pegboardId(double w, double l)
{
    return QStringLiteral("T2-ADW-PB-%1X%2").arg(formatDimension(w), formatDimension(l));
}

QString CustomPartNumber::pegboardName(double w, double l)
{
    return QStringLiteral("CUSTOM PEGBOARD %1 x %2 IN").arg(formatDimension(w), formatDimension(l));
}

} // namespace cs::domain
