// Renders every screen a person meets to PNG, from the demo data (data::DemoSeeder: orders in every
// status, filled and signed checklists, builds on the bench) in a scratch database: the login dialog,
// each role's home with each of its tabs, an order page of a three-basin build with each tab and its
// print previews, the order wizard step by step, the BOM approval with its signature, a Pre-QC and a
// Final QC, the assembler's bench at each step, the service's read-only record, the settings and the
// admin's dialogs. Every screen in each language (English, French, Spanish, switched through the
// app's Translator as the settings do) and at each size: the main window takes the size, other windows
// and dialogs their own size, never more than the size.
//
// scripts/screenshots.sh OUTDIR sets CS_SCREENSHOT_DIR (and CS_SCREENSHOT_SIZES, one size per run on a
// screen of that size); the files are named screen-role-language-width.png ("home-coord-fr-1366.png",
// "order_bom-coord-es-1920.png"). As a plain test (no CS_SCREENSHOT_DIR) it renders the same screens to
// a temporary directory and fails when a screen cannot be reached. CS_SCREENSHOT_LANGUAGES ("en,fr")
// and CS_SCREENSHOT_SIZES ("1366x768,1920x1080") narrow the run.
#include "checklisttesting.h"
#include "shelllogin.h"
#include "testdatabase.h"
#include "wizarddriver.h"

#include "data/admin/demoseeder.h"
#include "data/catalog/catalogcache.h"
#include "ui/admin/checklisttemplatesdialog.h"
#include "ui/admin/toolsdialog.h"
#include "ui/admin/useradmindialog.h"
#include "ui/admin/workinstructionsdialog.h"
#include "ui/assembly/workinstructionbrowser.h"
#include "ui/assembly/assemblybenchpage.h"
#include "ui/assembly/taskview.h"
#include "ui/common/appsettings.h"
#include "ui/common/logging.h"
#include "ui/common/rowtablemodel.h"
#include "ui/common/signaturedialog.h"
#include "ui/common/translator.h"
#include "ui/orders/bomcheckdialog.h"
#include "ui/orders/orderboardmodel.h"
#include "ui/orders/orderboardwidget.h"
#include "ui/orders/orderpage.h"
#include "ui/printing/zplpreviewdialog.h"
#include "ui/qc/checklistpage.h"
#include "ui/shell/homewidget.h"
#include "ui/shell/logindialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/recorddialog.h"
#include "ui/shell/settingsdialog.h"
#include "ui/shell/shell.h"
#include "ui/wizard/orderwizard.h"
#include "ui/wizard/wizarddraftstore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using cs::test::ScratchDatabase;
using namespace cs::ui;

namespace {

// The demo people by the short name the files carry (their demo user names).
const QStringList kRoles{QStringLiteral("coord"), QStringLiteral("procure"), QStringLiteral("inspector"),
                         QStringLiteral("assembler"), QStringLiteral("service"), QStringLiteral("admin")};

// The demo builds the screens show (resources/demo/orders.json).
const QString kOrderBuild = QStringLiteral("B-24025-1");      // three basins, Ready for Final QC: a long history
const QString kApprovalBuild = QStringLiteral("B-24018-1");   // three basins, Order created: its BOM to approve
const QString kPreQcBuild = QStringLiteral("B-24020-1");      // three basins, Ready for Pre-QC
const QString kFinalQcBuild = QStringLiteral("B-24025-1");
const QString kBenchBuild = QStringLiteral("B-24021-1");      // claimed, half of the production checks ticked
const QString kTestedBuild = QStringLiteral("B-24023-1");     // Testing complete: the packing list is next
const QString kPackedBuild = QStringLiteral("B-24024-1");     // Packaging complete: the closing statement is next
const QString kServiceBuild = QStringLiteral("B-24027-1");    // Shipped

constexpr int kTimeoutMs = 60000;

} // namespace

class TestScreenshots : public QObject, public cs::test::WizardDriver
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyScreen();

private:
    // Renders `w` to <out>/<screen>-<role>-<language>-<width>.png.
    bool save(QWidget* w, const QString& screen, const QString& role = QStringLiteral("all"));
    // A window other than the main window, or a dialog: its own size, never more than the size.
    void fit(QWidget* w) const;
    void fail(const QString& what);
    bool wait(const std::function<bool()>& condition, const QString& what, int timeoutMs = kTimeoutMs);
    // Waits until every list of `w` has been read and none is being read again.
    bool listsLoaded(QWidget* w, const QString& what);
    bool logIn(const QString& role);
    MainWindow* window() const { return m_shell ? m_shell->mainWindow() : nullptr; }
    QString orderId(const QString& build) const { return m_orderIds.value(build); }
    // Closes the secondary windows (order pages, checklists, benches, records) of the main window.
    void closeWindows();

    void loginScreens();
    void homeScreens(const QString& role);
    void orderScreens();
    void wizardScreens();
    void bomApprovalScreens();
    void qcScreens();
    void benchScreens();
    void serviceScreens();
    void adminScreens();
    // The order page of `build` as the logged-in person, loaded; nullptr (and a failure) when not.
    OrderPage* openOrder(const QString& build);
    // One bench of `build` at `step`, saved as `screen`.
    void benchStep(const QString& build, AssemblyBenchPage::Step step, const QString& screen);
    // A dialog `find` returns once `start` opened it: saved as `screen`, then closed.
    void previewDialog(const std::function<void()>& start, const std::function<QDialog*()>& find, const QString& screen);

    QTemporaryDir m_tmp;
    QString m_out;
    std::unique_ptr<ScratchDatabase> m_db;
    std::unique_ptr<Shell> m_shell;
    QHash<QString, QString> m_orderIds;   // build number -> order id
    QStringList m_languages;
    QList<QSize> m_sizes;
    QString m_role;
    QString m_language;
    QSize m_size;
    QStringList m_failures;
    int m_saved = 0;
};

void TestScreenshots::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    qRegisterMetaType<cs::domain::ChecklistAnswerKey>();
    cs::test::privateWorkstation(m_tmp.path());
    initLogging(m_tmp.filePath(QStringLiteral("logs")));
    ChecklistPage::setOutboxDirectory(m_tmp.filePath(QStringLiteral("outbox")));
    m_out = qEnvironmentVariable("CS_SCREENSHOT_DIR", m_tmp.filePath(QStringLiteral("png")));
    QVERIFY(QDir().mkpath(m_out));

    m_languages = qEnvironmentVariable("CS_SCREENSHOT_LANGUAGES", Translator::languages().join(u',')).split(u',', Qt::SkipEmptyParts);
    for (const QString& l : std::as_const(m_languages))
        QVERIFY2(Translator::languages().contains(l), qPrintable(QStringLiteral("unknown language %1").arg(l)));
    for (const QString& s : qEnvironmentVariable("CS_SCREENSHOT_SIZES", QStringLiteral("1366x768,1920x1080")).split(u',', Qt::SkipEmptyParts)) {
        const QStringList wh = s.split(u'x');
        const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
        QVERIFY2(wh.size() == 2 && size.width() >= 800 && size.height() >= 600, qPrintable(QStringLiteral("bad size %1").arg(s)));
        const QSize screen = QGuiApplication::primaryScreen()->size();
        if (screen.width() < size.width() || screen.height() < size.height())
            qWarning("the screen is %dx%d, smaller than %s: dialogs may size themselves to the screen", screen.width(),
                     screen.height(), qPrintable(s));
        m_sizes.append(size);
    }

    // The demo data, seeded as `cleanstation-admin seed-demo` does; the demo logins are cluster-wide
    // roles, dropped with the scratch database.
    QElapsedTimer clock;
    clock.start();
    QString error;
    m_db = cs::test::demoDatabase(&error);
    QVERIFY2(m_db, qPrintable(error));
    qInfo("demo data seeded in %lld ms", clock.elapsed());
    QSqlDatabase super = m_db->superuser();
    for (const QString& build : {kOrderBuild, kApprovalBuild, kPreQcBuild, kFinalQcBuild, kBenchBuild, kTestedBuild,
                                 kPackedBuild, kServiceBuild}) {
        QVariant id;
        QCOMPARE(cs::test::run(super, QStringLiteral("SELECT order_id::text FROM cs.orders WHERE build_number = ?"), {build}, &id),
                 QString());
        QVERIFY2(!id.toString().isEmpty(), qPrintable(build));
        m_orderIds.insert(build, id.toString());
    }
    cs::test::useDemoProfile(*m_db);
}

void TestScreenshots::cleanupTestCase()
{
    m_shell.reset();
    m_db.reset();
}

void TestScreenshots::fail(const QString& what)
{
    const QString line = QStringLiteral("%1 (%2, %3, %4x%5)")
                             .arg(what, m_role, m_language)
                             .arg(m_size.width())
                             .arg(m_size.height());
    qWarning("not rendered: %s", qPrintable(line));
    m_failures.append(line);
}

bool TestScreenshots::wait(const std::function<bool()>& condition, const QString& what, int timeoutMs)
{
    if (QTest::qWaitFor(condition, timeoutMs))
        return true;
    fail(what);
    return false;
}

bool TestScreenshots::listsLoaded(QWidget* w, const QString& what)
{
    return wait(
        [w] {
            const auto models = w->findChildren<RowTableModelBase*>();
            return std::all_of(models.begin(), models.end(), [](const RowTableModelBase* m) { return m->hasLoaded() && !m->isLoading(); });
        },
        what + QStringLiteral(": its lists were not read"));
}

void TestScreenshots::fit(QWidget* w) const
{
    QCoreApplication::sendPostedEvents();
    w->resize(w->size().boundedTo(m_size));
}

bool TestScreenshots::save(QWidget* w, const QString& screen, const QString& role)
{
    if (!w || !w->isVisible()) {
        fail(screen + QStringLiteral(": not shown"));
        return false;
    }
    // Pending layouts and posted repaints first (a language change, a list just read).
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    const QPixmap pixmap = w->grab();
    const QString file = QStringLiteral("%1/%2-%3-%4-%5.png").arg(m_out, screen, role, m_language).arg(m_size.width());
    if (pixmap.isNull() || !pixmap.save(file)) {
        fail(screen + QStringLiteral(": not written to ") + file);
        return false;
    }
    ++m_saved;
    // A window its contents make larger than the screen: the person cannot see all of it.
    if (w->width() > m_size.width() || w->height() > m_size.height())
        qWarning("larger than the screen: %s is %dx%d", qPrintable(QFileInfo(file).fileName()), w->width(), w->height());
    return true;
}

bool TestScreenshots::logIn(const QString& role)
{
    m_role = role;
    QString password;
    for (const auto& login : cs::data::DemoSeeder::logins())
        if (login.username == role)
            password = login.password;
    if (!cs::test::logIn(*m_shell, role, password)) {
        fail(QStringLiteral("login"));
        return false;
    }
    window()->resize(m_size);
    return QTest::qWaitForWindowExposed(window());
}

void TestScreenshots::closeWindows()
{
    MainWindow* w = window();
    if (!w)
        return;
    for (QWidget* child : w->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        if (child->isWindow() && child->isVisible())
            child->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestScreenshots::everyScreen()
{
    QElapsedTimer clock;
    clock.start();
    m_shell = std::make_unique<Shell>();
    m_shell->start();
    for (const QSize& size : std::as_const(m_sizes)) {
        m_size = size;
        for (const QString& language : std::as_const(m_languages)) {
            m_language = language;
            m_role = QStringLiteral("all");
            // As the settings dialog does: the setting, then the Translator (LanguageChange everywhere).
            AppSettings::setLanguage(language);
            m_shell->translator()->setLanguage(language);
            loginScreens();
            for (const QString& role : kRoles) {
                if (!logIn(role))
                    continue;
                homeScreens(role);
                if (role == u"coord") {
                    orderScreens();
                    wizardScreens();
                } else if (role == u"procure") {
                    bomApprovalScreens();
                } else if (role == u"inspector") {
                    qcScreens();
                } else if (role == u"assembler") {
                    benchScreens();
                } else if (role == u"service") {
                    serviceScreens();
                } else if (role == u"admin") {
                    adminScreens();
                }
                closeWindows();
                m_shell->switchUser();
                wait([this] { return m_shell->loginDialog() != nullptr; }, QStringLiteral("switch user"));
            }
            qInfo("%s %dx%d: %d images so far, %lld s", qPrintable(language), size.width(), size.height(), m_saved,
                  clock.elapsed() / 1000);
        }
    }
    AppSettings::setLanguage(QStringLiteral("en"));
    m_shell->translator()->setLanguage(QStringLiteral("en"));
    qInfo("%d images in %s in %lld s", m_saved, qPrintable(QDir::toNativeSeparators(m_out)), clock.elapsed() / 1000);
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QStringLiteral("\n"))));
}

void TestScreenshots::loginScreens()
{
    LoginDialog* dialog = m_shell->loginDialog();
    if (!dialog) {
        fail(QStringLiteral("login: no dialog"));
        return;
    }
    auto* user = dialog->findChild<QLineEdit*>(QStringLiteral("userLineEdit"));
    auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    auto* details = dialog->findChild<QToolButton*>(QStringLiteral("detailsToolButton"));
    user->setText(QStringLiteral("coord"));
    password->setText(QStringLiteral("xxxxxxxx"));
    fit(dialog);
    save(dialog, QStringLiteral("login"));
    details->setChecked(true);
    fit(dialog);
    save(dialog, QStringLiteral("login_details"));
    details->setChecked(false);
    password->clear();
}

void TestScreenshots::homeScreens(const QString& role)
{
    MainWindow* w = window();
    HomeWidget* home = w->home();
    const QStringList keys = home->panelKeys();
    for (int i = 0; i < keys.size(); ++i) {
        const QString& key = keys.at(i);
        home->showPanel(key);
        if (key == HomeWidget::kBoardKey) {
            if (!wait([w] { return !w->orderBoard()->model()->isBusy() && w->orderBoard()->model()->rowCount() > 0; },
                      QStringLiteral("home: the order board")))
                continue;
        } else if (!wait([home, key] { return home->model(key) && home->model(key)->hasLoaded() && !home->model(key)->isLoading(); },
                         QStringLiteral("home: list ") + key)) {
            continue;
        }
        // The tab that opens first is "home"; the others carry their list's key.
        save(w, i == 0 ? QStringLiteral("home") : QStringLiteral("home_") + key, role);
    }
    home->showPanel(keys.first());
}

OrderPage* TestScreenshots::openOrder(const QString& build)
{
    MainWindow* w = window();
    w->openOrderPage(orderId(build));
    if (!wait([w] { return w->lastOrderPage() && w->lastOrderPage()->isLoaded(); }, QStringLiteral("order page of ") + build))
        return nullptr;
    OrderPage* page = w->lastOrderPage();
    fit(page);
    return page;
}

void TestScreenshots::orderScreens()
{
    OrderPage* page = openOrder(kOrderBuild);
    if (!page)
        return;
    auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("tabWidget"));
    // In the order the tabs stand: overview, history, BOM, documents.
    const QStringList names{QStringLiteral("order_overview"), QStringLiteral("order_history"), QStringLiteral("order_bom"),
                            QStringLiteral("order_documents")};
    for (int i = 0; i < tabs->count() && i < names.size(); ++i) {
        tabs->setCurrentIndex(i);
        listsLoaded(page, names.at(i));
        save(page, names.at(i), m_role);
    }
    tabs->setCurrentIndex(0);

    // The print previews of the overview (closed without printing: nothing is recorded).
    const auto button = [page](const char* name) { return page->findChild<QPushButton*>(QString::fromLatin1(name)); };
    previewDialog([&] { QTest::mouseClick(button("printTravelerButton"), Qt::LeftButton); },
                  [page] { return page->findChild<QPrintPreviewDialog*>(QStringLiteral("travelerPreviewDialog")); },
                  QStringLiteral("print_traveler"));
    previewDialog([&] { QTest::mouseClick(button("printLabelsButton"), Qt::LeftButton); },
                  [page] { return page->findChild<QPrintPreviewDialog*>(QStringLiteral("labelPreviewDialog")); },
                  QStringLiteral("print_labels"));
    previewDialog([&] { QTest::mouseClick(button("zplPreviewButton"), Qt::LeftButton); },
                  [page] { return page->findChild<ZplPreviewDialog*>(); }, QStringLiteral("print_zpl"));
    page->close();
}

void TestScreenshots::previewDialog(const std::function<void()>& start, const std::function<QDialog*()>& find,
                                    const QString& screen)
{
    start();
    QDialog* dialog = nullptr;
    if (!wait([&] { return (dialog = find()) != nullptr && dialog->isVisible(); }, screen))
        return;
    fit(dialog);
    save(dialog, screen, m_role);
    dialog->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestScreenshots::wizardScreens()
{
    MainWindow* w = window();
    OrderWizard* wizard = w->newOrder();
    if (!wizard) {
        fail(QStringLiteral("wizard: not opened"));
        return;
    }
    auto* catalog = w->findChild<cs::data::CatalogCache*>();
    if (!wait([catalog] { return catalog && catalog->catalog() != nullptr; }, QStringLiteral("wizard: the catalog")))
        return;
    setWizard(wizard);
    fit(wizard);
    // As it opens, untouched; then each step filled as a coordinator would.
    save(wizard, QStringLiteral("wizard_1order"), m_role);
    fillOrderPage(QStringLiteral("PO-SHOT-") + m_language.toUpper());
    save(wizard, QStringLiteral("wizard_1order_filled"), m_role);
    clickNext();
    fillSelection(QStringLiteral("B-SHOT-") + m_language.toUpper());
    save(wizard, QStringLiteral("wizard_2builds"), m_role);
    clickNext();
    save(wizard, QStringLiteral("wizard_3sink"), m_role);
    fillSink();
    waitPreview();
    save(wizard, QStringLiteral("wizard_3sink_filled"), m_role);
    clickNext();
    addAccessory(QStringLiteral("B210-BLUE"));
    addAccessory(QStringLiteral("T-OA-BINRAIL-36-KIT"));
    waitPreview();
    save(wizard, QStringLiteral("wizard_4accessories"), m_role);
    clickNext();
    if (wizard->currentId() != OrderWizard::ReviewPage)
        fail(QStringLiteral("wizard: the review was not reached"));
    waitPreview();
    save(wizard, QStringLiteral("wizard_5review"), m_role);
    // Nothing is submitted. Closed, the wizard keeps the order as the person's draft (a new order would
    // first ask about it): the draft goes once the wizard is gone.
    QPointer<OrderWizard> closing(wizard);
    setWizard(nullptr);
    wizard->reject();
    if (wait([&closing] {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            return closing.isNull();
        }, QStringLiteral("wizard: not closed")))
        WizardDraftStore(m_shell->session()->user().username).remove();
}

void TestScreenshots::bomApprovalScreens()
{
    OrderPage* page = openOrder(kApprovalBuild);
    if (!page)
        return;
    auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("tabWidget"));
    auto* approve = page->findChild<QPushButton*>(QStringLiteral("approveButton"));
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i)->isAncestorOf(approve))
            tabs->setCurrentIndex(i);
    listsLoaded(page, QStringLiteral("BOM approval"));
    if (!wait([approve] { return approve->isVisible() && approve->isEnabled(); }, QStringLiteral("BOM approval: Approve")))
        return;
    save(page, QStringLiteral("bom_approval"), m_role);
    // Approve checks the BOM against the catalog, then asks for the signature (cancelled here).
    auto* catalog = window()->findChild<cs::data::CatalogCache*>();
    if (!wait([catalog] { return catalog && catalog->catalog() != nullptr; }, QStringLiteral("BOM approval: the catalog")))
        return;
    QTest::mouseClick(approve, Qt::LeftButton);
    QDialog* dialog = nullptr;
    if (wait(
            [&] {
                if (auto* s = page->findChild<SignatureDialog*>(QStringLiteral("signatureDialog")); s && s->isVisible())
                    dialog = s;
                else if (auto* c = page->findChild<BomCheckDialog*>(); c && c->isVisible())
                    dialog = c;
                return dialog != nullptr;
            },
            QStringLiteral("BOM approval: the signature"))) {
        fit(dialog);
        save(dialog, qobject_cast<SignatureDialog*>(dialog) ? QStringLiteral("bom_approval_signature") : QStringLiteral("bom_check"),
             m_role);
        dialog->reject();
    }
    page->close();
}

void TestScreenshots::qcScreens()
{
    MainWindow* w = window();
    for (const auto& [build, qcType, screen] : {std::tuple{kPreQcBuild, QStringLiteral("PreQC"), QStringLiteral("qc_preqc")},
                                               std::tuple{kFinalQcBuild, QStringLiteral("FinalQC"), QStringLiteral("qc_finalqc")}}) {
        // A copy to capture: clang before 16 refuses to capture a structured binding.
        const QString type = qcType;
        w->openChecklist(orderId(build), type);
        if (!wait([w, type] { return w->lastChecklistPage() && w->lastChecklistPage()->qcType() == type; }, screen))
            continue;
        ChecklistPage* page = w->lastChecklistPage();
        if (!wait([page] { return page->isLoaded() && !page->isSending(); }, screen + QStringLiteral(": not loaded")))
            continue;
        fit(page);
        save(page, screen, m_role);
        page->close();
    }
}

void TestScreenshots::benchStep(const QString& build, AssemblyBenchPage::Step step, const QString& screen)
{
    MainWindow* w = window();
    w->openBench(orderId(build));
    if (!wait([w, build, this] { return w->lastBenchPage() && w->lastBenchPage()->orderId() == orderId(build) && w->lastBenchPage()->isLoaded(); },
              screen))
        return;
    AssemblyBenchPage* bench = w->lastBenchPage();
    fit(bench);
    bench->showStep(step);
    bool ready = true;
    if (step == AssemblyBenchPage::Step::Production || step == AssemblyBenchPage::Step::Packaging)
        ready = wait([bench] { return !bench->productionPage() || (bench->productionPage()->isLoaded() && bench->taskView()->isLoaded()); },
                     screen + QStringLiteral(": the production checks"));
    else if (step == AssemblyBenchPage::Step::Test)
        ready = wait([bench] { return !bench->testPage() || bench->testPage()->isLoaded(); }, screen + QStringLiteral(": the test"));
    if (ready && bench->currentStep() != step)
        fail(screen + QStringLiteral(": another step is shown"));
    if (ready)
        save(bench, screen, m_role);
}

void TestScreenshots::benchScreens()
{
    using Step = AssemblyBenchPage::Step;
    // A claimed build at each of its steps, then the later steps of builds that reached them.
    for (const auto& [step, screen] : {std::pair{Step::Claim, QStringLiteral("bench_1claim")},
                                       std::pair{Step::Production, QStringLiteral("bench_2production")},
                                       std::pair{Step::Test, QStringLiteral("bench_3test")},
                                       std::pair{Step::Packaging, QStringLiteral("bench_4packaging")},
                                       std::pair{Step::Closing, QStringLiteral("bench_5closing")}})
        benchStep(kBenchBuild, step, screen);
    closeWindows();
    benchStep(kTestedBuild, Step::Test, QStringLiteral("bench_3test_signed"));
    benchStep(kTestedBuild, Step::Packaging, QStringLiteral("bench_4packaging_ready"));
    closeWindows();
    benchStep(kPackedBuild, Step::Closing, QStringLiteral("bench_5closing_ready"));
}

void TestScreenshots::serviceScreens()
{
    // A build of the order list: its read-only record (the service does not open order pages).
    MainWindow* w = window();
    HomeWidget* home = w->home();
    const QString key = QStringLiteral("allOrders");
    QTableView* view = home->view(key);
    if (!view) {
        fail(QStringLiteral("service: no order list"));
        return;
    }
    home->showPanel(key);
    int row = -1;
    if (!wait(
            [&] {
                for (int r = 0; r < view->model()->rowCount() && row < 0; ++r)
                    if (view->model()->index(r, 0).data().toString() == kServiceBuild)
                        row = r;
                return row >= 0;
            },
            QStringLiteral("service: the build on the order list")))
        return;
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, 0));
    QTest::keyClick(view, Qt::Key_Return);
    if (!wait([w] { return w->lastRecordDialog() && w->lastRecordDialog()->isLoaded(); }, QStringLiteral("service: the record")))
        return;
    RecordDialog* record = w->lastRecordDialog();
    fit(record);
    save(record, QStringLiteral("record_build"), m_role);
    record->close();
}

void TestScreenshots::adminScreens()
{
    MainWindow* w = window();
    {
        SettingsDialog settings(w);
        settings.show();
        fit(&settings);
        save(&settings, QStringLiteral("settings"), m_role);
    }
    {
        UserAdminDialog users(m_shell->session(), w);
        users.show();
        fit(&users);
        if (listsLoaded(&users, QStringLiteral("users")))
            save(&users, QStringLiteral("admin_users"), m_role);
    }
    {
        ChecklistTemplatesDialog templates(m_shell->session(), w);
        templates.show();
        fit(&templates);
        if (wait([&] { return !templates.versions().isEmpty(); }, QStringLiteral("checklist templates: none"))) {
            // The Pre-QC's newest version, with the checklists filled on it below.
            const auto& versions = templates.versions();
            const auto preQc = std::find_if(versions.begin(), versions.end(),
                                            [](const cs::data::ChecklistTemplateVersion& v) { return v.key == u"PRE_QC"; });
            const auto& shown = preQc != versions.end() ? *preQc : versions.first();
            templates.selectVersion(shown.key, shown.version);
            if (listsLoaded(&templates, QStringLiteral("checklist templates")))
                save(&templates, QStringLiteral("admin_templates"), m_role);
        }
    }
    {
        WorkInstructionsDialog instructions(m_shell->session(), w);
        instructions.show();
        fit(&instructions);
        if (listsLoaded(&instructions, QStringLiteral("work instructions"))
            && wait([&] { return !instructions.versions().isEmpty(); }, QStringLiteral("work instructions: none"))) {
            // The first with pictures, shown once they arrived.
            const auto& versions = instructions.versions();
            const auto pictured = std::find_if(versions.begin(), versions.end(), [](const cs::data::WorkInstructionVersion& v) {
                return std::any_of(v.steps.begin(), v.steps.end(), [](const auto& s) { return !s.images.isEmpty(); });
            });
            const auto& shown = pictured != versions.end() ? *pictured : versions.first();
            instructions.selectVersion(shown.key, shown.version);
            if (wait([&] { return instructions.versionView()->imagesLoaded() >= int(instructions.versionView()->imagesShown().size()); },
                     QStringLiteral("work instructions: the pictures")))
                save(&instructions, QStringLiteral("admin_instructions"), m_role);
        }
    }
    {
        ToolsDialog tools(m_shell->session(), w);
        tools.show();
        fit(&tools);
        if (wait([&] { return !tools.tools().isEmpty(); }, QStringLiteral("tools: none"))) {
            const auto& list = tools.tools();
            const int pictures = int(std::count_if(list.begin(), list.end(), [](const cs::data::Tool& t) { return !t.image.isEmpty(); }));
            tools.selectTool(list.first().key);
            if (wait([&] { return tools.picturesShown() >= pictures; }, QStringLiteral("tools: the pictures")))
                save(&tools, QStringLiteral("admin_tools"), m_role);
        }
    }
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
