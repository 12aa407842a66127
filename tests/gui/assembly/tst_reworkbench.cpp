// The rework step of the assembler's bench (issue 13) against a real PostgreSQL: a one-basin E-Sink
// build (acceptance case AC-05) produced the real way and failed at Final QC with rework (the
// inspector's reason, category and severity). The assembler opens it: the bench says why it failed
// and offers the claim; claimed, the rework step shows the failure, "Rework done" stays off until the
// notes say something and says why; the assembler ticks the end-of-line test procedure and a packing
// item the rework touched, records it (the confirmation says what happens), and the build stays in
// rework with the return off and its reasons listed. The end-of-line test step opens a new attempt,
// filled by keyboard and signed PASS; the packing item is confirmed again; "Return to Final QC" takes
// the build back to Ready for Final QC. A Pre-QC rework goes back with "Rework done" at once.
#include "checklisttesting.h"
#include "shelllogin.h"
#include "testdatabase.h"
#include "qcgate.h"

#include "data/common/session.h"
#include "domain/common/scanpayload.h"
#include "ui/assembly/assemblybenchpage.h"
#include "ui/assembly/reworkpanel.h"
#include "ui/qc/checklistpage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/shell.h"

#include <QApplication>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
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
using cs::test::run;
using cs::test::settled;
using namespace cs::ui;

class TestReworkBench : public QObject, private cs::test::PeopleFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void finalQcReworkWithTheTestRepeated();
    void preQcReworkGoesBackAtOnce();

private:
    QString readyForPreQc(QString* buildNumber);
    // The bench of the build: by scanning its traveler, or (`orderId`) as the order page's
    // "Assembler's bench…" opens it.
    AssemblyBenchPage* openBench(Shell& shell, const QString& build, const QString& orderId = {});
    // Answers the next "Rework done" confirmation with its accept button.
    void acceptNextConfirmation();

    QTemporaryDir m_home;
};

void TestReworkBench::initTestCase()
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
                       QStringLiteral("Assembler")}));
    for (const auto& [role, initials] : {std::pair{QStringLiteral("QCPerson"), QStringLiteral("QKX")},
                                         std::pair{QStringLiteral("Assembler"), QStringLiteral("ASM")}})
        QVERIFY(setInitials(role, initials));
    {
        QString error;
        QVERIFY2(ScratchDatabase::seedOrderCatalog(m_super, &error), qPrintable(error));
    }
    {
        QString error;
        QVERIFY2(cs::test::publishSharedForms(as(QStringLiteral("Admin")),
                                                 {QStringLiteral("pre-qc.json"), QStringLiteral("final-qc-clq.json"), QStringLiteral("production-clp.json"),
                                QStringLiteral("eol-testing-clt.json")},
                                                 &error),
                 qPrintable(error));
    }
}

void TestReworkBench::cleanupTestCase()
{
    m_conn.clear();
    m_super = QSqlDatabase();
    m_db.reset();
}

QString TestReworkBench::readyForPreQc(QString* buildNumber)
{
    const QString suffix = ScratchDatabase::randomSuffix(8).toUpper();
    *buildNumber = QStringLiteral("B-") + suffix;
    const QJsonObject json = cs::test::acceptanceOrderJson(QStringLiteral("AC-05"), QStringLiteral("111222"),
                                                           QStringLiteral("PO-") + suffix, *buildNumber);
    QString error;
    const QString orderId =
        json.isEmpty() ? QString()
                       : cs::test::submitReadyForPreQc(as(QStringLiteral("ProductionCoordinator")), as(QStringLiteral("Admin")), json,
                                                       &error);
    if (orderId.isEmpty())
        qWarning("set-up: %s", qPrintable(error));
    return orderId;
}

AssemblyBenchPage* TestReworkBench::openBench(Shell& shell, const QString& build, const QString& orderId)
{
    MainWindow* w = shell.mainWindow();
    if (orderId.isEmpty())
        w->openScan(*cs::domain::ScanPayload::parse(QStringLiteral("CS:B:") + build));
    else
        w->openBench(orderId);
    if (!QTest::qWaitFor([&] { return w->lastBenchPage() != nullptr; }, 30000))
        return nullptr;
    AssemblyBenchPage* bench = w->lastBenchPage();
    if (!QTest::qWaitFor([&] { return bench->isLoaded(); }, 30000))
        return nullptr;
    return bench;
}

void TestReworkBench::acceptNextConfirmation()
{
    QTimer::singleShot(0, this, [] {
        if (!QTest::qWaitFor([] { return qobject_cast<QMessageBox*>(QApplication::activeModalWidget()) != nullptr; }, 10000))
            return;
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box && box->objectName() == u"reworkConfirmBox")
            box->defaultButton()->click();
        else if (box)
            box->reject();
    });
}

void TestReworkBench::finalQcReworkWithTheTestRepeated()
{
    QString build;
    const QString orderId = readyForPreQc(&build);
    QVERIFY(!orderId.isEmpty());
    const ScratchDatabase::Person& me = m_people.value(QStringLiteral("Assembler"));
    QString error;
    QVERIFY2(QcGate::passPreQc(*m_db, orderId, m_people.value(QStringLiteral("QCPerson")), &error), qPrintable(error));
    QVERIFY2(QcGate::produce(*m_db, orderId, me, &error), qPrintable(error));
    QVERIFY2(QcGate::failFinalQc(*m_db, orderId, m_people.value(QStringLiteral("QCPerson")), &error), qPrintable(error));
    auto status = [&] {
        return value(QStringLiteral("SELECT status::text FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {orderId}).toString();
    };
    QCOMPARE(status(), QStringLiteral("ReworkFinalQC"));
    const QString reason =
        value(QStringLiteral("SELECT fail_reason FROM cs.qc_results WHERE order_id = CAST(? AS uuid) AND qc_type = 'FinalQC'"), {orderId})
            .toString();
    QVERIFY(!reason.isEmpty());

    cs::test::useDemoProfile(*m_db);
    Shell shell;
    shell.start();
    QVERIFY(cs::test::logIn(shell, me.username, me.password));
    QVERIFY(QTest::qWaitForWindowExposed(shell.mainWindow()));
    QPointer<AssemblyBenchPage> bench = openBench(shell, build);
    QVERIFY(bench);
    // Not claimed yet: the claim first; the rework step already says why the build failed.
    QCOMPARE(bench->currentStep(), AssemblyBenchPage::Step::Claim);
    QVERIFY2(bench->claimButton()->isEnabled(), qPrintable(bench->claimReasonText()));
    ReworkPanel* rework = bench->reworkPanel();
    QVERIFY2(rework->failureText().contains(reason), qPrintable(rework->failureText()));
    QVERIFY(!rework->doneButton()->isEnabled());
    QVERIFY2(rework->doneReasonText().contains(QStringLiteral("Claim")), qPrintable(rework->doneReasonText()));
    bench->activateWindow();
    bench->claimButton()->setFocus();
    QTest::keyClick(bench->claimButton(), Qt::Key_Space);
    QTRY_VERIFY2_WITH_TIMEOUT(bench->isLoaded() && bench->state()->claimedBy(me.username), qPrintable(bench->messageText()), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(bench->currentStep(), AssemblyBenchPage::Step::Rework, 30000);
    QVERIFY(bench->stepText(AssemblyBenchPage::Step::Rework).contains(QStringLiteral("Final QC failed")));

    // The notes first: "Rework done" says what it waits for.
    QVERIFY(!rework->doneButton()->isEnabled());
    QVERIFY2(rework->doneReasonText().contains(QStringLiteral("10 characters")), qPrintable(rework->doneReasonText()));
    rework->notesEdit()->setFocus();
    QTest::keyClicks(rework->notesEdit(), QStringLiteral("Drain valve replaced, box repacked"));
    QVERIFY(rework->doneButton()->isEnabled());
    // What it touched: the E-Sink test procedure (S) and the first packing item, ticked by keyboard.
    QListWidget* touched = rework->touchedList();
    int sRow = -1;
    int packRow = -1;
    for (int i = 0; i < touched->count(); ++i) {
        if (touched->item(i)->text().startsWith(QStringLiteral("End-of-line test: S ")))
            sRow = i;
        if (packRow < 0 && touched->item(i)->text().startsWith(QStringLiteral("Packing: ")))
            packRow = i;
    }
    QVERIFY(sRow >= 0 && packRow >= 0);
    touched->setFocus();
    for (const int row : {sRow, packRow}) {
        touched->setCurrentRow(row);
        QTest::keyClick(touched, Qt::Key_Space);
        QCOMPARE(touched->item(row)->checkState(), Qt::Checked);
    }
    acceptNextConfirmation();
    QVERIFY(rework->askRecord());
    QTRY_VERIFY2_WITH_TIMEOUT(bench->isLoaded() && bench->state()->rework.recorded(), qPrintable(bench->messageText()), 30000);
    QCOMPARE(status(), QStringLiteral("ReworkFinalQC"));
    QCOMPARE(value(QStringLiteral("SELECT array_to_string(touched_tests, ',') || '|' || jsonb_array_length(touched_packing) "
                                  "FROM cs.rework_records WHERE order_id = CAST(? AS uuid)"),
                   {orderId})
                 .toString(),
             QStringLiteral("S|1"));
    // Still in rework: the return is off and says why.
    QVERIFY(rework->returnButton()->isVisibleTo(rework));
    QVERIFY(!rework->returnButton()->isEnabled());
    QVERIFY2(rework->returnReasonText().contains(QStringLiteral("end-of-line test must be repeated")),
             qPrintable(rework->returnReasonText()));

    // The bench goes on to the repeat of the test: a new attempt, filled by keyboard, signed PASS.
    QTRY_COMPARE_WITH_TIMEOUT(bench->currentStep(), AssemblyBenchPage::Step::Test, 30000);
    QTRY_VERIFY2_WITH_TIMEOUT(bench->testPage() && bench->testPage()->isLoaded() && !bench->testPage()->isSigned(),
                              qPrintable(bench->testPage() ? bench->testPage()->messageText() : bench->messageText()), 30000);
    QPointer<ChecklistPage> clt = bench->testPage();
    QCOMPARE(clt->form()->record().attempt, 2);
    QVERIFY(settled(clt));
    QVERIFY(fillByKeyboard(clt, {}, me.initials) >= 10);
    QVERIFY(settled(clt));
    QTRY_VERIFY(clt->passButton()->isEnabled());
    QVERIFY(clt->signPass());
    QVERIFY(cs::test::signWithPassword(clt, me.password));
    QTRY_VERIFY2_WITH_TIMEOUT(clt->isSigned(), qPrintable(clt->messageText()), 30000);
    QCOMPARE(status(), QStringLiteral("ReworkFinalQC"));

    // Back on the rework step: the packing item, confirmed again by keyboard; then the return.
    QTRY_COMPARE_WITH_TIMEOUT(bench->currentStep(), AssemblyBenchPage::Step::Rework, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(bench->isLoaded() && !bench->state()->rework.testNeeded, 30000);
    QListWidget* confirm = rework->confirmList();
    QTRY_VERIFY(confirm->isVisible() && confirm->count() == 1);
    QVERIFY2(rework->returnReasonText().contains(QStringLiteral("not confirmed again")), qPrintable(rework->returnReasonText()));
    confirm->setFocus();
    confirm->setCurrentRow(0);
    QTest::keyClick(confirm, Qt::Key_Space);
    QTRY_VERIFY2_WITH_TIMEOUT(bench->isLoaded() && bench->state()->rework.blockers.isEmpty(), qPrintable(bench->messageText()), 30000);
    QTRY_VERIFY(rework->returnButton()->isEnabled());
    rework->returnButton()->setFocus();
    QTest::keyClick(rework->returnButton(), Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("ReadyForFinalQC"), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(bench->isLoaded() && bench->state()->status == u"ReadyForFinalQC", 30000);
    QCOMPARE(value(QStringLiteral("SELECT notes FROM cs.order_history WHERE order_id = CAST(? AS uuid) AND new_status = 'ReadyForFinalQC' "
                                  "ORDER BY created_at DESC LIMIT 1"),
                   {orderId})
                 .toString(),
             QStringLiteral("Rework done: Drain valve replaced, box repacked"));
    bench->close();
}

void TestReworkBench::preQcReworkGoesBackAtOnce()
{
    QString build;
    const QString orderId = readyForPreQc(&build);
    QVERIFY(!orderId.isEmpty());
    QString error;
    QVERIFY2(QcGate::failPreQc(*m_db, orderId, m_people.value(QStringLiteral("QCPerson")), &error), qPrintable(error));
    // A coordinator reworks it without a claim; no test or packing to name.
    const ScratchDatabase::Person& coord = m_people.value(QStringLiteral("ProductionCoordinator"));
    cs::test::useDemoProfile(*m_db);
    Shell shell;
    shell.start();
    QVERIFY(cs::test::logIn(shell, coord.username, coord.password));
    QVERIFY(QTest::qWaitForWindowExposed(shell.mainWindow()));
    QPointer<AssemblyBenchPage> bench = openBench(shell, build, orderId);
    QVERIFY(bench);
    QTRY_COMPARE_WITH_TIMEOUT(bench->currentStep(), AssemblyBenchPage::Step::Rework, 30000);
    ReworkPanel* rework = bench->reworkPanel();
    QVERIFY(!rework->touchedList()->isVisible());
    QTest::keyClicks(rework->notesEdit(), QStringLiteral("Basin corner re-welded and ground"));
    acceptNextConfirmation();
    QVERIFY(rework->askRecord());
    QTRY_COMPARE_WITH_TIMEOUT(value(QStringLiteral("SELECT status::text FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {orderId})
                                  .toString(),
                              QStringLiteral("ReadyForPreQC"), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(bench->isLoaded() && bench->state()->status == u"ReadyForPreQC", 30000);
    bench->close();
}

QTEST_MAIN(TestReworkBench)
#include "tst_reworkbench.moc"
