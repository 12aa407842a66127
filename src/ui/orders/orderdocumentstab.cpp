#include "ui/orders/orderdocumentstab.h"

#include "domain/orders/documentrules.h"
#include "ui/common/futurewatch.h"
#include "ui/common/itemviewtext.h"
#include "ui/orders/documentsmodel.h"
#include "ui_orderdocumentstab.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace cs::ui {

namespace {

// Writes a document's bytes to `path` off the GUI thread; the error in words, empty when written.
QString writeDocumentFile(const QString& path, const QByteArray& content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return OrderDocumentsTab::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

const char* const kDocumentTypes[] = {"Drawing", "ApprovedDrawing", "PO", "Photo", "Other"};

} // namespace

OrderDocumentsTab::OrderDocumentsTab(data::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrderDocumentsTab>())
    , m_repository(session)
    , m_model(new DocumentsModel(this))
{
    m_ui->setupUi(this);
    m_ui->documentProgressBar->hide();
    fillTypes();
    m_ui->documentsView->setModel(m_model);
    m_ui->documentsView->verticalHeader()->hide();
    // The file names have the room the other columns leave.
    ItemViewText::setSpareColumn(m_ui->documentsView, DocumentsModel::NameColumn);
    connect(m_ui->attachButton, &QPushButton::clicked, this, &OrderDocumentsTab::attach);
    connect(m_ui->openDocumentButton, &QPushButton::clicked, this, &OrderDocumentsTab::openSelected);
    connect(m_ui->saveDocumentButton, &QPushButton::clicked, this, &OrderDocumentsTab::saveSelected);
    connect(m_ui->documentsView, &QTableView::activated, this, &OrderDocumentsTab::openSelected);
    connect(m_ui->documentsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrderDocumentsTab::updateActions);
    updateActions();
}

OrderDocumentsTab::~OrderDocumentsTab() = default;

void OrderDocumentsTab::fillTypes()
{
    const QString current = m_ui->documentTypeComboBox->currentData().toString();
    m_ui->documentTypeComboBox->clear();
    for (const char* type : kDocumentTypes)
        m_ui->documentTypeComboBox->addItem(DocumentsModel::documentTypeText(QString::fromLatin1(type)),
                                            QString::fromLatin1(type));
    m_ui->documentTypeComboBox->setCurrentIndex(qMax(0, m_ui->documentTypeComboBox->findData(current)));
}

void OrderDocumentsTab::showDocuments(const QList<data::DocumentInfo>& documents)
{
    m_model->setDocuments(documents);
    ItemViewText::fitColumns(m_ui->documentsView);
    updateActions();
}

void OrderDocumentsTab::setState(bool loaded, bool mayAttach)
{
    m_loaded = loaded;
    m_mayAttach = mayAttach;
    updateActions();
}

void OrderDocumentsTab::updateActions()
{
    // One transfer at a time (attach, open, save a copy).
    const bool selected = m_ui->documentsView->selectionModel()->hasSelection();
    m_ui->openDocumentButton->setEnabled(selected && !m_busy);
    m_ui->saveDocumentButton->setEnabled(selected && !m_busy);
    m_ui->attachButton->setEnabled(m_loaded && m_mayAttach && !m_busy);
}

void OrderDocumentsTab::attach()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a document"), QString(),
                                                      tr("Documents (%1)").arg(domain::DocumentRules::fileDialogPatterns()));
    if (!path.isEmpty())
        attachFile(path, m_ui->documentTypeComboBox->currentData().toString());
}

bool OrderDocumentsTab::start(const QString& busyText)
{
    if (m_busy) {
        emit message(tr("Wait until the document being transferred is done, then try again."), true, {});
        return false;
    }
    setBusy(true);
    emit message(busyText, false, {});
    return true;
}

void OrderDocumentsTab::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->documentProgressBar->setVisible(busy);
    updateActions();
}

void OrderDocumentsTab::finish(bool ok, const QString& text, const QString& path, const QString& detail)
{
    setBusy(false);
    emit message(text, !ok, detail);   // replaces the busy words
    emit documentDone(ok, path);
}

QString OrderDocumentsTab::errorText(const data::DbError& error, const QString& what)
{
    if (error.connectionLost())
        return tr("%1: the server cannot be reached right now. Try again when the connection is back.").arg(what);
    if (error.kind == data::DbError::Kind::Permission)
        return tr("%1: your role may not do this.").arg(what);
    QString words = error.userMessage();
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return tr("%1: %2").arg(what, words);
}

bool OrderDocumentsTab::attachFile(const QString& path, const QString& documentType)
{
    const QString name = QFileInfo(path).fileName();
    if (!m_loaded || m_orderId.isEmpty()) {
        emit message(tr("Not attached: wait until the order has loaded, then attach “%1” again.").arg(name), true, {});
        return false;
    }
    // The rules of every order document (type, size, content), on the file's first bytes now; all of it
    // is checked again once read.
    QString why;
    if (!domain::DocumentRules::checkFile(path, nullptr, &why)) {
        emit message(why, true, {});
        return false;
    }
    if (!start(tr("Attaching “%1” (%2 MB)…").arg(name, megabytes(QFileInfo(path).size()))))
        return false;
    // Read (and check) the file on a pool thread, then store it on the session's worker: the window
    // never waits on the disk or the server. A page closed meanwhile drops both answers.
    const QString orderId = m_orderId;
    whenDone(this, QtConcurrent::run(&domain::DocumentRules::readFile, path),
             [this, path, name, documentType, orderId](const domain::DocumentRules::File& file) {
                 if (!file.ok()) {
                     finish(false, file.why, path);
                     return;
                 }
                 whenDone(this, m_repository.attach(orderId, name, documentType, file.content),
                          [this, path, name](const data::Result<QString>& r) {
                              if (r) {
                                  emit documentsChanged(true);
                                  finish(true, tr("“%1” attached.").arg(name), path);
                                  return;
                              }
                              const data::DbError& e = r.error();
                              // A write is never sent twice: after a lost connection nobody knows whether the
                              // server stored it, so the person is told to look rather than told "no".
                              if (e.connectionLost()) {
                                  emit failed(e);
                                  finish(false,
                                         tr("“%1” may not have been attached: the connection was lost before the "
                                            "server confirmed it. Check the list of documents when the connection "
                                            "is back.").arg(name),
                                         path);
                              } else if (e.code == u"E-NO-ANSWER") {
                                  emit documentsChanged(false);
                                  finish(false,
                                         tr("“%1” may not have been attached: the server did not confirm it. "
                                            "Check the list of documents.").arg(name),
                                         path);
                              } else {
                                  emit failed(e);
                                  finish(false, errorText(e, tr("“%1” was not attached").arg(name)), path,
                                         e.qualifiedCode());
                              }
                          });
             });
    return true;
}

bool OrderDocumentsTab::openDocumentAt(int row)
{
    if (row < 0 || row >= m_model->documents().size())
        return false;
    const data::DocumentInfo& d = m_model->documents().at(row);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/cleanstation-")
        + d.documentId;
    if (!QDir().mkpath(dir)) {
        emit message(tr("“%1” cannot be opened: the folder %2 cannot be made.").arg(d.fileName, QDir::toNativeSeparators(dir)),
                     true, {});
        return false;
    }
    return copyDocument(row, dir + u'/' + QFileInfo(d.fileName).fileName(), true);
}

void OrderDocumentsTab::openSelected()
{
    const QModelIndex index = m_ui->documentsView->currentIndex();
    if (index.isValid())
        openDocumentAt(index.row());
}

void OrderDocumentsTab::saveSelected()
{
    const QModelIndex index = m_ui->documentsView->currentIndex();
    if (!index.isValid())
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save a copy"), m_model->documents().at(index.row()).fileName);
    if (!path.isEmpty())
        saveDocumentCopy(index.row(), path);
}

bool OrderDocumentsTab::saveDocumentCopy(int row, const QString& path)
{
    return copyDocument(row, path, false);
}

bool OrderDocumentsTab::copyDocument(int row, const QString& path, bool open)
{
    if (row < 0 || row >= m_model->documents().size())
        return false;
    const data::DocumentInfo d = m_model->documents().at(row);   // the list may be reloaded meanwhile
    if (!start(open ? tr("Opening “%1” (%2 MB)…").arg(d.fileName, megabytes(d.size))
                    : tr("Saving a copy of “%1” (%2 MB)…").arg(d.fileName, megabytes(d.size))))
        return false;
    // The bytes are read on the session's worker, written to the disk on a pool thread.
    whenDone(this, m_repository.content(d.documentId), [this, d, path, open](const data::Result<QByteArray>& r) {
        const QString what = open ? tr("“%1” could not be opened").arg(d.fileName)
                                  : tr("No copy of “%1” was saved").arg(d.fileName);
        if (!r) {
            if (r.error().code == u"E-DOCUMENT-NOT-FOUND") {
                finish(false, tr("%1: it is no longer stored with this order. Reload to see its documents.").arg(what),
                       path);
                return;
            }
            emit failed(r.error());
            finish(false, errorText(r.error(), what), path, r.error().qualifiedCode());
            return;
        }
        whenDone(this, QtConcurrent::run(writeDocumentFile, path, r.value()), [this, path, open](const QString& error) {
            if (!error.isEmpty()) {
                finish(false, error, path);
                return;
            }
            if (open && !QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
                finish(false, tr("There is no program on this computer to open %1.").arg(QDir::toNativeSeparators(path)),
                       path);
                return;
            }
            finish(true,
                   open ? tr("“%1” opened.").arg(QFileInfo(path).fileName())
                        : tr("Saved a copy to %1.").arg(QDir::toNativeSeparators(path)),
                   path);
        });
    });
    return true;
}

void OrderDocumentsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillTypes();
        ItemViewText::widenColumns(m_ui->documentsView);
    }
    QWidget::changeEvent(event);
}

} // namespace cs::ui
