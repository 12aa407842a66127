// Status changes on the order page against a real PostgreSQL: every move asks first (TransitionDialog:
// from and to, the gate, who acts next); Cancel leaves the build where it was, Confirm moves it. A move
// whose gate is not on record cannot be confirmed. Shipped asks the ship date (today at first; the
// calendar offers nothing after today or before the build was ready for ship; carrier and tracking
// optional), and the page shows what the server stored. After a move, an action that appears under the
// pointer ignores the mouse until the pointer leaves it. Ctrl+W closes an order window.
#include "testdatabase.h"
#include "transitiontesting.h"

#include "data/common/session.h"
#include "ui/orders/orderpage.h"
#include "ui/orders/transitiondialog.h"
#include "ui/orders/transitionguard.h"

#include <QApplication>
#include <QCursor>
#include <QDateEdit>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using cs::test::ScratchDatabase;
using namespace cs::ui;

class TestOrderTransition : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cancelLeavesTheStatus();
    void confirmMovesAndHoldsTheNextAction();
    void gateNotMetCannotBeConfirmed();
    void shipAsksTheDate();
    void ctrlWClosesTheOrderWindow();

private:
    std::unique_ptr<cs::data::Session> login(const QString& role);
    QString submitIn(const QString& status);
    QString statusOf(const QString& orderId);
    static bool showLoaded(OrderPage& page);

    QTemporaryDir m_home;
    std::unique_ptr<ScratchDatabase> m_db;
    QHash<QString, ScratchDatabase::Person> m_people;
};

std::unique_ptr<cs::data::Session> TestOrderTransition::login(const QString& role)
{
    auto s = std::make_unique<cs::data::Session>();
    const auto r = s->start(m_people.value(role).settings, QStringLiteral("test"));
    if (!r.ok())
        qWarning("login failed: %s", qPrintable(r.detail));
    return s;
}

QString TestOrderTransition::submitIn(const QString& status)
{
    const QString tag = ScratchDatabase::randomSuffix(6).toUpper();
    const QJsonObject order = ScratchDatabase::orderJson(QStringLiteral("PO-T") + tag, QStringLiteral("BT-") + tag);
    QString error;
    QSqlDatabase coord = m_db->connect(m_people.value(QStringLiteral("ProductionCoordinator")).settings);
    if (!ScratchDatabase::exec(coord, QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))"),
                               {QString::fromUtf8(QJsonDocument(order).toJson(QJsonDocument::Compact))}, &error))
        qWarning("%s", qPrintable(error));
    QVariant id;
    ScratchDatabase::exec(coord, QStringLiteral("SELECT order_id::text FROM cs.orders WHERE build_number = ?"),
                          {QStringLiteral("BT-") + tag}, &error, &id);
    if (status != u"OrderCreated") {
        QSqlDatabase admin = m_db->connect(m_people.value(QStringLiteral("Admin")).settings);
        if (!ScratchDatabase::exec(admin,
                                   QStringLiteral("SELECT cs.force_order_status(o.order_id, ?, 'test set-up', o.row_version) "
                                                  "FROM cs.orders o WHERE o.order_id = CAST(? AS uuid)"),
                                   {status, id.toString()}, &error))
            qWarning("%s", qPrintable(error));
    }
    return id.toString();
}

QString TestOrderTransition::statusOf(const QString& orderId)
{
    QString error;
    QVariant v;
    ScratchDatabase::exec(m_db->superuser(), QStringLiteral("SELECT status::text FROM cs.orders WHERE order_id = CAST(? AS uuid)"),
                          {orderId}, &error, &v);
    return v.toString();
}

bool TestOrderTransition::showLoaded(OrderPage& page)
{
    page.resize(1100, 760);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return false;
    return QTest::qWaitFor([&] { return page.isLoaded(); }, 30000);
}

void TestOrderTransition::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_home.path().toLocal8Bit());
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    for (const char* role : {"ProductionCoordinator", "Admin", "ProcurementSpecialist"}) {
        QString error;
        const auto p = m_db->createPerson(QString::fromLatin1(role), {}, &error);
        QVERIFY2(!p.username.isEmpty(), qPrintable(error));
        m_people.insert(QString::fromLatin1(role), p);
    }
    QString error;
    QVERIFY2(ScratchDatabase::seedWorkflowFixtures(m_db->connect(m_people.value(QStringLiteral("Admin")).settings), &error),
             qPrintable(error));
}

void TestOrderTransition::cancelLeavesTheStatus()
{
    const QString id = submitIn(QStringLiteral("PartsSent"));
    auto session = login(QStringLiteral("ProcurementSpecialist"));
    OrderPage page(session.get(), id);
    QVERIFY(showLoaded(page));
    // The dialog says what will happen before anything is sent.
    bool described = false;
    cs::test::ModalAnswer<TransitionDialog> look([&](TransitionDialog* dialog) -> cs::test::Step {
        const QString headline = dialog->findChild<QLabel*>(QStringLiteral("transitionHeadlineLabel"))->text();
        const QString next = dialog->findChild<QLabel*>(QStringLiteral("transitionNextLabel"))->text();
        described = headline.contains(QStringLiteral("“Parts sent")) && headline.contains(QStringLiteral("“Ready for Pre-QC”"))
                    && next.contains(QStringLiteral("QC"));
        if (!described)
            return cs::test::Step::fail(headline + QStringLiteral(" / ") + next);
        QTest::keyClick(dialog, Qt::Key_Escape);   // Esc is Cancel
        return cs::test::Step::done();
    });
    QTest::mouseClick(page.transitionButton(QStringLiteral("ReadyForPreQC")), Qt::LeftButton);
    QVERIFY2(look.wait(30000), qPrintable(look.failure()));
    QVERIFY(described);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(!page.isWriting());
    QVERIFY2(page.messageText().startsWith(QStringLiteral("Not moved")), qPrintable(page.messageText()));
    QCOMPARE(statusOf(id), QStringLiteral("PartsSent"));
    // Cancel by its button: the same.
    QString why;
    QVERIFY2(cs::test::moveOnPage(&page, QStringLiteral("ReadyForPreQC"), false, {}, &why), qPrintable(why));
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(statusOf(id), QStringLiteral("PartsSent"));
    QCOMPARE(page.detail().status, QStringLiteral("PartsSent"));
}

void TestOrderTransition::confirmMovesAndHoldsTheNextAction()
{
    const QString id = submitIn(QStringLiteral("PartsSent"));
    auto session = login(QStringLiteral("Admin"));
    OrderPage page(session.get(), id);
    QVERIFY(showLoaded(page));
    QPushButton* button = page.transitionButton(QStringLiteral("ReadyForPreQC"));
    QVERIFY(button);
    // The pointer rests where the person clicks.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    const QPoint clickedAt = button->mapToGlobal(button->rect().center());
    QCursor::setPos(clickedAt);
    QString why;
    QVERIFY2(cs::test::moveOnPage(&page, QStringLiteral("ReadyForPreQC"), true, {}, &why), qPrintable(why));
    QTRY_COMPARE_WITH_TIMEOUT(page.detail().status, QStringLiteral("ReadyForPreQC"), 30000);
    QCOMPARE(statusOf(id), QStringLiteral("ReadyForPreQC"));
    // The actions of the new status: the one now under the pointer ignores a click there.
    const auto actionUnderPointer = [&page, clickedAt]() -> QPushButton* {
        for (QPushButton* b : page.findChildren<QPushButton*>())
            if (b->objectName().startsWith(u"transitionButton_") && b->isVisible()
                && b->rect().contains(b->mapFromGlobal(clickedAt)))
                return b;
        return nullptr;
    };
    QPushButton* under = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((under = actionUnderPointer()) != nullptr, 30000);
    QVERIFY(under->objectName() != u"transitionButton_ReadyForPreQC");
    QTRY_VERIFY(TransitionGuard::isHeld(under));
    // The keyboard was not left on an action either.
    QWidget* focus = QApplication::focusWidget();
    QVERIFY2(!focus || !focus->objectName().startsWith(u"transitionButton_"), qPrintable(focus->objectName()));
    QTest::mouseClick(under, Qt::LeftButton, {}, under->mapFromGlobal(clickedAt));
    QCoreApplication::processEvents();
    QVERIFY(!QApplication::activeModalWidget());   // nothing asked: the click did not reach it
    QVERIFY(!page.isWriting());
    // Once the pointer has left it, it is a button like any other.
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(under, &leave);
    QVERIFY(!TransitionGuard::isHeld(under));
    page.findChild<QLineEdit*>(QStringLiteral("transitionNoteLineEdit"))->setText(QStringLiteral("a reason"));   // some need one
    cs::test::ModalAnswer<TransitionDialog> asked([](TransitionDialog* dialog) -> cs::test::Step {
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancelTransitionButton")), Qt::LeftButton);
        return cs::test::Step::done();
    });
    QTest::mouseClick(under, Qt::LeftButton);
    QVERIFY2(asked.wait(30000), qPrintable(asked.failure()));
    QCOMPARE(statusOf(id), QStringLiteral("ReadyForPreQC"));
}

void TestOrderTransition::gateNotMetCannotBeConfirmed()
{
    // Ready for Pre-QC -> Ready for production needs a signed Pre-QC PASS: there is none.
    const QString id = submitIn(QStringLiteral("ReadyForPreQC"));
    auto session = login(QStringLiteral("Admin"));
    OrderPage page(session.get(), id);
    QVERIFY(showLoaded(page));
    QString gate;
    bool confirmOff = false;
    cs::test::ModalAnswer<TransitionDialog> look([&](TransitionDialog* dialog) -> cs::test::Step {
        gate = dialog->findChild<QLabel*>(QStringLiteral("transitionGateLabel"))->text();
        confirmOff = !dialog->findChild<QPushButton*>(QStringLiteral("confirmTransitionButton"))->isEnabled();
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancelTransitionButton")), Qt::LeftButton);
        return cs::test::Step::done();
    });
    QTest::mouseClick(page.transitionButton(QStringLiteral("ReadyForProduction")), Qt::LeftButton);
    QVERIFY2(look.wait(30000), qPrintable(look.failure()));
    QVERIFY2(gate.startsWith(QStringLiteral("Gate not met")) && gate.contains(QStringLiteral("Pre-QC")), qPrintable(gate));
    QVERIFY(confirmOff);
    QCOMPARE(statusOf(id), QStringLiteral("ReadyForPreQC"));
}

void TestOrderTransition::shipAsksTheDate()
{
    const QString id = submitIn(QStringLiteral("ReadyForShip"));
    auto session = login(QStringLiteral("ProductionCoordinator"));
    OrderPage page(session.get(), id);
    QVERIFY(showLoaded(page));
    QVERIFY(!page.shipment());
    const QDate today = QDate::currentDate();
    // The calendar offers today at first, nothing later, nothing before the build was ready for ship.
    QDate shown, latest, earliest;
    cs::test::ModalAnswer<TransitionDialog> look([&](TransitionDialog* dialog) -> cs::test::Step {
        auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("shipDateEdit"));
        if (!date)
            return cs::test::Step::fail(QStringLiteral("no ship date asked"));
        shown = date->date();
        latest = date->maximumDate();
        earliest = date->minimumDate();
        QTest::keyClick(dialog, Qt::Key_Escape);
        return cs::test::Step::done();
    });
    QTest::mouseClick(page.transitionButton(QStringLiteral("Shipped")), Qt::LeftButton);
    QVERIFY2(look.wait(30000), qPrintable(look.failure()));
    QCOMPARE(shown, today);
    QCOMPARE(latest, today);
    QCOMPARE(earliest, today);   // it became ready for ship today (the set-up)
    QCOMPARE(statusOf(id), QStringLiteral("ReadyForShip"));
    // The words a wrong date gets (the calendar does not offer one, the server refuses one).
    QVERIFY(!TransitionDialog::shipmentProblem({today.addDays(1), {}, {}}, today, today).isEmpty());
    QVERIFY(!TransitionDialog::shipmentProblem({today.addDays(-1), {}, {}}, today, today).isEmpty());
    QVERIFY(TransitionDialog::shipmentProblem({today, {}, {}}, today, today).isEmpty());

    QString why;
    QVERIFY2(cs::test::moveOnPage(&page, QStringLiteral("Shipped"), true,
                                  {today, QStringLiteral("Test Freight"), QStringLiteral("TRACK-77")}, &why),
             qPrintable(why));
    QTRY_COMPARE_WITH_TIMEOUT(page.detail().status, QStringLiteral("Shipped"), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(page.shipment().has_value(), 30000);
    QCOMPARE(page.shipment()->shipDate, today);
    QCOMPARE(page.shipment()->carrier, QStringLiteral("Test Freight"));
    QCOMPARE(page.shipment()->tracking, QStringLiteral("TRACK-77"));
    QCOMPARE(page.shipment()->recordedBy, m_people.value(QStringLiteral("ProductionCoordinator")).fullName);
    auto* line = page.findChild<QLabel*>(QStringLiteral("shipmentLabel"));
    QVERIFY(line && line->isVisible());
    QVERIFY2(line->text().contains(QStringLiteral("TRACK-77")) && line->text().contains(QStringLiteral("Test Freight")),
             qPrintable(line->text()));
}

void TestOrderTransition::ctrlWClosesTheOrderWindow()
{
    const QString id = submitIn(QStringLiteral("OrderCreated"));
    auto session = login(QStringLiteral("ProductionCoordinator"));
    QPointer<OrderPage> page = new OrderPage(session.get(), id);
    page->setAttribute(Qt::WA_DeleteOnClose);
    QVERIFY(showLoaded(*page));
    page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(page));
    QTest::keyClick(page, Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(!page);
}

QTEST_MAIN(TestOrderTransition)
#include "tst_ordertransition.moc"
