// Fault runs (issue 11, "the database boundary holds") on a PostgreSQL cluster of this test's own
// (scripts/pg.sh on a temporary directory, with durable commits: no --fast, since an immediate stop must
// not lose what was acknowledged), so that stopping it disturbs no other test. A write is kept in flight
// by a trigger that sleeps (created by the superuser in the scratch database only), then:
//   * the server is stopped fast, and stopped immediate, during a session;
//   * the client's backend is terminated (pg_terminate_backend) in the middle of the submit transaction;
//   * the session's idle connection is ended by the server, and the next call is a write;
//   * the client process is killed (SIGKILL) during an order submit with attachments, and during a BOM
//     signature (the test binary run again as a child that logs in as the person and writes through the
//     app's repositories).
// The writes go through the app's own code: SubmitRepository::submit on the session's worker (the order,
// its frozen BOM and its documents in one transaction) and WorkflowRepository::signBomDecision (the
// signature on a fresh connection). Afterwards: nothing committed is lost, nothing is half-written (an
// order with its PO, BOM and documents, a signature with its decision, approval row and history entry:
// all or nothing), the audit chain verifies, a write that was in flight answers
// DbError::Kind::ConnectionLost with words for a person, and the session's next calls reconnect by
// themselves (a read, then the same write again, which now goes through). A write whose connection was
// lost before it was sent is no write in flight: it goes through on a new connection.
#include "data/admin/auditsealer.h"
#include "data/admin/auditverifier.h"
#include "data/catalog/catalogimporter.h"
#include "data/catalog/catalogloader.h"
#include "data/common/session.h"
#include "data/orders/workflowrepository.h"
#include "data/wizard/submitrepository.h"
#include "domain/bom/bomgenerator.h"
#include "domain/catalog/catalog.h"
#include "privatecluster.h"
#include "testdatabase.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <unistd.h>

using cs::test::PrivateCluster;
using cs::test::ScratchDatabase;
using namespace cs;
using namespace cs::data;

namespace {

// How long the slowed statement sleeps when a fault is to hit it: well below the worker's
// statement_timeout (Session::kWorkerStatementTimeoutMs), so that only the fault can end it early.
constexpr double kInFlightSeconds = 20;
// The kill runs: the statement the killed client left behind ends by itself after this.
constexpr double kKilledSeconds = 4;

const QString kCatalogDir = cs::test::sourcePath(u"resources/demo/catalog");

// The documents stored with every order of these runs.
QList<SubmitDocument> documents()
{
    return {SubmitDocument{QStringLiteral("drawing.pdf"), QByteArrayLiteral("%PDF-1.4\n% a drawing for the fault runs\n%%EOF\n"),
                           QStringLiteral("Drawing")},
            SubmitDocument{QStringLiteral("purchase-order.txt"), QByteArrayLiteral("Purchase order for the fault runs.\n"),
                           QStringLiteral("PO")}};
}

// A 3-basin MDRD order on the demo catalog, as the wizard makes it.
domain::OrderConfiguration orderConfiguration(const QString& po, const QString& build)
{
    const QString json = QString::fromUtf8(R"({"order": {"poNumber": "%1", "customerName": "Hospital Faults",
        "projectName": "Central sterilisation", "salesPerson": "Sam Sales", "wantDate": "%3", "language": "EN"},
        "family": "MDRD", "builds": [{"buildNumber": "%2", "config": {"model": "T2-B3", "widthIn": 48, "lengthIn": 80,
        "legs": {"height": "HEIGHT_ADJUSTABLE", "model": "DL27"}, "feet": "LOCK_LEVELING_CASTERS",
        "pegboard": {"type": "PERFORATED", "color": null, "size": "SAME_AS_SINK"}, "workflowDirection": "LEFT_TO_RIGHT",
        "basins": [{"position": 1, "type": "E_DRAIN", "size": "30X20X10", "pTrap": false, "basinLight": false},
                   {"position": 2, "type": "E_DRAIN", "size": "30X20X10", "pTrap": false, "basinLight": false},
                   {"position": 3, "type": "E_DRAIN", "size": "24X20X10", "pTrap": false, "basinLight": false}],
        "faucets": [{"type": "PRE_RINSE", "placement": null}],
        "sprayers": [{"type": "WATER_GUN_TURRET", "location": "LEFT_SIDE"}],
        "accessories": [{"id": "T2-OA-PO-SHLF-1212", "qty": 1}, {"id": "T-OA-BINRAIL-48-KIT", "qty": 3}]}}]})")
                             .arg(po, build, QDate::currentDate().addDays(60).toString(Qt::ISODate));
    QString error;
    const auto config = domain::OrderConfiguration::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &error);
    if (!config)
        qWarning("order configuration: %s", qPrintable(error));
    return config.value_or(domain::OrderConfiguration{});
}

// The catalog as the person's client reads it.
domain::CatalogPtr loadCatalog(const ConnectionSettings& settings)
{
    domain::CatalogPtr catalog;
    const QString name = QStringLiteral("fault-catalog");
    {
        QSqlDatabase db = settings.open(name);
        domain::CatalogData data;
        QString error;
        if (!db.isOpen())
            qWarning("catalog: %s", qPrintable(db.lastError().text()));
        else if (!CatalogLoader(db).load(&data, &error))
            qWarning("catalog: %s", qPrintable(error));
        else
            catalog = domain::Catalog::fromData(data);
    }
    QSqlDatabase::removeDatabase(name);
    return catalog;
}

// The wizard's submit: the BOM generated here, the order, its BOM and the documents stored on the
// session's worker in one transaction.
QFuture<Result<StoredOrder>> submitOrder(Session& session, const domain::Catalog& catalog, const QString& po,
                                         const QString& build)
{
    const domain::OrderConfiguration config = orderConfiguration(po, build);
    const domain::GenerationResult generated = domain::BomGenerator::generate(catalog, config, QDate::currentDate());
    if (!generated.valid)
        qWarning("generation: %s", qPrintable(generated.errorCodes().join(u' ')));
    return SubmitRepository(session).submit(config, generated, documents());
}

template<typename T>
std::optional<Result<T>> await(QFuture<Result<T>> future, int timeoutMs = 60000)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, timeoutMs) || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

// The child process: logs in as the person of FAULT_* through a Session and makes one write through
// the app's repository, then says "committed". The parent kills it before that.
int runChild(const QString& kind)
{
    ConnectionSettings s;
    s.host = qEnvironmentVariable("FAULT_HOST");
    s.port = qEnvironmentVariableIntValue("FAULT_PORT");
    s.database = qEnvironmentVariable("FAULT_DATABASE");
    s.user = qEnvironmentVariable("FAULT_USER");
    s.password = qEnvironmentVariable("FAULT_PASSWORD");
    s.applicationName = qEnvironmentVariable("FAULT_APPNAME");
    Session session;
    const LoginResult login = session.start(s, QStringLiteral("faults"));
    if (!login.ok()) {
        std::fprintf(stderr, "child: login failed: %s\n", qPrintable(login.detail));
        return 3;
    }
    std::optional<QString> error;
    if (kind == u"submit") {
        const domain::CatalogPtr catalog = loadCatalog(s);
        if (!catalog)
            return 3;
        const auto r = await(submitOrder(session, *catalog, qEnvironmentVariable("FAULT_PO"), qEnvironmentVariable("FAULT_BUILD")));
        if (!r || !r->ok())
            error = r ? r->error().logText() : QStringLiteral("no answer");
    } else {
        const BomDecision decision{qEnvironmentVariable("FAULT_BOM"), true, QStringLiteral("Checked."), session.user().initials};
        const auto r = await(WorkflowRepository(session).signBomDecision(decision, s.password));
        if (!r || !r->ok())
            error = r ? r->error().logText() : QStringLiteral("no answer");
    }
    if (error) {
        std::fprintf(stderr, "child: %s\n", qPrintable(*error));
        return 4;
    }
    std::fputs("committed\n", stdout);
    std::fflush(stdout);
    session.end();
    return 0;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void serverStoppedFast();
    void serverStoppedImmediate();
    void backendTerminated();
    void idleConnectionLostThenWrite();
    void clientKilledDuringSubmit();
    void clientKilledDuringSignature();

private:
    // A superuser connection to the scratch database, opened again when the server dropped it.
    QSqlDatabase su();
    QVariant one(const QString& sql, const QVariantList& values = {});
    void setDelay(const QString& table, double seconds);
    bool waitForSleeping(const QString& user, int timeoutMs = 30000);
    bool waitForNoBackend(const QString& applicationName, int timeoutMs = 30000);
    // The PO, order rows, BOMs and documents of a build: all present (1) or none (0); -1 when half.
    int buildState(const QString& build);
    void verifyAudit();
    void serverStopped(bool immediate);
    // Starts the child that writes as `person` (FAULT_* and `extra` in its environment).
    void startChild(QProcess& child, const ScratchDatabase::Person& person, const QString& app, const QString& kind,
                    const QList<QPair<QString, QString>>& extra);
    static QString newBuild(const char* tag);

    PrivateCluster m_cluster{PrivateCluster::Commits::Durable};
    std::unique_ptr<ScratchDatabase> m_db;
    ScratchDatabase::Person m_coord;
    ScratchDatabase::Person m_buyer;
    domain::CatalogPtr m_catalog;
    QSqlDatabase m_su;
};

QString TestFaults::newBuild(const char* tag)
{
    return QLatin1String(tag) + ScratchDatabase::randomSuffix(6).toUpper();
}

QSqlDatabase TestFaults::su()
{
    if (m_su.isOpen() && QSqlQuery(m_su).exec(QStringLiteral("SELECT 1")))
        return m_su;
    m_su = m_db->superuser();
    return m_su;
}

QVariant TestFaults::one(const QString& sql, const QVariantList& values)
{
    QVariant v;
    QString error;
    if (!ScratchDatabase::exec(su(), sql, values, &error, &v))
        qWarning("%s: %s", qPrintable(sql), qPrintable(error));
    return v;
}

void TestFaults::setDelay(const QString& table, double seconds)
{
    QString error;
    if (!ScratchDatabase::exec(su(),
                               QStringLiteral("INSERT INTO public.fault_delay (tbl, seconds) VALUES (?, ?) "
                                              "ON CONFLICT (tbl) DO UPDATE SET seconds = EXCLUDED.seconds"),
                               {table, seconds}, &error))
        qWarning("fault_delay: %s", qPrintable(error));
}

bool TestFaults::waitForSleeping(const QString& user, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        // The slowed write is found by its wait in pg_sleep (QPSQL runs prepared statements: the query
        // text does not say which).
        if (one(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = ? AND wait_event = 'PgSleep'"), {user})
                .toInt()
            > 0)
            return true;
        QTest::qWait(50);
    }
    QSqlQuery q(su());
    q.exec(QStringLiteral("SELECT usename, state, wait_event, left(query, 120) FROM pg_stat_activity WHERE pid <> pg_backend_pid()"));
    while (q.next())
        qWarning("backend: %s %s %s %s", qPrintable(q.value(0).toString()), qPrintable(q.value(1).toString()),
                 qPrintable(q.value(2).toString()), qPrintable(q.value(3).toString()));
    return false;
}

bool TestFaults::waitForNoBackend(const QString& applicationName, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (one(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = ?"), {applicationName}).toInt() == 0)
            return true;
        QTest::qWait(100);
    }
    return false;
}

int TestFaults::buildState(const QString& build)
{
    const int pos = one(QStringLiteral("SELECT count(*) FROM cs.purchase_orders WHERE po_number = ?"),
                        {QStringLiteral("PO-") + build})
                        .toInt();
    const int orders = one(QStringLiteral("SELECT count(*) FROM cs.orders WHERE build_number = ?"), {build}).toInt();
    const int boms = one(QStringLiteral("SELECT count(*) FROM cs.boms b JOIN cs.orders o USING (order_id) "
                                        "WHERE o.build_number = ? AND o.generated_bom_id = b.bom_id"),
                         {build})
                         .toInt();
    const int items = one(QStringLiteral("SELECT count(*) FROM cs.bom_items i JOIN cs.boms b USING (bom_id) "
                                         "JOIN cs.orders o ON o.order_id = b.order_id WHERE o.build_number = ?"),
                          {build})
                          .toInt();
    const int docs = one(QStringLiteral("SELECT count(*) FROM cs.order_documents d JOIN cs.orders o USING (order_id) "
                                        "WHERE o.build_number = ?"),
                         {build})
                         .toInt();
    const int expectedDocs = int(documents().size());
    if (pos == 0 && orders == 0 && boms == 0 && items == 0 && docs == 0)
        return 0;
    if (pos == 1 && orders == 1 && boms == 1 && items > 0 && docs == expectedDocs)
        return 1;
    qWarning("build %s half-written: %d POs, %d orders, %d BOMs, %d BOM lines, %d of %d documents", qPrintable(build),
             pos, orders, boms, items, docs, expectedDocs);
    return -1;
}

void TestFaults::verifyAudit()
{
    // What the server-side sealer does: every committed audit row chained (rows of rolled-back
    // transactions never were), then the whole chain checked.
    const AuditSealer::Result sealed = AuditSealer(su()).sealAll();
    QVERIFY2(sealed.ok(), qPrintable(sealed.error));
    const AuditVerifier::Result r = AuditVerifier(su()).verify();
    QStringList breaks;
    for (const AuditVerifier::Break& b : r.breaks)
        breaks << b.describe();
    QVERIFY2(r.ok, qPrintable(QStringLiteral("audit chain: %1 %2").arg(r.error, breaks.join(QStringLiteral("; ")))));
    QVERIFY(r.sealedChain);
    QVERIFY(r.positionsChecked > 0);
    QCOMPARE(r.unsealedCount, qint64(0));
}

void TestFaults::initTestCase()
{
    if (QString why; !PrivateCluster::serverAvailable(&why))
        QSKIP(qPrintable(why));
    // This cluster's superuser settings replace those of the shared test cluster: PGHOST, PGPORT, ...
    QVERIFY(m_cluster.start());

    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QList<domain::CatalogProblem> problems;
    const domain::CatalogData files = domain::CatalogData::readDirectory(kCatalogDir, &problems);
    QVERIFY(problems.isEmpty());
    const CatalogImporter::Result imported = CatalogImporter(m_db->superuser()).importData(files);
    QVERIFY2(imported.ok, qPrintable(imported.error));
    QString error;
    m_coord = m_db->createPerson(QStringLiteral("ProductionCoordinator"), {}, &error);
    QVERIFY2(!m_coord.username.isEmpty(), qPrintable(error));
    m_buyer = m_db->createPerson(QStringLiteral("ProcurementSpecialist"), {}, &error);
    QVERIFY2(!m_buyer.username.isEmpty(), qPrintable(error));
    m_catalog = loadCatalog(m_coord.settings);
    QVERIFY(m_catalog);

    // The slowing trigger: sleeps as long as public.fault_delay says for its table (nothing by default).
    // Superuser, in this scratch database only.
    for (const QString& sql :
         {QStringLiteral("CREATE TABLE public.fault_delay (tbl text PRIMARY KEY, seconds double precision NOT NULL)"),
          QStringLiteral("CREATE FUNCTION public.fault_slow() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
                         "SET search_path = public, pg_temp AS $$ BEGIN "
                         "PERFORM pg_sleep(coalesce((SELECT seconds FROM public.fault_delay WHERE tbl = TG_TABLE_NAME), 0)); "
                         "RETURN NEW; END $$"),
          QStringLiteral("CREATE TRIGGER zz_fault_slow BEFORE INSERT ON cs.order_documents "
                         "FOR EACH ROW EXECUTE FUNCTION public.fault_slow()"),
          QStringLiteral("CREATE TRIGGER zz_fault_slow BEFORE UPDATE ON cs.boms FOR EACH ROW EXECUTE FUNCTION public.fault_slow()")}) {
        QSqlQuery q(su());
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }
}

void TestFaults::cleanupTestCase()
{
    if (!m_cluster.wasStarted())
        return;
    m_su = QSqlDatabase();
    m_cluster.start();   // the scratch database is dropped through the server
    m_db.reset();
    m_cluster.stop();
}

void TestFaults::serverStopped(bool immediate)
{
    Session session;
    const LoginResult login = session.start(m_coord.settings, QStringLiteral("faults"));
    QVERIFY2(login.ok(), qPrintable(login.detail));
    const QString portBefore = m_cluster.port();

    // Committed and acknowledged before the fault: it must survive it.
    setDelay(QStringLiteral("order_documents"), 0);
    const QString keptBuild = newBuild(immediate ? "KI" : "KF");
    const auto kept = await(submitOrder(session, *m_catalog, QStringLiteral("PO-") + keptBuild, keptBuild));
    QVERIFY(kept);
    QVERIFY2(kept->ok(), qPrintable(kept->error().logText()));

    // In flight when the server goes: the order rows are written, its first document is being stored.
    setDelay(QStringLiteral("order_documents"), kInFlightSeconds);
    const QString lostBuild = newBuild(immediate ? "LI" : "LF");
    QFuture<Result<StoredOrder>> inFlight = submitOrder(session, *m_catalog, QStringLiteral("PO-") + lostBuild, lostBuild);
    QVERIFY2(waitForSleeping(m_coord.username),
             inFlight.isFinished() ? qPrintable(inFlight.result().ok() ? QStringLiteral("finished") : inFlight.result().error().logText())
                                   : "still running");
    if (immediate)
        QVERIFY(m_cluster.stopImmediate());
    else
        QVERIFY(m_cluster.stop());
    QVERIFY(!m_cluster.isRunning());

    // The write answers at once that the connection was lost, in words for a person.
    const auto answer = await(inFlight);
    QVERIFY(answer);
    QVERIFY(!answer->ok());
    QVERIFY2(answer->error().kind == DbError::Kind::ConnectionLost, qPrintable(answer->error().logText()));
    QVERIFY2(answer->error().userMessage().contains(QStringLiteral("connection"), Qt::CaseInsensitive),
             qPrintable(answer->error().userMessage()));

    // While the server is down, a call says so too.
    const auto down = await(session.serverVersionAsync());
    QVERIFY(down);
    QVERIFY2(!down->ok() && down->error().kind == DbError::Kind::ConnectionLost, qPrintable(down->error().logText()));

    QVERIFY(m_cluster.start());
    QCOMPARE(m_cluster.port(), portBefore);   // the session's settings name this port
    setDelay(QStringLiteral("order_documents"), 0);
    QCOMPARE(buildState(keptBuild), 1);
    QCOMPARE(buildState(lostBuild), 0);
    verifyAudit();

    // The session's next read reconnects by itself, and the write goes through when sent again.
    const auto version = await(session.serverVersionAsync());
    QVERIFY(version);
    QVERIFY2(version->ok(), qPrintable(version->error().logText()));
    QVERIFY(version->value().startsWith(QStringLiteral("15")));
    const auto again = await(submitOrder(session, *m_catalog, QStringLiteral("PO-") + lostBuild, lostBuild));
    QVERIFY(again);
    QVERIFY2(again->ok(), qPrintable(again->error().logText()));
    QCOMPARE(buildState(lostBuild), 1);
    verifyAudit();
    session.end();
}

void TestFaults::serverStoppedFast()
{
    serverStopped(false);
}

void TestFaults::serverStoppedImmediate()
{
    serverStopped(true);
}

void TestFaults::backendTerminated()
{
    Session session;
    const LoginResult login = session.start(m_coord.settings, QStringLiteral("faults"));
    QVERIFY2(login.ok(), qPrintable(login.detail));
    setDelay(QStringLiteral("order_documents"), kInFlightSeconds);
    const QString build = newBuild("TB");
    QFuture<Result<StoredOrder>> inFlight = submitOrder(session, *m_catalog, QStringLiteral("PO-") + build, build);
    QVERIFY(waitForSleeping(m_coord.username));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
                                "WHERE usename = ? AND wait_event = 'PgSleep'"),
                 {m_coord.username})
                 .toInt(),
             1);
    const auto answer = await(inFlight);
    QVERIFY(answer);
    QVERIFY(!answer->ok());
    QVERIFY2(answer->error().kind == DbError::Kind::ConnectionLost, qPrintable(answer->error().logText()));
    QVERIFY2(answer->error().userMessage().contains(QStringLiteral("connection"), Qt::CaseInsensitive),
             qPrintable(answer->error().userMessage()));
    setDelay(QStringLiteral("order_documents"), 0);
    QCOMPARE(buildState(build), 0);
    verifyAudit();

    // The next read reconnects; the write sent again goes through.
    const auto version = await(session.serverVersionAsync());
    QVERIFY(version);
    QVERIFY2(version->ok(), qPrintable(version->error().logText()));
    const auto again = await(submitOrder(session, *m_catalog, QStringLiteral("PO-") + build, build));
    QVERIFY(again);
    QVERIFY2(again->ok(), qPrintable(again->error().logText()));
    QCOMPARE(buildState(build), 1);
    verifyAudit();
    session.end();
}

void TestFaults::idleConnectionLostThenWrite()
{
    // The session's worker connection is idle when the server ends it (an administrator, a restart
    // the client did not see): the next call is a write. Nothing of it was sent before the loss was
    // known, so it must not answer "lost, may or may not be stored": the worker opens a new connection
    // and the write goes through.
    Session session;
    const LoginResult login = session.start(m_coord.settings, QStringLiteral("faults"));
    QVERIFY2(login.ok(), qPrintable(login.detail));
    const auto version = await(session.serverVersionAsync());   // the worker's connection is open
    QVERIFY(version);
    QVERIFY2(version->ok(), qPrintable(version->error().logText()));
    const QStringList pids = one(QStringLiteral("SELECT string_agg(pid::text, ' ') FROM pg_stat_activity "
                                                "WHERE usename = ? AND pid <> pg_backend_pid()"),
                                 {m_coord.username})
                                 .toString()
                                 .split(u' ', Qt::SkipEmptyParts);
    QVERIFY(pids.size() >= 2);   // the worker's connection and the one the blocking start() opened
    for (const QString& pid : pids)
        one(QStringLiteral("SELECT pg_terminate_backend(CAST(? AS integer))"), {pid});
    // The backends are gone when their processes are (the server runs on this machine): by then they
    // have said why and closed their end. Leaving pg_stat_activity happens a moment earlier.
    for (const QString& pid : pids)
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(QStringLiteral("/proc/") + pid), 30000);
    const QString build = newBuild("IW");
    const auto stored = await(submitOrder(session, *m_catalog, QStringLiteral("PO-") + build, build));
    QVERIFY(stored);
    QVERIFY2(stored->ok(), qPrintable(stored->error().logText()));
    QCOMPARE(buildState(build), 1);
    verifyAudit();
    session.end();
}

void TestFaults::startChild(QProcess& child, const ScratchDatabase::Person& person, const QString& app,
                            const QString& kind, const QList<QPair<QString, QString>>& extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAULT_HOST"), person.settings.host);
    env.insert(QStringLiteral("FAULT_PORT"), QString::number(person.settings.port));
    env.insert(QStringLiteral("FAULT_DATABASE"), person.settings.database);
    env.insert(QStringLiteral("FAULT_USER"), person.username);
    env.insert(QStringLiteral("FAULT_PASSWORD"), person.password);
    env.insert(QStringLiteral("FAULT_APPNAME"), app);
    for (const auto& [key, value] : extra)
        env.insert(key, value);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--fault-child"), kind});
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
}

void TestFaults::clientKilledDuringSubmit()
{
    setDelay(QStringLiteral("order_documents"), kKilledSeconds);
    const QString build = newBuild("KS");
    const QString app = QStringLiteral("fault-child-") + ScratchDatabase::randomSuffix(6);
    QProcess child;
    startChild(child, m_coord, app, QStringLiteral("submit"),
               {{QStringLiteral("FAULT_PO"), QStringLiteral("PO-") + build}, {QStringLiteral("FAULT_BUILD"), build}});
    if (QTest::currentTestFailed())
        return;
    const bool sleeping = waitForSleeping(m_coord.username);
    if (!sleeping) {
        child.waitForFinished(1000);
        qWarning("child: %s", child.readAllStandardError().constData());
    }
    QVERIFY(sleeping);
    child.kill();   // SIGKILL
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY(!child.readAllStandardOutput().contains("committed"));
    // The backend finishes its statement, finds its client gone and rolls the transaction back.
    QVERIFY(waitForNoBackend(app));
    setDelay(QStringLiteral("order_documents"), 0);
    QCOMPARE(buildState(build), 0);
    verifyAudit();

    // Nothing of it is left in the way: the same order submitted again is stored whole.
    Session session;
    const LoginResult login = session.start(m_coord.settings, QStringLiteral("faults"));
    QVERIFY2(login.ok(), qPrintable(login.detail));
    const auto again = await(submitOrder(session, *m_catalog, QStringLiteral("PO-") + build, build));
    QVERIFY(again);
    QVERIFY2(again->ok(), qPrintable(again->error().logText()));
    QCOMPARE(buildState(build), 1);
    session.end();
}

void TestFaults::clientKilledDuringSignature()
{
    // A BOM waiting for procurement's decision.
    setDelay(QStringLiteral("order_documents"), 0);
    setDelay(QStringLiteral("boms"), 0);
    const QString build = newBuild("KG");
    QString bomId;
    {
        Session coord;
        QVERIFY(coord.start(m_coord.settings, QStringLiteral("faults")).ok());
        const auto stored = await(submitOrder(coord, *m_catalog, QStringLiteral("PO-") + build, build));
        QVERIFY(stored);
        QVERIFY2(stored->ok(), qPrintable(stored->error().logText()));
        bomId = stored->value().builds.value(0).bomId;
        coord.end();
    }
    QVERIFY(!bomId.isEmpty());

    // The signature is being stored (the signature row written, the BOM's status being changed) when
    // its client is killed.
    setDelay(QStringLiteral("boms"), kKilledSeconds);
    const QString app = QStringLiteral("fault-child-") + ScratchDatabase::randomSuffix(6);
    QProcess child;
    startChild(child, m_buyer, app, QStringLiteral("sign"), {{QStringLiteral("FAULT_BOM"), bomId}});
    if (QTest::currentTestFailed())
        return;
    const bool sleeping = waitForSleeping(m_buyer.username);
    if (!sleeping) {
        child.waitForFinished(1000);
        qWarning("child: %s", child.readAllStandardError().constData());
    }
    QVERIFY(sleeping);
    child.kill();
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY(waitForNoBackend(app));
    setDelay(QStringLiteral("boms"), 0);

    // One statement outside a transaction block: the server finishes it (commits) or not at all; either
    // way the decision, its signature, its approval row and its history entry go together.
    const auto decided = [&](int* approvals, int* signatures, int* history) {
        *approvals = one(QStringLiteral("SELECT count(*) FROM cs.bom_approvals WHERE bom_id = CAST(? AS uuid)"), {bomId}).toInt();
        *signatures = one(QStringLiteral("SELECT count(*) FROM cs.signatures WHERE signed_table = 'boms' AND signed_row_id = ?"),
                          {bomId})
                          .toInt();
        *history = one(QStringLiteral("SELECT count(*) FROM cs.order_history h JOIN cs.orders o USING (order_id) "
                                      "WHERE o.build_number = ? AND h.action = 'BomApproved'"),
                       {build})
                       .toInt();
        return one(QStringLiteral("SELECT status FROM cs.boms WHERE bom_id = CAST(? AS uuid)"), {bomId}).toString();
    };
    int approvals = -1, signatures = -1, history = -1;
    const QString status = decided(&approvals, &signatures, &history);
    if (status == u"Approved") {
        qInfo("the killed client's signature was committed whole");
        QCOMPARE(approvals, 1);
        QCOMPARE(signatures, 1);
        QCOMPARE(history, 1);
    } else {
        qInfo("the killed client's signature was rolled back whole");
        QCOMPARE(status, QStringLiteral("Generated"));
        QCOMPARE(approvals, 0);
        QCOMPARE(signatures, 0);
        QCOMPARE(history, 0);
        // Nothing of it is in the way: the person signs again, and the decision is stored whole.
        Session buyer;
        QVERIFY(buyer.start(m_buyer.settings, QStringLiteral("faults")).ok());
        const BomDecision decision{bomId, true, QStringLiteral("Checked."), buyer.user().initials};
        const auto signedAgain = await(WorkflowRepository(buyer).signBomDecision(decision, m_buyer.password));
        QVERIFY(signedAgain);
        QVERIFY2(signedAgain->ok(), qPrintable(signedAgain->error().logText()));
        buyer.end();
        QCOMPARE(decided(&approvals, &signatures, &history), QStringLiteral("Approved"));
        QCOMPARE(approvals, 1);
        QCOMPARE(signatures, 1);
        QCOMPARE(history, 1);
    }
    verifyAudit();
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 3 && std::strcmp(argv[1], "--fault-child") == 0)
        return runChild(QString::fromLocal8Bit(argv[2]));
    TestFaults t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_faults.moc"
