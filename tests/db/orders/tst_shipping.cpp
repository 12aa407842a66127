// Shipping a build against a real PostgreSQL (WORKFLOW.md 2.2: ReadyForShip -> Shipped, coordinator or
// admin, the ship date; carrier and tracking optional): cs.transition_order refuses Shipped without its
// date; cs.ship_order (WorkflowRepository::ship) refuses other roles, a missing date, a date after today
// or before the build was ready for ship, a build not ready for ship and a stale row version; it stores
// the date, carrier and tracking with the recorder and the server's time, moves the build and writes
// the history in one transaction; shipment() reads it through the worker.
#include "orderfixture.h"

#include "data/orders/orderpagerepository.h"
#include "data/orders/workflowrepository.h"

#include <QTest>

using cs::data::ShipmentEntry;
using cs::data::WorkflowRepository;
using cs::test::OrderFixture;

class TestShipping : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void plainTransitionIsRefused();
    void onlyCoordinatorAndAdmin();
    void dateRequiredAndSane();
    void storedWithAuthorAndTime();

private:
    QString readyForShip(const QString& letter);
    int rowVersion(const QString& orderId);

    OrderFixture m_f;
    QString m_tag;
};

void TestShipping::initTestCase()
{
    QString why;
    if (!cs::test::ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    QVERIFY2(m_f.setUp(&why), qPrintable(why));
    m_tag = cs::test::ScratchDatabase::randomSuffix(5).toUpper();
}

void TestShipping::cleanupTestCase()
{
    m_f.tearDown();
}

QString TestShipping::readyForShip(const QString& letter)
{
    const QString id = m_f.submit(QStringLiteral("PO-S%1").arg(letter) + m_tag, QStringLiteral("BS%1-").arg(letter) + m_tag);
    QSqlDatabase admin = m_f.as(QStringLiteral("Admin"));
    const auto forced = WorkflowRepository::forceStatus(admin, id, QStringLiteral("ReadyForShip"), QStringLiteral("test set-up"),
                                                        rowVersion(id));
    if (!forced)
        qWarning("%s", qPrintable(forced.error().logText()));
    return id;
}

int TestShipping::rowVersion(const QString& orderId)
{
    return m_f.value(QStringLiteral("SELECT row_version FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {orderId}).toInt();
}

void TestShipping::plainTransitionIsRefused()
{
    const QString id = readyForShip(QStringLiteral("A"));
    QSqlDatabase coord = m_f.as(QStringLiteral("ProductionCoordinator"));
    const auto r = WorkflowRepository::transition(coord, id, QStringLiteral("Shipped"), QString(), rowVersion(id));
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("E-SHIP-DATE-REQUIRED"));
    QCOMPARE(m_f.value(QStringLiteral("SELECT status::text FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {id}).toString(),
             QStringLiteral("ReadyForShip"));
}

void TestShipping::onlyCoordinatorAndAdmin()
{
    const QString id = readyForShip(QStringLiteral("B"));
    const ShipmentEntry entry{QDate::currentDate(), QStringLiteral("Carrier"), QString()};
    for (const QString& role : {QStringLiteral("QCPerson"), QStringLiteral("ProcurementSpecialist"), QStringLiteral("Assembler"),
                                QStringLiteral("ServiceDepartment")}) {
        QSqlDatabase db = m_f.as(role);
        const auto r = WorkflowRepository::ship(db, id, entry, rowVersion(id));
        QVERIFY2(!r, qPrintable(role));
        QVERIFY2(r.error().kind == cs::data::DbError::Kind::Permission, qPrintable(role + u' ' + r.error().logText()));
    }
    QCOMPARE(m_f.value(QStringLiteral("SELECT count(*) FROM cs.order_shipments WHERE order_id = CAST(? AS uuid)"), {id}).toInt(), 0);
    QSqlDatabase admin = m_f.as(QStringLiteral("Admin"));
    const auto ok = WorkflowRepository::ship(admin, id, entry, rowVersion(id));
    QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().logText()));
}

void TestShipping::dateRequiredAndSane()
{
    const QString id = readyForShip(QStringLiteral("C"));
    QSqlDatabase coord = m_f.as(QStringLiteral("ProductionCoordinator"));
    const QDate today = m_f.value(QStringLiteral("SELECT current_date::text")).toDate();
    const auto refused = [&](const ShipmentEntry& e, int version) {
        const auto r = WorkflowRepository::ship(coord, id, e, version);
        return r ? QString() : r.error().code;
    };
    QCOMPARE(refused({QDate(), {}, {}}, rowVersion(id)), QStringLiteral("E-SHIP-DATE-REQUIRED"));
    QCOMPARE(refused({today.addDays(1), {}, {}}, rowVersion(id)), QStringLiteral("E-SHIP-DATE-FUTURE"));
    QCOMPARE(refused({today.addDays(-1), {}, {}}, rowVersion(id)), QStringLiteral("E-SHIP-DATE-EARLY"));   // ready today
    QCOMPARE(refused({today, QString(101, u'x'), {}}, rowVersion(id)), QStringLiteral("E-SHIP-FIELD-LONG"));
    QCOMPARE(refused({today, {}, {}}, rowVersion(id) - 1), QStringLiteral("E-STALE"));
    QCOMPARE(m_f.value(QStringLiteral("SELECT count(*) FROM cs.order_shipments WHERE order_id = CAST(? AS uuid)"), {id}).toInt(), 0);
    // A build not ready for ship.
    const QString created = m_f.submit(QStringLiteral("PO-SD") + m_tag, QStringLiteral("BSD-") + m_tag);
    const auto r = WorkflowRepository::ship(coord, created, {today, {}, {}}, rowVersion(created));
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("E-TRANSITION"));
}

void TestShipping::storedWithAuthorAndTime()
{
    const QString id = readyForShip(QStringLiteral("E"));
    QSqlDatabase coord = m_f.as(QStringLiteral("ProductionCoordinator"));
    const QDate today = m_f.value(QStringLiteral("SELECT current_date::text")).toDate();
    const int before = rowVersion(id);
    const auto r = WorkflowRepository::ship(coord, id, {today, QStringLiteral("  Freight Co  "), QStringLiteral("TR-1")}, before);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().logText()));
    QCOMPARE(r.value(), rowVersion(id));
    QVERIFY(r.value() > before);
    QCOMPARE(m_f.value(QStringLiteral("SELECT status::text FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {id}).toString(),
             QStringLiteral("Shipped"));
    // Recorded by the caller, at the server's time of the transaction.
    QCOMPARE(m_f.value(QStringLiteral("SELECT u.username || ' ' || s.ship_date::text || ' ' || s.carrier || ' ' || s.tracking "
                                      "|| ' ' || (abs(extract(epoch FROM now() - s.recorded_at)) < 600)::text "
                                      "FROM cs.order_shipments s JOIN cs.users u ON u.user_id = s.recorded_by "
                                      "WHERE s.order_id = CAST(? AS uuid)"),
                       {id})
                 .toString(),
             QStringLiteral("%1 %2 Freight Co TR-1 true").arg(m_f.person(QStringLiteral("ProductionCoordinator")).username,
                                                             today.toString(Qt::ISODate)));
    // The history entry of the move names the shipment.
    QCOMPARE(m_f.value(QStringLiteral("SELECT notes FROM cs.order_history WHERE order_id = CAST(? AS uuid) AND new_status = 'Shipped'"),
                       {id})
                 .toString(),
             QStringLiteral("Shipped on %1, carrier Freight Co, tracking TR-1").arg(today.toString(Qt::ISODate)));
    // Read back through the session's worker.
    const auto read = cs::test::await(WorkflowRepository(*m_f.session(QStringLiteral("QCPerson"))).shipment(id));
    QVERIFY(read && read->ok());
    QVERIFY(read->value().has_value());
    QCOMPARE(read->value()->carrier, QStringLiteral("Freight Co"));
    QCOMPARE(read->value()->tracking, QStringLiteral("TR-1"));
    QCOMPARE(read->value()->shipDate, today);
    QCOMPARE(read->value()->recordedBy, m_f.person(QStringLiteral("ProductionCoordinator")).fullName);
}

QTEST_MAIN(TestShipping)
#include "tst_shipping.moc"
