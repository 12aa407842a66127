#include "benchutil.h"

#include <QFile>
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

qint64 procStatusNumber(const QString& pid, const QByteArray& field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = field + ':';
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

QString serverSharedMemoryLine(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next())
        return {};
    const QString backend = q.value(0).toString();
    // The backend's parent is the postmaster, which maps the shared memory for all of them.
    const qint64 postmaster = procStatusNumber(backend, "PPid");
    if (postmaster <= 0 || procStatusNumber(QString::number(postmaster), "VmRSS") <= 0)
        return {};
    // The postmaster has touched some of its shared memory: in huge pages, they show here.
    if (procStatusNumber(QString::number(postmaster), "HugetlbPages") > 0)
        return QStringLiteral("server shared memory: in huge pages");
    return QStringLiteral("server shared memory: in 4 kB pages (no huge pages reserved, or huge_pages = off)");
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
