#include "data/catalog/catalogimportrepository.h"

#include "data/catalog/catalogimporter.h"

#include "data/common/session.h"
#include "data/common/worker.h"

#include <QtConcurrent/QtConcurrentRun>

namespace cs::data {

CatalogImportRepository::CatalogImportRepository(Session& session)
    : m_session(session)
{
}

QFuture<CatalogImportCheck> CatalogImportRepository::check(const QString& directory)
{
    return QtConcurrent::run([directory] { return checkNow(directory); });
}

CatalogImportCheck CatalogImportRepository::checkNow(const QString& directory)
{
    CatalogImportCheck c;
    c.directory = directory;
    c.data = domain::CatalogData::readDirectory(directory, &c.problems);
    c.categories = int(c.data.categories.size());
    c.subcategories = int(c.data.subcategories.size());
    c.parts = int(c.data.parts.size());
    c.assemblies = int(c.data.assemblies.size());
    for (const domain::AssemblyRow& a : c.data.assemblies)
        c.components += int(a.components.size());
    return c;
}

QFuture<Result<CatalogImportSummary>> CatalogImportRepository::importChecked(const CatalogImportCheck& checked) const
{
    if (!checked.importable())
        return QtFuture::makeReadyFuture(Result<CatalogImportSummary>(DbError::client(
            QStringLiteral("E-CATALOG-PROBLEMS"),
            tr("The catalog files have %n problem(s); nothing was imported.", nullptr, int(checked.problems.size())))));
    const domain::CatalogData data = checked.data;
    return worker::write<CatalogImportSummary>(
        m_session, Change{QString(ChangeFeed::kCatalog), QString()},
        [data](QSqlDatabase& db) -> Result<CatalogImportSummary> {
            const CatalogImporter::Result r = CatalogImporter(db).importData(data);
            if (!r.problems.isEmpty())
                return DbError::client(QStringLiteral("E-CATALOG-PROBLEMS"),
                                       tr("The catalog files have %n problem(s); nothing was imported.", nullptr,
                                          int(r.problems.size())));
            if (!r.ok)
                return r.cause.isSet() ? r.cause : DbError::client(QStringLiteral("E-CATALOG-IMPORT"), r.error);
            return CatalogImportSummary{r.categories, r.subcategories, r.parts, r.assemblies, r.components, r.revision};
        });
}

} // namespace cs::data
