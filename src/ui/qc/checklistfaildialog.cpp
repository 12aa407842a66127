#include "ui/qc/checklistfaildialog.h"

#include "domain/checklist/failclassification.h"
#include "ui/common/translator.h"

#include "ui/common/statustext.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cs::ui {

ChecklistFailDialog::ChecklistFailDialog(bool finalQc, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_category(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_rework(new QRadioButton(this))
    , m_reject(new QRadioButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("checklistFailDialog"));
    setWindowTitle(finalQc ? tr("Record a Final QC FAIL") : tr("Record a Pre-QC FAIL"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Say what is wrong. The result is then signed with your password; the build moves to "
                                "the status you choose below."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_reason->setObjectName(QStringLiteral("failReasonTextEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("At least 3 characters"));
    form->addRow(tr("&Reason:"), m_reason);
    m_category->setObjectName(QStringLiteral("failCategoryComboBox"));
    m_category->setMinimumHeight(40);
    m_category->addItem(tr("Choose…"), QString());
    // The codes stored on the signature, in the words of the session's language (one list for the
    // dialog, the checklist screen and the printed record).
    for (const QString& code : domain::FailClassification::categories())
        m_category->addItem(domain::FailClassification::categoryWords(code, Translator::textLanguage()), code);
    form->addRow(tr("&Category:"), m_category);
    m_severity->setObjectName(QStringLiteral("failSeverityComboBox"));
    m_severity->setMinimumHeight(40);
    m_severity->addItem(tr("Choose…"), QString());
    for (const QString& code : domain::FailClassification::severities())
        m_severity->addItem(domain::FailClassification::severityWords(code, Translator::textLanguage()), code);
    form->addRow(tr("&Severity:"), m_severity);
    m_rework->setObjectName(QStringLiteral("reworkRadioButton"));
    m_reject->setObjectName(QStringLiteral("rejectRadioButton"));
    m_rework->setMinimumHeight(40);
    m_reject->setMinimumHeight(40);
    m_rework->setText(tr("Rework in-house: the build goes to “%1”")
                          .arg(StatusText::orderStatus(finalQc ? QStringLiteral("ReworkFinalQC") : QStringLiteral("ReworkPreQC"))));
    m_reject->setText(tr("No rework: the build goes to “%1”")
                          .arg(StatusText::orderStatus(finalQc ? QStringLiteral("FinalQCRejected")
                                                               : QStringLiteral("PreQCRejected"))));
    auto* group = new QButtonGroup(this);
    group->addButton(m_rework);
    group->addButton(m_reject);
    auto* choice = new QVBoxLayout;
    choice->addWidget(m_rework);
    choice->addWidget(m_reject);
    form->addRow(tr("Rework:"), choice);
    layout->addLayout(form);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Next: sign…"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("failNextButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setMinimumHeight(48);
    m_buttons->button(QDialogButtonBox::Cancel)->setMinimumHeight(48);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ChecklistFailDialog::updateOk);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ChecklistFailDialog::updateOk);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &ChecklistFailDialog::updateOk);
    connect(group, &QButtonGroup::buttonToggled, this, &ChecklistFailDialog::updateOk);
    resize(520, 380);
    updateOk();
}

ChecklistFailDialog::~ChecklistFailDialog() = default;

QString ChecklistFailDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString ChecklistFailDialog::category() const
{
    return m_category->currentData().toString();
}

QString ChecklistFailDialog::severity() const
{
    return m_severity->currentData().toString();
}

bool ChecklistFailDialog::rework() const
{
    return m_rework->isChecked();
}

void ChecklistFailDialog::setValues(const QString& reason, const QString& category, const QString& severity, bool rework)
{
    m_reason->setPlainText(reason);
    m_category->setCurrentIndex(qMax(0, m_category->findData(category)));
    m_severity->setCurrentIndex(qMax(0, m_severity->findData(severity)));
    (rework ? m_rework : m_reject)->setChecked(true);
}

void ChecklistFailDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(reason().size() >= 3 && !category().isEmpty() && !severity().isEmpty()
                     && (m_rework->isChecked() || m_reject->isChecked()));
}

} // namespace cs::ui
