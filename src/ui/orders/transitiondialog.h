#pragma once

#include "data/orders/workflowrepository.h"

#include <QDate>
#include <QDialog>
#include <QString>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cs::ui {

// What a status change asked for on the order page will do, in words, for TransitionDialog.
struct TransitionPlan
{
    QString buildNumber;
    QString fromStatus;        // database names ("ReadyForShip")
    QString toStatus;
    QString note;              // the reason typed on the page; empty: none
    QString gateText;          // the gate the move passes, in words, met or not
    bool gateMet = true;
    QString signText;          // the action that signs what the gate misses ("Approve and sign the BOM…"); empty: none
    QString nextText;          // who acts next, in words
    bool ship = false;         // Shipped: the ship date (carrier and tracking optional) is asked
    QDate readySince;          // the day the build became ready for ship: the earliest ship date
    QDate today;
};

// Asks before a status change is sent: from which status to which, the gate it passes (and what is
// missing when it does not: Confirm is then off, and the record the gate needs can be signed from
// here), who acts next, the reason given. A move to Shipped asks the ship date (today at first, not in
// the future, not before the build was ready for ship) and the optional carrier and tracking number;
// a wrong date is said beside the field once it was touched, or on Confirm, in room kept for it.
// Cancel, Escape and closing the window send nothing.
class TransitionDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Cancel, Confirm, Sign };

    explicit TransitionDialog(const TransitionPlan& plan, QWidget* parent = nullptr);
    ~TransitionDialog() override;

    Choice choice() const { return m_choice; }
    // What was given for a move to Shipped.
    data::ShipmentEntry shipment() const;
    // Why `entry` cannot be recorded for a build ready for ship since `readySince` (invalid: unknown)
    // on `today`, in words; empty when it can.
    static QString shipmentProblem(const data::ShipmentEntry& entry, const QDate& readySince, const QDate& today);

    // Confirm: sent when the ship date is right (else the reason shows beside it and the dialog stays).
    void accept() override;

private:
    void showShipProblem(bool force);

    TransitionPlan m_plan;
    Choice m_choice = Choice::Cancel;
    QDateEdit* m_shipDate = nullptr;
    QLineEdit* m_carrier = nullptr;
    QLineEdit* m_tracking = nullptr;
    QLabel* m_shipProblem = nullptr;
    bool m_shipTouched = false;
    QPushButton* m_confirm = nullptr;
};

} // namespace cs::ui
