#pragma once

#include <QSqlDatabase>
#include <QString>

namespace cs::data {

// Runs the server's sealer, cs.seal_audit(), which chains committed audit rows that are not sealed
// yet into cs.audit_seal (resources/sql/0009_audit_sealer.sql explains the design). Only the
// PostgreSQL superuser and members of the NOLOGIN role cs_sealer may; a person's login may not.
// Used by `cleanstation-admin audit-sealer` (the daemon), `verify-audit` and `audit-anchor` (which
// seal first when their login may), and by the tests.
class AuditSealer
{
public:
    // Rows per call of cs.seal_audit: each call is one short transaction of its own.
    static constexpr int kDefaultBatch = 5000;
    // The channel the audit trigger notifies (once per writing transaction).
    static QString notifyChannel() { return QStringLiteral("cs_audit"); }

    struct Result
    {
        qint64 sealed = 0;      // rows sealed
        QString error;          // empty: every committed row seen was sealed
        bool ok() const { return error.isEmpty(); }
    };

    explicit AuditSealer(QSqlDatabase db);

    // True when this login may run cs.seal_audit. False, with *error saying why, when it may not or
    // the database has no sealer (a schema older than this client).
    bool maySeal(QString* error = nullptr) const;
    // Seals every committed, unsealed row, batchSize rows per transaction, until none is left.
    // Needs autocommit (not inside the caller's transaction).
    Result sealAll(int batchSize = kDefaultBatch);

private:
    QSqlDatabase m_db;
};

} // namespace cs::data
