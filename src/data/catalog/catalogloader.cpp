#include "data/catalog/catalogloader.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace cs::data {

namespace {

QStringList parseTextArray(const QString& literal)
{
    // PostgreSQL text[] literal: {a,b,"c d"}; assembly ids never contain quotes or commas.
    QString s = literal.trimmed();
    if (s.size() < 2 || s.front() != u'{' || s.back() != u'}')
        return {};
    s = s.mid(1, s.size() - 2);
    if (s.isEmpty())
        return {};
    QStringList out;
    for (QString item : s.split(u',')) {
        if (item.size() >= 2 && item.front() == u'"' && item.back() == u'"')
            item = item.mid(1, item.size() - 2);
        out << item;
    }
    return out;
}

} // namespace

CatalogLoader::CatalogLoader(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 CatalogLoader::revision(QString* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT cs.catalog_revision()")) || !q.next()) {
        if (error)
            *error = QStringLiteral("cannot read the catalog revision: %1").arg(q.lastError().text());
        return -1;
    }
    return q.value(0).toLongLong();
}

bool CatalogLoader::load(domain::CatalogData* out, QString* error)
{
    using namespace cs::domain;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    auto fail = [&](const QString& what) {
        if (error)
            *error = QStringLiteral("cannot load the catalog (%1): %2").arg(what, q.lastError().text());
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    if (!q.exec(QStringLiteral("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")))
        return fail(QStringLiteral("begin"));

    CatalogData data;
    if (!q.exec(QStringLiteral("SELECT cs.catalog_revision()")) || !q.next())
        return fail(QStringLiteral("revision"));
    data.revision = q.value(0).toLongLong();

    if (!q.exec(QStringLiteral("SELECT category_id, name, coalesce(description, '') FROM cs.categories ORDER BY category_id")))
        return fail(QStringLiteral("categories"));
    while (q.next())
        data.categories.append(CategoryRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});

    if (!q.exec(QStringLiteral("SELECT subcategory_id, parent_category_id, name, coalesce(description, ''), "
                               "assembly_refs::text FROM cs.subcategories ORDER BY subcategory_id")))
        return fail(QStringLiteral("subcategories"));
    while (q.next())
        data.subcategories.append(SubcategoryRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                 q.value(3).toString(), parseTextArray(q.value(4).toString())});

    if (!q.exec(QStringLiteral("SELECT part_id, name, coalesce(manufacturer_part_number, ''), "
                               "coalesce(manufacturer_info, ''), type::text, status::text, coalesce(description, ''), "
                               "is_custom, attributes::text FROM cs.parts ORDER BY part_id")))
        return fail(QStringLiteral("parts"));
    while (q.next()) {
        PartRow p;
        p.id = q.value(0).toString();
        p.name = q.value(1).toString();
        p.manufacturerPartNumber = q.value(2).toString();
        p.manufacturerInfo = q.value(3).toString();
        p.type = q.value(4).toString();
        p.status = q.value(5).toString();
        p.description = q.value(6).toString();
        p.isCustom = q.value(7).toBool();
        const QString attrs = q.value(8).toString();
        if (attrs.size() > 2)
            p.attributes = QJsonDocument::fromJson(attrs.toUtf8()).object();
        data.parts.append(p);
    }

    if (!q.exec(QStringLiteral("SELECT assembly_id, name, type::text, coalesce(category_code, ''), "
                               "coalesce(subcategory_code, ''), can_order, is_kit, status::text, "
                               "coalesce(description, '') FROM cs.assemblies ORDER BY assembly_id")))
        return fail(QStringLiteral("assemblies"));
    QHash<QString, qsizetype> index;
    while (q.next()) {
        AssemblyRow a;
        a.id = q.value(0).toString();
        a.name = q.value(1).toString();
        a.type = q.value(2).toString();
        a.categoryCode = q.value(3).toString();
        a.subcategoryCode = q.value(4).toString();
        a.canOrder = q.value(5).toBool();
        a.isKit = q.value(6).toBool();
        a.status = q.value(7).toString();
        a.description = q.value(8).toString();
        index.insert(a.id, data.assemblies.size());
        data.assemblies.append(a);
    }

    if (!q.exec(QStringLiteral("SELECT parent_assembly_id, coalesce(child_part_id, child_assembly_id), quantity, "
                               "coalesce(notes, '') FROM cs.assembly_components ORDER BY parent_assembly_id, position")))
        return fail(QStringLiteral("components"));
    while (q.next()) {
        const qsizetype parent = index.value(q.value(0).toString(), -1);
        if (parent < 0)
            continue; // cannot happen with the foreign key
        data.assemblies[parent].components.append(
            ComponentRow{q.value(1).toString(), q.value(2).toInt(), q.value(3).toString()});
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(QStringLiteral("commit"));
    *out = std::move(data);
    return true;
}

} // namespace cs::data
