#pragma once

#include "ui/wizard/wizardpage.h"

#include <memory>

class QComboBox;

namespace Ui {
class WizardPageSink;
}

namespace cs::ui {

class BomPreviewWidget;

// Step 3: the configuration of one build (body, pegboard, basins, faucets, sprayers,
// CONFIGURATION.md 5), the build chosen at the top, with the live BOM preview beside it.
class WizardPageSink final : public WizardPage
{
    Q_OBJECT

public:
    explicit WizardPageSink(OrderWizard* wizard);
    ~WizardPageSink() override;

    BomPreviewWidget* preview() const;

    void initializePage() override;

protected:
    bool owns(const domain::ValidationIssue& issue) const override;
    void refresh() override;
    QString fieldPrefix() const override;

private:
    void changeBuild(const std::function<void(domain::SinkConfiguration&)>& fn);
    void rebind();

    const std::unique_ptr<Ui::WizardPageSink> m_ui;
};

// Fills a build selector with "1 · <build number>" entries marked when the build has errors.
// `mayShowCurrent`: whether an issue of the build being edited may show yet (quiet until touched).
void fillBuildSelector(QComboBox* box, const OrderWizard* wizard, const std::function<bool(const domain::ValidationIssue&)>& errorIn,
                       const std::function<bool(const domain::ValidationIssue&)>& mayShowCurrent);

} // namespace cs::ui
