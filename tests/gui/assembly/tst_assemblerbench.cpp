// The assembler's bench (issue 13) against a real PostgreSQL: the customer's Pre-QC, production
// checklist (CLP) and end-of-line test (CLT, with limits on its temperature readings) imported and
// published by an admin; a one-basin E-Sink build (acceptance case AC-05) brought to Ready for
// production the real way (its Pre-QC filled and signed, tests/support/qcgate).
// An assembler scans the build's traveler: the bench opens; they claim the build, tick the production
// checks by keyboard, take the end-of-line test with the serials scanned and a temperature outside its
// limits (the item turns FAIL and says why; the FAIL is signed), take it again (a new record) and sign
// the PASS, confirm the packing list with its quantities, complete packaging after a confirmation that
// says what happens, and sign the closing statement: the build is Ready for Final QC. A bench opened
// afresh shows every step from the server. Another assembler's claim and ticks are refused in words; on
// hold for parts takes a reason and procurement resumes the build.
#include "checklisttesting.h"
#include "shelllogin.h"
#include "../unit/qc/checklistfixture.h"
#include "testdatabase.h"
#include "testpaths.h"
#include "qcgate.h"

#include "data/common/session.h"
#include "domain/common/scanpayload.h"
#include "ui/assembly/assemblybenchpage.h"
#include "ui/common/signaturedialog.h"
#include "ui/qc/checklistitemwidget.h"
#include "ui/qc/checklistpage.h"
#include "ui/common/rowtablemodel.h"
#include "ui/shell/homewidget.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/shell.h"

#include <QAbstractButton>
#include <QDate>
#include <QDir>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using cs::test::QcGate;
using cs::test::ScratchDatabase;
using cs::test::compact;
using cs::test::fillByKeyboard;
using cs::test::KeyboardReading;
using cs::test::run;
using cs::test::settled;
using namespace cs::ui;
using cs::domain::ChecklistAnswerKey;
using cs::domain::ChecklistItemType;

namespace {

// The customer's end-of-line test with the limits of test 2-C (the basin within 2 C of 40 C).
QJsonObject cltWithLimits()
{
    return cs::test::withLimits(cs::test::sharedForm(QStringLiteral("eol-testing-clt.json")), QStringLiteral("S.2C"),
                                QStringLiteral("reading C"), 38, 42, QStringLiteral("C"));
}

} // namespace

class TestAssemblerBench : public QObject, private cs::test::PeopleFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void scanClaimBuildTestPackSign();
    void othersRefusedInWordsHoldAndResume();

private:
    QString readyForProduction(QString* buildNumber);
    std::unique_ptr<cs::data::Session> login(const QString& person);

    QTemporaryDir m_home;
};

void TestAssemblerBench::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    qRegisterMetaType<cs::domain::ChecklistAnswerKey>();
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_home.path().toLocal8Bit());
    QSettings().clear();
    ChecklistPage::setOutboxDirectory(m_home.filePath(QStringLiteral("outbox")));
    QVERIFY(makeDatabase());
    QVERIFY(addPeople({QStringLiteral("Admin"), QStringLiteral("ProductionCoordinator"), QStringLiteral("QCPerson"),
                       QStringLiteral("Assembler"), QStringLiteral("ProcurementSpecialist")}));
    {
        QString error;
        QVERIFY2(addPerson(QStringLiteral("Assembler"), QStringLiteral("Assembler2"), &error), qPrintable(error));
    }
    // The forms' initials take 1 to 4 letters; the test people have longer ones.
    for (const auto& [role, initials] : {std::pair{QStringLiteral("QCPerson"), QStringLiteral("QKX")},
                                         std::pair{QStringLiteral("Assembler"), QStringLiteral("ASM")}})
        QVERIFY(setInitials(role, initials));
    {
        QString error;
        QVERIFY2(ScratchDatabase::seedOrderCatalog(m_super, &error), qPrintable(error));
    }
    // The customer's forms, imported and published by an admin.
    const QList<QJsonObject> forms{cs::test::sharedForm(QStringLiteral("pre-qc.json")),
                                   cs::test::sharedForm(QStringLiteral("production-clp.json")), cltWithLimits()};
    QString error;
    QVERIFY2(cs::test::publishForms(as(QStringLiteral("Admin")), forms, &error), qPrintable(error));
}

void TestAssemblerBench::cleanupTestCase()
{
    m_conn.clear();
    m_super = QSqlDatabase();
    m_db.reset();
}

QString TestAssemblerBench::readyForProduction(QString* buildNumber)
{
    const QString suffix = ScratchDatabase::randomSuffix(8).toUpper();
    *buildNumber = QStringLiteral("B-") + suffix;
    // AC-05: one E-Sink basin (serials, temperature tests), French, a pegboard.
    const QJsonObject json = cs::test::acceptanceOrderJson(QStringLiteral("AC-05"), QStringLiteral("111222"),
                                                           QStringLiteral("PO-") + suffix, *buildNumber);
    if (json.isEmpty())
        return {};
    QString error;
    const QString orderId =
        cs::test::submitReadyForPreQc(as(QStringLiteral("ProductionCoordinator")), as(QStringLiteral("Admin")), json, &error);
    if (orderId.isEmpty()) {
        qWarning("set-up: %s", qPrintable(error));
        return {};
    }
    if (!QcGate::passPreQc(*m_db, orderId, m_people.value(QStringLiteral("QCPerson")), &error)) {
        qWarning("Pre-QC: %s", qPrintable(error));
        return {};
    }
    return orderId;
}

void TestAssemblerBench::scanClaimBuildTestPackSign()
{
    QString build;
    const QString orderId = readyForProduction(&build);
    QVERIFY(!orderId.isEmpty());
    const ScratchDatabase::Person& me = m_people.value(QStringLiteral("Assembler"));
    cs::test::useDemoProfile(*m_db);
    Shell shell;
    shell.start();
    QVERIFY(cs::test::logIn(shell, me.username, me.password));
    MainWindow* w = shell.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    auto status = [&] {
        return value(QStringLiteral("SELECT status::text FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {orderId}).toString();
    };

    // The traveler scanned: the bench opens on the claim.
    w->openScan(*cs::domain::ScanPayload::parse(QStringLiteral("CS:B:") + build));
    QTRY_VERIFY_WITH_TIMEOUT(w->lastBenchPage() != nullptr, 30000);
    QPointer<AssemblyBenchPage> bench = w->lastBenchPage();
    QVERIFY(!w->lastOrderPage());
    QTRY_VERIFY2_WITH_TIMEOUT(bench->isLoaded(), qPrintable(bench->messageText()), 30000);
    QVERIFY2(bench->windowTitle().contains(build), qPrintable(bench->windowTitle()));
    QCOMPARE(bench->currentStep(), AssemblyBenchPage::Step::Claim);
    QVERIFY(bench->claimButton()->isEnabled());
    bench->activateWindow();
    bench->claimButton()->setFocus();
    QTest::keyClick(bench->claimButton(), Qt::Key_Space);
    QTRY_VERIFY2_WITH_TIMEOUT(bench->isLoaded() && bench->state()->claimedBy(me.username), qPrintable(bench->messageText()), 30000);
    QCOMPARE(value(QStringLiteral("SELECT u.username FROM cs.orders o JOIN cs.users u ON u.user_id = o.current_assignee "
                                  "WHERE o.order_id = CAST(? AS uuid)"),
                   {orderId})
                 .toString(),
             me.username);

    // Production checks by keyboard (CLP sections 2 and 3 only).
    QTRY_COMPARE_WITH_TIMEOUT(bench->currentStep(), AssemblyBenchPage::Step::Production, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(bench->productionPage() && bench->productionPage()->isLoaded(), 30000);
    ChecklistPage* clp = bench->productionPage();
    QVERIFY(settled(clp));
    QCOMPARE(clp->sectionFilter(), (QStringList{QStringLiteral("S2"), QStringLiteral("S2X"), QStringLiteral("S3")}));
    QVERIFY(!clp->passButton()->isVisible());   // the CLP is signed with its closing statement on the bench
    QVERIFY(clp->itemWidget({QStringLiteral("S4"), QStringLiteral("S4.6"), 0})->isHidden()
            || !clp->itemWidget({QStringLiteral("S4"), QStringLiteral("S4.6"), 0})->isVisibleTo(clp));
    const int production = fillByKeyboard(clp, clp->sectionFilter());
    QVERIFY2(production >= 8, qPrintable(QString::number(production)));
    QVERIFY(settled(clp));
    QVERIFY(clp->missingIn(clp->sectionFilter()).isEmpty());
    QTRY_VERIFY2_WITH_TIMEOUT(bench->stepText(AssemblyBenchPage::Step::Production).contains(QStringLiteral("%1 of %1").arg(production)),
                              qPrintable(bench->stepText(AssemblyBenchPage::Step::Production)), 30000);
    // The home list "My builds" shows the build with its progress.
    w->home()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(w->home()->model(QStringLiteral("myBuilds"))->rowCount() == 1, 30000);
    QCOMPARE(w->home()->model(QStringLiteral("myBuilds"))->value(0, 0).toString(), build);
    QTRY_COMPARE_WITH_TIMEOUT(w->home()->model(QStringLiteral("myBuilds"))->value(0, 4).toString(),
                              QStringLiteral("%1 of %1").arg(production), 30000);

    // The end-of-line test, attempt 1: serials scanned, the basin temperature outside its limits.
    QTRY_VERIFY_WITH_TIMEOUT(bench->state()->clpMissing.isEmpty() && !bench->state()->clpId.isEmpty(), 30000);
    bench->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(bench));
    bench->stepList()->setFocus();
    QTest::keyClick(bench->stepList(), Qt::Key_3, Qt::ControlModifier);
    QTRY_COMPARE(bench->currentStep(), AssemblyBenchPage::Step::Test);
    QTRY_VERIFY2_WITH_TIMEOUT(bench->testPage() && bench->testPage()->isLoaded(),
                              qPrintable(bench->testPage() ? bench->testPage()->messageText() : QStringLiteral("no test page")), 30000);
    QPointer<ChecklistPage> clt = bench->testPage();
    QVERIFY(settled(clt));
    const ChecklistAnswerKey s2c{QStringLiteral("S"), QStringLiteral("S.2C"), 1};
    ChecklistItemWidget* temperature = clt->itemWidget(s2c);
    QVERIFY(temperature && temperature->applies());
    QVERIFY(temperature->readingEdit(QStringLiteral("reading C")));
    QVERIFY(fillByKeyboard(clt, {}, QStringLiteral("ASM"), KeyboardReading{QStringLiteral("S.2C"), QStringLiteral("reading C"), QStringLiteral("45")}) >= 10);
    QVERIFY(settled(clt));
    // The reading outside 38 to 42 C turned the PASS into a FAIL, and the row says why.
    QCOMPARE(temperature->answer()->value.toString(), QStringLiteral("FAIL"));
    QVERIFY2(temperature->readingProblemText().contains(QStringLiteral("reading C 45 is outside 38 to 42 C")),
             qPrintable(temperature->readingProblemText()));
    const ChecklistAnswerKey sn1{QStringLiteral("SN"), QStringLiteral("SN.1"), 1};
    QCOMPARE(clt->itemWidget(sn1)->answer()->value.toString(), QStringLiteral("SN-SN.1"));
    QVERIFY(!clt->passButton()->isEnabled());
    QVERIFY(clt->failButton()->isEnabled());
    {
        // A picture of the test with the failed reading (build/screenshots; the README shows one).
        bench->resize(1400, 860);
        clt->goToItem(s2c);
        const QString dir = cs::test::binaryPath(u"screenshots");
        QDir().mkpath(dir);
        QVERIFY(bench->grab().save(dir + QStringLiteral("/assembly-clt.png")));
    }
    QVERIFY(clt->signFail(QStringLiteral("Basin temperature 45 C at test 2-C"), QString(), QString(), true));
    QVERIFY(cs::test::signWithPassword(clt, me.password));
    QTRY_VERIFY2_WITH_TIMEOUT(clt->isSigned(), qPrintable(clt->messageText()), 30000);
    QVERIFY2(clt->signatureText().contains(QStringLiteral("End-of-line test failed")), qPrintable(clt->signatureText()));
    // A signed FAIL lists nothing "missing for a pass"; it offers a new attempt.
    QVERIFY(!clt->missingList()->isVisible());
    QVERIFY(clt->newAttemptButton()->isVisible());
    QCOMPARE(status(), QStringLiteral("ReadyForProduction"));
    QCOMPARE(value(QStringLiteral("SELECT overall_status::text FROM cs.testing_results WHERE order_id = CAST(? AS uuid)"), {orderId})
                 .toString(),
             QStringLiteral("Fail"));
    QTRY_VERIFY2_WITH_TIMEOUT(bench->stepText(AssemblyBenchPage::Step::Test).contains(QStringLiteral("attempt 1 failed")),
                              qPrintable(bench->stepText(AssemblyBenchPage::Step::Test)), 30000);

    // Attempt 2: a new record; the temperature within its limits; PASS signed: Testing complete.
    const QString firstAttempt = clt->checklistId();
    QTest::mouseClick(clt->newAttemptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(clt->isLoaded() && !clt->isSigned() && clt->checklistId() != firstAttempt, 30000);
    QCOMPARE(clt->form()->record().attempt, 2);
    QVERIFY(settled(clt));
    QVERIFY(fillByKeyboard(clt, {}, QStringLiteral("ASM"), KeyboardReading{QStringLiteral("S.2C"), QStringLiteral("reading C"), QStringLiteral("40.5")}) >= 10);
    QVERIFY(settled(clt));
    temperature = clt->itemWidget(s2c);
    QCOMPARE(temperature->answer()->value.toString(), QStringLiteral("PASS"));
    QCOMPARE(temperature->answer()->readings.value(QStringLiteral("reading C")), 40.5);
    QVERIFY(temperature->readingProblemText().isEmpty());
    QTRY_VERIFY(clt->passButton()->isEnabled());
    QVERIFY(clt->signPass());
    QVERIFY(cs::test::signWithPassword(clt, me.password));
    QTRY_VERIFY2_WITH_TIMEOUT(clt->isSigned(), qPrintable(clt->messageText()), 30000);
    QVERIFY2(clt->signatureText().contains(QStringLiteral("End-of-line test passed")), qPrintable(clt->signatureText()));
    QCOMPARE(status(), QStringLiteral("TestingComplete"));

    // Packaging: the packing list with its quantities, each confirmed by keyboard.
    QTRY_COMPARE_WITH_TIMEOUT(bench->currentStep(), AssemblyBenchPage::Step::Packaging, 30000);
    QCOMPARE(clp->sectionFilter(), QStringList{QStringLiteral("S4")});
    QTRY_VERIFY_WITH_TIMEOUT(clp->isLoaded() && clp->form()->record().orderStatus == u"TestingComplete", 30000);
    ChecklistItemWidget* drains = clp->itemWidget({QStringLiteral("S4"), QStringLiteral("S4.6"), 0});
    QVERIFY(drains && drains->isVisibleTo(clp));
    QVERIFY2(drains->findChild<QLabel*>(QStringLiteral("detailLabel"))->text().contains(QStringLiteral("quantity: 1")),
             qPrintable(drains->findChild<QLabel*>(QStringLiteral("detailLabel"))->text()));
    QVERIFY(!bench->packagingButton()->isEnabled());
    // After the test the production checks are closed; the packing list is open.
    QVERIFY(clp->itemWidget({QStringLiteral("S2"), QStringLiteral("S2.6"), 0})->isReadOnly());
    QVERIFY(!drains->isReadOnly());
    QVERIFY(fillByKeyboard(clp, {QStringLiteral("S4")}) >= 6);
    QVERIFY(settled(clp));
    QTRY_VERIFY(bench->packagingButton()->isEnabled());
    // Enter on the last packing item took the keyboard on to "Packaging complete".
    QTRY_VERIFY(bench->packagingButton()->hasFocus());
    // The confirmation says what will happen.
    QString confirmation;
    QTimer::singleShot(300, bench, [&] {
        auto* box = bench->findChild<QMessageBox*>(QStringLiteral("packagingConfirmBox"));
        if (!box)
            return;
        confirmation = box->text() + u' ' + box->informativeText();
        for (QAbstractButton* b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
    });
    QVERIFY(bench->askCompletePackaging());
    QVERIFY2(confirmation.contains(QStringLiteral("Packaging complete")) && confirmation.contains(QStringLiteral("closing statement")),
             qPrintable(confirmation));
    QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("PackagingComplete"), 30000);

    // The closing statement, signed with the password: Ready for Final QC.
    QTRY_COMPARE_WITH_TIMEOUT(bench->currentStep(), AssemblyBenchPage::Step::Closing, 30000);
    QVERIFY2(bench->closingStatement().startsWith(QStringLiteral("I, %1, have checked this cabinet on ").arg(me.fullName)),
             qPrintable(bench->closingStatement()));
    QVERIFY2(bench->closingStatement().endsWith(QStringLiteral("and verify that it is ready for inspection.")),
             qPrintable(bench->closingStatement()));
    QTRY_VERIFY(bench->closingButton()->isEnabled());
    QVERIFY(bench->signClosing());
    QVERIFY(cs::test::signWithPassword(bench, me.password));
    QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("ReadyForFinalQC"), 30000);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.qc_results WHERE order_id = CAST(? AS uuid) "
                                  "AND qc_type = 'InProcessAssembly' AND overall_status = 'Pass'"),
                   {orderId})
                 .toInt(),
             1);
    QTRY_VERIFY_WITH_TIMEOUT(bench->isLoaded() && bench->state()->status == u"ReadyForFinalQC", 30000);
    bench->close();

    // Read again from the server: every step is there.
    AssemblyBenchPage again(shell.session(), orderId);
    again.show();
    QTRY_VERIFY_WITH_TIMEOUT(again.isLoaded(), 30000);
    QCOMPARE(again.currentStep(), AssemblyBenchPage::Step::Closing);
    QVERIFY(again.state()->closingSigned);
    QVERIFY(again.state()->testPassed());
    QCOMPARE(again.state()->cltAttempt, 2);
    QVERIFY2(again.stepText(AssemblyBenchPage::Step::Production).contains(QStringLiteral("done")),
             qPrintable(again.stepText(AssemblyBenchPage::Step::Production)));
    QVERIFY2(again.stepText(AssemblyBenchPage::Step::Test).contains(QStringLiteral("passed (attempt 2)")),
             qPrintable(again.stepText(AssemblyBenchPage::Step::Test)));
    QVERIFY2(again.stepText(AssemblyBenchPage::Step::Packaging).contains(QStringLiteral("complete")),
             qPrintable(again.stepText(AssemblyBenchPage::Step::Packaging)));
    QVERIFY2(again.stepText(AssemblyBenchPage::Step::Closing).contains(QStringLiteral("signed")),
             qPrintable(again.stepText(AssemblyBenchPage::Step::Closing)));
    QVERIFY(!again.closingButton()->isVisible());
    again.showStep(AssemblyBenchPage::Step::Test);
    QTRY_VERIFY_WITH_TIMEOUT(again.testPage() && again.testPage()->isLoaded(), 30000);
    QVERIFY(again.testPage()->isSigned());
    QCOMPARE(again.testPage()->form()->record().attempt, 2);
    QCOMPARE(again.testPage()->itemWidget(s2c)->answer()->readings.value(QStringLiteral("reading C")), 40.5);
    QCOMPARE(again.testPage()->itemWidget(sn1)->answer()->value.toString(), QStringLiteral("SN-SN.1"));
    again.showStep(AssemblyBenchPage::Step::Packaging);
    QTRY_VERIFY_WITH_TIMEOUT(again.productionPage() && again.productionPage()->isLoaded(), 30000);
    QVERIFY(again.productionPage()->isSigned());
    QVERIFY2(again.productionPage()->signatureText().contains(QStringLiteral("Ready for inspection")),
             qPrintable(again.productionPage()->signatureText()));
    QVERIFY(again.productionPage()->missingIn({}).isEmpty());
}

std::unique_ptr<cs::data::Session> TestAssemblerBench::login(const QString& person)
{
    auto s = std::make_unique<cs::data::Session>();
    const auto r = s->start(m_people.value(person).settings, QStringLiteral("test"));
    if (!r.ok())
        qWarning("login failed: %s", qPrintable(r.detail));
    return s;
}

void TestAssemblerBench::othersRefusedInWordsHoldAndResume()
{
    QString build;
    const QString orderId = readyForProduction(&build);
    QVERIFY(!orderId.isEmpty());
    const ScratchDatabase::Person& first = m_people.value(QStringLiteral("Assembler"));
    auto status = [&] {
        return value(QStringLiteral("SELECT status::text FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {orderId}).toString();
    };

    // The first assembler claims the build and opens its production checks.
    auto mine = login(QStringLiteral("Assembler"));
    AssemblyBenchPage bench(mine.get(), orderId);
    bench.show();
    QTRY_VERIFY_WITH_TIMEOUT(bench.isLoaded(), 30000);
    QVERIFY(bench.claim());
    QTRY_VERIFY_WITH_TIMEOUT(bench.isLoaded() && bench.state()->claimedBy(first.username), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(bench.productionPage() && bench.productionPage()->isLoaded(), 30000);

    // Another assembler: Claim is off and says who has the build; a tick of theirs is refused in words.
    auto other = login(QStringLiteral("Assembler2"));
    AssemblyBenchPage theirs(other.get(), orderId);
    theirs.show();
    QTRY_VERIFY_WITH_TIMEOUT(theirs.isLoaded(), 30000);
    QVERIFY(!theirs.claimButton()->isEnabled());
    QVERIFY2(theirs.claimReasonText().contains(first.fullName), qPrintable(theirs.claimReasonText()));
    QVERIFY(!theirs.holdButton()->isVisible());
    theirs.showStep(AssemblyBenchPage::Step::Production);
    QTRY_VERIFY_WITH_TIMEOUT(theirs.productionPage() && theirs.productionPage()->isLoaded(), 30000);
    ChecklistItemWidget* logo = theirs.productionPage()->itemWidget({QStringLiteral("S2"), QStringLiteral("S2.6"), 0});
    QVERIFY(logo && logo->checkBox());
    logo->checkBox()->click();
    QTRY_COMPARE_WITH_TIMEOUT(logo->state(), ChecklistItemWidget::State::Refused, 30000);
    QVERIFY2(logo->stateText().contains(QStringLiteral("Only the assembler who claimed this build")), qPrintable(logo->stateText()));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.qc_answers a JOIN cs.qc_checklists c ON c.checklist_id = a.checklist_id "
                                  "WHERE c.order_id = CAST(? AS uuid) AND a.item_id = 'S2.6'"),
                   {orderId})
                 .toInt(),
             0);
    // The test cannot start before the production checks are done, and the bench says so.
    bench.showStep(AssemblyBenchPage::Step::Test);
    QVERIFY(!bench.testPage());
    QVERIFY2(bench.findChild<QLabel*>(QStringLiteral("testNoteLabel"))->text().contains(QStringLiteral("every production check")),
             qPrintable(bench.findChild<QLabel*>(QStringLiteral("testNoteLabel"))->text()));

    // On hold for parts needs a reason; procurement resumes with a note; the claim stays.
    QVERIFY(!bench.putOnHold(QStringLiteral(" ")));
    QVERIFY2(bench.messageText().contains(QStringLiteral("reason")), qPrintable(bench.messageText()));
    QVERIFY(bench.putOnHold(QStringLiteral("Drain valve of basin 1 missing")));
    QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("OnHoldParts"), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(bench.isLoaded() && bench.state()->status == u"OnHoldParts", 30000);
    QVERIFY2(bench.stepText(AssemblyBenchPage::Step::Claim).contains(QStringLiteral("on hold for parts")),
             qPrintable(bench.stepText(AssemblyBenchPage::Step::Claim)));
    QVERIFY(!bench.resumeButton()->isVisible());   // procurement, the coordinator or an admin resume
    auto procurement = login(QStringLiteral("ProcurementSpecialist"));
    AssemblyBenchPage buyer(procurement.get(), orderId);
    buyer.show();
    QTRY_VERIFY_WITH_TIMEOUT(buyer.isLoaded(), 30000);
    QVERIFY(buyer.resumeButton()->isVisible());
    QVERIFY(buyer.resume(QStringLiteral("Valve arrived from the supplier")));
    QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("ReadyForProduction"), 30000);
    bench.reload();
    QTRY_VERIFY_WITH_TIMEOUT(bench.isLoaded() && bench.state()->status == u"ReadyForProduction", 30000);
    QVERIFY(bench.state()->claimedBy(first.username));
}

QTEST_MAIN(TestAssemblerBench)
#include "tst_assemblerbench.moc"
