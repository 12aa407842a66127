#include "ui/orderpage.h"

#include "ui/appsettings.h"
#include "ui/bomflatmodel.h"
#include "ui/bomtreemodel.h"
#include "ui/documentsmodel.h"
#include "ui/signaturedialog.h"
#include "ui/statustext.h"
#include "ui_orderpage.h"

#include "data/travelerrepository.h"
#include "print/labelrenderer.h"
#include "print/travelerrenderer.h"
#include "ui/travelerprinting.h"
#include "ui/zplpreviewdialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMessageBox>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTextDocument>
#include <QUrl>

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

} // namespace

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
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("orderPage"));
    m_ui->messageLabel->hide();
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

bool OrderPage::reload()
{
    QSqlDatabase db = m_session->database();
    data::DbRefusal error;
    data::OrderDetail detail;
    if (!OrderQueries::loadOrder(db, m_orderId, &detail, &error)) {
        showRefusal(error);
        return false;
    }
    m_detail = detail;
    const QList<data::HistoryEntry> history = OrderQueries::history(db, m_orderId, &error);
    m_transitions = OrderQueries::transitions(db, m_detail.status, data::appRoleName(m_session->user().role), &error);
    m_bom = data::BomData();
    if (!m_detail.bomId.isEmpty())
        OrderQueries::loadBom(db, m_detail.bomId, &m_bom, &error);
    const QList<data::DocumentInfo> documents = OrderQueries::documents(db, m_orderId, &error);

    m_ui->assigneeComboBox->clear();
    m_ui->assigneeComboBox->addItem(tr("(nobody)"), QString());
    const AppRole role = m_session->user().role;
    if (role == AppRole::ProductionCoordinator || role == AppRole::Admin)
        for (const auto& [username, fullName] : OrderQueries::assignableUsers(db, m_detail.status, &error))
            m_ui->assigneeComboBox->addItem(fullName, username);

    showDetail();
    showHistory(history);
    showBom();
    showDocuments(documents);
    showTransitions(m_transitions);
    updatePermissions();
    m_loaded = true;
    emit loaded();
    return true;
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
        QString action = h.action;
        if (h.action == u"StatusChange") action = tr("Status changed");
        else if (h.action == u"ForceStatus") action = tr("Status forced (admin)");
        else if (h.action == u"Assigned") action = tr("Assigned");
        else if (h.action == u"Claimed") action = tr("Claimed");
        else if (h.action == u"BomApproved") action = tr("BOM approved (signed)");
        else if (h.action == u"BomRejected") action = tr("BOM rejected (signed)");
        else if (h.action == u"OrderCreated" || h.action == u"Submitted") action = tr("Order submitted");
        QList<QStandardItem*> row{new QStandardItem(dateTimeText(h.at)), new QStandardItem(h.who),
                                  new QStandardItem(action), new QStandardItem(StatusText::orderStatus(h.fromStatus)),
                                  new QStandardItem(StatusText::orderStatus(h.toStatus)), new QStandardItem(h.note)};
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
    const bool coordinator = role == AppRole::ProductionCoordinator || role == AppRole::Admin;
    const bool editable = coordinator && m_detail.status == u"OrderCreated";
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->customerLineEdit, m_ui->projectLineEdit,
                                                      m_ui->salesLineEdit, m_ui->wantDateEdit,
                                                      m_ui->languageComboBox})
        w->setEnabled(editable);
    m_ui->notesTextEdit->setReadOnly(!editable);
    m_ui->saveButton->setVisible(editable);
    m_ui->saveButton->setEnabled(editable && hasUnsavedEdits());
    m_ui->editHintLabel->setText(editable ? QString()
                                 : coordinator ? tr("The order can be edited only while it is “Order created”.")
                                               : tr("Only coordinators edit orders."));
    m_ui->assignButton->setVisible(coordinator);
    m_ui->assigneeComboBox->setVisible(coordinator);
    const bool assembler = role == AppRole::Assembler;
    m_ui->claimButton->setVisible(assembler);
    m_ui->claimButton->setEnabled(assembler && m_detail.status == u"ReadyForProduction"
                                  && m_detail.assigneeId != m_session->user().userId
                                  && m_detail.assigneeId.isEmpty());
    // BOM approval is for procurement (and admin); the action is absent for everyone else.
    const bool procurement = role == AppRole::ProcurementSpecialist || role == AppRole::Admin;
    const bool decidable = procurement && !m_bom.bomId.isEmpty() && m_bom.status == u"Generated"
        && m_detail.status == u"OrderCreated";
    m_ui->approveButton->setVisible(procurement);
    m_ui->rejectButton->setVisible(procurement);
    m_ui->approveButton->setEnabled(decidable);
    m_ui->rejectButton->setEnabled(decidable);
    const bool hasBom = !m_bom.bomId.isEmpty() && role != AppRole::ServiceDepartment;
    m_ui->exportCsvButton->setEnabled(hasBom);
    m_ui->exportPdfButton->setEnabled(hasBom);
    const bool selected = m_ui->documentsView->selectionModel()->hasSelection();
    m_ui->openDocumentButton->setEnabled(selected);
    m_ui->saveDocumentButton->setEnabled(selected);
    m_ui->attachButton->setEnabled(role != AppRole::ServiceDepartment);
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
    QStringList lines;
    lines << tr("Build %1 was changed after you opened it%2.")
                 .arg(m_detail.buildNumber,
                      conflict.lastChangedBy.isEmpty() ? QString() : tr(" (last by %1)").arg(conflict.lastChangedBy));
    if (!conflict.changedFields.isEmpty())
        lines << tr("What changed:") << conflict.changedFields;
    for (const data::HistoryEntry& h : conflict.changesSince)
        lines << tr("%1 — %2: %3 %4").arg(dateTimeText(h.at), h.who, h.action, h.note);
    lines << tr("Reload to see the new version (your edits are lost), overwrite it with your values, or cancel.");
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

bool OrderPage::attachFile(const QString& path, const QString& documentType)
{
    QFile file(path);
    if (QFileInfo(path).size() > OrderQueries::maxDocumentBytes) {
        showMessage(tr("“%1” is larger than 25 MB and cannot be attached.").arg(QFileInfo(path).fileName()), true);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("“%1” cannot be read: %2").arg(path, file.errorString()), true);
        return false;
    }
    const QByteArray content = file.readAll();
    data::DbRefusal error;
    if (OrderQueries::attachDocument(m_session->database(), m_orderId, QFileInfo(path).fileName(), documentType,
                                     content, &error)
            .isEmpty()) {
        showRefusal(error);
        return false;
    }
    showDocuments(OrderQueries::documents(m_session->database(), m_orderId, &error));
    showMessage(tr("“%1” attached.").arg(QFileInfo(path).fileName()), false);
    return true;
}

void OrderPage::openDocument()
{
    const QModelIndex index = m_ui->documentsView->currentIndex();
    if (!index.isValid())
        return;
    const data::DocumentInfo& d = m_documents->documents().at(index.row());
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/cleanstation-")
        + d.documentId;
    QDir().mkpath(dir);
    const QString path = dir + u'/' + QFileInfo(d.fileName).fileName();
    if (saveDocumentCopy(index.row(), path))
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void OrderPage::saveDocument()
{
    const QModelIndex index = m_ui->documentsView->currentIndex();
    if (!index.isValid())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy"),
                                                      m_documents->documents().at(index.row()).fileName);
    if (!path.isEmpty() && saveDocumentCopy(index.row(), path))
        showMessage(tr("Saved a copy to %1.").arg(QDir::toNativeSeparators(path)), false);
}

bool OrderPage::saveDocumentCopy(int row, const QString& path)
{
    if (row < 0 || row >= m_documents->documents().size())
        return false;
    data::DbRefusal error;
    const QByteArray content = OrderQueries::documentContent(m_session->database(),
                                                             m_documents->documents().at(row).documentId, &error);
    if (error.isSet()) {
        showRefusal(error);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        showMessage(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
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
        updatePermissions();
    }
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
