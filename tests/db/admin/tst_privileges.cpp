// The privilege matrix: each of the six roles logs in as a real member (a LOGIN role created through
// cs.create_user by an Admin) and tries each protected action. Allowed ones succeed; the others fail
// with SQLSTATE 42501. Plus: gates cannot be skipped, signatures need a fresh authentication (a new
// connection, or a SCRAM proof of the password on the person's own connection), stale
// row versions are refused, and user management works end to end.
#include "data/admin/useraccounts.h"
#include "data/common/scram.h"
#include "qcgate.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

#include <memory>

using cs::test::QcGate;
using cs::test::ScratchDatabase;

namespace {

const QStringList kRoles{QStringLiteral("ProductionCoordinator"), QStringLiteral("Admin"),
                         QStringLiteral("ProcurementSpecialist"), QStringLiteral("QCPerson"),
                         QStringLiteral("Assembler"), QStringLiteral("ServiceDepartment")};

// An edit of an order's fields as the client makes it (cs.update_order at the row version read), with
// %1 the customer, %2 the want date and %3 the notes as SQL expressions over the order `o`.
const QString kEditOrder = QStringLiteral(
    "SELECT cs.update_order(o.order_id, o.row_version, %1, o.project_name, o.sales_person, %2, "
    "o.order_language::text, %3) FROM cs.orders o WHERE o.order_id = CAST(? AS uuid)");

struct Order
{
    QString orderId;
    QString bomId;
    int rowVersion = 0;
};

} // namespace

class TestPrivileges : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScratchDatabase> m_scratch;
    QHash<QString, ScratchDatabase::Person> m_people;   // by role

    // A new connection as `role`'s person (fresh: signing works on it).
    QSqlDatabase as(const QString& role) { return m_scratch->connect(m_people.value(role).settings); }

    QString exec(QSqlDatabase db, const QString& sql, const QVariantList& values = {}, QVariant* first = nullptr)
    {
        QString error;
        ScratchDatabase::exec(db, sql, values, &error, first);
        return error;
    }

    // A new single-build order as the Admin, moved to `status` (force) and with its BOM approved
    // when asked.
    Order makeOrder(const QString& status, bool approveBom = false)
    {
        Order o;
        QSqlDatabase admin = as(QStringLiteral("Admin"));
        const QString suffix = ScratchDatabase::randomSuffix(8);
        const QByteArray json = QJsonDocument(ScratchDatabase::orderJson(QStringLiteral("PO-") + suffix,
                                                                         QStringLiteral("B-") + suffix))
                                    .toJson(QJsonDocument::Compact);
        QVariant result;
        QString error = exec(admin, QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))::text"),
                             {QString::fromUtf8(json)}, &result);
        if (!error.isEmpty()) {
            qWarning("submit_order failed: %s", qPrintable(error));
            return o;
        }
        const QJsonObject build = QJsonDocument::fromJson(result.toString().toUtf8())
                                      .object()[QStringLiteral("builds")].toArray().at(0).toObject();
        o.orderId = build[QStringLiteral("orderId")].toString();
        o.bomId = build[QStringLiteral("bomId")].toString();
        o.rowVersion = 1;
        if (approveBom) {
            error = exec(admin, QStringLiteral("SELECT cs.approve_bom(CAST(? AS uuid), true, 'setup', ?)"),
                         {o.bomId, m_people.value(QStringLiteral("Admin")).initials});
            if (!error.isEmpty())
                qWarning("approve_bom failed: %s", qPrintable(error));
        }
        if (status != u"OrderCreated") {
            QVariant v;
            error = exec(admin, QStringLiteral("SELECT cs.force_order_status(CAST(? AS uuid), ?, 'test setup', ?)"),
                         {o.orderId, status, o.rowVersion}, &v);
            if (!error.isEmpty())
                qWarning("force_order_status failed: %s", qPrintable(error));
            o.rowVersion = v.toInt();
        }
        admin.close();
        return o;
    }

    int rowVersion(const QString& orderId)
    {
        QVariant v;
        exec(m_scratch->superuser(), QStringLiteral("SELECT row_version FROM cs.orders WHERE order_id = CAST(? AS uuid)"),
             {orderId}, &v);
        return v.toInt();
    }

    QString orderStatus(const QString& orderId)
    {
        QVariant v;
        exec(m_scratch->superuser(), QStringLiteral("SELECT status::text FROM cs.orders WHERE order_id = CAST(? AS uuid)"),
             {orderId}, &v);
        return v.toString();
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
        // The first Admin is created by the superuser (as `cleanstation-admin create-user` does);
        // everyone else by that Admin, through cs.create_user.
        m_people.insert(QStringLiteral("Admin"), m_scratch->createPerson(QStringLiteral("Admin"), {}, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSqlDatabase admin = as(QStringLiteral("Admin"));
        QVERIFY2(admin.isOpen(), qPrintable(admin.lastError().text()));
        for (const QString& role : kRoles) {
            if (role == u"Admin")
                continue;
            m_people.insert(role, m_scratch->createPerson(role, admin, &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QVERIFY2(ScratchDatabase::seedWorkflowFixtures(admin, &error), qPrintable(error));
        admin.close();
    }

    void everyoneIsWhoTheySay()
    {
        for (const QString& role : kRoles) {
            QSqlDatabase db = as(role);
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT username, role::text, initials, is_active FROM cs.whoami()")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), m_people.value(role).username);
            QCOMPARE(q.value(1).toString(), role);
            QCOMPARE(q.value(2).toString(), m_people.value(role).initials);
            QVERIFY(q.value(3).toBool());
            db.close();
        }
    }

    void matrix_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("allowed");
        const QList<QPair<QString, QStringList>> actions{
            {QStringLiteral("updateStatusDirectly"), {}},
            {QStringLiteral("insertQcResultDirectly"), {}},
            {QStringLiteral("updateAudit"), {}},
            {QStringLiteral("deleteAudit"), {}},
            {QStringLiteral("truncateAudit"), {}},
            {QStringLiteral("deleteSignature"), {}},
            {QStringLiteral("approveBom"), {QStringLiteral("ProcurementSpecialist"), QStringLiteral("Admin")}},
            {QStringLiteral("recordPreQc"), {QStringLiteral("QCPerson"), QStringLiteral("Admin")}},
            {QStringLiteral("recordTest"), {QStringLiteral("Assembler"), QStringLiteral("Admin")}},
            {QStringLiteral("createUser"), {QStringLiteral("Admin")}},
            {QStringLiteral("insertCatalogPart"), {QStringLiteral("Admin")}},
            {QStringLiteral("submitOrder"), {QStringLiteral("ProductionCoordinator"), QStringLiteral("Admin")}},
            {QStringLiteral("editOrder"), {QStringLiteral("ProductionCoordinator"), QStringLiteral("Admin")}},
            {QStringLiteral("toPartsSent"), {QStringLiteral("ProcurementSpecialist"), QStringLiteral("Admin")}},
            {QStringLiteral("toShipped"), {QStringLiteral("ProductionCoordinator"), QStringLiteral("Admin")}},
            {QStringLiteral("toOnHold"), {QStringLiteral("Assembler"), QStringLiteral("ProductionCoordinator"),
                                          QStringLiteral("Admin")}},
            {QStringLiteral("forceStatus"), {QStringLiteral("Admin")}},
            {QStringLiteral("claimBuild"), {QStringLiteral("Assembler")}},
            {QStringLiteral("readOrderDetails"), {QStringLiteral("ProductionCoordinator"), QStringLiteral("Admin"),
                                                  QStringLiteral("ProcurementSpecialist"), QStringLiteral("QCPerson"),
                                                  QStringLiteral("Assembler")}},
            {QStringLiteral("readOrderList"), kRoles},
            {QStringLiteral("readAudit"), {QStringLiteral("Admin")}},
        };
        for (const QString& role : kRoles) {
            for (const auto& [action, allowedRoles] : actions) {
                QTest::addRow("%s/%s", qPrintable(role), qPrintable(action))
                    << role << action << allowedRoles.contains(role);
            }
        }
    }

    void matrix()
    {
        QFETCH(QString, role);
        QFETCH(QString, action);
        QFETCH(bool, allowed);
        const ScratchDatabase::Person& me = m_people.value(role);
        QString error;
        QString expectedStatus;   // after an allowed transition
        Order o;

        if (action == u"updateStatusDirectly") {
            o = makeOrder(QStringLiteral("OrderCreated"));
            error = exec(as(role), QStringLiteral("UPDATE cs.orders SET status = 'Shipped' WHERE order_id = CAST(? AS uuid)"), {o.orderId});
        } else if (action == u"insertQcResultDirectly") {
            o = makeOrder(QStringLiteral("ReadyForPreQC"));
            error = exec(as(role), QStringLiteral(
                "INSERT INTO cs.qc_results (order_id, template_id, qc_type, performed_by, overall_status, item_results) "
                "SELECT CAST(? AS uuid), template_id, 'PreQC', CAST(? AS uuid), 'Pass', '{}' FROM cs.qc_form_templates "
                "WHERE form_type = 'PreQC'"), {o.orderId, QStringLiteral("00000000-0000-0000-0000-000000000000")});
        } else if (action == u"updateAudit") {
            error = exec(as(role), QStringLiteral("UPDATE cs.audit_log SET db_user = 'mallory'"));
        } else if (action == u"deleteAudit") {
            error = exec(as(role), QStringLiteral("DELETE FROM cs.audit_log"));
        } else if (action == u"truncateAudit") {
            error = exec(as(role), QStringLiteral("TRUNCATE cs.audit_log"));
        } else if (action == u"deleteSignature") {
            makeOrder(QStringLiteral("OrderCreated"), true);
            error = exec(as(role), QStringLiteral("DELETE FROM cs.signatures"));
        } else if (action == u"approveBom") {
            o = makeOrder(QStringLiteral("OrderCreated"));
            error = exec(as(role), QStringLiteral("SELECT cs.approve_bom(CAST(? AS uuid), true, 'looks right', ?)"),
                         {o.bomId, me.initials});
        } else if (action == u"recordPreQc") {
            // A Pre-QC result comes only from a filled checklist, signed (issue 12).
            o = makeOrder(QStringLiteral("ReadyForPreQC"));
            if (allowed) {
                expectedStatus = QStringLiteral("ReadyForProduction");
                QcGate::passPreQc(*m_scratch, o.orderId, me, &error);
            } else {
                // Neither open a checklist, nor sign one the inspector opened.
                error = exec(as(role), QStringLiteral("SELECT cs.open_qc_checklist(CAST(? AS uuid), 'PreQC')"), {o.orderId});
                if (error.startsWith(QStringLiteral("42501: "))) {
                    QVariant checklistId;
                    const QString opened = exec(as(QStringLiteral("QCPerson")),
                                                QStringLiteral("SELECT cs.open_qc_checklist(CAST(? AS uuid), 'PreQC')::text"),
                                                {o.orderId}, &checklistId);
                    QVERIFY2(opened.isEmpty(), qPrintable(opened));
                    const QString signError = exec(as(role), QStringLiteral(
                        "SELECT cs.sign_qc_checklist(CAST(? AS uuid), true, ?, NULL, NULL, NULL, NULL, NULL, NULL)"),
                        {checklistId, me.initials});
                    if (!signError.startsWith(QStringLiteral("42501: ")))
                        error = QStringLiteral("sign: ") + (signError.isEmpty() ? QStringLiteral("success") : signError);
                }
            }
        } else if (action == u"recordTest") {
            // An end-of-line test result comes only from a filled CLT, signed (issue 13); the direct write
            // is nobody's.
            o = makeOrder(QStringLiteral("ReadyForProduction"));
            const QString direct = exec(as(role), QStringLiteral(
                "SELECT cs.record_test_result(CAST(? AS uuid), (SELECT template_id FROM cs.testing_form_templates LIMIT 1), "
                "'Pass', '{\"T1\": \"pass\"}', 'ok', ?)"), {o.orderId, me.initials});
            if (!direct.startsWith(QStringLiteral("42501: "))) {
                error = QStringLiteral("record_test_result: ") + (direct.isEmpty() ? QStringLiteral("success") : direct);
            } else if (allowed) {
                expectedStatus = QStringLiteral("TestingComplete");
                QcGate::recordTestPass(*m_scratch, o.orderId, me, &error);
            } else {
                error = exec(as(role), QStringLiteral("SELECT cs.open_qc_checklist(CAST(? AS uuid), 'CLT')"), {o.orderId});
            }
        } else if (action == u"createUser") {
            const QString username = QStringLiteral("t_new_") + ScratchDatabase::randomSuffix(8);
            error = exec(as(role), QStringLiteral("SELECT cs.create_user(?, 'New Person', ?, 'Assembler', 'secret-password')"),
                         {username, QStringLiteral("NP") + ScratchDatabase::randomSuffix(6).toUpper().remove(QRegularExpression(QStringLiteral("[0-9]")))});
            if (error.isEmpty())
                m_scratch->adoptRole(username);
        } else if (action == u"insertCatalogPart") {
            error = exec(as(role), QStringLiteral("INSERT INTO cs.parts (part_id, name, type) VALUES (?, 'x', 'COMPONENT')"),
                         {QStringLiteral("X-") + ScratchDatabase::randomSuffix(8)});
        } else if (action == u"submitOrder") {
            const QString suffix = ScratchDatabase::randomSuffix(8);
            const QByteArray json = QJsonDocument(ScratchDatabase::orderJson(QStringLiteral("PO-") + suffix,
                                                                             QStringLiteral("B-") + suffix))
                                        .toJson(QJsonDocument::Compact);
            error = exec(as(role), QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))"), {QString::fromUtf8(json)});
        } else if (action == u"editOrder") {
            o = makeOrder(QStringLiteral("OrderCreated"));
            // People edit through cs.update_order (they have no UPDATE on cs.orders).
            error = exec(as(role), kEditOrder.arg(QStringLiteral("'Hospital B'"), QStringLiteral("o.want_date"),
                                                  QStringLiteral("o.notes")),
                         {o.orderId});
        } else if (action == u"toPartsSent") {
            o = makeOrder(QStringLiteral("OrderCreated"), true);
            expectedStatus = QStringLiteral("PartsSent");
            error = exec(as(role), QStringLiteral("SELECT cs.transition_order(CAST(? AS uuid), 'PartsSent', NULL, ?)"),
                         {o.orderId, o.rowVersion});
        } else if (action == u"toShipped") {
            o = makeOrder(QStringLiteral("ReadyForShip"));
            expectedStatus = QStringLiteral("Shipped");
            // Shipped records its ship date: cs.ship_order (cs.transition_order refuses Shipped without one).
            error = exec(as(role), QStringLiteral("SELECT cs.ship_order(CAST(? AS uuid), current_date, 'carrier X', NULL, ?)"),
                         {o.orderId, o.rowVersion});
        } else if (action == u"toOnHold") {
            o = makeOrder(QStringLiteral("ReadyForProduction"));
            expectedStatus = QStringLiteral("OnHoldParts");
            // An assembler puts on hold a build they claimed (issue 13).
            if (role == u"Assembler" && exec(as(role), QStringLiteral("SELECT cs.claim_build(CAST(? AS uuid), ?)"),
                                             {o.orderId, o.rowVersion}).isEmpty())
                ++o.rowVersion;
            error = exec(as(role), QStringLiteral("SELECT cs.transition_order(CAST(? AS uuid), 'OnHoldParts', 'valve missing', ?)"),
                         {o.orderId, o.rowVersion});
        } else if (action == u"forceStatus") {
            o = makeOrder(QStringLiteral("OrderCreated"));
            expectedStatus = QStringLiteral("ReadyForShip");
            error = exec(as(role), QStringLiteral("SELECT cs.force_order_status(CAST(? AS uuid), 'ReadyForShip', 'data repair', ?)"),
                         {o.orderId, o.rowVersion});
        } else if (action == u"claimBuild") {
            o = makeOrder(QStringLiteral("ReadyForProduction"));
            error = exec(as(role), QStringLiteral("SELECT cs.claim_build(CAST(? AS uuid), ?)"), {o.orderId, o.rowVersion});
        } else if (action == u"readOrderDetails") {
            error = exec(as(role), QStringLiteral("SELECT config, notes FROM cs.orders LIMIT 1"));
        } else if (action == u"readOrderList") {
            error = exec(as(role), QStringLiteral("SELECT po_number, build_number, status FROM cs.order_list LIMIT 1"));
        } else if (action == u"readAudit") {
            error = exec(as(role), QStringLiteral("SELECT count(*) FROM cs.audit_log"));
        } else {
            QFAIL("unknown action");
        }

        if (allowed) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            if (!expectedStatus.isEmpty())
                QCOMPARE(orderStatus(o.orderId), expectedStatus);
        } else {
            QVERIFY2(error.startsWith(QStringLiteral("42501: ")),
                     qPrintable(QStringLiteral("expected 42501, got: ") + (error.isEmpty() ? QStringLiteral("success") : error)));
            if (!o.orderId.isEmpty() && action != u"forceStatus")
                QVERIFY(orderStatus(o.orderId) != u"Shipped");
        }
    }

    void assemblerCannotSkipQcGate()
    {
        const Order o = makeOrder(QStringLiteral("ReadyForPreQC"));
        QSqlDatabase db = as(QStringLiteral("Assembler"));
        const QString initials = m_people.value(QStringLiteral("Assembler")).initials;
        // Raw SQL on the table, the transition, a QC result, the admin override, the audit trail.
        const QStringList attempts{
            QStringLiteral("UPDATE cs.orders SET status = 'ReadyForProduction' WHERE order_id = CAST(? AS uuid)"),
            QStringLiteral("SELECT cs.transition_order(CAST(? AS uuid), 'ReadyForProduction', NULL, 2)"),
            QStringLiteral("SELECT cs.force_order_status(CAST(? AS uuid), 'ReadyForProduction', 'skip it', 2)"),
            QStringLiteral("SELECT cs.record_qc_result(CAST(? AS uuid), 'PreQC', (SELECT template_id FROM cs.qc_form_templates "
                           "WHERE form_type = 'PreQC'), 'Pass', '{}', NULL, '") + initials + QStringLiteral("')"),
            QStringLiteral("SELECT cs.open_qc_checklist(CAST(? AS uuid), 'PreQC')"),
            QStringLiteral("INSERT INTO cs.order_history (order_id, user_id, action, new_status) "
                           "SELECT CAST(? AS uuid), user_id, 'StatusChange', 'ReadyForProduction' FROM cs.whoami()"),
            QStringLiteral("UPDATE cs.qc_results SET overall_status = 'Pass' WHERE order_id = CAST(? AS uuid)"),
        };
        for (const QString& sql : attempts) {
            const QString error = exec(db, sql, {o.orderId});
            QVERIFY2(error.startsWith(QStringLiteral("42501: ")), qPrintable(sql + QStringLiteral(" -> ") + error));
        }
        QCOMPARE(orderStatus(o.orderId), QStringLiteral("ReadyForPreQC"));

        // Even the QC inspector cannot pass the gate without a signed Pre-QC Pass.
        const QString error = exec(as(QStringLiteral("QCPerson")),
                                   QStringLiteral("SELECT cs.transition_order(CAST(? AS uuid), 'ReadyForProduction', NULL, ?)"),
                                   {o.orderId, o.rowVersion});
        QVERIFY2(error.startsWith(QStringLiteral("23514: E-GATE-PREQC-NOT-PASSED")), qPrintable(error));
        // The failure path needs a reason, and a signed FAIL.
        QSqlDatabase qc = as(QStringLiteral("QCPerson"));
        QVERIFY(exec(qc, QStringLiteral("SELECT cs.transition_order(CAST(? AS uuid), 'ReworkPreQC', '', ?)"),
                     {o.orderId, rowVersion(o.orderId)})
                    .contains(QStringLiteral("E-NOTE-REQUIRED")));
        QVERIFY(exec(qc, QStringLiteral("SELECT cs.transition_order(CAST(? AS uuid), 'ReworkPreQC', 'weld crack', ?)"),
                     {o.orderId, rowVersion(o.orderId)})
                    .contains(QStringLiteral("E-GATE-PREQC-NOT-FAILED")));
        // A signed Pre-QC FAIL (with rework) sends the build to rework in the same transaction.
        QString error2;
        QVERIFY2(QcGate::failPreQc(*m_scratch, o.orderId, m_people.value(QStringLiteral("QCPerson")), &error2),
                 qPrintable(error2));
        QCOMPARE(orderStatus(o.orderId), QStringLiteral("ReworkPreQC"));
        // Back from rework, the failed Pre-QC as latest result keeps the gate closed.
        QCOMPARE(exec(as(QStringLiteral("ProductionCoordinator")),
                      QStringLiteral("SELECT cs.record_rework(CAST(? AS uuid), 'weld repaired and ground', '{}', '[]', '{}', ?)"),
                      {o.orderId, rowVersion(o.orderId)}),
                 QString());
        QVERIFY(exec(qc, QStringLiteral("SELECT cs.transition_order(CAST(? AS uuid), 'ReadyForProduction', NULL, ?)"),
                     {o.orderId, rowVersion(o.orderId)})
                    .contains(QStringLiteral("E-GATE-PREQC-NOT-PASSED")));
        // Nor can the assembler sign the next attempt.
        QVariant checklistId;
        QCOMPARE(exec(qc, QStringLiteral("SELECT cs.open_qc_checklist(CAST(? AS uuid), 'PreQC')::text"), {o.orderId},
                      &checklistId),
                 QString());
        const QString signError = exec(db, QStringLiteral("SELECT cs.sign_qc_checklist(CAST(? AS uuid), true, ?, NULL, NULL, "
                                                          "NULL, NULL, NULL, NULL)"),
                                       {checklistId, initials});
        QVERIFY2(signError.startsWith(QStringLiteral("42501: ")), qPrintable(signError));
        QCOMPARE(orderStatus(o.orderId), QStringLiteral("ReadyForPreQC"));
    }

    void transitionsOutsideTheTableAreRefused()
    {
        const Order o = makeOrder(QStringLiteral("OrderCreated"), true);
        const QString error = exec(as(QStringLiteral("Admin")),
                                   QStringLiteral("SELECT cs.transition_order(CAST(? AS uuid), 'ReadyForPreQC', NULL, ?)"),
                                   {o.orderId, o.rowVersion});
        QVERIFY2(error.startsWith(QStringLiteral("22023: E-TRANSITION")), qPrintable(error));
    }

    void staleRowVersionIsRefused()
    {
        const Order o = makeOrder(QStringLiteral("OrderCreated"), true);
        const QString error = exec(as(QStringLiteral("ProcurementSpecialist")),
                                   QStringLiteral("SELECT cs.transition_order(CAST(? AS uuid), 'PartsSent', NULL, ?)"),
                                   {o.orderId, o.rowVersion + 5});
        QVERIFY2(error.startsWith(QStringLiteral("40001: E-STALE")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("changed by someone else")));
        QCOMPARE(orderStatus(o.orderId), QStringLiteral("OrderCreated"));
    }

    void signingNeedsAFreshConnection()
    {
        const Order o = makeOrder(QStringLiteral("OrderCreated"));
        QSqlDatabase super = m_scratch->superuser();
        QCOMPARE(exec(super, QStringLiteral("UPDATE cs.app_settings SET value = '1' WHERE key = 'signature_max_age_seconds'")),
                 QString());
        QSqlDatabase old = as(QStringLiteral("ProcurementSpecialist"));
        QVERIFY(old.isOpen());
        QThread::msleep(2500);
        const QString initials = m_people.value(QStringLiteral("ProcurementSpecialist")).initials;
        QString error = exec(old, QStringLiteral("SELECT cs.approve_bom(CAST(? AS uuid), true, NULL, ?)"), {o.bomId, initials});
        QVERIFY2(error.startsWith(QStringLiteral("28000: E-SIGN-STALE")), qPrintable(error));
        // Wrong initials on a fresh connection are refused too.
        error = exec(as(QStringLiteral("ProcurementSpecialist")),
                     QStringLiteral("SELECT cs.approve_bom(CAST(? AS uuid), true, NULL, 'ZZZZZZZZZ')"), {o.bomId});
        QVERIFY2(error.startsWith(QStringLiteral("22023: E-SIGN-INITIALS")), qPrintable(error));
        // A fresh connection (the re-typed password) signs.
        QCOMPARE(exec(as(QStringLiteral("ProcurementSpecialist")),
                      QStringLiteral("SELECT cs.approve_bom(CAST(? AS uuid), true, NULL, ?)"), {o.bomId, initials}),
                 QString());
        QCOMPARE(exec(super, QStringLiteral("UPDATE cs.app_settings SET value = '120' WHERE key = 'signature_max_age_seconds'")),
                 QString());
        QVariant v;
        QCOMPARE(exec(super, QStringLiteral(
                          "SELECT s.meaning || '|' || s.initials || '|' || (s.content_sha256 = b.content_sha256) "
                          "FROM cs.signatures s JOIN cs.boms b ON s.signed_row_id = b.bom_id::text "
                          "WHERE b.bom_id = CAST(? AS uuid)"), {o.bomId}, &v),
                 QString());
        QCOMPARE(v.toString(), QStringLiteral("BOM approved|%1|true").arg(initials));
    }

    // The password proven on the person's own (old) connection, as psql with a patched client would
    // try it: a challenge, a SCRAM proof, the signature in the same transaction. A wrong password, a
    // replayed or someone else's challenge, a proof carried into the next transaction and the
    // verifier functions themselves are all refused, and nothing is signed by them.
    void signingWithAProofOnTheOwnConnection()
    {
        const Order first = makeOrder(QStringLiteral("OrderCreated"));
        const Order second = makeOrder(QStringLiteral("OrderCreated"));
        QSqlDatabase super = m_scratch->superuser();
        QCOMPARE(exec(super, QStringLiteral("UPDATE cs.app_settings SET value = '1' WHERE key = 'signature_max_age_seconds'")),
                 QString());
        const ScratchDatabase::Person buyer = m_people.value(QStringLiteral("ProcurementSpecialist"));
        QSqlDatabase old = as(QStringLiteral("ProcurementSpecialist"));
        QSqlDatabase other = as(QStringLiteral("ProductionCoordinator"));
        QVERIFY(old.isOpen() && other.isOpen());
        QThread::msleep(2500);
        struct Challenge
        {
            QString id;
            QByteArray message;
            QByteArray salt;
            int iterations = 0;
        };
        const auto challenge = [](QSqlDatabase db) {
            Challenge c;
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT challenge_id::text, message, salt, iterations FROM cs.signature_challenge()"))
                || !q.next()) {
                qWarning("challenge: %s", qPrintable(q.lastError().text()));
                return c;
            }
            c.id = q.value(0).toString();
            c.message = q.value(1).toString().toUtf8();
            c.salt = QByteArray::fromBase64(q.value(2).toString().toLatin1());
            c.iterations = q.value(3).toInt();
            return c;
        };
        const auto proof = [](const Challenge& c, const QString& password) {
            return QString::fromLatin1(cs::data::scram::clientProof(password, c.salt, c.iterations, c.message).toBase64());
        };
        const QString present = QStringLiteral("SELECT cs.present_signature_proof(CAST(? AS uuid), ?)");
        const QString approve = QStringLiteral("SELECT cs.approve_bom(CAST(? AS uuid), true, NULL, ?)");

        // A wrong password: refused, the transaction may not sign.
        Challenge c = challenge(old);
        QVERIFY(!c.id.isEmpty() && c.iterations > 0);
        QVERIFY(old.transaction());
        QString error = exec(old, present, {c.id, proof(c, QStringLiteral("not-the-password"))});
        QVERIFY2(error.startsWith(QStringLiteral("28P01: E-SIGN-PASSWORD")), qPrintable(error));
        old.rollback();
        // Garbage where the proof goes: the same refusal, no server error.
        error = exec(old, present, {c.id, QStringLiteral("'; DROP TABLE cs.orders; --")});
        QVERIFY2(error.startsWith(QStringLiteral("28P01: E-SIGN-PASSWORD")), qPrintable(error));

        // Someone else presenting this person's challenge (even with the right proof): not theirs.
        error = exec(other, present, {c.id, proof(c, buyer.password)});
        QVERIFY2(error.startsWith(QStringLiteral("28000: E-SIGN-STALE")), qPrintable(error));

        // The right password: the same transaction signs, and the signature carries the proof's time.
        QVERIFY(old.transaction());
        QCOMPARE(exec(old, present, {c.id, proof(c, buyer.password)}), QString());
        QCOMPARE(exec(old, approve, {first.bomId, buyer.initials}), QString());
        QVERIFY(old.commit());
        QVariant v;
        QCOMPARE(exec(super, QStringLiteral("SELECT s.backend_start = c.proven_at AND s.signer_username = ? "
                                            "FROM cs.signatures s, cs.signature_challenges c "
                                            "WHERE s.signed_row_id = ? AND c.challenge_id = CAST(? AS uuid)"),
                      {buyer.username, first.bomId, c.id}, &v),
                 QString());
        QVERIFY(v.toBool());

        // The next transaction of the same connection cannot sign on that proof, nor present it again.
        error = exec(old, approve, {second.bomId, buyer.initials});
        QVERIFY2(error.startsWith(QStringLiteral("28000: E-SIGN-STALE")), qPrintable(error));
        error = exec(old, present, {c.id, proof(c, buyer.password)});
        QVERIFY2(error.startsWith(QStringLiteral("28000: E-SIGN-STALE")), qPrintable(error));
        // A challenge answered on another connection of the same person is not valid there either.
        Challenge elsewhere = challenge(old);
        QSqlDatabase second_connection = as(QStringLiteral("ProcurementSpecialist"));
        error = exec(second_connection, present, {elsewhere.id, proof(elsewhere, buyer.password)});
        QVERIFY2(error.startsWith(QStringLiteral("28000: E-SIGN-STALE")), qPrintable(error));
        second_connection.close();
        // An expired challenge (older than the allowance of one second).
        QThread::msleep(1500);
        error = exec(old, present, {elsewhere.id, proof(elsewhere, buyer.password)});
        QVERIFY2(error.startsWith(QStringLiteral("28000: E-SIGN-STALE")), qPrintable(error));

        // The verifier stays the server's: the functions that read it and the challenges are closed.
        for (const QString& sql : {QStringLiteral("SELECT * FROM cs.scram_salt()"),
                                   QStringLiteral("SELECT cs.scram_proof_holds('x', '\\x00')"),
                                   QStringLiteral("SELECT message FROM cs.signature_challenges"),
                                   QStringLiteral("UPDATE cs.signature_challenges SET proven_xid = pg_current_xact_id()")}) {
            error = exec(old, sql);
            QVERIFY2(error.startsWith(QStringLiteral("42501")), qPrintable(sql + u' ' + error));
        }
        QCOMPARE(exec(super, QStringLiteral("UPDATE cs.app_settings SET value = '120' WHERE key = 'signature_max_age_seconds'")),
                 QString());
        QCOMPARE(exec(super, QStringLiteral("SELECT count(*) FROM cs.signatures WHERE signed_row_id = ?"), {second.bomId}, &v),
                 QString());
        QCOMPARE(v.toInt(), 0);
        old.close();
        other.close();
    }

    void userManagementEndToEnd()
    {
        QSqlDatabase admin = as(QStringLiteral("Admin"));
        cs::data::UserAccounts users(admin);
        cs::data::UserAccount u;
        u.username = QStringLiteral("t_repo_") + ScratchDatabase::randomSuffix(8);
        u.fullName = QStringLiteral("Repo Person");
        u.initials = QStringLiteral("RPQX");
        u.role = QStringLiteral("QCPerson");
        QVERIFY(!cs::data::UserAccounts::scramVerifier(QStringLiteral("ascii-password-1")).isEmpty());
        const cs::data::Result<QString> id = users.createUser(u, QStringLiteral("ascii-password-1"));
        QVERIFY2(id.ok() && !id.value().isEmpty(), qPrintable(id.error().logText()));
        m_scratch->adoptRole(u.username);

        // The client-side SCRAM verifier logs in with the clear password.
        cs::data::ConnectionSettings s = m_scratch->settings();
        s.user = u.username;
        s.password = QStringLiteral("ascii-password-1");
        QSqlDatabase db = m_scratch->connect(s);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QVariant v;
        QCOMPARE(exec(db, QStringLiteral("SELECT role::text FROM cs.whoami()"), {}, &v), QString());
        QCOMPARE(v.toString(), QStringLiteral("QCPerson"));
        db.close();

        // Same initials for another active user: refused, with the server's code.
        cs::data::UserAccount twin = u;
        twin.username = QStringLiteral("t_twin_") + ScratchDatabase::randomSuffix(8);
        cs::data::Result<QString> refused = users.createUser(twin, QStringLiteral("another-password"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("E-INITIALS-UNIQUE"));
        QCOMPARE(refused.error().kind, cs::data::DbError::Kind::Refused);
        // Hostile usernames never reach CREATE ROLE.
        twin.username = QStringLiteral("x\"; DROP ROLE cs_admin; --");
        twin.initials = QStringLiteral("TW");
        refused = users.createUser(twin, QStringLiteral("another-password"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("E-USERNAME"));
        refused = users.createUser(u, QStringLiteral("short"));
        QVERIFY(!refused.ok());

        // Role change, password reset, deactivation.
        cs::data::Result<cs::data::Done> done = users.changeRole(u.username, QStringLiteral("Assembler"));
        QVERIFY2(done.ok(), qPrintable(done.error().logText()));
        done = users.resetPassword(u.username, QStringLiteral("new-password-2"));
        QVERIFY2(done.ok(), qPrintable(done.error().logText()));
        s.password = QStringLiteral("new-password-2");
        db = m_scratch->connect(s);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QCOMPARE(exec(db, QStringLiteral("SELECT role::text FROM cs.whoami()"), {}, &v), QString());
        QCOMPARE(v.toString(), QStringLiteral("Assembler"));
        QCOMPARE(exec(db, QStringLiteral("SELECT pg_has_role('cs_assembler', 'MEMBER') AND NOT pg_has_role('cs_qc', 'MEMBER')"),
                      {}, &v),
                 QString());
        QVERIFY(v.toBool());
        db.close();
        done = users.setActive(u.username, false);
        QVERIFY2(done.ok(), qPrintable(done.error().logText()));
        db = m_scratch->connect(s);
        QVERIFY(!db.isOpen());
        // Non-admins cannot manage users.
        cs::data::UserAccounts asQc(as(QStringLiteral("QCPerson")));
        done = asQc.setActive(u.username, true);
        QVERIFY(!done.ok());
        QVERIFY2(done.error().message.contains(QStringLiteral("permission denied")), qPrintable(done.error().logText()));
        QCOMPARE(done.error().kind, cs::data::DbError::Kind::Permission);
        bool found = false;
        const auto listed = users.list();
        QVERIFY2(listed.ok(), qPrintable(listed.error().logText()));
        for (const auto& l : listed.value())
            found = found || (l.username == u.username && !l.active && l.role == u"Assembler");
        QVERIFY(found);
    }

    void coordinatorEditsOnlyWhileOrderCreated()
    {
        const Order o = makeOrder(QStringLiteral("PartsSent"));
        const QString error = exec(as(QStringLiteral("ProductionCoordinator")),
                                   kEditOrder.arg(QStringLiteral("o.customer_name"), QStringLiteral("o.want_date"),
                                                  QStringLiteral("'late edit'")),
                                   {o.orderId});
        QVERIFY2(error.startsWith(QStringLiteral("42501: E-ORDER-LOCKED")), qPrintable(error));
        const Order fresh = makeOrder(QStringLiteral("OrderCreated"));
        QVERIFY(exec(as(QStringLiteral("ProductionCoordinator")),
                     kEditOrder.arg(QStringLiteral("o.customer_name"), QStringLiteral("CURRENT_DATE"),
                                    QStringLiteral("o.notes")),
                     {fresh.orderId})
                    .startsWith(QStringLiteral("22023: E-WANTDATE-FUTURE")));
    }

    void customPartsAndSessions()
    {
        QSqlDatabase coord = as(QStringLiteral("ProductionCoordinator"));
        QVariant v;
        QCOMPARE(exec(coord, QStringLiteral("SELECT cs.ensure_custom_part('T2-ADW-BASIN-28X20X10', 'CUSTOM BASIN 28 x 20 x 10 IN')"),
                      {}, &v),
                 QString());
        QVERIFY(v.toBool());
        QCOMPARE(exec(coord, QStringLiteral("SELECT cs.ensure_custom_part('T2-ADW-BASIN-28X20X10', 'CUSTOM BASIN 28 x 20 x 10 IN')"),
                      {}, &v),
                 QString());
        QVERIFY(!v.toBool());
        QVERIFY(exec(coord, QStringLiteral("SELECT cs.ensure_custom_part('P-1', 'x')")).contains(QStringLiteral("E-CUSTOM-ID")));
        QVERIFY(exec(as(QStringLiteral("Assembler")), QStringLiteral("SELECT cs.ensure_custom_part('T2-ADW-PB-66X36', 'CUSTOM PEGBOARD')"))
                    .startsWith(QStringLiteral("42501")));

        QCOMPARE(exec(coord, QStringLiteral("SELECT cs.record_session_start('host-1', 'cleanstation 0.1')::text"), {}, &v), QString());
        const QString session = v.toString();
        QCOMPARE(exec(coord, QStringLiteral("SELECT cs.record_session_event(CAST(? AS uuid), 'lock')"), {session}), QString());
        QCOMPARE(exec(coord, QStringLiteral("SELECT cs.record_session_event(CAST(? AS uuid), 'logout')"), {session}), QString());
        QVERIFY(exec(as(QStringLiteral("Assembler")), QStringLiteral("SELECT cs.record_session_event(CAST(? AS uuid), 'unlock')"),
                     {session})
                    .contains(QStringLiteral("E-SESSION-NOT-FOUND")));
    }

    // Each test's connections end with it (the cluster allows a limited number).
    void cleanup() { m_scratch->closeConnections(); }
    void cleanupTestCase() { m_scratch.reset(); }
};

QTEST_GUILESS_MAIN(TestPrivileges)
#include "tst_privileges.moc"
