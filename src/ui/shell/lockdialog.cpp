#include "ui/shell/lockdialog.h"
#include "ui_lockdialog.h"

#include "ui/common/statustext.h"

#include <QCloseEvent>
#include <QKeyEvent>
#include <QtConcurrent>

namespace cs::ui {

LockDialog::LockDialog(data::Session* session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LockDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setWindowModality(Qt::WindowModal);
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #a4000f;"));
    m_ui->messageLabel->hide();
    retranslate();
    connect(m_ui->unlockPushButton, &QPushButton::clicked, this, &LockDialog::tryUnlock);
    connect(m_ui->passwordLineEdit, &QLineEdit::returnPressed, this, &LockDialog::tryUnlock);
    connect(m_ui->switchUserPushButton, &QPushButton::clicked, this, &LockDialog::switchUserRequested);
    connect(&m_check, &QFutureWatcher<data::LoginFailure>::finished, this, &LockDialog::finishCheck);
    m_ui->passwordLineEdit->setFocus();
}

LockDialog::~LockDialog()
{
    m_check.waitForFinished();
}

void LockDialog::tryUnlock()
{
    if (m_check.isRunning() || m_ui->passwordLineEdit->text().isEmpty())
        return;
    m_ui->unlockPushButton->setEnabled(false);
    data::ConnectionSettings s = m_session->workerSettings();
    s.password = m_ui->passwordLineEdit->text();
    m_check.setFuture(QtConcurrent::run([s] {
        const data::LoginResult r = data::Session::probe(s);
        // Credentials are what matters here; schema and profile were checked at login.
        if (r.failure == data::LoginFailure::SchemaTooOld || r.failure == data::LoginFailure::SchemaTooNew)
            return data::LoginFailure::None;
        return r.failure;
    }));
}

void LockDialog::finishCheck()
{
    m_ui->unlockPushButton->setEnabled(true);
    const data::LoginFailure f = m_check.result();
    m_ui->passwordLineEdit->clear();
    if (f == data::LoginFailure::None) {
        m_ui->messageLabel->hide();
        emit unlocked();
        accept();
        return;
    }
    if (f == data::LoginFailure::BadCredentials)
        m_ui->messageLabel->setText(tr("That password is not correct."));
    else if (f == data::LoginFailure::Unreachable)
        m_ui->messageLabel->setText(tr("The server cannot be reached, so the password cannot be checked. "
                                       "Try again in a moment."));
    else
        m_ui->messageLabel->setText(tr("The workstation cannot be unlocked for this account. Switch user instead."));
    m_ui->messageLabel->show();
    m_ui->passwordLineEdit->setFocus();
}

QString LockDialog::messageText() const
{
    return m_ui->messageLabel->isVisible() ? m_ui->messageLabel->text() : QString();
}

void LockDialog::keyPressEvent(QKeyEvent* event)
{
    // Escape must not unlock.
    if (event->key() == Qt::Key_Escape) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void LockDialog::closeEvent(QCloseEvent* event)
{
    event->ignore();
}

void LockDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void LockDialog::retranslate()
{
    const data::UserProfile& u = m_session->user();
    m_ui->infoLabel->setText(tr("%1 (%2) is logged in. Enter your password to continue where you left off, "
                                "or switch user.")
                                 .arg(u.fullName, StatusText::role(u.role)));
}

} // namespace cs::ui
