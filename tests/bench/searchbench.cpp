#include "devtools/ordergenerator.h"
#include "searchbench.h"
#include "benchutil.h"

#include "data/common/connectionsettings.h"
#include "data/schema/migrator.h"
#include "data/orders/boardqueries.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <cstdio>

namespace cs::bench {
namespace {

struct Search
{
    QString kind;
    data::BoardQuery query;
    qint64 depth = 0;   // rows above the page (a deep page); 0 for the first page
};

// The search bench's superuser statements, reported as its own.
bool exec(QSqlDatabase db, const QString& sql, const QVariantList& values = {}, QVariant* first = nullptr)
{
    return benchExec("search bench", db, sql, values, first);
}

} // namespace

int runSearchBenchmark(const QStringList& args)
{
    qint64 orders = 0;
    int runs = 300;
    int perKind = 20;
    quint32 seed = 1;
    QString database = QStringLiteral("cs_bench_search");
    bool migrate = true;
    bool list = false;
    QRegularExpression only;
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        if (a == u"--orders")
            orders = args.value(++i).toLongLong();
        else if (a == u"--runs")
            runs = args.value(++i).toInt();
        else if (a == u"--per-kind")
            perKind = args.value(++i).toInt();
        else if (a == u"--seed")
            seed = args.value(++i).toUInt();
        else if (a == u"--database")
            database = args.value(++i);
        else if (a == u"--no-migrate")
            migrate = false;
        else if (a == u"--list")
            list = true;
        else if (a == u"--kinds")
            only.setPattern(args.value(++i));
        else {
            std::fprintf(stderr, "search bench: unknown argument \"%s\"\n", qPrintable(a));
            return 2;
        }
    }
    static const QRegularExpression safeName(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (orders < 1 || runs < 1 || perKind < 1 || !safeName.match(database).hasMatch() || !only.isValid()) {
        std::fputs("usage: cleanstation-bench search --orders N [--runs R] [--per-kind K] [--seed S] [--database NAME]\n"
                   "                                 [--kinds REGEX] [--no-migrate] [--list]\n",
                   stderr);
        return 2;
    }

    // The scratch database: created and migrated when missing.
    const data::ConnectionSettings base = data::ConnectionSettings::fromEnvironment();
    {
        QSqlDatabase admin = base.open(QStringLiteral("bench-admin"));
        if (!admin.isOpen()) {
            std::fprintf(stderr, "search bench: cannot connect (PG* variables): %s\n", qPrintable(admin.lastError().text()));
            return 2;
        }
        QVariant exists;
        if (!exec(admin, QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"), {database}, &exists))
            return 2;
        if (exists.toInt() == 0) {
            std::fprintf(stderr, "creating database %s\n", qPrintable(database));
            if (!exec(admin, QStringLiteral("CREATE DATABASE %1").arg(database)))   // checked name
                return 2;
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    data::ConnectionSettings su = base;
    su.database = database;
    su.applicationName = QStringLiteral("cleanstation-bench");
    QSqlDatabase db = su.open(QStringLiteral("bench-su"));
    if (!db.isOpen()) {
        std::fprintf(stderr, "search bench: %s\n", qPrintable(db.lastError().text()));
        return 2;
    }
    // --no-migrate measures the database as another build migrated it (the same pages, for a
    // comparison of two versions of the board's SQL on copies of one database).
    data::Migrator::Result migrated;
    migrated.ok = true;
    if (migrate)
        migrated = data::Migrator(db).migrate();
    if (!migrated.ok) {
        std::fprintf(stderr, "search bench: migration failed: %s\n", qPrintable(migrated.error));
        return 2;
    }

    // A coordinator to search as (the board reads cs.order_list as the person logged in).
    const QString username = QStringLiteral("bench_coord_") + database.right(20);
    const QString password = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVariant haveUser;
    exec(db, QStringLiteral("SELECT count(*) FROM cs.users WHERE username = ?"), {username}, &haveUser);
    if (haveUser.toInt() == 0) {
        // Initials are unique among active people: two letters of the database's name make them so.
        const uint h = qHash(database);
        const QString initials = QStringLiteral("BC") + QChar(char16_t(u'A' + h % 26)) + QChar(char16_t(u'A' + (h / 26) % 26));
        if (!exec(db, QStringLiteral("SELECT cs.create_user(?, 'Bench Coordinator', ?, 'ProductionCoordinator', ?)"),
                  {username, initials, password}))
            return 2;
    } else if (!exec(db, QStringLiteral("SELECT cs.reset_password(?, ?)"), {username, password})) {
        return 2;
    }

    QVariant count;
    if (!exec(db, QStringLiteral("SELECT count(*) FROM cs.orders"), {}, &count))
        return 2;
    if (count.toLongLong() < orders) {
        devtools::OrderGenerator::Options options;
        options.count = orders - count.toLongLong();
        options.seed = seed;
        options.skipTriggers = true;   // a scratch database: no audit trail for synthetic rows
        std::fprintf(stderr, "generating %lld orders (audit triggers off: scratch database)\n",
                     static_cast<long long>(options.count));
        QElapsedTimer t;
        t.start();
        QString error;
        if (!devtools::OrderGenerator::generate(
                db, options,
                [&t](qint64 n) {
                    std::fprintf(stderr, "  %lld (%.1f s)\n", static_cast<long long>(n), double(t.elapsed()) / 1000.0);
                },
                &error)) {
            std::fprintf(stderr, "search bench: %s\n", qPrintable(error));
            return 2;
        }
        std::fprintf(stderr, "generated in %.1f s\n", double(t.elapsed()) / 1000.0);
        exec(db, QStringLiteral("SELECT count(*) FROM cs.orders"), {}, &count);
    }
    const qint64 total = count.toLongLong();

    // People to assign builds to (the generator assigns nobody): two thirds of the builds get one of
    // 30 people, so that the assignee sort has names to order.
    QVariant assigned;
    if (!exec(db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM cs.orders WHERE current_assignee IS NOT NULL "
                                 "LIMIT 1) a"), {}, &assigned))
        return 2;
    if (assigned.toInt() == 0) {
        std::fprintf(stderr, "assigning two thirds of the builds to 30 people\n");
        static const char* const first[] = {"Ana", "Ben", "Chloé", "Dev", "Emma", "Felix"};
        static const char* const last[] = {"Walker", "Okafor", "Lefebvre", "Nguyen", "García"};
        QStringList ids;
        for (int i = 0; i < 30; ++i) {
            const QString login = QStringLiteral("bench_asg_%1_%2").arg(i).arg(database.right(20));
            const QString name = QStringLiteral("%1 %2").arg(QString::fromUtf8(first[i % 6]), QString::fromUtf8(last[i % 5]));
            QVariant id;
            exec(db, QStringLiteral("SELECT user_id::text FROM cs.users WHERE username = ?"), {login}, &id);
            if (id.isNull()) {
                const QString initials = QStringLiteral("BA") + QChar(char16_t(u'A' + i % 26)) + QChar(char16_t(u'A' + i / 26))
                                         + QChar(char16_t(u'A' + qHash(database) % 26));
                if (!exec(db, QStringLiteral("SELECT cs.create_user(?, ?, ?, 'Assembler', ?)"),
                          {login, name + (i >= 30 / 2 ? QStringLiteral(" Jr") : QString()), initials,
                           QUuid::createUuid().toString(QUuid::WithoutBraces)}))
                    return 2;
                exec(db, QStringLiteral("SELECT user_id::text FROM cs.users WHERE username = ?"), {login}, &id);
            }
            ids << id.toString();
        }
        QElapsedTimer t;
        t.start();
        if (!exec(db, QStringLiteral("SET session_replication_role = replica"))
            || !exec(db, QStringLiteral("UPDATE cs.orders SET current_assignee = (CAST(? AS uuid[]))[1 + abs(hashtext(build_number)) % 30] "
                                        "WHERE abs(hashtext(build_number || 'a')) % 3 <> 0"),
                     {u'{' + ids.join(u',') + u'}'})
            || !exec(db, QStringLiteral("SET session_replication_role = DEFAULT")))
            return 2;
        exec(db, QStringLiteral("VACUUM (ANALYZE) cs.orders"));
        std::fprintf(stderr, "assigned in %.1f s\n", double(t.elapsed()) / 1000.0);
    }

    // Search terms taken from the data, as people would type them: the same ones on every run with
    // the same seed (and on a copy of the database), so that two runs compare the same pages.
    QList<Search> searches;
    QSqlQuery sample(db);
    if (!sample.exec(QStringLiteral("SELECT po_number, build_number, customer_name, coalesce(project_name, ''), "
                                    "status::text FROM cs.orders TABLESAMPLE SYSTEM (0.5) REPEATABLE (%1) "
                                    "ORDER BY order_id LIMIT 400").arg(seed))) {
        std::fprintf(stderr, "search bench: %s\n", qPrintable(sample.lastError().text()));
        return 2;
    }
    struct Sampled
    {
        QString po, build, customer, project, status;
    };
    QList<Sampled> sampled;
    while (sample.next())
        sampled.append({sample.value(0).toString(), sample.value(1).toString(), sample.value(2).toString(),
                        sample.value(3).toString(), sample.value(4).toString()});
    if (sampled.isEmpty()) {
        std::fputs("search bench: no orders to sample\n", stderr);
        return 2;
    }
    QRandomGenerator rng(seed);
    auto add = [&searches](const QString& kind, const QString& text, const QString& st = {},
                           data::BoardColumn sort = data::BoardColumn::Updated, bool desc = true, qint64 depth = 0) {
        data::BoardQuery q;
        q.search = text;
        q.status = st;
        q.sortColumn = sort;
        q.descending = desc;
        searches.append({kind, q, depth});
    };
    // The searches of the first page in the default sort (as before 0010), one per kind and sample.
    for (const Sampled& s : std::as_const(sampled)) {
        add(QStringLiteral("po-prefix"), s.po.left(9));                          // "PO-452345"
        add(QStringLiteral("po-substring"), s.po.mid(5, 5));                     // digits in the middle
        add(QStringLiteral("build"), s.build.right(7));                          // the number part
        add(QStringLiteral("customer"), s.customer, {}, data::BoardColumn::WantDate, false);
        add(QStringLiteral("customer+status"), s.customer.section(u' ', 0, 1), s.status);
        if (!s.project.isEmpty())
            add(QStringLiteral("project"), s.project.section(u' ', 0, -2) + u' ' + s.project.section(u' ', -1).right(4));
        if (rng.bounded(4) == 0)
            add(QStringLiteral("project-word+status"), s.project.section(u' ', 0, 0), s.status);
    }
    std::shuffle(searches.begin(), searches.end(), rng);
    if (searches.size() > runs)
        searches.resize(runs);
    // Every sort the board offers, either direction: the first page; with a status filter; a page deep
    // in the list (the person scrolled down: 1,000, 10,000 or 100,000 rows above it); and a broad name
    // search (a city: a few percent of the builds).
    constexpr qint64 kDepths[] = {1000, 10000, 100000};
    for (int c = 0; c < data::boardColumnCount; ++c) {
        const auto column = data::BoardColumn(c);
        const QString key = data::BoardQueries::sortKey(column);
        for (int i = 0; i < perKind; ++i) {
            const Sampled& s = sampled.at(rng.bounded(int(sampled.size())));
            const bool desc = rng.bounded(2) == 0;
            add(QStringLiteral("sort %1").arg(key), {}, {}, column, desc);
            add(QStringLiteral("sort %1 +status").arg(key), {}, s.status, column, desc);
            add(QStringLiteral("deep %1").arg(key), {}, {}, column, desc, kDepths[i % 3]);
            QString city = (s.project.isEmpty() ? s.customer : s.project).section(u' ', -2, -2);
            if (city.isEmpty() || city.at(0).isDigit())
                city = s.customer.section(u' ', 2, 2);
            add(QStringLiteral("word %1").arg(key), city, {}, column, desc);
        }
    }
    std::shuffle(searches.begin(), searches.end(), rng);
    // --kinds: only the kinds it matches (chosen after the draw, so they are the same pages).
    if (!only.pattern().isEmpty())
        searches.removeIf([&only](const Search& s) { return !only.match(s.kind).hasMatch(); });
    if (searches.isEmpty()) {
        std::fputs("search bench: no kind matches --kinds\n", stderr);
        return 2;
    }

    data::ConnectionSettings person = su;
    person.user = username;
    person.password = password;
    QSqlDatabase board = person.open(QStringLiteral("bench-board"));
    if (!board.isOpen()) {
        std::fprintf(stderr, "search bench: cannot log in as %s: %s\n", qPrintable(username),
                     qPrintable(board.lastError().text()));
        return 2;
    }
    // Runs one page as the app does (one statement with its values, read whole); its row count and
    // the last row's page key.
    auto runPage = [&board](const data::BoardQuery& query, qint64* n, QString* lastKey) {
        const data::Result<QList<QVariantList>> page = data::BoardQueries::readPage(board, query);
        if (!page) {
            std::fprintf(stderr, "search bench: %s\n", qPrintable(page.error().message));
            return false;
        }
        *n = page->size();
        if (lastKey && !page->isEmpty())
            *lastKey = page->constLast().value(data::BfPageKey).toString();
        return true;
    };

    // A deep page is asked for as the board asks for it: after the key of the row above it (found
    // once here, not timed).
    QHash<QString, QString> keyAt;
    for (Search& s : searches) {
        if (s.depth == 0)
            continue;
        const QString id = QStringLiteral("%1 %2 %3").arg(int(s.query.sortColumn)).arg(s.query.descending).arg(s.depth);
        if (!keyAt.contains(id)) {
            data::BoardQuery q = s.query;
            q.offset = int(s.depth - 1);
            q.limit = 1;
            qint64 n = 0;
            QString key;
            if (!runPage(q, &n, &key))
                return 1;
            if (n != 1) {
                std::fprintf(stderr, "search bench: no row %lld rows down in the %s sort (a small database: leave the "
                                     "deep pages out with --kinds '^(?!deep)')\n",
                             static_cast<long long>(s.depth), qPrintable(data::BoardQueries::sortKey(s.query.sortColumn)));
                return 1;
            }
            keyAt.insert(id, key);
        }
        s.query.after = keyAt.value(id);
    }

    QList<double> ms;
    QHash<QString, QList<double>> byKind;
    qint64 rows = 0;
    QSet<QString> kindSet;
    for (const Search& s : std::as_const(searches))
        kindSet.insert(s.kind);
    std::fprintf(stderr, "%lld pages of %lld kinds\n", static_cast<long long>(searches.size()),
                 static_cast<long long>(kindSet.size()));
    for (qsizetype i = 0; i < searches.size() + 20; ++i) {
        const Search& s = searches.at(i < 20 ? i : i - 20);   // the first 20 twice: warm-up
        QElapsedTimer t;
        t.start();
        qint64 n = 0;
        if (!runPage(s.query, &n, nullptr))
            return 1;
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        if (i < 20)
            continue;
        rows += n;
        ms << elapsed;
        byKind[s.kind] << elapsed;
        if (list)
            std::fprintf(stderr, "%-22s %-5s %8.2f ms  %s\n", qPrintable(s.kind), s.query.descending ? "desc" : "asc",
                         elapsed, qPrintable(s.query.search));
    }
    QStringList kinds = byKind.keys();
    std::sort(kinds.begin(), kinds.end());
    std::fprintf(stderr, "%-22s %6s %8s %8s\n", "kind", "n", "p50 ms", "p95 ms");
    double worstP95 = 0;
    QString worst;
    for (const QString& kind : std::as_const(kinds)) {
        const QList<double>& v = byKind.value(kind);
        const double p95 = percentile(v, 0.95);
        if (p95 > worstP95) {
            worstP95 = p95;
            worst = kind;
        }
        std::fprintf(stderr, "%-22s %6lld %8.2f %8.2f\n", qPrintable(kind), static_cast<long long>(v.size()),
                     percentile(v, 0.5), p95);
        std::printf("{\"orders\":%lld,\"kind\":\"%s\",\"n\":%lld,\"p50_ms\":%.2f,\"p95_ms\":%.2f}\n",
                    static_cast<long long>(total), qPrintable(kind), static_cast<long long>(v.size()),
                    percentile(v, 0.5), p95);
    }
    std::fprintf(stderr, "%lld pages, %.1f rows a page on average; all: p50 %.2f ms, p95 %.2f ms; worst p95: %s %.2f ms\n",
                 static_cast<long long>(ms.size()), double(rows) / double(qMax<qsizetype>(1, ms.size())),
                 percentile(ms, 0.5), percentile(ms, 0.95), qPrintable(worst), worstP95);
    if (const QString line = serverMemoryLine(db); !line.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(line));
    std::printf("{\"orders\":%lld,\"p50_ms\":%.2f,\"p95_ms\":%.2f}\n", static_cast<long long>(total),
                percentile(ms, 0.5), percentile(ms, 0.95));
    return 0;
}

} // namespace cs::bench
