#include "ui/admin/catalogimportdialog.h"

#include "ui/common/futurewatch.h"
#include "ui/common/itemviewtext.h"
#include "ui/common/messagebar.h"

#include "data/common/session.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cs::ui {

namespace {

enum Column { FileColumn, ItemColumn, ProblemColumn, ColumnCount };

} // namespace

CatalogImportDialog::CatalogImportDialog(data::Session* session, QWidget* parent)
    : QDialog(parent)
    , m_repository(*session)
    , m_message(new MessageBar(this))
    , m_folder(new QLineEdit(this))
    , m_choose(new QPushButton(tr("&Choose folder…"), this))
    , m_summary(new QLabel(this))
    , m_problems(new QTableWidget(0, ColumnCount, this))
    , m_import(new QPushButton(tr("&Import…"), this))
{
    setObjectName(QStringLiteral("CatalogImportDialog"));
    setWindowTitle(tr("Import the catalog"));
    resize(900, 600);

    m_message->setObjectName(QStringLiteral("catalogImportMessageBar"));
    m_folder->setObjectName(QStringLiteral("catalogFolderEdit"));
    m_folder->setReadOnly(true);
    m_folder->setPlaceholderText(tr("A folder with categories.json, parts.json and assemblies.json"));
    m_choose->setObjectName(QStringLiteral("chooseCatalogFolderButton"));
    m_choose->setAutoDefault(false);
    m_summary->setObjectName(QStringLiteral("catalogSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 2);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_problems->setObjectName(QStringLiteral("catalogProblemsTable"));
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setWordWrap(true);
    m_problems->setAlternatingRowColors(true);
    m_problems->verticalHeader()->hide();
    // The file and the item as wide as they are; what is wrong has the rest, wrapped over as many lines
    // as it needs.
    m_problems->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ItemViewText::setSpareColumn(m_problems, ProblemColumn);
    m_problems->setHorizontalHeaderLabels({tr("File"), tr("Item"), tr("Problem")});
    m_import->setObjectName(QStringLiteral("importCatalogButton"));
    m_import->setAutoDefault(false);

    auto* folderRow = new QHBoxLayout;
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_choose);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(folderRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choose, &QPushButton::clicked, this, &CatalogImportDialog::chooseFolder);
    connect(m_import, &QPushButton::clicked, this, &CatalogImportDialog::confirmAndImport);
    showCheck();
    m_choose->setFocus();
}

CatalogImportDialog::~CatalogImportDialog() = default;

void CatalogImportDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Catalog folder"),
                                                          m_folder->text().isEmpty() ? QDir::homePath() : m_folder->text());
    if (!dir.isEmpty())
        checkFolder(dir);
}

void CatalogImportDialog::checkFolder(const QString& directory)
{
    m_folder->setText(QDir::toNativeSeparators(directory));
    m_check.reset();
    m_imported.reset();
    m_message->clear();
    setBusy(true);
    m_summary->setText(tr("Reading and checking the catalog files…"));
    whenDone(this, data::CatalogImportRepository::check(directory), [this](const data::CatalogImportCheck& c) {
        m_check = c;
        setBusy(false);
        showCheck();
        emit checked();
    });
}

void CatalogImportDialog::showCheck()
{
    m_problems->setRowCount(0);
    if (!m_check) {
        if (!m_busy)
            m_summary->setText(tr("Choose the folder of the catalog files. They are checked before anything is "
                                  "imported, and imported only when you confirm."));
        m_import->setEnabled(false);
        return;
    }
    const data::CatalogImportCheck& c = *m_check;
    const QLocale locale;
    if (!c.importable()) {
        // Plurals: one message for one and one for the others (English has no translation file to
        // pluralise); each keeps %n for the forms of other languages.
        const int n = int(c.problems.size());
        m_summary->setText(n == 1 ? tr("%n problem found; nothing can be imported until the file is corrected.", nullptr, n)
                                  : tr("%n problems found; nothing can be imported until the files are corrected.", nullptr, n));
        m_problems->setRowCount(int(c.problems.size()));
        for (int row = 0; row < c.problems.size(); ++row) {
            const domain::CatalogProblem& p = c.problems.at(row);
            const QStringList cells{p.file, p.id, p.what};
            for (int col = 0; col < ColumnCount; ++col)
                m_problems->setItem(row, col, new QTableWidgetItem(cells.at(col)));
        }
        ItemViewText::fitColumns(m_problems);
        m_message->showError(n == 1 ? tr("The catalog files have %n problem, listed below.", nullptr, n)
                                    : tr("The catalog files have %n problems, listed below.", nullptr, n));
    } else {
        m_summary->setText(tr("No problems found. The files hold %1 categories, %2 subcategories, %3 parts and %4 "
                              "assemblies with %5 component lines.")
                               .arg(locale.toString(c.categories), locale.toString(c.subcategories),
                                    locale.toString(c.parts), locale.toString(c.assemblies),
                                    locale.toString(c.components)));
    }
    m_import->setEnabled(!m_busy && c.importable() && !m_imported);
}

void CatalogImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_choose->setEnabled(!busy);
    m_import->setEnabled(!busy && m_check && m_check->importable() && !m_imported);
}

void CatalogImportDialog::confirmAndImport()
{
    if (!m_check || !m_check->importable())
        return;
    const data::CatalogImportCheck& c = *m_check;
    QMessageBox box(QMessageBox::Question, windowTitle(),
                    tr("Import %1 parts and %2 assemblies from %3?\n\nItems already in the catalog are updated, "
                       "items not in the files are kept. New orders use the imported catalog; BOMs already "
                       "frozen do not change.")
                        .arg(QLocale().toString(c.parts), QLocale().toString(c.assemblies),
                             QDir::toNativeSeparators(c.directory)),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("catalogImportConfirmation"));
    QPushButton* yes = box.addButton(tr("Import"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == yes)
        importChecked();
}

bool CatalogImportDialog::importChecked()
{
    if (!m_check || !m_check->importable() || m_busy)
        return false;
    setBusy(true);
    m_message->showInfo(tr("Importing…"));
    whenDone(this, m_repository.importChecked(*m_check), [this](const data::Result<data::CatalogImportSummary>& r) {
        setBusy(false);
        if (!r.ok()) {
            if (r.error().connectionLost())
                m_message->showError(tr("The connection to the server was lost during the import. It was either "
                                        "imported whole or not at all. Importing the same files again is safe "
                                        "(unchanged items are not rewritten)."));
            else
                m_message->showError(tr("The server refused the import; nothing was imported: %1").arg(r.error().userMessage()));
            emit actionFinished(false);
            return;
        }
        m_imported = r.value();
        const QLocale locale;
        m_message->showInfo(tr("Imported: %1 parts, %2 assemblies, %3 component lines. The catalog is now at "
                               "revision %4.")
                                .arg(locale.toString(r.value().parts), locale.toString(r.value().assemblies),
                                     locale.toString(r.value().components), locale.toString(r.value().revision)));
        showCheck();
        emit actionFinished(true);
    });
    return true;
}

QString CatalogImportDialog::messageText() const
{
    return m_message->text();
}

} // namespace cs::ui
