// The 25 MB limit of an order's documents is the server's too: a coordinator's client that skips
// its own check (a patched binary, a script) and inserts 25 MB and one byte straight into
// cs.order_documents is refused by the CHECK on the content's size, and nothing of it is written,
// neither the row nor its audit entry, nor the rest of the transaction it was part of. Exactly
// 25 MB is stored whole, with the size and SHA-256 the server computes.
#include "data/orders/documentrepository.h"
#include "domain/orders/documentrules.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using cs::data::DocumentRepository;
using cs::test::ScratchDatabase;

namespace {

constexpr qint64 kLimit = cs::domain::DocumentRules::maxBytes;

QString sqlState(const QSqlError& e)
{
    return e.nativeErrorCode();
}

} // namespace

class TestDocumentLimit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void limitIsTwentyFiveMegabytes();
    void oneByteOverIsRefusedByTheServer();
    void refusalUndoesTheWholeTransaction();
    void exactlyTheLimitIsStored();

private:
    // count(*) of `sql`, whose one placeholder is this test's order id.
    qint64 count(const QString& sql);
    // INSERT as the coordinator, past the client's own check.
    bool insertDirectly(const QByteArray& content, const QString& fileName, QSqlError* error, QString* documentId = nullptr);

    std::unique_ptr<ScratchDatabase> m_db;
    QSqlDatabase m_coordinator;
    QSqlDatabase m_super;
    QString m_orderId;
};

void TestDocumentLimit::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_super = m_db->superuser();
    QString error;
    const ScratchDatabase::Person admin = m_db->createPerson(QStringLiteral("Admin"), {}, &error);
    QVERIFY2(!admin.username.isEmpty(), qPrintable(error));
    QVERIFY2(ScratchDatabase::seedWorkflowFixtures(m_db->connect(admin.settings), &error), qPrintable(error));
    const ScratchDatabase::Person coordinator = m_db->createPerson(QStringLiteral("ProductionCoordinator"), {}, &error);
    QVERIFY2(!coordinator.username.isEmpty(), qPrintable(error));
    m_coordinator = m_db->connect(coordinator.settings);
    QVERIFY2(m_coordinator.isOpen(), qPrintable(m_coordinator.lastError().text()));

    const QJsonObject order = ScratchDatabase::orderJson(QStringLiteral("PO-DOCLIMIT"), QStringLiteral("DOC-LIMIT-1"));
    QVariant answer;
    QVERIFY2(ScratchDatabase::exec(m_coordinator, QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))::text"),
                                   {QString::fromUtf8(QJsonDocument(order).toJson(QJsonDocument::Compact))}, &error, &answer),
             qPrintable(error));
    const QJsonObject submitted = QJsonDocument::fromJson(answer.toString().toUtf8()).object();
    m_orderId = submitted.value(u"builds").toArray().at(0).toObject().value(u"orderId").toString();
    QVERIFY2(!m_orderId.isEmpty(), qPrintable(answer.toString()));
}

void TestDocumentLimit::cleanupTestCase()
{
    m_coordinator = QSqlDatabase();
    m_super = QSqlDatabase();
    m_db.reset();
}

qint64 TestDocumentLimit::count(const QString& sql)
{
    QSqlQuery q(m_super);
    q.prepare(sql);
    q.addBindValue(m_orderId);
    if (!q.exec() || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

bool TestDocumentLimit::insertDirectly(const QByteArray& content, const QString& fileName, QSqlError* error,
                                       QString* documentId)
{
    QSqlQuery q(m_coordinator);
    // People write documents through cs.attach_document only (no INSERT on the table).
    q.prepare(QStringLiteral("SELECT cs.attach_document(CAST(? AS uuid), ?, 'application/pdf', ?, 'PO')::text"));
    q.addBindValue(m_orderId);
    q.addBindValue(fileName);
    q.addBindValue(content);
    if (!q.exec() || !q.next()) {
        *error = q.lastError();
        return false;
    }
    if (documentId)
        *documentId = q.value(0).toString();
    return true;
}

void TestDocumentLimit::limitIsTwentyFiveMegabytes()
{
    QCOMPARE(kLimit, qint64(26214400));
    // The server's own figure for it (informative) and the CHECK say the same.
    QSqlQuery q(m_super);
    QVERIFY(q.exec(QStringLiteral("SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c"
                                  " WHERE c.conrelid = 'cs.order_documents'::regclass AND c.contype = 'c'"
                                  "   AND pg_get_constraintdef(c.oid) LIKE '%octet_length(content)%'")));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toString().contains(QStringLiteral("26214400")), qPrintable(q.value(0).toString()));
}

void TestDocumentLimit::oneByteOverIsRefusedByTheServer()
{
    const QByteArray tooBig = QByteArray("%PDF-1.4\n") + QByteArray(kLimit + 1 - 9, 'x');
    QCOMPARE(qint64(tooBig.size()), kLimit + 1);
    // The client refuses it before sending anything...
    const auto refused = DocumentRepository::attach(m_coordinator, m_orderId, QStringLiteral("too-big.pdf"),
                                                    QStringLiteral("PO"), tooBig);
    QVERIFY(!refused.ok());
    const cs::data::DbError refusal = refused.error();
    QCOMPARE(refusal.code, QStringLiteral("E-DOCUMENT"));
    QVERIFY(refusal.message.contains(QStringLiteral("25 MB")));

    // ...and the server when a client does not ask.
    const QString audit = QStringLiteral("SELECT count(*) FROM cs.audit_log WHERE table_name = 'order_documents'"
                                         " AND new_row ->> 'order_id' = ?");
    const QString documents = QStringLiteral("SELECT count(*) FROM cs.order_documents WHERE order_id = CAST(? AS uuid)");
    QCOMPARE(count(audit), 0);
    QSqlError error;
    QVERIFY(!insertDirectly(tooBig, QStringLiteral("too-big.pdf"), &error));
    QCOMPARE(sqlState(error), QStringLiteral("23514")); // check_violation
    QCOMPARE(count(documents), 0);
    QCOMPARE(count(audit), 0);
    // The connection is usable afterwards (no transaction left aborted).
    QSqlQuery q(m_coordinator);
    QVERIFY2(q.exec(QStringLiteral("SELECT 1")), qPrintable(q.lastError().text()));
}

void TestDocumentLimit::refusalUndoesTheWholeTransaction()
{
    // A small drawing and then the oversized file in one transaction, as the wizard's submission
    // writes an order's documents: the refusal takes the drawing with it.
    QVERIFY(m_coordinator.transaction());
    QSqlError error;
    QString smallId;
    QVERIFY2(insertDirectly(QByteArray("%PDF-1.4\n% drawing\n"), QStringLiteral("drawing.pdf"), &error, &smallId),
             qPrintable(error.text()));
    QVERIFY(!smallId.isEmpty());
    QVERIFY(!insertDirectly(QByteArray(kLimit + 1, 'y'), QStringLiteral("too-big.pdf"), &error));
    QCOMPARE(sqlState(error), QStringLiteral("23514"));
    m_coordinator.commit(); // the server rolls an aborted transaction back, whatever the client says
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cs.order_documents WHERE order_id = CAST(? AS uuid)")), 0);
    QSqlQuery q(m_super);
    q.prepare(QStringLiteral("SELECT count(*) FROM cs.audit_log WHERE table_name = 'order_documents'"
                             " AND row_key ->> 'document_id' = ?"));
    q.addBindValue(smallId);
    QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestDocumentLimit::exactlyTheLimitIsStored()
{
    QByteArray exact = QByteArray("%PDF-1.4\n") + QByteArray(kLimit - 9, 'z');
    exact[kLimit - 1] = '\n';
    QCOMPARE(qint64(exact.size()), kLimit);
    QSqlError error;
    QString id;
    QVERIFY2(insertDirectly(exact, QStringLiteral("exact.pdf"), &error, &id), qPrintable(error.text()));
    QSqlQuery q(m_super);
    q.prepare(QStringLiteral("SELECT file_size, content_sha256 FROM cs.order_documents WHERE document_id = CAST(? AS uuid)"));
    q.addBindValue(id);
    QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
    QCOMPARE(q.value(0).toLongLong(), kLimit);
    QCOMPARE(q.value(1).toString().trimmed(),
             QString::fromLatin1(QCryptographicHash::hash(exact, QCryptographicHash::Sha256).toHex()));

    // Through the client's own path too.
    const auto attached = DocumentRepository::attach(m_coordinator, m_orderId, QStringLiteral("exact-2.pdf"),
                                                     QStringLiteral("PO"), exact);
    const QString viaClient = attached.ok() ? attached.value() : QString();
    QVERIFY2(!viaClient.isEmpty(), qPrintable(attached.error().message));
    QCOMPARE(DocumentRepository::content(m_coordinator, viaClient).value().size(), exact.size());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cs.order_documents WHERE order_id = CAST(? AS uuid)")), 2);
}

QTEST_GUILESS_MAIN(TestDocumentLimit)
#include "tst_documentlimit.moc"
