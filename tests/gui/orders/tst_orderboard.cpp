// The order board against a real PostgreSQL, logged in as a coordinator: QAbstractItemModelTester on
// the model, lazy loading (one page per fetchMore, never all rows; each next page asked for by the
// last row's key, every row once in order through ties and empty values), search results as typed
// (debounced, off the GUI thread, stale results dropped), status filter, "my queue", server sort,
// the late mark, the remembered column layout, and a screenshot of the board.
#include "devtools/ordergenerator.h"
#include "testdatabase.h"
#include "testpaths.h"

#include "data/orders/orderqueries.h"
#include "data/common/session.h"
#include "data/common/worker.h"
#include "ui/common/itemviewtext.h"
#include "ui/orders/orderboardmodel.h"
#include "ui/orders/orderboardwidget.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using cs::test::ScratchDatabase;
using namespace cs::ui;

class TestOrderBoard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void modelTesterAndLazyLoading();
    void pagesByKeyThroughTiesAndEmptyValues();
    void searchAsYouType();
    void filtersAndServerSort();
    void lateMarked();
    void destroyedWhileLoading();
    void layoutRemembered();
    void longerNumbersWidenTheirColumns();
    void screenshot();

private:
    static bool waitLoaded(OrderBoardModel* m);

    QTemporaryDir m_home;
    std::unique_ptr<ScratchDatabase> m_db;
    ScratchDatabase::Person m_coord;
    std::unique_ptr<cs::data::Session> m_session;
};

bool TestOrderBoard::waitLoaded(OrderBoardModel* m)
{
    return QTest::qWaitFor([m] { return !m->isBusy() && m->pagesLoaded() > 0; }, 20000);
}

void TestOrderBoard::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_home.path().toLocal8Bit());
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    m_coord = m_db->createPerson(QStringLiteral("ProductionCoordinator"), {}, &error);
    QVERIFY2(!m_coord.username.isEmpty(), qPrintable(error));
    // 450 synthetic builds (the gen-orders path); one made late and assigned to the coordinator.
    QSqlDatabase su = m_db->superuser();
    cs::devtools::OrderGenerator::Options options;
    options.count = 450;
    options.seed = 3;
    QVERIFY2(cs::devtools::OrderGenerator::generate(su, options, {}, &error), qPrintable(error));
    QVERIFY2(ScratchDatabase::exec(su, QStringLiteral("UPDATE cs.orders SET want_date = current_date - 3, status = 'ReadyForShip', "
                                                      "current_assignee = (SELECT user_id FROM cs.users WHERE username = ?), "
                                                      "customer_name = 'Late Clinic Omaha' WHERE build_number = 'G3-0000007'"),
                                   {m_coord.username}, &error),
             qPrintable(error));
    m_session = std::make_unique<cs::data::Session>();
    const auto r = m_session->start(m_coord.settings, QStringLiteral("test"));
    QVERIFY2(r.ok(), qPrintable(r.detail));
}

void TestOrderBoard::cleanupTestCase()
{
    if (m_session)
        m_session->end();
    m_session.reset();
    m_db.reset();
}

void TestOrderBoard::modelTesterAndLazyLoading()
{
    OrderBoardModel model(m_session.get());
    model.setPageSize(100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QVERIFY(waitLoaded(&model));
    QCOMPARE(model.rowCount(), 100);   // one page, not all 450
    QVERIFY(model.hasMore());
    QVERIFY(model.canFetchMore({}));
    QSignalSpy pages(&model, &OrderBoardModel::pageLoaded);
    model.fetchMore({});
    QVERIFY(!model.canFetchMore({}));   // one page at a time
    QVERIFY(pages.wait(20000));
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(pages.first().at(0).toInt(), 100);
    // Distinct rows across pages (stable server order).
    QSet<QString> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.orderId(r));
    QCOMPARE(ids.size(), 200);
    while (model.hasMore()) {   // (the tester may fetch too)
        QVERIFY(QTest::qWaitFor([&model] { return !model.isLoading(); }, 20000));
        if (model.canFetchMore({}))
            model.fetchMore({});
        QVERIFY(QTest::qWaitFor([&model] { return !model.isLoading(); }, 20000));
    }
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.hasMore());
    QCOMPARE(model.pagesLoaded(), 5);
}

// Sorted by model, descending: three models shared by 450 builds and some builds without one (they
// come last). Page after page by the last row's key gives every build once, in order.
void TestOrderBoard::pagesByKeyThroughTiesAndEmptyValues()
{
    QString error;
    QVERIFY2(ScratchDatabase::exec(m_db->superuser(), QStringLiteral("UPDATE cs.orders SET sink_model = NULL "
                                                                     "WHERE build_number LIKE '%3' OR build_number LIKE '%8'"),
                                   {}, &error),
             qPrintable(error));
    OrderBoardModel model(m_session.get());
    model.setPageSize(40);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(int(cs::data::BoardColumn::Model), Qt::DescendingOrder);
    QVERIFY(waitLoaded(&model));
    QCOMPARE(model.rowCount(), 40);
    while (model.hasMore()) {
        QVERIFY(QTest::qWaitFor([&model] { return !model.isLoading(); }, 20000));
        if (model.canFetchMore({}))
            model.fetchMore({});
        QVERIFY(QTest::qWaitFor([&model] { return !model.isLoading(); }, 20000));
    }
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(model.pagesLoaded(), 12);   // 11 full pages and one of 10
    QSet<QString> ids;
    int empty = 0;
    QString previous;
    for (int r = 0; r < model.rowCount(); ++r) {
        ids.insert(model.orderId(r));
        const QVariant v = model.data(model.index(r, int(cs::data::BoardColumn::Model)), OrderBoardModel::RawRole);
        if (v.isNull() || v.toString().isEmpty()) {
            ++empty;   // the empty ones last: none with a model after the first empty one
            previous = QString();
            continue;
        }
        QCOMPARE(empty, 0);
        if (!previous.isEmpty())
            QVERIFY(v.toString() <= previous);
        previous = v.toString();
    }
    QCOMPARE(ids.size(), 450);
    QCOMPARE(empty, 90);
    QVERIFY2(ScratchDatabase::exec(m_db->superuser(), QStringLiteral("UPDATE cs.orders SET sink_model = 'T2-B1' "
                                                                     "WHERE sink_model IS NULL"),
                                   {}, &error),
             qPrintable(error));
}

void TestOrderBoard::searchAsYouType()
{
    OrderBoardWidget board(m_session.get());
    board.resize(1200, 600);
    board.show();
    OrderBoardModel* model = board.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitLoaded(model));
    auto* search = board.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    QVERIFY(search);
    search->setFocus();
    // Typed key by key: intermediate searches are debounced or dropped; the result is the last text's.
    QTest::keyClicks(search, QStringLiteral("g3-000004"));
    QVERIFY(QTest::qWaitFor([model] { return model->search() == u"g3-000004" && !model->isBusy(); }, 20000));
    QCOMPARE(model->rowCount(), 10);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(model->index(r, int(cs::data::BoardColumn::BuildNumber)).data().toString().startsWith(u"G3-000004"));
    // Customer substring, case-insensitive.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("late clinic"));
    QVERIFY(QTest::qWaitFor([model] { return model->search() == u"late clinic" && !model->isBusy()
                                             && model->pagesLoaded() > 0; }, 20000));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, int(cs::data::BoardColumn::BuildNumber)).data().toString(), QStringLiteral("G3-0000007"));
    // Activation opens the order.
    QSignalSpy open(&board, &OrderBoardWidget::openOrder);
    board.view()->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(board.view(), Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toString(), model->orderId(0));
}

void TestOrderBoard::filtersAndServerSort()
{
    OrderBoardWidget board(m_session.get());
    OrderBoardModel* model = board.model();
    QVERIFY(waitLoaded(model));
    auto* status = board.findChild<QComboBox*>(QStringLiteral("statusComboBox"));
    status->setCurrentIndex(status->findData(QStringLiteral("Shipped")));
    QVERIFY(QTest::qWaitFor([model] { return model->query().status == u"Shipped" && !model->isLoading()
                                             && model->pagesLoaded() > 0; }, 20000));
    QVERIFY(model->rowCount() > 0);
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->data(model->index(r, int(cs::data::BoardColumn::Status)), OrderBoardModel::RawRole).toString(),
                 QStringLiteral("Shipped"));
    status->setCurrentIndex(0);
    // Server sort by build, ascending then descending.
    board.view()->sortByColumn(int(cs::data::BoardColumn::BuildNumber), Qt::AscendingOrder);
    QVERIFY(QTest::qWaitFor([model] { return !model->isBusy() && model->pagesLoaded() > 0
                                             && model->query().sortColumn == cs::data::BoardColumn::BuildNumber; }, 20000));
    QCOMPARE(model->index(0, int(cs::data::BoardColumn::BuildNumber)).data().toString(), QStringLiteral("G3-0000000"));
    board.view()->sortByColumn(int(cs::data::BoardColumn::BuildNumber), Qt::DescendingOrder);
    QVERIFY(QTest::qWaitFor([model] { return !model->isBusy() && model->pagesLoaded() > 0 && model->query().descending; },
                            20000));
    QCOMPARE(model->index(0, int(cs::data::BoardColumn::BuildNumber)).data().toString(), QStringLiteral("G3-0000449"));
    // My queue: only the build assigned to me.
    auto* mine = board.findChild<QCheckBox*>(QStringLiteral("myQueueCheckBox"));
    QTest::mouseClick(mine, Qt::LeftButton, {}, QPoint(5, mine->height() / 2));
    QVERIFY(QTest::qWaitFor([model] { return !model->query().assigneeUserId.isEmpty() && !model->isLoading()
                                             && model->pagesLoaded() > 0; }, 20000));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, int(cs::data::BoardColumn::Assignee)).data().toString(), m_coord.fullName);
}

void TestOrderBoard::lateMarked()
{
    OrderBoardModel model(m_session.get());
    model.setSearch(QStringLiteral("G3-0000007"));
    model.reload();
    QVERIFY(waitLoaded(&model));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex want = model.index(0, int(cs::data::BoardColumn::WantDate));
    QVERIFY(model.data(want, OrderBoardModel::LateRole).toBool());
    QVERIFY(model.data(want, Qt::ForegroundRole).isValid());
    QVERIFY(model.data(want, Qt::ToolTipRole).toString().contains(QStringLiteral("Late")));
}

// A board closed while its page is still being read (logging out mid-search): the late answer finds
// no model and is dropped; the session goes on serving.
void TestOrderBoard::destroyedWhileLoading()
{
    auto* model = new OrderBoardModel(m_session.get());
    model->reload();
    QVERIFY(model->isLoading());
    delete model;
    // The worker runs statements in order: once this one is answered, the board's page was too.
    auto after = cs::data::worker::read<int>(*m_session, [](QSqlDatabase& db) -> cs::data::Result<int> {
        QSqlQuery q(db);
        if (const auto r = cs::data::worker::exec(q, QStringLiteral("SELECT count(*) FROM cs.order_list")); !r)
            return r.error();
        return q.next() ? q.value(0).toInt() : -1;
    });
    QVERIFY(QTest::qWaitFor([&after] { return after.isFinished(); }, 20000));
    QCoreApplication::processEvents();   // deliver the late answer, to nobody
    QVERIFY(after.result().ok());
    QCOMPARE(after.result().value(), 450);
}

void TestOrderBoard::layoutRemembered()
{
    QByteArray state;
    {
        // (At a width where no column needs to give way for want of room.)
        OrderBoardWidget board(m_session.get());
        board.resize(1600, 600);
        board.show();
        QVERIFY(waitLoaded(board.model()));
        board.view()->horizontalHeader()->resizeSection(2, 333);
        board.view()->horizontalHeader()->moveSection(3, 0);
        board.saveLayout(m_coord.username);
    }
    OrderBoardWidget again(m_session.get());
    again.resize(1600, 600);
    again.show();
    again.restoreLayout(m_coord.username);
    QCOMPARE(again.view()->horizontalHeader()->sectionSize(2), 333);
    QCOMPARE(again.view()->horizontalHeader()->visualIndex(3), 0);
    QVERIFY(waitLoaded(again.model()));
    QCOMPARE(again.view()->horizontalHeader()->sectionSize(2), 333);

    // Too narrow for it, the customer column gives way; the width the person gave it is still theirs:
    // saved, and back when the room is.
    again.resize(450, 600);
    QTRY_VERIFY(ItemViewText::hiddenForRoom(again.view()).contains(2));
    again.saveLayout(m_coord.username);
    again.resize(1600, 600);
    QTRY_VERIFY(!again.view()->horizontalHeader()->isSectionHidden(2));
    QCOMPARE(again.view()->horizontalHeader()->sectionSize(2), 333);
    OrderBoardWidget third(m_session.get());
    third.resize(1600, 600);
    third.show();
    third.restoreLayout(m_coord.username);
    QVERIFY(waitLoaded(third.model()));
    QVERIFY(!third.view()->horizontalHeader()->isSectionHidden(2));
    QCOMPARE(third.view()->horizontalHeader()->sectionSize(2), 333);
    QCOMPARE(third.view()->horizontalHeader()->visualIndex(3), 0);
}

void TestOrderBoard::longerNumbersWidenTheirColumns()
{
    // Fitted to the first rows; then a build with a longer number than any shown comes to the top (found
    // by a search): its number is shown whole, not "B-WALK…" (the PO column is widened the same way).
    OrderBoardWidget board(m_session.get());
    board.resize(1600, 600);
    board.show();
    QVERIFY(waitLoaded(board.model()));
    QHeaderView* header = board.view()->horizontalHeader();
    const int build = int(cs::data::BoardColumn::BuildNumber);
    const int buildBefore = header->sectionSize(build);
    QString error;
    QVERIFY2(ScratchDatabase::exec(m_db->superuser(),
                                   QStringLiteral("UPDATE cs.orders SET build_number = 'B-WALKTHROUGH-LONGER-7001' "
                                                  "WHERE build_number = 'G3-0000011'"),
                                   {}, &error),
             qPrintable(error));
    board.model()->setSearch(QStringLiteral("B-WALKTHROUGH"));
    QTRY_VERIFY_WITH_TIMEOUT(board.model()->rowCount() > 0
                                 && board.model()->index(0, build).data().toString() == u"B-WALKTHROUGH-LONGER-7001",
                             20000);
    QTRY_VERIFY(header->sectionSize(build) >= static_cast<const QAbstractItemView*>(board.view())->sizeHintForColumn(build));
    QVERIFY(header->sectionSize(build) > buildBefore);
}

void TestOrderBoard::screenshot()
{
    OrderBoardWidget board(m_session.get());
    board.resize(1280, 560);
    board.show();
    QVERIFY(waitLoaded(board.model()));
    QTest::qWait(50);
    const QString dir = cs::test::binaryPath(u"screenshots");
    QDir().mkpath(dir);
    QVERIFY(board.grab().save(dir + QStringLiteral("/order-board.png")));
}

QTEST_MAIN(TestOrderBoard)
#include "tst_orderboard.moc"
