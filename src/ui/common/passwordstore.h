#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace cs::ui {

// "Remember me" through the operating system's keychain (QtKeychain). There is deliberately no
// fallback: where no keychain is available the password is simply not remembered.
class PasswordStore final : public QObject
{
    Q_OBJECT
public:
    enum class Status { Ok, NotFound, NoKeychain, Failed };

    explicit PasswordStore(QObject* parent = nullptr);

    using ReadCallback = std::function<void(Status, const QString& password)>;
    using WriteCallback = std::function<void(Status)>;

    void read(const QString& profile, const QString& user, ReadCallback done);
    void write(const QString& profile, const QString& user, const QString& password, WriteCallback done);
    void remove(const QString& profile, const QString& user, WriteCallback done = {});

    // Set once a job reported that there is no keychain on this machine.
    static bool knownUnavailable();

    static QString serviceName();
};

} // namespace cs::ui
