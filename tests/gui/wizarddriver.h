#pragma once

// Driving the order wizard with the keyboard and mouse as a coordinator would, shared by the GUI
// tests of the wizard: widgets are found by objectName (on the page shown first, then anywhere in
// the wizard, because steps 3 and 4 both have a build selector and a BOM preview), text is typed
// with key clicks and combo boxes are moved with the arrow keys.
#include "testdatabase.h"
#include "testpaths.h"

#include "data/catalog/catalogcache.h"
#include "data/catalog/catalogimporter.h"
#include "ui/wizard/orderwizard.h"
#include "ui/wizard/wizardpage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace cs::test {

// What the wizard tests start from: settings and drafts under `home` (QStandardPaths' test mode), a
// scratch database with the demo catalog, and a coordinator. Empty when ready, else why not.
inline QString setUpWizardDatabase(const QTemporaryDir& home, std::unique_ptr<ScratchDatabase>* db,
                                   ScratchDatabase::Person* coordinator)
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", home.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.path().toLocal8Bit());
    *db = std::make_unique<ScratchDatabase>();
    if (!(*db)->isValid())
        return (*db)->error();
    const data::CatalogImporter::Result imported =
        data::CatalogImporter((*db)->superuser()).importDirectory(sourcePath(u"resources/demo/catalog"));
    if (!imported.ok)
        return imported.error;
    QString error;
    *coordinator = (*db)->createPerson(QStringLiteral("ProductionCoordinator"), {}, &error);
    return coordinator->username.isEmpty() ? error : QString();
}

// The catalog cache of the wizard tests under `home`, filled from the server as the app fills it at
// login (through the session's worker settings). Null, with a warning, when it could not be.
inline std::unique_ptr<data::CatalogCache> refreshedCatalog(const QTemporaryDir& home, const data::ConnectionSettings& worker)
{
    auto cache = std::make_unique<data::CatalogCache>(home.path() + QStringLiteral("/catalog.cscache"));
    QSignalSpy refreshed(cache.get(), &data::CatalogCache::refreshFinished);
    cache->refresh(worker);
    if (!refreshed.wait(30000) || !cache->catalog()) {
        qWarning("the catalog cache was not filled from the server");
        return nullptr;
    }
    return cache;
}

// A small file that passes for a PDF (it starts with the PDF signature), to attach.
inline bool writePdf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write("%PDF-1.4 purchase order\n") > 0;
}

class WizardDriver
{
public:
    void setWizard(ui::OrderWizard* wizard) { m_driven = wizard; }
    ui::OrderWizard* driven() const { return m_driven; }

    // The widget `name` of the current page, else of the whole wizard; a warning when there is none.
    template <typename T> T* child(const char* name) const
    {
        if (!m_driven)
            return nullptr;
        const QString n = QString::fromLatin1(name);
        T* w = m_driven->currentPage() ? m_driven->currentPage()->findChild<T*>(n) : nullptr;
        if (!w)
            w = m_driven->findChild<T*>(n);
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }

    // Key clicks into the widget (added to what it holds).
    void type(const char* name, const QString& text)
    {
        auto* w = child<QWidget>(name);
        QVERIFY(w);
        w->setFocus();
        QTest::keyClicks(w, text);
    }

    // Leaves the field being typed in (the focus goes to Cancel): what was typed counts as touched.
    void leave()
    {
        if (m_driven)
            m_driven->button(QWizard::CancelButton)->setFocus(Qt::TabFocusReason);
    }

    // True while an error concerns the current step (Next stays on, and shows them when pressed).
    bool pageHasErrors() const
    {
        auto* page = m_driven ? qobject_cast<ui::WizardPage*>(m_driven->currentPage()) : nullptr;
        return page && page->hasErrors();
    }

    // Selects everything in a line edit (Ctrl+A) and types over it.
    void retype(const char* name, const QString& text)
    {
        auto* w = child<QWidget>(name);
        QVERIFY(w);
        w->setFocus();
        QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(w, text);
    }

    // Arrow down `times` in a combo or spin box (arrow up for a negative count).
    void down(const char* name, int times)
    {
        auto* w = child<QWidget>(name);
        QVERIFY(w);
        QVERIFY2(w->isVisible(), name);
        w->setFocus();
        for (int i = 0; i < std::abs(times); ++i)
            QTest::keyClick(w, times > 0 ? Qt::Key_Down : Qt::Key_Up);
    }

    void up(const char* name, int times) { down(name, -times); }

    void click(const char* name)
    {
        auto* b = child<QAbstractButton>(name);
        QVERIFY(b);
        QVERIFY2(b->isVisible() && b->isEnabled(), name);
        QTest::mouseClick(b, Qt::LeftButton);
    }

    // The message label `name` shows a message (its room is kept, empty, while none shows).
    bool shows(const char* name) const
    {
        auto* l = child<QLabel>(name);
        return l && l->isVisible() && !l->text().isEmpty();
    }

    bool nextEnabled() const { return m_driven && m_driven->button(QWizard::NextButton)->isEnabled(); }

    void clickNext()
    {
        QVERIFY(nextEnabled());
        QTest::mouseClick(m_driven->button(QWizard::NextButton), Qt::LeftButton);
    }

    // Waits until the submit Finish started has its answer (stored, refused, or the connection lost): the
    // BOMs and documents are prepared on a pool thread and the order is sent on the session's worker.
    bool waitSubmit(int timeoutMs = 60000)
    {
        return QTest::qWaitFor([this] { return !m_driven || !m_driven->isSubmitting(); }, timeoutMs);
    }

    // Waits until the BOM preview is the one of the current configuration.
    bool waitPreview(int timeoutMs = 15000)
    {
        return QTest::qWaitFor([this] { return m_driven && m_driven->preview() != nullptr; }, timeoutMs);
    }

    // Renders the wizard to <build>/screenshots/wizard/<name>.png.
    void grab(const QString& name)
    {
        const QString dir = binaryPath(u"screenshots/wizard");
        QDir().mkpath(dir);
        QCoreApplication::processEvents(); // pending layout
        QVERIFY(m_driven->grab().save(dir + u'/' + name + QStringLiteral(".png")));
    }

    // On the current page, no message shown under a field is cut short (it has the height its text
    // needs at its width) or overlaps an input.
    void verifyMessagesClear()
    {
        QWidget* page = m_driven->currentPage();
        QVERIFY(page);
        QCoreApplication::processEvents(); // pending layout
        auto rectOf = [page](const QWidget* w) { return QRect(w->mapTo(page, QPoint(0, 0)), w->size()); };
        QList<QWidget*> inputs;
        for (QWidget* w : page->findChildren<QWidget*>()) {
            const bool input = qobject_cast<QComboBox*>(w) || qobject_cast<QLineEdit*>(w)
                               || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractButton*>(w);
            if (input && w->isVisibleTo(page) && !qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
                inputs << w;
        }
        int shown = 0;
        for (QLabel* label : page->findChildren<QLabel*>()) {
            if (!label->objectName().endsWith(QStringLiteral("ErrorLabel")) || !label->isVisibleTo(page)
                || label->text().isEmpty())
                continue;
            ++shown;
            const QByteArray name = label->objectName().toLatin1();
            QVERIFY2(label->height() >= label->heightForWidth(label->width()), name.constData());
            for (const QWidget* input : std::as_const(inputs))
                QVERIFY2(!rectOf(label).intersects(rectOf(input)),
                         (name + " overlaps " + input->objectName().toLatin1()).constData());
        }
        QVERIFY(shown > 0);
    }

    // Step 1: PO, customer, project, sales person, want date one year ahead, French, notes.
    void fillOrderPage(const QString& po)
    {
        type("poLineEdit", po);
        type("customerLineEdit", QStringLiteral("St. Mary's Hospital"));
        type("projectLineEdit", QStringLiteral("Sterile processing 2"));
        type("salesLineEdit", QStringLiteral("Dana Sales"));
        auto* date = child<QDateEdit>("wantDateEdit");
        QVERIFY(date);
        date->setFocus();
        date->setCurrentSection(QDateTimeEdit::YearSection);
        QTest::keyClick(date, Qt::Key_Up); // next year
        down("languageComboBox", 1);       // FR
        type("notesPlainTextEdit", QStringLiteral("Deliver to dock B"));
    }

    // Step 2 with one sink.
    void fillSelection(const QString& build) { type("build1LineEdit", build); }

    // Step 3 for the current build: T2-B3, 30 x 96 in, height-adjustable DL27 legs, casters, a black
    // perforated pegboard, an E-Sink 24X20X10 basin with P-trap, an E-Sink DI 20X20X8 basin (its DI
    // gooseneck comes by itself), a custom 22 x 18 x 9 E-Drain basin with light, a wrist-blade faucet
    // at basin 1 and two sprayers.
    void fillSink()
    {
        down("modelComboBox", 3); // T2-B3
        type("widthLineEdit", QStringLiteral("30"));
        type("lengthLineEdit", QStringLiteral("96"));
        down("legsHeightComboBox", 1); // height adjustable
        down("legsModelComboBox", 1);  // DL27
        down("feetComboBox", 1);       // casters
        click("pegboardCheckBox");
        down("pegboardTypeComboBox", 1);  // perforated
        down("pegboardColorComboBox", 2); // black
        down("basin1TypeComboBox", 1);    // E-Sink
        down("basin1SizeComboBox", 3);    // 24X20X10
        click("basin1PTrapCheckBox");
        down("basin2TypeComboBox", 2); // E-Sink DI: a DI gooseneck appears by itself
        down("basin2SizeComboBox", 1); // 20X20X8
        down("basin3TypeComboBox", 3); // E-Drain
        down("basin3SizeComboBox", 6); // custom
        type("basin3WidthLineEdit", QStringLiteral("22"));
        type("basin3LengthLineEdit", QStringLiteral("18"));
        type("basin3DepthLineEdit", QStringLiteral("9"));
        click("basin3LightCheckBox");

        auto* faucets = child<QSpinBox>("faucetCountSpinBox");
        QVERIFY(faucets);
        QCOMPARE(faucets->value(), 1);
        QVERIFY(!child<QComboBox>("faucet1TypeComboBox")->isEnabled()); // locked gooseneck
        QCOMPARE(child<QComboBox>("faucet1TypeComboBox")->currentIndex(), 3);
        up("faucetCountSpinBox", 1);
        down("faucet2TypeComboBox", 1);      // wrist blade
        down("faucet2PlacementComboBox", 1); // centre of basin 1

        click("sprayersCheckBox");
        up("sprayerCountSpinBox", 1);
        down("sprayer1TypeComboBox", 1);
        down("sprayer1LocationComboBox", 1);
        down("sprayer2TypeComboBox", 3);
        down("sprayer2LocationComboBox", 2);
    }

    // Steps 1 to 4 for `po` with one sink `build` (fillOrderPage, fillSelection, fillSink, no
    // accessories), `file` attached on step 1 by the button `attachButton` ("addDrawingButton", ...):
    // the wizard is on its review.
    void fillToReview(const QString& po, const char* attachButton, const QString& file, const QString& build)
    {
        fillOrderPage(po);
        ui::OrderWizard::setNextFileName(file);
        click(attachButton);
        QCOMPARE(m_driven->attachments().size(), 1);
        clickNext();
        fillSelection(build);
        clickNext();
        fillSink();
        clickNext();
        clickNext();
        QCOMPARE(m_driven->currentId(), int(ui::OrderWizard::ReviewPage));
    }

    // Step 4: types the accessory id into the filter and presses Enter (adds the first match).
    void addAccessory(const QString& id)
    {
        auto* filter = child<QWidget>("filterLineEdit");
        QVERIFY(filter);
        retype("filterLineEdit", id);
        QTest::keyClick(filter, Qt::Key_Return);
    }

private:
    QPointer<ui::OrderWizard> m_driven;
};

// What `cleanstation-admin bom` (the BOM generator on the demo catalog) gives for an order
// configuration in the neutral JSON: {"bom": {build: [lines]}, "explodedLeafTotals": {...}}.
// An empty object and a test failure when the CLI fails.
inline QJsonObject expectedBoms(const QJsonObject& configuration)
{
    QTemporaryDir dir;
    QFile cfg(dir.path() + QStringLiteral("/config.json"));
    if (!cfg.open(QIODevice::WriteOnly)) {
        QTest::qFail("cannot write the configuration for the CLI", __FILE__, __LINE__);
        return {};
    }
    cfg.write(QJsonDocument(configuration).toJson());
    cfg.close();
    QProcess cli;
    cli.start(binaryPath(u"app/cleanstation-admin"),
              {QStringLiteral("bom"), QStringLiteral("--catalog"), sourcePath(u"resources/demo/catalog"),
               QStringLiteral("--config"), cfg.fileName(), QStringLiteral("--format"), QStringLiteral("json")});
    if (!cli.waitForFinished(60000) || cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0) {
        QTest::qFail(qPrintable(QStringLiteral("cleanstation-admin bom failed: ") + QString::fromUtf8(cli.readAllStandardError())),
                     __FILE__, __LINE__);
        return {};
    }
    return QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
}

// Compares a frozen BOM (cs.boms.bom_items: {top, tree, flat}) with the CLI's lines and exploded
// totals for `build`: the same top-level lines (id, quantity, rule) in the same order, the same
// number of distinct leaf parts and the same total leaf quantity.
inline void compareFrozenBom(const QJsonObject& frozen, const QJsonObject& expected, const QString& build)
{
    const QJsonArray lines = expected.value(u"bom").toObject().value(build).toArray();
    const QJsonArray top = frozen.value(u"top").toArray();
    QVERIFY2(!lines.isEmpty(), qPrintable(build));
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
}

} // namespace cs::test
