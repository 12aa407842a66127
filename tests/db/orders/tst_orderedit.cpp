// Who edited an order (0006) against a real PostgreSQL: two coordinators, each on their own
// connection, edit the same build. The first save writes an 'Edited' history entry as that person,
// naming the fields that changed; the second save, from the older row version, is refused with
// E-STALE and the conflict names the first coordinator, when, and what changed. No entry for a save
// without changes, none added to a status change by the workflow functions, none for a superuser
// without a profile, and people cannot write one themselves.
#include "data/orders/ordereditrepository.h"
#include "data/orders/orderpagerepository.h"
#include "data/orders/workflowrepository.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using cs::data::DbError;
using cs::data::EditConflict;
using cs::data::EditOutcome;
using cs::data::HistoryEntry;
using cs::data::OrderDetail;
using cs::data::OrderEdit;
using cs::data::OrderEditRepository;
using cs::data::OrderPageRepository;
using cs::data::WorkflowRepository;
using cs::test::ScratchDatabase;

namespace {

// The order as `db` reads it; *error set when it cannot.
bool loadOrder(QSqlDatabase& db, const QString& orderId, OrderDetail* out, DbError* error)
{
    const auto r = OrderPageRepository::readOrder(db, orderId);
    if (!r) {
        *error = r.error();
        return false;
    }
    *out = r.value();
    return true;
}

// A save: true when written (*version the new row version); false with *error (E-STALE with
// *conflict filled when someone changed the row first).
bool saveOrder(QSqlDatabase& db, const OrderDetail& base, const OrderEdit& edit, int* version, EditConflict* conflict,
               DbError* error)
{
    const auto r = OrderEditRepository::save(db, base, edit);
    if (!r) {
        *error = r.error();
        return false;
    }
    if (r.value().conflict) {
        *conflict = *r.value().conflict;
        *error = conflict->error;
        return false;
    }
    *version = r.value().rowVersion;
    return true;
}

} // namespace

class TestOrderEdit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void secondEditorIsToldWhoAndWhat();
    void noEntryWithoutChanges();
    void statusChangesAreNotEdits();
    void superuserWithoutProfileWritesNoEntry();
    void peopleCannotWriteHistory();
    void concurrentEditConflict();

private:
    QString submit(const QString& tag, const QString& customer = {}, const QString& project = {});
    // The 'Edited' entries of an order, oldest first.
    QList<HistoryEntry> edits(const QString& orderId);

    std::unique_ptr<ScratchDatabase> m_db;
    ScratchDatabase::Person m_alice;   // coordinator 1
    ScratchDatabase::Person m_bruno;   // coordinator 2
    ScratchDatabase::Person m_buyer;
    ScratchDatabase::Person m_admin;
    QSqlDatabase m_aliceDb;
    QSqlDatabase m_brunoDb;
};

QString TestOrderEdit::submit(const QString& tag, const QString& customer, const QString& project)
{
    QJsonObject order = ScratchDatabase::orderJson(QStringLiteral("PO-E") + tag, QStringLiteral("BE-") + tag);
    QJsonObject fields = order.value(QStringLiteral("order")).toObject();
    if (!customer.isEmpty())
        fields.insert(QStringLiteral("customerName"), customer);
    if (!project.isEmpty())
        fields.insert(QStringLiteral("projectName"), project);
    order.insert(QStringLiteral("order"), fields);
    QString error;
    if (!ScratchDatabase::exec(m_aliceDb, QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))"),
                               {QString::fromUtf8(QJsonDocument(order).toJson(QJsonDocument::Compact))}, &error)) {
        qWarning("submit: %s", qPrintable(error));
        return {};
    }
    QVariant id;
    ScratchDatabase::exec(m_aliceDb, QStringLiteral("SELECT order_id::text FROM cs.orders WHERE build_number = ?"),
                          {QStringLiteral("BE-") + tag}, &error, &id);
    return id.toString();
}

QList<HistoryEntry> TestOrderEdit::edits(const QString& orderId)
{
    QList<HistoryEntry> out;
    const auto history = OrderPageRepository::readHistory(m_aliceDb, orderId);
    for (const HistoryEntry& h : history.value())
        if (h.action == u"Edited")
            out << h;
    return out;
}

void TestOrderEdit::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    const auto admin = m_db->createPerson(QStringLiteral("Admin"), {}, &error);
    QVERIFY2(!admin.username.isEmpty(), qPrintable(error));
    m_admin = admin;
    m_alice = m_db->createPerson(QStringLiteral("ProductionCoordinator"), {}, &error);
    QVERIFY2(!m_alice.username.isEmpty(), qPrintable(error));
    m_bruno = m_db->createPerson(QStringLiteral("ProductionCoordinator"), {}, &error);
    QVERIFY2(!m_bruno.username.isEmpty(), qPrintable(error));
    m_buyer = m_db->createPerson(QStringLiteral("ProcurementSpecialist"), {}, &error);
    QVERIFY2(!m_buyer.username.isEmpty(), qPrintable(error));
    QVERIFY(m_alice.fullName != m_bruno.fullName);
    QVERIFY2(ScratchDatabase::seedWorkflowFixtures(m_db->connect(admin.settings), &error), qPrintable(error));
    m_aliceDb = m_db->connect(m_alice.settings);
    m_brunoDb = m_db->connect(m_bruno.settings);
    QVERIFY(m_aliceDb.isOpen() && m_brunoDb.isOpen());
}

void TestOrderEdit::cleanupTestCase()
{
    m_aliceDb = QSqlDatabase();
    m_brunoDb = QSqlDatabase();
    m_db.reset();
}

void TestOrderEdit::secondEditorIsToldWhoAndWhat()
{
    const QString orderId = submit(ScratchDatabase::randomSuffix(6).toUpper());
    QVERIFY(!orderId.isEmpty());
    QVERIFY(edits(orderId).isEmpty());   // submission is not an edit

    // Both open the order.
    DbError error;
    OrderDetail a;
    OrderDetail b;
    QVERIFY(loadOrder(m_aliceDb, orderId, &a, &error));
    QVERIFY(loadOrder(m_brunoDb, orderId, &b, &error));
    QCOMPARE(a.rowVersion, b.rowVersion);

    // Alice saves first: customer and want date.
    OrderEdit editA = OrderEdit::from(a);
    editA.customerName = QStringLiteral("Providence Medical Tacoma");
    editA.wantDate = a.wantDate.addDays(7);
    int version = 0;
    EditConflict conflict;
    QVERIFY2(saveOrder(m_aliceDb, a, editA, &version, &conflict, &error), qPrintable(error.message));
    QCOMPARE(version, a.rowVersion + 1);

    // Her edit is in the history, as her, naming the two fields, with the time of the row's change.
    const QList<HistoryEntry> afterA = edits(orderId);
    QCOMPARE(afterA.size(), 1);
    QCOMPARE(afterA[0].who, m_alice.fullName);
    QCOMPARE(afterA[0].note, QStringLiteral("customer_name, want_date"));
    QCOMPARE(afterA[0].fromStatus, QStringLiteral("OrderCreated"));
    QCOMPARE(afterA[0].toStatus, QStringLiteral("OrderCreated"));
    OrderDetail now;
    QVERIFY(loadOrder(m_brunoDb, orderId, &now, &error));
    QCOMPARE(afterA[0].at, now.updatedAt);
    QVariant userId;
    QString sqlError;
    QVERIFY2(ScratchDatabase::exec(m_db->superuser(),
                                   QStringLiteral("SELECT u.username FROM cs.order_history h JOIN cs.users u "
                                                  "ON u.user_id = h.user_id WHERE h.order_id = CAST(? AS uuid) "
                                                  "AND h.action = 'Edited'"),
                                   {orderId}, &sqlError, &userId),
             qPrintable(sqlError));
    QCOMPARE(userId.toString(), m_alice.username);

    // Bruno saves from the row he read: refused, nothing written, and told who, when and what.
    OrderEdit editB = OrderEdit::from(b);
    editB.notes = QStringLiteral("Crate with the drawings");
    QVERIFY(!saveOrder(m_brunoDb, b, editB, &version, &conflict, &error));
    QCOMPARE(error.code, QStringLiteral("E-STALE"));
    QCOMPARE(error.sqlState, QStringLiteral("40001"));
    QCOMPARE(conflict.lastChangedBy, m_alice.fullName);
    QCOMPARE(conflict.lastChangedAt, afterA[0].at);
    QCOMPARE(conflict.changesSince.size(), 1);
    QCOMPARE(conflict.changesSince[0].action, QStringLiteral("Edited"));
    QCOMPARE(conflict.changesSince[0].who, m_alice.fullName);
    QCOMPARE(conflict.current.customerName, QStringLiteral("Providence Medical Tacoma"));
    const QString changed = conflict.changedFields.join(u'\n');
    QVERIFY2(changed.contains(QStringLiteral("Providence Medical Tacoma")), qPrintable(changed));
    QVERIFY2(changed.contains(a.wantDate.addDays(7).toString(Qt::ISODate)), qPrintable(changed));
    QCOMPARE(edits(orderId).size(), 1);
    QVERIFY(loadOrder(m_aliceDb, orderId, &now, &error));
    QCOMPARE(now.notes, a.notes);
    QCOMPARE(now.rowVersion, a.rowVersion + 1);

    // He overwrites knowingly, from the current row: his entry names him and what his save changed
    // against that row (his older customer and date, and the notes).
    QVERIFY2(saveOrder(m_brunoDb, conflict.current, editB, &version, &conflict, &error),
             qPrintable(error.message));
    const QList<HistoryEntry> afterB = edits(orderId);
    QCOMPARE(afterB.size(), 2);
    QCOMPARE(afterB[1].who, m_bruno.fullName);
    QCOMPARE(afterB[1].note, QStringLiteral("customer_name, want_date, notes"));

    // And now Alice, from her row, is the one told: the last change was Bruno's.
    OrderEdit again = editA;
    again.salesPerson = QStringLiteral("Jordan Miles");
    OrderDetail aliceBase = a;
    aliceBase.rowVersion = a.rowVersion + 1;
    aliceBase.updatedAt = afterA[0].at;
    QVERIFY(!saveOrder(m_aliceDb, aliceBase, again, &version, &conflict, &error));
    QCOMPARE(error.code, QStringLiteral("E-STALE"));
    QCOMPARE(conflict.lastChangedBy, m_bruno.fullName);
    QCOMPARE(conflict.changesSince.size(), 1);   // her own edit is not "since she read it"
}

void TestOrderEdit::noEntryWithoutChanges()
{
    const QString orderId = submit(ScratchDatabase::randomSuffix(6).toUpper());
    QVERIFY(!orderId.isEmpty());
    DbError error;
    OrderDetail d;
    QVERIFY(loadOrder(m_aliceDb, orderId, &d, &error));
    int version = 0;
    EditConflict conflict;
    // The same values saved again: the row version moves on, the history does not.
    QVERIFY2(saveOrder(m_aliceDb, d, OrderEdit::from(d), &version, &conflict, &error),
             qPrintable(error.message));
    QCOMPARE(version, d.rowVersion + 1);
    QVERIFY(edits(orderId).isEmpty());
    // One field, one name.
    OrderDetail now;
    QVERIFY(loadOrder(m_aliceDb, orderId, &now, &error));
    OrderEdit e = OrderEdit::from(now);
    e.language = QStringLiteral("FR");
    QVERIFY2(saveOrder(m_aliceDb, now, e, &version, &conflict, &error), qPrintable(error.message));
    const QList<HistoryEntry> entries = edits(orderId);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].note, QStringLiteral("order_language"));
}

void TestOrderEdit::statusChangesAreNotEdits()
{
    const QString orderId = submit(ScratchDatabase::randomSuffix(6).toUpper());
    QVERIFY(!orderId.isEmpty());
    DbError error;
    OrderDetail d;
    QVERIFY(loadOrder(m_aliceDb, orderId, &d, &error));
    // An assignment and a signed BOM approval, then a status change: each writes its own entry only.
    const auto assigned = WorkflowRepository::assign(m_aliceDb, orderId, m_buyer.username, d.rowVersion);
    QVERIFY2(assigned.ok() && assigned.value() > 0, qPrintable(assigned.error().message));
    const auto signedBom = WorkflowRepository::signBomDecision(
        m_buyer.settings, m_buyer.password, cs::data::BomDecision{d.bomId, true, QString(), m_buyer.initials});
    QVERIFY2(signedBom.ok(), qPrintable(signedBom.error().message));
    QSqlDatabase buyer = m_db->connect(m_buyer.settings);
    QVERIFY(loadOrder(buyer, orderId, &d, &error));
    const auto moved = WorkflowRepository::transition(buyer, orderId, QStringLiteral("PartsSent"), QString(), d.rowVersion);
    QVERIFY2(moved.ok() && moved.value() > 0, qPrintable(moved.error().message));
    const QList<HistoryEntry> all = OrderPageRepository::readHistory(m_aliceDb, orderId).value();
    QStringList actions;
    for (const HistoryEntry& h : all)
        actions << h.action;
    QCOMPARE(actions, (QStringList{QStringLiteral("OrderCreated"), QStringLiteral("Assigned"),
                                   QStringLiteral("BomApproved"), QStringLiteral("StatusChange")}));
}

void TestOrderEdit::superuserWithoutProfileWritesNoEntry()
{
    const QString orderId = submit(ScratchDatabase::randomSuffix(6).toUpper());
    QVERIFY(!orderId.isEmpty());
    QString error;
    QVERIFY2(ScratchDatabase::exec(m_db->superuser(),
                                   QStringLiteral("UPDATE cs.orders SET notes = 'maintenance' "
                                                  "WHERE order_id = CAST(? AS uuid)"),
                                   {orderId}, &error),
             qPrintable(error));
    QVERIFY(edits(orderId).isEmpty());
    // The audit log has the change, with the login that made it.
    QVariant who;
    QVERIFY2(ScratchDatabase::exec(m_db->superuser(),
                                   QStringLiteral("SELECT string_agg(db_user, ',') FROM cs.audit_log "
                                                  "WHERE table_name = 'orders' AND op = 'UPDATE' "
                                                  "AND row_key ->> 'order_id' = ? "
                                                  "AND new_row ->> 'notes' = 'maintenance'"),
                                   {orderId}, &error, &who),
             qPrintable(error));
    QCOMPARE(who.toString(), m_db->settings().user);
}

void TestOrderEdit::peopleCannotWriteHistory()
{
    const QString orderId = submit(ScratchDatabase::randomSuffix(6).toUpper());
    QVERIFY(!orderId.isEmpty());
    QString error;
    QVERIFY(!ScratchDatabase::exec(m_aliceDb,
                                   QStringLiteral("INSERT INTO cs.order_history (order_id, user_id, action, notes) "
                                                  "SELECT CAST(? AS uuid), user_id, 'Edited', 'customer_name' "
                                                  "FROM cs.users WHERE username = session_user"),
                                   {orderId}, &error));
    QVERIFY2(error.startsWith(QStringLiteral("42501")), qPrintable(error));
    QVERIFY(edits(orderId).isEmpty());
}

// Two people edit the same build, each on their own connection: the second save is refused (E-STALE),
// told what changed, nothing written; an overwrite on purpose; the server's field rules and the status
// lock refuse in words.
void TestOrderEdit::concurrentEditConflict()
{
    const QString tag = ScratchDatabase::randomSuffix(6).toUpper();
    const QString orderId = submit(tag, QStringLiteral("Mercy Hospital Denver"), QStringLiteral("Sterile Core 2026"));
    QVERIFY(!orderId.isEmpty());
    QSqlDatabase first = m_db->connect(m_alice.settings);
    QSqlDatabase second = m_db->connect(m_admin.settings);
    DbError error;
    OrderDetail a;
    OrderDetail b;
    QVERIFY(loadOrder(first, orderId, &a, &error));
    QVERIFY(loadOrder(second, orderId, &b, &error));
    auto editA = OrderEdit::from(a);
    editA.customerName = QStringLiteral("Mercy Hospital Aurora");
    int version = 0;
    EditConflict conflict;
    QVERIFY2(saveOrder(first, a, editA, &version, &conflict, &error), qPrintable(error.message));
    QCOMPARE(version, a.rowVersion + 1);
    auto editB = OrderEdit::from(b);
    editB.projectName = QStringLiteral("Sterile Core 2027");
    QVERIFY(!saveOrder(second, b, editB, &version, &conflict, &error));
    QCOMPARE(error.code, QStringLiteral("E-STALE"));
    QCOMPARE(error.kind, DbError::Kind::Conflict);
    QCOMPARE(conflict.current.customerName, QStringLiteral("Mercy Hospital Aurora"));
    QVERIFY2(conflict.changedFields.join(u'\n').contains(QStringLiteral("Mercy Hospital Aurora")),
             qPrintable(conflict.changedFields.join(u'\n')));
    // Nothing was written by the refused save.
    OrderDetail now;
    QVERIFY(loadOrder(second, orderId, &now, &error));
    QCOMPARE(now.projectName, QStringLiteral("Sterile Core 2026"));
    QCOMPARE(now.rowVersion, a.rowVersion + 1);
    // Overwrite on purpose, against the newer row.
    QVERIFY(saveOrder(second, conflict.current, editB, &version, &conflict, &error));
    QVERIFY(loadOrder(first, orderId, &now, &error));
    QCOMPARE(now.projectName, QStringLiteral("Sterile Core 2027"));
    QCOMPARE(now.customerName, b.customerName);   // B's values win, knowingly
    // Field rules are the server's: a short customer name is refused with words.
    auto bad = OrderEdit::from(now);
    bad.customerName = QStringLiteral("X");
    QVERIFY(!saveOrder(first, now, bad, &version, &conflict, &error));
    QCOMPARE(error.code, QStringLiteral("E-CUSTOMER-MIN3"));
    QCOMPARE(error.field, QStringLiteral("customerName"));
    // Not editable outside OrderCreated: another build, approved and moved to PartsSent.
    const QString sentId = submit(ScratchDatabase::randomSuffix(6).toUpper());
    QVERIFY(!sentId.isEmpty());
    OrderDetail sent;
    QVERIFY(loadOrder(first, sentId, &sent, &error));
    QVERIFY(WorkflowRepository::signBomDecision(m_buyer.settings, m_buyer.password,
                                                cs::data::BomDecision{sent.bomId, true, QString(), m_buyer.initials})
                .ok());
    QSqlDatabase buyer = m_db->connect(m_buyer.settings);
    QVERIFY(loadOrder(buyer, sentId, &sent, &error));
    QVERIFY(WorkflowRepository::transition(buyer, sentId, QStringLiteral("PartsSent"), QString(), sent.rowVersion).ok());
    QVERIFY(loadOrder(first, sentId, &sent, &error));
    auto late = OrderEdit::from(sent);
    late.notes = QStringLiteral("late note");
    QVERIFY(!saveOrder(first, sent, late, &version, &conflict, &error));
    QCOMPARE(error.code, QStringLiteral("E-ORDER-LOCKED"));
}

QTEST_GUILESS_MAIN(TestOrderEdit)
#include "tst_orderedit.moc"
