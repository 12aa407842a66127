// The admin's checklist templates dialog (issue 12), against a scratch database: the admin imports the
// project's Pre-QC template (a draft version 1), publishes it (in use), imports it again (a draft
// version 2 beside the one in use); a file with problems is refused with each problem listed and
// nothing stored; a QC inspector's session sees the versions but cannot store one.
#include "testdatabase.h"
#include "ui/admin/checklisttemplatesdialog.h"
#include "ui/common/rowtablemodel.h"

#include "data/common/session.h"

#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using cs::test::ScratchDatabase;
using cs::ui::ChecklistTemplatesDialog;

class TestChecklistTemplates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importPublishAndVersion();
    void badFileStoresNothing();
    void inspectorCannotStore();
    void cleanupTestCase() { m_db.reset(); }

private:
    std::unique_ptr<cs::data::Session> login(const QString& role);
    static bool loaded(ChecklistTemplatesDialog& d);
    static bool finished(ChecklistTemplatesDialog& d, QSignalSpy& spy);
    static const cs::data::ChecklistTemplateVersion* find(const ChecklistTemplatesDialog& d, int version);

    std::unique_ptr<ScratchDatabase> m_db;
    QHash<QString, ScratchDatabase::Person> m_people;
    QTemporaryDir m_dir;
    const QString m_preQc = QStringLiteral(CS_SOURCE_DIR "/resources/checklists/pre-qc.json");
};

void TestChecklistTemplates::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    for (const QString& role : {QStringLiteral("Admin"), QStringLiteral("QCPerson")}) {
        const auto p = m_db->createPerson(role, {}, &why);
        QVERIFY2(!p.username.isEmpty(), qPrintable(why));
        m_people.insert(role, p);
    }
}

std::unique_ptr<cs::data::Session> TestChecklistTemplates::login(const QString& role)
{
    auto s = std::make_unique<cs::data::Session>();
    const auto r = s->start(m_people.value(role).settings, QStringLiteral("test"));
    if (!r.ok())
        qWarning("login failed: %s", qPrintable(r.detail));
    return s;
}

bool TestChecklistTemplates::loaded(ChecklistTemplatesDialog& d)
{
    auto* model = d.findChild<cs::ui::RowTableModelBase*>();
    return model && QTest::qWaitFor([model] { return model->hasLoaded() && !model->isLoading(); }, 30000);
}

bool TestChecklistTemplates::finished(ChecklistTemplatesDialog& d, QSignalSpy& spy)
{
    return spy.wait(30000) && loaded(d);
}

const cs::data::ChecklistTemplateVersion* TestChecklistTemplates::find(const ChecklistTemplatesDialog& d, int version)
{
    for (const auto& t : d.versions())
        if (t.key == u"PRE_QC" && t.version == version)
            return &t;
    return nullptr;
}

void TestChecklistTemplates::importPublishAndVersion()
{
    auto session = login(QStringLiteral("Admin"));
    ChecklistTemplatesDialog d(session.get());
    QVERIFY(loaded(d));
    QVERIFY(d.versions().isEmpty());
    QSignalSpy spy(&d, &ChecklistTemplatesDialog::actionFinished);

    d.importFile(m_preQc);
    QVERIFY(finished(d, spy));
    QCOMPARE(spy.takeFirst().at(0).toBool(), true);
    QVERIFY2(find(d, 1), qPrintable(d.messageText()));
    QCOMPARE(find(d, 1)->state, QStringLiteral("draft"));
    QVERIFY(!find(d, 1)->active);
    QVERIFY(d.messageText().contains(QStringLiteral("draft")));

    QVERIFY(d.selectVersion(QStringLiteral("PRE_QC"), 1));
    QVERIFY(d.publishSelected());
    QVERIFY(finished(d, spy));
    QCOMPARE(spy.takeFirst().at(0).toBool(), true);
    QCOMPARE(find(d, 1)->state, QStringLiteral("published"));
    QVERIFY(find(d, 1)->active);
    QVERIFY(!find(d, 1)->publishedBy.isEmpty());
    // A published version cannot be published again: the action is not offered.
    QVERIFY(d.selectVersion(QStringLiteral("PRE_QC"), 1));
    QVERIFY(!d.publishSelected());

    // Importing again makes version 2, a draft; version 1 stays in use.
    d.importFile(m_preQc);
    QVERIFY(finished(d, spy));
    QCOMPARE(spy.takeFirst().at(0).toBool(), true);
    QVERIFY(find(d, 2));
    QCOMPARE(find(d, 2)->state, QStringLiteral("draft"));
    QVERIFY(find(d, 1)->active);
}

void TestChecklistTemplates::badFileStoresNothing()
{
    auto session = login(QStringLiteral("Admin"));
    ChecklistTemplatesDialog d(session.get());
    QVERIFY(loaded(d));
    const qsizetype before = d.versions().size();
    QFile f(m_preQc);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    json.replace("hasPegboard", "hasPegbord");
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QFile out(bad);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();
    QSignalSpy spy(&d, &ChecklistTemplatesDialog::actionFinished);
    // The refusal opens a message box with the problems: close it when it shows (a timer that looks
    // every 50 ms, as the box runs its own event loop).
    QTimer closer;
    QString boxDetail;
    connect(&closer, &QTimer::timeout, &d, [&boxDetail] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            boxDetail = box->detailedText();
            box->close();
        }
    });
    closer.start(50);
    d.importFile(bad);
    QVERIFY(spy.wait(30000));
    QCOMPARE(spy.takeFirst().at(0).toBool(), false);
    QVERIFY2(d.messageText().contains(QStringLiteral("hasPegbord")), qPrintable(d.messageText()));
    QVERIFY(QTest::qWaitFor([&boxDetail] { return !boxDetail.isEmpty(); }, 10000));
    QVERIFY2(boxDetail.contains(QStringLiteral("hasPegbord")), qPrintable(boxDetail));
    closer.stop();
    d.findChild<cs::ui::RowTableModelBase*>()->refresh();
    QVERIFY(loaded(d));
    QCOMPARE(d.versions().size(), before);
}

void TestChecklistTemplates::inspectorCannotStore()
{
    auto session = login(QStringLiteral("QCPerson"));
    ChecklistTemplatesDialog d(session.get());
    QVERIFY(loaded(d));
    QVERIFY(!d.versions().isEmpty());   // everyone reads the forms
    const qsizetype before = d.versions().size();
    QSignalSpy spy(&d, &ChecklistTemplatesDialog::actionFinished);
    d.importFile(m_preQc);
    QVERIFY(spy.wait(30000));
    QCOMPARE(spy.takeFirst().at(0).toBool(), false);
    QVERIFY(!d.messageText().isEmpty());
    d.findChild<cs::ui::RowTableModelBase*>()->refresh();
    QVERIFY(loaded(d));
    QCOMPARE(d.versions().size(), before);
}

QTEST_MAIN(TestChecklistTemplates)
#include "tst_checklisttemplates.moc"
