#include "devtools/ordergenerator.h"
#include "loadbench.h"
#include "benchutil.h"

#include "data/admin/demochecklists.h"
#include "data/admin/demoseeder.h"
#include "data/assembly/workinstructionrepository.h"
#include "data/catalog/catalogloader.h"
#include "data/common/connectionsettings.h"
#include "data/common/session.h"
#include "data/common/worker.h"
#include "data/orders/boardqueries.h"
#include "data/orders/ordereditrepository.h"
#include "data/orders/orderpagerepository.h"
#include "data/orders/orderqueries.h"
#include "data/orders/orderrepository.h"
#include "data/orders/workflowrepository.h"
#include "data/qc/checklistrepository.h"
#include "data/schema/migrator.h"
#include "data/shell/homequeries.h"
#include "domain/bom/bomgenerator.h"
#include "domain/catalog/catalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

#include <unistd.h>

namespace cs::bench {
namespace {

// The load bench's superuser statements, reported as its own.
bool suExec(QSqlDatabase db, const QString& sql, const QVariantList& values = {}, QVariant* first = nullptr)
{
    return benchExec("load bench", db, sql, values, first);
}

using data::DbError;
using data::Result;

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

QString kindName(DbError::Kind k)
{
    switch (k) {
    case DbError::Kind::None: return QStringLiteral("None");
    case DbError::Kind::Refused: return QStringLiteral("Refused");
    case DbError::Kind::Conflict: return QStringLiteral("Conflict");
    case DbError::Kind::Permission: return QStringLiteral("Permission");
    case DbError::Kind::ConnectionLost: return QStringLiteral("ConnectionLost");
    case DbError::Kind::Timeout: return QStringLiteral("Timeout");
    case DbError::Kind::Cancelled: return QStringLiteral("Cancelled");
    case DbError::Kind::Client: return QStringLiteral("Client");
    case DbError::Kind::Other: return QStringLiteral("Other");
    }
    return QStringLiteral("?");
}

qint64 rssKb(const QString& pid)
{
    return procStatusNumber(pid, "VmRSS");
}

// Processor time of a process in clock ticks: its own (user + system, all its threads) and that of its
// children it has waited for (a postmaster's ended backends). -1 when it cannot be read.
struct CpuTicks
{
    qint64 own = -1;
    qint64 children = 0;
    qint64 parent = 0;
};

CpuTicks cpuTicks(const QString& pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = f.readAll();
    // The fields after the command name (which may hold spaces) in parentheses.
    const QList<QByteArray> v = all.mid(all.lastIndexOf(')') + 2).split(' ');
    if (v.size() < 15)
        return {};
    CpuTicks t;
    t.parent = v.at(1).toLongLong();
    t.own = v.at(11).toLongLong() + v.at(12).toLongLong();
    t.children = v.at(13).toLongLong() + v.at(14).toLongLong();
    return t;
}

// The processor time of a whole PostgreSQL server in clock ticks: the postmaster's, its ended children's
// and its live children's (backends, background processes). 0 when the server is not on this machine.
qint64 serverTicks(qint64 postmaster)
{
    if (postmaster <= 0)
        return 0;
    const CpuTicks pm = cpuTicks(QString::number(postmaster));
    if (pm.own < 0)
        return 0;
    qint64 sum = pm.own + pm.children;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& pid : pids) {
        if (!pid.front().isDigit())
            continue;
        const CpuTicks c = cpuTicks(pid);
        if (c.own >= 0 && c.parent == postmaster)
            sum += c.own;
    }
    return sum;
}

// The postmaster of the server `su` is connected to, when it runs on this machine (the parent of the
// connection's backend; 0 otherwise).
qint64 postmasterPid(QSqlDatabase su)
{
    QSqlQuery q(su);
    if (!q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next())
        return 0;
    const CpuTicks backend = cpuTicks(q.value(0).toString());
    return backend.own >= 0 ? backend.parent : 0;
}

// Proportional set size in kB (shared pages divided among the processes that map them).
qint64 pssKb(const QString& pid)
{
    QFile f(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("Pss:"))
            return line.mid(4).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// The operations, in the order of the report.
const QStringList& operationNames()
{
    static const QStringList names{QStringLiteral("search"), QStringLiteral("open"), QStringLiteral("edit"),
                                   QStringLiteral("submit"), QStringLiteral("approve"), QStringLiteral("claim"),
                                   QStringLiteral("tick-open"), QStringLiteral("tick"), QStringLiteral("qc-open"),
                                   QStringLiteral("qc-answer"), QStringLiteral("qc-sign"), QStringLiteral("service"),
                                   QStringLiteral("login")};
    return names;
}

// Refusals the mix provokes on purpose and a person would read and act on: someone else was first.
bool expectedRefusal(const QString& operation, const DbError& e)
{
    if (e.kind == DbError::Kind::Conflict)
        return true;   // E-STALE: the edit or claim read an older row version
    if (operation == u"claim")
        return e.code == u"E-CLAIM-TAKEN" || e.code == u"E-CLAIM-STATUS";
    if (operation == u"approve")
        return e.code == u"E-BOM-DECIDED" || e.code == u"E-BOM-SUPERSEDED";
    if (operation == u"edit")
        return e.code == u"E-ORDER-LOCKED";   // claimed or moved on since it was opened
    // Two inspectors on one build: the other one signed first, or the build moved on meanwhile (an
    // assembler's production checklist likewise).
    if (operation.startsWith(u"qc-") || operation.startsWith(u"tick"))
        return e.code == u"E-QC-SIGNED" || e.code == u"E-QC-STATUS-ORDER";
    return false;
}

// ---------------------------------------------------------------------------------------------
// What every simulated person shares: work to pick from, and what they were told.
// ---------------------------------------------------------------------------------------------

struct EditAck
{
    QString token;
    int rowVersion = 0;
};

struct SubmitAck
{
    QString poId;
    QStringList orderIds;
    QStringList bomIds;
    int documents = 0;
};

struct Shared
{
    QString database;
    data::ConnectionSettings base;   // the person's settings without user and password
    domain::CatalogPtr catalog;
    QList<domain::OrderConfiguration> templates;
    QStringList searchTerms;
    QString tag;                     // makes this run's PO and build numbers unique
    qint64 thinkMinMs = 1000;
    qint64 thinkMaxMs = 5000;
    std::atomic<bool> measuring{false};
    std::atomic<bool> stop{false};
    // The people wait on this between two steps, and wake when the run stops (endRun).
    std::mutex stopMutex;
    std::condition_variable stopped;
    std::atomic<int> loggedIn{0};
    std::atomic<int> loginFailed{0};

    QMutex mutex;
    QStringList hotOrders;                       // OrderCreated builds the coordinators edit
    QStringList pendingBoms;                     // Generated BOMs waiting for procurement
    QHash<QString, QList<double>> latencies;     // operation -> ms (measured window only)
    QElapsedTimer window;                        // started when the window opens
    QList<QList<double>> bySecond;               // second of the window -> interactive ms
    QMap<QString, qint64> errorCounts;           // "operation Kind code" -> n
    qint64 unexplained = 0;
    qint64 refusedEdits = 0;
    QHash<QString, QList<EditAck>> edits;        // order id -> acknowledged edits
    QList<SubmitAck> submits;
    QList<QPair<QString, QString>> approvals;    // (bom id, user id)
    QList<QPair<QString, QString>> claims;       // (order id, user id)
    QStringList answerKeys;                      // client keys of acknowledged checklist answers
    QStringList signedChecklists;                // checklists whose signature was acknowledged
    QStringList serviceRequests;
    qint64 unlistedRequests = 0;                 // acknowledged requests missing from the requester's list

    void endRun()
    {
        {
            const std::lock_guard<std::mutex> lock(stopMutex);
            stop = true;
        }
        stopped.notify_all();
    }
};

struct Person
{
    QString username;
    QString password;
    QString role;
    int index = 0;
};

// One simulated person: logs in with a real Session and works until told to stop.
class Client
{
public:
    Client(Shared& shared, Person person)
        : m_shared(shared)
        , m_person(std::move(person))
        , m_rng(quint32(m_person.index * 7919 + 17))
    {
    }

    void run()
    {
        data::ConnectionSettings s = m_shared.base;
        s.database = m_shared.database;
        s.user = m_person.username;
        s.password = m_person.password;
        s.applicationName = QStringLiteral("cleanstation-bench load");
        data::Session session;
        m_session = &session;
        QElapsedTimer t;
        t.start();
        // As the app logs in: on the session's worker, whose connection every later call uses.
        // The login is answered in this thread (the session takes the person from the worker's answer
        // here): an event loop waits for it without a processor's attention, as the app's window does.
        // Polling instead (every 2 ms, 500 threads) took a good part of both cores during the logins.
        QFuture<data::LoginResult> started = session.startAsync(s, QStringLiteral("bench"));
        {
            QEventLoop loop;
            QFutureWatcher<data::LoginResult> watcher;
            QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
            watcher.setFuture(started);
            if (!started.isFinished())
                loop.exec();
        }
        pump();
        const data::LoginResult login = started.result();
        if (!login.ok()) {
            std::fprintf(stderr, "load bench: %s cannot log in: %s\n", qPrintable(m_person.username), qPrintable(login.detail));
            ++m_shared.loginFailed;
            return;
        }
        record(QStringLiteral("login"), double(t.nsecsElapsed()) / 1e6, true);
        ++m_shared.loggedIn;
        m_sinceProbe.start();
        // The first read, as the home page does after a login.
        search();
        while (!m_shared.stop.load()) {
            think();
            if (m_shared.stop.load())
                break;
            step();
        }
        session.end();
        pump();
        m_session = nullptr;
    }

private:
    // The session's watchers live in this thread: deliver their events and delete them.
    static void pump()
    {
        QCoreApplication::sendPostedEvents(nullptr, 0);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    template<typename T>
    Result<T> await(QFuture<Result<T>> f)
    {
        f.waitForFinished();
        pump();
        return f.result();
    }

    void think()
    {
        // Ticking the items of a checklist is quicker than reading an order: a third of the time.
        const bool ticking = (m_person.role == u"QCPerson" || m_person.role == u"Assembler") && !m_todo.isEmpty();
        const qint64 divisor = ticking ? 3 : 1;
        const qint64 ms = (m_shared.thinkMinMs
                           + qint64(m_rng.bounded(quint32(qMax<qint64>(1, m_shared.thinkMaxMs - m_shared.thinkMinMs)))))
                          / divisor;
        // Asleep until the thinking is over, the next probe is due, or the run stops: each person wakes
        // once or twice between two steps, not five times a second (with 500 people those wake-ups
        // and their scheduling were about a tenth of this process's processor time, by perf).
        QElapsedTimer thinking;
        thinking.start();
        while (!m_shared.stop.load()) {
            qint64 wait = ms - thinking.elapsed();
            if (wait <= 0)
                break;
            if (m_sinceProbe.isValid()) {
                const qint64 toProbe = kProbeIntervalMs - m_sinceProbe.elapsed();
                if (toProbe <= 0) {
                    probe();
                    continue;
                }
                wait = qMin(wait, toProbe);
            }
            std::unique_lock<std::mutex> lock(m_shared.stopMutex);
            m_shared.stopped.wait_for(lock, std::chrono::milliseconds(wait), [this] { return m_shared.stop.load(); });
        }
    }

    // The app's connection watcher (data::ConnectionWatcher) asks the server every 5 s, through the
    // session's worker, whether it is the same server instance; so does each person here, so that the
    // server sees what 500 running apps send (the watcher's own connection is opened only when the
    // worker does not answer in time, which a person's worker between two steps always does).
    static constexpr qint64 kProbeIntervalMs = 5000;
    void probe()
    {
        m_sinceProbe.start();
        const Result<QString> r = await(m_session->serverStartTimeAsync());
        if (!r)
            failed(QStringLiteral("probe"), r.error());
    }

    void record(const QString& op, double ms, bool measured = false)
    {
        if (!measured && !m_shared.measuring.load())
            return;
        QMutexLocker lock(&m_shared.mutex);
        m_shared.latencies[op].append(ms);
        if (op != u"login" && m_shared.window.isValid()) {
            const qsizetype second = qsizetype(m_shared.window.elapsed() / 1000);
            if (m_shared.bySecond.size() <= second)
                m_shared.bySecond.resize(second + 1);
            m_shared.bySecond[second].append(ms);
        }
    }

    // Counts an error; answers whether it was one the mix expects.
    bool failed(const QString& op, const DbError& e)
    {
        const bool expected = expectedRefusal(op, e);
        QMutexLocker lock(&m_shared.mutex);
        if (!m_shared.measuring.load() && !expected)
            std::fprintf(stderr, "load bench: %s (outside the window): %s\n", qPrintable(op), qPrintable(e.logText()));
        const QString key = QStringLiteral("%1 %2 %3").arg(op, kindName(e.kind), e.qualifiedCode().isEmpty() ? e.sqlState : e.code);
        ++m_shared.errorCounts[key];
        if (!expected) {
            ++m_shared.unexplained;
            if (m_shared.unexplained <= 10)
                std::fprintf(stderr, "load bench: unexplained error in %s as %s: %s\n", qPrintable(op),
                             qPrintable(m_person.username), qPrintable(e.logText()));
        }
        return expected;
    }

    void step()
    {
        const quint32 r = m_rng.bounded(100u);
        const QString& role = m_person.role;
        if (role == u"ProductionCoordinator") {
            if (r < 45)
                search();
            else if (r < 70)
                open(randomOrder());
            else if (r < 90)
                edit();
            else
                submit();
        } else if (role == u"ProcurementSpecialist") {
            if (r < 40)
                approve();
            else if (r < 70)
                search();
            else
                open(randomOrder());
        } else if (role == u"Assembler") {
            if (r < 50)
                assemble();
            else if (r < 70)
                search();
            else
                open(randomOrder());
        } else if (role == u"QCPerson") {
            if (r < 80)
                inspect();
            else
                search();
        } else if (role == u"ServiceDepartment") {
            // The service department reads its own requests, not the order pages (no grant on cs.orders).
            if (r < 50)
                service();
            else
                search();
        } else {
            if (r < 50)
                search();
            else
                open(randomOrder());
        }
    }

    QString randomOrder()
    {
        QMutexLocker lock(&m_shared.mutex);
        if (m_shared.hotOrders.isEmpty())
            return {};
        return m_shared.hotOrders.at(qsizetype(m_rng.bounded(quint32(m_shared.hotOrders.size()))));
    }

    // One board page, as the board widget asks for it.
    Result<QList<QVariantList>> boardPage(const data::BoardQuery& query)
    {
        const data::Statement st = data::BoardQueries::page(query);
        return await(data::worker::read<QList<QVariantList>>(*m_session, [st](QSqlDatabase& db) -> Result<QList<QVariantList>> {
            QSqlQuery q(db);
            const Result<data::Done> done = data::worker::exec(q, st.sql, st.bindings);
            if (!done.ok())
                return done.error();
            QList<QVariantList> rows;
            const int columns = q.record().count();
            while (q.next()) {
                QVariantList row;
                row.reserve(columns);
                for (int c = 0; c < columns; ++c)
                    row << q.value(c);
                rows << row;
            }
            return rows;
        }));
    }

    void search()
    {
        data::BoardQuery query;
        {
            QMutexLocker lock(&m_shared.mutex);
            if (!m_shared.searchTerms.isEmpty() && m_rng.bounded(4u) != 0)
                query.search = m_shared.searchTerms.at(qsizetype(m_rng.bounded(quint32(m_shared.searchTerms.size()))));
        }
        if (m_rng.bounded(3u) == 0)
            query.status = QStringLiteral("OrderCreated");
        QElapsedTimer t;
        t.start();
        const Result<QList<QVariantList>> rows = boardPage(query);
        record(QStringLiteral("search"), double(t.nsecsElapsed()) / 1e6);
        if (!rows.ok())
            failed(QStringLiteral("search"), rows.error());
    }

    // Opens the order page as the app does: one read of everything it shows, on the worker.
    std::optional<data::OrderDetail> open(const QString& orderId)
    {
        if (orderId.isEmpty())
            return std::nullopt;
        QElapsedTimer t;
        t.start();
        const Result<data::OrderPageData> page = await(data::OrderPageRepository(*m_session).load(orderId));
        record(QStringLiteral("open"), double(t.nsecsElapsed()) / 1e6);
        if (!page.ok()) {
            failed(QStringLiteral("open"), page.error());
            return std::nullopt;
        }
        return page.value().detail;
    }

    // Opens an order, reads it for a while, changes its notes and saves with the row version it read.
    void edit()
    {
        const std::optional<data::OrderDetail> base = open(randomOrder());
        if (!base || base->status != u"OrderCreated")
            return;
        think();
        if (m_shared.stop.load())
            return;
        data::OrderEdit change = data::OrderEdit::from(*base);
        // Unique across the levels of a curve too (the same people log in again at every level): an edit
        // that stored the text already there would change nothing and leave no 'Edited' entry.
        const QString token = QStringLiteral("load %1 %2 %3").arg(m_shared.tag, m_person.username).arg(++m_counter);
        change.notes = token;
        QElapsedTimer t;
        t.start();
        const Result<data::EditOutcome> outcome = await(data::OrderEditRepository(*m_session).save(*base, change));
        // A conflict (someone saved first) is a refusal here, as the page shows it.
        const Result<int> saved = !outcome.ok()          ? Result<int>(outcome.error())
                                  : outcome.value().conflict ? Result<int>(outcome.value().conflict->error)
                                                             : Result<int>(outcome.value().rowVersion);
        record(QStringLiteral("edit"), double(t.nsecsElapsed()) / 1e6);
        if (saved.ok()) {
            QMutexLocker lock(&m_shared.mutex);
            m_shared.edits[base->orderId].append({token, saved.value()});
        } else {
            if (saved.error().kind == DbError::Kind::Conflict) {
                QMutexLocker lock(&m_shared.mutex);
                ++m_shared.refusedEdits;
            }
            failed(QStringLiteral("edit"), saved.error());
        }
    }

    // A new order from one of the demo configurations: new PO and build numbers, its BOM generated
    // here as the wizard does, a small drawing attached, submitted in one transaction.
    void submit()
    {
        if (m_shared.templates.isEmpty())
            return;
        domain::OrderConfiguration config =
            m_shared.templates.at(qsizetype(m_rng.bounded(quint32(m_shared.templates.size()))));
        const int n = ++m_counter;
        config.order.poNumber = QStringLiteral("PO-LD%1-%2-%3").arg(m_shared.tag).arg(m_person.index).arg(n);
        config.order.wantDate = QDate::currentDate().addDays(30);
        for (int b = 0; b < config.builds.size(); ++b)
            config.builds[b].buildNumber = QStringLiteral("B-LD%1-%2-%3-%4").arg(m_shared.tag).arg(m_person.index).arg(n).arg(b + 1);
        const domain::GenerationResult generated = domain::BomGenerator::generate(*m_shared.catalog, config, QDate::currentDate());
        if (!generated.valid) {
            failed(QStringLiteral("submit"), DbError::client(QStringLiteral("E-GENERATE"), generated.errorCodes().join(u", ")));
            return;
        }
        QList<data::OrderAttachment> attachments;
        attachments.append({QStringLiteral("notes-%1.txt").arg(n), QByteArray("Customer notes for the load benchmark.\n").repeated(20),
                            QStringLiteral("Drawing")});
        QElapsedTimer t;
        t.start();
        const Result<data::SubmitResult> submitted = await(data::worker::write<data::SubmitResult>(
            *m_session, [config, generated, attachments](QSqlDatabase& db) -> Result<data::SubmitResult> {
                data::SubmitResult r = data::OrderRepository(db).submit(config, generated, attachments);
                if (!r.ok)
                    return r.error.cause.isSet() ? r.error.cause : DbError::client(r.error.code, r.error.message);
                return r;
            }));
        record(QStringLiteral("submit"), double(t.nsecsElapsed()) / 1e6);
        if (!submitted.ok()) {
            failed(QStringLiteral("submit"), submitted.error());
            return;
        }
        SubmitAck ack;
        ack.poId = submitted.value().poId;
        for (const data::SubmittedBuild& b : submitted.value().builds) {
            ack.orderIds << b.orderId;
            ack.bomIds << b.bomId;
        }
        ack.documents = int(attachments.size() * ack.orderIds.size());
        QMutexLocker lock(&m_shared.mutex);
        m_shared.submits.append(ack);
        m_shared.pendingBoms += ack.bomIds;
        m_shared.hotOrders += ack.orderIds;
    }

    // Procurement signs a BOM approval: a new connection authenticated with the password just typed.
    void approve()
    {
        QString bomId;
        {
            QMutexLocker lock(&m_shared.mutex);
            if (!m_shared.pendingBoms.isEmpty())
                bomId = m_shared.pendingBoms.takeAt(qsizetype(m_rng.bounded(quint32(m_shared.pendingBoms.size()))));
        }
        if (bomId.isEmpty()) {
            search();
            return;
        }
        const data::BomDecision decision{bomId, true, QStringLiteral("Checked against the drawing."),
                                         m_session->user().initials};
        QElapsedTimer t;
        t.start();
        const Result<QString> signedOk =
            await(data::WorkflowRepository(*m_session).signBomDecision(decision, m_person.password));
        record(QStringLiteral("approve"), double(t.nsecsElapsed()) / 1e6);
        if (!signedOk.ok()) {
            failed(QStringLiteral("approve"), signedOk.error());
            return;
        }
        QMutexLocker lock(&m_shared.mutex);
        m_shared.approvals.append({bomId, m_session->user().userId});
    }

    // An assembler looks at the builds ready for production and claims one.
    void claim()
    {
        data::BoardQuery query;
        query.status = QStringLiteral("ReadyForProduction");
        query.limit = 50;
        QElapsedTimer t;
        t.start();
        const Result<QList<QVariantList>> rows = boardPage(query);
        record(QStringLiteral("search"), double(t.nsecsElapsed()) / 1e6);
        if (!rows.ok()) {
            failed(QStringLiteral("search"), rows.error());
            return;
        }
        QList<QVariantList> free;
        for (const QVariantList& row : rows.value())
            if (row.value(data::BfAssigneeId).toString().isEmpty())
                free << row;
        if (free.isEmpty())
            return;
        const QVariantList row = free.at(qsizetype(m_rng.bounded(quint32(qMin<qsizetype>(free.size(), 5)))));
        const QString orderId = row.value(data::BfOrderId).toString();
        const int rowVersion = row.value(data::BfRowVersion).toInt();
        think();
        t.start();
        const Result<int> claimed = await(data::WorkflowRepository(*m_session).claim(orderId, rowVersion));
        record(QStringLiteral("claim"), double(t.nsecsElapsed()) / 1e6);
        if (!claimed.ok()) {
            failed(QStringLiteral("claim"), claimed.error());
            return;
        }
        m_build = orderId;
        QMutexLocker lock(&m_shared.mutex);
        m_shared.claims.append({orderId, m_session->user().userId});
    }

    // An assembler works on the build they claimed, as the assembly bench does: its production
    // checklist (CLP) and its task list are opened once, then each turn ticks one item, saved at once
    // with the version it saw. With every item ticked, or the checklist gone from under them, the next
    // turn claims another build.
    void assemble()
    {
        if (m_build.isEmpty()) {
            claim();
            return;
        }
        if (m_checklist.isEmpty()) {
            if (!openChecklist(m_build, QStringLiteral("CLP"), QStringLiteral("tick-open")))
                m_build.clear();
            return;
        }
        if (m_todo.isEmpty()) {
            m_build.clear();
            m_checklist.clear();
            return;
        }
        saveNextAnswer(QStringLiteral("tick"));
    }

    // An inspector fills a Pre-QC: picks a build ready for it, opens its checklist, answers one item at a
    // time (each answer saved at once with the version it saw), and signs when every item is answered.
    void inspect()
    {
        if (m_checklist.isEmpty()) {
            startChecklist();
            return;
        }
        if (!m_todo.isEmpty()) {
            saveNextAnswer(QStringLiteral("qc-answer"));
            return;
        }
        data::ChecklistSignOff signOff;
        signOff.checklistId = m_checklist;
        signOff.pass = true;
        signOff.initials = m_session->user().initials;
        QElapsedTimer t;
        t.start();
        const Result<QString> signedOk = await(data::ChecklistRepository(*m_session).sign(signOff, m_person.password));
        record(QStringLiteral("qc-sign"), double(t.nsecsElapsed()) / 1e6);
        if (signedOk.ok()) {
            QMutexLocker lock(&m_shared.mutex);
            m_shared.signedChecklists << m_checklist;
        } else {
            failed(QStringLiteral("qc-sign"), signedOk.error());
        }
        m_checklist.clear();
    }

    void startChecklist()
    {
        data::BoardQuery query;
        query.status = QStringLiteral("ReadyForPreQC");
        query.limit = 50;
        const Result<QList<QVariantList>> rows = boardPage(query);
        if (!rows.ok()) {
            failed(QStringLiteral("search"), rows.error());
            return;
        }
        if (rows.value().isEmpty())
            return;
        const QVariantList row =
            rows.value().at(qsizetype(m_rng.bounded(quint32(qMin<qsizetype>(rows.value().size(), 5)))));
        openChecklist(row.value(data::BfOrderId).toString(), QStringLiteral("PreQC"), QStringLiteral("qc-open"));
    }

    // Opens the build's current checklist of that kind and plans the answers still to give (an
    // assembler's production checklist with the build's task list, as the bench shows them together).
    // False when it could not be opened.
    bool openChecklist(const QString& orderId, const QString& kind, const QString& op)
    {
        const data::ChecklistRepository repository(*m_session);
        QElapsedTimer t;
        t.start();
        const Result<QString> opened = await(repository.open(orderId, kind));
        Result<data::ChecklistRecord> loaded = opened.ok() ? await(repository.load(opened.value()))
                                                           : Result<data::ChecklistRecord>(opened.error());
        Result<data::BuildTaskList> tasks = data::BuildTaskList{};
        if (loaded.ok() && kind == u"CLP")
            tasks = await(data::WorkInstructionRepository(*m_session).taskList(orderId));
        record(op, double(t.nsecsElapsed()) / 1e6);
        if (!loaded.ok() || !tasks.ok()) {
            failed(op, loaded.ok() ? tasks.error() : loaded.error());
            return false;
        }
        QString why;
        const std::optional<domain::ChecklistInstance> form = loaded->instantiate(&why);
        if (!form) {
            failed(op, DbError::client(QStringLiteral("E-INSTANCE"), why));
            return false;
        }
        m_checklist = loaded->checklistId;
        m_versions.clear();
        for (const data::StoredChecklistAnswer& a : loaded->answers)
            m_versions.insert(a.key, a.version);
        m_todo.clear();
        const domain::ChecklistAnswers answers = data::DemoChecklists::passingAnswers(
            *form, m_session->user().fullName, m_session->user().initials, QDate::currentDate());
        // Another inspector's answers stand, unless the pass rule finds them wrong: those are corrected.
        QList<domain::ChecklistAnswerKey> wrong;
        for (const domain::ChecklistGap& gap :
             domain::ChecklistPassRule::missing(*form, loaded->answerMap(), loaded->passContext()))
            wrong.append(gap.key);
        // An assembler's production checklist: its packing list is confirmed after the test.
        const data::DemoAssembly::Part part = kind == u"CLP" ? data::DemoAssembly::Part::Production
                                                             : data::DemoAssembly::Part::Whole;
        for (auto it = answers.cbegin(); it != answers.cend(); ++it)
            if ((!m_versions.contains(it.key()) || wrong.contains(it.key())) && data::DemoAssembly::inPart(it.key(), part))
                m_todo.append({it.key(), it.value()});
        return true;
    }

    void saveNextAnswer(const QString& op)
    {
        const auto [key, answer] = m_todo.takeFirst();
        data::ChecklistAnswerWrite write;
        write.checklistId = m_checklist;
        write.key = key;
        write.answer = answer;
        write.expectedVersion = m_versions.value(key, 0);
        write.clientKey = QUuid::createUuid();
        QElapsedTimer t;
        t.start();
        const Result<data::ChecklistAnswerSaved> saved = await(data::ChecklistRepository(*m_session).saveAnswer(write));
        record(op, double(t.nsecsElapsed()) / 1e6);
        if (!saved.ok()) {
            failed(op, saved.error());
            m_checklist.clear();   // someone else's answer or signature: start over on what is there now
            return;
        }
        m_versions.insert(key, saved->version);
        QMutexLocker lock(&m_shared.mutex);
        m_shared.answerKeys << write.clientKey.toString(QUuid::WithoutBraces);
    }

    // The service department files a parts request, then its home list of its own requests is read
    // again (the list the app shows them: data::HomeQueries::myServiceRequests).
    void service()
    {
        // One line: a service part of the catalog (people request through cs.request_service_order, which
        // takes active parts and service parts only).
        const int pick = int(m_rng.bounded(500u));
        const int quantity = int(1 + m_rng.bounded(4u));
        QElapsedTimer t;
        t.start();
        const Result<QString> inserted = await(data::worker::write<QString>(*m_session, [pick, quantity](QSqlDatabase& db) -> Result<QString> {
            QSqlQuery q(db);
            const Result<data::Done> done = data::worker::exec(
                q, QStringLiteral("SELECT cs.request_service_order(jsonb_build_array(jsonb_build_object('id', "
                                  "(SELECT a.assembly_id FROM cs.assemblies a WHERE a.type = 'SERVICE_PART' AND a.status = 'ACTIVE' "
                                  "ORDER BY a.assembly_id OFFSET CAST(:pick AS integer) % greatest(1, (SELECT count(*) FROM cs.assemblies s "
                                  "WHERE s.type = 'SERVICE_PART' AND s.status = 'ACTIVE')) LIMIT 1), 'qty', CAST(:qty AS integer))))::text"),
                {{QStringLiteral(":pick"), pick}, {QStringLiteral(":qty"), quantity}});
            if (!done.ok())
                return done.error();
            if (!q.next())
                return DbError::client(QStringLiteral("E-NO-ROW"), QStringLiteral("the insert answered no row"));
            return q.value(0).toString();
        }));
        if (!inserted.ok()) {
            record(QStringLiteral("service"), double(t.nsecsElapsed()) / 1e6);
            failed(QStringLiteral("service"), inserted.error());
            return;
        }
        const Result<QList<data::ServiceRequestRow>> listed = await(data::HomeQueries(*m_session).myServiceRequests());
        record(QStringLiteral("service"), double(t.nsecsElapsed()) / 1e6);
        if (!listed.ok()) {
            failed(QStringLiteral("service"), listed.error());
            return;
        }
        const bool shown = std::any_of(listed->cbegin(), listed->cend(),
                                       [&inserted](const data::ServiceRequestRow& r) { return r.requestId == inserted.value(); });
        QMutexLocker lock(&m_shared.mutex);
        m_shared.serviceRequests << inserted.value();
        if (!shown)
            ++m_shared.unlistedRequests;
    }

    Shared& m_shared;
    Person m_person;
    QRandomGenerator m_rng;
    data::Session* m_session = nullptr;
    int m_counter = 0;
    QElapsedTimer m_sinceProbe;   // since the last probe of the server (the connection watcher's)
    // The checklist being filled (an inspector's, or an assembler's production checklist), the answers
    // still to give and the versions seen; the build an assembler claimed and works on.
    QString m_checklist;
    QList<QPair<domain::ChecklistAnswerKey, domain::ChecklistAnswer>> m_todo;
    QMap<domain::ChecklistAnswerKey, int> m_versions;
    QString m_build;
};

// ---------------------------------------------------------------------------------------------
// The server's side: backends and memory
// ---------------------------------------------------------------------------------------------

struct ServerSample
{
    int backends = 0;          // pg_stat_activity rows of the bench database
    int allProcesses = 0;      // every server process listed (backends of all databases, background)
    qint64 rssKb = 0;
    qint64 pssKb = 0;
};

ServerSample sampleServer(QSqlDatabase su, const QString& database, bool memory)
{
    ServerSample s;
    QSqlQuery q(su);
    if (!q.exec(QStringLiteral("SELECT pid, datname FROM pg_stat_activity")))
        return s;
    while (q.next()) {
        const QString pid = q.value(0).toString();
        if (q.value(1).toString() == database)
            ++s.backends;
        ++s.allProcesses;
        if (memory) {
            s.rssKb += rssKb(pid);
            s.pssKb += pssKb(pid);
        }
    }
    return s;
}

// ---------------------------------------------------------------------------------------------
// The lost-update check
// ---------------------------------------------------------------------------------------------

struct CheckResult
{
    qint64 lost = 0;       // an acknowledged write not found
    qint64 checked = 0;
    QStringList problems;
};

void lost(CheckResult& c, const QString& what)
{
    ++c.lost;
    if (c.problems.size() < 10)
        c.problems << what;
}

CheckResult checkWrites(QSqlDatabase su, Shared& shared, const QDateTime& since)
{
    CheckResult c;
    QSqlQuery q(su);
    auto one = [&q](const QString& sql, const QVariantList& values) -> QVariant {
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    };
    // Submitted orders: every build, its BOM and its documents, or nothing.
    for (const SubmitAck& s : shared.submits) {
        ++c.checked;
        const int builds = one(QStringLiteral("SELECT count(*) FROM cs.orders WHERE po_id = CAST(? AS uuid)"), {s.poId}).toInt();
        const int boms = one(QStringLiteral("SELECT count(*) FROM cs.boms b JOIN cs.orders o USING (order_id) WHERE o.po_id = CAST(? AS uuid)"),
                             {s.poId}).toInt();
        const int docs = one(QStringLiteral("SELECT count(*) FROM cs.order_documents d JOIN cs.orders o USING (order_id) "
                                            "WHERE o.po_id = CAST(? AS uuid)"),
                             {s.poId}).toInt();
        if (builds != s.orderIds.size() || boms < s.bomIds.size() || docs != s.documents)
            lost(c, QStringLiteral("submitted PO %1: %2 of %3 builds, %4 BOMs, %5 of %6 documents")
                        .arg(s.poId).arg(builds).arg(s.orderIds.size()).arg(boms).arg(docs).arg(s.documents));
    }
    // Edits: the stored notes are the last acknowledged edit's, and there is one 'Edited' entry per
    // acknowledged edit (a refused edit wrote nothing; an acknowledged one was not overwritten
    // silently: only a later acknowledged edit may have replaced it).
    for (auto it = shared.edits.cbegin(); it != shared.edits.cend(); ++it) {
        ++c.checked;
        const QList<EditAck>& acks = it.value();
        const EditAck last = *std::max_element(acks.cbegin(), acks.cend(),
                                               [](const EditAck& a, const EditAck& b) { return a.rowVersion < b.rowVersion; });
        const QString notes = one(QStringLiteral("SELECT notes FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {it.key()}).toString();
        const int entries = one(QStringLiteral("SELECT count(*) FROM cs.order_history WHERE order_id = CAST(? AS uuid) "
                                               "AND action = 'Edited' AND created_at >= ?"),
                                {it.key(), since}).toInt();
        if (notes != last.token)
            lost(c, QStringLiteral("order %1: notes \"%2\", last acknowledged edit \"%3\"").arg(it.key(), notes, last.token));
        if (entries != acks.size())
            lost(c, QStringLiteral("order %1: %2 'Edited' entries for %3 acknowledged edits").arg(it.key()).arg(entries).arg(acks.size()));
    }
    for (const auto& a : shared.approvals) {
        ++c.checked;
        const QString status = one(QStringLiteral("SELECT status FROM cs.boms WHERE bom_id = CAST(? AS uuid)"), {a.first}).toString();
        if (status != u"Approved")
            lost(c, QStringLiteral("BOM %1 approved but stored as \"%2\"").arg(a.first, status));
    }
    for (const auto& a : shared.claims) {
        ++c.checked;
        const QString assignee =
            one(QStringLiteral("SELECT current_assignee FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {a.first}).toString();
        if (assignee != a.second)
            lost(c, QStringLiteral("build %1 claimed by %2 but assigned to \"%3\"").arg(a.first, a.second, assignee));
    }
    for (const QString& key : shared.answerKeys) {
        ++c.checked;
        if (one(QStringLiteral("SELECT count(*) FROM cs.qc_answer_log WHERE client_key = CAST(? AS uuid)"), {key}).toInt() != 1)
            lost(c, QStringLiteral("checklist answer %1 acknowledged but not logged").arg(key));
    }
    for (const QString& id : shared.signedChecklists) {
        ++c.checked;
        if (one(QStringLiteral("SELECT count(*) FROM cs.qc_checklists c JOIN cs.qc_results r ON r.result_id = c.result_id "
                               "WHERE c.checklist_id = CAST(? AS uuid) AND c.state = 'signed' AND r.signature_id IS NOT NULL"),
                {id}).toInt() != 1)
            lost(c, QStringLiteral("checklist %1 signed but not stored as signed").arg(id));
    }
    for (const QString& id : shared.serviceRequests) {
        ++c.checked;
        if (one(QStringLiteral("SELECT count(*) FROM cs.service_orders WHERE service_order_id = CAST(? AS uuid)"), {id}).toInt() != 1)
            lost(c, QStringLiteral("service request %1 missing").arg(id));
    }
    // A request the requester's own list does not show is lost to them, though stored.
    for (qint64 i = 0; i < shared.unlistedRequests; ++i)
        lost(c, QStringLiteral("an acknowledged service request was missing from its requester's list"));
    return c;
}

// ---------------------------------------------------------------------------------------------
// One level: N people for S seconds
// ---------------------------------------------------------------------------------------------

struct Setup
{
    data::ConnectionSettings su;
    QString database;
    domain::CatalogPtr catalog;
    QList<domain::OrderConfiguration> templates;
    QStringList searchTerms;
    qint64 thinkMin = 1000;
    qint64 thinkMax = 5000;
    // A statement the server's own maintenance would run (VACUUM, ANALYZE, ...), run by the superuser
    // this many seconds into the window: to see what it does to the people's answers (p95 by second).
    QString maintenanceSql;
    int maintenanceAt = -1;
};

// Unique initials (the server refuses two active people with the same), four letters as a checklist's
// initials fields take them: "L" and three letters.
QString initialsFor(int i)
{
    QString s = QStringLiteral("L");
    for (int k = 0; k < 3; ++k) {
        s += QChar(u'A' + i % 26);
        i /= 26;
    }
    return s;
}

QString roleFor(int i)
{
    const int k = i % 20;
    if (k < 10)
        return QStringLiteral("ProductionCoordinator");
    if (k < 13)
        return QStringLiteral("ProcurementSpecialist");
    if (k < 17)
        return QStringLiteral("Assembler");
    if (k < 19)
        return QStringLiteral("ServiceDepartment");
    return QStringLiteral("QCPerson");
}

int runLevel(const Setup& setup, QSqlDatabase su, int clients, int seconds)
{
    Shared shared;
    shared.database = setup.database;
    shared.base = setup.su;
    shared.base.user.clear();
    shared.base.password.clear();
    shared.catalog = setup.catalog;
    shared.templates = setup.templates;
    shared.searchTerms = setup.searchTerms;
    shared.thinkMinMs = setup.thinkMin;
    shared.thinkMaxMs = setup.thinkMax;
    shared.tag = QString::number(QDateTime::currentSecsSinceEpoch() % 100000000);

    // The people: their own logins (created once, a fresh password each run).
    std::fprintf(stderr, "\n== %d clients, %d s ==\n", clients, seconds);
    QList<Person> people;
    for (int i = 0; i < clients; ++i) {
        Person p;
        p.index = i;
        p.role = roleFor(i);
        p.username = QStringLiteral("ld_%1_%2").arg(p.role.left(5).toLower()).arg(i, 3, 10, QLatin1Char('0'));
        p.password = QStringLiteral("Ld-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVariant have;
        if (!suExec(su, QStringLiteral("SELECT count(*) FROM cs.users WHERE username = ?"), {p.username}, &have))
            return 2;
        const bool ok = have.toInt() == 0
            ? suExec(su, QStringLiteral("SELECT cs.create_user(?, ?, ?, ?, ?)"),
                     {p.username, QStringLiteral("Load Person %1").arg(i), initialsFor(i), p.role, p.password})
            : suExec(su, QStringLiteral("SELECT cs.reset_password(?, ?)"), {p.username, p.password});
        if (!ok)
            return 2;
        people << p;
    }

    // Work: builds ready for production to claim, and a set of orders the coordinators edit (small
    // enough that two of them sometimes edit the same order at the same time).
    suExec(su, QStringLiteral("UPDATE cs.orders SET status = 'ReadyForProduction', current_assignee = NULL WHERE order_id IN "
                              "(SELECT order_id FROM cs.orders WHERE status = 'OrderCreated' AND build_number NOT LIKE 'B-LD%' "
                              "ORDER BY random() LIMIT ?)"),
           {qMax(20, clients / 2)});
    // Builds the inspectors fill a Pre-QC for: arrived, with the approved drawing the pass rule needs.
    suExec(su, QStringLiteral("WITH picked AS (SELECT order_id FROM cs.orders WHERE status = 'OrderCreated' "
                              "AND build_number NOT LIKE 'B-LD%' ORDER BY random() LIMIT ?), "
                              "moved AS (UPDATE cs.orders o SET status = 'ReadyForPreQC', current_assignee = NULL "
                              "FROM picked WHERE o.order_id = picked.order_id RETURNING o.order_id, o.created_by) "
                              "INSERT INTO cs.order_documents (order_id, filename, file_type, content, uploaded_by, document_type) "
                              "SELECT order_id, 'drawing.pdf', 'application/pdf', '%PDF-1.4 load bench drawing', created_by, "
                              "'ApprovedDrawing' FROM moved"),
           {qMax(10, clients / 10)});
    suExec(su, QStringLiteral("INSERT INTO cs.order_documents (order_id, filename, file_type, content, uploaded_by, document_type) "
                              "SELECT o.order_id, 'drawing.pdf', 'application/pdf', '%PDF-1.4 load bench drawing', o.created_by, "
                              "'ApprovedDrawing' FROM cs.orders o WHERE o.status = 'ReadyForPreQC' AND NOT EXISTS "
                              "(SELECT 1 FROM cs.order_documents d WHERE d.order_id = o.order_id "
                              "AND d.document_type IN ('Drawing', 'ApprovedDrawing'))"));
    {
        QSqlQuery q(su);
        q.prepare(QStringLiteral("SELECT order_id FROM cs.orders WHERE status = 'OrderCreated' ORDER BY random() LIMIT ?"));
        q.addBindValue(qMax(10, clients / 4));
        q.exec();
        while (q.next())
            shared.hotOrders << q.value(0).toString();
        QSqlQuery b(su);
        b.exec(QStringLiteral("SELECT b.bom_id FROM cs.boms b JOIN cs.orders o USING (order_id) WHERE b.status = 'Generated' "
                              "AND o.status = 'OrderCreated' AND b.version = (SELECT max(version) FROM cs.boms x WHERE x.order_id = b.order_id)"));
        while (b.next())
            shared.pendingBoms << b.value(0).toString();
    }
    // A database people have worked in has had its tables vacuumed and their statistics taken. This one
    // was just written in bulk (demo data, generated orders, the people and the work above), and
    // autovacuum's first visit would vacuum and analyze nearly every table and catalog at once, in the
    // window, which with 500 people stalled it for seconds. A plant meets that only after a bulk load or
    // a restore, which it ends with VACUUM (ANALYZE) (Plant set-up); so does this one. What the window's
    // own writes make autovacuum do meanwhile is left to happen.
    {
        QElapsedTimer vacuum;
        vacuum.start();
        if (!suExec(su, QStringLiteral("VACUUM (ANALYZE)")))
            return 2;
        std::fprintf(stderr, "vacuumed and analyzed the database in %.1f s\n", double(vacuum.elapsed()) / 1000.0);
    }
    QVariant since;
    suExec(su, QStringLiteral("SELECT clock_timestamp()"), {}, &since);
    const QDateTime start = since.toDateTime().isValid() ? since.toDateTime() : QDateTime::currentDateTimeUtc();

    const qint64 benchBefore = rssKb(QStringLiteral("self"));
    std::vector<std::thread> threads;
    threads.reserve(size_t(clients));
    std::vector<std::unique_ptr<Client>> objects;
    QElapsedTimer ramp;
    ramp.start();
    for (const Person& p : people) {
        objects.push_back(std::make_unique<Client>(shared, p));
        Client* c = objects.back().get();
        threads.emplace_back([c] { c->run(); });
        // People do not all press Enter at once: ten logins a second (a login is a SCRAM exchange and a
        // new backend; faster, a 2-core server runs past the client's connect timeout).
        QThread::msleep(100);
    }
    while (shared.loggedIn.load() + shared.loginFailed.load() < clients && ramp.elapsed() < 180000)
        QThread::msleep(50);
    std::fprintf(stderr, "%d logged in (%d failed) in %.1f s\n", shared.loggedIn.load(), shared.loginFailed.load(),
                 double(ramp.elapsed()) / 1000.0);

    // The window closes after exactly S seconds, however long a sample of the server takes (reading
    // the memory of a thousand processes is slow on a saturated machine): a thread of its own ends it.
    std::atomic<qint64> measuredMs{0};
    // Processor time over the window, of the server (when it runs here) and of this process (the 500
    // people's clients, which in a plant run on their own workstations).
    const qint64 postmaster = postmasterPid(su);
    const qint64 serverBefore = serverTicks(postmaster);
    const qint64 benchTicksBefore = cpuTicks(QStringLiteral("self")).own;
    {
        QMutexLocker lock(&shared.mutex);
        shared.window.start();
    }
    shared.measuring = true;
    std::thread closer([&shared, &measuredMs, seconds] {
        QElapsedTimer window;
        window.start();
        while (window.elapsed() < qint64(seconds) * 1000)
            QThread::msleep(quint64(std::clamp<qint64>(qint64(seconds) * 1000 - window.elapsed(), 1, 100)));
        shared.measuring = false;
        measuredMs = window.elapsed();
    });
    // The maintenance statement, on a connection of its own, in its own thread, at its second.
    std::thread maintenance;
    if (setup.maintenanceAt >= 0) {
        maintenance = std::thread([&setup, &shared] {
            const QString name = QStringLiteral("load-maintenance");
            {
                QSqlDatabase db = setup.su.open(name);
                while (shared.measuring.load() && shared.window.elapsed() < qint64(setup.maintenanceAt) * 1000)
                    QThread::msleep(20);
                const qint64 at = shared.window.elapsed();
                QElapsedTimer took;
                took.start();
                const bool ok = db.isOpen() && suExec(db, setup.maintenanceSql);
                std::fprintf(stderr, "maintenance at %.1f s of the window: %s took %.2f s%s\n", double(at) / 1000.0,
                             qPrintable(setup.maintenanceSql), double(took.elapsed()) / 1000.0, ok ? "" : " (failed)");
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        });
    }
    ServerSample peak;
    // Backends every second; the memory of every server process (RSS, PSS) every 30th second, from the
    // first: reading 500 processes' page tables is work of the kernel charged to this process, and
    // the backends' memory changes little once everyone is logged in.
    for (int tick = 0; shared.measuring.load(); ++tick) {
        for (int i = 0; i < 10 && shared.measuring.load(); ++i)
            QThread::msleep(100);
        if (!shared.measuring.load())
            break;
        const ServerSample s = sampleServer(su, setup.database, tick % 30 == 0);
        peak.backends = qMax(peak.backends, s.backends);
        peak.allProcesses = qMax(peak.allProcesses, s.allProcesses);
        peak.rssKb = qMax(peak.rssKb, s.rssKb);
        peak.pssKb = qMax(peak.pssKb, s.pssKb);
    }
    closer.join();
    if (maintenance.joinable())
        maintenance.join();
    const double tick = 1000.0 / double(sysconf(_SC_CLK_TCK));
    const double serverCpuMs = postmaster > 0 ? double(serverTicks(postmaster) - serverBefore) * tick : 0.0;
    const double benchCpuMs = double(cpuTicks(QStringLiteral("self")).own - benchTicksBefore) * tick;
    const qint64 benchPeak = rssKb(QStringLiteral("self"));
    const double measuredSeconds = double(measuredMs.load()) / 1000.0;
    shared.endRun();
    for (std::thread& t : threads)
        t.join();

    // Figures.
    QList<double> interactive;
    std::fprintf(stderr, "%-8s %8s %9s %9s %9s %9s\n", "op", "n", "p50 ms", "p95 ms", "p99 ms", "max ms");
    for (const QString& op : operationNames()) {
        const QList<double> v = shared.latencies.value(op);
        if (v.isEmpty())
            continue;
        if (op != u"login")
            interactive += v;
        std::fprintf(stderr, "%-8s %8lld %9.1f %9.1f %9.1f %9.1f\n", qPrintable(op), static_cast<long long>(v.size()),
                     percentile(v, 0.5), percentile(v, 0.95), percentile(v, 0.99), percentile(v, 1.0));
    }
    std::fprintf(stderr, "%-8s %8lld %9.1f %9.1f %9.1f   (%.1f operations/s)\n", "all", static_cast<long long>(interactive.size()),
                 percentile(interactive, 0.5), percentile(interactive, 0.95), percentile(interactive, 0.99),
                 double(interactive.size()) / measuredSeconds);
    // A stall (the machine, the server's background work) shows as a run of slow seconds.
    QByteArray seconds95;
    for (const QList<double>& v : std::as_const(shared.bySecond))
        seconds95 += v.isEmpty() ? QByteArrayLiteral(" -") : ' ' + QByteArray::number(percentile(v, 0.95), 'f', 0);
    std::fprintf(stderr, "p95 by second of the window (ms):%s\n", seconds95.constData());
    if (shared.errorCounts.isEmpty())
        std::fprintf(stderr, "errors: none\n");
    for (auto it = shared.errorCounts.cbegin(); it != shared.errorCounts.cend(); ++it)
        std::fprintf(stderr, "error   %-52s %6lld\n", qPrintable(it.key()), static_cast<long long>(it.value()));
    std::fprintf(stderr, "server: %d backends of the bench database at the peak (%d server processes listed), "
                         "RSS sum %.0f MB, PSS sum %.0f MB; bench process RSS %.0f MB (%.0f MB before the logins)\n",
                 peak.backends, peak.allProcesses, double(peak.rssKb) / 1024.0, double(peak.pssKb) / 1024.0,
                 double(benchPeak) / 1024.0, double(benchBefore) / 1024.0);
    if (const QString line = serverMemoryLine(su); !line.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(line));
    // What an operation costs in processor time, whatever else runs on the machine: the figure that
    // says how many people these cores can serve.
    const double ops = double(qMax<qsizetype>(1, interactive.size()));
    const double cores = double(std::thread::hardware_concurrency());
    if (postmaster > 0)
        std::fprintf(stderr, "processor over the window: server %.1f s (%.0f%% of %.0f cores), bench %.1f s; per operation: "
                             "server %.1f ms, bench %.1f ms\n",
                     serverCpuMs / 1000.0, 100.0 * serverCpuMs / (measuredSeconds * 1000.0 * cores), cores,
                     benchCpuMs / 1000.0, serverCpuMs / ops, benchCpuMs / ops);
    else
        std::fprintf(stderr, "processor over the window: bench %.1f s, %.1f ms per operation (the server is not on this machine)\n",
                     benchCpuMs / 1000.0, benchCpuMs / ops);

    const CheckResult check = checkWrites(su, shared, start);
    qint64 editsAck = 0;
    for (const QList<EditAck>& e : std::as_const(shared.edits))
        editsAck += e.size();
    std::fprintf(stderr, "writes acknowledged: %lld submits, %lld edits (%lld refused E-STALE), %lld approvals, %lld claims, "
                         "%lld checklist answers, %lld checklist signatures, %lld service requests; checked %lld records: "
                         "%lld lost\n",
                 static_cast<long long>(shared.submits.size()), static_cast<long long>(editsAck),
                 static_cast<long long>(shared.refusedEdits), static_cast<long long>(shared.approvals.size()),
                 static_cast<long long>(shared.claims.size()), static_cast<long long>(shared.answerKeys.size()),
                 static_cast<long long>(shared.signedChecklists.size()), static_cast<long long>(shared.serviceRequests.size()),
                 static_cast<long long>(check.checked), static_cast<long long>(check.lost));
    for (const QString& p : check.problems)
        std::fprintf(stderr, "  LOST: %s\n", qPrintable(p));

    const qint64 errors = shared.unexplained + shared.loginFailed.load();
    std::printf("{\"clients\": %d, \"seconds\": %d, \"operations\": %lld, \"p50_ms\": %.1f, \"p95_ms\": %.1f, "
                "\"p99_ms\": %.1f, \"lost_updates\": %lld, \"errors\": %lld, \"backends\": %d}\n",
                clients, seconds, static_cast<long long>(interactive.size()), percentile(interactive, 0.5),
                percentile(interactive, 0.95), percentile(interactive, 0.99), static_cast<long long>(check.lost),
                static_cast<long long>(errors), peak.backends);
    std::fflush(stdout);
    return (check.lost == 0 && errors == 0) ? 0 : 1;
}

} // namespace

int runLoadBenchmark(const QStringList& args)
{
    // Qt calls tzset() before each conversion to local time, and glibc, with TZ unset, looks at
    // /etc/localtime again at each call (a stat): 8 % of this program's processor time at 500 people,
    // taken from the server on the same two cores. Named once, the same zone is read once. Set before
    // any thread starts (the environment is not safe to change beside them).
    if (!qEnvironmentVariableIsSet("TZ"))
        qputenv("TZ", ":/etc/localtime");
    int clients = 50;
    int seconds = 30;
    bool curve = false;
    qint64 orders = 2000;
    QString database = QStringLiteral("cs_bench_load");
    Setup setup;
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        if (a == u"--clients")
            clients = args.value(++i).toInt();
        else if (a == u"--seconds")
            seconds = args.value(++i).toInt();
        else if (a == u"--curve")
            curve = true;
        else if (a == u"--orders")
            orders = args.value(++i).toLongLong();
        else if (a == u"--database")
            database = args.value(++i);
        else if (a == u"--maintenance") {
            // AT:SQL, for example 20:VACUUM (ANALYZE)
            const QString spec = args.value(++i);
            const qsizetype colon = spec.indexOf(u':');
            bool ok = false;
            setup.maintenanceAt = colon > 0 ? spec.left(colon).toInt(&ok) : -1;
            setup.maintenanceSql = colon > 0 ? spec.mid(colon + 1).trimmed() : QString();
            if (!ok || setup.maintenanceAt < 0 || setup.maintenanceSql.isEmpty()) {
                std::fprintf(stderr, "load bench: --maintenance wants SECONDS:STATEMENT, not \"%s\"\n", qPrintable(spec));
                return 2;
            }
        } else if (a == u"--think-ms") {
            const QStringList range = args.value(++i).split(u'-');
            setup.thinkMin = range.value(0).toLongLong();
            setup.thinkMax = range.value(1, range.value(0)).toLongLong();
        } else {
            std::fprintf(stderr, "load bench: unknown argument \"%s\"\n", qPrintable(a));
            return 2;
        }
    }
    static const QRegularExpression safeName(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (setup.maintenanceAt >= seconds) {
        std::fprintf(stderr, "load bench: --maintenance at second %d is past the %d s window\n", setup.maintenanceAt, seconds);
        return 2;
    }
    if (clients < 1 || clients > 999 || seconds < 1 || setup.thinkMin < 0 || setup.thinkMax < setup.thinkMin
        || !safeName.match(database).hasMatch()) {
        std::fputs("usage: cleanstation-bench load --clients N --seconds S [--curve] [--database NAME] [--orders M] "
                   "[--think-ms MIN-MAX] [--maintenance SECONDS:STATEMENT]\n",
                   stderr);
        return 2;
    }

    // The scratch database: created, migrated and seeded when missing.
    const data::ConnectionSettings base = data::ConnectionSettings::fromEnvironment();
    {
        QSqlDatabase admin = base.open(QStringLiteral("load-admin"));
        if (!admin.isOpen()) {
            std::fprintf(stderr, "load bench: cannot connect (PG* variables): %s\n", qPrintable(admin.lastError().text()));
            return 2;
        }
        QVariant exists;
        if (!suExec(admin, QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"), {database}, &exists))
            return 2;
        if (exists.toInt() == 0) {
            std::fprintf(stderr, "creating database %s\n", qPrintable(database));
            if (!suExec(admin, QStringLiteral("CREATE DATABASE %1").arg(database)))   // checked name
                return 2;
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("load-admin"));
    setup.su = base;
    setup.su.database = database;
    setup.su.applicationName = QStringLiteral("cleanstation-bench load (superuser)");
    setup.database = database;
    QSqlDatabase su = setup.su.open(QStringLiteral("load-su"));
    if (!su.isOpen()) {
        std::fprintf(stderr, "load bench: %s\n", qPrintable(su.lastError().text()));
        return 2;
    }
    const data::Migrator::Result migrated = data::Migrator(su).migrate();
    if (!migrated.ok) {
        std::fprintf(stderr, "load bench: migration failed: %s\n", qPrintable(migrated.error));
        return 2;
    }
    {
        QStringList log;
        QString error;
        if (!data::DemoSeeder(setup.su).run(&log, &error)) {
            std::fprintf(stderr, "load bench: seeding the demo data: %s\n", qPrintable(error));
            return 2;
        }
        for (const QString& line : log)
            std::fprintf(stderr, "  %s\n", qPrintable(line));
    }
    QVariant count;
    suExec(su, QStringLiteral("SELECT count(*) FROM cs.orders"), {}, &count);
    if (count.toLongLong() < orders) {
        devtools::OrderGenerator::Options options;
        options.count = orders - count.toLongLong();
        options.skipTriggers = true;   // a scratch database: no audit trail for synthetic rows
        QString error;
        std::fprintf(stderr, "generating %lld orders\n", static_cast<long long>(options.count));
        if (!devtools::OrderGenerator::generate(su, options, {}, &error)) {
            std::fprintf(stderr, "load bench: %s\n", qPrintable(error));
            return 2;
        }
    }

    // The catalog (the wizard loads it once per session) and the demo configurations as templates.
    domain::CatalogData catalogData;
    QString error;
    if (!data::CatalogLoader(su).load(&catalogData, &error)) {
        std::fprintf(stderr, "load bench: loading the catalog: %s\n", qPrintable(error));
        return 2;
    }
    setup.catalog = domain::Catalog::fromData(catalogData);
    QFile demo(QStringLiteral(":/demo/orders.json"));
    if (demo.open(QIODevice::ReadOnly)) {
        const QJsonArray list = QJsonDocument::fromJson(demo.readAll()).object().value(QStringLiteral("orders")).toArray();
        for (const QJsonValue v : list) {
            QString parseError;
            std::optional<domain::OrderConfiguration> c =
                domain::OrderConfiguration::fromJson(v.toObject().value(QStringLiteral("config")).toObject(), &parseError);
            if (c)
                setup.templates << *c;
        }
    }
    if (setup.templates.isEmpty()) {
        std::fputs("load bench: no demo order configurations (:/demo/orders.json)\n", stderr);
        return 2;
    }
    QSqlQuery sample(su);
    sample.exec(QStringLiteral("SELECT po_number, build_number, customer_name FROM cs.orders TABLESAMPLE SYSTEM (5) LIMIT 200"));
    while (sample.next()) {
        setup.searchTerms << sample.value(0).toString().left(7) << sample.value(1).toString().right(5)
                          << sample.value(2).toString().section(u' ', 0, 0);
    }

    int rc = 0;
    const QList<int> levels = curve ? QList<int>{50, 100, 200, 500} : QList<int>{clients};
    for (int level : levels)
        rc = qMax(rc, runLevel(setup, su, level, seconds));
    su.close();
    return rc;
}

} // namespace cs::bench
