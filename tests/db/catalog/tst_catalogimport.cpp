#include "data/catalog/catalogimporter.h"
#include "testdatabase.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;

namespace {

const QString kRealCatalog = cs::test::sharedPath(u"domain/catalog");
const QString kDemoCatalog = cs::test::sourcePath(u"resources/demo/catalog");

struct Snapshot
{
    qint64 categories = -1, subcategories = -1, parts = -1, assemblies = -1, components = -1, revision = -1;
    QString componentsDigest; // md5 of every component row, to see that nothing changed
    bool operator==(const Snapshot&) const = default;
};

Snapshot snapshot(QSqlDatabase db)
{
    Snapshot s;
    QSqlQuery q(db);
    const bool ok = q.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM cs.categories), (SELECT count(*) FROM cs.subcategories),"
        " (SELECT count(*) FROM cs.parts), (SELECT count(*) FROM cs.assemblies),"
        " (SELECT count(*) FROM cs.assembly_components), cs.catalog_revision(),"
        " (SELECT md5(coalesce(string_agg(concat_ws('|', parent_assembly_id, position, child_part_id, child_assembly_id,"
        "      quantity, notes), ',' ORDER BY parent_assembly_id, position), '')) FROM cs.assembly_components)"));
    if (!ok || !q.next())
        qWarning() << "snapshot failed:" << q.lastError().text();
    else
        s = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
             q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toString()};
    return s;
}

void copyCatalog(const QString& from, const QString& to)
{
    for (const QString& name : {QStringLiteral("categories.json"), QStringLiteral("parts.json"),
                                QStringLiteral("assemblies.json")})
        QVERIFY(QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)));
}

void replaceInFile(const QString& path, const QByteArray& from, const QByteArray& to)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    const qsizetype at = text.indexOf(from);
    QVERIFY2(at >= 0, from.constData());
    text.replace(at, from.size(), to);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

} // namespace

class TestCatalogImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString why;
        if (!test::ScratchDatabase::clusterAvailable(&why))
            QSKIP(qPrintable(why));
        if (!QDir(kRealCatalog).exists())
            QSKIP("shared/domain/catalog is not beside the checkout");
    }

    void importsTheRealCatalog()
    {
        test::ScratchDatabase scratch;
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        QSqlDatabase db = scratch.superuser();
        const qint64 before = snapshot(db).revision;

        data::CatalogImporter importer(db);
        const auto r = importer.importDirectory(kRealCatalog);
        QVERIFY2(r.ok, qPrintable(r.error));
        const Snapshot s = snapshot(db);
        // The counts of shared/domain/catalog/README.md.
        QCOMPARE(s.categories, 6);
        QCOMPARE(s.subcategories, 46);
        QCOMPARE(s.parts, 284);
        QCOMPARE(s.assemblies, 318);
        QCOMPARE(s.components, 841);
        QVERIFY(s.revision > before);
        QCOMPARE(r.revision, s.revision);

        // The colour component keeps its extra fields; ASSY- structure stays as in the file.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT attributes->>'vendor' FROM cs.parts WHERE part_id = '708.77'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("TORVAN"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cs.assembly_components WHERE parent_assembly_id = "
                                      "'ASSY-T2-OA-PO-SHLF-1212' AND child_part_id = 'T2-OA-PO-SHLF-1212'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void reimportIsAnUpsertThatBumpsTheRevision()
    {
        test::ScratchDatabase scratch;
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        QSqlDatabase db = scratch.superuser();
        data::CatalogImporter importer(db);
        QVERIFY(importer.importDirectory(kRealCatalog).ok);
        const Snapshot first = snapshot(db);

        // Unchanged files: same rows, new revision.
        QVERIFY(importer.importDirectory(kRealCatalog).ok);
        const Snapshot same = snapshot(db);
        QCOMPARE(same.componentsDigest, first.componentsDigest);
        QCOMPARE(same.parts, first.parts);
        QVERIFY(same.revision > first.revision);

        // One quantity and one name changed: exactly those rows change.
        QTemporaryDir dir;
        copyCatalog(kRealCatalog, dir.path());
        replaceInFile(QDir(dir.path()).filePath(QStringLiteral("parts.json")),
                      QByteArray("\"COLORSAFE+ PEGBOARD COLOR COMPONENT\""), QByteArray("\"COLORSAFE+ COLOUR COMPONENT\""));
        QVERIFY(importer.importDirectory(dir.path()).ok);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT name, row_version FROM cs.parts WHERE part_id = '708.77'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("COLORSAFE+ COLOUR COMPONENT"));
        QCOMPARE(q.value(1).toInt(), 2);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cs.parts WHERE row_version > 1")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void refusesBrokenCatalogsAndChangesNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArrayList>("from");
        QTest::addColumn<QByteArrayList>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed JSON") << "assemblies.json" << QByteArrayList{QByteArray("\"assemblies\": {")}
                                        << QByteArrayList{QByteArray("\"assemblies\": {,")} << "assemblies.json: malformed JSON at line";
        QTest::newRow("duplicate id") << "parts.json" << QByteArrayList{QByteArray("\"parts\": {")}
                                      << QByteArrayList{QByteArray("\"parts\": {\"1916\": {\"name\": \"X\", \"type\": \"COMPONENT\", \"status\": \"ACTIVE\"},")}
                                      << "parts.json: 1916: duplicate id";
        QTest::newRow("dangling reference") << "assemblies.json" << QByteArrayList{QByteArray("\"part_id\": \"Q13404-02\"")}
                                            << QByteArrayList{QByteArray("\"part_id\": \"NO-SUCH-PART\"")}
                                            << "assemblies.json: T2-CTRL-EDR1: component NO-SUCH-PART is neither a part nor an assembly";
        QTest::newRow("non-positive quantity") << "assemblies.json"
                                               << QByteArrayList{QByteArray("\"part_id\": \"Q13404-02\",\n          \"quantity\": 1")}
                                               << QByteArrayList{QByteArray("\"part_id\": \"Q13404-02\",\n          \"quantity\": -2")}
                                               << "assemblies.json: T2-CTRL-EDR1: component Q13404-02: quantity -2 is not positive";
        QTest::newRow("unknown category") << "assemblies.json" << QByteArrayList{QByteArray("\"category_code\": \"719\"")}
                                          << QByteArrayList{QByteArray("\"category_code\": \"999\"")}
                                          << "assemblies.json: T2-CTRL-EDR1: unknown category code 999";
        // ASSY-T2-TS7 -> T2-CTRL-EDR-RK3 and ASSY-T2-CTRL-EDR-RK3 -> T2-TS7: a cycle through the ASSY- convention.
        QTest::newRow("cycle") << "assemblies.json"
                               << QByteArrayList{QByteArray("\"part_id\": \"CM3-PANEL-UE\""), QByteArray("\"part_id\": \"T2-RFK-BRD-MNT\"")}
                               << QByteArrayList{QByteArray("\"part_id\": \"T2-CTRL-EDR-RK3\""), QByteArray("\"part_id\": \"T2-TS7\"")}
                               << "cycle: ASSY-T2-";
    }

    void refusesBrokenCatalogsAndChangesNothing()
    {
        QFETCH(QString, file);
        QFETCH(QByteArrayList, from);
        QFETCH(QByteArrayList, to);
        QFETCH(QString, message);
        QCOMPARE(from.size(), to.size());

        test::ScratchDatabase scratch;
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        QSqlDatabase db = scratch.superuser();
        data::CatalogImporter importer(db);
        QVERIFY(importer.importDirectory(kDemoCatalog).ok);
        const Snapshot before = snapshot(db);

        QTemporaryDir dir;
        copyCatalog(kRealCatalog, dir.path());
        for (qsizetype i = 0; i < from.size(); ++i)
            replaceInFile(QDir(dir.path()).filePath(file), from.at(i), to.at(i));
        const auto r = importer.importDirectory(dir.path());
        QVERIFY(!r.ok);
        QStringList got;
        for (const auto& p : r.problems)
            got << p.toString();
        QVERIFY2(std::any_of(got.begin(), got.end(), [&](const QString& p) { return p.contains(message); }),
                 qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(message, got.join(u'\n'))));
        QCOMPARE(snapshot(db), before);

        // The CLI says the same and exits 1.
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGDATABASE"), scratch.name());
        cli.setProcessEnvironment(env);
        cli.start(cs::test::binaryPath(u"app/cleanstation-admin"), {QStringLiteral("import-catalog"), dir.path()});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
        const QString stderrText = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(stderrText.contains(message), qPrintable(stderrText));
        QVERIFY2(stderrText.contains(QStringLiteral("nothing was imported")), qPrintable(stderrText));
        QCOMPARE(snapshot(db), before);
    }

    void onlyAdminsMayImport()
    {
        test::ScratchDatabase scratch;
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        QString error;
        const auto admin = scratch.createPerson(QStringLiteral("Admin"), {}, &error);
        QVERIFY2(!admin.username.isEmpty(), qPrintable(error));
        const auto coordinator = scratch.createPerson(QStringLiteral("ProductionCoordinator"), {}, &error);
        QVERIFY2(!coordinator.username.isEmpty(), qPrintable(error));

        QSqlDatabase asCoordinator = scratch.connect(coordinator.settings);
        QVERIFY2(asCoordinator.isOpen(), qPrintable(asCoordinator.lastError().text()));
        const Snapshot before = snapshot(scratch.superuser());
        const auto refused = data::CatalogImporter(asCoordinator).importDirectory(kDemoCatalog);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("permission denied")), qPrintable(refused.error));
        QCOMPARE(snapshot(scratch.superuser()), before);

        QSqlDatabase asAdmin = scratch.connect(admin.settings);
        QVERIFY2(asAdmin.isOpen(), qPrintable(asAdmin.lastError().text()));
        const auto done = data::CatalogImporter(asAdmin).importDirectory(kDemoCatalog);
        QVERIFY2(done.ok, qPrintable(done.error));
        QVERIFY(snapshot(scratch.superuser()).parts > 0);
    }
};

QTEST_GUILESS_MAIN(TestCatalogImport)
#include "tst_catalogimport.moc"
