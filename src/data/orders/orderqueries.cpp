#include "data/orders/orderqueries.h"

#include "data/common/connectionsettings.h"
#include "data/common/session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace cs::data {

namespace {

bool run(QSqlQuery& q, DbRefusal* error)
{
    if (q.exec())
        return true;
    if (error)
        *error = DbRefusal::from(q.lastError());
    return false;
}

QString text(const QVariant& v) { return v.isNull() ? QString() : v.toString(); }

// Runs a statement (values bound by name) on `db` in the calling thread and keeps its rows.
bool runStatement(QSqlDatabase db, const Statement& statement, QList<QVariantList>* rows, DbRefusal* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(statement.sql);
    for (auto it = statement.bindings.cbegin(); it != statement.bindings.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!run(q, error))
        return false;
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row << q.value(i);
        rows->append(row);
    }
    return true;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------
DbRefusal DbRefusal::from(const QSqlError& error)
{
    DbRefusal r;
    r.sqlState = cs::data::sqlState(error);
    QString msg = error.databaseText().trimmed();
    if (msg.isEmpty())
        msg = error.text().trimmed();
    // QPSQL may prefix "ERROR:  " and append "(SQLSTATE)" lines.
    if (msg.startsWith(u"ERROR:"))
        msg = msg.mid(6).trimmed();
    msg = msg.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (msg.startsWith(u"E-")) {
        const int colon = msg.indexOf(QLatin1Char(':'));
        r.code = colon > 0 ? msg.left(colon) : msg;
        r.message = colon > 0 ? msg.mid(colon + 1).trimmed() : QString();
    } else {
        r.code = r.sqlState.isEmpty() ? QStringLiteral("E-DB") : QStringLiteral("E-DB");
        r.message = msg;
        if (r.sqlState == u"42501")
            r.code = QStringLiteral("E-ROLE");
    }
    return r;
}

// ---------------------------------------------------------------------------------------------
// Edits
// ---------------------------------------------------------------------------------------------
OrderEdit OrderEdit::from(const OrderDetail& d)
{
    return OrderEdit{d.customerName, d.projectName, d.salesPerson, d.wantDate, d.language, d.notes};
}

QStringList OrderEdit::differences(const OrderEdit& other) const
{
    QStringList out;
    auto add = [&out](const QString& what, const QString& a, const QString& b) {
        if (a != b)
            out << OrderQueries::tr("%1: “%2” → “%3”").arg(what, a, b);
    };
    add(OrderQueries::tr("Customer"), customerName, other.customerName);
    add(OrderQueries::tr("Project"), projectName, other.projectName);
    add(OrderQueries::tr("Sales person"), salesPerson, other.salesPerson);
    add(OrderQueries::tr("Want date"), wantDate.toString(Qt::ISODate), other.wantDate.toString(Qt::ISODate));
    add(OrderQueries::tr("Language"), language, other.language);
    add(OrderQueries::tr("Notes"), notes, other.notes);
    return out;
}

// ---------------------------------------------------------------------------------------------
// Order page
// ---------------------------------------------------------------------------------------------
Statement OrderQueries::orderStatement(const QString& orderId)
{
    return Statement{
        QStringLiteral(
            "SELECT o.order_id::text, o.po_number, o.build_number, o.customer_name, o.project_name, o.sales_person, "
            "o.want_date, o.order_language::text, o.notes, o.sink_family::text, o.sink_model, o.status::text, "
            "o.current_assignee::text, a.full_name, c.full_name, o.row_version, o.created_at, o.updated_at, "
            "o.config::text, b.bom_id::text, b.version, b.status, b.content_sha256, b.generated_at, b.catalog_revision "
            "FROM cs.orders o LEFT JOIN cs.users a ON a.user_id = o.current_assignee "
            "LEFT JOIN cs.users c ON c.user_id = o.created_by LEFT JOIN cs.boms b ON b.bom_id = o.generated_bom_id "
            "WHERE o.order_id = CAST(:id AS uuid)"),
        {{QStringLiteral(":id"), orderId}}};
}

OrderDetail OrderQueries::orderFromRow(const QVariantList& row)
{
    OrderDetail d;
    d.orderId = row.value(0).toString();
    d.poNumber = row.value(1).toString();
    d.buildNumber = row.value(2).toString();
    d.customerName = row.value(3).toString();
    d.projectName = text(row.value(4));
    d.salesPerson = row.value(5).toString();
    d.wantDate = row.value(6).toDate();
    d.language = row.value(7).toString();
    d.notes = text(row.value(8));
    d.family = row.value(9).toString();
    d.model = text(row.value(10));
    d.status = row.value(11).toString();
    d.assigneeId = text(row.value(12));
    d.assigneeName = text(row.value(13));
    d.createdByName = text(row.value(14));
    d.rowVersion = row.value(15).toInt();
    d.createdAt = row.value(16).toDateTime();
    d.updatedAt = row.value(17).toDateTime();
    d.config = QJsonDocument::fromJson(row.value(18).toString().toUtf8()).object();
    d.bomId = text(row.value(19));
    d.bomVersion = row.value(20).toInt();
    d.bomStatus = text(row.value(21));
    d.bomSha256 = text(row.value(22)).trimmed();
    d.bomGeneratedAt = row.value(23).toDateTime();
    d.catalogRevision = row.value(24).toLongLong();
    return d;
}

bool OrderQueries::loadOrder(QSqlDatabase db, const QString& orderId, OrderDetail* out, DbRefusal* error)
{
    QList<QVariantList> rows;
    if (!runStatement(db, orderStatement(orderId), &rows, error))
        return false;
    if (rows.isEmpty()) {
        if (error)
            *error = DbRefusal{QStringLiteral("E-ORDER-NOT-FOUND"), {}, tr("The order no longer exists.")};
        return false;
    }
    *out = orderFromRow(rows.constFirst());
    return true;
}

Statement OrderQueries::findBuildStatement(const QString& buildNumber)
{
    return Statement{
        QStringLiteral("SELECT order_id::text FROM cs.order_list WHERE upper(build_number) = upper(:build)"),
        {{QStringLiteral(":build"), buildNumber.trimmed()}}};
}

Statement OrderQueries::findPoStatement(const QString& poNumberOrId)
{
    // A PO's first build; the payload may carry the PO number or its id.
    return Statement{
        QStringLiteral("SELECT order_id::text FROM cs.order_list "
                       "WHERE upper(po_number) = upper(:po) OR po_id::text = lower(:po2) "
                       "ORDER BY build_number LIMIT 1"),
        {{QStringLiteral(":po"), poNumberOrId.trimmed()}, {QStringLiteral(":po2"), poNumberOrId.trimmed()}}};
}

QString OrderQueries::findBuild(QSqlDatabase db, const QString& buildNumber, DbRefusal* error)
{
    QList<QVariantList> rows;
    if (!runStatement(db, findBuildStatement(buildNumber), &rows, error) || rows.isEmpty())
        return {};
    return rows.constFirst().value(0).toString();
}

QString OrderQueries::findPo(QSqlDatabase db, const QString& poNumberOrId, DbRefusal* error)
{
    QList<QVariantList> rows;
    if (!runStatement(db, findPoStatement(poNumberOrId), &rows, error) || rows.isEmpty())
        return {};
    return rows.constFirst().value(0).toString();
}

bool HistoryEntry::changesOrder() const
{
    return !action.endsWith(u"Printed") && !action.endsWith(u"Reprinted");
}

Statement OrderQueries::historyStatement(const QString& orderId)
{
    return Statement{
        QStringLiteral(
            "SELECT h.created_at, u.full_name, h.action, h.old_status::text, h.new_status::text, h.notes, h.forced "
            "FROM cs.order_history h LEFT JOIN cs.users u ON u.user_id = h.user_id "
            "WHERE h.order_id = CAST(:id AS uuid) ORDER BY h.created_at, h.history_id"),
        {{QStringLiteral(":id"), orderId}}};
}

HistoryEntry OrderQueries::historyFromRow(const QVariantList& row)
{
    return HistoryEntry{row.value(0).toDateTime(), text(row.value(1)), row.value(2).toString(), text(row.value(3)),
                        text(row.value(4)),        text(row.value(5)), row.value(6).toBool()};
}

QList<HistoryEntry> OrderQueries::history(QSqlDatabase db, const QString& orderId, DbRefusal* error)
{
    QList<HistoryEntry> out;
    QList<QVariantList> rows;
    if (!runStatement(db, historyStatement(orderId), &rows, error))
        return out;
    for (const QVariantList& row : std::as_const(rows))
        out.append(historyFromRow(row));
    return out;
}

Statement OrderQueries::transitionsStatement(const QString& fromStatus, const QString& role)
{
    return Statement{
        QStringLiteral("SELECT to_status::text, note_required, gate FROM cs.order_transitions "
                       "WHERE from_status = CAST(:from AS cs.order_status_enum) "
                       "AND CAST(:role AS cs.user_role_enum) = ANY (allowed_roles) ORDER BY to_status"),
        {{QStringLiteral(":from"), fromStatus}, {QStringLiteral(":role"), role}}};
}

TransitionOption OrderQueries::transitionFromRow(const QVariantList& row)
{
    return TransitionOption{row.value(0).toString(), row.value(1).toBool(), text(row.value(2))};
}

QList<TransitionOption> OrderQueries::transitions(QSqlDatabase db, const QString& fromStatus, const QString& role,
                                                  DbRefusal* error)
{
    QList<TransitionOption> out;
    QList<QVariantList> rows;
    if (!runStatement(db, transitionsStatement(fromStatus, role), &rows, error))
        return out;
    for (const QVariantList& row : std::as_const(rows))
        out.append(transitionFromRow(row));
    return out;
}

Statement OrderQueries::assignableUsersStatement(const QString& status)
{
    return Statement{
        QStringLiteral(
            "SELECT username, full_name FROM cs.users WHERE is_active AND (role = 'Admin' OR role = ANY ("
            " CASE WHEN CAST(:s AS text) IN ('OrderCreated', 'PartsSent') THEN ARRAY['ProcurementSpecialist']::cs.user_role_enum[]"
            "      WHEN CAST(:s2 AS text) IN ('ReadyForPreQC', 'ReadyForFinalQC') THEN ARRAY['QCPerson']::cs.user_role_enum[]"
            "      WHEN CAST(:s3 AS text) IN ('ReadyForProduction', 'TestingComplete', 'PackagingComplete')"
            "           THEN ARRAY['Assembler']::cs.user_role_enum[]"
            "      ELSE enum_range(NULL::cs.user_role_enum) END)) ORDER BY full_name"),
        {{QStringLiteral(":s"), status}, {QStringLiteral(":s2"), status}, {QStringLiteral(":s3"), status}}};
}

QList<QPair<QString, QString>> OrderQueries::assignableUsers(QSqlDatabase db, const QString& status,
                                                             DbRefusal* error)
{
    QList<QPair<QString, QString>> out;
    QList<QVariantList> rows;
    if (!runStatement(db, assignableUsersStatement(status), &rows, error))
        return out;
    for (const QVariantList& row : std::as_const(rows))
        out.append({row.value(0).toString(), row.value(1).toString()});
    return out;
}

QList<Statement> OrderQueries::bomStatements(const QString& bomId)
{
    const QVariantMap id{{QStringLiteral(":id"), bomId}};
    const QString names = QStringLiteral(
        "coalesce((SELECT p.name FROM cs.parts p WHERE p.part_id = %1),"
        " (SELECT a.name FROM cs.assemblies a WHERE a.assembly_id = %1),"
        " (SELECT a.name FROM cs.assemblies a WHERE a.assembly_id = 'ASSY-' || %1), '')");
    return {
        Statement{QStringLiteral("SELECT bom_id::text, version, status, content_sha256 FROM cs.boms "
                                 "WHERE bom_id = CAST(:id AS uuid)"),
                  id},
        Statement{QStringLiteral("SELECT i.line_no, i.parent_line_no, i.item_id, %1, i.quantity, i.extended_quantity, "
                                 "i.depth, i.rule, i.answer, i.note FROM cs.bom_items i "
                                 "WHERE i.bom_id = CAST(:id AS uuid) ORDER BY i.line_no")
                      .arg(names.arg(QStringLiteral("i.item_id"))),
                  id},
        // The procurement list: the frozen, merged leaf list of the BOM.
        Statement{QStringLiteral("SELECT f ->> 'id', %1, (f ->> 'qty')::bigint FROM cs.boms b, "
                                 "jsonb_array_elements(coalesce(b.bom_items -> 'flat', '[]')) f "
                                 "WHERE b.bom_id = CAST(:id AS uuid) ORDER BY f ->> 'id'")
                      .arg(names.arg(QStringLiteral("(f ->> 'id')"))),
                  id},
        // Decisions on every version of this build's BOM, with their signatures.
        Statement{QStringLiteral(
                      "SELECT ba.action, coalesce(s.printed_name, u.full_name), coalesce(s.signed_at, ba.created_at), "
                      "ba.notes, s.meaning, s.content_sha256, b.version FROM cs.bom_approvals ba "
                      "JOIN cs.boms b ON b.bom_id = ba.bom_id LEFT JOIN cs.users u ON u.user_id = ba.user_id "
                      "LEFT JOIN cs.signatures s ON s.signature_id = ba.signature_id "
                      "WHERE b.order_id = (SELECT order_id FROM cs.boms WHERE bom_id = CAST(:id AS uuid)) "
                      "ORDER BY ba.created_at"),
                  id},
    };
}

bool OrderQueries::bomFromRows(const QList<QList<QVariantList>>& results, BomData* out, DbRefusal* error)
{
    if (results.size() != 4 || results.at(0).isEmpty()) {
        if (error)
            *error = DbRefusal{QStringLiteral("E-BOM-NOT-FOUND"), {}, tr("The BOM no longer exists.")};
        return false;
    }
    BomData bom;
    const QVariantList& header = results.at(0).constFirst();
    bom.bomId = header.value(0).toString();
    bom.version = header.value(1).toInt();
    bom.status = header.value(2).toString();
    bom.sha256 = header.value(3).toString().trimmed();
    for (const QVariantList& row : results.at(1)) {
        BomLineRow r;
        r.lineNo = row.value(0).toInt();
        r.parentLineNo = row.value(1).isNull() ? -1 : row.value(1).toInt();
        r.itemId = row.value(2).toString();
        r.name = row.value(3).toString();
        r.quantity = row.value(4).toInt();
        r.extendedQuantity = row.value(5).toInt();
        r.depth = row.value(6).toInt();
        r.rule = text(row.value(7));
        r.answer = text(row.value(8));
        r.note = text(row.value(9));
        bom.tree.append(r);
    }
    for (const QVariantList& row : results.at(2))
        bom.flat.append(BomFlatRow{row.value(0).toString(), row.value(1).toString(), row.value(2).toLongLong()});
    for (const QVariantList& row : results.at(3))
        bom.approvals.append(BomApproval{row.value(0).toString(), text(row.value(1)), row.value(2).toDateTime(),
                                         text(row.value(3)), text(row.value(4)), text(row.value(5)).trimmed(),
                                         row.value(6).toInt()});
    *out = bom;
    return true;
}

bool OrderQueries::loadBom(QSqlDatabase db, const QString& bomId, BomData* out, DbRefusal* error)
{
    QList<QList<QVariantList>> results;
    for (const Statement& s : bomStatements(bomId)) {
        QList<QVariantList> rows;
        if (!runStatement(db, s, &rows, error))
            return false;
        results.append(rows);
        if (results.size() == 1 && rows.isEmpty())
            break;   // no such BOM: bomFromRows says so
    }
    return bomFromRows(results, out, error);
}

// ---------------------------------------------------------------------------------------------
// Workflow calls
// ---------------------------------------------------------------------------------------------
int OrderQueries::transition(QSqlDatabase db, const QString& orderId, const QString& toStatus, const QString& note,
                             int rowVersion, DbRefusal* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT cs.transition_order(CAST(? AS uuid), ?, ?, ?)"));
    q.addBindValue(orderId);
    q.addBindValue(toStatus);
    q.addBindValue(note.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(note));
    q.addBindValue(rowVersion);
    if (!run(q, error) || !q.next())
        return 0;
    return q.value(0).toInt();
}

int OrderQueries::assign(QSqlDatabase db, const QString& orderId, const QString& username, int rowVersion,
                         DbRefusal* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT cs.assign_order(CAST(? AS uuid), ?, ?)"));
    q.addBindValue(orderId);
    q.addBindValue(username.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(username));
    q.addBindValue(rowVersion);
    if (!run(q, error) || !q.next())
        return 0;
    return q.value(0).toInt();
}

int OrderQueries::claim(QSqlDatabase db, const QString& orderId, int rowVersion, DbRefusal* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT cs.claim_build(CAST(? AS uuid), ?)"));
    q.addBindValue(orderId);
    q.addBindValue(rowVersion);
    if (!run(q, error) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool OrderQueries::approveBom(QSqlDatabase db, const QString& bomId, bool approve, const QString& note,
                              const QString& initials, DbRefusal* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT cs.approve_bom(CAST(? AS uuid), ?, ?, ?)"));
    q.addBindValue(bomId);
    q.addBindValue(approve);
    q.addBindValue(note.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(note.trimmed()));
    q.addBindValue(initials);
    return run(q, error) && q.next();
}

bool OrderQueries::signBomDecision(ConnectionSettings settings, const QString& password, const QString& bomId,
                                   bool approve, const QString& note, const QString& initials, DbRefusal* error)
{
    settings.password = password;
    const QString name = QStringLiteral("cs-sign-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = settings.open(name);
        if (!db.isOpen()) {
            const QString state = sqlState(db.lastError());
            if (error) {
                if (Session::classify(db.lastError()) == LoginFailure::BadCredentials)
                    *error = DbRefusal{QStringLiteral("E-SIGN-PASSWORD"), state,
                                       tr("the password is not correct; nothing was signed")};
                else
                    *error = DbRefusal::from(db.lastError());
            }
        } else {
            ok = approveBom(db, bomId, approve, note, initials, error);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool OrderQueries::saveOrder(QSqlDatabase db, const OrderDetail& base, const OrderEdit& edit, int* newRowVersion,
                             EditConflict* conflict, DbRefusal* error)
{
    QSqlQuery q(db);
    // The row version in the WHERE clause: a row changed since `base` was read is not touched.
    q.prepare(QStringLiteral(
        "UPDATE cs.orders SET customer_name = ?, project_name = ?, sales_person = ?, want_date = ?, "
        "order_language = CAST(? AS cs.language_enum), notes = ? "
        "WHERE order_id = CAST(? AS uuid) AND row_version = ? RETURNING row_version"));
    q.addBindValue(edit.customerName.trimmed());
    q.addBindValue(edit.projectName.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                        : QVariant(edit.projectName.trimmed()));
    q.addBindValue(edit.salesPerson.trimmed());
    q.addBindValue(edit.wantDate);
    q.addBindValue(edit.language);
    q.addBindValue(edit.notes.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(edit.notes));
    q.addBindValue(base.orderId);
    q.addBindValue(base.rowVersion);
    if (!run(q, error))
        return false;
    if (q.next()) {
        if (newRowVersion)
            *newRowVersion = q.value(0).toInt();
        return true;
    }
    // Nothing updated: the row is gone or someone saved first. Say what changed and by whom.
    EditConflict c;
    DbRefusal loadError;
    if (!loadOrder(db, base.orderId, &c.current, &loadError)) {
        if (error)
            *error = loadError;
        return false;
    }
    c.changedFields = OrderEdit::from(base).differences(OrderEdit::from(c.current));
    if (c.current.status != base.status)
        c.changedFields << tr("Status: %1 → %2").arg(base.status, c.current.status);
    if (c.current.assigneeName != base.assigneeName)
        c.changedFields << tr("Assignee: “%1” → “%2”").arg(base.assigneeName, c.current.assigneeName);
    if (c.current.bomVersion != base.bomVersion)
        c.changedFields << tr("BOM version: %1 → %2").arg(base.bomVersion).arg(c.current.bomVersion);
    // Who: the history entries written after the user's read (the row's updated_at and the history
    // entry of the same change share the transaction's time, so the change the user read is not
    // among them). Direct edits have their 'Edited' entry since 0006.
    const QList<HistoryEntry> all = history(db, base.orderId, nullptr);
    for (const HistoryEntry& h : all)
        if (h.at > base.updatedAt)
            c.changesSince.append(h);
    c.lastChangedAt = c.current.updatedAt;   // when, even if nobody is on record (a superuser's edit)
    for (auto it = c.changesSince.crbegin(); it != c.changesSince.crend(); ++it) {
        if (it->changesOrder()) {
            c.lastChangedBy = it->who;
            c.lastChangedAt = it->at;
            break;
        }
    }
    if (conflict)
        *conflict = c;
    if (error)
        *error = DbRefusal{QStringLiteral("E-STALE"), QStringLiteral("40001"),
                           tr("build %1 was changed by someone else since you opened it").arg(base.buildNumber)};
    return false;
}

// ---------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------
namespace {

// One accepted kind of document: its suffixes, MIME type and, when the format has one, the bytes its
// content starts with (any of them). PDF readers accept the header anywhere in the first 1024 bytes.
struct DocumentKind
{
    QStringList suffixes;
    const char* mime;
    QList<QByteArray> signatures;
    bool signatureInHead = false;   // anywhere in the first documentHeadBytes, not only at the start
};

const QList<DocumentKind>& documentKinds()
{
    static const QByteArray ole2 = QByteArrayLiteral("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1");   // DOC, XLS
    static const QByteArray zip = QByteArrayLiteral("PK\x03\x04");                        // DOCX, XLSX
    static const QList<DocumentKind> kinds{
        {{QStringLiteral("pdf")}, "application/pdf", {QByteArrayLiteral("%PDF-")}, true},
        {{QStringLiteral("png")}, "image/png", {QByteArrayLiteral("\x89PNG\r\n\x1a\n")}},
        {{QStringLiteral("jpg"), QStringLiteral("jpeg")}, "image/jpeg", {QByteArrayLiteral("\xff\xd8\xff")}},
        {{QStringLiteral("tif"), QStringLiteral("tiff")}, "image/tiff",
         {QByteArrayLiteral("II*\x00"), QByteArrayLiteral("MM\x00*")}},
        {{QStringLiteral("dxf")}, "image/vnd.dxf", {}},   // text (or the rare binary DXF): no signature
        {{QStringLiteral("dwg")}, "image/vnd.dwg", {QByteArrayLiteral("AC")}},   // "AC1015", "AC1032", ...
        {{QStringLiteral("step"), QStringLiteral("stp")}, "model/step", {QByteArrayLiteral("ISO-10303-21")}},
        {{QStringLiteral("doc")}, "application/msword", {ole2}},
        {{QStringLiteral("docx")}, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", {zip}},
        {{QStringLiteral("xls")}, "application/vnd.ms-excel", {ole2}},
        {{QStringLiteral("xlsx")}, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", {zip}},
        {{QStringLiteral("csv")}, "text/csv", {}},
        {{QStringLiteral("txt")}, "text/plain", {}},
    };
    return kinds;
}

} // namespace

// The server's CHECK on cs.order_documents.content (0001) is the same number.
static_assert(OrderQueries::maxDocumentBytes == 26214400);

QStringList OrderQueries::allowedDocumentSuffixes()
{
    QStringList out;
    for (const DocumentKind& k : documentKinds())
        out += k.suffixes;
    return out;
}

QString OrderQueries::allowedDocumentTypesText()
{
    return allowedDocumentSuffixes().join(QStringLiteral(", ")).toUpper();
}

bool OrderQueries::checkDocument(const QString& fileName, qint64 size, const QByteArray& head, QString* mimeType,
                                 QString* why)
{
    const QString name = QFileInfo(fileName).fileName();
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    auto refuse = [why](const QString& w) {
        if (why)
            *why = w;
        return false;
    };
    const auto kind = std::find_if(documentKinds().cbegin(), documentKinds().cend(),
                                   [&suffix](const DocumentKind& k) { return k.suffixes.contains(suffix); });
    if (kind == documentKinds().cend())
        return refuse(suffix.isEmpty()
                          ? tr("“%1” cannot be attached: its name has no type (such as .pdf). Allowed: %2.")
                                .arg(name, allowedDocumentTypesText())
                          : tr("“%1” cannot be attached: files of type “.%2” are not accepted. Allowed: %3.")
                                .arg(name, suffix, allowedDocumentTypesText()));
    if (size <= 0)
        return refuse(tr("“%1” cannot be attached: the file is empty.").arg(name));
    if (size > maxDocumentBytes)
        return refuse(tr("“%1” cannot be attached: it is %2 MB, and documents may be at most 25 MB.")
                          .arg(name, QString::number(double(size) / (1024.0 * 1024.0), 'f', 1)));
    if (!kind->signatures.isEmpty()) {
        const QByteArray start = head.left(documentHeadBytes);
        const bool matches = std::any_of(kind->signatures.cbegin(), kind->signatures.cend(), [&](const QByteArray& s) {
            return kind->signatureInHead ? start.contains(s) : start.startsWith(s);
        });
        if (!matches)
            return refuse(tr("“%1” cannot be attached: it is named “.%2” but its content is not a %3 file (it may "
                             "be damaged, or another kind of file renamed). Save it again as %3 and attach that.")
                              .arg(name, suffix, suffix.toUpper()));
    }
    if (mimeType)
        *mimeType = QString::fromLatin1(kind->mime);
    return true;
}

bool OrderQueries::checkDocument(const QString& fileName, const QByteArray& content, QString* mimeType, QString* why)
{
    return checkDocument(fileName, content.size(), content, mimeType, why);
}

bool OrderQueries::checkDocumentFile(const QString& path, QString* mimeType, QString* why)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        if (why)
            *why = tr("“%1” cannot be read: %2")
                       .arg(QDir::toNativeSeparators(path),
                            info.exists() && !info.isFile() ? tr("it is not a file") : file.errorString());
        return false;
    }
    return checkDocument(info.fileName(), file.size(), file.read(documentHeadBytes), mimeType, why);
}

Statement OrderQueries::documentsStatement(const QString& orderId)
{
    return Statement{
        QStringLiteral("SELECT d.document_id::text, d.filename, d.file_type, d.document_type, d.file_size, "
                       "d.content_sha256, u.full_name, d.uploaded_at FROM cs.order_documents d "
                       "LEFT JOIN cs.users u ON u.user_id = d.uploaded_by "
                       "WHERE d.order_id = CAST(:id AS uuid) ORDER BY d.uploaded_at, d.filename"),
        {{QStringLiteral(":id"), orderId}}};
}

DocumentInfo OrderQueries::documentFromRow(const QVariantList& row)
{
    return DocumentInfo{row.value(0).toString(), row.value(1).toString(),    text(row.value(2)),
                        text(row.value(3)),      row.value(4).toLongLong(), text(row.value(5)).trimmed(),
                        text(row.value(6)),      row.value(7).toDateTime()};
}

QList<DocumentInfo> OrderQueries::documents(QSqlDatabase db, const QString& orderId, DbRefusal* error)
{
    QList<DocumentInfo> out;
    QList<QVariantList> rows;
    if (!runStatement(db, documentsStatement(orderId), &rows, error))
        return out;
    for (const QVariantList& row : std::as_const(rows))
        out.append(documentFromRow(row));
    return out;
}

Statement OrderQueries::attachDocumentStatement(const QString& orderId, const QString& fileName,
                                                const QString& documentType, const QString& mimeType,
                                                const QByteArray& content)
{
    return Statement{
        QStringLiteral("INSERT INTO cs.order_documents (order_id, filename, file_type, content, document_type) "
                       "VALUES (CAST(:order AS uuid), :name, :type, :content, :kind) RETURNING document_id::text"),
        {{QStringLiteral(":order"), orderId},
         {QStringLiteral(":name"), QFileInfo(fileName).fileName()},
         {QStringLiteral(":type"), mimeType},
         {QStringLiteral(":content"), content},
         {QStringLiteral(":kind"), documentType}}};
}

QString OrderQueries::attachDocument(QSqlDatabase db, const QString& orderId, const QString& fileName,
                                     const QString& documentType, const QByteArray& content, DbRefusal* error)
{
    QString mime;
    QString why;
    if (!checkDocument(fileName, content, &mime, &why)) {
        if (error)
            *error = DbRefusal{QStringLiteral("E-DOCUMENT"), {}, why};
        return {};
    }
    QList<QVariantList> rows;
    if (!runStatement(db, attachDocumentStatement(orderId, fileName, documentType, mime, content), &rows, error)
        || rows.isEmpty())
        return {};
    return rows.constFirst().value(0).toString();
}

Statement OrderQueries::documentContentStatement(const QString& documentId)
{
    return Statement{QStringLiteral("SELECT content FROM cs.order_documents WHERE document_id = CAST(:id AS uuid)"),
                     {{QStringLiteral(":id"), documentId}}};
}

QByteArray OrderQueries::documentContent(QSqlDatabase db, const QString& documentId, DbRefusal* error)
{
    QList<QVariantList> rows;
    if (!runStatement(db, documentContentStatement(documentId), &rows, error) || rows.isEmpty())
        return {};
    return rows.constFirst().value(0).toByteArray();
}

// ---------------------------------------------------------------------------------------------
// Bulk generation
// ---------------------------------------------------------------------------------------------
bool OrderQueries::generateOrders(QSqlDatabase db, const GenerateOptions& options,
                                  const std::function<void(qint64)>& progress, QString* error)
{
    auto fail = [error](const QSqlQuery& q) {
        if (error)
            *error = sqlState(q.lastError()) + QStringLiteral(": ") + q.lastError().text();
        return false;
    };
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = session_user")) || !q.next())
        return fail(q);
    const bool superuser = q.value(0).toBool();
    if (!superuser) {
        if (error)
            *error = tr("gen-orders writes the orders table directly and needs a superuser connection.");
        return false;
    }
    // The author of the generated orders: an active coordinator (or admin).
    if (!q.exec(QStringLiteral("SELECT user_id::text FROM cs.users WHERE is_active AND role IN "
                               "('ProductionCoordinator', 'Admin') ORDER BY role, username LIMIT 1")))
        return fail(q);
    if (!q.next()) {
        if (error)
            *error = tr("There is no active coordinator or admin to be the author of the orders; create one first.");
        return false;
    }
    const QString creator = q.value(0).toString();
    // Continue numbering after an earlier run with the same seed.
    const QString prefix = QStringLiteral("G%1").arg(options.seed);
    q.prepare(QStringLiteral("SELECT coalesce(max(substring(build_number FROM '^' || ? || '-(\\d+)$')::bigint) + 1, 0) "
                             "FROM cs.orders WHERE build_number LIKE ? || '-%'"));
    q.addBindValue(prefix);
    q.addBindValue(prefix);
    if (!q.exec() || !q.next())
        return fail(q);
    qint64 first = q.value(0).toLongLong();
    if (first % 2)
        ++first;   // two builds per purchase order

    if (options.skipTriggers && !q.exec(QStringLiteral("SET session_replication_role = replica")))
        return fail(q);

    // Two builds per PO, deterministic from (seed, index) through hashint8, so a run is reproducible.
    const QString sql = QStringLiteral(R"SQL(
WITH n AS MATERIALIZED (
    SELECT g AS po_idx, abs(hashint8(g * 7919 + :seed)::bigint) AS h, gen_random_uuid() AS po_id,
           format('PO-%s%s', 45 + abs(hashint8(g * 7919 + :seed2)::bigint) % 5,
                  lpad((g + 100000 * CAST(:seed3 AS bigint) % 9000000)::text, 7, '0')) AS po_number,
           now() - make_interval(days => (abs(hashint8(g * 7919 + :seed4)::bigint) % 1000)::int) AS created_at
    FROM generate_series(CAST(:p0 AS bigint), CAST(:p1 AS bigint)) g
), po AS (
    INSERT INTO cs.purchase_orders (po_id, po_number, created_by, created_at)
    SELECT po_id, po_number, CAST(:creator AS uuid), created_at FROM n
), b AS (
    SELECT n.*, k, n.po_idx * 2 + k AS idx, abs(hashint8((n.po_idx * 2 + k) * 104729 + :seed5)::bigint) AS hb
    FROM n CROSS JOIN generate_series(0, 1) k
)
INSERT INTO cs.orders (po_id, po_number, build_number, customer_name, project_name, sales_person, want_date,
                       order_language, sink_family, sink_model, sink_dimensions, legs_type, feet_type, has_pegboard,
                       workflow_direction, config, status, created_by, created_at, updated_at)
SELECT b.po_id, b.po_number,
       format('%s-%s', CAST(:prefix AS text), lpad(b.idx::text, 7, '0')),
       (ARRAY['St. Mary''s Hospital', 'General Hospital', 'University Medical Center', 'Children''s Hospital',
              'Memorial Hospital', 'Regional Medical Center', 'Mercy Health', 'Sacred Heart Hospital',
              'Veterans Medical Center', 'Community Hospital', 'Baptist Health', 'Methodist Hospital',
              'Providence Medical', 'Good Samaritan Hospital', 'Kaiser Surgical Center', 'Mayo Surgery Unit',
              'Cedars Clinic', 'Hôpital Sainte-Justine', 'Centre Hospitalier', 'Hospital San Juan'])[1 + (b.h / 7) % 20]
         || ' ' ||
       (ARRAY['Boston', 'Denver', 'Austin', 'Seattle', 'Chicago', 'Toronto', 'Montréal', 'Québec', 'Phoenix',
              'Atlanta', 'Dallas', 'Miami', 'Portland', 'Calgary', 'Ottawa', 'Madrid', 'Sevilla', 'Lyon',
              'Houston', 'Detroit', 'Vancouver', 'Tampa', 'Orlando', 'Memphis', 'Omaha', 'Tucson', 'Fresno',
              'Raleigh', 'Richmond', 'Buffalo'])[1 + (b.h / 149) % 30]
         || (ARRAY['', ' Main Campus', ' North', ' South', ' East', ' West', ' Downtown', ' Heights', ' Valley',
                   ' Lakeside', ' Riverside', ' Parkview'])[1 + (b.h / 4967) % 12],
       CASE WHEN b.h % 5 = 0 THEN NULL ELSE
       (ARRAY['Sterile Processing Renovation', 'OR Expansion', 'SPD Upgrade', 'Endoscopy Suite', 'New Tower',
              'Decontamination Room', 'Central Sterile', 'Clinic Fit-out', 'Surgical Wing', 'Replacement Program'])
              [1 + (b.h / 4561) % 10] || ' ' ||
       (ARRAY['Boston', 'Denver', 'Austin', 'Seattle', 'Chicago', 'Toronto', 'Montréal', 'Québec', 'Phoenix',
              'Atlanta', 'Dallas', 'Miami', 'Portland', 'Calgary', 'Ottawa', 'Madrid', 'Sevilla', 'Lyon',
              'Houston', 'Detroit', 'Vancouver', 'Tampa', 'Orlando', 'Memphis', 'Omaha', 'Tucson', 'Fresno',
              'Raleigh', 'Richmond', 'Buffalo'])[1 + (b.h / 149) % 30] || ' ' || (2020 + (b.h / 45613) % 7)::text END,
       (ARRAY['Sam Sales', 'Jordan Miles', 'Alex Carter', 'Marie Dubois', 'Luis Ortega', 'Priya Patel'])[1 + (b.h / 13) % 6],
       current_date + ((b.hb % 240) - 60)::int,
       (ARRAY['EN', 'EN', 'EN', 'FR', 'ES'])[1 + (b.h / 17) % 5]::cs.language_enum,
       'MDRD', 'T2-B' || (1 + b.hb % 3)::text,
       jsonb_build_object('widthIn', 30, 'lengthIn', 48 + 12 * (b.hb / 3 % 6)),
       CASE WHEN b.hb % 2 = 0 THEN 'HEIGHT_ADJUSTABLE' ELSE 'FIXED_HEIGHT' END,
       CASE WHEN b.hb % 3 = 0 THEN 'LEVELING_CASTERS' ELSE 'SEISMIC_FEET' END,
       b.hb % 4 = 0,
       CASE WHEN b.hb % 2 = 0 THEN 'LEFT_TO_RIGHT' ELSE 'RIGHT_TO_LEFT' END,
       jsonb_build_object('model', 'T2-B' || (1 + b.hb % 3)::text, 'widthIn', 30, 'lengthIn', 48 + 12 * (b.hb / 3 % 6),
                          'basins', (SELECT jsonb_agg(jsonb_build_object('type', 'E_SINK', 'size', '20X20X8'))
                                     FROM generate_series(1, 1 + (b.hb % 3)::int)),
                          'synthetic', true),
       (ARRAY['Shipped', 'Shipped', 'Shipped', 'Shipped', 'Shipped', 'Shipped', 'OrderCreated', 'OrderCreated',
              'PartsSent', 'ReadyForPreQC', 'ReadyForProduction', 'ReadyForProduction', 'TestingComplete',
              'PackagingComplete', 'ReadyForFinalQC', 'ReadyForShip', 'OnHoldParts', 'ReworkPreQC',
              'PreQCRejected', 'ReworkFinalQC'])[1 + (b.hb / 11) % 20]::cs.order_status_enum,
       CAST(:creator2 AS uuid), b.created_at, b.created_at + make_interval(hours => (b.hb % 2000)::int)
FROM b
)SQL");
    const qint64 poCount = (options.count + 1) / 2;
    const qint64 poFirst = first / 2;
    const qint64 batchPos = qMax<qint64>(1, options.batch / 2);
    qint64 done = 0;
    for (qint64 p = 0; p < poCount; p += batchPos) {
        const qint64 p1 = qMin(poCount, p + batchPos) - 1;
        if (!db.transaction())
            return fail(q);
        q.prepare(sql);
        for (const char* name : {":seed", ":seed2", ":seed3", ":seed4", ":seed5"})
            q.bindValue(QString::fromLatin1(name), qint64(options.seed));
        q.bindValue(QStringLiteral(":p0"), poFirst + p);
        q.bindValue(QStringLiteral(":p1"), poFirst + p1);
        q.bindValue(QStringLiteral(":creator"), creator);
        q.bindValue(QStringLiteral(":prefix"), prefix);
        q.bindValue(QStringLiteral(":creator2"), creator);
        if (!q.exec()) {
            const bool ok = fail(q);
            db.rollback();
            return ok;
        }
        if (!db.commit())
            return fail(q);
        done += (p1 - p + 1) * 2;
        if (progress)
            progress(qMin(done, options.count));
    }
    if (options.skipTriggers)
        q.exec(QStringLiteral("SET session_replication_role = DEFAULT"));
    // Outside a transaction: merges the GIN pending lists and sets the visibility map, so the first
    // searches do not pay for the bulk load.
    q.exec(QStringLiteral("VACUUM (ANALYZE) cs.orders"));
    q.exec(QStringLiteral("VACUUM (ANALYZE) cs.purchase_orders"));
    return true;
}

} // namespace cs::data
