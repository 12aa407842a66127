#pragma once

#include "data/common/session.h"

#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace cs::ui {

class QueryTableModel;

// The home screen of a role: one tab per work list, each a read-only table over real data
// (orders, BOMs awaiting approval, QC queues, service requests, service parts...).
class HomeWidget final : public QWidget
{
    Q_OBJECT
public:
    // What a row opens when activated.
    enum class RowKind { None, Build, ServicePart, ServiceRequest };

    HomeWidget(data::Session* session, data::AppRole role, QWidget* parent = nullptr);
    ~HomeWidget() override;

    data::AppRole role() const { return m_role; }
    QStringList panelKeys() const;
    QTableView* view(const QString& key) const;
    QueryTableModel* model(const QString& key) const;
    void showPanel(const QString& key);
    // Adds a tab that is not a query panel (the coordinator's order board), after the panels.
    void addTab(QWidget* page, std::function<QString()> title, bool makeCurrent);

    void refresh();
    void saveLayout(const QString& user) const;
    void restoreLayout(const QString& user);
    void focusFilter();

signals:
    void openBuild(const QString& buildNumber);
    void openPart(const QString& partId);
    void queryFailed(const QSqlError& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Panel
    {
        QString key;
        std::function<QString()> title;
        RowKind kind = RowKind::None;
        int keyColumn = 0;
        QueryTableModel* model = nullptr;
        QSortFilterProxyModel* proxy = nullptr;
        QTableView* view = nullptr;
        QLineEdit* filter = nullptr;
        QLabel* count = nullptr;
        QWidget* page = nullptr;
        bool fitColumns = true;   // until the user's own layout is restored
    };
    void addPanel(const QString& key, std::function<QString()> title, const QString& sql,
                  std::function<QStringList()> titles, RowKind kind, int keyColumn = 0,
                  const QVariantMap& bindings = {});
    void addOrderPanel(const QString& key, std::function<QString()> title, const QString& where);
    void updateCount(Panel& p);
    void activate(const Panel& p, const QModelIndex& index);
    void retranslate();

    data::Session* m_session;
    data::AppRole m_role;
    QTabWidget* m_tabs;
    QList<Panel> m_panels;
    QList<QPair<QWidget*, std::function<QString()>>> m_extraTabs;
};

} // namespace cs::ui
