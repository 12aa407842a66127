#pragma once

#include "data/common/dberror.h"
#include "domain/catalog/catalogdata.h"

#include <QSqlDatabase>

namespace cs::data {

// Imports the customer's catalog files (categories.json, parts.json, assemblies.json) into the
// catalog tables. Validates everything first and lists every problem; then imports all or nothing
// in one transaction. Re-importing is an upsert: changed rows are updated, an assembly's component
// list is replaced by the file's, items missing from the files are kept (frozen BOMs and custom
// parts may name them). Each import bumps the catalog revision once.
class CatalogImporter
{
public:
    struct Result
    {
        bool ok = false;
        QList<domain::CatalogProblem> problems; // validation problems (nothing was written)
        QString error;                          // a database error (nothing was written)
        DbError cause;                          // the same, as the server said it
        int categories = 0;
        int subcategories = 0;
        int parts = 0;
        int assemblies = 0;
        int components = 0;
        qint64 revision = 0;                    // the catalog revision after the import
    };

    explicit CatalogImporter(QSqlDatabase db);

    Result importDirectory(const QString& dir);
    Result importData(const domain::CatalogData& data);

private:
    QSqlDatabase m_db;
};

} // namespace cs::data
