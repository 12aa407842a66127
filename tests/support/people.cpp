#include "people.h"

#include <QJsonDocument>

namespace cs::test {

QString run(QSqlDatabase db, const QString& sql, const QVariantList& values, QVariant* first)
{
    QString error;
    ScratchDatabase::exec(db, sql, values, &error, first);
    return error;
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool PeopleFixture::makeDatabase(ScratchDatabase::Schema schema)
{
    m_db = std::make_unique<ScratchDatabase>(schema);
    if (!m_db->isValid()) {
        qWarning("scratch database: %s", qPrintable(m_db->error()));
        return false;
    }
    m_super = m_db->superuser();
    return true;
}

bool PeopleFixture::addPerson(const QString& role, const QString& name, QString* error)
{
    QString why;
    const ScratchDatabase::Person person = m_db->createPerson(role, {}, &why);
    if (person.username.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    m_people.insert(name.isEmpty() ? role : name, person);
    return true;
}

bool PeopleFixture::addPeople(const QStringList& roles)
{
    for (const QString& role : roles) {
        if (QString error; !addPerson(role, {}, &error)) {
            qWarning("person of role %s: %s", qPrintable(role), qPrintable(error));
            return false;
        }
    }
    return true;
}

bool PeopleFixture::setInitials(const QString& name, const QString& initials)
{
    if (const QString error = run(superuser(), QStringLiteral("UPDATE cs.users SET initials = ? WHERE username = ?"),
                                  {initials, m_people.value(name).username});
        !error.isEmpty()) {
        qWarning("initials of %s: %s", qPrintable(name), qPrintable(error));
        return false;
    }
    m_people[name].initials = initials;
    return true;
}

QSqlDatabase PeopleFixture::as(const QString& name)
{
    if (!m_conn.contains(name) || !m_conn.value(name).isOpen())
        m_conn.insert(name, m_db->connect(m_people.value(name).settings));
    return m_conn.value(name);
}

QSqlDatabase PeopleFixture::fresh(const QString& name)
{
    return m_db->connect(m_people.value(name).settings);
}

QSqlDatabase PeopleFixture::superuser()
{
    if (!m_super.isOpen())
        m_super = m_db->superuser();
    return m_super;
}

QVariant PeopleFixture::value(const QString& sql, const QVariantList& values)
{
    QVariant v;
    if (const QString error = run(superuser(), sql, values, &v); !error.isEmpty())
        qWarning("%s: %s", qPrintable(sql), qPrintable(error));
    return v;
}

void PeopleFixture::dropConnections()
{
    m_super = QSqlDatabase();
    m_conn.clear();
    m_db->closeConnections();
}

} // namespace cs::test
