// The domain's workflow tables against the database, the authority: the status and role enums name the
// same values in the same order; the transition table equals cs.order_transitions; every transition is
// accepted by cs.transition_order for every role the table allows once its gate is met (and refused for
// the others, and without the gate); a build is assigned exactly to the roles the table fits to its
// status; the work lists' statuses are statuses of the database. The assembler's steps (issue 13):
// ReadyForProduction -> TestingComplete and PackagingComplete -> ReadyForFinalQC are taken by
// signing the CLT and the CLP's closing statement only (transition_order refuses them for every
// role, E-TRANSITION-BY-SIGNATURE); an assembler's step is the claimant's; packing needs the packing
// list confirmed.
#include "data/admin/demochecklists.h"
#include "data/common/dberror.h"
#include "domain/common/capabilities.h"
#include "domain/common/worklist.h"
#include "domain/orders/orderstatus.h"
#include "qcgate.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using cs::data::DbError;
using cs::test::QcGate;
using cs::test::ScratchDatabase;
using namespace cs::domain;

namespace {

struct Order
{
    QString orderId;
    QString bomId;
};

// Reached by a signature only (the CLT PASS, the CLP closing statement), never by transition_order.
bool bySignature(const OrderTransition& t)
{
    return (t.from == OrderStatus::ReadyForProduction && t.to == OrderStatus::TestingComplete)
           || (t.from == OrderStatus::PackagingComplete && t.to == OrderStatus::ReadyForFinalQC);
}

// The way back from rework is the rework's record (cs.record_rework, db.rework), not a status change.
bool byRework(const OrderTransition& t)
{
    return (t.from == OrderStatus::ReworkPreQC && t.to == OrderStatus::ReadyForPreQC)
           || (t.from == OrderStatus::ReworkFinalQC && t.to == OrderStatus::ReadyForFinalQC);
}

} // namespace

class TestWorkflowRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void statusEnumMatchesTheDatabase();
    void roleEnumMatchesTheDatabase();
    void transitionTableMatchesTheDatabase();
    void everyTransitionAsEveryRole();
    void gatesAreChecked();
    void assigneesFitTheirStatus();

private:
    // Runs `sql` on `db`; the server's refusal as a DbError (unset when it went through).
    DbError run(QSqlDatabase db, const QString& sql, const QVariantList& values = {}, QVariant* first = nullptr);
    // A fresh connection as the person of `role`, for one signature (closed by the caller).
    QSqlDatabase fresh(AppRole role) { return m_db->connect(m_people.value(role).settings); }
    Order newOrder();
    int rowVersion(const QString& orderId);
    QString status(const QString& orderId);
    // Moves the build to `status` through the admin's "force status".
    bool force(const QString& orderId, OrderStatus status);
    // Puts on record what `gate` needs, with the build in the gate's status.
    bool meetGate(const Order& order, TransitionGate gate);
    bool recordQc(const Order& order, const char* type, const char* result);
    bool recordTest(const Order& order);
    // What an assembler's step needs of the person taking it (the build in t.from): the claim, and for
    // packing the end-of-line test passed and the packing list confirmed by them.
    bool prepareAssemblyStep(const Order& order, const OrderTransition& t, AppRole role);

    std::unique_ptr<ScratchDatabase> m_db;
    QHash<AppRole, ScratchDatabase::Person> m_people;
    QHash<AppRole, QSqlDatabase> m_as;   // a long-lived connection per role
    QSqlDatabase m_super;   // one superuser connection for the set-up and the checks
    QString m_preQcTemplate;
    QString m_finalQcTemplate;
    QString m_testTemplate;
};

void TestWorkflowRules::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_super = m_db->superuser();
    QVERIFY(m_super.isOpen());
    for (AppRole r : allAppRoles()) {
        QString error;
        const ScratchDatabase::Person p = m_db->createPerson(appRoleName(r), {}, &error);
        QVERIFY2(!p.username.isEmpty(), qPrintable(error));
        m_people.insert(r, p);
        m_as.insert(r, m_db->connect(p.settings));
        QVERIFY(m_as.value(r).isOpen());
    }
    QString error;
    QVERIFY2(ScratchDatabase::seedWorkflowFixtures(m_as.value(AppRole::Admin), &error), qPrintable(error));
    QVariant v;
    QVERIFY(!run(m_super, QStringLiteral("SELECT template_id::text FROM cs.qc_form_templates WHERE form_type = 'PreQC'"),
                 {}, &v).isSet());
    m_preQcTemplate = v.toString();
    QVERIFY(!run(m_super, QStringLiteral("SELECT template_id::text FROM cs.qc_form_templates WHERE form_type = 'FinalQC'"),
                 {}, &v).isSet());
    m_finalQcTemplate = v.toString();
    QVERIFY(!run(m_super, QStringLiteral("SELECT template_id::text FROM cs.testing_form_templates"), {}, &v).isSet());
    m_testTemplate = v.toString();
    QVERIFY(!m_preQcTemplate.isEmpty() && !m_finalQcTemplate.isEmpty() && !m_testTemplate.isEmpty());
}

void TestWorkflowRules::cleanupTestCase()
{
    m_as.clear();
    m_super = QSqlDatabase();
    m_db.reset();
}

DbError TestWorkflowRules::run(QSqlDatabase db, const QString& sql, const QVariantList& values, QVariant* first)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return DbError::fromSql(q.lastError());
    if (first && q.next())
        *first = q.value(0);
    return {};
}

Order TestWorkflowRules::newOrder()
{
    const QString suffix = ScratchDatabase::randomSuffix(8).toUpper();
    const QByteArray json = QJsonDocument(ScratchDatabase::orderJson(QStringLiteral("PO-") + suffix,
                                                                     QStringLiteral("B-") + suffix))
                                .toJson(QJsonDocument::Compact);
    QVariant result;
    const DbError e = run(m_as.value(AppRole::ProductionCoordinator),
                          QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))::text"), {QString::fromUtf8(json)}, &result);
    if (e.isSet()) {
        qWarning("submit_order: %s", qPrintable(e.logText()));
        return {};
    }
    const QJsonObject build =
        QJsonDocument::fromJson(result.toString().toUtf8()).object().value(u"builds").toArray().at(0).toObject();
    return {build.value(u"orderId").toString(), build.value(u"bomId").toString()};
}

int TestWorkflowRules::rowVersion(const QString& orderId)
{
    QVariant v;
    run(m_super, QStringLiteral("SELECT row_version FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {orderId}, &v);
    return v.toInt();
}

QString TestWorkflowRules::status(const QString& orderId)
{
    QVariant v;
    run(m_super, QStringLiteral("SELECT status::text FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {orderId}, &v);
    return v.toString();
}

bool TestWorkflowRules::force(const QString& orderId, OrderStatus to)
{
    if (status(orderId) == orderStatusName(to))
        return true;
    const DbError e = run(m_as.value(AppRole::Admin),
                          QStringLiteral("SELECT cs.force_order_status(CAST(? AS uuid), ?, 'test set-up', ?)"),
                          {orderId, orderStatusName(to), rowVersion(orderId)});
    if (e.isSet())
        qWarning("force_order_status: %s", qPrintable(e.logText()));
    return !e.isSet();
}

// A Pre-QC or Final QC result: the checklist filled and signed by the QC inspector (issue 12); the
// signature moves the build (PASS: ReadyForProduction / ReadyForShip, FAIL: to rework).
bool TestWorkflowRules::recordQc(const Order& order, const char* type, const char* result)
{
    const bool pass = qstrcmp(result, "Pass") == 0;
    const ScratchDatabase::Person& inspector = m_people.value(AppRole::QCPerson);
    QString error;
    const bool ok = qstrcmp(type, "PreQC") == 0 ? QcGate::signPreQc(*m_db, order.orderId, inspector, pass, &error)
                                                : QcGate::signFinalQc(*m_db, order.orderId, inspector, pass, &error);
    if (!ok)
        qWarning("%s %s: %s", type, result, qPrintable(error));
    return ok;
}

// The end-of-line test passed, signed by the assembler.
bool TestWorkflowRules::recordTest(const Order& order)
{
    QString error;
    const bool ok = QcGate::recordTestPass(*m_db, order.orderId, m_people.value(AppRole::Assembler), &error);
    if (!ok)
        qWarning("end-of-line test: %s", qPrintable(error));
    return ok;
}

bool TestWorkflowRules::prepareAssemblyStep(const Order& order, const OrderTransition& t, AppRole role)
{
    const ScratchDatabase::Person& me = m_people.value(role);
    QString error;
    bool ok = true;
    if (t.from == OrderStatus::TestingComplete && t.to == OrderStatus::PackagingComplete) {
        QSqlDatabase db = m_db->connect(me.settings);
        QString checklistId;
        ok = force(order.orderId, OrderStatus::ReadyForProduction) && QcGate::recordTestPass(*m_db, order.orderId, me, &error)
             && cs::data::DemoAssembly::fill(db, order.orderId, QStringLiteral("CLP"), cs::data::DemoAssembly::Part::Packing,
                                             me.fullName, me.initials, false, &checklistId, &error);
        db.close();
    } else if (role == AppRole::Assembler && t.from == OrderStatus::ReadyForProduction) {
        ok = QcGate::claim(*m_db, order.orderId, me, &error);
    }
    if (!ok)
        qWarning("%s: %s", qPrintable(orderStatusName(t.to)), qPrintable(error));
    return ok;
}

bool TestWorkflowRules::meetGate(const Order& order, TransitionGate gate)
{
    switch (gate) {
    case TransitionGate::None:
        return true;
    case TransitionGate::BomApproved: {
        QSqlDatabase db = fresh(AppRole::ProcurementSpecialist);
        const DbError e = run(db, QStringLiteral("SELECT cs.approve_bom(CAST(? AS uuid), true, NULL, ?)"),
                              {order.bomId, m_people.value(AppRole::ProcurementSpecialist).initials});
        db.close();
        if (e.isSet())
            qWarning("approve_bom: %s", qPrintable(e.logText()));
        return !e.isSet();
    }
    case TransitionGate::PreQcPass:
        return force(order.orderId, OrderStatus::ReadyForPreQC) && recordQc(order, "PreQC", "Pass");
    case TransitionGate::PreQcFail:
        return force(order.orderId, OrderStatus::ReadyForPreQC) && recordQc(order, "PreQC", "Fail");
    case TransitionGate::TestPass:
        return force(order.orderId, OrderStatus::ReadyForProduction) && recordTest(order);
    case TransitionGate::FinalQcPass:
        // Final QC passes only with a passed end-of-line test on record.
        return force(order.orderId, OrderStatus::ReadyForProduction) && recordTest(order)
               && force(order.orderId, OrderStatus::ReadyForFinalQC) && recordQc(order, "FinalQC", "Pass");
    case TransitionGate::FinalQcFail:
        return force(order.orderId, OrderStatus::ReadyForFinalQC) && recordQc(order, "FinalQC", "Fail");
    }
    return false;
}

void TestWorkflowRules::statusEnumMatchesTheDatabase()
{
    QVariant v;
    QVERIFY(!run(m_super, QStringLiteral("SELECT array_to_string(enum_range(NULL::cs.order_status_enum), ',')"),
                 {}, &v).isSet());
    QStringList names;
    for (OrderStatus s : allOrderStatuses())
        names << orderStatusName(s);
    QCOMPARE(v.toString().split(u','), names);
}

void TestWorkflowRules::roleEnumMatchesTheDatabase()
{
    QVariant v;
    QVERIFY(!run(m_super, QStringLiteral("SELECT array_to_string(enum_range(NULL::cs.user_role_enum), ',')"),
                 {}, &v).isSet());
    QCOMPARE(v.toString().split(u','), RoleSet::all().names());
    // Each role's group role is the one the database puts its people in.
    for (AppRole r : allAppRoles()) {
        QVERIFY(!run(m_super, QStringLiteral("SELECT cs.group_for_role(CAST(? AS cs.user_role_enum))"),
                     {appRoleName(r)}, &v).isSet());
        QCOMPARE(v.toString(), appRoleGroup(r));
    }
    // And the work lists name statuses the database has.
    for (const WorkListRule& w : WorkLists::table()) {
        for (OrderStatus s : w.statuses) {
            QVERIFY(!run(m_super, QStringLiteral("SELECT CAST(? AS cs.order_status_enum)::text"),
                         {orderStatusName(s)}, &v).isSet());
            QCOMPARE(v.toString(), orderStatusName(s));
        }
    }
}

void TestWorkflowRules::transitionTableMatchesTheDatabase()
{
    QSqlQuery q(m_super);
    // Roles sorted in the enum's order, like RoleSet::names().
    QVERIFY(q.exec(QStringLiteral(
        "SELECT t.from_status::text, t.to_status::text, t.note_required, coalesce(t.gate, ''), "
        "(SELECT string_agg(r::text, ',' ORDER BY r) FROM unnest(t.allowed_roles) r) "
        "FROM cs.order_transitions t ORDER BY t.from_status, t.to_status")));
    QStringList server;
    while (q.next()) {
        server << QStringLiteral("%1>%2 note=%3 gate=%4 roles=%5")
                      .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toBool() ? QStringLiteral("y") : QStringLiteral("n"),
                           q.value(3).toString(), q.value(4).toString());
    }
    QList<OrderTransition> table = OrderWorkflow::transitions();
    std::sort(table.begin(), table.end(), [](const OrderTransition& a, const OrderTransition& b) {
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
    QStringList client;
    for (const OrderTransition& t : table) {
        client << QStringLiteral("%1>%2 note=%3 gate=%4 roles=%5")
                      .arg(orderStatusName(t.from), orderStatusName(t.to), t.noteRequired ? QStringLiteral("y") : QStringLiteral("n"),
                           transitionGateName(t.gate), t.roles.names().join(u','));
    }
    QCOMPARE(client, server);

    // The exported JSON says the same.
    const QJsonArray json = Capabilities::toJson().object().value(u"transitions").toArray();
    QCOMPARE(json.size(), server.size());
}

void TestWorkflowRules::everyTransitionAsEveryRole()
{
    int accepted = 0;
    int refused = 0;
    for (const OrderTransition& t : OrderWorkflow::transitions()) {
        const QString name = orderStatusName(t.from) + QStringLiteral(" > ") + orderStatusName(t.to);
        const QString note = t.noteRequired ? QStringLiteral("reason given by the test") : QString();
        // Refused, whatever is on record, for every role the table leaves out (the role is checked first).
        const Order shared = newOrder();
        QVERIFY(!shared.orderId.isEmpty());
        QVERIFY(force(shared.orderId, t.from));
        for (AppRole r : allAppRoles()) {
            if (t.roles.contains(r))
                continue;
            const DbError e = run(m_as.value(r), QStringLiteral("SELECT cs.transition_order(CAST(? AS uuid), ?, ?, ?)"),
                                  {shared.orderId, orderStatusName(t.to), note.isEmpty() ? QStringLiteral("x") : note,
                                   rowVersion(shared.orderId)});
            QVERIFY2(e.isSet(), qPrintable(name + u' ' + appRoleName(r)));
            QCOMPARE(e.sqlState, QStringLiteral("42501"));
            QCOMPARE(e.code, QStringLiteral("E-ROLE"));
            QCOMPARE(status(shared.orderId), orderStatusName(t.from));
            ++refused;
        }
        // Accepted for each role it allows, once its gate is met.
        for (AppRole r : t.roles.toList()) {
            const Order o = newOrder();
            QVERIFY(!o.orderId.isEmpty());
            if (!bySignature(t))
                QVERIFY2(meetGate(o, t.gate), qPrintable(name));
            QVERIFY(force(o.orderId, t.from));
            QVERIFY2(prepareAssemblyStep(o, t, r), qPrintable(name));
            QVariant version;
            // Shipped records its ship date through cs.ship_order (cs.transition_order refuses it without one).
            const DbError e = t.to == OrderStatus::Shipped
                                  ? run(m_as.value(r), QStringLiteral("SELECT cs.ship_order(CAST(? AS uuid), current_date, NULL, NULL, ?)"),
                                        {o.orderId, rowVersion(o.orderId)}, &version)
                                  : run(m_as.value(r), QStringLiteral("SELECT cs.transition_order(CAST(? AS uuid), ?, ?, ?)"),
                                        {o.orderId, orderStatusName(t.to),
                                         note.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(note),
                                         rowVersion(o.orderId)},
                                        &version);
            if (bySignature(t) || byRework(t)) {
                QCOMPARE(e.code, bySignature(t) ? QStringLiteral("E-TRANSITION-BY-SIGNATURE") : QStringLiteral("E-TRANSITION-BY-REWORK"));
                QCOMPARE(status(o.orderId), orderStatusName(t.from));
                ++refused;
                continue;
            }
            QVERIFY2(!e.isSet(), qPrintable(name + u' ' + appRoleName(r) + u' ' + e.logText()));
            QCOMPARE(status(o.orderId), orderStatusName(t.to));
            ++accepted;
        }
        // A transition that needs a reason is refused without one.
        if (t.noteRequired) {
            const Order o = newOrder();
            QVERIFY(meetGate(o, t.gate) && force(o.orderId, t.from) && prepareAssemblyStep(o, t, AppRole::Admin));
            const DbError e = run(m_as.value(AppRole::Admin), QStringLiteral("SELECT cs.transition_order(CAST(? AS uuid), ?, '', ?)"),
                                  {o.orderId, orderStatusName(t.to), rowVersion(o.orderId)});
            QCOMPARE(e.code, QStringLiteral("E-NOTE-REQUIRED"));
        }
    }
    qInfo("%d transitions accepted, %d refused for the role", accepted, refused);
    QVERIFY(accepted > 0 && refused > 0);
}

void TestWorkflowRules::gatesAreChecked()
{
    // Without what the gate needs on record, even the Admin's transition is refused (E-GATE-...).
    for (const OrderTransition& t : OrderWorkflow::transitions()) {
        if (t.gate == TransitionGate::None)
            continue;
        const Order o = newOrder();
        QVERIFY(force(o.orderId, t.from));
        const DbError e = run(m_as.value(AppRole::Admin), QStringLiteral("SELECT cs.transition_order(CAST(? AS uuid), ?, ?, ?)"),
                              {o.orderId, orderStatusName(t.to), QStringLiteral("reason given by the test"),
                               rowVersion(o.orderId)});
        QVERIFY2(e.code.startsWith(QStringLiteral("E-GATE-")) || (bySignature(t) && e.code == u"E-TRANSITION-BY-SIGNATURE"),
                 qPrintable(orderStatusName(t.from) + u'>' + orderStatusName(t.to) + u' ' + e.logText()));
        QCOMPARE(status(o.orderId), orderStatusName(t.from));
    }
}

void TestWorkflowRules::assigneesFitTheirStatus()
{
    // In every status, assigning to a person of each role is accepted exactly when the table fits the role.
    const Order o = newOrder();
    QVERIFY(!o.orderId.isEmpty());
    for (OrderStatus s : allOrderStatuses()) {
        QVERIFY(force(o.orderId, s));
        for (AppRole r : allAppRoles()) {
            const DbError e = run(m_as.value(AppRole::ProductionCoordinator),
                                  QStringLiteral("SELECT cs.assign_order(CAST(? AS uuid), ?, ?)"),
                                  {o.orderId, m_people.value(r).username, rowVersion(o.orderId)});
            const QString what = orderStatusName(s) + u' ' + appRoleName(r) + u' ' + e.logText();
            if (OrderWorkflow::fitsAsAssignee(r, s)) {
                QVERIFY2(!e.isSet(), qPrintable(what));
            } else {
                QVERIFY2(e.isSet(), qPrintable(what));
                QCOMPARE(e.code, QStringLiteral("E-ASSIGNEE-ROLE"));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestWorkflowRules)
#include "tst_workflowrules.moc"
