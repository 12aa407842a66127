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

QString RowTableModelBase::dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString RowTableModelBase::dateTimeText(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace cs::ui
