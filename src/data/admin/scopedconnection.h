#pragma once

// For the admin tools of cs_data (demo seeding): a connection of its own, closed and removed when the
// scope ends.

#include "data/common/connectionsettings.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QUuid>

namespace cs::data {

class ScopedConnection
{
public:
    explicit ScopedConnection(const ConnectionSettings& settings)
        : m_name(QStringLiteral("scoped-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
    {
        m_db = settings.open(m_name);
    }
    ~ScopedConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    ScopedConnection(const ScopedConnection&) = delete;
    ScopedConnection& operator=(const ScopedConnection&) = delete;
    QSqlDatabase& db() { return m_db; }
    bool isOpen() const { return m_db.isOpen(); }
    QString error() const { return m_db.lastError().text().trimmed(); }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace cs::data
