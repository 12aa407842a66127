// The order board's pages read by key against a real PostgreSQL: for every sort, both directions,
// with and without a status filter, "my queue" and a search, paging a result full of ties and empty
// values by the last row's key gives every row exactly once and in the same order as one page of
// all of them, which is the order the sort promises (checked against plain SQL); a word found in
// customer and project names, in PO and build numbers, or in all of them finds in every sort the
// rows, in the order, that a plain filtered ORDER BY gives; keys that are not the sort's are
// refused; the assignee's name on the order follows assignments and renames and cannot be written
// by a client. Every comparison runs both ways the board reads a page: the branches of a large table
// and the one scan of a small one (cs.board_scan_below).
#include "devtools/ordergenerator.h"
#include "data/orders/boardqueries.h"
#include "data/orders/orderqueries.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using cs::data::BoardColumn;
using cs::data::BoardQueries;
using cs::data::BoardQuery;
using cs::test::ScratchDatabase;

namespace {

constexpr int kBuilds = 120;

// The ORDER BY the board promises for a column, over cs.orders (NULLs last in both directions, the
// order id breaking ties; builds of one status by update time).
QString referenceOrder(BoardColumn c, bool descending)
{
    const QString d = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString column;
    switch (c) {
    case BoardColumn::PoNumber: column = QStringLiteral("po_number"); break;
    case BoardColumn::BuildNumber: column = QStringLiteral("build_number"); break;
    case BoardColumn::Customer: column = QStringLiteral("customer_name"); break;
    case BoardColumn::Project: column = QStringLiteral("project_name"); break;
    case BoardColumn::Model: column = QStringLiteral("sink_model"); break;
    case BoardColumn::Status: column = QStringLiteral("status") + d + QStringLiteral(", updated_at"); break;
    case BoardColumn::WantDate: column = QStringLiteral("want_date"); break;
    case BoardColumn::Assignee: column = QStringLiteral("assignee_name"); break;
    case BoardColumn::Updated: column = QStringLiteral("updated_at"); break;
    }
    return column + d + QStringLiteral(" NULLS LAST, order_id") + d;
}

// What the board's search promises, as a plain WHERE over cs.orders: the text anywhere in the
// customer or project name, and anywhere in the PO or build number from three characters on (the
// start of them for one or two), case-insensitive; % and _ are plain characters. The words of the
// tests hold no quote or backslash.
QString referenceSearch(const QString& word)
{
    QString lower = word.toLower();
    lower.replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    const QString numbers = word.size() >= 3
                                ? QStringLiteral("po_number ILIKE '%%1%' OR build_number ILIKE '%%1%'").arg(lower)
                                : QStringLiteral("upper(po_number) LIKE '%1%' OR upper(build_number) LIKE '%1%'")
                                      .arg(lower.toUpper());
    return QStringLiteral("(%1 OR customer_name ILIKE '%%2%' OR project_name ILIKE '%%2%')").arg(numbers, lower);
}

} // namespace

class TestBoardQueries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pagesByKeyGiveEveryRowOnceInOrder_data();
    void pagesByKeyGiveEveryRowOnceInOrder();
    void broadWordsFindWhatPlainSqlFinds_data();
    void broadWordsFindWhatPlainSqlFinds();
    void keysOfAnotherSortAreRefused_data();
    void keysOfAnotherSortAreRefused();
    void assigneeNameFollowsTheUsers();
    void poNumberPiecesFindWhatPlainSqlFinds_data();
    void poNumberPiecesFindWhatPlainSqlFinds();
    void forgedStatisticsChangeNoPage_data();
    void forgedStatisticsChangeNoPage();
    void numbersBeyondAsciiFindWhatPlainSqlFinds_data();
    void numbersBeyondAsciiFindWhatPlainSqlFinds();
    // Last: renames the customers and projects.
    void manyNamesOfBothKindsFindWhatPlainSqlFinds_data();
    void manyNamesOfBothKindsFindWhatPlainSqlFinds();

private:
    // A connection as the person of that role, one per role for the whole test (a person's
    // connections are limited).
    QSqlDatabase as(const QString& role)
    {
        if (!m_connections.contains(role))
            m_connections.insert(role, m_db->connect(m_people.value(role).settings));
        return m_connections.value(role);
    }
    // One page: its rows' order ids and the last row's key; false on a server error.
    bool page(QSqlDatabase db, const BoardQuery& query, QStringList* ids, QString* lastKey, QString* error);
    // The board's rows for a query equal those of plain SQL with this WHERE, in the sort's order: in
    // one page of all of them, and page by page (7 rows) by key, every row once. At least minRows.
    // With each of these values of cs.board_scan_below: by default the board's two ways to a page,
    // the branches of a large table ("0": the table is never small enough) and the one scan of a
    // small one (the test's 120 builds are below any large number).
    void compareWithPlainSql(BoardQuery q, const QString& where, int minRows,
                             const QStringList& scanBelow = {QStringLiteral("0"), QStringLiteral("1000000000")});
    // After the statistics changed: every open connection reads them again at its next search (a
    // session keeps the common digits and name statistics for up to ten minutes).
    void forgetBoardStatistics()
    {
        for (const QSqlDatabase& db : std::as_const(m_connections)) {
            QString error;
            QVERIFY2(ScratchDatabase::exec(db,
                                           QStringLiteral("SELECT set_config('cs.board_common_digits', '', false), "
                                                          "set_config('cs.board_name_stats', '', false)"),
                                           {}, &error),
                     qPrintable(error));
        }
    }

    std::unique_ptr<ScratchDatabase> m_db;
    QHash<QString, ScratchDatabase::Person> m_people;
    QHash<QString, QSqlDatabase> m_connections;
    QString m_coordinatorId;
    bool m_manyNames = false;
    bool m_poRenumbered = false;
    bool m_poBeyondAscii = false;
};

bool TestBoardQueries::page(QSqlDatabase db, const BoardQuery& query, QStringList* ids, QString* lastKey, QString* error)
{
    const cs::data::Statement st = BoardQueries::page(query);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(st.sql);
    for (auto it = st.bindings.cbegin(); it != st.bindings.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    lastKey->clear();
    while (q.next()) {
        *ids << q.value(cs::data::BfOrderId).toString();
        *lastKey = q.value(cs::data::BfPageKey).toString();
    }
    return true;
}

void TestBoardQueries::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    for (const char* role : {"ProductionCoordinator", "Admin", "ServiceDepartment", "Assembler"}) {
        const auto p = m_db->createPerson(QString::fromLatin1(role), {}, &error);
        QVERIFY2(!p.username.isEmpty(), qPrintable(error));
        m_people.insert(QString::fromLatin1(role), p);
    }
    QSqlDatabase su = m_db->superuser();
    cs::devtools::OrderGenerator::Options options;
    options.count = kBuilds;
    options.seed = 5;
    QVERIFY2(cs::devtools::OrderGenerator::generate(su, options, {}, &error), qPrintable(error));
    QVariant me;
    QVERIFY2(ScratchDatabase::exec(su, QStringLiteral("SELECT user_id::text FROM cs.users WHERE username = ?"),
                                   {m_people.value(QStringLiteral("ProductionCoordinator")).username}, &error, &me),
             qPrintable(error));
    m_coordinatorId = me.toString();
    // Ties and empty values in every sort column: few customers, projects and models (a third of them
    // empty), a third of the builds assigned to one of two people, want dates on four days, and
    // whole groups updated in one statement (one updated_at each). "Gamma" is in a customer's name
    // and in a project's: a search finds builds through either, some through both.
    const QString assembler = m_people.value(QStringLiteral("Assembler")).username;
    const QString coordinator = m_people.value(QStringLiteral("ProductionCoordinator")).username;
    for (const QString& sql : {
             QStringLiteral("UPDATE cs.orders SET customer_name = (ARRAY['Alpha Clinic', 'Beta Hospital', 'Gamma Care'])"
                            "[1 + abs(hashtext(build_number)) % 3]"),
             QStringLiteral("UPDATE cs.orders SET project_name = CASE abs(hashtext(build_number || 'p')) % 3 "
                            "WHEN 0 THEN NULL WHEN 1 THEN 'Gamma Tower Fit-out' ELSE 'SPD Upgrade' END, "
                            "sink_model = CASE abs(hashtext(build_number || 'm')) % 3 WHEN 0 THEN NULL "
                            "WHEN 1 THEN 'T2-B1' ELSE 'T2-B2' END"),
             QStringLiteral("UPDATE cs.orders SET want_date = current_date + abs(hashtext(build_number || 'w')) % 4"),
             QStringLiteral("UPDATE cs.orders SET current_assignee = (SELECT user_id FROM cs.users WHERE username = "
                            "CASE abs(hashtext(build_number || 'a')) % 3 WHEN 0 THEN '%1' ELSE '%2' END) "
                            "WHERE abs(hashtext(build_number || 'b')) % 3 = 0")
                 .arg(assembler, coordinator),
             QStringLiteral("UPDATE cs.orders SET status = 'ReadyForShip' WHERE abs(hashtext(build_number || 's')) % 2 = 0"),
             // Statistics, as a live database has them: the board reads a broad word's names in one
             // walk when they tell that the names are common (every name here is), and by each name
             // otherwise (in the customer and project sorts; before any ANALYZE).
             QStringLiteral("ANALYZE cs.orders"),
         })
        QVERIFY2(ScratchDatabase::exec(su, sql, {}, &error), qPrintable(error));
}

void TestBoardQueries::cleanupTestCase()
{
    m_connections.clear();
    m_db.reset();
}

void TestBoardQueries::pagesByKeyGiveEveryRowOnceInOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("filter");
    for (int c = 0; c < cs::data::boardColumnCount; ++c) {
        for (bool descending : {false, true}) {
            for (const char* filter : {"none", "status", "mine", "search"}) {
                const QString name = QStringLiteral("%1 %2 %3")
                                         .arg(BoardQueries::sortKey(BoardColumn(c)),
                                              descending ? QStringLiteral("desc") : QStringLiteral("asc"),
                                              QString::fromLatin1(filter));
                QTest::newRow(qPrintable(name)) << c << descending << QString::fromLatin1(filter);
            }
        }
    }
}

void TestBoardQueries::pagesByKeyGiveEveryRowOnceInOrder()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QString, filter);
    BoardQuery q;
    q.sortColumn = BoardColumn(column);
    q.descending = descending;
    QString where = QStringLiteral("true");
    if (filter == u"status") {
        q.status = QStringLiteral("ReadyForShip");
        where = QStringLiteral("status = 'ReadyForShip'");
    } else if (filter == u"mine") {
        q.assigneeUserId = m_coordinatorId;
        where = QStringLiteral("current_assignee = '%1'").arg(m_coordinatorId);
    } else if (filter == u"search") {
        q.search = QStringLiteral("beta hosp");   // a customer name: a third of the builds
        where = QStringLiteral("customer_name = 'Beta Hospital'");
    }

    compareWithPlainSql(q, where, 10);
}

void TestBoardQueries::compareWithPlainSql(BoardQuery q, const QString& where, int minRows, const QStringList& scanBelow)
{
    QSqlDatabase db = as(QStringLiteral("ProductionCoordinator"));
    QStringList expected;
    QSqlQuery ref(m_db->superuser());
    QVERIFY(ref.exec(QStringLiteral("SELECT order_id::text FROM cs.orders WHERE %1 ORDER BY %2")
                         .arg(where, referenceOrder(q.sortColumn, q.descending))));
    while (ref.next())
        expected << ref.value(0).toString();
    QVERIFY(expected.size() >= minRows);
    const BoardQuery first = q;
    for (const QString& below : scanBelow) {
        QString error;
        QVERIFY2(ScratchDatabase::exec(db, QStringLiteral("SELECT set_config('cs.board_scan_below', ?, false)"),
                                       {below}, &error),
                 qPrintable(error));
        const QByteArray path = "cs.board_scan_below = " + below.toUtf8();
        q = first;
        // All of them in one page, as plain SQL orders them.
        QStringList all;
        QString key;
        q.limit = 1000;
        QVERIFY2(page(db, q, &all, &key, &error), qPrintable(error));
        QVERIFY2(all == expected, path.constData());

        // Page by page, by key: every row once, in that order.
        q.limit = 7;
        QStringList paged;
        int pages = 0;
        while (true) {
            QStringList ids;
            QVERIFY2(page(db, q, &ids, &key, &error), qPrintable(error));
            ++pages;
            paged += ids;
            if (ids.size() < q.limit)
                break;
            QVERIFY(!key.isEmpty());
            q.after = key;
            QVERIFY(pages <= expected.size());
        }
        QVERIFY2(paged == expected, path.constData());
        QCOMPARE(pages, int(expected.size() / 7) + 1);
    }
    QString error;
    QVERIFY2(ScratchDatabase::exec(db, QStringLiteral("SELECT set_config('cs.board_scan_below', '', false)"), {}, &error),
             qPrintable(error));
}

void TestBoardQueries::broadWordsFindWhatPlainSqlFinds_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("minRows");
    // In customer and project names (some builds found through both); in every PO number; at the
    // start of every build number (two characters); in ten build numbers; in project names only (two
    // characters: anywhere in a name).
    const QList<QPair<QString, int>> words = {{QStringLiteral("gAMma"), 40}, {QStringLiteral("po-4"), kBuilds},
                                               {QStringLiteral("g5"), kBuilds}, {QStringLiteral("G5-000001"), 10},
                                               {QStringLiteral("er"), 20}};
    for (int c = 0; c < cs::data::boardColumnCount; ++c) {
        for (bool descending : {false, true}) {
            for (const auto& [word, minRows] : words) {
                const QString name = QStringLiteral("%1 %2 %3")
                                         .arg(BoardQueries::sortKey(BoardColumn(c)),
                                              descending ? QStringLiteral("desc") : QStringLiteral("asc"), word);
                QTest::newRow(qPrintable(name)) << c << descending << word << minRows;
            }
        }
    }
}

// A broad word (many names, or many numbers) is found through several kinds of match at once; the
// board reads each kind apart and merges them. In every sort the merged rows are those, and in the
// order, of one plain filtered ORDER BY; paged by key as well.
void TestBoardQueries::broadWordsFindWhatPlainSqlFinds()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QString, word);
    QFETCH(int, minRows);
    BoardQuery q;
    q.sortColumn = BoardColumn(column);
    q.descending = descending;
    q.search = word;
    compareWithPlainSql(q, referenceSearch(word), minRows);
}

void TestBoardQueries::forgedStatisticsChangeNoPage_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("statistics");
    // Every name as common as can be in a huge table (the walks of the sort's index, the name by name
    // reads of the customer and project sorts), none at all (a branch per kind of name), one kind only.
    const QStringList statistics = {QStringLiteral(R"({"customer": 1, "project": 1, "rows": 1000000000})"),
                                    QStringLiteral("{}"), QStringLiteral(R"({"project": 0.5, "rows": 5})")};
    for (int c = 0; c < cs::data::boardColumnCount; ++c) {
        for (const QString& word : {QStringLiteral("gAMma"), QStringLiteral("er")}) {
            for (int i = 0; i < statistics.size(); ++i) {
                const bool descending = (c + i) % 2 == 1;
                QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3 figures %4")
                                             .arg(BoardQueries::sortKey(BoardColumn(c)),
                                                  descending ? QStringLiteral("desc") : QStringLiteral("asc"), word)
                                             .arg(i + 1)))
                    << c << descending << word << statistics.at(i);
            }
        }
    }
}

// The figures a session keeps for the board's choice of plan are settings its person can change
// (psql, a patched client). Forged ones make the board take another plan, never find other rows.
void TestBoardQueries::forgedStatisticsChangeNoPage()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QString, word);
    QFETCH(QString, statistics);
    QString error;
    QVERIFY2(ScratchDatabase::exec(as(QStringLiteral("ProductionCoordinator")),
                                   QStringLiteral("SELECT set_config('cs.board_name_stats', "
                                                  "floor(extract(epoch FROM clock_timestamp()))::bigint::text || ';' || ?, false)"),
                                   {statistics}, &error),
             qPrintable(error));
    BoardQuery q;
    q.sortColumn = BoardColumn(column);
    q.descending = descending;
    q.search = word;
    // The size below which the board scans the table is a setting too: a value that is not a
    // number is ignored, any number only chooses the plan.
    compareWithPlainSql(q, referenceSearch(word), 20,
                        {QStringLiteral("0"), QStringLiteral("1000000000"), QStringLiteral("-5"),
                         QStringLiteral("1e99"), QStringLiteral("10000; DROP TABLE cs.orders"), QStringLiteral("")});
    forgetBoardStatistics();
}

void TestBoardQueries::keysOfAnotherSortAreRefused_data()
{
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QString>("key");
    const QString id = QStringLiteral("\"6f1c1f0e-8a6e-4b43-9d6a-0d8f4c1b2a3e\"");
    QTest::newRow("not JSON") << QStringLiteral("updated") << QStringLiteral("after the last one");
    QTest::newRow("not an array") << QStringLiteral("po") << QStringLiteral("{\"po\": 1}");
    QTest::newRow("empty") << QStringLiteral("po") << QStringLiteral("[]");
    QTest::newRow("no id") << QStringLiteral("po") << QStringLiteral("[\"PO-1\", null]");
    QTest::newRow("not an id") << QStringLiteral("po") << QStringLiteral("[\"PO-1\", \"x\"]");
    QTest::newRow("not a time") << QStringLiteral("updated") << QStringLiteral("[\"yesterday-ish\", %1]").arg(id);
    QTest::newRow("not a date") << QStringLiteral("want_date") << QStringLiteral("[\"2025-13-40\", %1]").arg(id);
    QTest::newRow("not a status") << QStringLiteral("status")
                                  << QStringLiteral("[\"Lost\", \"2025-01-01T00:00:00Z\", %1]").arg(id);
    QTest::newRow("a status key for another sort") << QStringLiteral("po")
                                                   << QStringLiteral("[\"Shipped\", \"2025-01-01T00:00:00Z\", %1]").arg(id);
    QTest::newRow("empty value of a column never empty") << QStringLiteral("customer")
                                                         << QStringLiteral("[null, %1]").arg(id);
}

// A page key is checked by the server: one that is not a key of the sort asked for is refused.
void TestBoardQueries::keysOfAnotherSortAreRefused()
{
    QFETCH(QString, sort);
    QFETCH(QString, key);
    QString error;
    QVERIFY(!ScratchDatabase::exec(as(QStringLiteral("ProductionCoordinator")),
                                   QStringLiteral("SELECT * FROM cs.board_page('', NULL, NULL, ?, false, 10, 0, ?)"),
                                   {sort, key}, &error));
    QVERIFY2(error.contains(QStringLiteral("E-BOARD-AFTER")), qPrintable(error));
}

// The assignee's name on each order (the assignee sort reads it): set with the assignee, changed with
// a rename, and nobody writes it directly. Every role the board serves reads the same page.
void TestBoardQueries::assigneeNameFollowsTheUsers()
{
    QSqlDatabase su = m_db->superuser();
    QString error;
    QVariant mismatched;
    const QString mismatch = QStringLiteral(
        "SELECT count(*) FROM cs.orders o LEFT JOIN cs.users u ON u.user_id = o.current_assignee "
        "WHERE o.assignee_name IS DISTINCT FROM u.full_name");
    QVERIFY2(ScratchDatabase::exec(su, mismatch, {}, &error, &mismatched), qPrintable(error));
    QCOMPARE(mismatched.toLongLong(), 0);

    // A rename (through the admin's function or by hand) reaches the orders.
    const QString assembler = m_people.value(QStringLiteral("Assembler")).username;
    QVERIFY2(ScratchDatabase::exec(su, QStringLiteral("UPDATE cs.users SET full_name = 'Zed Renamed' WHERE username = ?"),
                                   {assembler}, &error),
             qPrintable(error));
    QVariant renamed;
    QVERIFY2(ScratchDatabase::exec(su, QStringLiteral("SELECT count(*) FROM cs.orders o JOIN cs.users u ON "
                                                      "u.user_id = o.current_assignee WHERE u.username = ? AND "
                                                      "o.assignee_name = 'Zed Renamed'"),
                                   {assembler}, &error, &renamed),
             qPrintable(error));
    QVERIFY(renamed.toLongLong() > 0);
    QVERIFY2(ScratchDatabase::exec(su, mismatch, {}, &error, &mismatched), qPrintable(error));
    QCOMPARE(mismatched.toLongLong(), 0);

    // A write of another name is overwritten (even by a superuser), and refused to a client.
    QVERIFY2(ScratchDatabase::exec(su, QStringLiteral("UPDATE cs.orders SET assignee_name = 'Somebody Else' "
                                                      "WHERE current_assignee IS NOT NULL"),
                                   {}, &error),
             qPrintable(error));
    QVERIFY2(ScratchDatabase::exec(su, mismatch, {}, &error, &mismatched), qPrintable(error));
    QCOMPARE(mismatched.toLongLong(), 0);
    QVERIFY(!ScratchDatabase::exec(as(QStringLiteral("ProductionCoordinator")),
                                   QStringLiteral("UPDATE cs.orders SET assignee_name = 'Somebody Else'"), {}, &error));
    QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));

    // Sorted by assignee: the renamed person's builds last before the unassigned ones.
    QStringList ids;
    QString key;
    BoardQuery q;
    q.sortColumn = BoardColumn::Assignee;
    q.descending = false;
    q.limit = 1000;
    QVERIFY2(page(as(QStringLiteral("ProductionCoordinator")), q, &ids, &key, &error), qPrintable(error));
    QCOMPARE(ids.size(), kBuilds);
    // Service reads the board too (the list, not the orders table), with the same rows.
    QStringList serviceIds;
    QVERIFY2(page(as(QStringLiteral("ServiceDepartment")), q, &serviceIds, &key, &error), qPrintable(error));
    QCOMPARE(serviceIds, ids);
    QVERIFY(!ScratchDatabase::exec(as(QStringLiteral("ServiceDepartment")), QStringLiteral("SELECT count(*) FROM cs.orders"),
                                   {}, &error));
}

void TestBoardQueries::poNumberPiecesFindWhatPlainSqlFinds_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    for (BoardColumn c : {BoardColumn::Updated, BoardColumn::PoNumber, BoardColumn::Customer, BoardColumn::Project}) {
        for (bool descending : {false, true}) {
            const QString name = QStringLiteral("%1 %2").arg(BoardQueries::sortKey(c),
                                                            descending ? QStringLiteral("desc") : QStringLiteral("asc"));
            QTest::newRow(qPrintable(name)) << int(c) << descending;
        }
    }
}

// The start of a PO number as people type it ("PO-452345": the characters every PO number starts
// with, then digits), in either case, its middle across the dash, its end; % and _ are no wildcards
// (a PO number holds neither, so those find nothing); digits from inside a number after "PO-".
// Same rows and order as plain SQL, paged too.
// The PO numbers get seven random digits, and the table's statistics say it is large, so that the
// board looks for a piece of the digits through the index (those every number shares are left out)
// and tests the whole text itself.
void TestBoardQueries::poNumberPiecesFindWhatPlainSqlFinds()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    QString error;
    if (!m_poRenumbered) {
        for (const QString& sql : {
                 QStringLiteral("UPDATE cs.purchase_orders p SET po_number = 'PO-' || (45 + abs(hashtext(p.po_id::text)) % 5) "
                                "|| lpad((abs(hashtext(p.po_id::text || 'n')) % 10000000)::text, 7, '0') "
                                "WHERE EXISTS (SELECT 1 FROM cs.orders o WHERE o.po_id = p.po_id)"),
                 QStringLiteral("ANALYZE cs.orders"),
                 // What the board reads as the table's size (the next ANALYZE sets it back).
                 QStringLiteral("UPDATE pg_class SET reltuples = 1000000 WHERE oid = 'cs.orders'::regclass"),
             })
            QVERIFY2(ScratchDatabase::exec(m_db->superuser(), sql, {}, &error), qPrintable(error));
        // The common digits and name statistics a session keeps (up to ten minutes) are read again.
        forgetBoardStatistics();
        m_poRenumbered = true;
    }
    QVariant po;
    QVERIFY2(ScratchDatabase::exec(m_db->superuser(),
                                   QStringLiteral("SELECT po_number FROM cs.orders ORDER BY build_number LIMIT 1"), {},
                                   &error, &po),
             qPrintable(error));
    const QString number = po.toString();
    QVERIFY(number.startsWith(QStringLiteral("PO-")) && number.size() >= 10);
    // The start of the number is looked up by a piece of its digits.
    QVariant part;
    QVERIFY2(ScratchDatabase::exec(m_db->superuser(),
                                   QStringLiteral("SELECT cs.board_number_part(?, cs.board_common_digits() -> 'po')"),
                                   {number.left(9)}, &error, &part),
             qPrintable(error));
    QVERIFY2(part.toString().size() >= 4 && number.contains(part.toString()), qPrintable(part.toString()));
    const QList<QPair<QString, int>> words = {
        {number.left(9), 1},           {number.left(7).toLower(), 1}, {number.mid(2, 6), 1},
        {number.right(6), 1},          {QStringLiteral("PO-"), kBuilds}, {number.left(2) + u'_' + number.mid(3, 4), 0},
        {number.left(4) + u'%', 0},
        // Digits from the middle of a number after the start every number has: the digits alone are
        // in that number, the whole text in none (unless another number starts so).
        {QStringLiteral("PO-") + number.mid(6, 5), 0}, {QStringLiteral("o-") + number.mid(5, 5), 0},
    };
    for (const auto& [word, minRows] : words) {
        BoardQuery q;
        q.sortColumn = BoardColumn(column);
        q.descending = descending;
        q.search = word;
        compareWithPlainSql(q, referenceSearch(word), minRows);
        if (QTest::currentTestFailed()) {
            qWarning("word: %s", qPrintable(word));
            return;
        }
    }
}

void TestBoardQueries::numbersBeyondAsciiFindWhatPlainSqlFinds_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("minRows");
    // Letters beyond ASCII in either case, found anywhere (three characters or more) and at the start
    // (one or two); an ASCII word in numbers with other letters; a word in the ASCII numbers only;
    // an ASCII i against the dotted capital I, which the database's rules may fold to it.
    const QList<QPair<QString, int>> words = {
        {QStringLiteral("äö-"), 5},        {QStringLiteral("ÄÖ-"), 5},      {QStringLiteral("Äö"), 5},
        {QStringLiteral("ä"), 5},           {QStringLiteral("MÓWIENIE"), 5}, {QStringLiteral("wienie-"), 5},
        {QStringLiteral("po-4"), 10},       {QStringLiteral("rag-i"), 0},
    };
    for (BoardColumn c : {BoardColumn::Updated, BoardColumn::PoNumber}) {
        for (bool descending : {false, true}) {
            for (const auto& [word, minRows] : words) {
                const QString name = QStringLiteral("%1 %2 %3")
                                         .arg(BoardQueries::sortKey(c),
                                              descending ? QStringLiteral("desc") : QStringLiteral("asc"), word);
                QTest::newRow(qPrintable(name)) << int(c) << descending << word << minRows;
            }
        }
    }
}

// The small table's scan folds the case of an ASCII number byte by byte and leaves any other number
// to ILIKE: PO numbers with letters beyond ASCII (a customer's own numbering) are found as plain
// ILIKE finds them, and the ASCII ones beside them too, both ways to a page, whole and paged.
void TestBoardQueries::numbersBeyondAsciiFindWhatPlainSqlFinds()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QString, word);
    QFETCH(int, minRows);
    if (!m_poBeyondAscii) {
        QString error;
        QVERIFY2(ScratchDatabase::exec(m_db->superuser(),
                                       QStringLiteral("UPDATE cs.purchase_orders p SET po_number = (ARRAY['ÄÖ-', 'Zamówienie-', "
                                                      "'Auftrag-İ', 'äö-'])[1 + abs(hashtext(p.po_id::text || 'u')) % 4] "
                                                      "|| (abs(hashtext(p.po_id::text)) % 10000000)::text "
                                                      "WHERE abs(hashtext(p.po_id::text || 'a')) % 2 = 0 "
                                                      "AND EXISTS (SELECT 1 FROM cs.orders o WHERE o.po_id = p.po_id)"),
                                       {}, &error),
                 qPrintable(error));
        m_poBeyondAscii = true;
    }
    BoardQuery q;
    q.sortColumn = BoardColumn(column);
    q.descending = descending;
    q.search = word;
    compareWithPlainSql(q, referenceSearch(word), minRows);
}

void TestBoardQueries::manyNamesOfBothKindsFindWhatPlainSqlFinds_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("word");
    for (BoardColumn c : {BoardColumn::Customer, BoardColumn::Project, BoardColumn::Updated}) {
        for (bool descending : {false, true}) {
            for (const char* status : {"", "ReadyForShip"}) {
                for (const char* word : {"lyon", "ON", "zed", "-00001"}) {
                    const QString name = QStringLiteral("%1 %2 %3 %4")
                                             .arg(BoardQueries::sortKey(c),
                                                  descending ? QStringLiteral("desc") : QStringLiteral("asc"),
                                                  QString::fromLatin1(*status ? status : "any"), QString::fromLatin1(word));
                    QTest::newRow(qPrintable(name)) << int(c) << descending << QString::fromLatin1(status)
                                                    << QString::fromLatin1(word);
                }
            }
        }
    }
}

// A word in many customer names and many project names, some builds found through both, some only
// through one, many without a project (one word is in build numbers too, so that builds without a
// project come from the numbers as well as from the customers), in a table the statistics call
// large: in the customer and project sorts each kind of name is read name by name, the other kind
// up to where the rest of the page ends, and builds without a project come last. The rows and their
// order are those of plain SQL, whole and paged by key, with and without a status filter.
void TestBoardQueries::manyNamesOfBothKindsFindWhatPlainSqlFinds()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QString, status);
    QFETCH(QString, word);
    if (!m_manyNames) {
        QString error;
        for (const QString& sql : {
                 QStringLiteral("UPDATE cs.orders SET customer_name = (ARRAY['Alpha Lyon Clinic', 'Lyon Heart Centre', "
                                "'Beta Hospital', 'Mercy Lyon', 'Zed Care Lyon', 'Gamma Care', 'Omaha General', "
                                "'Lyon Sud', 'Dallas Medical', 'Unit 7-00001 West'])[1 + abs(hashtext(build_number || 'c2')) % 10]"),
                 QStringLiteral("UPDATE cs.orders SET project_name = (ARRAY['Lyon Tower', 'OR Lyon 2024', NULL, "
                                "'SPD Upgrade', 'Zed Wing', 'Central Sterile Lyon', NULL, 'Aaron Fit-out', "
                                "'Phase 7-00001'])[1 + abs(hashtext(build_number || 'p2')) % 9]"),
                 QStringLiteral("ANALYZE cs.orders"),
                 // A large table by its statistics: the board reads the other kind of name name by
                 // name there (the earlier tests read this table as the small one it is).
                 QStringLiteral("UPDATE pg_class SET reltuples = 1000000 WHERE oid = 'cs.orders'::regclass"),
             })
            QVERIFY2(ScratchDatabase::exec(m_db->superuser(), sql, {}, &error), qPrintable(error));
        forgetBoardStatistics();
        m_manyNames = true;
    }
    BoardQuery q;
    q.sortColumn = BoardColumn(column);
    q.descending = descending;
    q.search = word;
    q.status = status;
    QString where = referenceSearch(word);
    if (!status.isEmpty())
        where += QStringLiteral(" AND status = '%1'").arg(status);
    compareWithPlainSql(q, where, status.isEmpty() ? 10 : 2);
}

QTEST_GUILESS_MAIN(TestBoardQueries)
#include "tst_boardqueries.moc"
