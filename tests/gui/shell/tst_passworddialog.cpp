// The password change dialog says which refusal it was, from the typed code of the server's answer (not
// from words in it): the current password is wrong, the new one breaks the server's rule, the server
// cannot be reached. The change runs off the GUI thread; the dialog stays open and busy until the answer.
// Also the about dialog's server version, read on the worker.
#include "data/common/session.h"
#include "testdatabase.h"
#include "ui/common/usererrortext.h"
#include "ui/shell/aboutdialog.h"
#include "ui/shell/changepassworddialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using cs::data::DbError;
using cs::test::ScratchDatabase;
using namespace cs::ui;

class TestPasswordDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void wordsForEachRefusal();
    void wrongCurrentPassword();
    void repetitionDiffers();
    void changed();
    void aboutShowsTheServerVersion();

private:
    void fill(ChangePasswordDialog& dialog, const QString& old, const QString& fresh, const QString& repeat);

    std::unique_ptr<ScratchDatabase> m_db;
    ScratchDatabase::Person m_person;
    std::unique_ptr<cs::data::Session> m_session;
};

void TestPasswordDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    m_person = m_db->createPerson(QStringLiteral("QCPerson"), {}, &error);
    QVERIFY2(!m_person.username.isEmpty(), qPrintable(error));
    m_session = std::make_unique<cs::data::Session>();
    QVERIFY(m_session->start(m_person.settings, QStringLiteral("test")).ok());
}

void TestPasswordDialog::cleanupTestCase()
{
    m_session.reset();
    m_db.reset();
}

void TestPasswordDialog::fill(ChangePasswordDialog& dialog, const QString& old, const QString& fresh,
                              const QString& repeat)
{
    dialog.findChild<QLineEdit*>(QStringLiteral("oldPasswordLineEdit"))->setText(old);
    dialog.findChild<QLineEdit*>(QStringLiteral("newPasswordLineEdit"))->setText(fresh);
    dialog.findChild<QLineEdit*>(QStringLiteral("repeatPasswordLineEdit"))->setText(repeat);
}

void TestPasswordDialog::wordsForEachRefusal()
{
    DbError wrong;
    wrong.kind = DbError::Kind::Refused;
    wrong.code = cs::data::Session::kWrongPassword;
    QCOMPARE(UserErrorText::words(wrong), QStringLiteral("The current password is not correct."));

    DbError weak;
    weak.kind = DbError::Kind::Refused;
    weak.code = QStringLiteral("E-PASSWORD-WEAK");
    weak.message = QStringLiteral("the password must have at least 12 characters");
    const QString weakWords = UserErrorText::words(weak);
    QVERIFY2(weakWords.contains(QStringLiteral("too weak")), qPrintable(weakWords));
    QVERIFY2(weakWords.contains(weak.message), qPrintable(weakWords));   // the server's own rule

    const DbError lost = DbError::connection(QStringLiteral("server closed the connection unexpectedly"));
    QCOMPARE(UserErrorText::words(lost), lost.userMessage());
    QVERIFY(UserErrorText::words(lost).contains(QStringLiteral("connection to the server was lost")));

    // A text that merely mentions a password is no weak password (the words come from the code).
    DbError other;
    other.kind = DbError::Kind::Refused;
    other.code = QStringLiteral("E-SIGN-STALE");
    other.message = QStringLiteral("signing needs a fresh authentication; re-enter your password to sign");
    QVERIFY(!UserErrorText::words(other).contains(QStringLiteral("too weak")));
}

void TestPasswordDialog::wrongCurrentPassword()
{
    ChangePasswordDialog dialog(m_session.get());
    dialog.show();
    QSignalSpy answered(&dialog, &ChangePasswordDialog::answered);
    fill(dialog, QStringLiteral("not-the-password-7"), QStringLiteral("New-password-123"), QStringLiteral("New-password-123"));
    dialog.accept();
    QVERIFY(dialog.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 20000);
    QCOMPARE(answered.first().first().toBool(), false);
    QVERIFY(!dialog.isBusy());
    QCOMPARE(dialog.messageText(), QStringLiteral("The current password is not correct."));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestPasswordDialog::repetitionDiffers()
{
    ChangePasswordDialog dialog(m_session.get());
    fill(dialog, m_person.password, QStringLiteral("New-password-123"), QStringLiteral("New-password-124"));
    dialog.accept();
    QVERIFY(!dialog.isBusy());   // refused before asking the server
    QCOMPARE(dialog.messageText(), QStringLiteral("The new password and its repetition differ."));
}

void TestPasswordDialog::changed()
{
    ChangePasswordDialog dialog(m_session.get());
    dialog.show();
    QSignalSpy answered(&dialog, &ChangePasswordDialog::answered);
    const QString fresh = QStringLiteral("Dialog-") + ScratchDatabase::randomSuffix(10);
    fill(dialog, m_person.password, fresh, fresh);
    dialog.accept();
    dialog.reject();   // not while the change is on its way
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 20000);
    QCOMPARE(answered.first().first().toBool(), true);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_session->workerSettings().password, fresh);
    m_person.password = fresh;
}

void TestPasswordDialog::aboutShowsTheServerVersion()
{
    AboutDialog about(m_session.get());
    QTRY_VERIFY_WITH_TIMEOUT(QRegularExpression(QStringLiteral("^\\d+(\\.\\d+)?")).match(about.serverVersionText()).hasMatch(),
                             20000);
}

QTEST_MAIN(TestPasswordDialog)
#include "tst_passworddialog.moc"
