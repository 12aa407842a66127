// The assembler's bench survives a server restart (issue 13: "every step survives a server restart"),
// against a PostgreSQL of this test's own (scripts/pg.sh on a temporary directory: the shared test
// cluster of the other tests is never stopped). A one-basin E-Sink build (acceptance case AC-05) is
// Ready for production. The assembler scans it, claims it and starts the production checks; the
// server stops in the middle (stop, then start on the same port): the window says it is offline, a
// tick given meanwhile stays on screen and in this PC's outbox, and once the server is back it is sent
// by itself and stored once. The next steps then go through as usual: the rest of the production
// checks, the end-of-line test signed PASS with the password (the build is Testing complete), the
// packing list; a bench opened afresh reads every step from the server.
#include "checklisttesting.h"
#include "shelllogin.h"
#include "testdatabase.h"
#include "privatecluster.h"
#include "qcgate.h"

#include "data/common/session.h"
#include "domain/common/scanpayload.h"
#include "ui/assembly/assemblybenchpage.h"
#include "ui/common/logging.h"
#include "ui/qc/checklistitemwidget.h"
#include "ui/qc/checklistoutbox.h"
#include "ui/qc/checklistpage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/shell.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using cs::test::PrivateCluster;
using cs::test::QcGate;
using cs::test::ScratchDatabase;
using cs::test::compact;
using cs::test::fillByKeyboard;
using cs::test::run;
using cs::test::settled;
using namespace cs::ui;

class TestBenchRestart : public QObject, private cs::test::PeopleFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void stepsSurviveAServerRestart();

private:
    QTemporaryDir m_home;
    PrivateCluster m_cluster;
    QString m_outbox;
};

void TestBenchRestart::initTestCase()
{
    if (QString why; !PrivateCluster::serverAvailable(&why))
        QSKIP(qPrintable(why));
    QVERIFY(m_home.isValid());
    qRegisterMetaType<cs::domain::ChecklistAnswerKey>();
    QVERIFY(m_cluster.start());

    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_home.path().toLocal8Bit());
    QSettings().clear();
    initLogging(m_home.path() + QStringLiteral("/logs"));
    m_outbox = m_home.filePath(QStringLiteral("outbox"));
    ChecklistPage::setOutboxDirectory(m_outbox);

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
                                                 {QStringLiteral("pre-qc.json"), QStringLiteral("production-clp.json"),
                                QStringLiteral("eol-testing-clt.json")},
                                                 &error),
                 qPrintable(error));
    }
}

void TestBenchRestart::cleanupTestCase()
{
    if (!m_cluster.wasStarted())
        return;
    m_cluster.start();   // the scratch database is dropped through the server
    m_conn.clear();
    m_super = QSqlDatabase();
    m_db.reset();
    m_cluster.stop();
}

void TestBenchRestart::stepsSurviveAServerRestart()
{
    const QString suffix = ScratchDatabase::randomSuffix(8).toUpper();
    const QString build = QStringLiteral("B-") + suffix;
    const QJsonObject json =
        cs::test::acceptanceOrderJson(QStringLiteral("AC-05"), QStringLiteral("111222"), QStringLiteral("PO-") + suffix, build);
    QVERIFY(!json.isEmpty());
    QString error;
    const QString orderId =
        cs::test::submitReadyForPreQc(as(QStringLiteral("ProductionCoordinator")), as(QStringLiteral("Admin")), json, &error);
    QVERIFY2(!orderId.isEmpty(), qPrintable(error));
    QVERIFY2(QcGate::passPreQc(*m_db, orderId, m_people.value(QStringLiteral("QCPerson")), &error), qPrintable(error));
    const ScratchDatabase::Person& me = m_people.value(QStringLiteral("Assembler"));
    auto status = [&] {
        return value(QStringLiteral("SELECT status::text FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {orderId}).toString();
    };

    cs::test::useDemoProfile(*m_db);
    Shell shell;
    shell.start();
    QVERIFY(cs::test::logIn(shell, me.username, me.password));
    MainWindow* w = shell.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    w->openScan(*cs::domain::ScanPayload::parse(QStringLiteral("CS:B:") + build));
    QTRY_VERIFY_WITH_TIMEOUT(w->lastBenchPage() != nullptr, 30000);
    QPointer<AssemblyBenchPage> bench = w->lastBenchPage();
    QTRY_VERIFY2_WITH_TIMEOUT(bench->isLoaded(), qPrintable(bench->messageText()), 30000);
    bench->activateWindow();
    bench->claimButton()->setFocus();
    QTest::keyClick(bench->claimButton(), Qt::Key_Space);
    QTRY_VERIFY2_WITH_TIMEOUT(bench->isLoaded() && bench->state()->claimedBy(me.username), qPrintable(bench->messageText()), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(bench->productionPage() && bench->productionPage()->isLoaded(), 30000);
    QPointer<ChecklistPage> clp = bench->productionPage();
    QVERIFY(settled(clp));
    const QString checklistId = clp->checklistId();
    const QList<cs::domain::ChecklistGap> gaps = clp->missingIn(clp->sectionFilter());
    QVERIFY(gaps.size() > 3);
    // The first production check still to do that is a tick.
    std::optional<cs::domain::ChecklistAnswerKey> tick;
    for (const cs::domain::ChecklistGap& g : gaps) {
        ChecklistItemWidget* item = clp->itemWidget(g.key);
        if (item && item->checkBox() && item->applies()) {
            tick = g.key;
            break;
        }
    }
    QVERIFY(tick);
    const auto logged = [&] {
        return value(QStringLiteral("SELECT count(*) FROM cs.qc_answer_log WHERE checklist_id = CAST(? AS uuid) AND section_id = ? "
                                    "AND item_id = ? AND position = ?"),
                     {checklistId, tick->section, tick->item, tick->position})
            .toInt();
    };

    // The server stops in the middle of the production checks; the assembler goes on.
    dropConnections();
    QVERIFY(m_cluster.stop());
    QTRY_VERIFY_WITH_TIMEOUT(!w->isOnline(), 60000);
    ChecklistItemWidget* item = clp->itemWidget(*tick);
    bench->activateWindow();
    QVERIFY(item->focusInput());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(item->state() == ChecklistItemWidget::State::Waiting && !clp->isSending(), 60000);
    QVERIFY(item->checkBox()->isChecked());   // kept on screen, and on this PC
    {
        ChecklistOutbox box(me.username, checklistId, m_outbox);
        QVERIFY(box.load());
        QCOMPARE(box.size(), 1);
    }

    // The server is back on the same port: the tick goes through by itself, once.
    QVERIFY(m_cluster.start());
    QTRY_VERIFY_WITH_TIMEOUT(w->isOnline(), 90000);
    QVERIFY(settled(clp, 90000));
    QCOMPARE(item->state(), ChecklistItemWidget::State::Saved);
    QCOMPARE(logged(), 1);
    {
        ChecklistOutbox box(me.username, checklistId, m_outbox);
        QVERIFY(box.load());
        QVERIFY(box.isEmpty());
    }

    // The next steps succeed: the rest of the production checks, the end-of-line test signed PASS.
    bench->activateWindow();
    QVERIFY(fillByKeyboard(clp, clp->sectionFilter()) >= 5);
    QVERIFY(settled(clp));
    QTRY_VERIFY_WITH_TIMEOUT(bench->state()->clpMissing.isEmpty() && !bench->state()->clpId.isEmpty(), 30000);
    bench->stepList()->setFocus();
    QTest::keyClick(bench->stepList(), Qt::Key_3, Qt::ControlModifier);
    QTRY_COMPARE(bench->currentStep(), AssemblyBenchPage::Step::Test);
    QTRY_VERIFY_WITH_TIMEOUT(bench->testPage() && bench->testPage()->isLoaded(), 30000);
    QPointer<ChecklistPage> clt = bench->testPage();
    QVERIFY(settled(clt));
    QVERIFY(fillByKeyboard(clt, {}, me.initials) >= 10);
    QVERIFY(settled(clt));
    QTRY_VERIFY(clt->passButton()->isEnabled());
    QVERIFY(clt->signPass());
    QVERIFY(cs::test::signWithPassword(clt, me.password));
    QTRY_VERIFY2_WITH_TIMEOUT(clt->isSigned(), qPrintable(clt->messageText()), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("TestingComplete"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(bench->currentStep(), AssemblyBenchPage::Step::Packaging, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(clp->isLoaded() && clp->form()->record().orderStatus == u"TestingComplete", 30000);
    QVERIFY(settled(clp));
    QVERIFY(fillByKeyboard(clp, {QStringLiteral("S4")}) >= 3);
    QVERIFY(settled(clp));
    QTRY_VERIFY(bench->packagingButton()->isEnabled());
    QCOMPARE(logged(), 1);

    // A bench opened afresh reads every step from the server.
    bench->close();
    QTRY_VERIFY(bench.isNull());
    w->openBench(orderId);
    QTRY_VERIFY_WITH_TIMEOUT(w->lastBenchPage() != nullptr && w->lastBenchPage()->isLoaded(), 30000);
    bench = w->lastBenchPage();
    QVERIFY(bench->state()->testPassed());
    QVERIFY(bench->state()->packingMissing.isEmpty());
    QCOMPARE(bench->currentStep(), AssemblyBenchPage::Step::Packaging);
    bench->close();
}

QTEST_MAIN(TestBenchRestart)
#include "tst_benchrestart.moc"
