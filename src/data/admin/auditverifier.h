#pragma once

#include <QSqlDatabase>
#include <QString>

namespace cs::data {

// Walks the hash chain of cs.audit_log in id order and reports the first broken row: a row whose
// content no longer matches its hash (edited), or whose prev_hash is not the previous row's hash
// (a row removed or inserted), or a chain head that does not match the last row (rows removed at
// the end). The canonical text is computed by the same SQL expression as the trigger, inline, and
// hashed here, so a tampered server function cannot hide an edit. Needs SELECT on cs.audit_log
// (Admin) or a superuser.
class AuditVerifier
{
public:
    struct Result
    {
        bool ok = false;            // the chain is intact
        qint64 rowsChecked = 0;
        qint64 brokenId = -1;       // first broken row (-1: none, or the error is not about a row)
        QString reason;             // why that row is broken
        QString error;              // the verification itself failed (no access, no connection)
    };

    explicit AuditVerifier(QSqlDatabase db);
    Result verify();

private:
    QSqlDatabase m_db;
};

} // namespace cs::data
