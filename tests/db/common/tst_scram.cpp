// The client's side of SCRAM-SHA-256 (data/common/scram.h): the verifier the app sends when a password is
// set, and the proof with which a person signs on their open connection. Both must be exactly what
// PostgreSQL computes, or a new password would not log in and every signature would be refused:
// - the proof of the worked example of RFC 7677 (user "user", password "pencil");
// - a verifier made here logs in, and the server stores it as sent;
// - a proof made here from a verifier the server made itself (from the clear text) satisfies the
//   server's StoredKey, as cs.present_signature_proof checks it; one from another password does not.
#include "data/common/connectionsettings.h"
#include "data/common/scram.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using cs::test::ScratchDatabase;
using namespace cs::data;

namespace {

struct StoredVerifier
{
    QByteArray salt;
    int iterations = 0;
    QByteArray storedKey;
};

// "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>", as pg_authid keeps it.
StoredVerifier parse(const QString& verifier)
{
    StoredVerifier v;
    const QStringList parts = verifier.split(u'$');
    if (parts.size() != 3 || parts.at(0) != u"SCRAM-SHA-256")
        return v;
    v.iterations = parts.at(1).section(u':', 0, 0).toInt();
    v.salt = QByteArray::fromBase64(parts.at(1).section(u':', 1).toLatin1());
    v.storedKey = QByteArray::fromBase64(parts.at(2).section(u':', 0, 0).toLatin1());
    return v;
}

// What the server checks of a proof: H(proof XOR HMAC(StoredKey, message)) = StoredKey.
bool proofHolds(const StoredVerifier& v, const QByteArray& message, const QByteArray& proof)
{
    const QByteArray signature = QMessageAuthenticationCode::hash(message, v.storedKey, QCryptographicHash::Sha256);
    if (proof.size() != signature.size())
        return false;
    QByteArray clientKey = proof;
    for (qsizetype i = 0; i < clientKey.size(); ++i)
        clientKey[i] = char(proof.at(i) ^ signature.at(i));
    return QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256) == v.storedKey;
}

} // namespace

class TestScram : public QObject
{
    Q_OBJECT

private slots:
    void proofOfTheRfcExample();
    void verifierLogsIn();
    void proofAgainstTheServersOwnVerifier();

private:
    std::unique_ptr<ScratchDatabase> m_db;
    bool cluster();
};

void TestScram::proofOfTheRfcExample()
{
    const QByteArray clientFirstBare = "n=user,r=rOprNGfwEbeRWgbNEkqO";
    const QByteArray serverFirst = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
    const QByteArray clientFinalBare = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
    const QByteArray proof = scram::clientProof(QStringLiteral("pencil"), QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ=="),
                                                4096, clientFirstBare + ',' + serverFirst + ',' + clientFinalBare);
    QCOMPARE(proof.toBase64(), QByteArray("dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="));
}

bool TestScram::cluster()
{
    if (m_db)
        return true;
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        return false;
    m_db = std::make_unique<ScratchDatabase>(ScratchDatabase::Schema::Empty);
    return m_db->isValid();
}

void TestScram::verifierLogsIn()
{
    if (!cluster())
        QSKIP("no PostgreSQL test cluster, or no scratch database on it");
    const QString role = QStringLiteral("cs_scram_") + ScratchDatabase::randomSuffix(8);
    const QString password = QStringLiteral("Tablet-42-sink");
    const QString verifier = scram::verifier(password);
    QVERIFY(verifier.startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));
    QVERIFY2(scram::verifier(QStringLiteral("short")).isEmpty(), "a password under 8 characters gets no verifier");
    QSqlDatabase su = m_db->superuser();
    QSqlQuery q(su);
    // A role name of [a-z0-9_] and a verifier of base64 and [$:]: nothing to quote.
    QVERIFY2(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, verifier)), qPrintable(q.lastError().text()));
    m_db->adoptRole(role);
    QVERIFY(q.exec(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(role)) && q.next());
    QCOMPARE(q.value(0).toString(), verifier);
    QVERIFY(q.exec(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(m_db->name(), role)));

    ConnectionSettings s = m_db->settings();
    s.user = role;
    s.password = password;
    {
        QSqlDatabase db = s.open(QStringLiteral("scram-right"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("scram-right"));
    s.password = password + QLatin1Char('x');
    {
        QSqlDatabase db = s.open(QStringLiteral("scram-wrong"));
        QVERIFY2(!db.isOpen(), "another password does not log in");
    }
    QSqlDatabase::removeDatabase(QStringLiteral("scram-wrong"));
}

void TestScram::proofAgainstTheServersOwnVerifier()
{
    if (!cluster())
        QSKIP("no PostgreSQL test cluster, or no scratch database on it");
    const QString role = QStringLiteral("cs_scram_") + ScratchDatabase::randomSuffix(8);
    QSqlDatabase su = m_db->superuser();
    QSqlQuery q(su);
    QVERIFY(q.exec(QStringLiteral("SET password_encryption = 'scram-sha-256'")));
    // The server hashes the clear text itself here (the only place a test sends one).
    QVERIFY2(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'Bench-pass-1234'").arg(role)), qPrintable(q.lastError().text()));
    m_db->adoptRole(role);
    QVERIFY(q.exec(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(role)) && q.next());
    const StoredVerifier v = parse(q.value(0).toString());
    QCOMPARE(v.iterations, 4096);
    QCOMPARE(v.salt.size(), 16);
    QCOMPARE(v.storedKey.size(), 32);

    const QByteArray message = "cs-signature,challenge=3f1e,user=" + role.toLatin1();
    QVERIFY(proofHolds(v, message, scram::clientProof(QStringLiteral("Bench-pass-1234"), v.salt, v.iterations, message)));
    QVERIFY(!proofHolds(v, message, scram::clientProof(QStringLiteral("Bench-pass-1235"), v.salt, v.iterations, message)));
    QVERIFY(!proofHolds(v, message + 'x', scram::clientProof(QStringLiteral("Bench-pass-1234"), v.salt, v.iterations, message)));
}

QTEST_GUILESS_MAIN(TestScram)
#include "tst_scram.moc"
