// The order wizard against a real PostgreSQL, driven with the keyboard and mouse as a coordinator
// would: a 3-basin order with pegboard, faucets (one E-Sink DI gooseneck added by itself), sprayers,
// accessories, a custom basin and a PO file; the stored rows and the frozen BOM against
// `cleanstation-admin bom`; each validation error beside its field; a duplicate PO refused by the
// server and shown beside the PO field; a draft restored after the wizard is destroyed mid-way;
// every page rendered to PNG.
#include "shelllogin.h"
#include "testdatabase.h"

#include "data/catalogcache.h"
#include "data/catalogimporter.h"
#include "data/session.h"
#include "ui/bompreviewwidget.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/orderwizard.h"
#include "ui/shell.h"
#include "ui/wizarddraftstore.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using cs::test::ScratchDatabase;
using namespace cs;
using namespace cs::ui;

class TestWizard : public QObject
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
    void newOrderFromMainWindow();

private:
    std::unique_ptr<OrderWizard> newWizard();
    template <typename T> T* child(const char* name);
    void type(const char* name, const QString& text);
    void down(const char* name, int times);
    void clickNext();
    bool nextEnabled() const;
    bool waitPreview();
    void fillOrderPage(const QString& po);
    void fillSelection(const QString& build);
    void fillSink();
    void grab(const QString& name);

    QTemporaryDir m_home;
    std::unique_ptr<ScratchDatabase> m_db;
    ScratchDatabase::Person m_coordinator;
    std::unique_ptr<Shell> m_shell;
    std::unique_ptr<data::CatalogCache> m_cache;
    std::unique_ptr<OrderWizard> m_wizard;
    QString m_submittedPo;
};

template <typename T>
T* TestWizard::child(const char* name)
{
    T* w = m_wizard->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qWarning("no widget %s", name);
    return w;
}

void TestWizard::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_home.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_home.path().toLocal8Bit());
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    const data::CatalogImporter::Result imported =
        data::CatalogImporter(m_db->superuser()).importDirectory(QStringLiteral(CS_SOURCE_DIR "/resources/demo/catalog"));
    QVERIFY2(imported.ok, qPrintable(imported.error));
    QString error;
    m_coordinator = m_db->createPerson(QStringLiteral("ProductionCoordinator"), {}, &error);
    QVERIFY2(!m_coordinator.username.isEmpty(), qPrintable(error));

    // Log in through the shell, as the coordinator does.
    QSettings().clear();
    const auto s = m_db->settings();
    Shell::setDemoProfile(s.host, s.port, m_db->name());
    m_shell = std::make_unique<Shell>();
    m_shell->start();
    QVERIFY(cs::test::logIn(*m_shell, m_coordinator.username, m_coordinator.password));

    m_cache = std::make_unique<data::CatalogCache>(m_home.path() + QStringLiteral("/catalog.cscache"));
    QSignalSpy refreshed(m_cache.get(), &data::CatalogCache::refreshFinished);
    m_cache->refresh(m_shell->session()->workerSettings());
    QVERIFY(refreshed.wait(30000));
    QVERIFY(m_cache->catalog());
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
    return w;
}

void TestWizard::type(const char* name, const QString& text)
{
    auto* w = child<QWidget>(name);
    QVERIFY(w);
    w->setFocus();
    QTest::keyClicks(w, text);
}

void TestWizard::down(const char* name, int times)
{
    auto* w = child<QWidget>(name);
    QVERIFY(w);
    QVERIFY2(w->isVisible(), name);
    w->setFocus();
    for (int i = 0; i < times; ++i)
        QTest::keyClick(w, Qt::Key_Down);
}

bool TestWizard::nextEnabled() const
{
    return m_wizard->button(QWizard::NextButton)->isEnabled();
}

void TestWizard::clickNext()
{
    QVERIFY(nextEnabled());
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
}

bool TestWizard::waitPreview()
{
    QElapsedTimer t;
    t.start();
    while (!m_wizard->preview() && t.elapsed() < 15000)
        QTest::qWait(10);
    return m_wizard->preview() != nullptr;
}

void TestWizard::grab(const QString& name)
{
    const QString dir = QStringLiteral(CS_BINARY_DIR "/screenshots/wizard");
    QDir().mkpath(dir);
    QTest::qWait(50);
    QVERIFY(m_wizard->grab().save(dir + u'/' + name + QStringLiteral(".png")));
}

void TestWizard::fillOrderPage(const QString& po)
{
    type("poLineEdit", po);
    type("customerLineEdit", QStringLiteral("St. Mary's Hospital"));
    type("projectLineEdit", QStringLiteral("Sterile processing 2"));
    type("salesLineEdit", QStringLiteral("Dana Sales"));
    auto* date = child<QDateEdit>("wantDateEdit");
    date->setFocus();
    date->setCurrentSection(QDateTimeEdit::YearSection);
    QTest::keyClick(date, Qt::Key_Up); // next year
    down("languageComboBox", 1);       // FR
    type("notesPlainTextEdit", QStringLiteral("Deliver to dock B"));
}

void TestWizard::fillSelection(const QString& build)
{
    type("build1LineEdit", build);
}

void TestWizard::fillSink()
{
    down("modelComboBox", 3); // T2-B3
    type("widthLineEdit", QStringLiteral("30"));
    type("lengthLineEdit", QStringLiteral("96"));
    down("legsHeightComboBox", 1); // height adjustable
    down("legsModelComboBox", 1);  // DL27
    down("feetComboBox", 1);       // casters
    QTest::mouseClick(child<QCheckBox>("pegboardCheckBox"), Qt::LeftButton);
    down("pegboardTypeComboBox", 1);  // perforated
    down("pegboardColorComboBox", 2); // black
    down("basin1TypeComboBox", 1);    // E-Sink
    down("basin1SizeComboBox", 3);    // 24X20X10
    QTest::mouseClick(child<QCheckBox>("basin1PTrapCheckBox"), Qt::LeftButton);
    down("basin2TypeComboBox", 2); // E-Sink DI: a DI gooseneck appears by itself
    down("basin2SizeComboBox", 1); // 20X20X8
    down("basin3TypeComboBox", 3); // E-Drain
    down("basin3SizeComboBox", 6); // custom
    type("basin3WidthLineEdit", QStringLiteral("22"));
    type("basin3LengthLineEdit", QStringLiteral("18"));
    type("basin3DepthLineEdit", QStringLiteral("9"));
    QTest::mouseClick(child<QCheckBox>("basin3LightCheckBox"), Qt::LeftButton);

    auto* faucets = child<QSpinBox>("faucetCountSpinBox");
    QCOMPARE(faucets->value(), 1);
    QVERIFY(!child<QComboBox>("faucet1TypeComboBox")->isEnabled()); // locked gooseneck
    QCOMPARE(child<QComboBox>("faucet1TypeComboBox")->currentIndex(), 3);
    faucets->setFocus();
    QTest::keyClick(faucets, Qt::Key_Up);
    down("faucet2TypeComboBox", 1);      // wrist blade
    down("faucet2PlacementComboBox", 1); // centre of basin 1

    QTest::mouseClick(child<QCheckBox>("sprayersCheckBox"), Qt::LeftButton);
    auto* sprayers = child<QSpinBox>("sprayerCountSpinBox");
    sprayers->setFocus();
    QTest::keyClick(sprayers, Qt::Key_Up);
    down("sprayer1TypeComboBox", 1);
    down("sprayer1LocationComboBox", 1);
    down("sprayer2TypeComboBox", 3);
    down("sprayer2LocationComboBox", 2);
}

void TestWizard::fullOrderByKeyboard()
{
    m_wizard = newWizard();
    QCOMPARE(m_wizard->currentId(), int(OrderWizard::OrderPage));
    QVERIFY(!nextEnabled());
    m_submittedPo = QStringLiteral("PO-W-") + ScratchDatabase::randomSuffix(6).toUpper();
    fillOrderPage(m_submittedPo);
    QTemporaryDir files;
    const QString pdf = files.path() + QStringLiteral("/po.pdf");
    {
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 purchase order\n");
    }
    OrderWizard::setNextFileName(pdf);
    QTest::mouseClick(child<QAbstractButton>("addPoDocumentButton"), Qt::LeftButton);
    QCOMPARE(m_wizard->attachments().size(), 1);
    grab(QStringLiteral("1-order"));
    clickNext();

    QCOMPARE(m_wizard->currentId(), int(OrderWizard::SelectionPage));
    QVERIFY(!nextEnabled());
    const QString build = QStringLiteral("W") + ScratchDatabase::randomSuffix(6).toUpper();
    fillSelection(build);
    grab(QStringLiteral("2-selection"));
    clickNext();

    QCOMPARE(m_wizard->currentId(), int(OrderWizard::SinkPage));
    QVERIFY(!nextEnabled());
    fillSink();
    QVERIFY2(nextEnabled(), qPrintable(m_wizard->issues().isEmpty() ? QString() : m_wizard->issues().first().message));
    QVERIFY(waitPreview());
    auto* preview = m_wizard->findChild<BomPreviewWidget*>(QStringLiteral("previewWidget"));
    QVERIFY(preview && preview->model()->rowCount() > 5);
    // Each line says why it is there.
    QVERIFY(!preview->model()->item(0, 4)->text().isEmpty());
    QVERIFY(preview->model()->item(0, 0)->toolTip().contains(preview->model()->item(0, 3)->text()));
    grab(QStringLiteral("3-sink"));
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
    QVERIFY2(m_wizard->lastSubmit().ok, qPrintable(m_wizard->lastSubmit().error.message));
    QVERIFY(!WizardDraftStore(m_coordinator.username).exists());

    // The stored rows.
    QSqlDatabase su = m_db->superuser();
    QSqlQuery q(su);
    q.prepare(QStringLiteral("SELECT o.order_id, o.customer_name, o.order_language::text, b.bom_items::text,"
                             " (SELECT count(*) FROM cs.bom_items i WHERE i.bom_id = b.bom_id),"
                             " (SELECT count(*) FROM cs.order_documents d WHERE d.order_id = o.order_id AND d.document_type = 'PO'"
                             "   AND d.filename = 'po.pdf')"
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
    QTemporaryDir dir;
    QFile cfg(dir.path() + QStringLiteral("/config.json"));
    QVERIFY(cfg.open(QIODevice::WriteOnly));
    cfg.write(QJsonDocument(configJson).toJson());
    cfg.close();
    QProcess cli;
    cli.start(QStringLiteral(CS_BINARY_DIR "/app/cleanstation-admin"),
              {QStringLiteral("bom"), QStringLiteral("--catalog"), QStringLiteral(CS_SOURCE_DIR "/resources/demo/catalog"),
               QStringLiteral("--config"), cfg.fileName(), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject expected = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    const QJsonArray lines = expected.value(u"bom").toObject().value(build).toArray();
    const QJsonArray top = frozen.value(u"top").toArray();
    QVERIFY(!lines.isEmpty());
    QCOMPARE(top.size(), lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject e = lines.at(i).toObject();
        const QJsonObject f = top.at(i).toObject();
        QCOMPARE(f.value(u"id").toString(), e.value(u"id").toString());
        QCOMPARE(f.value(u"qty").toInteger(), e.value(u"qty").toInteger());
        QCOMPARE(f.value(u"rule").toString(), e.value(u"rule").toString());
    }
    const QJsonObject totals = expected.value(u"explodedLeafTotals").toObject().value(build).toObject();
    const QJsonArray flat = frozen.value(u"flat").toArray();
    QCOMPARE(flat.size(), totals.value(u"distinctLeafIds").toInteger());
    qint64 sum = 0;
    for (const QJsonValue& v : flat)
        sum += v.toObject().value(u"qty").toInteger();
    QCOMPARE(sum, totals.value(u"totalLeafQty").toInteger());
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
    type("poLineEdit", QStringLiteral("P1"));
    QVERIFY(visibleError("poErrorLabel", "poLineEdit"));
    QVERIFY(child<QLabel>("poErrorLabel")->text().contains(QStringLiteral("3")));
    type("poLineEdit", QStringLiteral("23"));
    QVERIFY(!child<QLabel>("poErrorLabel")->isVisible());
    QVERIFY(child<QWidget>("poLineEdit")->accessibleDescription().isEmpty());
    type("customerLineEdit", QStringLiteral("ab"));
    QVERIFY(visibleError("customerErrorLabel", "customerLineEdit"));
    type("projectLineEdit", QStringLiteral("x"));
    QVERIFY(visibleError("projectErrorLabel", "projectLineEdit"));
    QVERIFY(visibleError("salesErrorLabel", "salesLineEdit"));
    QVERIFY(visibleError("wantDateErrorLabel", "wantDateEdit")); // today is not after today
    QVERIFY(!nextEnabled());
    grab(QStringLiteral("1-order-errors"));
    type("customerLineEdit", QStringLiteral("c"));
    child<QLineEdit>("projectLineEdit")->clear();
    type("salesLineEdit", QStringLiteral("Sam"));
    auto* date = child<QDateEdit>("wantDateEdit");
    date->setFocus();
    date->setCurrentSection(QDateTimeEdit::YearSection);
    QTest::keyClick(date, Qt::Key_Up);
    QVERIFY(!child<QLabel>("wantDateErrorLabel")->isVisible());
    QVERIFY(nextEnabled());
    clickNext();

    type("build1LineEdit", QStringLiteral("AB"));
    QVERIFY(visibleError("build1ErrorLabel", "build1LineEdit"));
    auto* quantity = child<QSpinBox>("quantitySpinBox");
    quantity->setFocus();
    QTest::keyClick(quantity, Qt::Key_Up);
    type("build1LineEdit", QStringLiteral("C-1"));
    type("build2LineEdit", QStringLiteral("abc-1"));
    QVERIFY(visibleError("build2ErrorLabel", "build2LineEdit")); // used twice (case-insensitive)
    QVERIFY(child<QLabel>("build2ErrorLabel")->text().contains(QStringLiteral("twice")));
    down("familyComboBox", 1);
    QVERIFY(visibleError("familyErrorLabel", "familyComboBox"));
    QVERIFY(child<QLabel>("underConstructionLabel")->isVisible());
    child<QComboBox>("familyComboBox")->setFocus();
    QTest::keyClick(child<QWidget>("familyComboBox"), Qt::Key_Up);
    QTest::keyClick(child<QWidget>("build2LineEdit"), Qt::Key_Backspace);
    type("build2LineEdit", QStringLiteral("2"));
    QVERIFY(nextEnabled());
    clickNext();

    // Step 3: every required field says so until chosen.
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
    QVERIFY(!nextEnabled());
    grab(QStringLiteral("3-sink-errors"));

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
    QVERIFY(!m_wizard->lastSubmit().ok);
    QCOMPARE(m_wizard->lastSubmit().error.code, QStringLiteral("E-PO-UNIQUE"));
    // Back on step 1, the server's words beside the PO field.
    QTRY_COMPARE(m_wizard->currentId(), int(OrderWizard::OrderPage));
    auto* label = child<QLabel>("poErrorLabel");
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(m_submittedPo));
    QVERIFY(!nextEnabled());
    grab(QStringLiteral("1-order-duplicate-po"));
    // Nothing was written.
    QSqlQuery q(m_db->superuser());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cs.orders WHERE build_number = '%1'").arg(build)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // A new PO clears it.
    type("poLineEdit", QStringLiteral("-B"));
    QVERIFY(!label->isVisible());
    QVERIFY(nextEnabled());
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
