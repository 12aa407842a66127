#include "data/admin/auditverifier.h"

#include <QCryptographicHash>
#include <QHash>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cs::data {

namespace {

const QString kZeros(64, u'0');

QString errorText(const QSqlError& e)
{
    return (e.databaseText().isEmpty() ? e.text() : e.databaseText()).trimmed();
}

QString sha256Hex(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// Must stay identical to cs.audit_seal_text() in resources/sql/functions/20_audit.sql.
const char* const kSealedRows =
    "SELECT s.position, s.audit_id, s.prev_hash, s.hash, a.id IS NOT NULL, "
    "       jsonb_build_array(s.position, a.id, to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), "
    "                         a.db_user, a.table_name, a.op, a.row_key, a.old_row, a.new_row, a.txid, "
    "                         a.prev_hash, a.hash, "
    "                         to_char(s.sealed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'))::text "
    "FROM cs.audit_seal s LEFT JOIN cs.audit_log a ON a.id = s.audit_id "
    "ORDER BY s.position";

// The rows of the old chain (written before 0009). Must stay identical to cs.audit_canonical_text()
// in resources/sql/0002_audit_and_signatures.sql.
const char* const kLegacyRows =
    "SELECT id, prev_hash, hash, "
    "       jsonb_build_array(id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), "
    "                         db_user, table_name, op, row_key, old_row, new_row, txid)::text "
    "FROM cs.audit_log WHERE hash IS NOT NULL OR prev_hash IS NOT NULL ORDER BY id";

// The canonical content of a signed QC result and of an end-of-line test result: the same expressions
// as cs.qc_result_content and cs.test_result_content (62_checklists.sql), inline. Results recorded
// before checklists (no checklist_id) keep the text that was hashed then.
const char* const kSignedRecords =
    "SELECT 'qc_results', r.result_id::text, r.build_number, r.content_sha256, s.content_sha256, s.signed_table, "
    "       s.signed_row_id, r.signature_id IS NOT NULL, s.signature_id IS NOT NULL, "
    "       (jsonb_build_object('resultId', r.result_id, 'orderId', r.order_id, 'buildNumber', r.build_number, "
    "                           'qcType', r.qc_type, 'templateId', r.template_id, "
    "                           'templateVersion', (SELECT t.version FROM cs.qc_form_templates t WHERE t.template_id = r.template_id), "
    "                           'overallStatus', r.overall_status, 'itemResults', r.item_results, 'notes', r.notes) "
    "        || CASE WHEN r.checklist_id IS NULL THEN '{}'::jsonb "
    "                ELSE jsonb_build_object('checklistId', r.checklist_id, 'performedBy', r.performed_by, "
    "                                        'failReason', r.fail_reason, 'failCategory', r.fail_category, "
    "                                        'failSeverity', r.fail_severity, 'reworkRequired', r.rework_required) END)::text "
    "  FROM cs.qc_results r LEFT JOIN cs.signatures s ON s.signature_id = r.signature_id "
    " WHERE r.content_sha256 IS NOT NULL OR r.signature_id IS NOT NULL "
    "UNION ALL "
    "SELECT 'testing_results', r.result_id::text, r.build_number, r.content_sha256, s.content_sha256, s.signed_table, "
    "       s.signed_row_id, r.signature_id IS NOT NULL, s.signature_id IS NOT NULL, "
    "       jsonb_build_object('resultId', r.result_id, 'orderId', r.order_id, 'buildNumber', r.build_number, "
    "                          'templateId', r.template_id, "
    "                          'templateVersion', (SELECT t.version FROM cs.testing_form_templates t WHERE t.template_id = r.template_id), "
    "                          'overallStatus', r.overall_status, 'testResults', r.test_results, 'notes', r.notes)::text "
    "  FROM cs.testing_results r LEFT JOIN cs.signatures s ON s.signature_id = r.signature_id "
    " WHERE r.content_sha256 IS NOT NULL OR r.signature_id IS NOT NULL "
    "ORDER BY 1, 2";

AuditVerifier::Break makeBreak(AuditVerifier::Break::Kind kind, qint64 position, qint64 auditId, const QString& what)
{
    AuditVerifier::Break b;
    b.kind = kind;
    b.position = position;
    b.auditId = auditId;
    b.what = what;
    return b;
}

} // namespace

QString AuditVerifier::Break::describe() const
{
    switch (kind) {
    case Kind::LegacyAltered:
    case Kind::LegacyLink:
    case Kind::LegacyHead:
        return auditId >= 0 ? QObject::tr("audit row %1 (old chain): %2").arg(auditId).arg(what)
                            : QObject::tr("old chain: %1").arg(what);
    default:
        break;
    }
    if (position >= 0 && auditId >= 0)
        return QObject::tr("position %1, audit row %2: %3").arg(position).arg(auditId).arg(what);
    if (position >= 0)
        return QObject::tr("position %1: %2").arg(position).arg(what);
    return what;
}

AuditVerifier::AuditVerifier(QSqlDatabase db)
    : m_db(std::move(db))
{
}

AuditVerifier::Result AuditVerifier::verify(const QList<AuditAnchor>& anchors)
{
    Result r;
    // One snapshot for every read: the sealer may be appending meanwhile.
    const bool ownTransaction = m_db.transaction();
    if (ownTransaction) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))) {
            r.error = QObject::tr("cannot start the verification: %1").arg(errorText(q.lastError()));
            m_db.rollback();
            return r;
        }
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('cs.audit_seal') IS NOT NULL")) || !q.next())
        r.error = QObject::tr("cannot read the audit log: %1").arg(errorText(q.lastError()));
    else
        r.sealedChain = q.value(0).toBool();
    q.finish();
    if (r.error.isEmpty() && !r.sealedChain && !anchors.isEmpty())
        r.error = QObject::tr("the database has no sealed chain yet (run 'cleanstation-admin migrate'); anchors "
                              "cannot be checked");
    bool read = r.error.isEmpty() && verifyLegacy(&r);
    if (read && r.sealedChain)
        read = verifySealed(&r, anchors) && countUnsealed(&r);
    if (read)
        read = verifySignedRecords(&r);
    if (read) {
        // Rows of the old chain that are sealed too were checked twice.
        qint64 both = 0;
        if (r.sealedChain) {
            if (!q.exec(QStringLiteral("SELECT count(*) FROM cs.audit_seal s JOIN cs.audit_log a ON a.id = s.audit_id "
                                       "WHERE a.hash IS NOT NULL OR a.prev_hash IS NOT NULL"))
                || !q.next()) {
                r.error = QObject::tr("cannot read cs.audit_seal: %1").arg(errorText(q.lastError()));
                read = false;
            } else {
                both = q.value(0).toLongLong();
            }
        }
        r.rowsChecked = r.legacyRowsChecked + r.positionsChecked - both;
    }
    if (ownTransaction)
        m_db.rollback();
    r.ok = read && r.error.isEmpty() && r.breaks.isEmpty();
    return r;
}

bool AuditVerifier::verifySignedRecords(Result* r)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('cs.qc_checklists') IS NOT NULL")) || !q.next()) {
        r->error = QObject::tr("cannot read the signed records: %1").arg(errorText(q.lastError()));
        return false;
    }
    if (!q.value(0).toBool())
        return true;   // a database before the checklists (0013): nothing of this kind to check
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kSignedRecords))) {
        r->error = QObject::tr("cannot read the signed records: %1").arg(errorText(q.lastError()));
        return false;
    }
    while (q.next()) {
        ++r->signedRecordsChecked;
        const QString table = q.value(0).toString();
        const QString id = q.value(1).toString();
        const QString build = q.value(2).toString();
        const QString kept = q.value(3).toString();
        const QString signedHash = q.value(4).toString();
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(q.value(9).toString().toUtf8(), QCryptographicHash::Sha256).toHex());
        auto add = [&](const QString& what) {
            r->breaks.append(makeBreak(Break::Kind::SignedRecord, -1, -1,
                                       QObject::tr("%1 %2 (build %3): %4").arg(table, id, build, what)));
        };
        if (kept != hash)
            add(QObject::tr("the content no longer matches its content hash"));
        if (!q.value(7).toBool())
            add(QObject::tr("the result has no signature"));
        else if (!q.value(8).toBool())
            add(QObject::tr("its signature is missing"));
        else if (signedHash != hash)
            add(QObject::tr("the content no longer matches the hash its signature signed"));
        else if (q.value(5).toString() != table || q.value(6).toString() != id)
            add(QObject::tr("its signature is of another record"));
    }
    return true;
}

bool AuditVerifier::verifyLegacy(Result* r)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kLegacyRows))) {
        r->error = QObject::tr("cannot read cs.audit_log: %1").arg(errorText(q.lastError()));
        return false;
    }
    QString previous = kZeros;
    qint64 previousId = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString prevHash = q.value(1).toString();
        const QString hash = q.value(2).toString();
        ++r->legacyRowsChecked;
        if (prevHash != previous) {
            r->breaks.append(makeBreak(Break::Kind::LegacyLink, -1, id,
                                       previousId > 0 ? QObject::tr("its prev_hash is not the hash of the row before it "
                                                                    "(id %1): a row was removed or inserted")
                                                            .arg(previousId)
                                                      : QObject::tr("its prev_hash is not the start of the chain: "
                                                                    "rows were removed before it")));
        }
        if (sha256Hex(prevHash + q.value(3).toString()) != hash)
            r->breaks.append(makeBreak(Break::Kind::LegacyAltered, -1, id,
                                       QObject::tr("its content does not match its hash: the row was altered")));
        previous = hash;
        previousId = id;
    }
    if (q.lastError().isValid()) {
        r->error = QObject::tr("reading cs.audit_log failed: %1").arg(errorText(q.lastError()));
        return false;
    }
    QSqlQuery head(m_db);
    if (!head.exec(QStringLiteral("SELECT last_id, last_hash FROM cs.audit_chain_head")) || !head.next()) {
        r->error = QObject::tr("cannot read cs.audit_chain_head: %1").arg(errorText(head.lastError()));
        return false;
    }
    const qint64 headId = head.value(0).toLongLong();
    if (headId != previousId || head.value(1).toString() != previous) {
        r->breaks.append(makeBreak(
            Break::Kind::LegacyHead, -1, -1,
            headId > previousId
                ? QObject::tr("its head names row %1 but its last row is %2: rows were removed at its end")
                      .arg(headId)
                      .arg(previousId)
                : QObject::tr("its head names row %1 (hash %2) but its last row is %3 (hash %4)")
                      .arg(headId)
                      .arg(head.value(1).toString().left(12), QString::number(previousId), previous.left(12))));
    }
    return true;
}

bool AuditVerifier::verifySealed(Result* r, const QList<AuditAnchor>& anchors)
{
    // Anchors by position; each is checked when the walk reaches it.
    QMultiHash<qint64, int> anchorAt;
    for (int i = 0; i < anchors.size(); ++i)
        anchorAt.insert(anchors.at(i).position, i);
    QList<bool> anchorSeen(anchors.size(), false);
    auto checkAnchors = [&](qint64 position, const QString& hash) {
        if (!anchorAt.contains(position))
            return;
        for (const int i : anchorAt.values(position)) {
            const AuditAnchor& a = anchors.at(i);
            anchorSeen[i] = true;
            ++r->anchorsChecked;
            if (a.hash != hash) {
                r->breaks.append(makeBreak(
                    Break::Kind::Anchor, position, -1,
                    QObject::tr("the anchor taken %1 says its hash is %2, the chain has %3: the chain up to here "
                                "was rewritten after the anchor was taken")
                        .arg(a.takenAt.toUTC().toString(Qt::ISODate), a.hash.left(16), hash.left(16))));
            }
        }
    };
    checkAnchors(0, kZeros);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kSealedRows))) {
        r->error = QObject::tr("cannot read cs.audit_seal: %1").arg(errorText(q.lastError()));
        return false;
    }
    QString previous = kZeros;
    qint64 expected = 1;
    qint64 last = 0;
    while (q.next()) {
        const qint64 position = q.value(0).toLongLong();
        const qint64 auditId = q.value(1).toLongLong();
        const QString prevHash = q.value(2).toString();
        const QString hash = q.value(3).toString();
        const bool rowExists = q.value(4).toBool();
        ++r->positionsChecked;
        bool linkExplained = false;
        if (position == last && last > 0) {
            r->breaks.append(makeBreak(Break::Kind::Link, position, auditId,
                                       QObject::tr("this position appears more than once")));
            linkExplained = true;
        } else if (position > expected) {
            r->breaks.append(makeBreak(Break::Kind::MissingPositions, expected, -1,
                                       position - 1 == expected
                                           ? QObject::tr("this position is missing: its seal row was removed")
                                           : QObject::tr("positions %1 to %2 are missing: their seal rows were removed")
                                                 .arg(expected)
                                                 .arg(position - 1)));
            linkExplained = true;
        }
        if (prevHash != previous && !linkExplained) {
            r->breaks.append(makeBreak(Break::Kind::Link, position, auditId,
                                       QObject::tr("its prev_hash is not the hash of position %1: a seal row was "
                                                   "inserted, removed or moved")
                                           .arg(position - 1)));
        }
        if (!rowExists) {
            r->breaks.append(makeBreak(Break::Kind::MissingRow, position, auditId,
                                       QObject::tr("the audit row it seals is missing: it was deleted or its id changed")));
        } else if (sha256Hex(prevHash + q.value(5).toString()) != hash) {
            r->breaks.append(makeBreak(Break::Kind::Altered, position, auditId,
                                       QObject::tr("its hash does not match the audit row's content, id and position: "
                                                   "the row or its seal was altered, or rows were swapped")));
        }
        checkAnchors(position, hash);
        previous = hash;
        last = position;
        expected = position + 1;
    }
    if (q.lastError().isValid()) {
        r->error = QObject::tr("reading cs.audit_seal failed: %1").arg(errorText(q.lastError()));
        return false;
    }
    r->headPosition = last;
    r->headHash = previous;

    for (int i = 0; i < anchors.size(); ++i) {
        if (anchorSeen.at(i))
            continue;
        const AuditAnchor& a = anchors.at(i);
        ++r->anchorsChecked;
        r->breaks.append(makeBreak(
            Break::Kind::Anchor, a.position, -1,
            a.position > last ? QObject::tr("the anchor taken %1 names this position but the chain ends at position %2: "
                                            "sealed rows were removed at the end")
                                    .arg(a.takenAt.toUTC().toString(Qt::ISODate))
                                    .arg(last)
                              : QObject::tr("the anchor taken %1 names this position but it is missing from the chain")
                                    .arg(a.takenAt.toUTC().toString(Qt::ISODate))));
    }

    QSqlQuery twice(m_db);
    if (!twice.exec(QStringLiteral("SELECT audit_id, array_agg(position ORDER BY position)::text FROM cs.audit_seal "
                                   "GROUP BY audit_id HAVING count(*) > 1 ORDER BY min(position)"))) {
        r->error = QObject::tr("cannot read cs.audit_seal: %1").arg(errorText(twice.lastError()));
        return false;
    }
    while (twice.next()) {
        r->breaks.append(makeBreak(Break::Kind::SealedTwice, -1, twice.value(0).toLongLong(),
                                   QObject::tr("this audit row is sealed at more than one position %1")
                                       .arg(twice.value(1).toString())));
    }

    QSqlQuery head(m_db);
    if (!head.exec(QStringLiteral("SELECT head_position, head_hash FROM cs.audit_seal_state")) || !head.next()) {
        r->error = QObject::tr("cannot read cs.audit_seal_state: %1").arg(errorText(head.lastError()));
        return false;
    }
    const qint64 headPosition = head.value(0).toLongLong();
    const QString headHash = head.value(1).toString();
    if (headPosition > last) {
        r->breaks.append(makeBreak(Break::Kind::Head, headPosition, -1,
                                   QObject::tr("the head names this position but the chain ends at position %1: "
                                               "sealed rows were removed at the end")
                                       .arg(last)));
    } else if (headPosition < last) {
        r->breaks.append(makeBreak(Break::Kind::Head, last, -1,
                                   QObject::tr("the chain goes on past its head (position %1): rows were added "
                                               "outside the sealer")
                                       .arg(headPosition)));
    } else if (headHash != previous) {
        r->breaks.append(makeBreak(Break::Kind::Head, last, -1,
                                   QObject::tr("the head's hash %1 is not the hash of this position (%2)")
                                       .arg(headHash.left(16), previous.left(16))));
    }
    return true;
}

bool AuditVerifier::countUnsealed(Result* r)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*), min(a.id), min(a.at), "
                               "       extract(epoch FROM clock_timestamp() - min(a.at))::float8 "
                               "FROM cs.audit_log a "
                               "WHERE NOT EXISTS (SELECT 1 FROM cs.audit_seal s WHERE s.audit_id = a.id)"))
        || !q.next()) {
        r->error = QObject::tr("cannot count the unsealed audit rows: %1").arg(errorText(q.lastError()));
        return false;
    }
    r->unsealedCount = q.value(0).toLongLong();
    if (r->unsealedCount > 0) {
        r->oldestUnsealedId = q.value(1).toLongLong();
        r->oldestUnsealedAt = q.value(2).toDateTime();
        r->oldestUnsealedAgeSeconds = q.value(3).toDouble();
    }
    return true;
}

AuditAnchor AuditVerifier::currentHead(QString* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT current_database(), coalesce(s.position, 0), coalesce(s.hash, repeat('0', 64)), s.sealed_at, "
            "       clock_timestamp() "
            "FROM (SELECT 1) one LEFT JOIN (SELECT position, hash, sealed_at FROM cs.audit_seal "
            "                               ORDER BY position DESC LIMIT 1) s ON true"))
        || !q.next()) {
        if (error)
            *error = QObject::tr("cannot read the head of the audit chain: %1").arg(errorText(q.lastError()));
        return {};
    }
    AuditAnchor a;
    a.database = q.value(0).toString();
    a.position = q.value(1).toLongLong();
    a.hash = q.value(2).toString();
    a.sealedAt = q.value(3).toDateTime();
    a.takenAt = q.value(4).toDateTime();
    return a;
}

} // namespace cs::data
