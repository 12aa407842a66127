#include "ui/shell/mainwindow.h"

#include "ui/common/rowtablemodel.h"
#include "ui_mainwindow.h"

#include "ui/assembly/assemblybenchpage.h"
#include "ui/shell/aboutdialog.h"
#include "ui/common/appsettings.h"
#include "ui/shell/changepassworddialog.h"
#include "ui/common/futurewatch.h"
#include "ui/shell/homewidget.h"
#include "ui/common/logging.h"
#include "ui/common/messagebar.h"
#include "ui/orders/orderboardwidget.h"
#include "ui/orders/orderpage.h"
#include "ui/qc/checklistpage.h"
#include "ui/wizard/orderwizard.h"
#include "ui/shell/recorddialog.h"
#include "ui/shell/settingsdialog.h"
#include "ui/common/statustext.h"
#include "ui/admin/catalogimportdialog.h"
#include "ui/admin/checklisttemplatesdialog.h"
#include "ui/admin/orderadmindialog.h"
#include "ui/admin/toolsdialog.h"
#include "ui/admin/workinstructionsdialog.h"
#include "ui/admin/useradmindialog.h"
#include "ui/wizard/wizarddraftstore.h"

#include "data/catalog/catalogcache.h"
#include "data/common/changefeed.h"
#include "data/orders/ordersearch.h"
#include "domain/common/capabilities.h"
#include "domain/common/worklist.h"

#include <QCloseEvent>
#include <QFont>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QStatusBar>

namespace cs::ui {

using domain::AppRole;
using domain::Capabilities;
using domain::Capability;

namespace {
// The order board and the order page report either error type while their owners move them to DbError.
[[maybe_unused]] const data::DbError& asDbError(const data::DbError& error)
{
    return error;
}
template<typename SqlError>
data::DbError asDbError(const SqlError& error)
{
    return data::DbError::fromSql(error);
}

// The order board is the order list of the roles whose home has no list of all orders.
bool hasOrderBoard(AppRole role)
{
    return Capabilities::allows(role, Capability::SeeOrderList)
           && !domain::WorkLists::forRole(role).contains(domain::WorkList::AllOrders);
}
// A new window's size: the size it wants, within the available area of the screen it opens on (a
// 1366×768 line PC has no room for 1400×860); a window as large as the area fills it.
void sizeWithinScreen(QWidget* window, QSize wanted)
{
    const QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(wanted);
        return;
    }
    const QRect area = screen->availableGeometry();
    window->resize(wanted.boundedTo(area.size()));
    if (wanted.width() >= area.width() || wanted.height() >= area.height())
        window->move(area.topLeft());
}

} // namespace

MainWindow::MainWindow(data::Session* session, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
{
    m_ui->setupUi(this);
    const data::UserProfile& user = session->user();
    m_home = new HomeWidget(session, user.role, this);
    m_ui->centralLayout->addWidget(m_home, 1);
    if (hasOrderBoard(user.role)) {
        // The coordinator's (and the admin's) order list: the order board, server search and paging over
        // every build, their first tab.
        m_board = new OrderBoardWidget(session, m_home);
        m_board->setObjectName(QStringLiteral("orderBoardWidget"));
        m_home->addBoard(m_board, [] { return tr("Orders"); });
        connect(m_board, &OrderBoardWidget::openOrder, this, &MainWindow::openOrderPage);
        connect(m_board, &OrderBoardWidget::queryFailed, this,
                [this](const auto& error) { emit queryFailed(asDbError(error)); });
        connect(m_ui->actionRefresh, &QAction::triggered, m_board, &OrderBoardWidget::refresh);
    }
    m_ui->offlineMessageBar->clear();

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userStatusLabel"));
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_userLabel);

    // A menu per area; an action the role may not take is not shown, and a menu with none is not either.
    m_roleActions = {{m_ui->actionForceStatus, Capability::ForceStatus},
                     {m_ui->actionDeleteOrder, Capability::DeleteOrder},
                     {m_ui->actionImportCatalog, Capability::ManageCatalog},
                     {m_ui->actionChecklistTemplates, Capability::ManageTemplates},
                     {m_ui->actionWorkInstructions, Capability::ManageTemplates},
                     {m_ui->actionTools, Capability::ManageTemplates},
                     {m_ui->actionUsers, Capability::ManageUsers}};
    for (const auto& [action, capability] : std::as_const(m_roleActions)) {
        action->setEnabled(Capabilities::allows(user.role, capability));
        action->setVisible(action->isEnabled());
    }

    connect(m_ui->actionSwitchUser, &QAction::triggered, this, &MainWindow::switchUserRequested);
    connect(m_ui->actionLock, &QAction::triggered, this, &MainWindow::lockRequested);
    connect(m_ui->actionLogOut, &QAction::triggered, this, &MainWindow::logoutRequested);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::quitRequested);
    connect(m_ui->actionRefresh, &QAction::triggered, m_home, &HomeWidget::refresh);
    connect(m_ui->actionFind, &QAction::triggered, m_home, &HomeWidget::focusFilter);
    connect(m_ui->actionOpenCode, &QAction::triggered, this, &MainWindow::openByCode);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionUsers, &QAction::triggered, this, &MainWindow::showUsers);
    connect(m_ui->actionChecklistTemplates, &QAction::triggered, this, &MainWindow::showChecklistTemplates);
    connect(m_ui->actionWorkInstructions, &QAction::triggered, this, &MainWindow::showWorkInstructions);
    connect(m_ui->actionTools, &QAction::triggered, this, &MainWindow::showTools);
    connect(m_ui->actionChangePassword, &QAction::triggered, this, &MainWindow::showChangePassword);
    connect(m_ui->actionForceStatus, &QAction::triggered, this, [this] { showOrderAdmin(true); });
    connect(m_ui->actionDeleteOrder, &QAction::triggered, this, [this] { showOrderAdmin(false); });
    connect(m_ui->actionImportCatalog, &QAction::triggered, this, &MainWindow::showCatalogImport);
    // A catalog change (an import in this window, later others') is served to the wizard and the BOM
    // checks: the cache asks the server for the new revision.
    connect(session->changes(), &data::ChangeFeed::changed, this, [this](const QList<data::Change>& batch) {
        for (const data::Change& c : batch)
            if (c.entity == data::ChangeFeed::kCatalog && m_catalog)
                m_catalog->refresh(m_session->workerSettings());
    });
    connect(m_home, &HomeWidget::openBuild, this, &MainWindow::openBuild);
    connect(m_home, &HomeWidget::openChecklist, this, &MainWindow::openChecklist);
    connect(m_home, &HomeWidget::openBench, this, &MainWindow::openBench);
    connect(m_home, &HomeWidget::openPart, this, [this](const QString& p) { openRecord(domain::ScanPayload::Kind::Part, p); });
    connect(m_home, &HomeWidget::queryFailed, this, &MainWindow::queryFailed);

    const QByteArray geometry = AppSettings::userState(user.username, QStringLiteral("window-geometry"));
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        sizeWithinScreen(this, QSize(1600, 1000));
    restoreState(AppSettings::userState(user.username, QStringLiteral("window-state")));
    m_home->restoreLayout(user.username);
    if (m_board)
        m_board->restoreLayout(user.username);

    if (Capabilities::allows(user.role, Capability::CreateOrder)) {
        m_newOrderAction = new QAction(this);
        m_newOrderAction->setObjectName(QStringLiteral("actionNewOrder"));
        m_newOrderAction->setShortcut(QKeySequence::New);
        m_ui->menuOrders->insertAction(m_ui->menuOrders->actions().value(0), m_newOrderAction);
        connect(m_newOrderAction, &QAction::triggered, this, [this] { newOrder(); });
        QTimer::singleShot(0, this, &MainWindow::offerDraft);
    }
    updateMenus();
    retranslate();
}

MainWindow::~MainWindow() = default;

OrderWizard* MainWindow::orderWizard() const
{
    return m_wizard;
}

OrderWizard* MainWindow::newOrder(bool resumeDraft)
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    if (m_draftQuestion) {
        // The unfinished order is being asked about already (at start-up, or by an earlier "New order").
        m_draftQuestion->raise();
        m_draftQuestion->activateWindow();
        return nullptr;
    }
    if (!resumeDraft) {
        // One draft per person: a new order would replace a kept one as soon as something is typed.
        // Ask first what to do with it.
        if (const auto draft = WizardDraftStore(m_session->user().username).load()) {
            askAboutDraft(*draft, true);
            return nullptr;
        }
    }
    auto* wizard = new OrderWizard(m_session, catalogCache(), this);
    wizard->setWindowFlag(Qt::Window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (resumeDraft)
        if (const auto draft = wizard->drafts().load())
            wizard->restoreDraft(*draft);
    m_wizard = wizard;
    wizard->show();
    return wizard;
}

data::CatalogCache* MainWindow::catalogCache()
{
    // Made on first use (the wizard, an order page's BOM check): the cache file is served at once and the
    // server is asked in the background for a newer catalog.
    if (!m_catalog) {
        m_catalog = new data::CatalogCache(data::CatalogCache::defaultFilePath(m_session->settings()), this);
        m_catalog->loadFile();
        m_catalog->refresh(m_session->workerSettings());
    }
    return m_catalog;
}

void MainWindow::offerDraft()
{
    const WizardDraftStore store(m_session->user().username);
    const auto draft = store.load();
    if (!draft || m_wizard || m_draftQuestion)
        return;
    askAboutDraft(*draft, false);
}

void MainWindow::askAboutDraft(const WizardDraft& draft, bool startingNew)
{
    const QString po = draft.configuration.value(u"order").toObject().value(u"poNumber").toString();
    const QString poText = po.isEmpty() ? tr("not entered") : po;
    const QString savedAt = RowTableModelBase::dateTimeText(draft.savedAt);
    // At start-up: continue, later or discard. Before a new order: continue it, or discard it and start
    // the new one, or neither (cancel) — the draft is kept then.
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unfinished order"),
                                startingNew ? tr("An order you had not submitted (PO %1) was kept on %2. Only one "
                                                 "unfinished order is kept: continue it, or discard it and start a "
                                                 "new order?")
                                                  .arg(poText, savedAt)
                                            : tr("An order you had not submitted (PO %1) was kept on %2. Continue it now?")
                                                  .arg(poText, savedAt),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("draftMessageBox"));
    QAbstractButton* resume = box->addButton(tr("&Continue the order"), QMessageBox::AcceptRole);
    resume->setObjectName(QStringLiteral("draftContinueButton"));
    QAbstractButton* discard = nullptr;
    if (startingNew) {
        discard = box->addButton(tr("&Discard it and start a new order"), QMessageBox::DestructiveRole);
        QAbstractButton* cancel = box->addButton(QMessageBox::Cancel);
        cancel->setObjectName(QStringLiteral("draftCancelButton"));
        box->setEscapeButton(cancel);
    } else {
        QAbstractButton* later = box->addButton(tr("&Later"), QMessageBox::RejectRole);
        later->setObjectName(QStringLiteral("draftLaterButton"));
        discard = box->addButton(tr("&Discard it"), QMessageBox::DestructiveRole);
    }
    discard->setObjectName(QStringLiteral("draftDiscardButton"));
    box->setDefaultButton(qobject_cast<QPushButton*>(resume));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, resume, discard, startingNew](QAbstractButton* b) {
        // Whatever was clicked, this question is over (the box closes itself after the signal).
        if (m_draftQuestion == box)
            m_draftQuestion = nullptr;
        if (b == resume) {
            newOrder(true);
        } else if (b == discard) {
            WizardDraftStore(m_session->user().username).remove();
            if (startingNew)
                newOrder(false);
        }
    });
    m_draftQuestion = box;
    box->open();
}

RecordDialog* MainWindow::lastRecordDialog() const
{
    return m_lastRecord;
}

void MainWindow::saveLayout()
{
    const QString user = m_session->user().username;
    if (user.isEmpty())
        return;
    AppSettings::setUserState(user, QStringLiteral("window-geometry"), saveGeometry());
    AppSettings::setUserState(user, QStringLiteral("window-state"), saveState());
    m_home->saveLayout(user);
    if (m_board)
        m_board->saveLayout(user);
}

void MainWindow::openScan(const domain::ScanPayload& payload)
{
    logInfo(QStringLiteral("scan: %1").arg(payload.encode()));
    if (payload.kind == domain::ScanPayload::Kind::Part
        || !Capabilities::allows(m_session->user().role, Capability::SeeOrderDetails))
        openRecord(payload.kind, payload.key);
    else
        findAndOpenOrder(payload.kind, payload.key, payload.encode(),
                         payload.kind == domain::ScanPayload::Kind::Build
                             && (Capabilities::allows(m_session->user().role, Capability::PerformQc)
                                 || Capabilities::allows(m_session->user().role, Capability::ProductionWork)));
}

QMessageBox* MainWindow::openMessageBox() const
{
    return m_openMessage;
}

void MainWindow::findAndOpenOrder(domain::ScanPayload::Kind kind, const QString& key, const QString& scanned,
                                  bool toChecklist)
{
    using Kind = domain::ScanPayload::Kind;
    using data::BuildSummary;
    using data::PoSummary;
    using data::Result;
    const QString number = key.trimmed();
    statusBar()->showMessage(kind == Kind::Order ? tr("Looking for order %1…").arg(number)
                                                 : tr("Looking for build %1…").arg(number));
    ++m_pendingLookups;
    // The order id of the build (of a PO: of its first build), empty when there is none, and the build's
    // status (a scanned build ready for a QC opens its checklist).
    using Found = std::pair<QString, QString>;
    const data::OrderSearch search(*m_session);
    QFuture<Result<Found>> found =
        kind == Kind::Order
            ? search.findPo(number).then([](const Result<std::optional<PoSummary>>& r) -> Result<Found> {
                  if (!r.ok())
                      return r.error();
                  return r.value() ? Found{r.value()->firstBuild().orderId, QString()} : Found{};
              })
            : search.findBuild(number).then([](const Result<std::optional<BuildSummary>>& r) -> Result<Found> {
                  if (!r.ok())
                      return r.error();
                  return r.value() ? Found{r.value()->orderId, r.value()->status} : Found{};
              });
    // A window closed meanwhile drops the answer.
    whenDone(this, found, [this, kind, number, scanned, toChecklist](const Result<Found>& r) {
        --m_pendingLookups;
        statusBar()->clearMessage();
        const QString what = kind == Kind::Order ? tr("order %1").arg(number) : tr("build %1").arg(number);
        const QString title = tr("Cannot open %1").arg(what);
        if (!r.ok()) {
            logWarning(QStringLiteral("looking up %1 failed: %2").arg(scanned, r.error().logText()));
            emit queryFailed(r.error());
            const QString why = r.error().connectionLost()
                                    ? tr("The server cannot be reached right now. Try again when the connection is back.")
                                    : tr("This record cannot be shown to you.");
            showOpenMessage(title, why);
            return;
        }
        const QString orderId = r.value().first;
        const QString status = r.value().second;
        if (orderId.isEmpty()) {
            QString text = kind == Kind::Order ? tr("No order %1 was found.").arg(number)
                                               : tr("No build with number %1 was found.").arg(number);
            if (!scanned.isEmpty())
                text += u'\n' + tr("Scanned code: %1").arg(scanned);
            showOpenMessage(title, text);
            return;
        }
        if (m_openMessage)
            m_openMessage->close();   // an earlier scan's message is out of date now
        const domain::AppRole role = m_session->user().role;
        const bool qc = Capabilities::allows(role, Capability::PerformQc);
        const bool assembly = Capabilities::allows(role, Capability::ProductionWork);
        if (toChecklist && qc && status == u"ReadyForPreQC")
            openChecklist(orderId, QStringLiteral("PreQC"));
        else if (toChecklist && qc && status == u"ReadyForFinalQC")
            openChecklist(orderId, QStringLiteral("FinalQC"));
        else if (toChecklist && assembly && atTheBench(status))
            openBench(orderId);
        else
            openOrderPage(orderId);
    });
}

void MainWindow::showOpenMessage(const QString& title, const QString& text)
{
    // One box, not modal: the next scan works at once and replaces the message.
    if (!m_openMessage) {
        m_openMessage = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
        m_openMessage->setObjectName(QStringLiteral("openMessageBox"));
        m_openMessage->setTextFormat(Qt::PlainText);
        m_openMessage->setWindowModality(Qt::NonModal);
        m_openMessage->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_openMessage->setWindowTitle(title);
    m_openMessage->setText(text);
    m_openMessage->show();
    m_openMessage->raise();
    m_openMessage->activateWindow();
}

OrderPage* MainWindow::lastOrderPage() const
{
    return m_lastOrderPage;
}

void MainWindow::openOrderPage(const QString& orderId)
{
    // The same build scanned (or opened) again: its page comes to the front, read again.
    for (OrderPage* open : findChildren<OrderPage*>()) {
        if (open->orderId() == orderId && open->isVisible()) {
            m_lastOrderPage = open;
            open->reload();
            open->raise();
            open->activateWindow();
            return;
        }
    }
    auto* page = new OrderPage(m_session, orderId, catalogCache(), this);
    page->setWindowFlag(Qt::Window);
    page->setAttribute(Qt::WA_DeleteOnClose);
    sizeWithinScreen(page, QSize(1200, 820));
    connect(page, &OrderPage::queryFailed, this, [this](const auto& error) { emit queryFailed(asDbError(error)); });
    connect(page, &OrderPage::openChecklist, this, &MainWindow::openChecklist);
    connect(page, &OrderPage::openChecklistRecord, this, &MainWindow::openChecklistRecord);
    connect(page, &OrderPage::openBench, this, &MainWindow::openBench);
    m_lastOrderPage = page;
    page->show();
    page->raise();
    page->activateWindow();
}

ChecklistPage* MainWindow::lastChecklistPage() const
{
    return m_lastChecklistPage;
}

void MainWindow::openChecklist(const QString& orderId, const QString& qcType)
{
    // The same checklist again: its window comes to the front, read again (others' answers).
    for (ChecklistPage* open : findChildren<ChecklistPage*>()) {
        if (open->orderId() == orderId && open->qcType() == qcType && open->isVisible() && !open->isSigned()) {
            m_lastChecklistPage = open;
            open->reload();
            open->raise();
            open->activateWindow();
            return;
        }
    }
    showChecklistPage(ChecklistPage::forBuild(m_session, orderId, qcType, this));
}

bool MainWindow::atTheBench(const QString& status)
{
    return status == u"ReadyForProduction" || status == u"OnHoldParts" || status == u"TestingComplete"
           || status == u"PackagingComplete" || status == u"ReworkPreQC" || status == u"ReworkFinalQC";
}

AssemblyBenchPage* MainWindow::lastBenchPage() const
{
    return m_lastBenchPage;
}

void MainWindow::openBench(const QString& orderId)
{
    for (AssemblyBenchPage* open : findChildren<AssemblyBenchPage*>()) {
        if (open->orderId() == orderId && open->isVisible()) {
            m_lastBenchPage = open;
            open->reload();
            open->raise();
            open->activateWindow();
            return;
        }
    }
    auto* page = new AssemblyBenchPage(m_session, orderId, this);
    page->setWindowFlag(Qt::Window);
    page->setAttribute(Qt::WA_DeleteOnClose);
    page->resize(1400, 860);
    connect(page, &AssemblyBenchPage::queryFailed, this, &MainWindow::queryFailed);
    connect(page, &AssemblyBenchPage::changed, this, [this](const QString& changedOrder) {
        // (The lists read again on the session's change feed.)
        for (OrderPage* p : findChildren<OrderPage*>())
            if (p->orderId() == changedOrder)
                p->reload();
    });
    m_lastBenchPage = page;
    page->show();
    page->raise();
    page->activateWindow();
}

void MainWindow::openChecklistRecord(const QString& checklistId)
{
    for (ChecklistPage* open : findChildren<ChecklistPage*>()) {
        if (open->checklistId() == checklistId && open->isVisible()) {
            m_lastChecklistPage = open;
            open->reload();
            open->raise();
            open->activateWindow();
            return;
        }
    }
    showChecklistPage(ChecklistPage::forChecklist(m_session, checklistId, this));
}

void MainWindow::showChecklistPage(ChecklistPage* page)
{
    page->setWindowFlag(Qt::Window);
    page->setAttribute(Qt::WA_DeleteOnClose);
    connect(page, &ChecklistPage::queryFailed, this, &MainWindow::queryFailed);
    connect(page, &ChecklistPage::changed, this, [this](const QString& orderId) {
        // The build's status moved (a signature): its order page follows (the lists read again on the
        // session's change feed).
        for (OrderPage* p : findChildren<OrderPage*>())
            if (p->orderId() == orderId)
                p->reload();
    });
    m_lastChecklistPage = page;
    page->show();
    page->raise();
    page->activateWindow();
}

void MainWindow::openBuild(const QString& buildNumber, const QString& orderId)
{
    if (!orderId.isEmpty() && Capabilities::allows(m_session->user().role, Capability::SeeOrderDetails))
        openOrderPage(orderId);
    else
        openRecord(domain::ScanPayload::Kind::Build, buildNumber);
}

void MainWindow::openRecord(domain::ScanPayload::Kind kind, const QString& key)
{
    // Builds and orders open their order page; a role that sees the order list only (Service) and
    // catalog items get the read-only record view.
    if (kind != domain::ScanPayload::Kind::Part
        && Capabilities::allows(m_session->user().role, Capability::SeeOrderDetails)) {
        findAndOpenOrder(kind, key, QString());
        return;
    }
    auto* dialog = new RecordDialog(m_session, kind, key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordDialog::queryFailed, this, &MainWindow::queryFailed);
    m_lastRecord = dialog;
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::openByCode()
{
    bool ok = false;
    const QString code = QInputDialog::getText(this, tr("Open by code"),
                                               tr("Build number, or a scanned code (CS:B:…, CS:O:…, CS:P:…):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || code.trimmed().isEmpty())
        return;
    if (const auto payload = domain::ScanPayload::parse(code))
        openScan(*payload);
    else
        openRecord(domain::ScanPayload::Kind::Build, code.trimmed());
}

void MainWindow::setOnline(bool online)
{
    m_online = online;
    for (QAction* a : {m_ui->actionRefresh, m_ui->actionOpenCode, m_ui->actionChangePassword, m_ui->actionAbout})
        a->setEnabled(online);
    for (const auto& [action, capability] : std::as_const(m_roleActions))
        action->setEnabled(online && Capabilities::allows(m_session->user().role, capability));
    if (online)
        m_ui->offlineMessageBar->clear();
    if (online) {
        statusBar()->showMessage(tr("Connection to the server is back."), 10000);
        m_home->refresh();
        if (m_board)
            m_board->refresh();   // a search that failed during the outage is read again
        // Order pages that could not load during the outage read their order now.
        for (OrderPage* page : findChildren<OrderPage*>())
            if (!page->isLoading() && !page->loadErrorText().isEmpty())
                page->reload();
        // Checklist answers kept during the outage are sent now (each once: its clientKey).
        for (ChecklistPage* page : findChildren<ChecklistPage*>()) {
            page->resendPending();
            if (!page->isLoading() && !page->loadErrorText().isEmpty())
                page->reload();
        }
    }
    retranslate();
}

void MainWindow::setReconnectIn(int ms)
{
    m_reconnectMs = ms;
    retranslate();
}

QString MainWindow::connectionStatusText() const
{
    return m_connectionLabel->text();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        emit settingsChanged();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::showUsers()
{
    UserAdminDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::showChecklistTemplates()
{
    ChecklistTemplatesDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::showWorkInstructions()
{
    WorkInstructionsDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::showTools()
{
    ToolsDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::updateMenus()
{
    // A menu shows when it holds an action of the role's (separators do not count).
    for (QMenu* menu : {m_ui->menuOrders, m_ui->menuCatalog, m_ui->menuQuality, m_ui->menuAssembly, m_ui->menuPeople}) {
        bool any = false;
        for (QAction* a : menu->actions())
            any = any || (!a->isSeparator() && a->isVisible());
        menu->menuAction()->setVisible(any);
    }
}

void MainWindow::showOrderAdmin(bool force)
{
    OrderAdminDialog dialog(m_session, force ? OrderAdminDialog::Mode::ForceStatus : OrderAdminDialog::Mode::Delete,
                            m_board && m_home->currentPanel() == HomeWidget::kBoardKey
                                ? m_board->selectedBuilds().value(0)
                                : m_home->currentBuild(),
                            this);
    if (dialog.exec() != QDialog::Accepted || !dialog.build())
        return;
    const QString build = dialog.build()->build.buildNumber;
    const QString orderId = dialog.doneOrderId();
    for (OrderPage* page : findChildren<OrderPage*>()) {
        if (page->orderId() != orderId)
            continue;
        if (force)
            page->reload();
        else
            page->close();   // the order is gone
    }
    if (force)
        statusBar()->showMessage(tr("Build %1 is now \"%2\" (forced; the reason is in its history).")
                                     .arg(build, StatusText::orderStatus(dialog.doneStatus())),
                                 15000);
    else
        statusBar()->showMessage(tr("Build %1 was deleted; the deletion record keeps the reason.").arg(build), 15000);
}

void MainWindow::showCatalogImport()
{
    CatalogImportDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::showChangePassword()
{
    ChangePasswordDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    if (!m_quitting) {
        m_quitting = true;
        emit quitRequested();
    }
    event->accept();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    if (m_newOrderAction)
        m_newOrderAction->setText(tr("&New order…"));
    const data::UserProfile& u = m_session->user();
    setWindowTitle(tr("CleanStation Production – %1 (%2)").arg(u.fullName, StatusText::role(u.role)));
    m_userLabel->setText(tr("%1 · %2").arg(u.fullName, StatusText::role(u.role)));
    const data::ConnectionSettings& s = m_session->settings();
    if (m_online) {
        m_connectionLabel->setText(tr("Connected to %1").arg(s.host));
        m_connectionLabel->setPalette(QPalette());
        m_connectionLabel->setFont(QFont());
    } else {
        m_connectionLabel->setText(tr("No connection to the server"));
        // In the error colour of the message bars, bold.
        QPalette palette = m_connectionLabel->palette();
        palette.setColor(QPalette::WindowText, MessageBar::kindColor(MessageBar::Kind::Error, palette));
        m_connectionLabel->setPalette(palette);
        QFont bold = m_connectionLabel->font();
        bold.setBold(true);
        m_connectionLabel->setFont(bold);
        // Plurals: one message for one second and one for the others (English has no translation file
        // to pluralise); each keeps %n for the forms of other languages.
        const int seconds = (m_reconnectMs + 999) / 1000;
        m_ui->offlineMessageBar->showWarning(
            (seconds == 1 ? tr("The server %1 cannot be reached. Your work on screen is kept; actions that need the "
                               "server are off until the connection is back. Trying again in %n second.",
                               nullptr, seconds)
                          : tr("The server %1 cannot be reached. Your work on screen is kept; actions that need the "
                               "server are off until the connection is back. Trying again in %n seconds.",
                               nullptr, seconds))
                .arg(s.host));
    }
}

} // namespace cs::ui
