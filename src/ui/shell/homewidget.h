#pragma once

#include "data/assembly/assemblyrepository.h"
#include "data/common/dberror.h"
#include "data/shell/homequeries.h"
#include "domain/common/approle.h"
#include "domain/common/worklist.h"

#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace cs::data {
class Session;
struct Change;
}

namespace cs::ui {

class MessageBar;
class RowTableModelBase;

// The home screen of a role: one list per work list of the role (domain::WorkLists), each a read-only
// table of typed rows read through data::HomeQueries on the session's worker; the coordinator's and the
// admin's order board is added as their first list. The lists are named in a column at the left, each
// with how many rows it holds (those with work in them in bold), so every list is one click (or
// Ctrl+1 … Ctrl+9) away whatever the window's width; the chosen one fills the rest of the window.
// A list reads again when the session's change feed announces a change of what it shows (the person's
// own writes now, others' once the server's notifications are listened to); the row that was current
// stays current.
class HomeWidget final : public QWidget
{
    Q_OBJECT
public:
    // The tab key of the order board.
    static constexpr QLatin1StringView kBoardKey{"orderBoard"};

    HomeWidget(data::Session* session, domain::AppRole role, QWidget* parent = nullptr);
    ~HomeWidget() override;

    domain::AppRole role() const { return m_role; }
    // The keys of the lists in order: the work lists' keys (domain::WorkListRule::key), and kBoardKey
    // once the board is added.
    QStringList panelKeys() const;
    // The key of the list shown.
    QString currentPanel() const;
    // The build number of the current row of the work list shown; empty when the list is not one of
    // builds (or is the board), or no row is current.
    QString currentBuild() const;
    // The column of list names at the left.
    QListWidget* listsView() const { return m_lists; }
    // The name of a list as the column at the left shows it (its title and its row count).
    QString panelLabel(const QString& key) const;
    // The table and the model of a work list's tab (nullptr for the board and unknown keys).
    QTableView* view(const QString& key) const;
    RowTableModelBase* model(const QString& key) const;
    void showPanel(const QString& key);
    // Puts the order board in as the first list and makes it the current one.
    void addBoard(QWidget* board, std::function<QString()> title);

    void refresh();
    void saveLayout(const QString& user) const;
    void restoreLayout(const QString& user);
    void focusFilter();

signals:
    // A build was activated: its number and its order id (cs.orders.order_id).
    void openBuild(const QString& buildNumber, const QString& orderId);
    void openPart(const QString& partId);
    // A build of the QC lists ("Awaiting Pre-QC", "Awaiting Final QC") was activated by a QC inspector:
    // its checklist of `qcType` ("PreQC", "FinalQC").
    void openChecklist(const QString& orderId, const QString& qcType);
    // A build of the assembler's lists ("My builds", "Production queue"): its bench.
    void openBench(const QString& orderId);
    void queryFailed(const cs::data::DbError& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class RowKind { None, Build, ServicePart };
    struct Panel
    {
        QString key;
        std::function<QString()> title;
        QList<QLatin1StringView> entities;         // the change feed's entities the list shows
        RowKind kind = RowKind::None;
        RowTableModelBase* model = nullptr;
        std::function<QString(int row)> orderId;   // builds: the order id of a source row
        QString qcType;                            // the QC lists: the checklist a row opens
        bool bench = false;                        // the assembler's lists: a row opens the bench
        QSortFilterProxyModel* proxy = nullptr;
        QTableView* view = nullptr;
        QLineEdit* filter = nullptr;
        QLabel* count = nullptr;
        MessageBar* message = nullptr;
        QWidget* page = nullptr;
        int spareColumn = 0;         // the column that has the room the others leave
        QList<int> yieldOrder;       // the columns that give way when the room is short, least needed first
        QList<int> narrowing;        // free-text columns that give up width for the spare one's text
        bool layoutRestored = false; // the user's own layout was restored
        QString currentKey;       // the current row's key across a read
    };
    void addWorkList(domain::WorkList list);
    void addPanel(Panel panel);
    void updateCount(Panel& p);
    void updateListItem(const Panel& p);
    void fitListColumn();
    // A list's name as the column of lists shows it: on two lines when it is long.
    QString wrappedLabel(const QString& label) const;
    static constexpr int kListNameChars = 28;
    QListWidgetItem* listItem(const QWidget* page) const;
    void onChanges(const QList<data::Change>& batch);
    void activate(const Panel& p, const QModelIndex& index);
    void retranslate();

    data::Session* m_session;
    domain::AppRole m_role;
    data::HomeQueries m_queries;
    data::AssemblyRepository m_assembly;
    QListWidget* m_lists;
    QStackedWidget* m_stack;
    QList<Panel> m_panels;
    QWidget* m_board = nullptr;
    std::function<QString()> m_boardTitle;
};

} // namespace cs::ui
