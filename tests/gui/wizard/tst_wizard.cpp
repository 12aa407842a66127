// The order wizard against a real PostgreSQL, driven with the keyboard and mouse as a coordinator
// would: a 3-basin order with pegboard, faucets (one E-Sink DI gooseneck added by itself), sprayers,
// accessories, a custom basin and a PO file; the stored rows and the frozen BOM against
// `cleanstation-admin bom`; each validation error beside its field; a duplicate PO refused by the
// server and shown beside the PO field; a draft restored after the wizard is destroyed mid-way; an
// order of two builds with their own configurations and frozen BOMs; the 25 MB, file type and content
// rules of the attached documents (the order page's: a ".pdf" that is not a PDF is refused, naming the
// file), the reason kept beside the documents until they change, a file spoiled after attaching refused
// at submit with nothing written; every page rendered to PNG.
#include "shelllogin.h"
#include "testdatabase.h"
#include "wizarddriver.h"

#include "data/catalog/catalogcache.h"
#include "data/catalog/catalogimporter.h"
#include "data/orders/orderqueries.h"
#include "data/common/session.h"
#include "ui/wizard/bompreviewwidget.h"
#include "ui/common/appsettings.h"
#include "ui/common/messagebar.h"
#include "ui/shell/logindialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/wizard/orderwizard.h"
#include "ui/shell/shell.h"
#include "ui/wizard/wizarddraftstore.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using cs::test::ScratchDatabase;
using namespace cs;
using namespace cs::ui;

class TestWizard : public QObject, public cs::test::WizardDriver
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void fullOrderByKeyboard();
    void validationBesideEachField();
    void duplicatePoRefusedByServer();
    void draftRestoredAfterDestruction();
    void twoBuildsWithTheirOwnConfigurations();
    void documentLimits();
    void fakePdfRefused();
    void refusalKeptUntilDocumentsChange();
    void fileSpoiledAfterAttachingRefusedAtSubmit();
    void newOrderFromMainWindow();

private:
    std::unique_ptr<OrderWizard> newWizard();

    QTemporaryDir m_home;
    std::unique_ptr<ScratchDatabase> m_db;
    ScratchDatabase::Person m_coordinator;
    std::unique_ptr<Shell> m_shell;
    std::unique_ptr<data::CatalogCache> m_cache;
    std::unique_ptr<OrderWizard> m_wizard;
    QString m_submittedPo;
};

void TestWizard::initTestCase()
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

void TestWizard::cleanupTestCase()
{
    m_wizard.reset();
    m_cache.reset();
    m_shell.reset();
    m_db.reset();
}

void TestWizard::init()
{
    WizardDraftStore(m_coordinator.username).remove();
}

void TestWizard::cleanup()
{
    m_wizard.reset();
    WizardDraftStore(m_coordinator.username).remove();
}

std::unique_ptr<OrderWizard> TestWizard::newWizard()
{
    auto w = std::make_unique<OrderWizard>(m_shell->session(), m_cache.get());
    w->show();
    setWizard(w.get());
    return w;
}

void TestWizard::fullOrderByKeyboard()
{
    m_wizard = newWizard();
    QCOMPARE(m_wizard->currentId(), int(OrderWizard::OrderPage));
    QVERIFY(pageHasErrors());
    m_submittedPo = QStringLiteral("PO-W-") + ScratchDatabase::randomSuffix(6).toUpper();
    fillOrderPage(m_submittedPo);
    QTemporaryDir files;
    const QString pdf = files.path() + QStringLiteral("/po.pdf");
    QVERIFY(cs::test::writePdf(pdf));
    OrderWizard::setNextFileName(pdf);
    QTest::mouseClick(child<QAbstractButton>("addPoDocumentButton"), Qt::LeftButton);
    QCOMPARE(m_wizard->attachments().size(), 1);
    grab(QStringLiteral("1-order"));
    clickNext();

    QCOMPARE(m_wizard->currentId(), int(OrderWizard::SelectionPage));
    QVERIFY(pageHasErrors());
    const QString build = QStringLiteral("W") + ScratchDatabase::randomSuffix(6).toUpper();
    fillSelection(build);
    grab(QStringLiteral("2-selection"));
    clickNext();

    QCOMPARE(m_wizard->currentId(), int(OrderWizard::SinkPage));
    QVERIFY(pageHasErrors());
    fillSink();
    QVERIFY2(nextEnabled(), qPrintable(m_wizard->issues().isEmpty() ? QString() : m_wizard->issues().first().message));
    QVERIFY(waitPreview());
    auto* preview = m_wizard->findChild<BomPreviewWidget*>(QStringLiteral("previewWidget"));
    QVERIFY(preview && preview->model()->rowCount() > 5);
    // Each line says why it is there.
    QVERIFY(!preview->model()->item(0, 4)->text().isEmpty());
    QVERIFY(preview->model()->item(0, 0)->toolTip().contains(preview->model()->item(0, 3)->text()));
    grab(QStringLiteral("3-sink"));
    // The columns fit the pane (no sideways scrolling), the rule is in the tooltip rather than in a
    // column, and the tooltip has the whole name.
    auto* lines = preview->findChild<QTreeView*>(QStringLiteral("linesTreeView"));
    QVERIFY(lines);
    QVERIFY(lines->isColumnHidden(BomPreviewWidget::RuleColumn));
    QVERIFY(lines->header()->length() <= lines->viewport()->width());
    QVERIFY(lines->columnWidth(BomPreviewWidget::NameColumn) >= lines->columnWidth(BomPreviewWidget::QtyColumn) * 3);
    for (int row = 0; row < preview->model()->rowCount(); ++row) {
        const QString tip = preview->model()->item(row, BomPreviewWidget::WhyColumn)->toolTip();
        QVERIFY(tip.contains(preview->model()->item(row, BomPreviewWidget::NameColumn)->text()));
        QVERIFY(tip.contains(preview->model()->item(row, BomPreviewWidget::WhyColumn)->text()));
    }
    clickNext();

    QCOMPARE(m_wizard->currentId(), int(OrderWizard::AccessoriesPage));
    type("filterLineEdit", QStringLiteral("T-OA-BINRAIL-36-KIT"));
    QTest::keyClick(child<QWidget>("filterLineEdit"), Qt::Key_Return);
    auto* qty = child<QSpinBox>("qtySpinBox");
    qty->setFocus();
    QTest::keyClick(qty, Qt::Key_Up); // 2
    child<QLineEdit>("filterLineEdit")->clear();
    type("filterLineEdit", QStringLiteral("B210-BLUE"));
    QTest::keyClick(child<QWidget>("filterLineEdit"), Qt::Key_Return);
    const auto& acc = m_wizard->configuration().builds.at(0).config->accessories;
    QCOMPARE(acc.size(), 2);
    QCOMPARE(acc.at(0).id, QStringLiteral("T-OA-BINRAIL-36-KIT"));
    QCOMPARE(acc.at(0).qty, 2);
    QVERIFY(waitPreview());
    grab(QStringLiteral("4-accessories"));
    clickNext();

    QCOMPARE(m_wizard->currentId(), int(OrderWizard::ReviewPage));
    QVERIFY(waitPreview());
    grab(QStringLiteral("5-review"));
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
    const QJsonObject configJson = m_wizard->configuration().toJson();
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(waitSubmit());
    QVERIFY2(m_wizard->lastSubmit().ok, qPrintable(m_wizard->lastSubmit().error.message));
    QVERIFY(!WizardDraftStore(m_coordinator.username).exists());

    // The stored rows.
    QSqlDatabase su = m_db->superuser();
    QSqlQuery q(su);
    q.prepare(QStringLiteral("SELECT o.order_id, o.customer_name, o.order_language::text, b.bom_items::text,"
                             " (SELECT count(*) FROM cs.bom_items i WHERE i.bom_id = b.bom_id),"
                             " (SELECT count(*) FROM cs.order_documents d WHERE d.order_id = o.order_id AND d.document_type = 'PO'"
                             "   AND d.filename = 'po.pdf' AND d.file_type = 'application/pdf')"
                             " FROM cs.orders o JOIN cs.boms b ON b.bom_id = o.generated_bom_id"
                             " WHERE o.po_number = :po AND o.build_number = :b"));
    q.bindValue(QStringLiteral(":po"), m_submittedPo);
    q.bindValue(QStringLiteral(":b"), build);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), QStringLiteral("St. Mary's Hospital"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("FR"));
    const QJsonObject frozen = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    QVERIFY(q.value(4).toInt() > 10);
    QCOMPARE(q.value(5).toInt(), 1);

    // The frozen BOM equals what the CLI gives for the same configuration.
    const QJsonObject expected = cs::test::expectedBoms(configJson);
    QVERIFY(!expected.isEmpty());
    cs::test::compareFrozenBom(frozen, expected, build);
    if (QTest::currentTestFailed())
        return;
    const QJsonArray top = frozen.value(u"top").toArray();
    // The custom basin and the DI gooseneck are in it.
    bool custom = false, gooseneck = false;
    for (const QJsonValue& v : top) {
        custom = custom || v.toObject().value(u"id").toString() == u"T2-ADW-BASIN-22X18X9";
        gooseneck = gooseneck || v.toObject().value(u"rule").toString().contains(QStringLiteral("FAUCET"));
    }
    QVERIFY(custom);
    QVERIFY(gooseneck);
}

void TestWizard::validationBesideEachField()
{
    m_wizard = newWizard();
    auto visibleError = [this](const char* label, const char* widget) {
        auto* l = child<QLabel>(label);
        auto* w = child<QWidget>(widget);
        return l && w && l->isVisible() && !l->text().isEmpty() && w->accessibleDescription() == l->text().remove(QStringLiteral("<br>"))
                   ? true
                   : (l && w && l->isVisible() && !l->text().isEmpty() && !w->accessibleDescription().isEmpty());
    };
    // Quiet until touched: a new order shows no message, and the want date is the plant's lead time ahead.
    for (const char* label : {"poErrorLabel", "customerErrorLabel", "salesErrorLabel", "wantDateErrorLabel"})
        QVERIFY2(!shows(label), label);
    QCOMPARE(child<QDateEdit>("wantDateEdit")->date(), QDate::currentDate().addDays(AppSettings::leadTimeDays()));
    auto* page = m_wizard->currentPage();
    auto where = [page](const char* name) {
        auto* w = page->findChild<QWidget*>(QString::fromLatin1(name));
        return QRect(w->mapTo(page, QPoint(0, 0)), w->size());
    };
    QCoreApplication::processEvents();   // pending layout
    const QRect customerAt = where("customerLineEdit");
    const QRect salesAt = where("salesLineEdit");
    type("poLineEdit", QStringLiteral("P1"));
    QVERIFY(!shows("poErrorLabel"));   // still typing
    leave();
    QVERIFY(visibleError("poErrorLabel", "poLineEdit"));
    QVERIFY(child<QLabel>("poErrorLabel")->text().contains(QStringLiteral("3")));
    QCoreApplication::processEvents();
    QCOMPARE(where("customerLineEdit"), customerAt);   // the message had its room: nothing moved
    QCOMPARE(where("salesLineEdit"), salesAt);
    type("poLineEdit", QStringLiteral("23"));
    QVERIFY(!shows("poErrorLabel"));   // touched: a corrected value clears it at once
    QVERIFY(child<QWidget>("poLineEdit")->accessibleDescription().isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(where("customerLineEdit"), customerAt);
    type("customerLineEdit", QStringLiteral("ab"));
    leave();
    QVERIFY(visibleError("customerErrorLabel", "customerLineEdit"));
    type("projectLineEdit", QStringLiteral("x"));
    leave();
    QVERIFY(visibleError("projectErrorLabel", "projectLineEdit"));
    QVERIFY(!shows("salesErrorLabel"));   // not touched yet
    // Next shows every message of the step and stays; the first field in error gets the focus.
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(OrderWizard::OrderPage));
    QVERIFY(visibleError("salesErrorLabel", "salesLineEdit"));
    QVERIFY(!shows("wantDateErrorLabel"));   // the lead time's date is a valid one
    QVERIFY(pageHasErrors());
    QCOMPARE(QApplication::focusWidget(), child<QWidget>("customerLineEdit"));
    QCoreApplication::processEvents();
    QCOMPARE(where("salesLineEdit"), salesAt);
    grab(QStringLiteral("1-order-errors"));
    verifyMessagesClear();
    // The messages' colour comes from the one place of the message kinds' colours, not a style sheet.
    for (const QWidget* w : m_wizard->findChildren<QWidget*>())
        QVERIFY2(w->styleSheet().isEmpty(), qPrintable(w->objectName()));
    auto* poError = child<QLabel>("poErrorLabel");
    QCOMPARE(poError->palette().color(QPalette::WindowText),
             MessageBar::kindColor(MessageBar::Kind::Error, poError->parentWidget()->palette()));
    type("customerLineEdit", QStringLiteral("c"));
    child<QLineEdit>("projectLineEdit")->clear();
    type("salesLineEdit", QStringLiteral("Sam"));
    auto* date = child<QDateEdit>("wantDateEdit");
    date->setFocus();
    date->setCurrentSection(QDateTimeEdit::YearSection);
    QTest::keyClick(date, Qt::Key_Up);
    QVERIFY(!shows("wantDateErrorLabel"));
    QVERIFY(!pageHasErrors());
    clickNext();

    type("build1LineEdit", QStringLiteral("AB"));

    leave();
    QVERIFY(visibleError("build1ErrorLabel", "build1LineEdit"));
    auto* quantity = child<QSpinBox>("quantitySpinBox");
    quantity->setFocus();
    QTest::keyClick(quantity, Qt::Key_Up);
    type("build1LineEdit", QStringLiteral("C-1"));
    type("build2LineEdit", QStringLiteral("abc-1"));
    leave();
    QVERIFY(visibleError("build2ErrorLabel", "build2LineEdit")); // used twice (case-insensitive)
    QVERIFY(child<QLabel>("build2ErrorLabel")->text().contains(QStringLiteral("twice")));
    down("familyComboBox", 1);
    QVERIFY(visibleError("familyErrorLabel", "familyComboBox"));
    QVERIFY(child<QWidget>("underConstructionMessage")->isVisible());
    child<QComboBox>("familyComboBox")->setFocus();
    QTest::keyClick(child<QWidget>("familyComboBox"), Qt::Key_Up);
    QTest::keyClick(child<QWidget>("build2LineEdit"), Qt::Key_Backspace);
    type("build2LineEdit", QStringLiteral("2"));
    QVERIFY(!pageHasErrors());
    clickNext();

    // Step 3: quiet on arrival; Next (refused) shows what every required field still needs.
    QVERIFY(!shows("modelErrorLabel"));
    QVERIFY(!shows("widthErrorLabel"));
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(OrderWizard::SinkPage));
    QVERIFY(visibleError("modelErrorLabel", "modelComboBox"));
    QVERIFY(visibleError("widthErrorLabel", "widthLineEdit"));
    QVERIFY(visibleError("lengthErrorLabel", "lengthLineEdit"));
    QVERIFY(visibleError("legsErrorLabel", "legsWidget"));
    QVERIFY(visibleError("feetErrorLabel", "feetComboBox"));
    QVERIFY(!child<QWidget>("pegboardGroupBox")->isVisible());
    QVERIFY(!child<QWidget>("basinsGroupBox")->isVisible());
    down("modelComboBox", 2);
    QVERIFY(child<QWidget>("basin2GroupBox")->isVisible());
    QVERIFY(!child<QWidget>("basin3GroupBox")->isVisible());
    QVERIFY(visibleError("basin1TypeErrorLabel", "basin1TypeComboBox"));
    QVERIFY(visibleError("basin2SizeErrorLabel", "basin2SizeWidget"));
    type("lengthLineEdit", QStringLiteral("130"));
    QVERIFY(child<QLabel>("lengthErrorLabel")->text().contains(QStringLiteral("120")));
    down("legsHeightComboBox", 2); // fixed
    down("legsModelComboBox", 3);  // LC1: height adjustable only
    QVERIFY(child<QLabel>("legsErrorLabel")->text().contains(QStringLiteral("LC1")));
    QTest::mouseClick(child<QCheckBox>("pegboardCheckBox"), Qt::LeftButton);
    QVERIFY(visibleError("pegboardTypeErrorLabel", "pegboardTypeComboBox"));
    QVERIFY(!child<QWidget>("pegboardWidthLineEdit")->isVisible());
    down("pegboardSizeComboBox", 1);
    QVERIFY(child<QWidget>("pegboardWidthLineEdit")->isVisible());
    QVERIFY(visibleError("pegboardSizeErrorLabel", "pegboardSizeWidget"));
    down("basin1SizeComboBox", 6);
    QVERIFY(child<QWidget>("basin1WidthLineEdit")->isVisible());
    QVERIFY(visibleError("basin1SizeErrorLabel", "basin1SizeWidget"));
    auto* faucets = child<QSpinBox>("faucetCountSpinBox");
    faucets->setFocus();
    QTest::keyClick(faucets, Qt::Key_Up);
    QVERIFY(visibleError("faucet1ErrorLabel", "faucet1Widget"));
    QTest::mouseClick(child<QCheckBox>("sprayersCheckBox"), Qt::LeftButton);
    QVERIFY(visibleError("sprayer1ErrorLabel", "sprayer1Widget"));
    QVERIFY(pageHasErrors());
    grab(QStringLiteral("3-sink-errors"));
    verifyMessagesClear();

    // Changing the model resets the basins.
    down("basin1TypeComboBox", 1);
    QVERIFY(m_wizard->configuration().builds.at(0).config->basins.at(0).type == domain::BasinType::ESink);
    down("modelComboBox", 1);
    QCOMPARE(m_wizard->configuration().builds.at(0).config->basins.size(), 3);
    QVERIFY(m_wizard->configuration().builds.at(0).config->basins.at(0).type == domain::BasinType::Unset);
}

void TestWizard::duplicatePoRefusedByServer()
{
    if (m_submittedPo.isEmpty())
        QSKIP("needs the order of fullOrderByKeyboard");
    m_wizard = newWizard();
    fillOrderPage(m_submittedPo);
    clickNext();
    const QString build = QStringLiteral("D") + ScratchDatabase::randomSuffix(6).toUpper();
    fillSelection(build);
    clickNext();
    fillSink();
    clickNext();
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(OrderWizard::ReviewPage));
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(waitSubmit());
    QVERIFY(!m_wizard->lastSubmit().ok);
    QCOMPARE(m_wizard->lastSubmit().error.code, QStringLiteral("E-PO-UNIQUE"));
    // Back on step 1, the server's words beside the PO field.
    QTRY_COMPARE(m_wizard->currentId(), int(OrderWizard::OrderPage));
    auto* label = child<QLabel>("poErrorLabel");
    QVERIFY(!label->text().isEmpty());
    QVERIFY(label->text().contains(m_submittedPo));
    QVERIFY(pageHasErrors());
    grab(QStringLiteral("1-order-duplicate-po"));
    // Nothing was written.
    QSqlQuery q(m_db->superuser());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cs.orders WHERE build_number = '%1'").arg(build)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // A new PO clears it.
    type("poLineEdit", QStringLiteral("-B"));
    QVERIFY(label->text().isEmpty());
    QVERIFY(!pageHasErrors());
}

void TestWizard::draftRestoredAfterDestruction()
{
    m_wizard = newWizard();
    fillOrderPage(QStringLiteral("PO-DRAFT-1"));
    clickNext();
    fillSelection(QStringLiteral("DRAFT-77"));
    clickNext();
    down("modelComboBox", 2);
    type("widthLineEdit", QStringLiteral("28"));
    m_wizard.reset(); // the window goes away mid-wizard (crash, lost connection, closed)

    const WizardDraftStore store(m_coordinator.username);
    QVERIFY(store.exists());
    const auto draft = store.load();
    QVERIFY(draft);
    QCOMPARE(draft->pageId, int(OrderWizard::SinkPage));
    m_wizard = newWizard();
    m_wizard->restoreDraft(*draft);
    QCOMPARE(m_wizard->currentId(), int(OrderWizard::SinkPage));
    QCOMPARE(child<QComboBox>("modelComboBox")->currentIndex(), 2);
    QCOMPARE(child<QLineEdit>("widthLineEdit")->text(), QStringLiteral("28"));
    QCOMPARE(m_wizard->configuration().order.poNumber, QStringLiteral("PO-DRAFT-1"));
    QCOMPARE(m_wizard->configuration().builds.at(0).buildNumber, QStringLiteral("DRAFT-77"));
    QCOMPARE(child<QLineEdit>("poLineEdit")->text(), QStringLiteral("PO-DRAFT-1"));
    QCOMPARE(child<QLineEdit>("build1LineEdit")->text(), QStringLiteral("DRAFT-77"));
}

void TestWizard::twoBuildsWithTheirOwnConfigurations()
{
    m_wizard = newWizard();
    const QString po = QStringLiteral("PO-2B-") + ScratchDatabase::randomSuffix(6).toUpper();
    fillOrderPage(po);
    clickNext();

    // Step 2: two sinks, one build number each.
    QCOMPARE(m_wizard->currentId(), int(OrderWizard::SelectionPage));
    up("quantitySpinBox", 1);
    QVERIFY(child<QWidget>("build2LineEdit")->isVisible());
    QVERIFY(!child<QWidget>("build3LineEdit")->isVisible());
    const QString suffix = ScratchDatabase::randomSuffix(6).toUpper();
    const QString first = QStringLiteral("TA") + suffix;
    const QString second = QStringLiteral("TB") + suffix;
    type("build1LineEdit", first);
    QVERIFY(pageHasErrors()); // the second sink has no number yet
    type("build2LineEdit", second);
    QCOMPARE(m_wizard->configuration().builds.size(), 2);
    clickNext();

    // Step 3, build 1: the full three-basin sink. Next waits for build 2, whose entry says so.
    QCOMPARE(m_wizard->currentId(), int(OrderWizard::SinkPage));
    QCOMPARE(m_wizard->currentBuild(), 0);
    auto* buildBox = child<QComboBox>("buildComboBox");
    QVERIFY(buildBox && buildBox->isEnabled());
    QCOMPARE(buildBox->count(), 2);
    // Quiet until touched: the build being edited does not say it needs attention before anything was
    // done on it; the other build says what is left there.
    QVERIFY2(!buildBox->itemText(0).contains(QStringLiteral("needs attention")), qPrintable(buildBox->itemText(0)));
    QVERIFY2(buildBox->itemText(1).contains(QStringLiteral("needs attention")), qPrintable(buildBox->itemText(1)));
    fillSink();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(pageHasErrors());
    QVERIFY(buildBox->itemText(1).contains(second));
    QVERIFY(buildBox->itemText(1).contains(QStringLiteral("needs attention")));
    QVERIFY(!buildBox->itemText(0).contains(QStringLiteral("needs attention")));

    // Build 2: empty, then a copy of build 1 (every field), then a shorter sink.
    down("buildComboBox", 1);
    QCOMPARE(m_wizard->currentBuild(), 1);
    QVERIFY2(child<QLineEdit>("widthLineEdit")->text().isEmpty(),
             qPrintable(child<QLineEdit>("widthLineEdit")->text() + u' '
                        + QString::fromUtf8(QJsonDocument(m_wizard->configuration().toJson()).toJson(QJsonDocument::Compact))));
    QVERIFY(!child<QWidget>("basinsGroupBox")->isVisible());
    auto* copyFrom = child<QComboBox>("copyFromComboBox");
    QVERIFY(copyFrom && copyFrom->isVisible());
    QCOMPARE(copyFrom->count(), 1);
    QVERIFY(copyFrom->currentText().contains(first));
    click("copyButton");
    QCOMPARE(child<QComboBox>("modelComboBox")->currentIndex(), 3);
    QCOMPARE(child<QLineEdit>("lengthLineEdit")->text(), QStringLiteral("96"));
    QCOMPARE(child<QLineEdit>("basin3WidthLineEdit")->text(), QStringLiteral("22"));
    QVERIFY(m_wizard->configuration().builds.at(1).config == m_wizard->configuration().builds.at(0).config);
    retype("lengthLineEdit", QStringLiteral("60"));
    QVERIFY2(nextEnabled(), qPrintable(m_wizard->issues().isEmpty() ? QString() : m_wizard->issues().first().message));
    {
        const auto& builds = m_wizard->configuration().builds;
        domain::SinkConfiguration shorter = *builds.at(0).config;
        shorter.lengthIn = 60;
        QVERIFY(*builds.at(1).config == shorter); // the copy with one field changed
        QCOMPARE(*builds.at(0).config->lengthIn, 96.0);
    }
    // The preview shows build 2's body (9.3: 48 to 60 in).
    QVERIFY(waitPreview());
    auto* preview = m_wizard->currentPage()->findChild<BomPreviewWidget*>(QStringLiteral("previewWidget"));
    QVERIFY(preview);
    QVERIFY(!preview->model()->findItems(QStringLiteral("T2-BODY-48-60-HA"), Qt::MatchExactly, 0).isEmpty());
    QVERIFY(preview->model()->findItems(QStringLiteral("T2-BODY-73-120-HA"), Qt::MatchExactly, 0).isEmpty());
    QVERIFY(preview->statusText().contains(second));
    grab(QStringLiteral("3-sink-build-2"));
    // Back on build 1, its own values.
    up("buildComboBox", 1);
    QCOMPARE(child<QLineEdit>("lengthLineEdit")->text(), QStringLiteral("96"));
    QVERIFY(waitPreview());
    QVERIFY(!preview->model()->findItems(QStringLiteral("T2-BODY-73-120-HA"), Qt::MatchExactly, 0).isEmpty());
    down("buildComboBox", 1);
    clickNext();

    // Step 4 opens on the build shown last: an accessory for build 2, another for build 1.
    QCOMPARE(m_wizard->currentId(), int(OrderWizard::AccessoriesPage));
    QCOMPARE(m_wizard->currentBuild(), 1);
    QCOMPARE(child<QComboBox>("buildComboBox")->currentIndex(), 1);
    addAccessory(QStringLiteral("B210-BLUE"));
    up("buildComboBox", 1);
    QCOMPARE(m_wizard->currentBuild(), 0);
    QCOMPARE(child<QTableView>("chosenTableView")->model()->rowCount(), 0);
    addAccessory(QStringLiteral("T-OA-BINRAIL-36-KIT"));
    {
        const auto& builds = m_wizard->configuration().builds;
        using Choices = QList<domain::AccessoryChoice>;
        QVERIFY((builds.at(0).config->accessories == Choices{{QStringLiteral("T-OA-BINRAIL-36-KIT"), 1}}));
        QVERIFY((builds.at(1).config->accessories == Choices{{QStringLiteral("B210-BLUE"), 1}}));
    }
    QVERIFY(waitPreview());
    clickNext();

    // Step 5: both builds, each with its BOM.
    QCOMPARE(m_wizard->currentId(), int(OrderWizard::ReviewPage));
    QVERIFY(waitPreview());
    const QString review = child<QTextBrowser>("reviewBrowser")->toPlainText();
    QVERIFY(review.contains(QStringLiteral("Build 1 · ") + first));
    QVERIFY(review.contains(QStringLiteral("Build 2 · ") + second));
    QCOMPARE(review.count(QStringLiteral("T2-BODY-73-120-HA")), 1);
    QCOMPARE(review.count(QStringLiteral("T2-BODY-48-60-HA")), 1);
    grab(QStringLiteral("5-review-two-builds"));
    const domain::OrderConfiguration submitted = m_wizard->configuration();
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(waitSubmit());
    QVERIFY2(m_wizard->lastSubmit().ok, qPrintable(m_wizard->lastSubmit().error.message));
    QCOMPARE(m_wizard->lastSubmit().builds.size(), 2);

    // One purchase order, two order rows under it, each with its own configuration and frozen BOM.
    QSqlDatabase su = m_db->superuser();
    QSqlQuery q(su);
    q.prepare(QStringLiteral("SELECT po_id::text FROM cs.purchase_orders WHERE po_number = :po"));
    q.bindValue(QStringLiteral(":po"), po);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    const QString poId = q.value(0).toString();
    QVERIFY(!q.next());
    QCOMPARE(poId, m_wizard->lastSubmit().poId);

    q.prepare(QStringLiteral("SELECT o.build_number, o.po_id::text, o.config::text, b.bom_items::text, b.order_id = o.order_id,"
                             " o.status::text"
                             " FROM cs.orders o JOIN cs.boms b ON b.bom_id = o.generated_bom_id"
                             " WHERE o.po_number = :po ORDER BY o.build_number"));
    q.bindValue(QStringLiteral(":po"), po);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const QJsonObject expected = cs::test::expectedBoms(submitted.toJson());
    QVERIFY(!expected.isEmpty());
    QStringList builds;
    QList<QJsonArray> tops;
    while (q.next()) {
        const QString build = q.value(0).toString();
        const qsizetype i = builds.size();
        builds << build;
        QCOMPARE(q.value(1).toString(), poId);
        QVERIFY(q.value(4).toBool());
        QCOMPARE(q.value(5).toString(), QStringLiteral("OrderCreated"));
        const auto stored = domain::SinkConfiguration::fromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
        QVERIFY2(stored == *submitted.builds.at(i).config, qPrintable(build));
        const QJsonObject frozen = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        cs::test::compareFrozenBom(frozen, expected, build);
        if (QTest::currentTestFailed())
            return;
        tops << frozen.value(u"top").toArray();
    }
    QCOMPARE(builds, (QStringList{first, second}));
    // The differences are where the configurations differ: the body by length, the accessories.
    auto ids = [](const QJsonArray& top) {
        QStringList out;
        for (const QJsonValue& v : top)
            out << v.toObject().value(u"id").toString();
        return out;
    };
    QVERIFY(ids(tops.at(0)).contains(QStringLiteral("T2-BODY-73-120-HA")));
    QVERIFY(ids(tops.at(1)).contains(QStringLiteral("T2-BODY-48-60-HA")));
    QVERIFY(ids(tops.at(0)).contains(QStringLiteral("T-OA-BINRAIL-36-KIT")));
    QVERIFY(!ids(tops.at(0)).contains(QStringLiteral("B210-BLUE")));
    QVERIFY(ids(tops.at(1)).contains(QStringLiteral("B210-BLUE")));
    QVERIFY(!ids(tops.at(1)).contains(QStringLiteral("T-OA-BINRAIL-36-KIT")));
    QVERIFY(!WizardDraftStore(m_coordinator.username).exists());
}

void TestWizard::documentLimits()
{
    m_wizard = newWizard();
    QTemporaryDir files;
    auto file = [&files](const QString& name, qint64 size, const QByteArray& head) {
        const QString path = files.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(head) != head.size() || !f.resize(size))
            return QString();
        return path; // sparse beyond the head: only the size is looked at when attaching
    };
    auto* label = child<QLabel>("documentsErrorLabel");
    auto* list = child<QListWidget>("documentsListWidget");
    QVERIFY(label && list);
    const qint64 limit = data::OrderQueries::maxDocumentBytes;

    // 25 MB and one byte: refused, the reason beside the documents, nothing attached.
    const QString big = file(QStringLiteral("big-drawing.pdf"), limit + 1, "%PDF-1.4\n");
    QVERIFY(!big.isEmpty());
    OrderWizard::setNextFileName(big);
    click("addDrawingButton");
    QVERIFY(m_wizard->attachments().isEmpty());
    QCOMPARE(list->count(), 0);
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("big-drawing.pdf")));
    QVERIFY(label->text().contains(QStringLiteral("25 MB")));
    QVERIFY(!child<QWidget>("removeDocumentButton")->isEnabled());
    grab(QStringLiteral("1-order-document-too-large"));

    // A file of another type: refused the same way.
    const QString exe = file(QStringLiteral("setup.exe"), 4096, "MZ");
    QVERIFY(!exe.isEmpty());
    OrderWizard::setNextFileName(exe);
    click("addPoDocumentButton");
    QVERIFY(m_wizard->attachments().isEmpty());
    QCOMPARE(list->count(), 0);
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("setup.exe")));
    QVERIFY(label->text().contains(QStringLiteral("PDF")));
    QVERIFY(!label->text().contains(QStringLiteral("big-drawing.pdf")));
    // Nothing refused reached the draft.
    if (const auto draft = WizardDraftStore(m_coordinator.username).load())
        QVERIFY(draft->attachments.isEmpty());

    // Exactly 25 MB is allowed (the server's CHECK allows it too).
    const QString exact = file(QStringLiteral("exact.pdf"), limit, "%PDF-1.4\n");
    QVERIFY(!exact.isEmpty());
    OrderWizard::setNextFileName(exact);
    click("addDrawingButton");
    QCOMPARE(m_wizard->attachments().size(), 1);
    QVERIFY(!label->isVisible());
    list->setCurrentRow(0);
    click("removeDocumentButton");
    QVERIFY(m_wizard->attachments().isEmpty());

    // A small PDF: attached, listed, and kept in the draft.
    const QString pdf = file(QStringLiteral("purchase-order.pdf"), 2048, "%PDF-1.4\n% purchase order\n");
    QVERIFY(!pdf.isEmpty());
    OrderWizard::setNextFileName(pdf);
    click("addPoDocumentButton");
    QCOMPARE(m_wizard->attachments().size(), 1);
    QCOMPARE(m_wizard->attachments().at(0).path, QFileInfo(pdf).absoluteFilePath());
    QCOMPARE(m_wizard->attachments().at(0).documentType, QStringLiteral("PO"));
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("purchase-order.pdf")));
    QVERIFY(!label->isVisible());
    const auto draft = WizardDraftStore(m_coordinator.username).load();
    QVERIFY(draft);
    QCOMPARE(draft->attachments.size(), 1);
    QCOMPARE(draft->attachments.at(0).path, QFileInfo(pdf).absoluteFilePath());
}

void TestWizard::fakePdfRefused()
{
    m_wizard = newWizard();
    QTemporaryDir files;
    // A program renamed to .pdf: the name is allowed, the content is not a PDF.
    const QString fake = files.filePath(QStringLiteral("signed-po.pdf"));
    {
        QFile f(fake);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray exe("MZ\x90\x00\x03\x00\x00\x00", 8);
        exe.append(QByteArray(4000, '\x01'));
        f.write(exe);
    }
    auto* label = child<QLabel>("documentsErrorLabel");
    QVERIFY(label);
    OrderWizard::setNextFileName(fake);
    click("addPoDocumentButton");
    QVERIFY(m_wizard->attachments().isEmpty());
    QCOMPARE(child<QListWidget>("documentsListWidget")->count(), 0);
    QVERIFY(label->isVisible());
    // The file and why, in words: the same rule and message as on the order page.
    QString why;
    QVERIFY(!data::OrderQueries::checkDocumentFile(fake, nullptr, &why));
    QCOMPARE(m_wizard->attachmentRefusal(), why);
    QVERIFY2(label->text().contains(QStringLiteral("signed-po.pdf")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("not a PDF file")), qPrintable(label->text()));
    grab(QStringLiteral("1-order-fake-pdf"));
    if (const auto draft = WizardDraftStore(m_coordinator.username).load())
        QVERIFY(draft->attachments.isEmpty());

    // The types of the order page are accepted here too: a STEP drawing, a DOC and an XLSX.
    const QList<QPair<QString, QByteArray>> good{
        {QStringLiteral("sink.step"), QByteArray("ISO-10303-21;\nHEADER;\n")},
        {QStringLiteral("spec.doc"), QByteArray("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) + QByteArray(600, '\0')},
        {QStringLiteral("quote.xlsx"), QByteArray("PK\x03\x04", 4) + QByteArray(600, '\0')},
    };
    for (const auto& [name, content] : good) {
        QFile f(files.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        OrderWizard::setNextFileName(f.fileName());
        click("addDrawingButton");
        QVERIFY2(m_wizard->attachmentRefusal().isEmpty(), qPrintable(m_wizard->attachmentRefusal()));
    }
    QCOMPARE(m_wizard->attachments().size(), good.size());
    QCOMPARE(m_wizard->attachments().at(0).documentType, QStringLiteral("Drawing"));
    QVERIFY(!label->isVisible());
}

void TestWizard::refusalKeptUntilDocumentsChange()
{
    m_wizard = newWizard();
    QTemporaryDir files;
    auto write = [&files](const QString& name, const QByteArray& content) {
        QFile f(files.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size() ? f.fileName() : QString();
    };
    const QString fake = write(QStringLiteral("drawing.png"), QByteArray("GIF89a not a png"));
    const QString good = write(QStringLiteral("po.pdf"), QByteArray("%PDF-1.7\n% purchase order\n"));
    QVERIFY(!fake.isEmpty() && !good.isEmpty());
    auto* label = child<QLabel>("documentsErrorLabel");

    OrderWizard::setNextFileName(fake);
    click("addDrawingButton");
    QVERIFY(label->isVisible());
    const QString refusal = label->text();
    QVERIFY2(refusal.contains(QStringLiteral("drawing.png")), qPrintable(refusal));
    // Typing in the other fields of the step (each change validates and redraws the page) keeps it.
    fillOrderPage(QStringLiteral("PO-KEEP-") + ScratchDatabase::randomSuffix(4).toUpper());
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), refusal);
    // It does not keep the step from being complete: nothing was attached.
    QVERIFY(!pageHasErrors());
    // Through the next step and back, still there.
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(OrderWizard::SelectionPage));
    fillSelection(QStringLiteral("K") + ScratchDatabase::randomSuffix(6).toUpper());
    m_wizard->back();
    QCOMPARE(m_wizard->currentId(), int(OrderWizard::OrderPage));
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), refusal);

    // A good file attached: the refusal is over.
    OrderWizard::setNextFileName(good);
    click("addPoDocumentButton");
    QCOMPARE(m_wizard->attachments().size(), 1);
    QVERIFY(!label->isVisible());
    type("customerLineEdit", QStringLiteral(" B"));
    QVERIFY(!label->isVisible());

    // Refused again, then the documents change by a removal: over too.
    OrderWizard::setNextFileName(fake);
    click("addDrawingButton");
    QVERIFY(label->isVisible());
    type("projectLineEdit", QStringLiteral(" 3"));
    QVERIFY(label->isVisible());
    child<QListWidget>("documentsListWidget")->setCurrentRow(0);
    click("removeDocumentButton");
    QVERIFY(m_wizard->attachments().isEmpty());
    QVERIFY(!label->isVisible());
    QVERIFY(m_wizard->attachmentRefusal().isEmpty());
}

void TestWizard::fileSpoiledAfterAttachingRefusedAtSubmit()
{
    m_wizard = newWizard();
    const QString po = QStringLiteral("PO-SPOIL-") + ScratchDatabase::randomSuffix(4).toUpper();
    QTemporaryDir files;
    const QString pdf = files.filePath(QStringLiteral("po-scan.pdf"));
    QVERIFY(cs::test::writePdf(pdf));
    const QString build = QStringLiteral("S") + ScratchDatabase::randomSuffix(6).toUpper();
    fillToReview(po, "addPoDocumentButton", pdf, build);
    if (QTest::currentTestFailed())
        return;
    // Meanwhile the file was overwritten by something else: what is sent is checked again.
    {
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("<html>not a pdf</html>");
    }
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(waitSubmit());
    QVERIFY(!m_wizard->lastSubmit().ok);
    QCOMPARE(m_wizard->lastSubmit().error.code, QStringLiteral("E-DOCUMENT"));
    // Back on step 1, beside the documents, naming the file.
    QTRY_COMPARE(m_wizard->currentId(), int(OrderWizard::OrderPage));
    auto* label = child<QLabel>("documentsErrorLabel");
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("po-scan.pdf")), qPrintable(label->text()));
    QVERIFY(label->text().contains(QStringLiteral("not a PDF file")));
    QVERIFY(pageHasErrors());
    // Nothing was written.
    QSqlQuery q(m_db->superuser());
    q.prepare(QStringLiteral("SELECT count(*) FROM cs.orders WHERE po_number = :po"));
    q.bindValue(QStringLiteral(":po"), po);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // Another field changed: the refusal is about the documents and stays.
    type("notesPlainTextEdit", QStringLiteral(" (urgent)"));
    QVERIFY(label->isVisible());
    QVERIFY(pageHasErrors());
    // The document removed: over, and the step is complete again.
    child<QListWidget>("documentsListWidget")->setCurrentRow(0);
    click("removeDocumentButton");
    QVERIFY(!label->isVisible());
    QVERIFY(!pageHasErrors());
}

void TestWizard::newOrderFromMainWindow()
{
    MainWindow* main = m_shell->mainWindow();
    QVERIFY(main);
    auto* action = main->findChild<QAction*>(QStringLiteral("actionNewOrder"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::New));
    action->trigger();
    QPointer<OrderWizard> wizard = main->orderWizard();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    wizard->close();
    QTRY_VERIFY(wizard.isNull());
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
