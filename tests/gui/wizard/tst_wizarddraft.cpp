// The start-up offer of an unfinished order, against a real PostgreSQL and through the real shell:
// a coordinator types an order in the wizard and the application goes away without submitting (a
// crash: only what was saved while typing is left); at the next login the main window offers the
// order, and continuing it brings back every value typed and the attached file. "Later" keeps the
// draft for the next start, "Discard it" removes it for good, and a wizard opened and closed without
// typing leaves no empty draft. A new order while a draft is kept (one per person) asks first:
// continue it, discard it and start the new one, or cancel; each does what it says, and the kept
// draft is never overwritten by the new order.
#include "shelllogin.h"
#include "testdatabase.h"
#include "wizarddriver.h"

#include "ui/common/appsettings.h"

#include "data/catalog/catalogimporter.h"
#include "ui/shell/mainwindow.h"
#include "ui/wizard/orderwizard.h"
#include "ui/shell/shell.h"
#include "ui/wizard/wizarddraftstore.h"

#include <QAction>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using cs::test::ScratchDatabase;
using namespace cs;
using namespace cs::ui;

class TestWizardDraft : public QObject, public cs::test::WizardDriver
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void offeredAfterCrashAndRestored();
    void laterKeepsDiscardRemoves();
    void untouchedWizardLeavesNoDraft();
    void newOrderAsksAboutKeptDraft();

private:
    // A new application start: a new shell, the coordinator logs in; the main window.
    MainWindow* startApp();
    // Lets the main window's start-up work run (its offer is queued when it is created): a marker
    // posted now runs after it.
    void settle();
    QMessageBox* offer() const;
    QAbstractButton* offerButton(QMessageBox::ButtonRole role) const;
    OrderWizard* newOrder();
    WizardDraftStore store() const { return WizardDraftStore(m_coordinator.username); }

    QTemporaryDir m_home;
    std::unique_ptr<ScratchDatabase> m_db;
    ScratchDatabase::Person m_coordinator;
    std::unique_ptr<Shell> m_shell;
};

void TestWizardDraft::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    const QString notReady = cs::test::setUpWizardDatabase(m_home, &m_db, &m_coordinator);
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    QSettings().clear();
    cs::test::useDemoProfile(*m_db);
}

void TestWizardDraft::init()
{
    store().remove();
}

void TestWizardDraft::cleanup()
{
    m_shell.reset();
    setWizard(nullptr);
    store().remove();
}

void TestWizardDraft::cleanupTestCase()
{
    m_shell.reset();
    m_db.reset();
}

MainWindow* TestWizardDraft::startApp()
{
    m_shell = std::make_unique<Shell>();
    m_shell->start();
    if (!cs::test::logIn(*m_shell, m_coordinator.username, m_coordinator.password))
        return nullptr;
    return m_shell->mainWindow();
}

void TestWizardDraft::settle()
{
    bool ran = false;
    QTimer::singleShot(0, m_shell.get(), [&ran] { ran = true; });
    QTRY_VERIFY(ran);
}

QMessageBox* TestWizardDraft::offer() const
{
    // The visible one: an answered question closes and is deleted a moment later.
    MainWindow* main = m_shell ? m_shell->mainWindow() : nullptr;
    if (!main)
        return nullptr;
    for (QMessageBox* box : main->findChildren<QMessageBox*>(QStringLiteral("draftMessageBox")))
        if (box->isVisible())
            return box;
    return nullptr;
}

QAbstractButton* TestWizardDraft::offerButton(QMessageBox::ButtonRole role) const
{
    QMessageBox* box = offer();
    if (!box)
        return nullptr;
    for (QAbstractButton* b : box->buttons())
        if (box->buttonRole(b) == role)
            return b;
    return nullptr;
}

OrderWizard* TestWizardDraft::newOrder()
{
    MainWindow* main = m_shell->mainWindow();
    auto* action = main ? main->findChild<QAction*>(QStringLiteral("actionNewOrder")) : nullptr;
    if (!action)
        return nullptr;
    action->trigger();
    setWizard(main->orderWizard());
    return main->orderWizard();
}

void TestWizardDraft::offeredAfterCrashAndRestored()
{
    QVERIFY(startApp());
    settle();
    QVERIFY(!offer()); // nothing kept yet
    QVERIFY(newOrder());

    // The coordinator types steps 1 and 2 and part of step 3, and attaches the PO.
    const QString po = QStringLiteral("PO-CRASH-") + ScratchDatabase::randomSuffix(4).toUpper();
    const QString build = QStringLiteral("CR") + ScratchDatabase::randomSuffix(6).toUpper();
    fillOrderPage(po);
    QTemporaryDir files;
    const QString pdf = files.filePath(QStringLiteral("po-scan.pdf"));
    QVERIFY(cs::test::writePdf(pdf));
    OrderWizard::setNextFileName(pdf);
    click("addPoDocumentButton");
    QCOMPARE(driven()->attachments().size(), 1);
    clickNext();
    fillSelection(build);
    clickNext();
    QCOMPARE(driven()->currentId(), int(OrderWizard::SinkPage));
    down("modelComboBox", 2); // T2-B2
    type("widthLineEdit", QStringLiteral("28"));
    type("lengthLineEdit", QStringLiteral("72"));
    down("basin1TypeComboBox", 1); // E-Sink
    if (QTest::currentTestFailed())
        return;

    // The crash: what is on disk is what was saved while typing; nothing runs afterwards.
    QFile draftFile(store().filePath());
    QVERIFY(draftFile.open(QIODevice::ReadOnly));
    const QByteArray savedWhileTyping = draftFile.readAll();
    draftFile.close();
    QVERIFY(savedWhileTyping.contains(po.toUtf8()));
    QVERIFY(savedWhileTyping.contains(build.toUtf8()));
    m_shell.reset(); // the window and its wizard go
    QVERIFY(draftFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(draftFile.write(savedWhileTyping), savedWhileTyping.size()); // undo the orderly last save
    draftFile.close();

    // The next start offers it, naming the PO.
    MainWindow* main = startApp();
    QVERIFY(main);
    QTRY_VERIFY(offer());
    QVERIFY(offer()->text().contains(po));
    QVERIFY(!main->orderWizard());
    QAbstractButton* resume = offerButton(QMessageBox::AcceptRole);
    QVERIFY(resume);
    QTest::mouseClick(resume, Qt::LeftButton);
    QTRY_VERIFY(main->orderWizard());
    QVERIFY(!offer());
    OrderWizard* wizard = main->orderWizard();
    setWizard(wizard);
    QVERIFY(wizard->isVisible());

    // Every value typed is back, on the step it was typed on.
    QCOMPARE(wizard->currentId(), int(OrderWizard::SinkPage));
    QCOMPARE(child<QLineEdit>("poLineEdit")->text(), po);
    QCOMPARE(child<QLineEdit>("customerLineEdit")->text(), QStringLiteral("St. Mary's Hospital"));
    QCOMPARE(child<QLineEdit>("projectLineEdit")->text(), QStringLiteral("Sterile processing 2"));
    QCOMPARE(child<QLineEdit>("salesLineEdit")->text(), QStringLiteral("Dana Sales"));
    QCOMPARE(child<QDateEdit>("wantDateEdit")->date(), QDate::currentDate().addDays(AppSettings::leadTimeDays()).addYears(1));
    QCOMPARE(child<QComboBox>("languageComboBox")->currentIndex(), 1); // FR
    QCOMPARE(child<QPlainTextEdit>("notesPlainTextEdit")->toPlainText(), QStringLiteral("Deliver to dock B"));
    QCOMPARE(wizard->attachments().size(), 1);
    QCOMPARE(wizard->attachments().at(0).documentType, QStringLiteral("PO"));
    QCOMPARE(child<QListWidget>("documentsListWidget")->count(), 1);
    QVERIFY(child<QListWidget>("documentsListWidget")->item(0)->text().contains(QStringLiteral("po-scan.pdf")));
    QCOMPARE(child<QSpinBox>("quantitySpinBox")->value(), 1);
    QCOMPARE(child<QLineEdit>("build1LineEdit")->text(), build);
    QCOMPARE(child<QComboBox>("modelComboBox")->currentIndex(), 2);
    QCOMPARE(child<QLineEdit>("widthLineEdit")->text(), QStringLiteral("28"));
    QCOMPARE(child<QLineEdit>("lengthLineEdit")->text(), QStringLiteral("72"));
    QCOMPARE(child<QComboBox>("basin1TypeComboBox")->currentIndex(), 1);
    QVERIFY(child<QWidget>("basin2GroupBox")->isVisible());
    const domain::OrderConfiguration& c = wizard->configuration();
    QCOMPARE(c.order.poNumber, po);
    QVERIFY(c.order.language == domain::DocumentLanguage::FR);
    QCOMPARE(c.builds.size(), 1);
    QCOMPARE(c.builds.at(0).buildNumber, build);
    QVERIFY(c.builds.at(0).config);
    QVERIFY(c.builds.at(0).config->model == domain::SinkModel::T2B2);

    // The coordinator goes on where they stopped: the wizard still saves as they type.
    type("widthLineEdit", QStringLiteral("5"));
    QCOMPARE(*wizard->configuration().builds.at(0).config->widthIn, 285.0);
    const auto draft = store().load();
    QVERIFY(draft);
    QVERIFY(QJsonDocument(draft->configuration).toJson().contains("285"));
}

void TestWizardDraft::laterKeepsDiscardRemoves()
{
    // A draft left by a closed application.
    QVERIFY(startApp());
    settle();
    QVERIFY(newOrder());
    const QString po = QStringLiteral("PO-LATER-") + ScratchDatabase::randomSuffix(4).toUpper();
    type("poLineEdit", po);
    type("customerLineEdit", QStringLiteral("Riverside Clinic"));
    m_shell.reset();
    QVERIFY(store().exists());

    // "Later": no wizard, the draft stays and is offered again at the next start.
    MainWindow* main = startApp();
    QVERIFY(main);
    QTRY_VERIFY(offer());
    QVERIFY(offer()->text().contains(po));
    QAbstractButton* later = offerButton(QMessageBox::RejectRole);
    QVERIFY(later);
    QTest::mouseClick(later, Qt::LeftButton);
    QTRY_VERIFY(!offer());
    QVERIFY(!main->orderWizard());
    QVERIFY(store().exists());
    m_shell.reset();

    main = startApp();
    QVERIFY(main);
    QTRY_VERIFY(offer());
    QVERIFY(offer()->text().contains(po));

    // "Discard it": the draft is gone, no wizard opens, and the next start offers nothing.
    QAbstractButton* discard = offerButton(QMessageBox::DestructiveRole);
    QVERIFY(discard);
    QTest::mouseClick(discard, Qt::LeftButton);
    QTRY_VERIFY(!offer());
    QVERIFY(!main->orderWizard());
    QVERIFY(!store().exists());
    m_shell.reset();
    QVERIFY(!store().exists());

    main = startApp();
    QVERIFY(main);
    settle();
    QVERIFY(!offer());
    QVERIFY(!main->findChild<QMessageBox*>(QStringLiteral("draftMessageBox")));
    // A new order starts empty.
    QVERIFY(newOrder());
    QVERIFY(child<QLineEdit>("poLineEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>("customerLineEdit")->text().isEmpty());
}

void TestWizardDraft::untouchedWizardLeavesNoDraft()
{
    QVERIFY(startApp());
    settle();
    // Opened and closed without typing: nothing to offer at the next start.
    QPointer<OrderWizard> wizard = newOrder();
    QVERIFY(wizard);
    wizard->close();
    QTRY_VERIFY(wizard.isNull());
    QVERIFY(!store().exists());

    // A draft kept with "Later" survives a new order opened and closed untouched.
    wizard = newOrder();
    QVERIFY(wizard);
    const QString po = QStringLiteral("PO-KEEP-") + ScratchDatabase::randomSuffix(4).toUpper();
    type("poLineEdit", po);
    wizard->close();
    QTRY_VERIFY(wizard.isNull());
    QVERIFY(store().exists());
    m_shell.reset();

    MainWindow* main = startApp();
    QVERIFY(main);
    QTRY_VERIFY(offer());
    QTest::mouseClick(offerButton(QMessageBox::RejectRole), Qt::LeftButton);
    QTRY_VERIFY(!offer());
    // A new order asks about it first (newOrderAsksAboutKeptDraft); cancelled, it is kept as it was.
    QVERIFY(!newOrder());
    QTRY_VERIFY(offer());
    QTest::mouseClick(offerButton(QMessageBox::RejectRole), Qt::LeftButton);
    QTRY_VERIFY(!offer());
    QVERIFY(!main->orderWizard());
    const auto kept = store().load();
    QVERIFY(kept);
    QCOMPARE(kept->configuration.value(u"order").toObject().value(u"poNumber").toString(), po);
    m_shell.reset();

    QVERIFY(startApp());
    QTRY_VERIFY(offer());
    QVERIFY(offer()->text().contains(po));
}

void TestWizardDraft::newOrderAsksAboutKeptDraft()
{
    // A draft left by a closed application, and "Later" at the next start.
    QVERIFY(startApp());
    settle();
    QVERIFY(newOrder());
    const QString po = QStringLiteral("PO-KEPT-") + ScratchDatabase::randomSuffix(4).toUpper();
    type("poLineEdit", po);
    type("customerLineEdit", QStringLiteral("Lakeside Surgical"));
    // The scan filter may hold a last key that could start a scan ("C") for a few milliseconds.
    QTRY_COMPARE(child<QLineEdit>("customerLineEdit")->text(), QStringLiteral("Lakeside Surgical"));
    QTRY_COMPARE(child<QLineEdit>("poLineEdit")->text(), po);
    m_shell.reset();
    QVERIFY(store().exists());
    MainWindow* main = startApp();
    QVERIFY(main);
    QTRY_VERIFY(offer());
    QTest::mouseClick(offerButton(QMessageBox::RejectRole), Qt::LeftButton);
    QTRY_VERIFY(!offer());
    const QByteArray keptFile = [this] {
        QFile f(store().filePath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(keptFile.contains(po.toUtf8()));
    auto draftUntouched = [&] {
        QFile f(store().filePath());
        return f.open(QIODevice::ReadOnly) && f.readAll() == keptFile;
    };

    // "New order": the question, with the kept order's PO, before any wizard opens.
    QVERIFY(!newOrder());
    QTRY_VERIFY(offer());
    QVERIFY(!main->orderWizard());
    QVERIFY2(offer()->text().contains(po), qPrintable(offer()->text()));
    QVERIFY(offer()->text().contains(QStringLiteral("start a new order")));
    QCOMPARE(offer()->buttons().size(), 3);
    QAbstractButton* resume = offerButton(QMessageBox::AcceptRole);
    QAbstractButton* discard = offerButton(QMessageBox::DestructiveRole);
    QAbstractButton* cancel = offerButton(QMessageBox::RejectRole);
    QVERIFY(resume && discard && cancel);
    QCOMPARE(resume->text(), QStringLiteral("&Continue the order"));   // the start-up offer's words
    QCOMPARE(discard->text(), QStringLiteral("&Discard it and start a new order"));
    // Asked again meanwhile (the shortcut once more): the same question, not a second one.
    QMessageBox* asked = offer();
    main->newOrder();
    const QList<QMessageBox*> boxes = main->findChildren<QMessageBox*>(QStringLiteral("draftMessageBox"));
    QCOMPARE(std::count_if(boxes.cbegin(), boxes.cend(), [](QMessageBox* b) { return b->isVisible(); }), 1);
    QCOMPARE(offer(), asked);

    // Cancel: nothing opens, the draft is as it was.
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!offer());
    QVERIFY(!main->orderWizard());
    QVERIFY(draftUntouched());

    // Continue: the kept order opens with what was typed.
    QVERIFY(!newOrder());
    QTRY_VERIFY(offer());
    QTest::mouseClick(offerButton(QMessageBox::AcceptRole), Qt::LeftButton);
    QTRY_VERIFY(!offer());
    QPointer<OrderWizard> wizard = main->orderWizard();
    QVERIFY(wizard);
    setWizard(wizard);
    QCOMPARE(child<QLineEdit>("poLineEdit")->text(), po);
    QCOMPARE(child<QLineEdit>("customerLineEdit")->text(), QStringLiteral("Lakeside Surgical"));
    // While it is open, "New order" brings it to the front and asks nothing.
    QCOMPARE(newOrder(), wizard.data());
    QVERIFY(!offer());
    wizard->close();
    QTRY_VERIFY(wizard.isNull());
    const auto stillKept = store().load();
    QVERIFY(stillKept);
    QCOMPARE(stillKept->configuration.value(u"order").toObject().value(u"poNumber").toString(), po);

    // Discard it and start a new order: the draft is gone and an empty wizard opens; what is typed
    // now is the new draft.
    QVERIFY(!newOrder());
    QTRY_VERIFY(offer());
    QTest::mouseClick(offerButton(QMessageBox::DestructiveRole), Qt::LeftButton);
    QTRY_VERIFY(!offer());
    wizard = main->orderWizard();
    QVERIFY(wizard);
    setWizard(wizard);
    QVERIFY(!store().exists());
    QVERIFY(child<QLineEdit>("poLineEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>("customerLineEdit")->text().isEmpty());
    const QString newPo = QStringLiteral("PO-NEW-") + ScratchDatabase::randomSuffix(4).toUpper();
    type("poLineEdit", newPo);
    QTRY_COMPARE(child<QLineEdit>("poLineEdit")->text(), newPo);   // a held last key, as above
    const auto fresh = store().load();
    QVERIFY(fresh);
    QCOMPARE(fresh->configuration.value(u"order").toObject().value(u"poNumber").toString(), newPo);
    wizard->close();
    QTRY_VERIFY(wizard.isNull());

    // With no draft left, "New order" opens at once.
    store().remove();
    wizard = newOrder();
    QVERIFY(wizard);
    QVERIFY(!offer());
}

QTEST_MAIN(TestWizardDraft)
#include "tst_wizarddraft.moc"
