#include "ui/common/itemviewtext.h"

#include <QAbstractItemDelegate>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QHash>
#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QSet>
#include <QStyleOptionHeader>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QToolTip>
#include <QTreeView>

#include <algorithm>
#include <functional>

namespace cs::ui {

namespace {
constexpr char kSpareWidthName[] = "cs_spareWidth";
// The property that marks a header as an ElidingHeader.
constexpr char kElidingHeader[] = "cs_elidingHeader";

// The spare column gives up width down to this many average characters (or its title).
constexpr int kLeastChars = 16;

void resizeColumns(QAbstractItemView* view, bool growOnly, const std::function<bool(int)>& which = {});

// False only for a header hidden on purpose (QWidget::isHidden is also true for one whose view has
// not been shown yet).
bool headerShown(const QHeaderView* header)
{
    return !(header->isHidden() && header->testAttribute(Qt::WA_WState_ExplicitShowHide));
}

QHeaderView* columnHeader(const QAbstractItemView* view)
{
    if (const auto* table = qobject_cast<const QTableView*>(view))
        return table->horizontalHeader();
    if (const auto* tree = qobject_cast<const QTreeView*>(view))
        return tree->header();
    return nullptr;
}

// Gives the width a view has beyond what its columns show to one column, and keeps doing so as the
// view's size and the other columns' widths change. A child of the view, found by its object name.
class SpareWidth final : public QObject
{
public:
    SpareWidth(QAbstractItemView* view, QHeaderView* header)
        : QObject(view)
        , m_view(view)
        , m_header(header)
    {
        setObjectName(QLatin1String(kSpareWidthName));
        // The view's size decides the room; its viewport's too (a scroll bar shown or hidden).
        view->installEventFilter(this);
        view->viewport()->installEventFilter(this);
        connect(header, &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
            if (m_adjusting)
                return;
            if (logical == column) {
                base = size;   // fitted to its text, or a person's own width
                return;
            }
            // Fitted, or a person's own width: the column's width from now on, which it keeps when
            // room is short (fitting records what the rows need afterwards).
            full.insert(logical, size);
            if (const auto r = rows.find(logical); r != rows.end())
                *r = size;
            fill();
        });
        connect(header, &QHeaderView::sectionCountChanged, this, [this] { fill(); });
        connect(header, &QHeaderView::sectionMoved, this, [this] { fill(); });
        // Rows added or taken away may show or hide the vertical scroll bar: the room changes.
        if (auto* table = qobject_cast<QTableView*>(view))
            connect(table->verticalHeader(), &QHeaderView::sectionCountChanged, this, [this] { fill(); });
    }

    // The width the column's text needs (or a person gave it).
    int base = 0;
    int column = -1;
    // The other columns: their widths (fitted, or a person's own), and the widths their rows need
    // without the title.
    QHash<int, int> full;
    QHash<int, int> rows;
    // The columns that give way when the view is too narrow for all of them, the least needed first
    // (ItemViewText::setYieldOrder); those hidden now for want of room; those a person chose to show
    // whatever the room (the header's context menu).
    QList<int> yieldOrder;
    QList<int> narrowing;   // free-text columns that give up width for the spare column's whole text
    QSet<int> hiddenForRoom;
    QSet<int> pinned;

    // Runs `change` (showing or hiding sections) without taking the sizes it signals for a person's.
    template<typename F>
    void quietly(F change)
    {
        const bool was = m_adjusting;
        m_adjusting = true;
        change();
        m_adjusting = was;
    }

    // The spare column takes the room the other columns leave. When they leave little, it gives up
    // width down to a few words (the whole text is in the cell's tooltip); when that is not enough, the
    // other columns give up what their titles need beyond their rows (an elided title shows whole in its
    // tooltip), so that every column stays in view as long as that can be.
    void fill()
    {
        // (A view not shown has no room to go by yet; it fills when shown.)
        if (column < 0 || column >= m_header->count() || m_header->isSectionHidden(column) || !m_view->isVisible())
            return;
        // A restored header state brings its own stretch back.
        if (m_header->stretchLastSection())
            m_header->setStretchLastSection(false);
        // The columns hidden for want of room come back; below, they yield again if they must.
        quietly([this] {
            for (const int c : std::as_const(hiddenForRoom)) {
                if (c >= m_header->count())
                    continue;
                m_header->showSection(c);
                if (const auto w = full.constFind(c); w != full.cend())
                    m_header->resizeSection(c, *w);
            }
        });
        hiddenForRoom.clear();
        const int viewport = room();
        const int least = std::max(headerShown(m_header) ? m_header->sectionSizeHint(column) : 0,
                                   kLeastChars * m_view->fontMetrics().averageCharWidth());
        const int spareLeast = std::min(base, least);
        QList<std::pair<int, int>> widths;   // logical index, width
        int total = 0;
        for (int visual = 0; visual < m_header->count(); ++visual) {
            const int c = m_header->logicalIndex(visual);
            if (c == column || m_header->isSectionHidden(c))
                continue;
            const int w = full.value(c, m_header->sectionSize(c));
            widths.append({c, w});
            total += w;
        }
        // (Only a header that elides its titles may make them narrower.)
        int missing = m_header->property(kElidingHeader).toBool() ? total + spareLeast - viewport : 0;
        for (auto& [c, w] : widths) {
            if (missing <= 0)
                break;
            // (No narrower than the header lets a section be.)
            const int need = std::max(rows.value(c, w), m_header->minimumSectionSize());
            if (need < w) {
                const int give = std::min(w - need, missing);
                w -= give;
                missing -= give;
            }
        }
        // Free-text columns give up width (down to a few words, whole in their tooltips) so that the
        // spare column's text shows whole.
        int want = base - viewport;
        for (const auto& [c, w] : std::as_const(widths))
            want += w;
        for (const int c : std::as_const(narrowing)) {
            if (want <= 0)
                break;
            const auto it = std::find_if(widths.begin(), widths.end(), [c](const auto& cw) { return cw.first == c; });
            if (it == widths.end())
                continue;
            const int floor = std::min(it->second, std::max(kLeastChars * m_view->fontMetrics().averageCharWidth(),
                                                            m_header->minimumSectionSize()));
            const int give = std::min(it->second - floor, want);
            it->second -= give;
            want -= give;
        }
        // Still too narrow: the columns that yield are hidden, the least needed first (the header's
        // context menu shows them again), so that the columns that tell rows apart stay whole and the
        // view needs no horizontal scroll bar.
        int over = std::max(spareLeast, m_header->minimumSectionSize()) - viewport;
        for (const auto& [c, w] : std::as_const(widths))
            over += w;
        for (const int c : std::as_const(yieldOrder)) {
            if (over <= 0)
                break;
            const auto it = std::find_if(widths.begin(), widths.end(), [c](const auto& cw) { return cw.first == c; });
            if (it == widths.end() || pinned.contains(c))
                continue;
            over -= it->second;
            // (The width it comes back with.)
            if (!full.contains(c))
                full.insert(c, m_header->sectionSize(c));
            widths.erase(it);
            hiddenForRoom.insert(c);
            quietly([this, c] { m_header->hideSection(c); });
        }
        m_adjusting = true;
        int others = 0;
        for (const auto& [c, w] : std::as_const(widths)) {
            if (m_header->sectionSize(c) != w)
                m_header->resizeSection(c, w);
            others += w;
        }
        const int width = std::max({viewport - others, spareLeast, m_header->minimumSectionSize()});
        if (width != m_header->sectionSize(column))
            m_header->resizeSection(column, width);
        m_adjusting = false;
    }

    // The width the viewport has once the columns fit: the view's inside (within its frame, beside
    // its row header), less the vertical scroll bar's width when the rows need more height than there
    // is. Measured from the view, not from the viewport as it is now: that one still has the scroll
    // bars of the columns' previous widths (Qt lays them out later), or, in a view not shown yet,
    // a size from before.
    int room() const
    {
        const QSize inside = m_view->maximumViewportSize();   // (without a horizontal scroll bar)
        int width = inside.width();
        const QScrollBar* bar = m_view->verticalScrollBar();
        if (m_view->verticalScrollBarPolicy() != Qt::ScrollBarAsNeeded)
            return width;   // (maximumViewportSize counts a scroll bar always shown)
        bool rowsOverflow = false;
        if (const auto* table = qobject_cast<const QTableView*>(m_view))
            rowsOverflow = table->verticalHeader()->length() > inside.height();
        else
            rowsOverflow = bar->isVisibleTo(m_view);   // (a tree's rows: as the view has them now)
        if (!rowsOverflow || bar->style()->pixelMetric(QStyle::PM_ScrollView_ScrollBarOverlap, nullptr, bar) != 0)
            return width;
        width -= bar->sizeHint().width();
        if (m_view->frameShape() != QFrame::NoFrame
            && m_view->style()->styleHint(QStyle::SH_ScrollView_FrameOnlyAroundContents, nullptr, m_view))
            width -= m_view->style()->pixelMetric(QStyle::PM_ScrollView_ScrollBarSpacing, nullptr, m_view);
        return width;
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if ((event->type() == QEvent::Resize || event->type() == QEvent::Show) && !m_adjusting)
            fill();
        if (watched != m_view || yieldOrder.isEmpty())
            return false;
        if (event->type() == QEvent::LanguageChange && m_columnsAction)
            m_columnsAction->setText(ItemViewText::tr("Columns"));
        if (event->type() == QEvent::ContextMenu
            && static_cast<QContextMenuEvent*>(event)->reason() == QContextMenuEvent::Keyboard)
            return keyboardMenu();
        // Shift+F10 asks for the context menu as the Menu key does.
        if (event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            if (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier) {
                const QRect cell = m_view->visualRect(m_view->currentIndex());
                const QPoint pos = cell.isValid() ? m_view->viewport()->mapTo(m_view, cell.bottomLeft()) : QPoint();
                QContextMenuEvent menu(QContextMenuEvent::Keyboard, pos, m_view->mapToGlobal(pos), key->modifiers());
                QCoreApplication::sendEvent(m_view, &menu);
                return true;
            }
        }
        return false;
    }

    // The header's context menu: every column with a check mark; the columns that yield can be hidden
    // or shown (shown by a person, a column stays, room or not), the others are always shown.
    void columnsMenu(const QPoint& pos)
    {
        QMenu menu(m_header);
        addColumnActions(&menu);
        if (!menu.isEmpty())
            menu.exec(m_header->mapToGlobal(pos));
    }

    void addColumnActions(QMenu* menu)
    {
        QAbstractItemModel* model = m_header->model();
        if (!model)
            return;
        for (int visual = 0; visual < m_header->count(); ++visual) {
            const int c = m_header->logicalIndex(visual);
            QAction* action = menu->addAction(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
            action->setCheckable(true);
            action->setChecked(!m_header->isSectionHidden(c));
            action->setEnabled(yieldOrder.contains(c));
            QObject::connect(action, &QAction::toggled, this, [this, c](bool on) { showColumn(c, on); });
        }
    }

    // The same from the keyboard: the list's context menu (the Menu key, or Shift+F10) has the
    // columns; a list that has a menu of its own (its actions) gets them as a submenu.
    void offerColumnsByKeyboard()
    {
        if (m_view->contextMenuPolicy() == Qt::ActionsContextMenu) {
            auto* columns = new QMenu(m_view);
            m_columnsAction = columns->menuAction();
            m_columnsAction->setText(ItemViewText::tr("Columns"));
            connect(columns, &QMenu::aboutToShow, this, [this, columns] {
                columns->clear();
                addColumnActions(columns);
            });
            m_view->addAction(m_columnsAction);
        }
    }

    // A context menu asked for from the keyboard: the columns, below the current cell (or the
    // header) in a list without a menu of its own.
    bool keyboardMenu()
    {
        if (m_view->contextMenuPolicy() == Qt::ActionsContextMenu)
            return false;   // (its actions, the columns among them)
        if (m_view->contextMenuPolicy() != Qt::DefaultContextMenu)
            return false;
        const QRect cell = m_view->visualRect(m_view->currentIndex());
        const QPoint at = cell.isValid() ? m_view->viewport()->mapToGlobal(cell.bottomLeft())
                                         : m_header->mapToGlobal(QPoint(0, m_header->height()));
        QMenu menu(m_view);
        addColumnActions(&menu);
        if (menu.isEmpty())
            return false;
        menu.exec(at);
        return true;
    }

    void showColumn(int c, bool on)
    {
        hiddenForRoom.remove(c);
        if (on) {
            pinned.insert(c);
            quietly([this, c] { m_header->showSection(c); });
            resizeColumns(m_view, true);
        } else {
            pinned.remove(c);
            quietly([this, c] { m_header->hideSection(c); });
        }
        fill();
    }

    // The header's state with the columns hidden for want of room shown: they are hidden for this
    // view's width, not by the person.
    QByteArray state()
    {
        QByteArray saved;
        quietly([this, &saved] {
            for (const int c : std::as_const(hiddenForRoom))
                m_header->showSection(c);
            saved = m_header->saveState();
            for (const int c : std::as_const(hiddenForRoom))
                m_header->hideSection(c);
        });
        return saved;
    }

private:
    QAbstractItemView* m_view;
    QHeaderView* m_header;
    QAction* m_columnsAction = nullptr;
    bool m_adjusting = false;
};

// A column header that elides a title wider than its section at the end ("Orden de c…"); Qt's own
// clips it at both ends ("den de comp"). The tooltip gives the whole title.
class ElidingHeader final : public QHeaderView
{
public:
    using QHeaderView::QHeaderView;

protected:
    void initStyleOptionForIndex(QStyleOptionHeader* option, int logicalIndex) const override
    {
        QHeaderView::initStyleOptionForIndex(option, logicalIndex);
        const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, option, this);
        int room = sectionSize(logicalIndex) - 2 * margin;
        if (isSortIndicatorShown() && sortIndicatorSection() == logicalIndex)
            room -= style()->pixelMetric(QStyle::PM_HeaderMarkSize, option, this) + margin;
        // (The style draws a highlighted section's title in bold: measured so.)
        QFontMetrics metrics = option->fontMetrics;
        if (option->state.testFlag(QStyle::State_On)) {
            QFont bold = font();
            bold.setBold(true);
            metrics = QFontMetrics(bold);
        }
        if (metrics.horizontalAdvance(option->text) > room)
            option->text = metrics.elidedText(option->text, Qt::ElideRight, std::max(room, 0));
    }
};

// A table's column header as an ElidingHeader, with the settings the old one had.
QHeaderView* elidingHeader(QAbstractItemView* view, QHeaderView* old)
{
    auto* table = qobject_cast<QTableView*>(view);
    if (!table || old->property(kElidingHeader).toBool())
        return old;
    auto* header = new ElidingHeader(Qt::Horizontal, table);
    header->setProperty(kElidingHeader, true);
    header->setObjectName(old->objectName());
    header->setSectionsMovable(old->sectionsMovable());
    header->setSectionsClickable(old->sectionsClickable());
    header->setHighlightSections(old->highlightSections());
    header->setDefaultAlignment(old->defaultAlignment());
    header->setMinimumSectionSize(old->minimumSectionSize());
    header->setSortIndicatorShown(old->isSortIndicatorShown());
    header->setSortIndicator(old->sortIndicatorSection(), old->sortIndicatorOrder());
    if (!headerShown(old))
        header->hide();
    table->setHorizontalHeader(header);   // deletes the old one; keeps sorting as it was
    return header;
}

bool wrapsText(const QAbstractItemView* view)
{
    if (const auto* table = qobject_cast<const QTableView*>(view))
        return table->wordWrap();
    if (const auto* tree = qobject_cast<const QTreeView*>(view))
        return tree->wordWrap();
    return false;
}

SpareWidth* spareWidth(const QAbstractItemView* view)
{
    return view ? view->findChild<SpareWidth*>(QLatin1String(kSpareWidthName), Qt::FindDirectChildrenOnly) : nullptr;
}

// The width a column needs for its title and the rows it shows now.
int neededWidth(QAbstractItemView* view, QHeaderView* header, int column)
{
    const int title = headerShown(header) ? header->sectionSizeHint(column) : 0;
    return std::max(title, view->sizeHintForColumn(column));
}

void resizeColumns(QAbstractItemView* view, bool growOnly, const std::function<bool(int)>& which)
{
    QHeaderView* header = columnHeader(view);
    if (!header || !view->model())
        return;
    SpareWidth* spare = spareWidth(view);
    const bool hasRows = view->model()->rowCount(view->rootIndex()) > 0;
    const int last = header->logicalIndex(header->count() - 1);
    for (int c = 0; c < header->count(); ++c) {
        if (which && !which(c))
            continue;
        // (A column hidden for want of room is measured too: it may be shown again.)
        if ((header->isSectionHidden(c) && !(spare && spare->hiddenForRoom.contains(c)))
            || header->sectionResizeMode(c) != QHeaderView::Interactive)
            continue;
        if (c == last && header->stretchLastSection())
            continue;
        int needed = 0;
        int rowsNeed = 0;
        const auto measure = [&] {
            needed = neededWidth(view, header, c);
            rowsNeed = view->sizeHintForColumn(c);
        };
        if (header->isSectionHidden(c)) {
            // (A hidden section's title measures nothing.)
            spare->quietly([&] {
                header->showSection(c);
                measure();
                header->hideSection(c);
            });
        } else {
            measure();
        }
        if (spare && c == spare->column) {
            // Filled beyond its text: what counts is the width its text needs.
            if (needed > 0 && (!growOnly || spare->base < needed)) {
                spare->base = needed;
                header->resizeSection(c, needed);
            }
            continue;
        }
        const int current = spare ? spare->full.value(c, header->sectionSize(c)) : header->sectionSize(c);
        if (needed > 0 && (!growOnly || current < needed)) {
            header->resizeSection(c, needed);
            // (Also when the size did not change, which the header does not signal.)
            if (spare)
                spare->full.insert(c, needed);
        }
        // What the rows shown now need, below which a title gives up no width (not known without
        // rows: none then).
        if (spare) {
            if (hasRows)
                spare->rows.insert(c, rowsNeed);
            else
                spare->rows.remove(c);
        }
    }
    if (spare)
        spare->fill();
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
    option.features = QStyleOptionViewItem::None;
    const int grid = qobject_cast<const QTableView*>(view) && static_cast<const QTableView*>(view)->showGrid() ? 1 : 0;
    if (delegate->sizeHint(option, index).width() <= rect.width() + grid)
        return false;   // fits on one line
    if (!wrapsText(view))
        return true;
    // Wrapped at the cell's width: cut when its lines need more height than the row has (a wrapped
    // text in a row of one line's height is cut just the same) or a word is wider than the cell.
    option.features = QStyleOptionViewItem::WrapText;
    const QSize wrapped = delegate->sizeHint(option, index);
    return wrapped.width() > rect.width() + grid || wrapped.height() > rect.height() + grid;
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

void ItemViewText::rowsLoaded(QAbstractItemView* view, bool layoutRestored)
{
    if (!view || !view->model() || view->model()->rowCount(view->rootIndex()) == 0)
        return;
    static const char* const kFitted = "cs_columnsFitted";
    if (!view->property(kFitted).toBool()) {
        view->setProperty(kFitted, true);
        resizeColumns(view, layoutRestored);
        return;
    }
    // The columns that tell rows apart (neither the spare column nor one that yields or narrows)
    // widen for a longer text that came later: a new order's "PO-WALK-7001" is not cut to "PO-WAL…".
    if (const SpareWidth* spare = spareWidth(view)) {
        resizeColumns(view, true, [spare](int c) {
            return c != spare->column && !spare->yieldOrder.contains(c) && !spare->narrowing.contains(c);
        });
    }
}

void ItemViewText::followExpansion(QTreeView* tree)
{
    QObject::connect(tree, &QTreeView::expanded, tree, [tree] { widenColumns(tree); });
}

void ItemViewText::setSpareColumn(QAbstractItemView* view, int logicalColumn)
{
    QHeaderView* header = columnHeader(view);
    if (!header)
        return;
    SpareWidth* spare = spareWidth(view);
    // A title that gives up width is elided, not clipped at both ends ("de comma").
    if (!spare)
        header = elidingHeader(view, header);
    header->setStretchLastSection(false);
    if (!spare)
        spare = new SpareWidth(view, header);
    if (spare->column != logicalColumn)
        spare->base = 0;
    spare->column = logicalColumn;
    spare->fill();
}

void ItemViewText::setYieldOrder(QAbstractItemView* view, const QList<int>& logicalColumns)
{
    SpareWidth* spare = spareWidth(view);
    Q_ASSERT_X(spare, "ItemViewText::setYieldOrder", "call setSpareColumn first");
    if (!spare)
        return;
    QHeaderView* header = columnHeader(view);
    if (spare->yieldOrder.isEmpty()) {
        header->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(header, &QHeaderView::customContextMenuRequested, spare, [spare](const QPoint& pos) { spare->columnsMenu(pos); });
        spare->offerColumnsByKeyboard();
    }
    spare->yieldOrder = logicalColumns;
    spare->fill();
}

void ItemViewText::setNarrowingColumns(QAbstractItemView* view, const QList<int>& logicalColumns)
{
    SpareWidth* spare = spareWidth(view);
    Q_ASSERT_X(spare, "ItemViewText::setNarrowingColumns", "call setSpareColumn first");
    if (!spare)
        return;
    spare->narrowing = logicalColumns;
    spare->fill();
}

QList<int> ItemViewText::hiddenForRoom(const QAbstractItemView* view)
{
    const SpareWidth* spare = spareWidth(view);
    if (!spare)
        return {};
    QList<int> hidden(spare->hiddenForRoom.cbegin(), spare->hiddenForRoom.cend());
    std::sort(hidden.begin(), hidden.end());
    return hidden;
}

void ItemViewText::setColumnShown(QAbstractItemView* view, int logicalColumn, bool shown)
{
    if (SpareWidth* spare = spareWidth(view))
        spare->showColumn(logicalColumn, shown);
}

QByteArray ItemViewText::headerState(const QAbstractItemView* view)
{
    QHeaderView* header = columnHeader(view);
    if (!header)
        return {};
    SpareWidth* spare = spareWidth(view);
    return spare ? spare->state() : header->saveState();
}

bool ItemViewText::restoreHeaderState(QAbstractItemView* view, const QByteArray& state)
{
    QHeaderView* header = columnHeader(view);
    if (!header || state.isEmpty())
        return false;
    SpareWidth* spare = spareWidth(view);
    if (spare) {
        // The state says which columns the person hid; those hidden for room are decided again.
        spare->hiddenForRoom.clear();
        spare->pinned.clear();
    }
    if (!header->restoreState(state))
        return false;
    if (spare) {
        // The restored widths are the person's (restoreState does not signal them): each column's
        // width from now on, the one it comes back with when hidden for room, and (as for a width a
        // person drags) none of it given up for the title.
        for (int c = 0; c < header->count(); ++c) {
            if (c == spare->column)
                continue;   // (filled; what its text needs is measured)
            spare->full.insert(c, header->sectionSize(c));
            spare->rows.insert(c, header->sectionSize(c));
        }
    }
    // A layout saved by an older version stretched its last column.
    if (spare)
        setSpareColumn(view, spare->column);
    return true;
}

int ItemViewText::spareColumn(const QAbstractItemView* view)
{
    const SpareWidth* spare = spareWidth(view);
    return spare ? spare->column : -1;
}

} // namespace cs::ui
