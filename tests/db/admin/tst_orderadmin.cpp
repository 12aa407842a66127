// The admin's order tools and catalog import through their repositories on a session's worker: force
// status and delete with their reasons (the server's rules: Admin only, a reason, the row version read),
// the catalog files checked before anything is written and imported on request, and each successful
// write announced on the session's change feed with the record it changed (a refused one not at all).
#include "data/admin/orderadminrepository.h"
#include "data/catalog/catalogimportrepository.h"
#include "data/common/changefeed.h"
#include "data/common/session.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using cs::data::AdminBuild;
using cs::data::CatalogImportCheck;
using cs::data::CatalogImportRepository;
using cs::data::Change;
using cs::data::ChangeFeed;
using cs::data::DbError;
using cs::data::OrderAdminRepository;
using cs::data::Result;
using cs::data::Session;
using cs::test::ScratchDatabase;

class TestOrderAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void forceStatus();
    void refusals();
    void deleteOrder();
    void catalogProblemsListed();
    void catalogImported();

private:
    template<typename T>
    Result<T> wait(QFuture<Result<T>> future)
    {
        if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 30000) || future.resultCount() == 0)
            return DbError::client(QStringLiteral("E-TEST"), QStringLiteral("no answer"));
        return future.result();
    }
    QString submit();
    AdminBuild find(const QString& build);
    // The batches the admin's feed delivered until now (waiting for at least one).
    QList<Change> nextBatch(QSignalSpy& spy);

    std::unique_ptr<ScratchDatabase> m_db;
    ScratchDatabase::Person m_admin;
    ScratchDatabase::Person m_coord;
    std::unique_ptr<Session> m_adminSession;
    std::unique_ptr<Session> m_coordSession;
};

void TestOrderAdmin::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    m_admin = m_db->createPerson(QStringLiteral("Admin"), {}, &error);
    QVERIFY2(!m_admin.username.isEmpty(), qPrintable(error));
    m_coord = m_db->createPerson(QStringLiteral("ProductionCoordinator"), {}, &error);
    QVERIFY2(!m_coord.username.isEmpty(), qPrintable(error));
    QVERIFY2(ScratchDatabase::seedWorkflowFixtures(m_db->connect(m_admin.settings), &error), qPrintable(error));
    m_adminSession = std::make_unique<Session>();
    QVERIFY(m_adminSession->start(m_admin.settings, QStringLiteral("test")).ok());
    m_coordSession = std::make_unique<Session>();
    QVERIFY(m_coordSession->start(m_coord.settings, QStringLiteral("test")).ok());
}

void TestOrderAdmin::cleanupTestCase()
{
    m_adminSession.reset();
    m_coordSession.reset();
    m_db.reset();
}

QString TestOrderAdmin::submit()
{
    const QString build = QStringLiteral("B-") + ScratchDatabase::randomSuffix(6).toUpper();
    const QString po = QStringLiteral("PO-") + ScratchDatabase::randomSuffix(5).toUpper();
    QString error;
    const bool ok = ScratchDatabase::exec(m_db->connect(m_coord.settings), QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))"),
                                          {QString::fromUtf8(QJsonDocument(ScratchDatabase::orderJson(po, build)).toJson())},
                                          &error);
    return ok ? build : QString();
}

AdminBuild TestOrderAdmin::find(const QString& build)
{
    const auto found = wait(OrderAdminRepository(*m_adminSession).find(build));
    if (!found.ok() || !found.value())
        return {};
    return *found.value();
}

QList<Change> TestOrderAdmin::nextBatch(QSignalSpy& spy)
{
    if (spy.isEmpty() && !spy.wait(10000))
        return {};
    return spy.takeFirst().at(0).value<QList<Change>>();
}

void TestOrderAdmin::forceStatus()
{
    const QString build = submit();
    QVERIFY(!build.isEmpty());
    const AdminBuild before = find(build);
    QCOMPARE(before.build.status, QStringLiteral("OrderCreated"));
    QCOMPARE(before.buildsOnPo, 1);

    QSignalSpy feed(m_adminSession->changes(), &ChangeFeed::changed);
    const auto forced = wait(OrderAdminRepository(*m_adminSession)
                                 .forceStatus(before.build.orderId, QStringLiteral("ReadyForPreQC"),
                                              QStringLiteral("parts came in by hand"), before.rowVersion));
    QVERIFY2(forced.ok(), qPrintable(forced.error().logText()));
    QVERIFY(forced.value() > before.rowVersion);
    QCOMPARE(find(build).build.status, QStringLiteral("ReadyForPreQC"));
    // Announced as a change of that order.
    QCOMPARE(nextBatch(feed), (QList<Change>{{QString(ChangeFeed::kOrder), before.build.orderId}}));
    // Flagged in the history with the reason and the admin.
    QVariant flagged;
    QVERIFY(ScratchDatabase::exec(m_db->superuser(),
                                  QStringLiteral("SELECT count(*) FROM cs.order_history h JOIN cs.users u ON u.user_id = h.user_id "
                                                 "WHERE h.order_id = CAST(? AS uuid) AND h.forced AND h.action = 'ForceStatus' "
                                                 "AND h.notes = 'parts came in by hand' AND u.username = ?"),
                                  {before.build.orderId, m_admin.username}, nullptr, &flagged));
    QCOMPARE(flagged.toInt(), 1);
}

void TestOrderAdmin::refusals()
{
    const QString build = submit();
    QVERIFY(!build.isEmpty());
    const AdminBuild b = find(build);
    QSignalSpy feed(m_adminSession->changes(), &ChangeFeed::changed);
    OrderAdminRepository admin(*m_adminSession);
    // No reason.
    const auto noReason = wait(admin.forceStatus(b.build.orderId, QStringLiteral("Shipped"), QStringLiteral("  x "), b.rowVersion));
    QVERIFY(!noReason.ok());
    QCOMPARE(noReason.error().code, QStringLiteral("E-NOTE-REQUIRED"));
    const auto noDeleteReason = wait(admin.deleteOrder(b.build.orderId, QStringLiteral("ok")));
    QCOMPARE(noDeleteReason.error().code, QStringLiteral("E-NOTE-REQUIRED"));
    // A row version someone else moved on.
    const auto stale = wait(admin.forceStatus(b.build.orderId, QStringLiteral("Shipped"), QStringLiteral("a reason"), b.rowVersion - 1));
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, QStringLiteral("E-STALE"));
    // Not an admin.
    OrderAdminRepository coord(*m_coordSession);
    const auto notAdmin = wait(coord.forceStatus(b.build.orderId, QStringLiteral("Shipped"), QStringLiteral("a reason"), b.rowVersion));
    QVERIFY(!notAdmin.ok());
    const auto notAdminDelete = wait(coord.deleteOrder(b.build.orderId, QStringLiteral("a reason")));
    QVERIFY(!notAdminDelete.ok());
    QCOMPARE(find(build).build.status, QStringLiteral("OrderCreated"));
    // Nothing refused was announced: the first batch after them is the next successful write's.
    const auto ok = wait(admin.forceStatus(b.build.orderId, QStringLiteral("Shipped"), QStringLiteral("a reason"), b.rowVersion));
    QVERIFY2(ok.ok(), qPrintable(ok.error().logText()));
    QCOMPARE(nextBatch(feed), (QList<Change>{{QString(ChangeFeed::kOrder), b.build.orderId}}));
}

void TestOrderAdmin::deleteOrder()
{
    const QString build = submit();
    QVERIFY(!build.isEmpty());
    const AdminBuild b = find(build);
    QVERIFY(!b.build.orderId.isEmpty());
    QSignalSpy feed(m_adminSession->changes(), &ChangeFeed::changed);
    const auto deleted = wait(OrderAdminRepository(*m_adminSession).deleteOrder(b.build.orderId, QStringLiteral("entered twice")));
    QVERIFY2(deleted.ok(), qPrintable(deleted.error().logText()));
    const auto gone = wait(OrderAdminRepository(*m_adminSession).find(build));
    QVERIFY(gone.ok());
    QVERIFY(!gone.value());
    QCOMPARE(nextBatch(feed), (QList<Change>{{QString(ChangeFeed::kOrder), b.build.orderId}}));
    QVariant reason;
    QVERIFY(ScratchDatabase::exec(m_db->superuser(),
                                  QStringLiteral("SELECT reason FROM cs.order_deletions WHERE order_id = CAST(? AS uuid)"),
                                  {b.build.orderId}, nullptr, &reason));
    QCOMPARE(reason.toString(), QStringLiteral("entered twice"));
}

void TestOrderAdmin::catalogProblemsListed()
{
    // The demo catalog with a component that does not exist and a duplicate part.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char* name : {"categories.json", "parts.json", "assemblies.json"})
        QVERIFY(QFile::copy(QStringLiteral(":/demo/catalog/") + QLatin1String(name), dir.filePath(QLatin1String(name))));
    QFile assemblies(dir.filePath(QStringLiteral("assemblies.json")));
    QVERIFY(assemblies.open(QIODevice::ReadOnly));
    QByteArray text = assemblies.readAll();
    assemblies.close();
    const int first = int(text.indexOf("\"T2-"));
    QVERIFY(first > 0);
    text.insert(first + 1, "NO-SUCH-");
    QVERIFY(QFile::remove(assemblies.fileName()));
    QVERIFY(assemblies.open(QIODevice::WriteOnly));
    assemblies.write(text);
    assemblies.close();

    QFuture<CatalogImportCheck> future = CatalogImportRepository::check(dir.path());
    QVERIFY(QTest::qWaitFor([&future] { return future.isFinished(); }, 30000));
    const CatalogImportCheck c = future.result();
    QVERIFY(!c.importable());
    QVERIFY(!c.problems.isEmpty());
    for (const auto& p : c.problems)
        QVERIFY2(!p.file.isEmpty() && !p.what.isEmpty(), qPrintable(p.toString()));
    // Refused before the server is asked.
    const auto refused = wait(CatalogImportRepository(*m_adminSession).importChecked(c));
    QCOMPARE(refused.error().code, QStringLiteral("E-CATALOG-PROBLEMS"));
}

void TestOrderAdmin::catalogImported()
{
    const CatalogImportCheck c = CatalogImportRepository::checkNow(QStringLiteral(":/demo/catalog"));
    QVERIFY(c.importable());
    QVERIFY(c.parts > 0 && c.assemblies > 0 && c.components > 0);
    QVariant before;
    QVERIFY(ScratchDatabase::exec(m_db->superuser(), QStringLiteral("SELECT cs.catalog_revision()"), {}, nullptr, &before));

    // Not an admin: the server's grants refuse, nothing is written.
    const auto notAdmin = wait(CatalogImportRepository(*m_coordSession).importChecked(c));
    QVERIFY(!notAdmin.ok());
    QCOMPARE(notAdmin.error().kind, DbError::Kind::Permission);

    QSignalSpy feed(m_adminSession->changes(), &ChangeFeed::changed);
    const auto imported = wait(CatalogImportRepository(*m_adminSession).importChecked(c));
    QVERIFY2(imported.ok(), qPrintable(imported.error().logText()));
    QCOMPARE(imported.value().parts, c.parts);
    QCOMPARE(imported.value().assemblies, c.assemblies);
    QVERIFY(imported.value().revision > before.toLongLong());
    QCOMPARE(nextBatch(feed), (QList<Change>{{QString(ChangeFeed::kCatalog), QString()}}));
}

QTEST_GUILESS_MAIN(TestOrderAdmin)
#include "tst_orderadmin.moc"
