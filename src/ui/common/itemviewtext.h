#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

class QAbstractItemView;
class QHeaderView;
class QModelIndex;
class QTreeView;

namespace cs::ui {

// Nothing in a list is cut off without a way to read it whole. Installed once on the application
// (qApp->installEventFilter), it answers the tooltip of every item view and header in every window:
// a cell or header section whose text does not fit shows the whole text (followed by the model's own
// tooltip, if it has one), so no view needs a delegate or code of its own for it.
// The static helpers size a view's columns to what they show:
//   ItemViewText::fitColumns(view);       // after the rows are set: every column to its contents
//   ItemViewText::followExpansion(tree);  // a tree's columns grow as branches open
//   ItemViewText::setSpareColumn(view, NameColumn);  // the width left over goes to the names
class ItemViewText final : public QObject
{
    Q_OBJECT
public:
    explicit ItemViewText(QObject* parent = nullptr);

    bool eventFilter(QObject* watched, QEvent* event) override;

    // True when the cell's text is wider than the room its column gives it (the delegate's size hint
    // against the cell's rectangle, as resizeColumnsToContents measures it).
    static bool isElided(const QAbstractItemView* view, const QModelIndex& index);
    // True when the section's title is wider than the section.
    static bool isSectionElided(const QHeaderView* header, int logicalIndex);
    // What the tooltip of a cut cell or section says.
    static QString fullText(const QModelIndex& index);
    static QString fullSectionText(const QHeaderView* header, int logicalIndex);

    // Every visible column of a table or tree (not a stretched last one) to the width of its title and
    // of the rows shown.
    static void fitColumns(QAbstractItemView* view);
    // Only the columns narrower than what they show now (after a font or style change); wider columns
    // (a person's own widths) stay.
    static void widenColumns(QAbstractItemView* view);
    // After a list's rows were (re)loaded: the first time every column to what it shows (a restored
    // layout only where too narrow: `layoutRestored`); later the person's widths stay, except that the
    // columns that tell rows apart (all but the spare column and those that yield or narrow) widen for
    // longer texts. Nothing while the list is empty.
    static void rowsLoaded(QAbstractItemView* view, bool layoutRestored);
    // Widens the tree's columns whenever a branch opens, so deeper lines are not cut.
    static void followExpansion(QTreeView* tree);

    // Every column keeps the width of what it shows; the width the view has beyond that goes to
    // `logicalColumn` (a text that benefits from it: a name, a customer, a title, a note), never to the
    // last column, and follows the view's size. When the view is too narrow for everything, that column
    // gives up width down to a few words (its cut texts show whole in their tooltips; in a view that
    // wraps its text and sizes its rows to their contents, the text wraps instead), so that the other
    // columns stay in view. Call again after restoring a saved header state (it brings its own stretch).
    // The first call gives a table a column header of its own (one that elides titles at the end, as
    // Qt's own clips them at both ends), with the old one's settings: take horizontalHeader() after it.
    static void setSpareColumn(QAbstractItemView* view, int logicalColumn);
    // The column given to setSpareColumn, or -1.
    static int spareColumn(const QAbstractItemView* view);

    // Column priorities (after setSpareColumn): the columns that give way, the least needed first, when
    // the view is too narrow for every column even with the spare column down to a few words. They are
    // hidden in this order until the rest fits (no horizontal scroll bar), and come back as the view
    // widens; the columns not named (those that tell rows apart: a build, a PO number) are never cut.
    // The header's context menu lists the columns: a person shows a hidden one again (it then stays,
    // room or not) or hides one that yields. From the keyboard, the list's context menu (Menu key or
    // Shift+F10) has them: the columns themselves, or a "Columns" submenu in a list whose context menu
    // has actions of its own (Qt::ActionsContextMenu, set before this call).
    //   ItemViewText::setYieldOrder(view, {Updated, Assignee, WantDate});
    static void setYieldOrder(QAbstractItemView* view, const QList<int>& logicalColumns);
    // Free-text columns (notes) that give up width, down to a few words (whole in their tooltips), so
    // that the spare column's text shows whole (after setSpareColumn).
    static void setNarrowingColumns(QAbstractItemView* view, const QList<int>& logicalColumns);
    // The columns hidden for want of room now, in logical order.
    static QList<int> hiddenForRoom(const QAbstractItemView* view);
    // What the header's context menu does: shows (and keeps) or hides a column that yields.
    static void setColumnShown(QAbstractItemView* view, int logicalColumn, bool shown);
    // The header's state to save for a person (QHeaderView::saveState, without the columns hidden for
    // want of room: the view's width decides those), and its restore (the spare column and the column
    // priorities kept).
    static QByteArray headerState(const QAbstractItemView* view);
    static bool restoreHeaderState(QAbstractItemView* view, const QByteArray& state);
};

} // namespace cs::ui
