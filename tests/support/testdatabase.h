#pragma once

#include "data/common/connectionsettings.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace cs::domain {
class Catalog;
}

namespace cs::test {

// A fresh, uniquely named database on the throwaway cluster whose superuser credentials are in the
// PG* variables (scripts/test.sh sets them), migrated to this client's schema. Dropped, with the
// login roles created through it, on destruction. Role names are cluster-wide, so every person gets
// a random suffix.
class ScratchDatabase
{
public:
    // Empty: the database is created but not migrated (a test that migrates it in steps).
    enum class Schema { Migrated, Empty };
    explicit ScratchDatabase(Schema schema = Schema::Migrated);
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;

    // False when the PG* variables are missing; the message says to run scripts/test.sh.
    static bool clusterAvailable(QString* why = nullptr);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString name() const { return m_name; }

    // The superuser connection settings for this database.
    data::ConnectionSettings settings() const;
    // A new, open connection with these settings (unique connection name, closed on destruction).
    QSqlDatabase connect(const data::ConnectionSettings& settings);
    // A new, open superuser connection to this database.
    QSqlDatabase superuser() { return connect(settings()); }

    struct Person
    {
        QString username;
        QString fullName;
        QString initials;
        QString password;
        data::ConnectionSettings settings;   // to log in as this person
    };
    // Creates a person (a login role in the group of `role`, e.g. "QCPerson") through cs.create_user,
    // called on `via` (an Admin's connection) or, when `via` is not open, on a superuser connection.
    // On failure returns a Person with an empty username and sets *error.
    Person createPerson(const QString& role, QSqlDatabase via = {}, QString* error = nullptr);

    // Closes every connection opened through connect() so far (their backends end).
    void closeConnections();

    // Takes over the cleanup of a login role created by a test itself (dropped on destruction).
    void adoptRole(const QString& username) { m_roles.append(username); }

    // Random lower-case letters and digits.
    static QString randomSuffix(int length = 8);

    // The catalog of orderJson()'s BOM, written through `db` (an Admin's or the superuser's connection):
    // parts P-1, P-2 and assembly ASSY-1 (kit of 3 x P-1). Returns false and *error on failure.
    static bool seedOrderCatalog(QSqlDatabase db, QString* error);
    // Fixtures for workflow tests, written through `admin` (an Admin's connection): catalog parts
    // P-1, P-2 and assembly ASSY-1 (kit of 3 x P-1), an active PreQC, FinalQC and production (CLP)
    // checklist template and an end-of-line test template. Returns false and *error on failure.
    static bool seedWorkflowFixtures(QSqlDatabase admin, QString* error);
    // The cs.submit_order argument for one build of that catalog, want date 30 days ahead.
    static QJsonObject orderJson(const QString& poNumber, const QString& buildNumber);
    // Imports the demo catalog (resources/demo/catalog) through `db` (a superuser's connection); an
    // upsert that keeps the items already there. Returns false and *error on failure.
    static bool importDemoCatalog(QSqlDatabase db, QString* error);
    // The cs.submit_order argument for one build of the demo catalog (a two-basin MDRD sink, want date
    // 30 days ahead) whose BOM is the BOM engine's, generated today with `catalog` (and its revision).
    // Empty, with *error, when the configuration does not generate.
    static QJsonObject generatedOrderJson(const domain::Catalog& catalog, const QString& poNumber,
                                          const QString& buildNumber, QString* error = nullptr);
    // Runs a statement; on failure returns false and *error = "SQLSTATE: message".
    static bool exec(QSqlDatabase db, const QString& sql, const QVariantList& values = {}, QString* error = nullptr,
                     QVariant* firstValue = nullptr);

private:
    QString m_name;
    QString m_error;
    QStringList m_connections;
    QStringList m_roles;
};

} // namespace cs::test
