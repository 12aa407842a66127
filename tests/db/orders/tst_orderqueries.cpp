// Order board and order page SQL against a real PostgreSQL: board search (PO, build, customer,
// project substrings; status filter; "%" taken literally), server sort and paging, the order detail
// and its BOM tree/flat list, status actions by role, the signed BOM approval on a fresh connection
// (wrong password, assembler refused with 42501/E-ROLE), concurrent edits (conflict detected, told
// what changed, overwrite on purpose), documents round trip and checks, and the bulk generator.
#include "data/orders/boardqueries.h"
#include "data/orders/orderqueries.h"
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
using cs::data::DbRefusal;
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
    void orderDetailAndBom();
    void transitionsForRole();
    void signedApprovalAndRefusals();
    void concurrentEditConflict();
    void documentsRoundTrip();
    void generateOrders();

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

    DbRefusal error;
    cs::data::OrderDetail d;
    QVERIFY(OrderQueries::loadOrder(db, id, &d, &error));
    auto edit = cs::data::OrderEdit::from(d);
    edit.customerName = QStringLiteral("Clinique Maisonneuve ") + m_tag;
    edit.projectName = QString();
    int version = 0;
    cs::data::EditConflict conflict;
    QVERIFY2(OrderQueries::saveOrder(db, d, edit, &version, &conflict, &error), qPrintable(error.message));
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

void TestOrderQueries::orderDetailAndBom()
{
    QSqlDatabase db = as(QStringLiteral("Assembler"));
    cs::data::OrderDetail d;
    DbRefusal error;
    QVERIFY(OrderQueries::loadOrder(db, m_orderIds[0], &d, &error));
    QCOMPARE(d.buildNumber, QStringLiteral("BA-") + m_tag);
    QCOMPARE(d.customerName, QStringLiteral("Mercy Hospital Denver"));
    QCOMPARE(d.status, QStringLiteral("OrderCreated"));
    QCOMPARE(d.bomVersion, 1);
    QCOMPARE(d.bomSha256.size(), 64);
    QCOMPARE(OrderQueries::findBuild(db, QStringLiteral("ba-") + m_tag.toLower(), &error), m_orderIds[0]);
    QCOMPARE(OrderQueries::findPo(db, QStringLiteral("PO-A") + m_tag, &error), m_orderIds[0]);
    cs::data::BomData bom;
    QVERIFY(OrderQueries::loadBom(db, d.bomId, &bom, &error));
    QCOMPARE(bom.tree.size(), 3);
    QCOMPARE(bom.tree[0].itemId, QStringLiteral("ASSY-1"));
    QCOMPARE(bom.tree[0].rule, QStringLiteral("R-KIT"));
    QCOMPARE(bom.tree[1].parentLineNo, bom.tree[0].lineNo);
    QCOMPARE(bom.tree[1].extendedQuantity, 3);
    QVERIFY(!bom.tree[1].name.isEmpty());
    QCOMPARE(bom.flat.size(), 2);
    QCOMPARE(bom.flat[0].itemId, QStringLiteral("P-1"));
    QCOMPARE(bom.flat[0].quantity, 3);
    QCOMPARE(bom.sha256, d.bomSha256);
    const auto history = OrderQueries::history(db, m_orderIds[0], &error);
    QVERIFY(!history.isEmpty());
}

void TestOrderQueries::transitionsForRole()
{
    QSqlDatabase db = as(QStringLiteral("ProcurementSpecialist"));
    DbRefusal error;
    const auto forProcurement = OrderQueries::transitions(db, QStringLiteral("OrderCreated"),
                                                          QStringLiteral("ProcurementSpecialist"), &error);
    QCOMPARE(forProcurement.size(), 1);
    QCOMPARE(forProcurement[0].toStatus, QStringLiteral("PartsSent"));
    QCOMPARE(forProcurement[0].gate, QStringLiteral("bom_approved"));
    QVERIFY(OrderQueries::transitions(db, QStringLiteral("OrderCreated"), QStringLiteral("Assembler"), &error).isEmpty());
    // The gate is the server's: not approved yet, refused with words.
    cs::data::OrderDetail d;
    QVERIFY(OrderQueries::loadOrder(db, m_orderIds[2], &d, &error));
    QCOMPARE(OrderQueries::transition(db, d.orderId, QStringLiteral("PartsSent"), QString(), d.rowVersion, &error), 0);
    QCOMPARE(error.code, QStringLiteral("E-GATE-BOM-NOT-APPROVED"));
    QVERIFY(error.message.contains(d.buildNumber));
    // A stale row version.
    QCOMPARE(OrderQueries::transition(db, d.orderId, QStringLiteral("PartsSent"), QString(), d.rowVersion - 1, &error), 0);
    QCOMPARE(error.code, QStringLiteral("E-STALE"));
    QCOMPARE(error.sqlState, QStringLiteral("40001"));
}

void TestOrderQueries::signedApprovalAndRefusals()
{
    DbRefusal error;
    cs::data::OrderDetail d;
    QVERIFY(OrderQueries::loadOrder(as(QStringLiteral("Admin")), m_orderIds[1], &d, &error));
    // Assembler: refused by the server (42501, E-ROLE), whatever the client does.
    const auto assembler = m_people.value(QStringLiteral("Assembler"));
    QVERIFY(!OrderQueries::signBomDecision(assembler.settings, assembler.password, d.bomId, true, QString(),
                                           assembler.initials, &error));
    QCOMPARE(error.sqlState, QStringLiteral("42501"));
    QCOMPARE(error.code, QStringLiteral("E-ROLE"));
    const auto buyer = m_people.value(QStringLiteral("ProcurementSpecialist"));
    // Wrong password: nothing signed.
    QVERIFY(!OrderQueries::signBomDecision(buyer.settings, QStringLiteral("not-the-password"), d.bomId, true,
                                           QString(), buyer.initials, &error));
    QCOMPARE(error.code, QStringLiteral("E-SIGN-PASSWORD"));
    // Wrong initials.
    QVERIFY(!OrderQueries::signBomDecision(buyer.settings, buyer.password, d.bomId, true, QString(),
                                           QStringLiteral("ZZZ"), &error));
    QCOMPARE(error.code, QStringLiteral("E-SIGN-INITIALS"));
    // Rejecting needs a reason.
    QVERIFY(!OrderQueries::signBomDecision(buyer.settings, buyer.password, d.bomId, false, QString(), buyer.initials,
                                           &error));
    QCOMPARE(error.code, QStringLiteral("E-NOTE-REQUIRED"));
    // Approve: signer, meaning, time and the BOM's hash stored.
    QVERIFY2(OrderQueries::signBomDecision(buyer.settings, buyer.password, d.bomId, true, QStringLiteral("checked"),
                                           buyer.initials, &error),
             qPrintable(error.message));
    cs::data::BomData bom;
    QVERIFY(OrderQueries::loadBom(as(QStringLiteral("Assembler")), d.bomId, &bom, &error));
    QCOMPARE(bom.status, QStringLiteral("Approved"));
    QCOMPARE(bom.approvals.size(), 1);
    QCOMPARE(bom.approvals[0].who, buyer.fullName);
    QCOMPARE(bom.approvals[0].meaning, QStringLiteral("BOM approved"));
    QCOMPARE(bom.approvals[0].signedSha256, d.bomSha256);
    QCOMPARE(bom.approvals[0].note, QStringLiteral("checked"));
    // Decided once only.
    QVERIFY(!OrderQueries::signBomDecision(buyer.settings, buyer.password, d.bomId, true, QString(), buyer.initials,
                                           &error));
    QCOMPARE(error.code, QStringLiteral("E-BOM-DECIDED"));
    // And the gate opens.
    QSqlDatabase db = as(QStringLiteral("ProcurementSpecialist"));
    QVERIFY(OrderQueries::loadOrder(db, m_orderIds[1], &d, &error));
    QVERIFY(OrderQueries::transition(db, d.orderId, QStringLiteral("PartsSent"), QString(), d.rowVersion, &error) > 0);
    const auto history = OrderQueries::history(db, d.orderId, &error);
    QStringList actions;
    for (const auto& h : history)
        actions << h.action;
    QVERIFY2(actions.contains(QStringLiteral("BomApproved")), qPrintable(actions.join(u',')));
    QCOMPARE(history.constLast().toStatus, QStringLiteral("PartsSent"));
}

void TestOrderQueries::concurrentEditConflict()
{
    QSqlDatabase first = as(QStringLiteral("ProductionCoordinator"));
    QSqlDatabase second = as(QStringLiteral("Admin"));
    DbRefusal error;
    cs::data::OrderDetail a;
    cs::data::OrderDetail b;
    QVERIFY(OrderQueries::loadOrder(first, m_orderIds[0], &a, &error));
    QVERIFY(OrderQueries::loadOrder(second, m_orderIds[0], &b, &error));
    auto editA = cs::data::OrderEdit::from(a);
    editA.customerName = QStringLiteral("Mercy Hospital Aurora");
    int version = 0;
    cs::data::EditConflict conflict;
    QVERIFY2(OrderQueries::saveOrder(first, a, editA, &version, &conflict, &error), qPrintable(error.message));
    QCOMPARE(version, a.rowVersion + 1);
    auto editB = cs::data::OrderEdit::from(b);
    editB.projectName = QStringLiteral("Sterile Core 2027");
    QVERIFY(!OrderQueries::saveOrder(second, b, editB, &version, &conflict, &error));
    QCOMPARE(error.code, QStringLiteral("E-STALE"));
    QCOMPARE(conflict.current.customerName, QStringLiteral("Mercy Hospital Aurora"));
    QVERIFY2(conflict.changedFields.join(u'\n').contains(QStringLiteral("Mercy Hospital Aurora")),
             qPrintable(conflict.changedFields.join(u'\n')));
    // Nothing was written by the refused save.
    cs::data::OrderDetail now;
    QVERIFY(OrderQueries::loadOrder(second, m_orderIds[0], &now, &error));
    QCOMPARE(now.projectName, QStringLiteral("Sterile Core 2026"));
    QCOMPARE(now.rowVersion, a.rowVersion + 1);
    // Overwrite on purpose, against the newer row.
    QVERIFY(OrderQueries::saveOrder(second, conflict.current, editB, &version, &conflict, &error));
    QVERIFY(OrderQueries::loadOrder(first, m_orderIds[0], &now, &error));
    QCOMPARE(now.projectName, QStringLiteral("Sterile Core 2027"));
    QCOMPARE(now.customerName, b.customerName);   // B's values win, knowingly
    // Field rules are the server's: a short customer name is refused with words.
    auto bad = cs::data::OrderEdit::from(now);
    bad.customerName = QStringLiteral("X");
    QVERIFY(!OrderQueries::saveOrder(first, now, bad, &version, &conflict, &error));
    QCOMPARE(error.code, QStringLiteral("E-CUSTOMER-MIN3"));
    // Not editable outside OrderCreated (order 1 is PartsSent now).
    cs::data::OrderDetail sent;
    QVERIFY(OrderQueries::loadOrder(first, m_orderIds[1], &sent, &error));
    auto late = cs::data::OrderEdit::from(sent);
    late.notes = QStringLiteral("late note");
    QVERIFY(!OrderQueries::saveOrder(first, sent, late, &version, &conflict, &error));
    QCOMPARE(error.code, QStringLiteral("E-ORDER-LOCKED"));
}

void TestOrderQueries::documentsRoundTrip()
{
    QSqlDatabase db = as(QStringLiteral("QCPerson"));
    DbRefusal error;
    QByteArray pdf("%PDF-1.4\n% test drawing\n");
    pdf.append(QByteArray(100000, 'x'));
    const QString id = OrderQueries::attachDocument(db, m_orderIds[2], QStringLiteral("drawing.pdf"),
                                                    QStringLiteral("ApprovedDrawing"), pdf, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error.message));
    const auto docs = OrderQueries::documents(db, m_orderIds[2], &error);
    QCOMPARE(docs.size(), 1);
    QCOMPARE(docs[0].fileName, QStringLiteral("drawing.pdf"));
    QCOMPARE(docs[0].fileType, QStringLiteral("application/pdf"));
    QCOMPARE(docs[0].documentType, QStringLiteral("ApprovedDrawing"));
    QCOMPARE(docs[0].size, pdf.size());
    QCOMPARE(docs[0].uploadedBy, m_people.value(QStringLiteral("QCPerson")).fullName);
    QCOMPARE(OrderQueries::documentContent(db, id, &error), pdf);
    // One set of rules for the wizard and the order page: the types of a sink maker's POs and drawings.
    QCOMPARE(OrderQueries::allowedDocumentSuffixes(),
             (QStringList{QStringLiteral("pdf"), QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                          QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("dxf"), QStringLiteral("dwg"),
                          QStringLiteral("step"), QStringLiteral("stp"), QStringLiteral("doc"), QStringLiteral("docx"),
                          QStringLiteral("xls"), QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("txt")}));
    QCOMPARE(OrderQueries::allowedDocumentTypesText(),
             QStringLiteral("PDF, PNG, JPG, JPEG, TIF, TIFF, DXF, DWG, STEP, STP, DOC, DOCX, XLS, XLSX, CSV, TXT"));
    const QByteArray ole2("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8);
    const QList<std::tuple<QString, QByteArray, QString>> accepted{
        {QStringLiteral("po.PDF"), QByteArray("%PDF-1.7\n"), QStringLiteral("application/pdf")},
        {QStringLiteral("scan.pdf"), QByteArray(300, ' ') + QByteArray("%PDF-1.3\n"), QStringLiteral("application/pdf")},
        {QStringLiteral("photo.jpeg"), QByteArray("\xff\xd8\xff\xe0", 4), QStringLiteral("image/jpeg")},
        {QStringLiteral("plan.tif"), QByteArray("MM\x00*", 4), QStringLiteral("image/tiff")},
        {QStringLiteral("plan.dxf"), QByteArray("0\nSECTION\n"), QStringLiteral("image/vnd.dxf")},
        {QStringLiteral("plan.dwg"), QByteArray("AC1032"), QStringLiteral("image/vnd.dwg")},
        {QStringLiteral("sink.stp"), QByteArray("ISO-10303-21;\n"), QStringLiteral("model/step")},
        {QStringLiteral("spec.doc"), ole2, QStringLiteral("application/msword")},
        {QStringLiteral("prices.xls"), ole2, QStringLiteral("application/vnd.ms-excel")},
        {QStringLiteral("lines.csv"), QByteArray("a,b\n"), QStringLiteral("text/csv")},
        {QStringLiteral("notes.txt"), QByteArray("hello"), QStringLiteral("text/plain")},
    };
    for (const auto& [name, content, mime] : accepted) {
        QString type;
        QString why;
        QVERIFY2(OrderQueries::checkDocument(name, content, &type, &why), qPrintable(name + u' ' + why));
        QCOMPARE(type, mime);
    }
    // Refusals on the client, each naming the file: type, disguised content, size, empty.
    QString why;
    QVERIFY(!OrderQueries::checkDocument(QStringLiteral("tool.exe"), QByteArray("MZ"), nullptr, &why));
    QVERIFY(why.contains(QStringLiteral("tool.exe")));
    QVERIFY(why.contains(QStringLiteral(".exe")));
    QVERIFY(why.contains(OrderQueries::allowedDocumentTypesText()));
    QVERIFY(!OrderQueries::checkDocument(QStringLiteral("README"), QByteArray("text"), nullptr, &why));
    QVERIFY(why.contains(QStringLiteral("README")));
    QVERIFY(!OrderQueries::checkDocument(QStringLiteral("fake.pdf"), QByteArray("MZ not a pdf"), nullptr, &why));
    QVERIFY(why.contains(QStringLiteral("fake.pdf")));
    QVERIFY(why.contains(QStringLiteral("not a PDF file")));
    QVERIFY(!OrderQueries::checkDocument(QStringLiteral("late.pdf"), QByteArray(2000, ' ') + QByteArray("%PDF-1.4"),
                                         nullptr, &why));   // the header must be in the first 1024 bytes
    QVERIFY(!OrderQueries::checkDocument(QStringLiteral("spec.docx"), ole2, nullptr, &why));   // a DOC renamed
    QVERIFY(why.contains(QStringLiteral("not a DOCX file")));
    QVERIFY(!OrderQueries::checkDocument(QStringLiteral("empty.txt"), QByteArray(), nullptr, &why));
    QVERIFY(why.contains(QStringLiteral("empty.txt")));
    QVERIFY(why.contains(QStringLiteral("empty")));
    QVERIFY(!OrderQueries::checkDocument(QStringLiteral("big.pdf"),
                                         QByteArray("%PDF-") + QByteArray(OrderQueries::maxDocumentBytes, 'x'),
                                         nullptr, &why));
    QVERIFY(why.contains(QStringLiteral("big.pdf")));
    QVERIFY(why.contains(QStringLiteral("25 MB")));
    // By size and first bytes (a file on disk): exactly 25 MB is allowed, one byte more is not.
    QVERIFY(OrderQueries::checkDocument(QStringLiteral("max.pdf"), OrderQueries::maxDocumentBytes,
                                        QByteArray("%PDF-1.4\n"), nullptr, &why));
    QVERIFY(!OrderQueries::checkDocument(QStringLiteral("max.pdf"), OrderQueries::maxDocumentBytes + 1,
                                         QByteArray("%PDF-1.4\n"), nullptr, &why));
    QVERIFY(OrderQueries::attachDocument(db, m_orderIds[2], QStringLiteral("fake.png"), QStringLiteral("Photo"),
                                         QByteArray("GIF89a"), &error).isEmpty());
    QCOMPARE(error.code, QStringLiteral("E-DOCUMENT"));
    QCOMPARE(OrderQueries::documents(db, m_orderIds[2], &error).size(), 1);
}

void TestOrderQueries::generateOrders()
{
    QSqlDatabase su = m_db->superuser();
    QString error;
    QVariant before;
    ScratchDatabase::exec(su, QStringLiteral("SELECT count(*) FROM cs.orders"), {}, &error, &before);
    OrderQueries::GenerateOptions options;
    options.count = 1000;
    options.seed = 7;
    options.batch = 400;
    qint64 last = 0;
    QVERIFY2(OrderQueries::generateOrders(su, options, [&last](qint64 done) { last = done; }, &error), qPrintable(error));
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
    QVERIFY2(OrderQueries::generateOrders(su, options, {}, &error), qPrintable(error));
    ScratchDatabase::exec(su, QStringLiteral("SELECT count(*) FROM cs.orders WHERE build_number LIKE 'G7-%'"), {}, &error, &v);
    QCOMPARE(v.toLongLong(), 1010);
    // With the audit triggers off (scratch databases), the search names still follow the rows: the
    // names are emptied first, so only the trigger can bring back those of the new rows.
    QVERIFY2(ScratchDatabase::exec(su, QStringLiteral("DELETE FROM cs.order_search_names"), {}, &error), qPrintable(error));
    QVERIFY(ordersWithoutSearchNames(QStringLiteral("G7-")) > 0);
    options.seed = 8;
    options.count = 40;
    options.skipTriggers = true;
    QVERIFY2(OrderQueries::generateOrders(su, options, {}, &error), qPrintable(error));
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
    QVERIFY(!OrderQueries::generateOrders(as(QStringLiteral("Admin")), options, {}, &error));
}

QTEST_GUILESS_MAIN(TestOrderQueries)
#include "tst_orderqueries.moc"
