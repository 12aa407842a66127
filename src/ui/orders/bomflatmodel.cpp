#include "ui/orders/bomflatmodel.h"

namespace cs::ui {

BomFlatModel::BomFlatModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BomFlatModel::setRows(const QList<data::BomFlatRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int BomFlatModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BomFlatModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BomFlatModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const data::BomFlatRow& r = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case IdColumn: return r.itemId;
        case NameColumn: return r.name;
        case QuantityColumn: return r.quantity;
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == QuantityColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant BomFlatModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Item");
    case NameColumn: return tr("Name");
    case QuantityColumn: return tr("Total qty");
    default: return {};
    }
}

} // namespace cs::ui
