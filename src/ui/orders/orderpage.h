#pragma once

#include "data/common/result.h"
#include "data/orders/bomdata.h"
#include "data/orders/ordereditrepository.h"
#include "data/orders/orderpagedata.h"
#include "data/orders/orderpagerepository.h"
#include "data/orders/workflowrepository.h"
#include "data/qc/checklistrepository.h"

#include <QFuture>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAbstractButton;
class QMenu;
class QPushButton;
class QToolButton;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace cs::data {
class CatalogCache;
struct BomCheckOutcome;
}

namespace Ui {
class OrderPage;
}

namespace cs::ui {

class BomFlatModel;
class BomTreeModel;
class DocumentsModel;
class OrderBomTab;
class OrderDocumentsTab;
class OrderHistoryTab;
class OrderOverviewTab;
struct TransitionPlan;

// One build of an order: header, and four tabs (OrderOverviewTab: the order fields, configuration,
// status actions, assignment and printing; OrderHistoryTab: the timeline; OrderBomTab: the frozen BOM
// and its signed approval; OrderDocumentsTab: the documents).
//
// The window never waits on the server. Everything the page shows is read by ONE repository call
// (data::OrderPageRepository::load: one read-only snapshot) on the session's worker: the page says
// "Loading…" meanwhile, with the write actions off, and shows the whole answer at once; a reload cancels
// the load it replaces, and a page closed meanwhile drops the answer. Writes (save, status actions,
// assignment, claim, the signed BOM decision with its fresh authentication) run on the worker too: while
// one runs its actions wait, a busy bar and the words of what runs show, and the answer (or the refusal,
// in words) follows with a reload. actionFinished() tells when a write or print is over. A save that
// someone else's change overtook opens the ConflictDialog (who changed it, when, what), and the person
// reloads, overwrites or cancels.
//
// Before an approval is signed, the page checks the BOM (data::BomCheck): the build's stored
// configuration runs through the BOM engine again, on a pool thread, with the catalog `catalog` serves,
// and the result is compared with the stored BOM. The signature opens only when they are the same; a BOM
// that differs (said with both catalog revisions when it was generated from another one) or a check that
// could not be made is explained in a BomCheckDialog and nothing is signed. A rejection needs no check.
class OrderPage final : public QWidget
{
    Q_OBJECT
public:
    // The writes and prints of the page, for actionFinished().
    // CheckBom: the check before an approval (ok: the signature opened; false: refused or failed).
    enum class Action { Save, Transition, Assign, Claim, SignBom, PrintTraveler, ExportTraveler, PrintLabels, ZplPreview,
                        CheckBom };
    Q_ENUM(Action)

    // `catalog` serves the catalog the BOM check regenerates with; without one an approval cannot be
    // checked and is not opened for signing.
    OrderPage(data::Session* session, const QString& orderId, data::CatalogCache* catalog = nullptr,
              QWidget* parent = nullptr);
    ~OrderPage() override;

    QString orderId() const { return m_orderId; }
    const data::OrderDetail& detail() const { return m_detail; }
    const data::BomData& bom() const { return m_bom; }
    // True when the page shows a complete load and no load is running (the first one, or a reload).
    bool isLoaded() const { return m_loaded && !m_loading; }
    bool isLoading() const { return m_loading; }
    // True while a write runs (its actions wait).
    bool isWriting() const { return m_writing; }
    // True while the BOM is being checked before an approval.
    bool isCheckingBom() const { return m_checking; }
    // The last load's failure in words; empty after a successful load.
    QString loadErrorText() const { return m_loadError; }
    // The last message shown to the person (a refusal in words, or a confirmation).
    QString messageText() const;

    BomTreeModel* bomTreeModel() const;
    QSortFilterProxyModel* bomTreeProxy() const;
    BomFlatModel* bomFlatModel() const;
    DocumentsModel* documentsModel() const;
    QStandardItemModel* historyModel() const;
    // The button of a status action open to the person now, or nullptr. A click asks first
    // (TransitionDialog: what will happen, the gate, who acts next; the ship date for Shipped).
    QPushButton* transitionButton(const QString& toStatus) const;
    // The build's shipment (shown while it is Shipped), once read; nullopt before and for other builds.
    const std::optional<data::Shipment>& shipment() const { return m_shipment; }
    // "Pre-QC checklist…" / "Final QC checklist…" (shown to a QC inspector while the build is ready for
    // it) and the menu of the build's QC checklists (each opens; a signed one read-only).
    QPushButton* checklistButton() const { return m_checklistButton; }
    QToolButton* qcRecordsButton() const { return m_qcRecordsButton; }
    const QList<data::ChecklistSummary>& checklists() const { return m_checklists; }

    // Reads the order again, off the GUI thread; loaded() or loadFailed() tells when it is there.
    void reload();
    // Starts saving the edited order fields and returns true; actionFinished(Save, saved) tells the end.
    // Returns false, with the reason shown, when it cannot start (the order not loaded, a write running).
    bool save();
    // Document transfers (attach, open, save a copy) start now and end with documentDone(). Each returns
    // false, with the reason shown, when it cannot start: the page not loaded, another transfer running,
    // a file refused by the rules of order documents (domain::DocumentRules).
    bool attachFile(const QString& path, const QString& documentType);
    // Writes document `row` of documentsModel() to `path`.
    bool saveDocumentCopy(int row, const QString& path);
    // Writes document `row` to a temporary folder and opens it with the desktop's program for its type.
    bool openDocumentAt(int row);
    bool isDocumentBusy() const;
    // The BOM to a file (print::BomExport), now.
    bool exportBomCsv(const QString& path, bool flat);
    bool exportBomPdf(const QString& path);
    // Starts the build's traveler to PDF (recorded as a print; a reprint is marked) and returns true;
    // actionFinished(ExportTraveler, ok) tells the end.
    bool exportTravelerPdf(const QString& path);

signals:
    void loaded();
    void loadFailed(const QString& why);
    void changed(const QString& orderId);   // a write succeeded (the board may refresh)
    void queryFailed(const cs::data::DbError& error);
    // A document transfer ended: `path` is the file attached, or the file written (saved or opened).
    void documentDone(bool ok, const QString& path);
    // A write or print ended (ok: done; false: refused, failed or given up).
    void actionFinished(cs::ui::OrderPage::Action action, bool ok);
    // The QC checklist of the build: its current one of `qcType` ("PreQC", "FinalQC"), or one by id.
    void openChecklist(const QString& orderId, const QString& qcType);
    void openChecklistRecord(const QString& checklistId);
    // The assembler's bench of the build (an assembler or admin while it is in production).
    void openBench(const QString& orderId);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class WriteEnd { Done, Failed, Pending };
    template<typename T>
    void startWrite(Action action, const QString& busyText, QFuture<data::Result<T>> future,
                  std::function<WriteEnd(const data::Result<T>&)> answer);
    bool canStartWrite();
    void setWriting(bool writing, const QString& text);
    void showLoad(const data::OrderPageData& page);
    void failLoad(const data::DbError& error);
    void setLoading(bool loading);
    void showHeader();
    void updatePermissions();
    void saveFrom(const data::OrderDetail& base, const data::OrderEdit& edit);
    void askConflict(const data::EditConflict& conflict, const data::OrderEdit& edit);
    // Asks (TransitionDialog), then sends the status change or the shipment.
    void runTransition(const QString& toStatus);
    TransitionPlan planFor(const data::TransitionOption& option) const;
    void sendTransition(const QString& toStatus, const QString& note, const std::optional<data::ShipmentEntry>& ship);
    void loadShipment();
    void showShipment();
    // The actions a click may land on after the status changed (TransitionGuard), and the focus off them.
    void guardActionsAfterStatusChange();
    QList<QAbstractButton*> actionButtons() const;
    void assign();
    void claim();
    void decideBom(bool approve);
    void checkBomThenApprove();
    void runBomCheck();
    void finishBomCheck(const data::BomCheckOutcome& outcome, const QString& bomId, int version);
    void setChecking(bool checking);
    bool openSignature(bool approve);
    void exportBom(bool csv, bool flat);
    void printTraveler();
    void printLabels();
    void previewZpl();
    void setPrinting(bool printing);
    void showMessage(const QString& text, bool error, const QString& detail = {});
    // A refusal of a write in words, "Not done: …", with the server's code in the tooltip.
    void showRefusal(const data::DbError& error);
    QString refusalText(const data::DbError& error) const;
    void retranslate();
    void loadChecklists();
    void updateChecklistActions();

    const std::unique_ptr<Ui::OrderPage> m_ui;
    data::Session* m_session;
    QPointer<data::CatalogCache> m_catalog;
    data::OrderPageRepository m_pages;
    data::OrderEditRepository m_edits;
    data::WorkflowRepository m_workflow;
    OrderOverviewTab* m_overview;
    OrderHistoryTab* m_history;
    OrderBomTab* m_bomTab;
    OrderDocumentsTab* m_documents;
    QString m_orderId;
    data::OrderDetail m_detail;
    data::BomData m_bom;
    QList<data::TransitionOption> m_transitions;
    QFuture<data::Result<data::OrderPageData>> m_load;   // the newest load; a reload cancels it
    bool m_loaded = false;     // a load has been shown
    bool m_loading = false;
    bool m_writing = false;    // a write runs on the worker
    bool m_printing = false;   // a print is being read, previewed or recorded
    bool m_checking = false;   // the BOM is being checked before an approval
    QString m_loadError;
    data::ChecklistRepository m_qc;
    QPushButton* m_checklistButton = nullptr;
    QToolButton* m_qcRecordsButton = nullptr;
    QMenu* m_qcRecordsMenu = nullptr;
    QList<data::ChecklistSummary> m_checklists;
    QDate m_readySince;                        // the day the build last became ReadyForShip
    std::optional<data::Shipment> m_shipment;  // read while the build is Shipped
};

} // namespace cs::ui
