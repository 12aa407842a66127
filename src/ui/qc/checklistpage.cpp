#include "ui/qc/checklistpage.h"

#include "ui/common/rowtablemodel.h"

#include "data/common/session.h"
#include "data/orders/documentrepository.h"
#include "domain/common/capabilities.h"
#include "domain/orders/documentrules.h"
#include "ui/assembly/assemblyerrortext.h"
#include "ui/common/futurewatch.h"
#include "ui/common/messagebar.h"
#include "ui/common/signaturedialog.h"
#include "ui/common/statustext.h"
#include "ui/printing/printpreview.h"
#include "ui/qc/checklistdrawingview.h"
#include "ui/qc/checklistfaildialog.h"
#include "ui/qc/checklistitemwidget.h"
#include "ui/qc/checklistsectionwidget.h"
#include "ui/qc/workwindow.h"
#include "domain/checklist/failclassification.h"
#include "print/qcrecordrenderer.h"
#include "ui/common/translator.h"

#include <QAction>
#include <QtConcurrent/QtConcurrentRun>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QCloseEvent>
#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QShowEvent>
#include <QVBoxLayout>

namespace cs::ui {

using domain::ChecklistAnswer;
using domain::ChecklistAnswerKey;

namespace {

QString outboxDirectory;

QString keyText(const ChecklistAnswerKey& key)
{
    return key.section + u'|' + key.item + u'|' + QString::number(key.position);
}

QString dateTimeText(const QDateTime& t)
{
    return RowTableModelBase::dateTimeText(t);
}

bool sameAnswer(const std::optional<ChecklistAnswer>& a, const std::optional<ChecklistAnswer>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    return a->notApplicable == b->notApplicable && a->value == b->value && a->otherText == b->otherText
           && a->reason == b->reason && a->readings == b->readings;
}

} // namespace

void ChecklistPage::setOutboxDirectory(const QString& directory)
{
    outboxDirectory = directory;
}

ChecklistPage* ChecklistPage::forBuild(data::Session* session, const QString& orderId, const QString& qcType, QWidget* parent)
{
    return new ChecklistPage(session, orderId, qcType, QString(), parent);
}

ChecklistPage* ChecklistPage::forChecklist(data::Session* session, const QString& checklistId, QWidget* parent)
{
    return new ChecklistPage(session, QString(), QString(), checklistId, parent);
}

ChecklistPage::ChecklistPage(data::Session* session, const QString& orderId, const QString& qcType,
                             const QString& checklistId, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_repo(*session)
    , m_orderId(orderId)
    , m_qcType(qcType)
    , m_checklistId(checklistId)
    , m_header(new WorkWindowHeader(this))
    , m_refreshButton(new QPushButton(this))
    , m_drawingButton(new QPushButton(this))
    , m_documentsButton(new QPushButton(this))
    , m_attachButton(new QPushButton(this))
    , m_printButton(new QPushButton(this))
    , m_message(new MessageBar(this))
    , m_signature(new MessageBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_scroll(new QScrollArea(this))
    , m_progress(new QLabel(this))
    , m_missingLabel(new QLabel(this))
    , m_missing(new QListWidget(this))
    , m_passReason(new QLabel(this))
    , m_passButton(new QPushButton(this))
    , m_failButton(new QPushButton(this))
    , m_reviseButton(new QPushButton(this))
    , m_attemptButton(new QPushButton(this))
    , m_drawing(new ChecklistDrawingView(session, this))
{
    setObjectName(QStringLiteral("checklistPage"));
    auto* layout = new QVBoxLayout(this);
    // The titles take the page's whole width (the assembler's bench shows the page in a narrow pane);
    // the actions are a row below them that goes on to a further line where it must.
    layout->addWidget(m_header);
    WorkWindowHeader::install(this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_drawingButton->setObjectName(QStringLiteral("drawingButton"));
    m_drawingButton->setCheckable(true);
    // The order's other documents (order confirmation, PO) one click away, shown in the same panel.
    // Push buttons with a menu: the style makes room for the menu's arrow beside the text.
    m_documentsButton->setObjectName(QStringLiteral("documentsButton"));
    m_documentsButton->setMinimumHeight(48);
    m_documentsButton->setAutoDefault(false);
    m_documentsButton->setMenu(new QMenu(m_documentsButton));
    m_documentsButton->setEnabled(false);
    m_header->addAction(m_documentsButton);
    m_attachButton->setObjectName(QStringLiteral("attachButton"));
    m_attachButton->setMinimumHeight(48);
    m_attachButton->setAutoDefault(false);
    m_attachButton->setMenu(new QMenu(m_attachButton));
    connect(m_attachButton->menu(), &QMenu::aboutToShow, this, &ChecklistPage::fillAttachMenu);
    m_header->addAction(m_attachButton);
    m_printButton->setObjectName(QStringLiteral("printRecordButton"));
    connect(m_printButton, &QPushButton::clicked, this, &ChecklistPage::printRecord);
    // The item last worked on: where "Attach to this item" puts a photo.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        for (QWidget* w = now; w && w != this; w = w->parentWidget())
            if (auto* item = qobject_cast<ChecklistItemWidget*>(w)) {
                setCurrentItem(item->key());
                return;
            }
    });
    for (QPushButton* b : {m_printButton, m_refreshButton, m_drawingButton})
        m_header->addAction(b);
    // The messages appear in the side panel: the form never moves under a finger when one shows.
    m_message->setObjectName(QStringLiteral("messageBar"));
    m_signature->setObjectName(QStringLiteral("signatureBar"));
    layout->addWidget(m_signature);

    m_scroll->setObjectName(QStringLiteral("formScrollArea"));
    m_scroll->setWidgetResizable(true);
    // Never sideways: the pane is kept at least as wide as the form's narrowest layout (updateFormMinimum),
    // rows wrap and flow within it.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_splitter->addWidget(m_scroll);

    auto* side = new QWidget(this);
    side->setObjectName(QStringLiteral("sidePanel"));
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 0, 6, 0);
    m_progress->setObjectName(QStringLiteral("progressLabel"));
    m_progress->setWordWrap(true);
    m_missingLabel->setObjectName(QStringLiteral("missingLabel"));
    m_missingLabel->setWordWrap(true);
    m_missing->setObjectName(QStringLiteral("missingList"));
    m_missing->setWordWrap(true);
    m_missing->setAlternatingRowColors(true);
    m_passReason->setObjectName(QStringLiteral("passReasonLabel"));
    m_passReason->setWordWrap(true);
    m_passReason->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_passButton->setObjectName(QStringLiteral("signPassButton"));
    m_failButton->setObjectName(QStringLiteral("recordFailButton"));
    m_reviseButton->setObjectName(QStringLiteral("reviseButton"));
    m_attemptButton->setObjectName(QStringLiteral("newAttemptButton"));
    sideLayout->addWidget(m_message);
    sideLayout->addWidget(m_progress);
    sideLayout->addWidget(m_missingLabel);
    sideLayout->addWidget(m_missing, 1);
    sideLayout->addWidget(m_passReason);
    for (QPushButton* b : {m_passButton, m_failButton, m_reviseButton, m_attemptButton}) {
        b->setMinimumHeight(48);
        b->setAutoDefault(false);
        sideLayout->addWidget(b);
    }
    // A signed record has no list of what is missing: what it says stays at the top.
    sideLayout->addStretch(0);
    m_side = side;
    m_splitter->addWidget(side);
    m_splitter->addWidget(m_drawing);
    m_drawing->hide();
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 3);
    layout->addWidget(m_splitter, 1);

    auto* refresh = new QAction(this);
    refresh->setShortcut(QKeySequence::Refresh);   // F5
    // The page's own: the assembler's bench holds two checklist pages, and two window-wide F5s would
    // be ambiguous (neither would fire).
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refresh);
    connect(refresh, &QAction::triggered, this, &ChecklistPage::reload);
    connect(m_refreshButton, &QPushButton::clicked, this, &ChecklistPage::reload);
    connect(m_drawingButton, &QPushButton::toggled, this, [this](bool on) {
        m_drawing->setVisible(on);
        // The form keeps the larger part; the drawing takes what the list of gaps leaves.
        const int width = qMax(900, m_splitter->width());
        if (m_sideTabs)   // the side pane holds the bench's instruction too: it keeps more room
            m_splitter->setSizes(on ? QList<int>{width * 44 / 100, width * 26 / 100, width * 30 / 100}
                                    : QList<int>{width * 64 / 100, width * 36 / 100, 0});
        else
            m_splitter->setSizes(on ? QList<int>{width * 48 / 100, width * 19 / 100, width * 33 / 100}
                                    : QList<int>{width * 72 / 100, width * 28 / 100, 0});
        if (on && m_form && m_drawing->documentId().isEmpty())
            m_drawing->showDocument(m_form->record().drawingDocumentId);
    });
    connect(m_missing, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QStringList parts = item->data(Qt::UserRole).toStringList();
        if (parts.size() == 3) {
            goToItem(ChecklistAnswerKey{parts.at(0), parts.at(1), parts.at(2).toInt()});
            // On to that item: its instruction (the bench's companion) is what the person reads next.
            if (m_sideTabs && m_sideTabs->isTabVisible(0))
                m_sideTabs->setCurrentIndex(0);
        } else if (m_form && !m_form->record().drawingDocumentId.isEmpty())
            m_drawingButton->setChecked(true);
    });
    connect(m_missing, &QListWidget::itemClicked, m_missing, &QListWidget::itemActivated);
    connect(m_passButton, &QPushButton::clicked, this, &ChecklistPage::signPass);
    connect(m_failButton, &QPushButton::clicked, this, &ChecklistPage::recordFail);
    connect(m_reviseButton, &QPushButton::clicked, this, &ChecklistPage::correct);
    connect(m_attemptButton, &QPushButton::clicked, this, &ChecklistPage::startNewAttempt);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ChecklistPage::flush);

    updateFonts();
    retranslate();
    if (m_checklistId.isEmpty())
        openChecklist();
    else
        loadChecklist(false);
}

ChecklistPage::~ChecklistPage()
{
    m_load.cancel();
}

bool ChecklistPage::mayFill() const
{
    // The production checks and the end-of-line test are the assembler's (the claimant's: the server
    // says so when someone else tries), the QC forms the inspector's.
    return domain::Capabilities::allows(m_session->user().role, isAssemblyForm() ? domain::Capability::ProductionWork
                                                                                 : domain::Capability::PerformQc);
}

bool ChecklistPage::isReadOnly() const
{
    return !m_form || m_form->record().signedOff || m_signing || m_revising || !mayFill();
}

bool ChecklistPage::stageOpen(const QString& sectionId) const
{
    // The production checklist by the build's stage: its packing list (S4) after the test, the rest before.
    if (m_qcType != u"CLP" || !m_form)
        return true;
    const QString& status = m_form->record().orderStatus;
    return sectionId == u"S4" ? status == u"TestingComplete" : status == u"ReadyForProduction";
}

bool ChecklistPage::inFilter(const QString& sectionId) const
{
    return m_sectionFilter.isEmpty() || m_sectionFilter.contains(sectionId);
}

void ChecklistPage::setSectionFilter(const QStringList& sections)
{
    m_sectionFilter = sections;
    for (ChecklistSectionWidget* section : std::as_const(m_sections))
        section->setVisible(inFilter(section->section().sectionId));
    updateProgress();
    updateActions();
}

void ChecklistPage::setCompanion(QWidget* companion)
{
    if (m_sideTabs)
        return;
    // The side pane becomes two tabs: the companion (shown first) and what is still to do.
    m_sideTabs = new QTabWidget(this);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_sideTabs->setTabBarAutoHide(true);
    m_sideTabs->setDocumentMode(true);
    m_splitter->replaceWidget(1, m_sideTabs);
    m_sideTabs->addTab(companion, QString());
    m_sideTabs->addTab(m_side, QString());
    m_splitter->setStretchFactor(1, 2);
    // The form keeps the larger part; the pane is wide enough for an instruction's pictures (set when the
    // splitter has its width: eventFilter).
    m_splitter->installEventFilter(this);
    updateProgress();
}

void ChecklistPage::setCompanionTitle(const QString& title)
{
    if (m_sideTabs)
        m_sideTabs->setTabText(0, title);
}

void ChecklistPage::setCompanionShown(bool shown)
{
    if (!m_sideTabs || m_sideTabs->isTabVisible(0) == shown)
        return;
    m_sideTabs->setTabVisible(0, shown);
    m_sideTabs->setCurrentIndex(shown ? 0 : 1);
}

bool ChecklistPage::isCompanionShown() const
{
    return m_sideTabs && m_sideTabs->isTabVisible(0) && m_sideTabs->currentIndex() == 0 && m_sideTabs->isVisibleTo(this);
}

void ChecklistPage::setEmbedded(bool embedded)
{
    m_embedded = embedded;
    m_header->titleLabel()->setVisible(!embedded);
    updateHeader();
}

QList<domain::ChecklistGap> ChecklistPage::missingIn(const QStringList& sections) const
{
    QList<domain::ChecklistGap> gaps;
    if (!m_form)
        return gaps;
    for (const domain::ChecklistGap& g : m_form->missing())
        if (sections.isEmpty() || (!g.key.item.isEmpty() && sections.contains(g.key.section)))
            gaps.append(g);
    return gaps;
}

int ChecklistPage::applicableIn(const QStringList& sections) const
{
    if (sections.isEmpty())
        return m_form ? m_form->applicableCount() : 0;
    int n = 0;
    for (ChecklistItemWidget* item : m_items)
        if (sections.contains(item->key().section) && item->applies() && item->isRequired())
            ++n;
    return n;
}

int ChecklistPage::answeredIn(const QStringList& sections) const
{
    if (sections.isEmpty())
        return m_form ? m_form->answeredCount() : 0;
    int n = 0;
    for (ChecklistItemWidget* item : m_items) {
        if (!sections.contains(item->key().section) || !item->applies() || !item->isRequired())
            continue;
        const auto a = item->answer();
        if (a && (a->notApplicable || (a->value.isValid() && !(item->type() == domain::ChecklistItemType::Check && !a->value.toBool()))))
            ++n;
    }
    return n;
}

QString ChecklistPage::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

QString ChecklistPage::progressText() const
{
    return m_progress->text();
}

QString ChecklistPage::signatureText() const
{
    return m_signature->isVisibleTo(this) ? m_signature->text() : QString();
}

int ChecklistPage::pendingCount() const
{
    return m_outbox ? m_outbox->size() : 0;
}

ChecklistItemWidget* ChecklistPage::itemWidget(const ChecklistAnswerKey& key) const
{
    return m_itemByKey.value(keyText(key));
}

// ---------------------------------------------------------------------------------------------
// Opening and loading
// ---------------------------------------------------------------------------------------------
void ChecklistPage::openChecklist()
{
    m_loading = true;
    updateHeader();
    updateActions();
    whenDone(this, m_repo.open(m_orderId, m_qcType), [this](const data::Result<QString>& r) {
        if (!r) {
            m_loading = false;
            const data::DbError& e = r.error();
            if (e.connectionLost())
                m_loadError = tr("The checklist could not be opened: the server cannot be reached right now. Open it "
                                 "again when the connection is back.");
            else
                m_loadError = tr("The checklist could not be opened: %1").arg(refusalWords(e));
            showMessage(m_loadError, true, tr("Server code %1 (SQLSTATE %2)").arg(e.qualifiedCode(), e.sqlState));
            if (e.connectionLost() || e.kind == data::DbError::Kind::Timeout)
                emit queryFailed(e);
            updateHeader();
            updateActions();
            emit loadFailed(m_loadError);
            emit actionFinished(Action::Open, false);
            return;
        }
        m_checklistId = r.value();
        loadChecklist(false);
        emit actionFinished(Action::Open, true);
    });
}

void ChecklistPage::reload()
{
    if (m_checklistId.isEmpty()) {
        if (!m_loading)
            openChecklist();
        return;
    }
    loadChecklist(false);
}

void ChecklistPage::loadChecklist(bool quiet)
{
    m_load.cancel();
    m_load = m_repo.load(m_checklistId);
    m_loading = true;
    if (!quiet)
        updateHeader();
    updateActions();
    const QString id = m_checklistId;
    whenDone(this, m_load, [this, id](const data::Result<data::ChecklistRecord>& r) {
        if (id != m_checklistId)
            return;   // a new revision meanwhile
        m_loading = false;
        if (!r) {
            const data::DbError& e = r.error();
            m_loadError = e.connectionLost()
                              ? tr("The checklist could not be read: the server cannot be reached right now. What you "
                                   "answer is kept on this PC and sent when the connection is back.")
                              : tr("The checklist could not be read: %1").arg(refusalWords(e));
            showMessage(m_loadError, true);
            if (e.connectionLost() || e.kind == data::DbError::Kind::Timeout)
                emit queryFailed(e);
            updateHeader();
            updateActions();
            emit loadFailed(m_loadError);
            return;
        }
        showRecord(r.value());
    });
}

void ChecklistPage::showRecord(const data::ChecklistRecord& record)
{
    QString error;
    auto form = ChecklistForm::fromRecord(record, &error);
    if (!form) {
        m_loadError = error;
        showMessage(error, true);
        updateHeader();
        updateActions();
        emit loadFailed(error);
        return;
    }
    if (!m_loadError.isEmpty() && m_message->text() == m_loadError)
        showMessage(QString(), false);
    m_loadError.clear();
    m_orderId = record.orderId;
    m_qcType = record.qcType;
    const QString builtFor = record.checklistId + u'#' + QString::number(record.templateVersion.version);
    const bool rebuild = builtFor != m_builtFor;
    // Keep what this PC still has to send laid over the stored answers.
    if (!m_outbox || m_outbox->filePath() != ChecklistOutbox(m_session->user().username, record.checklistId, outboxDirectory).filePath()) {
        m_outbox = std::make_unique<ChecklistOutbox>(m_session->user().username, record.checklistId, outboxDirectory);
        int unreadable = 0;
        m_outbox->load(&unreadable);
        if (unreadable > 0)
            showMessage(tr("Answers kept on this PC that could not be read, and were dropped: %n.", nullptr, unreadable), true);
        m_prefilled = false;
    }
    for (const ChecklistOutbox::Entry& e : m_outbox->entries())
        form->setAnswer(e.key, e.answer);
    m_form = std::move(form);
    if (rebuild) {
        buildForm();
        m_builtFor = builtFor;
    }
    updateAnswersFromForm(!rebuild);
    updateHeader();
    updateProgress();
    updateActions();
    if (!m_drawingShownOnce && m_qcType == u"PreQC" && !record.drawingDocumentId.isEmpty()) {
        m_drawingShownOnce = true;
        m_drawingButton->setChecked(true);   // beside the checklist from the start
    } else if (m_drawingButton->isChecked() && m_drawing->documentId().isEmpty()) {
        m_drawing->showDocument(record.drawingDocumentId);
    }
    loadDocuments();
    if (!isReadOnly()) {
        applyPrefills();
        flush();
    } else if (record.signedOff && m_outbox && !m_outbox->isEmpty()) {
        // Answers kept for a checklist signed meanwhile cannot be stored any more.
        showMessage(tr("Answers kept on this PC that were not stored, because the checklist was signed before they could be "
                       "sent: %n.",
                       nullptr, m_outbox->size()),
                    true);
        m_outbox->clear();
    }
    emit loaded();
}

void ChecklistPage::loadDocuments()
{
    m_listingDocuments = true;
    whenDone(this, data::DocumentRepository(*m_session).list(m_orderId),
             [this](const data::Result<QList<data::DocumentInfo>>& r) {
                 m_listingDocuments = false;
                 QMenu* menu = m_documentsButton->menu();
                 menu->clear();
                 if (!r) {
                     m_documentsButton->setEnabled(false);
                     return;   // the checklist itself has loaded; the list is read again with the next refresh
                 }
                 for (const data::DocumentInfo& d : r.value()) {
                     QAction* a = menu->addAction(tr("%1 · %2").arg(documentTypeWords(d.documentType), d.fileName));
                     const QString id = d.documentId;
                     connect(a, &QAction::triggered, this, [this, id] {
                         m_drawing->showDocument(id);
                         m_drawingButton->setChecked(true);
                     });
                 }
                 m_documentsButton->setEnabled(!menu->isEmpty());
                 m_documentsButton->setText(tr("Documents (%1)").arg(menu->actions().size()));
             });
}

QString ChecklistPage::documentTypeWords(const QString& type)
{
    if (type == u"ApprovedDrawing")
        return tr("Approved drawing");
    if (type == u"Drawing")
        return tr("Drawing");
    if (type == u"PO")
        return tr("Purchase order");
    if (type == u"Photo")
        return tr("Photo");
    if (type == u"OrderConfirmation")
        return tr("Order confirmation");
    return tr("Other");
}

void ChecklistPage::clearForm()
{
    m_items.clear();
    m_itemByKey.clear();
    m_sections.clear();
    delete m_scroll->takeWidget();
    m_formWidget = nullptr;
    m_formLayout = nullptr;
}

void ChecklistPage::buildForm()
{
    clearForm();
    m_formWidget = new QWidget;
    m_formWidget->setObjectName(QStringLiteral("formWidget"));
    m_formLayout = new QVBoxLayout(m_formWidget);
    m_formLayout->setSpacing(4);
    const domain::ChecklistInstance& form = m_form->instance();
    const domain::ChecklistTemplate& tmpl = form.checklistTemplate();
    for (const domain::ChecklistSectionInstance& s : form.sections()) {
        bool wantsInitials = false;
        for (const domain::ChecklistSection& ts : tmpl.sections)
            if (ts.id == s.sectionId)
                wantsInitials = ts.unknownFields.value(u"initials").toBool();
        auto* section = new ChecklistSectionWidget(s, wantsInitials, m_formWidget);
        if (section->initialsEdit())
            section->initialsEdit()->setText(m_session->user().initials);
        for (const domain::ChecklistEntry& e : form.entries()) {
            if (e.sectionId != s.sectionId || e.position != s.position)
                continue;
            auto* item = new ChecklistItemWidget(e, section);
            item->setNumber(domain::QcRecordContent::itemNumber(form, e.sectionId, e.item.id));
            section->addItem(item);
            m_items.append(item);
            m_itemByKey.insert(keyText(item->key()), item);
        }
        if (s.sectionCheck && s.present) {
            auto* check = ChecklistItemWidget::sectionCheck(s.sectionId, s.position, section);
            section->addItem(check);
            m_items.append(check);
            m_itemByKey.insert(keyText(check->key()), check);
        }
        m_sections.append(section);
        section->setVisible(inFilter(s.sectionId));
        m_formLayout->addWidget(section);
    }
    m_formLayout->addStretch(1);
    for (ChecklistItemWidget* item : std::as_const(m_items)) {
        connect(item, &ChecklistItemWidget::answerGiven, this, &ChecklistPage::onAnswerGiven);
        connect(item, &ChecklistItemWidget::advance, this, [this, item] { advanceFrom(item); });
    }
    m_scroll->setWidget(m_formWidget);
    updateFormMinimum();
}

void ChecklistPage::updateFormMinimum()
{
    if (!m_formWidget)
        return;
    m_formWidget->layout()->activate();
    m_scroll->setMinimumWidth(m_formWidget->minimumSizeHint().width() + m_scroll->verticalScrollBar()->sizeHint().width()
                              + 2 * m_scroll->frameWidth());
}

bool ChecklistPage::eventFilter(QObject* watched, QEvent* event)
{
    // With a companion the side pane gets its share once the splitter knows its width.
    if (watched == m_splitter && event->type() == QEvent::Resize && m_sideTabs && !m_sideSized && m_splitter->width() > 0) {
        m_sideSized = true;
        const int width = m_splitter->width();
        m_splitter->setSizes({width * 64 / 100, width * 36 / 100, 0});
    }
    return QWidget::eventFilter(watched, event);
}

void ChecklistPage::updateAnswersFromForm(bool keepFocused)
{
    const bool readOnly = isReadOnly();
    for (ChecklistItemWidget* item : std::as_const(m_items)) {
        item->setReadOnly(readOnly || !stageOpen(item->key().section));
        const ChecklistAnswerKey& key = item->key();
        const bool pending = m_outbox && m_outbox->hasPending(key);
        const std::optional<ChecklistAnswer> shown = m_form->answer(key);
        // A line being typed in keeps what is typed (its answer is given when it is left); after a refusal
        // the server's answer is shown.
        const bool refused = item->state() == ChecklistItemWidget::State::Conflict
                             || item->state() == ChecklistItemWidget::State::Refused;
        if (!(keepFocused && item->isTyping() && !pending && !refused) || readOnly) {
            if (!sameAnswer(item->answer(), shown))
                item->setAnswer(shown);
        }
        if (pending) {
            item->setState(m_waiting ? ChecklistItemWidget::State::Waiting : ChecklistItemWidget::State::Saving);
            continue;
        }
        if (item->state() == ChecklistItemWidget::State::Conflict || item->state() == ChecklistItemWidget::State::Refused)
            continue;   // says what happened until the next answer
        const ChecklistForm::Stamp stamp = m_form->stamp(key);
        if (shown && stamp.version > 0)
            item->setState(ChecklistItemWidget::State::Saved, savedWords(stamp));
        else
            item->setState(ChecklistItemWidget::State::None);
    }
}

void ChecklistPage::applyPrefills()
{
    if (m_prefilled || !m_form)
        return;
    m_prefilled = true;
    const data::ChecklistRecord& record = m_form->record();
    for (const domain::ChecklistEntry& e : m_form->instance().entries()) {
        if (!e.inHeader || !e.applies)
            continue;
        const ChecklistAnswerKey key{e.sectionId, e.item.id, e.position};
        if (m_form->answer(key))
            continue;
        // The form's prefills (build, PO, project, model, today, the person), from the one reading of them;
        // Final QC's "First pass" is the record's (no earlier Final QC of the build failed).
        QVariant value = m_form->instance().prefill(e, m_session->user().fullName, m_session->user().initials,
                                                    QDate::currentDate());
        if (e.item.type == domain::ChecklistItemType::YesNo && e.item.id == u"H.firstPass")
            value = record.firstPass;
        if (!value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
            continue;
        if (ChecklistItemWidget* item = itemWidget(key)) {
            item->setAnswer(ChecklistAnswer::of(value));
            onAnswerGiven(key, ChecklistAnswer::of(value));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Saving as you go
// ---------------------------------------------------------------------------------------------
void ChecklistPage::onAnswerGiven(const ChecklistAnswerKey& key, const ChecklistAnswer& answer)
{
    if (!m_form || !m_outbox || isReadOnly())
        return;
    ChecklistOutbox::Entry entry;
    entry.clientKey = QUuid::createUuid();
    entry.key = key;
    entry.type = m_form->typeOf(key);
    entry.answer = answer;
    entry.baseVersion = m_form->stamp(key).version;   // rebased when an earlier answer of the item is stored
    entry.givenAt = QDateTime::currentDateTimeUtc();
    QString error;
    if (!m_outbox->append(entry, &error))
        showMessage(tr("Your answer could not be kept on this PC (%1); it is being sent now.").arg(error), true);
    m_form->setAnswer(key, answer);
    if (ChecklistItemWidget* item = itemWidget(key))
        item->setState(m_waiting ? ChecklistItemWidget::State::Waiting : ChecklistItemWidget::State::Saving);
    updateProgress();
    updateActions();
    flush();
}

void ChecklistPage::resendPending()
{
    m_retry.stop();
    m_retryMs = 2000;
    m_waiting = false;
    flush();
}

void ChecklistPage::flush()
{
    if (!m_inFlight.isNull() || !m_outbox || m_outbox->isEmpty() || !m_form || m_form->record().signedOff)
        return;
    const ChecklistOutbox::Entry entry = m_outbox->entries().constFirst();
    data::ChecklistAnswerWrite write;
    write.checklistId = m_form->record().checklistId;
    write.key = entry.key;
    write.answer = entry.answer;
    write.expectedVersion = entry.baseVersion;
    write.clientKey = entry.clientKey;
    m_inFlight = entry.clientKey;
    updateActions();
    whenDone(this, m_repo.saveAnswer(write),
             [this, entry](const data::Result<data::ChecklistAnswerSaved>& r) { onSaved(entry, r); });
}

void ChecklistPage::onSaved(const ChecklistOutbox::Entry& entry, const data::Result<data::ChecklistAnswerSaved>& r)
{
    m_inFlight = QUuid();
    ChecklistItemWidget* item = itemWidget(entry.key);
    if (r) {
        m_waiting = false;
        m_retryMs = 2000;
        QString error;
        m_outbox->remove(entry.clientKey, &error);
        m_outbox->rebase(entry.key, r->version, &error);
        if (!error.isEmpty())
            showMessage(tr("The list of answers kept on this PC could not be updated: %1").arg(error), true);
        const ChecklistForm::Stamp stamp{r->version, r->answeredBy, r->answeredAt};
        if (m_form) {
            if (m_outbox->hasPending(entry.key))
                m_form->setStored(entry.key, *m_form->answer(entry.key), stamp);   // a later answer is on its way
            else
                m_form->setStored(entry.key, entry.answer, stamp);
        }
        if (item && !m_outbox->hasPending(entry.key)) {
            if (ChecklistForm::isEmptyAnswer(entry.answer))
                item->setState(ChecklistItemWidget::State::None, tr("Cleared: %1").arg(savedWords(stamp)));
            else
                item->setState(ChecklistItemWidget::State::Saved, savedWords(stamp));
        }
        emit answerSaved(entry.key);
        if (m_outbox->isEmpty() && !m_waitingText.isEmpty() && m_message->text() == m_waitingText)
            showMessage(tr("The connection is back: every answer kept on this PC is stored."), false);
        if (m_outbox->isEmpty())
            m_waitingText.clear();
        updateActions();
        flush();
        return;
    }
    const data::DbError& e = r.error();
    if (e.connectionLost() || e.kind == data::DbError::Kind::Timeout || e.kind == data::DbError::Kind::Cancelled) {
        // Not acknowledged: kept, and sent again with the same key (the server applies it once).
        markWaiting();
        if (e.kind != data::DbError::Kind::Cancelled)
            emit queryFailed(e);
        m_retry.start(m_retryMs);
        m_retryMs = qMin(m_retryMs * 2, 30000);
        updateActions();
        return;
    }
    // Refused: this answer (and the ones given over it) will not be stored as it is.
    m_outbox->removeItem(entry.key);
    if (item) {
        if (e.kind == data::DbError::Kind::Conflict || e.code == u"E-STALE")
            item->setState(ChecklistItemWidget::State::Conflict,
                           tr("Not saved: changed by someone else meanwhile (%1). Their answer is shown.").arg(e.message));
        else
            item->setState(ChecklistItemWidget::State::Refused, tr("Not saved: %1").arg(refusalWords(e)));
    }
    if (e.kind == data::DbError::Kind::Conflict || e.code == u"E-STALE")
        showMessage(tr("“%1” was changed by someone else: %2. Their answer is shown; answer again if it is wrong.")
                        .arg(itemWords(entry.key), e.message),
                    true);
    else
        showMessage(tr("Your answer to “%1” was not saved: %2").arg(itemWords(entry.key), refusalWords(e)), true,
                    tr("Server code %1 (SQLSTATE %2)").arg(e.qualifiedCode(), e.sqlState));
    // The server's answers (and others' changes) are read again; the rest goes on.
    loadChecklist(true);
    flush();
}

void ChecklistPage::markWaiting()
{
    m_waiting = true;
    if (!m_outbox)
        return;
    for (const ChecklistOutbox::Entry& e : m_outbox->entries())
        if (ChecklistItemWidget* item = itemWidget(e.key))
            item->setState(ChecklistItemWidget::State::Waiting);
    m_waitingText = tr("The server cannot be reached. Answers kept on this PC, to be sent when the connection is back: %n. "
                       "Go on filling in the checklist.",
                       nullptr, m_outbox->size());
    showMessage(m_waitingText, true);
}

// ---------------------------------------------------------------------------------------------
// Keyboard and navigation
// ---------------------------------------------------------------------------------------------
void ChecklistPage::advanceFrom(ChecklistItemWidget* item)
{
    const qsizetype at = m_items.indexOf(item);
    for (qsizetype i = at + 1; i < m_items.size(); ++i) {
        ChecklistItemWidget* next = m_items.at(i);
        if (!next->applies() || next->isReadOnly() || !inFilter(next->key().section))
            continue;
        auto* section = qobject_cast<ChecklistSectionWidget*>(next->parentWidget());
        if (section && !section->isExpanded())
            section->setExpanded(true);
        if (next->focusInput()) {
            m_scroll->ensureWidgetVisible(next, 0, 40);
            return;
        }
    }
    // The last item: on to the sign-off (as soon as the last answers are stored, when they are on their way).
    m_focusSignOff = true;
    updateActions();
    emit endReached();
}

void ChecklistPage::goToItem(const ChecklistAnswerKey& key)
{
    ChecklistItemWidget* item = itemWidget(key);
    if (!item)
        return;
    if (auto* section = qobject_cast<ChecklistSectionWidget*>(item->parentWidget()))
        section->setExpanded(true);
    m_scroll->ensureWidgetVisible(item, 0, 40);
    if (!item->focusInput())
        item->setFocus();
    setCurrentItem(key);   // also when the window has no focus to give
}

void ChecklistPage::setCurrentItem(const ChecklistAnswerKey& key)
{
    if (m_lastItem == key)
        return;
    m_lastItem = key;
    emit currentItemChanged(key);
}

// ---------------------------------------------------------------------------------------------
// Progress, header, actions
// ---------------------------------------------------------------------------------------------
void ChecklistPage::updateProgress()
{
    if (!m_form) {
        m_progress->clear();
        m_missing->clear();
        return;
    }
    m_progress->setText(tr("%1 of %2 applicable items").arg(answeredIn(m_sectionFilter)).arg(applicableIn(m_sectionFilter)));
    const QList<domain::ChecklistGap> gaps = missingIn(m_sectionFilter);
    m_missing->clear();
    // A signed record has nothing more to give: no list of what a pass would need (a signed FAIL is done).
    const bool signedOff = m_form->record().signedOff;
    m_missing->setVisible(!signedOff);
    m_missingLabel->setVisible(!signedOff);
    for (const domain::ChecklistGap& g : gaps) {
        auto* row = new QListWidgetItem(gapWords(g), m_missing);
        if (!g.key.item.isEmpty())
            row->setData(Qt::UserRole, QStringList{g.key.section, g.key.item, QString::number(g.key.position)});
    }
    if (m_qcType == u"CLP")
        m_missingLabel->setText(gaps.isEmpty() ? tr("Nothing is missing here.")
                                               : tr("Still to do: %1. Click one to go to it.").arg(gaps.size()));
    else
        m_missingLabel->setText(gaps.isEmpty() ? tr("Nothing is missing for a pass.")
                                               : tr("Missing for a pass: %1. Click one to go to it.").arg(gaps.size()));
    if (m_sideTabs)
        m_sideTabs->setTabText(1, gaps.isEmpty() ? tr("S&till to do: nothing") : tr("S&till to do: %1").arg(gaps.size()));
    // Per section: answered of applicable.
    for (ChecklistSectionWidget* section : std::as_const(m_sections)) {
        int applicable = 0, answered = 0;
        for (ChecklistItemWidget* item : section->items()) {
            if (!item->applies() || !item->isRequired())
                continue;
            ++applicable;
            const auto a = item->answer();
            if (a && (a->notApplicable || (a->value.isValid() && !(item->type() == domain::ChecklistItemType::Check && !a->value.toBool()))))
                ++answered;
        }
        section->setProgress(answered, applicable);
    }
}

void ChecklistPage::updateHeader()
{
    if (!m_form) {
        m_header->setTexts(m_loading ? tr("Opening the checklist…") : tr("Checklist not loaded"),
                           m_loading ? tr("Loading…") : QString());
        return;
    }
    const data::ChecklistRecord& r = m_form->record();
    const domain::ChecklistSubject& s = m_form->instance().subject();
    // Two lines: the order and its status, then the form with its version, attempt and revision.
    // Embedded in the bench (which says the order and its status): the form only.
    QString sub = m_embedded ? QString()
                             : tr("PO %1 · %2 · status: %3").arg(s.order.poNumber, s.order.customerName,
                                                                  StatusText::orderStatus(r.orderStatus))
                                   + u'\n';
    sub += tr("Form “%1”, template version %2 · attempt %3, revision %4")
                 .arg(r.templateVersion.title.isEmpty() ? m_form->instance().checklistTemplate().title : r.templateVersion.title)
                 .arg(r.templateVersion.version)
                 .arg(r.attempt)
                 .arg(r.revision);
    if (!r.revisionReason.isEmpty())
        sub += u'\n' + tr("Correction: %1").arg(r.revisionReason);
    if (m_loading)
        sub += QStringLiteral(" · ") + tr("Loading…");
    m_header->setTexts(tr("%1 — build %2").arg(qcTypeWords(), r.buildNumber), sub);

    if (r.signature) {
        const data::ChecklistSignature& sig = *r.signature;
        // Whole sentences, one after the other.
        QString text = (sig.pass ? tr("Signed PASS by %1 (%2) on %3: “%4”.") : tr("Signed FAIL by %1 (%2) on %3: “%4”."))
                           .arg(sig.printedName, sig.initials, dateTimeText(sig.signedAt), sig.meaning);
        text += u' ' + tr("Build status now: %1.").arg(StatusText::orderStatus(r.orderStatus));
        if (!sig.pass)
            text += u' ' + tr("Reason: %1").arg(sig.failReason) + (sig.failReason.endsWith(u'.') ? QString() : QStringLiteral("."));
        if (!sig.pass && m_qcType != u"CLT") {
            // The stored codes in the session's words, as the fail dialog offered them.
            const domain::TravelerLanguage language = Translator::textLanguage();
            text += u' ' + tr("Category: %1; severity: %2.")
                               .arg(domain::FailClassification::categoryWords(sig.failCategory, language),
                                    domain::FailClassification::severityWords(sig.failSeverity, language));
            text += u' ' + (sig.rework ? tr("Reworked in-house.") : tr("Not reworked."));
        }
        text += u' ' + tr("This record is read-only.");
        m_signature->setToolTip(tr("Content SHA-256: %1").arg(sig.contentSha256));
        m_signature->showMessage(sig.pass ? MessageBar::Kind::Info : MessageBar::Kind::Warning, text);
    } else if (r.signedOff) {
        m_signature->showInfo(tr("This checklist is signed and read-only."));
    } else {
        m_signature->clear();
    }
}

void ChecklistPage::updateActions()
{
    const bool qc = mayFill();
    const bool loaded = isLoaded();
    const bool signedOff = isSigned();
    const bool busy = m_signing || m_revising;
    const int pending = pendingCount();
    const QList<domain::ChecklistGap> gaps = missingIn(m_sectionFilter);
    // The production checklist is signed once, with its closing statement, on the assembler's bench;
    // a failed end-of-line test is followed by a new attempt, not corrected.
    const bool clp = m_qcType == u"CLP";
    const bool clt = m_qcType == u"CLT";
    const bool failedTest = clt && signedOff && m_form && m_form->record().signature && !m_form->record().signature->pass;
    m_passButton->setVisible(qc && !signedOff && !clp);
    m_failButton->setVisible(qc && !signedOff && !clp);
    m_reviseButton->setVisible(qc && signedOff && !isAssemblyForm());
    m_attemptButton->setVisible(qc && failedTest);
    m_attemptButton->setEnabled(loaded && !busy);
    m_passButton->setEnabled(loaded && !busy && gaps.isEmpty() && pending == 0);
    m_failButton->setEnabled(loaded && !busy && pending == 0);
    m_reviseButton->setEnabled(loaded && !busy);
    m_refreshButton->setEnabled(!m_loading || !m_form);
    m_drawingButton->setEnabled(m_form.has_value());
    m_attachButton->setEnabled(m_form.has_value());
    m_printButton->setEnabled(m_form.has_value());
    QString reason;
    if (!qc)
        reason = isAssemblyForm() ? tr("Only the assembler who claimed the build (or an admin) can fill in this form.")
                                  : tr("Only a QC inspector can fill in and sign this checklist.");
    else if (failedTest)
        reason = tr("This test failed. Fix the cause, then start a new attempt: the failed record is kept.");
    else if (signedOff || clp)
        reason = QString();
    else if (!loaded)
        reason = tr("Wait until the checklist has loaded.");
    else if (pending > 0)
        reason = m_waiting ? tr("Answers waiting for the connection: %n. Signing waits until they are stored.", nullptr, pending)
                           : tr("Saving answers, %n to go…", nullptr, pending);
    else if (!gaps.isEmpty())
        reason = tr("PASS needs every applicable item. Still missing: %n (see the list).", nullptr, int(gaps.size()));
    else
        reason = tr("Everything is answered: sign the PASS, or record a FAIL.");
    m_passReason->setText(reason);
    m_passReason->setVisible(!reason.isEmpty());
    m_passButton->setToolTip(gaps.isEmpty() ? QString() : gapWords(gaps.constFirst()));
    if (m_focusSignOff && pending == 0 && m_inFlight.isNull()) {
        m_focusSignOff = false;
        if (m_passButton->isEnabled())
            m_passButton->setFocus(Qt::TabFocusReason);
        else if (m_failButton->isEnabled())
            m_failButton->setFocus(Qt::TabFocusReason);
    }
}

QString ChecklistPage::itemWords(const ChecklistAnswerKey& key) const
{
    if (key.item == domain::ChecklistPassRule::kSectionCheckItem)
        return tr("Section verified");
    const domain::ChecklistEntry* e = m_form ? m_form->instance().find(key.section, key.item, key.position) : nullptr;
    if (!e)
        return key.item;
    const QString number = domain::QcRecordContent::itemNumber(m_form->instance(), key.section, key.item);
    return number.isEmpty() ? e->item.text : tr("%1 %2", "item number as printed on the form, item words").arg(number, e->item.text);
}

QString ChecklistPage::placeWords(const ChecklistAnswerKey& key) const
{
    if (!m_form)
        return {};
    // A heading as the form shows it, never a piece of a sentence.
    if (key.section == domain::ChecklistTemplate::kHeaderSection)
        return tr("Header of the form");
    for (const domain::ChecklistSectionInstance& s : m_form->instance().sections()) {
        if (s.sectionId != key.section || s.position != key.position)
            continue;
        return s.position > 0 ? tr("%1 %2, basin %3").arg(s.sectionId, s.title).arg(s.position)
                              : tr("%1 %2").arg(s.sectionId, s.title);
    }
    return key.section;
}

QString ChecklistPage::gapWords(const domain::ChecklistGap& gap) const
{
    if (gap.key.item.isEmpty() || gap.problem.isEmpty())
        return gap.message;   // a rule of the whole form: a sentence of its own
    if (gap.key.item == domain::ChecklistPassRule::kSectionCheckItem)
        return tr("%1, section verified: %2.", "the section's heading, what its tick lacks").arg(placeWords(gap.key), gap.problem);
    // The number names the section on the paper form; a basin is said.
    return gap.key.position > 0 ? tr("%1, basin %2: %3.").arg(itemWords(gap.key)).arg(gap.key.position).arg(gap.problem)
                                : tr("%1: %2.").arg(itemWords(gap.key), gap.problem);
}

QString ChecklistPage::savedWords(const ChecklistForm::Stamp& stamp) const
{
    if (stamp.answeredBy.isEmpty())
        return dateTimeText(stamp.answeredAt);
    return tr("%1, %2").arg(stamp.answeredBy, dateTimeText(stamp.answeredAt));
}

QString ChecklistPage::qcTypeWords() const
{
    if (m_qcType == u"CLP")
        return tr("Production checklist");
    if (m_qcType == u"CLT")
        return tr("End-of-line test");
    return m_qcType == u"FinalQC" ? tr("Final QC") : tr("Pre-QC");
}

QString ChecklistPage::meaning(bool pass) const
{
    if (m_qcType == u"CLT")
        return pass ? tr("End-of-line test passed") : tr("End-of-line test failed");
    if (m_qcType == u"CLP")
        return tr("Ready for inspection");
    if (m_qcType == u"FinalQC")
        return pass ? tr("Final QC passed") : tr("Final QC failed");
    return pass ? tr("Pre-QC passed") : tr("Pre-QC failed");
}

// ---------------------------------------------------------------------------------------------
// Sign-off
// ---------------------------------------------------------------------------------------------
bool ChecklistPage::canSign(bool pass)
{
    if (!isLoaded() || isSigned()) {
        showMessage(tr("Wait until the checklist has loaded, then try again."), true);
        return false;
    }
    if (m_signing || m_revising) {
        showMessage(tr("Wait until the signature that runs now is done."), true);
        return false;
    }
    if (pendingCount() > 0 || isSending()) {
        showMessage(tr("Not yet. Answers still to be stored on the server: %n. Sign when they are saved.", nullptr,
                       pendingCount()),
                    true);
        return false;
    }
    if (pass) {
        const QList<domain::ChecklistGap> gaps = missingIn(m_sectionFilter);
        if (!gaps.isEmpty()) {
            showMessage(tr("PASS cannot be signed yet: %1").arg(gapWords(gaps.constFirst())), true);
            return false;
        }
    }
    return true;
}

bool ChecklistPage::signPass()
{
    if (!canSign(true))
        return false;
    data::ChecklistSignOff signOff;
    signOff.checklistId = m_checklistId;
    signOff.pass = true;
    openSignature(signOff);
    return true;
}

bool ChecklistPage::recordFail()
{
    if (!canSign(false))
        return false;
    if (m_qcType == u"CLT") {
        // A failed test needs what failed and why; the build stays in production for a new attempt.
        bool ok = false;
        const QString reason = QInputDialog::getMultiLineText(this, tr("Record the test as FAILED"),
                                                              tr("What failed, and why? (The build stays in production; "
                                                                 "after the fix the test is taken again.)"),
                                                              QString(), &ok);
        if (!ok)
            return false;
        if (reason.trimmed().size() < 3) {
            showMessage(tr("A failed test needs a reason (at least 3 characters)."), true);
            return false;
        }
        return signFail(reason.trimmed(), QString(), QString(), true);
    }
    auto* dialog = new ChecklistFailDialog(m_qcType == u"FinalQC", this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        signFail(dialog->reason(), dialog->category(), dialog->severity(), dialog->rework());
    });
    dialog->open();
    return true;
}

bool ChecklistPage::signFail(const QString& reason, const QString& category, const QString& severity, bool rework)
{
    if (!canSign(false))
        return false;
    data::ChecklistSignOff signOff;
    signOff.checklistId = m_checklistId;
    signOff.pass = false;
    signOff.failReason = reason;
    signOff.failCategory = category;
    signOff.failSeverity = severity;
    signOff.rework = rework;
    if (m_qcType == u"CLT")
        signOff.notes = reason;   // the test result keeps the reason in its notes
    openSignature(signOff);
    return true;
}

bool ChecklistPage::startNewAttempt()
{
    if (m_qcType != u"CLT" || !isSigned() || m_loading) {
        showMessage(tr("A new attempt follows a failed end-of-line test only."), true);
        return false;
    }
    m_checklistId.clear();
    showMessage(tr("Opening a new attempt of the test…"), false);
    openChecklist();
    emit changed(m_orderId);
    return true;
}

void ChecklistPage::openSignature(const data::ChecklistSignOff& base)
{
    const data::UserProfile& me = m_session->user();
    const data::ChecklistRecord& r = m_form->record();
    auto* dialog = new SignatureDialog(meaning(base.pass),
                                       tr("%1 of build %2, attempt %3, revision %4 (template version %5)")
                                           .arg(qcTypeWords(), r.buildNumber)
                                           .arg(r.attempt)
                                           .arg(r.revision)
                                           .arg(r.templateVersion.version),
                                       me.fullName, me.initials, false, this);
    dialog->setObjectName(QStringLiteral("signatureDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<SignatureDialog> guard(dialog);
    connect(dialog, &SignatureDialog::signRequested, this, [this, guard, base] {
        if (!guard)
            return;
        if (pendingCount() > 0 || isSending()) {
            guard->showError(tr("Some answers are not stored yet; wait a moment and sign again."));
            return;
        }
        data::ChecklistSignOff signOff = base;
        signOff.initials = guard->initials();
        if (!guard->note().trimmed().isEmpty() || signOff.notes.isEmpty())
            signOff.notes = guard->note();
        for (ChecklistSectionWidget* s : std::as_const(m_sections))
            if (s->initialsEdit())
                signOff.sectionInitials.insert(s->section().sectionId, s->initialsEdit()->text().trimmed());
        guard->setBusy(true);
        m_signing = true;
        updateActions();
        showMessage(tr("Checking your password and signing…"), false);
        // A fresh connection with the password typed again, on a pool thread.
        whenDone(this, m_repo.sign(signOff, guard->password()),
                 [this, guard, signOff](const data::Result<QString>& r) { finishSign(guard, signOff, r); });
    });
    dialog->open();
}

void ChecklistPage::finishSign(QPointer<SignatureDialog> dialog, const data::ChecklistSignOff& signOff,
                               const data::Result<QString>& r)
{
    m_signing = false;
    if (r) {
        if (dialog)
            dialog->finishSigned();
        showMessage(tr("Signed: %1.").arg(meaning(signOff.pass)), false);
        loadChecklist(false);   // read-only now, with the signature and the build's new status
        emit signedOff(signOff.pass);
        emit changed(m_orderId);
        emit actionFinished(Action::Sign, true);
        return;
    }
    const data::DbError& e = r.error();
    if (dialog && AssemblyErrorText::retrySignature(e)) {
        dialog->showError(refusalWords(e));   // another try; nothing was signed
        showMessage(QString(), false);
        updateActions();
        emit actionFinished(Action::Sign, false);
        return;
    }
    if (dialog) {
        dialog->setBusy(false);
        dialog->reject();
    }
    if (e.connectionLost())
        showMessage(tr("Not confirmed: the connection was lost before the server answered, so the checklist may or may "
                       "not be signed. Refresh (F5) when the connection is back to see which. Nothing you answered is "
                       "lost."),
                    true);
    else
        showMessage(tr("Not signed: %1 Nothing you answered is lost.").arg(refusalWords(e)), true,
                    tr("Server code %1 (SQLSTATE %2)").arg(e.qualifiedCode(), e.sqlState));
    if (e.connectionLost() || e.kind == data::DbError::Kind::Timeout)
        emit queryFailed(e);
    updateActions();
    if (e.code == u"E-QC-INCOMPLETE" || e.code == u"E-CHECKLIST-SIGNED")
        loadChecklist(true);   // the server's view of the answers
    emit actionFinished(Action::Sign, false);
}

bool ChecklistPage::correct()
{
    if (!isSigned())
        return false;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(this, tr("Correct a signed checklist"),
                                                          tr("A correction makes a new revision of this checklist; the "
                                                             "signed one is kept. Why is it corrected?"),
                                                          QString(), &ok);
    if (!ok)
        return false;
    return correctWithReason(reason);
}

bool ChecklistPage::correctWithReason(const QString& reason)
{
    if (!isSigned() || m_revising) {
        showMessage(tr("Only a signed checklist can be corrected."), true);
        return false;
    }
    if (reason.trimmed().size() < 3) {
        showMessage(tr("A correction needs a reason (at least 3 characters)."), true);
        return false;
    }
    m_revising = true;
    updateActions();
    showMessage(tr("Making a new revision…"), false);
    whenDone(this, m_repo.revise(m_checklistId, reason.trimmed()), [this](const data::Result<QString>& r) {
        m_revising = false;
        if (!r) {
            showMessage(tr("No new revision was made: %1").arg(refusalWords(r.error())), true);
            if (r.error().connectionLost())
                emit queryFailed(r.error());
            updateActions();
            emit actionFinished(Action::Revise, false);
            return;
        }
        m_checklistId = r.value();
        showMessage(tr("A new revision is open: correct the answers, then sign it again."), false);
        loadChecklist(false);
        emit changed(m_orderId);
        emit actionFinished(Action::Revise, true);
    });
    return true;
}

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------
QString ChecklistPage::refusalWords(const data::DbError& e) const
{
    // The signature's and the assembler's refusals (claimant, stage, limits, the test's preconditions).
    if (AssemblyErrorText::retrySignature(e))
        return AssemblyErrorText::words(e);
    for (const QStringView prefix : {u"E-ASM-", u"E-CLP-", u"E-CLT-", u"E-QC-LIMIT", u"E-GATE-PACKING", u"E-TRANSITION-BY-SIGNATURE"})
        if (e.code.startsWith(prefix))
            return AssemblyErrorText::words(e);
    if (e.code == u"E-QC-INCOMPLETE")
        return tr("the server says the checklist is not complete: %1.").arg(e.message);
    if (e.kind == data::DbError::Kind::Permission)
        return tr("your role may not do this.");
    QString words = e.userMessage();
    if (!words.isEmpty() && !words.endsWith(u'.'))
        words += u'.';
    return words;
}

void ChecklistPage::showMessage(const QString& text, bool error, const QString& detail)
{
    m_message->setToolTip(detail);
    if (text.isEmpty())
        m_message->clear();
    else
        m_message->showMessage(error ? MessageBar::Kind::Error : MessageBar::Kind::Info, text);
}

void ChecklistPage::fillAttachMenu()
{
    QMenu* menu = m_attachButton->menu();
    menu->clear();
    if (!m_form)
        return;
    const data::ChecklistRecord& record = m_form->record();
    const bool open = !record.signedOff && !isReadOnly();
    if (m_lastItem) {
        QAction* a = menu->addAction(m_lastItem->position > 0
                                         ? tr("Attach a photo or file to “%1” (basin %2)…")
                                               .arg(itemWords(*m_lastItem))
                                               .arg(m_lastItem->position)
                                         : tr("Attach a photo or file to “%1”…").arg(itemWords(*m_lastItem)));
        a->setEnabled(open);
        const domain::ChecklistAnswerKey key = *m_lastItem;
        connect(a, &QAction::triggered, this, [this, key] { askAttach(key); });
    }
    QAction* form = menu->addAction(tr("Attach a photo or file to the whole form…"));
    form->setEnabled(open);
    connect(form, &QAction::triggered, this, [this] { askAttach(std::nullopt); });
    if (!record.attachments.isEmpty())
        menu->addSeparator();
    for (const data::ChecklistAttachment& att : record.attachments) {
        QAction* a = menu->addAction(!att.key ? tr("%1 (whole form), %2").arg(att.filename, att.attachedBy)
                                     : att.key->position > 0
                                         ? tr("%1 (%2, basin %3), %4")
                                               .arg(att.filename, itemWords(*att.key))
                                               .arg(att.key->position)
                                               .arg(att.attachedBy)
                                         : tr("%1 (%2), %3").arg(att.filename, itemWords(*att.key), att.attachedBy));
        const QString documentId = att.documentId;
        connect(a, &QAction::triggered, this, [this, documentId] {
            m_drawingButton->setChecked(true);
            m_drawing->showDocument(documentId);
        });
    }
}

void ChecklistPage::askAttach(const std::optional<domain::ChecklistAnswerKey>& key)
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a photo or file"), QString(),
                                                      tr("Photos and documents (%1)").arg(domain::DocumentRules::fileDialogPatterns()));
    if (!path.isEmpty())
        attachFile(path, key);
}

bool ChecklistPage::attachFile(const QString& path, const std::optional<domain::ChecklistAnswerKey>& key)
{
    if (!m_form || isSigned() || isReadOnly())
        return false;
    // The rules of every order document (type, size, content) on the file's first bytes now; all of it is
    // checked again once read. The file is read on a pool thread and stored on the session's worker.
    const QString name = QFileInfo(path).fileName();
    QString why;
    if (!domain::DocumentRules::checkFile(path, nullptr, &why)) {
        showMessage(why, true);
        emit actionFinished(Action::Attach, false);
        return false;
    }
    showMessage(tr("Attaching %1…").arg(name), false);
    const QString checklistId = m_checklistId;
    whenDone(this, QtConcurrent::run(&domain::DocumentRules::readFile, path),
             [this, name, key, checklistId](const domain::DocumentRules::File& file) {
                 if (!file.ok()) {
                     showMessage(file.why, true);
                     emit actionFinished(Action::Attach, false);
                     return;
                 }
                 whenDone(this, m_repo.attachFile(checklistId, key, name, file.content),
                          [this, name](const data::Result<QString>& r) {
                              if (!r) {
                                  showMessage(tr("%1 was not attached: %2").arg(name, refusalWords(r.error())), true,
                                              r.error().logText());
                                  emit actionFinished(Action::Attach, false);
                                  return;
                              }
                              showMessage(tr("%1 is attached.").arg(name), false);
                              reload();
                              emit actionFinished(Action::Attach, true);
                          });
             });
    return true;
}

void ChecklistPage::printRecord()
{
    if (!m_form)
        return;
    // The record as the server holds it now, not as it was read when the page opened: the answers saved
    // from this page since then (and those given on another PC) print with who gave them and when. The
    // page then shows the same record, so that the screen and the paper agree.
    const QString reading = tr("Reading the record for printing…");
    showMessage(reading, false);
    const QString checklistId = m_checklistId;
    whenDone(this, m_repo.load(checklistId), [this, checklistId, reading](const data::Result<data::ChecklistRecord>& loaded) {
        if (checklistId != m_checklistId) {
            // A new revision was opened meanwhile: the page shows that one now.
            showMessage(tr("Nothing was printed: a new revision of the checklist was opened meanwhile. Print again to "
                           "print it."),
                        true);
            emit actionFinished(Action::Print, false);
            return;
        }
        if (!loaded) {
            showMessage(tr("The record could not be read for printing: %1").arg(refusalWords(loaded.error())), true,
                        loaded.error().logText());
            emit actionFinished(Action::Print, false);
            return;
        }
        const data::ChecklistRecord record = loaded.value();
        // Shown first: the page's form is then this record, instantiated once for the screen and the paper.
        // When it cannot be instantiated, showRecord has said why and the page keeps what it showed.
        showRecord(record);
        if (!m_form || !m_loadError.isEmpty()) {
            emit actionFinished(Action::Print, false);
            return;
        }
        const domain::ChecklistInstance instance = m_form->instance();
        const int pending = pendingCount();
        whenDone(this, m_repo.attachmentImages(checklistId),
                 [this, record, instance, pending, reading](const data::Result<QMap<QString, QByteArray>>& images) {
                     if (!images) {
                         showMessage(tr("The record's photos could not be read: %1").arg(refusalWords(images.error())), true);
                         emit actionFinished(Action::Print, false);
                         return;
                     }
                     if (pending > 0)
                         showMessage(tr("The print shows the record as stored. Answers given here and not yet stored "
                                        "are not on it: %n.",
                                        nullptr, pending),
                                     true);
                     else if (m_message->text() == reading)
                         showMessage(QString(), false);
                     const domain::QcRecordContent content = record.printable(instance, images.value());
                     auto* printer = new QPrinter(QPrinter::HighResolution);
                     auto* dialog = PrintPreview::create(printer, this, QStringLiteral("qcRecordPreviewDialog"),
                                                         tr("%1 record of build %2").arg(qcTypeWords(), record.buildNumber));
                     connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                             [content](QPrinter* p) { print::QcRecordRenderer().render(p, content); });
                     dialog->setWindowModality(Qt::WindowModal);
                     dialog->show();
                     emit actionFinished(Action::Print, true);
                 });
    });
}

void ChecklistPage::retranslate()
{
    m_refreshButton->setText(tr("&Refresh (F5)"));
    m_drawingButton->setText(tr("&Drawing"));
    m_attachButton->setText(tr("Photos and &files"));
    m_printButton->setText(tr("Print &record…"));
    if (m_documentsButton->text().isEmpty() || !m_documentsButton->isEnabled())
        m_documentsButton->setText(tr("Documents"));
    m_passButton->setText(tr("Sign &PASS…"));
    m_failButton->setText(tr("Record &FAIL…"));
    m_reviseButton->setText(tr("&Correct… (new revision)"));
    m_attemptButton->setText(tr("Start a &new attempt"));
    updateHeader();
    updateProgress();
    updateActions();
}

void ChecklistPage::updateFonts()
{
    // From the page's own font (the application's, larger in shop-floor mode): sizes relative to it
    // follow when the mode changes while the page is open.
    QFont bold = font();
    bold.setBold(true);
    m_progress->setFont(bold);
    // The splitter's side panel does not pass its width down for the wrapped text's height: room for
    // three lines, so a long reason is never drawn over the list above it.
    m_passReason->setMinimumHeight(QFontMetrics(font()).lineSpacing() * 3);
}

void ChecklistPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange)
        updateFonts();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::LanguageChange)
        QTimer::singleShot(0, this, &ChecklistPage::updateFormMinimum);   // once the rows have their new sizes
    QWidget::changeEvent(event);
}

void ChecklistPage::closeEvent(QCloseEvent* event)
{
    // Nothing is lost: a line still being typed in is given now (into the outbox file at once), and what
    // the server has not acknowledged stays in the outbox file and is sent when the checklist is next
    // opened.
    for (ChecklistItemWidget* item : std::as_const(m_items))
        if (item->isTyping())
            item->commitTyping();
    QWidget::closeEvent(event);
}

} // namespace cs::ui
