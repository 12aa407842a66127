// The wizard's submit never waits on the server or the disk on the GUI thread, against a real PostgreSQL
// whose cs.submit_order answers 2 s late (the test wraps it in a pg_sleep on its scratch database; nothing
// of it is in the application):
// - a 20 MB drawing: the review shows step 1, the reading of the file (its name, up to the whole size),
//   then step 2 while the server stores, counting the seconds; the event loop keeps turning (the largest gap between ticks of a
//   10 ms timer stays under 100 ms, not counting time the kernel kept the thread waiting for a CPU); Finish, Back and Cancel are off meanwhile, a second Finish sends no
//   second order and Escape only says to wait; the order and the whole file are stored once;
// - Cancel before anything is sent stops the submit (nothing stored, the draft kept), and a later
//   submit works;
// - the connection lost while the server stores (its backend ended): the review says the order may or
//   may not have been stored and to look on the order board, the draft is kept, nothing half-stored,
//   and submitting again works on a new connection.
#include "eventloopwatch.h"
#include "testdatabase.h"
#include "wizarddriver.h"

#include "data/catalog/catalogcache.h"
#include "data/common/session.h"
#include "ui/common/messagebar.h"
#include "ui/wizard/orderwizard.h"
#include "ui/wizard/wizarddraftstore.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using cs::test::ScratchDatabase;
using namespace cs;
using namespace cs::ui;


class TestWizardSubmit : public QObject, public cs::test::WizardDriver
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void largeDocumentWhileServerAnswersLate();
    void cancelBeforeSendingThenSubmit();
    void lostConnectionWhileStoring();

private:
    // A wizard filled for `po` with one build, `document` attached as a drawing, on the review step.
    void wizardAtReview(const QString& po, const QString& document);
    int ordersOf(const QString& po);

    QTemporaryDir m_home;
    QTemporaryDir m_files;
    std::unique_ptr<ScratchDatabase> m_db;
    ScratchDatabase::Person m_coordinator;
    std::unique_ptr<data::Session> m_session;
    std::unique_ptr<data::CatalogCache> m_cache;
    std::unique_ptr<OrderWizard> m_wizard;
};

void TestWizardSubmit::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    const QString notReady = cs::test::setUpWizardDatabase(m_home, &m_db, &m_coordinator);
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    m_session = std::make_unique<data::Session>();
    const auto r = m_session->start(m_coordinator.settings, QStringLiteral("test"));
    QVERIFY2(r.ok(), qPrintable(r.detail));

    m_cache = cs::test::refreshedCatalog(m_home, m_session->workerSettings());
    QVERIFY(m_cache);

    // A server that answers 2 s late: on this scratch database only, cs.submit_order becomes a wrapper
    // that sleeps, then calls the real one (as the caller, so its role checks are unchanged).
    QSqlDatabase su = m_db->superuser();
    QString error;
    for (const QString& sql : {
             QStringLiteral("ALTER FUNCTION cs.submit_order(jsonb) RENAME TO submit_order_on_time"),
             QStringLiteral("CREATE FUNCTION cs.submit_order(p jsonb) RETURNS jsonb LANGUAGE plpgsql"
                            " SET search_path = cs, pg_temp AS"
                            " $$ BEGIN PERFORM pg_sleep(2); RETURN cs.submit_order_on_time(p); END $$"),
             QStringLiteral("REVOKE ALL ON FUNCTION cs.submit_order(jsonb) FROM PUBLIC"),
             QStringLiteral("GRANT EXECUTE ON FUNCTION cs.submit_order(jsonb) TO cs_coordinator, cs_admin"),
         })
        QVERIFY2(ScratchDatabase::exec(su, sql, {}, &error), qPrintable(error));
}

void TestWizardSubmit::cleanupTestCase()
{
    m_wizard.reset();
    m_cache.reset();
    if (m_session)
        m_session->end();
    m_session.reset();
    m_db.reset();
}

void TestWizardSubmit::init()
{
    WizardDraftStore(m_coordinator.username).remove();
}

void TestWizardSubmit::cleanup()
{
    m_wizard.reset();
    WizardDraftStore(m_coordinator.username).remove();
}

void TestWizardSubmit::wizardAtReview(const QString& po, const QString& document)
{
    m_wizard = std::make_unique<OrderWizard>(m_session.get(), m_cache.get());
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    setWizard(m_wizard.get());
    fillToReview(po, "addDrawingButton", document, QStringLiteral("S") + ScratchDatabase::randomSuffix(7).toUpper());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(waitPreview());
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
}

int TestWizardSubmit::ordersOf(const QString& po)
{
    QVariant n;
    QString error;
    if (!ScratchDatabase::exec(m_db->superuser(), QStringLiteral("SELECT count(*) FROM cs.orders WHERE po_number = ?"),
                               {po}, &error, &n)) {
        qWarning("%s", qPrintable(error));
        return -1;
    }
    return n.toInt();
}

void TestWizardSubmit::largeDocumentWhileServerAnswersLate()
{
    // A 20 MB drawing (a PDF head, the rest sparse).
    const QString drawing = m_files.filePath(QStringLiteral("large-drawing.pdf"));
    const qint64 size = 20 * 1024 * 1024;
    {
        QFile f(drawing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write("%PDF-1.7\n% large drawing\n") > 0);
        QVERIFY(f.resize(size));
    }
    const QString po = QStringLiteral("PO-BIG-") + ScratchDatabase::randomSuffix(5).toUpper();
    wizardAtReview(po, drawing);
    if (QTest::currentTestFailed())
        return;

    auto* bar = m_wizard->findChild<QProgressBar*>(QStringLiteral("submitProgressBar"));
    auto* words = m_wizard->findChild<QLabel*>(QStringLiteral("submitProgressLabel"));
    auto* message = m_wizard->findChild<MessageBar*>(QStringLiteral("submitMessage"));
    QVERIFY(bar && words && message);
    // Every step of the bar, with its words at that moment.
    struct Step
    {
        int value;
        int maximum;
        QString text;
    };
    QList<Step> reading;
    connect(bar, &QProgressBar::valueChanged, this, [&](int value) {
        if (m_wizard->submitStage() == OrderWizard::SubmitStage::Preparing)
            reading.append(Step{value, bar->maximum(), words->text()});
    });
    // While the server stores: step 2 of 2 and its words, the seconds counted, the buttons off.
    bool storingShown = true;
    bool buttonsOff = true;
    QSet<QString> storingTexts;
    int ticksWhileStoring = 0;
    QTimer look;
    look.setInterval(10);
    connect(&look, &QTimer::timeout, this, [&] {
        if (m_wizard->submitStage() != OrderWizard::SubmitStage::Storing)
            return;
        ++ticksWhileStoring;
        storingShown = storingShown && bar->isVisible() && bar->value() == 1 && bar->maximum() == 2;
        storingTexts.insert(words->text());
        buttonsOff = buttonsOff && !m_wizard->button(QWizard::FinishButton)->isEnabled()
                     && !m_wizard->button(QWizard::BackButton)->isEnabled()
                     && !m_wizard->button(QWizard::CancelButton)->isEnabled();
    });
    cs::test::StallDetector stall;
    stall.start();
    look.start();
    QSignalSpy finished(m_wizard.get(), &OrderWizard::submitFinished);
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(m_wizard->isSubmitting());

    // While it is stored: a second Finish sends nothing, Escape says to wait and keeps the wizard open.
    QVERIFY(QTest::qWaitFor([this] { return m_wizard->submitStage() == OrderWizard::SubmitStage::Storing; }, 30000));
    m_wizard->accept();
    QTest::keyClick(m_wizard.get(), Qt::Key_Escape);
    QVERIFY(m_wizard->isVisible());
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), MessageBar::Kind::Info);
    QVERIFY2(message->text().contains(QStringLiteral("Wait for its answer")), qPrintable(message->text()));

    QVERIFY(finished.size() == 1 || finished.wait(60000));
    stall.stop();
    look.stop();
    QCOMPARE(finished.size(), 1);
    QVERIFY2(m_wizard->lastSubmit().ok, qPrintable(m_wizard->lastSubmit().error.logText()));
    QVERIFY(!m_wizard->isVisible());   // closed, accepted
    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
    QVERIFY(!WizardDraftStore(m_coordinator.username).exists());

    // The reading was shown: the file's name, up to its whole size.
    QVERIFY(!reading.isEmpty());
    const Step last = reading.last();
    QCOMPARE(last.maximum, int(size / 1024));
    QCOMPARE(last.value, last.maximum);
    QVERIFY2(last.text.contains(QStringLiteral("large-drawing.pdf")), qPrintable(last.text));
    for (qsizetype i = 1; i < reading.size(); ++i)
        QVERIFY(reading.at(i).value >= reading.at(i - 1).value);
    QVERIFY2(last.text.startsWith(QStringLiteral("Step 1 of 2")), qPrintable(last.text));
    // Then the server's part: step 2 of 2 for the whole 2 s and more, the seconds counted, the buttons off.
    QVERIFY(ticksWhileStoring > 10);
    QVERIFY(storingShown);
    QVERIFY2(storingTexts.size() >= 2, qPrintable(QStringList(storingTexts.cbegin(), storingTexts.cend()).join(u'|')));
    for (const QString& text : std::as_const(storingTexts)) {
        QVERIFY2(text.startsWith(QStringLiteral("Step 2 of 2 · Sending the order with its documents")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("20.0 MB")), qPrintable(text));
    }
    QVERIFY(buttonsOff);
    qInfo("%s", qPrintable(stall.report()));
    QVERIFY2(stall.turnedWithin(100), qPrintable(stall.report()));

    // Stored once, with the whole file.
    QCOMPARE(ordersOf(po), 1);
    QVariant stored;
    QString error;
    QVERIFY2(ScratchDatabase::exec(m_db->superuser(),
                                   QStringLiteral("SELECT d.file_size FROM cs.order_documents d JOIN cs.orders o"
                                                  " ON o.order_id = d.order_id WHERE o.po_number = ?"
                                                  " AND d.filename = 'large-drawing.pdf'"),
                                   {po}, &error, &stored),
             qPrintable(error));
    QCOMPARE(stored.toLongLong(), size);
}

void TestWizardSubmit::cancelBeforeSendingThenSubmit()
{
    const QString pdf = m_files.filePath(QStringLiteral("cancel-po.pdf"));
    QVERIFY(cs::test::writePdf(pdf));
    const QString po = QStringLiteral("PO-STOP-") + ScratchDatabase::randomSuffix(5).toUpper();
    wizardAtReview(po, pdf);
    if (QTest::currentTestFailed())
        return;
    auto* message = m_wizard->findChild<MessageBar*>(QStringLiteral("submitMessage"));
    QSignalSpy finished(m_wizard.get(), &OrderWizard::submitFinished);

    // Finish, then Cancel before the GUI thread has taken the prepared order back: nothing was sent.
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(m_wizard->submitStage(), OrderWizard::SubmitStage::Preparing);
    QVERIFY(m_wizard->button(QWizard::CancelButton)->isEnabled());
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(m_wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(!m_wizard->isSubmitting());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(m_wizard->lastSubmit().error.kind, data::DbError::Kind::Cancelled);
    QVERIFY(m_wizard->isVisible());
    QCOMPARE(m_wizard->currentId(), int(OrderWizard::ReviewPage));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("nothing was stored")), qPrintable(message->text()));
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(m_wizard->button(QWizard::BackButton)->isEnabled());
    QVERIFY(WizardDraftStore(m_coordinator.username).exists());
    // The prepared order, had it come back, is dropped: nothing reaches the server.
    QTest::qWait(500);
    QVERIFY(!m_wizard->isSubmitting());
    QCOMPARE(ordersOf(po), 0);

    // Submitting again works.
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&finished] { return finished.size() == 2; }, 60000));
    QVERIFY2(m_wizard->lastSubmit().ok, qPrintable(m_wizard->lastSubmit().error.logText()));
    QCOMPARE(ordersOf(po), 1);
    QVERIFY(!WizardDraftStore(m_coordinator.username).exists());
}

void TestWizardSubmit::lostConnectionWhileStoring()
{
    const QString pdf = m_files.filePath(QStringLiteral("lost-po.pdf"));
    QVERIFY(cs::test::writePdf(pdf));
    const QString po = QStringLiteral("PO-LOST-") + ScratchDatabase::randomSuffix(5).toUpper();
    wizardAtReview(po, pdf);
    if (QTest::currentTestFailed())
        return;
    auto* message = m_wizard->findChild<MessageBar*>(QStringLiteral("submitMessage"));
    QSignalSpy finished(m_wizard.get(), &OrderWizard::submitFinished);
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);

    // While the server sleeps in the submit, its backend (the session's worker) is ended.
    QSqlDatabase su = m_db->superuser();
    QVERIFY(QTest::qWaitFor(
        [&] {
            QVariant ended;
            ScratchDatabase::exec(su,
                                  QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                                                 " WHERE usename = ? AND wait_event = 'PgSleep'"),
                                  {m_coordinator.username}, nullptr, &ended);
            return ended.toInt() > 0;
        },
        30000));
    QVERIFY(QTest::qWaitFor([&finished] { return finished.size() == 1; }, 30000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!m_wizard->lastSubmit().ok);
    QVERIFY2(m_wizard->lastSubmit().error.connectionLost(), qPrintable(m_wizard->lastSubmit().error.logText()));

    // The person is told it may or may not be stored and where to look; the wizard and the draft stay.
    QVERIFY(m_wizard->isVisible());
    QCOMPARE(m_wizard->currentId(), int(OrderWizard::ReviewPage));
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), MessageBar::Kind::Warning);
    QVERIFY2(message->text().contains(QStringLiteral("may or may not have been stored")), qPrintable(message->text()));
    QVERIFY2(message->text().contains(QStringLiteral("order board")), qPrintable(message->text()));
    QVERIFY2(message->text().contains(po), qPrintable(message->text()));
    const auto draft = WizardDraftStore(m_coordinator.username).load();
    QVERIFY(draft);
    QCOMPARE(draft->configuration.value(u"order").toObject().value(u"poNumber").toString(), po);
    QCOMPARE(draft->attachments.size(), 1);
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
    // The transaction ended with its backend: nothing half-stored.
    QCOMPARE(ordersOf(po), 0);

    // Submitting again (after looking at the board) works on a new connection.
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&finished] { return finished.size() == 2; }, 60000));
    QVERIFY2(m_wizard->lastSubmit().ok, qPrintable(m_wizard->lastSubmit().error.logText()));
    QCOMPARE(ordersOf(po), 1);
    QVERIFY(!WizardDraftStore(m_coordinator.username).exists());
}

QTEST_MAIN(TestWizardSubmit)
#include "tst_wizardsubmit.moc"
