#include "ui/orders/orderpage.h"

#include "data/catalog/catalogcache.h"
#include "data/common/session.h"
#include "data/orders/bomcheck.h"
#include "domain/common/capabilities.h"
#include "print/bomexport.h"
#include "ui/common/futurewatch.h"
#include "ui/common/messagebar.h"
#include "ui/common/signaturedialog.h"
#include "ui/common/windowkeys.h"
#include "ui/common/statustext.h"
#include "ui/orders/bomcheckdialog.h"
#include "ui/orders/bomflatmodel.h"
#include "ui/orders/bomtreemodel.h"
#include "ui/orders/conflictdialog.h"
#include "ui/orders/documentsmodel.h"
#include "ui/orders/orderbomtab.h"
#include "ui/orders/orderdocumentstab.h"
#include "ui/orders/orderhistorytab.h"
#include "ui/orders/orderoverviewtab.h"
#include "ui/orders/transitiondialog.h"
#include "ui/orders/transitionguard.h"
#include "ui/printing/labelprinting.h"
#include "ui/printing/travelerprinting.h"
#include "ui_orderpage.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QTabBar>
#include <QTimer>
#include <QToolButton>

namespace cs::ui {

using data::AppRole;

namespace {

QString dateTimeText(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

bool isCoordinator(AppRole role)
{
    return role == AppRole::ProductionCoordinator || role == AppRole::Admin;
}

bool isProcurement(AppRole role)
{
    return role == AppRole::ProcurementSpecialist || role == AppRole::Admin;
}

} // namespace

OrderPage::OrderPage(data::Session* session, const QString& orderId, data::CatalogCache* catalog, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrderPage>())
    , m_session(session)
    , m_catalog(catalog)
    , m_pages(*session)
    , m_edits(*session)
    , m_workflow(*session)
    , m_overview(new OrderOverviewTab(this))
    , m_history(new OrderHistoryTab(this))
    , m_bomTab(new OrderBomTab(this))
    , m_documents(new OrderDocumentsTab(*session, this))
    , m_orderId(orderId)
    , m_qc(*session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("orderPage"));
    m_ui->loadingLabel->setStyleSheet(QStringLiteral("color: #555555; font-style: italic;"));
    m_ui->lateLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_ui->loadingLabel->hide();
    m_ui->busyProgressBar->hide();
    m_ui->shipmentLabel->hide();
    // A stable layout: the message bar keeps the room of one message while none shows, and the header the
    // height of its tallest action (the QC and bench actions come and go with the status), so nothing on
    // the page moves under the pointer when a message appears or the build changes status.
    m_ui->messageBar->showMessage(MessageBar::Kind::Info, QStringLiteral(" "));
    m_ui->messageBar->setMinimumHeight(m_ui->messageBar->sizeHint().height());
    m_ui->messageBar->clear();
    QSizePolicy barPolicy = m_ui->messageBar->sizePolicy();
    barPolicy.setRetainSizeWhenHidden(true);
    m_ui->messageBar->setSizePolicy(barPolicy);
    // At least 40 px, and never squeezed below what the style asks (48 px in shop-floor mode).
    m_ui->reloadButton->setMinimumHeight(40);
    m_ui->reloadButton->setSizePolicy(m_ui->reloadButton->sizePolicy().horizontalPolicy(), QSizePolicy::Fixed);
    // Ctrl+W closes the order window (shop-floor PCs run without a window manager's close button).
    auto* closeWindow = new QShortcut(this);
    closeWindow->setKeys(closeWindowKeys());
    closeWindow->setContext(Qt::WindowShortcut);
    connect(closeWindow, &QShortcut::activated, this, [this] {
        if (isWindow())
            close();
    });
    m_ui->tabWidget->addTab(m_overview, QString());
    m_overview->setCatalogSource(catalog);   // the accessories' names in the configuration's tables
    m_ui->tabWidget->addTab(m_history, QString());
    m_ui->tabWidget->addTab(m_bomTab, QString());
    m_ui->tabWidget->addTab(m_documents, QString());
    m_documents->setOrder(orderId);

    connect(m_ui->reloadButton, &QPushButton::clicked, this, &OrderPage::reload);
    // QC: the checklist of a build ready for it, and the build's checklists (signed ones open read-only).
    m_checklistButton = new QPushButton(this);
    m_checklistButton->setObjectName(QStringLiteral("checklistButton"));
    m_checklistButton->setMinimumHeight(40);
    m_checklistButton->hide();
    m_qcRecordsButton = new QToolButton(this);
    m_qcRecordsButton->setObjectName(QStringLiteral("qcRecordsButton"));
    m_qcRecordsButton->setPopupMode(QToolButton::InstantPopup);
    m_qcRecordsButton->setMinimumHeight(40);
    m_qcRecordsButton->setSizePolicy(m_qcRecordsButton->sizePolicy().horizontalPolicy(), QSizePolicy::Fixed);
    m_qcRecordsMenu = new QMenu(m_qcRecordsButton);
    m_qcRecordsButton->setMenu(m_qcRecordsMenu);
    m_qcRecordsButton->hide();
    const int at = m_ui->headerLayout->indexOf(m_ui->reloadButton);
    m_ui->headerLayout->insertWidget(at, m_qcRecordsButton);
    m_ui->headerLayout->insertWidget(at, m_checklistButton);
    connect(m_checklistButton, &QPushButton::clicked, this, [this] {
        if (m_detail.status == u"ReadyForPreQC")
            emit openChecklist(m_orderId, QStringLiteral("PreQC"));
        else if (m_detail.status == u"ReadyForFinalQC")
            emit openChecklist(m_orderId, QStringLiteral("FinalQC"));
        else
            emit openBench(m_orderId);
    });
    connect(m_overview, &OrderOverviewTab::editsChanged, this, &OrderPage::updatePermissions);
    connect(m_overview, &OrderOverviewTab::saveRequested, this, &OrderPage::save);
    connect(m_overview, &OrderOverviewTab::transitionRequested, this, &OrderPage::runTransition);
    connect(m_overview, &OrderOverviewTab::assignRequested, this, &OrderPage::assign);
    connect(m_overview, &OrderOverviewTab::claimRequested, this, &OrderPage::claim);
    connect(m_overview, &OrderOverviewTab::printTravelerRequested, this, &OrderPage::printTraveler);
    connect(m_overview, &OrderOverviewTab::printLabelsRequested, this, &OrderPage::printLabels);
    connect(m_overview, &OrderOverviewTab::zplPreviewRequested, this, &OrderPage::previewZpl);
    connect(m_overview, &OrderOverviewTab::exportTravelerRequested, this, [this] {
        const QString path = TravelerPrinting::saveFileName(this, tr("Export traveler PDF"),
                                                             QStringLiteral("%1-traveler.pdf").arg(m_detail.buildNumber),
                                                             tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            exportTravelerPdf(path);
    });
    connect(m_bomTab, &OrderBomTab::decideRequested, this, &OrderPage::decideBom);
    connect(m_bomTab, &OrderBomTab::exportCsvRequested, this, [this](bool flat) { exportBom(true, flat); });
    connect(m_bomTab, &OrderBomTab::exportPdfRequested, this, [this] { exportBom(false, false); });
    connect(m_documents, &OrderDocumentsTab::message, this, &OrderPage::showMessage);
    connect(m_documents, &OrderDocumentsTab::documentDone, this, &OrderPage::documentDone);
    connect(m_documents, &OrderDocumentsTab::failed, this, &OrderPage::queryFailed);
    connect(m_documents, &OrderDocumentsTab::documentsChanged, this, [this](bool attached) {
        reload();   // the list of documents
        if (attached)
            emit changed(m_orderId);
    });

    retranslate();
    reload();
}

OrderPage::~OrderPage()
{
    // A load still queued or running is not wanted any more (writes are left to finish).
    m_load.cancel();
}

QString OrderPage::messageText() const
{
    return m_ui->messageBar->isVisibleTo(this) ? m_ui->messageBar->text() : QString();
}

BomTreeModel* OrderPage::bomTreeModel() const
{
    return m_bomTab->treeModel();
}

QSortFilterProxyModel* OrderPage::bomTreeProxy() const
{
    return m_bomTab->treeProxy();
}

BomFlatModel* OrderPage::bomFlatModel() const
{
    return m_bomTab->flatModel();
}

DocumentsModel* OrderPage::documentsModel() const
{
    return m_documents->model();
}

QStandardItemModel* OrderPage::historyModel() const
{
    return m_history->model();
}

QPushButton* OrderPage::transitionButton(const QString& toStatus) const
{
    return m_overview->transitionButton(toStatus);
}

bool OrderPage::isDocumentBusy() const
{
    return m_documents->isBusy();
}

bool OrderPage::attachFile(const QString& path, const QString& documentType)
{
    return m_documents->attachFile(path, documentType);
}

bool OrderPage::saveDocumentCopy(int row, const QString& path)
{
    return m_documents->saveDocumentCopy(row, path);
}

bool OrderPage::openDocumentAt(int row)
{
    return m_documents->openDocumentAt(row);
}

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------
void OrderPage::reload()
{
    // The load this one replaces is cancelled: skipped on the worker when still queued, its statement
    // cancelled when running, and its answer dropped.
    m_load.cancel();
    m_load = m_pages.load(m_orderId);
    setLoading(true);
    whenDone(this, m_load, [this](const data::Result<data::OrderPageData>& r) {
        if (r)
            showLoad(r.value());
        else
            failLoad(r.error());
    });
}

void OrderPage::showLoad(const data::OrderPageData& page)
{
    const bool statusChanged = m_loaded && page.detail.status != m_detail.status;
    m_detail = page.detail;
    m_readySince = {};
    for (const data::HistoryEntry& h : page.history)
        if (h.toStatus == u"ReadyForShip" && h.fromStatus != u"ReadyForShip"
            && (!m_readySince.isValid() || h.at.toLocalTime().date() > m_readySince))
            m_readySince = h.at.toLocalTime().date();
    m_bom = page.bom;
    m_transitions = page.transitions;
    m_overview->showOrder(m_detail, m_transitions, page.assignable);
    m_history->showHistory(page.history);
    m_bomTab->showBom(m_bom, m_detail);
    m_documents->showDocuments(page.documents);
    showHeader();
    m_loaded = true;
    loadChecklists();
    loadShipment();
    if (!m_loadError.isEmpty() && m_ui->messageBar->text() == m_loadError)
        showMessage(QString(), false);   // the failure of an earlier load is over
    m_loadError.clear();
    setLoading(false);
    if (statusChanged)
        guardActionsAfterStatusChange();
    emit loaded();
}

void OrderPage::failLoad(const data::DbError& error)
{
    QString words;
    if (error.code == u"E-ORDER-NOT-FOUND") {
        words = tr("This order no longer exists; it may have been deleted.");
    } else {
        if (error.connectionLost())
            words = tr("The order could not be loaded: the server cannot be reached right now. "
                       "It is read again when the connection is back.");
        else if (error.kind == data::DbError::Kind::Permission)
            words = tr("This order cannot be shown to you.");
        else
            words = tr("The order could not be loaded: %1").arg(error.userMessage());
        emit queryFailed(error);
    }
    m_loadError = words;
    setLoading(false);
    showMessage(words, true, error.qualifiedCode().isEmpty() ? QString() : tr("Server code %1 (SQLSTATE %2)")
                                                                               .arg(error.qualifiedCode(), error.sqlState));
    emit loadFailed(words);
}

void OrderPage::setLoading(bool loading)
{
    m_loading = loading;
    m_ui->loadingLabel->setText(tr("Loading…"));
    m_ui->loadingLabel->setVisible(loading);
    if (!m_loaded) {
        // Nothing to show yet.
        const QString title = loading ? tr("Loading the order…") : tr("Order not loaded");
        m_ui->titleLabel->setText(title);
        setWindowTitle(title);
    }
    updatePermissions();
}

void OrderPage::showHeader()
{
    const data::OrderDetail& d = m_detail;
    setWindowTitle(tr("Build %1 — PO %2").arg(d.buildNumber, d.poNumber));
    m_ui->titleLabel->setText(tr("Build %1").arg(d.buildNumber));
    m_ui->statusBadgeLabel->setText(StatusText::orderStatus(d.status));
    m_ui->lateLabel->setText(d.isLate() ? tr("Late: wanted %1").arg(QLocale().toString(d.wantDate, QLocale::ShortFormat))
                                        : QString());
    m_ui->subtitleLabel->setText(tr("PO %1 · %2%3 · created %4 by %5 · updated %6")
                                     .arg(d.poNumber, d.customerName,
                                          d.projectName.isEmpty() ? QString() : QStringLiteral(" · ") + d.projectName,
                                          dateTimeText(d.createdAt), d.createdByName, dateTimeText(d.updatedAt)));
}

void OrderPage::updatePermissions()
{
    const AppRole role = m_session->user().role;
    // Writes need the row version of a finished load: off before the first one, while one runs, and
    // while another write runs.
    const bool canWrite = isLoaded() && !m_writing;
    OrderOverviewTab::State overview;
    overview.loaded = m_loaded;
    overview.canWrite = canWrite;
    overview.coordinator = isCoordinator(role);
    overview.editable = overview.coordinator && m_detail.status == u"OrderCreated";
    overview.assembler = role == AppRole::Assembler;
    overview.canClaim = m_detail.status == u"ReadyForProduction" && m_detail.assigneeId.isEmpty();
    if (m_detail.status != u"ReadyForProduction")
        overview.claimBlockedBy = tr("Only a build Ready for production can be claimed (this one is %1).")
                                      .arg(StatusText::orderStatus(m_detail.status));
    else if (!m_detail.assigneeId.isEmpty())
        overview.claimBlockedBy = tr("%1 holds this build; the coordinator can assign it to you.").arg(m_detail.assigneeName);
    // Printing needs the build (m_detail); the print itself reads what it prints.
    overview.canPrint = m_loaded && !m_printing;
    m_overview->setState(overview);

    // BOM approval is for procurement (and admin); the action is absent for everyone else.
    OrderBomTab::State bom;
    bom.procurement = isProcurement(role);
    bom.canDecide = bom.procurement && canWrite && !m_checking && !m_bom.bomId.isEmpty()
        && m_bom.status == u"Generated" && m_detail.status == u"OrderCreated";
    bom.checking = m_checking;
    bom.canExport = !m_bom.bomId.isEmpty() && role != AppRole::ServiceDepartment;
    m_bomTab->setState(bom);

    m_documents->setState(isLoaded(), role != AppRole::ServiceDepartment);
    updateChecklistActions();
}

void OrderPage::loadChecklists()
{
    if (!domain::Capabilities::allows(m_session->user().role, domain::Capability::SeeOrderDetails))
        return;
    whenDone(this, m_qc.checklistsOf(m_orderId), [this](const data::Result<QList<data::ChecklistSummary>>& r) {
        // A list that cannot be read is left out; the page itself has loaded.
        m_checklists = r ? r.value() : QList<data::ChecklistSummary>{};
        updateChecklistActions();
    });
}

void OrderPage::updateChecklistActions()
{
    if (!m_checklistButton)
        return;
    const bool qc = domain::Capabilities::allows(m_session->user().role, domain::Capability::PerformQc);
    const bool preQc = m_detail.status == u"ReadyForPreQC";
    const bool finalQc = m_detail.status == u"ReadyForFinalQC";
    // The assembler's bench while the build is in production (its steps, the claim and the hold).
    const bool bench = (domain::Capabilities::allows(m_session->user().role, domain::Capability::ProductionWork)
                        && (m_detail.status == u"ReadyForProduction" || m_detail.status == u"OnHoldParts"
                            || m_detail.status == u"TestingComplete" || m_detail.status == u"PackagingComplete"))
                       // ... and in rework, where a coordinator may record the rework too.
                       || ((m_detail.status == u"ReworkPreQC" || m_detail.status == u"ReworkFinalQC")
                           && (domain::Capabilities::allows(m_session->user().role, domain::Capability::ProductionWork)
                               || m_session->user().role == AppRole::ProductionCoordinator));
    m_checklistButton->setText(finalQc ? tr("Final QC checklist…") : preQc ? tr("Pre-QC checklist…") : tr("Assembler's bench…"));
    m_checklistButton->setVisible(m_loaded && ((qc && (preQc || finalQc)) || bench));
    m_checklistButton->setEnabled(!m_loading);
    m_qcRecordsMenu->clear();
    for (const data::ChecklistSummary& c : std::as_const(m_checklists)) {
        const QString type = c.qcType == u"FinalQC" ? tr("Final QC")
                             : c.qcType == u"CLP"   ? tr("Production checklist")
                             : c.qcType == u"CLT"   ? tr("End-of-line test")
                                                    : tr("Pre-QC");
        const QString state = !c.signedOff ? tr("open")
                              : tr("%1, signed by %2 on %3")
                                    .arg(c.pass ? tr("PASS") : tr("FAIL"), c.signedBy, dateTimeText(c.signedAt));
        QAction* a = m_qcRecordsMenu->addAction(
            tr("%1 attempt %2, revision %3: %4").arg(type).arg(c.attempt).arg(c.revision).arg(state));
        const QString id = c.checklistId;
        connect(a, &QAction::triggered, this, [this, id] { emit openChecklistRecord(id); });
    }
    m_qcRecordsButton->setText(tr("QC records (%1)").arg(m_checklists.size()));
    m_qcRecordsButton->setVisible(!m_checklists.isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Writes
// ---------------------------------------------------------------------------------------------
template<typename T>
void OrderPage::startWrite(Action action, const QString& busyText, QFuture<data::Result<T>> future,
                         std::function<WriteEnd(const data::Result<T>&)> answer)
{
    setWriting(true, busyText);
    whenDone(this, future, [this, action, answer = std::move(answer)](const data::Result<T>& r) {
        setWriting(false, {});
        const WriteEnd end = answer(r);
        if (end != WriteEnd::Pending)
            emit actionFinished(action, end == WriteEnd::Done);
    });
}

bool OrderPage::canStartWrite()
{
    if (m_writing) {
        showMessage(tr("Wait until the change that runs now is done, then try again."), true);
        return false;
    }
    if (!isLoaded()) {
        showMessage(tr("Wait until the order has loaded, then try again."), true);
        return false;
    }
    return true;
}

void OrderPage::setWriting(bool writing, const QString& text)
{
    m_writing = writing;
    m_ui->busyProgressBar->setVisible(writing || m_printing || m_checking);
    if (writing && !text.isEmpty())
        showMessage(text, false);
    updatePermissions();
}

bool OrderPage::save()
{
    if (!isLoaded()) {
        // The row version of a load still running (or failed) is not known: saving now could only conflict.
        showMessage(tr("Not saved: wait until the order has loaded, then save again."), true);
        return false;
    }
    if (!canStartWrite())
        return false;
    saveFrom(m_detail, m_overview->currentEdit());
    return true;
}

void OrderPage::saveFrom(const data::OrderDetail& base, const data::OrderEdit& edit)
{
    startWrite<data::EditOutcome>(Action::Save, tr("Saving build %1…").arg(base.buildNumber), m_edits.save(base, edit),
                                [this, edit](const data::Result<data::EditOutcome>& r) {
                                    if (!r) {
                                        showRefusal(r.error());
                                        return WriteEnd::Failed;
                                    }
                                    if (r->saved()) {
                                        reload();
                                        showMessage(tr("Saved."), false);
                                        emit changed(m_orderId);
                                        return WriteEnd::Done;
                                    }
                                    askConflict(*r->conflict, edit);
                                    return WriteEnd::Pending;
                                });
}

void OrderPage::askConflict(const data::EditConflict& conflict, const data::OrderEdit& edit)
{
    auto* dialog = new ConflictDialog(m_detail.buildNumber, conflict, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictDialog::chosen, this, [this, conflict, edit](ConflictDialog::Choice choice) {
        switch (choice) {
        case ConflictDialog::Choice::Reload:
            reload();
            showMessage(tr("Reloaded: your changes were discarded."), false);
            emit actionFinished(Action::Save, false);
            return;
        case ConflictDialog::Choice::Overwrite:
            saveFrom(conflict.current, edit);   // my values over the newer row, knowingly
            return;
        case ConflictDialog::Choice::Cancel:
            showMessage(tr("Not saved: build %1 was changed by someone else. Your edits are still here.")
                            .arg(m_detail.buildNumber),
                        true);
            emit actionFinished(Action::Save, false);
            return;
        }
    });
    dialog->open();
}

void OrderPage::runTransition(const QString& toStatus)
{
    const auto option = std::find_if(m_transitions.cbegin(), m_transitions.cend(),
                                     [&toStatus](const data::TransitionOption& o) { return o.toStatus == toStatus; });
    if (option == m_transitions.cend())
        return;
    const QString note = m_overview->transitionNote();
    if (option->noteRequired && note.size() < 3) {
        showMessage(tr("Moving to “%1” needs a note: say why in the note field.").arg(StatusText::orderStatus(toStatus)),
                    true);
        m_overview->focusTransitionNote();
        return;
    }
    if (!canStartWrite())
        return;
    // Nothing is sent before the person has seen what will happen and confirmed it.
    const TransitionPlan plan = planFor(*option);
    auto* dialog = new TransitionDialog(plan, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString gate = option->gate;
    const int rowVersion = m_detail.rowVersion;
    connect(dialog, &QDialog::finished, this, [this, dialog, plan, gate, rowVersion] {
        // The keyboard back to this window (no window manager hands it back): Ctrl+W, Tab and the
        // scanner work on the page again.
        if (isWindow())
            activateWindow();
        switch (dialog->choice()) {
        case TransitionDialog::Choice::Cancel:
            showMessage(tr("Not moved: build %1 stays “%2”.").arg(plan.buildNumber, StatusText::orderStatus(plan.fromStatus)),
                        false);
            emit actionFinished(Action::Transition, false);
            return;
        case TransitionDialog::Choice::Sign:
            emit actionFinished(Action::Transition, false);
            if (gate == u"bom_approved")
                decideBom(true);
            else
                emit openChecklist(m_orderId, gate.startsWith(u"preqc") ? QStringLiteral("PreQC") : QStringLiteral("FinalQC"));
            return;
        case TransitionDialog::Choice::Confirm:
            if (rowVersion != m_detail.rowVersion || m_detail.status != plan.fromStatus) {
                // The page was read again meanwhile (someone else's change): what was confirmed is not what is shown.
                showMessage(tr("Not moved: build %1 changed while you were confirming. Look at it again and repeat the "
                               "move if it still applies.")
                                .arg(plan.buildNumber),
                            true);
                emit actionFinished(Action::Transition, false);
                return;
            }
            sendTransition(plan.toStatus, plan.note,
                           plan.ship ? std::optional<data::ShipmentEntry>(dialog->shipment()) : std::nullopt);
            return;
        }
    });
    dialog->open();
}

TransitionPlan OrderPage::planFor(const data::TransitionOption& option) const
{
    const AppRole role = m_session->user().role;
    TransitionPlan plan;
    plan.buildNumber = m_detail.buildNumber;
    plan.fromStatus = m_detail.status;
    plan.toStatus = option.toStatus;
    plan.note = m_overview->transitionNote();
    plan.today = QDate::currentDate();
    plan.ship = option.toStatus == u"Shipped";
    plan.readySince = m_readySince;

    // The gate, from what the page has read: the BOM's signed approval, the build's signed checklists.
    const QString& gate = option.gate;
    if (gate.isEmpty()) {
        plan.gateText = plan.ship ? tr("the build passed Final QC; the ship date below is recorded with the move.")
                                  : option.noteRequired ? tr("your reason (the note) is required and kept.")
                                                        : tr("no signed record is needed for this move.");
    } else if (gate == u"bom_approved") {
        const auto approval = std::find_if(m_bom.approvals.crbegin(), m_bom.approvals.crend(),
                                           [](const data::BomApproval& a) { return a.action == u"Approved"; });
        plan.gateMet = m_bom.status == u"Approved" && approval != m_bom.approvals.crend();
        if (plan.gateMet) {
            plan.gateText = tr("BOM version %1 approved and signed by %2 on %3.")
                                .arg(approval->bomVersion)
                                .arg(approval->who, dateTimeText(approval->at));
        } else {
            plan.gateText = tr("the BOM of build %1 is not approved yet; it must be approved and signed first.")
                                .arg(m_detail.buildNumber);
            if (isProcurement(role))
                plan.signText = tr("&Approve and sign the BOM…");
        }
    } else {
        const QString type = gate.startsWith(u"preqc") ? QStringLiteral("PreQC")
                             : gate.startsWith(u"finalqc") ? QStringLiteral("FinalQC")
                                                           : QStringLiteral("CLT");
        const QString name = type == u"PreQC" ? tr("Pre-QC checklist") : type == u"FinalQC" ? tr("Final QC checklist")
                                                                                             : tr("end-of-line test");
        const bool wantPass = gate.endsWith(u"pass");
        const data::ChecklistSummary* latest = nullptr;
        for (const data::ChecklistSummary& c : m_checklists)
            if (c.qcType == type && c.signedOff
                && (!latest || c.attempt > latest->attempt || (c.attempt == latest->attempt && c.revision > latest->revision)))
                latest = &c;
        plan.gateMet = latest && latest->pass == wantPass;
        if (plan.gateMet) {
            plan.gateText = tr("%1 attempt %2 signed %3 by %4 on %5.")
                                .arg(name)
                                .arg(latest->attempt)
                                .arg(wantPass ? tr("PASS") : tr("FAIL"), latest->signedBy, dateTimeText(latest->signedAt));
        } else {
            plan.gateText = tr("build %1 has no signed %2 %3 as its latest result; the checklist must be signed first.")
                                .arg(m_detail.buildNumber, name, wantPass ? tr("PASS") : tr("FAIL"));
            if (type != u"CLT" && domain::Capabilities::allows(role, domain::Capability::PerformQc))
                plan.signText = tr("&Open the %1…").arg(name);
        }
    }

    // Who acts next: the roles that may move the build on from its new status (not the admin, who may always).
    QStringList next;
    if (const auto to = domain::orderStatusFromName(option.toStatus)) {
        for (const domain::OrderTransition& t : domain::OrderWorkflow::transitionsFrom(*to))
            for (const domain::AppRole r : domain::allAppRoles())
                if (r != AppRole::Admin && t.roles.contains(r) && !next.contains(StatusText::role(r)))
                    next << StatusText::role(r);
    }
    plan.nextText = plan.ship        ? tr("Shipped ends the build's workflow; nobody acts on it after this.")
                    : next.isEmpty() ? tr("Nobody but an administrator moves the build on from “%1”.")
                                           .arg(StatusText::orderStatus(option.toStatus))
                                     : tr("Who acts next: %1 (the build shows in their lists as “%2”).")
                                           .arg(QLocale().createSeparatedList(next), StatusText::orderStatus(option.toStatus));
    return plan;
}

void OrderPage::sendTransition(const QString& toStatus, const QString& note, const std::optional<data::ShipmentEntry>& ship)
{
    if (!canStartWrite())
        return;
    const QString words = StatusText::orderStatus(toStatus);
    const auto answer = [this, words, shipped = ship.has_value()](const data::Result<int>& r) {
        if (!r) {
            showRefusal(r.error());
            return WriteEnd::Failed;
        }
        m_overview->clearTransitionNote();
        reload();
        showMessage(shipped ? tr("Shipped: build %1 is recorded as shipped.").arg(m_detail.buildNumber)
                            : tr("Moved to “%1”.").arg(words),
                    false);
        emit changed(m_orderId);
        return WriteEnd::Done;
    };
    if (ship)
        startWrite<int>(Action::Transition, tr("Shipping build %1…").arg(m_detail.buildNumber),
                        m_workflow.ship(m_orderId, *ship, m_detail.rowVersion), answer);
    else
        startWrite<int>(Action::Transition, tr("Moving build %1 to “%2”…").arg(m_detail.buildNumber, words),
                        m_workflow.transition(m_orderId, toStatus, note, m_detail.rowVersion), answer);
}

void OrderPage::loadShipment()
{
    if (m_detail.status != u"Shipped") {
        m_shipment.reset();
        showShipment();
        return;
    }
    whenDone(this, m_workflow.shipment(m_orderId), [this](const data::Result<std::optional<data::Shipment>>& r) {
        // Not read: the line stays away; the rest of the page has loaded.
        m_shipment = r ? r.value() : std::nullopt;
        showShipment();
    });
}

void OrderPage::showShipment()
{
    if (!m_shipment || m_detail.status != u"Shipped") {
        m_ui->shipmentLabel->clear();
        m_ui->shipmentLabel->hide();
        return;
    }
    const data::Shipment& s = *m_shipment;
    QStringList parts{tr("Shipped on %1").arg(QLocale().toString(s.shipDate, QLocale::LongFormat))};
    parts << (s.carrier.isEmpty() ? tr("carrier not given") : tr("carrier %1").arg(s.carrier));
    parts << (s.tracking.isEmpty() ? tr("no tracking number") : tr("tracking %1").arg(s.tracking));
    parts << tr("recorded by %1 on %2").arg(s.recordedBy, dateTimeText(s.recordedAt));
    m_ui->shipmentLabel->setText(parts.join(QStringLiteral(" · ")));
    m_ui->shipmentLabel->show();
}

QList<QAbstractButton*> OrderPage::actionButtons() const
{
    QList<QAbstractButton*> buttons;
    for (const data::TransitionOption& o : m_transitions)
        if (QPushButton* b = m_overview->transitionButton(o.toStatus))
            buttons << b;
    buttons << m_checklistButton << m_qcRecordsButton;
    for (QPushButton* b : findChildren<QPushButton*>())
        if (!buttons.contains(b))
            buttons << b;
    return buttons;
}

void OrderPage::guardActionsAfterStatusChange()
{
    // The actions of the new status are laid out once the pending layout requests are processed.
    QTimer::singleShot(0, this, [this] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        TransitionGuard::holdUnderPointer(actionButtons());
    });
    // The keyboard leaves the actions too: the focus goes to the tabs, not onto the next action.
    if (QWidget* focus = QApplication::focusWidget(); focus && isAncestorOf(focus) && qobject_cast<QAbstractButton*>(focus))
        m_ui->tabWidget->tabBar()->setFocus(Qt::OtherFocusReason);
}

void OrderPage::assign()
{
    if (!canStartWrite())
        return;
    startWrite<int>(Action::Assign, tr("Saving the assignment of build %1…").arg(m_detail.buildNumber),
                  m_workflow.assign(m_orderId, m_overview->chosenAssignee(), m_detail.rowVersion),
                  [this](const data::Result<int>& r) {
                      if (!r) {
                          showRefusal(r.error());
                          return WriteEnd::Failed;
                      }
                      reload();
                      showMessage(tr("Assignment saved."), false);
                      emit changed(m_orderId);
                      return WriteEnd::Done;
                  });
}

void OrderPage::claim()
{
    if (!canStartWrite())
        return;
    const QString build = m_detail.buildNumber;
    startWrite<int>(Action::Claim, tr("Claiming build %1…").arg(build), m_workflow.claim(m_orderId, m_detail.rowVersion),
                  [this, build](const data::Result<int>& r) {
                      if (!r) {
                          showRefusal(r.error());
                          return WriteEnd::Failed;
                      }
                      reload();
                      showMessage(tr("You claimed build %1.").arg(build), false);
                      emit changed(m_orderId);
                      return WriteEnd::Done;
                  });
}

void OrderPage::decideBom(bool approve)
{
    if (!canStartWrite() || m_bom.bomId.isEmpty() || m_checking)
        return;
    // An approval is signed only for the BOM the configuration gives; a rejection needs no check.
    if (approve)
        checkBomThenApprove();
    else
        openSignature(false);
}

void OrderPage::setChecking(bool checking)
{
    m_checking = checking;
    m_ui->busyProgressBar->setVisible(m_writing || m_printing || checking);
    updatePermissions();
}

void OrderPage::checkBomThenApprove()
{
    setChecking(true);
    showMessage(tr("Checking BOM version %1 of build %2: regenerating it from the stored configuration…")
                    .arg(m_bom.version)
                    .arg(m_detail.buildNumber),
                false);
    if (m_catalog && !m_catalog->catalog()) {
        // Nothing served yet: the catalog is being read from the server (or is read now); the check
        // runs when that is over, and says so if there is still none.
        if (!m_catalog->isRefreshing())
            m_catalog->refresh(m_session->workerSettings());
        auto* wait = new QObject(this);
        auto resume = [this, wait] {
            if (wait->property("done").toBool())
                return;
            wait->setProperty("done", true);
            wait->deleteLater();
            runBomCheck();
        };
        connect(m_catalog, &data::CatalogCache::refreshFinished, wait, resume);
        connect(m_catalog, &data::CatalogCache::refreshFailed, wait, resume);
        connect(m_catalog, &QObject::destroyed, wait, resume);
        return;
    }
    runBomCheck();
}

void OrderPage::runBomCheck()
{
    const QString bomId = m_bom.bomId;
    const int version = m_bom.version;
    if (!m_catalog) {
        data::BomCheckOutcome none;
        none.bomRevision = m_bom.catalogRevision;
        none.error = tr("this window has no catalog to regenerate the BOM with");
        finishBomCheck(none, bomId, version);
        return;
    }
    // The engine runs on a pool thread with the catalog served now (kept alive by the job).
    whenDone(this, data::BomCheck::start(m_catalog->catalog(), m_detail, m_bom),
             [this, bomId, version](const data::BomCheckOutcome& outcome) { finishBomCheck(outcome, bomId, version); });
}

void OrderPage::finishBomCheck(const data::BomCheckOutcome& outcome, const QString& bomId, int version)
{
    setChecking(false);
    if (bomId != m_bom.bomId) {
        // A reload meanwhile shows another BOM version: the check was of the one before.
        showMessage(tr("Not approved: the BOM of build %1 changed while it was being checked. Look at the new "
                       "version and approve it again.")
                        .arg(m_detail.buildNumber),
                    true);
        emit actionFinished(Action::CheckBom, false);
        return;
    }
    if (outcome.same()) {
        showMessage(QString(), false);
        emit actionFinished(Action::CheckBom, openSignature(true));
        return;
    }
    if (outcome.kind == data::BomCheckOutcome::Kind::OtherRevision && outcome.catalogRevision < outcome.bomRevision
        && m_catalog && !m_catalog->isRefreshing())
        m_catalog->refresh(m_session->workerSettings());   // this PC's catalog is behind the BOM's
    const QString words = BomCheckDialog::explanation(m_detail.buildNumber, version, outcome);
    showMessage(words, true);
    auto* dialog = new BomCheckDialog(m_detail.buildNumber, version, outcome, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    emit actionFinished(Action::CheckBom, false);
}

bool OrderPage::openSignature(bool approve)
{
    if (!canStartWrite() || m_bom.bomId.isEmpty())
        return false;
    const data::UserProfile& me = m_session->user();
    auto* dialog = new SignatureDialog(approve ? tr("BOM approved") : tr("BOM rejected"),
                                       tr("BOM version %1 of build %2, SHA-256 %3")
                                           .arg(m_bom.version)
                                           .arg(m_detail.buildNumber, m_bom.sha256),
                                       me.fullName, me.initials, !approve, this);
    dialog->setObjectName(QStringLiteral("signatureDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString bomId = m_bom.bomId;
    const int version = m_bom.version;
    QPointer<SignatureDialog> guard(dialog);
    connect(dialog, &SignatureDialog::signRequested, this, [this, guard, approve, bomId, version] {
        if (!guard)
            return;
        if (m_writing) {
            guard->showError(tr("Wait until the change that runs now is done, then sign again."));
            return;
        }
        guard->setBusy(true);
        const data::BomDecision decision{bomId, approve, guard->note(), guard->initials()};
        // The password check (a new connection) and the signature run on the worker.
        startWrite<QString>(Action::SignBom,
                          tr("Checking your password and signing BOM version %1…").arg(version),
                          m_workflow.signBomDecision(decision, guard->password()),
                          [this, guard, approve, version](const data::Result<QString>& r) {
                              if (r) {
                                  if (guard)
                                      guard->finishSigned();
                                  reload();
                                  showMessage(approve ? tr("BOM version %1 approved and signed.").arg(version)
                                                      : tr("BOM version %1 rejected (signed).").arg(version),
                                              false);
                                  emit changed(m_orderId);
                                  return WriteEnd::Done;
                              }
                              const data::DbError& e = r.error();
                              if (guard && (e.code == u"E-SIGN-PASSWORD" || e.code == u"E-SIGN-INITIALS"
                                            || e.code == u"E-NOTE-REQUIRED")) {
                                  // Another try in the dialog; nothing was signed.
                                  guard->showError(refusalText(e));
                                  showMessage(QString(), false);
                                  return WriteEnd::Failed;
                              }
                              if (guard) {
                                  guard->setBusy(false);
                                  guard->reject();
                              }
                              showRefusal(e);
                              return WriteEnd::Failed;
                          });
    });
    dialog->open();
    return true;
}

// ---------------------------------------------------------------------------------------------
// BOM export and printing
// ---------------------------------------------------------------------------------------------
void OrderPage::exportBom(bool csv, bool flat)
{
    const QString path = csv ? QFileDialog::getSaveFileName(this, tr("Export BOM as CSV"),
                                                            QStringLiteral("%1-bom-v%2%3.csv")
                                                                .arg(m_detail.buildNumber)
                                                                .arg(m_bom.version)
                                                                .arg(flat ? QStringLiteral("-procurement") : QString()),
                                                            tr("CSV files (*.csv)"))
                             : QFileDialog::getSaveFileName(this, tr("Export BOM as PDF"),
                                                            QStringLiteral("%1-bom-v%2.pdf")
                                                                .arg(m_detail.buildNumber)
                                                                .arg(m_bom.version),
                                                            tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (csv)
        exportBomCsv(path, flat);
    else
        exportBomPdf(path);
}

bool OrderPage::exportBomCsv(const QString& path, bool flat)
{
    QString why;
    if (!print::BomExport::writeCsv(path, m_bomTab->sheet(), flat, &why)) {
        showMessage(why, true);
        return false;
    }
    showMessage(tr("BOM exported to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

bool OrderPage::exportBomPdf(const QString& path)
{
    QString why;
    if (!print::BomExport::writePdf(path, m_bomTab->sheet(), &why)) {
        showMessage(why, true);
        return false;
    }
    showMessage(tr("BOM exported to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void OrderPage::setPrinting(bool printing)
{
    m_printing = printing;
    m_ui->busyProgressBar->setVisible(m_writing || printing || m_checking);
    updatePermissions();
}

void OrderPage::printTraveler()
{
    if (!m_loaded || m_printing)
        return;
    setPrinting(true);
    TravelerPrinting::preview(this, *m_session, {m_detail.buildNumber}, [this](const TravelerPrinting::Outcome& o) {
        setPrinting(false);
        if (!o.message.isEmpty())
            showMessage(o.message, !o.ok);
        if (o.ok)
            reload();   // the print is in the history
        emit actionFinished(Action::PrintTraveler, o.ok);
    });
}

bool OrderPage::exportTravelerPdf(const QString& path)
{
    if (!m_loaded || m_printing) {
        showMessage(tr("Wait until the order has loaded and no print runs, then try again."), true);
        return false;
    }
    setPrinting(true);
    showMessage(tr("Writing the traveler of build %1…").arg(m_detail.buildNumber), false);
    TravelerPrinting::exportPdf(this, *m_session, {m_detail.buildNumber}, path, [this](const TravelerPrinting::Outcome& o) {
        setPrinting(false);
        showMessage(o.message, !o.ok);
        if (o.ok)
            reload();
        emit actionFinished(Action::ExportTraveler, o.ok);
    });
    return true;
}

void OrderPage::printLabels()
{
    if (!m_loaded || m_printing)
        return;
    setPrinting(true);
    LabelPrinting::preview(this, *m_session, m_detail.buildNumber, [this](bool ok, const QString& message) {
        setPrinting(false);
        if (!message.isEmpty())
            showMessage(message, !ok);
        emit actionFinished(Action::PrintLabels, ok);
    });
}

void OrderPage::previewZpl()
{
    if (!m_loaded || m_printing)
        return;
    setPrinting(true);
    LabelPrinting::zplPreview(this, *m_session, m_detail.buildNumber, [this](bool ok, const QString& message) {
        setPrinting(false);
        if (!message.isEmpty())
            showMessage(message, !ok);
        emit actionFinished(Action::ZplPreview, ok);
    });
}

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------
void OrderPage::showMessage(const QString& text, bool error, const QString& detail)
{
    m_ui->messageBar->setToolTip(detail);
    m_ui->messageBar->showMessage(error ? MessageBar::Kind::Error : MessageBar::Kind::Info, text);
}

QString OrderPage::refusalText(const data::DbError& e) const
{
    const QString build = m_detail.buildNumber;
    // Sentences of the page's own for the refusals it knows; the server's words for the rest.
    if (e.kind == data::DbError::Kind::Timeout || e.kind == data::DbError::Kind::Permission)
        return e.userMessage();
    if (e.code == u"E-STALE")
        return tr("build %1 was changed by someone else since you opened it. Reload to see the latest version")
            .arg(build);
    if (e.code == u"E-ORDER-NOT-FOUND")
        return tr("this order no longer exists; it may have been deleted");
    if (e.code == u"E-ORDER-LOCKED")
        return tr("build %1 can be edited only while it is “%2”").arg(build, StatusText::orderStatus(QStringLiteral("OrderCreated")));
    if (e.code == u"E-GATE-BOM-NOT-APPROVED")
        return tr("the BOM of build %1 is not approved yet; it must be approved (signed) first").arg(build);
    if (e.code == u"E-NOTE-REQUIRED")
        return tr("this needs a note: say why");
    if (e.code == u"E-SIGN-PASSWORD")
        return tr("the password is not correct; nothing was signed");
    if (e.code == u"E-SIGN-INITIALS")
        return tr("the initials do not match your profile; nothing was signed");
    if (e.code == u"E-SIGN-STALE")
        return tr("the signature needs your password again; nothing was signed");
    if (e.code == u"E-BOM-DECIDED")
        return tr("the BOM of build %1 has been decided already; reload to see the decision").arg(build);
    if (e.code == u"E-BOM-SUPERSEDED")
        return tr("a newer BOM version of build %1 replaced this one; reload to see it").arg(build);
    return e.userMessage();
}

void OrderPage::showRefusal(const data::DbError& error)
{
    if (error.connectionLost()) {
        // A write is never sent twice: whether the server made it is not known.
        showMessage(tr("Not confirmed: the connection to the server was lost before it answered, so the change "
                       "may or may not have been made. Reload when the connection is back to see which."),
                    true);
        emit queryFailed(error);
        return;
    }
    QString words = refusalText(error);
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    if (!words.endsWith(u'.'))
        words += u'.';
    showMessage(tr("Not done: %1").arg(words), true,
                tr("Server code %1 (SQLSTATE %2)").arg(error.qualifiedCode(), error.sqlState));
    if (error.kind == data::DbError::Kind::Timeout)
        emit queryFailed(error);
}

void OrderPage::retranslate()
{
    m_ui->tabWidget->setTabText(0, tr("Overview"));
    m_ui->tabWidget->setTabText(1, tr("History"));
    m_ui->tabWidget->setTabText(2, tr("BOM"));
    m_ui->tabWidget->setTabText(3, tr("Documents"));
    if (m_loaded)
        showHeader();
    setLoading(m_loading);   // the loading words, and the permissions
}

void OrderPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace cs::ui
