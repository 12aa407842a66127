// An order's documents (DocumentRepository) against a real PostgreSQL: attached with the uploader, type,
// size and hash the server records, read back byte for byte, listed; a file refused by the rules is
// E-DOCUMENT (a client refusal, nothing sent); a document that is gone is E-DOCUMENT-NOT-FOUND; a role
// that may not attach is refused (42501) as a DbError; the same through the session's worker.
#include "orderfixture.h"

#include "data/orders/documentrepository.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using cs::data::DbError;
using cs::data::DocumentRepository;
using cs::test::OrderFixture;

class TestDocumentRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void documentsRoundTrip();
    void throughTheWorker();
    void goneAndRefused();

private:
    OrderFixture m_f;
    QString m_tag;
    QStringList m_orderIds;
};

void TestDocumentRepository::initTestCase()
{
    QString why;
    if (!cs::test::ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    QVERIFY2(m_f.setUp(&why), qPrintable(why));
    m_tag = cs::test::ScratchDatabase::randomSuffix(5).toUpper();
    for (const char* n : {"A", "B", "C"})
        m_orderIds << m_f.submit(QStringLiteral("PO-D%1").arg(QLatin1String(n)) + m_tag,
                                 QStringLiteral("BD%1-").arg(QLatin1String(n)) + m_tag);
    for (const QString& id : std::as_const(m_orderIds))
        QVERIFY(!id.isEmpty());
}

void TestDocumentRepository::cleanupTestCase()
{
    m_f.tearDown();
}

void TestDocumentRepository::documentsRoundTrip()
{
    QSqlDatabase db = m_f.as(QStringLiteral("QCPerson"));
    QByteArray pdf("%PDF-1.4\n% test drawing\n");
    pdf.append(QByteArray(100000, 'x'));
    const auto id = DocumentRepository::attach(db, m_orderIds[2], QStringLiteral("drawing.pdf"),
                                               QStringLiteral("ApprovedDrawing"), pdf);
    QVERIFY2(id.ok() && !id.value().isEmpty(), qPrintable(id.error().logText()));
    const auto docs = DocumentRepository::list(db, m_orderIds[2]);
    QVERIFY(docs.ok());
    QCOMPARE(docs.value().size(), 1);
    QCOMPARE(docs.value()[0].fileName, QStringLiteral("drawing.pdf"));
    QCOMPARE(docs.value()[0].fileType, QStringLiteral("application/pdf"));
    QCOMPARE(docs.value()[0].documentType, QStringLiteral("ApprovedDrawing"));
    QCOMPARE(docs.value()[0].size, pdf.size());
    QCOMPARE(docs.value()[0].uploadedBy, m_f.person(QStringLiteral("QCPerson")).fullName);
    QCOMPARE(DocumentRepository::content(db, id.value()).value(), pdf);
    // The audit copy of the upload has every field but the bytes (which the audit trigger drops from its
    // own copy of the row, not from the row stored), and the hash that identifies them.
    const QString copy = m_f.value(QStringLiteral("SELECT new_row::text FROM cs.audit_log WHERE table_name = 'order_documents' "
                                                  "AND op = 'INSERT' AND row_key ->> 'document_id' = ?"),
                                   {id.value()})
                             .toString();
    QVERIFY2(!copy.isEmpty(), "no audit copy of the upload");
    const QJsonObject audited = QJsonDocument::fromJson(copy.toUtf8()).object();
    QVERIFY2(!audited.contains(u"content"), qPrintable(copy.left(300)));
    QCOMPARE(audited.value(u"filename").toString(), QStringLiteral("drawing.pdf"));
    QCOMPARE(audited.value(u"file_size").toInt(), int(pdf.size()));
    QCOMPARE(audited.value(u"content_sha256").toString().trimmed(),
             QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    // A file the rules refuse is not sent: E-DOCUMENT, with the reason in words.
    const auto fake = DocumentRepository::attach(db, m_orderIds[2], QStringLiteral("fake.png"), QStringLiteral("Photo"),
                                                 QByteArray("GIF89a"));
    QVERIFY(!fake);
    QCOMPARE(fake.error().code, QStringLiteral("E-DOCUMENT"));
    QCOMPARE(fake.error().kind, DbError::Kind::Client);
    QVERIFY(fake.error().userMessage().contains(QStringLiteral("fake.png")));
    QCOMPARE(DocumentRepository::list(db, m_orderIds[2]).value().size(), 1);
}

void TestDocumentRepository::throughTheWorker()
{
    cs::data::Session* session = m_f.session(QStringLiteral("Assembler"));
    QVERIFY(session);
    const DocumentRepository documents(*session);
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; png.size() < 2 * 1024 * 1024; ++i)
        png.append(char((i * 131) & 0xff));
    const auto id = cs::test::await(documents.attach(m_orderIds[0], QStringLiteral("/tmp/some/where/photo.png"),
                                                     QStringLiteral("Photo"), png));
    QVERIFY(id.has_value());
    QVERIFY2(id->ok(), qPrintable(id->error().logText()));
    const auto list = cs::test::await(documents.list(m_orderIds[0]));
    QVERIFY(list.has_value() && list->ok());
    QCOMPARE(list->value().size(), 1);
    QCOMPARE(list->value()[0].fileName, QStringLiteral("photo.png"));   // the name, never the path
    QCOMPARE(list->value()[0].sha256,
             QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    const auto content = cs::test::await(documents.content(id->value()));
    QVERIFY(content.has_value() && content->ok());
    QVERIFY(content->value() == png);
}

void TestDocumentRepository::goneAndRefused()
{
    QSqlDatabase coordinator = m_f.as(QStringLiteral("ProductionCoordinator"));
    const auto id = DocumentRepository::attach(coordinator, m_orderIds[1], QStringLiteral("po.pdf"), QStringLiteral("PO"),
                                               QByteArray("%PDF-1.7\npo"));
    QVERIFY2(id.ok(), qPrintable(id.error().logText()));
    QString error;
    QVERIFY2(cs::test::ScratchDatabase::exec(m_f.as(QStringLiteral("Admin")),
                                             QStringLiteral("SELECT cs.delete_document(CAST(? AS uuid), 'attached to the wrong order')"),
                                             {id.value()}, &error),
             qPrintable(error));
    cs::data::Session* session = m_f.session(QStringLiteral("ProductionCoordinator"));
    QVERIFY(session);
    const auto gone = cs::test::await(DocumentRepository(*session).content(id.value()));
    QVERIFY(gone.has_value() && !gone->ok());
    QCOMPARE(gone->error().code, QStringLiteral("E-DOCUMENT-NOT-FOUND"));
    QCOMPARE(gone->error().kind, DbError::Kind::Refused);
    // The service department may not attach to an order.
    QSqlDatabase service = m_f.as(QStringLiteral("ServiceDepartment"));
    const auto refused = DocumentRepository::attach(service, m_orderIds[1], QStringLiteral("po.pdf"), QStringLiteral("PO"),
                                                    QByteArray("%PDF-1.7\npo"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().sqlState, QStringLiteral("42501"));
    QCOMPARE(refused.error().kind, DbError::Kind::Permission);
}

QTEST_GUILESS_MAIN(TestDocumentRepository)
#include "tst_documentrepository.moc"
