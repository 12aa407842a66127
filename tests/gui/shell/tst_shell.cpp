// The desktop shell against a real PostgreSQL: log in as each role and see that role's home,
// failures in words, idle lock and unlock, switch user, a scan opening a build from any screen,
// and no password in the log.
// Scans: a build's or PO's code, typed by a wedge scanner into a focused field, opens that build's order
// page (the field keeps what was typed); an unknown build says what was scanned.
#include "shelllogin.h"
#include "testdatabase.h"
#include "testpaths.h"

#include "ui/shell/homewidget.h"
#include "ui/shell/lockdialog.h"
#include "ui/common/logging.h"
#include "ui/shell/logindialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/orders/orderboardmodel.h"
#include "ui/orders/orderboardwidget.h"
#include "ui/orders/orderpage.h"
#include "ui/common/rowtablemodel.h"
#include "ui/shell/recorddialog.h"
#include "ui/common/idlewatcher.h"
#include "ui/shell/shell.h"

#include "data/common/session.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using cs::test::ScratchDatabase;
using namespace cs::ui;

class TestShell : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void roleHome_data();
    void roleHome();
    void wrongPassword();
    void deactivatedAccount();
    void noAppRole();
    void missingDatabase();
    void unreachableServer();
    void silentServer();
    void lockAfterIdleAndUnlock();
    void switchUser();
    void scanOpensBuildWithoutLeakingKeys();
    void logHasNoPasswords();

private:
    bool login(const ScratchDatabase::Person& p);
    void fillLogin(const QString& user, const QString& password);
    QString sessionEvent(const QString& sessionId);

    QTemporaryDir m_home;
    std::unique_ptr<ScratchDatabase> m_db;
    QHash<QString, ScratchDatabase::Person> m_people;
    std::unique_ptr<Shell> m_shell;
    QString m_build;
    QString m_po;
    QStringList m_passwords;
};

void TestShell::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_home.path().toLocal8Bit());
    initLogging(m_home.path() + QStringLiteral("/logs"));
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    for (const char* role : {"ProductionCoordinator", "Admin", "ProcurementSpecialist", "QCPerson", "Assembler",
                             "ServiceDepartment"}) {
        QString error;
        const auto p = m_db->createPerson(QString::fromLatin1(role), {}, &error);
        QVERIFY2(!p.username.isEmpty(), qPrintable(error));
        m_people.insert(QString::fromLatin1(role), p);
        m_passwords << p.password;
    }
    // One real order, submitted by the coordinator, for the scan test.
    QSqlDatabase admin = m_db->connect(m_people.value(QStringLiteral("Admin")).settings);
    QString error;
    QVERIFY2(ScratchDatabase::seedWorkflowFixtures(admin, &error), qPrintable(error));
    QSqlDatabase coord = m_db->connect(m_people.value(QStringLiteral("ProductionCoordinator")).settings);
    m_build = QStringLiteral("B-") + ScratchDatabase::randomSuffix(6).toUpper();
    m_po = QStringLiteral("PO-") + ScratchDatabase::randomSuffix(5).toUpper();
    const QJsonObject order = ScratchDatabase::orderJson(m_po, m_build);
    QVERIFY2(ScratchDatabase::exec(coord, QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))"),
                                   {QString::fromUtf8(QJsonDocument(order).toJson(QJsonDocument::Compact))}, &error),
             qPrintable(error));
}

void TestShell::cleanupTestCase()
{
    m_shell.reset();
    m_db.reset();
}

void TestShell::init()
{
    QSettings().clear();
    cs::test::useDemoProfile(*m_db);
    m_shell = std::make_unique<Shell>();
    m_shell->start();
    QVERIFY(m_shell->loginDialog());
}

void TestShell::cleanup()
{
    m_shell.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestShell::fillLogin(const QString& user, const QString& password)
{
    LoginDialog* dialog = m_shell->loginDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("userLineEdit"))->setText(user);
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(password);
    dialog->accept();
}

bool TestShell::login(const ScratchDatabase::Person& p)
{
    fillLogin(p.username, p.password);
    QElapsedTimer t;
    t.start();
    while (!m_shell->mainWindow() && t.elapsed() < 15000) {
        if (m_shell->loginDialog() && !m_shell->loginDialog()->isBusy() && !m_shell->loginDialog()->messageText().isEmpty()
            && !m_shell->loginDialog()->messageText().startsWith(QStringLiteral("Connecting"))) {
            qWarning("login failed: %s", qPrintable(m_shell->loginDialog()->messageText()));
            return false;
        }
        QTest::qWait(20);
    }
    return m_shell->mainWindow() != nullptr;
}

QString TestShell::sessionEvent(const QString& sessionId)
{
    QVariant v;
    ScratchDatabase::exec(m_db->superuser(), QStringLiteral("SELECT last_event FROM cs.user_sessions WHERE session_id = CAST(? AS uuid)"),
                          {sessionId}, nullptr, &v);
    return v.toString();
}

void TestShell::roleHome_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("panel");
    QTest::newRow("coordinator") << "ProductionCoordinator" << QString(HomeWidget::kBoardKey);
    QTest::newRow("procurement") << "ProcurementSpecialist" << "bomApprovals";
    QTest::newRow("qc") << "QCPerson" << "preQc";
    QTest::newRow("assembler") << "Assembler" << "productionQueue";
    QTest::newRow("service") << "ServiceDepartment" << "serviceParts";
    QTest::newRow("admin") << "Admin" << QString(HomeWidget::kBoardKey);
}

void TestShell::roleHome()
{
    QFETCH(QString, role);
    QFETCH(QString, panel);
    QVERIFY(login(m_people.value(role)));
    MainWindow* w = m_shell->mainWindow();
    QCOMPARE(w->home()->objectName(), QStringLiteral("home_") + role);
    QCOMPARE(w->home()->panelKeys().first(), panel);
    // The builds the first list shows (the order board's, or the work list's).
    QStringList builds;
    if (panel == HomeWidget::kBoardKey) {
        // The coordinator's and the admin's first tab is the one order board, no other list of all orders.
        QVERIFY(w->orderBoard());
        QVERIFY(!w->home()->model(panel));
        QVERIFY(!w->home()->panelKeys().contains(QStringLiteral("allOrders")));
        OrderBoardModel* board = w->orderBoard()->model();
        QTRY_VERIFY_WITH_TIMEOUT(!board->isBusy() && board->rowCount() > 0, 10000);
        QVERIFY2(board->errorText().isEmpty(), qPrintable(board->errorText()));
        for (int r = 0; r < board->rowCount(); ++r)
            builds << board->index(r, int(cs::data::BoardColumn::BuildNumber)).data().toString();
    } else {
        RowTableModelBase* model = w->home()->model(panel);
        QVERIFY(model);
        QTRY_VERIFY_WITH_TIMEOUT(model->hasLoaded(), 10000);
        QVERIFY2(model->errorText().isEmpty(), qPrintable(model->errorText()));
        for (int r = 0; r < model->rowCount(); ++r)
            builds << model->value(r, 0).toString();
    }
    if (role == u"ProcurementSpecialist" || role == u"ProductionCoordinator" || role == u"Admin") {
        // The submitted order is on the coordinator's board and awaits BOM approval.
        QVERIFY2(builds.contains(m_build), "the submitted build is listed");
    }
    QCOMPARE(w->findChild<QAction*>(QStringLiteral("actionUsers"))->isEnabled(), role == u"Admin");
    QVERIFY(!m_shell->session()->sessionId().isEmpty());
    QCOMPARE(sessionEvent(m_shell->session()->sessionId()), QStringLiteral("login"));
    const QString id = m_shell->session()->sessionId();
    m_shell->logout();
    // Recorded on the session's worker: the window did not wait for it.
    QTRY_COMPARE_WITH_TIMEOUT(sessionEvent(id), QStringLiteral("logout"), 10000);
}

void TestShell::wrongPassword()
{
    fillLogin(m_people.value(QStringLiteral("QCPerson")).username, QStringLiteral("not-the-password-1"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_shell->loginDialog()->isBusy(), 15000);
    QVERIFY(!m_shell->mainWindow());
    QVERIFY2(m_shell->loginDialog()->messageText().contains(QStringLiteral("password is not correct")),
             qPrintable(m_shell->loginDialog()->messageText()));
}

void TestShell::deactivatedAccount()
{
    QString error;
    const auto p = m_db->createPerson(QStringLiteral("Assembler"), {}, &error);
    QVERIFY2(!p.username.isEmpty(), qPrintable(error));
    m_passwords << p.password;
    QVERIFY2(ScratchDatabase::exec(m_db->superuser(), QStringLiteral("SELECT cs.set_user_active(?, false)"), {p.username},
                                   &error),
             qPrintable(error));
    fillLogin(p.username, p.password);
    QTRY_VERIFY_WITH_TIMEOUT(!m_shell->loginDialog()->isBusy(), 15000);
    QVERIFY(!m_shell->mainWindow());
    QVERIFY2(m_shell->loginDialog()->messageText().contains(QStringLiteral("deactivated")),
             qPrintable(m_shell->loginDialog()->messageText()));
}

void TestShell::noAppRole()
{
    const QString name = QStringLiteral("norole_") + ScratchDatabase::randomSuffix();
    const QString password = QStringLiteral("Pw-") + ScratchDatabase::randomSuffix(12);
    m_passwords << password;
    QString error;
    // A bare login role with CONNECT but no app group and no profile.
    QVERIFY2(ScratchDatabase::exec(m_db->superuser(),
                                   QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(name, password), {}, &error),
             qPrintable(error));
    m_db->adoptRole(name);
    fillLogin(name, password);
    QTRY_VERIFY_WITH_TIMEOUT(!m_shell->loginDialog()->isBusy(), 15000);
    QVERIFY2(m_shell->loginDialog()->messageText().contains(QStringLiteral("no CleanStation role")),
             qPrintable(m_shell->loginDialog()->messageText()));
}

void TestShell::missingDatabase()
{
    m_shell.reset();
    const auto s = m_db->settings();
    Shell::setDemoProfile(s.host, s.port, QStringLiteral("no_such_db_") + ScratchDatabase::randomSuffix());
    m_shell = std::make_unique<Shell>();
    m_shell->start();
    fillLogin(m_people.value(QStringLiteral("QCPerson")).username, m_people.value(QStringLiteral("QCPerson")).password);
    QTRY_VERIFY_WITH_TIMEOUT(!m_shell->loginDialog()->isBusy(), 15000);
    QVERIFY2(m_shell->loginDialog()->messageText().contains(QStringLiteral("no database named")),
             qPrintable(m_shell->loginDialog()->messageText()));
}

void TestShell::unreachableServer()
{
    m_shell.reset();
    Shell::setDemoProfile(QStringLiteral("127.0.0.1"), 1, m_db->name());
    m_shell = std::make_unique<Shell>();
    m_shell->start();
    fillLogin(m_people.value(QStringLiteral("QCPerson")).username, m_people.value(QStringLiteral("QCPerson")).password);
    QTRY_VERIFY_WITH_TIMEOUT(!m_shell->loginDialog()->isBusy(), 15000);
    QVERIFY2(m_shell->loginDialog()->messageText().contains(QStringLiteral("Cannot reach the server 127.0.0.1 on port 1")),
             qPrintable(m_shell->loginDialog()->messageText()));
}

// Something on the server's port takes the connection and never answers (a server hanging, or too busy
// to start a backend): the login waits its time-out out and says so, not that the server cannot be reached.
void TestShell::silentServer()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    m_shell.reset();
    Shell::setDemoProfile(QStringLiteral("127.0.0.1"), silent.serverPort(), m_db->name());
    m_shell = std::make_unique<Shell>();
    m_shell->start();
    fillLogin(m_people.value(QStringLiteral("QCPerson")).username, m_people.value(QStringLiteral("QCPerson")).password);
    QVERIFY(m_shell->loginDialog()->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!m_shell->loginDialog()->isBusy(), 40000);
    const QString message = m_shell->loginDialog()->messageText();
    QVERIFY2(message.contains(QStringLiteral("The server 127.0.0.1 did not answer within %1 seconds")
                                  .arg(cs::data::Session::kLoginConnectTimeoutSeconds)),
             qPrintable(message));
    QVERIFY(!m_shell->session()->isActive());
    // Four lines of message: the dialog grows to show them, the fields keep their height.
    const auto* password = m_shell->loginDialog()->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    QTRY_VERIFY2(password->height() >= password->sizeHint().height(),
                 qPrintable(QStringLiteral("%1 < %2").arg(password->height()).arg(password->sizeHint().height())));
    QVERIFY(m_shell->loginDialog()->height() >= m_shell->loginDialog()->heightForWidth(m_shell->loginDialog()->width()));
}

void TestShell::lockAfterIdleAndUnlock()
{
    const auto p = m_people.value(QStringLiteral("QCPerson"));
    QVERIFY(login(p));
    m_shell->idleWatcher()->setTimeout(300);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->isLocked(), 5000);
    QVERIFY(m_shell->mainWindow()->isVisible());   // the work stays on screen
    const QString id = m_shell->session()->sessionId();
    QTRY_COMPARE_WITH_TIMEOUT(sessionEvent(id), QStringLiteral("lock"), 10000);
    LockDialog* lock = m_shell->lockDialog();
    auto* password = lock->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    password->setText(QStringLiteral("wrong-password-9"));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!lock->messageText().isEmpty(), 10000);
    QVERIFY(m_shell->isLocked());
    password->setText(p.password);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_shell->isLocked(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(sessionEvent(id), QStringLiteral("unlock"), 10000);
}

void TestShell::switchUser()
{
    QVERIFY(login(m_people.value(QStringLiteral("Assembler"))));
    MainWindow* w = m_shell->mainWindow();
    QTest::keySequence(w, QKeySequence(QStringLiteral("Ctrl+Shift+U")));
    QTRY_VERIFY(m_shell->loginDialog() != nullptr);
    QVERIFY(!m_shell->mainWindow());
    QVERIFY(login(m_people.value(QStringLiteral("ProcurementSpecialist"))));
    QCOMPARE(m_shell->mainWindow()->home()->objectName(), QStringLiteral("home_ProcurementSpecialist"));
}

void TestShell::scanOpensBuildWithoutLeakingKeys()
{
    QVERIFY(login(m_people.value(QStringLiteral("ProductionCoordinator"))));
    MainWindow* w = m_shell->mainWindow();
    w->activateWindow();
    // A field with the focus: the order board's search (the coordinator's one order list).
    auto* filter = w->orderBoard()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    QVERIFY(filter);
    filter->setFocus();
    filter->setText(QStringLiteral("typed"));
    QTest::keyClicks(filter, QStringLiteral("CS:B:") + m_build.toLower());
    QTest::keyClick(filter, Qt::Key_Return);
    // The build is looked up off the GUI thread, then its order page opens and shows that build.
    QTRY_VERIFY_WITH_TIMEOUT(w->lastOrderPage() != nullptr, 10000);
    OrderPage* page = w->lastOrderPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 10000);
    QCOMPARE(page->detail().buildNumber, m_build);
    QCOMPARE(page->findChild<QLabel*>(QStringLiteral("titleLabel"))->text(), QStringLiteral("Build %1").arg(m_build));
    QCOMPARE(page->windowTitle(), QStringLiteral("Build %1 — PO %2").arg(m_build, m_po));
    QVERIFY(page->isVisible());
    const QString shots = cs::test::binaryPath(u"screenshots");
    QDir().mkpath(shots);
    QCoreApplication::sendPostedEvents();   // the layout of what was just shown
    QVERIFY(page->grab().save(shots + QStringLiteral("/order-page-after-scan.png")));
    QVERIFY(!w->lastRecordDialog());
    QVERIFY(!w->openMessageBox());
    QTest::qWait(150);   // any key the scan leaked would have reached the field by now
    QCOMPARE(filter->text(), QStringLiteral("typed"));
    page->close();

    // A PO's code opens the page of its (first) build.
    QTRY_VERIFY(w->lastOrderPage() == nullptr);
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("CS:O:") + m_po);
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(w->lastOrderPage() != nullptr, 10000);
    page = w->lastOrderPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 10000);
    QCOMPARE(page->detail().poNumber, m_po);
    QCOMPARE(page->detail().buildNumber, m_build);
    page->close();

    // A build that does not exist: no page, and a message that names what was scanned.
    QTRY_VERIFY(w->lastOrderPage() == nullptr);
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("CS:B:NO-SUCH-9"));
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(w->openMessageBox() != nullptr, 10000);
    const QString message = w->openMessageBox()->text();
    QVERIFY2(message.contains(QStringLiteral("No build with number NO-SUCH-9 was found.")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("CS:B:NO-SUCH-9")), qPrintable(message));
    QCOMPARE(w->pendingLookups(), 0);
    QVERIFY(!w->lastOrderPage());
    QCOMPARE(filter->text(), QStringLiteral("typed"));
    w->openMessageBox()->close();
}

void TestShell::logHasNoPasswords()
{
    // Failed and successful logins have been logged by now; none of the passwords may appear.
    QVERIFY(login(m_people.value(QStringLiteral("Admin"))));
    logInfo(QStringLiteral("conninfo host=x password=secret-in-conninfo"));
    flushLog();
    QFile f(logFilePath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray log = f.readAll();
    QVERIFY(log.contains("logged in"));
    QVERIFY(!log.contains("secret-in-conninfo"));
    for (const QString& pw : std::as_const(m_passwords))
        QVERIFY2(!log.contains(pw.toUtf8()), "a password was written to the log");
}

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
