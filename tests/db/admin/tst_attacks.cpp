// Attacks on the database boundary (issue 11, classes 2-6), each as a person would try it: their own
// login (a connection as a person made through cs.create_user, like psql with their password), plain
// SQL. Each is refused, and nothing changed.
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using cs::test::ScratchDatabase;

class TestAttacks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScratchDatabase> m_db;
    QSqlDatabase m_super;
    QHash<QString, ScratchDatabase::Person> m_people;   // by role

    QSqlDatabase as(const QString& role) { return m_db->connect(m_people.value(role).settings); }

    // "SQLSTATE: message" of a refused statement, empty when it ran.
    static QString run(QSqlDatabase db, const QString& sql, const QVariantList& values = {}, QVariant* first = nullptr)
    {
        QString error;
        ScratchDatabase::exec(db, sql, values, &error, first);
        return error;
    }

    QVariant value(const QString& sql, const QVariantList& values = {})
    {
        QVariant v;
        const QString error = run(m_super, sql, values, &v);
        if (!error.isEmpty())
            qWarning("%s: %s", qPrintable(sql), qPrintable(error));
        return v;
    }

    // A new single-build order (the fixtures' catalog), submitted by the coordinator.
    QString submitOrder(QString* bomId = nullptr)
    {
        const QString suffix = ScratchDatabase::randomSuffix(8);
        const QByteArray json = QJsonDocument(ScratchDatabase::orderJson(QStringLiteral("PO-") + suffix,
                                                                         QStringLiteral("B-") + suffix))
                                    .toJson(QJsonDocument::Compact);
        QVariant answer;
        const QString error = run(as(QStringLiteral("ProductionCoordinator")),
                                  QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))::text"),
                                  {QString::fromUtf8(json)}, &answer);
        if (!error.isEmpty()) {
            qWarning("submit_order: %s", qPrintable(error));
            return {};
        }
        const QJsonObject build =
            QJsonDocument::fromJson(answer.toString().toUtf8()).object().value(u"builds").toArray().at(0).toObject();
        if (bomId)
            *bomId = build.value(u"bomId").toString();
        return build.value(u"orderId").toString();
    }

    int rowVersion(const QString& orderId)
    {
        return value(QStringLiteral("SELECT row_version FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {orderId}).toInt();
    }

    QString editOrder(QSqlDatabase db, const QString& orderId, const QString& customer)
    {
        return run(db, QStringLiteral("SELECT cs.update_order(o.order_id, o.row_version, ?, o.project_name, o.sales_person, "
                                      "o.want_date, o.order_language::text, o.notes) FROM cs.orders o "
                                      "WHERE o.order_id = CAST(? AS uuid)"),
                   {customer, orderId});
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!ScratchDatabase::clusterAvailable(&why))
            QSKIP(qPrintable(why));
        m_db = std::make_unique<ScratchDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        m_super = m_db->superuser();
        // The plant's limits, not the scratch databases' relaxed connection count.
        QCOMPARE(run(m_super, QStringLiteral("UPDATE cs.session_limits SET connection_limit = 8")), QString());
        QString error;
        m_people.insert(QStringLiteral("Admin"), m_db->createPerson(QStringLiteral("Admin"), {}, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString& role : {QStringLiteral("ProductionCoordinator"), QStringLiteral("ProcurementSpecialist"),
                                   QStringLiteral("QCPerson"), QStringLiteral("Assembler"),
                                   QStringLiteral("ServiceDepartment")}) {
            m_people.insert(role, m_db->createPerson(role, {}, &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QVERIFY2(ScratchDatabase::seedWorkflowFixtures(as(QStringLiteral("Admin")), &error), qPrintable(error));
        QCOMPARE(run(m_super, QStringLiteral("INSERT INTO cs.assemblies (assembly_id, name, type) "
                                             "VALUES ('SP-1', 'Service part one', 'SERVICE_PART')")),
                 QString());
        m_db->closeConnections();
        m_super = m_db->superuser();
    }

    // Each person has the plant's eight connections and every check opens its own: give them back.
    void cleanup()
    {
        m_db->closeConnections();
        m_super = m_db->superuser();
    }

    // Class 2 -----------------------------------------------------------------------------------

    void everyLoginHasThePlantLimits()
    {
        for (const auto& p : std::as_const(m_people)) {
            QCOMPARE(value(QStringLiteral("SELECT rolconnlimit FROM pg_roles WHERE rolname = ?"), {p.username}).toInt(), 8);
            QSqlDatabase db = m_db->connect(p.settings);
            QVariant v;
            QCOMPARE(run(db, QStringLiteral("SELECT current_setting('statement_timeout') || ' ' || "
                                            "current_setting('lock_timeout') || ' ' || "
                                            "current_setting('idle_in_transaction_session_timeout')"), {}, &v),
                     QString());
            QCOMPARE(v.toString(), QStringLiteral("1min 5s 1min"));
            db.close();
        }
    }

    void onePersonCannotTakeEveryConnection()
    {
        const auto& service = m_people.value(QStringLiteral("ServiceDepartment"));
        QList<QSqlDatabase> mine;
        for (int i = 0; i < 8; ++i) {
            mine << m_db->connect(service.settings);
            QVERIFY2(mine.last().isOpen(), qPrintable(mine.last().lastError().text()));
        }
        QSqlDatabase ninth = m_db->connect(service.settings);
        QVERIFY(!ninth.isOpen());
        QVERIFY2(ninth.lastError().text().contains(QStringLiteral("too many connections")),
                 qPrintable(ninth.lastError().text()));
        // Everyone else still gets in.
        QSqlDatabase other = as(QStringLiteral("QCPerson"));
        QVERIFY2(other.isOpen(), qPrintable(other.lastError().text()));
        for (QSqlDatabase& db : mine)
            db.close();
        other.close();
    }

    void noAdvisoryLocks()
    {
        for (const auto& p : std::as_const(m_people)) {
            QSqlDatabase db = m_db->connect(p.settings);
            for (const QString& sql : {QStringLiteral("SELECT pg_advisory_lock(8317001)"),
                                      QStringLiteral("SELECT pg_try_advisory_lock(1)"),
                                      QStringLiteral("SELECT pg_advisory_xact_lock_shared(1, 2)")}) {
                const QString error = run(db, sql);
                QVERIFY2(error.startsWith(QStringLiteral("42501")), qPrintable(p.username + QStringLiteral(": ") + error));
            }
            db.close();
        }
    }

    void noTableOrRowLocks()
    {
        const QString orderId = submitOrder();
        QVERIFY(!orderId.isEmpty());
        const QStringList tables{QStringLiteral("cs.orders"), QStringLiteral("cs.service_orders"),
                                 QStringLiteral("cs.order_documents"), QStringLiteral("cs.task_completions"),
                                 QStringLiteral("cs.users"), QStringLiteral("cs.boms")};
        for (const auto& p : std::as_const(m_people)) {
            QSqlDatabase db = m_db->connect(p.settings);
            for (const QString& t : tables) {
                for (const QString& mode : {QStringLiteral("ROW EXCLUSIVE"), QStringLiteral("SHARE"),
                                           QStringLiteral("ACCESS EXCLUSIVE")}) {
                    QVERIFY(db.transaction());
                    const QString error = run(db, QStringLiteral("LOCK TABLE %1 IN %2 MODE").arg(t, mode));
                    db.rollback();
                    QVERIFY2(error.startsWith(QStringLiteral("42501")), qPrintable(QStringLiteral("%1 %2 %3: %4")
                                                                                   .arg(p.username, t, mode, error)));
                }
                for (const QString& strength : {QStringLiteral("UPDATE"), QStringLiteral("NO KEY UPDATE"),
                                               QStringLiteral("SHARE"), QStringLiteral("KEY SHARE")}) {
                    QVERIFY(db.transaction());
                    const QString error = run(db, QStringLiteral("SELECT 1 FROM %1 LIMIT 1 FOR %2").arg(t, strength));
                    db.rollback();
                    QVERIFY2(error.startsWith(QStringLiteral("42501")), qPrintable(QStringLiteral("%1 %2 FOR %3: %4")
                                                                                   .arg(p.username, t, strength, error)));
                }
            }
            db.close();
        }
    }

    void weakenedSessionsCannotWrite()
    {
        const QString orderId = submitOrder();
        QVERIFY(!orderId.isEmpty());
        const int before = rowVersion(orderId);
        for (const QString& set : {QStringLiteral("SET statement_timeout = 0"),
                                  QStringLiteral("SET statement_timeout = '1h'"),
                                  QStringLiteral("SET idle_in_transaction_session_timeout = 0")}) {
            QSqlDatabase db = as(QStringLiteral("ProductionCoordinator"));
            QCOMPARE(run(db, set), QString());
            const QString error = editOrder(db, orderId, QStringLiteral("Weakened Hospital"));
            QVERIFY2(error.contains(QStringLiteral("E-SESSION-LIMITS")), qPrintable(set + QStringLiteral(": ") + error));
            db.close();
        }
        QCOMPARE(rowVersion(orderId), before);
    }

    // The limits weakened after the call, in the same transaction: the row lock is held with no limit.
    // Whoever needs the row next waits at most the function lock timeout, ends the stale transaction
    // and goes on; the holder's change is rolled back.
    void aHeldLockIsTakenBack()
    {
        QCOMPARE(run(m_super, QStringLiteral("UPDATE cs.session_limits SET max_transaction_seconds = 1, "
                                             "function_lock_timeout_ms = 500")),
                 QString());
        const QString orderId = submitOrder();
        QVERIFY(!orderId.isEmpty());
        QSqlDatabase holder = as(QStringLiteral("ProductionCoordinator"));
        QVERIFY(holder.transaction());
        QCOMPARE(editOrder(holder, orderId, QStringLiteral("Holder Hospital")), QString());
        QCOMPARE(run(holder, QStringLiteral("SET LOCAL statement_timeout = 0")), QString());
        QCOMPARE(run(holder, QStringLiteral("SET LOCAL idle_in_transaction_session_timeout = 0")), QString());
        QCOMPARE(run(holder, QStringLiteral("SET LOCAL lock_timeout = 0")), QString());
        QTest::qWait(1500);   // older than max_transaction_seconds
        QSqlDatabase admin = as(QStringLiteral("Admin"));
        QCOMPARE(editOrder(admin, orderId, QStringLiteral("Admin Hospital")), QString());
        QCOMPARE(value(QStringLiteral("SELECT customer_name FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {orderId})
                     .toString(),
                 QStringLiteral("Admin Hospital"));
        QVERIFY(!run(holder, QStringLiteral("SELECT 1")).isEmpty());   // its backend was ended
        QCOMPARE(run(m_super, QStringLiteral("UPDATE cs.session_limits SET max_transaction_seconds = 30, "
                                             "function_lock_timeout_ms = 2000")),
                 QString());
    }

    // Class 3 -----------------------------------------------------------------------------------

    void serverFieldsCannotBeForged()
    {
        const QString orderId = submitOrder();
        const QString otherId = submitOrder();
        QVERIFY(!orderId.isEmpty() && !otherId.isEmpty());
        QSqlDatabase coord = as(QStringLiteral("ProductionCoordinator"));
        QSqlDatabase assembler = as(QStringLiteral("Assembler"));
        QSqlDatabase procure = as(QStringLiteral("ProcurementSpecialist"));
        QSqlDatabase service = as(QStringLiteral("ServiceDepartment"));
        // Direct writes with forged times, authors and sequences.
        QVERIFY(run(coord, QStringLiteral("INSERT INTO cs.task_lists (order_id, tasks, created_by, created_at) "
                                          "VALUES (CAST(? AS uuid), '[{}]', gen_random_uuid(), '2001-01-01')"),
                    {orderId}).startsWith(QStringLiteral("42501")));
        QVERIFY(run(service, QStringLiteral("INSERT INTO cs.service_orders (requested_by, request_timestamp, items) "
                                            "SELECT user_id, '2001-01-01', '[]' FROM cs.whoami()"))
                    .startsWith(QStringLiteral("42501")));
        QVERIFY(run(procure, QStringLiteral("UPDATE cs.service_orders SET status = 'Received', "
                                            "processed_timestamp = '2001-01-01'"))
                    .startsWith(QStringLiteral("42501")));

        // Task lists are generated by the server for a build (cs.ensure_task_list, db.workinstructions)
        // and ticking a task is answering its CLP item: the free task lists and ticks are nobody's.
        QVERIFY(run(coord, QStringLiteral("SELECT cs.create_task_list(CAST(? AS uuid), 'MDRD', '[{\"task\": \"mount legs\"}]')"),
                    {otherId})
                    .startsWith(QStringLiteral("42501")));
        QVERIFY(run(assembler, QStringLiteral("SELECT cs.complete_task(CAST(? AS uuid), gen_random_uuid(), 1, 'done')"), {orderId})
                    .startsWith(QStringLiteral("42501")));

        // Service orders: the state machine, the server's times.
        QVariant requestId;
        QCOMPARE(run(service, QStringLiteral("SELECT cs.request_service_order('[{\"id\": \"SP-1\", \"qty\": 2}]')::text"),
                     {}, &requestId),
                 QString());
        QString error = run(procure, QStringLiteral("SELECT cs.advance_service_order(CAST(? AS uuid), 'Received', 'skip', 1)"),
                    {requestId});
        QVERIFY2(error.contains(QStringLiteral("E-SERVICE-TRANSITION")), qPrintable(error));
        error = run(procure, QStringLiteral("SELECT cs.decide_service_order(CAST(? AS uuid), true, "
                                            "'[{\"id\": \"SP-1\", \"qty\": 5}]', 'more', 1)"),
                    {requestId});
        QVERIFY2(error.contains(QStringLiteral("E-SERVICE-QTY")), qPrintable(error));
        QCOMPARE(value(QStringLiteral("SELECT status::text || ' ' || row_version FROM cs.service_orders "
                                      "WHERE service_order_id = CAST(? AS uuid)"),
                       {requestId})
                     .toString(),
                 QStringLiteral("Pending 1"));
        QCOMPARE(run(procure, QStringLiteral("SELECT cs.decide_service_order(CAST(? AS uuid), true, NULL, 'ok', 1)"),
                     {requestId}),
                 QString());
        QCOMPARE(value(QStringLiteral("SELECT processed_timestamp > now() - interval '1 minute' AND "
                                      "request_timestamp > now() - interval '1 minute' FROM cs.service_orders "
                                      "WHERE service_order_id = CAST(? AS uuid)"),
                       {requestId})
                     .toBool(),
                 true);
    }

    // Class 4 -----------------------------------------------------------------------------------

    void storageHasLimits()
    {
        const QString orderId = submitOrder();
        QVERIFY(!orderId.isEmpty());
        QSqlDatabase admin = as(QStringLiteral("Admin"));
        QCOMPARE(run(admin, QStringLiteral("SELECT cs.set_setting('document_quota_order_count', '2')")), QString());
        QSqlDatabase qc = as(QStringLiteral("QCPerson"));
        const QString attach = QStringLiteral("SELECT cs.attach_document(CAST(? AS uuid), ?, 'application/pdf', "
                                              "CAST(? AS bytea), 'Photo')");
        QCOMPARE(run(qc, attach, {orderId, QStringLiteral("a.pdf"), QByteArray("%PDF-1.4 a")}), QString());
        QCOMPARE(run(qc, attach, {orderId, QStringLiteral("b.pdf"), QByteArray("%PDF-1.4 b")}), QString());
        const QString error = run(qc, attach, {orderId, QStringLiteral("c.pdf"), QByteArray("%PDF-1.4 c")});
        QVERIFY2(error.startsWith(QStringLiteral("53400: E-QUOTA-ORDER")), qPrintable(error));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.order_documents WHERE order_id = CAST(? AS uuid)"), {orderId})
                     .toInt(),
                 2);
        QCOMPARE(run(admin, QStringLiteral("SELECT cs.set_setting('document_quota_order_count', '100')")), QString());
        // Nobody else may change a quota, or set it to nothing.
        QVERIFY(run(qc, QStringLiteral("SELECT cs.set_setting('document_quota_order_count', '1000000')"))
                    .startsWith(QStringLiteral("42501")));
        QVERIFY(run(admin, QStringLiteral("SELECT cs.set_setting('document_quota_order_count', '0')"))
                    .contains(QStringLiteral("E-SETTING-VALUE")));

        for (const auto& p : std::as_const(m_people)) {
            QSqlDatabase db = m_db->connect(p.settings);
            QVERIFY(run(db, QStringLiteral("SELECT lo_from_bytea(0, 'x')")).startsWith(QStringLiteral("42501")));
            QVERIFY(run(db, QStringLiteral("SELECT lo_create(0)")).startsWith(QStringLiteral("42501")));
            QVERIFY(run(db, QStringLiteral("CREATE TEMP TABLE fill (x text)")).startsWith(QStringLiteral("42501")));
            db.close();
            for (const QString& other : {QStringLiteral("postgres"), QStringLiteral("template1")}) {
                auto settings = p.settings;
                settings.database = other;
                QSqlDatabase elsewhere = m_db->connect(settings);
                QVERIFY2(!elsewhere.isOpen(), qPrintable(p.username + QStringLiteral(" connected to ") + other));
            }
        }
    }

    // Class 5 -----------------------------------------------------------------------------------

    void theServerChecksTheBom()
    {
        const QString orderId = submitOrder();
        QVERIFY(!orderId.isEmpty());
        const int boms = value(QStringLiteral("SELECT count(*) FROM cs.boms WHERE order_id = CAST(? AS uuid)"), {orderId}).toInt();
        QSqlDatabase coord = as(QStringLiteral("ProductionCoordinator"));
        const auto regenerate = [&](const QString& bom) {
            return run(coord, QStringLiteral("SELECT cs.regenerate_bom(CAST(? AS uuid), CAST(? AS jsonb), "
                                             "cs.catalog_revision(), 'edit', o.row_version) FROM cs.orders o "
                                             "WHERE o.order_id = CAST(? AS uuid)"),
                       {orderId, bom, orderId});
        };
        // 999 of one part for a full sink.
        QString error = regenerate(QStringLiteral(
            R"({"top":[{"id":"P-2","qty":999,"rule":"R"}],"tree":[{"id":"P-2","qty":999,"extQty":999,"depth":0,"parent":null}],"flat":[{"id":"P-2","qty":999}]})"));
        QVERIFY2(error.contains(QStringLiteral("E-BOM-INVALID")), qPrintable(error));
        // A kit without its components.
        error = regenerate(QStringLiteral(
            R"({"top":[{"id":"ASSY-1","qty":1,"rule":"R"}],"tree":[{"id":"ASSY-1","qty":1,"extQty":1,"depth":0,"parent":null}],"flat":[{"id":"ASSY-1","qty":1}]})"));
        QVERIFY2(error.contains(QStringLiteral("catalog's components")), qPrintable(error));
        // The kit's component in another quantity than the catalog's.
        error = regenerate(QStringLiteral(
            R"({"top":[{"id":"ASSY-1","qty":1,"rule":"R"}],"tree":[{"id":"ASSY-1","qty":1,"extQty":1,"depth":0,"parent":null},{"id":"P-1","qty":30,"extQty":30,"depth":1,"parent":0}],"flat":[{"id":"P-1","qty":30}]})"));
        QVERIFY2(error.contains(QStringLiteral("catalog's components")), qPrintable(error));
        // A flat list that does not sum the tree.
        error = regenerate(QStringLiteral(
            R"({"top":[{"id":"ASSY-1","qty":1,"rule":"R"}],"tree":[{"id":"ASSY-1","qty":1,"extQty":1,"depth":0,"parent":null},{"id":"P-1","qty":3,"extQty":3,"depth":1,"parent":0}],"flat":[{"id":"P-1","qty":300}]})"));
        QVERIFY2(error.contains(QStringLiteral("flat list")), qPrintable(error));
        // An id from nowhere.
        error = regenerate(QStringLiteral(
            R"({"top":[{"id":"NOPE","qty":1,"rule":"R"}],"tree":[{"id":"NOPE","qty":1,"extQty":1,"depth":0,"parent":null}],"flat":[{"id":"NOPE","qty":1}]})"));
        QVERIFY2(error.contains(QStringLiteral("E-BOM-ITEM-UNKNOWN")), qPrintable(error));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.boms WHERE order_id = CAST(? AS uuid)"), {orderId}).toInt(), boms);
        // The real one is stored, its hash computed by the server.
        error = regenerate(QStringLiteral(
            R"({"top":[{"id":"ASSY-1","qty":1,"rule":"R"}],"tree":[{"id":"ASSY-1","qty":1,"extQty":1,"depth":0,"parent":null},{"id":"P-1","qty":3,"extQty":3,"depth":1,"parent":0}],"flat":[{"id":"P-1","qty":3}]})"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(value(QStringLiteral("SELECT bool_and(content_sha256 = encode(sha256(convert_to(bom_items::text, 'UTF8')), 'hex')) "
                                      "FROM cs.boms WHERE order_id = CAST(? AS uuid)"),
                       {orderId})
                     .toBool(),
                 true);
    }

    // Class 6 -----------------------------------------------------------------------------------

    void aDeactivatedPersonIsOutAtOnce()
    {
        QString error;
        QSqlDatabase admin = as(QStringLiteral("Admin"));
        const auto leaver = m_db->createPerson(QStringLiteral("QCPerson"), admin, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSqlDatabase live = m_db->connect(leaver.settings);
        QCOMPARE(run(live, QStringLiteral("SELECT count(*) FROM cs.orders")), QString());
        QCOMPARE(run(admin, QStringLiteral("SELECT cs.set_user_active(?, false)"), {leaver.username}), QString());
        QVERIFY(!run(live, QStringLiteral("SELECT count(*) FROM cs.orders")).isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = ?"), {leaver.username}).toInt(), 0);
        QCOMPARE(value(QStringLiteral("SELECT pg_has_role(?, 'cs_qc', 'MEMBER')"), {leaver.username}).toBool(), false);
        // Back again: the group comes back with the login.
        QCOMPARE(run(admin, QStringLiteral("SELECT cs.set_user_active(?, true)"), {leaver.username}), QString());
        QCOMPARE(value(QStringLiteral("SELECT pg_has_role(?, 'cs_qc', 'MEMBER')"), {leaver.username}).toBool(), true);
    }

    void oldCustomerNamesAreNotReadable()
    {
        const QString orderId = submitOrder();
        QVERIFY(!orderId.isEmpty());
        const QString secret = QStringLiteral("Renamed Clinic ") + ScratchDatabase::randomSuffix(6);
        QSqlDatabase coord = as(QStringLiteral("ProductionCoordinator"));
        QCOMPARE(editOrder(coord, orderId, secret), QString());
        QCOMPARE(editOrder(coord, orderId, QStringLiteral("Hospital A")), QString());
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.order_search_names WHERE name = ?"), {secret}).toInt(), 1);
        for (const auto& p : std::as_const(m_people)) {
            QSqlDatabase db = m_db->connect(p.settings);
            QVariant n;
            QCOMPARE(run(db, QStringLiteral("SELECT count(*) FROM cs.order_search_names WHERE name = ?"), {secret}, &n),
                     QString());
            QCOMPARE(n.toInt(), 0);
            db.close();
        }
    }

    void aDeletedOrderKeepsItsReason()
    {
        const QString orderId = submitOrder();
        QVERIFY(!orderId.isEmpty());
        QCOMPARE(run(as(QStringLiteral("Admin")), QStringLiteral("SELECT cs.delete_order(CAST(? AS uuid), 'duplicate of PO 7')"),
                     {orderId}),
                 QString());
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cs.order_history WHERE order_id = CAST(? AS uuid)"), {orderId}).toInt(), 0);
        QCOMPARE(value(QStringLiteral("SELECT reason || ' / ' || jsonb_array_length(history) FROM cs.order_deletions "
                                      "WHERE order_id = CAST(? AS uuid)"),
                       {orderId})
                     .toString(),
                 QStringLiteral("duplicate of PO 7 / 1"));
        // Nobody changes or removes a deletion record.
        QVERIFY(!run(m_super, QStringLiteral("DELETE FROM cs.order_deletions WHERE order_id = CAST(? AS uuid)"), {orderId}).isEmpty());
    }

    void theCatalogRevisionCannotBeSuppressed()
    {
        QSqlDatabase admin = as(QStringLiteral("Admin"));
        const qint64 before = value(QStringLiteral("SELECT revision FROM cs.catalog_state")).toLongLong();
        QVERIFY(admin.transaction());
        QCOMPARE(run(admin, QStringLiteral("SELECT set_config('cs.catalog_bumped_in', txid_current()::text, true)")), QString());
        QCOMPARE(run(admin, QStringLiteral("UPDATE cs.parts SET description = 'quietly changed' WHERE part_id = 'P-2'")),
                 QString());
        QVERIFY(admin.commit());
        QCOMPARE(value(QStringLiteral("SELECT revision FROM cs.catalog_state")).toLongLong(), before + 1);
    }

    void aOneCharacterPasswordIsRefused()
    {
        // passwordcheck (scripts/pg.sh loads it) refuses a clear-text password that is short or made of
        // letters only; the verifier a client computes itself it cannot see (README, plant set-up).
        if (!value(QStringLiteral("SHOW shared_preload_libraries")).toString().contains(QStringLiteral("passwordcheck")))
            QSKIP("the cluster does not load passwordcheck (started by an older scripts/pg.sh)");
        const auto& p = m_people.value(QStringLiteral("Assembler"));
        QSqlDatabase db = m_db->connect(p.settings);
        const QString error = run(db, QStringLiteral("ALTER ROLE %1 PASSWORD 'x'").arg(p.username));
        QVERIFY2(error.contains(QStringLiteral("password is too short")), qPrintable(error));
        db.close();
        QSqlDatabase again = m_db->connect(p.settings);
        QVERIFY2(again.isOpen(), qPrintable(again.lastError().text()));
    }
};

QTEST_GUILESS_MAIN(TestAttacks)
#include "tst_attacks.moc"
