// The columns that tell rows apart are never the ones cut. A view with column priorities
// (ItemViewText::setYieldOrder) hides the least needed columns first when it is too narrow, never
// needs a horizontal scroll bar for them, shows them again as it widens, and lets a person show one
// again from the header's context menu; free-text columns give up width for the spare column's text.
// Then every role's home with the demo data (service requests included), at 1366×768 in English,
// French and Spanish, at the desk and in shop-floor mode: no list or board needs a horizontal scroll
// bar, and no build or PO number is cut.
#include "shelllogin.h"
#include "testdatabase.h"

#include "data/admin/demoseeder.h"
#include "data/orders/boardqueries.h"
#include "ui/common/appsettings.h"
#include "ui/common/itemviewtext.h"
#include "ui/common/rowtablemodel.h"
#include "ui/common/shopfloor.h"
#include "ui/orders/orderboardmodel.h"
#include "ui/orders/orderboardwidget.h"
#include "ui/shell/homewidget.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/shell.h"

#include <QApplication>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using cs::test::ScratchDatabase;
using namespace cs::ui;

namespace {

void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
}

// A table of five columns: 0 and 1 identify rows, 2 is the spare one, 3 and 4 yield (4 first).
std::unique_ptr<QTableView> table(QStandardItemModel* model)
{
    model->setColumnCount(5);
    model->setHorizontalHeaderLabels({QStringLiteral("Build"), QStringLiteral("PO"), QStringLiteral("Project"),
                                      QStringLiteral("Status"), QStringLiteral("Updated")});
    for (int r = 0; r < 3; ++r) {
        model->appendRow({new QStandardItem(QStringLiteral("B-2402%1-1").arg(r)), new QStandardItem(QStringLiteral("PO-2402%1").arg(r)),
                          new QStandardItem(QStringLiteral("Sterile processing department expansion, phase %1").arg(r)),
                          new QStandardItem(QStringLiteral("Parts sent, waiting for arrival")),
                          new QStandardItem(QStringLiteral("3 December 2026 16:24:58"))});
    }
    auto view = std::make_unique<QTableView>();
    view->setModel(model);
    view->setWordWrap(false);
    ItemViewText::setSpareColumn(view.get(), 2);
    ItemViewText::setYieldOrder(view.get(), {4, 3});
    view->show();
    ItemViewText::fitColumns(view.get());
    return view;
}

// The widths a column's text needs.
int need(QTableView* view, int column)
{
    return std::max(static_cast<QAbstractItemView*>(view)->sizeHintForColumn(column),
                    view->horizontalHeader()->sectionSizeHint(column));
}

} // namespace

class TestHomeColumns : public QObject
{
    Q_OBJECT

private slots:
    void leastNeededYieldFirst();
    void personShowsColumnAgain();
    void notesNarrowForSpare();
    void columnsFromKeyboard();
    void initTestCase();
    void cleanupTestCase();
    void homesFit_data();
    void homesFit();

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<ScratchDatabase> m_db;
    std::unique_ptr<Shell> m_shell;
};

void TestHomeColumns::leastNeededYieldFirst()
{
    QStandardItemModel model;
    auto view = table(&model);
    QHeaderView* header = view->horizontalHeader();
    // Wide: everything shows.
    view->resize(1600, 300);
    settle();
    QCOMPARE(ItemViewText::hiddenForRoom(view.get()), QList<int>{});
    // Narrower than all the columns: "Updated" goes first, then "Status"; build and PO stay whole.
    const int keys = need(view.get(), 0) + need(view.get(), 1);
    const int status = header->sectionSize(3);
    view->resize(keys + status + 16 * view->fontMetrics().averageCharWidth() + 40, 300);
    settle();
    QCOMPARE(ItemViewText::hiddenForRoom(view.get()), QList<int>{4});
    QVERIFY(header->isSectionHidden(4));
    QVERIFY(!header->isSectionHidden(3));
    view->resize(keys + 16 * view->fontMetrics().averageCharWidth() + 40, 300);
    settle();
    QCOMPARE(ItemViewText::hiddenForRoom(view.get()), (QList<int>{3, 4}));
    for (int c : {0, 1}) {
        QVERIFY(!header->isSectionHidden(c));
        QVERIFY2(header->sectionSize(c) >= need(view.get(), c), qPrintable(QString::number(c)));
        QVERIFY(!ItemViewText::isElided(view.get(), model.index(0, c)));
    }
    QVERIFY(!view->horizontalScrollBar()->isVisible());
    // Wide again: they come back.
    view->resize(1600, 300);
    settle();
    QCOMPARE(ItemViewText::hiddenForRoom(view.get()), QList<int>{});
    QVERIFY(!header->isSectionHidden(3) && !header->isSectionHidden(4));
}

void TestHomeColumns::personShowsColumnAgain()
{
    QStandardItemModel model;
    auto view = table(&model);
    QHeaderView* header = view->horizontalHeader();
    QCOMPARE(header->contextMenuPolicy(), Qt::CustomContextMenu);
    view->resize(need(view.get(), 0) + need(view.get(), 1) + 16 * view->fontMetrics().averageCharWidth() + 40, 300);
    settle();
    QCOMPARE(ItemViewText::hiddenForRoom(view.get()), (QList<int>{3, 4}));
    // What a person hid stays in the saved state; what the room hid does not.
    const QByteArray state = ItemViewText::headerState(view.get());
    QHeaderView probe(Qt::Horizontal);
    probe.setModel(&model);
    QVERIFY(probe.restoreState(state));
    QVERIFY(!probe.isSectionHidden(3) && !probe.isSectionHidden(4));
    // Shown by the person, "Status" stays however narrow the view.
    ItemViewText::setColumnShown(view.get(), 3, true);
    settle();
    QVERIFY(!header->isSectionHidden(3));
    QCOMPARE(ItemViewText::hiddenForRoom(view.get()), QList<int>{4});
    view->resize(view->width() - 20, 300);
    settle();
    QVERIFY(!header->isSectionHidden(3));
    // Hidden by the person, "Updated" stays hidden when room comes back, and is saved so.
    ItemViewText::setColumnShown(view.get(), 4, false);
    view->resize(1600, 300);
    settle();
    QVERIFY(header->isSectionHidden(4));
    QVERIFY(probe.restoreState(ItemViewText::headerState(view.get())));
    QVERIFY(probe.isSectionHidden(4));
}

void TestHomeColumns::notesNarrowForSpare()
{
    QStandardItemModel model;
    model.setHorizontalHeaderLabels({QStringLiteral("Requested"), QStringLiteral("Parts"), QStringLiteral("Notes")});
    model.appendRow({new QStandardItem(QStringLiteral("3 Dec 2026 16:25")),
                     new QStandardItem(QStringLiteral("2 × SERVICE KIT: MOTORISED DRAIN VALVE; 20 × SCREW M6 X 16 STAINLESS")),
                     new QStandardItem(QStringLiteral("Received complete; on the service shelf, next to the dosing pumps."))});
    QTableView view;
    view.setModel(&model);
    view.setWordWrap(false);
    ItemViewText::setSpareColumn(&view, 1);
    ItemViewText::setNarrowingColumns(&view, {2});
    view.show();
    ItemViewText::fitColumns(&view);
    view.resize(need(&view, 0) + need(&view, 1) + 16 * view.fontMetrics().averageCharWidth() + 40, 200);
    settle();
    // The parts show whole; the notes gave up their width and show whole in their tooltip.
    QVERIFY(!ItemViewText::isElided(&view, model.index(0, 1)));
    QVERIFY(ItemViewText::isElided(&view, model.index(0, 2)));
    QVERIFY(!view.horizontalScrollBar()->isVisible());
}

void TestHomeColumns::columnsFromKeyboard()
{
    QStandardItemModel model;
    auto view = table(&model);
    view->resize(need(view.get(), 0) + need(view.get(), 1) + 16 * view->fontMetrics().averageCharWidth() + 40, 300);
    settle();
    QCOMPARE(ItemViewText::hiddenForRoom(view.get()), (QList<int>{3, 4}));
    view->activateWindow();
    view->setFocus();
    view->setCurrentIndex(model.index(0, 0));
    // Shift+F10 on the list opens the columns' menu; "Status" is checked there, and shown.
    QStringList titles;
    bool buildEnabled = true;
    QTimer::singleShot(0, view.get(), [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction* action : menu->actions()) {
            titles << action->text();
            if (action->text() == u"Build")
                buildEnabled = action->isEnabled();
        }
        for (QAction* action : menu->actions())
            if (action->text() == u"Status")
                menu->setActiveAction(action);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    QTest::keyClick(view.get(), Qt::Key_F10, Qt::ShiftModifier);
    QCOMPARE(titles, (QStringList{QStringLiteral("Build"), QStringLiteral("PO"), QStringLiteral("Project"),
                                  QStringLiteral("Status"), QStringLiteral("Updated")}));
    QVERIFY(!buildEnabled);   // (build numbers are never hidden)
    settle();
    QVERIFY(!view->horizontalHeader()->isSectionHidden(3));
    QCOMPARE(ItemViewText::hiddenForRoom(view.get()), QList<int>{4});

    // A list whose context menu has actions of its own has the columns in a submenu.
    QStandardItemModel other;
    QTableView withActions;
    withActions.setContextMenuPolicy(Qt::ActionsContextMenu);
    withActions.addAction(new QAction(QStringLiteral("Print"), &withActions));
    withActions.setModel(&other);
    ItemViewText::setSpareColumn(&withActions, 0);
    ItemViewText::setYieldOrder(&withActions, {1});
    QCOMPARE(withActions.actions().size(), 2);
    QVERIFY(withActions.actions().last()->menu());
    QCOMPARE(withActions.actions().last()->text(), QStringLiteral("Columns"));
}

void TestHomeColumns::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    cs::test::privateWorkstation(m_tmp.path());
    QString error;
    m_db = cs::test::demoDatabase(&error);
    QVERIFY2(m_db, qPrintable(error));
}

void TestHomeColumns::cleanupTestCase()
{
    m_shell.reset();
    ShopFloor::apply(false);
    AppSettings::setLanguage(QStringLiteral("en"));
}

void TestHomeColumns::homesFit_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("shopFloor");
    for (const auto& login : cs::data::DemoSeeder::logins()) {
        for (const char* language : {"en", "fr", "es"}) {
            QTest::addRow("%s, %s, desk", qPrintable(login.username), language) << login.username << QString::fromLatin1(language) << false;
            QTest::addRow("%s, %s, shop floor", qPrintable(login.username), language)
                << login.username << QString::fromLatin1(language) << true;
        }
    }
}

void TestHomeColumns::homesFit()
{
    QFETCH(QString, user);
    QFETCH(QString, language);
    QFETCH(bool, shopFloor);
    AppSettings::setShopFloorMode(shopFloor ? AppSettings::ShopFloorMode::On : AppSettings::ShopFloorMode::Off);
    AppSettings::setLanguage(language);
    m_shell = std::make_unique<Shell>();
    m_shell->start();
    QString password;
    for (const auto& login : cs::data::DemoSeeder::logins())
        if (login.username == user)
            password = login.password;
    QVERIFY(cs::test::logIn(*m_shell, user, password));
    QCOMPARE(ShopFloor::isOn(), shopFloor);
    MainWindow* w = m_shell->mainWindow();
    w->resize(1366, 768);
    w->show();
    HomeWidget* home = w->home();
    QStringList faults;
    for (const QString& key : home->panelKeys()) {
        home->showPanel(key);
        QTableView* view = nullptr;
        QList<int> keyColumns;
        if (key == HomeWidget::kBoardKey) {
            QTRY_VERIFY_WITH_TIMEOUT(!w->orderBoard()->model()->isBusy() && w->orderBoard()->model()->rowCount() > 0, 20000);
            view = w->orderBoard()->view();
            keyColumns = {int(cs::data::BoardColumn::PoNumber), int(cs::data::BoardColumn::BuildNumber),
                          int(cs::data::BoardColumn::Status)};
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(home->model(key)->hasLoaded(), 20000);
            view = home->view(key);
            // Lists of builds: the build and the PO number (the service lists: none to check beyond
            // the scroll bar).
            if (!key.startsWith(u"service") && !key.startsWith(u"myService"))
                keyColumns = {0, 1};
        }
        settle();
        if (view->horizontalScrollBar()->isVisible())
            faults << QStringLiteral("%1: a horizontal scroll bar (%2 px of columns in %3 px)")
                          .arg(key)
                          .arg(view->horizontalHeader()->length())
                          .arg(view->viewport()->width());
        for (int row = 0; row < std::min(view->model()->rowCount(), 20); ++row)
            for (int c : std::as_const(keyColumns)) {
                const QModelIndex index = view->model()->index(row, c);
                if (view->horizontalHeader()->isSectionHidden(c) || ItemViewText::isElided(view, index))
                    faults << QStringLiteral("%1: “%2” cut").arg(key, index.data().toString());
            }
    }
    m_shell.reset();
    QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));
}

QTEST_MAIN(TestHomeColumns)
#include "tst_homecolumns.moc"
