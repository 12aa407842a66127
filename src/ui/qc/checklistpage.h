#pragma once

#include "data/common/result.h"
#include "data/qc/checklistrepository.h"
#include "ui/qc/checklistform.h"
#include "ui/qc/checklistoutbox.h"

#include <QFuture>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTabWidget;
class QVBoxLayout;

namespace cs::data {
class Session;
}

namespace cs::ui {

class ChecklistDrawingView;
class ChecklistItemWidget;
class ChecklistSectionWidget;
class MessageBar;
class SignatureDialog;
class WorkWindowHeader;

// The QC inspector's checklist screen (Pre-QC, Final QC) for one build: a window like the order page.
//
// The form is generated from the template version of the record, instantiated for the build's
// configuration by the engine (ChecklistForm): header, sections (collapsible), sections repeated per
// basin as "Basin 1/2/3" (a basin the build lacks is N/A), each item a ChecklistItemWidget. Beside it:
// the progress ("23 of 31 applicable items"), what is still missing for a pass (the engine's pass rule;
// a click goes to the item), the sign-off (Sign PASS…, Record FAIL…) and, for a Pre-QC, the order's
// drawing (ChecklistDrawingView).
//
// Save as you go: every answer given is written at once to the checklist's outbox file on this PC
// (ChecklistOutbox) and sent through ChecklistRepository::saveAnswer on the session's worker, one at a
// time in the order given; the item says "Saving…", then who saved it and when (server time). An answer
// the server did not acknowledge (connection lost) stays in the outbox and is sent again, with the same
// clientKey (so never applied twice), when the connection is back (resendPending(), a retry timer) or
// when the checklist is next opened, after a crash too. A change over someone else's newer answer is
// refused (E-STALE): the item says who changed it and when, and shows their answer. Refresh (F5)
// reads the record again and shows others' answers.
//
// Signing: a PASS only when nothing is missing and every answer is stored; a FAIL asks reason,
// category, severity and rework (ChecklistFailDialog); then the SignatureDialog (password again; the
// signature runs on a fresh connection off the GUI thread). A server refusal is shown in its words and
// nothing is lost. A signed checklist is read-only and shows its signature and the build's status; a
// correction makes a new revision with a reason (Correct…).
//
// The window never waits on the server.
class ChecklistPage final : public QWidget
{
    Q_OBJECT
public:
    enum class Action { Open, Save, Sign, Revise, Attach, Print };
    Q_ENUM(Action)

    // The current checklist of `qcType` (the kind: "PreQC", "FinalQC", the production checks "CLP", the
    // end-of-line test "CLT") of the build `orderId`, opened (made when there is none) by the server.
    static ChecklistPage* forBuild(data::Session* session, const QString& orderId, const QString& qcType,
                                   QWidget* parent = nullptr);
    // A checklist by its id (a signed one opens read-only).
    static ChecklistPage* forChecklist(data::Session* session, const QString& checklistId, QWidget* parent = nullptr);
    ~ChecklistPage() override;

    // The outbox files' folder (empty: the default location); for tests. Set before a page opens.
    static void setOutboxDirectory(const QString& directory);

    // Shows only these sections (empty: all); the progress and what is missing count only them. The
    // assembler's bench shows the CLP's production sections and its packaging list this way.
    void setSectionFilter(const QStringList& sections);
    QStringList sectionFilter() const { return m_sectionFilter; }
    // Applicable required items (and section checks) of these sections (empty: all), how many of them
    // are answered, and what is still missing there.
    int applicableIn(const QStringList& sections) const;
    int answeredIn(const QStringList& sections) const;
    QList<domain::ChecklistGap> missingIn(const QStringList& sections) const;

    // Beside the form, in the side pane as a tab of its own before what is still to do (the bench's work
    // instruction of the current item). The page takes it over; set once.
    void setCompanion(QWidget* companion);
    void setCompanionTitle(const QString& title);
    // The companion's tab shown (and made the current one) or hidden.
    void setCompanionShown(bool shown);
    bool isCompanionShown() const;
    // A part of another window (the bench says the build and its order): no title of its own, the
    // subtitle says the form only.
    void setEmbedded(bool embedded);
    // The side pane's tabs (nullptr until a companion is set).
    QTabWidget* sideTabs() const { return m_sideTabs; }

    QString orderId() const { return m_orderId; }
    QString qcType() const { return m_qcType; }
    QString checklistId() const { return m_checklistId; }
    bool isLoaded() const { return m_form.has_value() && !m_loading; }
    bool isLoading() const { return m_loading; }
    // The order's documents are being read for the Documents menu (after each load of the checklist).
    bool isListingDocuments() const { return m_listingDocuments; }
    bool isSigned() const { return m_form && m_form->record().signedOff; }
    bool isReadOnly() const;
    const ChecklistForm* form() const { return m_form ? &*m_form : nullptr; }
    QString loadErrorText() const { return m_loadError; }
    QString messageText() const;
    QString progressText() const;
    QString signatureText() const;
    // Answers given here and not yet acknowledged by the server (the outbox), and whether one is on its way.
    int pendingCount() const;
    bool isSending() const { return !m_inFlight.isNull(); }

    // The item last worked on (the one with the keyboard focus, or gone to); none before the first.
    std::optional<domain::ChecklistAnswerKey> currentItem() const { return m_lastItem; }
    QList<ChecklistItemWidget*> itemWidgets() const { return m_items; }
    ChecklistItemWidget* itemWidget(const domain::ChecklistAnswerKey& key) const;
    QList<ChecklistSectionWidget*> sectionWidgets() const { return m_sections; }
    QListWidget* missingList() const { return m_missing; }
    QPushButton* passButton() const { return m_passButton; }
    QPushButton* failButton() const { return m_failButton; }
    QPushButton* reviseButton() const { return m_reviseButton; }
    // After a signed FAIL of an end-of-line test: a new attempt.
    QPushButton* newAttemptButton() const { return m_attemptButton; }
    QPushButton* drawingButton() const { return m_drawingButton; }
    // The order's documents (order confirmation, PO, drawings): each shows in the drawing panel.
    QPushButton* documentsButton() const { return m_documentsButton; }
    // Photos and files: attach one to the item last worked on or to the whole form; open those attached.
    QPushButton* attachButton() const { return m_attachButton; }
    QPushButton* printButton() const { return m_printButton; }
    ChecklistDrawingView* drawingView() const { return m_drawing; }

    // An item as the inspector reads it: its number as the form prints it and its words ("H.2 Number of
    // basins"); where it is ("Basin holes and drain, basin 2"); a gap of the pass rule in those words.
    QString itemWords(const domain::ChecklistAnswerKey& key) const;
    QString placeWords(const domain::ChecklistAnswerKey& key) const;
    QString gapWords(const domain::ChecklistGap& gap) const;

public slots:
    // Reads the record again (F5): others' answers, the status. Answers still pending here stay shown.
    void reload();
    // The connection is back: sends what the outbox holds.
    void resendPending();
    // Goes to an item: expands its section, scrolls to it and focuses its input.
    void goToItem(const domain::ChecklistAnswerKey& key);
    // Opens the PASS signature (returns false with the reason shown when it cannot now).
    bool signPass();
    // Asks what the FAIL needs, then opens its signature.
    bool recordFail();
    // The FAIL's signature with these values (what recordFail() asks for).
    bool signFail(const QString& reason, const QString& category, const QString& severity, bool rework);
    // Asks a reason, then makes a new revision of the signed checklist.
    bool correct();
    bool correctWithReason(const QString& reason);
    // The end-of-line test failed and was signed: opens the next attempt (a new record).
    bool startNewAttempt();
    // Attaches the file at `path` to an item (or to the whole form when `key` is empty) of the open
    // checklist; actionFinished(Attach, ok) tells how it went.
    bool attachFile(const QString& path, const std::optional<domain::ChecklistAnswerKey>& key);
    // The printed QC record: read its photos, then the print preview (window-modal).
    void printRecord();

signals:
    void loaded();
    void loadFailed(const QString& why);
    // Another item became the current one (focus moved into it, or goToItem).
    void currentItemChanged(const cs::domain::ChecklistAnswerKey& key);
    // An answer was acknowledged by the server.
    void answerSaved(const cs::domain::ChecklistAnswerKey& key);
    // Enter on the last item shown: the keyboard goes on to what follows the form.
    void endReached();
    // The checklist was signed (the page is read-only now).
    void signedOff(bool pass);
    // The build's status or checklists changed (the board and the order page may refresh).
    void changed(const QString& orderId);
    void queryFailed(const cs::data::DbError& error);
    void actionFinished(cs::ui::ChecklistPage::Action action, bool ok);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ChecklistPage(data::Session* session, const QString& orderId, const QString& qcType, const QString& checklistId,
                  QWidget* parent);
    void openChecklist();
    void loadChecklist(bool quiet);
    void showRecord(const data::ChecklistRecord& record);
    void buildForm();
    // The form's pane at least as wide as the form's narrowest layout.
    void updateFormMinimum();
    void loadDocuments();
    static QString documentTypeWords(const QString& type);
    void clearForm();
    void updateAnswersFromForm(bool keepFocused);
    void applyPrefills();
    void onAnswerGiven(const domain::ChecklistAnswerKey& key, const domain::ChecklistAnswer& answer);
    void flush();
    void onSaved(const ChecklistOutbox::Entry& entry, const data::Result<data::ChecklistAnswerSaved>& r);
    void markWaiting();
    void advanceFrom(ChecklistItemWidget* item);
    void updateProgress();
    void updateHeader();
    void updateActions();
    bool canSign(bool pass);
    void openSignature(const data::ChecklistSignOff& signOff);
    void finishSign(QPointer<SignatureDialog> dialog, const data::ChecklistSignOff& signOff,
                    const data::Result<QString>& r);
    QString meaning(bool pass) const;
    QString qcTypeWords() const;
    bool isAssemblyForm() const { return m_qcType == u"CLP" || m_qcType == u"CLT"; }
    bool mayFill() const;
    bool inFilter(const QString& sectionId) const;
    // The production checklist's sections the build's stage lets be answered (every section of the other kinds).
    bool stageOpen(const QString& sectionId) const;
    QString refusalWords(const data::DbError& e) const;
    void showMessage(const QString& text, bool error, const QString& detail = {});
    QString savedWords(const ChecklistForm::Stamp& stamp) const;
    void setCurrentItem(const domain::ChecklistAnswerKey& key);
    void fillAttachMenu();
    void askAttach(const std::optional<domain::ChecklistAnswerKey>& key);
    void retranslate();
    // The side panel's sizes follow the application font (shop-floor mode at run time).
    void updateFonts();

    data::Session* m_session;
    data::ChecklistRepository m_repo;
    QString m_orderId;
    QString m_qcType;
    QString m_checklistId;
    std::optional<ChecklistForm> m_form;
    std::unique_ptr<ChecklistOutbox> m_outbox;
    QUuid m_inFlight;
    QTimer m_retry;
    int m_retryMs = 2000;
    bool m_waiting = false;      // the last send found no connection
    bool m_loading = false;
    bool m_listingDocuments = false;
    bool m_signing = false;
    bool m_revising = false;
    bool m_prefilled = false;
    bool m_drawingShownOnce = false;
    bool m_focusSignOff = false;  // Enter on the last item: the sign-off takes the focus when it can
    QString m_loadError;
    QString m_waitingText;       // the words shown while answers wait for the connection
    QFuture<data::Result<data::ChecklistRecord>> m_load;
    QString m_builtFor;          // checklist id and template version the widgets were made for

    WorkWindowHeader* m_header;
    QPushButton* m_refreshButton;
    QPushButton* m_drawingButton;
    QPushButton* m_documentsButton;
    QPushButton* m_attachButton;
    QPushButton* m_printButton;
    std::optional<domain::ChecklistAnswerKey> m_lastItem;   // the item last worked on (for an attachment)
    MessageBar* m_message;
    MessageBar* m_signature;
    QSplitter* m_splitter;
    QWidget* m_side = nullptr;          // progress, what is missing, the sign-off
    QTabWidget* m_sideTabs = nullptr;   // with a companion: it and the side panel as tabs
    bool m_embedded = false;
    bool m_sideSized = false;
    QScrollArea* m_scroll;
    QWidget* m_formWidget = nullptr;
    QVBoxLayout* m_formLayout = nullptr;
    QLabel* m_progress;
    QLabel* m_missingLabel;
    QListWidget* m_missing;
    QLabel* m_passReason;
    QPushButton* m_passButton;
    QPushButton* m_failButton;
    QPushButton* m_reviseButton;
    QPushButton* m_attemptButton;
    QStringList m_sectionFilter;
    ChecklistDrawingView* m_drawing;
    QList<ChecklistSectionWidget*> m_sections;
    QList<ChecklistItemWidget*> m_items;
    QHash<QString, ChecklistItemWidget*> m_itemByKey;
};

} // namespace cs::ui
