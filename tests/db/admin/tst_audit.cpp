// The audit trail: rows written by triggers with session_user, append-only for everyone, and a hash
// chain that AuditVerifier checks: a row altered or removed by a superuser (who disabled the guard
// trigger) is reported.
#include "data/admin/auditverifier.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QtTest>

#include <memory>

using cs::data::AuditVerifier;
using cs::test::ScratchDatabase;

class TestAudit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScratchDatabase> m_scratch;
    ScratchDatabase::Person m_admin;

    QString exec(QSqlDatabase db, const QString& sql, const QVariantList& values = {}, QVariant* first = nullptr)
    {
        QString error;
        ScratchDatabase::exec(db, sql, values, &error, first);
        return error;
    }

    // A few audited changes by the Admin.
    void makeChanges()
    {
        QSqlDatabase admin = m_scratch->connect(m_admin.settings);
        const QString suffix = ScratchDatabase::randomSuffix(6).toUpper();
        QCOMPARE(exec(admin, QStringLiteral("INSERT INTO cs.categories (category_id, name) VALUES (?, 'Audit cat')"),
                      {suffix}),
                 QString());
        QCOMPARE(exec(admin, QStringLiteral("UPDATE cs.categories SET name = 'Audit cat 2' WHERE category_id = ?"), {suffix}),
                 QString());
        QCOMPARE(exec(admin, QStringLiteral("INSERT INTO cs.parts (part_id, name, type) VALUES (?, 'Audit part', 'MATERIAL')"),
                      {QStringLiteral("AP-") + suffix}),
                 QString());
        admin.close();
    }

    qint64 auditIdOf(const QString& table, const QString& op)
    {
        QVariant v;
        exec(m_scratch->superuser(),
             QStringLiteral("SELECT max(id) FROM cs.audit_log WHERE table_name = ? AND op = ?"), {table, op}, &v);
        return v.toLongLong();
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!ScratchDatabase::clusterAvailable(&why))
            QSKIP(qPrintable(why));
        m_scratch = std::make_unique<ScratchDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        QString error;
        m_admin = m_scratch->createPerson(QStringLiteral("Admin"), {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        makeChanges();
    }

    void cleanup() { m_scratch->closeConnections(); }

    void triggersRecordTheSessionUser()
    {
        QSqlQuery q(m_scratch->superuser());
        QVERIFY(q.exec(QStringLiteral("SELECT db_user, op, new_row ->> 'name', old_row ->> 'name' FROM cs.audit_log "
                                      "WHERE table_name = 'categories' ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), m_admin.username);
        QCOMPARE(q.value(1).toString(), QStringLiteral("INSERT"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("Audit cat"));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("UPDATE"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("Audit cat 2"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("Audit cat"));
        // The admin's own creation (by the superuser, through cs.create_user) is audited too.
        QVERIFY(q.exec(QStringLiteral("SELECT db_user FROM cs.audit_log WHERE table_name = 'users' AND op = 'INSERT'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), qEnvironmentVariable("PGUSER"));
    }

    void intactChainVerifies()
    {
        const AuditVerifier::Result r = AuditVerifier(m_scratch->connect(m_admin.settings)).verify();
        QVERIFY2(r.ok, qPrintable(r.error + r.reason));
        QVERIFY(r.rowsChecked >= 4);
        QCOMPARE(r.brokenId, qint64(-1));
    }

    void appendOnlyEvenForTheSuperuser_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("update audit") << QStringLiteral("UPDATE cs.audit_log SET db_user = 'mallory'");
        QTest::newRow("delete audit") << QStringLiteral("DELETE FROM cs.audit_log");
        QTest::newRow("truncate audit") << QStringLiteral("TRUNCATE cs.audit_log");
        QTest::newRow("update signatures") << QStringLiteral("UPDATE cs.signatures SET initials = 'X'");
        QTest::newRow("delete signatures") << QStringLiteral("DELETE FROM cs.signatures");
        QTest::newRow("truncate signatures") << QStringLiteral("TRUNCATE cs.signatures CASCADE");
        QTest::newRow("rewind chain head") << QStringLiteral("UPDATE cs.audit_chain_head SET last_id = 0");
    }

    void appendOnlyEvenForTheSuperuser()
    {
        QFETCH(QString, sql);
        // A signature row to protect.
        QSqlDatabase super = m_scratch->superuser();
        QCOMPARE(exec(super, QStringLiteral(
                          "INSERT INTO cs.signatures (signer_user_id, signer_username, printed_name, initials, meaning, "
                          "content_sha256, signed_table, signed_row_id, backend_start) "
                          "SELECT user_id, username, full_name, initials, 'test signature', repeat('a', 64), 'none', '1', now() "
                          "FROM cs.users LIMIT 1")),
                 QString());
        const QString error = exec(super, sql);
        QVERIFY2(error.startsWith(QStringLiteral("42501: E-APPEND-ONLY")), qPrintable(error));
        QVERIFY(AuditVerifier(super).verify().ok);
    }

    void alteredRowIsDetected()
    {
        const qint64 id = auditIdOf(QStringLiteral("categories"), QStringLiteral("UPDATE"));
        QVERIFY(id > 0);
        QSqlDatabase super = m_scratch->superuser();
        // A superuser can get round the guard only by disabling it ...
        QCOMPARE(exec(super, QStringLiteral("ALTER TABLE cs.audit_log DISABLE TRIGGER audit_log_append_only")), QString());
        QCOMPARE(exec(super, QStringLiteral("UPDATE cs.audit_log SET new_row = jsonb_set(new_row, '{name}', '\"forged\"') "
                                            "WHERE id = ?"), {id}),
                 QString());
        QCOMPARE(exec(super, QStringLiteral("ALTER TABLE cs.audit_log ENABLE TRIGGER audit_log_append_only")), QString());
        // ... and the verifier finds the row.
        const AuditVerifier::Result r = AuditVerifier(m_scratch->connect(m_admin.settings)).verify();
        QVERIFY(r.error.isEmpty());
        QVERIFY(!r.ok);
        QCOMPARE(r.brokenId, id);
        QVERIFY2(r.reason.contains(QStringLiteral("altered")), qPrintable(r.reason));
    }

    void removedRowIsDetected()
    {
        // Fresh database: the previous test left a broken chain behind.
        ScratchDatabase scratch;
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        QSqlDatabase super = scratch.superuser();
        for (const char* name : {"A1", "A2", "A3"}) {
            QCOMPARE(exec(super, QStringLiteral("INSERT INTO cs.categories (category_id, name) VALUES (?, 'x')"),
                          {QString::fromLatin1(name)}),
                     QString());
        }
        QVariant first;
        QCOMPARE(exec(super, QStringLiteral("SELECT min(id) FROM cs.audit_log WHERE table_name = 'categories'"), {}, &first),
                 QString());
        QVERIFY(AuditVerifier(super).verify().ok);
        QCOMPARE(exec(super, QStringLiteral("ALTER TABLE cs.audit_log DISABLE TRIGGER audit_log_append_only")), QString());
        QCOMPARE(exec(super, QStringLiteral("DELETE FROM cs.audit_log WHERE id = ?"), {first}), QString());
        QCOMPARE(exec(super, QStringLiteral("ALTER TABLE cs.audit_log ENABLE TRIGGER audit_log_append_only")), QString());
        const AuditVerifier::Result r = AuditVerifier(super).verify();
        QVERIFY(!r.ok);
        QVERIFY2(r.brokenId > first.toLongLong(), qPrintable(QString::number(r.brokenId)));
        QVERIFY2(r.reason.contains(QStringLiteral("removed or inserted")), qPrintable(r.reason));
    }

    void nonAdminsCannotReadTheAudit()
    {
        QString error;
        const ScratchDatabase::Person qc = m_scratch->createPerson(QStringLiteral("QCPerson"), {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const AuditVerifier::Result r = AuditVerifier(m_scratch->connect(qc.settings)).verify();
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("permission denied")), qPrintable(r.error));
    }

    void cleanupTestCase() { m_scratch.reset(); }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
