#include "domain/checklist/checklisttemplate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <array>
#include <cmath>
#include <utility>

namespace cs::domain {

namespace {

const std::array<std::pair<ChecklistItemType, const char16_t*>, 10> kTypes{{
    {ChecklistItemType::Check, u"check"},
    {ChecklistItemType::PassFail, u"passFail"},
    {ChecklistItemType::Choice, u"choice"},
    {ChecklistItemType::MultiCheck, u"multiCheck"},
    {ChecklistItemType::YesNo, u"yesNo"},
    {ChecklistItemType::Text, u"text"},
    {ChecklistItemType::Number, u"number"},
    {ChecklistItemType::Date, u"date"},
    {ChecklistItemType::Serial, u"serial"},
    {ChecklistItemType::Initials, u"initials"},
}};

constexpr int kMaxBasins = 3; // the largest model (T2-B3)

// Reads one object's fields, names the ones it knows, and reports a field of the wrong JSON type.
class Reader
{
public:
    Reader(const QJsonObject& o, QList<ChecklistProblem>* problems, ChecklistProblem where)
        : m_object(o), m_problems(problems), m_where(std::move(where))
    {
    }

    void problem(const QString& message)
    {
        ChecklistProblem p = m_where;
        p.message = message;
        m_problems->append(p);
    }

    QString string(const char16_t* key, bool required = false)
    {
        m_known.insert(QString::fromUtf16(key));
        const QJsonValue v = m_object.value(QStringView(key));
        if (v.isString())
            return v.toString();
        if (!v.isUndefined() || required)
            problem(ChecklistTemplate::tr("\"%1\" must be a text").arg(QString::fromUtf16(key)));
        return QString();
    }

    std::optional<bool> boolean(const char16_t* key)
    {
        m_known.insert(QString::fromUtf16(key));
        const QJsonValue v = m_object.value(QStringView(key));
        if (v.isBool())
            return v.toBool();
        if (!v.isUndefined())
            problem(ChecklistTemplate::tr("\"%1\" must be true or false").arg(QString::fromUtf16(key)));
        return std::nullopt;
    }

    std::optional<double> number(const char16_t* key)
    {
        m_known.insert(QString::fromUtf16(key));
        const QJsonValue v = m_object.value(QStringView(key));
        if (v.isDouble() && std::isfinite(v.toDouble()))
            return v.toDouble();
        if (!v.isUndefined())
            problem(ChecklistTemplate::tr("\"%1\" must be a number").arg(QString::fromUtf16(key)));
        return std::nullopt;
    }

    QStringList strings(const char16_t* key)
    {
        m_known.insert(QString::fromUtf16(key));
        const QJsonValue v = m_object.value(QStringView(key));
        QStringList out;
        if (v.isUndefined())
            return out;
        bool ok = v.isArray();
        for (const QJsonValue& e : v.toArray()) {
            ok = ok && e.isString();
            out << e.toString();
        }
        if (!ok)
            problem(ChecklistTemplate::tr("\"%1\" must be a list of texts").arg(QString::fromUtf16(key)));
        return out;
    }

    QJsonArray array(const char16_t* key)
    {
        m_known.insert(QString::fromUtf16(key));
        const QJsonValue v = m_object.value(QStringView(key));
        if (!v.isUndefined() && !v.isArray())
            problem(ChecklistTemplate::tr("\"%1\" must be a list").arg(QString::fromUtf16(key)));
        return v.toArray();
    }

    QJsonValue raw(const char16_t* key)
    {
        m_known.insert(QString::fromUtf16(key));
        return m_object.value(QStringView(key));
    }

    QJsonObject unknown() const
    {
        QJsonObject out;
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!m_known.contains(it.key()))
                out.insert(it.key(), it.value());
        return out;
    }

private:
    const QJsonObject& m_object;
    QList<ChecklistProblem>* m_problems;
    ChecklistProblem m_where;
    QSet<QString> m_known;
};

ChecklistItem readItem(const QJsonObject& o, const QString& templateId, const ChecklistSection* section,
                       QList<ChecklistProblem>* problems)
{
    const QString sectionId = section ? section->id : ChecklistTemplate::kHeaderSection.toString();
    ChecklistItem item;
    item.id = o.value(u"id").toString();
    Reader r(o, problems, {templateId, sectionId, item.id, {}});
    item.id = r.string(u"id", true);
    if (item.id.trimmed().isEmpty())
        r.problem(ChecklistTemplate::tr("an item has no id"));
    item.text = r.string(u"text");
    const QString type = r.string(u"type", true);
    if (const auto t = checklistItemTypeFromString(type))
        item.type = *t;
    else
        r.problem(ChecklistTemplate::tr("unknown item type \"%1\"").arg(type));
    item.required = r.boolean(u"required");
    item.readOnly = r.boolean(u"readOnly").value_or(false);
    item.naAllowed = r.boolean(u"naAllowed").value_or(false);
    item.otherText = r.boolean(u"otherText").value_or(false);
    item.inferred = r.boolean(u"inferred").value_or(false);
    item.options = r.strings(u"options");
    item.captureOptional = r.strings(u"captureOptional");
    item.prefill = r.string(u"prefill");
    item.digital = r.string(u"digital");
    item.note = r.string(u"note");
    item.min = r.number(u"min");
    item.max = r.number(u"max");
    const QJsonValue limits = r.raw(u"limits");
    if (limits.isObject()) {
        const QJsonObject byLabel = limits.toObject();
        for (auto it = byLabel.begin(); it != byLabel.end(); ++it) {
            if (!item.captureOptional.contains(it.key()))
                r.problem(ChecklistTemplate::tr("the limits of \"%1\" name no value of captureOptional").arg(it.key()));
            if (!it.value().isObject()) {
                r.problem(ChecklistTemplate::tr("the limits of \"%1\" must be an object (min, max, unit)").arg(it.key()));
                continue;
            }
            const QJsonObject lo = it.value().toObject();
            ChecklistLimit limit;
            for (auto f = lo.begin(); f != lo.end(); ++f) {
                const bool number = f.value().isDouble() && std::isfinite(f.value().toDouble());
                if (f.key() == u"min" && number)
                    limit.min = f.value().toDouble();
                else if (f.key() == u"max" && number)
                    limit.max = f.value().toDouble();
                else if (f.key() == u"unit" && f.value().isString())
                    limit.unit = f.value().toString();
                else
                    r.problem(ChecklistTemplate::tr("the limits of \"%1\" have \"%2\"; they take a number min and max "
                                                    "and a text unit")
                                  .arg(it.key(), f.key()));
            }
            if (!limit.min && !limit.max)
                r.problem(ChecklistTemplate::tr("the limits of \"%1\" need a min or a max").arg(it.key()));
            if (limit.min && limit.max && *limit.min > *limit.max)
                r.problem(ChecklistTemplate::tr("the minimum %1 is above the maximum %2").arg(*limit.min).arg(*limit.max));
            item.limits.insert(it.key(), limit);
        }
    } else if (!limits.isUndefined()) {
        r.problem(ChecklistTemplate::tr("limits must be an object of captureOptional labels"));
    }

    const bool perBasin = section && section->perBasin;
    const QJsonValue byPosition = r.raw(u"optionsByPosition");
    if (byPosition.isObject()) {
        const QJsonObject positions = byPosition.toObject();
        for (auto it = positions.begin(); it != positions.end(); ++it) {
            bool ok = false;
            const int position = it.key().toInt(&ok);
            const int max = section ? section->repeatMax : 0;
            if (!perBasin)
                r.problem(ChecklistTemplate::tr("optionsByPosition is only allowed in a perBasin section"));
            else if (!ok || position < 1 || position > max)
                r.problem(ChecklistTemplate::tr("optionsByPosition has the position \"%1\"; positions are 1 to %2")
                              .arg(it.key())
                              .arg(max));
            QStringList options;
            bool strings = it.value().isArray();
            for (const QJsonValue& v : it.value().toArray()) {
                strings = strings && v.isString();
                options << v.toString();
            }
            if (!strings)
                r.problem(ChecklistTemplate::tr("optionsByPosition \"%1\" must be a list of texts").arg(it.key()));
            if (ok)
                item.optionsByPosition.insert(position, options);
        }
    } else if (!byPosition.isUndefined()) {
        r.problem(ChecklistTemplate::tr("optionsByPosition must be an object of positions"));
    }

    // The expressions, each refused with what is wrong.
    QString error;
    const QString appliesWhen = r.string(u"appliesWhen");
    if (o.contains(u"appliesWhen")) {
        item.appliesWhen = ChecklistCondition::parse(appliesWhen, &error);
        if (!item.appliesWhen)
            r.problem(ChecklistTemplate::tr("unknown or unreadable condition \"%1\": %2").arg(appliesWhen, error));
        else if (item.appliesWhen->refersToBasin() && !perBasin)
            r.problem(ChecklistTemplate::tr("the condition \"%1\" reads basin.* outside a perBasin section").arg(appliesWhen));
    }
    const QString expectedFrom = r.string(u"expectedFrom");
    if (o.contains(u"expectedFrom")) {
        item.expectedFrom = ChecklistExpectation::parse(expectedFrom, &error);
        if (!item.expectedFrom)
            r.problem(ChecklistTemplate::tr("unknown or unreadable expected value \"%1\": %2").arg(expectedFrom, error));
        else if (item.expectedFrom->refersToBasin() && !perBasin)
            r.problem(ChecklistTemplate::tr("the expected value \"%1\" reads basin.* outside a perBasin section")
                          .arg(expectedFrom));
    }
    const QString quantity = r.string(u"quantity");
    if (o.contains(u"quantity")) {
        item.quantity = ChecklistQuantity::parse(quantity, &error);
        if (!item.quantity)
            r.problem(ChecklistTemplate::tr("unknown or unreadable quantity \"%1\": %2").arg(quantity, error));
    }
    const QString optionFilter = r.string(u"optionFilter");
    if (o.contains(u"optionFilter")) {
        item.optionFilter = ChecklistOptionFilter::parse(optionFilter, &error);
        if (!item.optionFilter)
            r.problem(ChecklistTemplate::tr("unknown or unreadable option filter \"%1\": %2").arg(optionFilter, error));
        else if (item.optionFilter->refersToBasin() && !perBasin)
            r.problem(ChecklistTemplate::tr("the option filter reads basin.* outside a perBasin section"));
    }

    // What goes with which type.
    const bool hasOptions = !item.options.isEmpty() || !item.optionsByPosition.isEmpty();
    const bool choiceType = item.type == ChecklistItemType::Choice || item.type == ChecklistItemType::MultiCheck;
    if (choiceType && !hasOptions)
        r.problem(ChecklistTemplate::tr("a %1 item needs options or optionsByPosition").arg(toString(item.type)));
    if (!choiceType && hasOptions)
        r.problem(ChecklistTemplate::tr("options are only allowed on choice and multiCheck items"));
    if (!choiceType && item.optionFilter)
        r.problem(ChecklistTemplate::tr("an option filter is only allowed on choice and multiCheck items"));
    if (item.otherText) {
        bool other = item.options.contains(QStringLiteral("Other"));
        for (const QStringList& list : std::as_const(item.optionsByPosition))
            other = other || list.contains(QStringLiteral("Other"));
        if (!choiceType || !other)
            r.problem(ChecklistTemplate::tr("otherText needs a choice with the option \"Other\""));
    }
    if ((item.min || item.max) && item.type != ChecklistItemType::Number)
        r.problem(ChecklistTemplate::tr("limits (min, max) are only allowed on number items"));
    if (item.min && item.max && *item.min > *item.max)
        r.problem(ChecklistTemplate::tr("the minimum %1 is above the maximum %2").arg(*item.min).arg(*item.max));
    item.unknownFields = r.unknown();
    return item;
}

void insertIfTrue(QJsonObject* o, const char16_t* key, bool value)
{
    if (value)
        o->insert(QStringView(key), true);
}

void insertIfText(QJsonObject* o, const char16_t* key, const QString& value)
{
    if (!value.isEmpty())
        o->insert(QStringView(key), value);
}

void insertIfList(QJsonObject* o, const char16_t* key, const QStringList& value)
{
    if (!value.isEmpty())
        o->insert(QStringView(key), QJsonArray::fromStringList(value));
}

} // namespace

QString toString(ChecklistItemType type)
{
    for (const auto& [t, name] : kTypes)
        if (t == type)
            return QString::fromUtf16(name);
    return QString();
}

std::optional<ChecklistItemType> checklistItemTypeFromString(const QString& text)
{
    for (const auto& [t, name] : kTypes)
        if (text == QStringView(name))
            return t;
    return std::nullopt;
}

QString ChecklistLimit::words() const
{
    const QString unit = this->unit.isEmpty() ? QString() : u' ' + this->unit;
    auto n = [](double v) { return QString::number(v, 'g', 12); };
    if (min && max)
        return ChecklistTemplate::tr("%1 to %2%3").arg(n(*min), n(*max), unit);
    if (min)
        return ChecklistTemplate::tr("at least %1%2").arg(n(*min), unit);
    if (max)
        return ChecklistTemplate::tr("at most %1%2").arg(n(*max), unit);
    return QString();
}

QStringList ChecklistItem::optionsAt(int position) const
{
    return optionsByPosition.contains(position) ? optionsByPosition.value(position) : options;
}

QJsonObject ChecklistItem::toJson() const
{
    QJsonObject o = unknownFields;
    o.insert(u"id", id);
    insertIfText(&o, u"text", text);
    o.insert(u"type", toString(type));
    if (required)
        o.insert(u"required", *required);
    insertIfTrue(&o, u"readOnly", readOnly);
    insertIfTrue(&o, u"naAllowed", naAllowed);
    insertIfTrue(&o, u"otherText", otherText);
    insertIfTrue(&o, u"inferred", inferred);
    insertIfList(&o, u"options", options);
    if (!optionsByPosition.isEmpty()) {
        QJsonObject positions;
        for (auto it = optionsByPosition.cbegin(); it != optionsByPosition.cend(); ++it)
            positions.insert(QString::number(it.key()), QJsonArray::fromStringList(it.value()));
        o.insert(u"optionsByPosition", positions);
    }
    if (optionFilter)
        o.insert(u"optionFilter", optionFilter->text());
    if (appliesWhen)
        o.insert(u"appliesWhen", appliesWhen->text());
    if (expectedFrom)
        o.insert(u"expectedFrom", expectedFrom->text());
    if (quantity)
        o.insert(u"quantity", quantity->text());
    if (min)
        o.insert(u"min", *min);
    if (max)
        o.insert(u"max", *max);
    insertIfList(&o, u"captureOptional", captureOptional);
    if (!limits.isEmpty()) {
        QJsonObject byLabel;
        for (auto it = limits.cbegin(); it != limits.cend(); ++it) {
            QJsonObject lo;
            if (it->min)
                lo.insert(u"min", *it->min);
            if (it->max)
                lo.insert(u"max", *it->max);
            if (!it->unit.isEmpty())
                lo.insert(u"unit", it->unit);
            byLabel.insert(it.key(), lo);
        }
        o.insert(u"limits", byLabel);
    }
    insertIfText(&o, u"prefill", prefill);
    insertIfText(&o, u"digital", digital);
    insertIfText(&o, u"note", note);
    return o;
}

QJsonObject ChecklistSection::toJson() const
{
    QJsonObject o = unknownFields;
    o.insert(u"id", id);
    insertIfText(&o, u"title", title);
    if (perBasin)
        o.insert(u"repeat", QStringLiteral("perBasin"));
    if (repeatMaxGiven)
        o.insert(u"repeatMax", repeatMax);
    insertIfText(&o, u"absentBasin", absentBasin);
    insertIfTrue(&o, u"sectionCheck", sectionCheck);
    QJsonArray list;
    for (const ChecklistItem& i : items)
        list.append(i.toJson());
    o.insert(u"items", list);
    return o;
}

QString ChecklistProblem::toString() const
{
    QString where = templateId.isEmpty() ? ChecklistTemplate::tr("template") : templateId;
    if (!itemId.isEmpty())
        where = ChecklistTemplate::tr("%1, item %2").arg(where, itemId);
    else if (!sectionId.isEmpty())
        where = ChecklistTemplate::tr("%1, section %2").arg(where, sectionId);
    return ChecklistTemplate::tr("%1: %2").arg(where, message);
}

std::optional<ChecklistTemplate> ChecklistTemplate::fromJson(const QJsonObject& json, QList<ChecklistProblem>* problems)
{
    QList<ChecklistProblem> found;
    ChecklistTemplate t;
    t.id = json.value(u"id").toString();
    Reader r(json, &found, {t.id, {}, {}, {}});
    t.id = r.string(u"id", true);
    if (t.id.trimmed().isEmpty())
        r.problem(tr("the template has no id"));
    if (const auto v = r.number(u"version")) {
        if (*v != std::floor(*v) || *v < 1 || *v > 1e6)
            r.problem(tr("\"version\" must be a whole number from 1"));
        else
            t.version = int(*v);
    }
    t.title = r.string(u"title");
    t.sourceDocument = r.string(u"sourceDocument");
    t.scope = r.string(u"scope");
    t.stage = r.string(u"stage");
    t.performedBy = r.strings(u"performedBy");
    t.notes = r.strings(u"notes");

    QSet<QString> headerIds;
    for (const QJsonValue& v : r.array(u"header")) {
        if (!v.isObject()) {
            r.problem(tr("a header entry is not an object"));
            continue;
        }
        ChecklistItem item = readItem(v.toObject(), t.id, nullptr, &found);
        if (!item.id.isEmpty() && headerIds.contains(item.id))
            found.append({t.id, kHeaderSection.toString(), item.id, tr("the id is used twice in the header")});
        headerIds.insert(item.id);
        t.header.append(item);
    }

    for (const QJsonValue& v : r.array(u"procedures")) {
        if (!v.isObject()) {
            r.problem(tr("a procedure is not an object"));
            continue;
        }
        const QJsonObject po = v.toObject();
        ChecklistProcedure p;
        Reader pr(po, &found, {t.id, po.value(u"id").toString(), {}, {}});
        p.id = pr.string(u"id", true);
        p.title = pr.string(u"title");
        p.materials = pr.strings(u"materials");
        p.steps = pr.strings(u"steps");
        p.unknownFields = pr.unknown();
        t.procedures.append(p);
    }

    QSet<QString> sectionIds;
    for (const QJsonValue& v : r.array(u"sections")) {
        if (!v.isObject()) {
            r.problem(tr("a section is not an object"));
            continue;
        }
        const QJsonObject so = v.toObject();
        ChecklistSection s;
        Reader sr(so, &found, {t.id, so.value(u"id").toString(), {}, {}});
        s.id = sr.string(u"id", true);
        if (s.id.trimmed().isEmpty())
            sr.problem(tr("a section has no id"));
        else if (s.id == kHeaderSection)
            sr.problem(tr("\"%1\" is reserved for the header").arg(s.id));
        else if (sectionIds.contains(s.id))
            sr.problem(tr("the section id is used twice"));
        sectionIds.insert(s.id);
        s.title = sr.string(u"title");
        const QString repeat = sr.string(u"repeat");
        if (so.contains(u"repeat")) {
            if (repeat == u"perBasin")
                s.perBasin = true;
            else
                sr.problem(tr("unknown repeat \"%1\" (perBasin)").arg(repeat));
        }
        const auto repeatMax = sr.number(u"repeatMax");
        s.repeatMaxGiven = repeatMax.has_value();
        s.repeatMax = s.perBasin ? kMaxBasins : 0;
        if (repeatMax) {
            if (!s.perBasin)
                sr.problem(tr("repeatMax without \"repeat\": \"perBasin\""));
            else if (*repeatMax != std::floor(*repeatMax) || *repeatMax < 1 || *repeatMax > kMaxBasins)
                sr.problem(tr("repeatMax must be a whole number from 1 to %1").arg(kMaxBasins));
            else
                s.repeatMax = int(*repeatMax);
        }
        s.absentBasin = sr.string(u"absentBasin");
        s.sectionCheck = sr.boolean(u"sectionCheck").value_or(false);
        QSet<QString> itemIds;
        const QJsonArray items = sr.array(u"items");
        if (items.isEmpty())
            sr.problem(tr("the section has no items"));
        for (const QJsonValue& iv : items) {
            if (!iv.isObject()) {
                sr.problem(tr("an item is not an object"));
                continue;
            }
            ChecklistItem item = readItem(iv.toObject(), t.id, &s, &found);
            if (!item.id.isEmpty() && itemIds.contains(item.id))
                found.append({t.id, s.id, item.id, tr("the item id is used twice in section %1").arg(s.id)});
            itemIds.insert(item.id);
            s.items.append(item);
        }
        s.unknownFields = sr.unknown();
        t.sections.append(s);
    }
    if (t.sections.isEmpty())
        r.problem(tr("the template has no sections"));

    for (const QJsonValue& v : r.array(u"signOff")) {
        if (!v.isObject())
            r.problem(tr("a sign-off entry is not an object"));
        t.signOff.append(v.toObject());
    }
    const QJsonValue result = r.raw(u"result");
    if (!result.isUndefined() && !result.isObject())
        r.problem(tr("\"result\" must be an object"));
    t.result = result.toObject();
    t.unknownFields = r.unknown();

    if (problems)
        problems->append(found);
    if (!found.isEmpty())
        return std::nullopt;
    return t;
}

std::optional<ChecklistTemplate> ChecklistTemplate::readFile(const QString& path, QList<ChecklistProblem>* problems)
{
    auto fail = [&](const QString& message) {
        if (problems)
            problems->append({QString(), QString(), QString(), message});
        return std::nullopt;
    };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1: %2").arg(path, f.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(tr("%1 is not valid JSON: %2 at offset %3").arg(path, error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return fail(tr("%1 does not hold a JSON object").arg(path));
    return fromJson(doc.object(), problems);
}

QJsonObject ChecklistTemplate::toJson() const
{
    QJsonObject o = unknownFields;
    o.insert(u"id", id);
    if (version)
        o.insert(u"version", *version);
    insertIfText(&o, u"title", title);
    insertIfText(&o, u"sourceDocument", sourceDocument);
    insertIfText(&o, u"scope", scope);
    insertIfText(&o, u"stage", stage);
    insertIfList(&o, u"performedBy", performedBy);
    if (!header.isEmpty()) {
        QJsonArray list;
        for (const ChecklistItem& i : header)
            list.append(i.toJson());
        o.insert(u"header", list);
    }
    if (!procedures.isEmpty()) {
        QJsonArray list;
        for (const ChecklistProcedure& p : procedures) {
            QJsonObject po = p.unknownFields;
            po.insert(u"id", p.id);
            insertIfText(&po, u"title", p.title);
            insertIfList(&po, u"materials", p.materials);
            insertIfList(&po, u"steps", p.steps);
            list.append(po);
        }
        o.insert(u"procedures", list);
    }
    QJsonArray sectionList;
    for (const ChecklistSection& s : sections)
        sectionList.append(s.toJson());
    o.insert(u"sections", sectionList);
    if (!signOff.isEmpty()) {
        QJsonArray list;
        for (const QJsonObject& s : signOff)
            list.append(s);
        o.insert(u"signOff", list);
    }
    if (!result.isEmpty())
        o.insert(u"result", result);
    insertIfList(&o, u"notes", notes);
    return o;
}

} // namespace cs::domain
