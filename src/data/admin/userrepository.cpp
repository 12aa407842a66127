#include "data/admin/userrepository.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cs::data {

namespace {

// The server's primary message ("E-INITIALS-UNIQUE: ..."), without "ERROR:", DETAIL and CONTEXT.
QString serverMessage(const QSqlError& e)
{
    QString text = e.databaseText().trimmed();
    if (text.isEmpty())
        return e.text().trimmed();
    if (text.startsWith(QStringLiteral("ERROR:")))
        text = text.mid(6).trimmed();
    return text.section(u'\n', 0, 0).trimmed();
}

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

} // namespace

UserRepository::UserRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString UserRepository::scramVerifier(const QString& password)
{
    if (password.size() < 8)
        return {};
    for (const QChar c : password) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return {};
    }
    constexpr int iterations = 4096;
    QByteArray salt(16, Qt::Uninitialized);
    for (qsizetype i = 0; i < salt.size(); ++i)
        salt[i] = char(QRandomGenerator::system()->bounded(256));
    const QByteArray salted = pbkdf2(password.toUtf8(), salt, iterations);
    const QByteArray clientKey = hmac(salted, QByteArrayLiteral("Client Key"));
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

QString UserRepository::createUser(const User& user, const QString& password, QString* error)
{
    const QString verifier = scramVerifier(password);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT cs.create_user(:username, :fullname, :initials, :role, :password, :email)"));
    q.bindValue(QStringLiteral(":username"), user.username);
    q.bindValue(QStringLiteral(":fullname"), user.fullName);
    q.bindValue(QStringLiteral(":initials"), user.initials);
    q.bindValue(QStringLiteral(":role"), user.role);
    q.bindValue(QStringLiteral(":password"), verifier.isEmpty() ? password : verifier);
    q.bindValue(QStringLiteral(":email"), user.email.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(user.email));
    if (!q.exec() || !q.next()) {
        if (error)
            *error = serverMessage(q.lastError());
        return {};
    }
    return q.value(0).toString();
}

bool UserRepository::setActive(const QString& username, bool active, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT cs.set_user_active(:username, :active)"));
    q.bindValue(QStringLiteral(":username"), username);
    q.bindValue(QStringLiteral(":active"), active);
    if (!q.exec()) {
        if (error)
            *error = serverMessage(q.lastError());
        return false;
    }
    return true;
}

bool UserRepository::resetPassword(const QString& username, const QString& password, QString* error)
{
    const QString verifier = scramVerifier(password);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT cs.reset_password(:username, :password)"));
    q.bindValue(QStringLiteral(":username"), username);
    q.bindValue(QStringLiteral(":password"), verifier.isEmpty() ? password : verifier);
    if (!q.exec()) {
        if (error)
            *error = serverMessage(q.lastError());
        return false;
    }
    return true;
}

bool UserRepository::changeRole(const QString& username, const QString& role, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT cs.change_role(:username, :role)"));
    q.bindValue(QStringLiteral(":username"), username);
    q.bindValue(QStringLiteral(":role"), role);
    if (!q.exec()) {
        if (error)
            *error = serverMessage(q.lastError());
        return false;
    }
    return true;
}

QList<UserRepository::User> UserRepository::list(QString* error)
{
    QList<User> users;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT user_id, username, full_name, initials, role::text, coalesce(email, ''), is_active "
                               "FROM cs.users ORDER BY username"))) {
        if (error)
            *error = serverMessage(q.lastError());
        return users;
    }
    while (q.next()) {
        users.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(), q.value(5).toString(), q.value(6).toBool()});
    }
    return users;
}

} // namespace cs::data
