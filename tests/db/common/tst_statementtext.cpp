// Values written into the statement (statementtext.h) answer what Qt's prepared statements answer.
//
// worker::exec sends one statement with its values written in instead of the driver's PREPARE,
// EXECUTE and DEALLOCATE. Every value a repository binds must reach the server as the same value of
// the same type, a text that tries to end its literal must stay a text, and placeholders are found
// where Qt finds them (not inside quotes, not in a cast).
#include "data/common/statementtext.h"
#include "data/common/worker.h"
#include "testdatabase.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using cs::test::ScratchDatabase;
using namespace cs::data;

class TestStatementText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answersWhatPreparedStatementsAnswer_data();
    void answersWhatPreparedStatementsAnswer();
    void textThatTriesToEndItsLiteralStaysText();
    void placeholdersAreFoundWhereQtFindsThem();
    void unsupportedValuesAreRefusedNotWritten();

private:
    // The row of `sql` run the prepared way (QSqlQuery::prepare + bindValue), as text per column.
    QStringList prepared(const QString& sql, const QVariantMap& values);
    // The row of `sql` through worker::exec.
    QStringList written(const QString& sql, const QVariantMap& values);

    std::unique_ptr<ScratchDatabase> m_db;
    QSqlDatabase m_conn;
};

namespace {

QStringList rowOf(QSqlQuery& q)
{
    QStringList row;
    if (!q.next())
        return {QStringLiteral("<no row>")};
    for (int c = 0; c < q.record().count(); ++c)
        row << (q.isNull(c) ? QStringLiteral("<null>") : q.value(c).toString());
    return row;
}

} // namespace

void TestStatementText::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    m_db = std::make_unique<ScratchDatabase>(ScratchDatabase::Schema::Empty);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_conn = m_db->superuser();
    QString error;
    // Functions that take each type, so that the server types the value by where it stands.
    for (const char* sql : {
             "CREATE FUNCTION public.as_text(p text) RETURNS text LANGUAGE sql AS $$ SELECT 'text:' || p $$",
             "CREATE FUNCTION public.as_bigint(p bigint) RETURNS text LANGUAGE sql AS $$ SELECT 'bigint:' || p $$",
             "CREATE FUNCTION public.as_date(p date) RETURNS text LANGUAGE sql AS $$ SELECT 'date:' || p $$",
             "CREATE FUNCTION public.as_bool(p boolean) RETURNS text LANGUAGE sql AS $$ SELECT 'bool:' || p $$",
             "CREATE FUNCTION public.as_bytea(p bytea) RETURNS text LANGUAGE sql AS $$ SELECT 'bytea:' || encode(p, 'hex') $$",
             "CREATE TABLE public.kept (t text)",
         })
        QVERIFY2(ScratchDatabase::exec(m_conn, QString::fromUtf8(sql), {}, &error), qPrintable(error));
}

QStringList TestStatementText::prepared(const QString& sql, const QVariantMap& values)
{
    QSqlQuery q(m_conn);
    if (!q.prepare(sql))
        return {QStringLiteral("<error>")};
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return {QStringLiteral("<error>")};
    return rowOf(q);
}

QStringList TestStatementText::written(const QString& sql, const QVariantMap& values)
{
    QSqlQuery q(m_conn);
    if (!worker::exec(q, sql, values).ok())
        return {QStringLiteral("<error>")};
    return rowOf(q);
}

void TestStatementText::answersWhatPreparedStatementsAnswer_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantMap>("values");

    const auto one = [](const QVariant& v) { return QVariantMap{{QStringLiteral(":v"), v}}; };
    const QDateTime instant(QDate(2026, 12, 3), QTime(19, 41, 7, 123), QTimeZone(3600));
    const QByteArray bytes("\x00\x01'\\\xff" "end", 8);

    QTest::newRow("text") << "SELECT :v::text" << one(QStringLiteral("plain"));
    QTest::newRow("text unicode") << "SELECT :v::text" << one(QStringLiteral("Hôpital Sainte-Justine — Montréal 病院"));
    QTest::newRow("text quotes and backslashes") << "SELECT :v::text" << one(QStringLiteral("it's a \\ back'slash''"));
    QTest::newRow("text empty is not null") << "SELECT :v::text IS NULL, :v::text" << one(QStringLiteral(""));
    QTest::newRow("null text") << "SELECT :v::text IS NULL" << one(QString());
    QTest::newRow("invalid variant is null") << "SELECT :v::integer IS NULL" << one(QVariant());
    QTest::newRow("int to text parameter") << "SELECT public.as_text(:v)" << one(42);
    QTest::newRow("int to bigint parameter") << "SELECT public.as_bigint(:v)" << one(42);
    QTest::newRow("longlong") << "SELECT public.as_bigint(:v)" << one(qint64(-9007199254740993LL));
    QTest::newRow("double") << "SELECT :v::float8, :v::numeric" << one(0.1 + 0.2);
    QTest::newRow("double nan") << "SELECT :v::float8" << one(std::nan(""));
    QTest::newRow("bool to boolean parameter") << "SELECT public.as_bool(:v)" << one(true);
    QTest::newRow("bool to text parameter") << "SELECT public.as_text(:v)" << one(false);
    QTest::newRow("date") << "SELECT public.as_date(:v)" << one(QDate(2026, 2, 28));
    QTest::newRow("timestamp") << "SELECT :v::timestamptz = '2026-12-03 18:41:07.123+00'::timestamptz" << one(instant);
    QTest::newRow("uuid") << "SELECT CAST(:v AS uuid)" << one(QUuid::fromString(u"{6f1c2b8e-0c2a-4c53-9a0e-4f1d5b7c9e21}"));
    QTest::newRow("bytes") << "SELECT public.as_bytea(:v)" << one(bytes);
    QTest::newRow("limit") << "SELECT count(*) FROM (SELECT generate_series(1, 10) LIMIT :v) s" << one(3);
    QTest::newRow("json") << "SELECT CAST(:v AS jsonb) ->> 'a'" << one(QStringLiteral(R"({"a": "x'y"})"));
    QTest::newRow("several and repeated")
        << "SELECT :a::text || '/' || :b::text || '/' || :a::text"
        << QVariantMap{{QStringLiteral(":a"), QStringLiteral("A")}, {QStringLiteral(":b"), 7}};
}

void TestStatementText::answersWhatPreparedStatementsAnswer()
{
    QFETCH(QString, sql);
    QFETCH(QVariantMap, values);
    const QStringList expected = prepared(sql, values);
    QVERIFY2(!expected.contains(QStringLiteral("<error>")), "the prepared statement itself failed");
    QCOMPARE(written(sql, values), expected);
}

void TestStatementText::textThatTriesToEndItsLiteralStaysText()
{
    const QStringList attempts = {
        QStringLiteral("x'); DELETE FROM public.kept; --"),
        QStringLiteral("x\\'); DELETE FROM public.kept; --"),
        QStringLiteral("$$; DELETE FROM public.kept; $$"),
        QStringLiteral("'' OR true; DELETE FROM public.kept; SELECT '"),
    };
    QString error;
    QVERIFY2(ScratchDatabase::exec(m_conn, QStringLiteral("INSERT INTO public.kept VALUES ('row')"), {}, &error),
             qPrintable(error));
    for (const QString& attempt : attempts) {
        QSqlQuery q(m_conn);
        const Result<Done> done = worker::exec(q, QStringLiteral("SELECT public.as_text(:v)"), {{QStringLiteral(":v"), attempt}});
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().logText()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("text:") + attempt);
    }
    QVariant kept;
    QVERIFY2(ScratchDatabase::exec(m_conn, QStringLiteral("SELECT count(*) FROM public.kept"), {}, &error, &kept),
             qPrintable(error));
    QCOMPARE(kept.toInt(), 1);
}

void TestStatementText::placeholdersAreFoundWhereQtFindsThem()
{
    const QVariantMap values{{QStringLiteral(":v"), QStringLiteral("V")}, {QStringLiteral(":int"), 5}};
    // Inside quotes, after a cast's '::' and in a quoted identifier nothing is a placeholder.
    const QString sql = QStringLiteral("SELECT ':v' AS \":v\", :v, 5::int, :int::int, 'a'':v'");
    QCOMPARE(written(sql, values), prepared(sql, values));
    QCOMPARE(written(sql, values), (QStringList{QStringLiteral(":v"), QStringLiteral("V"), QStringLiteral("5"), QStringLiteral("5"), QStringLiteral("a':v")}));
    // A placeholder without a value is NULL, as Qt binds it.
    QCOMPARE(written(QStringLiteral("SELECT :missing::text IS NULL"), {}), (QStringList{QStringLiteral("true")}));
    // A name without its colon names the same placeholder.
    QCOMPARE(written(QStringLiteral("SELECT :v::text"), {{QStringLiteral("v"), QStringLiteral("bare")}}),
             (QStringList{QStringLiteral("bare")}));
}

void TestStatementText::unsupportedValuesAreRefusedNotWritten()
{
    const StatementText text = statementText(*m_conn.driver(), QStringLiteral("SELECT :v"),
                                             {{QStringLiteral(":v"), QStringList{QStringLiteral("a'); DROP TABLE x; --")}}});
    QVERIFY(text.sql.isEmpty());
    QVERIFY2(text.error.contains(u":v"), qPrintable(text.error));
    QSqlQuery q(m_conn);
    const Result<Done> done = worker::exec(q, QStringLiteral("SELECT :v"), {{QStringLiteral(":v"), QVariantMap{}}});
    QVERIFY(!done.ok());
    QCOMPARE(done.error().kind, DbError::Kind::Client);
}

QTEST_GUILESS_MAIN(TestStatementText)
#include "tst_statementtext.moc"
