#include "data/admin/auditsealer.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cs::data {

namespace {

QString errorText(const QSqlError& e)
{
    return (e.databaseText().isEmpty() ? e.text() : e.databaseText()).trimmed();
}

} // namespace

AuditSealer::AuditSealer(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool AuditSealer::maySeal(QString* error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT to_regprocedure('cs.seal_audit(integer)') IS NOT NULL, "
                               "       CASE WHEN to_regprocedure('cs.seal_audit(integer)') IS NULL THEN false "
                               "            ELSE has_function_privilege('cs.seal_audit(integer)', 'EXECUTE') END, "
                               "       session_user"))
        || !q.next()) {
        if (error)
            *error = QObject::tr("cannot ask the server whether this login may seal: %1").arg(errorText(q.lastError()));
        return false;
    }
    if (!q.value(0).toBool()) {
        if (error)
            *error = QObject::tr("the database has no audit sealer (cs.seal_audit); run 'cleanstation-admin migrate'");
        return false;
    }
    if (!q.value(1).toBool()) {
        if (error)
            *error = QObject::tr("the login %1 may not seal the audit log: the sealer runs as the PostgreSQL "
                                 "superuser or as a login in the role cs_sealer")
                         .arg(q.value(2).toString());
        return false;
    }
    return true;
}

AuditSealer::Result AuditSealer::sealAll(int batchSize)
{
    Result r;
    if (batchSize < 1)
        batchSize = kDefaultBatch;
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT cs.seal_audit(:n)"))) {
        r.error = QObject::tr("cannot prepare the sealing: %1").arg(errorText(q.lastError()));
        return r;
    }
    for (;;) {
        q.bindValue(QStringLiteral(":n"), batchSize);
        if (!q.exec() || !q.next()) {
            r.error = QObject::tr("sealing the audit log failed: %1").arg(errorText(q.lastError()));
            return r;
        }
        const qint64 n = q.value(0).toLongLong();
        q.finish();
        r.sealed += n;
        if (n < batchSize)
            return r;
    }
}

} // namespace cs::data
