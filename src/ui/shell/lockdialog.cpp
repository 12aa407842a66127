#include "ui/shell/lockdialog.h"
#include "ui_lockdialog.h"

#include "ui/common/futurewatch.h"
#include "ui/common/messagebar.h"
#include "ui/common/statustext.h"

#include <QCloseEvent>
#include <QKeyEvent>

namespace cs::ui {

LockDialog::LockDialog(data::Session* session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LockDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setWindowModality(Qt::WindowModal);
    retranslate();
    connect(m_ui->unlockPushButton, &QPushButton::clicked, this, &LockDialog::tryUnlock);
    connect(m_ui->passwordLineEdit, &QLineEdit::returnPressed, this, &LockDialog::tryUnlock);
    connect(m_ui->switchUserPushButton, &QPushButton::clicked, this, &LockDialog::switchUserRequested);
    m_ui->passwordLineEdit->setFocus();
}

// A check still running is not waited for: its answer is dropped.
LockDialog::~LockDialog() = default;

void LockDialog::tryUnlock()
{
    if (m_checking || m_ui->passwordLineEdit->text().isEmpty())
        return;
    m_checking = true;
    m_ui->unlockPushButton->setEnabled(false);
    whenDone(this, m_session->verifyPasswordAsync(m_ui->passwordLineEdit->text()),
             [this](const data::Result<data::Done>& r) { finishCheck(r); });
}

void LockDialog::finishCheck(const data::Result<data::Done>& result)
{
    m_checking = false;
    m_ui->unlockPushButton->setEnabled(true);
    m_ui->passwordLineEdit->clear();
    if (result.ok()) {
        m_ui->messageBar->clear();
        emit unlocked();
        accept();
        return;
    }
    const data::DbError& e = result.error();
    if (e.code == data::Session::kWrongPassword)
        m_ui->messageBar->showError(tr("That password is not correct."));
    else if (e.connectionLost())
        m_ui->messageBar->showError(tr("The server cannot be reached, so the password cannot be checked. "
                                       "Try again in a moment."));
    else
        m_ui->messageBar->showError(
            tr("The workstation cannot be unlocked for this account. Switch user instead."));
    m_ui->passwordLineEdit->setFocus();
}

QString LockDialog::messageText() const
{
    return m_ui->messageBar->isVisible() ? m_ui->messageBar->text() : QString();
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
