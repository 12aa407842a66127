#pragma once

#include "data/orders/orderdetail.h"
#include "data/orders/orderpagedata.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>

class QPushButton;
class QScrollArea;

namespace cs::data {
class CatalogCache;
}

namespace Ui {
class OrderOverviewTab;
}

namespace cs::ui {

// The order page's first tab: the editable order fields (coordinators, while "Order created") with
// Save, the configuration in words (as the traveler prints it, in the session's language: the sink's
// facts, then basins, faucets, sprayers and accessories as tables), the status actions open to the person's role (with the note a
// move may need), assignment and claim, and the printing actions. It shows and asks; the page runs the
// writes and tells it what may be done now (setState).
class OrderOverviewTab final : public QWidget
{
    Q_OBJECT
public:
    // What the person may do now.
    struct State
    {
        bool loaded = false;        // a load has been shown
        bool canWrite = false;      // a finished load's row version is known and no write runs
        bool coordinator = false;   // coordinator or admin: edits and assignment
        bool editable = false;      // coordinator, and the order is "Order created"
        bool assembler = false;     // the claim action
        bool canClaim = false;
        QString claimBlockedBy;     // why the claim is off, in words (its tooltip); empty when it is on
        bool canPrint = false;
    };

    explicit OrderOverviewTab(QWidget* parent = nullptr);
    ~OrderOverviewTab() override;

    // Shows a freshly loaded order: the fields (any unsaved edits are replaced), the texts, the actions.
    void showOrder(const data::OrderDetail& detail, const QList<data::TransitionOption>& transitions,
                   const QList<data::AssignableUser>& assignable);
    void setState(const State& state);
    // Where the accessories' catalog names come from (the session's catalog cache); without one the
    // accessories table shows the item numbers only.
    void setCatalogSource(data::CatalogCache* catalog);

    // The fields as the person has them now, and whether they differ from the order shown.
    data::OrderEdit currentEdit() const;
    bool hasUnsavedEdits() const;
    QString transitionNote() const;
    void clearTransitionNote();
    void focusTransitionNote();
    // The username chosen for the assignment; empty for "(nobody)".
    QString chosenAssignee() const;
    // The button of a status action open now, or nullptr.
    QPushButton* transitionButton(const QString& toStatus) const;

signals:
    void editsChanged();
    void saveRequested();
    void transitionRequested(const QString& toStatus);
    void assignRequested();
    void claimRequested();
    void printTravelerRequested();
    void exportTravelerRequested();
    void printLabelsRequested();
    void zplPreviewRequested();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // True when the configuration area is too narrow for the sink's facts and the tables side by side.
    bool configNarrow() const;
    void showTexts();
    void showConfiguration();
    void showTransitions();

    const std::unique_ptr<Ui::OrderOverviewTab> m_ui;
    data::OrderDetail m_detail;
    QList<data::TransitionOption> m_transitions;
    QList<QPushButton*> m_transitionButtons;
    State m_state;
    QPointer<data::CatalogCache> m_catalog;
    QScrollArea* m_configArea = nullptr;   // the configuration's tables, rebuilt by showConfiguration()
    bool m_configStacked = false;          // the tables under the sink's facts (a narrow area)
};

} // namespace cs::ui
