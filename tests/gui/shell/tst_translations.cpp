// Run-time language switching: the login dialog, the settings dialog and (against a real
// PostgreSQL) the main window's menus and status bar change to French, then Spanish, then back to
// English while they are open. Also: the shell's .ts files are complete (every entry finished), and the
// order wizard's validation messages, which come from cs_domain, show in the session's language.
#include "data/common/session.h"
#include "shelllogin.h"
#include "testdatabase.h"
#include "testpaths.h"
#include "ui/common/appsettings.h"
#include "ui/shell/logindialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/settingsdialog.h"
#include "ui/shell/shell.h"
#include "ui/common/translator.h"
#include "ui/wizard/orderwizard.h"
#include "ui/common/rowtablemodel.h"
#include "ui/common/statustext.h"
#include "ui/orders/orderpage.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QTableView>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

using cs::test::ScratchDatabase;
using namespace cs::ui;

namespace {

// The visible texts of a window's menu bar, in order.
QStringList menuTitles(QMainWindow* w)
{
    QStringList titles;
    for (QAction* a : w->menuBar()->actions()) {
        if (a->isVisible())
            titles << a->text();
    }
    return titles;
}

QString labelText(QWidget* w, const char* name)
{
    auto* label = w->findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void shellTranslationsComplete_data();
    void shellTranslationsComplete();
    void loginDialogSwitchesAtRunTime();
    void settingsDialogSwitchesAtRunTime();
    void mainWindowSwitchesThroughSettings();
    void wizardValidationInSessionLanguage_data();
    void wizardValidationInSessionLanguage();
    void datesAndStatusesFollowTheSession();
    void orderPageInSessionLanguage();

private:
    QTemporaryDir m_home;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_home.path().toLocal8Bit());
    QSettings().clear();
}

void TestTranslations::cleanup()
{
    AppSettings::setLanguage(QStringLiteral("en"));
}

void TestTranslations::shellTranslationsComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("fr") << cs::test::sourcePath(u"translations/cleanstation_fr.ts");
    QTest::newRow("es") << cs::test::sourcePath(u"translations/cleanstation_es.ts");
}

void TestTranslations::shellTranslationsComplete()
{
    // The shell's own contexts (forms and classes of the login, main window, dialogs, home screens).
    const QStringList shell = {QStringLiteral("AboutDialog"),
                               QStringLiteral("ChangePasswordDialog"),
                               QStringLiteral("CreateUserDialog"),
                               QStringLiteral("LockDialog"),
                               QStringLiteral("LoginDialog"),
                               QStringLiteral("MainWindow"),
                               QStringLiteral("SettingsDialog"),
                               QStringLiteral("StatusText"),
                               QStringLiteral("UserAdminDialog"),
                               QStringLiteral("cs::ui::AboutDialog"),
                               QStringLiteral("cs::ui::ChangePasswordDialog"),
                               QStringLiteral("cs::ui::CreateUserDialog"),
                               QStringLiteral("cs::ui::HomeWidget"),
                               QStringLiteral("cs::ui::LockDialog"),
                               QStringLiteral("cs::ui::LoginDialog"),
                               QStringLiteral("cs::ui::MainWindow"),
                               QStringLiteral("cs::ui::RecordDialog"),
                               QStringLiteral("cs::ui::SettingsDialog"),
                               QStringLiteral("cs::ui::Shell"),
                               QStringLiteral("cs::ui::UserAdminDialog")};
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
    QXmlStreamReader xml(&f);
    QString context;
    QString source;
    QSet<QString> seen;
    int checked = 0;
    QStringList unfinished;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation" && shell.contains(context)) {
            seen.insert(context);
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            ++checked;
            if (!type.isEmpty() || text.trimmed().isEmpty())
                unfinished << context + QStringLiteral(": ") + source;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(u'\n')));
    QCOMPARE(seen.size(), shell.size());
    QVERIFY(checked > 200);
}

void TestTranslations::loginDialogSwitchesAtRunTime()
{
    Translator translator;
    cs::data::Session session;
    LoginDialog dialog(&session, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* ok = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    auto* cancel =
        dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Cancel);
    auto* remember = dialog.findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"));
    auto* ssl = dialog.findChild<QComboBox*>(QStringLiteral("sslModeComboBox"));
    QVERIFY(ok && cancel && remember && ssl);
    auto* user = dialog.findChild<QLineEdit*>(QStringLiteral("userLineEdit"));
    user->setText(QStringLiteral("typed.before.switch"));

    QCOMPARE(dialog.windowTitle(), QStringLiteral("Log in – CleanStation Production"));
    QCOMPARE(ok->text(), QStringLiteral("&Log in"));
    QCOMPARE(remember->text(), QStringLiteral("&Remember my password on this computer"));
    const QString englishCancel = cancel->text();

    QVERIFY(translator.setLanguage(QStringLiteral("fr")));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.windowTitle(), QStringLiteral("Connexion – CleanStation Production"),
                              10000);
    QTRY_COMPARE_WITH_TIMEOUT(ok->text(), QStringLiteral("Se &connecter"), 10000);
    QCOMPARE(remember->text(), QStringLiteral("&Mémoriser mon mot de passe sur cet ordinateur"));
    QCOMPARE(labelText(&dialog, "userLabel"), QStringLiteral("Nom d'&utilisateur :"));
    QCOMPARE(ssl->itemText(0), QStringLiteral("Désactivé (déconseillé)"));
    // Qt's own strings come from qtbase_fr.
    QCOMPARE(cancel->text().remove(u'&'), QStringLiteral("Annuler"));
    QCOMPARE(user->text(), QStringLiteral("typed.before.switch"));

    QVERIFY(translator.setLanguage(QStringLiteral("es")));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.windowTitle(),
                              QStringLiteral("Iniciar sesión – CleanStation Production"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(ok->text(), QStringLiteral("&Iniciar sesión"), 10000);
    QCOMPARE(remember->text(), QStringLiteral("&Recordar mi contraseña en este equipo"));
    QCOMPARE(labelText(&dialog, "userLabel"), QStringLiteral("Nombre de &usuario:"));
    QCOMPARE(ssl->itemText(0), QStringLiteral("Desactivado (no recomendado)"));
    QCOMPARE(cancel->text().remove(u'&'), QStringLiteral("Cancelar"));

    QVERIFY(translator.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.windowTitle(), QStringLiteral("Log in – CleanStation Production"),
                              10000);
    // The button box puts Qt's "OK" back after the dialog's own retranslation; the dialog names the
    // button again from the event loop (LoginDialog::changeEvent), as in the other two languages.
    QTRY_COMPARE_WITH_TIMEOUT(ok->text(), QStringLiteral("&Log in"), 10000);
    QCOMPARE(labelText(&dialog, "userLabel"), QStringLiteral("&User name:"));
    QCOMPARE(ssl->itemText(0), QStringLiteral("Off (not recommended)"));
    QCOMPARE(cancel->text(), englishCancel);
    QCOMPARE(user->text(), QStringLiteral("typed.before.switch"));
}

void TestTranslations::settingsDialogSwitchesAtRunTime()
{
    Translator translator;
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* printer = dialog.findChild<QComboBox*>(QStringLiteral("pagePrinterComboBox"));
    auto* idle = dialog.findChild<QSpinBox*>(QStringLiteral("idleSpinBox"));
    QVERIFY(printer && idle);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Settings"));
    QCOMPARE(printer->itemText(0), QStringLiteral("System default printer"));

    QVERIFY(translator.setLanguage(QStringLiteral("fr")));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.windowTitle(), QStringLiteral("Paramètres"), 10000);
    QCOMPARE(labelText(&dialog, "languageComboBoxLabel"), QStringLiteral("&Langue :"));
    QCOMPARE(printer->itemText(0), QStringLiteral("Imprimante par défaut du système"));

    QVERIFY(translator.setLanguage(QStringLiteral("es")));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.windowTitle(), QStringLiteral("Configuración"), 10000);
    QCOMPARE(labelText(&dialog, "languageComboBoxLabel"), QStringLiteral("&Idioma:"));
    QCOMPARE(printer->itemText(0), QStringLiteral("Impresora predeterminada del sistema"));

    QVERIFY(translator.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.windowTitle(), QStringLiteral("Settings"), 10000);
    QCOMPARE(labelText(&dialog, "languageComboBoxLabel"), QStringLiteral("&Language:"));
    QCOMPARE(printer->itemText(0), QStringLiteral("System default printer"));
}

void TestTranslations::mainWindowSwitchesThroughSettings()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    ScratchDatabase db;
    QString error;
    const ScratchDatabase::Person admin = cs::test::shellPerson(db, QStringLiteral("Admin"), &error);
    QVERIFY2(!admin.username.isEmpty(), qPrintable(error));

    Shell shell;
    shell.start();
    QVERIFY(cs::test::logIn(shell, admin.username, admin.password));
    MainWindow* w = shell.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    // The admin sees a menu per area.
    const QStringList english = {QStringLiteral("&Session"), QStringLiteral("&View"), QStringLiteral("&Orders"),
                                 QStringLiteral("&Catalog"), QStringLiteral("&Quality"), QStringLiteral("&Assembly"),
                                 QStringLiteral("&People"), QStringLiteral("&Tools"), QStringLiteral("&Help")};
    QCOMPARE(menuTitles(w), english);

    // The language is chosen the way a person does: Tools > Settings, pick it, OK.
    const auto chooseLanguage = [w](const QString& code) {
        QTimer::singleShot(0, w, [code] {
            auto* dialog = qobject_cast<SettingsDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto* box = dialog->findChild<QComboBox*>(QStringLiteral("languageComboBox"));
            box->setCurrentIndex(box->findData(code));
            dialog->accept();
        });
        w->findChild<QAction*>(QStringLiteral("actionSettings"))->trigger();
    };

    chooseLanguage(QStringLiteral("fr"));
    QCOMPARE(AppSettings::language(), QStringLiteral("fr"));
    QTRY_COMPARE_WITH_TIMEOUT(
        menuTitles(w),
        (QStringList{QStringLiteral("&Session"), QStringLiteral("&Affichage"), QStringLiteral("&Commandes"),
                     QStringLiteral("Ca&talogue"), QStringLiteral("&Qualité"), QStringLiteral("Asse&mblage"),
                     QStringLiteral("&Personnel"), QStringLiteral("&Outils"), QStringLiteral("Ai&de")}),
        10000);
    QCOMPARE(w->findChild<QAction*>(QStringLiteral("actionLock"))->text(),
             QStringLiteral("&Verrouiller le poste"));
    QCOMPARE(w->connectionStatusText(), QStringLiteral("Connecté à %1").arg(db.settings().host));
    QVERIFY2(w->windowTitle().contains(QStringLiteral("Administrateur")), qPrintable(w->windowTitle()));

    chooseLanguage(QStringLiteral("es"));
    QTRY_COMPARE_WITH_TIMEOUT(
        menuTitles(w),
        (QStringList{QStringLiteral("&Sesión"), QStringLiteral("&Ver"), QStringLiteral("&Pedidos"),
                     QStringLiteral("&Catálogo"), QStringLiteral("Ca&lidad"), QStringLiteral("&Ensamblaje"),
                     QStringLiteral("Perso&nal"), QStringLiteral("&Herramientas"), QStringLiteral("A&yuda")}),
        10000);
    QCOMPARE(w->findChild<QAction*>(QStringLiteral("actionLock"))->text(),
             QStringLiteral("&Bloquear el puesto"));
    QCOMPARE(w->connectionStatusText(), QStringLiteral("Conectado a %1").arg(db.settings().host));

    chooseLanguage(QStringLiteral("en"));
    QTRY_COMPARE_WITH_TIMEOUT(menuTitles(w), english, 10000);
    QCOMPARE(w->findChild<QAction*>(QStringLiteral("actionLock"))->text(),
             QStringLiteral("&Lock workstation"));
    QCOMPARE(w->connectionStatusText(), QStringLiteral("Connected to %1").arg(db.settings().host));
    QVERIFY2(w->windowTitle().contains(QStringLiteral("Administrator")), qPrintable(w->windowTitle()));
}

void TestTranslations::wizardValidationInSessionLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("poMessage");
    QTest::addColumn<QString>("wantDateStart");
    QTest::addColumn<QString>("title");
    QTest::newRow("fr") << QStringLiteral("fr")
                        << QStringLiteral("Le numéro de bon de commande doit comporter au moins 3 caractères.")
                        << QStringLiteral("La date souhaitée doit être postérieure au ")
                        << QStringLiteral("Client et commande");
    QTest::newRow("es") << QStringLiteral("es")
                        << QStringLiteral("El número de orden de compra necesita al menos 3 caracteres.")
                        << QStringLiteral("La fecha deseada debe ser posterior al ")
                        << QStringLiteral("Cliente y pedido");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("The PO number needs at least 3 characters.")
                        << QStringLiteral("The want date must be after ") << QStringLiteral("Customer and order");
}

void TestTranslations::wizardValidationInSessionLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, poMessage);
    QFETCH(QString, wantDateStart);
    QFETCH(QString, title);
    Translator translator;
    QVERIFY(translator.setLanguage(language));
    // The wizard checks what is typed with cs_domain's ConfigurationValidator (no server needed for step 1).
    OrderWizard wizard(nullptr, nullptr);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentPage()->title(), title);
    auto* po = wizard.findChild<QLineEdit*>(QStringLiteral("poLineEdit"));
    auto* poError = wizard.findChild<QLabel*>(QStringLiteral("poErrorLabel"));
    auto* wantError = wizard.findChild<QLabel*>(QStringLiteral("wantDateErrorLabel"));
    QVERIFY(po && poError && wantError);
    auto* want = wizard.findChild<QDateEdit*>(QStringLiteral("wantDateEdit"));
    QVERIFY(want && QTest::qWaitForWindowActive(&wizard));
    po->setFocus();
    QTest::keyClicks(po, QStringLiteral("P1"));
    want->setFocus();   // a message shows once its field was left
    QTRY_VERIFY(poError->isVisible() && !poError->text().isEmpty());
    QCOMPARE(poError->text(), poMessage);
    QCOMPARE(po->accessibleDescription(), poMessage);
    // Today is not after today: the message carries the date.
    want->setDate(QDate::currentDate());
    po->setFocus();
    QTRY_VERIFY(wantError->isVisible() && !wantError->text().isEmpty());
    QVERIFY2(wantError->text().startsWith(wantDateStart), qPrintable(wantError->text()));
}

void TestTranslations::datesAndStatusesFollowTheSession()
{
    const QDate date(2026, 12, 2);
    const QDateTime time(date, QTime(14, 5));
    Translator translator;
    QVERIFY(translator.setLanguage(QStringLiteral("fr")));
    // The session's QLocale is French: a list's date names its month in French.
    QCOMPARE(QLocale().language(), QLocale::French);
    QVERIFY(Translator::textLanguage() == cs::domain::TravelerLanguage::FR);
    const QString french = RowTableModelBase::dateText(date);
    QCOMPARE(french, QLocale(QLocale::French).toString(date, QStringLiteral("d MMM yyyy")));
    QVERIFY2(french.contains(QLocale(QLocale::French).monthName(12, QLocale::ShortFormat)), qPrintable(french));
    QVERIFY2(!french.contains(QStringLiteral("Dec")), qPrintable(french));
    const QString frenchTime = RowTableModelBase::dateTimeText(time.toUTC());
    QVERIFY2(frenchTime.startsWith(french) && frenchTime.contains(QStringLiteral("14:05")), qPrintable(frenchTime));
    // A status goes through the translator, in StatusText's context.
    QCOMPARE(StatusText::orderStatus(QStringLiteral("ReadyForProduction")),
             QCoreApplication::translate("StatusText", "Ready for production"));
    QCOMPARE(StatusText::serviceStatus(QStringLiteral("Approved")), QCoreApplication::translate("StatusText", "Approved"));

    QVERIFY(translator.setLanguage(QStringLiteral("es")));
    QCOMPARE(RowTableModelBase::dateText(date), QLocale(QLocale::Spanish).toString(date, QStringLiteral("d MMM yyyy")));
    QVERIFY(translator.setLanguage(QStringLiteral("en")));
    QVERIFY2(RowTableModelBase::dateText(date).contains(QStringLiteral("Dec")), qPrintable(RowTableModelBase::dateText(date)));
    QVERIFY(Translator::textLanguage() == cs::domain::TravelerLanguage::EN);
}

void TestTranslations::orderPageInSessionLanguage()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    ScratchDatabase db;
    QString error;
    const ScratchDatabase::Person coord = cs::test::shellPerson(db, QStringLiteral("ProductionCoordinator"), &error);
    QVERIFY2(!coord.username.isEmpty(), qPrintable(error));
    const ScratchDatabase::Person admin = db.createPerson(QStringLiteral("Admin"), {}, &error);
    QVERIFY2(ScratchDatabase::seedWorkflowFixtures(db.connect(admin.settings), &error), qPrintable(error));
    const QJsonObject order = ScratchDatabase::orderJson(QStringLiteral("PO-LANG-1"), QStringLiteral("B-LANG-1"));
    QSqlDatabase c = db.connect(coord.settings);
    QVERIFY2(ScratchDatabase::exec(c, QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))"),
                                   {QString::fromUtf8(QJsonDocument(order).toJson(QJsonDocument::Compact))}, &error),
             qPrintable(error));
    QVariant id;
    QVERIFY(ScratchDatabase::exec(c, QStringLiteral("SELECT order_id::text FROM cs.orders WHERE build_number = 'B-LANG-1'"), {},
                                  &error, &id));

    AppSettings::setLanguage(QStringLiteral("fr"));
    Shell shell;
    shell.start();
    QVERIFY(cs::test::logIn(shell, coord.username, coord.password));
    MainWindow* w = shell.mainWindow();
    w->openOrderPage(id.toString());
    OrderPage* page = nullptr;
    const auto findPage = [] {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (auto* p = qobject_cast<OrderPage*>(top))
                return p;
            if (auto* p = top->findChild<OrderPage*>())
                return p;
        }
        return static_cast<OrderPage*>(nullptr);
    };
    QTRY_VERIFY_WITH_TIMEOUT((page = findPage()) != nullptr, 10000);
    auto* summary = page->findChild<QLabel*>(QStringLiteral("configLabel"));
    QVERIFY(summary);
    QTRY_VERIFY_WITH_TIMEOUT(!summary->text().isEmpty(), 15000);
    // The configuration in words of the session's language (the same words the traveler prints).
    QVERIFY2(summary->text().startsWith(QStringLiteral("CleanStation MDRD")), qPrintable(summary->text()));
    auto* basins = page->findChild<QTableView*>(QStringLiteral("configBasins"));
    QVERIFY(basins);
    QCOMPARE(basins->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Cuve"));
    QCOMPARE(basins->model()->rowCount(), 1);   // the fixture order is a one-basin sink
    for (int r = 0; r < basins->model()->rowCount(); ++r)
        for (int col = 0; col < basins->model()->columnCount(); ++col) {
            const QString cell = basins->model()->index(r, col).data().toString();
            QVERIFY2(!cell.contains(u'_') && !cell.contains(u'{'), qPrintable(cell));
        }
    auto* status = page->findChild<QLabel*>(QStringLiteral("currentStatusLabel"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(StatusText::orderStatus(QStringLiteral("OrderCreated"))), qPrintable(status->text()));
    // Back to English at run time, as a person does it (Tools > Settings): the tables follow.
    QTimer::singleShot(0, w, [] {
        auto* dialog = qobject_cast<SettingsDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto* box = dialog->findChild<QComboBox*>(QStringLiteral("languageComboBox"));
        box->setCurrentIndex(box->findData(QStringLiteral("en")));
        dialog->accept();
    });
    w->findChild<QAction*>(QStringLiteral("actionSettings"))->trigger();
    QCOMPARE(AppSettings::language(), QStringLiteral("en"));
    QTRY_COMPARE_WITH_TIMEOUT(page->findChild<QTableView*>(QStringLiteral("configBasins"))->model()->headerData(0, Qt::Horizontal).toString(),
                              QStringLiteral("Basin"), 10000);
    QVERIFY2(summary->text().startsWith(QStringLiteral("MDRD CleanStation")), qPrintable(summary->text()));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
