#pragma once

#include "data/qc/checklistrepository.h"

#include <QDialog>

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
// many checklists and results were filled on it. Import a file as a new draft version (the engine lists
// every problem and nothing is stored), look at a version's content, publish a draft. A published
// version never changes; the server refuses any change to it.
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

signals:
    void actionFinished(bool ok);

private:
    const data::ChecklistTemplateVersion* selected() const;
    void updateButtons();
    void askImport();
    void askPublish();
    void showSelected();
    void setBusy(bool busy);

    data::ChecklistRepository m_repository;
    RowTableModel<data::ChecklistTemplateVersion>* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    MessageBar* m_messageBar;
    QPushButton* m_importButton;
    QPushButton* m_publishButton;
    QPushButton* m_viewButton;
    bool m_busy = false;
};

} // namespace cs::ui
