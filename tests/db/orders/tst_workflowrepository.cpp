// The workflow's writes (WorkflowRepository) against a real PostgreSQL, each answer or refusal a
// DbError: the status actions of each role and the server's gate (E-GATE-BOM-NOT-APPROVED) and row
// version (E-STALE, a Conflict); the signed BOM decision on a fresh connection (a wrong password is
// E-SIGN-PASSWORD, an assembler is refused 42501/E-ROLE, initials and reason checked, decided once);
// the same writes through the session's worker: assignment (a person who does not fit the status is
// refused), the admin's forced status with its reason (and refused to a coordinator), claim; and the
// signature is a fresh authentication: on a connection older than the server allows it is refused
// (E-SIGN-STALE), through the worker the password typed again is proven on it and it signs.
#include "orderfixture.h"

#include "data/orders/orderpagerepository.h"
#include "data/orders/workflowrepository.h"

#include <QTest>

using cs::data::BomDecision;
using cs::data::DbError;
using cs::data::OrderPageRepository;
using cs::data::WorkflowRepository;
using cs::test::OrderFixture;

class TestWorkflowRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void transitionsForRole();
    void signedApprovalAndRefusals();
    void assignThroughTheWorker();
    void forcedStatusThroughTheWorker();
    void claimThroughTheWorker();
    void signatureNeedsAFreshConnection();

private:
    cs::data::OrderDetail order(const QString& orderId);

    OrderFixture m_f;
    QString m_tag;
    QStringList m_orderIds;
};

cs::data::OrderDetail TestWorkflowRepository::order(const QString& orderId)
{
    QSqlDatabase db = m_f.as(QStringLiteral("Admin"));
    const auto d = OrderPageRepository::readOrder(db, orderId);
    if (!d)
        qWarning("%s", qPrintable(d.error().logText()));
    return d ? d.value() : cs::data::OrderDetail();
}

void TestWorkflowRepository::initTestCase()
{
    QString why;
    if (!cs::test::ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    QVERIFY2(m_f.setUp(&why), qPrintable(why));
    m_tag = cs::test::ScratchDatabase::randomSuffix(5).toUpper();
    for (const char* n : {"A", "B", "C", "D", "E"})
        m_orderIds << m_f.submit(QStringLiteral("PO-W%1").arg(QLatin1String(n)) + m_tag,
                                 QStringLiteral("BW%1-").arg(QLatin1String(n)) + m_tag);
    for (const QString& id : std::as_const(m_orderIds))
        QVERIFY(!id.isEmpty());
}

void TestWorkflowRepository::cleanupTestCase()
{
    m_f.tearDown();
}

void TestWorkflowRepository::transitionsForRole()
{
    QSqlDatabase db = m_f.as(QStringLiteral("ProcurementSpecialist"));
    const auto forProcurement = OrderPageRepository::read(db, m_orderIds[2]);
    QVERIFY(forProcurement.ok());
    QCOMPARE(forProcurement.value().detail.status, QStringLiteral("OrderCreated"));
    QCOMPARE(forProcurement.value().transitions.size(), 1);
    QCOMPARE(forProcurement.value().transitions[0].toStatus, QStringLiteral("PartsSent"));
    QCOMPARE(forProcurement.value().transitions[0].gate, QStringLiteral("bom_approved"));
    QSqlDatabase assemblerDb = m_f.as(QStringLiteral("Assembler"));
    const auto forAssembler = OrderPageRepository::read(assemblerDb, m_orderIds[2]);
    QVERIFY(forAssembler.ok());
    QVERIFY(forAssembler.value().transitions.isEmpty());
    // The gate is the server's: not approved yet, refused with words.
    const cs::data::OrderDetail d = OrderPageRepository::readOrder(db, m_orderIds[2]).value();
    auto r = WorkflowRepository::transition(db, d.orderId, QStringLiteral("PartsSent"), QString(), d.rowVersion);
    QVERIFY(!r);
    DbError error = r.error();
    QCOMPARE(error.code, QStringLiteral("E-GATE-BOM-NOT-APPROVED"));
    QCOMPARE(error.kind, DbError::Kind::Refused);
    QVERIFY(error.message.contains(d.buildNumber));
    // A stale row version.
    r = WorkflowRepository::transition(db, d.orderId, QStringLiteral("PartsSent"), QString(), d.rowVersion - 1);
    QVERIFY(!r);
    error = r.error();
    QCOMPARE(error.code, QStringLiteral("E-STALE"));
    QCOMPARE(error.sqlState, QStringLiteral("40001"));
    QCOMPARE(error.kind, DbError::Kind::Conflict);
}

void TestWorkflowRepository::signedApprovalAndRefusals()
{
    const cs::data::OrderDetail d = order(m_orderIds[1]);
    // Assembler: refused by the server (42501, E-ROLE), whatever the client does.
    const auto assembler = m_f.person(QStringLiteral("Assembler"));
    auto r = WorkflowRepository::signBomDecision(assembler.settings, assembler.password,
                                                 BomDecision{d.bomId, true, QString(), assembler.initials});
    QVERIFY(!r);
    QCOMPARE(r.error().sqlState, QStringLiteral("42501"));
    QCOMPARE(r.error().code, QStringLiteral("E-ROLE"));
    const auto buyer = m_f.person(QStringLiteral("ProcurementSpecialist"));
    // Wrong password: nothing signed.
    r = WorkflowRepository::signBomDecision(buyer.settings, QStringLiteral("not-the-password"),
                                            BomDecision{d.bomId, true, QString(), buyer.initials});
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("E-SIGN-PASSWORD"));
    // Wrong initials.
    r = WorkflowRepository::signBomDecision(buyer.settings, buyer.password,
                                            BomDecision{d.bomId, true, QString(), QStringLiteral("ZZZ")});
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("E-SIGN-INITIALS"));
    // Rejecting needs a reason.
    r = WorkflowRepository::signBomDecision(buyer.settings, buyer.password,
                                            BomDecision{d.bomId, false, QString(), buyer.initials});
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("E-NOTE-REQUIRED"));
    // Approve: signer, meaning, time and the BOM's hash stored.
    r = WorkflowRepository::signBomDecision(buyer.settings, buyer.password,
                                            BomDecision{d.bomId, true, QStringLiteral("checked"), buyer.initials});
    QVERIFY2(r.ok(), qPrintable(r.error().logText()));
    QVERIFY(!r.value().isEmpty());
    QSqlDatabase assemblerDb = m_f.as(QStringLiteral("Assembler"));
    const auto bom = OrderPageRepository::readBom(assemblerDb, d.bomId);
    QVERIFY(bom.ok());
    QCOMPARE(bom.value().status, QStringLiteral("Approved"));
    QCOMPARE(bom.value().approvals.size(), 1);
    QCOMPARE(bom.value().approvals[0].who, buyer.fullName);
    QCOMPARE(bom.value().approvals[0].meaning, QStringLiteral("BOM approved"));
    QCOMPARE(bom.value().approvals[0].signedSha256, d.bomSha256);
    QCOMPARE(bom.value().approvals[0].note, QStringLiteral("checked"));
    // Decided once only.
    r = WorkflowRepository::signBomDecision(buyer.settings, buyer.password,
                                            BomDecision{d.bomId, true, QString(), buyer.initials});
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("E-BOM-DECIDED"));
    // And the gate opens.
    QSqlDatabase db = m_f.as(QStringLiteral("ProcurementSpecialist"));
    const cs::data::OrderDetail now = OrderPageRepository::readOrder(db, m_orderIds[1]).value();
    QVERIFY(WorkflowRepository::transition(db, now.orderId, QStringLiteral("PartsSent"), QString(), now.rowVersion).value() > 0);
    const auto history = OrderPageRepository::readHistory(db, now.orderId).value();
    QStringList actions;
    for (const auto& h : history)
        actions << h.action;
    QVERIFY2(actions.contains(QStringLiteral("BomApproved")), qPrintable(actions.join(u',')));
    QCOMPARE(history.constLast().toStatus, QStringLiteral("PartsSent"));
}

void TestWorkflowRepository::assignThroughTheWorker()
{
    cs::data::Session* coordinator = m_f.session(QStringLiteral("ProductionCoordinator"));
    QVERIFY(coordinator);
    const WorkflowRepository workflow(*coordinator);
    const cs::data::OrderDetail d = order(m_orderIds[0]);
    const auto buyer = m_f.person(QStringLiteral("ProcurementSpecialist"));
    auto r = cs::test::await(workflow.assign(d.orderId, buyer.username, d.rowVersion));
    QVERIFY(r.has_value());
    QVERIFY2(r->ok(), qPrintable(r->error().logText()));
    QCOMPARE(r->value(), d.rowVersion + 1);
    QCOMPARE(order(d.orderId).assigneeName, buyer.fullName);
    // An assembler does not fit an "Order created" build: refused, in the server's words.
    r = cs::test::await(workflow.assign(d.orderId, m_f.person(QStringLiteral("Assembler")).username, d.rowVersion + 1));
    QVERIFY(r.has_value() && !r->ok());
    QCOMPARE(r->error().code, QStringLiteral("E-ASSIGNEE-ROLE"));
    QCOMPARE(r->error().kind, DbError::Kind::Refused);
    // From the row version read before the assignment: a conflict.
    r = cs::test::await(workflow.assign(d.orderId, QString(), d.rowVersion));
    QVERIFY(r.has_value() && !r->ok());
    QCOMPARE(r->error().kind, DbError::Kind::Conflict);
    QCOMPARE(r->error().code, QStringLiteral("E-STALE"));
    // Cleared, from the current version.
    r = cs::test::await(workflow.assign(d.orderId, QString(), d.rowVersion + 1));
    QVERIFY(r.has_value() && r->ok());
    QVERIFY(order(d.orderId).assigneeName.isEmpty());
}

void TestWorkflowRepository::forcedStatusThroughTheWorker()
{
    const cs::data::OrderDetail d = order(m_orderIds[3]);
    // A coordinator may not force a status: the function is not granted to the role.
    cs::data::Session* coordinator = m_f.session(QStringLiteral("ProductionCoordinator"));
    QVERIFY(coordinator);
    auto r = cs::test::await(WorkflowRepository(*coordinator)
                                 .forceStatus(d.orderId, QStringLiteral("ReadyForProduction"), QStringLiteral("test"),
                                              d.rowVersion));
    QVERIFY(r.has_value() && !r->ok());
    QCOMPARE(r->error().sqlState, QStringLiteral("42501"));
    QCOMPARE(r->error().kind, DbError::Kind::Permission);
    cs::data::Session* admin = m_f.session(QStringLiteral("Admin"));
    QVERIFY(admin);
    const WorkflowRepository workflow(*admin);
    // A reason is required.
    r = cs::test::await(workflow.forceStatus(d.orderId, QStringLiteral("ReadyForProduction"), QStringLiteral(" "),
                                             d.rowVersion));
    QVERIFY(r.has_value() && !r->ok());
    QCOMPARE(r->error().code, QStringLiteral("E-NOTE-REQUIRED"));
    r = cs::test::await(workflow.forceStatus(d.orderId, QStringLiteral("ReadyForProduction"),
                                             QStringLiteral("parts delivered directly"), d.rowVersion));
    QVERIFY(r.has_value());
    QVERIFY2(r->ok(), qPrintable(r->error().logText()));
    QCOMPARE(order(d.orderId).status, QStringLiteral("ReadyForProduction"));
    QSqlDatabase db = m_f.as(QStringLiteral("Admin"));
    const auto history = OrderPageRepository::readHistory(db, d.orderId).value();
    QCOMPARE(history.constLast().action, QStringLiteral("ForceStatus"));
    QVERIFY(history.constLast().forced);
    QCOMPARE(history.constLast().note, QStringLiteral("parts delivered directly"));
    // An unknown status, in words.
    r = cs::test::await(workflow.forceStatus(d.orderId, QStringLiteral("Lost"), QStringLiteral("typo"), r->value()));
    QVERIFY(r.has_value() && !r->ok());
    QCOMPARE(r->error().code, QStringLiteral("E-STATUS-UNKNOWN"));
}

void TestWorkflowRepository::claimThroughTheWorker()
{
    cs::data::Session* assembler = m_f.session(QStringLiteral("Assembler"));
    QVERIFY(assembler);
    const WorkflowRepository workflow(*assembler);
    // Not ready for production yet: refused.
    cs::data::OrderDetail d = order(m_orderIds[4]);
    auto r = cs::test::await(workflow.claim(d.orderId, d.rowVersion));
    QVERIFY(r.has_value() && !r->ok());
    QCOMPARE(r->error().code, QStringLiteral("E-CLAIM-STATUS"));
    QVERIFY(r->error().message.contains(d.buildNumber));
    // Made ready by an admin, then claimed.
    QSqlDatabase admin = m_f.as(QStringLiteral("Admin"));
    QVERIFY(WorkflowRepository::forceStatus(admin, d.orderId, QStringLiteral("ReadyForProduction"),
                                            QStringLiteral("test set-up"), d.rowVersion)
                .ok());
    d = order(d.orderId);
    r = cs::test::await(workflow.claim(d.orderId, d.rowVersion));
    QVERIFY(r.has_value());
    QVERIFY2(r->ok(), qPrintable(r->error().logText()));
    QCOMPARE(r->value(), d.rowVersion + 1);
    QCOMPARE(order(d.orderId).assigneeName, m_f.person(QStringLiteral("Assembler")).fullName);
    // A status change of the assembler's that needs a reason, without one.
    r = cs::test::await(workflow.transition(d.orderId, QStringLiteral("OnHoldParts"), QString(), d.rowVersion + 1));
    QVERIFY(r.has_value() && !r->ok());
    QCOMPARE(r->error().code, QStringLiteral("E-NOTE-REQUIRED"));
    r = cs::test::await(workflow.transition(d.orderId, QStringLiteral("OnHoldParts"), QStringLiteral("waiting for P-2"),
                                            d.rowVersion + 1));
    QVERIFY(r.has_value() && r->ok());
    QCOMPARE(order(d.orderId).status, QStringLiteral("OnHoldParts"));
}

void TestWorkflowRepository::signatureNeedsAFreshConnection()
{
    const auto buyer = m_f.person(QStringLiteral("ProcurementSpecialist"));
    cs::data::Session* session = m_f.session(QStringLiteral("ProcurementSpecialist"));
    QVERIFY(session);
    const WorkflowRepository workflow(*session);
    const cs::data::OrderDetail d = order(m_orderIds[2]);
    // Through the worker, a wrong password: refused, the dialog's words, nothing signed.
    auto r = cs::test::await(workflow.signBomDecision(BomDecision{d.bomId, true, QString(), buyer.initials},
                                                      QStringLiteral("wrong")));
    QVERIFY(r.has_value() && !r->ok());
    QCOMPARE(r->error().code, QStringLiteral("E-SIGN-PASSWORD"));
    QVERIFY(r->error().userMessage().contains(QStringLiteral("password")));

    // The server accepts a signature only on a backend started moments ago: with the allowance cut
    // to one second, a connection opened earlier is refused...
    QSqlDatabase old = m_f.as(QStringLiteral("ProcurementSpecialist"));
    QVERIFY(old.isOpen());
    QString error;
    QVERIFY2(cs::test::ScratchDatabase::exec(m_f.db().superuser(),
                                             QStringLiteral("UPDATE cs.app_settings SET value = '1' "
                                                            "WHERE key = 'signature_max_age_seconds'"),
                                             {}, &error),
             qPrintable(error));
    QTest::qWait(2100);
    const auto stale = WorkflowRepository::decideBom(old, BomDecision{d.bomId, true, QString(), buyer.initials});
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, QStringLiteral("E-SIGN-STALE"));
    // ... while the worker opens a new connection with the password typed again, and signs.
    r = cs::test::await(workflow.signBomDecision(BomDecision{d.bomId, true, QStringLiteral("fresh"), buyer.initials},
                                                 buyer.password));
    QVERIFY(cs::test::ScratchDatabase::exec(m_f.db().superuser(),
                                            QStringLiteral("UPDATE cs.app_settings SET value = '120' "
                                                           "WHERE key = 'signature_max_age_seconds'"),
                                            {}, &error));
    QVERIFY(r.has_value());
    QVERIFY2(r->ok(), qPrintable(r->error().logText()));
    QCOMPARE(order(d.orderId).bomStatus, QStringLiteral("Approved"));
    // The signature's backend start is the fresh connection's, within the allowance of its time.
    QVERIFY(m_f.value(QStringLiteral("SELECT signed_at - backend_start < interval '1 second' FROM cs.signatures "
                                     "WHERE signed_row_id = ? ORDER BY signed_at DESC LIMIT 1"),
                      {d.bomId})
                .toBool());
}

QTEST_GUILESS_MAIN(TestWorkflowRepository)
#include "tst_workflowrepository.moc"
