// The order page never waits on the server: against a PostgreSQL that answers its writes 2 s late (a
// test-only hook installed by the test as superuser: a trigger on cs.order_history, written by every
// write of the page, that sleeps 2 s), the page's save, status change, claim and signed BOM approval
// (the password checked on a fresh connection) each take their 2 s while a timer on the GUI thread,
// every 10 ms, sees no gap over 100 ms (StallDetector); meanwhile the action's buttons wait, a busy bar
// shows and the page says what runs; each ends with its answer in words.
#include "eventloopwatch.h"
#include "transitiontesting.h"
#include "testdatabase.h"

#include "data/catalog/catalogcache.h"
#include "data/common/session.h"
#include "ui/common/signaturedialog.h"
#include "ui/orders/orderpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using cs::test::ScratchDatabase;
using cs::test::StallDetector;
using namespace cs::ui;

namespace {

constexpr int kDelayMs = 2000;        // the server's lateness
constexpr qint64 kLargestGapMs = 100; // the most the GUI thread may stop turning

} // namespace

class TestOrderPageSlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void detectorSeesAWaitOnTheServer();
    void saveWhileTheServerIsLate();
    void signedApprovalWhileTheServerIsLate();
    void transitionWhileTheServerIsLate();
    void claimWhileTheServerIsLate();

private:
    std::unique_ptr<cs::data::Session> login(const QString& role);
    // `generated`: a BOM of the engine on the demo catalog (an approval signs only such a BOM).
    QString submit(const QString& tag, bool generated = false);
    // Waits for the page's actionFinished(action, …) while `stall` measures; the action's ok, or
    // false when it did not end within 30 s. *elapsed is the time it took.
    bool finish(OrderPage& page, QSignalSpy& spy, OrderPage::Action action, StallDetector& stall, qint64* elapsed,
                const QElapsedTimer& clock);
    // The busy state of a write: the bar, the page's flag and its words.
    static bool showsBusy(OrderPage& page, const QString& words);
    // Shows the page and waits until it is loaded and drawn, so that the measurement covers the action.
    static bool showLoaded(OrderPage& page);

    QTemporaryDir m_home;
    std::unique_ptr<ScratchDatabase> m_db;
    std::unique_ptr<cs::data::CatalogCache> m_cache;   // the catalog the approval's BOM check uses
    QHash<QString, ScratchDatabase::Person> m_people;
    QString m_saveOrder;
    QString m_approveOrder;
    QString m_claimOrder;
};

std::unique_ptr<cs::data::Session> TestOrderPageSlow::login(const QString& role)
{
    auto s = std::make_unique<cs::data::Session>();
    const auto r = s->start(m_people.value(role).settings, QStringLiteral("test"));
    if (!r.ok())
        qWarning("login failed: %s", qPrintable(r.detail));
    return s;
}

QString TestOrderPageSlow::submit(const QString& tag, bool generated)
{
    QString error;
    const QJsonObject order = generated ? ScratchDatabase::generatedOrderJson(*m_cache->catalog(), QStringLiteral("PO-SL") + tag,
                                                                              QStringLiteral("SL-") + tag, &error)
                                        : ScratchDatabase::orderJson(QStringLiteral("PO-SL") + tag, QStringLiteral("SL-") + tag);
    QSqlDatabase coord = m_db->connect(m_people.value(QStringLiteral("ProductionCoordinator")).settings);
    if (!ScratchDatabase::exec(coord, QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))"),
                               {QString::fromUtf8(QJsonDocument(order).toJson(QJsonDocument::Compact))}, &error))
        qWarning("%s", qPrintable(error));
    QVariant id;
    ScratchDatabase::exec(coord, QStringLiteral("SELECT order_id::text FROM cs.orders WHERE build_number = ?"),
                          {QStringLiteral("SL-") + tag}, &error, &id);
    return id.toString();
}

void TestOrderPageSlow::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_home.path().toLocal8Bit());
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    for (const char* role : {"ProductionCoordinator", "Admin", "ProcurementSpecialist", "Assembler"}) {
        QString error;
        const auto p = m_db->createPerson(QString::fromLatin1(role), {}, &error);
        QVERIFY2(!p.username.isEmpty(), qPrintable(error));
        m_people.insert(QString::fromLatin1(role), p);
    }
    QString error;
    QSqlDatabase admin = m_db->connect(m_people.value(QStringLiteral("Admin")).settings);
    QVERIFY2(ScratchDatabase::seedWorkflowFixtures(admin, &error), qPrintable(error));
    // The order to approve has the BOM engine's BOM on the demo catalog, which the page's check regenerates.
    QVERIFY2(ScratchDatabase::importDemoCatalog(m_db->superuser(), &error), qPrintable(error));
    m_cache = std::make_unique<cs::data::CatalogCache>(m_home.filePath(QStringLiteral("catalog.cscache")));
    QSignalSpy refreshed(m_cache.get(), &cs::data::CatalogCache::refreshFinished);
    m_cache->refresh(m_people.value(QStringLiteral("ProcurementSpecialist")).settings);
    QVERIFY(refreshed.wait(30000));
    QVERIFY(m_cache->catalog());
    m_saveOrder = submit(ScratchDatabase::randomSuffix(6).toUpper());
    m_approveOrder = submit(ScratchDatabase::randomSuffix(6).toUpper(), true);
    m_claimOrder = submit(ScratchDatabase::randomSuffix(6).toUpper());
    QVERIFY(!m_saveOrder.isEmpty() && !m_approveOrder.isEmpty() && !m_claimOrder.isEmpty());
    // The build to claim is made ready for production by an admin.
    QVERIFY2(ScratchDatabase::exec(admin,
                                   QStringLiteral("SELECT cs.force_order_status(CAST(? AS uuid), 'ReadyForProduction', "
                                                  "'test set-up', (SELECT row_version FROM cs.orders "
                                                  "WHERE order_id = CAST(? AS uuid)))"),
                                   {m_claimOrder, m_claimOrder}, &error),
             qPrintable(error));

    // The test-only hook: every history entry (each of the page's writes writes one, in the same
    // transaction) makes the server answer 2 s late. Installed by the superuser on this scratch
    // database only; nothing of it is in the app or its migrations.
    QSqlDatabase super = m_db->superuser();
    QVERIFY2(ScratchDatabase::exec(super, QStringLiteral(
                                              "CREATE FUNCTION public.test_answer_late() RETURNS trigger LANGUAGE plpgsql "
                                              "AS $$ BEGIN PERFORM pg_sleep(%1); RETURN NULL; END $$")
                                              .arg(kDelayMs / 1000.0),
                                   {}, &error),
             qPrintable(error));
    QVERIFY2(ScratchDatabase::exec(super, QStringLiteral("CREATE TRIGGER zz_test_answer_late AFTER INSERT ON cs.order_history "
                                                         "FOR EACH ROW EXECUTE FUNCTION public.test_answer_late()"),
                                   {}, &error),
             qPrintable(error));
}

void TestOrderPageSlow::cleanupTestCase()
{
    m_cache.reset();
    m_db.reset();
}

// The measure itself: a statement run on the GUI thread while the timer ticks shows as a gap as long as
// the server took (what the page must never do).
void TestOrderPageSlow::detectorSeesAWaitOnTheServer()
{
    QSqlDatabase db = m_db->superuser();
    StallDetector stall;
    stall.start();
    QTest::qWait(50);
    QString error;
    QVERIFY2(ScratchDatabase::exec(db, QStringLiteral("SELECT pg_sleep(0.3)"), {}, &error), qPrintable(error));
    QTest::qWait(50);
    stall.stop();
    qInfo("blocked on purpose: %s", qPrintable(stall.report()));
    QVERIFY2(stall.largestGapMs() >= 250, qPrintable(stall.report()));
}

bool TestOrderPageSlow::finish(OrderPage& page, QSignalSpy& spy, OrderPage::Action action, StallDetector& stall,
                               qint64* elapsed, const QElapsedTimer& clock)
{
    auto ended = [&] {
        for (const QList<QVariant>& args : std::as_const(spy))
            if (args.at(0).value<OrderPage::Action>() == action && (args.at(1).toBool() || action != OrderPage::Action::SignBom))
                return true;
        return false;
    };
    const bool done = QTest::qWaitFor(ended, 30000);
    stall.stop();
    *elapsed = clock.elapsed();
    qInfo("%s: %lld ms; %s", qPrintable(QVariant::fromValue(action).toString()), *elapsed, qPrintable(stall.report()));
    if (!done)
        return false;
    for (const QList<QVariant>& args : std::as_const(spy))
        if (args.at(0).value<OrderPage::Action>() == action && args.at(1).toBool())
            return true;
    qWarning("%s", qPrintable(page.messageText()));
    return false;
}

bool TestOrderPageSlow::showLoaded(OrderPage& page)
{
    page.resize(1100, 760);
    page.show();
    if (!QTest::qWaitFor([&page] { return page.isLoaded(); }, 30000))
        return false;
    QTest::qWait(200);   // the loaded page drawn
    return true;
}

bool TestOrderPageSlow::showsBusy(OrderPage& page, const QString& words)
{
    auto* bar = page.findChild<QProgressBar*>(QStringLiteral("busyProgressBar"));
    return page.isWriting() && bar && bar->isVisible() && page.messageText().contains(words);
}

void TestOrderPageSlow::saveWhileTheServerIsLate()
{
    auto session = login(QStringLiteral("ProductionCoordinator"));
    OrderPage page(session.get(), m_saveOrder);
    QVERIFY2(showLoaded(page), qPrintable(page.messageText()));
    auto* customer = page.findChild<QLineEdit*>(QStringLiteral("customerLineEdit"));
    auto* save = page.findChild<QPushButton*>(QStringLiteral("saveButton"));
    customer->selectAll();
    QTest::keyClicks(customer, QStringLiteral("Hospital Late Answer"));
    QVERIFY(save->isEnabled());

    StallDetector stall;
    QSignalSpy spy(&page, &OrderPage::actionFinished);
    QElapsedTimer clock;
    stall.start();
    clock.start();
    QTest::mouseClick(save, Qt::LeftButton);
    // The click returned at once; the save waits on the worker, its button with it.
    QVERIFY2(showsBusy(page, QStringLiteral("Saving")), qPrintable(page.messageText()));
    QVERIFY(!save->isEnabled());
    QVERIFY(!customer->isEnabled());
    qint64 elapsed = 0;
    QVERIFY2(finish(page, spy, OrderPage::Action::Save, stall, &elapsed, clock), qPrintable(page.messageText()));
    QVERIFY2(elapsed >= kDelayMs - 100, "the server did not answer late: the hook is not in effect");
    QVERIFY2(stall.turnedWithin(kLargestGapMs), qPrintable(stall.report()));
    QCOMPARE(page.messageText(), QStringLiteral("Saved."));
    QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 30000);
    QCOMPARE(page.detail().customerName, QStringLiteral("Hospital Late Answer"));
}

void TestOrderPageSlow::signedApprovalWhileTheServerIsLate()
{
    auto session = login(QStringLiteral("ProcurementSpecialist"));
    OrderPage page(session.get(), m_approveOrder, m_cache.get());
    QVERIFY2(showLoaded(page), qPrintable(page.messageText()));
    page.findChild<QTabWidget*>(QStringLiteral("tabWidget"))->setCurrentIndex(2);
    QTest::qWait(100);   // the BOM tab drawn
    auto* approve = page.findChild<QPushButton*>(QStringLiteral("approveButton"));
    QVERIFY(approve->isVisible() && approve->isEnabled());
    const auto buyer = m_people.value(QStringLiteral("ProcurementSpecialist"));

    StallDetector stall;
    QSignalSpy spy(&page, &OrderPage::actionFinished);
    QElapsedTimer clock;
    bool sawBusyDialog = false;
    bool signClicked = false;
    cs::test::ModalAnswer<SignatureDialog> answer([&](SignatureDialog* dialog) -> cs::test::Step {
        if (!signClicked) {
            auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
            QTest::keyClicks(password, buyer.password);
            // The 2 s start now: the password check (a new connection) and the signature, on the worker.
            stall.start();
            clock.start();
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signButton")), Qt::LeftButton);
            signClicked = true;
            if (!dialog->isBusy())
                return cs::test::Step::fail(QStringLiteral("the dialog is not busy while signing"));
            if (dialog->findChild<QPushButton*>(QStringLiteral("signButton"))->isEnabled())
                return cs::test::Step::fail(QStringLiteral("Sign can be pressed again while signing"));
            if (!showsBusy(page, QStringLiteral("signing")))
                return cs::test::Step::fail(QStringLiteral("the page does not say it signs: ") + page.messageText());
            sawBusyDialog = true;
        }
        return cs::test::Step::again();   // until the dialog closes itself, signed
    });
    QTest::mouseClick(approve, Qt::LeftButton);
    qint64 elapsed = 0;
    const bool signedOk = finish(page, spy, OrderPage::Action::SignBom, stall, &elapsed, clock);
    QVERIFY2(!answer.isFinished() || answer.failure().isEmpty(), qPrintable(answer.failure()));
    QVERIFY2(signedOk, qPrintable(page.messageText()));
    QVERIFY(sawBusyDialog);
    QTRY_VERIFY(!qobject_cast<SignatureDialog*>(QApplication::activeModalWidget()));   // closed once signed
    QVERIFY2(elapsed >= kDelayMs - 100, "the server did not answer late: the hook is not in effect");
    QVERIFY2(stall.turnedWithin(kLargestGapMs), qPrintable(stall.report()));
    QVERIFY2(page.messageText().contains(QStringLiteral("approved and signed")), qPrintable(page.messageText()));
    QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 30000);
    QCOMPARE(page.bom().status, QStringLiteral("Approved"));
    QCOMPARE(page.bom().approvals.size(), 1);
    QCOMPARE(page.bom().approvals[0].who, buyer.fullName);
}

void TestOrderPageSlow::transitionWhileTheServerIsLate()
{
    // After the approval above, procurement sends the parts.
    auto session = login(QStringLiteral("ProcurementSpecialist"));
    OrderPage page(session.get(), m_approveOrder);
    QVERIFY2(showLoaded(page), qPrintable(page.messageText()));
    QPushButton* next = page.transitionButton(QStringLiteral("PartsSent"));
    QVERIFY(next && next->isEnabled());

    StallDetector stall;
    QSignalSpy spy(&page, &OrderPage::actionFinished);
    QElapsedTimer clock;
    stall.start();
    clock.start();
    QString why;
    QVERIFY2(cs::test::moveOnPage(&page, QStringLiteral("PartsSent"), true, {}, &why), qPrintable(why));   // asked, confirmed
    QVERIFY2(showsBusy(page, QStringLiteral("Moving build")), qPrintable(page.messageText()));
    QVERIFY(!next->isEnabled());
    qint64 elapsed = 0;
    QVERIFY2(finish(page, spy, OrderPage::Action::Transition, stall, &elapsed, clock), qPrintable(page.messageText()));
    QVERIFY2(elapsed >= kDelayMs - 100, "the server did not answer late: the hook is not in effect");
    QVERIFY2(stall.turnedWithin(kLargestGapMs), qPrintable(stall.report()));
    QVERIFY2(page.messageText().startsWith(QStringLiteral("Moved to")), qPrintable(page.messageText()));
    QTRY_COMPARE_WITH_TIMEOUT(page.detail().status, QStringLiteral("PartsSent"), 30000);
}

void TestOrderPageSlow::claimWhileTheServerIsLate()
{
    auto session = login(QStringLiteral("Assembler"));
    OrderPage page(session.get(), m_claimOrder);
    QVERIFY2(showLoaded(page), qPrintable(page.messageText()));
    auto* claim = page.findChild<QPushButton*>(QStringLiteral("claimButton"));
    QVERIFY(claim->isVisible() && claim->isEnabled());

    StallDetector stall;
    QSignalSpy spy(&page, &OrderPage::actionFinished);
    QElapsedTimer clock;
    stall.start();
    clock.start();
    QTest::mouseClick(claim, Qt::LeftButton);
    QVERIFY2(showsBusy(page, QStringLiteral("Claiming")), qPrintable(page.messageText()));
    QVERIFY(!claim->isEnabled());
    qint64 elapsed = 0;
    QVERIFY2(finish(page, spy, OrderPage::Action::Claim, stall, &elapsed, clock), qPrintable(page.messageText()));
    QVERIFY2(elapsed >= kDelayMs - 100, "the server did not answer late: the hook is not in effect");
    QVERIFY2(stall.turnedWithin(kLargestGapMs), qPrintable(stall.report()));
    QVERIFY2(page.messageText().contains(QStringLiteral("You claimed build")), qPrintable(page.messageText()));
    QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 30000);
    QCOMPARE(page.detail().assigneeName, m_people.value(QStringLiteral("Assembler")).fullName);
    QVERIFY(!claim->isEnabled());   // claimed: nothing more to claim
}

QTEST_MAIN(TestOrderPageSlow)
#include "tst_orderpageslow.moc"
