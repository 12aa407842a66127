#pragma once

// Status changes on the order page ask first (TransitionDialog). moveOnPage() clicks a status action and
// answers its confirmation: Confirm (with the ship date, carrier and tracking for Shipped), or Cancel.
#include "eventloopwatch.h"
#include "ui/orders/orderpage.h"
#include "ui/orders/transitiondialog.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace cs::test {

struct ShipAnswer
{
    QDate date;        // invalid: the dialog's own (today)
    QString carrier;
    QString tracking;
};

// Clicks the action to `toStatus` and answers the dialog; false (with *why) when the action is missing
// or off, or the dialog did not come or could not be answered. `confirm` false: Cancel.
inline bool moveOnPage(ui::OrderPage* page, const QString& toStatus, bool confirm = true, const ShipAnswer& ship = {},
                       QString* why = nullptr, int timeoutMs = 30000)
{
    QPushButton* button = page->transitionButton(toStatus);
    if (!button || !button->isEnabled()) {
        if (why)
            *why = QStringLiteral("no enabled action to %1").arg(toStatus);
        return false;
    }
    ModalAnswer<ui::TransitionDialog> answer([&](ui::TransitionDialog* dialog) -> Step {
        if (!confirm) {
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancelTransitionButton")), Qt::LeftButton);
            return Step::done();
        }
        if (auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("shipDateEdit")); date && ship.date.isValid())
            date->setDate(ship.date);
        if (auto* carrier = dialog->findChild<QLineEdit*>(QStringLiteral("carrierLineEdit")))
            QTest::keyClicks(carrier, ship.carrier);
        if (auto* tracking = dialog->findChild<QLineEdit*>(QStringLiteral("trackingLineEdit")))
            QTest::keyClicks(tracking, ship.tracking);
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("confirmTransitionButton"));
        if (!ok || !ok->isEnabled())
            return Step::fail(QStringLiteral("the confirmation is off: ")
                              + dialog->findChild<QLabel*>(QStringLiteral("transitionGateLabel"))->text());
        QTest::mouseClick(ok, Qt::LeftButton);
        return Step::done();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    const bool ok = answer.wait(timeoutMs);
    if (!ok && why)
        *why = answer.failure();
    return ok;
}

} // namespace cs::test
