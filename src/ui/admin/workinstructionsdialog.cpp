#include "ui/admin/workinstructionsdialog.h"

#include "ui/admin/jsonimportfile.h"
#include "ui/admin/toolsdialog.h"
#include "ui/assembly/assemblyerrortext.h"
#include "ui/assembly/workinstructionbrowser.h"
#include "ui/common/futurewatch.h"
#include "ui/common/itemviewtext.h"
#include "ui/common/messagebar.h"
#include "ui/common/rowtablemodel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace cs::ui {

using data::WorkInstructionVersion;

namespace {

QString stateText(const WorkInstructionVersion& v)
{
    if (!v.isPublished())
        return WorkInstructionsDialog::tr("Draft");
    return v.active ? WorkInstructionsDialog::tr("Published, in force") : WorkInstructionsDialog::tr("Published, replaced");
}

QList<RowTableModel<WorkInstructionVersion>::Column> columns()
{
    using R = WorkInstructionVersion;
    return {
        {[] { return WorkInstructionsDialog::tr("Key"); }, [](const R& v) { return v.key; }},
        {[] { return WorkInstructionsDialog::tr("Title"); }, [](const R& v) { return v.title; }},
        {[] { return WorkInstructionsDialog::tr("Version"); }, [](const R& v) { return v.version; }, [](const R& v) { return v.version; }},
        {[] { return WorkInstructionsDialog::tr("State"); }, [](const R& v) { return stateText(v); }},
        // Who made and published a version is on the version's page beside the list.
        {[] { return WorkInstructionsDialog::tr("Published"); }, [](const R& v) { return RowTableModelBase::dateText(v.publishedAt.date()); },
         [](const R& v) { return v.publishedAt; }},
    };
}

// The column that has the room the others leave: the titles.
constexpr int kTitleColumn = 1;

// The largest instruction file and picture the dialog reads (the server refuses pictures over 2 MB).
constexpr qint64 kMaxInstructionBytes = 4 * 1024 * 1024;
constexpr qint64 kMaxPictureBytes = 2 * 1024 * 1024;

bool isSha256(const QString& s)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(s).hasMatch();
}

QString mimeOf(const QString& name)
{
    const QString lower = name.toLower();
    if (lower.endsWith(u".png"))
        return QStringLiteral("image/png");
    if (lower.endsWith(u".jpg") || lower.endsWith(u".jpeg"))
        return QStringLiteral("image/jpeg");
    return QString();
}

// The content with each picture file's name replaced by the SHA-256 it was stored under.
QJsonObject withShas(QJsonObject content, const QHash<QString, QString>& shaByName)
{
    QJsonArray steps;
    for (const QJsonValue& v : content.value(u"steps").toArray()) {
        QJsonObject step = v.toObject();
        if (!v.isObject() || !step.value(u"images").isArray()) {
            steps.append(v);
            continue;
        }
        QJsonArray images;
        for (const QJsonValue& image : step.value(u"images").toArray())
            images.append(image.isString() ? QJsonValue(shaByName.value(image.toString(), image.toString())) : image);
        step.insert(QStringLiteral("images"), images);
        steps.append(step);
    }
    if (content.value(u"steps").isArray())
        content.insert(QStringLiteral("steps"), steps);
    return content;
}

} // namespace

WorkInstructionsDialog::WorkInstructionsDialog(data::Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_repository(*session)
    , m_model(new RowTableModel<WorkInstructionVersion>(columns(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_browser(new WorkInstructionBrowser(session, this))
    , m_messageBar(new MessageBar(this))
    , m_problems(new QListWidget(this))
    , m_importButton(new QPushButton(tr("&Import a work instruction file…"), this))
    , m_publishButton(new QPushButton(tr("&Publish this draft…"), this))
    , m_toolsButton(new QPushButton(tr("&Tools…"), this))
{
    setObjectName(QStringLiteral("WorkInstructionsDialog"));
    setWindowTitle(tr("Work instructions"));
    resize(1240, 720);

    auto* intro = new QLabel(tr("Each work instruction keeps every version. A build's task list takes the version in "
                                "force when it is made and keeps it. A published version never changes: to change an "
                                "instruction, import a new version and publish it."),
                             this);
    intro->setWordWrap(true);

    const data::WorkInstructionRepository* repository = &m_repository;
    m_model->setFetch([repository] { return repository->instructions(); });
    m_model->setKey([](const WorkInstructionVersion& v) { return v.id; });
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RowTableModelBase::RawRole);
    m_view->setObjectName(QStringLiteral("instructionsTableView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    ItemViewText::setSpareColumn(m_view, kTitleColumn);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);

    m_browser->setObjectName(QStringLiteral("versionView"));
    m_browser->setRenderer([this] { return versionHtml(); });
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(m_browser);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setWordWrap(true);
    m_problems->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_importButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_publishButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_toolsButton, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_problems);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, &WorkInstructionsDialog::askImport);
    connect(m_publishButton, &QPushButton::clicked, this, &WorkInstructionsDialog::askPublish);
    connect(m_toolsButton, &QPushButton::clicked, this, &WorkInstructionsDialog::showTools);
    connect(m_model, &RowTableModelBase::loaded, this, [this] {
        ItemViewText::fitColumns(m_view);
        updateButtons();
    });
    connect(m_model, &RowTableModelBase::failed, this,
            [this](const data::DbError& e) { m_messageBar->showError(AssemblyErrorText::words(e)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        m_browser->refresh();
    });
    updateButtons();
    m_model->refresh();
}

WorkInstructionsDialog::~WorkInstructionsDialog() = default;

const QList<WorkInstructionVersion>& WorkInstructionsDialog::versions() const
{
    return m_model->rows();
}

QStringList WorkInstructionsDialog::problems() const
{
    QStringList out;
    for (int i = 0; i < m_problems->count(); ++i)
        out << m_problems->item(i)->text();
    return out;
}

QString WorkInstructionsDialog::messageText() const
{
    return m_messageBar->text();
}

const WorkInstructionVersion* WorkInstructionsDialog::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = m_proxy->mapToSource(rows.first()).row();
    return row >= 0 && row < m_model->rows().size() ? &m_model->row(row) : nullptr;
}

bool WorkInstructionsDialog::selectVersion(const QString& key, int version)
{
    for (int i = 0; i < m_model->rows().size(); ++i) {
        const WorkInstructionVersion& v = m_model->row(i);
        if (v.key == key && v.version == version) {
            m_view->selectRow(m_proxy->mapFromSource(m_model->index(i, 0)).row());
            return true;
        }
    }
    return false;
}

void WorkInstructionsDialog::updateButtons()
{
    const WorkInstructionVersion* v = selected();
    m_importButton->setEnabled(!m_busy);
    m_publishButton->setEnabled(!m_busy && v && !v->isPublished());
    m_publishButton->setToolTip(v && v->isPublished() ? tr("Only a draft can be published; this version is published.")
                                                      : QString());
}

void WorkInstructionsDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_view->setEnabled(!busy);
    updateButtons();
}

void WorkInstructionsDialog::showProblems(const QStringList& problems)
{
    m_problems->clear();
    m_problems->addItems(problems);
    m_problems->setVisible(!problems.isEmpty());
}

QString WorkInstructionsDialog::versionHtml()
{
    const WorkInstructionVersion* v = selected();
    if (!v)
        return QStringLiteral("<p><i>%1</i></p>").arg(tr("Choose a version to see its steps.").toHtmlEscaped());
    const auto line = [](const QString& label, const QString& value) {
        return QStringLiteral("<b>%1</b> %2<br>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h3>%1</h3><p>").arg(v->title.toHtmlEscaped());
    html += line(tr("Key and version:"), tr("%1, version %2").arg(v->key).arg(v->version));
    html += line(tr("State:"), stateText(*v));
    html += line(tr("Created:"), tr("%1 by %2").arg(RowTableModelBase::dateTimeText(v->createdAt), v->createdBy));
    if (v->isPublished())
        html += line(tr("Published:"), tr("%1 by %2").arg(RowTableModelBase::dateTimeText(v->publishedAt), v->publishedBy));
    html += line(tr("Production checks it explains:"), v->clpItems.join(QStringLiteral(", ")));
    html += line(tr("Assemblies (parts to pick):"), v->assemblies.join(QStringLiteral(", ")));
    html += line(tr("Tools:"), v->tools.join(QStringLiteral(", ")));
    html += QStringLiteral("</p>");
    return html + m_browser->stepsHtml(v->steps);
}

void WorkInstructionsDialog::askImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a work instruction"), QString(),
                                                      tr("Work instructions (*.json)"));
    if (!path.isEmpty())
        importFile(path);
}

// A work instruction file and the pictures its steps name as files beside it, read on a pool thread:
// the JSON, each picture's bytes, and the problems of the pictures that cannot be used.
struct WorkInstructionsDialog::InstructionFile
{
    JsonImportFile file;
    QList<std::pair<QString, QByteArray>> pictures;   // file name, content
    QStringList problems;
    QStringList missing;                               // names no picture is stored for
};

WorkInstructionsDialog::InstructionFile WorkInstructionsDialog::readInstructionFile(const QString& path)
{
    InstructionFile out;
    out.file = JsonImportFile::read(path, tr("a work instruction"), kMaxInstructionBytes);
    if (!out.file.problem.isEmpty())
        return out;
    const QDir dir = QFileInfo(path).dir();
    QSet<QString> seen;
    const QJsonArray steps = out.file.json.value(u"steps").toArray();
    for (int i = 0; i < steps.size(); ++i) {
        for (const QJsonValue& image : steps.at(i).toObject().value(u"images").toArray()) {
            const QString name = image.toString();
            if (name.isEmpty() || isSha256(name) || seen.contains(name))
                continue;
            seen.insert(name);
            QFile file(dir.filePath(name));
            if (mimeOf(name).isEmpty()) {
                out.problems << tr("step %1: the picture %2 is not a PNG or JPEG file").arg(i + 1).arg(name);
                out.missing << name;
            } else if (!file.open(QIODevice::ReadOnly)) {
                out.problems << tr("step %1: the picture %2 cannot be read: %3").arg(i + 1).arg(name, file.errorString());
                out.missing << name;
            } else if (file.size() > kMaxPictureBytes) {
                out.problems << tr("step %1: the picture %2 is larger than %3 MB").arg(i + 1).arg(name).arg(kMaxPictureBytes / (1024 * 1024));
                out.missing << name;
            } else {
                out.pictures.append({name, file.readAll()});
            }
        }
    }
    return out;
}

void WorkInstructionsDialog::importFile(const QString& path)
{
    if (m_busy) {
        emit actionFinished(false);
        return;
    }
    // The file and its pictures are read on a pool thread; the pictures are stored first (a stored
    // picture is kept once, by its content), then the instruction, which names them by their SHA-256.
    setBusy(true);
    showProblems({});
    m_messageBar->showInfo(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    whenDone(this, QtConcurrent::run(&WorkInstructionsDialog::readInstructionFile, path), [this, path](const InstructionFile& read) {
        if (!read.file.problem.isEmpty()) {
            setBusy(false);
            showProblems({read.file.problem});
            m_messageBar->showError(tr("Nothing was stored."));
            emit actionFinished(false);
            return;
        }
        m_messageBar->showInfo(tr("Storing the pictures of %1 and checking it…").arg(QDir::toNativeSeparators(path)));
        struct Upload
        {
            QJsonObject content;
            QStringList problems;
            QStringList missing;
            QHash<QString, QString> shaByName;
            qsizetype left = 0;
        };
        auto job = std::make_shared<Upload>(Upload{read.file.json, read.problems, read.missing, {}, read.pictures.size()});
        if (read.pictures.isEmpty()) {
            sendImport(job->content, job->problems, job->missing);
            return;
        }
        for (const auto& [name, bytes] : read.pictures) {
            whenDone(this, m_repository.addImage(bytes, mimeOf(name)), [this, job, name = name](const data::Result<QString>& r) {
                if (r) {
                    job->shaByName.insert(name, r.value());
                } else {
                    job->problems << tr("the picture %1: %2").arg(name, AssemblyErrorText::words(r.error()));
                    job->missing << name;
                }
                if (--job->left == 0)
                    sendImport(withShas(job->content, job->shaByName), job->problems, job->missing);
            });
        }
    });
}

void WorkInstructionsDialog::sendImport(QJsonObject content, QStringList problems, QStringList missingNames)
{
    // Sent even when a picture is missing: the server's own problems are listed with it (the missing
    // picture's name is no stored picture, so nothing is stored).
    whenDone(this, m_repository.importInstruction(content), [this, problems, missingNames](const data::Result<QString>& r) mutable {
        setBusy(false);
        if (r && problems.isEmpty()) {
            showProblems({});
            m_messageBar->showInfo(tr("The work instruction is stored as a draft. Check it, then publish it."));
            const QString id = r.value();
            connect(m_model, &RowTableModelBase::loaded, this, [this, id] {
                for (const WorkInstructionVersion& v : m_model->rows())
                    if (v.id == id)
                        selectVersion(v.key, v.version);
            }, Qt::SingleShotConnection);
            m_model->refresh();
            emit actionFinished(true);
            return;
        }
        if (!r) {
            const QStringList server = r.error().code == u"E-WI-INVALID" ? AssemblyErrorText::problems(r.error())
                                                                          : QStringList{AssemblyErrorText::words(r.error())};
            for (const QString& p : server) {
                bool said = false;   // a missing picture is said once, by its file
                for (const QString& name : missingNames)
                    said = said || (p.contains(u"unknown image") && p.contains(name));
                if (!said)
                    problems << p;
            }
        }
        showProblems(problems);
        // Plurals: one message for one and one for the others (English has no translation file to
        // pluralise); each keeps %n for the forms of other languages.
        const int n = int(problems.size());
        m_messageBar->showError(n == 1 ? tr("Nothing was stored: %n problem to correct in the file, listed below.", nullptr, n)
                                       : tr("Nothing was stored: %n problems to correct in the file, listed below.", nullptr, n));
        emit actionFinished(false);
    });
}

void WorkInstructionsDialog::askPublish()
{
    const WorkInstructionVersion* v = selected();
    if (!v)
        return;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Publish version %1?").arg(v->version),
        tr("Task lists made from now on will use version %1 of “%2”. Builds that have their task list keep their "
           "version. A published version cannot be changed or deleted.")
            .arg(v->version)
            .arg(v->title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        publishSelected();
}

bool WorkInstructionsDialog::publishSelected()
{
    const WorkInstructionVersion* v = selected();
    if (!v || v->isPublished() || m_busy)
        return false;
    setBusy(true);
    whenDone(this, m_repository.publish(v->id), [this, key = v->key, title = v->title](const data::Result<int>& r) {
        setBusy(false);
        if (!r) {
            m_messageBar->showError(AssemblyErrorText::words(r.error()));
            m_model->refresh();
            emit actionFinished(false);
            return;
        }
        m_messageBar->showInfo(tr("%1 version %2 is published; new task lists use it.").arg(title).arg(r.value()));
        connect(m_model, &RowTableModelBase::loaded, this, [this, key, version = r.value()] { selectVersion(key, version); },
                Qt::SingleShotConnection);
        m_model->refresh();
        emit actionFinished(true);
    });
    return true;
}

void WorkInstructionsDialog::showTools()
{
    ToolsDialog dialog(m_session, this);
    dialog.exec();
}

} // namespace cs::ui
