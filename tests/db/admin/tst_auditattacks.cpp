// The audit chain against a person with their own login and psql (issue 11, 1): whatever they set,
// write, call or hold open, the chain is neither steered nor stalled. Setting cs.audit_tail or any
// other setting changes nothing; writing the audit, seal, queue or head tables, calling the sealer
// and taking the chain lock are refused; a person's idle open transaction with an audited write holds
// up no one else's audited writes, no login and not the sealer; writers on many connections at once,
// with two sealers running beside them, are all sealed exactly once. After every attack the chain
// verifies.
#include "data/admin/auditsealer.h"
#include "data/admin/auditverifier.h"
#include "data/common/session.h"
#include "testdatabase.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

using cs::data::AuditSealer;
using cs::data::AuditVerifier;
using cs::test::ScratchDatabase;

namespace {

const QStringList kRoles{QStringLiteral("ProductionCoordinator"), QStringLiteral("Admin"),
                         QStringLiteral("ProcurementSpecialist"), QStringLiteral("QCPerson"),
                         QStringLiteral("Assembler"), QStringLiteral("ServiceDepartment")};

QString describe(const AuditVerifier::Result& r)
{
    QStringList lines;
    if (!r.error.isEmpty())
        lines << QStringLiteral("error: ") + r.error;
    for (const AuditVerifier::Break& b : r.breaks)
        lines << b.describe();
    return lines.join(u'\n');
}

} // namespace

class TestAuditAttacks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScratchDatabase> m_scratch;
    QHash<QString, ScratchDatabase::Person> m_people;   // by role
    QSqlDatabase m_super;

    // The superuser's connection for looking (reopened after closeConnections()).
    QSqlDatabase su()
    {
        if (!m_super.isOpen())
            m_super = m_scratch->superuser();
        return m_super;
    }

    static QString exec(QSqlDatabase db, const QString& sql, const QVariantList& values = {}, QVariant* first = nullptr)
    {
        QString error;
        ScratchDatabase::exec(db, sql, values, &error, first);
        return error;
    }

    qint64 value(const QString& sql, const QVariantList& values = {})
    {
        QVariant v;
        const QString error = exec(su(), sql, values, &v);
        if (!error.isEmpty())
            qWarning("%s: %s", qPrintable(sql), qPrintable(error));
        return v.isValid() ? v.toLongLong() : -1;
    }

    // One connection per person, kept from one test row to the next (cleanup() ends what a row left
    // open). fresh: a new connection (for session settings of its own).
    QHash<QString, QSqlDatabase> m_connections;
    QSqlDatabase as(const QString& role, bool fresh = false)
    {
        if (fresh)
            return m_scratch->connect(m_people.value(role).settings);
        QSqlDatabase& db = m_connections[role];
        if (!db.isOpen())
            db = m_scratch->connect(m_people.value(role).settings);
        return db;
    }

    // The chain and everything about it, to compare before and after an attack.
    QString fingerprint()
    {
        QVariant v;
        exec(su(),
             QStringLiteral("SELECT (SELECT count(*) FROM cs.audit_log) || '/' || (SELECT count(*) FROM cs.audit_seal) || '/' "
                            "|| (SELECT count(*) FROM cs.audit_unsealed) || '/' || (SELECT head_position || ':' || head_hash "
                            "FROM cs.audit_seal_state) || '/' || (SELECT last_id || ':' || last_hash FROM cs.audit_chain_head) "
                            "|| '/' || coalesce((SELECT string_agg(hash, ',' ORDER BY position) FROM cs.audit_seal), '')"),
             {}, &v);
        return v.toString();
    }

    void sealAndVerify()
    {
        QSqlDatabase super = su();
        const AuditSealer::Result s = AuditSealer(super).sealAll();
        QVERIFY2(s.ok(), qPrintable(s.error));
        const AuditVerifier::Result r = AuditVerifier(super).verify();
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.unsealedCount, qint64(0));
    }

    // An audited write any person can make: their own session row (as a login does).
    static QString auditedWrite(QSqlDatabase db)
    {
        return exec(db, QStringLiteral("SELECT cs.record_session_start('attacker', 'psql')"));
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!ScratchDatabase::clusterAvailable(&why))
            QSKIP(qPrintable(why));
        m_scratch = std::make_unique<ScratchDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        for (const QString& role : kRoles) {
            QString error;
            m_people.insert(role, m_scratch->createPerson(role, {}, &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        // A part to ask the service department for.
        QString error;
        QVERIFY2(ScratchDatabase::seedWorkflowFixtures(as(QStringLiteral("Admin")), &error), qPrintable(error));
        sealAndVerify();
    }

    void cleanup()
    {
        for (QSqlDatabase& db : m_connections) {
            if (db.isOpen()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SET client_min_messages = error"));   // no "no transaction" warning
                q.exec(QStringLiteral("ROLLBACK"));
                q.exec(QStringLiteral("RESET ALL"));
            }
        }
        sealAndVerify();
    }

    void settingsChangeNothing_data()
    {
        QTest::addColumn<QString>("role");
        for (const QString& role : kRoles)
            QTest::newRow(qPrintable(role)) << role;
    }

    void settingsChangeNothing()
    {
        QFETCH(QString, role);
        QSqlDatabase db = as(role, true);
        const QString forged = QStringLiteral("9000000000000000000:") + QString(64, u'f');
        // The old chain's state, and settings that could steer a session's own work.
        for (const QString& sql : {QStringLiteral("SET cs.audit_tail = '%1'").arg(forged),
                                   QStringLiteral("SET search_path = pg_temp, public"),
                                   QStringLiteral("SET default_transaction_isolation = 'serializable'"),
                                   QStringLiteral("SET TimeZone = 'Pacific/Kiritimati'"),
                                   QStringLiteral("SET lock_timeout = '1ms'"),
                                   QStringLiteral("SELECT pg_notify('cs_audit', 'seal position 1 = ffff')")})
            QCOMPARE(exec(db, sql), QString());
        // Settings only a superuser has.
        for (const QString& sql : {QStringLiteral("SET session_replication_role = replica"),
                                   QStringLiteral("SET SESSION AUTHORIZATION cs_owner")})
            QVERIFY2(exec(db, sql).startsWith(QStringLiteral("42501")), qPrintable(sql));

        const qint64 before = value(QStringLiteral("SELECT count(*) FROM cs.audit_log"));
        QCOMPARE(exec(db, QStringLiteral("BEGIN")), QString());
        QCOMPARE(exec(db, QStringLiteral("SET LOCAL cs.audit_tail = '%1'").arg(forged)), QString());
        QCOMPARE(auditedWrite(db), QString());
        QCOMPARE(exec(db, QStringLiteral("SET LOCAL cs.audit_tail = '1:%1'").arg(QString(64, u'0'))), QString());
        QCOMPARE(exec(db, QStringLiteral("COMMIT")), QString());
        QCOMPARE(auditedWrite(db), QString());
        // Written as usual: by this login, without a hash, queued for the sealer.
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.audit_log a JOIN cs.audit_unsealed u ON u.audit_id = a.id "
                                      "WHERE a.db_user = ? AND a.hash IS NULL AND a.id > (SELECT max(audit_id) FROM cs.audit_seal)"),
                       {m_people.value(role).username}),
                 value(QStringLiteral("SELECT count(*) FROM cs.audit_log")) - before);
        QVERIFY(value(QStringLiteral("SELECT count(*) FROM cs.audit_log")) - before >= 4);
        // The old chain's head did not move.
        QVERIFY(value(QStringLiteral("SELECT last_id FROM cs.audit_chain_head")) < 9000000000000000000LL);
    }

    void writingTheAuditIsRefused_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("sql");
        const QStringList statements{
            QStringLiteral("INSERT INTO cs.audit_log (db_user, table_name, op, row_key) VALUES ('someone', 'orders', 'INSERT', '{}')"),
            QStringLiteral("UPDATE cs.audit_log SET db_user = 'mallory'"),
            QStringLiteral("DELETE FROM cs.audit_log"),
            QStringLiteral("TRUNCATE cs.audit_log"),
            QStringLiteral("INSERT INTO cs.audit_seal VALUES (1000000, 1, repeat('0', 64), repeat('0', 64), now())"),
            QStringLiteral("UPDATE cs.audit_seal SET hash = prev_hash"),
            QStringLiteral("DELETE FROM cs.audit_seal"),
            QStringLiteral("TRUNCATE cs.audit_seal"),
            QStringLiteral("INSERT INTO cs.audit_unsealed VALUES (1)"),
            QStringLiteral("DELETE FROM cs.audit_unsealed"),
            QStringLiteral("TRUNCATE cs.audit_unsealed"),
            QStringLiteral("UPDATE cs.audit_seal_state SET head_position = head_position + 1"),
            QStringLiteral("DELETE FROM cs.audit_seal_state"),
            QStringLiteral("UPDATE cs.audit_chain_head SET last_id = 9000000000000000000"),
            QStringLiteral("SELECT nextval('cs.audit_log_id_seq')"),
            QStringLiteral("SELECT setval('cs.audit_log_id_seq', 1)"),
            QStringLiteral("ALTER TABLE cs.audit_log DISABLE TRIGGER audit_log_append_only"),
            QStringLiteral("ALTER TABLE cs.audit_seal DISABLE TRIGGER ALL"),
            QStringLiteral("DROP TABLE cs.audit_seal"),
            QStringLiteral("CREATE OR REPLACE FUNCTION cs.tg_audit() RETURNS trigger LANGUAGE plpgsql AS "
                           "$$ BEGIN RETURN NULL; END $$"),
            QStringLiteral("CREATE FUNCTION cs.tg_audit(x int) RETURNS int LANGUAGE sql AS 'SELECT 1'"),
        };
        for (const QString& role : kRoles) {
            for (qsizetype i = 0; i < statements.size(); ++i)
                QTest::newRow(qPrintable(QStringLiteral("%1 #%2").arg(role).arg(i))) << role << statements.at(i);
        }
    }

    void writingTheAuditIsRefused()
    {
        QFETCH(QString, role);
        QFETCH(QString, sql);
        const QString before = fingerprint();
        const QString error = exec(as(role), sql);
        QVERIFY2(error.startsWith(QStringLiteral("42501")),
                 qPrintable(QStringLiteral("expected 42501, got: ") + (error.isEmpty() ? QStringLiteral("success") : error)));
        QCOMPARE(fingerprint(), before);
    }

    void callingTheSealerIsRefused_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("sql");
        for (const QString& role : kRoles) {
            QTest::newRow(qPrintable(role + QStringLiteral(" seal"))) << role << QStringLiteral("SELECT cs.seal_audit()");
            QTest::newRow(qPrintable(role + QStringLiteral(" seal 1"))) << role << QStringLiteral("SELECT cs.seal_audit(1)");
            QTest::newRow(qPrintable(role + QStringLiteral(" seal text")))
                << role << QStringLiteral("SELECT cs.audit_seal_text(1, NULL::cs.audit_log, now())");
            QTest::newRow(qPrintable(role + QStringLiteral(" become sealer"))) << role << QStringLiteral("SET ROLE cs_sealer");
            QTest::newRow(qPrintable(role + QStringLiteral(" become owner"))) << role << QStringLiteral("SET ROLE cs_owner");
        }
    }

    void callingTheSealerIsRefused()
    {
        QFETCH(QString, role);
        QFETCH(QString, sql);
        QSqlDatabase db = as(role);
        QCOMPARE(auditedWrite(db), QString());   // something waiting to be sealed
        const QString before = fingerprint();
        const QString error = exec(db, sql);
        QVERIFY2(error.startsWith(QStringLiteral("42501")),
                 qPrintable(QStringLiteral("expected 42501, got: ") + (error.isEmpty() ? QStringLiteral("success") : error)));
        QCOMPARE(fingerprint(), before);
        QVERIFY(!AuditSealer(db).maySeal());
    }

    void theChainLockIsOutOfReach_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("sql");
        for (const QString& role : kRoles) {
            for (const char* mode : {"EXCLUSIVE", "SHARE", "ROW EXCLUSIVE", "ACCESS EXCLUSIVE"})
                QTest::newRow(qPrintable(QStringLiteral("%1 lock %2").arg(role, QLatin1String(mode))))
                    << role << QStringLiteral("LOCK TABLE cs.audit_seal_state IN %1 MODE").arg(QLatin1String(mode));
            QTest::newRow(qPrintable(role + QStringLiteral(" lock seal")))
                << role << QStringLiteral("LOCK TABLE cs.audit_seal IN SHARE MODE");
            QTest::newRow(qPrintable(role + QStringLiteral(" lock queue")))
                << role << QStringLiteral("LOCK TABLE cs.audit_unsealed IN SHARE MODE");
            QTest::newRow(qPrintable(role + QStringLiteral(" lock log")))
                << role << QStringLiteral("LOCK TABLE cs.audit_log IN SHARE MODE");
            QTest::newRow(qPrintable(role + QStringLiteral(" head for update")))
                << role << QStringLiteral("SELECT * FROM cs.audit_seal_state FOR UPDATE");
            QTest::newRow(qPrintable(role + QStringLiteral(" head for share")))
                << role << QStringLiteral("SELECT * FROM cs.audit_seal_state FOR KEY SHARE");
            QTest::newRow(qPrintable(role + QStringLiteral(" seal for share")))
                << role << QStringLiteral("SELECT * FROM cs.audit_seal FOR SHARE");
            QTest::newRow(qPrintable(role + QStringLiteral(" log for share")))
                << role << QStringLiteral("SELECT * FROM cs.audit_log FOR KEY SHARE");
        }
    }

    void theChainLockIsOutOfReach()
    {
        QFETCH(QString, role);
        QFETCH(QString, sql);
        QSqlDatabase db = as(role);
        QCOMPARE(exec(db, QStringLiteral("BEGIN")), QString());
        const QString error = exec(db, sql);
        exec(db, QStringLiteral("ROLLBACK"));
        QVERIFY2(error.startsWith(QStringLiteral("42501")),
                 qPrintable(QStringLiteral("expected 42501, got: ") + (error.isEmpty() ? QStringLiteral("success") : error)));
    }

    void whatTheAdminMayHoldStopsNoOne()
    {
        // The Admin reads the audit tables (to verify them): the strongest lock that allows, held in
        // an open transaction, stops neither writers nor the sealer.
        QSqlDatabase admin = as(QStringLiteral("Admin"));
        QCOMPARE(exec(admin, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")), QString());
        QCOMPARE(exec(admin, QStringLiteral("LOCK TABLE cs.audit_log, cs.audit_seal, cs.audit_seal_state, cs.audit_chain_head "
                                            "IN ACCESS SHARE MODE")),
                 QString());
        QCOMPARE(exec(admin, QStringLiteral("SELECT count(*) FROM cs.audit_seal")), QString());
        QSqlDatabase other = as(QStringLiteral("ProductionCoordinator"), true);
        QCOMPARE(exec(other, QStringLiteral("SET statement_timeout = '60s'")), QString());
        QCOMPARE(auditedWrite(other), QString());
        QSqlDatabase super = m_scratch->superuser();
        QCOMPARE(exec(super, QStringLiteral("SET lock_timeout = '60s'")), QString());
        const AuditSealer::Result s = AuditSealer(super).sealAll();
        QVERIFY2(s.ok(), qPrintable(s.error));
        QVERIFY(s.sealed >= 2);
        QCOMPARE(exec(admin, QStringLiteral("COMMIT")), QString());
    }

    void anIdleTransactionBlocksNoOne()
    {
        QSqlDatabase super = m_scratch->superuser();
        // People's sessions carry a statement_timeout (their role settings), so a regression fails
        // here instead of hanging the run (not a timing that is asserted: with the old chain these
        // statements waited until person A ended); the superuser's gets one too.
        QCOMPARE(exec(super, QStringLiteral("SET statement_timeout = '60s'")), QString());

        // Person A (service) writes an audited row and leaves the transaction open.
        QSqlDatabase a = as(QStringLiteral("ServiceDepartment"), true);
        QCOMPARE(exec(a, QStringLiteral("BEGIN")), QString());
        QCOMPARE(exec(a, QStringLiteral("SELECT cs.request_service_order('[{\"id\": \"P-1\", \"qty\": 1}]')")), QString());

        // Person B: audited writes, and a new login through the app's session code.
        QSqlDatabase b = as(QStringLiteral("Admin"), true);
        QCOMPARE(exec(b, QStringLiteral("INSERT INTO cs.categories (category_id, name) VALUES ('IDLE1', 'while A idles')")),
                 QString());
        QCOMPARE(exec(b, QStringLiteral("UPDATE cs.categories SET name = 'still idle' WHERE category_id = 'IDLE1'")), QString());
        QCOMPARE(auditedWrite(as(QStringLiteral("Assembler"), true)), QString());
        cs::data::Session session;
        const cs::data::LoginResult login = session.start(m_people.value(QStringLiteral("QCPerson")).settings,
                                                          QStringLiteral("test"));
        QVERIFY2(login.ok(), qPrintable(login.detail));
        const QString sessionId = session.sessionId();
        QVERIFY(!sessionId.isEmpty());
        session.end();
        // The logout is recorded on the session's worker after end() returns: wait for it, so the sealer
        // below finds it committed.
        QTRY_COMPARE_WITH_TIMEOUT(
            value(QStringLiteral("SELECT count(*) FROM cs.user_sessions WHERE session_id = CAST(? AS uuid) "
                                 "AND ended_at IS NOT NULL"),
                  {sessionId}),
            qint64(1), 30000);

        // The sealer seals all of that while A still idles; A's row waits (it is not committed).
        const AuditSealer::Result s = AuditSealer(super).sealAll();
        QVERIFY2(s.ok(), qPrintable(s.error));
        QVERIFY(s.sealed >= 5);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.audit_unsealed")), qint64(0));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.audit_log WHERE table_name = 'service_orders' AND db_user = ?"),
                       {m_people.value(QStringLiteral("ServiceDepartment")).username}),
                 qint64(0));
        AuditVerifier::Result r = AuditVerifier(super).verify();
        QVERIFY2(r.ok, qPrintable(describe(r)));

        // A commits at last: its rows are sealed at the next positions, after B's, though their ids
        // are older: sealing follows commits, not ids.
        const qint64 headBefore = value(QStringLiteral("SELECT head_position FROM cs.audit_seal_state"));
        QCOMPARE(exec(a, QStringLiteral("COMMIT")), QString());
        const AuditSealer::Result later = AuditSealer(super).sealAll();
        QVERIFY2(later.ok(), qPrintable(later.error));
        QVERIFY(later.sealed >= 1);
        const QString aRow = QStringLiteral("FROM cs.audit_seal s JOIN cs.audit_log a ON a.id = s.audit_id "
                                            "WHERE a.table_name = 'service_orders' AND a.db_user = ?");
        const QVariantList aUser{m_people.value(QStringLiteral("ServiceDepartment")).username};
        QVERIFY(value(QStringLiteral("SELECT min(s.position) ") + aRow, aUser) > headBefore);
        QVERIFY(value(QStringLiteral("SELECT min(s.audit_id) ") + aRow, aUser)
                < value(QStringLiteral("SELECT audit_id FROM cs.audit_seal WHERE position = ?"), {headBefore}));
        r = AuditVerifier(super).verify();
        QVERIFY2(r.ok, qPrintable(describe(r)));
    }

    void aSealerHeldOpenStopsOnlySealing()
    {
        // A superuser who calls the sealer by hand and leaves the transaction open holds the chain
        // lock: the daemon's next run waits (and gives up at its lock_timeout), people do not.
        QSqlDatabase super = m_scratch->superuser();
        QCOMPARE(exec(super, QStringLiteral("BEGIN")), QString());
        QCOMPARE(exec(super, QStringLiteral("SELECT cs.seal_audit()")), QString());
        QSqlDatabase writer = as(QStringLiteral("ProductionCoordinator"), true);
        QCOMPARE(exec(writer, QStringLiteral("SET statement_timeout = '60s'")), QString());
        QCOMPARE(auditedWrite(writer), QString());
        QSqlDatabase daemon = m_scratch->superuser();
        QCOMPARE(exec(daemon, QStringLiteral("SET lock_timeout = '100ms'")), QString());
        const AuditSealer::Result blocked = AuditSealer(daemon).sealAll();
        QVERIFY(!blocked.ok());
        QVERIFY2(blocked.error.contains(QStringLiteral("lock")), qPrintable(blocked.error));
        QCOMPARE(exec(super, QStringLiteral("COMMIT")), QString());
        const AuditSealer::Result s = AuditSealer(daemon).sealAll();
        QVERIFY2(s.ok(), qPrintable(s.error));
        QVERIFY(s.sealed >= 1);
        // And a sealer in a snapshot transaction is refused rather than sealing from stale state.
        QCOMPARE(exec(super, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")), QString());
        QVERIFY(exec(super, QStringLiteral("SELECT cs.seal_audit()")).contains(QStringLiteral("E-SEAL-ISOLATION")));
        exec(super, QStringLiteral("ROLLBACK"));
    }

    void concurrentWritersAreSealedExactlyOnce()
    {
        QSqlDatabase super = m_scratch->superuser();
        const AuditSealer::Result first = AuditSealer(super).sealAll();
        QVERIFY2(first.ok(), qPrintable(first.error));
        const qint64 headBefore = value(QStringLiteral("SELECT head_position FROM cs.audit_seal_state"));
        const qint64 rowsBefore = value(QStringLiteral("SELECT count(*) FROM cs.audit_log"));

        constexpr int kWriters = 8;
        constexpr int kTransactions = 25;
        std::atomic<int> writersLeft{kWriters};
        std::atomic<qint64> sealedByDaemons{0};
        QStringList failures;
        QMutex failuresMutex;
        auto fail = [&](const QString& what) {
            QMutexLocker lock(&failuresMutex);
            failures << what;
        };

        std::vector<std::thread> threads;
        for (int w = 0; w < kWriters; ++w) {
            const ScratchDatabase::Person person = m_people.value(kRoles.at(w % kRoles.size()));
            const bool admin = kRoles.at(w % kRoles.size()) == u"Admin";
            threads.emplace_back([&, w, person, admin] {
                const QString name = QStringLiteral("writer-%1-%2").arg(m_scratch->name()).arg(w);
                {
                    QSqlDatabase db = person.settings.open(name);
                    if (!db.isOpen()) {
                        fail(db.lastError().text());
                    } else {
                        for (int t = 0; t < kTransactions; ++t) {
                            QString error;
                            const bool rollback = t % 5 == 4;
                            bool ok = ScratchDatabase::exec(db, QStringLiteral("BEGIN"), {}, &error)
                                      && ScratchDatabase::exec(db, QStringLiteral("SELECT cs.record_session_start(?, 'load')"),
                                                               {QStringLiteral("w%1t%2").arg(w).arg(t)}, &error);
                            if (ok && admin)
                                ok = ScratchDatabase::exec(db, QStringLiteral("INSERT INTO cs.categories (category_id, name) "
                                                                              "VALUES (?, 'c')"),
                                                           {QStringLiteral("CW%1T%2").arg(w).arg(t)}, &error);
                            ok = ok && ScratchDatabase::exec(db, rollback ? QStringLiteral("ROLLBACK") : QStringLiteral("COMMIT"),
                                                             {}, &error);
                            if (!ok) {
                                fail(QStringLiteral("writer %1: %2").arg(w).arg(error));
                                break;
                            }
                        }
                        db.close();
                    }
                }
                QSqlDatabase::removeDatabase(name);
                --writersLeft;
            });
        }
        // Two sealers at once, like two daemons started by mistake: they take turns.
        for (int d = 0; d < 2; ++d) {
            threads.emplace_back([&, d] {
                const QString name = QStringLiteral("sealer-%1-%2").arg(m_scratch->name()).arg(d);
                {
                    QSqlDatabase db = m_scratch->settings().open(name);
                    if (!db.isOpen()) {
                        fail(db.lastError().text());
                    } else {
                        AuditSealer sealer(db);
                        bool last = false;
                        while (!last) {
                            last = writersLeft.load() == 0;
                            const AuditSealer::Result r = sealer.sealAll(7);
                            if (!r.ok()) {
                                fail(QStringLiteral("sealer %1: %2").arg(d).arg(r.error));
                                break;
                            }
                            sealedByDaemons += r.sealed;
                            if (r.sealed == 0 && !last)
                                std::this_thread::sleep_for(std::chrono::milliseconds(5));
                        }
                        db.close();
                    }
                }
                QSqlDatabase::removeDatabase(name);
            });
        }
        for (std::thread& t : threads)
            t.join();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));

        const qint64 written = value(QStringLiteral("SELECT count(*) FROM cs.audit_log")) - rowsBefore;
        // 8 writers x 20 committed transactions x 2 rows (the session row and the user's last login),
        // and one more row per committed Admin transaction.
        QVERIFY2(written >= qint64(kWriters) * 20 * 2, qPrintable(QString::number(written)));
        QCOMPARE(sealedByDaemons.load(), written);
        QCOMPARE(value(QStringLiteral("SELECT head_position FROM cs.audit_seal_state")) - headBefore, written);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.audit_seal")),
                 value(QStringLiteral("SELECT count(DISTINCT audit_id) FROM cs.audit_seal")));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.audit_seal")),
                 value(QStringLiteral("SELECT max(position) FROM cs.audit_seal")));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.audit_log a WHERE NOT EXISTS "
                                      "(SELECT 1 FROM cs.audit_seal s WHERE s.audit_id = a.id)")),
                 qint64(0));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.audit_log WHERE row_key ->> 'category_id' LIKE 'CW%T4'")),
                 qint64(0));   // rolled back: never written
        const AuditVerifier::Result r = AuditVerifier(super).verify();
        QVERIFY2(r.ok, qPrintable(describe(r)));
    }

    void cleanupTestCase()
    {
        m_connections.clear();
        m_super = QSqlDatabase();
        m_scratch.reset();
    }
};

QTEST_GUILESS_MAIN(TestAuditAttacks)
#include "tst_auditattacks.moc"
