#include "ui/common/signaturedialog.h"

#include "ui_signaturedialog.h"

#include <QPushButton>

namespace cs::ui {

SignatureDialog::SignatureDialog(const QString& meaning, const QString& subject, const QString& signerName,
                                 const QString& initials, bool noteRequired, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignatureDialog>())
    , m_noteRequired(noteRequired)
{
    m_ui->setupUi(this);
    m_ui->meaningLabel->setText(meaning);
    m_ui->subjectLabel->setText(subject);
    m_ui->signerLabel->setText(signerName);
    m_ui->initialsLineEdit->setText(initials);
    m_ui->errorLabel->hide();
    m_ui->noteTextEdit->setPlaceholderText(noteRequired ? tr("A reason is required (at least 3 characters).")
                                                        : tr("Optional"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignatureDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignatureDialog::reject);
    connect(m_ui->passwordLineEdit, &QLineEdit::textChanged, this, &SignatureDialog::updateOk);
    connect(m_ui->initialsLineEdit, &QLineEdit::textChanged, this, &SignatureDialog::updateOk);
    connect(m_ui->noteTextEdit, &QPlainTextEdit::textChanged, this, &SignatureDialog::updateOk);
    m_ui->passwordLineEdit->setFocus();
    updateOk();
}

SignatureDialog::~SignatureDialog()
{
    m_ui->passwordLineEdit->clear();
}

QString SignatureDialog::password() const
{
    return m_ui->passwordLineEdit->text();
}

QString SignatureDialog::initials() const
{
    return m_ui->initialsLineEdit->text().trimmed();
}

QString SignatureDialog::note() const
{
    return m_ui->noteTextEdit->toPlainText().trimmed();
}

void SignatureDialog::showError(const QString& message)
{
    setBusy(false);
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    m_ui->passwordLineEdit->clear();
    m_ui->passwordLineEdit->setFocus();
}

void SignatureDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->initialsLineEdit, m_ui->passwordLineEdit, m_ui->noteTextEdit})
        w->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(busy ? tr("Signing…") : tr("&Sign"));
    if (busy) {
        m_ui->errorLabel->hide();
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    updateOk();
}

void SignatureDialog::finishSigned()
{
    setBusy(false);
    QDialog::accept();
}

void SignatureDialog::accept()
{
    if (m_busy || !m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    emit signRequested();
}

void SignatureDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void SignatureDialog::updateOk()
{
    const bool ok = !m_busy && !password().isEmpty() && !initials().isEmpty() && (!m_noteRequired || note().size() >= 3);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace cs::ui
