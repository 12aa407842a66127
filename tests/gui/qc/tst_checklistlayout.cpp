// The QC checklist window and the assembler's bench as a line PC shows them: 1366×768, in English,
// French and Spanish, in the desk look and in shop-floor mode, with the demo data (a three-basin build
// ready for Pre-QC, one ready for Final QC, a claimed build half way through its production checks).
//   - Nothing scrolls sideways: the form is never wider than its pane, every item row lies inside it
//     with its answer buttons (they go onto a further line instead), a section's counter is whole,
//     and neither window asks for more than 1366 px.
//   - The bench's side pane holds the work instruction and what is still to do as tabs; step 3 before
//     the production checks are done says what is missing and goes to step 2.
//   - Without a window manager: Ctrl+W and Esc close the checklist window and the bench, and an answer
//     still being typed when the window closes is stored (the outbox sends it; once).
#include "checklisttesting.h"
#include "shelllogin.h"
#include "testdatabase.h"

#include "data/admin/demoseeder.h"
#include "ui/assembly/assemblybenchpage.h"
#include "ui/assembly/reworkpanel.h"
#include "ui/assembly/taskview.h"
#include "ui/common/appsettings.h"
#include "ui/common/logging.h"
#include "ui/common/shopfloor.h"
#include "ui/common/shopfloorstyle.h"
#include "ui/common/translator.h"
#include "ui/qc/checklistitemwidget.h"
#include "ui/qc/checklistpage.h"
#include "ui/qc/checklistsectionwidget.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/shell.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using cs::test::ScratchDatabase;
using namespace cs::ui;

namespace {

const QString kPreQcBuild = QStringLiteral("B-24020-1");     // three basins, Ready for Pre-QC
const QString kFinalQcBuild = QStringLiteral("B-24025-1");   // Ready for Final QC
const QString kBenchBuild = QStringLiteral("B-24021-1");     // claimed, production checks half done

void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
}

QRect rectIn(const QWidget* w, const QWidget* ancestor)
{
    return QRect(w->mapTo(ancestor, QPoint(0, 0)), w->size());
}

// What makes a checklist page (the window, or the one inside the bench) scroll sideways or cut
// something off; empty when nothing does.
QStringList layoutFaults(ChecklistPage* page, const QString& where)
{
    QStringList faults;
    auto* scroll = page->findChild<QScrollArea*>(QStringLiteral("formScrollArea"));
    if (!scroll || !scroll->widget())
        return {where + QStringLiteral(": no form")};
    QWidget* form = scroll->widget();
    const QWidget* viewport = scroll->viewport();
    if (scroll->horizontalScrollBar()->isVisible())
        faults << where + QStringLiteral(": a horizontal scroll bar under the form");
    if (form->width() > viewport->width())
        faults << where + QStringLiteral(": the form is %1 px wide in a pane of %2").arg(form->width()).arg(viewport->width());
    for (ChecklistSectionWidget* section : page->sectionWidgets()) {
        if (!section->isVisibleTo(page))
            continue;
        if (rectIn(section, form).right() > viewport->width())
            faults << where + QStringLiteral(": section %1 reaches past the pane").arg(section->objectName());
        auto* progress = section->findChild<QLabel*>(QStringLiteral("sectionProgressLabel"));
        if (progress && progress->sizeHint().width() > progress->width() + 1)
            faults << where + QStringLiteral(": the counter “%1” of %2 is cut").arg(progress->text(), section->objectName());
        auto* title = section->findChild<QLabel*>(QStringLiteral("sectionTitleLabel"));
        if (title && title->heightForWidth(title->width()) > title->height() + 1)
            faults << where + QStringLiteral(": the title “%1” is cut").arg(title->text());
    }
    for (ChecklistItemWidget* item : page->itemWidgets()) {
        if (!item->isVisibleTo(page))
            continue;
        if (rectIn(item, form).right() > viewport->width())
            faults << where + QStringLiteral(": %1 reaches past the pane").arg(item->objectName());
        for (QAbstractButton* b : item->optionButtons())
            if (!item->rect().contains(rectIn(b, item)))
                faults << where + QStringLiteral(": the answer “%1” of %2 lies outside its row").arg(b->text(), item->objectName());
        for (QAbstractButton* b : item->optionButtons())
            if (b->sizeHint().width() > b->width() + 1)
                faults << where + QStringLiteral(": the answer “%1” of %2 is cut").arg(b->text(), item->objectName());
    }
    return faults;
}

} // namespace

class TestChecklistLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void inspectorScreensFit();
    void benchFitsAndShowsTheWay();
    void closeKeysKeepTheAnswer();
    void benchCloseKeys();
    void reworkListsInShopFloorRows();

private:
    QString orderId(const QString& build);
    QString answerOf(const QString& build, const QString& item);
    bool logIn(const QString& username, const QString& password);
    void setLanguage(const QString& language);
    ChecklistPage* openChecklist(const QString& build, const QString& qcType);
    AssemblyBenchPage* openBench(const QString& build);

    QTemporaryDir m_tmp;
    std::unique_ptr<ScratchDatabase> m_db;
    std::unique_ptr<Shell> m_shell;
};

void TestChecklistLayout::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    cs::test::privateWorkstation(m_tmp.path());
    initLogging(m_tmp.path() + QStringLiteral("/logs"));
    ChecklistPage::setOutboxDirectory(m_tmp.path() + QStringLiteral("/outbox"));
    QString error;
    m_db = cs::test::demoDatabase(&error);
    QVERIFY2(m_db, qPrintable(error));
    AppSettings::setShopFloorMode(AppSettings::ShopFloorMode::Off);
    m_shell = std::make_unique<Shell>();
    m_shell->start();
}

void TestChecklistLayout::cleanupTestCase()
{
    if (m_shell)
        setLanguage(QStringLiteral("en"));
    m_shell.reset();
    ShopFloor::apply(false);
}

QString TestChecklistLayout::orderId(const QString& build)
{
    QSqlQuery q(m_db->superuser());
    q.prepare(QStringLiteral("SELECT order_id::text FROM cs.orders WHERE build_number = ?"));
    q.addBindValue(build);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString TestChecklistLayout::answerOf(const QString& build, const QString& item)
{
    QSqlQuery q(m_db->superuser());
    q.prepare(QStringLiteral("SELECT string_agg(a.value::text, '|') FROM cs.qc_answers a "
                             "JOIN cs.qc_checklists c ON c.checklist_id = a.checklist_id "
                             "JOIN cs.orders o ON o.order_id = c.order_id WHERE o.build_number = ? AND a.item_id = ?"));
    q.addBindValue(build);
    q.addBindValue(item);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool TestChecklistLayout::logIn(const QString& username, const QString& password)
{
    if (m_shell->mainWindow()) {
        m_shell->switchUser();
        if (!QTest::qWaitFor([this] { return m_shell->loginDialog() != nullptr; }, 20000))
            return false;
    }
    return cs::test::logIn(*m_shell, username, password);
}

void TestChecklistLayout::setLanguage(const QString& language)
{
    // As the settings dialog does: the setting, then the Translator (LanguageChange everywhere).
    AppSettings::setLanguage(language);
    m_shell->translator()->setLanguage(language);
    settle();
}

ChecklistPage* TestChecklistLayout::openChecklist(const QString& build, const QString& qcType)
{
    MainWindow* w = m_shell->mainWindow();
    w->openChecklist(orderId(build), qcType);
    if (!QTest::qWaitFor([w, qcType] { return w->lastChecklistPage() && w->lastChecklistPage()->qcType() == qcType
                                              && w->lastChecklistPage()->isLoaded(); },
                         30000))
        return nullptr;
    ChecklistPage* page = w->lastChecklistPage();
    page->resize(1366, 768);   // the line PC's screen
    settle();
    return page;
}

AssemblyBenchPage* TestChecklistLayout::openBench(const QString& build)
{
    MainWindow* w = m_shell->mainWindow();
    const QString id = orderId(build);
    w->openBench(id);
    if (!QTest::qWaitFor([w, id] { return w->lastBenchPage() && w->lastBenchPage()->orderId() == id && w->lastBenchPage()->isLoaded(); },
                         30000))
        return nullptr;
    AssemblyBenchPage* bench = w->lastBenchPage();
    bench->resize(1366, 768);
    settle();
    return bench;
}

void TestChecklistLayout::inspectorScreensFit()
{
    QVERIFY(logIn(QStringLiteral("inspector"), QStringLiteral("demo-inspector")));
    QStringList faults;
    for (const auto& [build, qcType] : {std::pair{kPreQcBuild, QStringLiteral("PreQC")}, std::pair{kFinalQcBuild, QStringLiteral("FinalQC")}}) {
        QPointer<ChecklistPage> page = openChecklist(build, qcType);
        QVERIFY2(page, qPrintable(qcType));
        // Every section open, so that every row is laid out.
        for (ChecklistSectionWidget* section : page->sectionWidgets())
            section->setExpanded(true);
        for (const QString& language : Translator::languages()) {
            setLanguage(language);
            for (bool shopFloor : {false, true}) {
                ShopFloor::apply(shopFloor);
                settle();
                const QString where = QStringLiteral("%1 %2 %3").arg(qcType, language, shopFloor ? QStringLiteral("shop floor")
                                                                                                  : QStringLiteral("desk"));
                if (page->minimumSizeHint().width() > 1366)
                    faults << where + QStringLiteral(": the window needs %1 px").arg(page->minimumSizeHint().width());
                faults << layoutFaults(page, where);
                // The drawing beside the form (Pre-QC opens with it): the form still fits its narrower pane.
                if (qcType == u"PreQC" && page->drawingButton()->isChecked()) {
                    page->drawingButton()->setChecked(false);
                    settle();
                    faults << layoutFaults(page, where + QStringLiteral(" without the drawing"));
                    page->drawingButton()->setChecked(true);
                    settle();
                }
            }
        }
        setLanguage(QStringLiteral("en"));
        ShopFloor::apply(false);
        page->close();
        QTRY_VERIFY(page.isNull());
    }
    QVERIFY2(faults.isEmpty(), qPrintable(QStringLiteral("\n") + faults.join(u'\n')));
}

void TestChecklistLayout::benchFitsAndShowsTheWay()
{
    QVERIFY(logIn(QStringLiteral("assembler"), QStringLiteral("demo-assembler")));
    QPointer<AssemblyBenchPage> bench = openBench(kBenchBuild);
    QVERIFY(bench);
    QVERIFY(bench->state()->claimedBy(QStringLiteral("assembler")));
    QStringList faults;
    for (const QString& language : Translator::languages()) {
        setLanguage(language);
        for (bool shopFloor : {false, true}) {
            ShopFloor::apply(shopFloor);
            bench->showStep(AssemblyBenchPage::Step::Production);
            QTRY_VERIFY_WITH_TIMEOUT(bench->productionPage() && bench->productionPage()->isLoaded(), 30000);
            settle();
            const QString where = QStringLiteral("bench %1 %2").arg(language, shopFloor ? QStringLiteral("shop floor")
                                                                                        : QStringLiteral("desk"));
            if (bench->minimumSizeHint().width() > 1366)
                faults << where + QStringLiteral(": the window needs %1 px").arg(bench->minimumSizeHint().width());
            if (bench->width() > 1366)
                faults << where + QStringLiteral(": the window is %1 px wide").arg(bench->width());
            faults << layoutFaults(bench->productionPage(), where);
            // The work instruction and what is still to do share the side pane as tabs, the
            // instruction first.
            ChecklistPage* clp = bench->productionPage();
            QTabWidget* side = clp->sideTabs();
            if (!side || side->count() != 2 || !bench->taskView()->isVisible())
                faults << where + QStringLiteral(": no side pane with the instruction shown");
            else if (rectIn(side, bench).right() > bench->width())
                faults << where + QStringLiteral(": the side pane reaches past the window");
            // Each step's row shows its words whole.
            QListWidget* steps = bench->stepList();
            for (int i = 0; i < steps->count(); ++i) {
                const QRect row = steps->visualItemRect(steps->item(i));
                const QRect needed = steps->fontMetrics().boundingRect(QRect(0, 0, row.width() - 8, 10000), Qt::TextWordWrap,
                                                                       steps->item(i)->text());
                if (needed.height() > row.height())
                    faults << where + QStringLiteral(": step row “%1” is cut").arg(steps->item(i)->text());
            }
        }
    }
    setLanguage(QStringLiteral("en"));
    ShopFloor::apply(false);

    // Packing needs no instruction: the pane shows what is still to do alone.
    bench->showStep(AssemblyBenchPage::Step::Packaging);
    QVERIFY(!bench->productionPage()->isCompanionShown());
    bench->showStep(AssemblyBenchPage::Step::Production);
    QVERIFY(bench->productionPage()->isCompanionShown());

    // Step 3 before the production checks are done: what is missing, and the way to step 2.
    const int missing = int(bench->productionPage()->missingIn({QStringLiteral("S2"), QStringLiteral("S2X"), QStringLiteral("S3")}).size());
    QVERIFY(missing > 0);
    bench->showStep(AssemblyBenchPage::Step::Test);
    QVERIFY(!bench->testPage());
    QVERIFY(bench->toProductionButton()->isVisible());
    QCOMPARE(bench->testMissingList()->count(), missing);
    QListWidgetItem* first = bench->testMissingList()->item(0);
    const QStringList key = first->data(Qt::UserRole).toStringList();
    QCOMPARE(key.size(), 3);
    bench->testMissingList()->itemActivated(first);
    QCOMPARE(bench->currentStep(), AssemblyBenchPage::Step::Production);
    QCOMPARE(bench->productionPage()->currentItem()->item, key.at(1));
    bench->showStep(AssemblyBenchPage::Step::Test);
    QTest::mouseClick(bench->toProductionButton(), Qt::LeftButton);
    QCOMPARE(bench->currentStep(), AssemblyBenchPage::Step::Production);
    bench->close();
    QTRY_VERIFY(bench.isNull());
    QVERIFY2(faults.isEmpty(), qPrintable(QStringLiteral("\n") + faults.join(u'\n')));
}

void TestChecklistLayout::closeKeysKeepTheAnswer()
{
    QVERIFY(logIn(QStringLiteral("inspector"), QStringLiteral("demo-inspector")));
    QPointer<ChecklistPage> page = openChecklist(kPreQcBuild, QStringLiteral("PreQC"));
    QVERIFY(page);
    QVERIFY(cs::test::settled(page));
    // The number of basins typed, and the window closed with Ctrl+W before the line was left.
    ChecklistItemWidget* basins = page->itemWidget({QStringLiteral("header"), QStringLiteral("H.basinCount"), 0});
    QVERIFY(basins && basins->lineEdit());
    QVERIFY(basins->lineEdit()->text().isEmpty());
    page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(page));
    basins->lineEdit()->setFocus();
    QTRY_VERIFY(basins->lineEdit()->hasFocus());
    QTest::keyClicks(basins->lineEdit(), QStringLiteral("3"));
    QTest::keyClick(basins->lineEdit(), Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(page.isNull());
    // Stored, once, whether the page lived to hear the server or the next opening sent it again.
    page = openChecklist(kPreQcBuild, QStringLiteral("PreQC"));
    QVERIFY(page);
    QVERIFY(cs::test::settled(page));
    QTRY_COMPARE_WITH_TIMEOUT(answerOf(kPreQcBuild, QStringLiteral("H.basinCount")), QStringLiteral("3"), 30000);
    basins = page->itemWidget({QStringLiteral("header"), QStringLiteral("H.basinCount"), 0});
    QCOMPARE(basins->lineEdit()->text(), QStringLiteral("3"));
    QCOMPARE(page->pendingCount(), 0);
    // Esc closes it too.
    page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(page));
    QTest::keyClick(page, Qt::Key_Escape);
    QTRY_VERIFY(page.isNull());
}

void TestChecklistLayout::benchCloseKeys()
{
    QVERIFY(logIn(QStringLiteral("assembler"), QStringLiteral("demo-assembler")));
    for (const auto key : {QKeyCombination(Qt::ControlModifier, Qt::Key_W), QKeyCombination(Qt::NoModifier, Qt::Key_Escape)}) {
        QPointer<AssemblyBenchPage> bench = openBench(kBenchBuild);
        QVERIFY(bench);
        bench->showStep(AssemblyBenchPage::Step::Production);
        QTRY_VERIFY_WITH_TIMEOUT(bench->productionPage() && bench->productionPage()->isLoaded(), 30000);
        bench->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(bench));
        // From inside the checklist it holds (its own keys give way to the window's).
        bench->productionPage()->missingList()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), key.key(), key.keyboardModifiers());
        QTRY_VERIFY(bench.isNull());
    }
}

void TestChecklistLayout::reworkListsInShopFloorRows()
{
    // The rework step's lists in shop-floor rows, like the rest of the bench (a Final QC rework: what the
    // inspector found, what the rework touched).
    QVERIFY(logIn(QStringLiteral("assembler"), QStringLiteral("demo-assembler")));
    ShopFloor::apply(true);
    QPointer<AssemblyBenchPage> bench = openBench(QStringLiteral("B-24028-1"));
    QVERIFY(bench);
    QCOMPARE(bench->state()->status, QStringLiteral("ReworkFinalQC"));
    if (!bench->state()->claimedBy(QStringLiteral("assembler"))) {
        QVERIFY(bench->claim());
        QTRY_VERIFY_WITH_TIMEOUT(bench->isLoaded() && bench->state()->claimedBy(QStringLiteral("assembler")), 30000);
    }
    bench->showStep(AssemblyBenchPage::Step::Rework);
    settle();
    ReworkPanel* rework = bench->reworkPanel();
    QVERIFY(rework->isVisible());
    auto* found = rework->findChild<QListWidget*>(QStringLiteral("reworkFailedItemsList"));
    for (QListWidget* list : {found, rework->touchedList()}) {
        QVERIFY2(list->isVisible() && list->count() > 0, qPrintable(list->objectName()));
        for (int i = 0; i < list->count(); ++i)
            QVERIFY2(list->visualItemRect(list->item(i)).height() >= ShopFloorStyle::kRowHeight,
                     qPrintable(QStringLiteral("%1 row %2: %3 px").arg(list->objectName()).arg(i)
                                    .arg(list->visualItemRect(list->item(i)).height())));
    }
    // What the inspector found shows whole: the list is as high as its rows (up to three).
    QVERIFY(found->viewport()->height() >= found->visualItemRect(found->item(qMin(found->count(), 3) - 1)).bottom());
    ShopFloor::apply(false);
    bench->close();
    QTRY_VERIFY(bench.isNull());
}

QTEST_MAIN(TestChecklistLayout)
#include "tst_checklistlayout.moc"
