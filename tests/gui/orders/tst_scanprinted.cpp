// A printed traveler scans back into the app: the QR code decoded from the PDF that
// `cleanstation-admin print traveler` wrote, typed by a keyboard-wedge scanner into whatever field has
// focus, opens that build's order page in the desktop client, and the field keeps what the person had typed.
#include "pdfcheck.h"
#include "shelllogin.h"
#include "testdatabase.h"
#include "testpaths.h"

#include "domain/common/scanpayload.h"
#include "ui/shell/logindialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/orders/orderpage.h"
#include "ui/shell/shell.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using cs::test::ScratchDatabase;
using namespace cs::ui;

class TestScanPrinted : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void printedTravelerScanOpensTheBuild();

private:
    QTemporaryDir m_home;
    std::unique_ptr<ScratchDatabase> m_db;
    ScratchDatabase::Person m_coordinator;
    ScratchDatabase::Person m_inspector;
    QString m_build;
    QString m_po;
};

void TestScanPrinted::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    const QString missing = cs::test::missingPrintTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_home.path().toLocal8Bit());
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    const auto admin = m_db->createPerson(QStringLiteral("Admin"), {}, &error);
    QVERIFY2(!admin.username.isEmpty(), qPrintable(error));
    m_coordinator = m_db->createPerson(QStringLiteral("ProductionCoordinator"), {}, &error);
    QVERIFY2(!m_coordinator.username.isEmpty(), qPrintable(error));
    m_inspector = m_db->createPerson(QStringLiteral("QCPerson"), {}, &error);
    QVERIFY2(!m_inspector.username.isEmpty(), qPrintable(error));
    QVERIFY2(ScratchDatabase::seedWorkflowFixtures(m_db->connect(admin.settings), &error), qPrintable(error));
    m_build = QStringLiteral("B-") + ScratchDatabase::randomSuffix(6).toUpper();
    m_po = QStringLiteral("PO-") + ScratchDatabase::randomSuffix(5).toUpper();
    const QJsonObject order = ScratchDatabase::orderJson(m_po, m_build);
    QVERIFY2(ScratchDatabase::exec(m_db->connect(m_coordinator.settings), QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))"),
                                   {QString::fromUtf8(QJsonDocument(order).toJson(QJsonDocument::Compact))}, &error),
             qPrintable(error));
}

void TestScanPrinted::cleanupTestCase()
{
    m_db.reset();
}

void TestScanPrinted::printedTravelerScanOpensTheBuild()
{
    // 1. Print the traveler as the coordinator, with the admin CLI.
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("traveler.pdf"));
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGHOST"), m_coordinator.settings.host);
    env.insert(QStringLiteral("PGPORT"), QString::number(m_coordinator.settings.port));
    env.insert(QStringLiteral("PGDATABASE"), m_db->name());
    env.insert(QStringLiteral("PGUSER"), m_coordinator.username);
    env.insert(QStringLiteral("PGPASSWORD"), m_coordinator.password);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    cli.setProcessEnvironment(env);
    cli.start(cs::test::binaryPath(u"app/cleanstation-admin"),
              {QStringLiteral("print"), QStringLiteral("traveler"), QStringLiteral("--build"), m_build,
               QStringLiteral("--out"), pdf});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

    // 2. Decode the QR code of its first page, as a scanner would read the paper.
    QList<QStringList> pages;
    QString error;
    QVERIFY2(cs::test::decodePages(pdf, 300, &pages, &error), qPrintable(error));
    QVERIFY(!pages.isEmpty());
    QCOMPARE(pages.first().size(), 1);
    const QString scanned = pages.first().first();
    const auto payload = cs::domain::ScanPayload::parse(scanned);
    QVERIFY2(payload.has_value(), qPrintable(scanned));
    QCOMPARE(payload->kind, cs::domain::ScanPayload::Kind::Build);

    // 3. An inspector is working in the app; the scanner types the payload and Enter into the focused field.
    QSettings().clear();
    cs::test::useDemoProfile(*m_db);
    Shell shell;
    shell.start();
    QVERIFY(cs::test::logIn(shell, m_inspector.username, m_inspector.password));
    MainWindow* w = shell.mainWindow();
    w->activateWindow();
    QLineEdit* field = nullptr;
    for (QLineEdit* e : w->findChildren<QLineEdit*>())
        if (e->isVisible() && e->isEnabled() && !e->isReadOnly()) {
            field = e;
            break;
        }
    QVERIFY2(field, "the home screen has a text field to type into");
    field->setFocus();
    field->setText(QStringLiteral("typed by hand"));
    QTest::keyClicks(field, scanned);
    QTest::keyClick(field, Qt::Key_Return);

    // 4. The build's order page opens (found off the GUI thread) and shows that build of that PO.
    QTRY_VERIFY_WITH_TIMEOUT(w->lastOrderPage() != nullptr, 10000);
    OrderPage* page = w->lastOrderPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 10000);
    QCOMPARE(page->detail().buildNumber, m_build);
    QCOMPARE(page->detail().poNumber, m_po);
    QCOMPARE(page->findChild<QLabel*>(QStringLiteral("titleLabel"))->text(), QStringLiteral("Build %1").arg(m_build));
    QCOMPARE(page->windowTitle(), QStringLiteral("Build %1 — PO %2").arg(m_build, m_po));
    QVERIFY(!w->lastRecordDialog());
    QCOMPARE(field->text(), QStringLiteral("typed by hand"));
}

QTEST_MAIN(TestScanPrinted)
#include "tst_scanprinted.moc"
