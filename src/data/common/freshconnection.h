#pragma once

// For the repositories of cs_data only (QtSql): an electronic signature is given on a connection opened
// just now with the password typed again (cs.require_fresh_authentication accepts only a backend that
// started moments ago), used for the one signing call and closed.

#include "data/common/connectionsettings.h"
#include "data/common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace cs::data {

class FreshConnection
{
    Q_DECLARE_TR_FUNCTIONS(cs::data::FreshConnection)

public:
    // Opens a connection as `settings.user` with `password` in the calling thread, runs
    // sign(QSqlDatabase&) -> Result<T> on it and closes it. A wrong password answers E-SIGN-PASSWORD
    // (nothing was signed); another failure to connect answers the server's error.
    template<typename T, typename Fn>
    static Result<T> run(const ConnectionSettings& settings, const QString& password, Fn sign)
    {
        const QString name = open(settings, password);
        Result<T> result;
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (!db.isOpen()) {
                result = openError(db);
            } else {
                result = sign(db);
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }

private:
    // The connection's name; it may have failed to open.
    static QString open(const ConnectionSettings& settings, const QString& password);
    static DbError openError(const QSqlDatabase& db);
};

} // namespace cs::data
