#include "ui/shell/logindialog.h"
#include "ui_logindialog.h"

#include "ui/common/futurewatch.h"
#include "ui/common/logging.h"
#include "ui/common/messagebar.h"
#include "ui/common/passwordstore.h"
#include "ui/common/uiversion.h"

#include <QEvent>
#include <QFileDialog>
#include <QPushButton>

namespace cs::ui {

using data::LoginFailure;

LoginDialog::LoginDialog(data::Session* session, PasswordStore* passwords, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_session(session)
    , m_passwords(passwords)
{
    m_ui->setupUi(this);
    for (const char* mode : {"disable", "prefer", "require", "verify-ca", "verify-full"})
        m_ui->sslModeComboBox->addItem(QString(), QString::fromLatin1(mode));
    m_ui->detailsGroupBox->setVisible(false);
    m_ui->keychainLabel->setVisible(false);
    retranslate();

    connect(m_ui->detailsToolButton, &QToolButton::toggled, this, [this](bool on) {
        m_ui->detailsGroupBox->setVisible(on);
        m_ui->detailsToolButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        adjustSize();
    });
    connect(m_ui->profileComboBox, &QComboBox::textActivated, this, &LoginDialog::showProfile);
    connect(m_ui->caBrowseToolButton, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_ui->caFileLineEdit->text(),
                                                          tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!file.isEmpty())
            m_ui->caFileLineEdit->setText(file);
    });
    connect(m_ui->deleteProfilePushButton, &QPushButton::clicked, this, [this] {
        AppSettings::removeProfile(m_ui->profileComboBox->currentText());
        loadProfiles();
    });
    connect(m_ui->userLineEdit, &QLineEdit::editingFinished, this, &LoginDialog::loadRememberedPassword);
    connect(m_ui->passwordLineEdit, &QLineEdit::textEdited, this, [this] { m_passwordFromKeychain = false; });
    connect(m_ui->rememberCheckBox, &QCheckBox::toggled, this, &LoginDialog::onRememberToggled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    loadProfiles();
    adjustSize();
    if (PasswordStore::knownUnavailable())
        showKeychainUnavailable();
    m_ui->userLineEdit->setFocus();
    if (!m_ui->userLineEdit->text().isEmpty())
        m_ui->passwordLineEdit->setFocus();
}

// A login still running when the dialog goes is not waited for: the session takes its answer.
LoginDialog::~LoginDialog()
{
    // The dialog's widgets are destroyed after this body: the user name field then loses the focus and
    // says editingFinished, which must not reach the slot of a dialog that is no longer whole.
    m_ui->userLineEdit->disconnect(this);
}

void LoginDialog::loadProfiles()
{
    QList<ConnectionProfile> profiles = AppSettings::profiles();
    if (profiles.isEmpty()) {
        ConnectionProfile local;
        local.name = tr("Local server");
        local.host = QStringLiteral("localhost");
        local.database = QStringLiteral("cleanstation");
        AppSettings::saveProfile(local);
        profiles << local;
    }
    const QSignalBlocker block(m_ui->profileComboBox);
    m_ui->profileComboBox->clear();
    for (const ConnectionProfile& p : profiles)
        m_ui->profileComboBox->addItem(p.name);
    QString last = AppSettings::lastProfile();
    if (m_ui->profileComboBox->findText(last) < 0)
        last = profiles.first().name;
    selectProfile(last);
}

void LoginDialog::selectProfile(const QString& name)
{
    const int i = m_ui->profileComboBox->findText(name);
    if (i >= 0)
        m_ui->profileComboBox->setCurrentIndex(i);
    showProfile(name);
}

void LoginDialog::setUserName(const QString& user)
{
    m_ui->userLineEdit->setText(user);
    m_ui->passwordLineEdit->clear();
    loadRememberedPassword();
    // Switch user: the next person starts with their name; a name given: its password.
    (user.isEmpty() ? m_ui->userLineEdit : m_ui->passwordLineEdit)->setFocus(Qt::OtherFocusReason);
}

void LoginDialog::showProfile(const QString& name)
{
    const ConnectionProfile p = AppSettings::profile(name);
    m_ui->hostLineEdit->setText(p.host);
    m_ui->portSpinBox->setValue(p.port);
    m_ui->databaseLineEdit->setText(p.database);
    const int ssl = m_ui->sslModeComboBox->findData(p.sslMode);
    m_ui->sslModeComboBox->setCurrentIndex(ssl >= 0 ? ssl : 1);
    m_ui->caFileLineEdit->setText(p.caFile);
    m_ui->userLineEdit->setText(AppSettings::lastUser(name));
    m_ui->passwordLineEdit->clear();
    loadRememberedPassword();
}

ConnectionProfile LoginDialog::currentProfile() const
{
    ConnectionProfile p;
    p.name = m_ui->profileComboBox->currentText().trimmed();
    p.host = m_ui->hostLineEdit->text().trimmed();
    p.port = m_ui->portSpinBox->value();
    p.database = m_ui->databaseLineEdit->text().trimmed();
    p.sslMode = m_ui->sslModeComboBox->currentData().toString();
    p.caFile = m_ui->caFileLineEdit->text().trimmed();
    return p;
}

void LoginDialog::loadRememberedPassword()
{
    const QString profile = m_ui->profileComboBox->currentText().trimmed();
    const QString user = m_ui->userLineEdit->text().trimmed();
    const bool remembered = !user.isEmpty() && AppSettings::rememberPassword(profile, user);
    {
        const QSignalBlocker block(m_ui->rememberCheckBox);
        m_ui->rememberCheckBox->setChecked(remembered && !PasswordStore::knownUnavailable());
    }
    if (!remembered || PasswordStore::knownUnavailable() || !m_passwords)
        return;
    m_passwords->read(profile, user, [this, profile, user](PasswordStore::Status status, const QString& password) {
        if (status == PasswordStore::Status::NoKeychain) {
            showKeychainUnavailable();
            return;
        }
        if (status != PasswordStore::Status::Ok || m_ui->profileComboBox->currentText().trimmed() != profile
            || m_ui->userLineEdit->text().trimmed() != user || !m_ui->passwordLineEdit->text().isEmpty())
            return;
        m_ui->passwordLineEdit->setText(password);
        m_passwordFromKeychain = true;
    });
}

void LoginDialog::onRememberToggled(bool on)
{
    if (!on || !m_passwords)
        return;
    // Find out now, not after the login, whether there is a keychain to remember in.
    m_passwords->read(QStringLiteral("-probe-"), QStringLiteral("-probe-"),
                      [this](PasswordStore::Status status, const QString&) {
                          if (status == PasswordStore::Status::NoKeychain)
                              showKeychainUnavailable();
                      });
}

void LoginDialog::showKeychainUnavailable()
{
    const QSignalBlocker block(m_ui->rememberCheckBox);
    m_ui->rememberCheckBox->setChecked(false);
    m_ui->rememberCheckBox->setEnabled(false);
    m_ui->keychainLabel->setVisible(true);
}

void LoginDialog::accept()
{
    if (m_busy)
        return;
    const ConnectionProfile p = currentProfile();
    if (p.name.isEmpty() || p.host.isEmpty() || p.database.isEmpty()) {
        m_ui->detailsToolButton->setChecked(true);
        showMessage(tr("Enter a name, host and database for the server."), true);
        return;
    }
    const QString user = m_ui->userLineEdit->text().trimmed();
    if (user.isEmpty() || m_ui->passwordLineEdit->text().isEmpty()) {
        showMessage(tr("Enter your user name and password."), true);
        (user.isEmpty() ? m_ui->userLineEdit : m_ui->passwordLineEdit)->setFocus();
        return;
    }
    m_pending = {};
    m_pending.host = p.host;
    m_pending.port = p.port;
    m_pending.database = p.database;
    m_pending.user = user;
    m_pending.password = m_ui->passwordLineEdit->text();
    m_pending.sslMode = p.sslMode;
    m_pending.sslRootCert = p.caFile;
    AppSettings::saveProfile(p);
    AppSettings::setLastProfile(p.name);
    if (m_ui->profileComboBox->findText(p.name) < 0)
        m_ui->profileComboBox->addItem(p.name);
    logInfo(QStringLiteral("login attempt: %1").arg(m_pending.describe()));
    setBusy(true);
    showMessage(tr("Connecting to %1…").arg(p.host), false);
    whenDone(this, m_session->startAsync(m_pending, applicationVersion()),
             [this](const data::LoginResult& result) { finishLogin(result); });
}

void LoginDialog::finishLogin(const data::LoginResult& result)
{
    setBusy(false);
    if (!result.ok()) {
        logWarning(QStringLiteral("login failed: %1: failure %2: %3")
                       .arg(m_pending.describe())
                       .arg(int(result.failure))
                       .arg(result.detail));
        showMessage(failureMessage(result, m_pending), true);
        if (result.failure == LoginFailure::BadCredentials) {
            m_ui->passwordLineEdit->clear();
            m_ui->passwordLineEdit->setFocus();
        }
        m_pending.password.clear();
        return;
    }
    const ConnectionProfile p = currentProfile();
    AppSettings::setLastUser(p.name, m_pending.user);
    const bool remember = m_ui->rememberCheckBox->isChecked() && m_ui->rememberCheckBox->isEnabled();
    AppSettings::setRememberPassword(p.name, m_pending.user, remember);
    if (m_passwords) {
        if (remember && !m_passwordFromKeychain)
            m_passwords->write(p.name, m_pending.user, m_pending.password, {});
        else if (!remember)
            m_passwords->remove(p.name, m_pending.user);
    }
    logInfo(QStringLiteral("logged in: %1 (%2), session %3")
                .arg(m_session->user().username, data::appRoleName(m_session->user().role), m_session->sessionId()));
    m_pending.password.clear();
    m_ui->passwordLineEdit->clear();
    QDialog::accept();
}

QString LoginDialog::failureMessage(const data::LoginResult& r, const data::ConnectionSettings& s)
{
    switch (r.failure) {
    case LoginFailure::None: return {};
    case LoginFailure::BadCredentials:
        return tr("The user name or password is not correct. Check both (is Caps Lock on?) and try again.");
    case LoginFailure::Unreachable:
        return tr("Cannot reach the server %1 on port %2. Check the network connection and the server name, "
                  "or ask IT whether the server is running.")
            .arg(s.host)
            .arg(s.port);
    case LoginFailure::NoAnswer:
        return tr("The server %1 did not answer within %2 seconds. It may be very busy (at the start of a shift) "
                  "or not working properly: try again in a minute, and if it happens again, ask IT.")
            .arg(s.host)
            .arg(data::Session::kLoginConnectTimeoutSeconds);
    case LoginFailure::Tls:
        return tr("The secure (TLS) connection to the server could not be set up. Check the encryption "
                  "setting and the CA certificate in the connection details, or ask IT.");
    case LoginFailure::DatabaseMissing:
        return tr("The server has no database named \"%1\". Check the database name in the connection details.")
            .arg(s.database);
    case LoginFailure::SchemaTooOld:
        return tr("The database is older than this version of CleanStation (database version %1, this program "
                  "needs %2). Ask your administrator to update the database.")
            .arg(r.serverSchemaVersion)
            .arg(r.clientSchemaVersion);
    case LoginFailure::SchemaTooNew:
        return tr("The database is newer than this version of CleanStation (database version %1, this program "
                  "knows %2). Install the current version of CleanStation.")
            .arg(r.serverSchemaVersion)
            .arg(r.clientSchemaVersion);
    case LoginFailure::SchemaChanged:
        return tr("The database structure does not match this version of CleanStation (it was changed or set up "
                  "by a different version). Ask your administrator to check the database before anyone uses it.");
    case LoginFailure::Deactivated:
        return tr("Your account is deactivated. Ask an administrator if you need access again.");
    case LoginFailure::NoAppRole:
        return tr("This login has no CleanStation role. Ask an administrator to set up your account.");
    case LoginFailure::Other: break;
    }
    return tr("Login failed for an unexpected reason. The details are in the log file %1.").arg(logFilePath());
}

QString LoginDialog::messageText() const
{
    return m_ui->messageBar->isVisible() ? m_ui->messageBar->text() : QString();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_ui->userLineEdit->setEnabled(!busy);
    m_ui->passwordLineEdit->setEnabled(!busy);
    m_ui->profileComboBox->setEnabled(!busy);
    m_ui->detailsGroupBox->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void LoginDialog::showMessage(const QString& text, bool error)
{
    m_ui->messageBar->showMessage(error ? MessageBar::Kind::Error : MessageBar::Kind::Info, text);
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        // The button box retranslates its standard buttons after this (children get the event
        // later) and would put "OK" back: name the button again once it has.
        QMetaObject::invokeMethod(this, &LoginDialog::retranslate, Qt::QueuedConnection);
    }
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    const QStringList modes = {tr("Off (not recommended)"), tr("Use if the server offers it"), tr("Required"),
                               tr("Required, verify the server's CA"), tr("Required, verify CA and host name")};
    for (int i = 0; i < modes.size() && i < m_ui->sslModeComboBox->count(); ++i)
        m_ui->sslModeComboBox->setItemText(i, modes.at(i));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Log in"));
    // Shown (once, in the dialog itself) when there is no keychain to remember the password in.
    m_ui->keychainLabel->setText(tr("This computer has no password keychain, so CleanStation cannot remember "
                                    "passwords here. Type your password each time."));
}

} // namespace cs::ui
