#pragma once

#include "domain/catalog/catalogdata.h"

#include <QSqlDatabase>
#include <QString>

namespace cs::data {

// Reads the catalog tables of docs/contracts.md into plain rows (cs::domain::CatalogData), in one
// read-only REPEATABLE READ transaction so the rows and the revision belong together: six queries
// whatever the catalog size (revision, categories, subcategories, parts, assemblies, components).
class CatalogLoader
{
public:
    explicit CatalogLoader(QSqlDatabase db);

    // false and *error (plain words plus the driver text) on failure.
    bool load(domain::CatalogData* out, QString* error);

    // cs.catalog_revision(), or -1 and *error on failure.
    qint64 revision(QString* error);

private:
    QSqlDatabase m_db;
};

} // namespace cs::data
