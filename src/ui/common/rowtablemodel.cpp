#include "ui/common/rowtablemodel.h"

#include <QLocale>

namespace cs::ui {

RowTableModelBase::RowTableModelBase(QObject* parent)
    : QAbstractTableModel(parent)
{
}

RowTableModelBase::~RowTableModelBase() = default;

QVariant RowTableModelBase::value(int row, int column) const
{
    return data(index(row, column), RawRole);
}

QString RowTableModelBase::key(int row) const
{
    return data(index(row, 0), KeyRole).toString();
}

void RowTableModelBase::retranslate()
{
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

void RowTableModelBase::setLoaded(const data::DbError& error)
{
    m_error = error;
    if (error.isSet()) {
        emit failed(error);
        return;
    }
    m_loaded = true;
    emit loaded();
}

// Day, month name and year in the session's language: "2 Dec 2026", "2 déc. 2026", "2 dic 2026". The month
// by name reads the same in a plant that mixes day-first and month-first habits; no seconds on a list.
QString RowTableModelBase::dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QString RowTableModelBase::dateTimeText(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = time.toLocalTime();
    // The C locale's short time carries seconds: hours and minutes there too.
    const QString clock = locale.language() == QLocale::C ? local.time().toString(QStringLiteral("HH:mm"))
                                                          : locale.toString(local.time(), QLocale::ShortFormat);
    return QStringLiteral("%1 %2").arg(dateText(local.date()), clock);
}

} // namespace cs::ui
