#pragma once

#include "ui/common/messagebar.h"
#include "ui/wizard/wizardpage.h"

#include <memory>

class QTextBrowser;

namespace Ui {
class WizardPageReview;
}

namespace cs::ui {

// Step 5: the whole order, per build its configuration, warnings and BOM, with "edit" links back to
// each step; Finish submits (CONFIGURATION.md 7).
class WizardPageReview final : public WizardPage
{
    Q_OBJECT

public:
    explicit WizardPageReview(OrderWizard* wizard);
    ~WizardPageReview() override;

    QTextBrowser* browser() const;
    // What became of a submit (a refusal, a lost connection, a stop), above its progress.
    void showSubmitMessage(MessageBar::Kind kind, const QString& message);
    void clearSubmitMessage();
    // The progress of a submit under the review: `text` says what runs, the bar is at value of maximum.
    void showSubmitProgress(const QString& text, int value, int maximum);
    void hideSubmitProgress();

    // Not complete while a submit runs: Finish stays off.
    bool isComplete() const override;

protected:
    bool owns(const domain::ValidationIssue& issue) const override;
    void refresh() override;
    void initializePage() override;

private:
    QString html() const;

    const std::unique_ptr<Ui::WizardPageReview> m_ui;
};

} // namespace cs::ui
