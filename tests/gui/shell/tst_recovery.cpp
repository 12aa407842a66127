// Staying up: the app's session runs against a PostgreSQL cluster of this test's own
// (scripts/pg.sh on a temporary directory). Text is typed, the server is stopped: the status bar
// says the connection is lost, server actions are off, the text is intact, and a query that failed
// because of the drop is treated as a connection error, not a data error. The server is started
// again on the same port: the app reconnects by itself, says it is back, and works.
#include "data/common/connectionwatcher.h"
#include "data/common/session.h"
#include "privatecluster.h"
#include "shelllogin.h"
#include "testdatabase.h"
#include "ui/shell/homewidget.h"
#include "ui/common/logging.h"
#include "ui/shell/logindialog.h"
#include "ui/common/messagebar.h"
#include "ui/orders/orderboardmodel.h"
#include "ui/orders/orderboardwidget.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/shell.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using cs::test::PrivateCluster;
using cs::test::ScratchDatabase;
using namespace cs::ui;

class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void serverStoppedAndStarted();

private:
    QTemporaryDir m_home;
    PrivateCluster m_cluster;
    std::unique_ptr<ScratchDatabase> m_db;
    ScratchDatabase::Person m_person;
};

void TestRecovery::initTestCase()
{
    if (QString why; !PrivateCluster::serverAvailable(&why))
        QSKIP(qPrintable(why));
    QVERIFY(m_home.isValid());
    QVERIFY(m_cluster.start());

    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_home.path().toLocal8Bit());
    QSettings().clear();
    initLogging(m_home.path() + QStringLiteral("/logs"));
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    m_person = m_db->createPerson(QStringLiteral("ProductionCoordinator"), {}, &error);
    QVERIFY2(!m_person.username.isEmpty(), qPrintable(error));
}

void TestRecovery::cleanupTestCase()
{
    if (!m_cluster.wasStarted())
        return;
    m_cluster.start(); // the scratch database is dropped through the server
    m_db.reset();
    m_cluster.stop();
}

void TestRecovery::serverStoppedAndStarted()
{
    cs::test::useDemoProfile(*m_db);
    Shell shell;
    // Probe often and retry soon, so the test does not wait for the production intervals.
    shell.connectionWatcher()->setIntervals(500, 250, 2000);
    shell.start();
    QVERIFY(cs::test::logIn(shell, m_person.username, m_person.password));
    MainWindow* w = shell.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QVERIFY(w->isOnline());
    // The coordinator's home: the order board.
    QCOMPARE(w->home()->panelKeys().first(), QString(HomeWidget::kBoardKey));
    OrderBoardModel* board = w->orderBoard()->model();
    QTRY_VERIFY_WITH_TIMEOUT(!board->isBusy() && board->errorText().isEmpty(), 30000);

    // Something typed before the outage: the home screen's filter.
    QLineEdit* typed = nullptr;
    for (QLineEdit* e : w->home()->findChildren<QLineEdit*>()) {
        if (e->isVisible()) {
            typed = e;
            break;
        }
    }
    QVERIFY(typed);
    const QString text = QStringLiteral("kept across the outage 42");
    QTest::keyClicks(typed, text);
    QCOMPARE(typed->text(), text);

    QAction* refresh = w->findChild<QAction*>(QStringLiteral("actionRefresh"));
    QAction* openCode = w->findChild<QAction*>(QStringLiteral("actionOpenCode"));
    QAction* password = w->findChild<QAction*>(QStringLiteral("actionChangePassword"));
    QVERIFY(refresh && openCode && password);
    QVERIFY(refresh->isEnabled() && openCode->isEnabled() && password->isEnabled());
    const QString port = m_cluster.port();
    QVERIFY(!port.isEmpty());

    // The server goes away.
    QVERIFY(m_cluster.stop());
    QTRY_VERIFY_WITH_TIMEOUT(!w->isOnline(), 60000);
    QCOMPARE(w->connectionStatusText(), QStringLiteral("No connection to the server"));
    auto* banner = w->findChild<MessageBar*>(QStringLiteral("offlineMessageBar"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().contains(m_db->settings().host), qPrintable(banner->text()));
    QVERIFY(!refresh->isEnabled());
    QVERIFY(!openCode->isEnabled());
    QVERIFY(!password->isEnabled());
    QCOMPARE(typed->text(), text);

    // A read that fails because the connection dropped is a lost connection, not a data error:
    // the session says so, the watcher takes it, and the screen says the server cannot be reached.
    auto future = shell.session()->serverVersionAsync();
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 60000);
    const cs::data::Result<QString> failed = future.result();
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().connectionLost(), qPrintable(failed.error().logText()));
    QVERIFY(shell.connectionWatcher()->reportError(failed.error()));
    // A scan meanwhile: the build cannot be looked up; no order page, and the words say why.
    w->openScan(*cs::domain::ScanPayload::parse(QStringLiteral("CS:B:B-OUTAGE1")));
    QTRY_VERIFY_WITH_TIMEOUT(w->openMessageBox() != nullptr, 60000);
    QMessageBox* message = w->openMessageBox();
    QCOMPARE(message->text(),
             QStringLiteral("The server cannot be reached right now. Try again when the connection is back."));
    QVERIFY2(message->windowTitle().contains(QStringLiteral("B-OUTAGE1")), qPrintable(message->windowTitle()));
    QVERIFY(!w->lastOrderPage());
    QVERIFY(!w->isOnline());
    message->close();

    // The server comes back on the same port: the app reconnects by itself and says so.
    QVERIFY(m_cluster.start());
    QCOMPARE(m_cluster.port(), port);
    QTRY_VERIFY_WITH_TIMEOUT(w->isOnline(), 90000);
    QCOMPARE(w->statusBar()->currentMessage(), QStringLiteral("Connection to the server is back."));
    QCOMPARE(w->connectionStatusText(), QStringLiteral("Connected to %1").arg(m_db->settings().host));
    QVERIFY(!banner->isVisible());
    QVERIFY(refresh->isEnabled() && openCode->isEnabled() && password->isEnabled());
    QCOMPARE(typed->text(), text);

    // The session's connection works again (the app has no other: every call runs on the worker).
    for (const QString& e : {QStringLiteral("lock"), QStringLiteral("unlock")}) {
        auto recorded = shell.session()->recordEventAsync(e);
        QTRY_VERIFY_WITH_TIMEOUT(recorded.isFinished(), 60000);
        QVERIFY2(recorded.result().ok(), qPrintable(recorded.result().error().logText()));
    }
    auto again = shell.session()->serverVersionAsync();
    QTRY_VERIFY_WITH_TIMEOUT(again.isFinished(), 60000);
    QVERIFY2(again.result().ok(), qPrintable(again.result().error().logText()));
    QVERIFY(!again.result().value().isEmpty());
    auto event = shell.session()->recordEventAsync(QStringLiteral("lock"));
    QTRY_VERIFY_WITH_TIMEOUT(event.isFinished(), 60000);
    QVERIFY2(event.result().ok(), qPrintable(event.result().error().logText()));
    QTRY_VERIFY_WITH_TIMEOUT(!board->isLoading() && board->errorText().isEmpty(), 60000);
    QVERIFY(w->isOnline());
}

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
