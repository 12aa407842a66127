#pragma once

#include "data/admin/auditanchor.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace cs::data {

// Checks the audit trail (resources/sql/0009_audit_sealer.sql explains the design) and reports every
// break, not only the first:
//  - the sealed chain (cs.audit_seal, in position order): each position's hash must be the SHA-256
//    of the previous position's hash and the canonical text of (position, the audit row's id and
//    fields, the seal time), computed here; positions run 1, 2, 3, ... without gaps; every sealed
//    audit row exists and is sealed once; the head in cs.audit_seal_state is the last position;
//  - the old chain (rows written before 0009, which carry prev_hash and hash), checked the old way,
//    and its frozen head cs.audit_chain_head;
//  - anchors kept outside the database: the chain must still have the anchored hash at the anchored
//    position (a superuser who rewrote the chain and recomputed every hash is caught here);
//  - signed records (QC results and end-of-line test results): the SHA-256 of each one's canonical
//    content, computed here, must be the hash the row keeps and the hash its signature signed, and the
//    signature must name that row (a superuser who edited a signed result is caught here);
// and counts the committed audit rows that are not sealed yet. A database older than the sealed
// chain (0009) has only the old chain, which is then all that is checked. The canonical texts are computed by
// the same SQL expressions as the server's functions, inline (not through those functions), and
// hashed here, so a replaced server function cannot hide an edit. Reads everything in one
// snapshot. Needs SELECT on the audit tables (Admin) or a superuser; it never writes.
class AuditVerifier
{
public:
    struct Break
    {
        enum class Kind {
            Altered,          // a sealed row's hash does not match its content, id and position
            Link,             // a position's prev_hash is not the previous position's hash
            MissingPositions, // positions absent from the chain
            MissingRow,       // the audit row a position seals is gone
            SealedTwice,      // one audit row at two positions
            Head,             // cs.audit_seal_state does not name the last position
            Anchor,           // the chain does not have the anchored hash at the anchored position
            LegacyAltered,    // old chain: a row's hash does not match its content
            LegacyLink,       // old chain: a row's prev_hash is not the previous row's hash
            LegacyHead,       // old chain: cs.audit_chain_head does not name its last row
            SignedRecord,     // a signed QC or test result whose content no longer matches what was signed
        };
        Kind kind = Kind::Altered;
        qint64 position = -1;  // in the sealed chain (-1: not about a position)
        qint64 auditId = -1;   // cs.audit_log.id (-1: not about one row)
        QString what;          // what is wrong, in words

        // "position 12, audit row 40: ..." (or "audit row 40 (old chain): ...")
        QString describe() const;
    };

    struct Result
    {
        bool ok = false;               // everything was read and no break was found
        QString error;                 // the verification itself failed (no access, no connection)
        QList<Break> breaks;           // every break found, in chain order
        bool sealedChain = false;      // the database has the sealed chain (0009 and later)
        qint64 rowsChecked = 0;        // audit rows checked by one chain or both
        qint64 positionsChecked = 0;   // positions of the sealed chain checked
        qint64 legacyRowsChecked = 0;  // rows of the old chain checked
        qint64 headPosition = 0;       // the last position in the chain
        QString headHash;              // its hash (64 zeros when the chain is empty)
        int anchorsChecked = 0;
        qint64 signedRecordsChecked = 0;  // signed QC and end-of-line test results checked
        qint64 unsealedCount = 0;      // committed audit rows not sealed yet
        qint64 oldestUnsealedId = -1;
        QDateTime oldestUnsealedAt;    // when the oldest of them was written
        double oldestUnsealedAgeSeconds = 0; // how long ago, by the server's clock
    };

    explicit AuditVerifier(QSqlDatabase db);
    Result verify(const QList<AuditAnchor>& anchors = {});
    // The chain's head now (for `audit-anchor`); an invalid anchor and *error on failure.
    AuditAnchor currentHead(QString* error = nullptr);

private:
    bool verifyLegacy(Result* r);
    bool verifySealed(Result* r, const QList<AuditAnchor>& anchors);
    bool countUnsealed(Result* r);
    bool verifySignedRecords(Result* r);

    QSqlDatabase m_db;
};

} // namespace cs::data
