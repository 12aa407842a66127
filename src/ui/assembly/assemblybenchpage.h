#pragma once

#include "data/assembly/assemblyrepository.h"
#include "data/common/result.h"
#include "data/qc/checklistrepository.h"

#include <QFuture>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace cs::data {
class Session;
}

namespace cs::ui {

class ChecklistPage;
class MessageBar;
class ReworkPanel;
class SignatureDialog;
class TaskView;
class WorkWindowHeader;

// The assembler's bench for one build: a window like the order page, with the steps of the build in a
// list on the left (each with its progress) and the step's work on the right:
//   Claim           who holds the build; Claim (disabled with the server's reason in words when it
//                   cannot be claimed); On hold for parts (a reason) and Resume (a note).
//   Production      the production checklist (CLP sections S2, S2X, S3) on the checklist screen, and
//                   beside it the current item's task (TaskView: work instruction, tools, parts).
//   End-of-line     the end-of-line test (CLT): serials by scan, readings with their limits, PASS or
//   test            FAIL signed with the password; a FAIL offers a new attempt.
//   Packaging       the CLP's packing list (section S4) with its quantities, each confirmed; then
//                   "Packaging complete…" after a confirmation that says what will happen.
//   Ready for       the closing statement ("I, <name>, have checked this cabinet on <date> …") signed
//   inspection      with the password: the build goes to Ready for Final QC.
//   Rework          a build in ReworkPreQC or ReworkFinalQC (ReworkPanel): why it failed, the rework's
//                   notes, what it touched and its photos, "Rework done"; for a Final QC rework the
//                   end-of-line test step then opens the repeat attempt, and "Return to Final QC" is
//                   enabled when the server has nothing left to ask.
// Where the build stands comes from the server (cs.assembly_state through AssemblyRepository), read
// again after every step; everything runs off the GUI thread; every refusal is said in words
// (AssemblyErrorText). The steps are reachable by keyboard (Ctrl+1 … Ctrl+6, the list, Tab).
class AssemblyBenchPage final : public QWidget
{
    Q_OBJECT
public:
    enum class Step { Claim, Production, Test, Packaging, Closing, Rework };
    Q_ENUM(Step)
    enum class Action { Load, Claim, Hold, Resume, Packaging, Sign, Rework };
    Q_ENUM(Action)

    AssemblyBenchPage(data::Session* session, const QString& orderId, QWidget* parent = nullptr);
    ~AssemblyBenchPage() override;

    QString orderId() const { return m_orderId; }
    bool isLoaded() const { return m_state.has_value() && !m_loading; }
    const std::optional<data::AssemblyState>& state() const { return m_state; }
    Step currentStep() const;
    QString messageText() const;
    QString stepText(Step step) const;
    QString claimReasonText() const;
    QString closingStatement() const;

    QListWidget* stepList() const { return m_steps; }
    QPushButton* claimButton() const { return m_claimButton; }
    QPushButton* holdButton() const { return m_holdButton; }
    QPushButton* resumeButton() const { return m_resumeButton; }
    QPushButton* packagingButton() const { return m_packagingButton; }
    QPushButton* closingButton() const { return m_closingButton; }
    // The checklist screens of the steps (nullptr until the step was opened and could be).
    ChecklistPage* productionPage() const { return m_clpPage; }
    ChecklistPage* testPage() const { return m_cltPage; }
    // Beside the production checks: the current item's task (work instruction, tools, parts).
    TaskView* taskView() const { return m_taskView; }
    // The rework step (a build in rework).
    ReworkPanel* reworkPanel() const { return m_rework; }
    // The test step before the production checks are done: what they still lack, and the way to them.
    QListWidget* testMissingList() const { return m_cltMissing; }
    QPushButton* toProductionButton() const { return m_toProductionButton; }

public slots:
    void reload();
    void showStep(cs::ui::AssemblyBenchPage::Step step);
    bool claim();
    // Asks a reason, then puts the build on hold for parts.
    bool askPutOnHold();
    bool putOnHold(const QString& reason);
    bool askResume();
    bool resume(const QString& note);
    // Asks for confirmation (what will happen), then completes packaging.
    bool askCompletePackaging();
    bool completePackaging();
    // Opens the signature of the closing statement.
    bool signClosing();

signals:
    void loaded();
    // The build moved or its records changed (the home lists, the board and the order page follow).
    void changed(const QString& orderId);
    void queryFailed(const cs::data::DbError& error);
    void actionFinished(cs::ui::AssemblyBenchPage::Action action, bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyState(const data::AssemblyState& state);
    void ensureProductionPage();
    void ensureTestPage();
    void ensureTaskList();
    void updateSteps();
    void updateActions();
    void updateHeader();
    Step suggestedStep() const;
    bool mine() const;
    bool mayWork() const;
    bool mayRework() const;
    bool inRework() const;
    QString cannotTestReason() const;
    void submitChange(Action action, const QFuture<data::Result<int>>& future, const QString& done);
    void fail(Action action, const data::DbError& error, const QString& what);
    void showMessage(const QString& text, bool error);
    void retranslate();
    void updateFonts();
    // Each step's row as high as its words at the list's width.
    void updateStepSizes();
    // What the production checks still lack, for the test step that waits for them.
    void updateTestBlocked();

    data::Session* m_session;
    data::AssemblyRepository m_repo;
    data::ChecklistRepository m_checklists;
    QString m_orderId;
    std::optional<data::AssemblyState> m_state;
    QFuture<data::Result<data::AssemblyState>> m_load;
    bool m_loading = false;
    bool m_busy = false;
    bool m_stepChosen = false;   // the person chose a step: a reload keeps it
    bool m_focusPackaging = false;   // Enter on the last packing item: "Packaging complete" takes the focus

    WorkWindowHeader* m_header;
    QPushButton* m_refreshButton;
    MessageBar* m_message;
    QListWidget* m_steps;
    QStackedWidget* m_stack;
    // Claim
    QLabel* m_claimLabel;
    QLabel* m_claimReason;
    QPushButton* m_claimButton;
    QPushButton* m_holdButton;
    QPushButton* m_resumeButton;
    // Production checks and packaging share the CLP's screen (its sections filtered).
    QWidget* m_clpHost;
    QVBoxLayout* m_clpLayout;
    QLabel* m_clpNote;
    QPointer<ChecklistPage> m_clpPage;
    TaskView* m_taskView;
    bool m_tasksAsked = false;
    bool m_tasksMadeFor = false;   // the task list was asked for as one who may make it
    QPushButton* m_packagingButton;
    QLabel* m_packagingReason;
    // End-of-line test
    QWidget* m_cltHost;
    QVBoxLayout* m_cltLayout;
    QWidget* m_cltBlocked;              // before the test can start: why, what is missing, the way to step 2
    QLabel* m_cltNote;
    QListWidget* m_cltMissing;
    QPushButton* m_toProductionButton;
    QPointer<ChecklistPage> m_cltPage;
    // Closing statement
    QLabel* m_statement;
    QLabel* m_closingReason;
    QPushButton* m_closingButton;
    // Rework
    ReworkPanel* m_rework;
};

} // namespace cs::ui
