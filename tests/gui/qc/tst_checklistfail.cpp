// The QC paths of the checklist screen that tst_checklistpage does not walk, against a scratch database:
// - an inspector works on an item of a Pre-QC and attaches a photo to it through "Photos and files"
//   (the file chosen in the file dialog); the photo is stored on that item (an order document linked in
//   cs.qc_attachments) and listed in the menu afterwards;
// - a Final QC of a build brought to Ready for Final QC the real way (Pre-QC signed PASS, end-of-line
//   test signed PASS, the assembler's steps) is signed FAIL with reason, category, severity and rework:
//   the result keeps them, the signature says "Final QC failed", and the build is in Rework Final QC.
#include "checklisttesting.h"
#include "qcgate.h"
#include "shelllogin.h"
#include "testdatabase.h"
#include "testpaths.h"

#include "ui/common/signaturedialog.h"
#include "ui/qc/checklistfaildialog.h"
#include "ui/qc/checklistitemwidget.h"
#include "ui/qc/checklistpage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/shell.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using cs::test::ScratchDatabase;
using cs::test::run;
using cs::test::settled;
using namespace cs::ui;

class TestChecklistFail : public QObject, private cs::test::PeopleFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void photoAttachedToAPreQcItem();
    void finalQcFailedWithRework();
    void cleanupTestCase();

private:
    // A build of ScratchDatabase::orderJson submitted by the Admin and moved to Ready for Pre-QC.
    QString readyForPreQc(QString* buildNumber);
    ChecklistPage* openChecklist(Shell& shell, const QString& orderId, const QString& qcType);
    // The first applicable tick-box item outside the header.
    static ChecklistItemWidget* firstCheckItem(ChecklistPage* page);

    QTemporaryDir m_home;
};

void TestChecklistFail::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    QVERIFY(m_home.isValid());
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_home.path().toLocal8Bit());
    QSettings().clear();
    ChecklistPage::setOutboxDirectory(m_home.filePath(QStringLiteral("outbox")));

    QVERIFY(makeDatabase());
    QVERIFY(addPeople({QStringLiteral("Admin"), QStringLiteral("QCPerson"), QStringLiteral("Assembler")}));
    // The forms' initials fields take 1 to 4 letters; the test people have longer ones.
    QVERIFY(setInitials(QStringLiteral("QCPerson"), QStringLiteral("QFL")));
    // The workflow fixtures (the catalog of ScratchDatabase::orderJson's BOM, a one-item end-of-line
    // test), then the project's Pre-QC and Final QC forms published over the fixtures' small ones.
    QString error;
    QVERIFY2(ScratchDatabase::seedWorkflowFixtures(as(QStringLiteral("Admin")), &error), qPrintable(error));
    for (const QString& file : {QStringLiteral("pre-qc.json"), QStringLiteral("final-qc-clq.json")}) {
        QFile f(cs::test::sourcePath(u"resources/checklists/") + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = QJsonDocument::fromJson(f.readAll()).toJson(QJsonDocument::Compact);
        QCOMPARE(run(as(QStringLiteral("Admin")),
                     QStringLiteral("SELECT cs.publish_checklist_template(template_id) FROM cs.import_checklist_template(CAST(? AS jsonb))"),
                     {QString::fromUtf8(json)}),
                 QString());
    }
}

void TestChecklistFail::cleanupTestCase()
{
    m_conn.clear();
    m_db.reset();
}

QString TestChecklistFail::readyForPreQc(QString* buildNumber)
{
    const QString suffix = ScratchDatabase::randomSuffix(8).toUpper();
    *buildNumber = QStringLiteral("CF-") + suffix;
    const QJsonObject json = ScratchDatabase::orderJson(QStringLiteral("PO-CF-") + suffix, *buildNumber);
    QVariant answer;
    if (const QString e = run(as(QStringLiteral("Admin")), QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))::text"),
                              {QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))}, &answer);
        !e.isEmpty()) {
        qWarning("submit_order: %s", qPrintable(e));
        return {};
    }
    const QString orderId = QJsonDocument::fromJson(answer.toString().toUtf8())
                                .object().value(u"builds").toArray().at(0).toObject().value(u"orderId").toString();
    if (const QString e = run(as(QStringLiteral("Admin")),
                              QStringLiteral("SELECT cs.force_order_status(o.order_id, 'ReadyForPreQC', 'test set-up', o.row_version) "
                                             "FROM cs.orders o WHERE o.order_id = CAST(? AS uuid)"),
                              {orderId});
        !e.isEmpty()) {
        qWarning("force_order_status: %s", qPrintable(e));
        return {};
    }
    QString error;
    if (!cs::test::QcGate::ensureDrawing(*m_db, orderId, m_people.value(QStringLiteral("Admin")), &error)) {
        qWarning("drawing: %s", qPrintable(error));
        return {};
    }
    return orderId;
}

ChecklistItemWidget* TestChecklistFail::firstCheckItem(ChecklistPage* page)
{
    for (ChecklistItemWidget* w : page->itemWidgets())
        if (w->applies() && w->checkBox() && w->checkBox()->isEnabled() && w->key().section != u"header")
            return w;
    return nullptr;
}

ChecklistPage* TestChecklistFail::openChecklist(Shell& shell, const QString& orderId, const QString& qcType)
{
    cs::test::useDemoProfile(*m_db);
    shell.start();
    const ScratchDatabase::Person& qc = m_people.value(QStringLiteral("QCPerson"));
    if (!cs::test::logIn(shell, qc.username, qc.password))
        return nullptr;
    MainWindow* w = shell.mainWindow();
    w->openChecklist(orderId, qcType);
    ChecklistPage* page = w->lastChecklistPage();
    if (!page || !settled(page))
        return nullptr;
    page->activateWindow();
    if (!QTest::qWaitForWindowActive(page))
        return nullptr;
    return page;
}

void TestChecklistFail::photoAttachedToAPreQcItem()
{
    QString build;
    const QString orderId = readyForPreQc(&build);
    QVERIFY(!orderId.isEmpty());
    Shell shell;
    QPointer<ChecklistPage> page = openChecklist(shell, orderId, QStringLiteral("PreQC"));
    QVERIFY(page);

    // The inspector ticks an item (the item last worked on is where "Photos and files" attaches).
    ChecklistItemWidget* item = firstCheckItem(page);
    QVERIFY(item);
    const cs::domain::ChecklistAnswerKey key = item->key();
    item->checkBox()->setFocus();
    QTRY_VERIFY(item->checkBox()->hasFocus());
    QTest::keyClick(item->checkBox(), Qt::Key_Space);
    QVERIFY(item->checkBox()->isChecked());
    QVERIFY(settled(page));

    // A photo of what was seen.
    const QString photo = m_home.filePath(QStringLiteral("drain-basin.png"));
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QVERIFY(image.save(photo, "PNG"));

    // "Photos and files" opens its menu (a popup with its own event loop) and the chosen entry opens the
    // file dialog (modal, its own loop): both are answered from the event loop as they show.
    QStringList menuEntries;
    bool fileDialogSeen = false;
    int fileDialogTries = 0;
    QTimer driver;
    connect(&driver, &QTimer::timeout, this, [&] {
        // The dialog first: the menu may still count as the open popup while its entry runs.
        if (auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget())) {
            // A dialog that does not take the file within 5 s is cancelled: the test fails, it does not hang.
            if (++fileDialogTries > 100) {
                dialog->reject();
                return;
            }
            fileDialogSeen = true;
            // Typed into its file name field, as a person would (selectFile() leaves a field that has the
            // focus alone).
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            if (!name)
                return;
            name->setText(photo);
            static_cast<QDialog*>(dialog)->accept();   // QFileDialog's own accept(), as its Open button
            return;
        }
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu || !menuEntries.isEmpty())
            return;
        QAction* toItem = nullptr;
        for (QAction* a : menu->actions()) {
            menuEntries << a->text();
            if (a->text().startsWith(QStringLiteral("Attach a photo or file to “")))
                toItem = a;
        }
        if (!toItem) {
            menu->close();
            return;
        }
        // Chosen by keyboard from the menu's own loop, not from inside this timer's call.
        QMetaObject::invokeMethod(menu, [menu, toItem] {
            menu->setActiveAction(toItem);
            QTest::keyClick(menu, Qt::Key_Return);
        }, Qt::QueuedConnection);
    });
    driver.start(50);
    QSignalSpy finished(page.data(), &ChecklistPage::actionFinished);
    QTest::mouseClick(page->attachButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return finished.size() > 0; }, 60000));
    driver.stop();
    QVERIFY2(fileDialogSeen, qPrintable(menuEntries.join(u'\n')));
    // The item in the inspector's words: its number as printed and its text, the basin.
    const QString words = page->itemWords(key);
    QVERIFY2(words.startsWith(key.item + u' ') && words.size() > key.item.size() + 3, qPrintable(words));
    QVERIFY2(menuEntries.contains(key.position > 0 ? QStringLiteral("Attach a photo or file to “%1” (basin %2)…").arg(words).arg(key.position)
                                                   : QStringLiteral("Attach a photo or file to “%1”…").arg(words)),
             qPrintable(menuEntries.join(u'\n')));
    QCOMPARE(finished.first().at(0).value<ChecklistPage::Action>(), ChecklistPage::Action::Attach);
    QVERIFY2(finished.first().at(1).toBool(), qPrintable(page->messageText()));
    QVERIFY2(page->messageText().contains(QStringLiteral("drain-basin.png is attached")), qPrintable(page->messageText()));

    // Stored on that item, by the inspector, as an image document of the order.
    const QString stored = value(QStringLiteral(
        "SELECT string_agg(a.section_id || '/' || a.item_id || '/' || a.position || '/' || d.filename || '/' || d.file_type"
        " || '/' || u.username, ',') FROM cs.qc_attachments a JOIN cs.order_documents d ON d.document_id = a.document_id"
        " JOIN cs.users u ON u.user_id = a.attached_by"
        " WHERE a.checklist_id = CAST(? AS uuid)"), {page->checklistId()}).toString();
    QCOMPARE(stored, QStringLiteral("%1/%2/%3/drain-basin.png/image/png/%4")
                         .arg(key.section, key.item)
                         .arg(key.position)
                         .arg(m_people.value(QStringLiteral("QCPerson")).username));
    // The page reads it back: the menu lists it with the item and who attached it.
    QTRY_VERIFY_WITH_TIMEOUT(page->form() && page->form()->record().attachments.size() == 1, 30000);
    const cs::data::ChecklistAttachment att = page->form()->record().attachments.first();
    QVERIFY(att.key && *att.key == key);
    QCOMPARE(att.filename, QStringLiteral("drain-basin.png"));
    QCOMPARE(att.attachedBy, m_people.value(QStringLiteral("QCPerson")).fullName);
    page->close();
}

void TestChecklistFail::finalQcFailedWithRework()
{
    // The build brought to Ready for Final QC the way the plant does: the Pre-QC signed PASS by the
    // inspector, the assembler claims it, does the production checks, the end-of-line test, the packing
    // list and signs the closing statement.
    QString build;
    const QString orderId = readyForPreQc(&build);
    QVERIFY(!orderId.isEmpty());
    QString error;
    const ScratchDatabase::Person& inspector = m_people.value(QStringLiteral("QCPerson"));
    const ScratchDatabase::Person& assembler = m_people.value(QStringLiteral("Assembler"));
    QVERIFY2(cs::test::QcGate::passPreQc(*m_db, orderId, inspector, &error), qPrintable(error));
    QVERIFY2(cs::test::QcGate::produce(*m_db, orderId, assembler, &error), qPrintable(error));

    Shell shell;
    QPointer<ChecklistPage> page = openChecklist(shell, orderId, QStringLiteral("FinalQC"));
    QVERIFY(page);
    QCOMPARE(page->qcType(), QStringLiteral("FinalQC"));
    // One item answered on the screen before the inspector finds the fault.
    ChecklistItemWidget* item = firstCheckItem(page);
    QVERIFY(item);
    item->checkBox()->setFocus();
    QTest::keyClick(item->checkBox(), Qt::Key_Space);
    QVERIFY(settled(page));

    // FAIL: reason, category, severity and the rework choice, each on the dialog, then the signature.
    QVERIFY(page->failButton()->isEnabled());
    QTest::mouseClick(page->failButton(), Qt::LeftButton);
    ChecklistFailDialog* fail = nullptr;
    QTRY_VERIFY((fail = page->findChild<ChecklistFailDialog*>()) != nullptr);
    auto* next = fail->findChild<QPushButton*>(QStringLiteral("failNextButton"));
    QVERIFY(next && !next->isEnabled());
    auto* reason = fail->findChild<QPlainTextEdit*>(QStringLiteral("failReasonTextEdit"));
    auto* category = fail->findChild<QComboBox*>(QStringLiteral("failCategoryComboBox"));
    auto* severity = fail->findChild<QComboBox*>(QStringLiteral("failSeverityComboBox"));
    auto* rework = fail->findChild<QRadioButton*>(QStringLiteral("reworkRadioButton"));
    QVERIFY(reason && category && severity && rework);
    reason->setFocus();
    QTest::keyClicks(reason, QStringLiteral("HI-POT leakage 7 mA on basin 1 heater circuit"));
    const int electrical = category->findData(QStringLiteral("Electrical"));
    QVERIFY(electrical > 0);
    category->setCurrentIndex(electrical);
    QVERIFY(!next->isEnabled());   // no severity yet
    severity->setCurrentIndex(severity->findData(QStringLiteral("Critical")));
    QTest::mouseClick(rework, Qt::LeftButton);
    QVERIFY(rework->isChecked());
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    SignatureDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<SignatureDialog*>(QStringLiteral("signatureDialog"))) != nullptr);
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(inspector.password);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(page->isSigned(), 30000);

    // The build is in Rework Final QC; the result keeps what the FAIL said; the signature says it.
    QCOMPARE(value(QStringLiteral("SELECT status::text FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {orderId}).toString(),
             QStringLiteral("ReworkFinalQC"));
    QCOMPARE(value(QStringLiteral(
                 "SELECT r.overall_status || '|' || r.fail_reason || '|' || r.fail_category || '|' || r.fail_severity || '|'"
                 " || r.rework_required || '|' || s.meaning || '|' || s.signer_username"
                 " FROM cs.qc_checklists c JOIN cs.qc_results r ON r.result_id = c.result_id"
                 " JOIN cs.signatures s ON s.signature_id = r.signature_id"
                 " WHERE c.order_id = CAST(? AS uuid) AND c.qc_type = 'FinalQC'"),
                   {orderId})
                 .toString(),
             QStringLiteral("Fail|HI-POT leakage 7 mA on basin 1 heater circuit|Electrical|Critical|true|Final QC failed|%1")
                 .arg(inspector.username));
    QVERIFY2(page->signatureText().contains(QStringLiteral("Final QC failed")), qPrintable(page->signatureText()));
    QVERIFY2(page->signatureText().contains(QStringLiteral("Critical")), qPrintable(page->signatureText()));
    QVERIFY(page->isReadOnly());
    page->close();
}

QTEST_MAIN(TestChecklistFail)
#include "tst_checklistfail.moc"
