#include "data/common/scram.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <openssl/evp.h>

namespace cs::data::scram {

namespace {

QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// PBKDF2-HMAC-SHA-256 with one output block (32 bytes), as SCRAM-SHA-256 uses it. OpenSSL's (the
// library libpq is built with): 4,096 rounds take about a millisecond, ten times less than the same
// rounds through QMessageAuthenticationCode, and a signature runs them while the person waits.
// Empty when OpenSSL fails (it fails only when it cannot allocate).
QByteArray pbkdf2(const QByteArray& password, const QByteArray& salt, int iterations)
{
    QByteArray out(32, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()), int(salt.size()), iterations,
                          EVP_sha256(), int(out.size()), reinterpret_cast<unsigned char*>(out.data()))
        != 1)
        return {};
    return out;
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
    if (salted.isEmpty())
        return {};
    const QByteArray storedKey = QCryptographicHash::hash(clientKey(salted), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

QByteArray clientProof(const QString& password, const QByteArray& salt, int iterations, const QByteArray& message)
{
    const QByteArray salted = pbkdf2(password.toUtf8(), salt, iterations);
    if (salted.isEmpty())
        return {};
    const QByteArray key = clientKey(salted);
    const QByteArray storedKey = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    const QByteArray signature = hmac(storedKey, message);
    QByteArray proof = key;
    for (qsizetype i = 0; i < proof.size(); ++i)
        proof[i] = char(key.at(i) ^ signature.at(i));
    return proof;
}

} // namespace cs::data::scram
