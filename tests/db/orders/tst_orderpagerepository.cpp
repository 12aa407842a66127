// The order page's one read (OrderPageRepository) against a real PostgreSQL: the order with its
// current BOM, the BOM's tree, procurement list and decisions, the history; everything in one call
// through the session's worker, with the status actions of the reader's own role (the server's
// cs.caller_role) and the people to assign for coordinators only; a missing order is E-ORDER-NOT-FOUND,
// a role that may not read orders is refused (42501) as a DbError; a load replaced by a newer one is
// cancelled and gives no answer.
#include "orderfixture.h"

#include "data/orders/orderpagerepository.h"
#include "data/orders/ordersearch.h"

#include <algorithm>

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using cs::data::DbError;
using cs::data::OrderPageData;
using cs::data::OrderPageRepository;
using cs::test::OrderFixture;

class TestOrderPageRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void orderDetailAndBom();
    void oneCallForThePage();
    void valuesAsStored();
    void actionsOfTheReadersRole();
    void missingOrder();
    void roleThatMayNotReadOrders();
    void replacedLoadIsCancelled();

private:
    OrderFixture m_f;
    QString m_tag;
    QStringList m_orderIds;
};

void TestOrderPageRepository::initTestCase()
{
    QString why;
    if (!cs::test::ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    QVERIFY2(m_f.setUp(&why), qPrintable(why));
    m_tag = cs::test::ScratchDatabase::randomSuffix(5).toUpper();
    m_orderIds << m_f.submit(QStringLiteral("PO-A") + m_tag, QStringLiteral("BA-") + m_tag,
                             QStringLiteral("Mercy Hospital Denver"), QStringLiteral("Sterile Core 2026"))
               << m_f.submit(QStringLiteral("PO-B") + m_tag, QStringLiteral("BB-") + m_tag);
    for (const QString& id : std::as_const(m_orderIds))
        QVERIFY(!id.isEmpty());
}

void TestOrderPageRepository::cleanupTestCase()
{
    m_f.tearDown();
}

void TestOrderPageRepository::orderDetailAndBom()
{
    QSqlDatabase db = m_f.as(QStringLiteral("Assembler"));
    const auto order = OrderPageRepository::readOrder(db, m_orderIds[0]);
    QVERIFY2(order.ok(), qPrintable(order.error().logText()));
    const cs::data::OrderDetail d = order.value();
    QCOMPARE(d.buildNumber, QStringLiteral("BA-") + m_tag);
    QCOMPARE(d.customerName, QStringLiteral("Mercy Hospital Denver"));
    QCOMPARE(d.status, QStringLiteral("OrderCreated"));
    QCOMPARE(d.bomVersion, 1);
    QCOMPARE(d.bomSha256.size(), 64);
    QCOMPARE(cs::data::OrderSearch::findBuild(db, QStringLiteral("ba-") + m_tag.toLower()).value()->orderId, m_orderIds[0]);
    QCOMPARE(cs::data::OrderSearch::findPo(db, QStringLiteral("PO-A") + m_tag).value()->firstBuild().orderId, m_orderIds[0]);
    const auto read = OrderPageRepository::readBom(db, d.bomId);
    QVERIFY2(read.ok(), qPrintable(read.error().logText()));
    const cs::data::BomData bom = read.value();
    QCOMPARE(bom.tree.size(), 3);
    QCOMPARE(bom.tree[0].itemId, QStringLiteral("ASSY-1"));
    QCOMPARE(bom.tree[0].rule, QStringLiteral("R-KIT"));
    QCOMPARE(bom.tree[1].parentLineNo, bom.tree[0].lineNo);
    QCOMPARE(bom.tree[1].extendedQuantity, 3);
    QVERIFY(!bom.tree[1].name.isEmpty());
    QCOMPARE(bom.flat.size(), 2);
    QCOMPARE(bom.flat[0].itemId, QStringLiteral("P-1"));
    QCOMPARE(bom.flat[0].quantity, 3);
    // The procurement list names each item as the tree does.
    for (const cs::data::BomFlatRow& f : bom.flat) {
        QVERIFY2(!f.name.isEmpty(), qPrintable(f.itemId));
        const auto line = std::find_if(bom.tree.cbegin(), bom.tree.cend(),
                                       [&](const cs::data::BomLineRow& l) { return l.itemId == f.itemId; });
        QVERIFY2(line != bom.tree.cend(), qPrintable(f.itemId));
        QCOMPARE(f.name, line->name);
    }
    QCOMPARE(bom.sha256, d.bomSha256);
    const auto history = OrderPageRepository::readHistory(db, m_orderIds[0]);
    QVERIFY(history.ok());
    QVERIFY(!history.value().isEmpty());
    // A BOM that does not exist, in words.
    const auto none = OrderPageRepository::readBom(db, QStringLiteral("00000000-0000-4000-8000-000000000000"));
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, QStringLiteral("E-BOM-NOT-FOUND"));
    QCOMPARE(none.error().kind, DbError::Kind::Refused);
}

void TestOrderPageRepository::oneCallForThePage()
{
    cs::data::Session* session = m_f.session(QStringLiteral("ProductionCoordinator"));
    QVERIFY(session);
    const auto r = cs::test::await(OrderPageRepository(*session).load(m_orderIds[0]));
    QVERIFY(r.has_value());
    QVERIFY2(r->ok(), qPrintable(r->error().logText()));
    const OrderPageData& page = r->value();
    QCOMPARE(page.detail.orderId, m_orderIds[0]);
    QCOMPARE(page.detail.projectName, QStringLiteral("Sterile Core 2026"));
    QCOMPARE(page.history.size(), 1);
    QCOMPARE(page.history[0].action, QStringLiteral("OrderCreated"));
    QCOMPARE(page.history[0].who, m_f.person(QStringLiteral("ProductionCoordinator")).fullName);
    QVERIFY(page.documents.isEmpty());
    QCOMPARE(page.bom.bomId, page.detail.bomId);
    QCOMPARE(page.bom.tree.size(), 3);
    QCOMPARE(page.bom.flat.size(), 2);
    QVERIFY(page.bom.approvals.isEmpty());
    // A coordinator may assign: the people that fit an "Order created" build (procurement) and admins.
    QStringList names;
    for (const cs::data::AssignableUser& u : page.assignable)
        names << u.username;
    QVERIFY2(names.contains(m_f.person(QStringLiteral("ProcurementSpecialist")).username), qPrintable(names.join(u',')));
    QVERIFY2(names.contains(m_f.person(QStringLiteral("Admin")).username), qPrintable(names.join(u',')));
    QVERIFY2(!names.contains(m_f.person(QStringLiteral("Assembler")).username), qPrintable(names.join(u',')));
    // No status action of a coordinator's from "Order created".
    QVERIFY(page.transitions.isEmpty());
}

// The page comes as one json object: its times, dates, numbers and the configuration read back are
// what the columns hold, as the driver reads them from the columns themselves.
void TestOrderPageRepository::valuesAsStored()
{
    QSqlDatabase db = m_f.as(QStringLiteral("ProductionCoordinator"));
    const auto page = OrderPageRepository::read(db, m_orderIds[0]);
    QVERIFY2(page.ok(), qPrintable(page.error().logText()));
    const cs::data::OrderDetail& d = page.value().detail;
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT o.created_at, o.updated_at, o.want_date, o.row_version, o.config::text, "
                                  "b.generated_at, b.catalog_revision, h.created_at FROM cs.orders o "
                                  "JOIN cs.boms b ON b.bom_id = o.generated_bom_id "
                                  "JOIN cs.order_history h ON h.order_id = o.order_id WHERE o.order_id = '%1'")
                       .arg(m_orderIds[0])));
    QVERIFY(q.next());
    QVERIFY(d.createdAt.isValid());
    QCOMPARE(d.createdAt, q.value(0).toDateTime());
    QCOMPARE(d.updatedAt, q.value(1).toDateTime());
    QCOMPARE(d.wantDate, q.value(2).toDate());
    QCOMPARE(d.rowVersion, q.value(3).toInt());
    QCOMPARE(d.config, QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object());
    QVERIFY(!d.config.isEmpty());
    QCOMPARE(d.bomGeneratedAt, q.value(5).toDateTime());
    QCOMPARE(d.catalogRevision, q.value(6).toLongLong());
    QCOMPARE(page.value().history.value(0).at, q.value(7).toDateTime());
    // A part asked for alone is the same part.
    const auto history = OrderPageRepository::readHistory(db, m_orderIds[0]);
    QVERIFY(history.ok());
    QCOMPARE(history.value().size(), page.value().history.size());
    QCOMPARE(history.value().value(0).action, page.value().history.value(0).action);
    const auto order = OrderPageRepository::readOrder(db, m_orderIds[0]);
    QVERIFY(order.ok());
    QCOMPARE(order.value().updatedAt, d.updatedAt);
    QCOMPARE(order.value().notes, d.notes);
}

void TestOrderPageRepository::actionsOfTheReadersRole()
{
    cs::data::Session* buyer = m_f.session(QStringLiteral("ProcurementSpecialist"));
    QVERIFY(buyer);
    const auto r = cs::test::await(OrderPageRepository(*buyer).load(m_orderIds[1]));
    QVERIFY(r.has_value() && r->ok());
    QCOMPARE(r->value().transitions.size(), 1);
    QCOMPARE(r->value().transitions[0].toStatus, QStringLiteral("PartsSent"));
    QCOMPARE(r->value().transitions[0].gate, QStringLiteral("bom_approved"));
    QVERIFY(r->value().assignable.isEmpty());   // procurement does not assign
    // The same read on a connection: the caller's role is the server's.
    QSqlDatabase db = m_f.as(QStringLiteral("Assembler"));
    const auto own = OrderPageRepository::read(db, m_orderIds[1]);
    QVERIFY(own.ok());
    QCOMPARE(own.value().detail.orderId, m_orderIds[1]);
    QVERIFY(own.value().transitions.isEmpty());
    QVERIFY(own.value().assignable.isEmpty());
}

void TestOrderPageRepository::missingOrder()
{
    cs::data::Session* session = m_f.session(QStringLiteral("Assembler"));
    QVERIFY(session);
    const auto r = cs::test::await(OrderPageRepository(*session).load(QStringLiteral("00000000-0000-4000-8000-000000000000")));
    QVERIFY(r.has_value());
    QVERIFY(!r->ok());
    QCOMPARE(r->error().code, QStringLiteral("E-ORDER-NOT-FOUND"));
    QCOMPARE(r->error().kind, DbError::Kind::Refused);
    QVERIFY(!r->error().userMessage().isEmpty());
}

void TestOrderPageRepository::roleThatMayNotReadOrders()
{
    // The service department sees the order list, not the orders.
    cs::data::Session* service = m_f.session(QStringLiteral("ServiceDepartment"));
    QVERIFY(service);
    const auto r = cs::test::await(OrderPageRepository(*service).load(m_orderIds[0]));
    QVERIFY(r.has_value());
    QVERIFY(!r->ok());
    QCOMPARE(r->error().sqlState, QStringLiteral("42501"));
    QCOMPARE(r->error().kind, DbError::Kind::Permission);
    QCOMPARE(r->error().code, QStringLiteral("E-ROLE"));
    // The worker's connection is still good afterwards (the transaction was rolled back).
    const auto again = cs::test::await(cs::data::OrderSearch(*service).findBuild(QStringLiteral("BA-") + m_tag));
    QVERIFY(again.has_value() && again->ok() && again->value().has_value());
}

void TestOrderPageRepository::replacedLoadIsCancelled()
{
    cs::data::Session* session = m_f.session(QStringLiteral("Admin"));
    QVERIFY(session);
    const OrderPageRepository pages(*session);
    QFuture<cs::data::Result<OrderPageData>> first = pages.load(m_orderIds[0]);
    QFuture<cs::data::Result<OrderPageData>> second = pages.load(m_orderIds[1]);
    first.cancel();   // replaced by the second one
    QVERIFY(QTest::qWaitFor([&] { return first.isFinished() && second.isFinished(); }, 30000));
    QVERIFY(first.isCanceled());
    QCOMPARE(first.resultCount(), 0);
    const auto r = cs::test::await(second);
    QVERIFY(r.has_value() && r->ok());
    QCOMPARE(r->value().detail.orderId, m_orderIds[1]);
}

QTEST_GUILESS_MAIN(TestOrderPageRepository)
#include "tst_orderpagerepository.moc"
