#pragma once

#include "data/qc/checklistrepository.h"
#include "data/qc/templateusage.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace cs::data {
class Session;
}

namespace cs::ui {

class MessageBar;
template<typename Row>
class RowTableModel;

// Admin: the checklist templates (Pre-QC, Final QC, production CLP, end-of-line test CLT), every stored
// version of each: draft or published, the one new checklists use, who made and published it, and how
// many checklists and results were filled on it; below, the checklists of the selected version (build,
// form, attempt, who signed and when, or open), read on the session's worker. Import a file as a new
// draft version (read and parsed on a pool thread; the engine lists every problem and nothing is
// stored), look at a version's content, publish a draft. A published version never changes; the
// server refuses any change to it.
class ChecklistTemplatesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ChecklistTemplatesDialog(data::Session* session, QWidget* parent = nullptr);
    ~ChecklistTemplatesDialog() override;

    // For tests: import the file at `path` / publish the selected draft, as the buttons do after their
    // questions. actionFinished() tells how it went.
    void importFile(const QString& path);
    bool publishSelected();
    bool selectVersion(const QString& key, int version);
    const QList<data::ChecklistTemplateVersion>& versions() const;
    QString messageText() const;
    // The checklists of the selected version as last read (usesShown() after each read) and whether the
    // dialog is busy (reading a file, storing, publishing).
    const QList<data::TemplateUse>& uses() const;
    bool isBusy() const { return m_busy; }

signals:
    void actionFinished(bool ok);
    void usesShown();

private:
    const data::ChecklistTemplateVersion* selected() const;
    void updateButtons();
    void askImport();
    void askPublish();
    void showSelected();
    void showUses();
    void setBusy(bool busy);
    void storeTemplate(const QString& path, const QJsonObject& json);

    data::ChecklistRepository m_repository;
    data::TemplateUsage m_usage;
    RowTableModel<data::ChecklistTemplateVersion>* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    RowTableModel<data::TemplateUse>* m_usesModel;
    QTableView* m_usesView;
    QLabel* m_usesTitle;
    QString m_usesOf;           // the template id whose checklists are shown
    MessageBar* m_messageBar;
    QPushButton* m_importButton;
    QPushButton* m_publishButton;
    QPushButton* m_viewButton;
    bool m_busy = false;
};

} // namespace cs::ui
