// Migrations against a real PostgreSQL: from empty, twice, an edited migration, a newer database.
#include "data/schema/migrator.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using cs::data::Migrator;
using cs::test::ScratchDatabase;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString why;
        if (!ScratchDatabase::clusterAvailable(&why))
            QSKIP(qPrintable(why));
        QVERIFY(Migrator::latestVersion() >= 3);
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
            QStringLiteral("audit_log"), QStringLiteral("catalog_state"), QStringLiteral("purchase_orders")};
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

        QVERIFY2(Migrator(db).check().ok, qPrintable(Migrator(db).check().error));
    }

    void migrateTwiceIsNoOp()
    {
        ScratchDatabase scratch;
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        QSqlDatabase db = scratch.superuser();
        const Migrator::Result r = Migrator(db).migrate();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.applied.isEmpty());
        QCOMPARE(r.version, Migrator::latestVersion());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cs.schema_migrations")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), int(Migrator::embeddedMigrations().size()));
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
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
