// The admin's work instructions and tools screens (issue 13) against a real PostgreSQL, as an Admin:
// a file with several problems (an unknown CLP item and tool, an empty step, a picture file that is not
// there) is refused with every problem listed and nothing stored; a good file with its picture beside
// it is stored as a draft (the picture with it), shows its steps and picture, and is published (who and
// when from the server). The tools list adds a tool with a picture from a file, then changes it.
#include "testdatabase.h"
#include "testpaths.h"

#include "data/common/session.h"
#include "ui/admin/toolsdialog.h"
#include "ui/admin/workinstructionsdialog.h"
#include "ui/assembly/workinstructionbrowser.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using cs::test::ScratchDatabase;
using namespace cs::ui;

namespace {

const QString kPicture = cs::test::sourcePath(u"resources/demo/work-instructions/images/faucet-std.png");

bool writeJson(const QString& path, const QJsonObject& o)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(o).toJson()) > 0;
}

} // namespace

class TestWorkInstructionsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void importListsProblemsThenStoresAndPublishes();
    void toolsListAddsAndEditsATool();

private:
    QVariant value(const QString& sql, const QVariantList& values = {});

    QTemporaryDir m_dir;
    std::unique_ptr<ScratchDatabase> m_db;
    ScratchDatabase::Person m_admin;
    QSqlDatabase m_super;
    std::unique_ptr<cs::data::Session> m_session;
};

QVariant TestWorkInstructionsDialog::value(const QString& sql, const QVariantList& values)
{
    QVariant v;
    QString error;
    ScratchDatabase::exec(m_super, sql, values, &error, &v);
    if (!error.isEmpty())
        qWarning("%s: %s", qPrintable(sql), qPrintable(error));
    return v;
}

void TestWorkInstructionsDialog::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_super = m_db->superuser();
    QString error;
    m_admin = m_db->createPerson(QStringLiteral("Admin"), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSqlDatabase admin = m_db->connect(m_admin.settings);
    QVERIFY2(ScratchDatabase::seedWorkflowFixtures(admin, &error), qPrintable(error));
    QFile clp(cs::test::sourcePath(u"resources/checklists/production-clp.json"));
    QVERIFY(clp.open(QIODevice::ReadOnly));
    ScratchDatabase::exec(admin,
                          QStringLiteral("SELECT cs.publish_checklist_template(template_id) FROM cs.import_checklist_template(CAST(? AS jsonb))"),
                          {QString::fromUtf8(clp.readAll())}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_session = std::make_unique<cs::data::Session>();
    QVERIFY(m_session->start(m_admin.settings, QStringLiteral("test")).ok());
}

void TestWorkInstructionsDialog::cleanupTestCase()
{
    m_session.reset();
    m_super = QSqlDatabase();
    m_db.reset();
}

void TestWorkInstructionsDialog::importListsProblemsThenStoresAndPublishes()
{
    WorkInstructionsDialog dialog(m_session.get());
    dialog.show();
    QSignalSpy finished(&dialog, &WorkInstructionsDialog::actionFinished);

    // Every problem of the file at once; nothing stored.
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeJson(bad, {{QStringLiteral("key"), QStringLiteral("WI-T-BAD")},
                            {QStringLiteral("title"), QStringLiteral("Bad one")},
                            {QStringLiteral("clpItems"), QJsonArray{QStringLiteral("S9.9")}},
                            {QStringLiteral("tools"), QJsonArray{QStringLiteral("TK-NOPE")}},
                            {QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral(" ")}},
                                                                 QJsonObject{{QStringLiteral("text"), QStringLiteral("Fit it.")},
                                                                             {QStringLiteral("images"),
                                                                              QJsonArray{QStringLiteral("missing.png")}}}}}}));
    dialog.importFile(bad);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QStringList problems = dialog.problems();
    const QString all = problems.join(u'\n');
    QVERIFY2(problems.size() == 4, qPrintable(all));
    for (const QString& expected : {QStringLiteral("S9.9"), QStringLiteral("TK-NOPE"), QStringLiteral("step 1: empty"),
                                    QStringLiteral("step 2: the picture missing.png cannot be read")})
        QVERIFY2(all.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + all));
    QVERIFY2(dialog.messageText().contains(QStringLiteral("Nothing was stored")), qPrintable(dialog.messageText()));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.work_instructions WHERE wi_key = 'WI-T-BAD'")).toInt(), 0);

    // A good file, its picture in a folder beside it.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("images")));
    QVERIFY(QFile::copy(kPicture, m_dir.filePath(QStringLiteral("images/faucet.png"))));
    const QString good = m_dir.filePath(QStringLiteral("good.json"));
    QVERIFY(writeJson(good, {{QStringLiteral("key"), QStringLiteral("WI-T-GOOD")},
                             {QStringLiteral("title"), QStringLiteral("Faucets")},
                             {QStringLiteral("clpItems"), QJsonArray{QStringLiteral("S2.3")}},
                             {QStringLiteral("assemblies"), QJsonArray{QStringLiteral("ASSY-1")}},
                             {QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Tape the threads.")},
                                                                              {QStringLiteral("safety"), QStringLiteral("Pad the jaws.")},
                                                                              {QStringLiteral("images"),
                                                                               QJsonArray{QStringLiteral("images/faucet.png")}}}}}}));
    dialog.importFile(good);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(dialog.messageText() + u'\n' + dialog.problems().join(u'\n')));
    QVERIFY(dialog.problems().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.selected() && dialog.selected()->key == u"WI-T-GOOD", 30000);
    QCOMPARE(dialog.selected()->state, QStringLiteral("draft"));
    QCOMPARE(dialog.selected()->steps.size(), 1);
    QCOMPARE(dialog.selected()->steps.at(0).images.size(), 1);
    const QString sha = dialog.selected()->steps.at(0).images.at(0);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.wi_images WHERE sha256 = ?"), {sha}).toInt(), 1);
    // The version shows its steps and its picture.
    QVERIFY(dialog.versionView()->toPlainText().contains(QStringLiteral("Tape the threads.")));
    QVERIFY(dialog.versionView()->toPlainText().contains(QStringLiteral("Pad the jaws.")));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.versionView()->imagesLoaded(), 1, 30000);

    // Published: by whom and when, from the server.
    QVERIFY(dialog.publishSelected());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
    QVERIFY2(finished.at(2).at(0).toBool(), qPrintable(dialog.messageText()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.selected() && dialog.selected()->isPublished(), 30000);
    QVERIFY(dialog.selected()->active);
    QVERIFY(!dialog.selected()->publishedBy.isEmpty());
    QVERIFY(dialog.selected()->publishedAt.isValid());
    QCOMPARE(value(QStringLiteral("SELECT u.username FROM cs.work_instructions w JOIN cs.users u ON u.user_id = w.published_by "
                                  "WHERE w.wi_key = 'WI-T-GOOD'"))
                 .toString(),
             m_admin.username);
    // A published version is not offered for publishing again.
    QVERIFY(!dialog.publishSelected());
}

void TestWorkInstructionsDialog::toolsListAddsAndEditsATool()
{
    ToolsDialog dialog(m_session.get());
    dialog.show();
    QSignalSpy loaded(&dialog, &ToolsDialog::loaded);
    QSignalSpy finished(&dialog, &ToolsDialog::actionFinished);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 30000);

    // A refusal in words: a key the server does not take.
    dialog.newTool();
    dialog.keyEdit()->setText(QStringLiteral("bad key"));
    dialog.nameEdit()->setText(QStringLiteral("Wrench"));
    QVERIFY(dialog.save());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(dialog.messageText().contains(QStringLiteral("tool key has 2 to 50 capital letters")), qPrintable(dialog.messageText()));

    // A new tool with its picture from a file.
    dialog.keyEdit()->setText(QStringLiteral("TK-T-WRENCH"));
    dialog.descriptionEdit()->setPlainText(QStringLiteral("Jaws padded"));
    dialog.setPictureFile(kPicture);
    QVERIFY(dialog.save());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(dialog.messageText()));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 2, 30000);
    QCOMPARE(dialog.tools().size(), 1);
    QCOMPARE(dialog.tools().at(0).key, QStringLiteral("TK-T-WRENCH"));
    QVERIFY(!dialog.tools().at(0).image.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(dialog.picturesShown(), 1, 30000);
    QVERIFY(!dialog.table()->item(0, 0)->icon().isNull());

    // Changed: another name, no longer active; the key stays and so does the picture.
    QVERIFY(dialog.selectTool(QStringLiteral("TK-T-WRENCH")));
    QVERIFY(dialog.keyEdit()->isReadOnly());
    dialog.nameEdit()->setText(QStringLiteral("Adjustable wrench"));
    dialog.activeBox()->setChecked(false);
    QVERIFY(dialog.save());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
    QVERIFY2(finished.at(2).at(0).toBool(), qPrintable(dialog.messageText()));
    QCOMPARE(value(QStringLiteral("SELECT name || '|' || is_active::text || '|' || (image_sha256 IS NOT NULL)::text "
                                  "FROM cs.tools WHERE tool_key = 'TK-T-WRENCH'"))
                 .toString(),
             QStringLiteral("Adjustable wrench|false|true"));
}

QTEST_MAIN(TestWorkInstructionsDialog)
#include "tst_workinstructionsdialog.moc"
