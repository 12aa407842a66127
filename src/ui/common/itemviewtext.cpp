#include "ui/common/itemviewtext.h"

#include <QAbstractItemDelegate>
#include <QHeaderView>
#include <QHelpEvent>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QToolTip>
#include <QTreeView>

namespace cs::ui {

namespace {
QHeaderView* columnHeader(QAbstractItemView* view)
{
    if (auto* table = qobject_cast<QTableView*>(view))
        return table->horizontalHeader();
    if (auto* tree = qobject_cast<QTreeView*>(view))
        return tree->header();
    return nullptr;
}

// The width a column needs for its title and the rows it shows now.
int neededWidth(QAbstractItemView* view, QHeaderView* header, int column)
{
    const int title = header->isHidden() ? 0 : header->sectionSizeHint(column);
    return std::max(title, view->sizeHintForColumn(column));
}

void resizeColumns(QAbstractItemView* view, bool growOnly)
{
    QHeaderView* header = columnHeader(view);
    if (!header || !view->model())
        return;
    const int last = header->logicalIndex(header->count() - 1);
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c) || header->sectionResizeMode(c) != QHeaderView::Interactive)
            continue;
        if (c == last && header->stretchLastSection())
            continue;
        const int needed = neededWidth(view, header, c);
        if (needed > 0 && (!growOnly || header->sectionSize(c) < needed))
            header->resizeSection(c, needed);
    }
}
} // namespace

ItemViewText::ItemViewText(QObject* parent)
    : QObject(parent)
{
}

bool ItemViewText::isElided(const QAbstractItemView* view, const QModelIndex& index)
{
    if (!view || !index.isValid())
        return false;
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return false;
    const QRect rect = view->visualRect(index);
    if (rect.isEmpty())
        return false;
    QAbstractItemDelegate* delegate = view->itemDelegateForIndex(index);
    if (!delegate)
        return false;
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.font = view->font();
    option.fontMetrics = view->fontMetrics();
    option.rect = rect;
    option.decorationSize = view->iconSize().isValid()
                                ? view->iconSize()
                                : QSize(view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view),
                                        view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view));
    option.textElideMode = view->textElideMode();
    // Measured on one line: a wrapped text in a row of one line's height is cut just the same.
    option.features = QStyleOptionViewItem::None;
    const int grid = qobject_cast<const QTableView*>(view) && static_cast<const QTableView*>(view)->showGrid() ? 1 : 0;
    return delegate->sizeHint(option, index).width() > rect.width() + grid;
}

bool ItemViewText::isSectionElided(const QHeaderView* header, int logicalIndex)
{
    if (!header || header->isSectionHidden(logicalIndex) || fullSectionText(header, logicalIndex).isEmpty())
        return false;
    const int hint = header->sectionSizeHint(logicalIndex);
    return hint > header->sectionSize(logicalIndex);
}

QString ItemViewText::fullText(const QModelIndex& index)
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const QString own = index.data(Qt::ToolTipRole).toString();
    if (own.isEmpty() || own.contains(text))
        return own.isEmpty() ? text : own;
    return text + u'\n' + own;
}

QString ItemViewText::fullSectionText(const QHeaderView* header, int logicalIndex)
{
    if (!header->model())
        return {};
    const QString text = header->model()->headerData(logicalIndex, header->orientation(), Qt::DisplayRole).toString();
    const QString own = header->model()->headerData(logicalIndex, header->orientation(), Qt::ToolTipRole).toString();
    if (own.isEmpty() || own.contains(text))
        return own.isEmpty() ? text : own;
    return text + u'\n' + own;
}

bool ItemViewText::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ToolTip || !watched->isWidgetType())
        return false;
    auto* viewport = static_cast<QWidget*>(watched);
    auto* view = qobject_cast<QAbstractItemView*>(viewport->parentWidget());
    if (!view || view->viewport() != viewport)
        return false;
    const auto* help = static_cast<QHelpEvent*>(event);
    if (auto* header = qobject_cast<QHeaderView*>(view)) {
        const int section = header->logicalIndexAt(help->pos());
        if (section < 0 || !isSectionElided(header, section))
            return false;
        const int pos = header->sectionViewportPosition(section);
        const QRect rect = header->orientation() == Qt::Horizontal
                               ? QRect(pos, 0, header->sectionSize(section), viewport->height())
                               : QRect(0, pos, viewport->width(), header->sectionSize(section));
        QToolTip::showText(help->globalPos(), fullSectionText(header, section), viewport, rect);
        return true;
    }
    const QModelIndex index = view->indexAt(help->pos());
    if (!isElided(view, index))
        return false;
    QToolTip::showText(help->globalPos(), fullText(index), viewport, view->visualRect(index));
    return true;
}

void ItemViewText::fitColumns(QAbstractItemView* view)
{
    resizeColumns(view, false);
}

void ItemViewText::widenColumns(QAbstractItemView* view)
{
    resizeColumns(view, true);
}

void ItemViewText::followExpansion(QTreeView* tree)
{
    QObject::connect(tree, &QTreeView::expanded, tree, [tree] { widenColumns(tree); });
}

} // namespace cs::ui
