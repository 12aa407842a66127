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

// The p-th percentile (0..1) of the samples, nearest rank; 0 for none.
double percentile(QList<double> samples, double p);

} // namespace cs::bench
