#include "ui/shell/changepassworddialog.h"

#include "ui/common/futurewatch.h"
#include "ui/common/logging.h"
#include "ui/common/messagebar.h"
#include "ui/common/usererrortext.h"
#include "ui_changepassworddialog.h"

#include <QEvent>
#include <QPushButton>

namespace cs::ui {

ChangePasswordDialog::ChangePasswordDialog(data::Session* session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangePasswordDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("ChangePasswordDialog"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::accept()
{
    if (m_busy)
        return;
    if (m_ui->newPasswordLineEdit->text() != m_ui->repeatPasswordLineEdit->text()) {
        showError(tr("The new password and its repetition differ."));
        return;
    }
    if (m_ui->newPasswordLineEdit->text().size() < 8) {
        showError(tr("The new password needs at least 8 characters."));
        return;
    }
    setBusy(true);
    m_ui->messageBar->showInfo(tr("Changing the password…"));
    whenDone(this,
             m_session->changeOwnPasswordAsync(m_ui->oldPasswordLineEdit->text(), m_ui->newPasswordLineEdit->text()),
             [this](const data::Result<data::Done>& r) {
                 setBusy(false);
                 if (!r.ok()) {
                     logWarning(QStringLiteral("own password change refused: %1").arg(r.error().logText()));
                     showError(UserErrorText::words(r.error()));
                     if (r.error().code == data::Session::kWrongPassword) {
                         m_ui->oldPasswordLineEdit->clear();
                         m_ui->oldPasswordLineEdit->setFocus();
                     }
                     emit answered(false);
                     return;
                 }
                 logInfo(QStringLiteral("own password changed by %1").arg(m_session->user().username));
                 emit answered(true);
                 QDialog::accept();
             });
}

void ChangePasswordDialog::reject()
{
    // The change is on its way to the server: wait for its answer rather than leave not knowing.
    if (m_busy)
        return;
    QDialog::reject();
}

void ChangePasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->oldPasswordLineEdit, m_ui->newPasswordLineEdit,
                                                      m_ui->repeatPasswordLineEdit, m_ui->buttonBox})
        w->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

QString ChangePasswordDialog::messageText() const
{
    return m_ui->messageBar->text();
}

void ChangePasswordDialog::showError(const QString& text)
{
    m_ui->messageBar->showError(text);
}

void ChangePasswordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace cs::ui
