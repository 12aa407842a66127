#include "ui/orders/orderpage.h"

#include "ui/common/appsettings.h"
#include "ui/orders/bomflatmodel.h"
#include "ui/orders/bomtreemodel.h"
#include "ui/orders/documentsmodel.h"
#include "ui/common/futurewatch.h"
#include "ui/common/signaturedialog.h"
#include "ui/common/statustext.h"
#include "ui_orderpage.h"

#include "data/printing/travelerrepository.h"
#include "print/labelrenderer.h"
#include "print/travelerrenderer.h"
#include "ui/printing/travelerprinting.h"
#include "ui/printing/zplpreviewdialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTextDocument>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace cs::ui {

using data::AppRole;
using data::OrderQueries;

namespace {

QString csvField(const QString& v)
{
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n'))
        return u'"' + QString(v).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return v;
}

QString dateTimeText(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

// A file to attach, read and checked off the GUI thread.
struct ReadFile
{
    QByteArray content;
    QString mimeType;
    QString why;   // empty when it may be attached
};

ReadFile readDocumentFile(const QString& path)
{
    ReadFile r;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.why = OrderPage::tr("“%1” cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return r;
    }
    // One byte more than allowed is enough to know it is too large.
    r.content = file.read(OrderQueries::maxDocumentBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        r.why = OrderPage::tr("“%1” cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return r;
    }
    const qint64 size = std::max<qint64>(file.size(), r.content.size());
    if (!OrderQueries::checkDocument(QFileInfo(path).fileName(), size, r.content, &r.mimeType, &r.why))
        r.content.clear();
    return r;
}

// Writes a document's bytes to `path` off the GUI thread; the error in words, empty when written.
QString writeDocumentFile(const QString& path, const QByteArray& content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return OrderPage::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

// What one load of the page collects before it is shown, all at once.
struct OrderPage::Load
{
    quint64 generation = 0;
    data::OrderDetail detail;
    QList<data::HistoryEntry> history;
    QList<data::TransitionOption> transitions;
    QList<data::DocumentInfo> documents;
    QList<QPair<QString, QString>> assignable;
    QList<QList<QVariantList>> bom;   // the rows of OrderQueries::bomStatements, in order
    int pending = 0;                  // queries still running
    QSqlError error;                  // the first that failed
};

OrderPage::OrderPage(data::Session* session, const QString& orderId, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrderPage>())
    , m_session(session)
    , m_orderId(orderId)
    , m_history(new QStandardItemModel(this))
    , m_bomTree(new BomTreeModel(this))
    , m_bomTreeProxy(new QSortFilterProxyModel(this))
    , m_bomFlat(new BomFlatModel(this))
    , m_bomFlatProxy(new QSortFilterProxyModel(this))
    , m_documents(new DocumentsModel(this))
    , m_loadingLabel(new QLabel(this))
    , m_documentProgress(new QProgressBar(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("orderPage"));
    m_ui->messageLabel->hide();
    // "Loading…" beside the title while a load runs.
    m_loadingLabel->setObjectName(QStringLiteral("loadingLabel"));
    m_loadingLabel->setStyleSheet(QStringLiteral("color: #555555; font-style: italic;"));
    m_loadingLabel->hide();
    m_ui->headerLayout->insertWidget(m_ui->headerLayout->indexOf(m_ui->lateLabel) + 1, m_loadingLabel);
    // A document on its way to or from the server: a busy bar beside the document actions.
    m_documentProgress->setObjectName(QStringLiteral("documentProgressBar"));
    m_documentProgress->setRange(0, 0);
    m_documentProgress->setTextVisible(false);
    m_documentProgress->setMaximumWidth(160);
    m_documentProgress->hide();
    m_ui->documentsActionsLayout->insertWidget(m_ui->documentsActionsLayout->indexOf(m_ui->openDocumentButton),
                                               m_documentProgress);
    for (const char* lang : {"EN", "FR", "ES"})
        m_ui->languageComboBox->addItem(QString::fromLatin1(lang), QString::fromLatin1(lang));
    for (const char* type : {"Drawing", "ApprovedDrawing", "PO", "Photo", "Other"})
        m_ui->documentTypeComboBox->addItem(DocumentsModel::documentTypeText(QString::fromLatin1(type)),
                                            QString::fromLatin1(type));

    m_ui->historyView->setModel(m_history);
    m_bomTreeProxy->setSourceModel(m_bomTree);
    m_bomTreeProxy->setRecursiveFilteringEnabled(true);
    m_bomTreeProxy->setAutoAcceptChildRows(true);
    m_bomTreeProxy->setFilterKeyColumn(-1);
    m_bomTreeProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->bomTreeView->setModel(m_bomTreeProxy);
    m_bomFlatProxy->setSourceModel(m_bomFlat);
    m_bomFlatProxy->setFilterKeyColumn(-1);
    m_bomFlatProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->bomFlatView->setModel(m_bomFlatProxy);
    m_ui->bomFlatView->verticalHeader()->hide();
    m_ui->bomFlatView->horizontalHeader()->setStretchLastSection(false);
    m_ui->documentsView->setModel(m_documents);
    m_ui->documentsView->verticalHeader()->hide();
    m_ui->documentsView->horizontalHeader()->setStretchLastSection(true);

    connect(m_ui->reloadButton, &QPushButton::clicked, this, &OrderPage::reload);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &OrderPage::save);
    connect(m_ui->assignButton, &QPushButton::clicked, this, &OrderPage::assign);
    connect(m_ui->claimButton, &QPushButton::clicked, this, &OrderPage::claim);
    connect(m_ui->approveButton, &QPushButton::clicked, this, [this] { decideBom(true); });
    connect(m_ui->rejectButton, &QPushButton::clicked, this, [this] { decideBom(false); });
    connect(m_ui->bomFilterLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_bomTreeProxy->setFilterFixedString(text);
        m_bomFlatProxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_ui->bomTreeView->expandAll();
    });
    connect(m_ui->expandAllButton, &QPushButton::clicked, m_ui->bomTreeView, &QTreeView::expandAll);
    connect(m_ui->collapseAllButton, &QPushButton::clicked, m_ui->bomTreeView, &QTreeView::collapseAll);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, [this] {
        const bool flat = m_ui->bomViewTabs->currentWidget() == m_ui->bomFlatTab;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export BOM as CSV"),
            QStringLiteral("%1-bom-v%2%3.csv").arg(m_detail.buildNumber).arg(m_bom.version)
                .arg(flat ? QStringLiteral("-procurement") : QString()),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportBomCsv(path, flat);
    });
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export BOM as PDF"), QStringLiteral("%1-bom-v%2.pdf").arg(m_detail.buildNumber).arg(m_bom.version),
            tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            exportBomPdf(path);
    });
    connect(m_ui->printTravelerButton, &QPushButton::clicked, this, &OrderPage::printTraveler);
    connect(m_ui->printLabelsButton, &QPushButton::clicked, this, &OrderPage::printLabels);
    connect(m_ui->zplPreviewButton, &QPushButton::clicked, this, &OrderPage::previewZpl);
    connect(m_ui->exportTravelerButton, &QPushButton::clicked, this, [this] {
        const QString path = TravelerPrinting::saveFileName(this, tr("Export traveler PDF"),
                                                             QStringLiteral("%1-traveler.pdf").arg(m_detail.buildNumber),
                                                             tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            exportTravelerPdf(path);
    });
    connect(m_ui->attachButton, &QPushButton::clicked, this, &OrderPage::attach);
    connect(m_ui->openDocumentButton, &QPushButton::clicked, this, &OrderPage::openDocument);
    connect(m_ui->saveDocumentButton, &QPushButton::clicked, this, &OrderPage::saveDocument);
    connect(m_ui->documentsView, &QTableView::activated, this, &OrderPage::openDocument);
    connect(m_ui->documentsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrderPage::updatePermissions);
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->customerLineEdit, m_ui->projectLineEdit,
                                                      m_ui->salesLineEdit})
        connect(qobject_cast<QLineEdit*>(w), &QLineEdit::textEdited, this, &OrderPage::updatePermissions);
    connect(m_ui->wantDateEdit, &QDateEdit::dateChanged, this, &OrderPage::updatePermissions);
    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this, &OrderPage::updatePermissions);
    connect(m_ui->notesTextEdit, &QPlainTextEdit::textChanged, this, &OrderPage::updatePermissions);

    retranslate();
    reload();
}

OrderPage::~OrderPage() = default;

QString OrderPage::messageText() const
{
    return m_ui->messageLabel->isVisibleTo(this) ? m_ui->messageLabel->text() : QString();
}

QPushButton* OrderPage::transitionButton(const QString& toStatus) const
{
    for (QPushButton* b : m_transitionButtons)
        if (b->property("toStatus").toString() == toStatus)
            return b;
    return nullptr;
}

void OrderPage::reload()
{
    auto load = std::make_shared<Load>();
    load->generation = ++m_generation;   // an earlier load still running is dropped when it arrives
    setLoading(true);
    const data::Statement order = OrderQueries::orderStatement(m_orderId);
    whenDone(this, m_session->runQuery(order.sql, order.bindings), [this, load](const data::QueryResult& r) {
        if (load->generation != m_generation)
            return;
        if (!r.ok()) {
            failLoad(r.error, {});
            return;
        }
        if (r.rows.isEmpty()) {
            failLoad({}, tr("This order no longer exists; it may have been deleted."));
            return;
        }
        // The rest depends on the order's status and BOM: read it now, in one batch.
        load->detail = OrderQueries::orderFromRow(r.rows.constFirst());
        const data::OrderDetail& d = load->detail;
        fetch(load, OrderQueries::historyStatement(m_orderId), [](Load& l, const QList<QVariantList>& rows) {
            for (const QVariantList& row : rows)
                l.history.append(OrderQueries::historyFromRow(row));
        });
        fetch(load, OrderQueries::transitionsStatement(d.status, data::appRoleName(m_session->user().role)),
              [](Load& l, const QList<QVariantList>& rows) {
                  for (const QVariantList& row : rows)
                      l.transitions.append(OrderQueries::transitionFromRow(row));
              });
        fetch(load, OrderQueries::documentsStatement(m_orderId), [](Load& l, const QList<QVariantList>& rows) {
            for (const QVariantList& row : rows)
                l.documents.append(OrderQueries::documentFromRow(row));
        });
        const AppRole role = m_session->user().role;
        if (role == AppRole::ProductionCoordinator || role == AppRole::Admin)
            fetch(load, OrderQueries::assignableUsersStatement(d.status), [](Load& l, const QList<QVariantList>& rows) {
                for (const QVariantList& row : rows)
                    l.assignable.append({row.value(0).toString(), row.value(1).toString()});
            });
        if (!d.bomId.isEmpty()) {
            const QList<data::Statement> bom = OrderQueries::bomStatements(d.bomId);
            load->bom.resize(bom.size());
            for (int i = 0; i < bom.size(); ++i)
                fetch(load, bom.at(i), [i](Load& l, const QList<QVariantList>& rows) { l.bom[i] = rows; });
        }
    });
}

void OrderPage::fetch(const std::shared_ptr<Load>& load, const data::Statement& statement,
                      std::function<void(Load&, const QList<QVariantList>&)> take)
{
    ++load->pending;
    whenDone(this, m_session->runQuery(statement.sql, statement.bindings),
             [this, load, take = std::move(take)](const data::QueryResult& r) {
                 if (load->generation != m_generation)
                     return;
                 if (!r.ok()) {
                     if (!load->error.isValid())
                         load->error = r.error;
                 } else {
                     take(*load, r.rows);
                 }
                 if (--load->pending == 0)
                     finishLoad(load);
             });
}

void OrderPage::finishLoad(const std::shared_ptr<Load>& load)
{
    if (load->error.isValid()) {
        failLoad(load->error, {});   // what is on screen stays as it was
        return;
    }
    m_detail = load->detail;
    m_transitions = load->transitions;
    m_bom = data::BomData();
    data::DbRefusal bomError;
    if (!m_detail.bomId.isEmpty() && !OrderQueries::bomFromRows(load->bom, &m_bom, &bomError))
        m_bom = data::BomData();   // replaced between the two reads: the next load shows the new one
    m_ui->assigneeComboBox->clear();
    m_ui->assigneeComboBox->addItem(tr("(nobody)"), QString());
    for (const auto& [username, fullName] : std::as_const(load->assignable))
        m_ui->assigneeComboBox->addItem(fullName, username);

    showDetail();
    showHistory(load->history);
    showBom();
    showDocuments(load->documents);
    showTransitions(m_transitions);
    m_loaded = true;
    if (!m_loadError.isEmpty() && m_ui->messageLabel->text() == m_loadError)
        showMessage(QString(), false);   // the failure of an earlier load is over
    m_loadError.clear();
    setLoading(false);
    emit loaded();
}

void OrderPage::failLoad(const QSqlError& error, const QString& why)
{
    QString words = why;
    if (error.isValid()) {
        const data::DbRefusal refusal = data::DbRefusal::from(error);
        if (data::Session::isConnectionError(error))
            words = tr("The order could not be loaded: the server cannot be reached right now. "
                       "It is read again when the connection is back.");
        else if (refusal.sqlState == u"42501")
            words = tr("This order cannot be shown to you.");
        else
            words = tr("The order could not be loaded: %1").arg(refusal.message);
        m_ui->messageLabel->setToolTip(tr("Server code %1 (SQLSTATE %2)").arg(refusal.code, refusal.sqlState));
        emit queryFailed(error);
    }
    m_loadError = words;
    setLoading(false);
    showMessage(words, true);
    emit loadFailed(words);
}

void OrderPage::setLoading(bool loading)
{
    m_loading = loading;
    m_loadingLabel->setText(tr("Loading…"));
    m_loadingLabel->setVisible(loading);
    if (!m_loaded) {
        // Nothing to show yet.
        const QString title = loading ? tr("Loading the order…") : tr("Order not loaded");
        m_ui->titleLabel->setText(title);
        setWindowTitle(title);
    }
    updatePermissions();
}

void OrderPage::showDetail()
{
    const data::OrderDetail& d = m_detail;
    setWindowTitle(tr("Build %1 — PO %2").arg(d.buildNumber, d.poNumber));
    m_ui->titleLabel->setText(tr("Build %1").arg(d.buildNumber));
    m_ui->statusBadgeLabel->setText(StatusText::orderStatus(d.status));
    m_ui->lateLabel->setText(d.isLate() ? tr("Late: wanted %1").arg(QLocale().toString(d.wantDate, QLocale::ShortFormat))
                                        : QString());
    m_ui->lateLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_ui->subtitleLabel->setText(tr("PO %1 · %2%3 · created %4 by %5 · updated %6")
                                     .arg(d.poNumber, d.customerName,
                                          d.projectName.isEmpty() ? QString() : QStringLiteral(" · ") + d.projectName,
                                          dateTimeText(d.createdAt), d.createdByName, dateTimeText(d.updatedAt)));
    m_ui->customerLineEdit->setText(d.customerName);
    m_ui->projectLineEdit->setText(d.projectName);
    m_ui->salesLineEdit->setText(d.salesPerson);
    m_ui->wantDateEdit->setDate(d.wantDate);
    m_ui->languageComboBox->setCurrentIndex(qMax(0, m_ui->languageComboBox->findData(d.language)));
    m_ui->notesTextEdit->setPlainText(d.notes);

    // Configuration summary from the neutral configuration (CONFIGURATION.md 12).
    QStringList lines;
    lines << tr("Family: %1").arg(d.family);
    if (!d.model.isEmpty())
        lines << tr("Model: %1").arg(d.model);
    const QJsonObject& c = d.config;
    if (c.contains(QStringLiteral("widthIn")) || c.contains(QStringLiteral("lengthIn")))
        lines << tr("Size: %1 × %2 in").arg(c.value(QStringLiteral("widthIn")).toVariant().toString(),
                                            c.value(QStringLiteral("lengthIn")).toVariant().toString());
    for (auto it = c.constBegin(); it != c.constEnd(); ++it) {
        if (it.key() == u"model" || it.key() == u"widthIn" || it.key() == u"lengthIn")
            continue;
        const QJsonValue v = it.value();
        QString text;
        if (v.isArray())
            text = tr("%n entry(s)", nullptr, int(v.toArray().size()));
        else if (v.isObject())
            text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        else
            text = v.toVariant().toString();
        lines << QStringLiteral("%1: %2").arg(it.key(), text);
    }
    m_ui->configLabel->setText(lines.join(u'\n'));
    m_ui->currentStatusLabel->setText(tr("Now: %1").arg(StatusText::orderStatus(d.status)));
    m_ui->assigneeLabel->setText(d.assigneeName.isEmpty() ? tr("Not assigned.")
                                                          : tr("Assigned to %1.").arg(d.assigneeName));
}

void OrderPage::showHistory(const QList<data::HistoryEntry>& entries)
{
    m_history->clear();
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Action"), tr("From"), tr("To"), tr("Note")});
    for (const data::HistoryEntry& h : entries) {
        // An edit (0006) names the fields it changed; its status did not change, so From/To stay empty.
        const bool edited = h.action == u"Edited";
        QList<QStandardItem*> row{
            new QStandardItem(dateTimeText(h.at)),
            new QStandardItem(h.who),
            new QStandardItem(StatusText::historyAction(h.action)),
            new QStandardItem(edited ? QString() : StatusText::orderStatus(h.fromStatus)),
            new QStandardItem(edited ? QString() : StatusText::orderStatus(h.toStatus)),
            new QStandardItem(edited ? tr("Changed: %1").arg(StatusText::editedFields(h.note)) : h.note)};
        if (h.forced)
            for (QStandardItem* i : row) {
                i->setForeground(QColor(0xB0, 0x00, 0x20));
                i->setToolTip(tr("Forced by an administrator, outside the normal workflow."));
            }
        for (QStandardItem* i : row)
            i->setEditable(false);
        m_history->appendRow(row);
    }
    m_ui->historyView->header()->resizeSections(QHeaderView::ResizeToContents);
}

void OrderPage::showBom()
{
    m_bomTree->setLines(m_bom.tree);
    m_bomFlat->setRows(m_bom.flat);
    m_ui->bomTreeView->expandToDepth(0);
    m_ui->bomTreeView->header()->resizeSections(QHeaderView::ResizeToContents);
    m_ui->bomFlatView->resizeColumnsToContents();
    if (m_bom.bomId.isEmpty()) {
        m_ui->bomInfoLabel->setText(tr("This build has no generated BOM."));
        m_ui->approvalLabel->clear();
        return;
    }
    QString status = m_bom.status;
    if (status == u"Generated") status = tr("awaiting approval");
    else if (status == u"Approved") status = tr("approved");
    else if (status == u"Rejected") status = tr("rejected");
    m_ui->bomInfoLabel->setText(tr("BOM version %1 (%2) · %n line(s) · generated %3 from catalog revision %4\n"
                                   "SHA-256 %5", nullptr, int(m_bom.tree.size()))
                                    .arg(m_bom.version).arg(status, dateTimeText(m_detail.bomGeneratedAt))
                                    .arg(m_detail.catalogRevision).arg(m_bom.sha256));
    QStringList approvals;
    for (const data::BomApproval& a : m_bom.approvals) {
        const QString verb = a.action == u"Approved" ? tr("Approved") : tr("Rejected");
        QString line = tr("Version %1: %2 by %3 on %4 — “%5”").arg(a.bomVersion).arg(verb, a.who, dateTimeText(a.at),
                                                                    a.meaning);
        if (!a.note.isEmpty())
            line += tr("; note: %1").arg(a.note);
        if (a.bomVersion != m_bom.version)
            line += tr(" (an earlier version; the current version needs its own approval)");
        approvals << line.toHtmlEscaped();
    }
    m_ui->approvalLabel->setText(approvals.isEmpty() ? tr("No approval decision yet.") : approvals.join(QStringLiteral("<br>")));
}

void OrderPage::showDocuments(const QList<data::DocumentInfo>& documents)
{
    m_documents->setDocuments(documents);
    m_ui->documentsView->resizeColumnsToContents();
}

void OrderPage::showTransitions(const QList<data::TransitionOption>& options)
{
    qDeleteAll(m_transitionButtons);
    m_transitionButtons.clear();
    for (const data::TransitionOption& o : options) {
        auto* b = new QPushButton(tr("Move to “%1”").arg(StatusText::orderStatus(o.toStatus)), m_ui->statusGroupBox);
        b->setObjectName(QStringLiteral("transitionButton_") + o.toStatus);
        b->setProperty("toStatus", o.toStatus);
        if (o.noteRequired)
            b->setToolTip(tr("Needs a note (the reason)."));
        connect(b, &QPushButton::clicked, this, [this, o] { runTransition(o); });
        m_ui->transitionButtonsLayout->addWidget(b);
        m_transitionButtons.append(b);
    }
    m_ui->noActionsLabel->setVisible(options.isEmpty());
    m_ui->transitionNoteLineEdit->setVisible(!options.isEmpty());
}

void OrderPage::updatePermissions()
{
    const AppRole role = m_session->user().role;
    // Writes need the row version of a finished load: off before the first one and while one runs.
    const bool ready = isLoaded();
    const bool coordinator = role == AppRole::ProductionCoordinator || role == AppRole::Admin;
    const bool editable = coordinator && m_detail.status == u"OrderCreated";
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->customerLineEdit, m_ui->projectLineEdit,
                                                      m_ui->salesLineEdit, m_ui->wantDateEdit,
                                                      m_ui->languageComboBox})
        w->setEnabled(editable && ready);
    m_ui->notesTextEdit->setReadOnly(!(editable && ready));
    m_ui->saveButton->setVisible(editable);
    m_ui->saveButton->setEnabled(editable && ready && hasUnsavedEdits());
    m_ui->editHintLabel->setText(editable || !m_loaded ? QString()
                                 : coordinator ? tr("The order can be edited only while it is “Order created”.")
                                               : tr("Only coordinators edit orders."));
    for (QPushButton* b : std::as_const(m_transitionButtons))
        b->setEnabled(ready);
    m_ui->assignButton->setVisible(coordinator);
    m_ui->assigneeComboBox->setVisible(coordinator);
    m_ui->assignButton->setEnabled(ready);
    const bool assembler = role == AppRole::Assembler;
    m_ui->claimButton->setVisible(assembler);
    m_ui->claimButton->setEnabled(assembler && ready && m_detail.status == u"ReadyForProduction"
                                  && m_detail.assigneeId != m_session->user().userId
                                  && m_detail.assigneeId.isEmpty());
    // BOM approval is for procurement (and admin); the action is absent for everyone else.
    const bool procurement = role == AppRole::ProcurementSpecialist || role == AppRole::Admin;
    const bool decidable = procurement && ready && !m_bom.bomId.isEmpty() && m_bom.status == u"Generated"
        && m_detail.status == u"OrderCreated";
    m_ui->approveButton->setVisible(procurement);
    m_ui->rejectButton->setVisible(procurement);
    m_ui->approveButton->setEnabled(decidable);
    m_ui->rejectButton->setEnabled(decidable);
    const bool hasBom = !m_bom.bomId.isEmpty() && role != AppRole::ServiceDepartment;
    m_ui->exportCsvButton->setEnabled(hasBom);
    m_ui->exportPdfButton->setEnabled(hasBom);
    // One document transfer at a time (attach, open, save a copy).
    const bool selected = m_ui->documentsView->selectionModel()->hasSelection();
    m_ui->openDocumentButton->setEnabled(selected && !m_documentBusy);
    m_ui->saveDocumentButton->setEnabled(selected && !m_documentBusy);
    m_ui->attachButton->setEnabled(ready && !m_documentBusy && role != AppRole::ServiceDepartment);
    // Printing needs the build (m_detail); the print itself reads what it prints.
    for (QPushButton* b : {m_ui->printTravelerButton, m_ui->printLabelsButton, m_ui->zplPreviewButton,
                           m_ui->exportTravelerButton})
        b->setEnabled(m_loaded);
}

data::OrderEdit OrderPage::currentEdit() const
{
    return data::OrderEdit{m_ui->customerLineEdit->text().trimmed(), m_ui->projectLineEdit->text().trimmed(),
                           m_ui->salesLineEdit->text().trimmed(),    m_ui->wantDateEdit->date(),
                           m_ui->languageComboBox->currentData().toString(),
                           m_ui->notesTextEdit->toPlainText()};
}

bool OrderPage::hasUnsavedEdits() const
{
    return !(currentEdit() == data::OrderEdit::from(m_detail));
}

bool OrderPage::save()
{
    if (!isLoaded()) {
        // The row version of a load still running (or failed) is not known: saving now could only conflict.
        showMessage(tr("Not saved: wait until the order has loaded, then save again."), true);
        return false;
    }
    const data::OrderEdit edit = currentEdit();
    data::OrderDetail base = m_detail;
    for (;;) {
        int version = 0;
        data::EditConflict conflict;
        data::DbRefusal error;
        if (OrderQueries::saveOrder(m_session->database(), base, edit, &version, &conflict, &error)) {
            reload();
            showMessage(tr("Saved."), false);
            emit changed(m_orderId);
            return true;
        }
        if (error.code != u"E-STALE") {
            showRefusal(error);
            return false;
        }
        switch (askConflict(conflict)) {
        case ConflictChoice::Reload:
            reload();
            showMessage(tr("Reloaded: your changes were discarded."), false);
            return false;
        case ConflictChoice::Overwrite:
            base = conflict.current;   // keep my values over the newer row, knowingly
            continue;
        case ConflictChoice::Cancel:
            showMessage(tr("Not saved: build %1 was changed by someone else. Your edits are still here.")
                            .arg(m_detail.buildNumber), true);
            return false;
        }
    }
}

OrderPage::ConflictChoice OrderPage::askConflict(const data::EditConflict& conflict)
{
    QMessageBox box(QMessageBox::Warning, tr("Changed by someone else"), QString(), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("conflictMessageBox"));
    // Plain text: names and values typed by people are shown as they are.
    box.setTextFormat(Qt::PlainText);
    QStringList lines;
    const QString when = dateTimeText(conflict.lastChangedAt.isValid() ? conflict.lastChangedAt
                                                                       : conflict.current.updatedAt);
    lines << (conflict.lastChangedBy.isEmpty()
                  ? tr("Build %1 was changed by someone else on %2, after you opened it.")
                        .arg(m_detail.buildNumber, when)
                  : tr("Build %1 was changed by %2 on %3, after you opened it.")
                        .arg(m_detail.buildNumber, conflict.lastChangedBy, when));
    if (!conflict.changedFields.isEmpty()) {
        lines << QString() << tr("What changed:");
        for (const QString& field : conflict.changedFields)
            lines << QStringLiteral("  • ") + field;
    }
    if (!conflict.changesSince.isEmpty()) {
        lines << QString() << tr("Since you opened it:");
        for (const data::HistoryEntry& h : conflict.changesSince) {
            const QString what = h.action == u"Edited"
                ? tr("%1 (%2)").arg(StatusText::historyAction(h.action), StatusText::editedFields(h.note))
                : h.note.isEmpty() ? StatusText::historyAction(h.action)
                                   : tr("%1 (%2)").arg(StatusText::historyAction(h.action), h.note);
            lines << tr("  • %1, %2: %3").arg(dateTimeText(h.at), h.who.isEmpty() ? tr("someone") : h.who, what);
        }
    }
    lines << QString()
          << tr("Reload to see the new version (your edits are lost), overwrite it with your values, or cancel.");
    box.setText(lines.join(u'\n'));
    QPushButton* reloadButton = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
    reloadButton->setObjectName(QStringLiteral("conflictReloadButton"));
    QPushButton* overwriteButton = box.addButton(tr("&Overwrite with my values"), QMessageBox::DestructiveRole);
    overwriteButton->setObjectName(QStringLiteral("conflictOverwriteButton"));
    QPushButton* cancelButton = box.addButton(QMessageBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("conflictCancelButton"));
    box.setDefaultButton(cancelButton);
    box.exec();
    if (box.clickedButton() == reloadButton)
        return ConflictChoice::Reload;
    if (box.clickedButton() == overwriteButton)
        return ConflictChoice::Overwrite;
    return ConflictChoice::Cancel;
}

void OrderPage::runTransition(const data::TransitionOption& option)
{
    const QString note = m_ui->transitionNoteLineEdit->text().trimmed();
    if (option.noteRequired && note.size() < 3) {
        showMessage(tr("Moving to “%1” needs a note: say why in the note field.")
                        .arg(StatusText::orderStatus(option.toStatus)), true);
        m_ui->transitionNoteLineEdit->setFocus();
        return;
    }
    data::DbRefusal error;
    if (!OrderQueries::transition(m_session->database(), m_orderId, option.toStatus, note, m_detail.rowVersion,
                                  &error)) {
        showRefusal(error);
        return;
    }
    m_ui->transitionNoteLineEdit->clear();
    reload();
    showMessage(tr("Moved to “%1”.").arg(StatusText::orderStatus(option.toStatus)), false);
    emit changed(m_orderId);
}

void OrderPage::assign()
{
    data::DbRefusal error;
    if (!OrderQueries::assign(m_session->database(), m_orderId, m_ui->assigneeComboBox->currentData().toString(),
                              m_detail.rowVersion, &error)) {
        showRefusal(error);
        return;
    }
    reload();
    showMessage(tr("Assignment saved."), false);
    emit changed(m_orderId);
}

void OrderPage::claim()
{
    data::DbRefusal error;
    if (!OrderQueries::claim(m_session->database(), m_orderId, m_detail.rowVersion, &error)) {
        showRefusal(error);
        return;
    }
    reload();
    showMessage(tr("You claimed build %1.").arg(m_detail.buildNumber), false);
    emit changed(m_orderId);
}

void OrderPage::decideBom(bool approve)
{
    const data::UserProfile& me = m_session->user();
    SignatureDialog dialog(approve ? tr("BOM approved") : tr("BOM rejected"),
                           tr("BOM version %1 of build %2, SHA-256 %3").arg(m_bom.version).arg(m_detail.buildNumber,
                                                                                            m_bom.sha256),
                           me.fullName, me.initials, !approve, this);
    dialog.setObjectName(QStringLiteral("signatureDialog"));
    while (dialog.exec() == QDialog::Accepted) {
        data::DbRefusal error;
        if (OrderQueries::signBomDecision(m_session->settings(), dialog.password(), m_bom.bomId, approve,
                                          dialog.note(), dialog.initials(), &error)) {
            reload();
            showMessage(approve ? tr("BOM version %1 approved and signed.").arg(m_bom.version)
                                : tr("BOM version %1 rejected (signed).").arg(m_bom.version),
                        false);
            emit changed(m_orderId);
            return;
        }
        if (error.code == u"E-SIGN-PASSWORD" || error.code == u"E-SIGN-INITIALS") {
            dialog.showError(error.message);
            continue;   // another try
        }
        showRefusal(error);
        return;
    }
}

void OrderPage::attach()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Attach a document"), QString(),
        tr("Documents (%1)").arg(QStringLiteral("*.") + OrderQueries::allowedDocumentSuffixes().join(QStringLiteral(" *."))));
    if (!path.isEmpty())
        attachFile(path, m_ui->documentTypeComboBox->currentData().toString());
}

bool OrderPage::startDocumentWork(const QString& busyText)
{
    if (m_documentBusy) {
        showMessage(tr("Wait until the document being transferred is done, then try again."), true);
        return false;
    }
    setDocumentBusy(true, busyText);
    return true;
}

void OrderPage::setDocumentBusy(bool busy, const QString& text)
{
    m_documentBusy = busy;
    m_documentProgress->setVisible(busy);
    if (busy) {
        m_ui->messageLabel->setToolTip(QString());
        showMessage(text, false);
    }
    updatePermissions();
}

void OrderPage::finishDocumentWork(bool ok, const QString& message, const QString& path)
{
    setDocumentBusy(false, {});
    showMessage(message, !ok);   // replaces the busy words
    emit documentDone(ok, path);
}

QString OrderPage::documentErrorText(const QSqlError& error, const QString& what)
{
    if (data::Session::isConnectionError(error))
        return tr("%1: the server cannot be reached right now. Try again when the connection is back.").arg(what);
    const data::DbRefusal refusal = data::DbRefusal::from(error);
    m_ui->messageLabel->setToolTip(tr("Server code %1 (SQLSTATE %2)").arg(refusal.code, refusal.sqlState));
    if (refusal.sqlState == u"42501")
        return tr("%1: your role may not do this.").arg(what);
    QString words = refusal.message;
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return tr("%1: %2").arg(what, words);
}

bool OrderPage::attachFile(const QString& path, const QString& documentType)
{
    const QString name = QFileInfo(path).fileName();
    if (!isLoaded()) {
        showMessage(tr("Not attached: wait until the order has loaded, then attach “%1” again.").arg(name), true);
        return false;
    }
    // The rules of every order document (type, size, content), on the file's first bytes now; all of it
    // is checked again once read.
    QString why;
    if (!OrderQueries::checkDocumentFile(path, nullptr, &why)) {
        m_ui->messageLabel->setToolTip(QString());
        showMessage(why, true);
        return false;
    }
    if (!startDocumentWork(tr("Attaching “%1” (%2 MB)…").arg(name, megabytes(QFileInfo(path).size()))))
        return false;
    // Read (and check) the file on a pool thread, then store it on the session's worker: the window
    // never waits on the disk or the server. A page closed meanwhile drops both answers.
    whenDone(this, QtConcurrent::run(readDocumentFile, path), [this, path, name, documentType](const ReadFile& file) {
        if (!file.why.isEmpty()) {
            finishDocumentWork(false, file.why, path);
            return;
        }
        const data::Statement insert =
            OrderQueries::attachDocumentStatement(m_orderId, name, documentType, file.mimeType, file.content);
        whenDone(this, m_session->runWrite(insert.sql, insert.bindings), [this, path, name](const data::QueryResult& r) {
            if (!r.ok()) {
                // A write is never sent twice (Session::runWrite): after a lost connection nobody knows
                // whether the server stored it, so the person is told to look rather than told "no".
                const QString why = data::Session::isConnectionError(r.error)
                    ? tr("“%1” may not have been attached: the connection was lost before the server confirmed it. "
                         "Check the list of documents when the connection is back.").arg(name)
                    : documentErrorText(r.error, tr("“%1” was not attached").arg(name));
                finishDocumentWork(false, why, path);
                emit queryFailed(r.error);
                return;
            }
            if (r.rows.isEmpty()) {
                reload();
                finishDocumentWork(false, tr("“%1” may not have been attached: the server did not confirm it. "
                                             "Check the list of documents.").arg(name),
                                   path);
                return;
            }
            reload();   // the list of documents
            finishDocumentWork(true, tr("“%1” attached.").arg(name), path);
            emit changed(m_orderId);
        });
    });
    return true;
}

bool OrderPage::openDocumentAt(int row)
{
    if (row < 0 || row >= m_documents->documents().size())
        return false;
    const data::DocumentInfo& d = m_documents->documents().at(row);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/cleanstation-")
        + d.documentId;
    if (!QDir().mkpath(dir)) {
        showMessage(tr("“%1” cannot be opened: the folder %2 cannot be made.")
                        .arg(d.fileName, QDir::toNativeSeparators(dir)), true);
        return false;
    }
    return copyDocument(row, dir + u'/' + QFileInfo(d.fileName).fileName(), true);
}

void OrderPage::openDocument()
{
    const QModelIndex index = m_ui->documentsView->currentIndex();
    if (index.isValid())
        openDocumentAt(index.row());
}

void OrderPage::saveDocument()
{
    const QModelIndex index = m_ui->documentsView->currentIndex();
    if (!index.isValid())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy"),
                                                      m_documents->documents().at(index.row()).fileName);
    if (!path.isEmpty())
        saveDocumentCopy(index.row(), path);
}

bool OrderPage::saveDocumentCopy(int row, const QString& path)
{
    return copyDocument(row, path, false);
}

bool OrderPage::copyDocument(int row, const QString& path, bool open)
{
    if (row < 0 || row >= m_documents->documents().size())
        return false;
    const data::DocumentInfo d = m_documents->documents().at(row);   // the list may be reloaded meanwhile
    if (!startDocumentWork(open ? tr("Opening “%1” (%2 MB)…").arg(d.fileName, megabytes(d.size))
                                : tr("Saving a copy of “%1” (%2 MB)…").arg(d.fileName, megabytes(d.size))))
        return false;
    // The bytes are read on the session's worker, written to the disk on a pool thread.
    const data::Statement read = OrderQueries::documentContentStatement(d.documentId);
    whenDone(this, m_session->runQuery(read.sql, read.bindings), [this, d, path, open](const data::QueryResult& r) {
        const QString what = open ? tr("“%1” could not be opened").arg(d.fileName)
                                  : tr("No copy of “%1” was saved").arg(d.fileName);
        if (!r.ok()) {
            finishDocumentWork(false, documentErrorText(r.error, what), path);
            emit queryFailed(r.error);
            return;
        }
        if (r.rows.isEmpty()) {
            finishDocumentWork(false, tr("%1: it is no longer stored with this order. Reload to see its documents.")
                                          .arg(what),
                               path);
            return;
        }
        const QByteArray content = r.rows.constFirst().value(0).toByteArray();
        whenDone(this, QtConcurrent::run(writeDocumentFile, path, content), [this, path, open](const QString& error) {
            if (!error.isEmpty()) {
                finishDocumentWork(false, error, path);
                return;
            }
            if (open && !QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
                finishDocumentWork(false, tr("There is no program on this computer to open %1.")
                                              .arg(QDir::toNativeSeparators(path)),
                                   path);
                return;
            }
            finishDocumentWork(true,
                               open ? tr("“%1” opened.").arg(QFileInfo(path).fileName())
                                    : tr("Saved a copy to %1.").arg(QDir::toNativeSeparators(path)),
                               path);
        });
    });
    return true;
}

bool OrderPage::exportBomCsv(const QString& path, bool flat)
{
    QString csv;
    if (flat) {
        csv += tr("Item") + u',' + tr("Name") + u',' + tr("Total qty") + u'\n';
        for (const data::BomFlatRow& r : m_bom.flat)
            csv += csvField(r.itemId) + u',' + csvField(r.name) + u',' + QString::number(r.quantity) + u'\n';
    } else {
        csv += tr("Level") + u',' + tr("Item") + u',' + tr("Name") + u',' + tr("Qty") + u',' + tr("Extended qty")
            + u',' + tr("Rule") + u'\n';
        for (const data::BomLineRow& r : m_bom.tree)
            csv += QString::number(r.depth) + u',' + csvField(r.itemId) + u',' + csvField(r.name) + u','
                + QString::number(r.quantity) + u',' + QString::number(r.extendedQuantity) + u',' + csvField(r.rule)
                + u'\n';
    }
    QSaveFile file(path);
    const QByteArray bytes = csv.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showMessage(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    showMessage(tr("BOM exported to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

bool OrderPage::exportBomPdf(const QString& path)
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(tr("BOM of build %1 (PO %2)").arg(m_detail.buildNumber, m_detail.poNumber).toHtmlEscaped(),
                            tr("Version %1 · %2 · SHA-256 %3").arg(m_bom.version).arg(m_bom.status, m_bom.sha256)
                                .toHtmlEscaped());
    html += QStringLiteral("<table border=1 cellspacing=0 cellpadding=3 width=100%><tr><th>%1</th><th>%2</th>"
                           "<th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(tr("Item"), tr("Name"), tr("Qty"), tr("Extended qty"), tr("Rule"));
    for (const data::BomLineRow& r : m_bom.tree)
        html += QStringLiteral("<tr><td>%1%2</td><td>%3</td><td align=right>%4</td><td align=right>%5</td>"
                               "<td>%6</td></tr>")
                    .arg(QStringLiteral("&nbsp;&nbsp;&nbsp;").repeated(r.depth), r.itemId.toHtmlEscaped(),
                         r.name.toHtmlEscaped())
                    .arg(r.quantity)
                    .arg(r.extendedQuantity)
                    .arg(r.rule.toHtmlEscaped());
    html += QStringLiteral("</table><h3>%1</h3><table border=1 cellspacing=0 cellpadding=3 width=100%>"
                           "<tr><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(tr("Procurement list"), tr("Item"), tr("Name"), tr("Total qty"));
    for (const data::BomFlatRow& r : m_bom.flat)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=right>%3</td></tr>")
                    .arg(r.itemId.toHtmlEscaped(), r.name.toHtmlEscaped())
                    .arg(r.quantity);
    html += QStringLiteral("</table>");
    QPdfWriter writer(path);
    if (!writer.setPageSize(QPageSize(QPageSize::Letter)) && !writer.pageLayout().isValid()) {
        showMessage(tr("Could not write %1.").arg(QDir::toNativeSeparators(path)), true);
        return false;
    }
    writer.setTitle(tr("BOM %1").arg(m_detail.buildNumber));
    writer.setCreator(QStringLiteral("CleanStation Production"));
    QTextDocument doc;
    doc.setHtml(html);
    doc.setPageSize(QSizeF(writer.width(), writer.height()));
    doc.print(&writer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        showMessage(tr("Could not write %1.").arg(QDir::toNativeSeparators(path)), true);
        return false;
    }
    showMessage(tr("BOM exported to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void OrderPage::printTraveler()
{
    const TravelerPrinting::Result result =
        TravelerPrinting::preview(this, m_session->database(), {m_detail.buildNumber});
    if (!result.message.isEmpty())
        showMessage(result.message, !result.ok);
    if (result.ok)
        reload();
}

void OrderPage::printLabels()
{
    data::TravelerRepository repository(m_session->database());
    data::TravelerData travelerData;
    data::TravelerError error;
    if (!repository.load(m_detail.buildNumber, &travelerData, &error)) {
        showMessage(tr("The labels cannot be made: %1").arg(error.message), true);
        return;
    }
    const domain::LabelSize size =
        domain::labelSizeFromString(AppSettings::labelSize()).value_or(domain::LabelSize::Label2x1);
    // Two build labels (WORKFLOW.md 5.2: skirt and back).
    const QList<domain::LabelContent> labels{travelerData.buildLabel(2, QDate::currentDate())};
    QPrinter printer(QPrinter::HighResolution);
    if (!AppSettings::labelPrinter().isEmpty())
        printer.setPrinterName(AppSettings::labelPrinter());
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Labels of build %1").arg(m_detail.buildNumber));
    const print::LabelRenderer renderer(size);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* p) {
        QString why;
        if (!renderer.render(p, labels, &why))
            showMessage(tr("The labels could not be drawn: %1").arg(why), true);
    });
    preview.exec();
}

void OrderPage::previewZpl()
{
    data::TravelerRepository repository(m_session->database());
    data::TravelerData travelerData;
    data::TravelerError error;
    if (!repository.load(m_detail.buildNumber, &travelerData, &error)) {
        showMessage(tr("The labels cannot be made: %1").arg(error.message), true);
        return;
    }
    ZplPreviewDialog dialog(travelerData.buildLabel(2, QDate::currentDate()), this);
    dialog.setLabelSize(domain::labelSizeFromString(AppSettings::labelSize()).value_or(domain::LabelSize::Label2x1));
    dialog.exec();
}

bool OrderPage::exportTravelerPdf(const QString& path)
{
    const TravelerPrinting::Result result =
        TravelerPrinting::exportPdf(m_session->database(), {m_detail.buildNumber}, path);
    showMessage(result.message, !result.ok);
    if (result.ok)
        reload();
    return result.ok;
}

void OrderPage::showMessage(const QString& text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold;")
                                            : QStringLiteral("color: #1b5e20;"));
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void OrderPage::showRefusal(const data::DbRefusal& refusal)
{
    QString words = refusal.message;
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    if (refusal.code == u"E-STALE")
        words = tr("%1. Reload to see the latest version.").arg(words);
    m_ui->messageLabel->setToolTip(tr("Server code %1 (SQLSTATE %2)").arg(refusal.code, refusal.sqlState));
    showMessage(tr("Not done: %1").arg(words), true);
}

void OrderPage::retranslate()
{
    if (m_loaded) {
        showDetail();
        showTransitions(m_transitions);
        showBom();
    }
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
