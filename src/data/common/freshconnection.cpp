#include "data/common/freshconnection.h"

#include "data/common/scram.h"
#include "data/common/session.h"

#include <QSqlError>
#include <QSqlQuery>
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
    return wrongPassword(sqlState(db.lastError()));
}

DbError FreshConnection::wrongPassword(const QString& state)
{
    DbError e;
    e.kind = DbError::Kind::Refused;
    e.code = QStringLiteral("E-SIGN-PASSWORD");
    e.sqlState = state;
    e.message = tr("the password is not correct; nothing was signed");
    return e;
}

Result<FreshConnection::Challenge> FreshConnection::askChallenge(QSqlDatabase& db, const QString& password)
{
    // A password SASLprep would change is left to the server's own login.
    if (!scram::computableHere(password))
        return Challenge{};
    QSqlQuery q(db);
    const Result<Done> asked =
        worker::exec(q, QStringLiteral("SELECT challenge_id::text, message, salt, iterations FROM cs.signature_challenge()"));
    if (!asked) {
        if (asked.error().code == u"E-SIGN-NO-SCRAM")
            return Challenge{};
        return asked.error();
    }
    if (!q.next())
        return DbError::client(QStringLiteral("E-NO-ANSWER"), tr("The server did not answer."));
    Challenge c;
    c.id = q.value(0).toString();
    c.message = q.value(1).toString().toUtf8();
    c.salt = QByteArray::fromBase64(q.value(2).toString().toLatin1());
    c.iterations = q.value(3).toInt();
    if (c.id.isEmpty() || c.salt.isEmpty() || c.iterations < 1 || c.iterations > 10000000)
        return DbError::client(QStringLiteral("E-NO-ANSWER"), tr("The server's password check could not be read."));
    // Computed before the signing transaction opens (it takes a millisecond or so). Should it fail,
    // the password is proven by a new connection instead.
    c.proof = scram::clientProof(password, c.salt, c.iterations, c.message);
    if (c.proof.isEmpty())
        return Challenge{};
    return c;
}

Result<Done> FreshConnection::present(QSqlDatabase& db, const Challenge& challenge)
{
    QSqlQuery q(db);
    const Result<Done> presented =
        worker::exec(q, QStringLiteral("SELECT cs.present_signature_proof(CAST(:id AS uuid), :proof)"),
                     {{QStringLiteral(":id"), challenge.id},
                      {QStringLiteral(":proof"), QString::fromLatin1(challenge.proof.toBase64())}});
    if (!presented && presented.error().code == u"E-SIGN-PASSWORD")
        return wrongPassword(presented.error().sqlState);
    return presented;
}

} // namespace cs::data
