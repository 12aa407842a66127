#pragma once

#include <QList>
#include <QString>
#include <QVariant>

class QSqlDatabase;

namespace cs::bench {

// Runs one statement on a benchmark's own (superuser) connection: without values it is executed as is
// (utility statements such as CREATE DATABASE cannot be prepared), else prepared with the values bound
// in order. A failure is printed to stderr with `who` and the statement's start; the first column of the
// first row goes to `first` when asked for.
bool benchExec(const char* who, QSqlDatabase db, const QString& sql, const QVariantList& values = {},
               QVariant* first = nullptr);

// The number a field of a process's /proc status starts with, such as "VmRSS" (in kB) or "PPid" ("self"
// for this process; 0 when it cannot be read).
qint64 procStatusNumber(const QString& pid, const QByteArray& field);

// One line on how the memory of the server `db` is connected to is mapped: its shared memory in huge
// pages or in 4 kB pages, each of which every backend maps with a page fault of its own when it first
// touches it, and whether the backends' own memory may come in transparent huge pages (on a virtual
// machine a page fault can cost as much as the query: README, "Plant set-up"). Empty when the server
// does not run on this machine.
QString serverMemoryLine(QSqlDatabase db);

// The p-th percentile (0..1) of the samples, nearest rank; 0 for none.
double percentile(QList<double> samples, double p);

} // namespace cs::bench
