#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cs::data {

// Brings a database to this client's schema. Two kinds of SQL files are embedded (resources/sql):
//
// Numbered migrations, ":/sql/NNNN_name.sql": tables, types, indexes, constraints, triggers and data
// changes. Each is applied once, in version order, in its own transaction, and recorded in
// cs.schema_migrations (version, name, sha256 checksum, applied_at, applied_by). A migration is never
// edited once a database may have applied it: a recorded checksum that differs from the file's is
// refused, unless it is one of the historic texts listed by historicChecksums(). A database whose
// schema is newer than this client is refused too.
//
// Repeatable files, ":/sql/functions/NN_area.sql": functions, trigger functions, views, row level
// security policies and grants, in their current form (CREATE OR REPLACE). After the numbered
// migrations, when the files differ from those recorded in cs.schema_repeatables (name and checksum)
// or a numbered migration was applied after they were last applied, ALL of them are applied again in
// one transaction, in name order, with check_function_bodies off (a function may call one of a later
// file); every SQL and PL/pgSQL function of schema cs is then validated with the bodies checked, so a
// broken body still fails the migration. Each application is logged in cs.schema_repeatable_runs.
// A set of files that was applied before and then replaced by another (a newer client's) is not
// applied again unless forced (setForceRepeatables): an old admin tool must not put old functions back
// over a security fix.
//
// Concurrent migrators are serialized with a transaction-level advisory lock. migrate() needs a
// superuser connection (it creates roles); check() only reads the bookkeeping tables, which every app
// role may read, and runs at every login.
class Migrator
{
public:
    struct Result
    {
        bool ok = false;
        QString error;                   // for people: what is wrong and what to do
        QStringList applied;             // numbered migration files applied by this call
        QStringList repeatablesApplied;  // repeatable files applied by this call (all of them, or none)
        int version = 0;                 // the database's schema version afterwards
        int repeatableCount = 0;         // repeatable files of this client
        QStringList repeatableDifferences; // check(): one line per file that differs ("40_orders.sql: changed")
    };

    struct Migration
    {
        int version = 0;
        QString name;           // file name, e.g. "0001_roles_and_schema.sql"
        QByteArray sql;
        QString checksum;       // sha256 hex of the file bytes

        // A migration from its file name (NNNN_name.sql) and text; version 0 when the name does not fit.
        static Migration fromText(const QString& name, const QByteArray& sql);
    };

    struct Repeatable
    {
        QString name;           // file name inside resources/sql/functions, e.g. "40_orders.sql"
        QByteArray sql;
        QString checksum;       // sha256 hex of the file bytes

        static Repeatable fromText(const QString& name, const QByteArray& sql);
    };

    // The files embedded in this client.
    explicit Migrator(QSqlDatabase db);
    // Given files (tests, and tools that bring a database to an older state): migrations in any order
    // (sorted by version), repeatables applied in name order.
    Migrator(QSqlDatabase db, QList<Migration> migrations, QList<Repeatable> repeatables);

    // Apply the repeatable files even when the database holds a set that replaced this one (going back
    // to an older client's functions on purpose). The run is logged as forced.
    void setForceRepeatables(bool force) { m_forceRepeatables = force; }

    Result migrate();
    // Verify only: every migration of this client is applied unedited, none is unknown, and the
    // repeatable files recorded are this client's and were applied after the last migration.
    Result check();

    static int latestVersion();
    static QList<Migration> embeddedMigrations();
    static QList<Repeatable> embeddedRepeatables();
    // Checksums of earlier texts of a migration that databases may have applied and that are accepted
    // in place of the current text (see the list in migrator.cpp for why each is there).
    static QStringList historicChecksums(int version);

private:
    struct Applied
    {
        int version = 0;
        QString name;
        QString checksum;
    };
    struct Recorded
    {
        bool exists = false;            // cs.schema_repeatables exists
        QList<QPair<QString, QString>> files; // name, checksum; name order
        bool hasRun = false;
        QString lastMigrations;         // migrations checksum of the last run
        bool lastForced = false;
        bool clientSetSeenBefore = false; // this client's set was applied at some time
    };
    enum class RepeatableState { Current, Due, ReplacedByNewer };

    bool readApplied(QList<Applied>* applied, QString* error);
    bool readRecorded(Recorded* recorded, QString* error);
    Result verify(const QList<Applied>& applied, bool requireLatest);
    RepeatableState repeatableState(const QList<Applied>& applied, const Recorded& recorded,
                                    QStringList* differences, QString* why) const;
    Result migrateOnce();
    bool applyRepeatables(Result* r);

    QSqlDatabase m_db;
    QList<Migration> m_migrations;
    QList<Repeatable> m_repeatables;
    bool m_forceRepeatables = false;
};

} // namespace cs::data
