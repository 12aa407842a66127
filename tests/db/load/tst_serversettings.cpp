// The server settings that 500 people need and that scripts/pg.sh gives every cluster it starts (the
// tests', the demo's, the benchmark's), as the README's plant set-up lists them: room for the connections,
// a bound on temporary files, lock waits in the log, shared memory in huge pages when the host reserved
// them, libraries every backend needs loaded once, no JIT compilation, and the backends' own memory from
// glibc's malloc in transparent huge pages. Read from the running server (its settings, and the environment its backends
// inherited), so a change of the script that drops one fails here rather than only in a benchmark's
// figures.
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using cs::test::ScratchDatabase;

class TestServerSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString why;
        if (!ScratchDatabase::clusterAvailable(&why))
            QSKIP(qPrintable(why));
        // Settings only: no schema needed.
        m_db = std::make_unique<ScratchDatabase>(ScratchDatabase::Schema::Empty);
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        m_su = m_db->superuser();
        QVERIFY2(m_su.isOpen(), qPrintable(m_su.lastError().text()));
    }

    void cleanupTestCase()
    {
        m_su = QSqlDatabase();
        m_db.reset();
    }

    void thePlantSettings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("connections") << QStringLiteral("max_connections") << QStringLiteral("1600");
        QTest::newRow("reserved for maintenance") << QStringLiteral("superuser_reserved_connections")
                                                  << QStringLiteral("5");
        QTest::newRow("temporary files") << QStringLiteral("temp_file_limit") << QStringLiteral("1GB");
        QTest::newRow("lock waits logged") << QStringLiteral("log_lock_waits") << QStringLiteral("on");
        QTest::newRow("huge pages when reserved") << QStringLiteral("huge_pages") << QStringLiteral("try");
        // Interactive queries are not compiled (a compile cost a call 100-300 ms of processor time).
        QTest::newRow("no JIT") << QStringLiteral("jit") << QStringLiteral("off");
        QTest::newRow("passwords") << QStringLiteral("password_encryption") << QStringLiteral("scram-sha-256");
        // passwordcheck for the passwords people set themselves; the two languages' libraries loaded once
        // by the server rather than by every new backend.
        QTest::newRow("preloaded") << QStringLiteral("shared_preload_libraries")
                                   << QStringLiteral("passwordcheck,plpgsql,pg_trgm");
    }

    void thePlantSettings()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QSqlQuery q(m_su);
        QVERIFY2(q.exec(QStringLiteral("SELECT current_setting('%1')").arg(name)) && q.next(),
                 qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toString(), expected);
    }

    void backendsMallocInHugePages()
    {
        // The backends inherit the postmaster's environment (their own /proc entry no longer shows it: a
        // backend writes its process title over that memory). The server runs on this machine (the tests
        // start it), so the superuser can read the postmaster's.
        QSqlQuery q(m_su);
        QVERIFY2(q.exec(QStringLiteral("SELECT pg_read_binary_file('/proc/' || split_part(pg_read_file('postmaster.pid'), "
                                       "E'\\n', 1) || '/environ')"))
                     && q.next(),
                 qPrintable(q.lastError().text()));
        const QList<QByteArray> environment = q.value(0).toByteArray().split('\0');
        QByteArray tunables;
        for (const QByteArray& entry : environment) {
            if (entry.startsWith("GLIBC_TUNABLES="))
                tunables = entry.mid(int(qstrlen("GLIBC_TUNABLES=")));
        }
        QVERIFY2(!environment.isEmpty() && environment.first().contains('='),
                 "the server's environment could not be read");
        QVERIFY2(tunables.split(':').contains("glibc.malloc.hugetlb=1"),
                 qPrintable(QStringLiteral("the server was started without glibc.malloc.hugetlb=1 (GLIBC_TUNABLES "
                                           "'%1'); start it with scripts/pg.sh")
                                .arg(QString::fromLatin1(tunables))));
    }

private:
    std::unique_ptr<ScratchDatabase> m_db;
    QSqlDatabase m_su;
};

QTEST_GUILESS_MAIN(TestServerSettings)
#include "tst_serversettings.moc"
