// The home as a person meets it: every list named in the column at the left with its row count, none
// cut off at 1366×768; the admin's tools in a menu per area (and no one else's); a list that follows the
// person's own action at once (the session's change feed), here a forced status done through the admin's
// dialog: the build leaves one list and joins another without F5, and the row chosen in a list stays
// chosen when it reads again.
#include "testdatabase.h"

#include "data/common/session.h"
#include "ui/admin/orderadmindialog.h"
#include "ui/common/rowtablemodel.h"
#include "ui/orders/orderboardwidget.h"
#include "ui/shell/homewidget.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QJsonDocument>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using cs::data::Session;
using cs::test::ScratchDatabase;
using cs::ui::HomeWidget;
using cs::ui::MainWindow;
using cs::ui::OrderAdminDialog;
using cs::ui::RowTableModelBase;

class TestHomeLists : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void menusPerArea_data();
    void menusPerArea();
    void everyListVisible_data();
    void everyListVisible();
    void listsFollowOwnAction();

private:
    std::unique_ptr<Session> session(const QString& role);
    // The rows' keys of a work list once it has read.
    QStringList keys(HomeWidget* home, const QString& panel);

    QTemporaryDir m_config;
    std::unique_ptr<ScratchDatabase> m_db;
    QHash<QString, ScratchDatabase::Person> m_people;
};

void TestHomeLists::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    for (const char* role : {"ProductionCoordinator", "Admin", "ProcurementSpecialist", "QCPerson", "Assembler",
                             "ServiceDepartment"}) {
        const ScratchDatabase::Person p = m_db->createPerson(QString::fromLatin1(role), {}, &error);
        QVERIFY2(!p.username.isEmpty(), qPrintable(error));
        m_people.insert(QString::fromLatin1(role), p);
    }
    QVERIFY2(ScratchDatabase::seedWorkflowFixtures(m_db->connect(m_people.value(QStringLiteral("Admin")).settings), &error),
             qPrintable(error));
}

void TestHomeLists::cleanupTestCase()
{
    m_db.reset();
}

std::unique_ptr<Session> TestHomeLists::session(const QString& role)
{
    auto s = std::make_unique<Session>();
    if (!s->start(m_people.value(role).settings, QStringLiteral("test")).ok())
        return nullptr;
    return s;
}

QStringList TestHomeLists::keys(HomeWidget* home, const QString& panel)
{
    RowTableModelBase* model = home->model(panel);
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->key(r);
    return out;
}

void TestHomeLists::menusPerArea_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("menus");     // the area menus shown
    QTest::addColumn<QStringList>("actions");   // the admin actions shown
    const QStringList all{QStringLiteral("actionForceStatus"), QStringLiteral("actionDeleteOrder"),
                          QStringLiteral("actionImportCatalog"), QStringLiteral("actionChecklistTemplates"),
                          QStringLiteral("actionWorkInstructions"), QStringLiteral("actionTools"),
                          QStringLiteral("actionUsers")};
    QTest::newRow("admin") << "Admin"
                           << QStringList{"menuOrders", "menuCatalog", "menuQuality", "menuAssembly", "menuPeople"} << all;
    QTest::newRow("coordinator") << "ProductionCoordinator" << QStringList{"menuOrders"} << QStringList{};
    QTest::newRow("qc") << "QCPerson" << QStringList{} << QStringList{};
    QTest::newRow("service") << "ServiceDepartment" << QStringList{} << QStringList{};
}

void TestHomeLists::menusPerArea()
{
    QFETCH(QString, role);
    QFETCH(QStringList, menus);
    QFETCH(QStringList, actions);
    auto s = session(role);
    QVERIFY(s);
    MainWindow w(s.get());
    for (const char* name : {"menuOrders", "menuCatalog", "menuQuality", "menuAssembly", "menuPeople"}) {
        auto* menu = w.findChild<QMenu*>(QString::fromLatin1(name));
        QVERIFY2(menu, name);
        QCOMPARE(menu->menuAction()->isVisible(), menus.contains(QString::fromLatin1(name)));
    }
    for (const char* name : {"actionForceStatus", "actionDeleteOrder", "actionImportCatalog", "actionChecklistTemplates",
                             "actionWorkInstructions", "actionTools", "actionUsers"}) {
        auto* action = w.findChild<QAction*>(QString::fromLatin1(name));
        QVERIFY2(action, name);
        const bool shown = actions.contains(QString::fromLatin1(name));
        QCOMPARE(action->isVisible(), shown);
        QCOMPARE(action->isEnabled(), shown);
    }
    // The one "New order" is in the Orders menu of those who may create orders.
    auto* newOrder = w.findChild<QAction*>(QStringLiteral("actionNewOrder"));
    QCOMPARE(bool(newOrder), role == u"Admin" || role == u"ProductionCoordinator");
    if (newOrder)
        QVERIFY(w.findChild<QMenu*>(QStringLiteral("menuOrders"))->actions().contains(newOrder));
}

void TestHomeLists::everyListVisible_data()
{
    QTest::addColumn<QString>("role");
    for (const char* role : {"ProductionCoordinator", "Admin", "ProcurementSpecialist", "QCPerson", "Assembler",
                             "ServiceDepartment"})
        QTest::newRow(role) << QString::fromLatin1(role);
}

void TestHomeLists::everyListVisible()
{
    QFETCH(QString, role);
    auto s = session(role);
    QVERIFY(s);
    MainWindow w(s.get());
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    HomeWidget* home = w.home();
    for (const QString& key : home->panelKeys()) {
        if (RowTableModelBase* model = home->model(key))
            QTRY_VERIFY_WITH_TIMEOUT(model->hasLoaded(), 10000);
    }
    QListWidget* lists = home->listsView();
    QCOMPARE(lists->count(), home->panelKeys().size());
    const QRect viewport = lists->viewport()->rect();
    for (int i = 0; i < lists->count(); ++i) {
        QListWidgetItem* item = lists->item(i);
        const QString key = home->panelKeys().at(i);
        // A long name goes over two lines, broken between words.
        QCOMPARE(QString(item->text()).replace(u'\n', u' '), home->panelLabel(key));
        // Every list's name is in view, whole.
        const QRect rect = lists->visualItemRect(item);
        QVERIFY2(viewport.contains(rect), qPrintable(item->text()));
        const QStringList lines = item->text().split(u'\n');
        for (const QString& line : lines)
            QVERIFY2(QFontMetrics(item->font()).horizontalAdvance(line) <= rect.width(), qPrintable(item->text()));
        QVERIFY2(rect.height() >= int(lines.size()) * QFontMetrics(item->font()).height(), qPrintable(item->text()));
        // A work list says how many rows it holds.
        if (RowTableModelBase* model = home->model(key))
            QVERIFY2(item->text().contains(QLocale().toString(model->rowCount())), qPrintable(item->text()));
        // Choosing it shows it.
        lists->setCurrentRow(i);
        QCOMPARE(home->currentPanel(), key);
    }
    // The lists leave the most of the window to the list shown.
    QVERIFY(lists->width() < w.width() / 3);
}

void TestHomeLists::listsFollowOwnAction()
{
    // A build waiting for Pre-QC.
    const QString build = QStringLiteral("B-") + ScratchDatabase::randomSuffix(6).toUpper();
    const QString po = QStringLiteral("PO-") + ScratchDatabase::randomSuffix(5).toUpper();
    QString error;
    QVERIFY2(ScratchDatabase::exec(m_db->connect(m_people.value(QStringLiteral("ProductionCoordinator")).settings),
                                   QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))"),
                                   {QString::fromUtf8(QJsonDocument(ScratchDatabase::orderJson(po, build)).toJson())}, &error),
             qPrintable(error));
    QVERIFY2(ScratchDatabase::exec(m_db->superuser(),
                                   QStringLiteral("UPDATE cs.orders SET status = 'ReadyForPreQC' WHERE build_number = ?"),
                                   {build}, &error),
             qPrintable(error));

    auto s = session(QStringLiteral("Admin"));
    QVERIFY(s);
    MainWindow w(s.get());
    w.resize(1366, 768);
    w.show();
    HomeWidget* home = w.home();
    QTRY_VERIFY_WITH_TIMEOUT(keys(home, QStringLiteral("preQc")).contains(build), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(home->model(QStringLiteral("finalQc"))->hasLoaded(), 10000);
    QVERIFY(!keys(home, QStringLiteral("finalQc")).contains(build));

    // The build chosen in the Pre-QC list is the one the admin's dialog offers.
    home->showPanel(QStringLiteral("preQc"));
    QTableView* view = home->view(QStringLiteral("preQc"));
    const QModelIndexList match =
        view->model()->match(view->model()->index(0, 0), RowTableModelBase::KeyRole, build, 1, Qt::MatchExactly);
    QCOMPARE(match.size(), 1);
    view->setCurrentIndex(match.first());
    QCOMPARE(home->currentBuild(), build);

    OrderAdminDialog dialog(s.get(), OrderAdminDialog::Mode::ForceStatus, home->currentBuild(), &w);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.build().has_value(), 10000);
    QCOMPARE(dialog.build()->build.buildNumber, build);
    QVERIFY(!dialog.actionButton()->isEnabled());   // no reason yet
    dialog.statusCombo()->setCurrentIndex(dialog.statusCombo()->findData(QStringLiteral("ReadyForFinalQC")));
    dialog.reasonEdit()->setPlainText(QStringLiteral("inspected on the customer's site"));
    QVERIFY(dialog.actionButton()->isEnabled());
    QVERIFY(dialog.confirmationText().contains(build));
    QVERIFY(dialog.submit());
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);

    // No refresh asked for: the lists follow the write.
    QTRY_VERIFY_WITH_TIMEOUT(keys(home, QStringLiteral("finalQc")).contains(build), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!keys(home, QStringLiteral("preQc")).contains(build), 10000);
    QVERIFY(home->listsView()->item(int(home->panelKeys().indexOf(QStringLiteral("finalQc"))))->text()
                .contains(QLocale().toString(home->model(QStringLiteral("finalQc"))->rowCount())));
}

QTEST_MAIN(TestHomeLists)
#include "tst_homelists.moc"
