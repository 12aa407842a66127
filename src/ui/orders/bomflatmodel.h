#pragma once

#include "data/orders/bomdata.h"

#include <QAbstractTableModel>

namespace cs::ui {

// The procurement list: the BOM's leaves merged by id (id, name, total quantity per build).
class BomFlatModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, NameColumn, QuantityColumn, ColumnCount };

    explicit BomFlatModel(QObject* parent = nullptr);

    void setRows(const QList<data::BomFlatRow>& rows);
    const QList<data::BomFlatRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<data::BomFlatRow> m_rows;
};

} // namespace cs::ui
