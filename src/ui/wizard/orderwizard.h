#pragma once

#include "data/common/dberror.h"
#include "data/wizard/submitrepository.h"
#include "domain/bom/bomgenerator.h"
#include "domain/catalog/catalog.h"
#include "domain/orders/sinkconfiguration.h"
#include "domain/orders/validationissue.h"
#include "ui/wizard/wizarddraftstore.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFuture>
#include <QMargins>
#include <QPointer>
#include <QTimer>
#include <QWizard>

#include <functional>
#include <optional>

namespace cs::data {
class CatalogCache;
class GenerationService;
class Session;
} // namespace cs::data

namespace cs::ui {

class WizardPageOrder;
class WizardPageSelection;
class WizardPageSink;
class WizardPageAccessories;
class WizardPageReview;

// The configuration wizard of a new order (CONFIGURATION.md 2 to 8). The wizard owns the draft
// OrderConfiguration; pages show it and change it through updateConfiguration(), which validates it
// (ConfigurationValidator through BomGenerator's rules), asks the generation service for a fresh BOM
// preview (worker thread, latest wins) and saves the draft locally. Steps 3 and 4 show one build at
// a time (currentBuild()). Finish ("Submit order") stores everything through SubmitRepository in one
// transaction, off the GUI thread: the BOMs are generated and the documents read on a pool thread (with
// progress, and a Cancel that stops it), then the order is sent on the session's worker. Meanwhile the
// wizard stays responsive, cannot be submitted twice and cannot be closed (the person is told to wait).
class OrderWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { OrderPage, SelectionPage, SinkPage, AccessoriesPage, ReviewPage };
    // Where a submit is: nothing running; generating the BOMs and reading the documents (nothing sent
    // yet, Cancel stops it); sent to the server and waiting for its answer.
    enum class SubmitStage { Idle, Preparing, Storing };

    // The answer of the last submit: what was stored, or why not (error.field is the wizard's field path;
    // error.connectionLost(): the order may or may not have been stored).
    struct SubmitOutcome
    {
        bool ok = false;
        QString poId;
        QList<data::StoredBuild> builds;
        data::DbError error;
    };

    OrderWizard(data::Session* session, data::CatalogCache* catalog, QWidget* parent = nullptr);
    ~OrderWizard() override;

    // Continues an unfinished order (a draft offered at start-up).
    void restoreDraft(const WizardDraft& draft);
    WizardDraftStore& drafts() { return m_drafts; }

    const domain::OrderConfiguration& configuration() const { return m_config; }
    // Changes the configuration; applies the automatic rules (E-Sink DI gooseneck), validates,
    // refreshes the preview and saves the draft.
    void updateConfiguration(const std::function<void(domain::OrderConfiguration&)>& change);

    // Errors and warnings of the current configuration (plus a server refusal not yet corrected).
    const domain::ValidationIssues& issues() const { return m_issues; }
    // The issues whose field is `field` or lies under it ("builds[0].basins" covers "builds[0].basins[1].size").
    domain::ValidationIssues issuesUnder(const QString& field, bool exact = false) const;
    bool hasErrorsWhere(const std::function<bool(const domain::ValidationIssue&)>& predicate) const;

    // The latest BOM preview, when it is for the current configuration.
    const domain::GenerationResult* preview() const { return m_previewCurrent ? &m_preview : nullptr; }
    bool isPreviewBusy() const;
    QString previewProblem() const { return m_previewProblem; }
    domain::CatalogPtr catalog() const;

    int currentBuild() const { return m_currentBuild; }
    void setCurrentBuild(int index);

    const QList<WizardAttachment>& attachments() const { return m_attachments; }
    // Attaches a file that passes the rules of every order document (domain::DocumentRules: type, size
    // and content, from the file's size and first bytes now). false and *error (naming the file and why) when
    // refused; the reason is then kept as attachmentRefusal().
    bool addAttachment(const QString& path, const QString& documentType, QString* error = nullptr);
    void removeAttachment(int index);
    // Why the last file offered was refused, until the documents change (a file attached or removed, a
    // draft restored); other fields do not clear it. Empty when none was refused.
    QString attachmentRefusal() const { return m_attachmentRefusal; }

    // Goes back to a step (the review page's "edit" links); build -1 keeps the current build.
    void editStep(int pageId, int build = -1);

    // Starts a submit (what Finish does): generates the BOM on the current catalog and reads the
    // documents off the GUI thread, then sends the order. submitFinished() tells the end; the wizard
    // closes (accepted) when the order is stored. On a refusal the step holding the field is shown with
    // the message beside the field. False when no submit could start (one is running, no catalog yet).
    bool submit();
    SubmitStage submitStage() const { return m_submitStage; }
    bool isSubmitting() const { return m_submitStage != SubmitStage::Idle; }
    const SubmitOutcome& lastSubmit() const { return m_lastSubmit; }

    // Test seam for the file dialog: the next "Add …" takes this path instead of asking.
    static void setNextFileName(const QString& path);
    static QString takeNextFileName();

    QDate today() const { return m_today; }
    data::Session* session() const { return m_session; }

    // Saves the order as the person's draft; an untouched wizard (nothing typed, nothing attached)
    // writes none, so opening and closing one keeps a draft left for later.
    void saveDraft();

signals:
    void configurationChanged();
    void previewChanged();
    void currentBuildChanged(int index);
    void attachmentsChanged();
    void submitted(const QString& poNumber);
    void submitStageChanged(cs::ui::OrderWizard::SubmitStage stage);
    // A submit ended: stored (ok), refused, lost, or stopped by Cancel before anything was sent.
    void submitFinished(bool ok);

protected:
    bool validateCurrentPage() override;
    void done(int result) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool event(QEvent* event) override;

private:
    void revalidate();
    // After the documents changed: validation, the draft, and the signals.
    void attachmentsEdited();
    void requestPreview();
    static void applyAutomaticRules(const domain::OrderConfiguration& before, domain::OrderConfiguration* config);
    void setSubmitStage(SubmitStage stage);
    void sendPrepared(const domain::OrderConfiguration& config, const data::SubmitPackage& package);
    void submitAnswered(const domain::OrderConfiguration& config, const data::Result<data::StoredOrder>& result);
    // A refusal beside its field, on the step holding it.
    void showRefusal(const domain::OrderConfiguration& config, const data::DbError& error);
    void stopSubmit();
    void applyMessageLooks();
    // Sizes the wizard to the screen it is on: the room of a large screen used, never taller or wider than
    // the screen's available area with the window's frame (the pages scroll inside), placed inside it.
    void fitToScreen();

    data::Session* m_session;
    QPointer<data::CatalogCache> m_catalog;
    data::GenerationService* m_generation;
    WizardDraftStore m_drafts;
    domain::OrderConfiguration m_config;
    domain::OrderConfiguration m_blank; // the configuration of a wizard nobody has typed in yet
    domain::ValidationIssues m_issues;
    domain::GenerationResult m_preview;
    bool m_previewCurrent = false;
    QString m_previewProblem;
    quint64 m_previewRequest = 0;
    int m_currentBuild = 0;
    QList<WizardAttachment> m_attachments;
    QString m_attachmentRefusal;
    std::optional<domain::ValidationIssue> m_serverIssue;
    domain::OrderConfiguration m_serverIssueConfig;
    QList<WizardAttachment> m_serverIssueAttachments;
    SubmitOutcome m_lastSubmit;
    SubmitStage m_submitStage = SubmitStage::Idle;
    QFuture<data::Result<data::SubmitPackage>> m_preparing;
    QElapsedTimer m_storingClock;                 // since the order was handed to the worker
    QTimer m_storingTicker;                       // the seconds of waiting, shown once a second
    QMetaObject::Connection m_storingTicks;
    QDate m_today;
    bool m_restoring = false;
    bool m_finished = false;
    bool m_draftSaved = false; // the draft file holds this wizard's order
    QMargins m_fitFrame;       // the window frame fitToScreen() allowed for
    bool m_watchingScreen = false;

    WizardPageOrder* m_orderPage;
    WizardPageSelection* m_selectionPage;
    WizardPageSink* m_sinkPage;
    WizardPageAccessories* m_accessoriesPage;
    WizardPageReview* m_reviewPage;
};

} // namespace cs::ui
