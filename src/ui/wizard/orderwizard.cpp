#include "ui/wizard/orderwizard.h"

#include "data/catalog/catalogcache.h"
#include "data/common/session.h"
#include "data/orders/generationservice.h"
#include "domain/orders/configurationvalidator.h"
#include "domain/orders/documentrules.h"
#include "ui/common/appsettings.h"
#include "ui/common/futurewatch.h"
#include "ui/common/messagebar.h"
#include "ui/common/screenfit.h"
#include "ui/wizard/wizardpageaccessories.h"
#include "ui/wizard/wizardpageorder.h"
#include "ui/wizard/wizardpagereview.h"
#include "ui/wizard/wizardpageselection.h"
#include "ui/wizard/wizardpagesink.h"

#include <QAbstractButton>
#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScreen>
#include <QShowEvent>
#include <QStyle>
#include <QWindow>
#include <QTimer>

namespace cs::ui {

using namespace cs::domain;

namespace {

QString g_nextFileName;

// The value a server refusal is about, to keep showing it until that value changes.
QString valueAt(const OrderConfiguration& c, const QString& field)
{
    static const QRegularExpression build(QStringLiteral("^builds\\[(\\d+)\\]\\.buildNumber$"));
    if (field == u"order.poNumber")
        return c.order.poNumber.trimmed();
    if (const auto m = build.match(field); m.hasMatch()) {
        const int i = m.captured(1).toInt();
        return i < c.builds.size() ? c.builds.at(i).buildNumber.trimmed().toUpper() : QString();
    }
    return QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

OrderWizard::OrderWizard(data::Session* session, data::CatalogCache* catalog, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_catalog(catalog)
    , m_generation(new data::GenerationService(catalog, this))
    , m_drafts(session ? session->user().username : QString())
    , m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("orderWizard"));
    setWindowTitle(tr("New order"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoDefaultButton, true);
    setButtonText(QWizard::FinishButton, tr("&Submit order"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    for (auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton})
        if (QAbstractButton* b = button(which))
            b->setMinimumSize(120, 40);
    resize(1280, 860);   // until shown: then fitToScreen()

    m_config.family = SinkFamily::Mdrd;
    m_config.order.language = DocumentLanguage::EN;
    // The plant's usual lead time (Settings): a date the validator accepts, and the one most orders keep.
    m_config.order.wantDate = m_today.addDays(AppSettings::leadTimeDays());
    m_config.builds.append(BuildEntry{QString(), SinkConfiguration{}});
    m_blank = m_config;
    revalidate();

    connect(m_generation, &data::GenerationService::generated, this,
            [this](quint64 id, const GenerationResult& result) {
                if (id != m_previewRequest)
                    return;
                m_preview = result;
                m_previewCurrent = true;
                m_previewProblem.clear();
                emit previewChanged();
            });
    connect(m_generation, &data::GenerationService::unavailable, this, [this](quint64 id, const QString& reason) {
        if (id != m_previewRequest)
            return;
        m_previewProblem = tr("No BOM preview: %1").arg(reason);
        emit previewChanged();
    });
    if (m_catalog)
        connect(m_catalog, &data::CatalogCache::catalogChanged, this, [this] {
            revalidate();
            emit configurationChanged();
            requestPreview();
        });

    m_orderPage = new WizardPageOrder(this);
    m_selectionPage = new WizardPageSelection(this);
    m_sinkPage = new WizardPageSink(this);
    m_accessoriesPage = new WizardPageAccessories(this);
    m_reviewPage = new WizardPageReview(this);
    m_reviewPage->reveal();   // the review lists whatever still stands in the way, touched or not
    setPage(OrderPage, m_orderPage);
    setPage(SelectionPage, m_selectionPage);
    setPage(SinkPage, m_sinkPage);
    setPage(AccessoriesPage, m_accessoriesPage);
    setPage(ReviewPage, m_reviewPage);
    // Each page takes the whole height the wizard has (QWizard keeps it at its size hint, with a spacer
    // under it): the BOM preview and the scrolling forms show as many lines as the screen allows.
    for (QWizardPage* p : std::initializer_list<QWizardPage*>{m_orderPage, m_selectionPage, m_sinkPage, m_accessoriesPage, m_reviewPage})
        if (auto* box = p->parentWidget() ? qobject_cast<QBoxLayout*>(p->parentWidget()->layout()) : nullptr)
            box->setStretchFactor(p, 1);
    restart();
    applyMessageLooks();
    connect(this, &QWizard::currentIdChanged, this, [this] { saveDraft(); });
    requestPreview();
}

OrderWizard::~OrderWizard()
{
    // Hidden while still whole: hiding takes the focus from the field that has it, and its page then
    // asks this wizard about the field left (from QWidget's destructor that would be too late).
    hide();
    // Nothing typed is lost: an unfinished order stays as the draft (it was saved on every change).
    if (!m_finished)
        saveDraft();
}

CatalogPtr OrderWizard::catalog() const
{
    return m_catalog ? m_catalog->catalog() : CatalogPtr{};
}

bool OrderWizard::isPreviewBusy() const
{
    return m_generation->isBusy();
}

void OrderWizard::updateConfiguration(const std::function<void(OrderConfiguration&)>& change)
{
    const OrderConfiguration before = m_config;
    change(m_config);
    applyAutomaticRules(before, &m_config);
    if (m_currentBuild >= m_config.builds.size())
        setCurrentBuild(int(m_config.builds.size()) - 1);
    if (m_config == before)
        return;
    revalidate();
    requestPreview();
    saveDraft();
    emit configurationChanged();
}

void OrderWizard::applyAutomaticRules(const OrderConfiguration& before, OrderConfiguration* config)
{
    // 5.4: one DI gooseneck per E-Sink DI basin, added first, at the centre of its basin when free;
    // removed again when the DI basin goes.
    for (qsizetype b = 0; b < config->builds.size(); ++b) {
        if (!config->builds[b].config)
            continue;
        SinkConfiguration& s = *config->builds[b].config;
        auto diBasinsOf = [](const SinkConfiguration& c) {
            QList<int> positions;
            for (qsizetype i = 0; i < c.basins.size(); ++i)
                if (c.basins.at(i).type == BasinType::ESinkDi)
                    positions << int(i) + 1;
            return positions;
        };
        const QList<int> di = diBasinsOf(s);
        const qsizetype wasDi = b < before.builds.size() && before.builds.at(b).config
                                    ? diBasinsOf(*before.builds.at(b).config).size()
                                    : 0;
        auto goosenecks = [&s] {
            return std::count_if(s.faucets.cbegin(), s.faucets.cend(),
                                 [](const Faucet& f) { return f.type == FaucetType::DiGooseneck; });
        };
        if (di.size() < wasDi) {
            qsizetype excess = std::min<qsizetype>(wasDi - di.size(), goosenecks() - di.size());
            for (qsizetype i = 0; i < s.faucets.size() && excess > 0;) {
                if (s.faucets.at(i).type == FaucetType::DiGooseneck) {
                    s.faucets.removeAt(i);
                    --excess;
                } else {
                    ++i;
                }
            }
        }
        for (int position : di) {
            if (goosenecks() >= di.size())
                break;
            const auto centre = FaucetPlacement(int(FaucetPlacement::CenterOfBasin1) + position - 1);
            bool taken = false;
            for (const Faucet& f : s.faucets)
                taken = taken || f.placement == centre;
            s.faucets.prepend(Faucet{FaucetType::DiGooseneck, taken ? FaucetPlacement::Unset : centre});
        }
    }
}

void OrderWizard::revalidate()
{
    m_issues.clear();
    if (const CatalogPtr c = catalog()) {
        m_issues = ConfigurationValidator::validate(*c, m_config, m_today);
    } else {
        ConfigurationValidator::validateOrder(m_config, m_today, &m_issues);
    }
    // The wizard asks for every faucet's placement (5.4: required per entry); an unset placement only
    // exists in legacy data.
    for (qsizetype b = 0; b < m_config.builds.size(); ++b) {
        if (!m_config.builds.at(b).config)
            continue;
        const SinkConfiguration& s = *m_config.builds.at(b).config;
        for (qsizetype f = 0; f < s.faucets.size(); ++f) {
            if (s.faucets.at(f).placement != FaucetPlacement::Unset)
                continue;
            ValidationIssue i;
            i.code = QStringLiteral("E-FAUCET-PLACEMENT");
            i.buildIndex = int(b);
            i.buildNumber = m_config.builds.at(b).buildNumber;
            i.field = QStringLiteral("builds[%1].faucets[%2].placement").arg(b).arg(f);
            i.message = tr("Faucet %1: choose where it goes.").arg(f + 1);
            m_issues.append(i);
        }
    }
    if (m_serverIssue) {
        // A refused document is about the documents only: it stays until they change, whatever else does.
        const bool same = m_serverIssue->field == u"attachments"
            ? m_attachments == m_serverIssueAttachments
            : valueAt(m_config, m_serverIssue->field) == valueAt(m_serverIssueConfig, m_serverIssue->field);
        if (same)
            m_issues.prepend(*m_serverIssue);
        else
            m_serverIssue.reset();
    }
}

void OrderWizard::requestPreview()
{
    m_previewCurrent = false;
    m_previewRequest = m_generation->request(m_config, m_today);
    emit previewChanged();
}

ValidationIssues OrderWizard::issuesUnder(const QString& field, bool exact) const
{
    ValidationIssues out;
    for (const ValidationIssue& i : m_issues)
        if (i.field == field || (!exact && (i.field.startsWith(field + u'.') || i.field.startsWith(field + u'['))))
            out.append(i);
    return out;
}

bool OrderWizard::hasErrorsWhere(const std::function<bool(const ValidationIssue&)>& predicate) const
{
    return std::any_of(m_issues.cbegin(), m_issues.cend(),
                       [&](const ValidationIssue& i) { return i.isError() && predicate(i); });
}

void OrderWizard::setCurrentBuild(int index)
{
    index = std::clamp(index, 0, std::max(0, int(m_config.builds.size()) - 1));
    if (index == m_currentBuild)
        return;
    m_currentBuild = index;
    saveDraft();
    emit currentBuildChanged(index);
}

bool OrderWizard::addAttachment(const QString& path, const QString& documentType, QString* error)
{
    QString why;
    if (!DocumentRules::checkFile(path, nullptr, &why)) {
        m_attachmentRefusal = why;
        if (error)
            *error = why;
        return false;
    }
    m_attachmentRefusal.clear();
    m_attachments.append(WizardAttachment{QFileInfo(path).absoluteFilePath(), documentType});
    attachmentsEdited();
    return true;
}

void OrderWizard::removeAttachment(int index)
{
    if (index < 0 || index >= m_attachments.size())
        return;
    m_attachmentRefusal.clear();
    m_attachments.removeAt(index);
    attachmentsEdited();
}

void OrderWizard::attachmentsEdited()
{
    revalidate();   // a refusal of the documents at submit is over once they change
    saveDraft();
    emit attachmentsChanged();
    emit configurationChanged();
}

void OrderWizard::setNextFileName(const QString& path)
{
    g_nextFileName = path;
}

QString OrderWizard::takeNextFileName()
{
    return std::exchange(g_nextFileName, QString());
}

void OrderWizard::editStep(int pageId, int build)
{
    if (isSubmitting())
        return;   // the order being sent is the one shown
    if (build >= 0)
        setCurrentBuild(build);
    while (currentId() > pageId && !visitedIds().isEmpty() && visitedIds().first() != currentId())
        back();
}

void OrderWizard::saveDraft()
{
    if (m_finished || m_restoring || !m_session)
        return;
    if (m_config == m_blank && m_attachments.isEmpty()) {
        // Nothing to keep: no empty draft to offer at the next start, and a draft kept with "Later"
        // survives a wizard opened and closed untouched. Typing and erasing everything drops ours.
        if (m_draftSaved)
            m_drafts.remove();
        m_draftSaved = false;
        return;
    }
    WizardDraft d;
    d.configuration = m_config.toJson();
    d.pageId = std::max(0, currentId());
    d.buildIndex = m_currentBuild;
    d.attachments = m_attachments;
    m_draftSaved = m_drafts.save(d);
}

void OrderWizard::restoreDraft(const WizardDraft& draft)
{
    QString error;
    const auto config = OrderConfiguration::fromJson(draft.configuration, &error);
    if (!config)
        return;
    m_restoring = true;
    m_config = *config;
    m_attachments.clear();
    m_attachmentRefusal.clear();
    for (WizardAttachment a : draft.attachments) {
        if (!QFileInfo::exists(a.path))
            continue;
        if (a.documentType == u"DRAWING")
            a.documentType = QStringLiteral("Drawing");   // drafts kept before the order page's names
        m_attachments.append(a);
    }
    m_currentBuild = std::clamp(draft.buildIndex, 0, std::max(0, int(m_config.builds.size()) - 1));
    revalidate();
    emit attachmentsChanged();
    emit configurationChanged();
    emit currentBuildChanged(m_currentBuild);
    requestPreview();
    // Walk forward to the step the draft was on, as far as the steps are valid.
    while (currentId() < draft.pageId && currentPage() && !static_cast<WizardPage*>(currentPage())->hasErrors())
        next();
    m_restoring = false;
    m_draftSaved = true; // the draft is this wizard's now
    saveDraft();
}

void OrderWizard::applyMessageLooks()
{
    for (QLabel* label : findChildren<QLabel*>())
        WizardPage::applyMessageLook(label);
}

void OrderWizard::changeEvent(QEvent* event)
{
    QWizard::changeEvent(event);
    // The messages' colours follow a palette change (a dark theme chosen while the wizard is open).
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyMessageLooks();
}

void OrderWizard::showEvent(QShowEvent* event)
{
    QWizard::showEvent(event);
    if (event->spontaneous())
        return;
    if (!m_watchingScreen && windowHandle()) {
        m_watchingScreen = true;
        connect(windowHandle(), &QWindow::screenChanged, this, [this] { fitToScreen(); });
    }
    fitToScreen();
}

bool OrderWizard::event(QEvent* event)
{
    const bool done = QWizard::event(event);
    // The window manager tells the frame's size once the window is on the screen: fit again if the frame
    // allowed for was not the real one.
    if (event->type() == QEvent::Move && isVisible() && windowHandle()) {
        if (!windowHandle()->frameMargins().isNull() && ScreenFit::frame(this) != m_fitFrame)
            fitToScreen();
    }
    return done;
}

void OrderWizard::fitToScreen()
{
    const QScreen* s = screen();
    if (!s)
        return;
    m_fitFrame = ScreenFit::frame(this);
    setMaximumSize(ScreenFit::room(this));
    // A large screen gives the form and the BOM preview more room, up to what the eye takes in at once;
    // centred where it was (over the main window), moved in where it would stick out.
    const QRect available = s->availableGeometry();
    ScreenFit::place(this, QSize(std::clamp(available.width() * 85 / 100, 1280, 1680),
                                 std::clamp(available.height() * 92 / 100, 860, 1040)));
}

bool OrderWizard::validateCurrentPage()
{
    if (currentId() == ReviewPage)
        return m_lastSubmit.ok;   // Finish closes the wizard once the order is stored (done() submits)
    return QWizard::validateCurrentPage();
}

void OrderWizard::done(int result)
{
    if (result == QDialog::Accepted) {
        if (!m_lastSubmit.ok) {
            // Finish: the submit runs off the GUI thread and closes the wizard when the order is stored.
            if (!isSubmitting())
                submit();
            return;
        }
        m_finished = true;
        m_drafts.remove();
        QWizard::done(result);
        return;
    }
    // Cancel, Escape or the window closed.
    if (m_submitStage == SubmitStage::Storing) {
        // Sent: the server decides now. Closing would leave the person not knowing whether it was stored.
        m_reviewPage->showSubmitMessage(MessageBar::Kind::Info,
                                        tr("The order has been sent and the server is storing it. Wait for its answer "
                                           "before closing the wizard."));
        return;
    }
    if (m_submitStage == SubmitStage::Preparing) {
        // Nothing has reached the server: stop, and stay on the order.
        stopSubmit();
        m_reviewPage->showSubmitMessage(MessageBar::Kind::Info,
                                        tr("Submitting was stopped before anything was sent; nothing was stored. "
                                           "Submit the order again when you are ready."));
        return;
    }
    QWizard::done(result);
}

bool OrderWizard::submit()
{
    if (isSubmitting())
        return false;   // one submit at a time: a second click is not a second order
    m_lastSubmit = SubmitOutcome{};
    m_reviewPage->clearSubmitMessage();
    const CatalogPtr c = catalog();
    if (!c || !m_session) {
        m_reviewPage->showSubmitMessage(MessageBar::Kind::Error,
                                        tr("The catalog is not loaded yet; wait a moment and submit again."));
        return false;
    }
    QList<data::SubmitFile> files;
    for (const WizardAttachment& a : std::as_const(m_attachments))
        files.append(data::SubmitFile{a.path, a.documentType});
    const OrderConfiguration config = m_config;   // what is sent, whatever happens meanwhile

    setSubmitStage(SubmitStage::Preparing);
    m_reviewPage->showSubmitProgress(tr("Step 1 of 2 · Preparing the order… Nothing has been sent yet; Cancel stops it."),
                                     0, 1);
    m_preparing = data::SubmitRepository::prepare(c, config, m_today, files);

    // Reading progress: the bar follows the kilobytes read, the words name the file.
    auto* progress = new QFutureWatcher<data::Result<data::SubmitPackage>>(this);
    const auto showReading = [this, progress] {
        if (m_submitStage != SubmitStage::Preparing)
            return;
        const QString file = progress->progressText();
        const int max = progress->progressMaximum();
        const int value = progress->progressValue();
        if (file.isEmpty())
            return;
        m_reviewPage->showSubmitProgress(tr("Step 1 of 2 · Reading “%1”: %2 of %3 MB. Nothing has been sent yet; "
                                            "Cancel stops it.")
                                             .arg(file, QLocale().toString(value / 1024.0, 'f', 1),
                                                  QLocale().toString(max / 1024.0, 'f', 1)),
                                         value, max);
    };
    connect(progress, &QFutureWatcherBase::progressValueChanged, this, showReading);
    connect(progress, &QFutureWatcherBase::progressTextChanged, this, showReading);
    connect(progress, &QFutureWatcherBase::finished, progress, &QObject::deleteLater);
    progress->setFuture(m_preparing);

    whenDone(this, m_preparing, [this, config](const data::Result<data::SubmitPackage>& prepared) {
        if (m_submitStage != SubmitStage::Preparing)
            return;
        if (!prepared.ok()) {
            setSubmitStage(SubmitStage::Idle);
            m_lastSubmit.error = prepared.error();
            showRefusal(config, prepared.error());
            emit submitFinished(false);
            return;
        }
        sendPrepared(config, prepared.value());
    });
    return true;
}

void OrderWizard::stopSubmit()
{
    if (m_submitStage != SubmitStage::Preparing)
        return;
    m_preparing.cancel();   // the reading stops; whenDone drops a cancelled future
    m_lastSubmit = SubmitOutcome{};
    m_lastSubmit.error = data::DbError::cancelled();
    setSubmitStage(SubmitStage::Idle);
    emit submitFinished(false);
}

void OrderWizard::sendPrepared(const OrderConfiguration& config, const data::SubmitPackage& package)
{
    setSubmitStage(SubmitStage::Storing);
    m_preparing = {};   // the documents' bytes go with the call to the worker, not kept here
    qint64 bytes = 0;
    for (const data::SubmitDocument& d : package.documents)
        bytes += d.content.size();
    // The second of two steps: the server's part has no progress to show, so the words say what it waits
    // for and count the seconds (a still bar and one line of text a second: no animation to paint).
    const int documents = int(package.documents.size());
    const QString megabytes = QLocale().toString(double(bytes) / (1024 * 1024), 'f', 1);
    m_storingClock.start();
    const auto showStoring = [this, documents, megabytes] {
        const QString seconds = QLocale().toString(m_storingClock.elapsed() / 1000);
        m_reviewPage->showSubmitProgress(
            documents == 0
                ? tr("Step 2 of 2 · Sending the order to the server and waiting for it to store it (%1 s)…").arg(seconds)
                : tr("Step 2 of 2 · Sending the order with its documents (%1 MB) to the server and waiting for it to "
                     "store them (%2 s)…")
                      .arg(megabytes, seconds),
            1, 2);
    };
    showStoring();
    m_storingTicks = connect(&m_storingTicker, &QTimer::timeout, this, showStoring);
    m_storingTicker.start(1000);
    whenDone(this, data::SubmitRepository(*m_session).submit(config, package.generated, package.documents),
             [this, config](const data::Result<data::StoredOrder>& result) { submitAnswered(config, result); });
}

void OrderWizard::submitAnswered(const OrderConfiguration& config, const data::Result<data::StoredOrder>& result)
{
    setSubmitStage(SubmitStage::Idle);
    if (result.ok()) {
        m_lastSubmit.ok = true;
        m_lastSubmit.poId = result->poId;
        m_lastSubmit.builds = result->builds;
        m_finished = true;
        m_drafts.remove();
        emit submitted(config.order.poNumber);
        emit submitFinished(true);
        done(QDialog::Accepted);
        return;
    }
    m_lastSubmit.error = result.error();
    if (result.error().connectionLost()) {
        // Sent, but no answer: it may be stored or not. The draft stays, so nothing typed is lost.
        saveDraft();
        m_reviewPage->showSubmitMessage(
            MessageBar::Kind::Warning,
            tr("The connection to the server was lost while the order was being stored, so it may or may not have "
               "been stored. Look for PO %1 on the order board before you submit it again. The order is kept as a "
               "draft on this computer.")
                .arg(config.order.poNumber.trimmed()));
    } else {
        showRefusal(config, result.error());
    }
    emit submitFinished(false);
}

void OrderWizard::showRefusal(const OrderConfiguration& config, const data::DbError& e)
{
    // A refusal: shown beside the field concerned, on the step that holds it.
    ValidationIssue issue;
    issue.code = e.code;
    issue.field = e.field;
    issue.buildNumber = e.qualifier;
    issue.message = e.code.isEmpty() || !e.message.isEmpty() ? e.userMessage()
                                                             : tr("The server refused the order (%1).").arg(e.code);
    static const QRegularExpression buildField(QStringLiteral("^builds\\[(\\d+)\\]\\.(\\w+)"));
    const auto m = buildField.match(e.field);
    issue.buildIndex = m.hasMatch() && m.captured(2) != u"buildNumber" ? m.captured(1).toInt() : -1;
    m_reviewPage->showSubmitMessage(MessageBar::Kind::Error, issue.message);
    if (e.field.isEmpty() || config != m_config)
        return;
    m_serverIssue = issue;
    m_serverIssueConfig = m_config;
    m_serverIssueAttachments = m_attachments;
    revalidate();
    emit configurationChanged();
    int page = ReviewPage;
    int build = -1;
    if (e.field.startsWith(QStringLiteral("order.")) || e.field == u"attachments") {
        page = OrderPage;
    } else if (e.field == u"family" || e.field == u"builds" || (m.hasMatch() && m.captured(2) == u"buildNumber")) {
        page = SelectionPage;
    } else if (m.hasMatch()) {
        build = m.captured(1).toInt();
        page = m.captured(2) == u"accessories" ? AccessoriesPage : SinkPage;
    }
    // The refused field's message shows on its step, touched or not.
    if (auto* step = qobject_cast<WizardPage*>(this->page(page)))
        step->reveal();
    if (page != ReviewPage)
        QTimer::singleShot(0, this, [this, page, build] { editStep(page, build); });
}

void OrderWizard::setSubmitStage(SubmitStage stage)
{
    if (stage == m_submitStage)
        return;
    m_submitStage = stage;
    if (stage != SubmitStage::Storing) {
        m_storingTicker.stop();
        disconnect(m_storingTicks);
    }
    // While the BOMs are generated and the documents read, Cancel stops the submit (nothing was sent);
    // once sent, it is off until the server answers.
    if (QAbstractButton* cancel = button(QWizard::CancelButton))
        cancel->setEnabled(stage != SubmitStage::Storing);
    if (stage == SubmitStage::Idle)
        m_reviewPage->hideSubmitProgress();
    // Finish is off while the review page is not complete (it is not while a submit runs), Back while
    // this option holds on the last page: QWizard keeps both so whenever it updates its buttons.
    setOption(QWizard::DisabledBackButtonOnLastPage, stage != SubmitStage::Idle);
    emit m_reviewPage->completeChanged();
    emit submitStageChanged(stage);
}

} // namespace cs::ui
