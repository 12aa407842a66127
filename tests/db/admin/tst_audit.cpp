// The audit trail: rows written by triggers with session_user, append-only for everyone, chained by
// the sealer (cs.seal_audit) into cs.audit_seal, and AuditVerifier, which reports every break: a row
// altered, removed or reordered by a superuser (who disabled the guard triggers) is reported at its
// position; several breaks are listed at once; a chain rewritten and recomputed as a whole is caught
// by an anchor kept outside the database; the rows of the old chain (before 0009) are still checked
// the old way after a database migrates forward. The commands verify-audit, audit-anchor and the
// audit-sealer daemon are run as separate processes.
#include "data/admin/auditanchor.h"
#include "data/admin/auditsealer.h"
#include "data/admin/auditverifier.h"
#include "data/schema/migrator.h"
#include "testdatabase.h"
#include "testpaths.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>

using cs::data::AuditAnchor;
using cs::data::AuditSealer;
using cs::data::AuditVerifier;
using cs::test::ScratchDatabase;

namespace {

using Kind = AuditVerifier::Break::Kind;

QString describe(const AuditVerifier::Result& r)
{
    QStringList lines;
    if (!r.error.isEmpty())
        lines << QStringLiteral("error: ") + r.error;
    for (const AuditVerifier::Break& b : r.breaks)
        lines << b.describe();
    return lines.join(u'\n');
}

bool hasBreak(const AuditVerifier::Result& r, Kind kind, qint64 position, qint64 auditId = -1)
{
    return std::any_of(r.breaks.cbegin(), r.breaks.cend(), [&](const AuditVerifier::Break& b) {
        return b.kind == kind && (position < 0 || b.position == position) && (auditId < 0 || b.auditId == auditId);
    });
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScratchDatabase> m_scratch;
    ScratchDatabase::Person m_admin;

    static QString exec(QSqlDatabase db, const QString& sql, const QVariantList& values = {}, QVariant* first = nullptr)
    {
        QString error;
        ScratchDatabase::exec(db, sql, values, &error, first);
        return error;
    }

    static qint64 value(QSqlDatabase db, const QString& sql, const QVariantList& values = {})
    {
        QVariant v;
        const QString error = exec(db, sql, values, &v);
        if (!error.isEmpty())
            qWarning("%s: %s", qPrintable(sql), qPrintable(error));
        return v.isValid() ? v.toLongLong() : -1;
    }

    static bool seal(QSqlDatabase super)
    {
        const AuditSealer::Result r = AuditSealer(super).sealAll();
        if (!r.ok())
            qWarning("sealing failed: %s", qPrintable(r.error));
        return r.ok();
    }

    // What a superuser can do: switch the guards off, change the rows, switch them on again.
    static QString tamper(QSqlDatabase super, const QStringList& statements)
    {
        QStringList all{QStringLiteral("ALTER TABLE cs.audit_log DISABLE TRIGGER audit_log_append_only"),
                        QStringLiteral("ALTER TABLE cs.audit_seal DISABLE TRIGGER audit_seal_append_only"),
                        QStringLiteral("ALTER TABLE cs.audit_seal_state DISABLE TRIGGER audit_seal_state_forward")};
        all << statements;
        all << QStringLiteral("ALTER TABLE cs.audit_log ENABLE TRIGGER audit_log_append_only")
            << QStringLiteral("ALTER TABLE cs.audit_seal ENABLE ALWAYS TRIGGER audit_seal_append_only")
            << QStringLiteral("ALTER TABLE cs.audit_seal_state ENABLE ALWAYS TRIGGER audit_seal_state_forward");
        for (const QString& sql : std::as_const(all)) {
            const QString error = exec(super, sql);
            if (!error.isEmpty())
                return sql + QStringLiteral(": ") + error;
        }
        return {};
    }

    // A few audited changes by the Admin.
    void makeChanges(ScratchDatabase& scratch, const ScratchDatabase::Person& admin)
    {
        QSqlDatabase db = scratch.connect(admin.settings);
        const QString suffix = ScratchDatabase::randomSuffix(6).toUpper();
        QCOMPARE(exec(db, QStringLiteral("INSERT INTO cs.categories (category_id, name) VALUES (?, 'Audit cat')"),
                      {suffix}),
                 QString());
        QCOMPARE(exec(db, QStringLiteral("UPDATE cs.categories SET name = 'Audit cat 2' WHERE category_id = ?"), {suffix}),
                 QString());
        QCOMPARE(exec(db, QStringLiteral("INSERT INTO cs.parts (part_id, name, type) VALUES (?, 'Audit part', 'MATERIAL')"),
                      {QStringLiteral("AP-") + suffix}),
                 QString());
        db.close();
    }

    // A fresh database with an Admin and some sealed rows, for a test that breaks the chain.
    std::unique_ptr<ScratchDatabase> sealedScratch(int categories = 6)
    {
        auto scratch = std::make_unique<ScratchDatabase>();
        if (!scratch->isValid())
            return scratch;
        QSqlDatabase super = scratch->superuser();
        for (int i = 0; i < categories; ++i)
            exec(super, QStringLiteral("INSERT INTO cs.categories (category_id, name) VALUES (?, 'x')"),
                 {QStringLiteral("K%1").arg(i)});
        seal(super);
        return scratch;
    }

    qint64 auditIdOf(const QString& table, const QString& op)
    {
        return value(m_scratch->superuser(),
                     QStringLiteral("SELECT max(id) FROM cs.audit_log WHERE table_name = ? AND op = ?"), {table, op});
    }

    Run cli(const QString& database, const QStringList& args, const ScratchDatabase::Person* as = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGDATABASE"), database);
        if (as) {
            env.insert(QStringLiteral("PGUSER"), as->username);
            env.insert(QStringLiteral("PGPASSWORD"), as->password);
        }
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
        makeChanges(*m_scratch, m_admin);
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
        // Rows are written with their transaction and without a hash, and wait for the sealer.
        QCOMPARE(value(m_scratch->superuser(),
                       QStringLiteral("SELECT count(*) FROM cs.audit_log a WHERE a.hash IS NULL AND a.txid > 0 "
                                      "AND (EXISTS (SELECT 1 FROM cs.audit_unsealed u WHERE u.audit_id = a.id) "
                                      "     OR EXISTS (SELECT 1 FROM cs.audit_seal s WHERE s.audit_id = a.id))")),
                 value(m_scratch->superuser(), QStringLiteral("SELECT count(*) FROM cs.audit_log")));
    }

    void intactChainVerifies()
    {
        QSqlDatabase super = m_scratch->superuser();
        const AuditVerifier::Result before = AuditVerifier(m_scratch->connect(m_admin.settings)).verify();
        QVERIFY2(before.ok, qPrintable(describe(before)));
        QVERIFY(before.unsealedCount >= 4);
        QVERIFY(before.oldestUnsealedId > 0);
        QVERIFY(before.oldestUnsealedAt.isValid());

        QVERIFY(seal(super));
        const AuditVerifier::Result r = AuditVerifier(m_scratch->connect(m_admin.settings)).verify();
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QVERIFY(r.rowsChecked >= 4);
        QVERIFY(r.breaks.isEmpty());
        QCOMPARE(r.unsealedCount, qint64(0));
        QCOMPARE(r.headPosition, r.positionsChecked);
        QVERIFY(r.sealedChain);
        QCOMPARE(r.headPosition, value(super, QStringLiteral("SELECT count(*) FROM cs.audit_log")));
        QCOMPARE(value(super, QStringLiteral("SELECT count(*) FROM cs.audit_unsealed")), qint64(0));
        // Sealing again finds nothing to do.
        QCOMPARE(AuditSealer(super).sealAll().sealed, qint64(0));
    }

    void mixedWritesBySeveralPeopleVerify()
    {
        QSqlDatabase super = m_scratch->superuser();
        QVERIFY(seal(super));
        const qint64 headBefore = value(super, QStringLiteral("SELECT head_position FROM cs.audit_seal_state"));
        const qint64 rowsBefore = value(super, QStringLiteral("SELECT count(*) FROM cs.audit_log"));
        QString error;
        const ScratchDatabase::Person coordinator = m_scratch->createPerson(QStringLiteral("ProductionCoordinator"), {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const ScratchDatabase::Person service = m_scratch->createPerson(QStringLiteral("ServiceDepartment"), {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const ScratchDatabase::Person assembler = m_scratch->createPerson(QStringLiteral("Assembler"), {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSqlDatabase admin = m_scratch->connect(m_admin.settings);
        QSqlDatabase coord = m_scratch->connect(coordinator.settings);
        QSqlDatabase svc = m_scratch->connect(service.settings);
        QSqlDatabase asm1 = m_scratch->connect(assembler.settings);
        QVERIFY(ScratchDatabase::seedWorkflowFixtures(admin, &error));

        // Three transactions open at once, committed in the reverse order of their first write.
        QCOMPARE(exec(admin, QStringLiteral("BEGIN")), QString());
        QCOMPARE(exec(admin, QStringLiteral("SELECT cs.save_tool('TK-TORQUE', 'Torque wrench', NULL, NULL, true)")), QString());
        QCOMPARE(exec(svc, QStringLiteral("BEGIN")), QString());
        QCOMPARE(exec(svc, QStringLiteral("SELECT cs.request_service_order('[{\"id\": \"P-1\", \"qty\": 2}]')")), QString());
        QCOMPARE(exec(coord, QStringLiteral("BEGIN")), QString());
        QCOMPARE(exec(coord, QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))"),
                      {QString::fromUtf8(QJsonDocument(ScratchDatabase::orderJson(QStringLiteral("PO-MIX-1"),
                                                                                  QStringLiteral("B-MIX-1")))
                                             .toJson(QJsonDocument::Compact))}),
                 QString());
        QVERIFY(seal(super));   // nothing of theirs is committed yet
        QCOMPARE(exec(coord, QStringLiteral("COMMIT")), QString());
        QVERIFY(seal(super));
        QCOMPARE(exec(svc, QStringLiteral("COMMIT")), QString());
        // A savepoint rolled back inside a committed transaction, and a transaction rolled back.
        QCOMPARE(exec(admin, QStringLiteral("SAVEPOINT s")), QString());
        QCOMPARE(exec(admin, QStringLiteral("INSERT INTO cs.categories (category_id, name) VALUES ('GONE1', 'never')")),
                 QString());
        QCOMPARE(exec(admin, QStringLiteral("ROLLBACK TO SAVEPOINT s")), QString());
        QCOMPARE(exec(admin, QStringLiteral("COMMIT")), QString());
        QCOMPARE(exec(asm1, QStringLiteral("BEGIN")), QString());
        QCOMPARE(exec(asm1, QStringLiteral("SELECT cs.record_session_start('bench', 'test')")), QString());
        QCOMPARE(exec(asm1, QStringLiteral("ROLLBACK")), QString());
        QCOMPARE(exec(asm1, QStringLiteral("SELECT cs.record_session_start('bench', 'test')")), QString());
        QVERIFY(seal(super));

        const AuditVerifier::Result r = AuditVerifier(admin).verify();
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.unsealedCount, qint64(0));
        const qint64 rows = value(super, QStringLiteral("SELECT count(*) FROM cs.audit_log"));
        QVERIFY(rows > rowsBefore + 6);
        // Every committed row is sealed exactly once, at positions without gaps, and nothing rolled
        // back was written.
        QCOMPARE(r.headPosition - headBefore, rows - rowsBefore);
        QCOMPARE(value(super, QStringLiteral("SELECT count(DISTINCT audit_id) FROM cs.audit_seal")), rows);
        QCOMPARE(value(super, QStringLiteral("SELECT max(position) FROM cs.audit_seal")), rows);
        QCOMPARE(value(super, QStringLiteral("SELECT count(*) FROM cs.audit_log WHERE row_key ->> 'category_id' = 'GONE1'")),
                 qint64(0));
        QCOMPARE(value(super, QStringLiteral("SELECT count(*) FROM cs.audit_log WHERE table_name = 'user_sessions' "
                                             "AND db_user = ?"), {assembler.username}),
                 qint64(1));
        for (const ScratchDatabase::Person* p : std::initializer_list<const ScratchDatabase::Person*>{&m_admin, &coordinator, &service, &assembler})
            QVERIFY2(value(super, QStringLiteral("SELECT count(*) FROM cs.audit_log WHERE db_user = ?"), {p->username}) > 0,
                     qPrintable(p->username));
        // The coordinator's rows, committed before the service's, are sealed before them.
        QVERIFY(value(super, QStringLiteral("SELECT max(s.position) FROM cs.audit_seal s JOIN cs.audit_log a "
                                            "ON a.id = s.audit_id WHERE a.db_user = ?"), {coordinator.username})
                < value(super, QStringLiteral("SELECT min(s.position) FROM cs.audit_seal s JOIN cs.audit_log a "
                                              "ON a.id = s.audit_id WHERE a.db_user = ? AND a.table_name = 'service_orders'"),
                        {service.username}));
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
        QTest::newRow("update seal") << QStringLiteral("UPDATE cs.audit_seal SET hash = repeat('0', 64)");
        QTest::newRow("delete seal") << QStringLiteral("DELETE FROM cs.audit_seal");
        QTest::newRow("truncate seal") << QStringLiteral("TRUNCATE cs.audit_seal");
        QTest::newRow("rewind seal head") << QStringLiteral("UPDATE cs.audit_seal_state SET head_position = 0");
        QTest::newRow("delete seal head") << QStringLiteral("DELETE FROM cs.audit_seal_state");
        QTest::newRow("truncate seal head") << QStringLiteral("TRUNCATE cs.audit_seal_state");
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
        QVERIFY(seal(super));
        const QString error = exec(super, sql);
        QVERIFY2(error.startsWith(QStringLiteral("42501: E-APPEND-ONLY")), qPrintable(error));
        const AuditVerifier::Result r = AuditVerifier(super).verify();
        QVERIFY2(r.ok, qPrintable(describe(r)));
    }

    void alteredRowIsDetected()
    {
        QVERIFY(seal(m_scratch->superuser()));
        const qint64 id = auditIdOf(QStringLiteral("categories"), QStringLiteral("UPDATE"));
        QVERIFY(id > 0);
        const qint64 position = value(m_scratch->superuser(), QStringLiteral("SELECT position FROM cs.audit_seal "
                                                                             "WHERE audit_id = ?"), {id});
        QVERIFY(position > 0);
        QSqlDatabase super = m_scratch->superuser();
        // A superuser can get round the guard only by disabling it ...
        QCOMPARE(exec(super, QStringLiteral("ALTER TABLE cs.audit_log DISABLE TRIGGER audit_log_append_only")), QString());
        QCOMPARE(exec(super, QStringLiteral("UPDATE cs.audit_log SET new_row = jsonb_set(new_row, '{name}', '\"forged\"') "
                                            "WHERE id = ?"), {id}),
                 QString());
        QCOMPARE(exec(super, QStringLiteral("ALTER TABLE cs.audit_log ENABLE TRIGGER audit_log_append_only")), QString());
        // ... and the verifier finds the row, at its position, and only that.
        const AuditVerifier::Result r = AuditVerifier(m_scratch->connect(m_admin.settings)).verify();
        QVERIFY(r.error.isEmpty());
        QVERIFY(!r.ok);
        QCOMPARE(r.breaks.size(), 1);
        QCOMPARE(r.breaks.at(0).auditId, id);
        QCOMPARE(r.breaks.at(0).position, position);
        QCOMPARE(r.breaks.at(0).kind, Kind::Altered);
        QVERIFY2(r.breaks.at(0).what.contains(QStringLiteral("altered")), qPrintable(r.breaks.at(0).what));
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
        QVERIFY(seal(super));
        QVERIFY(AuditVerifier(super).verify().ok);
        const qint64 position = value(super, QStringLiteral("SELECT position FROM cs.audit_seal WHERE audit_id = ?"), {first});
        QCOMPARE(tamper(super, {QStringLiteral("DELETE FROM cs.audit_log WHERE id = %1").arg(first.toLongLong())}), QString());
        const AuditVerifier::Result r = AuditVerifier(super).verify();
        QVERIFY(!r.ok);
        QVERIFY2(hasBreak(r, Kind::MissingRow, position, first.toLongLong()), qPrintable(describe(r)));
        QVERIFY2(r.breaks.at(0).what.contains(QStringLiteral("deleted")), qPrintable(describe(r)));

        // The audit row and its seal removed together leave a hole in the positions.
        const qint64 second = value(super, QStringLiteral("SELECT min(id) FROM cs.audit_log WHERE table_name = 'categories'"));
        const qint64 secondPosition = value(super, QStringLiteral("SELECT position FROM cs.audit_seal WHERE audit_id = ?"),
                                            {second});
        QCOMPARE(tamper(super, {QStringLiteral("DELETE FROM cs.audit_log WHERE id = %1").arg(second),
                                QStringLiteral("DELETE FROM cs.audit_seal WHERE audit_id = %1").arg(second)}),
                 QString());
        const AuditVerifier::Result r2 = AuditVerifier(super).verify();
        QVERIFY(!r2.ok);
        QVERIFY2(hasBreak(r2, Kind::MissingPositions, secondPosition), qPrintable(describe(r2)));
        QVERIFY2(hasBreak(r2, Kind::MissingRow, position), qPrintable(describe(r2)));
    }

    void reorderedRowsAreDetected()
    {
        auto scratch = sealedScratch();
        QVERIFY2(scratch->isValid(), qPrintable(scratch->error()));
        QSqlDatabase super = scratch->superuser();
        const qint64 head = value(super, QStringLiteral("SELECT head_position FROM cs.audit_seal_state"));
        QVERIFY(head >= 6);
        const qint64 a = head - 3;
        const qint64 b = head - 2;
        // Two seal rows swap places (each keeps its own hashes) ...
        QCOMPARE(tamper(super, {QStringLiteral("UPDATE cs.audit_seal SET position = position + 1000000 WHERE position IN (%1, %2)")
                                    .arg(a)
                                    .arg(b),
                                QStringLiteral("UPDATE cs.audit_seal SET position = CASE position WHEN %1 THEN %2 ELSE %3 END "
                                               "WHERE position IN (%1, %4)")
                                    .arg(a + 1000000)
                                    .arg(b)
                                    .arg(a)
                                    .arg(b + 1000000)}),
                 QString());
        AuditVerifier::Result r = AuditVerifier(super).verify();
        QVERIFY(!r.ok);
        QVERIFY2(hasBreak(r, Kind::Link, a) && hasBreak(r, Kind::Altered, a) && hasBreak(r, Kind::Altered, b),
                 qPrintable(describe(r)));
        for (const AuditVerifier::Break& x : std::as_const(r.breaks))
            QVERIFY2(x.position >= a && x.position <= b + 1, qPrintable(describe(r)));

        // ... or two audit rows swap their ids: the content at both positions no longer matches.
        auto other = sealedScratch();
        QVERIFY2(other->isValid(), qPrintable(other->error()));
        QSqlDatabase super2 = other->superuser();
        const qint64 id1 = value(super2, QStringLiteral("SELECT audit_id FROM cs.audit_seal WHERE position = 2"));
        const qint64 id2 = value(super2, QStringLiteral("SELECT audit_id FROM cs.audit_seal WHERE position = 3"));
        QCOMPARE(tamper(super2, {QStringLiteral("UPDATE cs.audit_log SET id = -id WHERE id IN (%1, %2)").arg(id1).arg(id2),
                                 QStringLiteral("UPDATE cs.audit_log SET id = CASE id WHEN %1 THEN %2 ELSE %3 END "
                                                "WHERE id IN (%1, %4)")
                                     .arg(-id1)
                                     .arg(id2)
                                     .arg(id1)
                                     .arg(-id2)}),
                 QString());
        r = AuditVerifier(super2).verify();
        QVERIFY2(hasBreak(r, Kind::Altered, 2, id1) && hasBreak(r, Kind::Altered, 3, id2), qPrintable(describe(r)));
    }

    void severalBreaksAreListed()
    {
        auto scratch = sealedScratch(8);
        QVERIFY2(scratch->isValid(), qPrintable(scratch->error()));
        QSqlDatabase super = scratch->superuser();
        const qint64 head = value(super, QStringLiteral("SELECT head_position FROM cs.audit_seal_state"));
        QVERIFY(head >= 8);
        auto idAt = [&](qint64 position) {
            return value(super, QStringLiteral("SELECT audit_id FROM cs.audit_seal WHERE position = ?"), {position});
        };
        const qint64 edited1 = idAt(2);
        const qint64 edited2 = idAt(5);
        const qint64 removed = idAt(4);
        QCOMPARE(tamper(super, {QStringLiteral("UPDATE cs.audit_log SET db_user = 'someone_else' WHERE id = %1").arg(edited1),
                                QStringLiteral("UPDATE cs.audit_log SET op = 'DELETE' WHERE id = %1").arg(edited2),
                                QStringLiteral("DELETE FROM cs.audit_log WHERE id = %1").arg(removed),
                                QStringLiteral("DELETE FROM cs.audit_seal WHERE position = %1").arg(head)}),
                 QString());
        const AuditVerifier::Result r = AuditVerifier(super).verify();
        QVERIFY(!r.ok);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY2(hasBreak(r, Kind::Altered, 2, edited1), qPrintable(describe(r)));
        QVERIFY2(hasBreak(r, Kind::MissingRow, 4, removed), qPrintable(describe(r)));
        QVERIFY2(hasBreak(r, Kind::Altered, 5, edited2), qPrintable(describe(r)));
        QVERIFY2(hasBreak(r, Kind::Head, head), qPrintable(describe(r)));
        QCOMPARE(r.breaks.size(), 4);
        // In chain order.
        QVERIFY(std::is_sorted(r.breaks.cbegin(), r.breaks.cend(),
                               [](const AuditVerifier::Break& x, const AuditVerifier::Break& y) { return x.position < y.position; }));
        // The row the removed seal sealed is reported as not sealed.
        QCOMPARE(r.unsealedCount, qint64(1));
    }

    void recomputedChainIsCaughtByTheAnchor()
    {
        auto scratch = sealedScratch();
        QVERIFY2(scratch->isValid(), qPrintable(scratch->error()));
        QSqlDatabase super = scratch->superuser();
        QString error;
        const AuditAnchor anchor = AuditVerifier(super).currentHead(&error);
        QVERIFY2(anchor.isValid(), qPrintable(error));
        QVERIFY(anchor.position >= 6);
        QCOMPARE(anchor.database, scratch->name());
        // Kept outside the database, read back.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("anchor.json"));
        QVERIFY2(anchor.writeFile(file, &error), qPrintable(error));
        const AuditAnchor kept = AuditAnchor::readFile(file, &error);
        QVERIFY2(kept.isValid(), qPrintable(error));
        QCOMPARE(kept.position, anchor.position);
        QCOMPARE(kept.hash, anchor.hash);
        QVERIFY(AuditVerifier(super).verify({kept}).ok);

        // More rows afterwards: the anchor still matches.
        QCOMPARE(exec(super, QStringLiteral("INSERT INTO cs.categories (category_id, name) VALUES ('LATER', 'x')")), QString());
        QVERIFY(seal(super));
        AuditVerifier::Result r = AuditVerifier(super).verify({kept});
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.anchorsChecked, 1);

        // A superuser edits a row and recomputes every hash after it, and the head.
        const qint64 victim = value(super, QStringLiteral("SELECT audit_id FROM cs.audit_seal WHERE position = 2"));
        QCOMPARE(tamper(super, {QStringLiteral("UPDATE cs.audit_log SET db_user = 'nobody' WHERE id = %1").arg(victim),
                                QStringLiteral("ALTER TABLE cs.audit_seal DISABLE TRIGGER audit_seal_no_truncate"),
                                QStringLiteral("CREATE TEMP TABLE kept_seal AS SELECT position, audit_id, sealed_at FROM cs.audit_seal"),
                                QStringLiteral("TRUNCATE cs.audit_seal"),
                                QStringLiteral(R"(DO $$
                                    DECLARE h text := repeat('0', 64); n text; r record;
                                    BEGIN
                                        FOR r IN SELECT k.position, a, k.sealed_at FROM kept_seal k
                                                 JOIN cs.audit_log a ON a.id = k.audit_id ORDER BY k.position LOOP
                                            n := encode(sha256(convert_to(h || cs.audit_seal_text(r.position, r.a, r.sealed_at), 'UTF8')), 'hex');
                                            INSERT INTO cs.audit_seal VALUES (r.position, (r.a).id, h, n, r.sealed_at);
                                            h := n;
                                        END LOOP;
                                        UPDATE cs.audit_seal_state SET head_hash = h;
                                    END $$)"),
                                QStringLiteral("ALTER TABLE cs.audit_seal ENABLE ALWAYS TRIGGER audit_seal_no_truncate")}),
                 QString());
        // Every link checks out: without an anchor nothing shows ...
        r = AuditVerifier(super).verify();
        QVERIFY2(r.ok, qPrintable(describe(r)));
        // ... the anchor catches it.
        r = AuditVerifier(super).verify({kept});
        QVERIFY(!r.ok);
        QCOMPARE(r.breaks.size(), 1);
        QCOMPARE(r.breaks.at(0).kind, Kind::Anchor);
        QCOMPARE(r.breaks.at(0).position, kept.position);
        QVERIFY2(r.breaks.at(0).what.contains(QStringLiteral("rewritten")), qPrintable(describe(r)));
    }

    void cutChainIsCaughtByTheAnchor()
    {
        auto scratch = sealedScratch();
        QVERIFY2(scratch->isValid(), qPrintable(scratch->error()));
        QSqlDatabase super = scratch->superuser();
        QString error;
        const AuditAnchor anchor = AuditVerifier(super).currentHead(&error);
        QVERIFY2(anchor.isValid(), qPrintable(error));
        // The last two sealed rows removed, with their audit rows and the head moved back.
        QCOMPARE(tamper(super, {QStringLiteral("DELETE FROM cs.audit_log WHERE id IN (SELECT audit_id FROM cs.audit_seal "
                                               "WHERE position > %1)").arg(anchor.position - 2),
                                QStringLiteral("DELETE FROM cs.audit_seal WHERE position > %1").arg(anchor.position - 2),
                                QStringLiteral("UPDATE cs.audit_seal_state SET head_position = %1, head_hash = "
                                               "(SELECT hash FROM cs.audit_seal WHERE position = %1)")
                                    .arg(anchor.position - 2)}),
                 QString());
        QVERIFY(AuditVerifier(super).verify().ok);
        const AuditVerifier::Result r = AuditVerifier(super).verify({anchor});
        QVERIFY(!r.ok);
        QVERIFY2(hasBreak(r, Kind::Anchor, anchor.position), qPrintable(describe(r)));
        QVERIFY2(r.breaks.at(0).what.contains(QStringLiteral("removed at the end")), qPrintable(describe(r)));
    }

    void oldChainMigratesForward()
    {
        // A database as it was released before 0009: the old trigger hashes each row into the old chain.
        ScratchDatabase scratch(ScratchDatabase::Schema::Empty);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        QSqlDatabase super = scratch.superuser();
        // (the released schema: the numbered migrations up to 0007, before the function files existed)
        QList<cs::data::Migrator::Migration> before;
        for (const cs::data::Migrator::Migration& m : cs::data::Migrator::embeddedMigrations()) {
            if (m.version <= 7)
                before.append(m);
        }
        const cs::data::Migrator::Result old = cs::data::Migrator(super, before, {}).migrate();
        QVERIFY2(old.ok, qPrintable(old.error));
        QString error;
        const ScratchDatabase::Person admin = scratch.createPerson(QStringLiteral("Admin"), {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        makeChanges(scratch, admin);
        const qint64 oldRows = value(super, QStringLiteral("SELECT count(*) FROM cs.audit_log WHERE hash IS NOT NULL"));
        QVERIFY(oldRows >= 4);
        AuditVerifier::Result r = AuditVerifier(super).verify();
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QVERIFY(!r.sealedChain);
        QCOMPARE(r.legacyRowsChecked, oldRows);
        QCOMPARE(r.rowsChecked, oldRows);

        // Forward, with writes after it.
        const cs::data::Migrator::Result now = cs::data::Migrator(super).migrate();
        QVERIFY2(now.ok, qPrintable(now.error));
        makeChanges(scratch, admin);
        QCOMPARE(value(super, QStringLiteral("SELECT count(*) FROM cs.audit_log WHERE hash IS NOT NULL")), oldRows);
        r = AuditVerifier(super).verify();
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.legacyRowsChecked, oldRows);
        QVERIFY(r.unsealedCount > oldRows);
        QVERIFY(seal(super));
        r = AuditVerifier(scratch.connect(admin.settings)).verify();
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.unsealedCount, qint64(0));
        QCOMPARE(r.legacyRowsChecked, oldRows);
        // The old rows are sealed first, in id order.
        QCOMPARE(value(super, QStringLiteral("SELECT max(s.position) FROM cs.audit_seal s JOIN cs.audit_log a "
                                             "ON a.id = s.audit_id WHERE a.hash IS NOT NULL")),
                 oldRows);

        // An old row edited afterwards breaks both the old chain and the seal.
        const qint64 oldId = value(super, QStringLiteral("SELECT max(id) FROM cs.audit_log WHERE hash IS NOT NULL "
                                                         "AND table_name = 'categories'"));
        // (the constraint that keeps old-chain hashes off new rows also keeps the old rows as they are:
        // the superuser drops it first)
        const QString refused = tamper(super, {QStringLiteral("UPDATE cs.audit_log SET db_user = 'mallory' WHERE id = %1")
                                                   .arg(oldId)});
        QVERIFY2(refused.contains(QStringLiteral("23514")) && refused.contains(QStringLiteral("audit_log_old_chain_only")),
                 qPrintable(refused));
        QCOMPARE(tamper(super, {}), QString());   // the guards on again
        QCOMPARE(tamper(super, {QStringLiteral("ALTER TABLE cs.audit_log DROP CONSTRAINT audit_log_old_chain_only"),
                                QStringLiteral("UPDATE cs.audit_log SET db_user = 'mallory' WHERE id = %1").arg(oldId)}),
                 QString());
        r = AuditVerifier(super).verify();
        QVERIFY2(hasBreak(r, Kind::LegacyAltered, -1, oldId) && hasBreak(r, Kind::Altered, -1, oldId),
                 qPrintable(describe(r)));
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

    void verifyAndAnchorCommands()
    {
        QVERIFY(QFile::exists(cs::test::binaryPath(u"app/cleanstation-admin")));
        auto scratch = sealedScratch();
        QVERIFY2(scratch->isValid(), qPrintable(scratch->error()));
        QString error;
        const ScratchDatabase::Person admin = scratch->createPerson(QStringLiteral("Admin"), {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString db = scratch->name();
        QTemporaryDir dir;
        const QString anchorFile = dir.filePath(QStringLiteral("head.json"));

        // The Admin cannot seal: the new rows (the Admin's creation) wait, and are reported.
        Run r = cli(db, {QStringLiteral("verify-audit")}, &admin);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Audit chain intact")) && r.out.contains(QStringLiteral("not sealed yet")),
                 qPrintable(r.out + r.err));
        r = cli(db, {QStringLiteral("verify-audit"), QStringLiteral("--max-unsealed-age"), QStringLiteral("0")}, &admin);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("audit-sealer")), qPrintable(r.err));

        // The superuser seals first, then takes an anchor, which verifies.
        r = cli(db, {QStringLiteral("audit-anchor"), QStringLiteral("--out"), anchorFile});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Anchor written")), qPrintable(r.out + r.err));
        r = cli(db, {QStringLiteral("audit-anchor"), QStringLiteral("--no-seal")}, &admin);
        QCOMPARE(r.exitCode, 0);
        QString why;
        const AuditAnchor printed = AuditAnchor::fromJson(r.out.toUtf8(), &why);
        QVERIFY2(printed.isValid(), qPrintable(why + r.out));
        QCOMPARE(printed.hash, AuditAnchor::readFile(anchorFile).hash);
        r = cli(db, {QStringLiteral("verify-audit"), QStringLiteral("--anchor"), anchorFile,
                     QStringLiteral("--max-unsealed-age"), QStringLiteral("0")},
                &admin);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("; 1 anchor(s); ")), qPrintable(r.out + r.err));

        // Two rows altered: both listed, exit 1.
        QSqlDatabase super = scratch->superuser();
        QCOMPARE(tamper(super, {QStringLiteral("UPDATE cs.audit_log SET db_user = 'x' WHERE id IN "
                                               "(SELECT audit_id FROM cs.audit_seal WHERE position IN (2, 4))")}),
                 QString());
        r = cli(db, {QStringLiteral("verify-audit"), QStringLiteral("--anchor"), anchorFile}, &admin);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out.count(QStringLiteral("BROKEN position")), 2);
        QVERIFY2(r.out.contains(QStringLiteral("BROKEN position 2,")) && r.out.contains(QStringLiteral("BROKEN position 4,")),
                 qPrintable(r.out));

        // Bad arguments and unreadable anchors.
        QCOMPARE(cli(db, {QStringLiteral("verify-audit"), QStringLiteral("--anchor"), dir.filePath(QStringLiteral("none"))}).exitCode, 2);
        QFile junk(dir.filePath(QStringLiteral("junk.json")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{\"format\": \"cleanstation-audit-anchor/1\", \"position\": 3, \"hash\": \"xyz\"}");
        junk.close();
        r = cli(db, {QStringLiteral("verify-audit"), QStringLiteral("--anchor"), junk.fileName()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("hash")), qPrintable(r.err));
        QCOMPARE(cli(db, {QStringLiteral("verify-audit"), QStringLiteral("--bogus")}).exitCode, 2);
        QCOMPARE(cli(db, {QStringLiteral("audit-anchor"), QStringLiteral("--out")}).exitCode, 2);
    }

    void sealerDaemonSealsWhatIsCommitted()
    {
        QVERIFY(QFile::exists(cs::test::binaryPath(u"app/cleanstation-admin")));
        ScratchDatabase scratch;
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        QString error;
        const ScratchDatabase::Person admin = scratch.createPerson(QStringLiteral("Admin"), {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSqlDatabase super = scratch.superuser();
        const QString unsealed = QStringLiteral("SELECT count(*) FROM cs.audit_log a WHERE NOT EXISTS "
                                                "(SELECT 1 FROM cs.audit_seal s WHERE s.audit_id = a.id)");

        QProcess daemon;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGDATABASE"), scratch.name());
        daemon.setProcessEnvironment(env);
        // The default interval (a second): the rows below are sealed by its polling, without a NOTIFY
        // from the audit trigger (which no longer sends one).
        daemon.start(cs::test::binaryPath(u"app/cleanstation-admin"),
                     {QStringLiteral("audit-sealer"), QStringLiteral("--verbose")});
        QVERIFY(daemon.waitForStarted());
        // Its first run seals what was there before it started.
        QTRY_COMPARE_WITH_TIMEOUT(value(super, unsealed), qint64(0), 60000);

        QSqlDatabase adminDb = scratch.connect(admin.settings);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(exec(adminDb, QStringLiteral("INSERT INTO cs.categories (category_id, name) VALUES (?, 'd')"),
                          {QStringLiteral("DMN%1").arg(i)}),
                     QString());
        QTRY_COMPARE_WITH_TIMEOUT(value(super, unsealed), qint64(0), 60000);
        // An open transaction's row waits; the sealer is not held up by it, and seals it at commit.
        QCOMPARE(exec(adminDb, QStringLiteral("BEGIN")), QString());
        QCOMPARE(exec(adminDb, QStringLiteral("INSERT INTO cs.categories (category_id, name) VALUES ('DMNX', 'd')")), QString());
        // (a table without the catalog's revision row, which an open catalog write holds)
        QCOMPARE(exec(super, QStringLiteral("INSERT INTO cs.tools (name) VALUES ('DMNY')")), QString());
        QTRY_COMPARE_WITH_TIMEOUT(value(super, QStringLiteral("SELECT count(*) FROM cs.audit_seal s JOIN cs.audit_log a "
                                                              "ON a.id = s.audit_id WHERE a.new_row ->> 'name' = 'DMNY'")),
                                  qint64(1), 60000);
        QCOMPARE(exec(adminDb, QStringLiteral("COMMIT")), QString());
        QTRY_COMPARE_WITH_TIMEOUT(value(super, unsealed), qint64(0), 60000);

        // Its connection lost: it comes back by itself.
        QCOMPARE(exec(super, QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                            "WHERE application_name = 'cleanstation-audit-sealer' AND datname = ?"),
                      {scratch.name()}),
                 QString());
        QCOMPARE(exec(adminDb, QStringLiteral("INSERT INTO cs.categories (category_id, name) VALUES ('DMNZ', 'd')")), QString());
        // (the daemon notices the closed connection, reconnects and seals)
        QTRY_COMPARE_WITH_TIMEOUT(value(super, unsealed), qint64(0), 60000);
        QCOMPARE(exec(adminDb, QStringLiteral("INSERT INTO cs.categories (category_id, name) VALUES ('DMNW', 'd')")), QString());
        QTRY_COMPARE_WITH_TIMEOUT(value(super, unsealed), qint64(0), 60000);
        QVERIFY(daemon.state() == QProcess::Running);

        daemon.terminate();   // SIGTERM
        QVERIFY(daemon.waitForFinished(30000));
        QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
        QCOMPARE(daemon.exitCode(), 0);
        const QString out = QString::fromUtf8(daemon.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("connected again")) && out.contains(QStringLiteral("stopped")), qPrintable(out));
        const AuditVerifier::Result r = AuditVerifier(super).verify();
        QVERIFY2(r.ok, qPrintable(describe(r)));
    }

    void onlyTheSealerRoleMaySeal()
    {
        ScratchDatabase scratch;
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        QString error;
        const ScratchDatabase::Person admin = scratch.createPerson(QStringLiteral("Admin"), {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The daemon's own login on a plant server: a member of cs_sealer, nothing else.
        ScratchDatabase::Person sealer;
        sealer.username = QStringLiteral("t_sealer_") + ScratchDatabase::randomSuffix(8);
        sealer.password = QStringLiteral("pw-") + ScratchDatabase::randomSuffix(16);
        QCOMPARE(exec(scratch.superuser(), QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE cs_sealer")
                                               .arg(sealer.username, sealer.password)),
                 QString());
        scratch.adoptRole(sealer.username);

        Run r = cli(scratch.name(), {QStringLiteral("audit-sealer"), QStringLiteral("--once")}, &admin);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("may not seal")), qPrintable(r.err));
        r = cli(scratch.name(), {QStringLiteral("audit-sealer"), QStringLiteral("--once")}, &sealer);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Sealed ")), qPrintable(r.out + r.err));
        QCOMPARE(value(scratch.superuser(), QStringLiteral("SELECT count(*) FROM cs.audit_unsealed")), qint64(0));
        // The sealer's login reads nothing of the plant's records.
        QSqlDatabase sealerDb = scratch.connect([&] {
            cs::data::ConnectionSettings s = scratch.settings();
            s.user = sealer.username;
            s.password = sealer.password;
            return s;
        }());
        QVERIFY(exec(sealerDb, QStringLiteral("SELECT count(*) FROM cs.audit_log")).startsWith(QStringLiteral("42501")));
        QVERIFY(exec(sealerDb, QStringLiteral("SELECT count(*) FROM cs.orders")).startsWith(QStringLiteral("42501")));
        QVERIFY(exec(sealerDb, QStringLiteral("INSERT INTO cs.audit_seal VALUES (999, 1, repeat('0', 64), repeat('0', 64), now())"))
                    .startsWith(QStringLiteral("42501")));
        QCOMPARE(cli(scratch.name(), {QStringLiteral("audit-sealer"), QStringLiteral("--batch"), QStringLiteral("0")}).exitCode, 2);
    }

    void cleanupTestCase() { m_scratch.reset(); }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
