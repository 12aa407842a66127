#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cs::data {

// Applies the migrations embedded at ":/sql/NNNN_name.sql" in order, each in its own transaction,
// and records them in cs.schema_migrations (version, name, sha256 checksum, applied_at, applied_by).
// Running it again is a no-op. It refuses a database whose applied migrations were edited (checksum
// differs) or whose schema is newer than this client. Concurrent migrators are serialized with a
// transaction-level advisory lock. migrate() needs a superuser connection (it creates roles).
class Migrator
{
public:
    struct Result
    {
        bool ok = false;
        QString error;          // for people: what is wrong and what to do
        QStringList applied;    // file names applied by this call
        int version = 0;        // the database's schema version afterwards
    };

    struct Migration
    {
        int version = 0;
        QString name;           // file name, e.g. "0001_roles_and_schema.sql"
        QByteArray sql;
        QString checksum;       // sha256 hex of the file bytes
    };

    explicit Migrator(QSqlDatabase db);

    Result migrate();
    // Verify only: the database is at this client's version and no applied migration was edited.
    Result check();

    static int latestVersion();
    static QList<Migration> embeddedMigrations();

private:
    struct Applied
    {
        int version = 0;
        QString name;
        QString checksum;
    };
    bool readApplied(QList<Applied>* applied, QString* error);
    Result verify(const QList<Applied>& applied, bool requireLatest);

    QSqlDatabase m_db;
};

} // namespace cs::data
