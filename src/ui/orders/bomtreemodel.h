#pragma once

#include "data/orders/bomdata.h"

#include <QAbstractItemModel>

namespace cs::ui {

// A build's frozen BOM as a tree: id, name, quantity (per parent), extended quantity (per build)
// and why a top line is there: the rule that brought it in, in words (BomRuleText); the rule's code is
// the line's tooltip and its RuleRole.
class BomTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, NameColumn, QuantityColumn, ExtendedColumn, RuleColumn, ColumnCount };
    enum Role {
        LineNoRole = Qt::UserRole + 1,
        RuleRole,   // the rule's code ("R-BASIN-KIT") of a top line
        FilterRole, // what a filter matches: the text shown, and in the reason column the rule's code too
    };

    explicit BomTreeModel(QObject* parent = nullptr);

    void setLines(const QList<data::BomLineRow>& lines);
    const QList<data::BomLineRow>& lines() const { return m_lines; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString columnTitle(int column);

private:
    QList<data::BomLineRow> m_lines;   // pre-order
    QList<int> m_parent;               // node -> parent node (-1 for top lines)
    QList<int> m_rowInParent;          // node -> its row under its parent
    QList<QList<int>> m_children;      // node -> children; the last entry is the root's
};

} // namespace cs::ui
