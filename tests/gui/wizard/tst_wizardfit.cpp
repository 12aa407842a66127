// The order wizard on the screens coordinators have: an 800×600 screen (what the offscreen platform
// gives by default), a 1366×768 laptop and a 1920×1080 desk screen, side by side on one offscreen
// platform. On each, walked through its five steps with a three-basin sink, the wizard's frame stays
// inside the screen's available area and its buttons (Back, Next, Submit, Cancel) are on the screen and
// inside the wizard; the page scrolls instead of growing. A large screen's room is used. On the laptop and
// larger, the BOM preview shows the part names whole and says why each line is there in words, without
// the configuration's internal codes (E_SINK, HEIGHT_ADJUSTABLE).
#include "shelllogin.h"
#include "testdatabase.h"
#include "wizarddriver.h"

#include "data/catalog/catalogcache.h"
#include "data/common/session.h"
#include "ui/common/itemviewtext.h"
#include "ui/shell/shell.h"
#include "ui/wizard/bompreviewwidget.h"
#include "ui/wizard/orderwizard.h"
#include "ui/wizard/wizarddraftstore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QWindow>

using cs::test::ScratchDatabase;
using namespace cs;
using namespace cs::ui;

class TestWizardFit : public QObject, public cs::test::WizardDriver
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void fitsEveryScreen_data();
    void fitsEveryScreen();

private:
    // The wizard's frame inside the screen's available area, its buttons shown whole on it.
    void verifyFits(const QString& step);
    // The BOM preview: names whole, reasons in words.
    void verifyPreviewWords(bool namesWhole);

    QTemporaryDir m_home;
    std::unique_ptr<ScratchDatabase> m_db;
    ScratchDatabase::Person m_coordinator;
    std::unique_ptr<Shell> m_shell;
    std::unique_ptr<data::CatalogCache> m_cache;
    std::unique_ptr<OrderWizard> m_wizard;
};

void TestWizardFit::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    const QString notReady = cs::test::setUpWizardDatabase(m_home, &m_db, &m_coordinator);
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    // Logged in through the shell, as the coordinator does.
    m_shell = cs::test::loggedInShell(*m_db, m_coordinator);
    QVERIFY(m_shell);
    m_cache = cs::test::refreshedCatalog(m_home, m_shell->session()->workerSettings());
    QVERIFY(m_cache);
}

void TestWizardFit::cleanup()
{
    setWizard(nullptr);
    m_wizard.reset();
    WizardDraftStore(m_coordinator.username).remove();
}

void TestWizardFit::cleanupTestCase()
{
    m_wizard.reset();
    m_cache.reset();
    m_shell.reset();
    m_db.reset();
}

void TestWizardFit::fitsEveryScreen_data()
{
    QTest::addColumn<int>("screen");
    const QList<QScreen*> screens = QGuiApplication::screens();
    for (int i = 0; i < screens.size(); ++i) {
        const QSize size = screens.at(i)->size();
        QTest::addRow("%dx%d", size.width(), size.height()) << i;
    }
}

void TestWizardFit::verifyFits(const QString& step)
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    const QByteArray where = step.toUtf8();
    const QRect available = m_wizard->screen()->availableGeometry();
    const QRect frame = m_wizard->frameGeometry();
    QVERIFY2(available.contains(frame),
             qPrintable(QStringLiteral("%1: the wizard's frame %2,%3 %4x%5 is not inside the available %6x%7")
                            .arg(step)
                            .arg(frame.x())
                            .arg(frame.y())
                            .arg(frame.width())
                            .arg(frame.height())
                            .arg(available.width())
                            .arg(available.height())));
    int buttons = 0;
    for (auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton}) {
        QAbstractButton* b = m_wizard->button(which);
        if (!b || !b->isVisible())
            continue;
        ++buttons;
        const QRect inWizard(b->mapTo(m_wizard.get(), QPoint(0, 0)), b->size());
        QVERIFY2(m_wizard->rect().contains(inWizard), (where + ": " + b->text().toUtf8() + " is cut off").constData());
        const QRect onScreen(b->mapToGlobal(QPoint(0, 0)), b->size());
        QVERIFY2(available.contains(onScreen), (where + ": " + b->text().toUtf8() + " is off the screen").constData());
    }
    QVERIFY2(buttons >= 2, where.constData());   // Next or Submit, and Cancel at least
    // The page is inside the wizard too: it scrolls rather than running under the buttons.
    QWidget* page = m_wizard->currentPage();
    QVERIFY(page);
    const QRect pageRect(page->mapTo(m_wizard.get(), QPoint(0, 0)), page->size());
    QVERIFY2(m_wizard->rect().contains(pageRect), where.constData());
    const int buttonsTop = m_wizard->button(QWizard::CancelButton)->mapTo(m_wizard.get(), QPoint(0, 0)).y();
    QVERIFY2(pageRect.bottom() < buttonsTop, where.constData());
}

void TestWizardFit::verifyPreviewWords(bool namesWhole)
{
    QVERIFY(waitPreview());
    QCoreApplication::processEvents();
    auto* preview = child<BomPreviewWidget>("previewWidget");
    QVERIFY(preview);
    QStandardItemModel* model = preview->model();
    QVERIFY(model->rowCount() > 10);
    auto* view = preview->findChild<QTreeView*>(QStringLiteral("linesTreeView"));
    QVERIFY(view);
    // A code of the configuration: upper-case words joined by underscores (E_SINK, LOCK_LEVELING_CASTERS).
    static const QRegularExpression code(QStringLiteral("\\b[A-Z0-9]+_[A-Z0-9_]+\\b"));
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString why = model->item(row, BomPreviewWidget::WhyColumn)->text();
        QVERIFY2(!why.isEmpty(), qPrintable(model->item(row, 0)->text()));
        QVERIFY2(!code.match(why).hasMatch(), qPrintable(why));
        QVERIFY2(!why.startsWith(u"language ") && !why.startsWith(u"pegboard "), qPrintable(why));
        if (namesWhole) {
            const QModelIndex name = model->index(row, BomPreviewWidget::NameColumn);
            QVERIFY2(!ItemViewText::isElided(view, name), qPrintable(QStringLiteral("%1: %2x%3 at %4, viewport %5, columns %6 %7 %8 %9").arg(name.data().toString()).arg(view->visualRect(name).width()).arg(view->visualRect(name).height()).arg(view->visualRect(name).x()).arg(view->viewport()->width()).arg(view->columnWidth(0)).arg(view->columnWidth(1)).arg(view->columnWidth(2)).arg(view->columnWidth(4))));
        }
    }
    // The columns stay inside the pane: the reason wraps rather than pushing the view sideways.
    QVERIFY(view->header()->length() <= view->viewport()->width());
}

void TestWizardFit::fitsEveryScreen()
{
    QFETCH(int, screen);
    QScreen* s = QGuiApplication::screens().at(screen);
    const QRect available = s->availableGeometry();
    const bool laptopOrLarger = available.width() >= 1366;

    m_wizard = std::make_unique<OrderWizard>(m_shell->session(), m_cache.get());
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    // Moved to the screen (as a person drags it there, or opens it there): it fits that screen.
    m_wizard->windowHandle()->setScreen(s);
    QTRY_COMPARE(m_wizard->screen(), s);
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    setWizard(m_wizard.get());
    verifyFits(QStringLiteral("1 order, empty"));
    if (available.width() >= 1920) {
        // A large screen's room is used for the form and the BOM preview.
        QVERIFY(m_wizard->width() > 1280);
        QVERIFY(m_wizard->height() > 860);
    }

    fillOrderPage(QStringLiteral("PO-FIT-") + ScratchDatabase::randomSuffix(6).toUpper());
    QTemporaryDir files;
    const QString pdf = files.path() + QStringLiteral("/po.pdf");
    QVERIFY(cs::test::writePdf(pdf));
    OrderWizard::setNextFileName(pdf);
    click("addPoDocumentButton");
    QCOMPARE(m_wizard->attachments().size(), 1);
    verifyFits(QStringLiteral("1 order, filled"));
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(OrderWizard::SelectionPage));
    verifyFits(QStringLiteral("2 builds"));
    fillSelection(QStringLiteral("B-FIT-1"));
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(OrderWizard::SinkPage));
    verifyFits(QStringLiteral("3 sink, empty"));
    fillSink();
    verifyPreviewWords(laptopOrLarger);
    verifyFits(QStringLiteral("3 sink, filled"));
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(OrderWizard::AccessoriesPage));
    addAccessory(QStringLiteral("T-OA-BINRAIL-36-KIT"));
    verifyFits(QStringLiteral("4 accessories"));
    verifyPreviewWords(laptopOrLarger);
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(OrderWizard::ReviewPage));
    verifyFits(QStringLiteral("5 review"));
}

// Three screens side by side on the offscreen platform (the tests' platform), each of which the wizard is
// shown on in turn; another platform keeps its own screens.
int main(int argc, char** argv)
{
    const QString config = QDir::temp().filePath(QStringLiteral("cs-wizardfit-%1.json").arg(QCoreApplication::applicationPid()));
    const bool offscreen = qEnvironmentVariable("QT_QPA_PLATFORM").startsWith(u"offscreen");
    if (offscreen) {
        QFile f(config);
        const QByteArray screens = R"({"screens": [
            {"name": "small", "x": 0, "y": 0, "width": 800, "height": 600, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
            {"name": "laptop", "x": 800, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
            {"name": "desk", "x": 2166, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})";
        if (!f.open(QIODevice::WriteOnly) || f.write(screens) != screens.size())
            return 2;
        f.close();
        qputenv("QT_QPA_PLATFORM", ("offscreen:configfile=" + config).toLocal8Bit());
    }
    int result = 0;
    {
        QApplication app(argc, argv);
        app.setAttribute(Qt::AA_Use96Dpi, true);
        QTEST_DISABLE_KEYPAD_NAVIGATION
        TestWizardFit test;
        QTEST_SET_MAIN_SOURCE_PATH
        result = QTest::qExec(&test, argc, argv);
    }
    if (offscreen)
        QFile::remove(config);
    return result;
}

#include "tst_wizardfit.moc"
