// Migrations against a real PostgreSQL: from empty, twice, an edited migration, a newer database; the
// repeatable SQL files (functions, views, policies, grants): applied after the numbered migrations,
// again when one changes or a migration runs after them, all or nothing, bodies compiled, an old
// client's files not put back over a newer client's; the three texts 0007 had converge through 0008;
// and a database at the schema of the previous release, with the demo data, migrates forward keeping
// every row and a verifying audit chain.
#include "data/admin/auditsealer.h"
#include "data/admin/auditverifier.h"
#include "data/admin/demoseeder.h"
#include "data/admin/useraccounts.h"
#include "data/catalog/catalogloader.h"
#include "data/common/session.h"
#include "data/schema/migrator.h"
#include "domain/catalog/catalog.h"
#include "testdatabase.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <functional>

using cs::data::Migrator;
using cs::test::ScratchDatabase;

namespace {

// The numbered migrations of the release before the repeatable files (0001-0007), as every existing
// database applied them. They are never edited; this list says so.
const QStringList kReleasedChecksums{
    QStringLiteral("562001f1ea08f70ef570bec547892fabeecefd38edd398688b319de6dd77292b"),
    QStringLiteral("4f8a510abf20904b96c277f1df46a1b78a8fb64da067bc67456f30e64b54ccd3"),
    QStringLiteral("ad6fcbc521a8c4d01101d0d6bab84329a2d6b82dd62ad441717194b66b9a5058"),
    QStringLiteral("17ea614664e39da7fd22d3c7ca57aea4e21c1f70c65c15fea9d90353cfa51fb5"),
    QStringLiteral("74c46af2c425532fd2b6a887ae349cdf61a0d03dacb20feaae6c40e8f5bbdfe9"),
    QStringLiteral("354f37d499a4a8936b4c91b301517a68c21be50ae62ce42143e0eeac0c25f890"),
    QStringLiteral("4fe1fb3cac06f21379f57f5d05781046e531e090c7838c7a8bee95221934804e")};

// The bookkeeping tables, which a migration changes by design.
const QStringList kBookkeeping{QStringLiteral("schema_migrations"), QStringLiteral("schema_repeatables"),
                               QStringLiteral("schema_repeatable_runs")};

QList<Migrator::Migration> migrationsUpTo(int version)
{
    QList<Migrator::Migration> list;
    for (const Migrator::Migration& m : Migrator::embeddedMigrations()) {
        if (m.version <= version)
            list.append(m);
    }
    return list;
}

QStringList names(const QList<Migrator::Repeatable>& files)
{
    QStringList list;
    for (const Migrator::Repeatable& f : files)
        list.append(f.name);
    return list;
}

QString migrationName(int version)
{
    for (const Migrator::Migration& m : Migrator::embeddedMigrations()) {
        if (m.version == version)
            return m.name;
    }
    return {};
}

// The names of the embedded migrations after `version`, in order.
QStringList migrationNamesAfter(int version)
{
    QStringList names;
    for (const Migrator::Migration& m : Migrator::embeddedMigrations()) {
        if (m.version > version)
            names.append(m.name);
    }
    return names;
}

// Every row of every table of schema cs (but the bookkeeping), as JSON objects, by table.
QMap<QString, QList<QJsonObject>> tableRows(QSqlDatabase db);

QString auditBreaks(const cs::data::AuditVerifier::Result& r)
{
    QStringList lines{r.error};
    for (const cs::data::AuditVerifier::Break& b : r.breaks)
        lines.append(b.describe());
    return lines.join(u'\n');
}

// A login as the app makes it (Session::startAsync on the session's worker), waited for.
cs::data::LoginResult loginAs(const cs::data::ConnectionSettings& settings)
{
    cs::data::Session session;
    QFuture<cs::data::LoginResult> future = session.startAsync(settings, QStringLiteral("test"));
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 30000) || future.resultCount() == 0)
        return {};
    return future.result();
}

QVariant scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0);
}

// Row count and a digest of the full content of every table of schema cs but the bookkeeping.
QMap<QString, QString> tableDigests(QSqlDatabase db)
{
    QMap<QString, QString> digests;
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'cs' ORDER BY 1")))
        return digests;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        if (kBookkeeping.contains(table))
            continue;
        QSqlQuery q(db);
        // Table names come from the catalog ([a-z_]).
        // Columns that later migrations derive from the others are left out (0010's orders.assignee_name,
        // the assignee's name: tst_boardqueries checks it), so the digest compares what was there.
        if (!q.exec(QStringLiteral("SELECT count(*), md5(coalesce(string_agg((to_jsonb(t) - 'assignee_name')::text, "
                                   "E'\\n' ORDER BY (to_jsonb(t) - 'assignee_name')::text), '')) FROM cs.%1 t")
                        .arg(table))
            || !q.next()) {
            digests.insert(table, QStringLiteral("error: ") + q.lastError().text());
            continue;
        }
        digests.insert(table, QStringLiteral("%1 rows, %2").arg(q.value(0).toString(), q.value(1).toString()));
    }
    return digests;
}

QMap<QString, QList<QJsonObject>> tableRows(QSqlDatabase db)
{
    QMap<QString, QList<QJsonObject>> rows;
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'cs' ORDER BY 1")))
        return rows;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        if (kBookkeeping.contains(table))
            continue;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // Table names come from the catalog ([a-z_]).
        if (!q.exec(QStringLiteral("SELECT to_jsonb(t)::text FROM cs.%1 t").arg(table)))
            continue;
        QList<QJsonObject>& list = rows[table];
        while (q.next())
            list.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    }
    return rows;
}

// The rows of `before` that `after` no longer has with the same values (in the columns `before` had:
// a later migration may add columns), as text.
QStringList lostRows(const QList<QJsonObject>& before, const QList<QJsonObject>& after)
{
    QSet<QString> keys;
    for (const QJsonObject& row : before) {
        for (const QString& k : row.keys())
            keys.insert(k);
    }
    auto project = [&](const QJsonObject& row) {
        QJsonObject p;
        for (const QString& k : std::as_const(keys))
            p.insert(k, row.value(k));
        return QString::fromUtf8(QJsonDocument(p).toJson(QJsonDocument::Compact));
    };
    QSet<QString> kept;
    for (const QJsonObject& row : after)
        kept.insert(project(row));
    QStringList lost;
    for (const QJsonObject& row : before) {
        const QString text = project(row);
        if (!kept.contains(text))
            lost.append(text);
    }
    return lost;
}

// What a schema is made of, one line per object, without OIDs: tables, columns (type, NOT NULL,
// default, statistics target, column grants), table grants, indexes, constraints, triggers,
// functions (full definition and grants), views, policies, row level security.
QStringList schemaFingerprint(QSqlDatabase db)
{
    static const QString sql = QStringLiteral(R"(
        SELECT 'relation ' || c.relname || ' ' || c.relkind::text || ' rls=' || c.relrowsecurity::text || ' owner='
               || c.relowner::regrole::text || ' acl=' || coalesce(c.relacl::text, '')
          FROM pg_class c WHERE c.relnamespace = 'cs'::regnamespace AND c.relkind IN ('r', 'v', 'S', 'm', 'p')
        UNION ALL
        SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
               || ' notnull=' || a.attnotnull::text || ' stats=' || a.attstattarget::text || ' default='
               || coalesce(pg_get_expr(d.adbin, d.adrelid), '') || ' acl=' || coalesce(a.attacl::text, '')
          FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
          LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
         WHERE c.relnamespace = 'cs'::regnamespace AND c.relkind IN ('r', 'v', 'p') AND a.attnum > 0
           AND NOT a.attisdropped
        UNION ALL
        SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'cs'
        UNION ALL
        SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
          FROM pg_constraint WHERE connamespace = 'cs'::regnamespace
        UNION ALL
        SELECT 'trigger ' || pg_get_triggerdef(t.oid) || ' enabled=' || t.tgenabled::text
          FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
         WHERE c.relnamespace = 'cs'::regnamespace AND NOT t.tgisinternal
        UNION ALL
        SELECT 'function ' || p.oid::regprocedure::text || ' ' || md5(pg_get_functiondef(p.oid)) || ' owner='
               || p.proowner::regrole::text || ' acl=' || coalesce(p.proacl::text, '')
          FROM pg_proc p WHERE p.pronamespace = 'cs'::regnamespace AND p.prokind IN ('f', 'p')
        UNION ALL
        SELECT 'view ' || viewname || ' ' || md5(definition) FROM pg_views WHERE schemaname = 'cs'
        UNION ALL
        SELECT 'policy ' || tablename || ' ' || policyname || ' ' || cmd || ' ' || roles::text || ' '
               || coalesce(qual, '') || ' ' || coalesce(with_check, '')
          FROM pg_policies WHERE schemaname = 'cs'
        ORDER BY 1)");
    QStringList lines;
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        lines.append(QStringLiteral("error: ") + q.lastError().text());
        return lines;
    }
    while (q.next())
        lines.append(q.value(0).toString());
    return lines;
}

// The repeatable files of this client with one of them changed by `edit`.
QList<Migrator::Repeatable> withEdited(const QString& name, const std::function<QByteArray(QByteArray)>& edit)
{
    QList<Migrator::Repeatable> files = Migrator::embeddedRepeatables();
    for (Migrator::Repeatable& f : files) {
        if (f.name == name)
            f = Migrator::Repeatable::fromText(f.name, edit(f.sql));
    }
    return files;
}

// A new database with nothing in it, for the state of an earlier release (ScratchDatabase migrates to
// this client's schema at once). Dropped on destruction, with the login roles it was told about.
class EmptyDatabase
{
public:
    EmptyDatabase()
        : m_name(QStringLiteral("cs_test_") + ScratchDatabase::randomSuffix(12))
    {
        QString error;
        if (!maintenance(QStringLiteral("CREATE DATABASE %1").arg(m_name), &error))
            m_error = error;
    }
    ~EmptyDatabase()
    {
        for (const QString& c : std::as_const(m_connections)) {
            QSqlDatabase::database(c, false).close();
            QSqlDatabase::removeDatabase(c);
        }
        if (!m_error.isEmpty())
            return;
        QString error;
        if (!maintenance(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name), &error))
            qWarning("cannot drop %s: %s", qPrintable(m_name), qPrintable(error));
        for (const QString& role : std::as_const(m_roles)) {
            if (!maintenance(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role), &error))
                qWarning("cannot drop role %s: %s", qPrintable(role), qPrintable(error));
        }
    }
    EmptyDatabase(const EmptyDatabase&) = delete;
    EmptyDatabase& operator=(const EmptyDatabase&) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    cs::data::ConnectionSettings settings() const
    {
        cs::data::ConnectionSettings s = cs::data::ConnectionSettings::fromEnvironment();
        s.database = m_name;
        s.applicationName = QStringLiteral("cs-tests");
        return s;
    }
    cs::data::ConnectionSettings as(const QString& user, const QString& password) const
    {
        cs::data::ConnectionSettings s = settings();
        s.user = user;
        s.password = password;
        return s;
    }
    QSqlDatabase connect(const cs::data::ConnectionSettings& s)
    {
        const QString conn = QStringLiteral("%1-%2").arg(m_name).arg(m_connections.size());
        m_connections.append(conn);
        return s.open(conn);
    }
    QSqlDatabase superuser() { return connect(settings()); }
    void adoptRole(const QString& role) { m_roles.append(role); }

private:
    static bool maintenance(const QString& sql, QString* error)
    {
        const QString conn = QStringLiteral("empty-db-admin-") + ScratchDatabase::randomSuffix(8);
        bool ok = false;
        {
            cs::data::ConnectionSettings s = cs::data::ConnectionSettings::fromEnvironment();
            if (s.database.isEmpty())
                s.database = QStringLiteral("postgres");
            QSqlDatabase db = s.open(conn);
            QSqlQuery q(db);
            ok = db.isOpen() && q.exec(sql);
            if (!ok)
                *error = db.isOpen() ? q.lastError().text() : db.lastError().text();
        }
        QSqlDatabase::removeDatabase(conn);
        return ok;
    }

    QString m_name;
    QString m_error;
    QStringList m_connections;
    QStringList m_roles;
};

QString demoPassword(const QString& username)
{
    for (const auto& l : cs::data::DemoSeeder::logins()) {
        if (l.username == username)
            return l.password;
    }
    return {};
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString why;
        if (!ScratchDatabase::clusterAvailable(&why))
            QSKIP(qPrintable(why));
        QVERIFY(Migrator::latestVersion() >= 8);
        QVERIFY(!Migrator::embeddedRepeatables().isEmpty());
    }

    void migrateFromEmpty()
    {
        ScratchDatabase scratch;
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        QSqlDatabase db = scratch.superuser();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(version), bool_and(checksum ~ '^[0-9a-f]{64}$'), "
                                      "bool_and(applied_by = session_user) FROM cs.schema_migrations")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), int(Migrator::embeddedMigrations().size()));
        QCOMPARE(q.value(1).toInt(), Migrator::latestVersion());
        QVERIFY(q.value(2).toBool());
        QVERIFY(q.value(3).toBool());

        // Every seed table exists in schema cs, owned by cs_owner.
        const QStringList tables{
            QStringLiteral("users"), QStringLiteral("user_sessions"), QStringLiteral("categories"),
            QStringLiteral("subcategories"), QStringLiteral("parts"), QStringLiteral("assemblies"),
            QStringLiteral("assembly_components"), QStringLiteral("orders"), QStringLiteral("order_history"),
            QStringLiteral("order_documents"), QStringLiteral("boms"), QStringLiteral("bom_approvals"),
            QStringLiteral("qc_form_templates"), QStringLiteral("qc_results"), QStringLiteral("work_instructions"),
            QStringLiteral("tools"), QStringLiteral("task_lists"), QStringLiteral("task_completions"),
            QStringLiteral("testing_form_templates"), QStringLiteral("testing_results"),
            QStringLiteral("service_orders"), QStringLiteral("bom_items"), QStringLiteral("signatures"),
            QStringLiteral("audit_log"), QStringLiteral("catalog_state"), QStringLiteral("purchase_orders"),
            QStringLiteral("schema_repeatables"), QStringLiteral("schema_repeatable_runs")};
        for (const QString& t : tables) {
            q.prepare(QStringLiteral("SELECT tableowner FROM pg_tables WHERE schemaname = 'cs' AND tablename = :t"));
            q.bindValue(QStringLiteral(":t"), t);
            QVERIFY(q.exec());
            QVERIFY2(q.next(), qPrintable(QStringLiteral("table cs.%1 is missing").arg(t)));
            QCOMPARE(q.value(0).toString(), QStringLiteral("cs_owner"));
        }
        // The status enum: the seed's nine plus the five exception states.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM unnest(enum_range(NULL::cs.order_status_enum))")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 14);
        // PUBLIC has no rights on schema cs.
        QVERIFY(q.exec(QStringLiteral("SELECT has_schema_privilege('public', 'cs', 'USAGE')")));
        QVERIFY(q.next());
        QVERIFY(!q.value(0).toBool());

        // The repeatable files were applied once, after the migrations, and recorded by name and checksum.
        QMap<QString, QString> recorded;
        QVERIFY(q.exec(QStringLiteral("SELECT name, checksum FROM cs.schema_repeatables")));
        while (q.next())
            recorded.insert(q.value(0).toString(), q.value(1).toString());
        QMap<QString, QString> mine;
        for (const Migrator::Repeatable& f : Migrator::embeddedRepeatables())
            mine.insert(f.name, f.checksum);
        QCOMPARE(recorded, mine);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM cs.schema_repeatable_runs")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT bool_and(NOT forced) FROM cs.schema_repeatable_runs")).toBool(), true);

        const Migrator::Result c = Migrator(db).check();
        QVERIFY2(c.ok, qPrintable(c.error));
        QVERIFY(c.repeatableDifferences.isEmpty());
        QCOMPARE(c.repeatableCount, int(Migrator::embeddedRepeatables().size()));
    }

    void migrateTwiceIsNoOp()
    {
        ScratchDatabase scratch;
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        QSqlDatabase db = scratch.superuser();
        const Migrator::Result r = Migrator(db).migrate();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.applied.isEmpty());
        QVERIFY(r.repeatablesApplied.isEmpty());
        QCOMPARE(r.version, Migrator::latestVersion());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cs.schema_migrations")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), int(Migrator::embeddedMigrations().size()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM cs.schema_repeatable_runs")).toInt(), 1);
    }

    void refuseEditedMigration()
    {
        ScratchDatabase scratch;
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        QSqlDatabase db = scratch.superuser();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE cs.schema_migrations SET checksum = repeat('a', 64) WHERE version = 2")));
        const QString file = Migrator::embeddedMigrations().at(1).name;

        const Migrator::Result r = Migrator(db).migrate();
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(file), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("changed after it was applied")), qPrintable(r.error));
        const Migrator::Result c = Migrator(db).check();
        QVERIFY(!c.ok);
        QVERIFY2(c.error.contains(file), qPrintable(c.error));

        // The accepted earlier texts are 0007's and 0009's only; any other text of 0007 is refused as well.
        QVERIFY(q.exec(QStringLiteral("UPDATE cs.schema_migrations SET checksum = repeat('c', 64) WHERE version IN (2, 7)")));
        QVERIFY(!Migrator(db).check().ok);
        for (const Migrator::Migration& m : Migrator::embeddedMigrations())
            QCOMPARE(Migrator::historicChecksums(m.version).isEmpty(), m.version != 7 && m.version != 9);
    }

    void refuseNewerDatabase()
    {
        ScratchDatabase scratch;
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        QSqlDatabase db = scratch.superuser();
        const int newer = Migrator::latestVersion() + 1;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO cs.schema_migrations (version, name, checksum) "
                                 "VALUES (:v, 'from_the_future.sql', repeat('b', 64))"));
        q.bindValue(QStringLiteral(":v"), newer);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

        const QString expected = QStringLiteral("database schema version %1 is newer than this client (%2); update the client")
                                     .arg(newer)
                                     .arg(Migrator::latestVersion());
        const Migrator::Result r = Migrator(db).migrate();
        QVERIFY(!r.ok);
        QCOMPARE(r.error, expected);
        QCOMPARE(Migrator(db).check().error, expected);
    }

    void checkReportsOlderDatabase()
    {
        ScratchDatabase scratch;
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        QSqlDatabase db = scratch.superuser();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM cs.schema_migrations WHERE version = (SELECT max(version) FROM cs.schema_migrations)")));
        const Migrator::Result c = Migrator(db).check();
        QVERIFY(!c.ok);
        QVERIFY2(c.error.contains(QStringLiteral("older than this client")), qPrintable(c.error));
    }

    void checkReportsMissingMigrationBelowTheHighest()
    {
        // The highest version alone is not enough: 0006 was added after 0007 existed.
        ScratchDatabase scratch;
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        QSqlDatabase db = scratch.superuser();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM cs.schema_migrations WHERE version = 6")));
        const Migrator::Result c = Migrator(db).check();
        QVERIFY(!c.ok);
        QCOMPARE(c.version, Migrator::latestVersion());
        QVERIFY2(c.error.contains(migrationName(6)), qPrintable(c.error));
    }

    void catalogRevisionBumpsOncePerTransaction()
    {
        ScratchDatabase scratch;
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        QSqlDatabase db = scratch.superuser();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT cs.catalog_revision()")) && q.next());
        const qint64 before = q.value(0).toLongLong();
        QVERIFY(db.transaction());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO cs.categories (category_id, name) VALUES ('900', 'A')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO cs.parts (part_id, name, type) VALUES ('X-1', 'x', 'COMPONENT')")));
        QVERIFY(q.exec(QStringLiteral("UPDATE cs.parts SET name = 'y' WHERE part_id = 'X-1'")));
        QVERIFY(db.commit());
        QVERIFY(q.exec(QStringLiteral("SELECT cs.catalog_revision()")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), before + 1);
        QVERIFY(q.exec(QStringLiteral("UPDATE cs.parts SET name = 'z' WHERE part_id = 'X-1'")));
        QVERIFY(q.exec(QStringLiteral("SELECT cs.catalog_revision(), row_version FROM cs.parts WHERE part_id = 'X-1'")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), before + 2);
        QCOMPARE(q.value(1).toInt(), 3);
    }

    // Every function, view and policy of schema cs is defined by a repeatable file, so that the next
    // change of one is an edit of that file (and a function removed from a file must be dropped there).
    void everyFunctionViewAndPolicyIsInARepeatableFile()
    {
        const QStringList stillInMigrations;
        QByteArray files;
        for (const Migrator::Repeatable& f : Migrator::embeddedRepeatables())
            files += f.sql + '\n';
        ScratchDatabase scratch;
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        QSqlQuery q(scratch.superuser());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT 'FUNCTION cs.' || p.proname || '(', p.proname FROM pg_proc p WHERE p.pronamespace = 'cs'::regnamespace "
            "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid "
            "AND d.deptype = 'e') "
            "UNION ALL SELECT 'VIEW cs.' || viewname || ' ', viewname FROM pg_views WHERE schemaname = 'cs' "
            "UNION ALL SELECT 'POLICY ' || policyname || ' ON cs.' || tablename || ' ', policyname FROM pg_policies "
            "WHERE schemaname = 'cs'")));
        int found = 0;
        while (q.next()) {
            const QString definition = q.value(0).toString();
            if (stillInMigrations.contains(q.value(1).toString()))
                continue;
            QVERIFY2(files.contains(("CREATE OR REPLACE " + definition).toUtf8()) || files.contains(("CREATE " + definition).toUtf8()),
                     qPrintable(definition + QStringLiteral("... is defined by no repeatable file")));
            ++found;
        }
        QVERIFY(found > 40);
    }

    // A changed repeatable file: check() (the login's check) reports it before, migrate() applies all
    // files again, and the client with the earlier files cannot put them back unless forced.
    void changedRepeatableIsReapplied()
    {
        const QByteArray original = "'E-TRANSITION: build % cannot go from % to %'";
        const QByteArray changed = "'E-TRANSITION: (test) build % cannot go from % to %'";
        const QString file = QStringLiteral("50_workflow.sql");
        const QList<Migrator::Repeatable> newer = withEdited(file, [&](QByteArray sql) {
            return sql.replace(original, changed);
        });
        QVERIFY(names(newer).contains(file));
        QCOMPARE(newer.size(), Migrator::embeddedRepeatables().size());
        QVERIFY(newer.at(names(newer).indexOf(file)).checksum
                != Migrator::embeddedRepeatables().at(names(newer).indexOf(file)).checksum);

        ScratchDatabase scratch;
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        QSqlDatabase db = scratch.superuser();
        QString error;
        const ScratchDatabase::Person person = scratch.createPerson(QStringLiteral("ProductionCoordinator"), {}, &error);
        QVERIFY2(!person.username.isEmpty(), qPrintable(error));
        const QString body = QStringLiteral("SELECT prosrc FROM pg_proc WHERE oid = 'cs.transition_order(uuid, text, text, integer)'::regprocedure");

        Migrator newClient(db, Migrator::embeddedMigrations(), newer);
        const Migrator::Result before = newClient.check();
        QVERIFY(!before.ok);
        QCOMPARE(before.version, Migrator::latestVersion());
        QCOMPARE(before.repeatableDifferences, QStringList{QStringLiteral("50_workflow.sql: changed")});
        QVERIFY2(before.error.contains(QStringLiteral("50_workflow.sql: changed")), qPrintable(before.error));
        QVERIFY2(before.error.contains(QStringLiteral("cleanstation-admin migrate")), qPrintable(before.error));
        QVERIFY(Migrator(db).check().ok);

        const Migrator::Result up = newClient.migrate();
        QVERIFY2(up.ok, qPrintable(up.error));
        QVERIFY(up.applied.isEmpty());
        QCOMPARE(up.repeatablesApplied, names(newer));
        QVERIFY(scalar(db, body).toString().contains(QString::fromUtf8(changed)));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM cs.schema_repeatable_runs")).toInt(), 2);
        QVERIFY(newClient.check().ok);
        QVERIFY(newClient.migrate().repeatablesApplied.isEmpty());

        // This client's login is refused now, as a database that does not match it.
        const cs::data::LoginResult login = loginAs(person.settings);
        QCOMPARE(int(login.failure), int(cs::data::LoginFailure::SchemaChanged));
        QVERIFY2(login.detail.contains(file), qPrintable(login.detail));
        const Migrator::Result old = Migrator(db).check();
        QVERIFY(!old.ok);
        QVERIFY2(old.error.contains(QStringLiteral("replaced by a newer client")), qPrintable(old.error));

        // Its migrate does not put the earlier functions back over the newer ones...
        const Migrator::Result refused = Migrator(db).migrate();
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("--force-functions")), qPrintable(refused.error));
        QVERIFY(refused.repeatablesApplied.isEmpty());
        QVERIFY(scalar(db, body).toString().contains(QString::fromUtf8(changed)));

        // ...unless told to (going back on purpose), which is logged as forced.
        Migrator forced(db);
        forced.setForceRepeatables(true);
        const Migrator::Result back = forced.migrate();
        QVERIFY2(back.ok, qPrintable(back.error));
        QCOMPARE(back.repeatablesApplied, names(Migrator::embeddedRepeatables()));
        QVERIFY(scalar(db, body).toString().contains(QString::fromUtf8(original)));
        QVERIFY(scalar(db, QStringLiteral("SELECT forced FROM cs.schema_repeatable_runs ORDER BY run_id DESC LIMIT 1")).toBool());
        QVERIFY(loginAs(person.settings).ok());

        // After a forced return the newer client applies its files again without being told.
        const Migrator::Result again = newClient.migrate();
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.repeatablesApplied, names(newer));
        QVERIFY(scalar(db, body).toString().contains(QString::fromUtf8(changed)));
    }

    // A numbered migration applied after the repeatable files makes them due again even when none
    // changed (it may have dropped what they define), also when the files failed in the run that
    // applied the migration.
    void migrationAfterRepeatablesMakesThemDue()
    {
        ScratchDatabase scratch;
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        QSqlDatabase db = scratch.superuser();
        const QString view = QStringLiteral("SELECT to_regclass('cs.order_list') IS NOT NULL");
        const QByteArray dropView = "SET LOCAL ROLE cs_owner; DROP VIEW cs.order_list;";

        QList<Migrator::Migration> more = Migrator::embeddedMigrations();
        more.append(Migrator::Migration::fromText(QStringLiteral("9990_test_only.sql"), dropView));
        QCOMPARE(more.constLast().version, 9990);
        QVERIFY(!Migrator(db, more, Migrator::embeddedRepeatables()).check().ok);
        const Migrator::Result r = Migrator(db, more, Migrator::embeddedRepeatables()).migrate();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.applied, QStringList{QStringLiteral("9990_test_only.sql")});
        QCOMPARE(r.repeatablesApplied, names(Migrator::embeddedRepeatables()));
        QVERIFY(scalar(db, view).toBool());
        QVERIFY(Migrator(db, more, Migrator::embeddedRepeatables()).check().ok);

        // The files fail in the run that applies the next migration: that migration stays committed,
        // the files' changes do not, and the next run applies the files although they are unchanged.
        more.append(Migrator::Migration::fromText(QStringLiteral("9991_test_only.sql"), dropView));
        const QList<Migrator::Repeatable> broken = withEdited(QStringLiteral("90_public.sql"), [](QByteArray sql) {
            return sql + "\nSELECT cs.no_such_function();\n";
        });
        const Migrator::Result failed = Migrator(db, more, broken).migrate();
        QVERIFY(!failed.ok);
        QCOMPARE(failed.applied, QStringList{QStringLiteral("9991_test_only.sql")});
        QVERIFY(failed.repeatablesApplied.isEmpty());
        QVERIFY2(failed.error.contains(QStringLiteral("functions/90_public.sql")), qPrintable(failed.error));
        QVERIFY(!scalar(db, view).toBool());

        const Migrator::Result c = Migrator(db, more, Migrator::embeddedRepeatables()).check();
        QVERIFY(!c.ok);
        QVERIFY(c.repeatableDifferences.isEmpty());
        QVERIFY2(c.error.contains(QStringLiteral("migration was applied after")), qPrintable(c.error));
        const Migrator::Result fixed = Migrator(db, more, Migrator::embeddedRepeatables()).migrate();
        QVERIFY2(fixed.ok, qPrintable(fixed.error));
        QVERIFY(fixed.applied.isEmpty());
        QCOMPARE(fixed.repeatablesApplied, names(Migrator::embeddedRepeatables()));
        QVERIFY(scalar(db, view).toBool());
        // The grants of the view came back with it.
        QVERIFY(scalar(db, QStringLiteral("SELECT has_table_privilege('cs_service', 'cs.order_list', 'SELECT')")).toBool());
    }

    // Files run in name order in one transaction with the bodies checked afterwards: an SQL function
    // may call one of a later file, and a body that does not compile fails the whole run.
    void repeatablesAreOneTransactionWithBodiesChecked()
    {
        ScratchDatabase scratch;
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        QSqlDatabase db = scratch.superuser();
        const QString runs = QStringLiteral("SELECT count(*) FROM cs.schema_repeatable_runs");

        QList<Migrator::Repeatable> files = Migrator::embeddedRepeatables();
        files.append(Migrator::Repeatable::fromText(
            QStringLiteral("05_test_early.sql"),
            "SET LOCAL ROLE cs_owner;\n"
            "CREATE OR REPLACE FUNCTION cs.test_early() RETURNS integer LANGUAGE sql AS $$ SELECT cs.test_late() + 1 $$;\n"));
        files.append(Migrator::Repeatable::fromText(
            QStringLiteral("95_test_late.sql"),
            "SET LOCAL ROLE cs_owner;\n"
            "CREATE OR REPLACE FUNCTION cs.test_late() RETURNS integer LANGUAGE sql AS $$ SELECT 41 $$;\n"));
        const Migrator::Result r = Migrator(db, Migrator::embeddedMigrations(), files).migrate();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.repeatablesApplied.first(), QStringLiteral("05_test_early.sql"));
        QCOMPARE(r.repeatablesApplied.last(), QStringLiteral("95_test_late.sql"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT cs.test_early()")).toInt(), 42);
        const int applied = scalar(db, runs).toInt();

        // An SQL function calling one that exists nowhere, and a PL/pgSQL syntax error: each refused
        // after all files ran, naming the function; nothing of the run stays.
        const QList<QPair<QByteArray, QString>> broken{
            {"CREATE OR REPLACE FUNCTION cs.test_broken() RETURNS integer LANGUAGE sql AS $$ SELECT cs.test_missing() $$;",
             QStringLiteral("cs.test_broken()")},
            {"CREATE OR REPLACE FUNCTION cs.test_broken() RETURNS void LANGUAGE plpgsql AS $$ BEGIN SELEC 1; END $$;",
             QStringLiteral("cs.test_broken()")}};
        for (const auto& [sql, function] : broken) {
            QList<Migrator::Repeatable> withBroken = files;
            withBroken.append(Migrator::Repeatable::fromText(QStringLiteral("07_test_broken.sql"),
                                                             "SET LOCAL ROLE cs_owner;\n" + sql + "\n"));
            withBroken.append(Migrator::Repeatable::fromText(
                QStringLiteral("96_test_marker.sql"),
                "SET LOCAL ROLE cs_owner;\nCREATE OR REPLACE FUNCTION cs.test_marker() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;\n"));
            const Migrator::Result f = Migrator(db, Migrator::embeddedMigrations(), withBroken).migrate();
            QVERIFY(!f.ok);
            QVERIFY2(f.error.contains(function) && f.error.contains(QStringLiteral("does not compile")), qPrintable(f.error));
            QVERIFY(f.repeatablesApplied.isEmpty());
            QCOMPARE(scalar(db, runs).toInt(), applied);
            QVERIFY(!scalar(db, QStringLiteral("SELECT to_regprocedure('cs.test_broken()') IS NOT NULL")).toBool());
            QVERIFY(!scalar(db, QStringLiteral("SELECT to_regprocedure('cs.test_marker()') IS NOT NULL")).toBool());
        }
        QVERIFY(Migrator(db, Migrator::embeddedMigrations(), files).check().ok);
    }

    // Every text 0007 had in the repository is accepted, and 0008 brings each to the schema of a new
    // database. The two earlier texts were applied before 0006 existed; the real order is tried for
    // both, and 0006 before them for one.
    void historic0007TextsConverge_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("before0006");
        const QDir dir(cs::test::sourcePath(u"tests/db/schema/historic"));
        const QStringList files = dir.entryList({QStringLiteral("0007_*.sql")}, QDir::Files, QDir::Name);
        for (const QString& f : files) {
            QTest::newRow(qPrintable(f + QStringLiteral(" before 0006"))) << dir.filePath(f) << true;
            if (f == files.first())
                QTest::newRow(qPrintable(f + QStringLiteral(" after 0006"))) << dir.filePath(f) << false;
        }
    }

    void historic0007TextsConverge()
    {
        QFETCH(QString, file);
        QFETCH(bool, before0006);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        const QString checksum = QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
        QVERIFY2(Migrator::historicChecksums(7).contains(checksum), qPrintable(checksum));
        QVERIFY(file.contains(checksum.left(12)));
        // One fixture per accepted earlier text.
        QCOMPARE(QDir(QFileInfo(file).path()).entryList({QStringLiteral("0007_*.sql")}, QDir::Files).size(),
                 Migrator::historicChecksums(7).size());

        if (m_reference.isEmpty()) {
            ScratchDatabase fresh;
            QVERIFY2(fresh.isValid(), qPrintable(fresh.error()));
            m_reference = schemaFingerprint(fresh.superuser());
            QVERIFY(m_reference.size() > 500);
        }

        EmptyDatabase empty;
        QVERIFY2(empty.isValid(), qPrintable(empty.error()));
        QSqlDatabase db = empty.superuser();
        QList<Migrator::Migration> earlier = migrationsUpTo(before0006 ? 5 : 6);
        earlier.append(Migrator::Migration::fromText(migrationName(7), text));
        const Migrator::Result old = Migrator(db, earlier, {}).migrate();
        QVERIFY2(old.ok, qPrintable(old.error));
        QVERIFY(schemaFingerprint(db) != m_reference);

        const Migrator::Result r = Migrator(db).migrate();
        QVERIFY2(r.ok, qPrintable(r.error));
        QStringList expected;
        if (before0006)
            expected.append(migrationName(6));
        expected.append(migrationNamesAfter(7));
        QCOMPARE(r.applied, expected);
        QCOMPARE(r.repeatablesApplied, names(Migrator::embeddedRepeatables()));
        // The database keeps the record of the text it ran, and is current.
        QCOMPARE(scalar(db, QStringLiteral("SELECT checksum FROM cs.schema_migrations WHERE version = 7")).toString(), checksum);
        const Migrator::Result c = Migrator(db).check();
        QVERIFY2(c.ok, qPrintable(c.error));

        const QStringList mine = schemaFingerprint(db);
        for (const QString& line : mine)
            QVERIFY2(m_reference.contains(line), qPrintable(QStringLiteral("not in a new database: ") + line));
        for (const QString& line : std::as_const(m_reference))
            QVERIFY2(mine.contains(line), qPrintable(QStringLiteral("missing: ") + line));
        QCOMPARE(mine, m_reference);
    }

    // A database at the schema of the release before the repeatable files (0001-0007 as they are,
    // recorded by the migrator of that release), with the demo data and a record in every table the
    // demo leaves empty, migrated by this client: 0008 and the files are applied, every table keeps
    // its rows, the audit chain verifies, the people log in, and a second run applies nothing.
    void forwardFromReleasedSchemaKeepsEveryRow()
    {
        EmptyDatabase empty;
        QVERIFY2(empty.isValid(), qPrintable(empty.error()));
        for (const auto& login : cs::data::DemoSeeder::logins())
            empty.adoptRole(login.username);
        QSqlDatabase db = empty.superuser();
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));

        const QList<Migrator::Migration> released = migrationsUpTo(7);
        QCOMPARE(released.size(), kReleasedChecksums.size());
        for (int i = 0; i < released.size(); ++i)
            QCOMPARE(released.at(i).checksum, kReleasedChecksums.at(i));
        const Migrator::Result old = Migrator(db, released, {}).migrate();
        QVERIFY2(old.ok, qPrintable(old.error));
        QCOMPARE(old.version, 7);
        QVERIFY(!scalar(db, QStringLiteral("SELECT to_regclass('cs.schema_repeatables') IS NOT NULL")).toBool());
        const Migrator::Result stale = Migrator(db).check();
        QVERIFY(!stale.ok);
        QVERIFY2(stale.error.contains(QStringLiteral("older than this client")), qPrintable(stale.error));

        // The demo seeder of this client fills QC checklists through the functions of issue 12 (0013),
        // which that schema does not have: the release's data is written here, as its people would.
        seedReleasedData(empty);
        if (QTest::currentTestFailed())
            return;
        fillEmptyTables(empty);
        if (QTest::currentTestFailed())
            return;

        const QMap<QString, QString> before = tableDigests(db);
        QVERIFY(before.size() >= 28);
        for (auto it = before.constBegin(); it != before.constEnd(); ++it)
            QVERIFY2(!it.value().startsWith(QStringLiteral("0 rows")) && !it.value().startsWith(QStringLiteral("error")),
                     qPrintable(it.key() + QStringLiteral(": ") + it.value()));
        const QMap<QString, QList<QJsonObject>> rowsBefore = tableRows(db);
        const cs::data::AuditVerifier::Result auditBefore = cs::data::AuditVerifier(db).verify();
        QVERIFY2(auditBefore.ok, qPrintable(auditBreaks(auditBefore)));
        QVERIFY(auditBefore.rowsChecked > 100);

        const Migrator::Result r = Migrator(db).migrate();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.applied, migrationNamesAfter(7));
        QCOMPARE(r.repeatablesApplied, names(Migrator::embeddedRepeatables()));
        QCOMPARE(r.version, Migrator::latestVersion());

        // Every table keeps its rows as they were; later migrations add tables (the audit seal) and rows
        // (settings of 0011, and their audit rows).
        const QMap<QString, QList<QJsonObject>> after = tableRows(db);
        for (auto it = rowsBefore.constBegin(); it != rowsBefore.constEnd(); ++it) {
            QVERIFY2(after.contains(it.key()), qPrintable(it.key()));
            const QStringList lost = lostRows(it.value(), after.value(it.key()));
            QVERIFY2(lost.isEmpty(), qPrintable(it.key() + QStringLiteral(": lost or changed: ") + lost.join(u'\n')));
        }
        const cs::data::AuditVerifier::Result auditAfter = cs::data::AuditVerifier(db).verify();
        QVERIFY2(auditAfter.ok, qPrintable(auditBreaks(auditAfter)));
        QCOMPARE(auditAfter.rowsChecked, auditBefore.rowsChecked);
        // The sealer chains every row, the old chain's included, and the whole trail verifies.
        const cs::data::AuditSealer::Result sealed = cs::data::AuditSealer(db).sealAll();
        QVERIFY2(sealed.ok(), qPrintable(sealed.error));
        const cs::data::AuditVerifier::Result auditSealed = cs::data::AuditVerifier(db).verify();
        QVERIFY2(auditSealed.ok, qPrintable(auditBreaks(auditSealed)));
        QCOMPARE(auditSealed.unsealedCount, qint64(0));
        QCOMPARE(auditSealed.legacyRowsChecked, auditBefore.legacyRowsChecked);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM cs.schema_migrations")).toInt(),
                 int(Migrator::embeddedMigrations().size()));
        const Migrator::Result c = Migrator(db).check();
        QVERIFY2(c.ok, qPrintable(c.error));

        // Every demo person logs in (the login's schema check passes), and the coordinator's workflow
        // functions answer as before.
        for (const auto& login : cs::data::DemoSeeder::logins()) {
            const cs::data::LoginResult probe = loginAs(empty.as(login.username, login.password));
            QVERIFY2(probe.ok(), qPrintable(login.username + QStringLiteral(": ") + probe.detail));
        }
        QSqlDatabase coord = empty.connect(empty.as(QStringLiteral("coord"), demoPassword(QStringLiteral("coord"))));
        QSqlQuery q(coord);
        QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM cs.board_page(NULL, NULL, NULL, 'updated', true, 50, 0)")),
                 qPrintable(q.lastError().text()));

        const Migrator::Result second = Migrator(db).migrate();
        QVERIFY2(second.ok, qPrintable(second.error));
        QVERIFY(second.applied.isEmpty());
        QVERIFY(second.repeatablesApplied.isEmpty());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM cs.schema_repeatable_runs")).toInt(), 1);
    }

private:
    // The data of a plant on the release before the repeatable files, written through that schema's
    // functions and grants: the demo people (cs.create_user), the demo catalog (imported by the demo
    // Admin), and demo orders submitted by the coordinator with the BOM engine's BOM, two of them with
    // their BOM approved (a signature on a fresh connection) and moved by procurement to
    // ReadyForPreQC, one left OrderCreated.
    void seedReleasedData(EmptyDatabase& empty)
    {
        QString error;
        {
            QSqlDatabase super = empty.superuser();
            cs::data::UserAccounts users(super);
            for (const auto& l : cs::data::DemoSeeder::logins()) {
                cs::data::UserAccount u;
                u.username = l.username;
                u.fullName = l.fullName;
                u.initials = l.initials;
                u.role = l.role;
                const auto created = users.createUser(u, l.password);
                QVERIFY2(created, qPrintable(l.username + QStringLiteral(": ") + created.error().message));
            }
        }
        auto as = [&](const QString& user) { return empty.connect(empty.as(user, demoPassword(user))); };
        QVERIFY2(ScratchDatabase::importDemoCatalog(as(QStringLiteral("admin")), &error), qPrintable(error));
        QSqlDatabase coord = as(QStringLiteral("coord"));
        cs::domain::CatalogData data;
        QVERIFY2(cs::data::CatalogLoader(coord).load(&data, &error), qPrintable(error));
        const cs::domain::CatalogPtr catalog = cs::domain::Catalog::fromData(data);
        QVERIFY(catalog);
        for (int i = 1; i <= 3; ++i) {
            const QString number = QStringLiteral("MIG-%1").arg(i);
            const QJsonObject order = ScratchDatabase::generatedOrderJson(*catalog, QStringLiteral("PO-") + number, number, &error);
            QVERIFY2(!order.isEmpty(), qPrintable(error));
            QVariant result;
            QVERIFY2(ScratchDatabase::exec(coord, QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))::text"),
                                           {QString::fromUtf8(QJsonDocument(order).toJson(QJsonDocument::Compact))}, &error,
                                           &result),
                     qPrintable(error));
            if (i == 1)
                continue;   // stays OrderCreated
            const QJsonObject build =
                QJsonDocument::fromJson(result.toString().toUtf8()).object().value(u"builds").toArray().at(0).toObject();
            const QString orderId = build.value(u"orderId").toString();
            QSqlDatabase procure = as(QStringLiteral("procure"));   // fresh: it signs the approval
            QVERIFY2(ScratchDatabase::exec(procure, QStringLiteral("SELECT cs.approve_bom(CAST(? AS uuid), true, ?, 'PN')"),
                                           {build.value(u"bomId").toString(), QStringLiteral("Checked against the drawing.")},
                                           &error),
                     qPrintable(error));
            for (const QString& to : {QStringLiteral("PartsSent"), QStringLiteral("ReadyForPreQC")}) {
                QVariant version;
                QVERIFY2(ScratchDatabase::exec(procure, QStringLiteral("SELECT row_version FROM cs.orders WHERE order_id = CAST(? AS uuid)"),
                                               {orderId}, &error, &version),
                         qPrintable(error));
                QVERIFY2(ScratchDatabase::exec(procure, QStringLiteral("SELECT cs.transition_order(CAST(? AS uuid), ?, NULL, ?)"),
                                               {orderId, to, version.toInt()}, &error),
                         qPrintable(to + QStringLiteral(": ") + error));
            }
        }
    }

    // A record in each table the demo data leaves empty, written as the people would (through the
    // functions and grants of the release's schema).
    void fillEmptyTables(EmptyDatabase& empty)
    {
        auto as = [&](const QString& user) { return empty.connect(empty.as(user, demoPassword(user))); };
        QSqlDatabase admin = as(QStringLiteral("admin"));
        QSqlDatabase coord = as(QStringLiteral("coord"));
        QSqlDatabase service = as(QStringLiteral("service"));
        QSqlDatabase assembler = as(QStringLiteral("assembler"));
        QSqlDatabase inspector = as(QStringLiteral("inspector"));
        QString error;
        QVariant preQcOrder;
        QVERIFY2(ScratchDatabase::exec(coord, QStringLiteral("SELECT order_id FROM cs.orders WHERE status = 'ReadyForPreQC' "
                                                             "ORDER BY build_number LIMIT 1"),
                                       {}, &error, &preQcOrder),
                 qPrintable(error));
        QVERIFY2(preQcOrder.isValid() && !preQcOrder.isNull(), "the demo data has no build ReadyForPreQC");
        QVariant createdOrder;
        QVERIFY2(ScratchDatabase::exec(coord, QStringLiteral("SELECT order_id FROM cs.orders WHERE status = 'OrderCreated' "
                                                             "ORDER BY build_number LIMIT 1"),
                                       {}, &error, &createdOrder),
                 qPrintable(error));
        QVERIFY2(createdOrder.isValid() && !createdOrder.isNull(), "the demo data has no build OrderCreated");

        const QList<QPair<QSqlDatabase, QPair<QString, QVariantList>>> steps{
            {admin, {QStringLiteral("INSERT INTO cs.qc_form_templates (form_name, form_type, checklist_items, created_by) "
                                    "VALUES ('Pre-QC (migration test)', 'PreQC', '[]', gen_random_uuid())"), {}}},
            {admin, {QStringLiteral("INSERT INTO cs.testing_form_templates (form_name, test_type, test_items, created_by) "
                                    "VALUES ('CLT (migration test)', 'EOL', '[]', gen_random_uuid())"), {}}},
            {admin, {QStringLiteral("INSERT INTO cs.tools (name) VALUES ('Torque wrench')"), {}}},
            {admin, {QStringLiteral("INSERT INTO cs.work_instructions (title, steps, created_by) "
                                    "VALUES ('Mount the basin', '[]', gen_random_uuid())"), {}}},
            {coord, {QStringLiteral("SELECT cs.record_session_start('test-host', 'migration test')"), {}}},
            {coord, {QStringLiteral("SELECT * FROM cs.record_print(?, 'traveler', 'letter', 'pdf', 1)"), {preQcOrder}}},
            {coord, {QStringLiteral("INSERT INTO cs.order_documents (order_id, filename, content, document_type) "
                                    "VALUES (?, 'drawing.pdf', '\\x255044462d'::bytea, 'Drawing')"), {createdOrder}}},
            {coord, {QStringLiteral("UPDATE cs.orders SET notes = 'Edited before the migration' WHERE order_id = ?"), {createdOrder}}},
            {coord, {QStringLiteral("INSERT INTO cs.task_lists (order_id, assembly_type, tasks, created_by) "
                                    "VALUES (?, 'MDRD', '[{\"seq\": 1}]', gen_random_uuid())"), {preQcOrder}}},
            {assembler, {QStringLiteral("INSERT INTO cs.task_completions (task_list_id, order_id, task_sequence, completed_by) "
                                        "SELECT task_list_id, order_id, 1, gen_random_uuid() FROM cs.task_lists LIMIT 1"), {}}},
            {service, {QStringLiteral("INSERT INTO cs.service_orders (items, requested_by) "
                                      "VALUES ('[{\"id\": \"P-1\", \"qty\": 1}]', gen_random_uuid())"), {}}},
            // A fresh connection signs the Pre-QC result.
            {inspector, {QStringLiteral("SELECT cs.record_qc_result(?, 'PreQC', (SELECT template_id FROM cs.qc_form_templates "
                                        "WHERE form_type = 'PreQC' LIMIT 1), 'Pass', '{}', 'All checked', 'QK')"), {preQcOrder}}},
        };
        for (const auto& [db, step] : steps)
            QVERIFY2(ScratchDatabase::exec(db, step.first, step.second, &error), qPrintable(step.first + QStringLiteral(": ") + error));
        // The end-of-line test: the build moves on to production through the real workflow first.
        QSqlDatabase freshInspector = as(QStringLiteral("inspector"));
        QVariant version;
        QVERIFY2(ScratchDatabase::exec(freshInspector, QStringLiteral("SELECT row_version FROM cs.orders WHERE order_id = ?"),
                                       {preQcOrder}, &error, &version),
                 qPrintable(error));
        QVERIFY2(ScratchDatabase::exec(freshInspector, QStringLiteral("SELECT cs.transition_order(?, 'ReadyForProduction', NULL, ?)"),
                                       {preQcOrder, version}, &error),
                 qPrintable(error));
        QSqlDatabase freshAssembler = as(QStringLiteral("assembler"));
        QVERIFY2(ScratchDatabase::exec(freshAssembler,
                                       QStringLiteral("SELECT cs.record_test_result(?, (SELECT template_id FROM cs.testing_form_templates "
                                                      "LIMIT 1), 'Pass', '{}', 'Leak test passed', 'SO')"),
                                       {preQcOrder}, &error),
                 qPrintable(error));
    }

    QStringList m_reference;   // schema fingerprint of a new database
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
