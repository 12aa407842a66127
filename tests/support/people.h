#pragma once

#include "testdatabase.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

namespace cs::test {

// Runs a statement; the error ("SQLSTATE: message"), empty when it ran.
QString run(QSqlDatabase db, const QString& sql, const QVariantList& values = {}, QVariant* first = nullptr);

// A JSON object as one line, as the server functions take it.
QString compact(const QJsonObject& o);

// The people of a test written as persons of a plant: a scratch database, a person for each name the
// test uses (a role such as "Assembler", or a name of its own such as "OtherAssembler" for a second
// person of a role), one open connection each, and the database's superuser. A test class derives from
// it (after QObject) and calls makeDatabase() and addPerson() in initTestCase().
class PeopleFixture
{
protected:
    // The scratch database; false with a warning when it could not be made.
    bool makeDatabase(ScratchDatabase::Schema schema = ScratchDatabase::Schema::Migrated);
    // Creates a person in the group `role`, known to the test as `name` (the role's name by default).
    bool addPerson(const QString& role, const QString& name = {}, QString* error = nullptr);
    // A person for each role (known to the test by the role's name); false with a warning on failure.
    bool addPeople(const QStringList& roles);
    // Gives the person these initials (the forms' initials fields take 1 to 4 letters; test people
    // have longer ones). False with a warning when it fails.
    bool setInitials(const QString& name, const QString& initials);

    // The person's open connection (opened again when it was closed).
    QSqlDatabase as(const QString& name);
    // A new connection of the person (closed by the test or with the database).
    QSqlDatabase fresh(const QString& name);
    // The superuser's open connection (opened again when it was closed).
    QSqlDatabase superuser();
    // The first column of the first row of a superuser statement; a warning when it fails.
    QVariant value(const QString& sql, const QVariantList& values = {});
    // Closes every connection (their backends end); the next call opens what it needs.
    void dropConnections();

    std::unique_ptr<ScratchDatabase> m_db;
    QSqlDatabase m_super;
    QHash<QString, ScratchDatabase::Person> m_people;
    QHash<QString, QSqlDatabase> m_conn;
};

} // namespace cs::test
