#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "aboutdialog.h"
#include "appsettings.h"
#include "changepassworddialog.h"
#include "homewidget.h"
#include "logging.h"
#include "recorddialog.h"
#include "settingsdialog.h"
#include "statustext.h"
#include "useradmindialog.h"

#include <QCloseEvent>
#include <QInputDialog>
#include <QLabel>
#include <QStatusBar>

namespace cs::ui {

using data::AppRole;

MainWindow::MainWindow(data::Session* session, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
{
    m_ui->setupUi(this);
    const data::UserProfile& user = session->user();
    m_home = new HomeWidget(session, user.role, this);
    m_ui->centralLayout->addWidget(m_home, 1);
    m_ui->offlineLabel->hide();
    m_ui->offlineLabel->setStyleSheet(
        QStringLiteral("background: #fff3cd; color: #5c4400; padding: 6px; border-bottom: 1px solid #e0c97a;"));

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userStatusLabel"));
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_userLabel);

    m_ui->menuAdmin->menuAction()->setVisible(user.role == AppRole::Admin);
    m_ui->actionUsers->setEnabled(user.role == AppRole::Admin);

    connect(m_ui->actionSwitchUser, &QAction::triggered, this, &MainWindow::switchUserRequested);
    connect(m_ui->actionLock, &QAction::triggered, this, &MainWindow::lockRequested);
    connect(m_ui->actionLogOut, &QAction::triggered, this, &MainWindow::logoutRequested);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::quitRequested);
    connect(m_ui->actionRefresh, &QAction::triggered, m_home, &HomeWidget::refresh);
    connect(m_ui->actionFind, &QAction::triggered, m_home, &HomeWidget::focusFilter);
    connect(m_ui->actionOpenCode, &QAction::triggered, this, &MainWindow::openByCode);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionUsers, &QAction::triggered, this, &MainWindow::showUsers);
    connect(m_ui->actionChangePassword, &QAction::triggered, this, &MainWindow::showChangePassword);
    connect(m_home, &HomeWidget::openBuild, this, [this](const QString& b) { openRecord(domain::ScanPayload::Kind::Build, b); });
    connect(m_home, &HomeWidget::openPart, this, [this](const QString& p) { openRecord(domain::ScanPayload::Kind::Part, p); });
    connect(m_home, &HomeWidget::queryFailed, this, &MainWindow::queryFailed);

    const QByteArray geometry = AppSettings::userState(user.username, QStringLiteral("window-geometry"));
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1200, 760);
    restoreState(AppSettings::userState(user.username, QStringLiteral("window-state")));
    m_home->restoreLayout(user.username);
    retranslate();
}

MainWindow::~MainWindow() = default;

RecordDialog* MainWindow::lastRecordDialog() const
{
    return m_lastRecord;
}

void MainWindow::saveLayout()
{
    const QString user = m_session->user().username;
    if (user.isEmpty())
        return;
    AppSettings::setUserState(user, QStringLiteral("window-geometry"), saveGeometry());
    AppSettings::setUserState(user, QStringLiteral("window-state"), saveState());
    m_home->saveLayout(user);
}

void MainWindow::openScan(const domain::ScanPayload& payload)
{
    logInfo(QStringLiteral("scan: %1").arg(payload.encode()));
    openRecord(payload.kind, payload.key);
}

void MainWindow::openRecord(domain::ScanPayload::Kind kind, const QString& key)
{
    auto* dialog = new RecordDialog(m_session, kind, key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordDialog::queryFailed, this, &MainWindow::queryFailed);
    m_lastRecord = dialog;
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::openByCode()
{
    bool ok = false;
    const QString code = QInputDialog::getText(this, tr("Open by code"),
                                               tr("Build number, or a scanned code (CS:B:…, CS:O:…, CS:P:…):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || code.trimmed().isEmpty())
        return;
    if (const auto payload = domain::ScanPayload::parse(code))
        openScan(*payload);
    else
        openRecord(domain::ScanPayload::Kind::Build, code.trimmed());
}

void MainWindow::setOnline(bool online)
{
    m_online = online;
    for (QAction* a : {m_ui->actionRefresh, m_ui->actionOpenCode, m_ui->actionChangePassword, m_ui->actionUsers,
                       m_ui->actionAbout})
        a->setEnabled(online && (a != m_ui->actionUsers || m_session->user().role == AppRole::Admin));
    m_ui->offlineLabel->setVisible(!online);
    if (online) {
        statusBar()->showMessage(tr("Connection to the server is back."), 10000);
        m_home->refresh();
    }
    retranslate();
}

void MainWindow::setReconnectIn(int ms)
{
    m_reconnectMs = ms;
    retranslate();
}

QString MainWindow::connectionStatusText() const
{
    return m_connectionLabel->text();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        emit settingsChanged();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::showUsers()
{
    UserAdminDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::showChangePassword()
{
    ChangePasswordDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    if (!m_quitting) {
        m_quitting = true;
        emit quitRequested();
    }
    event->accept();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const data::UserProfile& u = m_session->user();
    setWindowTitle(tr("CleanStation Production – %1 (%2)").arg(u.fullName, StatusText::role(u.role)));
    m_userLabel->setText(tr("%1 · %2").arg(u.fullName, StatusText::role(u.role)));
    const data::ConnectionSettings& s = m_session->settings();
    if (m_online) {
        m_connectionLabel->setText(tr("Connected to %1").arg(s.host));
        m_connectionLabel->setStyleSheet(QString());
    } else {
        m_connectionLabel->setText(tr("No connection to the server"));
        m_connectionLabel->setStyleSheet(QStringLiteral("color: #a4000f; font-weight: bold;"));
        m_ui->offlineLabel->setText(
            tr("The server %1 cannot be reached. Your work on screen is kept; actions that need the server are "
               "off until the connection is back. Trying again in %n second(s).",
               nullptr, (m_reconnectMs + 999) / 1000)
                .arg(s.host));
    }
}

} // namespace cs::ui
