#include "ui/shell/changepassworddialog.h"

#include "ui/common/logging.h"
#include "ui_changepassworddialog.h"

#include <QCoreApplication>
#include <QEvent>

namespace cs::ui {

QString userFunctionError(const QString& text)
{
    // The messages belong to the user administration's context (lupdate reads QT_TRANSLATE_NOOP).
    const auto translated = [](const char* s) {
        return QCoreApplication::translate("cs::ui::UserAdminDialog", s);
    };
    if (text.contains(u"E-INITIALS-UNIQUE"))
        return translated(QT_TRANSLATE_NOOP(
            "cs::ui::UserAdminDialog",
            "These initials are already used by another active user. Choose other initials."));
    if (text.contains(u"E-INITIALS"))
        return translated(QT_TRANSLATE_NOOP("cs::ui::UserAdminDialog", "Initials are 1 to 10 letters."));
    if (text.contains(u"E-USERNAME-TAKEN"))
        return translated(QT_TRANSLATE_NOOP(
            "cs::ui::UserAdminDialog", "This user name is already taken on the server. Choose another."));
    if (text.contains(u"E-USERNAME"))
        return translated(QT_TRANSLATE_NOOP(
            "cs::ui::UserAdminDialog",
            "A user name has 3 to 63 characters: lower-case letters, digits and _, starting with a letter."));
    if (text.contains(u"E-FULLNAME"))
        return translated(QT_TRANSLATE_NOOP("cs::ui::UserAdminDialog", "The full name is required."));
    if (text.contains(u"E-PASSWORD") || text.contains(u"password"))
        return translated(
            QT_TRANSLATE_NOOP("cs::ui::UserAdminDialog", "The password is too weak. Use at least the length "
                                                         "the server asks for, with letters and digits."));
    if (text.contains(u"E-USER-SELF"))
        return translated(
            QT_TRANSLATE_NOOP("cs::ui::UserAdminDialog", "You cannot do this to your own account."));
    if (text.contains(u"E-OLD-PASSWORD"))
        return translated(
            QT_TRANSLATE_NOOP("cs::ui::UserAdminDialog", "The current password is not correct."));
    return translated(QT_TRANSLATE_NOOP("cs::ui::UserAdminDialog",
                                        "The server refused the change. The details are in the log file."));
}

ChangePasswordDialog::ChangePasswordDialog(data::Session* session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangePasswordDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("ChangePasswordDialog"));
    m_ui->messageLabel->hide();
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #a4000f;"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::accept()
{
    if (m_ui->newPasswordLineEdit->text() != m_ui->repeatPasswordLineEdit->text()) {
        showMessage(tr("The new password and its repetition differ."));
        return;
    }
    if (m_ui->newPasswordLineEdit->text().size() < 8) {
        showMessage(tr("The new password needs at least 8 characters."));
        return;
    }
    QString error;
    if (!m_session->changeOwnPassword(m_ui->oldPasswordLineEdit->text(), m_ui->newPasswordLineEdit->text(),
                                      &error)) {
        logWarning(QStringLiteral("own password change refused: %1").arg(error));
        showMessage(userFunctionError(error));
        return;
    }
    logInfo(QStringLiteral("own password changed by %1").arg(m_session->user().username));
    QDialog::accept();
}

QString ChangePasswordDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

void ChangePasswordDialog::showMessage(const QString& text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->show();
}

void ChangePasswordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace cs::ui
