#include "domain/catalog/catalogdata.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <cmath>
#include <functional>
#include <limits>

namespace cs::domain {

namespace {

const QString kCategoriesFile = QStringLiteral("categories.json");
const QString kPartsFile = QStringLiteral("parts.json");
const QString kAssembliesFile = QStringLiteral("assemblies.json");

const QStringList kPartTypes{QStringLiteral("COMPONENT"), QStringLiteral("MATERIAL")};
const QStringList kStatuses{QStringLiteral("ACTIVE"), QStringLiteral("INACTIVE"), QStringLiteral("DISCONTINUED")};
const QStringList kAssemblyTypes{QStringLiteral("SIMPLE"), QStringLiteral("COMPLEX"), QStringLiteral("SERVICE_PART"),
                                 QStringLiteral("KIT")};

void addProblem(QList<CatalogProblem>* problems, const QString& file, const QString& id, const QString& what)
{
    if (problems)
        problems->append(CatalogProblem{file, id, what});
}

// QJsonDocument silently keeps the last of two equal keys, which would hide a duplicated id. This scan
// walks the raw text once and reports every key that repeats inside one object, with its object path.
void findDuplicateKeys(const QByteArray& text, const QString& file, QList<CatalogProblem>* problems)
{
    struct Frame
    {
        bool isObject = false;
        bool expectKey = false;
        QString key;            // the key whose value is being read (objects only)
        QSet<QString> keys;
    };
    QList<Frame> stack;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = text.at(i);
        if (c == '{') {
            stack.append(Frame{true, true, {}, {}});
        } else if (c == '[') {
            stack.append(Frame{false, false, {}, {}});
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == ',') {
            if (!stack.isEmpty() && stack.last().isObject)
                stack.last().expectKey = true;
        } else if (c == '"') {
            const qsizetype start = i + 1;
            ++i;
            while (i < n && text.at(i) != '"') {
                if (text.at(i) == '\\')
                    ++i;
                ++i;
            }
            if (!stack.isEmpty() && stack.last().isObject && stack.last().expectKey) {
                Frame& f = stack.last();
                const QString raw = QString::fromUtf8(text.mid(start, i - start));
                // Keys with escapes are compared in their raw form: good enough to find repeats.
                if (f.keys.contains(raw)) {
                    QStringList path;
                    for (qsizetype k = 0; k + 1 < stack.size(); ++k)
                        if (stack.at(k).isObject)
                            path << stack.at(k).key;
                    const bool isIdLevel = path.size() == 1
                        && (path.first() == u"parts" || path.first() == u"assemblies"
                            || path.first() == u"categories");
                    if (isIdLevel)
                        addProblem(problems, file, raw, QStringLiteral("duplicate id"));
                    else
                        addProblem(problems, file, path.isEmpty() ? raw : path.last(),
                                   QStringLiteral("duplicate key \"%1\" in %2").arg(raw, path.join(u'.')));
                }
                f.keys.insert(raw);
                f.key = raw;
                f.expectKey = false;
            }
        }
    }
}

std::optional<QJsonObject> readJsonFile(const QString& dir, const QString& file, QList<CatalogProblem>* problems)
{
    QFile f(QDir(dir).filePath(file));
    if (!f.open(QIODevice::ReadOnly)) {
        addProblem(problems, file, {}, QStringLiteral("cannot read the file: %1").arg(f.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = f.readAll();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(error.offset - before.lastIndexOf('\n'));
        addProblem(problems, file, {},
                   QStringLiteral("malformed JSON at line %1, column %2: %3").arg(line).arg(column).arg(error.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        addProblem(problems, file, {}, QStringLiteral("the top level must be a JSON object"));
        return std::nullopt;
    }
    findDuplicateKeys(bytes, file, problems);
    return doc.object();
}

QString stringField(const QJsonObject& o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

} // namespace

QString CatalogProblem::toString() const
{
    if (id.isEmpty())
        return QStringLiteral("%1: %2").arg(file, what);
    return QStringLiteral("%1: %2: %3").arg(file, id, what);
}

CatalogData CatalogData::readDirectory(const QString& dir, QList<CatalogProblem>* problems)
{
    CatalogData data;
    QList<CatalogProblem> local;
    QList<CatalogProblem>* out = problems ? problems : &local;
    const qsizetype before = out->size();

    if (const auto root = readJsonFile(dir, kCategoriesFile, out)) {
        const QJsonValue cats = root->value(QLatin1StringView("categories"));
        if (!cats.isObject()) {
            addProblem(out, kCategoriesFile, {}, QStringLiteral("missing the \"categories\" object"));
        } else {
            const QJsonObject co = cats.toObject();
            for (auto it = co.begin(); it != co.end(); ++it) {
                if (!it.value().isObject()) {
                    addProblem(out, kCategoriesFile, it.key(), QStringLiteral("category is not an object"));
                    continue;
                }
                const QJsonObject c = it.value().toObject();
                data.categories.append(CategoryRow{it.key(), stringField(c, QLatin1StringView("name")),
                                                   stringField(c, QLatin1StringView("description"))});
                const QJsonObject subs = c.value(QLatin1StringView("subcategories")).toObject();
                for (auto s = subs.begin(); s != subs.end(); ++s) {
                    const QJsonObject so = s.value().toObject();
                    SubcategoryRow row{s.key(), it.key(), stringField(so, QLatin1StringView("name")),
                                       stringField(so, QLatin1StringView("description")), {}};
                    for (const QJsonValue ref : so.value(QLatin1StringView("assembly_refs")).toArray())
                        row.assemblyRefs << ref.toString();
                    data.subcategories.append(row);
                }
            }
        }
    }

    if (const auto root = readJsonFile(dir, kPartsFile, out)) {
        const QJsonValue parts = root->value(QLatin1StringView("parts"));
        if (!parts.isObject()) {
            addProblem(out, kPartsFile, {}, QStringLiteral("missing the \"parts\" object"));
        } else {
            const QJsonObject po = parts.toObject();
            for (auto it = po.begin(); it != po.end(); ++it) {
                if (!it.value().isObject()) {
                    addProblem(out, kPartsFile, it.key(), QStringLiteral("part is not an object"));
                    continue;
                }
                QJsonObject p = it.value().toObject();
                PartRow row;
                row.id = it.key();
                row.name = stringField(p, QLatin1StringView("name"));
                row.manufacturerPartNumber = stringField(p, QLatin1StringView("manufacturer_part_number"));
                row.manufacturerInfo = stringField(p, QLatin1StringView("manufacturer_info"));
                if (p.contains(QLatin1StringView("type")))
                    row.type = stringField(p, QLatin1StringView("type"));
                if (p.contains(QLatin1StringView("status")))
                    row.status = stringField(p, QLatin1StringView("status"));
                row.description = stringField(p, QLatin1StringView("description"));
                row.isCustom = p.value(QLatin1StringView("is_custom")).toBool(false);
                for (const char* known : {"name", "manufacturer_part_number", "manufacturer_info", "type", "status",
                                          "description", "is_custom"})
                    p.remove(QLatin1StringView(known));
                row.attributes = p;
                data.parts.append(row);
            }
        }
    }

    if (const auto root = readJsonFile(dir, kAssembliesFile, out)) {
        const QJsonValue assemblies = root->value(QLatin1StringView("assemblies"));
        if (!assemblies.isObject()) {
            addProblem(out, kAssembliesFile, {}, QStringLiteral("missing the \"assemblies\" object"));
        } else {
            const QJsonObject ao = assemblies.toObject();
            for (auto it = ao.begin(); it != ao.end(); ++it) {
                if (!it.value().isObject()) {
                    addProblem(out, kAssembliesFile, it.key(), QStringLiteral("assembly is not an object"));
                    continue;
                }
                const QJsonObject a = it.value().toObject();
                AssemblyRow row;
                row.id = it.key();
                row.name = stringField(a, QLatin1StringView("name"));
                row.type = stringField(a, QLatin1StringView("type"));
                row.categoryCode = stringField(a, QLatin1StringView("category_code"));
                row.subcategoryCode = stringField(a, QLatin1StringView("subcategory_code"));
                row.canOrder = a.value(QLatin1StringView("can_order")).toBool(true);
                row.isKit = a.value(QLatin1StringView("is_kit")).toBool(false);
                if (a.contains(QLatin1StringView("status")))
                    row.status = stringField(a, QLatin1StringView("status"));
                row.description = stringField(a, QLatin1StringView("description"));
                const QJsonValue comps = a.value(QLatin1StringView("components"));
                if (!comps.isUndefined() && !comps.isNull() && !comps.isArray())
                    addProblem(out, kAssembliesFile, row.id, QStringLiteral("\"components\" must be a list"));
                int index = 0;
                for (const QJsonValue cv : comps.toArray()) {
                    const QJsonObject c = cv.toObject();
                    ComponentRow comp;
                    comp.childId = stringField(c, QLatin1StringView("part_id"));
                    comp.notes = stringField(c, QLatin1StringView("notes"));
                    const QJsonValue q = c.value(QLatin1StringView("quantity"));
                    const double qd = q.toDouble(0.0);
                    // Range first: converting a double outside the integer's range is undefined.
                    if (!q.isDouble() || std::trunc(qd) != qd) {
                        addProblem(out, kAssembliesFile, row.id,
                                   QStringLiteral("component %1 (line %2): quantity must be a whole number")
                                       .arg(comp.childId.isEmpty() ? QStringLiteral("?") : comp.childId)
                                       .arg(index + 1));
                        comp.quantity = 0;
                    } else if (qd < std::numeric_limits<int>::min() || qd > std::numeric_limits<int>::max()) {
                        addProblem(out, kAssembliesFile, row.id,
                                   QStringLiteral("component %1 (line %2): quantity %3 is out of range (at most %4)")
                                       .arg(comp.childId.isEmpty() ? QStringLiteral("?") : comp.childId)
                                       .arg(index + 1)
                                       .arg(qd, 0, 'g', 15)
                                       .arg(std::numeric_limits<int>::max()));
                        comp.quantity = 0;
                    } else {
                        comp.quantity = int(qd);
                    }
                    if (comp.childId.isEmpty())
                        addProblem(out, kAssembliesFile, row.id,
                                   QStringLiteral("component line %1 has no part_id").arg(index + 1));
                    row.components.append(comp);
                    ++index;
                }
                data.assemblies.append(row);
            }
        }
    }

    // Validate the references only when every file could be read: a missing file would make every
    // reference into it look dangling.
    if (out->size() == before || std::none_of(out->begin() + before, out->end(), [](const CatalogProblem& p) {
            return p.id.isEmpty();
        }))
        data.validate(out);
    return data;
}

void CatalogData::validate(QList<CatalogProblem>* problems) const
{
    QSet<QString> categoryIds;
    for (const CategoryRow& c : categories) {
        if (c.id.trimmed().isEmpty())
            addProblem(problems, kCategoriesFile, c.id, QStringLiteral("empty category code"));
        if (c.name.trimmed().isEmpty())
            addProblem(problems, kCategoriesFile, c.id, QStringLiteral("category has no name"));
        categoryIds.insert(c.id);
    }
    QHash<QString, QString> subcategoryParent;
    for (const SubcategoryRow& s : subcategories) {
        if (subcategoryParent.contains(s.id))
            addProblem(problems, kCategoriesFile, s.id, QStringLiteral("duplicate subcategory code"));
        subcategoryParent.insert(s.id, s.categoryId);
        if (!categoryIds.contains(s.categoryId))
            addProblem(problems, kCategoriesFile, s.id,
                       QStringLiteral("subcategory belongs to unknown category %1").arg(s.categoryId));
    }

    QSet<QString> partIds;
    for (const PartRow& p : parts) {
        if (p.id.trimmed().isEmpty() || p.id != p.id.trimmed())
            addProblem(problems, kPartsFile, p.id, QStringLiteral("part id is empty or has surrounding spaces"));
        if (partIds.contains(p.id))
            addProblem(problems, kPartsFile, p.id, QStringLiteral("duplicate id"));
        partIds.insert(p.id);
        if (p.name.trimmed().isEmpty())
            addProblem(problems, kPartsFile, p.id, QStringLiteral("part has no name"));
        if (!kPartTypes.contains(p.type))
            addProblem(problems, kPartsFile, p.id,
                       QStringLiteral("unknown part type \"%1\" (expected COMPONENT or MATERIAL)").arg(p.type));
        if (!kStatuses.contains(p.status))
            addProblem(problems, kPartsFile, p.id, QStringLiteral("unknown status \"%1\"").arg(p.status));
    }

    QHash<QString, const AssemblyRow*> assemblyById;
    for (const AssemblyRow& a : assemblies) {
        if (assemblyById.contains(a.id))
            addProblem(problems, kAssembliesFile, a.id, QStringLiteral("duplicate id"));
        assemblyById.insert(a.id, &a);
    }
    for (const AssemblyRow& a : assemblies) {
        if (a.id.trimmed().isEmpty() || a.id != a.id.trimmed())
            addProblem(problems, kAssembliesFile, a.id,
                       QStringLiteral("assembly id is empty or has surrounding spaces"));
        if (partIds.contains(a.id))
            addProblem(problems, kAssembliesFile, a.id,
                       QStringLiteral("id is both a part and an assembly (an assembly that gives a part its "
                                      "structure must be named ASSY-%1)")
                           .arg(a.id));
        if (a.name.trimmed().isEmpty())
            addProblem(problems, kAssembliesFile, a.id, QStringLiteral("assembly has no name"));
        if (!kAssemblyTypes.contains(a.type))
            addProblem(problems, kAssembliesFile, a.id, QStringLiteral("unknown assembly type \"%1\"").arg(a.type));
        if (!kStatuses.contains(a.status))
            addProblem(problems, kAssembliesFile, a.id, QStringLiteral("unknown status \"%1\"").arg(a.status));
        if (!a.categoryCode.isEmpty() && !categoryIds.contains(a.categoryCode))
            addProblem(problems, kAssembliesFile, a.id, QStringLiteral("unknown category code %1").arg(a.categoryCode));
        if (!a.subcategoryCode.isEmpty()) {
            if (!subcategoryParent.contains(a.subcategoryCode))
                addProblem(problems, kAssembliesFile, a.id,
                           QStringLiteral("unknown subcategory code %1").arg(a.subcategoryCode));
            else if (!a.categoryCode.isEmpty() && subcategoryParent.value(a.subcategoryCode) != a.categoryCode)
                addProblem(problems, kAssembliesFile, a.id,
                           QStringLiteral("subcategory %1 is not in category %2").arg(a.subcategoryCode, a.categoryCode));
        }
        QSet<QString> seenChildren;
        for (const ComponentRow& c : a.components) {
            if (c.childId.isEmpty())
                continue;
            if (c.quantity <= 0)
                addProblem(problems, kAssembliesFile, a.id,
                           QStringLiteral("component %1: quantity %2 is not positive").arg(c.childId).arg(c.quantity));
            if (!partIds.contains(c.childId) && !assemblyById.contains(c.childId))
                addProblem(problems, kAssembliesFile, a.id,
                           QStringLiteral("component %1 is neither a part nor an assembly").arg(c.childId));
            if (seenChildren.contains(c.childId))
                addProblem(problems, kAssembliesFile, a.id,
                           QStringLiteral("component %1 is listed twice").arg(c.childId));
            seenChildren.insert(c.childId);
        }
    }
    for (const SubcategoryRow& s : subcategories)
        for (const QString& ref : s.assemblyRefs)
            if (!assemblyById.contains(ref))
                addProblem(problems, kCategoriesFile, s.id,
                           QStringLiteral("assembly_refs names unknown assembly %1").arg(ref));

    // Cycles. A component X has structure when assembly X exists, else when assembly ASSY-X exists
    // (CONFIGURATION.md 1.2). ASSY-X listing its own part X is the documented self reference: a leaf.
    auto structureOf = [&](const QString& child) -> const AssemblyRow* {
        if (const AssemblyRow* a = assemblyById.value(child))
            return a;
        return assemblyById.value(QStringLiteral("ASSY-") + child);
    };
    enum class Mark { None, Active, Done };
    QHash<const AssemblyRow*, Mark> marks;
    QStringList path;
    QSet<QString> reported;
    std::function<void(const AssemblyRow*)> visit = [&](const AssemblyRow* a) {
        marks[a] = Mark::Active;
        path << a->id;
        for (const ComponentRow& c : a->components) {
            const AssemblyRow* child = structureOf(c.childId);
            if (!child || child == a)
                continue; // a leaf, or the ASSY-X -> X self reference
            const Mark m = marks.value(child, Mark::None);
            if (m == Mark::Active) {
                const qsizetype from = path.indexOf(child->id);
                const QString cycle = (path.mid(from) << child->id).join(QStringLiteral(" -> "));
                if (!reported.contains(child->id)) {
                    reported.insert(child->id);
                    addProblem(problems, kAssembliesFile, child->id, QStringLiteral("cycle: %1").arg(cycle));
                }
            } else if (m == Mark::None) {
                visit(child);
            }
        }
        path.removeLast();
        marks[a] = Mark::Done;
    };
    for (const AssemblyRow& a : assemblies)
        if (marks.value(&a, Mark::None) == Mark::None)
            visit(&a);
}

bool CatalogData::writeDirectory(const QString& dir, QString* error) const
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    QJsonObject cats;
    for (const CategoryRow& c : categories) {
        QJsonObject subs;
        for (const SubcategoryRow& s : subcategories) {
            if (s.categoryId != c.id)
                continue;
            subs.insert(s.id, QJsonObject{{QStringLiteral("name"), s.name},
                                          {QStringLiteral("description"), s.description},
                                          {QStringLiteral("assembly_refs"), QJsonArray::fromStringList(s.assemblyRefs)}});
        }
        cats.insert(c.id, QJsonObject{{QStringLiteral("name"), c.name},
                                      {QStringLiteral("description"), c.description},
                                      {QStringLiteral("subcategories"), subs}});
    }
    QJsonObject partsObj;
    for (const PartRow& p : parts) {
        QJsonObject o = p.attributes;
        o.insert(QStringLiteral("name"), p.name);
        o.insert(QStringLiteral("manufacturer_part_number"),
                 p.manufacturerPartNumber.isEmpty() ? QJsonValue() : QJsonValue(p.manufacturerPartNumber));
        o.insert(QStringLiteral("manufacturer_info"),
                 p.manufacturerInfo.isEmpty() ? QJsonValue() : QJsonValue(p.manufacturerInfo));
        o.insert(QStringLiteral("type"), p.type);
        o.insert(QStringLiteral("status"), p.status);
        if (!p.description.isEmpty())
            o.insert(QStringLiteral("description"), p.description);
        partsObj.insert(p.id, o);
    }
    QJsonObject asmObj;
    for (const AssemblyRow& a : assemblies) {
        QJsonArray comps;
        for (const ComponentRow& c : a.components) {
            QJsonObject co{{QStringLiteral("part_id"), c.childId}, {QStringLiteral("quantity"), c.quantity}};
            if (!c.notes.isEmpty())
                co.insert(QStringLiteral("notes"), c.notes);
            comps.append(co);
        }
        QJsonObject o{{QStringLiteral("name"), a.name},
                      {QStringLiteral("type"), a.type},
                      {QStringLiteral("category_code"), a.categoryCode},
                      {QStringLiteral("subcategory_code"), a.subcategoryCode},
                      {QStringLiteral("can_order"), a.canOrder},
                      {QStringLiteral("is_kit"), a.isKit},
                      {QStringLiteral("status"), a.status},
                      {QStringLiteral("components"), comps}};
        if (!a.description.isEmpty())
            o.insert(QStringLiteral("description"), a.description);
        asmObj.insert(a.id, o);
    }
    const QList<QPair<QString, QJsonObject>> files{
        {kCategoriesFile, QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("total_categories"), int(categories.size())}}},
                                      {QStringLiteral("categories"), cats}}},
        {kPartsFile, QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("total_parts"), int(parts.size())}}},
                                 {QStringLiteral("parts"), partsObj}}},
        {kAssembliesFile, QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("total_assemblies"), int(assemblies.size())}}},
                                      {QStringLiteral("assemblies"), asmObj}}}};
    for (const auto& [name, obj] : files) {
        QSaveFile f(QDir(dir).filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(obj).toJson(QJsonDocument::Indented)) < 0
            || !f.commit()) {
            if (error)
                *error = QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString());
            return false;
        }
    }
    return true;
}

} // namespace cs::domain
