// Order board SQL against a real PostgreSQL: board search (PO, build, customer, project substrings;
// status filter; "%" taken literally), server sort and paging, and the bulk generator. (The order
// page's reads and writes are tested with their repositories: tst_orderpagerepository,
// tst_workflowrepository, tst_documentrepository, tst_orderedit; the document rules in
// unit/orders/tst_documentrules.)
#include "devtools/ordergenerator.h"
#include "data/orders/boardqueries.h"
#include "data/orders/ordereditrepository.h"
#include "data/orders/orderpagerepository.h"
#include "data/orders/orderqueries.h"
#include "data/schema/boardindexes.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <memory>
#include <tuple>

using cs::data::BoardColumn;
using cs::data::BoardQuery;
using cs::data::OrderQueries;
using cs::test::ScratchDatabase;

#define QVERIFY2_RETURN(cond, msg) \
    do { if (!(cond)) { QTest::qVerify(false, #cond, qPrintable(msg), __FILE__, __LINE__); return {}; } } while (0)

class TestOrderQueries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void searchMatchesEachField_data();
    void searchMatchesEachField();
    void statusFilterSortAndPaging();
    void searchFollowsRenamedCustomer();
    void boardPageRefusesBadArguments();
    void generateOrders();
    void boardIndexesComeWithSize();

private:
    QSqlDatabase as(const QString& role) { return m_db->connect(m_people.value(role).settings); }
    QString submit(const QString& po, const QString& build, const QString& customer, const QString& project);
    QStringList builds(QSqlDatabase db, const BoardQuery& query);
    qint64 ordersWithoutSearchNames(const QString& buildPrefix = {});

    std::unique_ptr<ScratchDatabase> m_db;
    QHash<QString, ScratchDatabase::Person> m_people;
    QString m_tag;
    QStringList m_orderIds;
};

QString TestOrderQueries::submit(const QString& po, const QString& build, const QString& customer,
                                 const QString& project)
{
    QJsonObject order = ScratchDatabase::orderJson(po, build);
    QJsonObject o = order.value(QStringLiteral("order")).toObject();
    o.insert(QStringLiteral("customerName"), customer);
    o.insert(QStringLiteral("projectName"), project);
    order.insert(QStringLiteral("order"), o);
    QString error;
    QVERIFY2_RETURN(ScratchDatabase::exec(as(QStringLiteral("ProductionCoordinator")),
                                          QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))"),
                                          {QString::fromUtf8(QJsonDocument(order).toJson(QJsonDocument::Compact))},
                                          &error),
                    error);
    QVariant id;
    ScratchDatabase::exec(m_db->superuser(), QStringLiteral("SELECT order_id::text FROM cs.orders WHERE build_number = ?"),
                          {build}, &error, &id);
    return id.toString();
}

QStringList TestOrderQueries::builds(QSqlDatabase db, const BoardQuery& query)
{
    const auto st = cs::data::BoardQueries::page(query);
    QSqlQuery q(db);
    q.prepare(st.sql);
    for (auto it = st.bindings.cbegin(); it != st.bindings.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return {QStringLiteral("<error>")};
    }
    QStringList out;
    while (q.next())
        out << q.value(cs::data::BfBuild).toString();
    return out;
}

// Orders whose customer or project name is missing from cs.order_search_names (should be none).
qint64 TestOrderQueries::ordersWithoutSearchNames(const QString& buildPrefix)
{
    QVariant missing;
    QString error;
    if (!ScratchDatabase::exec(
            m_db->superuser(),
            QStringLiteral("SELECT count(*) FROM cs.orders o WHERE (NOT EXISTS (SELECT 1 FROM cs.order_search_names n "
                           "WHERE n.kind = 'C' AND n.name = o.customer_name) "
                           "OR (o.project_name IS NOT NULL AND NOT EXISTS (SELECT 1 FROM cs.order_search_names n "
                           "WHERE n.kind = 'P' AND n.name = o.project_name))) AND o.build_number LIKE ? || '%'"),
            {buildPrefix}, &error, &missing)) {
        qWarning() << error;
        return -1;
    }
    return missing.toLongLong();
}

void TestOrderQueries::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    for (const char* role : {"ProductionCoordinator", "Admin", "ProcurementSpecialist", "Assembler", "QCPerson"}) {
        QString error;
        const auto p = m_db->createPerson(QString::fromLatin1(role), {}, &error);
        QVERIFY2(!p.username.isEmpty(), qPrintable(error));
        m_people.insert(QString::fromLatin1(role), p);
    }
    QString error;
    QVERIFY2(ScratchDatabase::seedWorkflowFixtures(as(QStringLiteral("Admin")), &error), qPrintable(error));
    m_tag = ScratchDatabase::randomSuffix(5).toUpper();
    m_orderIds << submit(QStringLiteral("PO-A") + m_tag, QStringLiteral("BA-") + m_tag, QStringLiteral("Mercy Hospital Denver"),
                         QStringLiteral("Sterile Core 2026"))
               << submit(QStringLiteral("PO-B") + m_tag, QStringLiteral("BB-") + m_tag, QStringLiteral("Clinique Lyon"),
                         QStringLiteral("Endo 100% upgrade"))
               << submit(QStringLiteral("PO-C") + m_tag, QStringLiteral("BC-") + m_tag, QStringLiteral("Baptist Health"),
                         QStringLiteral("Tower Fit-out"));
    for (const QString& id : m_orderIds)
        QVERIFY(!id.isEmpty());
}

void TestOrderQueries::cleanupTestCase()
{
    m_db.reset();
}

void TestOrderQueries::searchMatchesEachField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("po substring") << QStringLiteral("o-b") + m_tag.toLower() << QStringList{QStringLiteral("BB-") + m_tag};
    QTest::newRow("build") << QStringLiteral("BC-") + m_tag << QStringList{QStringLiteral("BC-") + m_tag};
    QTest::newRow("customer") << QStringLiteral("mercy hosp") << QStringList{QStringLiteral("BA-") + m_tag};
    QTest::newRow("project") << QStringLiteral("fit-OUT") << QStringList{QStringLiteral("BC-") + m_tag};
    QTest::newRow("percent is literal") << QStringLiteral("100%") << QStringList{QStringLiteral("BB-") + m_tag};
    QTest::newRow("underscore is literal") << QStringLiteral("_") << QStringList{};
    QTest::newRow("nothing") << QStringLiteral("zzzz-no-such") << QStringList{};
    // One or two characters: the start of a PO or build number, anywhere in a name (newest first).
    QTest::newRow("two characters") << QStringLiteral("ba")
                                    << QStringList{QStringLiteral("BC-") + m_tag, QStringLiteral("BA-") + m_tag};
    QTest::newRow("two characters inside a number") << QStringLiteral("-a") << QStringList{};
}

void TestOrderQueries::searchMatchesEachField()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    BoardQuery q;
    q.search = text;
    QCOMPARE(builds(as(QStringLiteral("ProductionCoordinator")), q), expected);
}

void TestOrderQueries::statusFilterSortAndPaging()
{
    QSqlDatabase db = as(QStringLiteral("ProductionCoordinator"));
    BoardQuery q;
    q.search = m_tag;
    q.sortColumn = BoardColumn::BuildNumber;
    q.descending = false;
    const QStringList all{QStringLiteral("BA-") + m_tag, QStringLiteral("BB-") + m_tag, QStringLiteral("BC-") + m_tag};
    QCOMPARE(builds(db, q), all);
    q.descending = true;
    QCOMPARE(builds(db, q), QStringList({all[2], all[1], all[0]}));
    q.descending = false;
    q.limit = 2;
    QCOMPARE(builds(db, q), all.mid(0, 2));
    q.offset = 2;
    QCOMPARE(builds(db, q), all.mid(2));
    q = BoardQuery();
    q.search = m_tag;
    q.status = QStringLiteral("Shipped");
    QCOMPARE(builds(db, q), QStringList());
    q.status = QStringLiteral("OrderCreated");
    QCOMPARE(builds(db, q).size(), 3);
    // "My queue": nothing is assigned to the coordinator.
    QVariant me;
    QString error;
    ScratchDatabase::exec(db, QStringLiteral("SELECT user_id::text FROM cs.whoami()"), {}, &error, &me);
    q.assigneeUserId = me.toString();
    QCOMPARE(builds(db, q), QStringList());
    // Every sort column is accepted by the server.
    for (int c = 0; c < cs::data::boardColumnCount; ++c) {
        BoardQuery s;
        s.sortColumn = static_cast<BoardColumn>(c);
        s.search = m_tag;
        QCOMPARE(builds(db, s).size(), 3);
    }
}

// The names a search matches come from cs.order_search_names (0007), kept by triggers: a customer
// renamed on the order page is found by its new name at once, and no longer by the old one.
void TestOrderQueries::searchFollowsRenamedCustomer()
{
    QSqlDatabase db = as(QStringLiteral("ProductionCoordinator"));
    const QString build = QStringLiteral("BD-") + m_tag;
    const QString id = submit(QStringLiteral("PO-D") + m_tag, build, QStringLiteral("Hôpital Rosemont ") + m_tag,
                              QStringLiteral("Salle de lavage"));
    QVERIFY(!id.isEmpty());
    BoardQuery q;
    q.search = QStringLiteral("hôpital rosemont ") + m_tag.toLower();
    QCOMPARE(builds(db, q), QStringList{build});
    q.search = QStringLiteral("SALLE DE LAV");
    QCOMPARE(builds(db, q), QStringList{build});

    const auto read = cs::data::OrderPageRepository::readOrder(db, id);
    QVERIFY(read.ok());
    const cs::data::OrderDetail d = read.value();
    auto edit = cs::data::OrderEdit::from(d);
    edit.customerName = QStringLiteral("Clinique Maisonneuve ") + m_tag;
    edit.projectName = QString();
    const auto saved = cs::data::OrderEditRepository::save(db, d, edit);
    QVERIFY2(saved.ok() && saved.value().saved(), qPrintable(saved.error().message));
    q.search = QStringLiteral("maisonneuve ") + m_tag;
    QCOMPARE(builds(db, q), QStringList{build});
    q.search = QStringLiteral("Rosemont ") + m_tag;
    QCOMPARE(builds(db, q), QStringList());
    q.search = QStringLiteral("Salle de lavage");
    QCOMPARE(builds(db, q), QStringList());

    QCOMPARE(ordersWithoutSearchNames(), 0);
    QString sqlError;
    // The table is readable (the board searches it as the person) but not writable by anyone's role.
    QVERIFY(!ScratchDatabase::exec(db, QStringLiteral("INSERT INTO cs.order_search_names VALUES ('C', 'x')"), {}, &sqlError));
    QVERIFY2(sqlError.contains(QStringLiteral("permission denied")), qPrintable(sqlError));
}

// The sort key and the window are checked by the server: no caller text reaches ORDER BY.
void TestOrderQueries::boardPageRefusesBadArguments()
{
    QSqlDatabase db = as(QStringLiteral("ProductionCoordinator"));
    QString error;
    QVERIFY(!ScratchDatabase::exec(db, QStringLiteral("SELECT * FROM cs.board_page('', NULL, NULL, "
                                                      "'order_id; DROP TABLE cs.orders', true, 10, 0)"),
                                   {}, &error));
    QVERIFY2(error.contains(QStringLiteral("E-BOARD-SORT")), qPrintable(error));
    QVERIFY(!ScratchDatabase::exec(db, QStringLiteral("SELECT * FROM cs.board_page('', NULL, NULL, 'updated', true, 0, 0)"),
                                   {}, &error));
    QVERIFY2(error.contains(QStringLiteral("E-BOARD-WINDOW")), qPrintable(error));
    QVERIFY(!ScratchDatabase::exec(db, QStringLiteral("SELECT * FROM cs.board_page('', NULL, NULL, 'updated', true, 10, -1)"),
                                   {}, &error));
    QVERIFY2(error.contains(QStringLiteral("E-BOARD-WINDOW")), qPrintable(error));
    // Sorted by status, the builds of one status come in update order (the tie-break of the index).
    QVariant inOrder;
    QVERIFY2(ScratchDatabase::exec(
                 db, QStringLiteral("SELECT count(*) > 1 AND bool_and(ok) FROM (SELECT lag(p.status) OVER w IS DISTINCT FROM "
                                    "p.status OR lag(p.updated_at) OVER w <= p.updated_at AS ok FROM cs.board_page("
                                    "'', NULL, NULL, 'status', false, 1000, 0) WITH ORDINALITY p "
                                    "WINDOW w AS (ORDER BY p.ordinality)) t"),
                 {}, &error, &inOrder),
             qPrintable(error));
    QVERIFY(inOrder.toBool());
}

void TestOrderQueries::generateOrders()
{
    QSqlDatabase su = m_db->superuser();
    QString error;
    QVariant before;
    ScratchDatabase::exec(su, QStringLiteral("SELECT count(*) FROM cs.orders"), {}, &error, &before);
    cs::devtools::OrderGenerator::Options options;
    options.count = 1000;
    options.seed = 7;
    options.batch = 400;
    qint64 last = 0;
    QVERIFY2(cs::devtools::OrderGenerator::generate(su, options, [&last](qint64 done) { last = done; }, &error), qPrintable(error));
    QCOMPARE(last, 1000);
    QVariant after;
    ScratchDatabase::exec(su, QStringLiteral("SELECT count(*) FROM cs.orders"), {}, &error, &after);
    QCOMPARE(after.toLongLong() - before.toLongLong(), 1000);
    // Two builds per PO, several statuses, customers and projects.
    QVariant v;
    ScratchDatabase::exec(su, QStringLiteral("SELECT count(DISTINCT po_id) FROM cs.orders WHERE build_number LIKE 'G7-%'"),
                          {}, &error, &v);
    QCOMPARE(v.toLongLong(), 500);
    ScratchDatabase::exec(su, QStringLiteral("SELECT count(DISTINCT status) FROM cs.orders WHERE build_number LIKE 'G7-%'"),
                          {}, &error, &v);
    QVERIFY(v.toInt() >= 10);
    ScratchDatabase::exec(su, QStringLiteral("SELECT count(DISTINCT customer_name) FROM cs.orders"), {}, &error, &v);
    QVERIFY(v.toInt() >= 100);
    // Audited by default: the audit chain has the new rows.
    ScratchDatabase::exec(su, QStringLiteral("SELECT count(*) FROM cs.audit_log WHERE table_name = 'orders' AND op = 'INSERT'"),
                          {}, &error, &v);
    QVERIFY(v.toLongLong() >= 1000);
    // A second run with the same seed continues the numbering.
    options.count = 10;
    QVERIFY2(cs::devtools::OrderGenerator::generate(su, options, {}, &error), qPrintable(error));
    ScratchDatabase::exec(su, QStringLiteral("SELECT count(*) FROM cs.orders WHERE build_number LIKE 'G7-%'"), {}, &error, &v);
    QCOMPARE(v.toLongLong(), 1010);
    // With the audit triggers off (scratch databases), the search names still follow the rows: the
    // names are emptied first, so only the trigger can bring back those of the new rows.
    QVERIFY2(ScratchDatabase::exec(su, QStringLiteral("DELETE FROM cs.order_search_names"), {}, &error), qPrintable(error));
    QVERIFY(ordersWithoutSearchNames(QStringLiteral("G7-")) > 0);
    options.seed = 8;
    options.count = 40;
    options.skipTriggers = true;
    QVERIFY2(cs::devtools::OrderGenerator::generate(su, options, {}, &error), qPrintable(error));
    QCOMPARE(ordersWithoutSearchNames(QStringLiteral("G8-")), 0);
    QVERIFY2(ScratchDatabase::exec(su, QStringLiteral("INSERT INTO cs.order_search_names SELECT 'C', customer_name "
                                                      "FROM cs.orders ON CONFLICT DO NOTHING"), {}, &error),
             qPrintable(error));
    options.seed = 7;
    options.count = 10;
    options.skipTriggers = false;
    // Visible on the board for a coordinator, searchable.
    BoardQuery q;
    q.search = QStringLiteral("G7-0000999");
    QCOMPARE(builds(as(QStringLiteral("ProductionCoordinator")), q), QStringList{QStringLiteral("G7-0000999")});
    // Not for anyone else.
    QVERIFY(!cs::devtools::OrderGenerator::generate(as(QStringLiteral("Admin")), options, {}, &error));
}

// The board's sort and search indexes exist only once the table is large (0023): none in a small
// database, all of them (valid) once the generator has made it 4,000 builds or more, and one that
// goes missing is built again, while the board finds the same builds whichever way it reads.
void TestOrderQueries::boardIndexesComeWithSize()
{
    QSqlDatabase su = m_db->superuser();
    QString error;
    const QString present = QStringLiteral("SELECT count(*) FROM cs.board_indexes b JOIN pg_index i "
                                           "ON i.indexrelid = to_regclass('cs.' || b.name) WHERE i.indisvalid");
    QVariant v;
    QVERIFY2(ScratchDatabase::exec(su, QStringLiteral("SELECT count(*) FROM cs.board_indexes"), {}, &error, &v), qPrintable(error));
    const qint64 listed = v.toLongLong();
    QVERIFY(listed >= 19);
    QVERIFY2(ScratchDatabase::exec(su, present, {}, &error, &v), qPrintable(error));
    QCOMPARE(v.toLongLong(), 0);
    QVERIFY2(ScratchDatabase::exec(su, QStringLiteral("SELECT count(*) FROM cs.orders"), {}, &error, &v), qPrintable(error));
    QVERIFY(v.toLongLong() < cs::data::BoardIndexes::kBuildsNeeded);
    cs::data::BoardIndexes::Result r = cs::data::BoardIndexes::buildWhenDue(su);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.built.isEmpty());

    BoardQuery q;
    q.search = QStringLiteral("G9-0004001");
    const QStringList expected{q.search};
    cs::devtools::OrderGenerator::Options options;
    options.count = cs::data::BoardIndexes::kBuildsNeeded + 1000;
    options.seed = 9;
    options.skipTriggers = true;
    QVERIFY2(cs::devtools::OrderGenerator::generate(su, options, {}, &error), qPrintable(error));
    QVERIFY2(ScratchDatabase::exec(su, present, {}, &error, &v), qPrintable(error));
    QCOMPARE(v.toLongLong(), listed);
    QSqlDatabase coordinator = as(QStringLiteral("ProductionCoordinator"));
    QCOMPARE(builds(coordinator, q), expected);

    // One lost: the board reads the table in one scan meanwhile, and the next run builds it again.
    QVERIFY2(ScratchDatabase::exec(su, QStringLiteral("DROP INDEX cs.idx_orders_board_customer"), {}, &error), qPrintable(error));
    QCOMPARE(builds(coordinator, q), expected);
    r = cs::data::BoardIndexes::buildWhenDue(su);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.built, QStringList{QStringLiteral("idx_orders_board_customer")});
    QVERIFY2(ScratchDatabase::exec(su, present, {}, &error, &v), qPrintable(error));
    QCOMPARE(v.toLongLong(), listed);
    QCOMPARE(builds(coordinator, q), expected);
}

QTEST_GUILESS_MAIN(TestOrderQueries)
#include "tst_orderqueries.moc"
