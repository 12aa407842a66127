#pragma once

#include "data/session.h"

#include <QWidget>

#include <memory>

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

signals:
    void openOrder(const QString& orderId);
    void queryFailed(const QSqlError& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateCount();

    const std::unique_ptr<Ui::OrderBoardWidget> m_ui;
    data::Session* m_session;
    OrderBoardModel* m_model;
    bool m_layoutRestored = false;
};

} // namespace cs::ui
