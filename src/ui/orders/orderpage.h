#pragma once

#include "data/orders/orderqueries.h"
#include "data/common/session.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace Ui {
class OrderPage;
}

namespace cs::ui {

class BomFlatModel;
class BomTreeModel;
class DocumentsModel;

// One build of an order: header and configuration, the editable order fields (coordinator, while
// OrderCreated; saved with the row version, conflicts shown and resolved by the user), the status
// actions the user's role may take now, assignment, the status timeline, the frozen BOM (tree and
// procurement list, CSV/PDF, signed approval) and the documents.
//
// Everything the page shows is read on the session's worker thread (data::Session::runQuery, its own
// connection), never on the GUI thread: the page says "Loading…" meanwhile, with the write actions
// off, and shows the whole result at once. A load replaced by a newer one is dropped when it arrives,
// and one still running when the page is closed ends without touching it. Writes (save, status
// actions, assignment) stay short calls on the GUI thread's connection, each followed by a reload.
//
// Documents, up to 25 MB each, never travel on the GUI thread: attaching reads and checks the file on a
// pool thread and stores it on the session's worker; opening one and saving a copy read its bytes on
// the worker and write the file on a pool thread. One transfer at a time, with a busy bar and the
// words of what runs; documentDone() tells when it is over. A page closed meanwhile drops the answers
// (a file already on its way to the server is still stored).
class OrderPage final : public QWidget
{
    Q_OBJECT
public:
    enum class ConflictChoice { Reload, Overwrite, Cancel };

    OrderPage(data::Session* session, const QString& orderId, QWidget* parent = nullptr);
    ~OrderPage() override;

    QString orderId() const { return m_orderId; }
    const data::OrderDetail& detail() const { return m_detail; }
    const data::BomData& bom() const { return m_bom; }
    // True when the page shows a complete load and no load is running (the first one, or a reload).
    bool isLoaded() const { return m_loaded && !m_loading; }
    bool isLoading() const { return m_loading; }
    // The last load's failure in words; empty after a successful load.
    QString loadErrorText() const { return m_loadError; }
    // The last message shown to the user (a refusal in words, or a confirmation).
    QString messageText() const;

    BomTreeModel* bomTreeModel() const { return m_bomTree; }
    QSortFilterProxyModel* bomTreeProxy() const { return m_bomTreeProxy; }
    BomFlatModel* bomFlatModel() const { return m_bomFlat; }
    DocumentsModel* documentsModel() const { return m_documents; }
    QStandardItemModel* historyModel() const { return m_history; }
    // The button of a status action open to the user now, or nullptr.
    QPushButton* transitionButton(const QString& toStatus) const;

    // Reads the order again, off the GUI thread; loaded() or loadFailed() tells when it is there.
    void reload();
    // Saves the edited order fields; on a conflict asks the user (askConflict) what to do.
    bool save();
    // Document transfers (attach, open, save a copy) start now and end with documentDone(). Each returns
    // false, with the reason shown, when it cannot start: the page not loaded, another transfer running,
    // a file refused by the rules of order documents (OrderQueries::checkDocumentFile).
    bool attachFile(const QString& path, const QString& documentType);
    // Writes document `row` of documentsModel() to `path`.
    bool saveDocumentCopy(int row, const QString& path);
    // Writes document `row` to a temporary folder and opens it with the desktop's program for its type.
    bool openDocumentAt(int row);
    bool isDocumentBusy() const { return m_documentBusy; }
    bool exportBomCsv(const QString& path, bool flat);
    bool exportBomPdf(const QString& path);
    // The build's traveler as PDF through data::TravelerRepository::print (recorded; a reprint is marked).
    bool exportTravelerPdf(const QString& path);

signals:
    void loaded();
    void loadFailed(const QString& why);
    void changed(const QString& orderId);   // a write succeeded (the board may refresh)
    void queryFailed(const QSqlError& error);
    // A document transfer ended: `path` is the file attached, or the file written (saved or opened).
    void documentDone(bool ok, const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Load;
    void fetch(const std::shared_ptr<Load>& load, const data::Statement& statement,
               std::function<void(Load&, const QList<QVariantList>&)> take);
    void finishLoad(const std::shared_ptr<Load>& load);
    void failLoad(const QSqlError& error, const QString& why);
    void setLoading(bool loading);
    void showDetail();
    void showHistory(const QList<data::HistoryEntry>& entries);
    void showBom();
    void showDocuments(const QList<data::DocumentInfo>& documents);
    void showTransitions(const QList<data::TransitionOption>& options);
    void updatePermissions();
    void runTransition(const data::TransitionOption& option);
    void assign();
    void claim();
    void decideBom(bool approve);
    void attach();
    void openDocument();
    void saveDocument();
    bool copyDocument(int row, const QString& path, bool open);
    bool startDocumentWork(const QString& busyText);
    void setDocumentBusy(bool busy, const QString& text);
    void finishDocumentWork(bool ok, const QString& message, const QString& path);
    // A failed document query in words: "<what>: <why>" (the server's code in the tooltip).
    QString documentErrorText(const QSqlError& error, const QString& what);
    void printTraveler();
    void printLabels();
    void previewZpl();
    void showMessage(const QString& text, bool error);
    void showRefusal(const data::DbRefusal& refusal);
    ConflictChoice askConflict(const data::EditConflict& conflict);
    data::OrderEdit currentEdit() const;
    bool hasUnsavedEdits() const;
    void retranslate();

    const std::unique_ptr<Ui::OrderPage> m_ui;
    data::Session* m_session;
    QString m_orderId;
    data::OrderDetail m_detail;
    data::BomData m_bom;
    QList<data::TransitionOption> m_transitions;
    QList<QPushButton*> m_transitionButtons;
    QStandardItemModel* m_history;
    BomTreeModel* m_bomTree;
    QSortFilterProxyModel* m_bomTreeProxy;
    BomFlatModel* m_bomFlat;
    QSortFilterProxyModel* m_bomFlatProxy;
    DocumentsModel* m_documents;
    QLabel* m_loadingLabel;
    QProgressBar* m_documentProgress;
    bool m_documentBusy = false;       // a document is being attached, opened or saved
    quint64 m_generation = 0;          // of the newest load; older ones are dropped when they arrive
    bool m_loaded = false;             // a load has been shown
    bool m_loading = false;
    QString m_loadError;
};

} // namespace cs::ui
