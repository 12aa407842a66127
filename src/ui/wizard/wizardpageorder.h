#pragma once

#include "ui/wizard/wizardpage.h"

#include <memory>

namespace Ui {
class WizardPageOrder;
}

namespace cs::ui {

// Step 1: customer and order information, and the PO and drawing files (CONFIGURATION.md 3).
class WizardPageOrder final : public WizardPage
{
    Q_OBJECT

public:
    explicit WizardPageOrder(OrderWizard* wizard);
    ~WizardPageOrder() override;

protected:
    bool owns(const domain::ValidationIssue& issue) const override;
    void refresh() override;
    QStringList notices(const QString& field) const override;

private:
    void addDocument(const QString& documentType);
    void showAttachments();

    const std::unique_ptr<Ui::WizardPageOrder> m_ui;
};

} // namespace cs::ui
