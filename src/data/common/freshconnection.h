#pragma once

// For the repositories of cs_data only (QtSql): an electronic signature is given with the password typed
// again, proven to the server in one of two ways that cs.require_fresh_authentication accepts:
// - on the person's own open connection (runOn): the server hands out a one-use challenge, the client
//   answers it with a SCRAM client proof computed from the password and the salt of the login's stored
//   verifier, and the server checks the proof against that verifier (what a new login checks) before
//   the signing call, in the same transaction. No new server process per signature.
// - on a connection opened just now with the password (run): the server accepts a backend that
//   started moments ago. The way when the login's password is not stored as SCRAM (or the password
//   needs SASLprep), and for callers without a connection of their own.

#include "data/common/connectionsettings.h"
#include "data/common/result.h"
#include "data/common/worker.h"

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

    // Proves `password` on `db` (the person's connection, in no transaction) and runs
    // sign(QSqlDatabase&) -> Result<T> on it in the same transaction, committed when it answers a
    // value. A wrong password answers E-SIGN-PASSWORD (nothing was signed). Falls back to run() when
    // the server cannot check a proof for this login.
    template<typename T, typename Fn>
    static Result<T> runOn(QSqlDatabase& db, const ConnectionSettings& settings, const QString& password, Fn sign)
    {
        const Result<Challenge> challenge = askChallenge(db, password);
        if (!challenge)
            return challenge.error();
        if (challenge.value().id.isEmpty())
            return run<T>(settings, password, sign);
        return worker::inTransaction<T>(db, [&](QSqlDatabase& tx) -> Result<T> {
            if (const Result<Done> proven = present(tx, challenge.value()); !proven)
                return proven.error();
            return sign(tx);
        });
    }

private:
    struct Challenge
    {
        QString id;            // empty: the server cannot check a proof for this login
        QByteArray message;
        QByteArray salt;
        int iterations = 0;
        QByteArray proof;      // the client proof of the typed password for `message`
    };
    static Result<Challenge> askChallenge(QSqlDatabase& db, const QString& password);
    static Result<Done> present(QSqlDatabase& db, const Challenge& challenge);
    static DbError wrongPassword(const QString& sqlState);

    // The connection's name; it may have failed to open.
    static QString open(const ConnectionSettings& settings, const QString& password);
    static DbError openError(const QSqlDatabase& db);
};

} // namespace cs::data
