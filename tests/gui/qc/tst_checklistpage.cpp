// The QC inspector's checklist screen against a real PostgreSQL of this test's own (scripts/pg.sh on a
// temporary directory, so the server can be stopped and started): the shared Pre-QC form imported and
// published, a 3-basin build (acceptance case AC-04) in Ready for Pre-QC with its approved drawing.
// The inspector scans the build: its Pre-QC opens with the drawing beside it (a PDF), fills every
// applicable item by keyboard only (Enter moves to the next item, Space ticks and presses), each answer
// stored at once (a reload shows them from the server), signs the PASS with the password typed again,
// and the build is Ready for Production; the page is read-only with the signature.
// Save as you go without a server: an answer given while the server is stopped is kept on this PC (the
// outbox file) and sent once when the connection is back; one given and left in a window closed before
// the server came back is sent when the checklist is opened again; each is stored once.
// Printed while open: the record as the server holds it at that moment, on paper and on screen.
#include "checklisttesting.h"
#include "pdfcheck.h"
#include "privatecluster.h"
#include "shelllogin.h"
#include "testdatabase.h"

#include "data/common/connectionwatcher.h"
#include "data/common/session.h"
#include "domain/common/scanpayload.h"
#include "ui/common/logging.h"
#include "ui/common/shopfloor.h"
#include "ui/common/signaturedialog.h"
#include "ui/qc/checklistdrawingview.h"
#include "ui/qc/checklistfaildialog.h"
#include "ui/qc/checklistitemwidget.h"
#include "ui/qc/checklistoutbox.h"
#include "ui/qc/checklistpage.h"
#include "ui/shell/homewidget.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/shell.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QToolButton>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QTableView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using cs::test::PrivateCluster;
using cs::test::ScratchDatabase;
using cs::test::compact;
using cs::test::run;
using cs::test::settled;
using cs::test::readJson;
using namespace cs::ui;
using cs::domain::ChecklistAnswerKey;
using cs::domain::ChecklistItemType;

class TestChecklistPage : public QObject, private cs::test::PeopleFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void preQcByKeyboardThenSigned();
    void answersKeptOfflineAreSentOnce();
    void othersAnswersConflictAndFailWithRework();
    void printShowsTheRecordAsStored();

private:
    // A build of acceptance case `caseId` submitted by the coordinator, moved to Ready for Pre-QC, with
    // an approved drawing. Its order id; *buildNumber its number.
    QString readyForPreQc(const QString& caseId, const QString& caseBuild, QString* buildNumber);
    bool logIn(Shell& shell);
    // A new build of acceptance case AC-01 in Ready for Pre-QC, the inspector logged in to `shell`, and
    // the build's Pre-QC opened and settled; null (with a warning) when any of it fails.
    ChecklistPage* openNewPreQc(Shell& shell, QString* orderId, QString* buildNumber);

    QTemporaryDir m_home;
    PrivateCluster m_cluster;
    QString m_outbox;
};

void TestChecklistPage::initTestCase()
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
    QVERIFY(addPeople({QStringLiteral("Admin"), QStringLiteral("ProductionCoordinator"), QStringLiteral("QCPerson")}));
    // The forms' initials fields take 1 to 4 letters; the test people have longer ones.
    QVERIFY(setInitials(QStringLiteral("QCPerson"), QStringLiteral("QKX")));
    QString error;
    QVERIFY2(ScratchDatabase::seedOrderCatalog(m_super, &error), qPrintable(error));
    // The customer's Pre-QC and Final QC forms, imported and published by an Admin.
    QVERIFY2(cs::test::publishSharedForms(as(QStringLiteral("Admin")),
                                          {QStringLiteral("pre-qc.json"), QStringLiteral("final-qc-clq.json")}, &error),
             qPrintable(error));
}

void TestChecklistPage::cleanupTestCase()
{
    if (!m_cluster.wasStarted())
        return;
    m_cluster.start();   // the scratch database is dropped through the server
    m_conn.clear();
    m_super = QSqlDatabase();
    m_db.reset();
    m_cluster.stop();
}

QString TestChecklistPage::readyForPreQc(const QString& caseId, const QString& caseBuild, QString* buildNumber)
{
    const QString suffix = ScratchDatabase::randomSuffix(8).toUpper();
    *buildNumber = QStringLiteral("B-") + suffix;
    const QJsonObject json = cs::test::acceptanceOrderJson(caseId, caseBuild, QStringLiteral("PO-") + suffix, *buildNumber);
    if (json.isEmpty())
        return {};
    QString error;
    const QString orderId =
        cs::test::submitReadyForPreQc(as(QStringLiteral("ProductionCoordinator")), as(QStringLiteral("Admin")), json, &error);
    if (orderId.isEmpty()) {
        qWarning("set-up: %s", qPrintable(error));
        return {};
    }
    if (const QString e = run(as(QStringLiteral("ProductionCoordinator")),
                              QStringLiteral("SELECT cs.attach_document(CAST(? AS uuid), 'drawing.pdf', 'application/pdf', "
                                             "CAST(? AS bytea), 'ApprovedDrawing')"),
                              {orderId, cs::test::drawingPdf()});
        !e.isEmpty()) {
        qWarning("attach_document: %s", qPrintable(e));
        return {};
    }
    return orderId;
}

bool TestChecklistPage::logIn(Shell& shell)
{
    const ScratchDatabase::Person& qc = m_people.value(QStringLiteral("QCPerson"));
    return cs::test::logIn(shell, qc.username, qc.password);
}

ChecklistPage* TestChecklistPage::openNewPreQc(Shell& shell, QString* orderId, QString* buildNumber)
{
    *orderId = readyForPreQc(QStringLiteral("AC-01"), QStringLiteral("2222"), buildNumber);
    if (orderId->isEmpty())
        return nullptr;
    cs::test::useDemoProfile(*m_db);
    shell.start();
    if (!logIn(shell)) {
        qWarning("the inspector could not log in");
        return nullptr;
    }
    shell.mainWindow()->openChecklist(*orderId, QStringLiteral("PreQC"));
    ChecklistPage* page = shell.mainWindow()->lastChecklistPage();
    if (!page || !settled(page)) {
        qWarning("the Pre-QC of %s did not open: %s", qPrintable(*buildNumber), page ? qPrintable(page->messageText()) : "no page");
        return nullptr;
    }
    return page;
}

void TestChecklistPage::preQcByKeyboardThenSigned()
{
    QString build;
    const QString orderId = readyForPreQc(QStringLiteral("AC-04"), QStringLiteral("1114"), &build);
    QVERIFY(!orderId.isEmpty());
    cs::test::useDemoProfile(*m_db);
    Shell shell;
    shell.start();
    QVERIFY(logIn(shell));
    MainWindow* w = shell.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(w));

    // The build's QR, scanned from the home screen: its Pre-QC opens (not the order page).
    QElapsedTimer opening;
    opening.start();
    w->openScan(*cs::domain::ScanPayload::parse(QStringLiteral("CS:B:") + build));
    QTRY_VERIFY_WITH_TIMEOUT(w->lastChecklistPage() != nullptr, 30000);
    QPointer<ChecklistPage> page = w->lastChecklistPage();
    QVERIFY(!w->lastOrderPage());
    QTRY_VERIFY2_WITH_TIMEOUT(page->isLoaded(), qPrintable(page->messageText()), 30000);
    // A figure for the notes, not asserted: from the scan to the 3-basin form on screen.
    qInfo("scan to a 3-basin Pre-QC shown: %lld ms", opening.elapsed());
    QCOMPARE(page->qcType(), QStringLiteral("PreQC"));
    QCOMPARE(page->orderId(), orderId);
    QVERIFY2(page->windowTitle().contains(build), qPrintable(page->windowTitle()));
    // The approved drawing beside the checklist, a PDF.
    QTRY_VERIFY_WITH_TIMEOUT(page->drawingView()->isLoaded(), 30000);
    QVERIFY(page->drawingView()->isPdf());
    QVERIFY(page->drawingView()->isVisible());
    // The order's documents one click away (the same panel shows them).
    QTRY_VERIFY_WITH_TIMEOUT(page->documentsButton()->isEnabled(), 30000);
    QCOMPARE(page->documentsButton()->menu()->actions().size(), 1);
    QVERIFY(page->documentsButton()->menu()->actions().constFirst()->text().contains(QStringLiteral("drawing.pdf")));
    // Three basins: every basin section present.
    int basins = 0;
    for (ChecklistItemWidget* item : page->itemWidgets())
        if (item->key().position > 0 && item->applies())
            basins = qMax(basins, item->key().position);
    QCOMPARE(basins, 3);
    // The job id and the inspector's initials are prefilled and stored at once.
    QVERIFY(settled(page));
    const auto* initials = page->itemWidget({QStringLiteral("header"), QStringLiteral("H.initials"), 0});
    QVERIFY(initials && initials->lineEdit());
    QCOMPARE(initials->lineEdit()->text(), QStringLiteral("QKX"));
    QVERIFY(!page->passButton()->isEnabled());
    QVERIFY(page->missingList()->count() > 0);

    // The inspector reads words: header fields numbered as the form prints them ("H.2"), never their keys;
    // what is missing names the item, where it is and what it lacks.
    const auto* basinCount = page->itemWidget({QStringLiteral("header"), QStringLiteral("H.basinCount"), 0});
    QVERIFY(basinCount);
    QCOMPARE(basinCount->number(), QStringLiteral("H.2"));
    const QRegularExpression key(QStringLiteral("\\bH\\.[a-z]"));   // "H.jobId", "H.basinCount"
    for (const QLabel* label : page->findChildren<QLabel*>())
        QVERIFY2(!label->isVisibleTo(page) || !key.match(label->text()).hasMatch(), qPrintable(label->text()));
    bool sawBasin = false;
    for (int i = 0; i < page->missingList()->count(); ++i) {
        const QString row = page->missingList()->item(i)->text();
        QVERIFY2(!key.match(row).hasMatch(), qPrintable(row));
        const QStringList parts = page->missingList()->item(i)->data(Qt::UserRole).toStringList();
        if (parts.size() != 3 || parts.at(1) == u"#sectionCheck")
            continue;
        const ChecklistItemWidget* item = page->itemWidget({parts.at(0), parts.at(1), parts.at(2).toInt()});
        QVERIFY(item);
        QVERIFY2(row.contains(item->entry().item.text), qPrintable(row));
        if (parts.at(2).toInt() > 0) {
            sawBasin = true;
            QVERIFY2(row.contains(QStringLiteral("basin %1").arg(parts.at(2))), qPrintable(row));
        }
    }
    QVERIFY(sawBasin);
    // The subtitle: the order, then the form and its version, each a line of its own.
    const auto* subtitle = page->findChild<QLabel*>(QStringLiteral("subtitleLabel"));
    QVERIFY(subtitle && subtitle->text().contains(u'\n'));
    QVERIFY2(subtitle->text().section(u'\n', 1).contains(QStringLiteral("template version 1")), qPrintable(subtitle->text()));
    // The window uses the screen it opens on (as far as its narrowest layout allows).
    const QRect screen = page->screen()->availableGeometry();
    QVERIFY2(page->width() >= qMin(screen.width() * 0.9, double(page->minimumSizeHint().width()))
                 && page->height() >= screen.height() * 0.9 && page->height() <= screen.height(),
             qPrintable(QStringLiteral("%1x%2 on %3x%4").arg(page->width()).arg(page->height()).arg(screen.width()).arg(screen.height())));
    // Shop-floor mode (on for the inspector) turned off and on again while the page is open: its larger
    // type follows the application font.
    const auto* title = page->findChild<QLabel*>(QStringLiteral("titleLabel"));
    QVERIFY(title);
    QVERIFY(ShopFloor::isOn());
    const double floorTitle = title->font().pointSizeF();
    const int floorNumber = basinCount->findChild<QLabel*>(QStringLiteral("idLabel"))->width();
    QCOMPARE(floorTitle, page->font().pointSizeF() * 1.4);
    ShopFloor::apply(false);
    QTRY_VERIFY(title->font().pointSizeF() < floorTitle);
    QCOMPARE(title->font().pointSizeF(), page->font().pointSizeF() * 1.4);
    QVERIFY(basinCount->findChild<QLabel*>(QStringLiteral("idLabel"))->width() < floorNumber);
    ShopFloor::apply(true);
    QTRY_COMPARE(title->font().pointSizeF(), floorTitle);

    // Every applicable item by keyboard: Space ticks and presses, a line is typed, Enter moves on.
    page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(page));
    bool first = true;
    int filled = 0;
    QElapsedTimer typing;
    typing.start();
    for (ChecklistItemWidget* item : page->itemWidgets()) {
        if (!item->applies() || item->isReadOnly())
            continue;
        if (first) {
            QVERIFY(item->focusInput());
            first = false;
        }
        // The previous Enter brought the focus here.
        QTRY_VERIFY2(item->hasInputFocus(), qPrintable(item->objectName()));
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        const ChecklistItemType type = item->type();
        if (!item->answer()) {
            switch (type) {
            case ChecklistItemType::Check:
            case ChecklistItemType::PassFail:
            case ChecklistItemType::YesNo:
            case ChecklistItemType::Choice:
            case ChecklistItemType::MultiCheck:
                // The first option (PASS, Yes, the first choice, the first place) or the tick.
                QTest::keyClick(focus, Qt::Key_Space);
                break;
            case ChecklistItemType::Number:
                QTest::keyClicks(focus, QString::number(item->entry().expectedNumber.value_or(item->entry().item.min.value_or(1))));
                break;
            case ChecklistItemType::Date: QTest::keyClicks(focus, QDate::currentDate().toString(Qt::ISODate)); break;
            case ChecklistItemType::Initials: QTest::keyClicks(focus, QStringLiteral("QKX")); break;
            case ChecklistItemType::Text:
            case ChecklistItemType::Serial: QTest::keyClicks(focus, QStringLiteral("SN-") + item->key().item); break;
            }
            ++filled;
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }
    QVERIFY(filled >= 10);
    qInfo("%d answers given by keyboard in %lld ms (each sent at once, the window never waiting)", filled, typing.elapsed());
    // Past the last item the focus is on the sign-off.
    QVERIFY(settled(page));
    QCOMPARE(page->missingList()->count(), 0);
    QTRY_VERIFY(page->passButton()->isEnabled());
    QTRY_VERIFY(page->passButton()->hasFocus());
    const QRegularExpression progress(QStringLiteral("^(\\d+) of (\\d+) applicable items$"));
    const auto m = progress.match(page->progressText());
    QVERIFY2(m.hasMatch(), qPrintable(page->progressText()));
    QCOMPARE(m.captured(1), m.captured(2));

    // Stored on the server: read again, every answer is there with who gave it.
    const int answered = m.captured(1).toInt();
    const QString checklistId = page->checklistId();
    QVERIFY(value(QStringLiteral("SELECT count(*) FROM cs.qc_answers WHERE checklist_id = CAST(? AS uuid) "
                                 "AND (value IS NOT NULL OR is_na)"),
                  {checklistId})
                .toInt()
            >= answered - 3);   // the three basin sections have no section check in the Pre-QC
    page->reload();
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 30000);
    QVERIFY(page->form()->record().answers.size() >= page->form()->answeredCount());
    QCOMPARE(page->form()->answeredCount(), page->form()->applicableCount());
    const auto* s11 = page->itemWidget({QStringLiteral("S1"), QStringLiteral("S1.1"), 0});
    QVERIFY(s11 && s11->checkBox()->isChecked());
    {
        // One more answer, timed from the tick to the server's acknowledgement (a figure, not asserted).
        ChecklistItemWidget* jobId = page->itemWidget({QStringLiteral("header"), QStringLiteral("H.jobId"), 0});
        QVERIFY(jobId && jobId->focusInput());
        QSignalSpy saved(page.data(), &ChecklistPage::answerSaved);
        QElapsedTimer one;
        one.start();
        QTest::keyClick(jobId->lineEdit(), Qt::Key_X);
        QTest::keyClick(jobId->lineEdit(), Qt::Key_Return);
        QVERIFY(saved.wait(30000));
        qInfo("one answer saved (acknowledged by the server): %lld ms", one.elapsed());
        QVERIFY(settled(page));
    }
    QVERIFY2(s11->stateText().contains(m_people.value(QStringLiteral("QCPerson")).fullName), qPrintable(s11->stateText()));

    // Signed PASS with the password typed again; the build moves on in the same transaction.
    QTest::mouseClick(page->passButton(), Qt::LeftButton);
    SignatureDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<SignatureDialog*>(QStringLiteral("signatureDialog"))) != nullptr);
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(m_people.value(QStringLiteral("QCPerson")).password);
    dialog->accept();
    QTRY_VERIFY2_WITH_TIMEOUT(page->isSigned(),
                              qPrintable(page->messageText() + QStringLiteral(" / ")
                                         + (page->findChild<SignatureDialog*>() ? page->findChild<SignatureDialog*>()->findChild<QLabel*>(QStringLiteral("errorLabel"))->text()
                                                                                 : QString())),
                              30000);
    QCOMPARE(value(QStringLiteral("SELECT status::text FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {orderId}).toString(),
             QStringLiteral("ReadyForProduction"));
    QVERIFY2(page->signatureText().contains(QStringLiteral("Pre-QC passed")), qPrintable(page->signatureText()));
    QVERIFY2(page->signatureText().contains(m_people.value(QStringLiteral("QCPerson")).fullName), qPrintable(page->signatureText()));
    QVERIFY(page->isReadOnly());
    QVERIFY(s11->isReadOnly());
    QVERIFY(!page->passButton()->isVisible());
    QVERIFY(page->reviseButton()->isVisible());

    // A correction: a new revision with the answers, a reason, signed again; the signed one stays.
    QVERIFY(!page->correctWithReason(QStringLiteral("x")));   // a reason of 3 characters at least
    QVERIFY(page->correctWithReason(QStringLiteral("Basin count typed twice by mistake")));
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded() && !page->isSigned() && page->form()->record().revision == 2, 30000);
    QVERIFY(page->checklistId() != checklistId);
    QCOMPARE(page->form()->answeredCount(), page->form()->applicableCount());
    QVERIFY(!page->isReadOnly());
    QVERIFY(settled(page));
    QTRY_VERIFY(page->passButton()->isEnabled());
    QVERIFY(page->signPass());
    QTRY_VERIFY((dialog = page->findChild<SignatureDialog*>(QStringLiteral("signatureDialog"))) != nullptr);
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(m_people.value(QStringLiteral("QCPerson")).password);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(page->isSigned(), 30000);
    QVERIFY2(page->signatureText().contains(QStringLiteral("Pre-QC passed")), qPrintable(page->signatureText()));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.qc_checklists WHERE order_id = CAST(? AS uuid) AND state = 'signed'"),
                   {orderId})
                 .toInt(),
             2);
    QCOMPARE(value(QStringLiteral("SELECT status::text FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {orderId}).toString(),
             QStringLiteral("ReadyForProduction"));
    page->close();
}

void TestChecklistPage::answersKeptOfflineAreSentOnce()
{
    QString build;
    const QString orderId = readyForPreQc(QStringLiteral("AC-02"), QStringLiteral("2222"), &build);
    QVERIFY(!orderId.isEmpty());
    cs::test::useDemoProfile(*m_db);
    Shell shell;
    // Probe often and retry soon, so the test does not wait for the production intervals.
    shell.connectionWatcher()->setIntervals(500, 250, 2000);
    shell.start();
    QVERIFY(logIn(shell));
    MainWindow* w = shell.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    // From the inspector's home list "Awaiting Pre-QC": Enter (or a double-click) on the build's row.
    QTableView* list = w->home()->view(QStringLiteral("preQc"));
    QVERIFY(list);
    w->home()->refresh();
    QModelIndex row;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto found = list->model()->match(list->model()->index(0, 0), Qt::DisplayRole, build, 1, Qt::MatchExactly);
            row = found.value(0);
            return row.isValid();
        }(),
        30000);
    emit list->activated(row);
    QTRY_VERIFY_WITH_TIMEOUT(w->lastChecklistPage() != nullptr, 30000);
    QPointer<ChecklistPage> page = w->lastChecklistPage();
    QVERIFY(!w->lastOrderPage());
    QVERIFY(settled(page));
    const QString checklistId = page->checklistId();
    const QString username = m_people.value(QStringLiteral("QCPerson")).username;
    const auto logged = [this, &checklistId](const QString& item) {
        return value(QStringLiteral("SELECT count(*) FROM cs.qc_answer_log WHERE checklist_id = CAST(? AS uuid) AND item_id = ?"),
                     {checklistId, item})
            .toInt();
    };
    const auto stored = [this, &checklistId](const QString& item) {
        return value(QStringLiteral("SELECT value::text FROM cs.qc_answers WHERE checklist_id = CAST(? AS uuid) AND item_id = ?"),
                     {checklistId, item})
            .toString();
    };

    // The server goes away; the inspector goes on.
    m_super = QSqlDatabase();
    m_conn.clear();
    m_db->closeConnections();
    QVERIFY(m_cluster.stop());
    QTRY_VERIFY_WITH_TIMEOUT(!w->isOnline(), 60000);
    ChecklistItemWidget* s11 = page->itemWidget({QStringLiteral("S1"), QStringLiteral("S1.1"), 0});
    QVERIFY(s11);
    page->activateWindow();
    QVERIFY(s11->focusInput());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(page->pendingCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(s11->state() == ChecklistItemWidget::State::Waiting && !page->isSending(), 60000);
    QVERIFY(s11->checkBox()->isChecked());   // kept on screen
    {
        ChecklistOutbox box(username, checklistId, m_outbox);
        QVERIFY(box.load());
        QCOMPARE(box.size(), 1);
        QCOMPARE(box.entries().constFirst().key.item, QStringLiteral("S1.1"));
    }
    QVERIFY(!page->passButton()->isEnabled() && !page->failButton()->isEnabled());

    // Back: sent by itself, once.
    QVERIFY(m_cluster.start());
    QTRY_VERIFY_WITH_TIMEOUT(w->isOnline(), 90000);
    QVERIFY(settled(page, 90000));
    QCOMPARE(s11->state(), ChecklistItemWidget::State::Saved);
    QVERIFY2(page->messageText().contains(QStringLiteral("connection is back")), qPrintable(page->messageText()));
    QCOMPARE(logged(QStringLiteral("S1.1")), 1);
    QCOMPARE(stored(QStringLiteral("S1.1")), QStringLiteral("true"));
    QVERIFY(ChecklistOutbox(username, checklistId, m_outbox).load());

    // Offline again; an answer is given and the window closed before the server is back.
    m_super = QSqlDatabase();
    m_conn.clear();
    m_db->closeConnections();
    QVERIFY(m_cluster.stop());
    QTRY_VERIFY_WITH_TIMEOUT(!w->isOnline(), 60000);
    ChecklistItemWidget* s14 = page->itemWidget({QStringLiteral("S1"), QStringLiteral("S1.4"), 0});
    QVERIFY(s14 && s14->focusInput());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(s14->state() == ChecklistItemWidget::State::Waiting && !page->isSending(), 60000);
    page->close();
    QTRY_VERIFY(page.isNull());
    {
        ChecklistOutbox box(username, checklistId, m_outbox);
        QVERIFY(box.load());
        QCOMPARE(box.size(), 1);
    }
    QVERIFY(m_cluster.start());
    QTRY_VERIFY_WITH_TIMEOUT(w->isOnline(), 90000);
    // Opened again: what was kept is sent, once, and shown as stored.
    w->openChecklist(orderId, QStringLiteral("PreQC"));
    page = w->lastChecklistPage();
    QVERIFY(page);
    QVERIFY(settled(page, 90000));
    QCOMPARE(page->checklistId(), checklistId);
    s14 = page->itemWidget({QStringLiteral("S1"), QStringLiteral("S1.4"), 0});
    QVERIFY(s14->checkBox()->isChecked());
    QCOMPARE(s14->state(), ChecklistItemWidget::State::Saved);
    QCOMPARE(logged(QStringLiteral("S1.4")), 1);
    QCOMPARE(stored(QStringLiteral("S1.4")), QStringLiteral("true"));
    QCOMPARE(logged(QStringLiteral("S1.1")), 1);
    ChecklistOutbox after(username, checklistId, m_outbox);
    QVERIFY(after.load());
    QVERIFY(after.isEmpty());
    page->close();
}

void TestChecklistPage::othersAnswersConflictAndFailWithRework()
{
    Shell shell;
    QString orderId;
    QString build;
    QPointer<ChecklistPage> page = openNewPreQc(shell, &orderId, &build);
    QVERIFY(page);
    const QString checklistId = page->checklistId();
    const QString name = m_people.value(QStringLiteral("QCPerson")).fullName;
    // Another inspector's answers, given on another PC (their own connection).
    const auto saveElsewhere = [this, &checklistId](const QString& item, const QString& json) {
        return run(as(QStringLiteral("QCPerson")),
                   QStringLiteral("SELECT version FROM cs.save_qc_answer(CAST(? AS uuid), 'S1', ?, 0, CAST(? AS jsonb), NULL, false, "
                                  "NULL, 0, CAST(? AS uuid))"),
                   {checklistId, item, json, QUuid::createUuid().toString(QUuid::WithoutBraces)});
    };
    QCOMPARE(saveElsewhere(QStringLiteral("S1.2"), QStringLiteral("true")), QString());
    QCOMPARE(saveElsewhere(QStringLiteral("S1.5"), QStringLiteral("\"Levelling feet\"")), QString());

    // Refresh (F5) shows them, with who gave them.
    ChecklistItemWidget* s12 = page->itemWidget({QStringLiteral("S1"), QStringLiteral("S1.2"), 0});
    QVERIFY(s12 && !s12->checkBox()->isChecked());
    page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(page));
    QTest::keyClick(page, Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(s12->checkBox()->isChecked(), 30000);
    QVERIFY2(s12->stateText().contains(name), qPrintable(s12->stateText()));

    // A change over an answer this page has not seen yet is refused with who and when; the server's
    // answer is shown.
    ChecklistItemWidget* s15 = page->itemWidget({QStringLiteral("S1"), QStringLiteral("S1.5"), 0});
    QVERIFY(s15);
    QCOMPARE(saveElsewhere(QStringLiteral("S1.4"), QStringLiteral("true")), QString());
    // The other inspector clears S1.5 (now version 2 on the server; the page knows version 1).
    QVERIFY(run(as(QStringLiteral("QCPerson")),
                QStringLiteral("SELECT version FROM cs.save_qc_answer(CAST(? AS uuid), 'S1', 'S1.5', 0, NULL, NULL, false, NULL, 1, "
                               "CAST(? AS uuid))"),
                {checklistId, QUuid::createUuid().toString(QUuid::WithoutBraces)})
                .isEmpty());
    QVERIFY(s15->optionButtons().at(1)->isChecked());   // "Levelling feet", as last read
    QTest::mouseClick(s15->optionButtons().at(0), Qt::LeftButton);   // "Lock and levelling castors" over version 1
    QTRY_VERIFY_WITH_TIMEOUT(s15->state() == ChecklistItemWidget::State::Conflict, 30000);
    QVERIFY2(s15->stateText().contains(name), qPrintable(s15->stateText()));
    QVERIFY2(page->messageText().contains(name), qPrintable(page->messageText()));
    QVERIFY(settled(page));
    // The server's answer (none) is shown, not the refused one.
    QTRY_VERIFY_WITH_TIMEOUT(!s15->answer().has_value(), 30000);
    QVERIFY(!s15->optionButtons().at(0)->isChecked() && !s15->optionButtons().at(1)->isChecked());
    QVERIFY(value(QStringLiteral("SELECT value IS NULL FROM cs.qc_answers WHERE checklist_id = CAST(? AS uuid) AND item_id = 'S1.5'"),
                  {checklistId})
                .toBool());

    // A FAIL needs reason, category, severity and the rework choice, then the signature.
    QVERIFY(page->failButton()->isEnabled());
    QTest::mouseClick(page->failButton(), Qt::LeftButton);
    ChecklistFailDialog* fail = nullptr;
    QTRY_VERIFY((fail = page->findChild<ChecklistFailDialog*>()) != nullptr);
    auto* next = fail->findChild<QPushButton*>(QStringLiteral("failNextButton"));
    QVERIFY(next && !next->isEnabled());
    fail->setValues(QStringLiteral("Basin 2 drain hole 10 mm off the drawing"), QStringLiteral("Structure"), QStringLiteral("Major"), true);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    SignatureDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<SignatureDialog*>(QStringLiteral("signatureDialog"))) != nullptr);
    // A wrong password: nothing signed, another try.
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(QStringLiteral("not-the-password"));
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible(), 30000);
    QVERIFY(!page->isSigned());
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(m_people.value(QStringLiteral("QCPerson")).password);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(page->isSigned(), 30000);
    QCOMPARE(value(QStringLiteral("SELECT status::text FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {orderId}).toString(),
             QStringLiteral("ReworkPreQC"));
    QVERIFY2(page->signatureText().contains(QStringLiteral("Pre-QC failed")), qPrintable(page->signatureText()));
    QVERIFY2(page->signatureText().contains(QStringLiteral("Major")), qPrintable(page->signatureText()));
    QVERIFY(page->isReadOnly());
    page->close();
}

// Printed while the page is open: the record as the server holds it then. The answers given on this
// page after it opened, and one given on another PC, print with their values and who gave them (the
// record read at opening had none of them), and the page shows the same record.
void TestChecklistPage::printShowsTheRecordAsStored()
{
    if (const QString missing = cs::test::missingPrintTools(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    Shell shell;
    QString orderId;
    QString build;
    QPointer<ChecklistPage> page = openNewPreQc(shell, &orderId, &build);
    QVERIFY(page);
    const QString checklistId = page->checklistId();
    const QString name = m_people.value(QStringLiteral("QCPerson")).fullName;
    // Opened on a new checklist: nothing was stored when it was read.
    QVERIFY(page->form()->record().answers.isEmpty());

    // Given here after the opening: S1.5 "Levelling feet", stored.
    ChecklistItemWidget* s15 = page->itemWidget({QStringLiteral("S1"), QStringLiteral("S1.5"), 0});
    QVERIFY(s15 && s15->optionButtons().size() == 2);
    QTest::mouseClick(s15->optionButtons().at(1), Qt::LeftButton);
    QVERIFY(settled(page));
    QCOMPARE(s15->state(), ChecklistItemWidget::State::Saved);
    // Given on another PC: S1.2 ticked.
    QCOMPARE(run(as(QStringLiteral("QCPerson")),
                 QStringLiteral("SELECT version FROM cs.save_qc_answer(CAST(? AS uuid), 'S1', 'S1.2', 0, CAST('true' AS jsonb), NULL, "
                                "false, NULL, 0, CAST(? AS uuid))"),
                 {checklistId, QUuid::createUuid().toString(QUuid::WithoutBraces)}),
             QString());
    ChecklistItemWidget* s12 = page->itemWidget({QStringLiteral("S1"), QStringLiteral("S1.2"), 0});
    QVERIFY(s12 && !s12->checkBox()->isChecked());

    auto* print = page->findChild<QPushButton*>(QStringLiteral("printRecordButton"));
    QVERIFY(print && print->isEnabled());
    QSignalSpy finished(page.data(), &ChecklistPage::actionFinished);
    QTest::mouseClick(print, Qt::LeftButton);
    const auto printed = [&finished](bool* ok) {
        for (const QList<QVariant>& f : finished) {
            if (f.at(0).value<ChecklistPage::Action>() == ChecklistPage::Action::Print) {
                *ok = f.at(1).toBool();
                return true;
            }
        }
        return false;
    };
    bool ok = false;
    QTRY_VERIFY_WITH_TIMEOUT(printed(&ok), 30000);
    QVERIFY2(ok, qPrintable(page->messageText()));
    auto* preview = page->findChild<QPrintPreviewDialog*>(QStringLiteral("qcRecordPreviewDialog"));
    QVERIFY(preview);
    // The page shows what is printed: the other PC's tick too.
    QVERIFY(s12->checkBox()->isChecked());
    QVERIFY2(s12->stateText().contains(name), qPrintable(s12->stateText()));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("record.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        emit preview->paintRequested(&printer);
    }
    QByteArray text;
    QString error;
    QVERIFY2(cs::test::run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}, &text, &error),
             qPrintable(error));
    const QString record = QString::fromUtf8(text).simplified();
    if (!qEnvironmentVariableIsEmpty("CS_RECORD_DIR"))
        QFile::copy(pdf, qEnvironmentVariable("CS_RECORD_DIR") + QStringLiteral("/printed-while-open.pdf"));
    QVERIFY2(record.contains(build), qPrintable(record.left(400)));
    // Each answer's line: its value, then who gave it.
    const QRegularExpression feet(QStringLiteral("S1\\.5 .*Levelling feet .*%1").arg(QRegularExpression::escape(name)));
    QVERIFY2(feet.match(record).hasMatch(), qPrintable(record));
    const QRegularExpression s12Line(QStringLiteral("S1\\.2 (.*?) S1\\.3 "));
    const QRegularExpressionMatch m = s12Line.match(record);
    QVERIFY2(m.hasMatch(), qPrintable(record));
    QVERIFY2(m.captured(1).contains(name), qPrintable(m.captured(1)));
    preview->close();
    page->close();
}

QTEST_MAIN(TestChecklistPage)
#include "tst_checklistpage.moc"
