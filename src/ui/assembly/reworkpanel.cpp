#include "ui/assembly/reworkpanel.h"
#include "ui/assembly/benchwidgets.h"

#include "domain/checklist/failclassification.h"
#include "domain/orders/documentrules.h"
#include "ui/common/futurewatch.h"
#include "ui/common/shopfloor.h"
#include "ui/common/shopfloorstyle.h"
#include "ui/common/translator.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QFileDialog>
#include <QEvent>
#include <QFileInfo>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cs::ui {

using BenchWidgets::bigButton;
using BenchWidgets::wrapLabel;

namespace {

constexpr int kKindRole = Qt::UserRole;       // "test" or "packing"
constexpr int kIdRole = Qt::UserRole + 1;     // the CLT section id, or the packing item id
constexpr int kPositionRole = Qt::UserRole + 2;

QString itemLabel(const data::ReworkItem& i)
{
    const QString id = i.position > 0 ? ReworkPanel::tr("%1, basin %2").arg(i.item).arg(i.position) : i.item;
    return i.text.isEmpty() || i.text == i.item ? id : ReworkPanel::tr("%1 — %2").arg(id, i.text);
}

QString when(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

ReworkPanel::ReworkPanel(data::Session* session, const QString& orderId, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_repo(*session)
    , m_documents(*session)
    , m_orderId(orderId)
{
    setObjectName(QStringLiteral("reworkPanel"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget(scroll);
    auto* layout = new QVBoxLayout(body);
    scroll->setWidget(body);
    outer->addWidget(scroll);

    // Why it failed.
    m_failure = wrapLabel("reworkFailureLabel", body);
    QFont bold = m_failure->font();
    bold.setBold(true);
    m_failure->setFont(bold);
    layout->addWidget(m_failure);
    m_failedItems = new QListWidget(body);
    m_failedItems->setObjectName(QStringLiteral("reworkFailedItemsList"));
    m_failedItems->setWordWrap(true);
    m_failedItems->setFocusPolicy(Qt::NoFocus);
    m_failedItems->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_failedItems);
    m_records = wrapLabel("reworkRecordsLabel", body);
    layout->addWidget(m_records);

    // After a record: the packing items confirmed again, the return (first, where the eye goes).
    m_afterBox = new QWidget(body);
    auto* after = new QVBoxLayout(m_afterBox);
    after->setContentsMargins(0, 0, 0, 0);
    m_confirmLabel = wrapLabel("reworkConfirmLabel", m_afterBox);
    m_confirm = new QListWidget(m_afterBox);
    m_confirm->setObjectName(QStringLiteral("reworkConfirmList"));
    m_confirm->setWordWrap(true);
    after->addWidget(m_confirmLabel);
    after->addWidget(m_confirm);
    auto* returnRow = new QHBoxLayout;
    m_returnButton = bigButton("reworkReturnButton", m_afterBox);
    m_returnReason = wrapLabel("reworkReturnReasonLabel", m_afterBox);
    returnRow->addWidget(m_returnButton);
    returnRow->addWidget(m_returnReason, 1);
    after->addLayout(returnRow);
    layout->addWidget(m_afterBox);
    // More rework on the same failure (a repeat that failed again, something else found): a second record.
    m_moreButton = bigButton("reworkMoreButton", body);
    m_moreButton->setCheckable(true);
    layout->addWidget(m_moreButton, 0, Qt::AlignLeft);

    // The rework.
    m_recordBox = new QWidget(body);
    auto* recordLayout = new QVBoxLayout(m_recordBox);
    recordLayout->setContentsMargins(0, 0, 0, 0);
    body = m_recordBox;
    QVBoxLayout* const outerLayout = layout;
    layout = recordLayout;
    m_notesLabel = wrapLabel("reworkNotesLabel", body);
    m_notes = new QPlainTextEdit(body);
    m_notes->setObjectName(QStringLiteral("reworkNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notesLabel->setBuddy(m_notes);
    layout->addWidget(m_notesLabel);
    layout->addWidget(m_notes);
    m_touchedLabel = wrapLabel("reworkTouchedLabel", body);
    m_touched = new QListWidget(body);
    m_touched->setObjectName(QStringLiteral("reworkTouchedList"));
    m_touched->setWordWrap(true);
    layout->addWidget(m_touchedLabel);
    layout->addWidget(m_touched);
    auto* photoRow = new QHBoxLayout;
    m_photoButton = bigButton("reworkPhotoButton", body);
    m_photos = wrapLabel("reworkPhotosLabel", body);
    photoRow->addWidget(m_photoButton);
    photoRow->addWidget(m_photos, 1);
    layout->addLayout(photoRow);
    auto* doneRow = new QHBoxLayout;
    m_doneButton = bigButton("reworkDoneButton", body);
    m_doneReason = wrapLabel("reworkDoneReasonLabel", body);
    doneRow->addWidget(m_doneButton);
    doneRow->addWidget(m_doneReason, 1);
    layout->addLayout(doneRow);
    outerLayout->addWidget(m_recordBox);
    outerLayout->addStretch(1);

    m_photoButton->setText(tr("Add a &photo…"));
    m_doneButton->setText(tr("Re&work done…"));
    m_notesLabel->setText(tr("&What was done (the rework's notes, for the record and the inspector):"));
    m_notes->setPlaceholderText(tr("At least 10 characters, e.g. “Drain valve of basin 1 replaced, new gasket.”"));

    updateMetrics();
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ReworkPanel::updateActions);
    connect(m_photoButton, &QPushButton::clicked, this, &ReworkPanel::askAddPhoto);
    connect(m_doneButton, &QPushButton::clicked, this, &ReworkPanel::askRecord);
    connect(m_returnButton, &QPushButton::clicked, this, &ReworkPanel::returnToQc);
    connect(m_confirm, &QListWidget::itemChanged, this, &ReworkPanel::confirmItem);
    connect(m_moreButton, &QPushButton::toggled, this, &ReworkPanel::updateActions);
    updateActions();
}

void ReworkPanel::setState(const data::AssemblyState& state, bool mayWork)
{
    m_state = state;
    m_mayWork = mayWork;
    const data::ReworkState& r = state.rework;
    if (!r.active) {
        updateActions();
        return;
    }
    // Whole sentences for each kind of QC (no "%1 failed" with the kind put in).
    QString failure;
    if (r.failReason.isEmpty())
        failure = r.finalQc() ? tr("Final QC failed; the signed result is not on record.")
                              : tr("Pre-QC failed; the signed result is not on record.");
    else
        failure = (r.finalQc() ? tr("Final QC failed (%1, %2): “%3”") : tr("Pre-QC failed (%1, %2): “%3”"))
                      .arg(r.failedBy, when(r.failedAt), r.failReason);
    if (!r.failCategory.isEmpty() || !r.failSeverity.isEmpty())
        // The stored codes in the session's words, as the inspector's fail dialog offered them.
        failure += QLatin1Char('\n')
                   + tr("Category: %1 · Severity: %2")
                         .arg(domain::FailClassification::categoryWords(r.failCategory, Translator::textLanguage()),
                              domain::FailClassification::severityWords(r.failSeverity, Translator::textLanguage()));
    if (!r.failNotes.isEmpty())
        failure += QLatin1Char('\n') + tr("Notes: %1").arg(r.failNotes);
    m_failure->setText(failure);
    m_failedItems->clear();
    for (const data::ReworkItem& i : r.failedItems) {
        if (i.item.isEmpty())
            continue;   // a rule of the whole form (the test on record) says how the build is now, not what failed
        const QString id = i.item.isEmpty() ? QString() : itemLabel(i);
        m_failedItems->addItem(id.isEmpty() ? i.message : tr("%1 (%2)").arg(id, i.message));
    }
    if (r.failedItems.isEmpty())
        m_failedItems->addItem(tr("The inspector marked no single item; see the reason above."));
    updateMetrics();
    m_failedItems->setAccessibleName(r.finalQc() ? tr("Items the Final QC found") : tr("Items the Pre-QC found"));

    QStringList records;
    for (const data::ReworkRecord& w : r.records) {
        // One sentence after the other, each whole.
        const QString notes = w.notes.trimmed();
        QStringList sentences{tr("Rework done by %1, %2: %3").arg(w.by, when(w.at), notes)
                              + (notes.endsWith(u'.') ? QString() : QStringLiteral("."))};
        if (!w.touchedTests.isEmpty())
            sentences << tr("End-of-line tests it touched: %1.").arg(w.touchedTests.join(QStringLiteral(", ")));
        if (w.photos > 0)
            sentences << tr("Photos of the rework: %n.", nullptr, w.photos);
        records << sentences.join(QLatin1Char(' '));
    }
    m_records->setText(records.join(QLatin1Char('\n')));
    m_records->setVisible(!records.isEmpty());
    rebuildLists();
    updateActions();
}

void ReworkPanel::updateMetrics()
{
    // The lists' rows and heights in the metrics of the moment: shop-floor rows (ShopFloorStyle) when the
    // mode is on, the font's otherwise; a list shows a few rows, the notes a few lines.
    const QFontMetrics fm(font());
    const int row = qMax(fm.lineSpacing() + 8, ShopFloor::isOn() ? ShopFloorStyle::kRowHeight : 0);
    const auto rows = [row](QListWidget* list, int n) { return row * n + 2 * list->frameWidth() + 2; };
    // What the inspector found: as many rows as it has (up to three; more scroll).
    m_failedItems->setMaximumHeight(rows(m_failedItems, qBound(1, m_failedItems->count(), 3)));
    m_confirm->setMaximumHeight(rows(m_confirm, 4));
    m_touched->setMinimumHeight(rows(m_touched, 3));
    m_notes->setMinimumHeight(fm.lineSpacing() * 3 + 12);
    m_notes->setMaximumHeight(fm.lineSpacing() * 5 + 12);
    for (QListWidget* list : {m_failedItems, m_touched, m_confirm})
        list->doItemsLayout();   // rows measured again in the new font and style
}

void ReworkPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateMetrics();
    QWidget::changeEvent(event);
}

void ReworkPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void ReworkPanel::setOuterBusy(bool busy)
{
    if (m_outerBusy == busy)
        return;
    m_outerBusy = busy;
    updateActions();
}

void ReworkPanel::rebuildLists()
{
    const data::ReworkState& r = m_state->rework;
    m_filling = true;
    // What the rework touched: kept as ticked across reloads of the same failure.
    const QString key = r.qcType + r.failedBy + r.failedAt.toString(Qt::ISODate) + QString::number(r.records.size());
    if (key != m_listsFor) {
        m_listsFor = key;
        m_touched->clear();
        for (const data::ReworkTest& t : r.testOptions) {
            auto* row = new QListWidgetItem(tr("End-of-line test: %1 — %2").arg(t.id, t.title), m_touched);
            row->setData(kKindRole, QStringLiteral("test"));
            row->setData(kIdRole, t.id);
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            row->setCheckState(Qt::Unchecked);
        }
        for (const data::ReworkItem& p : r.packingOptions) {
            auto* row = new QListWidgetItem(tr("Packing: %1").arg(itemLabel(p)), m_touched);
            row->setData(kKindRole, QStringLiteral("packing"));
            row->setData(kIdRole, p.item);
            row->setData(kPositionRole, p.position);
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            row->setCheckState(Qt::Unchecked);
        }
        if (m_touched->count() > 0)
            m_touched->setCurrentRow(0);
    }
    m_confirm->clear();
    for (const data::ReworkItem& p : r.packingToConfirm) {
        auto* row = new QListWidgetItem(itemLabel(p), m_confirm);
        row->setData(kIdRole, p.item);
        row->setData(kPositionRole, p.position);
        row->setFlags(p.confirmed ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                  : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        row->setCheckState(p.confirmed ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
}

QString ReworkPanel::notesProblem() const
{
    if (m_notes->toPlainText().trimmed().size() < 10)
        return tr("Write what was done (10 characters at least).");
    return QString();
}

void ReworkPanel::updateActions()
{
    const bool loaded = m_state.has_value() && m_state->rework.active;
    const data::ReworkState r = loaded ? m_state->rework : data::ReworkState{};
    const bool finalQc = r.finalQc();
    m_touchedLabel->setText(tr("What the rework &touched (its tests are repeated, its packing items confirmed again):"));
    m_touchedLabel->setBuddy(m_touched);
    m_touchedLabel->setVisible(finalQc);
    m_touched->setVisible(finalQc);
    m_photos->setText(m_photoNames.isEmpty() ? tr("No photos (optional).")
                                             : tr("Photos: %1").arg(m_photoNames.join(QStringLiteral(", "))));

    QString doneReason;
    if (!loaded)
        doneReason = tr("Wait until the build has loaded.");
    else if (!r.cannotWork.isEmpty())
        doneReason = r.cannotWork;
    else if (!m_mayWork)
        doneReason = tr("Only the assembler who claimed the build, a coordinator or an admin does the rework.");
    else if (r.recorded() && !finalQc)
        doneReason = tr("The rework is recorded.");
    else if (const QString why = notesProblem(); !why.isEmpty())
        doneReason = why;
    else if (finalQc)
        doneReason = tr("Record the rework: the tests it touched are then repeated and its packing items confirmed again; "
                        "if it touched neither, the build goes back to Final QC at once.");
    else
        doneReason = tr("Record the rework: the build goes back to Pre-QC.");
    const bool mayRecord = loaded && m_mayWork && r.cannotWork.isEmpty() && notesProblem().isEmpty() && !busy()
                           && !(r.recorded() && !finalQc);
    m_doneButton->setEnabled(mayRecord);
    m_doneButton->setToolTip(mayRecord ? QString() : doneReason);
    m_doneReason->setText(doneReason);
    m_photoButton->setEnabled(loaded && m_mayWork && r.cannotWork.isEmpty() && !busy());
    m_notes->setEnabled(loaded && m_mayWork && r.cannotWork.isEmpty());
    m_touched->setEnabled(loaded && m_mayWork && r.cannotWork.isEmpty());

    // After the record.
    const bool recorded = loaded && r.recorded() && finalQc;
    m_afterBox->setVisible(recorded);
    m_moreButton->setText(tr("Record &more rework on this failure…"));
    m_moreButton->setVisible(recorded && m_mayWork && r.cannotWork.isEmpty());
    if (!recorded && m_moreButton->isChecked()) {
        const QSignalBlocker block(m_moreButton);
        m_moreButton->setChecked(false);
    }
    m_recordBox->setVisible(!recorded || m_moreButton->isChecked());
    m_confirmLabel->setText(tr("Packing items the rework touched: &confirm each again once it is packed:"));
    m_confirmLabel->setBuddy(m_confirm);
    m_confirmLabel->setVisible(recorded && !r.packingToConfirm.isEmpty());
    m_confirm->setVisible(recorded && !r.packingToConfirm.isEmpty());
    m_confirm->setEnabled(m_mayWork && !busy());
    m_returnButton->setText(tr("Return to &Final QC"));
    m_returnButton->setVisible(recorded);
    m_returnReason->setVisible(recorded);
    const bool mayReturn = recorded && m_mayWork && r.cannotWork.isEmpty() && r.blockers.isEmpty() && !busy();
    QString returnReason;
    if (!r.blockers.isEmpty())
        returnReason = tr("Not yet: %1").arg(r.blockers.join(QLatin1Char(' ')));
    else if (!m_mayWork || !r.cannotWork.isEmpty())
        returnReason = r.cannotWork.isEmpty() ? tr("Only the assembler who claimed the build, a coordinator or an admin returns it.")
                                              : r.cannotWork;
    else
        returnReason = tr("Everything the rework touched is repeated: the build can go back to Final QC.");
    m_returnButton->setEnabled(mayReturn);
    m_returnButton->setToolTip(mayReturn ? QString() : returnReason);
    m_returnReason->setText(returnReason);
}

QString ReworkPanel::failureText() const
{
    return m_failure->text();
}

QString ReworkPanel::doneReasonText() const
{
    return m_doneReason->text();
}

QString ReworkPanel::returnReasonText() const
{
    return m_returnReason->text();
}

bool ReworkPanel::askAddPhoto()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Add a photo of the rework"), QString(),
                                                      tr("Photos and documents (%1)").arg(domain::DocumentRules::fileDialogPatterns()));
    return !path.isEmpty() && addPhoto(path);
}

bool ReworkPanel::addPhoto(const QString& path)
{
    if (!m_photoButton->isEnabled())
        return false;
    const QString name = QFileInfo(path).fileName();
    QString why;
    if (!domain::DocumentRules::checkFile(path, nullptr, &why)) {
        emit message(why, true);
        emit photoAttached(false);
        return false;
    }
    emit message(tr("Attaching %1…").arg(name), false);
    setBusy(true);
    // Read on a pool thread, stored on the session's worker as a document of the build.
    whenDone(this, QtConcurrent::run(&domain::DocumentRules::readFile, path), [this, name](const domain::DocumentRules::File& file) {
        if (!file.ok()) {
            setBusy(false);
            emit message(file.why, true);
            emit photoAttached(false);
            return;
        }
        whenDone(this, m_documents.attach(m_orderId, name, QStringLiteral("ReworkPhoto"), file.content),
                 [this, name](const data::Result<QString>& r) {
                     setBusy(false);
                     if (!r) {
                         emit failed(r.error(), tr("%1 was not attached").arg(name));
                         emit photoAttached(false);
                         return;
                     }
                     m_photoIds << r.value();
                     m_photoNames << name;
                     updateActions();
                     emit message(tr("%1 is attached; it goes with the rework's record.").arg(name), false);
                     emit photoAttached(true);
                 });
    });
    return true;
}

bool ReworkPanel::askRecord()
{
    if (!m_doneButton->isEnabled()) {
        emit message(m_doneReason->text(), true);
        return false;
    }
    QStringList tests;
    QStringList packing;
    for (int i = 0; i < m_touched->count(); ++i) {
        const QListWidgetItem* row = m_touched->item(i);
        if (row->checkState() != Qt::Checked)
            continue;
        (row->data(kKindRole).toString() == u"test" ? tests : packing) << row->text();
    }
    const data::ReworkState& r = m_state->rework;
    QString next;
    if (!r.finalQc())
        next = tr("The build goes back to Ready for Pre-QC with these notes.");
    else if (tests.isEmpty() && packing.isEmpty() && !r.testNeeded)
        next = tr("It touched no test and no packing: the build goes back to Ready for Final QC now.");
    else
        next = tr("The build stays in rework until the end-of-line test is repeated and passed (step 3) and the packing "
                  "items are confirmed again; then “Return to Final QC”.");
    QMessageBox box(QMessageBox::Question, tr("Rework done"), tr("Record the rework of build %1?").arg(m_state->buildNumber),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("reworkConfirmBox"));
    QString details = tr("Notes: %1").arg(m_notes->toPlainText().trimmed());
    if (!tests.isEmpty())
        details += QLatin1Char('\n') + tests.join(QLatin1Char('\n'));
    if (!packing.isEmpty())
        details += QLatin1Char('\n') + packing.join(QLatin1Char('\n'));
    if (!m_photoNames.isEmpty())
        details += QLatin1Char('\n') + tr("Photos: %1").arg(m_photoNames.join(QStringLiteral(", ")));
    box.setInformativeText(details + QStringLiteral("\n\n") + next + QLatin1Char(' ')
                           + tr("The record cannot be changed afterwards."));
    QPushButton* yes = box.addButton(tr("Record the rework"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(yes);
    box.exec();
    return box.clickedButton() == yes && record();
}

bool ReworkPanel::record()
{
    if (!m_state || !m_doneButton->isEnabled())
        return false;
    QStringList tests;
    QList<data::ReworkItem> packing;
    for (int i = 0; i < m_touched->count(); ++i) {
        const QListWidgetItem* row = m_touched->item(i);
        if (row->checkState() != Qt::Checked)
            continue;
        if (row->data(kKindRole).toString() == u"test") {
            tests << row->data(kIdRole).toString();
        } else {
            data::ReworkItem p;
            p.section = QStringLiteral("S4");
            p.item = row->data(kIdRole).toString();
            p.position = row->data(kPositionRole).toInt();
            packing << p;
        }
    }
    const QString status = m_state->status;
    setBusy(true);
    whenDone(this,
             m_repo.recordRework(m_orderId, m_notes->toPlainText().trimmed(), tests, packing, m_photoIds, m_state->rowVersion),
             [this, status, tests](const data::Result<int>& r) {
                 setBusy(false);
                 if (!r) {
                     emit failed(r.error(), tr("The rework was not recorded"));
                     return;
                 }
                 m_notes->clear();
                 m_photoIds.clear();
                 m_photoNames.clear();
                 m_listsFor.clear();
                 const bool moved = r.value() != m_state->rowVersion;
                 emit message(moved ? (status == u"ReworkPreQC" ? tr("Rework recorded: build %1 is back for Pre-QC.")
                                                                : tr("Rework recorded: build %1 is back for Final QC."))
                                          .arg(m_state->buildNumber)
                                    : tests.isEmpty() ? tr("Rework recorded: confirm the packing items it touched again.")
                                                      : tr("Rework recorded: repeat the end-of-line test now (step 3)."),
                              false);
                 emit changed(moved);
             });
    return true;
}

void ReworkPanel::confirmItem(QListWidgetItem* item)
{
    if (m_filling || !item || item->checkState() != Qt::Checked || !(item->flags() & Qt::ItemIsUserCheckable))
        return;
    const QString id = item->data(kIdRole).toString();
    const int position = item->data(kPositionRole).toInt();
    const QString label = item->text();
    setBusy(true);
    whenDone(this, m_repo.confirmReworkPacking(m_orderId, id, position), [this, label](const data::Result<data::Done>& r) {
        setBusy(false);
        if (!r) {
            emit failed(r.error(), tr("%1 was not confirmed").arg(label));
            emit changed(false);
            return;
        }
        emit message(tr("Confirmed again: %1").arg(label), false);
        emit changed(false);
    });
}

bool ReworkPanel::returnToQc()
{
    if (!m_returnButton->isEnabled()) {
        emit message(m_returnReason->text(), true);
        return false;
    }
    setBusy(true);
    whenDone(this, m_repo.completeRework(m_orderId, m_state->rowVersion), [this](const data::Result<int>& r) {
        setBusy(false);
        if (!r) {
            emit failed(r.error(), tr("Not returned to Final QC"));
            return;
        }
        emit message(tr("Build %1 is back for Final QC.").arg(m_state->buildNumber), false);
        emit changed(true);
    });
    return true;
}

} // namespace cs::ui
