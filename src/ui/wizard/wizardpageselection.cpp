#include "ui/wizard/wizardpageselection.h"

#include "ui/wizard/orderwizard.h"
#include "ui_wizardpageselection.h"

#include <QRegularExpressionValidator>

namespace cs::ui {

using domain::BuildEntry;
using domain::OrderConfiguration;
using domain::SinkConfiguration;
using domain::SinkFamily;

WizardPageSelection::WizardPageSelection(OrderWizard* wizard)
    : WizardPage(wizard)
    , m_ui(std::make_unique<Ui::WizardPageSelection>())
{
    m_ui->setupUi(this);
    setTitle(tr("Sink selection"));
    setSubTitle(tr("Step 2 of 5 · The sink family, how many sinks, and the build number of each sink."));
    bindField(QStringLiteral("family"), m_ui->familyComboBox, m_ui->familyErrorLabel);
    bindField(QStringLiteral("builds"), m_ui->quantitySpinBox, m_ui->quantityErrorLabel);
    setFallbackLabel(m_ui->quantityErrorLabel);

    auto* validator = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9-]{0,100}")), this);
    for (int i = 1; i <= 10; ++i) {
        auto* edit = findChild<QLineEdit*>(QStringLiteral("build%1LineEdit").arg(i));
        auto* label = findChild<QLabel*>(QStringLiteral("build%1ErrorLabel").arg(i));
        edit->setValidator(validator);
        m_buildEdits << edit;
        m_buildRows[0] << findChild<QWidget*>(QStringLiteral("build%1Label").arg(i));
        m_buildRows[1] << findChild<QWidget*>(QStringLiteral("build%1Field").arg(i));
        bindField(QStringLiteral("builds[%1].buildNumber").arg(i - 1), edit, label);
        const int index = i - 1;
        connect(edit, &QLineEdit::textChanged, this, [this, index](const QString& t) {
            change([&](OrderConfiguration& c) {
                if (index < c.builds.size())
                    c.builds[index].buildNumber = t;
            });
        });
    }
    connect(m_ui->familyComboBox, &QComboBox::currentIndexChanged, this, [this](int i) {
        change([&](OrderConfiguration& c) { c.family = SinkFamily(i + 1); });
    });
    connect(m_ui->quantitySpinBox, &QSpinBox::valueChanged, this, [this](int n) {
        change([&](OrderConfiguration& c) {
            while (c.builds.size() > n)
                c.builds.removeLast();
            while (c.builds.size() < n)
                c.builds.append(BuildEntry{QString(), SinkConfiguration{}});
        });
    });
    updateView();
}

WizardPageSelection::~WizardPageSelection() = default;

bool WizardPageSelection::owns(const domain::ValidationIssue& issue) const
{
    static const QRegularExpression buildNumber(QStringLiteral("^builds\\[\\d+\\]\\.buildNumber$"));
    return issue.field == u"family" || issue.field == u"builds" || buildNumber.match(issue.field).hasMatch();
}

void WizardPageSelection::refresh()
{
    const OrderConfiguration& c = configuration();
    setIndex(m_ui->familyComboBox, std::max(0, int(c.family) - 1));
    if (c.family != SinkFamily::Mdrd)
        m_ui->underConstructionMessage->showWarning(
            tr("This sink family is under construction and cannot be configured yet. Choose MDRD to continue."));
    else
        m_ui->underConstructionMessage->clear();
    const int n = int(c.builds.size());
    if (m_ui->quantitySpinBox->value() != n) {
        const QSignalBlocker block(m_ui->quantitySpinBox);
        m_ui->quantitySpinBox->setValue(n);
    }
    for (int i = 0; i < m_buildEdits.size(); ++i) {
        // (A grid, not a form layout: Qt 6.4's QFormLayout writes past its arrays when rows are shown again
        // in a scroll area that asks it for its height at a width.)
        m_buildRows[0].at(i)->setVisible(i < n);
        m_buildRows[1].at(i)->setVisible(i < n);
        if (i < n)
            setText(m_buildEdits.at(i), c.builds.at(i).buildNumber);
    }
}

} // namespace cs::ui
