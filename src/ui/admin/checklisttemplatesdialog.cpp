#include "ui/admin/checklisttemplatesdialog.h"

#include "ui/admin/jsonimportfile.h"

#include "ui/common/futurewatch.h"
#include "ui/common/itemviewtext.h"
#include "ui/common/messagebar.h"
#include "ui/common/rowtablemodel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cs::ui {

using data::ChecklistTemplateVersion;
using data::TemplateUse;

namespace {

// The columns that have the room the others leave: a template's title, a use's form.
constexpr int kTitleColumn = 1;
constexpr int kUseFormColumn = 1;

// The largest template file the dialog reads (the shipped forms are a few dozen kB).
constexpr qint64 kMaxTemplateBytes = 4 * 1024 * 1024;

QString kindText(const QString& kind)
{
    if (kind == u"PreQC")
        return ChecklistTemplatesDialog::tr("Pre-QC");
    if (kind == u"FinalQC")
        return ChecklistTemplatesDialog::tr("Final QC");
    if (kind == u"InProcessAssembly" || kind == u"CLP")
        return ChecklistTemplatesDialog::tr("Production checks (CLP)");
    if (kind == u"Testing" || kind == u"CLT")
        return ChecklistTemplatesDialog::tr("End-of-line test (CLT)");
    return kind;
}

QList<RowTableModel<ChecklistTemplateVersion>::Column> columns()
{
    using R = ChecklistTemplateVersion;
    return {
        {[] { return ChecklistTemplatesDialog::tr("Form"); }, [](const R& t) { return kindText(t.kind); }},
        {[] { return ChecklistTemplatesDialog::tr("Title"); }, [](const R& t) { return t.title; }},
        {[] { return ChecklistTemplatesDialog::tr("Version"); }, [](const R& t) { return t.version; }, [](const R& t) { return t.version; }},
        {[] { return ChecklistTemplatesDialog::tr("State"); },
         [](const R& t) {
             if (t.state == u"draft")
                 return ChecklistTemplatesDialog::tr("Draft");
             return t.active ? ChecklistTemplatesDialog::tr("Published, in use") : ChecklistTemplatesDialog::tr("Published, replaced");
         }},
        {[] { return ChecklistTemplatesDialog::tr("Created by"); }, [](const R& t) { return t.createdBy; }},
        {[] { return ChecklistTemplatesDialog::tr("Created"); }, [](const R& t) { return RowTableModelBase::dateTimeText(t.createdAt); },
         [](const R& t) { return t.createdAt; }},
        {[] { return ChecklistTemplatesDialog::tr("Published by"); }, [](const R& t) { return t.publishedBy; }},
        {[] { return ChecklistTemplatesDialog::tr("Published"); }, [](const R& t) { return RowTableModelBase::dateTimeText(t.publishedAt); },
         [](const R& t) { return t.publishedAt; }},
        {[] { return ChecklistTemplatesDialog::tr("Checklists filled on it"); }, [](const R& t) { return t.resultCount; },
         [](const R& t) { return t.resultCount; }},
    };
}

QList<RowTableModel<TemplateUse>::Column> useColumns()
{
    using R = TemplateUse;
    return {
        {[] { return ChecklistTemplatesDialog::tr("Build"); }, [](const R& u) { return u.buildNumber; }},
        {[] { return ChecklistTemplatesDialog::tr("Form"); }, [](const R& u) { return kindText(u.kind); }},
        {[] { return ChecklistTemplatesDialog::tr("Attempt"); },
         [](const R& u) {
             if (u.attempt == 0)
                 return ChecklistTemplatesDialog::tr("(result only)");
             return u.revision > 1 ? ChecklistTemplatesDialog::tr("%1, revision %2").arg(u.attempt).arg(u.revision)
                                   : QString::number(u.attempt);
         },
         [](const R& u) { return u.attempt * 100 + u.revision; }},
        {[] { return ChecklistTemplatesDialog::tr("Result"); },
         [](const R& u) {
             if (!u.signedOff)
                 return ChecklistTemplatesDialog::tr("Open");
             return u.result == u"Pass"   ? ChecklistTemplatesDialog::tr("PASS")
                    : u.result == u"Fail" ? ChecklistTemplatesDialog::tr("FAIL")
                                          : u.result;
         }},
        {[] { return ChecklistTemplatesDialog::tr("Signed by"); },
         [](const R& u) {
             if (!u.signedOff)
                 return ChecklistTemplatesDialog::tr("open, not signed");
             return u.signedBy.isEmpty() ? ChecklistTemplatesDialog::tr("no signature") : u.signedBy;
         }},
        {[] { return ChecklistTemplatesDialog::tr("Signed"); }, [](const R& u) { return RowTableModelBase::dateTimeText(u.signedAt); },
         [](const R& u) { return u.signedAt; }},
    };
}

} // namespace

ChecklistTemplatesDialog::ChecklistTemplatesDialog(data::Session* session, QWidget* parent)
    : QDialog(parent)
    , m_repository(*session)
    , m_usage(*session)
    , m_model(new RowTableModel<ChecklistTemplateVersion>(columns(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_usesModel(new RowTableModel<TemplateUse>(useColumns(), this))
    , m_usesView(new QTableView(this))
    , m_usesTitle(new QLabel(this))
    , m_messageBar(new MessageBar(this))
    , m_importButton(new QPushButton(tr("&Import a template file…"), this))
    , m_publishButton(new QPushButton(tr("&Publish this draft…"), this))
    , m_viewButton(new QPushButton(tr("&View content"), this))
{
    setObjectName(QStringLiteral("ChecklistTemplatesDialog"));
    setWindowTitle(tr("Checklist templates"));
    resize(1320, 720);

    auto* intro = new QLabel(tr("Each form keeps every version. New checklists use the published version marked "
                                "“in use”; a checklist keeps the version it was started on. A published version never "
                                "changes: to change a form, import a new version and publish it."),
                             this);
    intro->setWordWrap(true);

    data::ChecklistRepository* repository = &m_repository;
    m_model->setFetch([repository] { return repository->templates(); });
    m_model->setKey([](const ChecklistTemplateVersion& t) { return t.templateId; });
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RowTableModelBase::RawRole);
    m_view->setObjectName(QStringLiteral("templatesTableView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    // Every column as wide as what it shows; the titles have the room left over.
    ItemViewText::setSpareColumn(m_view, kTitleColumn);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);

    m_usesView->setObjectName(QStringLiteral("templateUsesTableView"));
    m_usesView->setModel(m_usesModel);
    m_usesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_usesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_usesView->verticalHeader()->hide();
    m_usesView->setWordWrap(false);
    ItemViewText::setSpareColumn(m_usesView, kUseFormColumn);
    m_usesTitle->setObjectName(QStringLiteral("templateUsesTitle"));
    m_usesTitle->setWordWrap(true);
    auto* usesBox = new QWidget(this);
    auto* usesLayout = new QVBoxLayout(usesBox);
    usesLayout->setContentsMargins(0, 0, 0, 0);
    usesLayout->addWidget(m_usesTitle);
    usesLayout->addWidget(m_usesView, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(usesBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_importButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_publishButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_viewButton, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_messageBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, &ChecklistTemplatesDialog::askImport);
    connect(m_publishButton, &QPushButton::clicked, this, &ChecklistTemplatesDialog::askPublish);
    connect(m_viewButton, &QPushButton::clicked, this, &ChecklistTemplatesDialog::showSelected);
    connect(m_view, &QTableView::activated, this, &ChecklistTemplatesDialog::showSelected);
    connect(m_model, &RowTableModelBase::loaded, this, [this] {
        ItemViewText::fitColumns(m_view);
        updateButtons();
    });
    connect(m_model, &RowTableModelBase::failed, this,
            [this](const data::DbError& e) { m_messageBar->showError(e.userMessage()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ChecklistTemplatesDialog::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ChecklistTemplatesDialog::showUses);
    connect(m_usesModel, &RowTableModelBase::loaded, this, [this] {
        const ChecklistTemplateVersion* t = selected();
        if (t)
            m_usesTitle->setText(m_usesModel->rows().isEmpty()
                                     ? tr("No checklist was filled on %1 version %2.").arg(t->title).arg(t->version)
                                     : tr("Checklists filled on %1 version %2 (%n):", nullptr, int(m_usesModel->rows().size()))
                                           .arg(t->title)
                                           .arg(t->version));
        ItemViewText::fitColumns(m_usesView);
        emit usesShown();
    });
    connect(m_usesModel, &RowTableModelBase::failed, this, [this](const data::DbError& e) {
        m_usesTitle->setText(tr("The checklists of this version could not be read: %1").arg(e.userMessage()));
        emit usesShown();
    });
    updateButtons();
    showUses();
    m_model->refresh();
}

ChecklistTemplatesDialog::~ChecklistTemplatesDialog() = default;

const QList<ChecklistTemplateVersion>& ChecklistTemplatesDialog::versions() const
{
    return m_model->rows();
}

QString ChecklistTemplatesDialog::messageText() const
{
    return m_messageBar->text();
}

const QList<TemplateUse>& ChecklistTemplatesDialog::uses() const
{
    return m_usesModel->rows();
}

void ChecklistTemplatesDialog::showUses()
{
    const ChecklistTemplateVersion* t = selected();
    const QString id = t ? t->templateId : QString();
    if (id == m_usesOf)
        return;
    m_usesOf = id;
    if (id.isEmpty()) {
        m_usesModel->setFetch(nullptr);
        m_usesModel->setRows({});
        m_usesTitle->setText(tr("Select a version to see the checklists filled on it."));
        return;
    }
    m_usesTitle->setText(tr("Reading the checklists of %1 version %2…").arg(t->title).arg(t->version));
    const data::TemplateUsage* usage = &m_usage;
    m_usesModel->setFetch([usage, id] { return usage->usesOf(id); });
    m_usesModel->refresh();
}

const ChecklistTemplateVersion* ChecklistTemplatesDialog::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = m_proxy->mapToSource(rows.first()).row();
    return row >= 0 && row < m_model->rows().size() ? &m_model->row(row) : nullptr;
}

bool ChecklistTemplatesDialog::selectVersion(const QString& key, int version)
{
    for (int i = 0; i < m_model->rows().size(); ++i) {
        const ChecklistTemplateVersion& t = m_model->row(i);
        if (t.key == key && t.version == version) {
            m_view->selectRow(m_proxy->mapFromSource(m_model->index(i, 0)).row());
            return true;
        }
    }
    return false;
}

void ChecklistTemplatesDialog::updateButtons()
{
    const ChecklistTemplateVersion* t = selected();
    m_importButton->setEnabled(!m_busy);
    m_viewButton->setEnabled(!m_busy && t);
    m_publishButton->setEnabled(!m_busy && t && t->state == u"draft");
    m_publishButton->setToolTip(t && t->state != u"draft" ? tr("Only a draft can be published; this version is published.")
                                                           : QString());
}

void ChecklistTemplatesDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_view->setEnabled(!busy);
    updateButtons();
}

void ChecklistTemplatesDialog::askImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a checklist template"), QString(),
                                                      tr("Checklist templates (*.json)"));
    if (!path.isEmpty())
        importFile(path);
}

void ChecklistTemplatesDialog::importFile(const QString& path)
{
    if (m_busy) {
        emit actionFinished(false);
        return;
    }
    // A template file may be large: read and parsed on a pool thread, the dialog busy meanwhile.
    setBusy(true);
    m_messageBar->showInfo(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    const auto read = [path] { return JsonImportFile::read(path, tr("a checklist template"), kMaxTemplateBytes); };
    whenDone(this, QtConcurrent::run(read), [this, path](const JsonImportFile& file) {
        if (!file.problem.isEmpty()) {
            setBusy(false);
            m_messageBar->showError(file.problem);
            emit actionFinished(false);
            return;
        }
        storeTemplate(path, file.json);
    });
}

void ChecklistTemplatesDialog::storeTemplate(const QString& path, const QJsonObject& json)
{
    m_messageBar->showInfo(tr("Checking and storing %1…").arg(QDir::toNativeSeparators(path)));
    whenDone(this, m_repository.importTemplate(json), [this](const data::Result<ChecklistTemplateVersion>& r) {
        setBusy(false);
        if (!r) {
            m_messageBar->showError(r.error().userMessage());
            if (!r.error().detail.isEmpty()) {
                QMessageBox box(QMessageBox::Warning, tr("Template refused"),
                                tr("Nothing was stored. Correct these problems in the file and import it again."),
                                QMessageBox::Ok, this);
                box.setDetailedText(r.error().detail);
                box.exec();
            }
            emit actionFinished(false);
            return;
        }
        m_messageBar->showInfo(tr("%1 version %2 is stored as a draft. Check it, then publish it.")
                                   .arg(r->title)
                                   .arg(r->version));
        connect(m_model, &RowTableModelBase::loaded, this, [this, key = r->key, version = r->version] {
            selectVersion(key, version);
        }, Qt::SingleShotConnection);
        m_model->refresh();
        emit actionFinished(true);
    });
}

void ChecklistTemplatesDialog::askPublish()
{
    const ChecklistTemplateVersion* t = selected();
    if (!t)
        return;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Publish version %1?").arg(t->version),
        tr("New %1 checklists will use version %2 of “%3”. Checklists already started keep their version. A published "
           "version cannot be changed or deleted.")
            .arg(kindText(t->kind))
            .arg(t->version)
            .arg(t->title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        publishSelected();
}

bool ChecklistTemplatesDialog::publishSelected()
{
    const ChecklistTemplateVersion* t = selected();
    if (!t || t->state != u"draft" || m_busy)
        return false;
    setBusy(true);
    whenDone(this, m_repository.publish(t->templateId), [this](const data::Result<ChecklistTemplateVersion>& r) {
        setBusy(false);
        if (!r) {
            m_messageBar->showError(r.error().userMessage());
            emit actionFinished(false);
            return;
        }
        m_messageBar->showInfo(tr("%1 version %2 is published; new checklists use it.").arg(r->title).arg(r->version));
        m_model->refresh();
        emit actionFinished(true);
    });
    return true;
}

void ChecklistTemplatesDialog::showSelected()
{
    const ChecklistTemplateVersion* t = selected();
    if (!t)
        return;
    QDialog d(this);
    d.setWindowTitle(tr("%1, version %2").arg(t->title).arg(t->version));
    d.resize(800, 600);
    auto* text = new QPlainTextEdit(&d);
    text->setReadOnly(true);
    text->setPlainText(QString::fromUtf8(QJsonDocument(t->json).toJson(QJsonDocument::Indented)));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &d);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    auto* layout = new QVBoxLayout(&d);
    layout->addWidget(text);
    layout->addWidget(buttons);
    d.exec();
}

} // namespace cs::ui
