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

namespace {

// The mode the kernel gives transparent huge pages ("always", "madvise" or "never"), from the word
// it shows in brackets.
QString transparentHugePageMode()
{
    QFile f(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    const QByteArray text = f.readAll();
    const qsizetype open = text.indexOf('['), close = text.indexOf(']');
    return open >= 0 && close > open ? QString::fromLatin1(text.mid(open + 1, close - open - 1))
                                     : QStringLiteral("unknown");
}

} // namespace

QString serverMemoryLine(QSqlDatabase db)
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
    QString line = procStatusNumber(QString::number(postmaster), "HugetlbPages") > 0
        ? QStringLiteral("server shared memory: in huge pages")
        : QStringLiteral("server shared memory: in 4 kB pages (no huge pages reserved, or huge_pages = off)");
    // Backends inherit the postmaster's environment, glibc's malloc settings with it.
    QFile environment(QStringLiteral("/proc/%1/environ").arg(postmaster));
    bool hugeMalloc = false;
    if (environment.open(QIODevice::ReadOnly)) {
        for (const QByteArray& entry : environment.readAll().split('\0')) {
            if (entry.startsWith("GLIBC_TUNABLES="))
                hugeMalloc = entry.mid(int(qstrlen("GLIBC_TUNABLES="))).split(':').contains("glibc.malloc.hugetlb=1");
        }
    }
    const QString thp = transparentHugePageMode();
    if (hugeMalloc && (thp == u"madvise" || thp == u"always"))
        line += QStringLiteral("; backends' own memory: in transparent huge pages (glibc.malloc.hugetlb=1, THP %1)").arg(thp);
    else
        line += QStringLiteral("; backends' own memory: in 4 kB pages (glibc.malloc.hugetlb %1, THP %2)")
                    .arg(hugeMalloc ? QStringLiteral("=1") : QStringLiteral("not set"), thp);
    return line;
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
