// The admin's catalog import screen against a real PostgreSQL, as an Admin: a folder whose files have
// problems lists every one of them (file, item, what is wrong), Import stays disabled and nothing reaches
// the catalog; a good folder says what it holds, and is imported only after the confirmation, whose
// Cancel leaves the catalog as it was.
#include "testdatabase.h"
#include "testpaths.h"

#include "data/common/session.h"
#include "ui/admin/catalogimportdialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using cs::test::ScratchDatabase;
using namespace cs::ui;

namespace {

const QString kDemoCatalog = cs::test::sourcePath(u"resources/demo/catalog");

bool copyCatalog(const QString& to)
{
    for (const QString& name : {QStringLiteral("categories.json"), QStringLiteral("parts.json"),
                                QStringLiteral("assemblies.json")})
        if (!QFile::copy(QDir(kDemoCatalog).filePath(name), QDir(to).filePath(name)))
            return false;
    return true;
}

bool replaceInFile(const QString& path, const QByteArray& from, const QByteArray& to)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QByteArray text = f.readAll();
    f.close();
    const qsizetype at = text.indexOf(from);
    if (at < 0)
        return false;
    text.replace(at, from.size(), to);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

// Answers the confirmation the Import button asks as soon as it is shown (it runs its own event loop):
// with its Import button, or with Cancel.
void answerConfirmation(bool import, bool* seen)
{
    auto* timer = new QTimer;
    timer->setInterval(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, import, seen] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != u"catalogImportConfirmation")
            return;
        *seen = true;
        QAbstractButton* answer = box->button(QMessageBox::Cancel);
        if (import) {
            for (QAbstractButton* b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    answer = b;
        }
        QVERIFY(answer);
        timer->stop();
        timer->deleteLater();
        answer->click();
    });
    timer->start();
}

} // namespace

class TestCatalogImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void problemsAreListedAndNothingImports();
    void goodFolderImportsAfterTheConfirmation();

private:
    qint64 count(const QString& table);

    QTemporaryDir m_dir;
    std::unique_ptr<ScratchDatabase> m_db;
    ScratchDatabase::Person m_admin;
    QSqlDatabase m_super;
    std::unique_ptr<cs::data::Session> m_session;
};

qint64 TestCatalogImportDialog::count(const QString& table)
{
    QVariant v;
    QString error;
    ScratchDatabase::exec(m_super, QStringLiteral("SELECT count(*) FROM %1").arg(table), {}, &error, &v);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return v.toLongLong();
}

void TestCatalogImportDialog::initTestCase()
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
    m_session = std::make_unique<cs::data::Session>();
    QVERIFY(m_session->start(m_admin.settings, QStringLiteral("test")).ok());
}

void TestCatalogImportDialog::cleanupTestCase()
{
    m_session.reset();
    m_super = QSqlDatabase();
    m_db.reset();
}

void TestCatalogImportDialog::problemsAreListedAndNothingImports()
{
    const qint64 partsBefore = count(QStringLiteral("cs.parts"));
    const QString folder = m_dir.filePath(QStringLiteral("bad"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(copyCatalog(folder));
    // An assembly names a part the files do not have.
    QVERIFY(replaceInFile(QDir(folder).filePath(QStringLiteral("assemblies.json")),
                          "\"part_id\": \"DM-MANUAL-USER-EN\"", "\"part_id\": \"DM-NO-SUCH-PART\""));

    CatalogImportDialog dialog(m_session.get());
    dialog.show();
    QVERIFY(!dialog.importButton()->isEnabled());   // nothing chosen yet
    QSignalSpy checked(&dialog, &CatalogImportDialog::checked);
    dialog.checkFolder(folder);
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 30000);
    QVERIFY(dialog.lastCheck());
    QVERIFY(!dialog.lastCheck()->importable());

    // Every problem is a row: the file, the item, what is wrong.
    QTableWidget* problems = dialog.problemsTable();
    QCOMPARE(problems->rowCount(), int(dialog.lastCheck()->problems.size()));
    bool named = false;
    for (int row = 0; row < problems->rowCount(); ++row) {
        const QString line = problems->item(row, 0)->text() + u' ' + problems->item(row, 1)->text() + u' '
                             + problems->item(row, 2)->text();
        if (line.contains(QStringLiteral("assemblies.json")) && line.contains(QStringLiteral("DM-NO-SUCH-PART")))
            named = true;
    }
    QVERIFY2(named, "no problem row names the file and the unknown part");
    QVERIFY2(dialog.messageText().contains(QStringLiteral("problem")), qPrintable(dialog.messageText()));
    // Import stays disabled, and asking anyway imports nothing.
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(!dialog.importChecked());
    QCOMPARE(count(QStringLiteral("cs.parts")), partsBefore);
}

void TestCatalogImportDialog::goodFolderImportsAfterTheConfirmation()
{
    const qint64 partsBefore = count(QStringLiteral("cs.parts"));
    const QString folder = m_dir.filePath(QStringLiteral("good"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(copyCatalog(folder));

    CatalogImportDialog dialog(m_session.get());
    dialog.show();
    QSignalSpy checked(&dialog, &CatalogImportDialog::checked);
    QSignalSpy finished(&dialog, &CatalogImportDialog::actionFinished);
    dialog.checkFolder(folder);
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 30000);
    QVERIFY(dialog.lastCheck() && dialog.lastCheck()->importable());
    QCOMPARE(dialog.problemsTable()->rowCount(), 0);
    const int parts = dialog.lastCheck()->parts;
    QVERIFY(parts > 0);
    auto* summary = dialog.findChild<QLabel*>(QStringLiteral("catalogSummaryLabel"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QLocale().toString(parts)), qPrintable(summary->text()));
    QVERIFY(dialog.importButton()->isEnabled());

    // Cancel in the confirmation: nothing is imported.
    bool seen = false;
    answerConfirmation(false, &seen);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QVERIFY(seen);
    QCOMPARE(finished.size(), 0);
    QVERIFY(!dialog.imported());
    QCOMPARE(count(QStringLiteral("cs.parts")), partsBefore);

    // Confirmed: imported whole, and the screen says so.
    seen = false;
    answerConfirmation(true, &seen);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QVERIFY(seen);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(dialog.imported());
    QCOMPARE(dialog.imported()->parts, parts);
    QCOMPARE(count(QStringLiteral("cs.parts")), qMax<qint64>(partsBefore, parts));
    QVERIFY2(dialog.messageText().contains(QStringLiteral("Imported")), qPrintable(dialog.messageText()));
    // The same check is not imported twice.
    QVERIFY(!dialog.importButton()->isEnabled());
}

QTEST_MAIN(TestCatalogImportDialog)
#include "tst_catalogimportdialog.moc"
