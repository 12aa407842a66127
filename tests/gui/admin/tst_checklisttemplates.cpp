// The admin's checklist templates dialog (issue 12), against a scratch database: the admin imports the
// project's Pre-QC template (a draft version 1), publishes it (in use), imports it again (a draft
// version 2 beside the one in use); a file with problems is refused with each problem listed and
// nothing stored; a QC inspector's session sees the versions but cannot store one. The checklists of a
// selected version are listed (build, form, attempt, result, who signed and when, or open): a Pre-QC
// failed then reopened, one passed, and an end-of-line test recorded on the CLT version; a draft has
// none. A template file is read off the window's thread: the dialog is busy meanwhile, and a file
// that cannot be read, is not JSON or is too large is refused with its own message.
#include "qcgate.h"
#include "testdatabase.h"
#include "testpaths.h"
#include "ui/admin/checklisttemplatesdialog.h"
#include "ui/common/rowtablemodel.h"

#include "data/common/session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
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
    void unreadableFilesAreSaidSo();
    void checklistsOfAVersionAreListed();
    void cleanupTestCase() { m_db.reset(); }

private:
    std::unique_ptr<cs::data::Session> login(const QString& role);
    static bool loaded(ChecklistTemplatesDialog& d);
    static bool finished(ChecklistTemplatesDialog& d, QSignalSpy& spy);
    static const cs::data::ChecklistTemplateVersion* find(const ChecklistTemplatesDialog& d, int version);
    // A build of ScratchDatabase::orderJson submitted by the Admin and moved to Ready for Pre-QC: its order id.
    QString readyForPreQc(QSqlDatabase admin, QString* buildNumber);
    // Selects the version and waits for its checklists.
    static bool usesOf(ChecklistTemplatesDialog& d, const QString& key, int version);

    std::unique_ptr<ScratchDatabase> m_db;
    QHash<QString, ScratchDatabase::Person> m_people;
    QTemporaryDir m_dir;
    const QString m_preQc = cs::test::sourcePath(u"resources/checklists/pre-qc.json");
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

void TestChecklistTemplates::unreadableFilesAreSaidSo()
{
    auto session = login(QStringLiteral("Admin"));
    ChecklistTemplatesDialog d(session.get());
    QVERIFY(loaded(d));
    const qsizetype before = d.versions().size();
    QSignalSpy spy(&d, &ChecklistTemplatesDialog::actionFinished);
    auto write = [this](const QString& name, const QByteArray& bytes) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return QString();
        return path;
    };

    // Missing: refused with the system's reason; the dialog was busy until the answer came.
    d.importFile(m_dir.filePath(QStringLiteral("missing.json")));
    QVERIFY(d.isBusy());
    QVERIFY(spy.wait(30000));
    QCOMPARE(spy.takeFirst().at(0).toBool(), false);
    QVERIFY(!d.isBusy());
    QVERIFY2(d.messageText().contains(QStringLiteral("missing.json cannot be read")), qPrintable(d.messageText()));

    // Not JSON, and JSON that is not an object.
    const QString notJson = write(QStringLiteral("notjson.json"), "{\"id\": \"PRE_QC\", ");
    QVERIFY(!notJson.isEmpty());
    d.importFile(notJson);
    QVERIFY(spy.wait(30000));
    QCOMPARE(spy.takeFirst().at(0).toBool(), false);
    QVERIFY2(d.messageText().contains(QStringLiteral("notjson.json is not a checklist template (a JSON object)")),
             qPrintable(d.messageText()));
    const QString array = write(QStringLiteral("array.json"), "[1, 2]");
    d.importFile(array);
    QVERIFY(spy.wait(30000));
    QCOMPARE(spy.takeFirst().at(0).toBool(), false);
    QVERIFY2(d.messageText().contains(QStringLiteral("the file holds no object")), qPrintable(d.messageText()));

    // Too large (over 4 MB): said so with its size, not as a broken file.
    QByteArray large = "{\"id\": \"PRE_QC\", \"title\": \"";
    large.append(QByteArray(5 * 1024 * 1024, 'x'));
    large.append("\"}");
    const QString big = write(QStringLiteral("large.json"), large);
    QVERIFY(!big.isEmpty());
    d.importFile(big);
    QVERIFY(spy.wait(30000));
    QCOMPARE(spy.takeFirst().at(0).toBool(), false);
    QVERIFY2(d.messageText().contains(QStringLiteral("large.json is too large")), qPrintable(d.messageText()));

    d.findChild<cs::ui::RowTableModelBase*>()->refresh();
    QVERIFY(loaded(d));
    QCOMPARE(d.versions().size(), before);
}

QString TestChecklistTemplates::readyForPreQc(QSqlDatabase admin, QString* buildNumber)
{
    const QString suffix = ScratchDatabase::randomSuffix(8).toUpper();
    *buildNumber = QStringLiteral("TU-") + suffix;
    const QJsonObject json = ScratchDatabase::orderJson(QStringLiteral("PO-TU-") + suffix, *buildNumber);
    QVariant answer;
    QString error;
    if (!ScratchDatabase::exec(admin, QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))::text"),
                               {QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))}, &error, &answer)) {
        qWarning("submit_order: %s", qPrintable(error));
        return {};
    }
    const QString orderId = QJsonDocument::fromJson(answer.toString().toUtf8())
                                .object().value(u"builds").toArray().at(0).toObject().value(u"orderId").toString();
    if (!ScratchDatabase::exec(admin, QStringLiteral("SELECT cs.force_order_status(o.order_id, 'ReadyForPreQC', 'test set-up', "
                                                     "o.row_version) FROM cs.orders o WHERE o.order_id = CAST(? AS uuid)"),
                               {orderId}, &error)) {
        qWarning("force_order_status: %s", qPrintable(error));
        return {};
    }
    return orderId;
}

bool TestChecklistTemplates::usesOf(ChecklistTemplatesDialog& d, const QString& key, int version)
{
    QSignalSpy shown(&d, &ChecklistTemplatesDialog::usesShown);
    if (!d.selectVersion(key, version))
        return false;
    return shown.wait(30000);
}

void TestChecklistTemplates::checklistsOfAVersionAreListed()
{
    // The workflow fixtures: the catalog of ScratchDatabase::orderJson's BOM and small Pre-QC, Final QC
    // and end-of-line test forms, published (the Pre-QC one over the versions imported above).
    QString error;
    const ScratchDatabase::Person& inspector = m_people.value(QStringLiteral("QCPerson"));
    const ScratchDatabase::Person& adminPerson = m_people.value(QStringLiteral("Admin"));
    QSqlDatabase admin = m_db->connect(adminPerson.settings);
    QVERIFY2(ScratchDatabase::seedWorkflowFixtures(admin, &error), qPrintable(error));

    // On the Pre-QC in use: build A failed (signed), then its second attempt opened; build B
    // passed (signed), then its end-of-line test recorded by the Admin.
    QString buildA;
    QString buildB;
    const QString orderA = readyForPreQc(admin, &buildA);
    const QString orderB = readyForPreQc(admin, &buildB);
    QVERIFY(!orderA.isEmpty() && !orderB.isEmpty());
    QVERIFY2(cs::test::QcGate::failPreQc(*m_db, orderA, inspector, &error), qPrintable(error));
    QVERIFY2(ScratchDatabase::exec(admin, QStringLiteral("SELECT cs.record_rework(o.order_id, 'reworked by the admin', '{}', '[]', "
                                                         "'{}', o.row_version) FROM cs.orders o WHERE o.order_id = CAST(? AS uuid)"),
                                   {orderA}, &error),
             qPrintable(error));
    QSqlDatabase qc = m_db->connect(inspector.settings);
    QVERIFY2(ScratchDatabase::exec(qc, QStringLiteral("SELECT cs.open_qc_checklist(CAST(? AS uuid), 'PreQC')"), {orderA}, &error),
             qPrintable(error));
    QVERIFY2(cs::test::QcGate::passPreQc(*m_db, orderB, inspector, &error), qPrintable(error));
    QVERIFY2(cs::test::QcGate::recordTestPass(*m_db, orderB, adminPerson, &error), qPrintable(error));

    auto session = login(QStringLiteral("Admin"));
    ChecklistTemplatesDialog d(session.get());
    QVERIFY(loaded(d));
    auto* title = d.findChild<QLabel*>(QStringLiteral("templateUsesTitle"));
    QVERIFY(title);

    int inUse = 0;
    for (const auto& t : d.versions())
        if (t.key == u"PRE_QC" && t.active)
            inUse = t.version;
    QVERIFY(inUse > 2);
    QVERIFY(usesOf(d, QStringLiteral("PRE_QC"), inUse));
    QCOMPARE(d.uses().size(), 3);
    QVERIFY2(title->text().contains(QStringLiteral("(3)")), qPrintable(title->text()));
    QMap<QString, cs::data::TemplateUse> byKey;
    for (const cs::data::TemplateUse& u : d.uses())
        byKey.insert(u.buildNumber + u'#' + QString::number(u.attempt), u);
    QVERIFY(byKey.contains(buildA + QStringLiteral("#1")) && byKey.contains(buildA + QStringLiteral("#2")) && byKey.contains(buildB + QStringLiteral("#1")));
    const cs::data::TemplateUse failed = byKey.value(buildA + QStringLiteral("#1"));
    QCOMPARE(failed.kind, QStringLiteral("PreQC"));
    QVERIFY(failed.signedOff);
    QCOMPARE(failed.result, QStringLiteral("Fail"));
    QCOMPARE(failed.signedBy, inspector.fullName);
    QVERIFY(qAbs(failed.signedAt.secsTo(QDateTime::currentDateTime())) < 600);
    const cs::data::TemplateUse open = byKey.value(buildA + QStringLiteral("#2"));
    QVERIFY(!open.signedOff);
    QVERIFY(open.result.isEmpty() && open.signedBy.isEmpty() && !open.signedAt.isValid());
    QCOMPARE(byKey.value(buildB + QStringLiteral("#1")).result, QStringLiteral("Pass"));
    // What the table shows: the open attempt says so, the signed ones who signed.
    auto* table = d.findChild<QTableView*>(QStringLiteral("templateUsesTableView"));
    QVERIFY(table);
    QStringList cells;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < table->model()->columnCount(); ++c)
            row << table->model()->index(r, c).data().toString();
        cells << row.join(u'|');
    }
    QVERIFY2(cells.filter(QStringLiteral("%1|Pre-QC|2|Open|open, not signed|").arg(buildA)).size() == 1,
             qPrintable(cells.join(u'\n')));
    QVERIFY2(cells.filter(QStringLiteral("%1|Pre-QC|1|FAIL|%2|").arg(buildA, inspector.fullName)).size() == 1,
             qPrintable(cells.join(u'\n')));
    QVERIFY2(cells.filter(QStringLiteral("%1|Pre-QC|1|PASS|%2|").arg(buildB, inspector.fullName)).size() == 1,
             qPrintable(cells.join(u'\n')));

    // The draft (version 2) has none; the end-of-line test form lists build B's test.
    QVERIFY(usesOf(d, QStringLiteral("PRE_QC"), 2));
    QVERIFY(d.uses().isEmpty());
    QVERIFY2(title->text().startsWith(QStringLiteral("No checklist")), qPrintable(title->text()));
    QVERIFY(usesOf(d, QStringLiteral("EOL_TESTING_CLT"), 1));
    QCOMPARE(d.uses().size(), 1);
    QCOMPARE(d.uses().first().buildNumber, buildB);
    QCOMPARE(d.uses().first().kind, QStringLiteral("CLT"));
    QCOMPARE(d.uses().first().result, QStringLiteral("Pass"));
    QCOMPARE(d.uses().first().signedBy, adminPerson.fullName);
}

QTEST_MAIN(TestChecklistTemplates)
#include "tst_checklisttemplates.moc"
