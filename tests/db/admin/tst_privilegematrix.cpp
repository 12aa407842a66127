// The generated privilege test (issue 11): every function of schema cs and every table, view, sequence
// and column, for each of the six app groups, compared with the reviewed list in privileges.json beside
// this file. A function, table or grant that is not in the list, or a listed one that is gone or
// differs, fails the test: nothing new can reach people unreviewed.
//
// The list is checked two ways: PostgreSQL's own answer (has_*_privilege, per group, PUBLIC included)
// is compared with the file, and every function is called and every table read and written, as each
// group (SET ROLE, in a transaction that is rolled back), to see that the database really refuses or
// allows what the answer says.
//
// After a reviewed change: CS_PRIVILEGES_OUT=/tmp/p.json ctest -R db.privilegematrix writes the
// database's list there; review the difference and copy it over privileges.json.
#include "testdatabase.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using cs::test::ScratchDatabase;

namespace {

const QStringList kGroups{QStringLiteral("cs_admin"), QStringLiteral("cs_assembler"), QStringLiteral("cs_coordinator"),
                          QStringLiteral("cs_procurement"), QStringLiteral("cs_qc"), QStringLiteral("cs_service")};

// One line per object and privilege: "<kind> <name> <PRIVILEGE>: <groups, or ->". PUBLIC is listed
// as a group when it holds the privilege itself.
const char* const kMatrixSql = R"(
WITH grp (g) AS (SELECT unnest(CAST(:groups AS text[]))),
fn AS (
    SELECT p.oid, p.oid::regprocedure::text AS name, p.proacl, p.proowner
      FROM pg_proc p
     WHERE p.pronamespace = 'cs'::regnamespace
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                                                   AND d.deptype = 'e')
),
rel AS (
    SELECT c.oid, c.oid::regclass::text AS name, c.relkind, c.relacl, c.relowner
      FROM pg_class c
     WHERE c.relnamespace = 'cs'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                                   AND d.deptype = 'e')
),
lines AS (
    SELECT 'function ' || fn.name || ' EXECUTE' AS what,
           ARRAY(SELECT g FROM grp WHERE has_function_privilege(g, fn.oid, 'EXECUTE') ORDER BY g)
           || CASE WHEN EXISTS (SELECT 1 FROM aclexplode(coalesce(fn.proacl, acldefault('f', fn.proowner))) a
                                 WHERE a.grantee = 0) THEN ARRAY['PUBLIC'] ELSE '{}'::text[] END AS who
      FROM fn
    UNION ALL
    SELECT 'relation ' || rel.name || ' ' || priv,
           ARRAY(SELECT g FROM grp WHERE CASE WHEN rel.relkind = 'S' THEN has_sequence_privilege(g, rel.oid, priv)
                                              ELSE has_table_privilege(g, rel.oid, priv) END ORDER BY g)
           || CASE WHEN EXISTS (SELECT 1 FROM aclexplode(coalesce(rel.relacl, acldefault(CASE WHEN rel.relkind = 'S' THEN 's' ELSE 'r' END::"char", rel.relowner))) a
                                 WHERE a.grantee = 0 AND a.privilege_type = priv) THEN ARRAY['PUBLIC'] ELSE '{}'::text[] END
      FROM rel CROSS JOIN LATERAL unnest(CASE WHEN rel.relkind = 'S' THEN ARRAY['USAGE', 'SELECT', 'UPDATE']
                                              ELSE ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'] END) priv
    UNION ALL
    -- Column privileges beyond the table's (a group with SELECT on some columns of a table only).
    SELECT 'column ' || rel.name || '.' || quote_ident(a.attname) || ' ' || priv,
           ARRAY(SELECT g FROM grp WHERE has_column_privilege(g, rel.oid, a.attnum, priv)
                                     AND NOT has_table_privilege(g, rel.oid, priv) ORDER BY g)
      FROM rel JOIN pg_attribute a ON a.attrelid = rel.oid AND a.attnum > 0 AND NOT a.attisdropped
           CROSS JOIN unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'REFERENCES']) priv
     WHERE rel.relkind <> 'S'
)
SELECT what || ': ' || CASE WHEN cardinality(who) = 0 THEN '-' ELSE array_to_string(who, ' ') END
  FROM lines
 WHERE what NOT LIKE 'column %' OR cardinality(who) > 0
 ORDER BY what COLLATE "C"
)";

QString sqlState(const QSqlError& e)
{
    return e.nativeErrorCode();
}

} // namespace

class TestPrivilegeMatrix : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScratchDatabase> m_db;
    QSqlDatabase m_super;

    QStringList actual()
    {
        QSqlQuery q(m_super);
        q.prepare(QString::fromUtf8(kMatrixSql));
        q.bindValue(QStringLiteral(":groups"), QStringLiteral("{%1}").arg(kGroups.join(u',')));
        if (!q.exec()) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return {};
        }
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    static QStringList reviewed(QString* error)
    {
        QFile f(cs::test::sourcePath(u"tests/db/admin/privileges.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = f.errorString();
            return {};
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (pe.error != QJsonParseError::NoError) {
            *error = pe.errorString();
            return {};
        }
        QStringList out;
        for (const QJsonValue& v : doc.object().value(u"privileges").toArray())
            out << v.toString();
        return out;
    }

    // Runs sql as `group` in a savepoint that is rolled back; the error, if any.
    QSqlError tryAs(const QString& group, const QString& sql)
    {
        QSqlQuery q(m_super);
        q.exec(QStringLiteral("SAVEPOINT touch"));
        q.exec(QStringLiteral("SET LOCAL ROLE %1").arg(group));
        QSqlQuery t(m_super);
        t.exec(sql);
        const QSqlError e = t.lastError();
        t.finish();
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT touch"));
        q.exec(QStringLiteral("RESET ROLE"));
        return e;
    }

    bool hasPrivilege(const QStringList& lines, const QString& what, const QString& group)
    {
        for (const QString& line : lines) {
            if (line.startsWith(what + u':'))
                return line.mid(what.size() + 1).split(u' ', Qt::SkipEmptyParts).contains(group);
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!ScratchDatabase::clusterAvailable(&why))
            QSKIP(qPrintable(why));
        m_db = std::make_unique<ScratchDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        m_super = m_db->superuser();
        QVERIFY(m_super.isOpen());
        QSqlQuery q(m_super);
        // Names come out schema-qualified whatever the search path of the connection.
        QVERIFY(q.exec(QStringLiteral("SET search_path = pg_catalog")));
    }

    void databaseMatchesTheReviewedList()
    {
        const QStringList mine = actual();
        QVERIFY(!mine.isEmpty());
        if (const QByteArray out = qgetenv("CS_PRIVILEGES_OUT"); !out.isEmpty()) {
            QFile f(QString::fromLocal8Bit(out));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QJsonObject doc{{QStringLiteral("about"),
                             QStringLiteral("Reviewed privileges of the app groups on schema cs (issue 11): one line per "
                                            "function, relation or column and privilege, with the groups that hold it "
                                            "('-': none; PUBLIC when granted to everyone). tests/db/admin/"
                                            "tst_privilegematrix.cpp fails on any difference.")},
                            {QStringLiteral("privileges"), QJsonArray::fromStringList(mine)}};
            f.write(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        }
        QString error;
        const QStringList file = reviewed(&error);
        QVERIFY2(!file.isEmpty(), qPrintable(error));
        const QSet<QString> a(mine.cbegin(), mine.cend());
        const QSet<QString> b(file.cbegin(), file.cend());
        QStringList differences;
        for (const QString& line : mine)
            if (!b.contains(line))
                differences << QStringLiteral("database, not reviewed: ") + line;
        for (const QString& line : file)
            if (!a.contains(line))
                differences << QStringLiteral("reviewed, not in the database: ") + line;
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }

    void nothingIsGrantedToPublic()
    {
        for (const QString& line : actual())
            QVERIFY2(!line.endsWith(QStringLiteral(" PUBLIC")) && !line.contains(QStringLiteral(" PUBLIC ")), qPrintable(line));
    }

    // People hold SELECT only: no table, column or sequence write anywhere in cs, except the Admin's
    // catalog (work instructions, tools and their pictures go through functions, like the templates).
    void peopleWriteThroughFunctionsOnly()
    {
        const QStringList reference{QStringLiteral("cs.categories"), QStringLiteral("cs.subcategories"),
                                    QStringLiteral("cs.parts"), QStringLiteral("cs.assemblies"),
                                    QStringLiteral("cs.assembly_components"), QStringLiteral("cs.qc_form_templates"),
                                    QStringLiteral("cs.testing_form_templates")};
        for (const QString& line : actual()) {
            const QString what = line.section(u':', 0, 0);
            const QString who = line.section(u':', 1).trimmed();
            if (what.startsWith(u"function") || who == u"-" || what.endsWith(u" SELECT"))
                continue;
            const QString name = what.section(u' ', 1, 1);
            const bool adminReference = reference.contains(name) && who == u"cs_admin"
                                        && (what.endsWith(u" INSERT") || what.endsWith(u" UPDATE")
                                            || what.endsWith(u" DELETE"));
            QVERIFY2(adminReference, qPrintable(line));
        }
    }

    // What the database answers is what it does: every function called, every relation read and
    // written, as each group.
    void touchedAsEveryGroup()
    {
        const QStringList lines = actual();
        QSqlQuery q(m_super);
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(q.exec(QStringLiteral("SET LOCAL statement_timeout = '10s'")));
        QSqlQuery fns(m_super);
        QVERIFY(fns.exec(QStringLiteral(
            "SELECT p.oid::regprocedure::text, p.pronargs, p.prorettype = 'trigger'::regtype "
            "FROM pg_proc p WHERE p.pronamespace = 'cs'::regnamespace AND NOT EXISTS (SELECT 1 FROM pg_depend d "
            "WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e') ORDER BY 1")));
        struct Fn { QString signature; int args; bool trigger; };
        QList<Fn> functions;
        while (fns.next())
            functions.append({fns.value(0).toString(), fns.value(1).toInt(), fns.value(2).toBool()});
        QVERIFY(!functions.isEmpty());
        int calls = 0;
        for (const Fn& f : std::as_const(functions)) {
            const QString name = f.signature.left(f.signature.indexOf(u'('));
            QStringList nulls;
            for (int i = 0; i < f.args; ++i)
                nulls << QStringLiteral("NULL");
            const QString call = QStringLiteral("SELECT %1(%2)").arg(name, nulls.join(u", "));
            for (const QString& g : kGroups) {
                const bool allowed = hasPrivilege(lines, QStringLiteral("function ") + f.signature + QStringLiteral(" EXECUTE"), g);
                const QSqlError e = tryAs(g, call);
                // Refused for want of EXECUTE: 42501 and "permission denied for function". Any other
                // outcome (a result, or the function's own refusal of NULL arguments) means it ran.
                const bool denied = sqlState(e) == u"42501" && e.databaseText().contains(u"permission denied for function");
                QVERIFY2(allowed != denied, qPrintable(QStringLiteral("%1 as %2: listed %3, database says %4")
                                                           .arg(call, g, allowed ? u"allowed" : u"refused",
                                                                e.databaseText().isEmpty() ? QStringLiteral("ran")
                                                                                            : e.databaseText())));
                ++calls;
            }
        }
        QSqlQuery rels(m_super);
        QVERIFY(rels.exec(QStringLiteral(
            "SELECT c.oid::regclass::text, (SELECT quote_ident(a.attname) FROM pg_attribute a WHERE a.attrelid = c.oid "
            "AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' AND a.attidentity <> 'a' ORDER BY a.attnum LIMIT 1), (SELECT string_agg(quote_ident(a.attname), ' ') "
            "FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), c.relkind = 'v' FROM pg_class c "
            "WHERE c.relnamespace = 'cs'::regnamespace AND c.relkind IN ('r', 'p', 'v') ORDER BY 1")));
        while (rels.next()) {
            const QString rel = rels.value(0).toString();
            const QString column = rels.value(1).toString();
            const QStringList columns = rels.value(2).toString().split(u' ', Qt::SkipEmptyParts);
            const bool view = rels.value(3).toBool();   // read only: the views are not updatable
            const QList<QPair<QString, QString>> statements{
                {QStringLiteral("SELECT"), QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(rel)},
                {QStringLiteral("INSERT"), QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %1 WHERE false").arg(rel, column)},
                {QStringLiteral("UPDATE"), QStringLiteral("UPDATE %1 SET %2 = %2 WHERE false").arg(rel, column)},
                {QStringLiteral("DELETE"), QStringLiteral("DELETE FROM %1 WHERE false").arg(rel)}};
            for (const QString& g : kGroups) {
                for (const auto& [priv, sql] : statements) {
                    if (view && priv != u"SELECT")
                        continue;
                    // SELECT * needs SELECT on the table or on each of its columns; the INSERT and the
                    // UPDATE read their column (the first one that is neither generated nor an identity).
                    const auto canSelectAll = [&] {
                        if (hasPrivilege(lines, QStringLiteral("relation %1 SELECT").arg(rel), g))
                            return true;
                        for (const QString& c : columns)
                            if (!hasPrivilege(lines, QStringLiteral("column %1.%2 SELECT").arg(rel, c), g))
                                return false;
                        return !columns.isEmpty();
                    };
                    const bool tableLevel = hasPrivilege(lines, QStringLiteral("relation %1 %2").arg(rel, priv), g);
                    const bool readsColumn = hasPrivilege(lines, QStringLiteral("relation %1 SELECT").arg(rel), g)
                                             || hasPrivilege(lines, QStringLiteral("column %1.%2 SELECT").arg(rel, column), g);
                    const bool allowed = priv == u"SELECT" ? canSelectAll()
                                                           : tableLevel && (priv == u"DELETE" || readsColumn);
                    const QSqlError e = tryAs(g, sql);
                    const bool denied = sqlState(e) == u"42501";
                    if (allowed)
                        QVERIFY2(!denied, qPrintable(QStringLiteral("%1 as %2: %3").arg(sql, g, e.databaseText())));
                    else
                        QVERIFY2(denied, qPrintable(QStringLiteral("%1 as %2 was not refused (%3)").arg(sql, g, e.databaseText())));
                }
            }
        }
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(calls > 100);
    }
};

QTEST_GUILESS_MAIN(TestPrivilegeMatrix)
#include "tst_privilegematrix.moc"
