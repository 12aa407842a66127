// Autovacuum's pace per table (migration 0025). Each analysis of a table, and each vacuum that writes
// its new size, makes every connected session plan its statements on that table again; at 500 people
// that is a burst of planning on two cores. So every table people write at work analyzes at a pace
// chosen for how it changes, and the wide document columns no statement filters on are not sampled.
// These tests hold the schema to that: a new table gets a pace (or is named as seldom changing), an
// unsampled column is really left out of ANALYZE while the columns beside it are not, and no index is
// built on a column the planner has no statistics for.
#include "testdatabase.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using cs::test::ScratchDatabase;

namespace {

// Tables that change seldom (the catalog, templates, settings, the schema's own bookkeeping, single
// rows): PostgreSQL's default pace suits them.
const QStringList kSeldomChanging = {
    QStringLiteral("app_settings"),           QStringLiteral("assemblies"),
    QStringLiteral("assembly_components"),    QStringLiteral("audit_chain_head"),
    QStringLiteral("audit_seal_state"),       QStringLiteral("board_indexes"),
    QStringLiteral("catalog_state"),          QStringLiteral("categories"),
    QStringLiteral("checklist_condition_trees"), QStringLiteral("order_transitions"),
    QStringLiteral("parts"),                  QStringLiteral("qc_form_templates"),
    QStringLiteral("schema_migrations"),      QStringLiteral("schema_repeatable_runs"),
    QStringLiteral("schema_repeatables"),     QStringLiteral("session_limits"),
    QStringLiteral("subcategories"),          QStringLiteral("testing_form_templates"),
    QStringLiteral("tools"),                  QStringLiteral("wi_images"),
    QStringLiteral("work_instructions"),
};

} // namespace

class TestAutovacuum : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString why;
        if (!ScratchDatabase::clusterAvailable(&why))
            QSKIP(qPrintable(why));
        m_db = std::make_unique<ScratchDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        m_su = m_db->superuser();
        QVERIFY2(m_su.isOpen(), qPrintable(m_su.lastError().text()));
    }

    void cleanupTestCase()
    {
        m_su = QSqlDatabase();
        m_db.reset();
    }

    void everyWrittenTableHasItsPace()
    {
        QSqlQuery q(m_su);
        QVERIFY2(q.exec(QStringLiteral(
                     "SELECT c.relname, coalesce(array_to_string(c.reloptions, ','), '') FROM pg_class c "
                     "WHERE c.relnamespace = 'cs'::regnamespace AND c.relkind IN ('r', 'p') ORDER BY 1")),
                 qPrintable(q.lastError().text()));
        int appendOnly = 0, working = 0, seldom = 0;
        while (q.next()) {
            const QString table = q.value(0).toString();
            const QStringList options = q.value(1).toString().split(u',', Qt::SkipEmptyParts);
            if (options.contains(u"autovacuum_analyze_threshold=20000")) {
                // An append-only record: its inserts wake autovacuum at the same pace as its analyses.
                QVERIFY2(options.contains(u"autovacuum_vacuum_insert_threshold=20000"), qPrintable(table));
                ++appendOnly;
            } else if (options.contains(u"autovacuum_analyze_threshold=5000")) {
                ++working;
            } else {
                QVERIFY2(kSeldomChanging.contains(table),
                         qPrintable(QStringLiteral("cs.%1 has no autovacuum pace of its own (%2): give it one "
                                                   "in a migration, as 0025 does, or name it here as seldom "
                                                   "changing").arg(table, options.join(u' '))));
                ++seldom;
            }
        }
        QVERIFY(appendOnly > 0 && working > 0 && seldom == kSeldomChanging.size());
    }

    void wideDocumentsAreNotSampled()
    {
        // A build written through the real functions, so that the order, its BOM and the audit log hold
        // their usual documents.
        QString error;
        const ScratchDatabase::Person admin = m_db->createPerson(QStringLiteral("Admin"), {}, &error);
        QVERIFY2(!admin.username.isEmpty(), qPrintable(error));
        QSqlDatabase adminDb = m_db->connect(admin.settings);
        QVERIFY2(ScratchDatabase::seedWorkflowFixtures(adminDb, &error), qPrintable(error));
        const ScratchDatabase::Person coordinator =
            m_db->createPerson(QStringLiteral("ProductionCoordinator"), adminDb, &error);
        QVERIFY2(!coordinator.username.isEmpty(), qPrintable(error));
        QVERIFY2(ScratchDatabase::exec(m_db->connect(coordinator.settings),
                                       QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))"),
                                       {QString::fromUtf8(QJsonDocument(ScratchDatabase::orderJson(
                                                              QStringLiteral("PO-AV-1"), QStringLiteral("B-AV-1")))
                                                              .toJson(QJsonDocument::Compact))},
                                       &error),
                 qPrintable(error));

        QSqlQuery q(m_su);
        QVERIFY2(q.exec(QStringLiteral("ANALYZE cs.orders, cs.boms, cs.audit_log")), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral(
                     "SELECT tablename || '.' || attname FROM pg_stats WHERE schemaname = 'cs' "
                     "AND tablename IN ('orders', 'boms', 'audit_log')")),
                 qPrintable(q.lastError().text()));
        QStringList sampled;
        while (q.next())
            sampled << q.value(0).toString();
        for (const char* column : {"orders.config", "orders.basin_configurations", "boms.bom_items",
                                   "audit_log.old_row", "audit_log.new_row"})
            QVERIFY2(!sampled.contains(QLatin1String(column)), column);
        // The columns statements do filter and sort on keep their statistics.
        for (const char* column : {"orders.status", "orders.po_number", "orders.build_number",
                                   "audit_log.table_name", "boms.order_id"})
            QVERIFY2(sampled.contains(QLatin1String(column)),
                     qPrintable(QStringLiteral("%1 not sampled (%2)").arg(QLatin1String(column), sampled.join(u' '))));
    }

    void noIndexOnAnUnsampledColumn()
    {
        // An index on such a column would mean a statement filters on it, and the planner would guess.
        QSqlQuery q(m_su);
        QVERIFY2(q.exec(QStringLiteral(
                     "SELECT DISTINCT i.indexrelid::regclass::text || ' on ' || a.attname "
                     "FROM pg_attribute a JOIN pg_index i ON i.indrelid = a.attrelid "
                     "WHERE a.attrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'cs'::regnamespace) "
                     "AND a.attnum > 0 AND a.attstattarget = 0 AND NOT a.attisdropped "
                     "AND (a.attnum = ANY (i.indkey) OR EXISTS (SELECT 1 FROM pg_depend d "
                     "WHERE d.classid = 'pg_class'::regclass AND d.objid = i.indexrelid "
                     "AND d.refobjid = a.attrelid AND d.refobjsubid = a.attnum))")),
                 qPrintable(q.lastError().text()));
        QStringList indexes;
        while (q.next())
            indexes << q.value(0).toString();
        QVERIFY2(indexes.isEmpty(), qPrintable(indexes.join(u", ")));

        // And the check sees what it looks for: the columns are there with no statistics target.
        QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = 'cs.audit_log'::regclass "
                                       "AND attname IN ('old_row', 'new_row') AND attstattarget = 0"))
                     && q.next(),
                 qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toInt(), 2);
    }

private:
    std::unique_ptr<ScratchDatabase> m_db;
    QSqlDatabase m_su;
};

QTEST_GUILESS_MAIN(TestAutovacuum)
#include "tst_autovacuum.moc"
