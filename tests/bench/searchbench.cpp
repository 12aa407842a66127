#include "searchbench.h"

#include "data/common/connectionsettings.h"
#include "data/schema/migrator.h"
#include "data/orders/boardqueries.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
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
};

bool exec(QSqlDatabase db, const QString& sql, const QVariantList& values = {}, QVariant* first = nullptr)
{
    QSqlQuery q(db);
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql);   // utility statements (CREATE DATABASE) cannot be prepared
    } else {
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        ok = q.exec();
    }
    if (!ok) {
        std::fprintf(stderr, "search bench: %s\n  %s\n", qPrintable(q.lastError().text()), qPrintable(sql.left(200)));
        return false;
    }
    if (first && q.next())
        *first = q.value(0);
    return true;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype i = qBound<qsizetype>(0, qsizetype(p * double(v.size() - 1) + 0.5), v.size() - 1);
    return v.at(i);
}

} // namespace

int runSearchBenchmark(const QStringList& args)
{
    qint64 orders = 0;
    int runs = 300;
    quint32 seed = 1;
    QString database = QStringLiteral("cs_bench_search");
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        if (a == u"--orders")
            orders = args.value(++i).toLongLong();
        else if (a == u"--runs")
            runs = args.value(++i).toInt();
        else if (a == u"--seed")
            seed = args.value(++i).toUInt();
        else if (a == u"--database")
            database = args.value(++i);
        else {
            std::fprintf(stderr, "search bench: unknown argument \"%s\"\n", qPrintable(a));
            return 2;
        }
    }
    static const QRegularExpression safeName(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (orders < 1 || runs < 1 || !safeName.match(database).hasMatch()) {
        std::fputs("usage: cleanstation-bench search --orders N [--runs R] [--seed S] [--database NAME]\n", stderr);
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
    const data::Migrator::Result migrated = data::Migrator(db).migrate();
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
        if (!exec(db, QStringLiteral("SELECT cs.create_user(?, 'Bench Coordinator', 'BC', 'ProductionCoordinator', ?)"),
                  {username, password}))
            return 2;
    } else if (!exec(db, QStringLiteral("SELECT cs.reset_password(?, ?)"), {username, password})) {
        return 2;
    }

    QVariant count;
    if (!exec(db, QStringLiteral("SELECT count(*) FROM cs.orders"), {}, &count))
        return 2;
    if (count.toLongLong() < orders) {
        data::OrderQueries::GenerateOptions options;
        options.count = orders - count.toLongLong();
        options.seed = seed;
        options.skipTriggers = true;   // a scratch database: no audit trail for synthetic rows
        std::fprintf(stderr, "generating %lld orders (audit triggers off: scratch database)\n",
                     static_cast<long long>(options.count));
        QElapsedTimer t;
        t.start();
        QString error;
        if (!data::OrderQueries::generateOrders(
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

    // Search terms taken from the data, as people would type them.
    QList<Search> searches;
    QSqlQuery sample(db);
    if (!sample.exec(QStringLiteral("SELECT po_number, build_number, customer_name, coalesce(project_name, ''), "
                                    "status::text FROM cs.orders TABLESAMPLE SYSTEM (0.5) LIMIT 400"))) {
        std::fprintf(stderr, "search bench: %s\n", qPrintable(sample.lastError().text()));
        return 2;
    }
    QRandomGenerator rng(seed);
    while (sample.next()) {
        const QString po = sample.value(0).toString();
        const QString build = sample.value(1).toString();
        const QString customer = sample.value(2).toString();
        const QString project = sample.value(3).toString();
        const QString status = sample.value(4).toString();
        auto add = [&searches](const QString& kind, const QString& text, const QString& st = {},
                               data::BoardColumn sort = data::BoardColumn::Updated, bool desc = true) {
            data::BoardQuery q;
            q.search = text;
            q.status = st;
            q.sortColumn = sort;
            q.descending = desc;
            searches.append({kind, q});
        };
        add(QStringLiteral("po-prefix"), po.left(9));                          // "PO-452345"
        add(QStringLiteral("po-substring"), po.mid(5, 5));                     // digits in the middle
        add(QStringLiteral("build"), build.right(7));                          // the number part
        add(QStringLiteral("customer"), customer, {}, data::BoardColumn::WantDate, false);
        add(QStringLiteral("customer+status"), customer.section(u' ', 0, 1), status);
        if (!project.isEmpty())
            add(QStringLiteral("project"), project.section(u' ', 0, -2) + u' ' + project.section(u' ', -1).right(4));
        if (rng.bounded(4) == 0)
            add(QStringLiteral("project-word+status"), project.section(u' ', 0, 0), status);
    }
    std::shuffle(searches.begin(), searches.end(), rng);

    data::ConnectionSettings person = su;
    person.user = username;
    person.password = password;
    QSqlDatabase board = person.open(QStringLiteral("bench-board"));
    if (!board.isOpen()) {
        std::fprintf(stderr, "search bench: cannot log in as %s: %s\n", qPrintable(username),
                     qPrintable(board.lastError().text()));
        return 2;
    }

    QList<double> ms;
    QHash<QString, QList<double>> byKind;
    qint64 rows = 0;
    for (int i = 0; i < runs + 20; ++i) {
        const Search& s = searches.at(i % searches.size());
        const data::Statement st = data::BoardQueries::page(s.query);
        QElapsedTimer t;
        t.start();
        QSqlQuery q(board);
        q.setForwardOnly(true);
        q.prepare(st.sql);
        for (auto it = st.bindings.cbegin(); it != st.bindings.cend(); ++it)
            q.bindValue(it.key(), it.value());
        if (!q.exec()) {
            std::fprintf(stderr, "search bench: %s\n", qPrintable(q.lastError().text()));
            return 1;
        }
        qint64 n = 0;
        while (q.next())
            ++n;
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        if (i < 20)
            continue;   // warm-up
        rows += n;
        ms << elapsed;
        byKind[s.kind] << elapsed;
    }
    std::fprintf(stderr, "%-22s %6s %8s %8s\n", "kind", "n", "p50 ms", "p95 ms");
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        std::fprintf(stderr, "%-22s %6lld %8.2f %8.2f\n", qPrintable(it.key()), static_cast<long long>(it.value().size()),
                     percentile(it.value(), 0.5), percentile(it.value(), 0.95));
    std::fprintf(stderr, "%d searches, %.1f rows per first page on average\n", runs, double(rows) / runs);
    std::printf("{\"orders\":%lld,\"p50_ms\":%.2f,\"p95_ms\":%.2f}\n", static_cast<long long>(total),
                percentile(ms, 0.5), percentile(ms, 0.95));
    return 0;
}

} // namespace cs::bench
