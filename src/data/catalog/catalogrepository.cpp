#include "data/catalog/catalogrepository.h"

#include "data/common/worker.h"

namespace cs::data {

CatalogRepository::CatalogRepository(Session& session)
    : m_session(session)
{
}

Result<std::optional<CatalogItemRecord>> CatalogRepository::item(QSqlDatabase& db, const QString& itemId)
{
    // Both in one snapshot: the item and its lines agree.
    return worker::inTransaction<std::optional<CatalogItemRecord>>(
        db, [&itemId](QSqlDatabase& tx) -> Result<std::optional<CatalogItemRecord>> {
            QSqlQuery q(tx);
            if (const Result<Done> r = worker::exec(
                    q,
                    QStringLiteral("SELECT assembly_id, name, type::text, status::text, coalesce(description, ''), true "
                                   "FROM cs.assemblies WHERE upper(assembly_id) = upper(:key) "
                                   "UNION ALL SELECT part_id, name, type::text, status::text, coalesce(description, ''), "
                                   "false FROM cs.parts WHERE upper(part_id) = upper(:key)"),
                    {{QStringLiteral(":key"), itemId.trimmed()}});
                !r)
                return r.error();
            if (!q.next())
                return std::optional<CatalogItemRecord>();
            CatalogItemRecord record;
            record.itemId = q.value(0).toString();
            record.name = q.value(1).toString();
            record.type = q.value(2).toString();
            record.status = q.value(3).toString();
            record.description = q.value(4).toString();
            record.assembly = q.value(5).toBool();
            if (record.assembly) {
                QSqlQuery lines(tx);
                if (const Result<Done> r = worker::exec(
                        lines,
                        QStringLiteral("SELECT coalesce(c.child_part_id, c.child_assembly_id), coalesce(p.name, a.name), "
                                       "c.quantity, coalesce(c.notes, '') FROM cs.assembly_components c "
                                       "LEFT JOIN cs.parts p ON p.part_id = c.child_part_id "
                                       "LEFT JOIN cs.assemblies a ON a.assembly_id = c.child_assembly_id "
                                       "WHERE c.parent_assembly_id = :id ORDER BY c.position"),
                        {{QStringLiteral(":id"), record.itemId}});
                    !r)
                    return r.error();
                while (lines.next()) {
                    record.components << CatalogComponentRow{lines.value(0).toString(), lines.value(1).toString(),
                                                             lines.value(2).toInt(), lines.value(3).toString()};
                }
            }
            return std::optional<CatalogItemRecord>(std::move(record));
        });
}

QFuture<Result<std::optional<CatalogItemRecord>>> CatalogRepository::item(const QString& itemId)
{
    return worker::read<std::optional<CatalogItemRecord>>(
        m_session, [itemId](QSqlDatabase& db) { return item(db, itemId); });
}

} // namespace cs::data
