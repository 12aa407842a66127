#pragma once

#include "ui/wizard/wizardpage.h"

#include <QList>

#include <memory>

class QLineEdit;

namespace Ui {
class WizardPageSelection;
}

namespace cs::ui {

// Step 2: sink family, quantity and one build number per sink (CONFIGURATION.md 4).
class WizardPageSelection final : public WizardPage
{
    Q_OBJECT

public:
    explicit WizardPageSelection(OrderWizard* wizard);
    ~WizardPageSelection() override;

protected:
    bool owns(const domain::ValidationIssue& issue) const override;
    void refresh() override;

private:
    const std::unique_ptr<Ui::WizardPageSelection> m_ui;
    QList<QLineEdit*> m_buildEdits;
    QList<QWidget*> m_buildRows[2]; // labels and fields, shown for the first `quantity`
};

} // namespace cs::ui
