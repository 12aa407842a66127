#include "data/schema/migrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

namespace cs::data {

namespace {

// An arbitrary constant: the advisory lock key of "schema migration in progress".
constexpr qint64 kMigrationLockKey = 0x43534d4947524154; // "CSMIGRAT"

QString errorText(const QSqlError& e)
{
    return e.databaseText().isEmpty() ? e.text().trimmed() : e.databaseText().trimmed();
}

// Runs a file of several statements. QPSQL sends it as one query and reports only the first
// statement's result from exec(); the others, the error of a later statement included, are further
// result sets. Without reading them a failing statement in the middle of a file would surface only as
// "current transaction is aborted" at the next command, its own message lost.
bool execScript(QSqlQuery& q, const QByteArray& sql, QString* error)
{
    if (!q.exec(QString::fromUtf8(sql))) {
        *error = errorText(q.lastError());
        return false;
    }
    while (q.nextResult()) {
    }
    if (q.lastError().isValid()) {
        *error = errorText(q.lastError());
        return false;
    }
    return true;
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// One checksum over a list of (name, checksum) lines, in the given order.
QString listChecksum(const QList<QPair<QString, QString>>& lines)
{
    QByteArray text;
    for (const auto& [name, checksum] : lines)
        text += name.toUtf8() + ' ' + checksum.toLatin1() + '\n';
    return sha256Hex(text);
}

const QRegularExpression& migrationPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    return pattern;
}

const QRegularExpression& repeatablePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{2}_[a-z0-9_]+\\.sql$"));
    return pattern;
}

// Numbered migrations that were edited in the repository after databases may have applied them, with
// the sha256 of every earlier text. Each of those texts is accepted as that migration, and a later
// migration brings a database that ran any of them to one schema. Only for a migration that really was
// committed with another text: the list is what makes the edit harmless, not a way to edit more.
//
// 0007_board_search_names.sql: committed three times (the board search at a million orders: first
// the distinct-names search; then covering board indexes, descending indexes for nullable sorts and a
// finer histogram of PO and build numbers; then prefix indexes for one- and two-character searches and
// cs.board_page using them). 0008 makes the three end states one.
const QHash<int, QStringList>& historicList()
{
    static const QHash<int, QStringList> list{
        {7,
         {QStringLiteral("62cce4775b2c0c27f8122bcf66bfb3287eed7dae0ef1fb53dfc6c67bd2331b72"),
          QStringLiteral("37a05661a98417c8060176f3982ff6ff4ca374c2589e08d1f1e310d2094ffa77")}},
        // 0009_audit_sealer.sql: first committed without replacing cs.tg_audit itself, which left the
        // old trigger function in place for the migrations after it (their audited writes failed on
        // audit_log_old_chain_only) until the function files ran. A database that ran that text and
        // then the function files has the same trigger function as the current text gives.
        {9, {QStringLiteral("1232cf0e1ad92175ceb3337cb2c4f6cafbfaed7ea7db21e6d7505a6658cd49fe")}},
    };
    return list;
}

} // namespace

Migrator::Migration Migrator::Migration::fromText(const QString& name, const QByteArray& sql)
{
    Migration m;
    const QRegularExpressionMatch match = migrationPattern().match(name);
    m.version = match.hasMatch() ? match.captured(1).toInt() : 0;
    m.name = name;
    m.sql = sql;
    m.checksum = sha256Hex(sql);
    return m;
}

Migrator::Repeatable Migrator::Repeatable::fromText(const QString& name, const QByteArray& sql)
{
    return Repeatable{name, sql, sha256Hex(sql)};
}

Migrator::Migrator(QSqlDatabase db)
    : Migrator(std::move(db), embeddedMigrations(), embeddedRepeatables())
{
}

Migrator::Migrator(QSqlDatabase db, QList<Migration> migrations, QList<Repeatable> repeatables)
    : m_db(std::move(db))
    , m_migrations(std::move(migrations))
    , m_repeatables(std::move(repeatables))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    std::sort(m_repeatables.begin(), m_repeatables.end(),
              [](const Repeatable& a, const Repeatable& b) { return a.name < b.name; });
}

QList<Migrator::Migration> Migrator::embeddedMigrations()
{
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/sql"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files);
    for (const QString& file : files) {
        if (!migrationPattern().match(file).hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        list.append(Migration::fromText(file, f.readAll()));
    }
    std::sort(list.begin(), list.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return list;
}

QList<Migrator::Repeatable> Migrator::embeddedRepeatables()
{
    QList<Repeatable> list;
    const QDir dir(QStringLiteral(":/sql/functions"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files);
    for (const QString& file : files) {
        if (!repeatablePattern().match(file).hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        list.append(Repeatable::fromText(file, f.readAll()));
    }
    // Byte order of the names (the numeric prefixes), whatever the locale.
    std::sort(list.begin(), list.end(), [](const Repeatable& a, const Repeatable& b) { return a.name < b.name; });
    return list;
}

int Migrator::latestVersion()
{
    const QList<Migration> list = embeddedMigrations();
    return list.isEmpty() ? 0 : list.constLast().version;
}

QStringList Migrator::historicChecksums(int version)
{
    return historicList().value(version);
}

bool Migrator::readApplied(QList<Applied>* applied, QString* error)
{
    applied->clear();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('cs.schema_migrations') IS NOT NULL")) || !q.next()) {
        *error = QObject::tr("Cannot read the schema version: %1").arg(errorText(q.lastError()));
        return false;
    }
    if (!q.value(0).toBool())
        return true; // empty database
    if (!q.exec(QStringLiteral("SELECT version, name, checksum FROM cs.schema_migrations ORDER BY version"))) {
        *error = QObject::tr("Cannot read cs.schema_migrations: %1").arg(errorText(q.lastError()));
        return false;
    }
    while (q.next())
        applied->append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString()});
    return true;
}

bool Migrator::readRecorded(Recorded* recorded, QString* error)
{
    *recorded = Recorded{};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('cs.schema_repeatables') IS NOT NULL "
                               "AND to_regclass('cs.schema_repeatable_runs') IS NOT NULL"))
        || !q.next()) {
        *error = QObject::tr("Cannot read the SQL function files of the database: %1").arg(errorText(q.lastError()));
        return false;
    }
    recorded->exists = q.value(0).toBool();
    if (!recorded->exists)
        return true;
    if (!q.exec(QStringLiteral("SELECT name, checksum FROM cs.schema_repeatables ORDER BY name COLLATE \"C\""))) {
        *error = QObject::tr("Cannot read cs.schema_repeatables: %1").arg(errorText(q.lastError()));
        return false;
    }
    while (q.next())
        recorded->files.append({q.value(0).toString(), q.value(1).toString()});
    if (!q.exec(QStringLiteral("SELECT migrations_checksum, forced FROM cs.schema_repeatable_runs "
                               "ORDER BY run_id DESC LIMIT 1"))) {
        *error = QObject::tr("Cannot read cs.schema_repeatable_runs: %1").arg(errorText(q.lastError()));
        return false;
    }
    if (q.next()) {
        recorded->hasRun = true;
        recorded->lastMigrations = q.value(0).toString();
        recorded->lastForced = q.value(1).toBool();
    }
    QList<QPair<QString, QString>> mine;
    for (const Repeatable& f : m_repeatables)
        mine.append({f.name, f.checksum});
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM cs.schema_repeatable_runs WHERE set_checksum = :s)"));
    q.bindValue(QStringLiteral(":s"), listChecksum(mine));
    if (!q.exec() || !q.next()) {
        *error = QObject::tr("Cannot read cs.schema_repeatable_runs: %1").arg(errorText(q.lastError()));
        return false;
    }
    recorded->clientSetSeenBefore = q.value(0).toBool();
    return true;
}

Migrator::Result Migrator::verify(const QList<Applied>& applied, bool requireLatest)
{
    Result r;
    r.repeatableCount = int(m_repeatables.size());
    const int latest = m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
    QHash<int, Migration> byVersion;
    for (const Migration& m : std::as_const(m_migrations))
        byVersion.insert(m.version, m);
    r.version = applied.isEmpty() ? 0 : applied.constLast().version;
    if (r.version > latest) {
        r.error = QObject::tr("database schema version %1 is newer than this client (%2); update the client")
                      .arg(r.version)
                      .arg(latest);
        return r;
    }
    QList<int> appliedVersions;
    for (const Applied& a : applied) {
        appliedVersions.append(a.version);
        const auto it = byVersion.constFind(a.version);
        if (it == byVersion.constEnd()) {
            r.error = QObject::tr("migration %1 (%2) recorded in the database is unknown to this client; "
                                  "the database was migrated by a different build")
                          .arg(a.version)
                          .arg(a.name);
            return r;
        }
        if (it->checksum != a.checksum && !historicChecksums(a.version).contains(a.checksum)) {
            r.error = QObject::tr("migration %1 was changed after it was applied (checksum %2 in the database, "
                                  "%3 in this client); restore the original file or write a new migration")
                          .arg(it->name, a.checksum.left(12), it->checksum.left(12));
            return r;
        }
    }
    if (requireLatest && r.version < latest) {
        r.error = QObject::tr("database schema version %1 is older than this client (%2); run "
                              "'cleanstation-admin migrate'")
                      .arg(r.version)
                      .arg(latest);
        return r;
    }
    if (requireLatest) {
        // The highest version alone is not enough: a migration may have been added below the highest
        // one a database already had (0006 was, after 0007).
        for (const Migration& m : std::as_const(m_migrations)) {
            if (!appliedVersions.contains(m.version)) {
                r.error = QObject::tr("the database lacks migration %1 of this client (its schema is older than "
                                      "this client); run 'cleanstation-admin migrate'")
                              .arg(m.name);
                return r;
            }
        }
    }
    r.ok = true;
    return r;
}

Migrator::RepeatableState Migrator::repeatableState(const QList<Applied>& applied, const Recorded& recorded,
                                                    QStringList* differences, QString* why) const
{
    differences->clear();
    QMap<QString, QString> inDatabase;
    for (const auto& [name, checksum] : recorded.files)
        inDatabase.insert(name, checksum);
    QList<QPair<QString, QString>> mine;
    for (const Repeatable& f : m_repeatables) {
        mine.append({f.name, f.checksum});
        const auto it = inDatabase.constFind(f.name);
        if (it == inDatabase.constEnd())
            differences->append(QObject::tr("%1: not applied").arg(f.name));
        else if (*it != f.checksum)
            differences->append(QObject::tr("%1: changed").arg(f.name));
    }
    for (auto it = inDatabase.constBegin(); it != inDatabase.constEnd(); ++it) {
        if (std::none_of(m_repeatables.cbegin(), m_repeatables.cend(),
                         [&](const Repeatable& f) { return f.name == it.key(); }))
            differences->append(QObject::tr("%1: unknown to this client").arg(it.key()));
    }

    QList<QPair<QString, QString>> migrations;
    for (const Applied& a : applied)
        migrations.append({QString::number(a.version), a.checksum});

    if (differences->isEmpty()) {
        if (m_repeatables.isEmpty() && !recorded.hasRun)
            return RepeatableState::Current; // nothing to apply, nothing ever applied
        if (recorded.hasRun && recorded.lastMigrations == listChecksum(migrations))
            return RepeatableState::Current;
        *why = QObject::tr("a schema migration was applied after the SQL function files");
        return RepeatableState::Due;
    }
    if (!recorded.files.isEmpty() && recorded.clientSetSeenBefore && !recorded.lastForced) {
        *why = QObject::tr("the database's SQL function files were replaced by a newer client's after this "
                           "client's were applied (%1)")
                   .arg(differences->join(QStringLiteral("; ")));
        return RepeatableState::ReplacedByNewer;
    }
    *why = recorded.files.isEmpty()
               ? QObject::tr("the SQL function files of this client were never applied to the database")
               : QObject::tr("the database's SQL function files are not this client's (%1)")
                     .arg(differences->join(QStringLiteral("; ")));
    return RepeatableState::Due;
}

Migrator::Result Migrator::check()
{
    QList<Applied> applied;
    Result r;
    r.repeatableCount = int(m_repeatables.size());
    if (!readApplied(&applied, &r.error))
        return r;
    r = verify(applied, true);
    if (!r.ok)
        return r;
    Recorded recorded;
    if (!readRecorded(&recorded, &r.error)) {
        r.ok = false;
        return r;
    }
    if (!recorded.exists) {
        if (m_repeatables.isEmpty())
            return r;
        r.ok = false;
        r.error = QObject::tr("the database has no record of SQL function files (cs.schema_repeatables); its "
                              "schema is older than this client; run 'cleanstation-admin migrate'");
        return r;
    }
    QString why;
    switch (repeatableState(applied, recorded, &r.repeatableDifferences, &why)) {
    case RepeatableState::Current:
        return r;
    case RepeatableState::Due:
        r.ok = false;
        r.error = QObject::tr("%1; the database's functions are older than this client's: run "
                              "'cleanstation-admin migrate'")
                      .arg(why);
        return r;
    case RepeatableState::ReplacedByNewer:
        r.ok = false;
        r.error = QObject::tr("%1; update this client").arg(why);
        return r;
    }
    return r;
}

Migrator::Result Migrator::migrate()
{
    // Roles and their grants live in the cluster's shared catalog. Two databases of one cluster migrated
    // at the same moment (the plant's and a training copy, or parallel tests) can change the same role's
    // row at once, and PostgreSQL then refuses the later one with "tuple concurrently updated" (an internal
    // error, SQLSTATE XX000, not a serialization failure). Each step is one transaction that rolled back
    // as a whole and is skipped once applied, so the run is tried again, a few times.
    Result r;
    QStringList appliedEarlier;   // migrations committed by an earlier attempt
    for (int attempt = 0; attempt < 4; ++attempt) {
        r = migrateOnce();
        r.applied = appliedEarlier + r.applied;
        appliedEarlier = r.applied;
        if (r.ok || !r.error.contains(QLatin1String("tuple concurrently updated")))
            break;
        QThread::msleep(100 * (attempt + 1));
    }
    return r;
}

Migrator::Result Migrator::migrateOnce()
{
    Result r;
    r.repeatableCount = int(m_repeatables.size());
    if (!m_db.isOpen()) {
        r.error = QObject::tr("no database connection");
        return r;
    }
    if (m_migrations.isEmpty()) {
        r.error = QObject::tr("this client has no embedded migrations (resources missing)");
        return r;
    }

    auto fail = [&](const QString& message) {
        m_db.rollback();
        r.ok = false;
        r.error = message;
        return r;
    };

    for (const Migration& m : std::as_const(m_migrations)) {
        if (!m_db.transaction())
            return fail(QObject::tr("cannot start a transaction: %1").arg(errorText(m_db.lastError())));
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(:key)"));
        q.bindValue(QStringLiteral(":key"), kMigrationLockKey);
        if (!q.exec())
            return fail(QObject::tr("cannot lock the schema for migration: %1").arg(errorText(q.lastError())));
        // Bootstrap: the schema and the bookkeeping table (0001 hands both to cs_owner).
        if (!q.exec(QStringLiteral(
                "SET LOCAL client_min_messages = warning; "
                "CREATE SCHEMA IF NOT EXISTS cs; "
                "CREATE TABLE IF NOT EXISTS cs.schema_migrations ("
                " version integer PRIMARY KEY, name text NOT NULL, checksum char(64) NOT NULL,"
                " applied_at timestamptz NOT NULL DEFAULT now(), applied_by text NOT NULL DEFAULT session_user)")))
            return fail(QObject::tr("cannot create cs.schema_migrations: %1").arg(errorText(q.lastError())));

        // Read under the lock: another migrator may just have applied this one.
        QList<Applied> applied;
        QString error;
        if (!readApplied(&applied, &error))
            return fail(error);
        const Result state = verify(applied, false);
        if (!state.ok)
            return fail(state.error);
        r.version = state.version;
        if (std::any_of(applied.cbegin(), applied.cend(), [&](const Applied& a) { return a.version == m.version; })) {
            m_db.rollback();
            continue;
        }
        if (!execScript(q, m.sql, &error))
            return fail(QObject::tr("migration %1 failed: %2").arg(m.name, error));
        if (!q.exec(QStringLiteral("RESET ROLE; RESET search_path")))
            return fail(errorText(q.lastError()));
        q.prepare(QStringLiteral("INSERT INTO cs.schema_migrations (version, name, checksum) VALUES (:v, :n, :c)"));
        q.bindValue(QStringLiteral(":v"), m.version);
        q.bindValue(QStringLiteral(":n"), m.name);
        q.bindValue(QStringLiteral(":c"), m.checksum);
        if (!q.exec())
            return fail(QObject::tr("cannot record migration %1: %2").arg(m.name, errorText(q.lastError())));
        if (!m_db.commit())
            return fail(QObject::tr("migration %1 failed at commit: %2").arg(m.name, errorText(m_db.lastError())));
        r.applied.append(m.name);
        r.version = std::max(r.version, m.version);
    }
    if (!applyRepeatables(&r))
        return r;
    r.ok = true;
    return r;
}

bool Migrator::applyRepeatables(Result* r)
{
    auto fail = [&](const QString& message) {
        m_db.rollback();
        r->ok = false;
        r->error = message;
        return false;
    };
    if (!m_db.transaction())
        return fail(QObject::tr("cannot start a transaction: %1").arg(errorText(m_db.lastError())));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(:key)"));
    q.bindValue(QStringLiteral(":key"), kMigrationLockKey);
    if (!q.exec())
        return fail(QObject::tr("cannot lock the schema for migration: %1").arg(errorText(q.lastError())));

    // Under the lock, the state as it is now (another migrator may have finished in the meantime).
    QList<Applied> applied;
    QString error;
    if (!readApplied(&applied, &error))
        return fail(error);
    const Result numbered = verify(applied, true);
    if (!numbered.ok)
        return fail(numbered.error);
    Recorded recorded;
    if (!readRecorded(&recorded, &error))
        return fail(error);
    if (!recorded.exists) {
        if (m_repeatables.isEmpty()) {
            m_db.rollback();
            return true;
        }
        return fail(QObject::tr("cs.schema_repeatables does not exist: the numbered migrations of this client "
                                "do not create the bookkeeping of the SQL function files"));
    }
    QStringList differences;
    QString why;
    const RepeatableState state = repeatableState(applied, recorded, &differences, &why);
    if (state == RepeatableState::Current && !m_forceRepeatables) {
        m_db.rollback();
        return true;
    }
    if (state == RepeatableState::ReplacedByNewer && !m_forceRepeatables)
        return fail(QObject::tr("%1. Update this client, or run 'cleanstation-admin migrate --force-functions' "
                                "to put this client's functions back on purpose")
                        .arg(why));

    // Bodies are not checked while the files run, so that a function may refer to one defined in a
    // later file; all of them are validated below, once everything exists.
    if (!q.exec(QStringLiteral("SET LOCAL client_min_messages = warning; SET LOCAL check_function_bodies = off")))
        return fail(errorText(q.lastError()));
    for (const Repeatable& f : std::as_const(m_repeatables)) {
        if (!execScript(q, f.sql, &error))
            return fail(QObject::tr("SQL file functions/%1 failed: %2").arg(f.name, error));
        if (!q.exec(QStringLiteral("RESET ROLE; RESET search_path; SET LOCAL check_function_bodies = off")))
            return fail(errorText(q.lastError()));
    }

    // Every SQL and PL/pgSQL function of schema cs (not those of extensions), compiled now with the
    // bodies checked: a syntax error, or an SQL function calling one that no longer exists, fails here.
    struct Function
    {
        QString oid;
        QString name;
        QString validator;
    };
    QList<Function> functions;
    if (!q.exec(QStringLiteral(
            "SELECT p.oid::text, 'cs.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', "
            "CASE l.lanname WHEN 'sql' THEN 'fmgr_sql_validator' ELSE 'plpgsql_validator' END "
            "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang "
            "WHERE n.nspname = 'cs' AND l.lanname IN ('sql', 'plpgsql') "
            "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass "
            "AND d.objid = p.oid AND d.deptype = 'e') ORDER BY 2")))
        return fail(errorText(q.lastError()));
    while (q.next())
        functions.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    if (!q.exec(QStringLiteral("SET LOCAL check_function_bodies = on; SET LOCAL search_path = cs, pg_temp")))
        return fail(errorText(q.lastError()));
    for (const Function& f : std::as_const(functions)) {
        // The validator's name comes from the CASE above, not from the database's text.
        q.prepare(QStringLiteral("SELECT pg_catalog.%1(CAST(:oid AS oid))").arg(f.validator));
        q.bindValue(QStringLiteral(":oid"), f.oid);
        if (!q.exec())
            return fail(QObject::tr("after the SQL function files, function %1 does not compile: %2")
                            .arg(f.name, errorText(q.lastError())));
    }
    if (!q.exec(QStringLiteral("RESET search_path")))
        return fail(errorText(q.lastError()));

    QList<QPair<QString, QString>> mine;
    QStringList lines;
    for (const Repeatable& f : std::as_const(m_repeatables)) {
        mine.append({f.name, f.checksum});
        lines.append(f.name + u' ' + f.checksum);
    }
    QList<QPair<QString, QString>> migrations;
    for (const Applied& a : std::as_const(applied))
        migrations.append({QString::number(a.version), a.checksum});
    if (!q.exec(QStringLiteral("DELETE FROM cs.schema_repeatables")))
        return fail(QObject::tr("cannot record the SQL function files: %1").arg(errorText(q.lastError())));
    for (const Repeatable& f : std::as_const(m_repeatables)) {
        q.prepare(QStringLiteral("INSERT INTO cs.schema_repeatables (name, checksum) VALUES (:n, :c)"));
        q.bindValue(QStringLiteral(":n"), f.name);
        q.bindValue(QStringLiteral(":c"), f.checksum);
        if (!q.exec())
            return fail(QObject::tr("cannot record the SQL function files: %1").arg(errorText(q.lastError())));
    }
    q.prepare(QStringLiteral("INSERT INTO cs.schema_repeatable_runs (set_checksum, migrations_checksum, files, forced) "
                             "VALUES (:s, :m, :f, :forced)"));
    q.bindValue(QStringLiteral(":s"), listChecksum(mine));
    q.bindValue(QStringLiteral(":m"), listChecksum(migrations));
    q.bindValue(QStringLiteral(":f"), lines.join(u'\n'));
    q.bindValue(QStringLiteral(":forced"), m_forceRepeatables && state == RepeatableState::ReplacedByNewer);
    if (!q.exec())
        return fail(QObject::tr("cannot record the SQL function files: %1").arg(errorText(q.lastError())));
    if (!m_db.commit())
        return fail(QObject::tr("the SQL function files failed at commit: %1").arg(errorText(m_db.lastError())));
    for (const Repeatable& f : std::as_const(m_repeatables))
        r->repeatablesApplied.append(f.name);
    return true;
}

} // namespace cs::data
