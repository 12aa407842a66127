#include "data/common/freshconnection.h"

#include "data/common/session.h"

#include <QSqlError>
#include <QUuid>

namespace cs::data {

QString FreshConnection::open(const ConnectionSettings& settings, const QString& password)
{
    ConnectionSettings fresh = settings;
    fresh.password = password;
    const QString name = QStringLiteral("cs-sign-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    fresh.open(name);
    return name;
}

DbError FreshConnection::openError(const QSqlDatabase& db)
{
    if (Session::classify(db.lastError()) != LoginFailure::BadCredentials)
        return DbError::fromSql(db.lastError());
    DbError e;
    e.kind = DbError::Kind::Refused;
    e.code = QStringLiteral("E-SIGN-PASSWORD");
    e.sqlState = sqlState(db.lastError());
    e.message = tr("the password is not correct; nothing was signed");
    return e;
}

} // namespace cs::data
