#include "ui/wizard/wizardpageorder.h"

#include "domain/orders/documentrules.h"
#include "ui/wizard/orderwizard.h"
#include "ui_wizardpageorder.h"

#include <QFileDialog>
#include <QFileInfo>

namespace cs::ui {

using domain::DocumentLanguage;
using domain::OrderConfiguration;

WizardPageOrder::WizardPageOrder(OrderWizard* wizard)
    : WizardPage(wizard)
    , m_ui(std::make_unique<Ui::WizardPageOrder>())
{
    m_ui->setupUi(this);
    setTitle(tr("Customer and order"));
    setSubTitle(tr("Step 1 of 5 · Who orders, for when, and in which language the documents are printed."));

    bindField(QStringLiteral("order.poNumber"), m_ui->poLineEdit, m_ui->poErrorLabel);
    bindField(QStringLiteral("order.customerName"), m_ui->customerLineEdit, m_ui->customerErrorLabel);
    bindField(QStringLiteral("order.projectName"), m_ui->projectLineEdit, m_ui->projectErrorLabel);
    bindField(QStringLiteral("order.salesPerson"), m_ui->salesLineEdit, m_ui->salesErrorLabel);
    bindField(QStringLiteral("order.wantDate"), m_ui->wantDateEdit, m_ui->wantDateErrorLabel);
    bindField(QStringLiteral("order.language"), m_ui->languageComboBox, m_ui->languageErrorLabel);
    bindField(QStringLiteral("order.notes"), m_ui->notesPlainTextEdit, m_ui->notesErrorLabel);
    bindField(QStringLiteral("attachments"), m_ui->documentsListWidget, m_ui->documentsErrorLabel);
    setFallbackLabel(m_ui->documentsErrorLabel);
    // From the one document rule (DocumentRules), so the hint cannot drift from it.
    m_ui->documentsHintLabel->setText(tr("%1; up to %2 MB each.")
                                          .arg(domain::DocumentRules::allowedTypesText())
                                          .arg(domain::DocumentRules::maxBytes / (1024 * 1024)));

    connect(m_ui->poLineEdit, &QLineEdit::textChanged, this,
            [this](const QString& t) { change([&](OrderConfiguration& c) { c.order.poNumber = t; }); });
    connect(m_ui->customerLineEdit, &QLineEdit::textChanged, this,
            [this](const QString& t) { change([&](OrderConfiguration& c) { c.order.customerName = t; }); });
    connect(m_ui->projectLineEdit, &QLineEdit::textChanged, this,
            [this](const QString& t) { change([&](OrderConfiguration& c) { c.order.projectName = t; }); });
    connect(m_ui->salesLineEdit, &QLineEdit::textChanged, this,
            [this](const QString& t) { change([&](OrderConfiguration& c) { c.order.salesPerson = t; }); });
    connect(m_ui->wantDateEdit, &QDateEdit::dateChanged, this,
            [this](QDate d) { change([&](OrderConfiguration& c) { c.order.wantDate = d; }); });
    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this, [this](int i) {
        change([&](OrderConfiguration& c) { c.order.language = DocumentLanguage(i + 1); });
    });
    connect(m_ui->notesPlainTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        const QString t = m_ui->notesPlainTextEdit->toPlainText();
        change([&](OrderConfiguration& c) { c.order.notes = t; });
    });
    connect(m_ui->addPoDocumentButton, &QPushButton::clicked, this, [this] { addDocument(QStringLiteral("PO")); });
    connect(m_ui->addDrawingButton, &QPushButton::clicked, this, [this] { addDocument(QStringLiteral("Drawing")); });
    connect(m_ui->removeDocumentButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->documentsListWidget->currentRow();
        touch(QStringLiteral("attachments"));
        if (row >= 0)
            orderWizard()->removeAttachment(row);
    });
    connect(wizard, &OrderWizard::attachmentsChanged, this, &WizardPageOrder::showAttachments);
    m_ui->wantDateEdit->setMinimumDate(QDate(2000, 1, 1));
    updateView();
    showAttachments();
}

WizardPageOrder::~WizardPageOrder() = default;

bool WizardPageOrder::owns(const domain::ValidationIssue& issue) const
{
    return issue.field.startsWith(QStringLiteral("order.")) || issue.field == u"attachments";
}

void WizardPageOrder::refresh()
{
    const domain::OrderInfo& o = configuration().order;
    setText(m_ui->poLineEdit, o.poNumber);
    setText(m_ui->customerLineEdit, o.customerName);
    setText(m_ui->projectLineEdit, o.projectName);
    setText(m_ui->salesLineEdit, o.salesPerson);
    if (o.wantDate.isValid() && m_ui->wantDateEdit->date() != o.wantDate) {
        const QSignalBlocker block(m_ui->wantDateEdit);
        m_ui->wantDateEdit->setDate(o.wantDate);
    }
    setIndex(m_ui->languageComboBox, std::max(0, int(o.language) - 1));
    if (m_ui->notesPlainTextEdit->toPlainText() != o.notes) {
        const QSignalBlocker block(m_ui->notesPlainTextEdit);
        m_ui->notesPlainTextEdit->setPlainText(o.notes);
    }
}

QStringList WizardPageOrder::notices(const QString& field) const
{
    // A refused file stays explained beside the documents until they change (not when another field does).
    if (field == u"attachments" && !orderWizard()->attachmentRefusal().isEmpty())
        return {orderWizard()->attachmentRefusal()};
    return {};
}

void WizardPageOrder::addDocument(const QString& documentType)
{
    QString path = OrderWizard::takeNextFileName();
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(
            this, documentType == u"PO" ? tr("Attach a PO document") : tr("Attach a sink drawing"), {},
            tr("Documents (%1)")
                .arg(domain::DocumentRules::fileDialogPatterns()));
    if (path.isEmpty())
        return;
    touch(QStringLiteral("attachments"));   // what the documents still need shows from now on
    if (!orderWizard()->addAttachment(path, documentType))
        updateView();   // the reason, beside the documents (an attached file updates the page itself)
}

void WizardPageOrder::showAttachments()
{
    m_ui->documentsListWidget->clear();
    for (const WizardAttachment& a : orderWizard()->attachments()) {
        const QFileInfo info(a.path);
        m_ui->documentsListWidget->addItem(tr("%1 · %2 (%3 KB)")
                                               .arg(a.documentType == u"PO" ? tr("PO document") : tr("Drawing"),
                                                    info.fileName())
                                               .arg((info.size() + 1023) / 1024));
    }
    m_ui->removeDocumentButton->setEnabled(!orderWizard()->attachments().isEmpty());
}

} // namespace cs::ui
