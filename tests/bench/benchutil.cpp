#include "benchutil.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

namespace cs::bench {

bool benchExec(const char* who, QSqlDatabase db, const QString& sql, const QVariantList& values, QVariant* first)
{
    QSqlQuery q(db);
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql);
    } else {
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        ok = q.exec();
    }
    if (!ok) {
        std::fprintf(stderr, "%s: %s\n  %s\n", who, qPrintable(q.lastError().text()), qPrintable(sql.left(200)));
        return false;
    }
    if (first && q.next())
        *first = q.value(0);
    return true;
}

double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype i = qBound<qsizetype>(0, qsizetype(p * double(samples.size() - 1) + 0.5), samples.size() - 1);
    return samples.at(i);
}

} // namespace cs::bench
