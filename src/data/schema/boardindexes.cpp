#include "data/schema/boardindexes.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cs::data {

BoardIndexes::Result BoardIndexes::buildWhenDue(QSqlDatabase db)
{
    Result result;
    auto fail = [&result](const QSqlQuery& q, const QString& what) {
        result.ok = false;
        result.error = what + QStringLiteral(": ") + q.lastError().text();
        return result;
    };
    QSqlQuery q(db);
    // A database older than 0023 has no list (and keeps every index it has).
    if (!q.exec(QStringLiteral("SELECT to_regclass('cs.board_indexes') IS NOT NULL")) || !q.next())
        return fail(q, QStringLiteral("reading the schema"));
    if (!q.value(0).toBool())
        return result;
    if (!q.exec(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM cs.orders LIMIT %1) x").arg(kBuildsNeeded)) || !q.next())
        return fail(q, QStringLiteral("counting the builds"));
    if (q.value(0).toInt() < kBuildsNeeded)
        return result;
    if (!q.exec(QStringLiteral("SELECT name, definition, invalid FROM cs.board_indexes_due()")))
        return fail(q, QStringLiteral("reading cs.board_indexes"));
    struct Due
    {
        QString name;
        QString definition;
        bool invalid = false;
    };
    QList<Due> due;
    while (q.next())
        due.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
    q.finish();

    // Only an index of cs.orders, one statement: the list is the schema owner's, and this runs as a
    // superuser.
    static const QRegularExpression shape(QStringLiteral(
        R"(^CREATE INDEX ([a-z_][a-z0-9_]*) ON cs\.orders USING (btree|gin) \([^;]*\)( INCLUDE \([^;]*\))?$)"));
    for (const Due& d : std::as_const(due)) {
        const QRegularExpressionMatch m = shape.match(d.definition);
        if (!m.hasMatch() || m.captured(1) != d.name) {
            result.ok = false;
            result.error = QStringLiteral("cs.board_indexes: \"%1\" is not the definition of an index %2 of cs.orders")
                               .arg(d.definition, d.name);
            return result;
        }
        const QString name = db.driver()->escapeIdentifier(d.name, QSqlDriver::TableName);
        if (d.invalid && !q.exec(QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS cs.%1").arg(name)))
            return fail(q, QStringLiteral("dropping the invalid index %1").arg(d.name));
        QString create = d.definition;
        create.replace(0, int(qstrlen("CREATE INDEX ")), QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS "));
        if (!q.exec(create))
            return fail(q, QStringLiteral("building %1").arg(d.name));
        result.built << d.name;
    }
    return result;
}

} // namespace cs::data
