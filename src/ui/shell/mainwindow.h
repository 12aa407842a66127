#pragma once

#include "data/common/dberror.h"
#include "data/common/session.h"
#include "domain/common/capabilities.h"
#include "domain/common/scanpayload.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QMessageBox;

namespace Ui {
class MainWindow;
}

namespace cs::data {
class CatalogCache;
}

namespace cs::ui {

class AssemblyBenchPage;
class ChecklistPage;
class HomeWidget;
class OrderBoardWidget;
class OrderPage;
class OrderWizard;
class RecordDialog;
struct WizardDraft;

// The window of one logged-in person: their role's home screen, menus for what the role may
// do (the database still decides), a status bar with who is logged in and the connection.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(data::Session* session, QWidget* parent = nullptr);
    ~MainWindow() override;

    HomeWidget* home() const { return m_home; }
    // The read-only view of the last catalog item opened (and, for the Service role, of builds and
    // orders: that role sees the order list only).
    RecordDialog* lastRecordDialog() const;
    // The message of the last build or order that could not be opened (not found, server not reachable),
    // or nullptr.
    QMessageBox* openMessageBox() const;
    // Lookups of scanned or typed build and order numbers still running.
    int pendingLookups() const { return m_pendingLookups; }
    QString connectionStatusText() const;
    OrderBoardWidget* orderBoard() const { return m_board; }
    OrderPage* lastOrderPage() const;
    ChecklistPage* lastChecklistPage() const;
    AssemblyBenchPage* lastBenchPage() const;
    bool isOnline() const { return m_online; }
    // The order wizard (Coordinator and Admin): a new order, or `resumeDraft` continues the saved one.
    // A new order while an unfinished one is kept (one draft per person) first asks whether to continue
    // it, discard it and start the new one, or cancel, and returns nullptr: the wizard opens (or not)
    // when the question is answered.
    OrderWizard* newOrder(bool resumeDraft = false);
    OrderWizard* orderWizard() const;

public slots:
    // A scanned (or typed) code: a build or order opens its order page once found (the lookup runs off
    // the GUI thread), a catalog item its record view.
    void openScan(const cs::domain::ScanPayload& payload);
    // Opens the order page of one build (cs.orders.order_id) in its own window.
    void openOrderPage(const QString& orderId);
    // Opens the current QC checklist of `qcType` ("PreQC", "FinalQC") of a build in its own window (the
    // one open already comes to the front), or a checklist by its id (a signed one read-only).
    void openChecklist(const QString& orderId, const QString& qcType);
    void openChecklistRecord(const QString& checklistId);
    // Opens the assembler's bench of a build (claim, production checks, test, packaging, closing
    // statement) in its own window; the one open already comes to the front, read again.
    void openBench(const QString& orderId);
    void setOnline(bool online);
    void setReconnectIn(int ms);
    void saveLayout();

signals:
    void switchUserRequested();
    void lockRequested();
    void logoutRequested();
    void quitRequested();
    void settingsChanged();
    // A call to the server failed (the connection watcher takes the lost connections).
    void queryFailed(const cs::data::DbError& error);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void showSettings();
    void showAbout();
    void showUsers();
    void showChecklistTemplates();
    void showWorkInstructions();
    void showTools();
    void showChangePassword();
    // The admin's force status (`force`) or delete dialog, for the build chosen in the list shown.
    void showOrderAdmin(bool force);
    void showCatalogImport();
    void updateMenus();
    void openByCode();
    void openRecord(domain::ScanPayload::Kind kind, const QString& key);
    // A build of a home list: its order page, or its record for a role that sees the order list only.
    void openBuild(const QString& buildNumber, const QString& orderId);
    // Finds the build (or the first build of the PO) on the session's worker thread, then opens its page.
    // A scanned build goes to its checklist when a QC inspector scans it in Ready for Pre-QC or Ready for
    // Final QC, and to its bench when an assembler scans it in production (`toChecklist`).
    void findAndOpenOrder(domain::ScanPayload::Kind kind, const QString& key, const QString& scanned,
                          bool toChecklist = false);
    void showChecklistPage(ChecklistPage* page);
    // The builds' statuses whose scan opens the assembler's bench.
    static bool atTheBench(const QString& status);
    void showOpenMessage(const QString& title, const QString& text);
    void retranslate();
    // The start-up offer of a kept draft (continue, later, discard).
    void offerDraft();
    // The catalog this PC serves (made and refreshed on first use).
    data::CatalogCache* catalogCache();
    // The question about a kept draft: at start-up (offerDraft), or before a new order (`startingNew`).
    void askAboutDraft(const WizardDraft& draft, bool startingNew);

    const std::unique_ptr<Ui::MainWindow> m_ui;
    data::Session* m_session;
    HomeWidget* m_home = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QPointer<RecordDialog> m_lastRecord;
    QPointer<QMessageBox> m_openMessage;
    int m_pendingLookups = 0;
    OrderBoardWidget* m_board = nullptr;
    QPointer<OrderPage> m_lastOrderPage;
    QPointer<ChecklistPage> m_lastChecklistPage;
    QPointer<AssemblyBenchPage> m_lastBenchPage;
    bool m_online = true;
    int m_reconnectMs = 0;
    bool m_quitting = false;
    QAction* m_newOrderAction = nullptr;
    // The actions a role may or may not take, with the capability that decides.
    QList<QPair<QAction*, domain::Capability>> m_roleActions;
    data::CatalogCache* m_catalog = nullptr;
    QPointer<OrderWizard> m_wizard;
    QPointer<QMessageBox> m_draftQuestion;   // the question about a kept draft, while it is open
};

} // namespace cs::ui
