#include "ui/shell/shell.h"

#include "ui/common/appsettings.h"
#include "ui/common/futurewatch.h"
#include "ui/common/idlewatcher.h"
#include "ui/common/itemviewtext.h"
#include "ui/common/wheelguard.h"
#include "ui/shell/lockdialog.h"
#include "ui/common/logging.h"
#include "ui/shell/logindialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/common/passwordstore.h"
#include "ui/shell/recorddialog.h"
#include "ui/common/scanfilter.h"
#include "ui/common/shopfloor.h"
#include "ui/common/translator.h"

#include "data/common/connectionwatcher.h"
#include "data/common/session.h"

#include <QApplication>
#include <QStatusBar>

namespace cs::ui {

Shell::Shell(QObject* parent)
    : QObject(parent)
    , m_session(std::make_unique<data::Session>())
    , m_passwords(new PasswordStore(this))
    , m_translator(new Translator(this))
    , m_scan(new ScanFilter(this))
    , m_idle(new IdleWatcher(this))
    , m_watcher(new data::ConnectionWatcher(m_session.get(), this))
    , m_viewText(new ItemViewText(this))
    , m_wheel(new WheelGuard(this))
{
    qApp->installEventFilter(m_scan);
    qApp->installEventFilter(m_idle);
    qApp->installEventFilter(m_viewText);
    qApp->installEventFilter(m_wheel);
    // Before anybody logs in, only a workstation set to "On" is in shop-floor mode (Auto depends on who).
    if (AppSettings::shopFloorMode() == AppSettings::ShopFloorMode::On)
        ShopFloor::apply(true);
    m_translator->setLanguage(AppSettings::language());

    connect(m_idle, &IdleWatcher::idle, this, &Shell::lock);
    connect(m_scan, &ScanFilter::scanned, this, [this](const domain::ScanPayload& payload) {
        if (m_main && !m_lock)
            m_main->openScan(payload);
    });
    connect(m_scan, &ScanFilter::unrecognised, this, [this](const QString& text) {
        logWarning(QStringLiteral("unrecognised scan: %1").arg(text));
        if (m_main)
            m_main->statusBar()->showMessage(tr("The scanned code %1 is not a CleanStation code.").arg(text), 8000);
    });
    connect(m_watcher, &data::ConnectionWatcher::connectionLost, this, [this] {
        logWarning(QStringLiteral("connection to the server lost"));
        if (m_main)
            m_main->setOnline(false);
    });
    connect(m_watcher, &data::ConnectionWatcher::connectionRestored, this, [this] {
        logInfo(QStringLiteral("connection to the server restored"));
        if (m_main)
            m_main->setOnline(true);
    });
    connect(m_watcher, &data::ConnectionWatcher::retryScheduled, this, [this](int ms) {
        if (m_main)
            m_main->setReconnectIn(ms);
    });
}

Shell::~Shell()
{
    qApp->removeEventFilter(m_scan);
    qApp->removeEventFilter(m_idle);
    qApp->removeEventFilter(m_viewText);
    m_watcher->stop();
    delete m_lock;
    delete m_login;
    if (m_main) {
        m_main->saveLayout();
        delete m_main;
    }
    m_session->end();
}

LoginDialog* Shell::loginDialog() const
{
    return m_login;
}
MainWindow* Shell::mainWindow() const
{
    return m_main;
}
LockDialog* Shell::lockDialog() const
{
    return m_lock;
}
bool Shell::isLocked() const
{
    return !m_lock.isNull();
}

void Shell::setDemoProfile(const QString& host, int port, const QString& database)
{
    ConnectionProfile p = AppSettings::profile(QStringLiteral("Local demo"));
    p.host = host;
    if (port > 0)
        p.port = port;
    if (!database.isEmpty())
        p.database = database;
    p.sslMode = QStringLiteral("prefer");
    AppSettings::saveProfile(p);
    AppSettings::setLastProfile(p.name);
}

void Shell::start()
{
    showLogin(true);
}

void Shell::showLogin(bool keepUser)
{
    if (m_login)
        return;
    m_login = new LoginDialog(m_session.get(), m_passwords);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    if (!keepUser)
        m_login->setUserName(QString());
    connect(m_login, &QDialog::accepted, this, &Shell::onLoggedIn);
    connect(m_login, &QDialog::rejected, this, [this] {
        if (!m_main)
            emit quitRequested();
    });
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
}

void Shell::onLoggedIn()
{
    // The person's mode before their window is built, so it is laid out once, at its size.
    applyShopFloorMode();
    m_main = new MainWindow(m_session.get());
    m_main->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_main, &MainWindow::lockRequested, this, &Shell::lock);
    connect(m_main, &MainWindow::switchUserRequested, this, &Shell::switchUser);
    connect(m_main, &MainWindow::logoutRequested, this, &Shell::logout);
    connect(m_main, &MainWindow::quitRequested, this, &Shell::quitRequested);
    connect(m_main, &MainWindow::settingsChanged, this, &Shell::applySettings);
    connect(m_main, &MainWindow::queryFailed, m_watcher, &data::ConnectionWatcher::reportError);
    applySettings();
    m_watcher->start();
    m_idle->start();
    m_main->show();
    emit loggedIn();
}

void Shell::applySettings()
{
    if (AppSettings::language() != m_translator->language())
        m_translator->setLanguage(AppSettings::language());
    m_idle->setTimeout(AppSettings::idleMinutes() * 60 * 1000);
    applyShopFloorMode();
}

void Shell::applyShopFloorMode()
{
    std::optional<domain::AppRole> role;
    if (m_session->isActive())
        role = m_session->user().role;
    ShopFloor::apply(ShopFloor::wanted(AppSettings::shopFloorMode(), role));
}

void Shell::lock()
{
    if (!m_main || m_lock)
        return;
    logInfo(QStringLiteral("workstation locked (%1)").arg(m_session->user().username));
    recordEvent(QStringLiteral("lock"));
    m_idle->stop();
    m_lock = new LockDialog(m_session.get(), m_main);
    m_lock->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_lock, &LockDialog::unlocked, this, [this] {
        logInfo(QStringLiteral("workstation unlocked (%1)").arg(m_session->user().username));
        recordEvent(QStringLiteral("unlock"));
        m_idle->start();
    });
    connect(m_lock, &LockDialog::switchUserRequested, this, &Shell::switchUser, Qt::QueuedConnection);
    m_lock->show();
    m_lock->raise();
    m_lock->activateWindow();
}

void Shell::recordEvent(const QString& event)
{
    // Written on the session's worker; a failure is logged (a lost connection reaches the watcher).
    whenDone(this, m_session->recordEventAsync(event), [this, event](const data::Result<data::Done>& r) {
        if (r.ok())
            return;
        logWarning(QStringLiteral("recording the session event %1 failed: %2").arg(event, r.error().logText()));
        m_watcher->reportError(r.error());
    });
}

void Shell::closeMainWindow()
{
    m_idle->stop();
    m_watcher->stop();
    if (m_lock) {
        m_lock->hide();
        m_lock->deleteLater();
        m_lock = nullptr;
    }
    if (m_main) {
        m_main->saveLayout();
        m_main->hide();
        m_main->deleteLater();
        m_main = nullptr;
    }
    logInfo(QStringLiteral("logged out: %1").arg(m_session->user().username));
    m_session->end();
    emit loggedOut();
}

void Shell::switchUser()
{
    closeMainWindow();
    showLogin(false);
}

void Shell::logout()
{
    closeMainWindow();
    showLogin(true);
}

} // namespace cs::ui
