// One build from the order wizard to Shipped, entirely through the app's screens, as the six people of
// the plant (issue 13, "Done when"), against a real PostgreSQL with the demo catalog and the customer's
// four forms published by an admin:
// - the coordinator enters an order in the wizard (a drawing attached) and submits it: Order created;
// - procurement opens it from "BOM approvals", approves the BOM with a signature, then moves it to
//   Parts sent and Ready for Pre-QC on the order page;
// - the inspector opens it from "Pre-QC", fills the Pre-QC by keyboard and signs the PASS: Ready for
//   production;
// - the assembler opens it from the production queue (the bench), claims it, ticks the production
//   checks, fills and signs the end-of-line test PASS (Testing complete), confirms the packing list,
//   completes packaging (Packaging complete) and signs the closing statement: Ready for Final QC;
// - the inspector opens it from "Final QC", fills it (HI-POT Yes) and signs the PASS: Ready for ship;
// - the coordinator ships it on the order page: Shipped;
// - the service person finds it on the order list and gets its read-only record, no order page.
// After each step: the status read back from the server; the person who acted cannot do the next
// person's step (the button is absent or disabled with its reason, or the server refuses in words); the
// traveler's sign-off strip (data::TravelerRepository) shows initials only for the stages signed so far.
#include "checklisttesting.h"
#include "transitiontesting.h"
#include "eventloopwatch.h"
#include "shelllogin.h"
#include "testdatabase.h"
#include "wizarddriver.h"

#include "data/catalog/catalogcache.h"
#include "data/common/session.h"
#include "data/orders/workflowrepository.h"
#include "data/printing/travelerrepository.h"
#include "ui/assembly/assemblybenchpage.h"
#include "ui/common/rowtablemodel.h"
#include "ui/common/signaturedialog.h"
#include "ui/orders/orderpage.h"
#include "ui/qc/checklistitemwidget.h"
#include "ui/qc/checklistpage.h"
#include "ui/shell/homewidget.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/recorddialog.h"
#include "ui/shell/shell.h"
#include "ui/wizard/orderwizard.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using cs::test::ScratchDatabase;
using cs::test::Step;
using cs::test::compact;
using cs::test::fillByKeyboard;
using cs::test::run;
using cs::test::settled;
using cs::test::signWithPassword;
using namespace cs::ui;

class TestFullWalk : public QObject, public cs::test::WizardDriver
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void orderCreatedToShipped();

private:
    using Person = ScratchDatabase::Person;
    const Person& person(const QString& role) const { return m_people.find(role).value(); }
    // A shell with `role`'s person logged in through the login dialog; nullptr on failure.
    std::unique_ptr<Shell> logIn(const QString& role);
    // Opens the row of the build on the home list `key` (Enter on it), as the person would.
    bool openFromHome(MainWindow* w, const QString& key);
    QString status();
    // The inspector's QC of `qcType` opened from the home list `key`, filled by keyboard, signed PASS
    // with the password: *page is left open on the signed checklist.
    void signQcPass(MainWindow* w, const QString& key, const QString& qcType, QPointer<ChecklistPage>* page);
    // The traveler's stages that carry initials ("stage.preQc=QKX", ...), read as the coordinator.
    QStringList signedStages();
    // The server's refusal when `role` calls `sql` (with the order id as its only value); empty when it ran.
    QString refusal(const QString& role, const QString& sql);

    QTemporaryDir m_home;
    QTemporaryDir m_files;
    std::unique_ptr<ScratchDatabase> m_db;
    QHash<QString, Person> m_people;
    QString m_orderId;
    QString m_build;
};

void TestFullWalk::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    qRegisterMetaType<cs::domain::ChecklistAnswerKey>();
    Person coordinator;
    const QString notReady = cs::test::setUpWizardDatabase(m_home, &m_db, &coordinator);
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    QSettings().clear();
    ChecklistPage::setOutboxDirectory(m_home.filePath(QStringLiteral("outbox")));
    m_people.insert(QStringLiteral("ProductionCoordinator"), coordinator);
    for (const QString& role : {QStringLiteral("Admin"), QStringLiteral("ProcurementSpecialist"), QStringLiteral("QCPerson"),
                                QStringLiteral("Assembler"), QStringLiteral("ServiceDepartment")}) {
        QString error;
        m_people.insert(role, m_db->createPerson(role, {}, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    // The forms' initials take 1 to 4 letters; the test people have longer ones.
    for (const auto& [role, initials] : {std::pair{QStringLiteral("ProductionCoordinator"), QStringLiteral("PCX")},
                                         std::pair{QStringLiteral("ProcurementSpecialist"), QStringLiteral("PRX")},
                                         std::pair{QStringLiteral("QCPerson"), QStringLiteral("QKX")},
                                         std::pair{QStringLiteral("Assembler"), QStringLiteral("ASM")}}) {
        QCOMPARE(run(m_db->superuser(), QStringLiteral("UPDATE cs.users SET initials = ? WHERE username = ?"),
                     {initials, m_people.value(role).username}),
                 QString());
        m_people[role].initials = initials;
    }
    // The customer's four forms, imported and published by the admin.
    QSqlDatabase admin = m_db->connect(person(QStringLiteral("Admin")).settings);
    for (const QString& file : {QStringLiteral("pre-qc.json"), QStringLiteral("production-clp.json"),
                                QStringLiteral("eol-testing-clt.json"), QStringLiteral("final-qc-clq.json")}) {
        const QJsonObject json = cs::test::sharedForm(file);
        QVERIFY2(!json.isEmpty(), qPrintable(file));
        QVariant id;
        QCOMPARE(run(admin, QStringLiteral("SELECT template_id::text FROM cs.import_checklist_template(CAST(? AS jsonb))"),
                     {compact(json)}, &id),
                 QString());
        QCOMPARE(run(admin, QStringLiteral("SELECT cs.publish_checklist_template(CAST(? AS uuid))"), {id}), QString());
    }
    cs::test::useDemoProfile(*m_db);
}

void TestFullWalk::cleanupTestCase()
{
    m_db.reset();
}

std::unique_ptr<Shell> TestFullWalk::logIn(const QString& role)
{
    auto shell = std::make_unique<Shell>();
    shell->start();
    if (!cs::test::logIn(*shell, person(role).username, person(role).password)) {
        qWarning("%s could not log in", qPrintable(role));
        return nullptr;
    }
    if (!QTest::qWaitForWindowExposed(shell->mainWindow()))
        return nullptr;
    return shell;
}

bool TestFullWalk::openFromHome(MainWindow* w, const QString& key)
{
    HomeWidget* home = w->home();
    RowTableModelBase* model = home->model(key);
    QTableView* view = home->view(key);
    if (!model || !view) {
        qWarning("no home list %s", qPrintable(key));
        return false;
    }
    home->showPanel(key);
    model->refresh();
    int row = -1;
    const bool listed = QTest::qWaitFor(
        [&] {
            if (!model->hasLoaded())
                return false;
            for (int r = 0; r < view->model()->rowCount() && row < 0; ++r)
                if (view->model()->index(r, 0).data().toString() == m_build)
                    row = r;
            return row >= 0;
        },
        30000);
    if (!listed) {
        qWarning("build %s is not on the list %s", qPrintable(m_build), qPrintable(key));
        return false;
    }
    w->activateWindow();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, 0));
    QTest::keyClick(view, Qt::Key_Return);
    return true;
}

QString TestFullWalk::status()
{
    QVariant v;
    if (const QString e = run(m_db->superuser(), QStringLiteral("SELECT status::text FROM cs.orders WHERE order_id = CAST(? AS uuid)"),
                              {m_orderId}, &v);
        !e.isEmpty())
        return e;
    return v.toString();
}

QStringList TestFullWalk::signedStages()
{
    QSqlDatabase db = m_db->connect(person(QStringLiteral("ProductionCoordinator")).settings);
    cs::data::TravelerData data;
    cs::data::DbError error;
    if (!cs::data::TravelerRepository(db).load(m_build, &data, &error))
        return {QStringLiteral("error: ") + error.userMessage()};
    QStringList stages;
    for (const cs::domain::TravelerSignOff& s : data.traveler.signOffs)
        if (!s.initials.isEmpty() || !s.result.isEmpty())
            stages << s.stageKey + u'=' + s.initials + (s.result.isEmpty() ? QString() : u' ' + s.result);
    return stages;
}

QString TestFullWalk::refusal(const QString& role, const QString& sql)
{
    QSqlDatabase db = m_db->connect(person(role).settings);
    return run(db, sql, {m_orderId});
}

namespace {

// What the checklist page lists as missing for a pass, and its message: the reason Pass is off.
QString whyNoPass(const ChecklistPage* page)
{
    QStringList lines{page->messageText()};
    for (int i = 0; i < page->missingList()->count(); ++i)
        lines << page->missingList()->item(i)->text();
    return lines.join(QStringLiteral("; "));
}

} // namespace

void TestFullWalk::signQcPass(MainWindow* w, const QString& key, const QString& qcType, QPointer<ChecklistPage>* out)
{
    QVERIFY(openFromHome(w, key));
    QTRY_VERIFY_WITH_TIMEOUT(w->lastChecklistPage() != nullptr, 30000);
    QPointer<ChecklistPage> page = w->lastChecklistPage();
    *out = page;
    QTRY_VERIFY2_WITH_TIMEOUT(page->isLoaded(), qPrintable(page->messageText()), 30000);
    QCOMPARE(page->qcType(), qcType);
    QCOMPARE(page->orderId(), m_orderId);
    QVERIFY(settled(page));
    QVERIFY(!page->passButton()->isEnabled());
    QVERIFY(fillByKeyboard(page, {}, person(QStringLiteral("QCPerson")).initials) > 0);
    QVERIFY(settled(page));
    QTRY_VERIFY2_WITH_TIMEOUT(page->passButton()->isEnabled(), qPrintable(whyNoPass(page)), 30000);
    QTest::mouseClick(page->passButton(), Qt::LeftButton);
    QVERIFY(signWithPassword(page, person(QStringLiteral("QCPerson")).password));
    QTRY_VERIFY2_WITH_TIMEOUT(page->isSigned(), qPrintable(page->messageText()), 30000);
}

void TestFullWalk::orderCreatedToShipped()
{
    const QString po = QStringLiteral("PO-WALK-") + ScratchDatabase::randomSuffix(5).toUpper();
    m_build = QStringLiteral("W-") + ScratchDatabase::randomSuffix(7).toUpper();
    const QString qc = person(QStringLiteral("QCPerson")).initials;
    const QString asm_ = person(QStringLiteral("Assembler")).initials;
    QElapsedTimer clock;   // figures for the notes, not asserted
    clock.start();
    auto lap = [&clock](const char* step) { qInfo("%s: %lld ms", step, clock.restart()); };

    // --- The coordinator enters the order in the wizard and submits it. ---
    {
        auto shell = logIn(QStringLiteral("ProductionCoordinator"));
        QVERIFY(shell);
        MainWindow* w = shell->mainWindow();
        OrderWizard* wizard = w->newOrder();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        // The catalog is served to the wizard from the server in the background.
        auto* catalog = w->findChild<cs::data::CatalogCache*>();
        QVERIFY(catalog);
        QTRY_VERIFY_WITH_TIMEOUT(catalog->catalog() != nullptr, 30000);
        setWizard(wizard);
        const QString drawing = m_files.filePath(QStringLiteral("drawing.pdf"));
        {
            // A real drawing (Qt PDF opens it on the inspector's checklist page).
            QFile file(drawing);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(cs::test::drawingPdf()) > 0);
        }
        fillToReview(po, "addDrawingButton", drawing, m_build);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(waitPreview());
        QAbstractButton* finish = wizard->button(QWizard::FinishButton);
        QVERIFY(finish->isEnabled());
        QTest::mouseClick(finish, Qt::LeftButton);
        QVERIFY(waitSubmit());
        QVariant id;
        QCOMPARE(run(m_db->superuser(), QStringLiteral("SELECT order_id::text FROM cs.orders WHERE build_number = ?"), {m_build}, &id),
                 QString());
        m_orderId = id.toString();
        QVERIFY2(!m_orderId.isEmpty(), "the wizard stored the order");
        QCOMPARE(status(), QStringLiteral("OrderCreated"));
        QCOMPARE(signedStages(), QStringList());

        // The coordinator cannot approve the BOM: no approval on the order page, and the server refuses.
        w->openOrderPage(m_orderId);
        QTRY_VERIFY_WITH_TIMEOUT(w->lastOrderPage() && w->lastOrderPage()->isLoaded(), 30000);
        OrderPage* page = w->lastOrderPage();
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("approveButton"))->isVisibleTo(page));
        QVERIFY(!page->transitionButton(QStringLiteral("PartsSent")));
        const Person& me = person(QStringLiteral("ProductionCoordinator"));
        const auto approved = cs::data::WorkflowRepository::signBomDecision(
            me.settings, me.password, cs::data::BomDecision{page->bom().bomId, true, QString(), me.initials});
        QVERIFY(!approved);
        QCOMPARE(approved.error().code, QStringLiteral("E-ROLE"));
        page->close();
    }
    lap("wizard");

    // --- Procurement approves the BOM with a signature, sends the parts, confirms their arrival. ---
    {
        auto shell = logIn(QStringLiteral("ProcurementSpecialist"));
        QVERIFY(shell);
        MainWindow* w = shell->mainWindow();
        QVERIFY(openFromHome(w, QStringLiteral("bomApprovals")));
        QTRY_VERIFY_WITH_TIMEOUT(w->lastOrderPage() && w->lastOrderPage()->isLoaded(), 30000);
        QPointer<OrderPage> page = w->lastOrderPage();
        QCOMPARE(page->detail().buildNumber, m_build);
        auto* approve = page->findChild<QPushButton*>(QStringLiteral("approveButton"));
        // The tab with the approval (the BOM).
        auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("tabWidget"));
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i)->isAncestorOf(approve))
                tabs->setCurrentIndex(i);
        QTRY_VERIFY_WITH_TIMEOUT(approve->isVisibleTo(page) && approve->isEnabled(), 30000);
        const Person& me = person(QStringLiteral("ProcurementSpecialist"));
        cs::test::ModalAnswer<SignatureDialog> answer([&](SignatureDialog* dialog) -> Step {
            if (dialog->isBusy())
                return Step::again();
            auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
            password->setFocus();
            QTest::keyClicks(password, me.password);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signButton")), Qt::LeftButton);
            return Step::done();
        });
        QTest::mouseClick(approve, Qt::LeftButton);
        QVERIFY2(answer.wait(60000), qPrintable(answer.failure() + u' ' + page->messageText()));
        QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded() && page->bom().status == u"Approved", 30000);
        QCOMPARE(page->bom().approvals.size(), 1);
        QCOMPARE(page->bom().approvals[0].who, me.fullName);
        QCOMPARE(status(), QStringLiteral("OrderCreated"));
        for (const QString& next : {QStringLiteral("PartsSent"), QStringLiteral("ReadyForPreQC")}) {
            QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded() && !page->isWriting() && page->transitionButton(next), 30000);
            QPushButton* button = page->transitionButton(next);
            QVERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
            // The gate of Parts sent -> Ready for Pre-QC (WORKFLOW.md 2.2: the arrival confirmed, the
            // outsourced lines received or waived) is not asked for by the app: confirmed, the build moves.
            QString why;
            QVERIFY2(cs::test::moveOnPage(page, next, true, {}, &why), qPrintable(why));
            QTRY_COMPARE_WITH_TIMEOUT(page->detail().status, next, 30000);
            QCOMPARE(status(), next);
        }
        QCOMPARE(signedStages(), QStringList());

        // Procurement cannot take the Pre-QC: no such action on the order page; the checklist screen
        // opened anyway does not load, and the server refuses the checklist.
        QVERIFY(!page->transitionButton(QStringLiteral("ReadyForProduction")));
        w->openChecklist(m_orderId, QStringLiteral("PreQC"));
        QTRY_VERIFY_WITH_TIMEOUT(w->lastChecklistPage() && !w->lastChecklistPage()->isLoading(), 30000);
        QVERIFY(!w->lastChecklistPage()->isLoaded());
        qInfo("procurement on the Pre-QC screen: %s", qPrintable(w->lastChecklistPage()->loadErrorText()));
        QVERIFY(!w->lastChecklistPage()->loadErrorText().isEmpty());
        w->lastChecklistPage()->close();
        const QString refused =
            refusal(QStringLiteral("ProcurementSpecialist"), QStringLiteral("SELECT cs.open_qc_checklist(CAST(? AS uuid), 'PreQC')"));
        QVERIFY2(refused.startsWith(QStringLiteral("42501")), qPrintable(refused));
        QCOMPARE(status(), QStringLiteral("ReadyForPreQC"));
        page->close();
    }
    lap("procurement");

    // --- The inspector fills and signs the Pre-QC PASS. ---
    {
        auto shell = logIn(QStringLiteral("QCPerson"));
        QVERIFY(shell);
        MainWindow* w = shell->mainWindow();
        QPointer<ChecklistPage> page;
        signQcPass(w, QStringLiteral("preQc"), QStringLiteral("PreQC"), &page);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(status(), QStringLiteral("ReadyForProduction"));
        QCOMPARE(signedStages(), QStringList{QStringLiteral("stage.preQc=%1 PASS").arg(qc)});
        page->close();

        // The inspector cannot claim the build on the bench: Claim is off and says why.
        w->openBench(m_orderId);
        QTRY_VERIFY_WITH_TIMEOUT(w->lastBenchPage() && w->lastBenchPage()->isLoaded(), 30000);
        AssemblyBenchPage* bench = w->lastBenchPage();
        QVERIFY(!bench->claimButton()->isEnabled() || !bench->claimButton()->isVisible());
        QVERIFY2(bench->claimReasonText().contains(QStringLiteral("Only an assembler claims a build")),
                 qPrintable(bench->claimReasonText()));
        bench->close();
    }
    lap("Pre-QC");

    // --- The assembler claims the build, does the production checks, the test, packaging, the statement. ---
    {
        auto shell = logIn(QStringLiteral("Assembler"));
        QVERIFY(shell);
        MainWindow* w = shell->mainWindow();
        const Person& me = person(QStringLiteral("Assembler"));
        QVERIFY(openFromHome(w, QStringLiteral("productionQueue")));
        QTRY_VERIFY_WITH_TIMEOUT(w->lastBenchPage() != nullptr, 30000);
        QPointer<AssemblyBenchPage> bench = w->lastBenchPage();
        QTRY_VERIFY2_WITH_TIMEOUT(bench->isLoaded(), qPrintable(bench->messageText()), 30000);
        QCOMPARE(bench->currentStep(), AssemblyBenchPage::Step::Claim);
        QVERIFY2(bench->claimButton()->isEnabled(), qPrintable(bench->claimReasonText()));
        QTest::mouseClick(bench->claimButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(bench->isLoaded() && bench->state()->claimedBy(me.username), qPrintable(bench->messageText()), 30000);
        QCOMPARE(status(), QStringLiteral("ReadyForProduction"));

        // Production checks (CLP sections 2 and 3).
        QTRY_VERIFY_WITH_TIMEOUT(bench->productionPage() && bench->productionPage()->isLoaded(), 30000);
        ChecklistPage* clp = bench->productionPage();
        QVERIFY(settled(clp));
        QVERIFY(fillByKeyboard(clp, clp->sectionFilter(), asm_) > 0);
        QVERIFY(settled(clp));
        QVERIFY(clp->missingIn(clp->sectionFilter()).isEmpty());
        QCOMPARE(status(), QStringLiteral("ReadyForProduction"));
        QCOMPARE(signedStages(), QStringList{QStringLiteral("stage.preQc=%1 PASS").arg(qc)});

        // The end-of-line test, signed PASS: Testing complete.
        QTRY_VERIFY_WITH_TIMEOUT(bench->state()->clpMissing.isEmpty() && !bench->state()->clpId.isEmpty(), 30000);
        bench->showStep(AssemblyBenchPage::Step::Test);
        QTRY_VERIFY2_WITH_TIMEOUT(bench->testPage() && bench->testPage()->isLoaded(),
                                  qPrintable(bench->testPage() ? bench->testPage()->messageText() : bench->messageText()), 30000);
        QPointer<ChecklistPage> clt = bench->testPage();
        QVERIFY(settled(clt));
        QVERIFY(fillByKeyboard(clt, {}, asm_) > 0);
        QVERIFY(settled(clt));
        QTRY_VERIFY2_WITH_TIMEOUT(clt->passButton()->isEnabled(), qPrintable(whyNoPass(clt)), 30000);
        QTest::mouseClick(clt->passButton(), Qt::LeftButton);
        QVERIFY(signWithPassword(clt, me.password));
        QTRY_VERIFY2_WITH_TIMEOUT(clt->isSigned(), qPrintable(clt->messageText()), 30000);
        QCOMPARE(status(), QStringLiteral("TestingComplete"));
        QCOMPARE(signedStages(),
                 (QStringList{QStringLiteral("stage.preQc=%1 PASS").arg(qc), QStringLiteral("stage.eolTest=%1 PASS").arg(asm_)}));

        // The packing list (CLP section 4), then Packaging complete after its confirmation.
        QTRY_COMPARE_WITH_TIMEOUT(bench->currentStep(), AssemblyBenchPage::Step::Packaging, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(clp->isLoaded() && clp->form()->record().orderStatus == u"TestingComplete", 30000);
        QVERIFY(!bench->packagingButton()->isEnabled());
        QVERIFY(fillByKeyboard(clp, {QStringLiteral("S4")}, asm_) > 0);
        QVERIFY(settled(clp));
        QTRY_VERIFY(bench->packagingButton()->isEnabled());
        {
            cs::test::ModalAnswer<QMessageBox> confirm([](QMessageBox* box) -> Step {
                for (QAbstractButton* b : box->buttons())
                    if (box->buttonRole(b) == QMessageBox::AcceptRole || box->buttonRole(b) == QMessageBox::YesRole) {
                        QTest::mouseClick(b, Qt::LeftButton);
                        return Step::done();
                    }
                return Step::fail(QStringLiteral("no button to confirm: ") + box->text());
            });
            QTest::mouseClick(bench->packagingButton(), Qt::LeftButton);
            QVERIFY2(confirm.wait(30000), qPrintable(confirm.failure()));
        }
        QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("PackagingComplete"), 30000);
        {
            // Nothing was signed for packaging yet (WORKFLOW.md 2.2 gates it on the ticked packing list
            // only): the packing list's initials print once the closing statement signs the CLP.
            const QStringList stages = signedStages();
            QCOMPARE(stages,
                     (QStringList{QStringLiteral("stage.preQc=%1 PASS").arg(qc), QStringLiteral("stage.eolTest=%1 PASS").arg(asm_)}));
        }

        // The closing statement, signed with the password: Ready for Final QC.
        QTRY_COMPARE_WITH_TIMEOUT(bench->currentStep(), AssemblyBenchPage::Step::Closing, 30000);
        QTRY_VERIFY(bench->closingButton()->isEnabled());
        QTest::mouseClick(bench->closingButton(), Qt::LeftButton);
        QVERIFY(signWithPassword(bench, me.password));
        QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("ReadyForFinalQC"), 30000);
        {
            // The signed CLP carries the production checks and the statement.
            const QStringList stages = signedStages();
            QVERIFY2(stages.contains(QStringLiteral("stage.production=%1").arg(asm_)), qPrintable(stages.join(u", ")));
            QVERIFY2(stages.contains(QStringLiteral("stage.statement=%1").arg(asm_)), qPrintable(stages.join(u", ")));
            QVERIFY2(!stages.join(u' ').contains(QStringLiteral("stage.finalQc")), qPrintable(stages.join(u", ")));
        }

        // The assembler cannot take the Final QC: the server refuses the checklist.
        const QString refused =
            refusal(QStringLiteral("Assembler"), QStringLiteral("SELECT cs.open_qc_checklist(CAST(? AS uuid), 'FinalQC')"));
        QVERIFY2(refused.contains(QStringLiteral("E-ROLE")) && refused.contains(QStringLiteral("not allowed for role Assembler")),
                 qPrintable(refused));
        bench->close();
    }
    lap("bench");

    // --- The inspector signs the Final QC PASS with HI-POT Yes. ---
    {
        auto shell = logIn(QStringLiteral("QCPerson"));
        QVERIFY(shell);
        MainWindow* w = shell->mainWindow();
        QPointer<ChecklistPage> page;
        signQcPass(w, QStringLiteral("finalQc"), QStringLiteral("FinalQC"), &page);
        if (QTest::currentTestFailed())
            return;
        const ChecklistItemWidget* hipot = page->itemWidget({QStringLiteral("header"), QStringLiteral("H.hipot"), 0});
        QVERIFY(hipot && hipot->answer());
        QVERIFY2(hipot->answer()->value.toBool(), "HI-POT answered Yes");
        QCOMPARE(status(), QStringLiteral("ReadyForShip"));
        QVERIFY2(signedStages().contains(QStringLiteral("stage.finalQc=%1 PASS").arg(qc)), qPrintable(signedStages().join(u", ")));
        qInfo("the traveler's sign-offs at Ready for ship: %s", qPrintable(signedStages().join(u", ")));
        page->close();

        // The inspector cannot ship: no Shipped action on the order page, and the server refuses it.
        w->openOrderPage(m_orderId);
        QTRY_VERIFY_WITH_TIMEOUT(w->lastOrderPage() && w->lastOrderPage()->isLoaded(), 30000);
        OrderPage* order = w->lastOrderPage();
        QVERIFY(!order->transitionButton(QStringLiteral("Shipped")));
        QSqlDatabase db = m_db->connect(person(QStringLiteral("QCPerson")).settings);
        const auto shipped = cs::data::WorkflowRepository::transition(db, m_orderId, QStringLiteral("Shipped"), QString(),
                                                                       order->detail().rowVersion);
        QVERIFY(!shipped);
        QVERIFY2(shipped.error().userMessage().contains(QStringLiteral("not allowed for role QCPerson")),
                 qPrintable(shipped.error().userMessage()));
        QCOMPARE(status(), QStringLiteral("ReadyForShip"));
        order->close();
    }
    lap("Final QC");

    // --- The coordinator ships the build. ---
    const QStringList beforeShipping = signedStages();
    {
        auto shell = logIn(QStringLiteral("ProductionCoordinator"));
        QVERIFY(shell);
        MainWindow* w = shell->mainWindow();
        w->openOrderPage(m_orderId);
        QTRY_VERIFY_WITH_TIMEOUT(w->lastOrderPage() && w->lastOrderPage()->isLoaded(), 30000);
        OrderPage* page = w->lastOrderPage();
        QPushButton* ship = page->transitionButton(QStringLiteral("Shipped"));
        QVERIFY(ship && ship->isEnabled());
        // WORKFLOW.md 2.2: the ship date (carrier and tracking optional), asked in the confirmation, stored
        // by the server with the move.
        QString why;
        QVERIFY2(cs::test::moveOnPage(page, QStringLiteral("Shipped"), true,
                                      {QDate::currentDate(), QStringLiteral("Walk Freight"), QStringLiteral("WALK-1")}, &why),
                 qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(page->detail().status, QStringLiteral("Shipped"), 30000);
        QCOMPARE(status(), QStringLiteral("Shipped"));
        QVERIFY(page->transitionButton(QStringLiteral("Shipped")) == nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(page->shipment().has_value(), 30000);
        QCOMPARE(page->shipment()->shipDate, QDate::currentDate());
        QCOMPARE(page->shipment()->carrier, QStringLiteral("Walk Freight"));
        QCOMPARE(page->shipment()->tracking, QStringLiteral("WALK-1"));
        page->close();
    }
    QCOMPARE(signedStages(), beforeShipping);

    lap("shipping");
    // --- The service person sees the build on the order list, read-only. ---
    {
        auto shell = logIn(QStringLiteral("ServiceDepartment"));
        QVERIFY(shell);
        MainWindow* w = shell->mainWindow();
        QVERIFY(openFromHome(w, QStringLiteral("allOrders")));
        QTRY_VERIFY_WITH_TIMEOUT(w->lastRecordDialog() != nullptr, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(w->lastRecordDialog()->isLoaded(), 30000);
        QVERIFY(w->lastRecordDialog()->wasFound());
        QVERIFY(!w->lastOrderPage());
        QVERIFY(!w->lastBenchPage());
        QVERIFY(!w->lastChecklistPage());
        // Nor do the server's functions behind the actions open to them: a checklist of the build is
        // refused for their role.
        const QString refused =
            refusal(QStringLiteral("ServiceDepartment"), QStringLiteral("SELECT cs.open_qc_checklist(CAST(? AS uuid), 'FinalQC')"));
        QVERIFY2(refused.startsWith(QStringLiteral("42501")), qPrintable(refused));
        w->lastRecordDialog()->close();
    }
    QCOMPARE(status(), QStringLiteral("Shipped"));
    lap("service");
}

QTEST_MAIN(TestFullWalk)
#include "tst_fullwalk.moc"
