#include "data/common/scram.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace cs::data::scram {

namespace {

QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// PBKDF2-HMAC-SHA-256 with one output block (32 bytes), as SCRAM-SHA-256 uses it.
QByteArray pbkdf2(const QByteArray& password, const QByteArray& salt, int iterations)
{
    QByteArray u = hmac(password, salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray result = u;
    for (int i = 1; i < iterations; ++i) {
        u = hmac(password, u);
        for (qsizetype j = 0; j < result.size(); ++j)
            result[j] = char(result.at(j) ^ u.at(j));
    }
    return result;
}

QByteArray clientKey(const QByteArray& saltedPassword)
{
    return hmac(saltedPassword, QByteArrayLiteral("Client Key"));
}

} // namespace

bool computableHere(const QString& password)
{
    for (const QChar c : password) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QString verifier(const QString& password)
{
    if (password.size() < 8 || !computableHere(password))
        return {};
    constexpr int iterations = 4096;
    QByteArray salt(16, Qt::Uninitialized);
    for (qsizetype i = 0; i < salt.size(); ++i)
        salt[i] = char(QRandomGenerator::system()->bounded(256));
    const QByteArray salted = pbkdf2(password.toUtf8(), salt, iterations);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey(salted), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

QByteArray clientProof(const QString& password, const QByteArray& salt, int iterations, const QByteArray& message)
{
    const QByteArray key = clientKey(pbkdf2(password.toUtf8(), salt, iterations));
    const QByteArray storedKey = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    const QByteArray signature = hmac(storedKey, message);
    QByteArray proof = key;
    for (qsizetype i = 0; i < proof.size(); ++i)
        proof[i] = char(key.at(i) ^ signature.at(i));
    return proof;
}

} // namespace cs::data::scram
