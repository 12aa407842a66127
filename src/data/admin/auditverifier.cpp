#include "data/admin/auditverifier.h"

#include <QCryptographicHash>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cs::data {

AuditVerifier::AuditVerifier(QSqlDatabase db)
    : m_db(std::move(db))
{
}

AuditVerifier::Result AuditVerifier::verify()
{
    Result r;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Must stay identical to cs.audit_canonical_text() in resources/sql/0002_audit_and_signatures.sql.
    if (!q.exec(QStringLiteral(
            "SELECT id, prev_hash, hash, "
            "jsonb_build_array(id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), "
            "db_user, table_name, op, row_key, old_row, new_row, txid)::text "
            "FROM cs.audit_log ORDER BY id"))) {
        r.error = QObject::tr("cannot read cs.audit_log: %1").arg(q.lastError().text().trimmed());
        return r;
    }
    QString previous(64, u'0');
    qint64 lastId = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString prevHash = q.value(1).toString();
        const QString hash = q.value(2).toString();
        const QString canonical = q.value(3).toString();
        ++r.rowsChecked;
        if (prevHash != previous) {
            r.brokenId = id;
            r.reason = QObject::tr("its prev_hash does not match the hash of the row before it (id %1): "
                                   "a row was removed or inserted")
                           .arg(lastId);
            return r;
        }
        const QString computed = QString::fromLatin1(
            QCryptographicHash::hash((prevHash + canonical).toUtf8(), QCryptographicHash::Sha256).toHex());
        if (computed != hash) {
            r.brokenId = id;
            r.reason = QObject::tr("its content does not match its hash: the row was altered");
            return r;
        }
        previous = hash;
        lastId = id;
    }
    if (q.lastError().isValid()) {
        r.error = QObject::tr("reading cs.audit_log failed: %1").arg(q.lastError().text().trimmed());
        return r;
    }
    QSqlQuery head(m_db);
    if (!head.exec(QStringLiteral("SELECT last_id, last_hash FROM cs.audit_chain_head")) || !head.next()) {
        r.error = QObject::tr("cannot read cs.audit_chain_head: %1").arg(head.lastError().text().trimmed());
        return r;
    }
    if (head.value(0).toLongLong() != lastId || head.value(1).toString() != previous) {
        r.brokenId = head.value(0).toLongLong();
        r.reason = QObject::tr("the chain head names row %1 but the last row is %2: rows were removed at the end")
                       .arg(head.value(0).toLongLong())
                       .arg(lastId);
        return r;
    }
    r.ok = true;
    return r;
}

} // namespace cs::data
