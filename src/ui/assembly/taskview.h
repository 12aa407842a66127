#pragma once

#include "data/assembly/workinstructionrepository.h"
#include "data/common/result.h"

#include <QFuture>
#include <QWidget>

#include <optional>
#include <tuple>

class QLabel;

namespace cs::data {
class Session;
}

namespace cs::ui {

class WorkInstructionBrowser;

// Beside the production checklist on the assembler's bench: the task of the checklist's current item
// from the build's task list (cs.task_list, frozen when the build was claimed): the work instruction
// (title, key, version; the steps numbered, a safety note set apart, the images scaled to the panel's
// width, a click or Enter on one shows it large), the tools with their pictures and the parts to pick
// from the build's frozen BOM with their quantities. A task no instruction explains says so.
//
// The list is read (and made, for the claimant) through WorkInstructionRepository on the session's
// worker; each image is read the same way once (the repository keeps it) and shown when it arrives.
class TaskView final : public QWidget
{
    Q_OBJECT
public:
    explicit TaskView(data::Session* session, QWidget* parent = nullptr);
    ~TaskView() override;

    // Reads the build's task list; `ensure`: made on the server when the build has none yet (the
    // claimant or an Admin).
    void load(const QString& orderId, bool ensure);
    bool isLoaded() const { return m_loaded; }
    const data::BuildTaskList& taskList() const { return m_list; }
    // The task shown (none: the item has no task, or the list is not read yet).
    const data::BuildTask* currentTask() const;
    // What the panel says, as plain text.
    QString text() const;
    WorkInstructionBrowser* browser() const { return m_browser; }

public slots:
    // Shows the task of this CLP item (a per-basin item at its basin's position).
    void showItem(const QString& section, const QString& item, int position);

signals:
    void loaded(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    QString html();

    data::WorkInstructionRepository m_repo;
    QString m_orderId;
    data::BuildTaskList m_list;
    QFuture<data::Result<data::BuildTaskList>> m_load;
    bool m_loaded = false;
    bool m_loading = false;
    QString m_error;
    int m_current = -1;                                        // index into m_list.tasks
    std::optional<std::tuple<QString, QString, int>> m_item;   // the item asked for

    QLabel* m_heading;
    WorkInstructionBrowser* m_browser;
};

} // namespace cs::ui
