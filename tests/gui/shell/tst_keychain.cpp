// "Remember me" through QtKeychain.
//  - Against a real secret service: the test runs itself again (--inner) under dbus-run-session with
//    a gnome-keyring-daemon unlocked in a private data directory; there PasswordStore stores, reads
//    back and deletes a password (checked with secret-tool too), and a login with "remember me"
//    ticked fills the password in the next login dialog.
//  - Without a keychain (no D-Bus session at all): the login dialog says so once, in words, and
//    disables "remember me"; the password is found nowhere in the settings, the log or the app's
//    files after a login.
#include "data/common/session.h"
#include "shelllogin.h"
#include "testdatabase.h"
#include "ui/common/appsettings.h"
#include "ui/common/logging.h"
#include "ui/shell/logindialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/common/passwordstore.h"
#include "ui/shell/shell.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using cs::test::ScratchDatabase;
using namespace cs::ui;
using cs::test::logIn;

namespace {

struct Outcome
{
    bool done = false;
    PasswordStore::Status status = PasswordStore::Status::Failed;
    QString password;
};

Outcome writePassword(PasswordStore& store, const QString& profile, const QString& user,
                      const QString& password)
{
    auto out = std::make_shared<Outcome>();
    store.write(profile, user, password, [out](PasswordStore::Status s) {
        out->status = s;
        out->done = true;
    });
    if (!QTest::qWaitFor([&] { return out->done; }, 30000))
        qWarning("the keychain did not answer");
    return *out;
}

Outcome readPassword(PasswordStore& store, const QString& profile, const QString& user)
{
    auto out = std::make_shared<Outcome>();
    store.read(profile, user, [out](PasswordStore::Status s, const QString& p) {
        out->status = s;
        out->password = p;
        out->done = true;
    });
    if (!QTest::qWaitFor([&] { return out->done; }, 30000))
        qWarning("the keychain did not answer");
    return *out;
}

Outcome removePassword(PasswordStore& store, const QString& profile, const QString& user)
{
    auto out = std::make_shared<Outcome>();
    store.remove(profile, user, [out](PasswordStore::Status s) {
        out->status = s;
        out->done = true;
    });
    if (!QTest::qWaitFor([&] { return out->done; }, 30000))
        qWarning("the keychain did not answer");
    return *out;
}

// Files under `dir` whose bytes contain `secret`.
QStringList filesContaining(const QString& dir, const QString& secret)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(secret.toUtf8()))
            hits << f.fileName();
    }
    return hits;
}

// The secret as the secret service itself holds it (QtKeychain's libsecret attributes).
QString secretToolLookup(const QString& key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                            PasswordStore::serviceName(), QStringLiteral("user"), key});
    if (!p.waitForFinished(30000))
        return QStringLiteral("<secret-tool did not finish>");
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}


} // namespace

// Runs inside dbus-run-session with gnome-keyring-daemon: the real secret service.
class TestKeychainInner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeReadBackDelete();
    void loginRemembersInKeychain();

private:
    QTemporaryDir m_home;
};

void TestKeychainInner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_home.path().toLocal8Bit());
    QSettings().clear();
    initLogging(m_home.path() + QStringLiteral("/logs"));
}

void TestKeychainInner::storeReadBackDelete()
{
    PasswordStore store;
    const QString profile = QStringLiteral("Plant A");
    const QString user = QStringLiteral("kc_") + ScratchDatabase::randomSuffix(6);
    const QString password = QStringLiteral("Pw-") + ScratchDatabase::randomSuffix(16);

    QCOMPARE(int(readPassword(store, profile, user).status), int(PasswordStore::Status::NotFound));
    QCOMPARE(int(writePassword(store, profile, user, password).status), int(PasswordStore::Status::Ok));
    const Outcome read = readPassword(store, profile, user);
    QCOMPARE(int(read.status), int(PasswordStore::Status::Ok));
    QCOMPARE(read.password, password);
    QVERIFY(!PasswordStore::knownUnavailable());
    // The secret service itself holds it (not some file of ours).
    QCOMPARE(secretToolLookup(profile + u'/' + user), password);
    QVERIFY(filesContaining(m_home.path(), password).isEmpty());

    QCOMPARE(int(removePassword(store, profile, user).status), int(PasswordStore::Status::Ok));
    QCOMPARE(int(readPassword(store, profile, user).status), int(PasswordStore::Status::NotFound));
    QCOMPARE(secretToolLookup(profile + u'/' + user), QString());
}

void TestKeychainInner::loginRemembersInKeychain()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    ScratchDatabase db;
    QString error;
    const ScratchDatabase::Person qc = cs::test::shellPerson(db, QStringLiteral("QCPerson"), &error);
    QVERIFY2(!qc.username.isEmpty(), qPrintable(error));
    {
        Shell shell;
        shell.start();
        QVERIFY(shell.loginDialog()->findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"))->isEnabled());
        QVERIFY(logIn(shell, qc.username, qc.password, true));
        // The keychain write is asynchronous; it lands in the secret service.
        QTRY_COMPARE_WITH_TIMEOUT(secretToolLookup(QStringLiteral("Local demo/") + qc.username), qc.password,
                                  30000);
        shell.logout();
        // The next login dialog fills the password from the keychain.
        QVERIFY(shell.loginDialog());
        auto* password = shell.loginDialog()->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
        QTRY_COMPARE_WITH_TIMEOUT(password->text(), qc.password, 30000);
        QVERIFY(shell.loginDialog()->findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"))->isChecked());
        // Unticking "remember me" on the next login removes it from the keychain.
        QVERIFY(logIn(shell, qc.username, qc.password, false));
        QTRY_COMPARE_WITH_TIMEOUT(secretToolLookup(QStringLiteral("Local demo/") + qc.username), QString(),
                                  30000);
    }
    QSettings().sync();
    QVERIFY2(filesContaining(m_home.path(), qc.password).isEmpty(),
             qPrintable(filesContaining(m_home.path(), qc.password).join(u' ')));
}

// The outer test: no keychain here; the real one runs in a child process.
class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noKeychainSaysSoOnce();
    void noKeychainNothingInPlainText();
    void realSecretService();

private:
    QTemporaryDir m_home;
};

void TestKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_home.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toLocal8Bit());
    QSettings().clear();
    initLogging(m_home.path() + QStringLiteral("/logs"));
}

void TestKeychain::noKeychainSaysSoOnce()
{
    QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    cs::data::Session session;
    PasswordStore store;
    LoginDialog dialog(&session, &store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* remember = dialog.findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"));
    auto* label = dialog.findChild<QLabel*>(QStringLiteral("keychainLabel"));
    QVERIFY(remember && label);
    QVERIFY(remember->isEnabled());
    QVERIFY(!label->isVisible());

    // Ticking "remember me" asks the keychain at once: there is none.
    remember->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 30000);
    QVERIFY(!remember->isEnabled());
    QVERIFY(!remember->isChecked());
    QVERIFY(PasswordStore::knownUnavailable());
    const QString expected =
        QStringLiteral("This computer has no password keychain, so CleanStation cannot remember "
                       "passwords here. Type your password each time.");
    QCOMPARE(label->text(), expected);

    // Said once: one line in the dialog, no message box, and choosing another user does not repeat it.
    dialog.setUserName(QStringLiteral("someone.else"));
    QTest::qWait(200);
    int shown = 0;
    for (QLabel* l : dialog.findChildren<QLabel*>()) {
        if (l->isVisible() && l->text() == expected)
            ++shown;
    }
    QCOMPARE(shown, 1);
    for (QWidget* w : QApplication::topLevelWidgets())
        QVERIFY2(!qobject_cast<QMessageBox*>(w) || !w->isVisible(), "a message box popped up");
    QVERIFY(!remember->isEnabled());

    // A new login dialog knows it from the start.
    LoginDialog second(&session, &store);
    second.show();
    QVERIFY(second.findChild<QLabel*>(QStringLiteral("keychainLabel"))->isVisible());
    QVERIFY(!second.findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"))->isEnabled());

    // And the store itself refuses, without a fallback.
    const QString secret = QStringLiteral("NoFallback-") + ScratchDatabase::randomSuffix(12);
    QCOMPARE(int(writePassword(store, QStringLiteral("p"), QStringLiteral("u"), secret).status),
             int(PasswordStore::Status::NoKeychain));
    QSettings().sync();
    QVERIFY(filesContaining(m_home.path(), secret).isEmpty());
}

void TestKeychain::noKeychainNothingInPlainText()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    ScratchDatabase db;
    QString error;
    const ScratchDatabase::Person person = cs::test::shellPerson(db, QStringLiteral("Assembler"), &error);
    QVERIFY2(!person.username.isEmpty(), qPrintable(error));
    {
        Shell shell;
        shell.start();
        QVERIFY(logIn(shell, person.username, person.password, true));
        QVERIFY(!AppSettings::rememberPassword(QStringLiteral("Local demo"), person.username));
        shell.logout();
        QVERIFY(shell.loginDialog());
        QCOMPARE(shell.loginDialog()->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->text(),
                 QString());
    }
    QSettings().sync();
    const QString settingsFile = QSettings().fileName();
    QVERIFY2(QFile::exists(settingsFile), qPrintable(settingsFile));
    QFile settings(settingsFile);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray settingsBytes = settings.readAll();
    QVERIFY(settingsBytes.contains(person.username.toUtf8())); // the right file: it names the user
    QVERIFY(!settingsBytes.contains(person.password.toUtf8()));
    QFile log(logFilePath());
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logBytes = log.readAll();
    QVERIFY(logBytes.contains(person.username.toUtf8()));
    QVERIFY(!logBytes.contains(person.password.toUtf8()));
    QVERIFY2(filesContaining(m_home.path(), person.password).isEmpty(),
             qPrintable(filesContaining(m_home.path(), person.password).join(u' ')));
}

void TestKeychain::realSecretService()
{
    const QString runSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (runSession.isEmpty() || daemon.isEmpty() || secretTool.isEmpty())
        QSKIP("dbus-run-session, gnome-keyring-daemon and secret-tool are needed (scripts/deps.sh --tests)");
    QTemporaryDir keyringHome;
    QVERIFY(keyringHome.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A private keyring: gnome-keyring keeps its files under XDG_DATA_HOME/keyrings.
    env.insert(QStringLiteral("HOME"), keyringHome.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), keyringHome.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), keyringHome.path() + QStringLiteral("/run"));
    env.insert(QStringLiteral("XDG_CURRENT_DESKTOP"), QStringLiteral("GNOME"));
    QDir().mkpath(keyringHome.path() + QStringLiteral("/run"));
    QFile::setPermissions(keyringHome.path() + QStringLiteral("/run"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(runSession,
            {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral(
                 "printf test | \"$1\" --unlock --components=secrets >/dev/null && exec \"$2\" --inner"),
             QStringLiteral("sh"), daemon, QCoreApplication::applicationFilePath()});
    QVERIFY(p.waitForStarted());
    QVERIFY2(p.waitForFinished(300000), "the keychain test under dbus-run-session did not finish");
    const QString output = QString::fromLocal8Bit(p.readAll());
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("PASS   : TestKeychainInner::storeReadBackDelete()")),
             qPrintable(output));
}

int main(int argc, char** argv)
{
    bool inner = false;
    for (int i = 0; i < argc; ++i) {
        if (qstrcmp(argv[i], "--inner") == 0)
            inner = true;
    }
    std::vector<char*> rest;
    for (int i = 0; i < argc; ++i) {
        if (qstrcmp(argv[i], "--inner") != 0)
            rest.push_back(argv[i]);
    }
    int restCount = int(rest.size());
    if (!inner) {
        // No keychain: no D-Bus session to find one on (no address, no runtime bus socket, no X11).
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        static QTemporaryDir runtime;
        qputenv("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
    }
    QApplication app(restCount, rest.data());
    if (inner) {
        TestKeychainInner test;
        return QTest::qExec(&test, restCount, rest.data());
    }
    TestKeychain test;
    return QTest::qExec(&test, restCount, rest.data());
}

#include "tst_keychain.moc"
