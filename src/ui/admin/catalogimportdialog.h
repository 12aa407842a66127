#pragma once

#include "data/catalog/catalogimportrepository.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cs::data {
class Session;
}

namespace cs::ui {

class MessageBar;

// The admin's catalog import: a folder with the customer's categories.json, parts.json and
// assemblies.json is chosen, read and checked off the GUI thread; every problem is listed with the file
// and the item it concerns, and nothing can be imported while there is one. A clean catalog shows what it
// holds, and is imported (all or nothing, in one transaction) only when the admin confirms. Order forms
// and BOM checks read the new catalog revision from then on; BOMs already frozen do not change.
class CatalogImportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit CatalogImportDialog(data::Session* session, QWidget* parent = nullptr);
    ~CatalogImportDialog() override;

    // Reads and checks the folder (as choosing it does); checked() follows.
    void checkFolder(const QString& directory);
    const std::optional<data::CatalogImportCheck>& lastCheck() const { return m_check; }
    // Imports the checked catalog without the confirmation (the button asks first); false when there is
    // nothing importable.
    bool importChecked();
    const std::optional<data::CatalogImportSummary>& imported() const { return m_imported; }
    QString messageText() const;
    QTableWidget* problemsTable() const { return m_problems; }
    QPushButton* importButton() const { return m_import; }

signals:
    void checked();
    void actionFinished(bool ok);

private:
    void chooseFolder();
    void confirmAndImport();
    void showCheck();
    void setBusy(bool busy);

    data::CatalogImportRepository m_repository;
    std::optional<data::CatalogImportCheck> m_check;
    std::optional<data::CatalogImportSummary> m_imported;
    bool m_busy = false;
    MessageBar* m_message;
    QLineEdit* m_folder;
    QPushButton* m_choose;
    QLabel* m_summary;
    QTableWidget* m_problems;
    QPushButton* m_import;
};

} // namespace cs::ui
