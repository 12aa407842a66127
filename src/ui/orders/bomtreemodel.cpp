#include "ui/orders/bomtreemodel.h"

#include "ui/orders/bomruletext.h"

#include <QHash>

namespace cs::ui {

BomTreeModel::BomTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
    m_children.append(QList<int>());   // the root
}

void BomTreeModel::setLines(const QList<data::BomLineRow>& lines)
{
    beginResetModel();
    m_lines = lines;
    const int n = int(lines.size());
    m_parent = QList<int>(n, -1);
    m_rowInParent = QList<int>(n, 0);
    m_children = QList<QList<int>>(n + 1);
    QHash<int, int> nodeOfLine;
    for (int i = 0; i < n; ++i)
        nodeOfLine.insert(lines.at(i).lineNo, i);
    for (int i = 0; i < n; ++i) {
        const int p = lines.at(i).parentLineNo < 0 ? -1 : nodeOfLine.value(lines.at(i).parentLineNo, -1);
        m_parent[i] = p;
        QList<int>& siblings = m_children[p < 0 ? n : p];
        m_rowInParent[i] = int(siblings.size());
        siblings.append(i);
    }
    endResetModel();
}

QModelIndex BomTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const int p = parent.isValid() ? int(parent.internalId()) : int(m_lines.size());
    if (p < 0 || p >= m_children.size() || row >= m_children.at(p).size())
        return {};
    return createIndex(row, column, quintptr(m_children.at(p).at(row)));
}

QModelIndex BomTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int node = int(child.internalId());
    const int p = m_parent.value(node, -1);
    if (p < 0)
        return {};
    return createIndex(m_rowInParent.at(p), 0, quintptr(p));
}

int BomTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_children.constLast().size());
    if (parent.column() != 0)
        return 0;
    return int(m_children.value(int(parent.internalId())).size());
}

int BomTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString BomTreeModel::columnTitle(int column)
{
    switch (column) {
    case IdColumn: return tr("Item");
    case NameColumn: return tr("Name");
    case QuantityColumn: return tr("Qty");
    case ExtendedColumn: return tr("Extended qty");
    case RuleColumn: return tr("Reason");
    default: return {};
    }
}

QVariant BomTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const data::BomLineRow& line = m_lines.at(int(index.internalId()));
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case IdColumn: return line.itemId;
        case NameColumn: return line.name;
        case QuantityColumn: return line.quantity;
        case ExtendedColumn: return line.extendedQuantity;
        // Why a top line is there (the answer of the configuration that chose it, in words, as the
        // wizard's preview and the traveler say it; the rule's words when the line recorded no answer);
        // the lines under it are there because it is.
        case RuleColumn: {
            if (line.depth != 0)
                return QString();
            const QString reason = BomRuleText::reason(line.rule, line.answer, line.note);
            return reason.isEmpty() ? BomRuleText::words(line.rule) : reason;
        }
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && line.depth == 0 && !line.rule.isEmpty())
        return BomRuleText::ruleToolTip(line.rule);
    if (role == RuleRole && line.depth == 0)
        return line.rule;
    if (role == FilterRole) {
        const QString shown = data(index, Qt::DisplayRole).toString();
        return index.column() == RuleColumn && line.depth == 0 ? shown + u' ' + line.rule : shown;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == QuantityColumn || index.column() == ExtendedColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == LineNoRole)
        return line.lineNo;
    return {};
}

QVariant BomTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return {};
}

} // namespace cs::ui
