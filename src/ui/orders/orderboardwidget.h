#pragma once

#include "data/common/session.h"

#include <QWidget>

#include <memory>

class QAction;
class QTableView;

namespace Ui {
class OrderBoardWidget;
}

namespace cs::ui {

class OrderBoardModel;

// The coordinator's home: the order board (search as you type, status filter, "my queue", server
// sort, lazy loading) whose column layout is remembered per user.
class OrderBoardWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit OrderBoardWidget(data::Session* session, QWidget* parent = nullptr);
    ~OrderBoardWidget() override;

    OrderBoardModel* model() const { return m_model; }
    QTableView* view() const;
    void refresh();
    void focusSearch();
    void saveLayout(const QString& user) const;
    void restoreLayout(const QString& user);

    // Build numbers of the selected rows, in board order.
    QStringList selectedBuilds() const;
    // "Print travelers…" / "Export travelers PDF…" for the selection as one job (button menu and
    // context menu); disabled without a selection, absent for roles that may not print.
    QAction* printTravelersAction() const { return m_printTravelersAction; }
    QAction* exportTravelersAction() const { return m_exportTravelersAction; }
    void printTravelers();
    bool exportTravelersPdf(const QString& path);
    // The last message shown under the board (a confirmation, or the reason in words).
    QString messageText() const;

signals:
    void openOrder(const QString& orderId);
    void queryFailed(const cs::data::DbError& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateCount();
    void updateActions();
    bool canPrint() const;
    void showMessage(const QString& text, bool error);

    const std::unique_ptr<Ui::OrderBoardWidget> m_ui;
    data::Session* m_session;
    OrderBoardModel* m_model;
    QAction* m_printTravelersAction;
    QAction* m_exportTravelersAction;
    bool m_layoutRestored = false;
    QString m_keepCurrent;   // the order id to make current again after a read the change feed asked for
};

} // namespace cs::ui
