#pragma once

#include "data/assembly/workinstructionrepository.h"

#include <QDialog>
#include <QStringList>

class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace cs::data {
class Session;
}

namespace cs::ui {

class MessageBar;
class WorkInstructionBrowser;
template<typename Row>
class RowTableModel;

// Admin: the work instructions, every version of each key: draft or published, the one in force, who
// made and published it and when. A version shows beside the list with its CLP items, assemblies,
// tools and steps (safety notes, pictures). Import a file (the instruction's JSON; its steps' pictures
// named as PNG or JPEG files beside it) as a new draft: the pictures are stored first, then the server
// checks the content; every problem (a picture file that cannot be read, an unknown CLP item, tool or
// picture, an empty step) is listed and nothing is stored as a draft. Publish a draft. The tools list
// opens from here too (ToolsDialog). Everything runs off the GUI thread.
class WorkInstructionsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit WorkInstructionsDialog(data::Session* session, QWidget* parent = nullptr);
    ~WorkInstructionsDialog() override;

    // For tests: as the buttons do after their questions; actionFinished() tells how it went.
    void importFile(const QString& path);
    bool publishSelected();
    bool selectVersion(const QString& key, int version);
    const QList<data::WorkInstructionVersion>& versions() const;
    const data::WorkInstructionVersion* selected() const;
    // The problems of the last import that was refused (empty after a good one).
    QStringList problems() const;
    QString messageText() const;
    WorkInstructionBrowser* versionView() const { return m_browser; }

signals:
    void actionFinished(bool ok);

private:
    struct InstructionFile;
    static InstructionFile readInstructionFile(const QString& path);
    void updateButtons();
    void askImport();
    void askPublish();
    void showTools();
    void setBusy(bool busy);
    void showProblems(const QStringList& problems);
    void sendImport(QJsonObject content, QStringList problems, QStringList missingNames);
    QString versionHtml();

    data::Session* m_session;
    data::WorkInstructionRepository m_repository;
    RowTableModel<data::WorkInstructionVersion>* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    WorkInstructionBrowser* m_browser;
    MessageBar* m_messageBar;
    QListWidget* m_problems;
    QPushButton* m_importButton;
    QPushButton* m_publishButton;
    QPushButton* m_toolsButton;
    bool m_busy = false;
};

} // namespace cs::ui
