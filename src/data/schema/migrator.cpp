#include "data/schema/migrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cs::data {

namespace {

// An arbitrary constant: the advisory lock key of "schema migration in progress".
constexpr qint64 kMigrationLockKey = 0x43534d4947524154; // "CSMIGRAT"

QString errorText(const QSqlError& e)
{
    return e.databaseText().isEmpty() ? e.text().trimmed() : e.databaseText().trimmed();
}

} // namespace

Migrator::Migrator(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<Migrator::Migration> Migrator::embeddedMigrations()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/sql"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QRegularExpressionMatch m = pattern.match(file);
        if (!m.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        Migration mig;
        mig.version = m.captured(1).toInt();
        mig.name = file;
        mig.sql = f.readAll();
        mig.checksum = QString::fromLatin1(QCryptographicHash::hash(mig.sql, QCryptographicHash::Sha256).toHex());
        list.append(mig);
    }
    std::sort(list.begin(), list.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return list;
}

int Migrator::latestVersion()
{
    const QList<Migration> list = embeddedMigrations();
    return list.isEmpty() ? 0 : list.constLast().version;
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

Migrator::Result Migrator::verify(const QList<Applied>& applied, bool requireLatest)
{
    Result r;
    const QList<Migration> known = embeddedMigrations();
    const int latest = known.isEmpty() ? 0 : known.constLast().version;
    QHash<int, Migration> byVersion;
    for (const Migration& m : known)
        byVersion.insert(m.version, m);
    r.version = applied.isEmpty() ? 0 : applied.constLast().version;
    if (r.version > latest) {
        r.error = QObject::tr("database schema version %1 is newer than this client (%2); update the client")
                      .arg(r.version)
                      .arg(latest);
        return r;
    }
    for (const Applied& a : applied) {
        const auto it = byVersion.constFind(a.version);
        if (it == byVersion.constEnd()) {
            r.error = QObject::tr("migration %1 (%2) recorded in the database is unknown to this client; "
                                  "the database was migrated by a different build")
                          .arg(a.version)
                          .arg(a.name);
            return r;
        }
        if (it->checksum != a.checksum) {
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
    r.ok = true;
    return r;
}

Migrator::Result Migrator::check()
{
    QList<Applied> applied;
    Result r;
    if (!readApplied(&applied, &r.error))
        return r;
    return verify(applied, true);
}

Migrator::Result Migrator::migrate()
{
    Result r;
    if (!m_db.isOpen()) {
        r.error = QObject::tr("no database connection");
        return r;
    }
    const QList<Migration> known = embeddedMigrations();
    if (known.isEmpty()) {
        r.error = QObject::tr("this client has no embedded migrations (resources missing)");
        return r;
    }

    auto fail = [&](const QString& message) {
        m_db.rollback();
        r.ok = false;
        r.error = message;
        return r;
    };

    for (const Migration& m : known) {
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
        if (!q.exec(QString::fromUtf8(m.sql)))
            return fail(QObject::tr("migration %1 failed: %2").arg(m.name, errorText(q.lastError())));
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
        r.version = m.version;
    }
    r.ok = true;
    return r;
}

} // namespace cs::data
