// Staying up: the app's session runs against a PostgreSQL cluster of this test's own
// (scripts/pg.sh on a temporary directory). Text is typed, the server is stopped: the status bar
// says the connection is lost, server actions are off, the text is intact, and a query that failed
// because of the drop is treated as a connection error, not a data error. The server is started
// again on the same port: the app reconnects by itself, says it is back, and works.
#include "data/common/connectionwatcher.h"
#include "data/common/session.h"
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
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

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
    bool pg(const QString& command, QString* output = nullptr);
    QString portFile() const;

    QTemporaryDir m_home;
    QTemporaryDir m_cluster;
    bool m_started = false;
    std::unique_ptr<ScratchDatabase> m_db;
    ScratchDatabase::Person m_person;
};

QString TestRecovery::portFile() const
{
    return m_cluster.path() + QStringLiteral("/pg/port");
}

bool TestRecovery::pg(const QString& command, QString* output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args = {QStringLiteral(CS_SOURCE_DIR "/scripts/pg.sh"), command,
                        m_cluster.path() + QStringLiteral("/pg")};
    if (command == u"start")
        args << QStringLiteral("--fast");
    p.start(QStringLiteral("bash"), args);
    if (!p.waitForFinished(120000)) {
        qWarning("pg.sh %s did not finish", qPrintable(command));
        return false;
    }
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput());
    if (p.exitCode() != 0)
        qWarning("pg.sh %s failed: %s", qPrintable(command), p.readAllStandardError().constData());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void TestRecovery::initTestCase()
{
    if (!QFile::exists(QStringLiteral("/usr/lib/postgresql/15/bin/postgres")) &&
        qEnvironmentVariableIsEmpty("PGBIN"))
        QSKIP("PostgreSQL 15 server binaries are needed (scripts/deps.sh)");
    QVERIFY(m_home.isValid() && m_cluster.isValid());
    // pg.sh runs the server as `postgres` when called as root: it must reach the directory.
    QFile::setPermissions(m_cluster.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::ExeOther);
    QString env;
    QVERIFY(pg(QStringLiteral("start"), &env));
    m_started = true;
    // The cluster's superuser settings, for the scratch database: PGHOST, PGPORT, PGUSER, ...
    static const QRegularExpression line(QStringLiteral("^export (PG[A-Z]+)='?([^'\\n]*)'?$"),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(env); it.hasNext();) {
        const auto m = it.next();
        qputenv(m.captured(1).toLatin1().constData(), m.captured(2).toUtf8());
    }
    QVERIFY2(!qEnvironmentVariableIsEmpty("PGPORT"), qPrintable(env));

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
    if (!m_started)
        return;
    pg(QStringLiteral("start")); // the scratch database is dropped through the server
    m_db.reset();
    pg(QStringLiteral("stop"));
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
    const QString port = [this] {
        QFile f(portFile());
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).trimmed() : QString();
    }();

    // The server goes away.
    QVERIFY(pg(QStringLiteral("stop")));
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
    QVERIFY(pg(QStringLiteral("start")));
    QFile portAgain(portFile());
    QVERIFY(portAgain.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromLatin1(portAgain.readAll()).trimmed(), port);
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
