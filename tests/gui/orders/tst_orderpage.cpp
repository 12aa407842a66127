// The order page against a real PostgreSQL: BOM tree (model tester, recursive filter) and procurement
// list, approval as procurement through the signature dialog (password typed again, fresh
// connection), the action absent for an assembler (and refused by SQL), a concurrent edit conflict
// resolved by the user (told who changed it and when), documents round trip, screenshots of each tab,
// and the loads off the GUI thread: "Loading…" first, a replaced load dropped, a page closed while
// loading, a missing order in words. Documents travel off the GUI thread too: attached, opened and
// saved through the session's worker (the GUI thread's connection closed) byte for byte, busy state
// meanwhile, one transfer at a time, a page closed during a transfer. Writes run on the worker too:
// each action ends with actionFinished(), and modal dialogs are answered through ModalAnswer (a failed
// check closes the dialog instead of leaving the test hanging on it).
#include "eventloopwatch.h"
#include "testdatabase.h"

#include "data/common/session.h"
#include "data/orders/ordersearch.h"
#include "data/orders/workflowrepository.h"
#include "ui/orders/bomflatmodel.h"
#include "ui/orders/bomtreemodel.h"
#include "ui/orders/documentsmodel.h"
#include "ui/orders/orderpage.h"
#include "ui/common/signaturedialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>

#include <optional>

using cs::test::ScratchDatabase;
using namespace cs::ui;

class TestOrderPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void bomTreeAndFilter();
    void assemblerCannotApprove();
    void approveThroughSignature();
    void concurrentEditConflict();
    void documentsRoundTrip();
    void documentsThroughTheWorker();
    void closedDuringDocumentTransfer();
    void screenshots();
    void loadsOffTheGuiThread();
    void replacedLoadIsDropped();
    void closedWhileLoading();
    void missingOrderInWords();
    void documentKindsInWords();

private:
    std::unique_ptr<cs::data::Session> login(const QString& role);
    // Waits until every query queued on the session's worker so far has been answered and its answer
    // delivered (the worker runs them one at a time, in order).
    static bool drainWorker(cs::data::Session* session);
    QString submit(const QString& tag);

    QTemporaryDir m_home;
    std::unique_ptr<ScratchDatabase> m_db;
    QHash<QString, ScratchDatabase::Person> m_people;
    QString m_orderA;
    QString m_orderB;
};

std::unique_ptr<cs::data::Session> TestOrderPage::login(const QString& role)
{
    auto s = std::make_unique<cs::data::Session>();
    const auto r = s->start(m_people.value(role).settings, QStringLiteral("test"));
    if (!r.ok())
        qWarning("login failed: %s", qPrintable(r.detail));
    return s;
}

bool TestOrderPage::drainWorker(cs::data::Session* session)
{
    auto probe = cs::data::OrderSearch(*session).findBuild(QStringLiteral("no-such-build"));
    if (!QTest::qWaitFor([&] { return probe.isFinished(); }, 30000))
        return false;
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    return true;
}

QString TestOrderPage::submit(const QString& tag)
{
    const QJsonObject order = ScratchDatabase::orderJson(QStringLiteral("PO-") + tag, QStringLiteral("B-") + tag);
    QString error;
    QSqlDatabase coord = m_db->connect(m_people.value(QStringLiteral("ProductionCoordinator")).settings);
    if (!ScratchDatabase::exec(coord, QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))"),
                               {QString::fromUtf8(QJsonDocument(order).toJson(QJsonDocument::Compact))}, &error))
        qWarning("%s", qPrintable(error));
    QVariant id;
    ScratchDatabase::exec(coord, QStringLiteral("SELECT order_id::text FROM cs.orders WHERE build_number = ?"),
                          {QStringLiteral("B-") + tag}, &error, &id);
    return id.toString();
}

void TestOrderPage::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_home.path().toLocal8Bit());
    qputenv("TMPDIR", m_home.path().toLocal8Bit());
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    for (const char* role : {"ProductionCoordinator", "Admin", "ProcurementSpecialist", "Assembler"}) {
        QString error;
        const auto p = m_db->createPerson(QString::fromLatin1(role), {}, &error);
        QVERIFY2(!p.username.isEmpty(), qPrintable(error));
        m_people.insert(QString::fromLatin1(role), p);
    }
    QString error;
    QVERIFY2(ScratchDatabase::seedWorkflowFixtures(m_db->connect(m_people.value(QStringLiteral("Admin")).settings), &error),
             qPrintable(error));
    m_orderA = submit(ScratchDatabase::randomSuffix(6).toUpper());
    m_orderB = submit(ScratchDatabase::randomSuffix(6).toUpper());
    QVERIFY(!m_orderA.isEmpty() && !m_orderB.isEmpty());
}

void TestOrderPage::cleanupTestCase()
{
    m_db.reset();
}

void TestOrderPage::bomTreeAndFilter()
{
    auto session = login(QStringLiteral("Assembler"));
    OrderPage page(session.get(), m_orderA);
    QTRY_VERIFY(page.isLoaded());
    QAbstractItemModelTester tester(page.bomTreeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(page.bomTreeProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester flatTester(page.bomFlatModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    BomTreeModel* tree = page.bomTreeModel();
    QCOMPARE(tree->rowCount(), 2);   // two top lines
    const QModelIndex kit = tree->index(0, BomTreeModel::IdColumn);
    QCOMPARE(kit.data().toString(), QStringLiteral("ASSY-1"));
    QCOMPARE(tree->index(0, BomTreeModel::RuleColumn).data().toString(), QStringLiteral("R-KIT"));
    QCOMPARE(tree->rowCount(kit), 1);
    QCOMPARE(tree->index(0, BomTreeModel::ExtendedColumn, kit).data().toInt(), 3);
    QCOMPARE(tree->parent(tree->index(0, 0, kit)), kit);
    // Recursive filter: a child's id keeps its parent visible.
    auto* filter = page.findChild<QLineEdit*>(QStringLiteral("bomFilterLineEdit"));
    QTest::keyClicks(filter, QStringLiteral("P-1"));
    QSortFilterProxyModel* proxy = page.bomTreeProxy();
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, 0).data().toString(), QStringLiteral("ASSY-1"));
    QCOMPARE(proxy->rowCount(proxy->index(0, 0)), 1);
    filter->clear();
    QCOMPARE(proxy->rowCount(), 2);
    QCOMPARE(page.bomFlatModel()->rowCount(), 2);
    QCOMPARE(page.bom().sha256, page.detail().bomSha256);
    // CSV and PDF export.
    const QString csv = m_home.filePath(QStringLiteral("bom.csv"));
    QVERIFY(page.exportBomCsv(csv, true));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY2(text.contains(QStringLiteral("P-1,")) && text.contains(QStringLiteral(",3\n")), qPrintable(text));
    const QString pdf = m_home.filePath(QStringLiteral("bom.pdf"));
    QVERIFY(page.exportBomPdf(pdf));
    QFile p(pdf);
    QVERIFY(p.open(QIODevice::ReadOnly));
    QVERIFY(p.read(5) == "%PDF-");
    // The traveler through the print repository (recorded as a print).
    const QString traveler = m_home.filePath(QStringLiteral("traveler.pdf"));
    QSignalSpy finished(&page, &OrderPage::actionFinished);
    QVERIFY2(page.exportTravelerPdf(traveler), qPrintable(page.messageText()));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).value<OrderPage::Action>(), OrderPage::Action::ExportTraveler);
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(page.messageText()));
    QFile t(traveler);
    QVERIFY(t.open(QIODevice::ReadOnly));
    QVERIFY(t.read(5) == "%PDF-");
    QVERIFY(t.size() > 1000);
}

void TestOrderPage::assemblerCannotApprove()
{
    auto session = login(QStringLiteral("Assembler"));
    OrderPage page(session.get(), m_orderA);
    QTRY_VERIFY(page.isLoaded());
    auto* approve = page.findChild<QPushButton*>(QStringLiteral("approveButton"));
    auto* reject = page.findChild<QPushButton*>(QStringLiteral("rejectButton"));
    QVERIFY(approve && reject);
    QVERIFY(!approve->isVisibleTo(&page));
    QVERIFY(!reject->isVisibleTo(&page));
    QVERIFY(!page.transitionButton(QStringLiteral("PartsSent")));
    // And from SQL: 42501 / E-ROLE.
    const auto a = m_people.value(QStringLiteral("Assembler"));
    const auto signedAs = cs::data::WorkflowRepository::signBomDecision(
        a.settings, a.password, cs::data::BomDecision{page.detail().bomId, true, QString(), a.initials});
    QVERIFY(!signedAs);
    const cs::data::DbError error = signedAs.error();
    QCOMPARE(error.sqlState, QStringLiteral("42501"));
    QCOMPARE(error.code, QStringLiteral("E-ROLE"));
}

void TestOrderPage::approveThroughSignature()
{
    auto session = login(QStringLiteral("ProcurementSpecialist"));
    OrderPage page(session.get(), m_orderA);
    page.resize(1100, 760);
    page.show();
    QTRY_VERIFY(page.isLoaded());
    auto* approve = page.findChild<QPushButton*>(QStringLiteral("approveButton"));
    page.findChild<QTabWidget*>(QStringLiteral("tabWidget"))->setCurrentIndex(2);
    QVERIFY(approve->isVisibleTo(&page) && approve->isEnabled());
    const auto buyer = m_people.value(QStringLiteral("ProcurementSpecialist"));
    bool wrongTried = false;
    bool signedOk = false;
    // First a wrong password (the dialog stays, says why), then the right one.
    QSignalSpy finished(&page, &OrderPage::actionFinished);
    cs::test::ModalAnswer<SignatureDialog> answer([&](SignatureDialog* dialog) -> cs::test::Step {
        if (dialog->isBusy())
            return cs::test::Step::again();   // the password is being checked on the worker
        auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
        auto* initials = dialog->findChild<QLineEdit*>(QStringLiteral("initialsLineEdit"));
        if (initials->text() != buyer.initials)   // prefilled from the profile
            return cs::test::Step::fail(QStringLiteral("initials: %1").arg(initials->text()));
        password->setFocus();
        if (!wrongTried) {
            wrongTried = true;
            QTest::keyClicks(password, QStringLiteral("wrong-password"));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signButton")), Qt::LeftButton);
            return cs::test::Step::again();
        }
        auto* errorLabel = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
        if (!errorLabel->isVisibleTo(dialog))
            return cs::test::Step::again();
        if (!errorLabel->text().contains(QStringLiteral("password")))
            return cs::test::Step::fail(QStringLiteral("error shown: %1").arg(errorLabel->text()));
        QTest::keyClicks(password, buyer.password);
        signedOk = true;
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signButton")), Qt::LeftButton);
        return cs::test::Step::done();
    });
    QTest::mouseClick(approve, Qt::LeftButton);
    QVERIFY2(answer.wait(30000), qPrintable(answer.failure()));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 2, 30000);   // the refused try, then the signature
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QCOMPARE(finished.at(1).at(0).value<OrderPage::Action>(), OrderPage::Action::SignBom);
    QVERIFY2(finished.at(1).at(1).toBool(), qPrintable(page.messageText()));
    QVERIFY(signedOk);
    QTRY_VERIFY(page.isLoaded());   // the reload after the signature
    QCOMPARE(page.bom().status, QStringLiteral("Approved"));
    QCOMPARE(page.bom().approvals.size(), 1);
    QCOMPARE(page.bom().approvals[0].who, buyer.fullName);
    QCOMPARE(page.bom().approvals[0].signedSha256, page.detail().bomSha256);
    QVERIFY(!approve->isEnabled());
    // In the timeline too.
    bool inTimeline = false;
    for (int r = 0; r < page.historyModel()->rowCount(); ++r)
        inTimeline = inTimeline || page.historyModel()->item(r, 2)->text().contains(QStringLiteral("approved"));
    QVERIFY(inTimeline);
    // The status action open to procurement now passes the gate.
    QPushButton* next = page.transitionButton(QStringLiteral("PartsSent"));
    QVERIFY(next);
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE(page.detail().status, QStringLiteral("PartsSent"));
}

void TestOrderPage::concurrentEditConflict()
{
    auto coord = login(QStringLiteral("ProductionCoordinator"));
    auto admin = login(QStringLiteral("Admin"));
    OrderPage first(coord.get(), m_orderB);
    OrderPage second(admin.get(), m_orderB);
    QTRY_VERIFY(first.isLoaded() && second.isLoaded());
    auto* customer1 = first.findChild<QLineEdit*>(QStringLiteral("customerLineEdit"));
    customer1->selectAll();
    QTest::keyClicks(customer1, QStringLiteral("Hospital B Changed"));
    // Each save runs on the worker and ends with actionFinished(Save, saved).
    auto saveAndWait = [](OrderPage& page) {
        QSignalSpy finished(&page, &OrderPage::actionFinished);
        if (!page.save()) {
            qWarning("the save did not start: %s", qPrintable(page.messageText()));
            return std::optional<bool>();
        }
        if (!finished.wait(30000))
            return std::optional<bool>();
        return std::optional<bool>(finished.at(0).at(1).toBool());
    };
    QCOMPARE(saveAndWait(first), std::optional<bool>(true));
    QTRY_VERIFY(first.isLoaded());
    auto* project2 = second.findChild<QLineEdit*>(QStringLiteral("projectLineEdit"));
    project2->selectAll();
    QTest::keyClicks(project2, QStringLiteral("Project From Admin"));
    // The second save is refused; the user is told what changed, and cancels first.
    QString shown;
    auto answerWith = [&shown](const char* button) {
        return std::make_unique<cs::test::ModalAnswer<QMessageBox>>([&shown, button](QMessageBox* box) {
            shown = box->text();
            if (qstrcmp(button, "conflictCancelButton") == 0) {
                const QString dir = QStringLiteral(CS_BINARY_DIR) + QStringLiteral("/screenshots");
                QDir().mkpath(dir);
                if (!box->grab().save(dir + QStringLiteral("/order-page-conflict.png")))
                    return cs::test::Step::fail(QStringLiteral("the screenshot was not saved"));
            }
            QTest::mouseClick(box->findChild<QPushButton*>(QString::fromLatin1(button)), Qt::LeftButton);
            return cs::test::Step::done();
        });
    };
    {
        auto answer = answerWith("conflictCancelButton");
        QCOMPARE(saveAndWait(second), std::optional<bool>(false));
        QVERIFY2(answer->wait(30000), qPrintable(answer->failure()));
    }
    QVERIFY2(shown.contains(QStringLiteral("Hospital B Changed")), qPrintable(shown));
    // Who saved first, by full name, and when (the time of that change, as the page shows times).
    const QString coordinator = m_people.value(QStringLiteral("ProductionCoordinator")).fullName;
    const QString when = QLocale().toString(first.detail().updatedAt.toLocalTime(), QLocale::ShortFormat);
    QVERIFY2(shown.contains(QStringLiteral("changed by %1 on %2").arg(coordinator, when)), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Order edited (Customer)")), qPrintable(shown));
    QCOMPARE(project2->text(), QStringLiteral("Project From Admin"));   // edits kept
    // Then overwrites with their values, knowingly.
    {
        auto answer = answerWith("conflictOverwriteButton");
        QCOMPARE(saveAndWait(second), std::optional<bool>(true));
        QVERIFY2(answer->wait(30000), qPrintable(answer->failure()));
    }
    QTRY_VERIFY(second.isLoaded());
    QCOMPARE(second.detail().projectName, QStringLiteral("Project From Admin"));
    QCOMPARE(second.detail().customerName, QStringLiteral("Hospital A"));   // the admin's form still had it
    // The first one reloads.
    auto* notes1 = first.findChild<QPlainTextEdit*>(QStringLiteral("notesTextEdit"));
    notes1->setPlainText(QStringLiteral("late note"));
    {
        auto answer = answerWith("conflictReloadButton");
        QCOMPARE(saveAndWait(first), std::optional<bool>(false));
        QVERIFY2(answer->wait(30000), qPrintable(answer->failure()));
    }
    QVERIFY2(shown.contains(m_people.value(QStringLiteral("Admin")).fullName), qPrintable(shown));
    QTRY_VERIFY(first.isLoaded());
    QCOMPARE(first.detail().projectName, QStringLiteral("Project From Admin"));
    QCOMPARE(notes1->toPlainText(), QString());
    // Both edits are in the timeline, in words, with the fields they changed.
    QStringList edits;
    for (int r = 0; r < first.historyModel()->rowCount(); ++r)
        if (first.historyModel()->item(r, 2)->text() == QStringLiteral("Order edited"))
            edits << first.historyModel()->item(r, 1)->text() + QStringLiteral(": ")
                    + first.historyModel()->item(r, 5)->text();
    QCOMPARE(edits, (QStringList{coordinator + QStringLiteral(": Changed: Customer"),
                                 m_people.value(QStringLiteral("Admin")).fullName
                                     + QStringLiteral(": Changed: Customer, Project")}));
}

void TestOrderPage::documentsRoundTrip()
{
    auto session = login(QStringLiteral("Assembler"));
    OrderPage page(session.get(), m_orderB);
    QAbstractItemModelTester documentsTester(page.documentsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(page.isLoaded());
    const QString path = m_home.filePath(QStringLiteral("photo.png"));
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png.append(QByteArray(5000, '\x01'));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(png);
    f.close();
    QSignalSpy done(&page, &OrderPage::documentDone);
    QVERIFY(page.attachFile(path, QStringLiteral("Photo")));
    QVERIFY(done.wait(30000));
    QCOMPARE(done.takeFirst().at(0).toBool(), true);
    QTRY_VERIFY(page.isLoaded());   // the documents read again
    QCOMPARE(page.documentsModel()->rowCount(), 1);
    QCOMPARE(page.documentsModel()->documents()[0].uploadedBy, m_people.value(QStringLiteral("Assembler")).fullName);
    QCOMPARE(page.documentsModel()->documents()[0].fileType, QStringLiteral("image/png"));
    const QString copy = m_home.filePath(QStringLiteral("copy.png"));
    QVERIFY(page.saveDocumentCopy(0, copy));
    QVERIFY(done.wait(30000));
    QCOMPARE(done.takeFirst().at(0).toBool(), true);
    QFile c(copy);
    QVERIFY(c.open(QIODevice::ReadOnly));
    QCOMPARE(c.readAll(), png);
    // A file of the wrong type is refused, in words.
    const QString exe = m_home.filePath(QStringLiteral("tool.exe"));
    QFile e(exe);
    QVERIFY(e.open(QIODevice::WriteOnly));
    e.write("MZ");
    e.close();
    QVERIFY(!page.attachFile(exe, QStringLiteral("Other")));
    QVERIFY2(page.messageText().contains(QStringLiteral(".exe")), qPrintable(page.messageText()));
    // So is a ".pdf" that is not a PDF (the wizard's rule too), naming the file.
    const QString fake = m_home.filePath(QStringLiteral("fake.pdf"));
    QFile p(fake);
    QVERIFY(p.open(QIODevice::WriteOnly));
    p.write("MZ not a pdf at all");
    p.close();
    QVERIFY(!page.attachFile(fake, QStringLiteral("PO")));
    QVERIFY2(page.messageText().contains(QStringLiteral("“fake.pdf”")), qPrintable(page.messageText()));
    QVERIFY2(page.messageText().contains(QStringLiteral("not a PDF file")), qPrintable(page.messageText()));
    QVERIFY(!page.isDocumentBusy());
    QCOMPARE(done.count(), 0);
    QCOMPARE(page.documentsModel()->rowCount(), 1);
}

namespace {

// Takes the desktop's "open this file" requests (QDesktopServices::setUrlHandler) instead of starting a
// program.
class OpenedUrls : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
    Q_INVOKABLE void open(const QUrl& url) { urls << url; }
};

} // namespace

void TestOrderPage::documentsThroughTheWorker()
{
    auto session = login(QStringLiteral("ProductionCoordinator"));
    const QString orderId = submit(ScratchDatabase::randomSuffix(6).toUpper());
    OrderPage page(session.get(), orderId);
    page.resize(1000, 700);
    page.show();
    QTRY_VERIFY(page.isLoaded());
    auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("tabWidget"));
    QVERIFY(tabs);
    tabs->setCurrentWidget(page.findChild<QWidget*>(QStringLiteral("documentsTab")));
    // The GUI thread's connection is closed: documents must not need it (a query on it would warn).
    QSqlDatabase::database(session->connectionName(), false).close();
    QVERIFY(!QSqlDatabase::database(session->connectionName(), false).isOpen());
    QTest::failOnWarning(QRegularExpression(QStringLiteral("database not open")));

    // A 3 MB drawing, bytes that are not all alike.
    QByteArray pdf("%PDF-1.7\n% drawing\n");
    for (int i = 0; pdf.size() < 3 * 1024 * 1024; ++i)
        pdf.append(char((i * 7919) & 0xff));
    const QString path = m_home.filePath(QStringLiteral("sink-drawing.pdf"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(pdf), pdf.size());
    }
    auto* attach = page.findChild<QPushButton*>(QStringLiteral("attachButton"));
    auto* openButton = page.findChild<QPushButton*>(QStringLiteral("openDocumentButton"));
    auto* saveButton = page.findChild<QPushButton*>(QStringLiteral("saveDocumentButton"));
    auto* busy = page.findChild<QWidget*>(QStringLiteral("documentProgressBar"));
    QVERIFY(attach && openButton && saveButton && busy);
    QVERIFY(attach->isEnabled());
    QVERIFY(!busy->isVisible());

    QSignalSpy done(&page, &OrderPage::documentDone);
    QVERIFY(page.attachFile(path, QStringLiteral("Drawing")));
    // Busy meanwhile: the bar, the words, no second transfer.
    QVERIFY(page.isDocumentBusy());
    QVERIFY(busy->isVisible());
    QVERIFY(!attach->isEnabled());
    QVERIFY2(page.messageText().contains(QStringLiteral("Attaching “sink-drawing.pdf”")), qPrintable(page.messageText()));
    QVERIFY(!page.attachFile(path, QStringLiteral("Drawing")));
    QVERIFY2(page.messageText().contains(QStringLiteral("Wait until")), qPrintable(page.messageText()));
    QVERIFY(done.wait(30000));
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.at(0).at(0).toBool(), true);
    QCOMPARE(done.at(0).at(1).toString(), path);
    QVERIFY(!page.isDocumentBusy());
    QVERIFY(!busy->isVisible());
    QCOMPARE(page.messageText(), QStringLiteral("“sink-drawing.pdf” attached."));
    QTRY_VERIFY(page.isLoaded());
    QCOMPARE(page.documentsModel()->rowCount(), 1);
    const cs::data::DocumentInfo stored = page.documentsModel()->documents().at(0);
    QCOMPARE(stored.fileName, QStringLiteral("sink-drawing.pdf"));
    QCOMPARE(stored.fileType, QStringLiteral("application/pdf"));
    QCOMPARE(stored.documentType, QStringLiteral("Drawing"));
    QCOMPARE(stored.size, qint64(pdf.size()));
    QCOMPARE(stored.sha256, QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));

    // Save a copy: the same bytes.
    done.clear();
    const QString copy = m_home.filePath(QStringLiteral("copy-of-drawing.pdf"));
    QVERIFY(page.saveDocumentCopy(0, copy));
    QVERIFY(page.isDocumentBusy());
    QVERIFY(busy->isVisible());
    QVERIFY2(page.messageText().contains(QStringLiteral("Saving a copy of “sink-drawing.pdf”")),
             qPrintable(page.messageText()));
    QVERIFY(done.wait(30000));
    QCOMPARE(done.at(0).at(0).toBool(), true);
    QCOMPARE(done.at(0).at(1).toString(), copy);
    {
        QFile c(copy);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QVERIFY(c.readAll() == pdf);
    }
    QVERIFY(page.messageText().contains(QDir::toNativeSeparators(copy)));

    // Open: written to a temporary folder, then handed to the desktop; the same bytes.
    OpenedUrls opened;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &opened, "open");
    done.clear();
    QVERIFY(page.openDocumentAt(0));
    QVERIFY(page.isDocumentBusy());
    QVERIFY(done.wait(30000));
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(done.at(0).at(0).toBool(), true);
    const QString temp = done.at(0).at(1).toString();
    QCOMPARE(QFileInfo(temp).fileName(), QStringLiteral("sink-drawing.pdf"));
    QCOMPARE(opened.urls, (QList<QUrl>{QUrl::fromLocalFile(temp)}));
    {
        QFile t(temp);
        QVERIFY(t.open(QIODevice::ReadOnly));
        QVERIFY(t.readAll() == pdf);
    }
    QVERIFY(!page.isDocumentBusy());
    QVERIFY(attach->isEnabled());

    // A document deleted meanwhile (by an admin): said in words, nothing written.
    QSqlDatabase admin = m_db->connect(m_people.value(QStringLiteral("Admin")).settings);
    QString error;
    QVERIFY2(ScratchDatabase::exec(admin, QStringLiteral("SELECT cs.delete_document(CAST(? AS uuid), 'removed meanwhile')"),
                                   {stored.documentId}, &error),
             qPrintable(error));
    done.clear();
    const QString gone = m_home.filePath(QStringLiteral("gone.pdf"));
    QVERIFY(page.saveDocumentCopy(0, gone));
    QVERIFY(done.wait(30000));
    QCOMPARE(done.at(0).at(0).toBool(), false);
    QVERIFY2(page.messageText().contains(QStringLiteral("no longer stored")), qPrintable(page.messageText()));
    QVERIFY(!QFileInfo::exists(gone));
    QVERIFY(QSqlDatabase::database(session->connectionName(), false).open());   // for the logout entry
}

void TestOrderPage::closedDuringDocumentTransfer()
{
    auto session = login(QStringLiteral("ProductionCoordinator"));
    const QString orderId = submit(ScratchDatabase::randomSuffix(6).toUpper());
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png.append(QByteArray(2 * 1024 * 1024, '\x02'));
    const QString path = m_home.filePath(QStringLiteral("closed.png"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(png);
    }
    // Closed while attaching (reading the file or storing it): no crash, nothing reaches the page.
    {
        auto* page = new OrderPage(session.get(), orderId);
        page->setAttribute(Qt::WA_DeleteOnClose);
        page->show();
        QTRY_VERIFY(page->isLoaded());
        QVERIFY(page->attachFile(path, QStringLiteral("Photo")));
        QPointer<OrderPage> guard(page);
        page->close();
        QTRY_VERIFY(guard.isNull());
        QThreadPool::globalInstance()->waitForDone();
        QVERIFY(drainWorker(session.get()));
    }
    // A page that stays attaches it (again), for the next part.
    {
        OrderPage page(session.get(), orderId);
        QTRY_VERIFY(page.isLoaded());
        QSignalSpy done(&page, &OrderPage::documentDone);
        QVERIFY(page.attachFile(path, QStringLiteral("Photo")));
        QVERIFY(done.wait(30000));
        QCOMPARE(done.at(0).at(0).toBool(), true);
    }
    // Closed while saving a copy: no crash, and the page's answer is dropped (nothing written).
    const QString copy = m_home.filePath(QStringLiteral("closed-copy.png"));
    {
        auto* page = new OrderPage(session.get(), orderId);
        page->setAttribute(Qt::WA_DeleteOnClose);
        page->show();
        QTRY_VERIFY(page->isLoaded());
        QVERIFY(page->documentsModel()->rowCount() >= 1);
        QVERIFY(page->saveDocumentCopy(0, copy));
        QPointer<OrderPage> guard(page);
        page->close();
        QTRY_VERIFY(guard.isNull());
        QVERIFY(drainWorker(session.get()));
        QThreadPool::globalInstance()->waitForDone();
        QVERIFY(!QFileInfo::exists(copy));
    }
    // The session still works: a new page shows the document and saves it whole.
    OrderPage again(session.get(), orderId);
    QTRY_VERIFY(again.isLoaded());
    QVERIFY(again.documentsModel()->rowCount() >= 1);
    QSignalSpy done(&again, &OrderPage::documentDone);
    QVERIFY(again.saveDocumentCopy(0, copy));
    QVERIFY(done.wait(30000));
    QCOMPARE(done.at(0).at(0).toBool(), true);
    QFile c(copy);
    QVERIFY(c.open(QIODevice::ReadOnly));
    QVERIFY(c.readAll() == png);
}

void TestOrderPage::screenshots()
{
    auto session = login(QStringLiteral("ProcurementSpecialist"));
    OrderPage page(session.get(), m_orderB);
    page.resize(1200, 800);
    page.show();
    QTRY_VERIFY(page.isLoaded());
    const QString dir = QStringLiteral(CS_BINARY_DIR) + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("tabWidget"));
    auto* bomTabs = page.findChild<QTabWidget*>(QStringLiteral("bomViewTabs"));
    const QStringList names{QStringLiteral("overview"), QStringLiteral("history"), QStringLiteral("bom-tree"),
                            QStringLiteral("documents")};
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(20);
        QVERIFY(page.grab().save(dir + QStringLiteral("/order-page-%1.png").arg(names.value(i))));
    }
    tabs->setCurrentIndex(2);
    bomTabs->setCurrentIndex(1);
    QTest::qWait(20);
    QVERIFY(page.grab().save(dir + QStringLiteral("/order-page-bom-flat.png")));
}

void TestOrderPage::loadsOffTheGuiThread()
{
    auto session = login(QStringLiteral("ProductionCoordinator"));
    OrderPage page(session.get(), m_orderB);   // still "Order created": editable once loaded
    page.show();
    // The constructor returns before anything is read: the page says so, and offers no writes yet.
    QVERIFY(page.isLoading());
    QVERIFY(!page.isLoaded());
    auto* loading = page.findChild<QLabel*>(QStringLiteral("loadingLabel"));
    QVERIFY(loading && loading->isVisible());
    QCOMPARE(loading->text(), QStringLiteral("Loading…"));
    QVERIFY(!page.findChild<QLineEdit*>(QStringLiteral("customerLineEdit"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("assignButton"))->isEnabled());
    QVERIFY(!page.save());   // refused in words, nothing written
    QVERIFY2(page.messageText().contains(QStringLiteral("wait until the order has loaded")),
             qPrintable(page.messageText()));
    QSignalSpy loaded(&page, &OrderPage::loaded);
    QVERIFY(loaded.wait(30000));
    QVERIFY(page.isLoaded());
    QVERIFY(!loading->isVisible());
    QVERIFY(page.findChild<QLineEdit*>(QStringLiteral("customerLineEdit"))->isEnabled());
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("titleLabel"))->text(),
             QStringLiteral("Build %1").arg(page.detail().buildNumber));
    QVERIFY(page.historyModel()->rowCount() >= 1);
    QCOMPARE(page.bomTreeModel()->rowCount(), 2);
    // A reload says "Loading…" again and keeps what is shown until the new rows are there.
    page.reload();
    QVERIFY(page.isLoading() && loading->isVisible());
    QVERIFY(page.historyModel()->rowCount() >= 1);
    QVERIFY(loaded.wait(30000));
    QVERIFY(!loading->isVisible());
}

void TestOrderPage::replacedLoadIsDropped()
{
    auto session = login(QStringLiteral("ProcurementSpecialist"));
    OrderPage page(session.get(), m_orderA);
    QSignalSpy loaded(&page, &OrderPage::loaded);
    page.reload();   // replaces the constructor's load
    page.reload();   // and this replaces that one
    QTRY_VERIFY(page.isLoaded());
    QVERIFY(drainWorker(session.get()));
    // Only the newest load was shown; the answers to the two it replaced were dropped.
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(page.detail().orderId, m_orderA);
}

void TestOrderPage::closedWhileLoading()
{
    auto session = login(QStringLiteral("ProductionCoordinator"));
    for (int i = 0; i < 3; ++i) {
        auto* page = new OrderPage(session.get(), m_orderB);
        page->setAttribute(Qt::WA_DeleteOnClose);
        page->show();
        QVERIFY(page->isLoading());
        QPointer<OrderPage> guard(page);
        page->close();   // deleted later, while its queries run
        QTRY_VERIFY(guard.isNull());
        // Their answers arrive for a page that is gone: nothing happens.
        QVERIFY(drainWorker(session.get()));
    }
    // The session still works, and a new page loads.
    OrderPage page(session.get(), m_orderB);
    QTRY_VERIFY(page.isLoaded());
}

void TestOrderPage::missingOrderInWords()
{
    auto session = login(QStringLiteral("ProductionCoordinator"));
    OrderPage page(session.get(), QStringLiteral("00000000-0000-4000-8000-000000000000"));
    QSignalSpy failed(&page, &OrderPage::loadFailed);
    QVERIFY(failed.wait(30000));
    QVERIFY(!page.isLoaded() && !page.isLoading());
    QCOMPARE(page.loadErrorText(), QStringLiteral("This order no longer exists; it may have been deleted."));
    QCOMPARE(page.messageText(), page.loadErrorText());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("printTravelerButton"))->isEnabled());
}

// Document kinds are shown in words, also the "DRAWING" that earlier wizard versions stored.
void TestOrderPage::documentKindsInWords()
{
    using cs::ui::DocumentsModel;
    QCOMPARE(DocumentsModel::documentTypeText(QStringLiteral("DRAWING")), DocumentsModel::documentTypeText(QStringLiteral("Drawing")));
    QCOMPARE(DocumentsModel::documentTypeText(QStringLiteral("po")), DocumentsModel::documentTypeText(QStringLiteral("PO")));
    QCOMPARE(DocumentsModel::documentTypeText(QString()), DocumentsModel::documentTypeText(QStringLiteral("Other")));
    QCOMPARE(DocumentsModel::documentTypeText(QStringLiteral("Invoice")), QStringLiteral("Invoice"));
}

QTEST_MAIN(TestOrderPage)
#include "tst_orderpage.moc"
