#pragma once

// The customer's acceptance cases and delivered catalog, read from the shared folder beside the
// checkout (never copied into the project), for the unit tests that check against them.
#include "domain/catalog/catalog.h"
#include "domain/catalog/catalogdata.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QString>

namespace cs::test {

// The acceptance cases (CONFIGURATION.md 12); empty when the file cannot be read.
inline QJsonArray acceptanceCases()
{
    QFile f(sharedPath(u"domain/acceptance/cases.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).array();
}

// The delivered catalog as the app serves it; null, with the first problem of its files or of its
// graph in *problem, when it does not read cleanly.
inline domain::CatalogPtr sharedCatalog(QString* problem)
{
    QList<domain::CatalogProblem> problems;
    const domain::CatalogData data = domain::CatalogData::readDirectory(sharedPath(u"domain/catalog"), &problems);
    domain::CatalogPtr catalog;
    if (problems.isEmpty())
        catalog = domain::Catalog::fromData(data, &problems);
    if (!problems.isEmpty()) {
        *problem = problems.constFirst().toString();
        return nullptr;
    }
    return catalog;
}

} // namespace cs::test
