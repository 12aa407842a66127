#include "ui/assembly/assemblybenchpage.h"

#include "data/common/session.h"
#include "domain/common/approle.h"
#include "domain/common/capabilities.h"
#include "ui/assembly/assemblyerrortext.h"
#include "ui/assembly/benchwidgets.h"
#include "ui/common/futurewatch.h"
#include "ui/common/messagebar.h"
#include "ui/common/signaturedialog.h"
#include "ui/common/statustext.h"
#include "ui/assembly/reworkpanel.h"
#include "ui/assembly/taskview.h"
#include "ui/qc/checklistpage.h"
#include "ui/qc/workwindow.h"

#include <QAction>
#include <QDate>
#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace cs::ui {

using BenchWidgets::bigButton;
using BenchWidgets::wrapLabel;

namespace {

const QStringList& productionSections()
{
    static const QStringList s{QStringLiteral("S2"), QStringLiteral("S2X"), QStringLiteral("S3")};
    return s;
}

const QStringList& packagingSections()
{
    static const QStringList s{QStringLiteral("S4")};
    return s;
}

int stackIndex(AssemblyBenchPage::Step step)
{
    using Step = AssemblyBenchPage::Step;
    switch (step) {
    case Step::Claim: return 0;
    case Step::Production:
    case Step::Packaging: return 1;
    case Step::Test: return 2;
    case Step::Closing: return 3;
    case Step::Rework: return 4;
    }
    return 0;
}

// Narrow: the production checks share the width with the work instruction.
constexpr int kStepListWidth = 160;

} // namespace

AssemblyBenchPage::AssemblyBenchPage(data::Session* session, const QString& orderId, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_repo(*session)
    , m_checklists(*session)
    , m_orderId(orderId)
    , m_header(new WorkWindowHeader(this))
    , m_refreshButton(bigButton("refreshButton", this))
    , m_message(new MessageBar(this))
    , m_steps(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("assemblyBenchPage"));
    auto* layout = new QVBoxLayout(this);
    // The title and the order over the whole width; Ctrl+W and Esc close the window.
    layout->addWidget(m_header);
    WorkWindowHeader::install(this);
    m_message->setObjectName(QStringLiteral("messageBar"));
    layout->addWidget(m_message);

    // The steps in a narrow column (each row as high as its words), Refresh below them; the step's work
    // takes the rest of the width.
    auto* body = new QHBoxLayout;
    auto* stepColumn = new QVBoxLayout;
    m_steps->setObjectName(QStringLiteral("stepList"));
    m_steps->setWordWrap(true);
    m_steps->setFixedWidth(kStepListWidth);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setTextElideMode(Qt::ElideNone);
    for (int i = 0; i <= int(Step::Rework); ++i)
        new QListWidgetItem(m_steps);
    stepColumn->addWidget(m_steps, 1);
    m_refreshButton->setFixedWidth(kStepListWidth);
    stepColumn->addWidget(m_refreshButton);
    body->addLayout(stepColumn);
    body->addWidget(m_stack, 1);
    layout->addLayout(body, 1);

    // Claim, hold, resume.
    auto* claimPage = new QWidget(m_stack);
    auto* claimLayout = new QVBoxLayout(claimPage);
    m_claimLabel = wrapLabel("claimLabel", claimPage);
    m_claimReason = wrapLabel("claimReasonLabel", claimPage);
    m_claimButton = bigButton("claimButton", claimPage);
    m_holdButton = bigButton("holdButton", claimPage);
    m_resumeButton = bigButton("resumeButton", claimPage);
    claimLayout->addWidget(m_claimLabel);
    claimLayout->addWidget(m_claimButton);
    claimLayout->addWidget(m_claimReason);
    claimLayout->addSpacing(24);
    claimLayout->addWidget(m_holdButton);
    claimLayout->addWidget(m_resumeButton);
    claimLayout->addStretch(1);
    m_stack->addWidget(claimPage);

    // The production checklist: its production sections, or its packing list with "Packaging complete".
    m_clpHost = new QWidget(m_stack);
    m_clpLayout = new QVBoxLayout(m_clpHost);
    m_clpLayout->setContentsMargins(0, 0, 0, 0);
    m_clpNote = wrapLabel("productionNoteLabel", m_clpHost);
    m_clpLayout->addWidget(m_clpNote);
    // The checklist (added when it opens) with, in its side pane, the task of its current item.
    m_taskView = new TaskView(session, m_clpHost);
    m_taskView->hide();
    auto* packagingRow = new QHBoxLayout;
    m_packagingReason = wrapLabel("packagingReasonLabel", m_clpHost);
    m_packagingButton = bigButton("packagingCompleteButton", m_clpHost);
    packagingRow->addWidget(m_packagingReason, 1);
    packagingRow->addWidget(m_packagingButton);
    m_clpLayout->addLayout(packagingRow);
    m_stack->addWidget(m_clpHost);

    // The end-of-line test.
    m_cltHost = new QWidget(m_stack);
    m_cltLayout = new QVBoxLayout(m_cltHost);
    m_cltLayout->setContentsMargins(0, 0, 0, 0);
    // Before the test can start: why, what is still missing (a click goes to it) and the way to step 2.
    m_cltBlocked = new QWidget(m_cltHost);
    m_cltBlocked->setObjectName(QStringLiteral("testBlockedPanel"));
    auto* blocked = new QVBoxLayout(m_cltBlocked);
    blocked->setContentsMargins(0, 0, 0, 0);
    m_cltNote = wrapLabel("testNoteLabel", m_cltBlocked);
    QFont noteFont = m_cltNote->font();
    noteFont.setBold(true);
    m_cltNote->setFont(noteFont);
    m_cltMissing = new QListWidget(m_cltBlocked);
    m_cltMissing->setObjectName(QStringLiteral("testMissingList"));
    m_cltMissing->setWordWrap(true);
    m_cltMissing->setAlternatingRowColors(true);
    m_cltMissing->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_toProductionButton = bigButton("toProductionButton", m_cltBlocked);
    blocked->addWidget(m_cltNote);
    blocked->addWidget(m_toProductionButton, 0, Qt::AlignLeft);
    blocked->addWidget(m_cltMissing, 1);
    m_cltLayout->addWidget(m_cltBlocked, 1);
    m_stack->addWidget(m_cltHost);
    connect(m_toProductionButton, &QPushButton::clicked, this, [this] {
        m_steps->setCurrentRow(int(Step::Production));
    });
    connect(m_cltMissing, &QListWidget::itemActivated, this, [this](QListWidgetItem* row) {
        const QStringList key = row->data(Qt::UserRole).toStringList();
        m_steps->setCurrentRow(int(Step::Production));
        if (m_clpPage && key.size() == 3)
            m_clpPage->goToItem(domain::ChecklistAnswerKey{key.at(0), key.at(1), key.at(2).toInt()});
    });
    connect(m_cltMissing, &QListWidget::itemClicked, m_cltMissing, &QListWidget::itemActivated);

    // The closing statement.
    auto* closingPage = new QWidget(m_stack);
    auto* closingLayout = new QVBoxLayout(closingPage);
    m_statement = wrapLabel("statementLabel", closingPage);
    m_closingReason = wrapLabel("closingReasonLabel", closingPage);
    m_closingButton = bigButton("signClosingButton", closingPage);
    closingLayout->addWidget(m_statement);
    closingLayout->addWidget(m_closingButton);
    closingLayout->addWidget(m_closingReason);
    closingLayout->addStretch(1);
    m_stack->addWidget(closingPage);

    // The rework after a failed QC.
    m_rework = new ReworkPanel(session, orderId, m_stack);
    m_stack->addWidget(m_rework);
    connect(m_rework, &ReworkPanel::message, this, &AssemblyBenchPage::showMessage);
    connect(m_rework, &ReworkPanel::failed, this,
            [this](const data::DbError& e, const QString& what) { fail(Action::Rework, e, what); });
    connect(m_rework, &ReworkPanel::changed, this, [this](bool moved) {
        if (moved)
            m_stepChosen = false;   // back to QC: the bench shows where the build is now
        else if (m_state && m_state->rework.testNeeded == false && m_state->rework.records.isEmpty())
            m_stepChosen = false;   // the first record: on to what it asks (the repeat of the test)
        reload();
        emit changed(m_orderId);
        emit actionFinished(Action::Rework, true);
    });

    m_steps->setCurrentRow(0);   // before the connection: the list's own first choice is no person's
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        if (isLoaded()) {
            m_stepChosen = true;
            showMessage(QString(), false);   // the person moves on: what was said belongs to the last step
        }
        showStep(Step(row));
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &AssemblyBenchPage::reload);
    connect(m_claimButton, &QPushButton::clicked, this, &AssemblyBenchPage::claim);
    connect(m_holdButton, &QPushButton::clicked, this, &AssemblyBenchPage::askPutOnHold);
    connect(m_resumeButton, &QPushButton::clicked, this, &AssemblyBenchPage::askResume);
    connect(m_packagingButton, &QPushButton::clicked, this, &AssemblyBenchPage::askCompletePackaging);
    connect(m_closingButton, &QPushButton::clicked, this, &AssemblyBenchPage::signClosing);
    // Ctrl+1 … Ctrl+6: the steps.
    for (int i = 0; i <= int(Step::Rework); ++i) {
        auto* go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        go->setShortcutContext(Qt::WindowShortcut);
        addAction(go);
        connect(go, &QAction::triggered, this, [this, i] {
            m_steps->setCurrentRow(i);
            m_steps->setFocus();
        });
    }

    updateFonts();
    retranslate();
    reload();
}

AssemblyBenchPage::~AssemblyBenchPage()
{
    m_load.cancel();
}

AssemblyBenchPage::Step AssemblyBenchPage::currentStep() const
{
    return m_steps->currentRow() < 0 ? Step::Claim : Step(m_steps->currentRow());
}

QString AssemblyBenchPage::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

QString AssemblyBenchPage::stepText(Step step) const
{
    return m_steps->item(int(step))->text();
}

QString AssemblyBenchPage::claimReasonText() const
{
    return m_claimReason->text();
}

QString AssemblyBenchPage::closingStatement() const
{
    return m_statement->text();
}

bool AssemblyBenchPage::mine() const
{
    return m_state && m_state->claimedBy(m_session->user().username);
}

bool AssemblyBenchPage::mayWork() const
{
    // The claimant, or an admin (the server checks it again).
    return mine() || m_session->user().role == domain::AppRole::Admin;
}

bool AssemblyBenchPage::inRework() const
{
    return m_state && (m_state->status == u"ReworkPreQC" || m_state->status == u"ReworkFinalQC");
}

bool AssemblyBenchPage::mayRework() const
{
    // The claimant, a coordinator or an admin (WORKFLOW.md 2.2; the server checks it again).
    return mayWork() || m_session->user().role == domain::AppRole::ProductionCoordinator;
}

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------
void AssemblyBenchPage::reload()
{
    m_load.cancel();
    m_load = m_repo.state(m_orderId);
    m_loading = true;
    updateHeader();
    updateActions();
    whenDone(this, m_load, [this](const data::Result<data::AssemblyState>& r) {
        m_loading = false;
        if (!r) {
            showMessage(tr("The build could not be read: %1").arg(AssemblyErrorText::words(r.error())), true);
            if (r.error().connectionLost() || r.error().kind == data::DbError::Kind::Timeout)
                emit queryFailed(r.error());
            updateHeader();
            updateActions();
            emit actionFinished(Action::Load, false);
            return;
        }
        applyState(r.value());
        emit loaded();
        emit actionFinished(Action::Load, true);
    });
}

void AssemblyBenchPage::applyState(const data::AssemblyState& state)
{
    const bool statusMoved = m_state && m_state->status != state.status;
    const bool newTest = m_state && m_state->cltId != state.cltId;
    m_state = state;
    m_rework->setState(state, mayRework());
    // A rework that touched the test: the attempt on screen (signed before the rework) gives way to a
    // new one.
    if (state.rework.testNeeded && state.cltState != u"open" && m_cltPage && m_cltPage->isSigned()) {
        m_cltPage->hide();
        m_cltPage->deleteLater();
        m_cltPage = nullptr;
        if (currentStep() == Step::Test)
            ensureTestPage();
    }
    if (statusMoved && m_clpPage)
        m_clpPage->reload();   // the stage decides which sections may be answered
    if (newTest && m_cltPage && m_cltPage->checklistId() != state.cltId && !state.cltId.isEmpty()
        && m_cltPage->isSigned() && state.cltState == u"open")
        m_cltPage->reload();
    updateHeader();
    if (!m_stepChosen)
        showStep(suggestedStep());
    else
        showStep(currentStep());
}

AssemblyBenchPage::Step AssemblyBenchPage::suggestedStep() const
{
    if (!m_state)
        return Step::Claim;
    const QString& status = m_state->status;
    if (inRework()) {
        if (domain::Capabilities::allows(m_session->user().role, domain::Capability::ClaimBuild) && !mine()
            && m_state->canClaim)
            return Step::Claim;
        if (m_state->rework.testNeeded && mayWork())
            return Step::Test;
        return Step::Rework;
    }
    if (status == u"ReadyForProduction") {
        if (!mayWork())
            return Step::Claim;
        if (m_state->clpId.isEmpty() || !m_state->clpMissing.isEmpty())
            return Step::Production;
        return Step::Test;
    }
    if (status == u"TestingComplete")
        return Step::Packaging;
    if (status == u"PackagingComplete" || status == u"ReadyForFinalQC" || m_state->closingSigned)
        return Step::Closing;
    return Step::Claim;
}

void AssemblyBenchPage::showStep(Step step)
{
    {
        const QSignalBlocker block(m_steps);
        m_steps->setCurrentRow(int(step));
    }
    m_stack->setCurrentIndex(stackIndex(step));
    if (step == Step::Production || step == Step::Packaging) {
        ensureProductionPage();
        if (m_clpPage)
            m_clpPage->setSectionFilter(step == Step::Production ? productionSections() : packagingSections());
        if (m_clpPage)
            m_clpPage->setCompanionShown(step == Step::Production);   // packing needs no instruction
        if (step == Step::Production)
            ensureTaskList();
    } else if (step == Step::Test) {
        ensureTestPage();
    }
    updateSteps();
    updateActions();
}

void AssemblyBenchPage::ensureProductionPage()
{
    if (m_clpPage || !m_state)
        return;
    const QString& status = m_state->status;
    const bool open = status == u"ReadyForProduction" || status == u"TestingComplete" || status == u"PackagingComplete";
    ChecklistPage* page = nullptr;
    if (!m_state->clpId.isEmpty())
        page = ChecklistPage::forChecklist(m_session, m_state->clpId, m_clpHost);
    else if (mayWork() && open)
        page = ChecklistPage::forBuild(m_session, m_orderId, QStringLiteral("CLP"), m_clpHost);
    if (!page)
        return;
    page->setObjectName(QStringLiteral("productionChecklistPage"));
    m_clpPage = page;
    // The bench says the build and the order: the page says its form. Its side pane holds the current
    // item's work instruction and, as a second tab, what is still to do.
    page->setEmbedded(true);
    page->setCompanion(m_taskView);
    page->setCompanionTitle(tr("&Work instruction"));
    m_clpLayout->insertWidget(1, page, 1);
    connect(page, &ChecklistPage::currentItemChanged, m_taskView, [this](const domain::ChecklistAnswerKey& key) {
        m_taskView->showItem(key.section, key.item, key.position);
    });
    ensureTaskList();
    connect(page, &ChecklistPage::loaded, this, [this] {
        updateSteps();
        updateActions();
    });
    connect(page, &ChecklistPage::answerSaved, this, [this] {
        updateSteps();
        updateActions();
        // The last production check stored: the server says whether the test may start now.
        if (m_state && m_state->status == u"ReadyForProduction" && (m_state->clpId.isEmpty() || !m_state->clpMissing.isEmpty()) && m_clpPage
            && m_clpPage->pendingCount() == 0 && m_clpPage->missingIn(productionSections()).isEmpty())
            reload();
    });
    connect(page, &ChecklistPage::endReached, this, [this] {
        m_focusPackaging = currentStep() == Step::Packaging;
        updateActions();
    });
    connect(page, &ChecklistPage::changed, this, [this] { reload(); });
    connect(page, &ChecklistPage::queryFailed, this, &AssemblyBenchPage::queryFailed);
}

void AssemblyBenchPage::ensureTaskList()
{
    // Read once; once more when the person becomes one who may make it (a claim).
    if (!m_state || !m_clpPage || (m_tasksAsked && (m_tasksMadeFor || !mayWork())))
        return;
    m_tasksAsked = true;
    m_tasksMadeFor = mayWork();
    m_taskView->load(m_orderId, m_tasksMadeFor);
}

void AssemblyBenchPage::ensureTestPage()
{
    if (m_cltPage || !m_state)
        return;
    ChecklistPage* page = nullptr;
    const bool repeat = m_state->rework.testNeeded && m_state->cltState != u"open";
    if (!m_state->cltId.isEmpty() && !(repeat && cannotTestReason().isEmpty()))
        page = ChecklistPage::forChecklist(m_session, m_state->cltId, m_cltHost);
    else if (cannotTestReason().isEmpty())
        page = ChecklistPage::forBuild(m_session, m_orderId, QStringLiteral("CLT"), m_cltHost);
    if (!page)
        return;
    page->setObjectName(QStringLiteral("testChecklistPage"));
    page->setEmbedded(true);
    m_cltPage = page;
    m_cltLayout->addWidget(page, 1);
    connect(page, &ChecklistPage::loaded, this, [this] {
        // An attempt the page opened (the first, or a new one after a FAIL): the server's state follows.
        if (m_state && m_cltPage && m_cltPage->checklistId() != m_state->cltId && !m_loading)
            reload();
        updateSteps();
        updateActions();
    });
    connect(page, &ChecklistPage::signedOff, this, [this] {
        m_stepChosen = false;   // a PASS moves the build on: so does the bench
    });
    connect(page, &ChecklistPage::changed, this, [this] {
        reload();
        emit changed(m_orderId);
    });
    connect(page, &ChecklistPage::queryFailed, this, &AssemblyBenchPage::queryFailed);
}

QString AssemblyBenchPage::cannotTestReason() const
{
    if (!m_state)
        return tr("Wait until the build has loaded.");
    if (!mayWork())
        return m_state->assigneeName.isEmpty()
                   ? tr("Claim the build first: the test is taken by the assembler who claimed it.")
                   : tr("%1 holds this build: the test is theirs.").arg(m_state->assigneeName);
    if (m_state->status == u"ReworkFinalQC") {
        if (m_state->rework.testNeeded || m_state->cltState == u"open")
            return QString();
        return m_state->rework.testDue ? tr("The end-of-line test was repeated and passed after the rework.")
                                       : tr("The end-of-line test is repeated when the recorded rework touched it (step 6).");
    }
    if (m_state->status != u"ReadyForProduction")
        return tr("The end-of-line test is taken while the build is Ready for production (it is %1 now).")
            .arg(StatusText::orderStatus(m_state->status));
    if (m_state->clpId.isEmpty() || !m_state->clpMissing.isEmpty())
        return m_state->clpId.isEmpty()
                   ? tr("The test starts when every production check is done. The production checks have not "
                        "been started yet.")
                   : tr("The test starts when every production check is done. Production checks still to do: %n.",
                        nullptr, int(m_state->clpMissing.size()));
    return QString();
}

// ---------------------------------------------------------------------------------------------
// What the steps say, and what may be done
// ---------------------------------------------------------------------------------------------
void AssemblyBenchPage::updateHeader()
{
    if (!m_state) {
        m_header->setTexts(m_loading ? tr("Opening the build…") : tr("Build not loaded"), QString());
        return;
    }
    const QString holder = m_state->assigneeName.isEmpty()
                               ? tr("nobody holds it")
                               : (mine() ? tr("claimed by you") : tr("held by %1").arg(m_state->assigneeName));
    QString sub = tr("PO %1 · %2 · status: %3 · %4")
                      .arg(m_state->poNumber, m_state->customerName, StatusText::orderStatus(m_state->status), holder);
    if (m_loading)
        sub += QStringLiteral(" · ") + tr("Loading…");
    m_header->setTexts(tr("Assembly — build %1").arg(m_state->buildNumber), sub);
}

void AssemblyBenchPage::updateSteps()
{
    const auto set = [this](Step step, const QString& text) { m_steps->item(int(step))->setText(text); };
    if (!m_state) {
        for (int i = 0; i <= int(Step::Rework); ++i)
            m_steps->item(i)->setText(QString());
        return;
    }
    const data::AssemblyState& s = *m_state;
    const QString& status = s.status;
    const bool beforeTest = status == u"ReadyForProduction" || status == u"OnHoldParts";
    const bool afterPackaging = status == u"PackagingComplete" || s.closingSigned
                                || !(beforeTest || status == u"TestingComplete");

    QString claim = s.assigneeName.isEmpty() ? tr("not claimed")
                    : mine()                 ? tr("claimed by you")
                                             : tr("held by %1").arg(s.assigneeName);
    if (status == u"OnHoldParts")
        claim = tr("on hold for parts");
    set(Step::Claim, tr("1 · Claim\n%1").arg(claim));

    QString production;
    if (!beforeTest)
        production = tr("done");
    else if (m_clpPage && m_clpPage->isLoaded())
        production = tr("%1 of %2 checked").arg(m_clpPage->answeredIn(productionSections())).arg(m_clpPage->applicableIn(productionSections()));
    else if (!s.clpId.isEmpty())
        production = tr("%1 of %2 checked").arg(s.productionAnswered).arg(s.productionAnswered + s.clpMissing.size());
    else
        production = tr("not started");
    set(Step::Production, tr("2 · Production checks\n%1").arg(production));

    QString test;
    if (s.rework.testNeeded)
        test = s.cltState == u"open" ? tr("repeat after the rework: attempt %1 open").arg(s.cltAttempt)
                                     : tr("to repeat after the rework");
    else if (s.testPassed() || !beforeTest)
        test = s.cltAttempt > 1 ? tr("passed (attempt %1)").arg(s.cltAttempt) : tr("passed");
    else if (s.cltResult == u"Fail")
        test = tr("attempt %1 failed: a new attempt is needed").arg(s.cltAttempt);
    else if (!s.cltId.isEmpty())
        test = tr("attempt %1 open").arg(qMax(1, s.cltAttempt));
    else
        test = tr("not started");
    set(Step::Test, tr("3 · End-of-line test\n%1").arg(test));

    QString packing;
    if (beforeTest)
        packing = tr("after the test");
    else if (afterPackaging)
        packing = tr("complete");
    else if (m_clpPage && m_clpPage->isLoaded())
        packing = tr("%1 of %2 confirmed").arg(m_clpPage->answeredIn(packagingSections())).arg(m_clpPage->applicableIn(packagingSections()));
    else
        packing = tr("to confirm: %n", nullptr, int(s.packingMissing.size()));
    set(Step::Packaging, tr("4 · Packaging\n%1").arg(packing));

    const QString closing = s.closingSigned || status == u"ReadyForFinalQC" ? tr("signed")
                            : status == u"PackagingComplete"                ? tr("to sign")
                                                                            : tr("after packaging");
    set(Step::Closing, tr("5 · Ready for inspection\n%1").arg(closing));

    QString rework;
    if (!s.rework.active)
        rework = tr("none open");
    else if (!s.rework.recorded())
        rework = s.rework.finalQc() ? tr("Final QC failed: to do") : tr("Pre-QC failed: to do");
    else if (!s.rework.blockers.isEmpty())
        rework = tr("recorded; still to do: %n", nullptr, int(s.rework.blockers.size()));
    else
        rework = tr("recorded; may return");
    set(Step::Rework, tr("6 · Rework\n%1").arg(rework));
    updateStepSizes();
}

void AssemblyBenchPage::updateStepSizes()
{
    // Word-wrapped rows of a list are as high as the style guesses, not as their words: each row is
    // measured at the list's width, so that no step's state is cut off.
    const QFontMetrics fm(m_steps->font());
    const int width = m_steps->viewport()->width() > 0 ? m_steps->viewport()->width() : kStepListWidth - 4;
    const int textWidth = width - 2 * (m_steps->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_steps) + 1) - 4;
    for (int i = 0; i < m_steps->count(); ++i) {
        QListWidgetItem* row = m_steps->item(i);
        const QRect text = fm.boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, row->text());
        row->setSizeHint(QSize(width, qMax(text.height() + 16, 56)));
    }
}

void AssemblyBenchPage::updateTestBlocked()
{
    m_cltBlocked->setVisible(!m_cltPage);
    if (m_cltPage)
        return;
    m_cltNote->setText(cannotTestReason());
    // Waiting for the production checks: what they still lack, each a way to it.
    const bool waitsForProduction = m_state && mayWork() && m_state->status == u"ReadyForProduction"
                                    && (m_state->clpId.isEmpty() || !m_state->clpMissing.isEmpty());
    m_toProductionButton->setVisible(waitsForProduction);
    m_cltMissing->clear();
    if (waitsForProduction) {
        if (m_clpPage && m_clpPage->isLoaded()) {
            for (const domain::ChecklistGap& g : m_clpPage->missingIn(productionSections())) {
                auto* row = new QListWidgetItem(m_clpPage->gapWords(g), m_cltMissing);
                row->setData(Qt::UserRole, QStringList{g.key.section, g.key.item, QString::number(g.key.position)});
            }
        } else {
            m_cltMissing->addItems(m_state->clpMissing);
        }
    }
    m_cltMissing->setVisible(m_cltMissing->count() > 0);
}

void AssemblyBenchPage::updateActions()
{
    const data::UserProfile& me = m_session->user();
    const bool loaded = isLoaded();
    const QString status = m_state ? m_state->status : QString();

    // Claim: the server says whether and why not.
    const bool assemblerRole = domain::Capabilities::allows(me.role, domain::Capability::ClaimBuild);
    m_claimButton->setVisible(assemblerRole && !mine());
    m_claimButton->setEnabled(loaded && !m_busy && m_state->canClaim);
    QString claimReason;
    if (!m_state)
        claimReason = m_loading ? tr("Loading…") : QString();
    else if (mine())
        claimReason = tr("You hold this build: its steps are yours.");
    else if (!m_state->canClaim)
        claimReason = m_state->claimBlockedBy.isEmpty() ? tr("This build cannot be claimed now.")
                                                        : tr("Cannot claim: %1").arg(m_state->claimBlockedBy);
    else if (inRework())
        claimReason = tr("Claim the build to do its rework.");
    else
        claimReason = tr("Claim the build to start its production checks.");
    m_claimReason->setText(claimReason);
    m_claimButton->setToolTip(m_claimButton->isEnabled() ? QString() : claimReason);
    m_claimLabel->setText(!m_state ? QString()
                          : m_state->assigneeName.isEmpty() ? tr("Nobody holds this build.")
                          : mine() ? tr("You hold this build (status: %1).").arg(StatusText::orderStatus(status))
                                   : tr("%1 holds this build (status: %2).")
                                         .arg(m_state->assigneeName, StatusText::orderStatus(status)));

    // On hold: the claimant, a coordinator or an admin; resume: procurement, a coordinator or an admin.
    const bool coordinator = me.role == domain::AppRole::ProductionCoordinator || me.role == domain::AppRole::Admin;
    m_holdButton->setVisible(status == u"ReadyForProduction" && (mine() || coordinator));
    m_holdButton->setEnabled(loaded && !m_busy);
    m_resumeButton->setVisible(status == u"OnHoldParts"
                               && (coordinator || me.role == domain::AppRole::ProcurementSpecialist));
    m_resumeButton->setEnabled(loaded && !m_busy);

    // Production and packaging.
    if (!m_clpPage)
        m_clpNote->setText(!m_state ? QString()
                           : mayWork()
                               ? tr("The production checklist opens while the build is in production.")
                               : tr("Claim the build first: its production checks are the claimant's."));
    m_clpNote->setVisible(!m_clpPage);
    const bool packagingStep = currentStep() == Step::Packaging;
    const QList<domain::ChecklistGap> packingGaps =
        m_clpPage && m_clpPage->isLoaded() ? m_clpPage->missingIn(packagingSections()) : QList<domain::ChecklistGap>{};
    const int pending = m_clpPage ? m_clpPage->pendingCount() : 0;
    QString packagingReason;
    if (status != u"TestingComplete")
        packagingReason = status == u"PackagingComplete" || status == u"ReadyForFinalQC"
                              ? tr("Packaging is complete.")
                              : tr("Packaging comes after the end-of-line test has passed.");
    else if (!mayWork())
        packagingReason = tr("Only the assembler who claimed the build (or an admin) completes packaging.");
    else if (!m_clpPage || !m_clpPage->isLoaded())
        packagingReason = tr("Wait until the packing list has loaded.");
    else if (pending > 0)
        packagingReason = tr("Saving answers, %n to go…", nullptr, pending);
    else if (!packingGaps.isEmpty())
        packagingReason = tr("Confirm every item of the packing list first. Still to confirm: %n.", nullptr,
                             int(packingGaps.size()));
    else
        packagingReason = tr("Everything is packed: complete packaging.");
    m_packagingButton->setVisible(packagingStep);
    m_packagingReason->setVisible(packagingStep);
    m_packagingReason->setText(packagingReason);
    m_packagingButton->setEnabled(loaded && !m_busy && status == u"TestingComplete" && mayWork() && m_clpPage
                                  && m_clpPage->isLoaded() && pending == 0 && packingGaps.isEmpty());
    if (m_focusPackaging && m_packagingButton->isEnabled()) {
        m_focusPackaging = false;
        m_packagingButton->setFocus(Qt::TabFocusReason);
    }

    // The test.
    updateTestBlocked();

    // The closing statement.
    const QString name = me.fullName.isEmpty() ? me.username : me.fullName;
    m_statement->setText(tr("I, %1, have checked this cabinet on %2 and verify that it is ready for inspection.")
                             .arg(name, QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
    QString closingReason;
    const bool signedAlready = m_state && (m_state->closingSigned || status == u"ReadyForFinalQC");
    if (signedAlready)
        closingReason = tr("The closing statement is signed: the build is ready for Final QC.");
    else if (status != u"PackagingComplete")
        closingReason = tr("The closing statement is signed once packaging is complete.");
    else if (!mayWork())
        closingReason = tr("Only the assembler who claimed the build (or an admin) signs the closing statement.");
    else if (m_state->clpId.isEmpty())
        closingReason = tr("The production checklist of this build is not on record.");
    else
        closingReason = tr("Sign with your password: the build goes to Ready for Final QC.");
    m_closingReason->setText(closingReason);
    m_closingButton->setVisible(!signedAlready);
    m_closingButton->setEnabled(loaded && !m_busy && !signedAlready && status == u"PackagingComplete" && mayWork()
                                && !m_state->clpId.isEmpty());
    m_refreshButton->setEnabled(!m_loading);
    m_rework->setOuterBusy(m_busy || m_loading);
}

// ---------------------------------------------------------------------------------------------
// Steps that write
// ---------------------------------------------------------------------------------------------
void AssemblyBenchPage::submitChange(Action action, const QFuture<data::Result<int>>& future, const QString& done)
{
    m_busy = true;
    updateActions();
    whenDone(this, future, [this, action, done](const data::Result<int>& r) {
        m_busy = false;
        if (!r) {
            fail(action, r.error(), action == Action::Claim       ? tr("Not claimed")
                                    : action == Action::Hold      ? tr("Not put on hold")
                                    : action == Action::Resume    ? tr("Not resumed")
                                    : action == Action::Rework    ? tr("Not done")
                                                                  : tr("Packaging not completed"));
            return;
        }
        showMessage(done, false);
        m_stepChosen = false;   // on to the step the build is at now
        reload();
        emit changed(m_orderId);
        emit actionFinished(action, true);
    });
}

void AssemblyBenchPage::fail(Action action, const data::DbError& e, const QString& what)
{
    if (e.connectionLost())
        showMessage(tr("%1: the connection was lost before the server answered, so it may or may not have been done. "
                       "Refresh when the connection is back to see which.")
                        .arg(what),
                    true);
    else
        showMessage(tr("%1: %2").arg(what, AssemblyErrorText::words(e)), true);
    if (e.connectionLost() || e.kind == data::DbError::Kind::Timeout)
        emit queryFailed(e);
    updateActions();
    if (e.code == u"E-STALE" || e.kind == data::DbError::Kind::Refused)
        reload();   // the server's view of the build
    emit actionFinished(action, false);
}

bool AssemblyBenchPage::claim()
{
    if (!isLoaded() || m_busy || !m_state->canClaim) {
        showMessage(claimReasonText(), true);
        return false;
    }
    submitChange(Action::Claim, m_repo.claim(m_orderId, m_state->rowVersion),
             inRework() ? tr("Build %1 is yours: its rework is below, with why it failed.").arg(m_state->buildNumber)
                        : tr("Build %1 is yours: start with its production checks.").arg(m_state->buildNumber));
    return true;
}

bool AssemblyBenchPage::askPutOnHold()
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(this, tr("On hold for parts"),
                                                          tr("Which parts are missing or wrong? (Procurement sees this "
                                                             "reason and resumes the build when the parts are here.)"),
                                                          QString(), &ok);
    return ok && putOnHold(reason);
}

bool AssemblyBenchPage::putOnHold(const QString& reason)
{
    if (!isLoaded() || m_busy)
        return false;
    if (reason.trimmed().size() < 3) {
        showMessage(tr("On hold needs a reason: say which parts are missing or wrong."), true);
        return false;
    }
    submitChange(Action::Hold, m_repo.putOnHold(m_orderId, reason.trimmed(), m_state->rowVersion),
             tr("Build %1 is on hold for parts.").arg(m_state->buildNumber));
    return true;
}

bool AssemblyBenchPage::askResume()
{
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Resume production"),
                                               tr("What was done about the parts? (a note for the history)"),
                                               QLineEdit::Normal, QString(), &ok);
    return ok && resume(note);
}

bool AssemblyBenchPage::resume(const QString& note)
{
    if (!isLoaded() || m_busy)
        return false;
    if (note.trimmed().size() < 3) {
        showMessage(tr("Resuming needs a note: say what was done about the parts."), true);
        return false;
    }
    submitChange(Action::Resume, m_repo.resume(m_orderId, note.trimmed(), m_state->rowVersion),
             tr("Build %1 is back in production.").arg(m_state->buildNumber));
    return true;
}

bool AssemblyBenchPage::askCompletePackaging()
{
    if (!m_packagingButton->isEnabled()) {
        showMessage(m_packagingReason->text(), true);
        return false;
    }
    QMessageBox box(QMessageBox::Question, tr("Packaging complete"),
                    tr("Mark the packaging of build %1 as complete?").arg(m_state->buildNumber), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("packagingConfirmBox"));
    box.setInformativeText(tr("The build moves to Packaging complete and its packing list can no longer be changed. "
                              "The next step is the closing statement, signed with your password."));
    QPushButton* yes = box.addButton(tr("Complete packaging"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(yes);
    box.exec();
    return box.clickedButton() == yes && completePackaging();
}

bool AssemblyBenchPage::completePackaging()
{
    if (!isLoaded() || m_busy)
        return false;
    submitChange(Action::Packaging, m_repo.completePackaging(m_orderId, QString(), m_state->rowVersion),
             tr("Packaging of build %1 is complete: sign the closing statement.").arg(m_state->buildNumber));
    return true;
}

bool AssemblyBenchPage::signClosing()
{
    if (!m_closingButton->isEnabled()) {
        showMessage(m_closingReason->text(), true);
        return false;
    }
    if (m_clpPage && (m_clpPage->pendingCount() > 0 || m_clpPage->isSending())) {
        showMessage(tr("Some answers are not stored yet; sign when they are saved."), true);
        return false;
    }
    const data::UserProfile& me = m_session->user();
    auto* dialog = new SignatureDialog(tr("Ready for inspection"), closingStatement(), me.fullName, me.initials, false, this);
    dialog->setObjectName(QStringLiteral("signatureDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<SignatureDialog> guard(dialog);
    const QString checklistId = m_state->clpId;
    connect(dialog, &SignatureDialog::signRequested, this, [this, guard, checklistId] {
        if (!guard)
            return;
        data::ChecklistSignOff signOff;
        signOff.checklistId = checklistId;
        signOff.pass = true;
        signOff.initials = guard->initials();
        signOff.notes = guard->note();
        guard->setBusy(true);
        m_busy = true;
        updateActions();
        showMessage(tr("Checking your password and signing…"), false);
        whenDone(this, m_checklists.sign(signOff, guard->password()), [this, guard](const data::Result<QString>& r) {
            m_busy = false;
            if (r) {
                if (guard)
                    guard->finishSigned();
                showMessage(tr("Signed: build %1 is ready for Final QC.").arg(m_state ? m_state->buildNumber : QString()), false);
                if (m_clpPage)
                    m_clpPage->reload();
                m_stepChosen = false;
                reload();
                emit changed(m_orderId);
                emit actionFinished(Action::Sign, true);
                return;
            }
            const data::DbError& e = r.error();
            if (guard && AssemblyErrorText::retrySignature(e)) {
                guard->showError(AssemblyErrorText::words(e));   // another try; nothing was signed
                showMessage(QString(), false);
                updateActions();
                emit actionFinished(Action::Sign, false);
                return;
            }
            if (guard) {
                guard->setBusy(false);
                guard->reject();
            }
            fail(Action::Sign, e, tr("Not signed"));
        });
    });
    dialog->open();
    return true;
}

// ---------------------------------------------------------------------------------------------
// Messages, language
// ---------------------------------------------------------------------------------------------
void AssemblyBenchPage::showMessage(const QString& text, bool error)
{
    if (text.isEmpty())
        m_message->clear();
    else
        m_message->showMessage(error ? MessageBar::Kind::Error : MessageBar::Kind::Info, text);
}

void AssemblyBenchPage::retranslate()
{
    m_refreshButton->setText(tr("&Refresh"));
    m_claimButton->setText(tr("&Claim this build"));
    m_holdButton->setText(tr("On &hold for parts…"));
    m_resumeButton->setText(tr("Re&sume production…"));
    m_packagingButton->setText(tr("Packa&ging complete…"));
    m_closingButton->setText(tr("&Sign the closing statement…"));
    m_toProductionButton->setText(tr("Go to the &production checks (step 2)"));
    if (m_clpPage)
        m_clpPage->setCompanionTitle(tr("&Work instruction"));
    updateHeader();
    updateSteps();
    updateActions();
}

void AssemblyBenchPage::updateFonts()
{
    // From the page's own font (the application's, larger in shop-floor mode).
    QFont statementFont = font();
    if (statementFont.pointSizeF() > 0)
        statementFont.setPointSizeF(statementFont.pointSizeF() * 1.2);
    m_statement->setFont(statementFont);
    updateStepSizes();
}

void AssemblyBenchPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange)
        updateFonts();
    QWidget::changeEvent(event);
}

} // namespace cs::ui
