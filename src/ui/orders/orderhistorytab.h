#pragma once

#include "data/orders/historyentry.h"

#include <QList>
#include <QWidget>

#include <memory>

class QStandardItemModel;

namespace Ui {
class OrderHistoryTab;
}

namespace cs::ui {

// The order page's timeline: when, who, what (in words), from and to which status, and the note; an
// edit names the fields it changed, and a status forced by an administrator stands out.
class OrderHistoryTab final : public QWidget
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, ActionColumn, FromColumn, ToColumn, NoteColumn };

    explicit OrderHistoryTab(QWidget* parent = nullptr);
    ~OrderHistoryTab() override;

    void showHistory(const QList<data::HistoryEntry>& entries);
    QStandardItemModel* model() const { return m_model; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();

    const std::unique_ptr<Ui::OrderHistoryTab> m_ui;
    QStandardItemModel* m_model;
    QList<data::HistoryEntry> m_entries;
};

} // namespace cs::ui
