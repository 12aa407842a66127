#include "data/catalog/catalogimporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace cs::data {

using namespace cs::domain;

namespace {

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QString toJsonText(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Every statement takes one jsonb array and works set-based: a whole catalog is a handful of round
// trips, whatever its size.
const char* const kUpsertCategories = R"(
INSERT INTO cs.categories (category_id, name, description)
SELECT r.id, r.name, r.description FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(id text, name text, description text)
ON CONFLICT (category_id) DO UPDATE SET name = excluded.name, description = excluded.description
WHERE (cs.categories.name, cs.categories.description) IS DISTINCT FROM (excluded.name, excluded.description))";

const char* const kUpsertSubcategories = R"(
INSERT INTO cs.subcategories (subcategory_id, parent_category_id, name, description, assembly_refs)
SELECT r.id, r.category, r.name, r.description, ARRAY(SELECT jsonb_array_elements_text(r.refs))
FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(id text, category text, name text, description text, refs jsonb)
ON CONFLICT (subcategory_id) DO UPDATE SET parent_category_id = excluded.parent_category_id, name = excluded.name,
    description = excluded.description, assembly_refs = excluded.assembly_refs
WHERE (cs.subcategories.parent_category_id, cs.subcategories.name, cs.subcategories.description, cs.subcategories.assembly_refs)
    IS DISTINCT FROM (excluded.parent_category_id, excluded.name, excluded.description, excluded.assembly_refs))";

const char* const kUpsertParts = R"(
INSERT INTO cs.parts (part_id, name, manufacturer_part_number, manufacturer_info, type, status, description, attributes, is_custom)
SELECT r.id, r.name, r.mpn, r.mfr, CAST(r.type AS cs.part_type_enum), CAST(r.status AS cs.part_status_enum),
       r.description, coalesce(r.attributes, '{}'::jsonb), coalesce(r.custom, false)
FROM jsonb_to_recordset(CAST(:rows AS jsonb))
     AS r(id text, name text, mpn text, mfr text, type text, status text, description text, attributes jsonb, custom boolean)
ON CONFLICT (part_id) DO UPDATE SET name = excluded.name, manufacturer_part_number = excluded.manufacturer_part_number,
    manufacturer_info = excluded.manufacturer_info, type = excluded.type, status = excluded.status,
    description = excluded.description, attributes = excluded.attributes
WHERE (cs.parts.name, cs.parts.manufacturer_part_number, cs.parts.manufacturer_info, cs.parts.type, cs.parts.status,
       cs.parts.description, cs.parts.attributes)
    IS DISTINCT FROM (excluded.name, excluded.manufacturer_part_number, excluded.manufacturer_info, excluded.type,
       excluded.status, excluded.description, excluded.attributes))";

const char* const kUpsertAssemblies = R"(
INSERT INTO cs.assemblies (assembly_id, name, type, category_code, subcategory_code, can_order, is_kit, status, description)
SELECT r.id, r.name, CAST(r.type AS cs.assembly_type_enum), r.category, r.subcategory, r.can_order, r.is_kit,
       CAST(r.status AS cs.assembly_status_enum), r.description
FROM jsonb_to_recordset(CAST(:rows AS jsonb))
     AS r(id text, name text, type text, category text, subcategory text, can_order boolean, is_kit boolean,
          status text, description text)
ON CONFLICT (assembly_id) DO UPDATE SET name = excluded.name, type = excluded.type, category_code = excluded.category_code,
    subcategory_code = excluded.subcategory_code, can_order = excluded.can_order, is_kit = excluded.is_kit,
    status = excluded.status, description = excluded.description
WHERE (cs.assemblies.name, cs.assemblies.type, cs.assemblies.category_code, cs.assemblies.subcategory_code,
       cs.assemblies.can_order, cs.assemblies.is_kit, cs.assemblies.status, cs.assemblies.description)
    IS DISTINCT FROM (excluded.name, excluded.type, excluded.category_code, excluded.subcategory_code,
       excluded.can_order, excluded.is_kit, excluded.status, excluded.description))";

// An assembly's component list is replaced as a whole, but only when it differs from the file's, so a
// re-import of an unchanged catalog rewrites nothing: first the lists that differ are deleted, then
// every assembly of the file that has no stored list gets the file's.
const char* const kDeleteChangedComponents = R"(
WITH incoming AS (
    SELECT r.parent, r.pos, r.part, r.assembly, r.qty, r.notes
    FROM jsonb_to_recordset(CAST(:rows AS jsonb))
         AS r(parent text, pos int, part text, assembly text, qty int, notes text)
), stored AS (
    SELECT parent_assembly_id AS parent, position AS pos, child_part_id AS part, child_assembly_id AS assembly,
           quantity AS qty, notes
    FROM cs.assembly_components WHERE parent_assembly_id IN (SELECT parent FROM incoming)
), differing AS (
    (SELECT * FROM incoming EXCEPT SELECT * FROM stored)
    UNION
    (SELECT * FROM stored EXCEPT SELECT * FROM incoming)
)
DELETE FROM cs.assembly_components WHERE parent_assembly_id IN (SELECT parent FROM differing))";

const char* const kInsertMissingComponents = R"(
INSERT INTO cs.assembly_components (parent_assembly_id, child_part_id, child_assembly_id, quantity, notes, position)
SELECT r.parent, r.part, r.assembly, r.qty, r.notes, r.pos
FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(parent text, pos int, part text, assembly text, qty int, notes text)
WHERE NOT EXISTS (SELECT 1 FROM cs.assembly_components c WHERE c.parent_assembly_id = r.parent))";

// Assemblies of the file whose component list became empty lose their stored components.
const char* const kClearComponents = R"(
DELETE FROM cs.assembly_components
WHERE parent_assembly_id IN (SELECT jsonb_array_elements_text(CAST(:ids AS jsonb))))";

} // namespace

CatalogImporter::CatalogImporter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

CatalogImporter::Result CatalogImporter::importDirectory(const QString& dir)
{
    Result result;
    const CatalogData data = CatalogData::readDirectory(dir, &result.problems);
    if (!result.problems.isEmpty())
        return result;
    return importData(data);
}

CatalogImporter::Result CatalogImporter::importData(const CatalogData& data)
{
    Result result;
    data.validate(&result.problems);
    if (!result.problems.isEmpty())
        return result;

    QJsonArray categories, subcategories, parts, assemblies, components, emptyAssemblies;
    for (const CategoryRow& c : data.categories)
        categories.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name},
                                      {QStringLiteral("description"), orNull(c.description)}});
    for (const SubcategoryRow& s : data.subcategories)
        subcategories.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("category"), s.categoryId},
                                         {QStringLiteral("name"), s.name},
                                         {QStringLiteral("description"), orNull(s.description)},
                                         {QStringLiteral("refs"), QJsonArray::fromStringList(s.assemblyRefs)}});
    QSet<QString> partIds;
    for (const PartRow& p : data.parts) {
        partIds.insert(p.id);
        parts.append(QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name},
                                 {QStringLiteral("mpn"), orNull(p.manufacturerPartNumber)},
                                 {QStringLiteral("mfr"), orNull(p.manufacturerInfo)},
                                 {QStringLiteral("type"), p.type}, {QStringLiteral("status"), p.status},
                                 {QStringLiteral("description"), orNull(p.description)},
                                 {QStringLiteral("attributes"), p.attributes},
                                 {QStringLiteral("custom"), p.isCustom}});
    }
    for (const AssemblyRow& a : data.assemblies) {
        assemblies.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("name"), a.name},
                                      {QStringLiteral("type"), a.type},
                                      {QStringLiteral("category"), orNull(a.categoryCode)},
                                      {QStringLiteral("subcategory"), orNull(a.subcategoryCode)},
                                      {QStringLiteral("can_order"), a.canOrder}, {QStringLiteral("is_kit"), a.isKit},
                                      {QStringLiteral("status"), a.status},
                                      {QStringLiteral("description"), orNull(a.description)}});
        if (a.components.isEmpty())
            emptyAssemblies.append(a.id);
        int position = 0;
        for (const ComponentRow& c : a.components) {
            const bool isPart = partIds.contains(c.childId);
            components.append(QJsonObject{{QStringLiteral("parent"), a.id}, {QStringLiteral("pos"), position++},
                                          {QStringLiteral("part"), isPart ? QJsonValue(c.childId) : QJsonValue()},
                                          {QStringLiteral("assembly"), isPart ? QJsonValue() : QJsonValue(c.childId)},
                                          {QStringLiteral("qty"), c.quantity},
                                          {QStringLiteral("notes"), orNull(c.notes)}});
        }
    }

    if (!m_db.transaction()) {
        result.cause = DbError::fromSql(m_db.lastError());
        result.error = m_db.lastError().text();
        return result;
    }
    const QString componentRows = toJsonText(components);
    const QList<QPair<const char*, QString>> steps{
        {kUpsertCategories, toJsonText(categories)},   {kUpsertSubcategories, toJsonText(subcategories)},
        {kUpsertParts, toJsonText(parts)},             {kUpsertAssemblies, toJsonText(assemblies)},
        {kDeleteChangedComponents, componentRows},     {kInsertMissingComponents, componentRows},
        {kClearComponents, toJsonText(emptyAssemblies)}};
    for (const auto& [sql, rows] : steps) {
        QSqlQuery q(m_db);
        q.prepare(QString::fromUtf8(sql));
        q.bindValue(sql == kClearComponents ? QStringLiteral(":ids") : QStringLiteral(":rows"), rows);
        if (!q.exec()) {
            result.cause = DbError::fromSql(q.lastError());
            result.error = q.lastError().text();
            m_db.rollback();
            return result;
        }
    }
    QSqlQuery rev(m_db);
    if (!rev.exec(QStringLiteral("SELECT cs.catalog_revision()")) || !rev.next()) {
        result.cause = DbError::fromSql(rev.lastError());
        result.error = rev.lastError().text();
        m_db.rollback();
        return result;
    }
    result.revision = rev.value(0).toLongLong();
    if (!m_db.commit()) {
        result.cause = DbError::fromSql(m_db.lastError());
        result.error = m_db.lastError().text();
        m_db.rollback();
        return result;
    }
    result.ok = true;
    result.categories = int(data.categories.size());
    result.subcategories = int(data.subcategories.size());
    result.parts = int(data.parts.size());
    result.assemblies = int(data.assemblies.size());
    result.components = int(components.size());
    return result;
}

} // namespace cs::data
