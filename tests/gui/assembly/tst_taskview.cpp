// The task view beside the production checks on the assembler's bench (issue 13) against a real
// PostgreSQL: an admin stores a picture, a tool with it and two published work instructions (the faucet,
// with a safety note and the picture; the touchscreen of an E-Sink basin); a two-basin build is made
// Ready for production and claimed by an assembler. On the bench's production checks, the current item
// shows its task: the instruction's numbered steps, the safety note, the picture (read from the server;
// Tab and Enter enlarge it), the tool with its picture and the parts to pick with their quantities from
// the build's frozen BOM. Going to another item shows that item's task; an item no instruction explains
// says so. At 1280x800 the panel lies inside the window.
#include "testdatabase.h"
#include "testpaths.h"

#include "data/assembly/workinstructionrepository.h"
#include "data/common/session.h"
#include "ui/assembly/assemblybenchpage.h"
#include "ui/assembly/taskview.h"
#include "ui/assembly/workinstructionbrowser.h"
#include "ui/qc/checklistpage.h"

#include <QDialog>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using cs::data::WorkInstructionRepository;
using cs::domain::ChecklistAnswerKey;
using cs::test::ScratchDatabase;
using namespace cs::ui;

class TestTaskView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void currentItemShowsItsTask();

private:
    QString run(const QString& who, const QString& sql, const QVariantList& values = {}, QVariant* first = nullptr);
    QString publish(const QJsonObject& content);

    QTemporaryDir m_home;
    std::unique_ptr<ScratchDatabase> m_db;
    QHash<QString, ScratchDatabase::Person> m_people;
    QHash<QString, QSqlDatabase> m_conn;
    QString m_picture;
};

QString TestTaskView::run(const QString& who, const QString& sql, const QVariantList& values, QVariant* first)
{
    if (!m_conn.contains(who) || !m_conn.value(who).isOpen())
        m_conn.insert(who, who == u"super" ? m_db->superuser() : m_db->connect(m_people.value(who).settings));
    QString error;
    ScratchDatabase::exec(m_conn.value(who), sql, values, &error, first);
    return error;
}

QString TestTaskView::publish(const QJsonObject& content)
{
    QSqlDatabase admin = m_conn.value(QStringLiteral("Admin"));
    const cs::data::Result<QString> id = WorkInstructionRepository::importInstruction(admin, content);
    if (!id) {
        qWarning("import: %s", qPrintable(id.error().logText()));
        return {};
    }
    const cs::data::Result<int> version = WorkInstructionRepository::publish(admin, id.value());
    return version ? id.value() : QString();
}

void TestTaskView::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_home.path().toLocal8Bit());
    QSettings().clear();
    ChecklistPage::setOutboxDirectory(m_home.filePath(QStringLiteral("outbox")));
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    for (const QString& role : {QStringLiteral("Admin"), QStringLiteral("ProductionCoordinator"), QStringLiteral("Assembler")}) {
        m_people.insert(role, m_db->createPerson(role, {}, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    QCOMPARE(run(QStringLiteral("Admin"), QStringLiteral("SELECT 1")), QString());
    QVERIFY2(ScratchDatabase::seedWorkflowFixtures(m_conn.value(QStringLiteral("Admin")), &error), qPrintable(error));
    QFile clp(cs::test::sourcePath(u"resources/checklists/production-clp.json"));
    QVERIFY(clp.open(QIODevice::ReadOnly));
    QCOMPARE(run(QStringLiteral("Admin"), QStringLiteral("SELECT cs.publish_checklist_template(template_id) "
                                                         "FROM cs.import_checklist_template(CAST(? AS jsonb))"),
                 {QString::fromUtf8(clp.readAll())}),
             QString());

    // A real picture, a tool with it, and two instructions.
    QFile png(cs::test::sourcePath(u"resources/demo/work-instructions/images/faucet-std.png"));
    QVERIFY(png.open(QIODevice::ReadOnly));
    QSqlDatabase admin = m_conn.value(QStringLiteral("Admin"));
    const cs::data::Result<QString> sha = WorkInstructionRepository::addImage(admin, png.readAll(), QStringLiteral("image/png"));
    QVERIFY2(sha, qPrintable(sha.error().logText()));
    m_picture = sha.value();
    cs::data::Tool wrench;
    wrench.key = QStringLiteral("TK-WRENCH");
    wrench.name = QStringLiteral("Adjustable wrench");
    wrench.image = m_picture;
    QVERIFY(WorkInstructionRepository::saveTool(admin, wrench));
    const auto step = [](const QString& text, const QString& safety, const QStringList& images) {
        QJsonObject s{{QStringLiteral("text"), text}, {QStringLiteral("images"), QJsonArray::fromStringList(images)}};
        s.insert(QStringLiteral("safety"), safety.isEmpty() ? QJsonValue() : QJsonValue(safety));
        return s;
    };
    QVERIFY(!publish({{QStringLiteral("key"), QStringLiteral("WI-T-FAUCET")},
                      {QStringLiteral("title"), QStringLiteral("Faucets of the basins")},
                      {QStringLiteral("clpItems"), QJsonArray{QStringLiteral("S2.3")}},
                      {QStringLiteral("assemblies"), QJsonArray{QStringLiteral("ASSY-1")}},
                      {QStringLiteral("tools"), QJsonArray{QStringLiteral("TK-WRENCH")}},
                      {QStringLiteral("steps"), QJsonArray{step(QStringLiteral("Wrap the inlet threads with tape."), {}, {m_picture}),
                                                           step(QStringLiteral("Tighten the back nut a quarter turn."),
                                                                QStringLiteral("Pad the wrench jaws."), {})}}})
                 .isEmpty());
    QVERIFY(!publish({{QStringLiteral("key"), QStringLiteral("WI-T-SCREEN")},
                      {QStringLiteral("title"), QStringLiteral("Touchscreen of an E-Sink basin")},
                      {QStringLiteral("clpItems"), QJsonArray{QStringLiteral("S3.S3")}},
                      {QStringLiteral("assemblies"), QJsonArray{QStringLiteral("P-1")}},
                      {QStringLiteral("steps"), QJsonArray{step(QStringLiteral("Seat the screen in its gasket."), {}, {})}}})
                 .isEmpty());
}

void TestTaskView::cleanupTestCase()
{
    m_conn.clear();
    m_db.reset();
}

void TestTaskView::currentItemShowsItsTask()
{
    // Two basins (an E-Sink and an E-Drain), a wrist-blade faucet; claimed by the assembler.
    const QString suffix = ScratchDatabase::randomSuffix(8).toUpper();
    QJsonObject json = ScratchDatabase::orderJson(QStringLiteral("PO-") + suffix, QStringLiteral("B-") + suffix);
    QJsonArray builds = json.value(u"builds").toArray();
    QJsonObject build = builds.at(0).toObject();
    build.insert(u"config", QJsonDocument::fromJson(R"({"model": "T2-B2", "widthIn": 30, "lengthIn": 72,
        "legs": {"height": "HEIGHT_ADJUSTABLE", "model": "DL27"}, "feet": "LOCK_LEVELING_CASTERS",
        "pegboard": null,
        "basins": [{"position": 1, "type": "E_SINK", "size": "24X20X10", "pTrap": true, "basinLight": true},
                   {"position": 2, "type": "E_DRAIN", "size": "24X20X10", "pTrap": false, "basinLight": false}],
        "faucets": [{"type": "WRIST_BLADE", "placement": "CENTER_OF_BASIN_1"}], "sprayers": []})")
                                .object());
    builds.replace(0, build);
    json.insert(u"builds", builds);
    QVariant answer;
    QCOMPARE(run(QStringLiteral("ProductionCoordinator"), QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))::text"),
                 {QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))}, &answer),
             QString());
    const QString orderId = QJsonDocument::fromJson(answer.toString().toUtf8())
                                .object().value(u"builds").toArray().at(0).toObject().value(u"orderId").toString();
    QVERIFY(!orderId.isEmpty());
    const auto rowVersion = [&] {
        QVariant v;
        run(QStringLiteral("super"), QStringLiteral("SELECT row_version FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {orderId}, &v);
        return v;
    };
    QCOMPARE(run(QStringLiteral("Admin"), QStringLiteral("SELECT cs.force_order_status(CAST(? AS uuid), 'ReadyForProduction', 'test set-up', ?)"),
                 {orderId, rowVersion()}),
             QString());
    QCOMPARE(run(QStringLiteral("Assembler"), QStringLiteral("SELECT cs.claim_build(CAST(? AS uuid), ?)"), {orderId, rowVersion()}),
             QString());

    cs::data::Session session;
    QVERIFY(session.start(m_people.value(QStringLiteral("Assembler")).settings, QStringLiteral("test")).ok());
    AssemblyBenchPage bench(&session, orderId);
    bench.resize(1280, 800);
    bench.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bench));
    QTRY_VERIFY2_WITH_TIMEOUT(bench.isLoaded(), qPrintable(bench.messageText()), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(bench.currentStep(), AssemblyBenchPage::Step::Production, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(bench.productionPage() && bench.productionPage()->isLoaded(), 30000);
    TaskView* tasks = bench.taskView();
    QVERIFY(tasks->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(tasks->isLoaded(), 30000);
    QVERIFY(!tasks->taskList().isEmpty());
    ChecklistPage* clp = bench.productionPage();

    // The faucet check: its instruction, the safety note, the picture, the tool and the kit to pick.
    clp->goToItem({QStringLiteral("S2"), QStringLiteral("S2.3"), 0});
    QVERIFY(tasks->currentTask());
    QCOMPARE(tasks->currentTask()->item, QStringLiteral("S2.3"));
    QString text = tasks->text();
    for (const QString& expected : {QStringLiteral("Faucets of the basins"), QStringLiteral("WI-T-FAUCET, version 1"),
                                    QStringLiteral("1.\nWrap the inlet threads with tape."),
                                    QStringLiteral("Tighten the back nut a quarter turn."), QStringLiteral("Pad the wrench jaws."),
                                    QStringLiteral("Adjustable wrench"), QStringLiteral("Kit one"), QStringLiteral("ASSY-1")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("1 ×\\s+Kit one"))), qPrintable(text));
    QCOMPARE(tasks->browser()->imagesShown(), (QStringList{m_picture, m_picture}));   // the step's and the tool's
    QTRY_COMPARE_WITH_TIMEOUT(tasks->browser()->imagesLoaded(), 2, 30000);
    QVERIFY(tasks->browser()->toHtml().contains(QStringLiteral("wi-image:") + m_picture));
    // By keyboard: Tab reaches the picture's link in the panel, Enter shows it large in a window of its own.
    bench.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&bench));
    tasks->browser()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(tasks->browser(), Qt::Key_Tab);
    QVERIFY2(tasks->browser()->textCursor().hasSelection(), "no link took the keyboard");
    QTest::keyClick(tasks->browser(), Qt::Key_Return);
    QDialog* large = nullptr;
    QTRY_VERIFY((large = tasks->browser()->findChild<QDialog*>(QStringLiteral("imageDialog"))) != nullptr);
    QVERIFY(large->isVisible());
    QVERIFY(!large->findChild<QLabel*>(QStringLiteral("imageLabel"))->pixmap().isNull());
    large->close();

    {
        // The README's picture of the task view (build/screenshots).
        const QString dir = cs::test::binaryPath(u"screenshots");
        QDir().mkpath(dir);
        QVERIFY(bench.grab().save(dir + QStringLiteral("/assembly-task.png")));
    }

    // Another item, another task: the touchscreen of basin 1 and its parts (3 per kit).
    clp->goToItem({QStringLiteral("S3"), QStringLiteral("S3.S3"), 1});
    QCOMPARE(tasks->currentTask()->item, QStringLiteral("S3.S3"));
    QCOMPARE(tasks->currentTask()->position, 1);
    text = tasks->text();
    QVERIFY2(text.contains(QStringLiteral("Seat the screen in its gasket.")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Wrap the inlet threads")), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("3 ×\\s+Part one"))), qPrintable(text));

    // An item no instruction explains says so.
    clp->goToItem({QStringLiteral("S2"), QStringLiteral("S2.6"), 0});
    QVERIFY(tasks->currentTask());
    QVERIFY2(tasks->text().contains(QStringLiteral("No work instruction explains this check.")), qPrintable(tasks->text()));

    // Nothing cut off at 1280x800: the panel lies inside the window and keeps its width.
    const QRect panel(tasks->mapTo(&bench, QPoint(0, 0)), tasks->size());
    QVERIFY2(bench.rect().contains(panel), qPrintable(QStringLiteral("%1,%2 %3x%4").arg(panel.x()).arg(panel.y()).arg(panel.width()).arg(panel.height())));
    QVERIFY(tasks->width() >= tasks->minimumWidth());
    QVERIFY2(bench.minimumSizeHint().width() <= 1280, qPrintable(QString::number(bench.minimumSizeHint().width())));
    QCOMPARE(bench.width(), 1280);
}

QTEST_MAIN(TestTaskView)
#include "tst_taskview.moc"
