// A statement whose answer reaches the client before its transaction fails at COMMIT.
//
// In autocommit, PostgreSQL sends a function's result row as soon as the function returns, then
// commits; what fails at the commit (a deferred constraint or constraint trigger, the lock of a
// NOTIFY that times out, a serialization failure) arrives after the row. A client that takes the
// first row as the answer acknowledges a write that was rolled back: a person is told "approved"
// and the approval is gone. The load benchmark met exactly that (an approval whose commit hit the
// lock timeout). worker::exec must answer the error, and nothing may be stored.
#include "data/common/worker.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using cs::test::ScratchDatabase;
using namespace cs::data;

class TestCommitFailure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failureAtCommitIsAnError();
    void successStillAnswersItsRow();

private:
    std::unique_ptr<ScratchDatabase> m_db;
};

void TestCommitFailure::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    m_db = std::make_unique<ScratchDatabase>(ScratchDatabase::Schema::Empty);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QSqlDatabase su = m_db->superuser();
    QString error;
    // A row whose value 13 is refused by a constraint checked at commit, and a function that inserts
    // a row and answers at once.
    for (const char* sql : {
             "CREATE TABLE public.written (v integer NOT NULL)",
             "CREATE FUNCTION public.refuse_13() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
             "IF NEW.v = 13 THEN RAISE EXCEPTION 'E-AT-COMMIT: 13 is refused at commit'; END IF; RETURN NULL; END $$",
             "CREATE CONSTRAINT TRIGGER refuse_13 AFTER INSERT ON public.written DEFERRABLE INITIALLY DEFERRED "
             "FOR EACH ROW EXECUTE FUNCTION public.refuse_13()",
             "CREATE FUNCTION public.write(p integer) RETURNS integer LANGUAGE sql AS "
             "$$ INSERT INTO public.written VALUES (p) RETURNING v $$",
         })
        QVERIFY2(ScratchDatabase::exec(su, QString::fromUtf8(sql), {}, &error), qPrintable(error));
}

void TestCommitFailure::failureAtCommitIsAnError()
{
    QSqlDatabase db = m_db->superuser();
    QSqlQuery q(db);
    const Result<Done> done = worker::exec(q, QStringLiteral("SELECT public.write(:v)"), {{QStringLiteral(":v"), 13}});
    QVERIFY2(!done.ok(), "a statement rolled back at commit was answered as done");
    QVERIFY2(done.error().message.contains(u"E-AT-COMMIT") || done.error().code == u"E-AT-COMMIT",
             qPrintable(done.error().logText()));
    QVERIFY(!q.next());
    QVariant stored;
    QString error;
    QVERIFY2(ScratchDatabase::exec(m_db->superuser(), QStringLiteral("SELECT count(*) FROM public.written WHERE v = 13"),
                                   {}, &error, &stored),
             qPrintable(error));
    QCOMPARE(stored.toInt(), 0);
}

void TestCommitFailure::successStillAnswersItsRow()
{
    QSqlDatabase db = m_db->superuser();
    QSqlQuery q(db);
    const Result<Done> done = worker::exec(q, QStringLiteral("SELECT public.write(:v)"), {{QStringLiteral(":v"), 7}});
    QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().logText()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 7);
    QVERIFY(!q.next());
}

QTEST_GUILESS_MAIN(TestCommitFailure)
#include "tst_commitfailure.moc"
