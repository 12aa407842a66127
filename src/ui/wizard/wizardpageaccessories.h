#pragma once

#include "ui/wizard/wizardpage.h"

#include <memory>

class QSortFilterProxyModel;
class QStandardItemModel;

namespace Ui {
class WizardPageAccessories;
}

namespace cs::ui {

class BomPreviewWidget;

// Step 4: the accessories of one build, from the accessory library grouped by code prefix
// (CONFIGURATION.md 6), with their quantities, warnings and the live BOM preview.
class WizardPageAccessories final : public WizardPage
{
    Q_OBJECT

public:
    explicit WizardPageAccessories(OrderWizard* wizard);
    ~WizardPageAccessories() override;

    BomPreviewWidget* preview() const;

protected:
    bool owns(const domain::ValidationIssue& issue) const override;
    void refresh() override;
    QString fieldPrefix() const override;
    void initializePage() override;

private:
    void fillLibrary();
    void spanGroups();
    void addAccessory(const QString& id);
    QString libraryIdAt(const QModelIndex& proxyIndex) const;
    int selectedChoice() const;

    const std::unique_ptr<Ui::WizardPageAccessories> m_ui;
    QStandardItemModel* m_library;
    QSortFilterProxyModel* m_filter;
    QStandardItemModel* m_chosen;
};

} // namespace cs::ui
