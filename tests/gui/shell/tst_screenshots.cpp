// Renders the login dialog, every role's home, settings and user administration to PNG, against
// a scratch database with real orders. scripts/screenshots.sh OUTDIR sets CS_SCREENSHOT_DIR; as a
// plain test it checks every screen renders and writes the images to a temporary directory.
#include "shelllogin.h"
#include "testdatabase.h"

#include "ui/shell/homewidget.h"
#include "ui/common/logging.h"
#include "ui/shell/logindialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/common/rowtablemodel.h"
#include "ui/orders/orderboardmodel.h"
#include "ui/orders/orderboardwidget.h"
#include "ui/shell/settingsdialog.h"
#include "ui/shell/shell.h"
#include "ui/admin/useradmindialog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using cs::test::ScratchDatabase;
using namespace cs::ui;

class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loginDialog();
    void roleHomes();
    void dialogs();

private:
    void save(QWidget* w, const QString& name);
    bool login(const ScratchDatabase::Person& p);

    QTemporaryDir m_tmp;
    QString m_out;
    std::unique_ptr<ScratchDatabase> m_db;
    QHash<QString, ScratchDatabase::Person> m_people;
    std::unique_ptr<Shell> m_shell;
};

void TestScreenshots::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_tmp.path().toLocal8Bit());
    QSettings().clear();
    initLogging(m_tmp.path() + QStringLiteral("/logs"));
    m_out = qEnvironmentVariable("CS_SCREENSHOT_DIR", m_tmp.path() + QStringLiteral("/png"));
    QDir().mkpath(m_out);
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    for (const char* role : {"ProductionCoordinator", "Admin", "ProcurementSpecialist", "QCPerson", "Assembler",
                             "ServiceDepartment"}) {
        QString error;
        const auto p = m_db->createPerson(QString::fromLatin1(role), {}, &error);
        QVERIFY2(!p.username.isEmpty(), qPrintable(error));
        m_people.insert(QString::fromLatin1(role), p);
    }
    QString error;
    QSqlDatabase admin = m_db->connect(m_people.value(QStringLiteral("Admin")).settings);
    QVERIFY2(ScratchDatabase::seedWorkflowFixtures(admin, &error), qPrintable(error));
    QSqlDatabase coord = m_db->connect(m_people.value(QStringLiteral("ProductionCoordinator")).settings);
    for (int i = 0; i < 6; ++i) {
        const QJsonObject order = ScratchDatabase::orderJson(QStringLiteral("PO-24%1").arg(100 + i),
                                                             QStringLiteral("BLD-24%1-1").arg(100 + i));
        QVERIFY2(ScratchDatabase::exec(coord, QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))"),
                                       {QString::fromUtf8(QJsonDocument(order).toJson(QJsonDocument::Compact))}, &error),
                 qPrintable(error));
    }
    cs::test::useDemoProfile(*m_db);
}

void TestScreenshots::save(QWidget* w, const QString& name)
{
    QTest::qWait(50);
    const QPixmap pixmap = w->grab();
    QVERIFY(!pixmap.isNull());
    QVERIFY(pixmap.width() > 200 && pixmap.height() > 100);
    QVERIFY(pixmap.save(m_out + u'/' + name + QStringLiteral(".png")));
}

bool TestScreenshots::login(const ScratchDatabase::Person& p)
{
    LoginDialog* dialog = m_shell->loginDialog();
    if (!dialog)
        return false;
    dialog->findChild<QLineEdit*>(QStringLiteral("userLineEdit"))->setText(p.username);
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(p.password);
    dialog->accept();
    QElapsedTimer t;
    t.start();
    while (!m_shell->mainWindow() && t.elapsed() < 15000)
        QTest::qWait(20);
    return m_shell->mainWindow() != nullptr;
}

void TestScreenshots::loginDialog()
{
    m_shell = std::make_unique<Shell>();
    m_shell->start();
    LoginDialog* dialog = m_shell->loginDialog();
    dialog->findChild<QLineEdit*>(QStringLiteral("userLineEdit"))->setText(QStringLiteral("jmartin"));
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(QStringLiteral("xxxxxxxx"));
    save(dialog, QStringLiteral("login"));
    dialog->findChild<QToolButton*>(QStringLiteral("detailsToolButton"))->setChecked(true);
    save(dialog, QStringLiteral("login-details"));
}

void TestScreenshots::roleHomes()
{
    for (const char* role : {"ProductionCoordinator", "ProcurementSpecialist", "QCPerson", "Assembler",
                             "ServiceDepartment", "Admin"}) {
        const QString r = QString::fromLatin1(role);
        QVERIFY2(login(m_people.value(r)), role);
        MainWindow* w = m_shell->mainWindow();
        w->resize(1100, 620);
        HomeWidget* home = w->home();
        const QString first = home->panelKeys().first();
        if (first == HomeWidget::kBoardKey)
            QTRY_VERIFY_WITH_TIMEOUT(!w->orderBoard()->model()->isBusy() && w->orderBoard()->model()->rowCount() > 0, 10000);
        else
            QTRY_VERIFY_WITH_TIMEOUT(home->model(first)->hasLoaded(), 10000);
        save(w, QStringLiteral("home-") + r);
        if (r != u"Admin")
            m_shell->switchUser();
    }
}

void TestScreenshots::dialogs()
{
    QVERIFY(m_shell->mainWindow());
    {
    SettingsDialog settings(m_shell->mainWindow());
    settings.show();
    save(&settings, QStringLiteral("settings"));
    UserAdminDialog users(m_shell->session(), m_shell->mainWindow());
    users.resize(900, 480);
    users.show();
    QTRY_VERIFY_WITH_TIMEOUT(users.model()->hasLoaded(), 10000);
    save(&users, QStringLiteral("user-admin"));
    }   // the dialogs go before their parent window
    m_shell.reset();
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
