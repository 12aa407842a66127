// The QC checklists end to end on the demo data (issue 12): seed-demo fills and signs real checklists
// through the real functions (a Pre-QC PASS for every build past Ready for Pre-QC, a FAIL with rework
// for Rework Pre-QC, a Final QC for the shipped ones), and the admin commands read them back:
// `qc-record` writes the signed record (pdftotext: the form, the signer's printed name, the meaning,
// the time; zbarimg: the build's QR on every page; an unsigned or missing record is said so), and
// `import-checklist` stores nothing from a bad file and lists its problems, and leaves the shipped
// templates alone when they are already the latest versions.
#include "../gui/pdfcheck.h"
#include "testpaths.h"

#include "data/admin/demoseeder.h"
#include "data/qc/checklistrepository.h"
#include "domain/common/scanpayload.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestQcRecord : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoBuildsCarrySignedChecklists();
    void signedFinalQcRecordPrints();
    void failedPreQcRecordPrintsItsReasons();
    void missingRecordIsRefused();
    void databaseWithoutTheSchemaIsNamed();
    void photosAttachAndPrint();
    void badTemplateFileStoresNothing();
    void shippedTemplatesAreLeftAlone();
    void tamperedResultIsFoundByVerifyAudit();
    void cleanupTestCase() { m_db.reset(); }

private:
    // database: the PGDATABASE of the run; empty for the scratch database.
    Run cli(const QStringList& args, const QString& user, const QString& password, const QString& database = {});
    QVariant value(const QString& sql, const QVariantList& values = {});
    QString buildInStatus(const QString& status);

    std::unique_ptr<test::ScratchDatabase> m_db;
    QTemporaryDir m_dir;
};

void TestQcRecord::initTestCase()
{
    QString why;
    if (!test::ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    if (const QString missing = test::missingPrintTools(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    m_db = std::make_unique<test::ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    for (const auto& login : data::DemoSeeder::logins())
        m_db->adoptRole(login.username);
    QStringList log;
    QVERIFY2(data::DemoSeeder(m_db->settings()).run(&log, &why), qPrintable(why));
}

QVariant TestQcRecord::value(const QString& sql, const QVariantList& values)
{
    QVariant v;
    QString error;
    if (!test::ScratchDatabase::exec(m_db->superuser(), sql, values, &error, &v))
        qWarning("%s: %s", qPrintable(sql), qPrintable(error));
    return v;
}

QString TestQcRecord::buildInStatus(const QString& status)
{
    return value(QStringLiteral("SELECT build_number FROM cs.orders WHERE status::text = ? ORDER BY build_number LIMIT 1"),
                 {status})
        .toString();
}

Run TestQcRecord::cli(const QStringList& args, const QString& user, const QString& password, const QString& database)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGDATABASE"), database.isEmpty() ? m_db->name() : database);
    env.insert(QStringLiteral("PGUSER"), user);
    env.insert(QStringLiteral("PGPASSWORD"), password);
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(cs::test::binaryPath(u"app/cleanstation-admin"), args);
    Run r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit) {
        r.err = QStringLiteral("did not finish: ") + p.errorString();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestQcRecord::demoBuildsCarrySignedChecklists()
{
    // Every build past Ready for Pre-QC has a signed Pre-QC, the shipped one a signed Final QC PASS by the
    // demo inspector, and a signed end-of-line test PASS.
    for (const QString& status : {QStringLiteral("ReadyForProduction"), QStringLiteral("TestingComplete"),
                                 QStringLiteral("ReadyForFinalQC"), QStringLiteral("ReadyForShip"), QStringLiteral("Shipped")}) {
        const QString build = buildInStatus(status);
        QVERIFY2(!build.isEmpty(), qPrintable(status));
        QCOMPARE(value(QStringLiteral("SELECT r.overall_status::text || ' ' || u.username FROM cs.qc_results r "
                                      "JOIN cs.signatures s ON s.signature_id = r.signature_id "
                                      "JOIN cs.users u ON u.user_id = s.signer_user_id "
                                      "JOIN cs.orders o ON o.order_id = r.order_id "
                                      "WHERE o.build_number = ? AND r.qc_type = 'PreQC' ORDER BY r.performed_at DESC LIMIT 1"),
                       {build})
                     .toString(),
                 QStringLiteral("Pass inspector"));
    }
    const QString shipped = buildInStatus(QStringLiteral("Shipped"));
    QCOMPARE(value(QStringLiteral("SELECT r.overall_status::text FROM cs.qc_results r JOIN cs.orders o ON o.order_id = r.order_id "
                                  "WHERE o.build_number = ? AND r.qc_type = 'FinalQC' AND r.signature_id IS NOT NULL"),
                   {shipped})
                 .toString(),
             QStringLiteral("Pass"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.testing_results t JOIN cs.orders o ON o.order_id = t.order_id "
                                  "WHERE o.build_number = ? AND t.overall_status::text = 'Pass' AND t.signature_id IS NOT NULL"),
                   {shipped})
                 .toInt(),
             1);
    // The rework build's Pre-QC failed, signed, with its rework decision.
    const QString rework = buildInStatus(QStringLiteral("ReworkPreQC"));
    QVERIFY(!rework.isEmpty());
    QCOMPARE(value(QStringLiteral("SELECT r.overall_status::text FROM cs.qc_results r JOIN cs.orders o ON o.order_id = r.order_id "
                                  "WHERE o.build_number = ? AND r.qc_type = 'PreQC'"),
                   {rework})
                 .toString(),
             QStringLiteral("Fail"));
}

void TestQcRecord::signedFinalQcRecordPrints()
{
    const QString build = buildInStatus(QStringLiteral("ReadyForShip"));
    QVERIFY(!build.isEmpty());
    const QString pdf = m_dir.filePath(QStringLiteral("finalqc.pdf"));
    const Run r = cli({QStringLiteral("qc-record"), QStringLiteral("--build"), build, QStringLiteral("--type"),
                       QStringLiteral("FinalQC"), QStringLiteral("--out"), pdf},
                      QStringLiteral("inspector"), QStringLiteral("demo-inspector"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY(r.out.contains(QStringLiteral("signed")));

    QString text, error;
    QVERIFY2(test::pdfText(pdf, &text, &error), qPrintable(error));
    const QString language = value(QStringLiteral("SELECT order_language::text FROM cs.orders WHERE build_number = ?"), {build}).toString();
    // The demo's Final QC build is a French order: the fixed texts are French, the signer's name and the
    // meaning as signed.
    if (language == u"FR") {
        QVERIFY2(text.contains(QStringLiteral("Fiche de contrôle qualité final")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Signé par")));
    } else {
        QVERIFY2(text.contains(QStringLiteral("Final QC record")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Signed by")));
    }
    QVERIFY(text.contains(QStringLiteral("Quinn Kowalski")));
    const QString meaning = value(QStringLiteral("SELECT s.meaning FROM cs.qc_results r JOIN cs.signatures s ON s.signature_id = r.signature_id "
                                                 "JOIN cs.orders o ON o.order_id = r.order_id WHERE o.build_number = ? AND r.qc_type = 'FinalQC'"),
                                  {build})
                                .toString();
    QVERIFY(!meaning.isEmpty());
    QVERIFY2(text.contains(meaning), qPrintable(meaning));
    const QDateTime signedAt = value(QStringLiteral("SELECT s.signed_at FROM cs.qc_results r JOIN cs.signatures s ON s.signature_id = r.signature_id "
                                                    "JOIN cs.orders o ON o.order_id = r.order_id WHERE o.build_number = ? AND r.qc_type = 'FinalQC'"),
                                     {build})
                                   .toDateTime();
    QVERIFY(text.contains(signedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    QVERIFY(text.contains(QStringLiteral("HI-POT"), Qt::CaseInsensitive));

    // The build's QR on every page.
    QList<QStringList> pages;
    QVERIFY2(test::decodePages(pdf, 150, &pages, &error), qPrintable(error));
    QVERIFY(!pages.isEmpty());
    const QString payload = domain::ScanPayload{domain::ScanPayload::Kind::Build, build}.encode();
    for (int i = 0; i < pages.size(); ++i)
        QVERIFY2(pages.at(i).contains(payload), qPrintable(QStringLiteral("page %1: %2").arg(i + 1).arg(pages.at(i).join(u','))));
}

void TestQcRecord::failedPreQcRecordPrintsItsReasons()
{
    const QString build = buildInStatus(QStringLiteral("ReworkPreQC"));
    const QString pdf = m_dir.filePath(QStringLiteral("preqc-fail.pdf"));
    const Run r = cli({QStringLiteral("qc-record"), QStringLiteral("--build"), build, QStringLiteral("--type"),
                       QStringLiteral("PreQC"), QStringLiteral("--out"), pdf},
                      QStringLiteral("coord"), QStringLiteral("demo-coord"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QString text, error;
    QVERIFY2(test::pdfText(pdf, &text, &error), qPrintable(error));
    // A Spanish order: the result and its reason, as the inspector gave it.
    QVERIFY2(text.contains(QStringLiteral("NO CONFORME")) || text.contains(QStringLiteral("FAIL")), qPrintable(text.left(600)));
    QVERIFY(text.contains(QStringLiteral("sent back for rework")));
}

void TestQcRecord::missingRecordIsRefused()
{
    const QString build = buildInStatus(QStringLiteral("ReadyForPreQC"));
    const Run r = cli({QStringLiteral("qc-record"), QStringLiteral("--build"), build, QStringLiteral("--type"),
                       QStringLiteral("FinalQC"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("none.pdf"))},
                      QStringLiteral("coord"), QStringLiteral("demo-coord"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("has no FinalQC checklist")), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
}

void TestQcRecord::databaseWithoutTheSchemaIsNamed()
{
    // The superuser of the test cluster, in the cluster's maintenance database, which holds no schema.
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const Run r = cli({QStringLiteral("qc-record"), QStringLiteral("--build"), QStringLiteral("B-1"), QStringLiteral("--type"),
                       QStringLiteral("PreQC"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("nodb.pdf"))},
                      env.value(QStringLiteral("PGUSER")), env.value(QStringLiteral("PGPASSWORD")),
                      QStringLiteral("postgres"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("database postgres")) && r.err.contains(QStringLiteral("does not exist"))
                 && !r.err.contains(QStringLiteral("syntax error")),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nodb.pdf"))));
}

void TestQcRecord::photosAttachAndPrint()
{
    // The inspector opens the Pre-QC of a build waiting for it and attaches a photo to an item and a
    // file to the whole form; the unsigned record prints them (the photo as a picture) and says NOT SIGNED.
    const QString build = buildInStatus(QStringLiteral("ReadyForPreQC"));
    const QString orderId = value(QStringLiteral("SELECT order_id::text FROM cs.orders WHERE build_number = ?"), {build}).toString();
    data::ConnectionSettings inspector = m_db->settings();
    inspector.user = QStringLiteral("inspector");
    inspector.password = QStringLiteral("demo-inspector");
    QSqlDatabase db = m_db->connect(inspector);
    const data::Result<QString> opened = data::ChecklistRepository::open(db, orderId, QStringLiteral("PreQC"));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QImage photo(320, 200, QImage::Format_RGB32);
    photo.fill(QColor(0x30, 0x60, 0x90));
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly) && photo.save(&buffer, "PNG"));
    const auto first = data::ChecklistRepository::open(db, orderId, QStringLiteral("PreQC"));
    QCOMPARE(first.value(), opened.value());   // the same open checklist, not a second one
    data::ChecklistRecord before = data::ChecklistRepository::load(db, opened.value()).value();
    QVERIFY(!before.templateVersion.json.value(QStringLiteral("sections")).toArray().isEmpty());
    const QJsonObject section = before.templateVersion.json.value(QStringLiteral("sections")).toArray().first().toObject();
    const domain::ChecklistAnswerKey key{section.value(QStringLiteral("id")).toString(),
                                         section.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("id")).toString(),
                                         section.value(QStringLiteral("repeat")).toString() == u"perBasin" ? 1 : 0};
    const data::Result<QString> onItem =
        data::ChecklistRepository::attachFile(db, opened.value(), key, QStringLiteral("finding.png"), png);
    QVERIFY2(onItem.ok(), qPrintable(onItem.error().message));
    const data::Result<QString> onForm = data::ChecklistRepository::attachFile(
        db, opened.value(), std::nullopt, QStringLiteral("readings.txt"), QByteArray("12.1 V\n"));
    QVERIFY2(onForm.ok(), qPrintable(onForm.error().message));
    // An item the form does not have, and someone who is not an inspector, are refused.
    const data::Result<QString> wrongItem = data::ChecklistRepository::attachFile(
        db, opened.value(), domain::ChecklistAnswerKey{key.section, QStringLiteral("NO.SUCH"), key.position},
        QStringLiteral("x.png"), png);
    QCOMPARE(wrongItem.error().code, QStringLiteral("E-QC-ITEM"));
    data::ConnectionSettings assembler = m_db->settings();
    assembler.user = QStringLiteral("assembler");
    assembler.password = QStringLiteral("demo-assembler");
    QSqlDatabase asm_ = m_db->connect(assembler);
    QVERIFY(!data::ChecklistRepository::attachFile(asm_, opened.value(), std::nullopt, QStringLiteral("x.png"), png)
                 .ok());

    const data::ChecklistRecord after = data::ChecklistRepository::load(db, opened.value()).value();
    QCOMPARE(after.attachments.size(), 2);
    QVERIFY(after.attachments.at(0).key && *after.attachments.at(0).key == key);
    QCOMPARE(after.attachments.at(0).attachedBy, QStringLiteral("Quinn Kowalski"));
    QVERIFY(!after.attachments.at(1).key);

    const QString pdf = m_dir.filePath(QStringLiteral("preqc-open.pdf"));
    const Run r = cli({QStringLiteral("qc-record"), QStringLiteral("--build"), build, QStringLiteral("--type"),
                       QStringLiteral("PreQC"), QStringLiteral("--out"), pdf},
                      QStringLiteral("inspector"), QStringLiteral("demo-inspector"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY(r.out.contains(QStringLiteral("NOT signed")));
    QString text, error;
    QVERIFY2(test::pdfText(pdf, &text, &error), qPrintable(error));
    QVERIFY(text.contains(QStringLiteral("finding.png")) && text.contains(QStringLiteral("readings.txt")));
    QVERIFY(text.contains(QStringLiteral("NOT SIGNED")) || text.contains(QStringLiteral("NON SIGN")) || text.contains(QStringLiteral("NO FIRMADO")));
    QByteArray images;
    QVERIFY2(test::run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}, &images, &error), qPrintable(error));
    QVERIFY2(images.count('\n') >= 3, images.constData());   // the header lines and at least one picture
}

void TestQcRecord::badTemplateFileStoresNothing()
{
    const int before = value(QStringLiteral("SELECT count(*) FROM cs.qc_form_templates")).toInt();
    QFile shipped(cs::test::sourcePath(u"resources/checklists/pre-qc.json"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QByteArray json = shipped.readAll();
    // An item type and a condition outside the vocabulary.
    json.replace("\"type\": \"check\"", "\"type\": \"tickbox\"");
    json.replace("hasPegboard", "hasPegbord");
    const QString bad = m_dir.filePath(QStringLiteral("bad-pre-qc.json"));
    QFile out(bad);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();
    const Run r = cli({QStringLiteral("import-checklist"), bad}, QStringLiteral("admin"), QStringLiteral("demo-admin"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("tickbox")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("hasPegbord")), qPrintable(r.err));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.qc_form_templates")).toInt(), before);

    // Someone who is not an admin cannot store one at all.
    const Run coord = cli({QStringLiteral("import-checklist"), cs::test::sourcePath(u"resources/checklists/pre-qc.json")},
                          QStringLiteral("coord"), QStringLiteral("demo-coord"));
    QCOMPARE(coord.exitCode, 1);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.qc_form_templates")).toInt(), before);
}

void TestQcRecord::shippedTemplatesAreLeftAlone()
{
    const int before = value(QStringLiteral("SELECT (SELECT count(*) FROM cs.qc_form_templates) + "
                                            "(SELECT count(*) FROM cs.testing_form_templates)"))
                           .toInt();
    const Run r = cli({QStringLiteral("import-checklist"), QStringLiteral("--shipped"), QStringLiteral("--publish")},
                      QStringLiteral("admin"), QStringLiteral("demo-admin"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QCOMPARE(r.out.count(QStringLiteral("left alone")), 4);
    QCOMPARE(value(QStringLiteral("SELECT (SELECT count(*) FROM cs.qc_form_templates) + "
                                  "(SELECT count(*) FROM cs.testing_form_templates)"))
                 .toInt(),
             before);
    const Run list = cli({QStringLiteral("checklist-templates")}, QStringLiteral("admin"), QStringLiteral("demo-admin"));
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY2(list.out.contains(QStringLiteral("PRE_QC version")) && list.out.contains(QStringLiteral("in use")),
             qPrintable(list.out));
}

void TestQcRecord::tamperedResultIsFoundByVerifyAudit()
{
    // The demo's signed records verify (the verifier's canonical content is the server's).
    Run r = cli({QStringLiteral("verify-audit")}, QStringLiteral("admin"), QStringLiteral("demo-admin"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("signed QC and test result(s)")), qPrintable(r.out));
    QVERIFY(!r.out.contains(QStringLiteral("0 signed QC")));

    // A superuser changes a signed Final QC result behind the triggers' back: caught, by build.
    const QString build = buildInStatus(QStringLiteral("ReadyForShip"));
    QString error;
    QSqlDatabase super = m_db->superuser();
    QVERIFY2(test::ScratchDatabase::exec(super, QStringLiteral("ALTER TABLE cs.qc_results DISABLE TRIGGER USER"), {}, &error),
             qPrintable(error));
    QVERIFY2(test::ScratchDatabase::exec(super, QStringLiteral("UPDATE cs.qc_results SET notes = 'all fine' WHERE build_number = ? "
                                                               "AND qc_type = 'FinalQC'"),
                                         {build}, &error),
             qPrintable(error));
    QVERIFY2(test::ScratchDatabase::exec(super, QStringLiteral("ALTER TABLE cs.qc_results ENABLE TRIGGER USER"), {}, &error),
             qPrintable(error));
    r = cli({QStringLiteral("verify-audit")}, QStringLiteral("admin"), QStringLiteral("demo-admin"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("BROKEN qc_results")) && r.out.contains(build)
                 && r.out.contains(QStringLiteral("no longer matches")),
             qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestQcRecord)
#include "tst_qcrecord.moc"
