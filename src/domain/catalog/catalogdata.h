#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cs::domain {

// The catalog as plain rows, exactly as the customer's JSON files (and the database tables) hold it:
// assembly ids keep their `ASSY-` prefix here; id resolution (CONFIGURATION.md 1.2) is the job of
// cs::domain::Catalog, which is built from this.
struct CategoryRow
{
    QString id;          // "721"
    QString name;
    QString description;
};

struct SubcategoryRow
{
    QString id;          // "721.709"
    QString categoryId;  // "721"
    QString name;
    QString description;
    QStringList assemblyRefs; // informative index from categories.json; not authoritative
};

struct PartRow
{
    QString id;
    QString name;
    QString manufacturerPartNumber;
    QString manufacturerInfo;
    QString type = QStringLiteral("COMPONENT");   // COMPONENT | MATERIAL
    QString status = QStringLiteral("ACTIVE");    // ACTIVE | INACTIVE | DISCONTINUED
    QString description;
    bool isCustom = false;
    QJsonObject attributes; // fields outside the standard set (e.g. 708.77's category, vendor)
};

struct ComponentRow
{
    QString childId;     // the JSON `part_id`: names a part (or, where the format allows, an assembly)
    int quantity = 1;
    QString notes;
};

struct AssemblyRow
{
    QString id;
    QString name;
    QString type;             // SIMPLE | COMPLEX | SERVICE_PART | KIT
    QString categoryCode;
    QString subcategoryCode;
    bool canOrder = true;
    bool isKit = false;
    QString status = QStringLiteral("ACTIVE");
    QString description;
    QList<ComponentRow> components; // in file order
};

// One problem found while reading or validating catalog files: which file, which id, what.
struct CatalogProblem
{
    QString file;  // "parts.json"
    QString id;    // the offending id, empty when the problem concerns the whole file
    QString what;  // plain words: "duplicate id", "component T2-X not found", ...
    QString toString() const;
};

struct CatalogData
{
    QList<CategoryRow> categories;
    QList<SubcategoryRow> subcategories;
    QList<PartRow> parts;
    QList<AssemblyRow> assemblies;
    qint64 revision = 0; // the database catalog revision it came from; 0 for files

    // Reads categories.json, parts.json and assemblies.json from a directory in the customer's format
    // (shared/domain/catalog/README.md). Every problem is appended to *problems; on any problem the
    // returned data must not be imported. Checks: unreadable or malformed JSON (with line/offset),
    // missing sections, duplicate ids (also duplicate keys inside one JSON object), dangling
    // component references, cycles (other than an `ASSY-X` assembly listing its own part `X`, which is
    // a leaf by CONFIGURATION.md 9.14), non-positive or non-integer quantities, unknown category or
    // subcategory codes, unknown enum values.
    static CatalogData readDirectory(const QString& dir, QList<CatalogProblem>* problems);

    // The same validation on data already in memory (used by readDirectory and by the importer).
    void validate(QList<CatalogProblem>* problems) const;

    // Writes the three files back in the customer's format (used by gen-catalog and tests).
    bool writeDirectory(const QString& dir, QString* error) const;
};

} // namespace cs::domain
