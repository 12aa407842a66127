#include "ui/qc/checklistoutbox.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace cs::ui {

using domain::ChecklistAnswerKey;
using domain::ChecklistItemType;

namespace {

QString safeName(const QString& text)
{
    QString safe;
    for (const QChar ch : text)
        safe += (ch.isLetterOrNumber() || ch == u'_' || ch == u'-') ? ch : QChar(u'_');
    return safe.isEmpty() ? QStringLiteral("default") : safe;
}

} // namespace

QJsonValue ChecklistOutbox::valueToJson(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool: return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: return value.toLongLong();
    case QMetaType::Double:
    case QMetaType::Float: return value.toDouble();
    case QMetaType::QStringList: return QJsonArray::fromStringList(value.toStringList());
    case QMetaType::QDate: return value.toDate().toString(Qt::ISODate);
    case QMetaType::QString: return value.toString();
    default: return QJsonValue(QJsonValue::Null);
    }
}

QVariant ChecklistOutbox::valueFromJson(const QJsonValue& value, ChecklistItemType type)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    switch (type) {
    case ChecklistItemType::Check:
    case ChecklistItemType::YesNo: return value.isBool() ? QVariant(value.toBool()) : QVariant();
    case ChecklistItemType::MultiCheck: {
        QStringList list;
        for (const QJsonValue& v : value.toArray())
            list << v.toString();
        return value.isArray() ? QVariant(list) : QVariant();
    }
    case ChecklistItemType::Number: {
        if (!value.isDouble())
            return QVariant();
        const double d = value.toDouble();
        if (d == double(qint64(d)) && qAbs(d) < 1e15)
            return QVariant(int(d));
        return QVariant(d);
    }
    case ChecklistItemType::Date: {
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        return d.isValid() ? QVariant(d) : QVariant();
    }
    case ChecklistItemType::PassFail:
    case ChecklistItemType::Choice:
    case ChecklistItemType::Text:
    case ChecklistItemType::Serial:
    case ChecklistItemType::Initials: return value.isString() ? QVariant(value.toString()) : QVariant();
    }
    return QVariant();
}

QJsonObject ChecklistOutbox::Entry::toJson() const
{
    QJsonObject readings;
    for (auto it = answer.readings.cbegin(); it != answer.readings.cend(); ++it)
        readings.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("clientKey"), clientKey.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("readings"), readings},
                       {QStringLiteral("section"), key.section},
                       {QStringLiteral("item"), key.item},
                       {QStringLiteral("position"), key.position},
                       {QStringLiteral("type"), domain::toString(type)},
                       {QStringLiteral("value"), valueToJson(answer.value)},
                       {QStringLiteral("otherText"), answer.otherText},
                       {QStringLiteral("notApplicable"), answer.notApplicable},
                       {QStringLiteral("reason"), answer.reason},
                       {QStringLiteral("baseVersion"), baseVersion},
                       {QStringLiteral("givenAt"), givenAt.toUTC().toString(Qt::ISODateWithMs)}};
}

std::optional<ChecklistOutbox::Entry> ChecklistOutbox::Entry::fromJson(const QJsonObject& o)
{
    Entry e;
    e.clientKey = QUuid::fromString(o.value(u"clientKey").toString());
    const auto type = domain::checklistItemTypeFromString(o.value(u"type").toString());
    if (e.clientKey.isNull() || !type || o.value(u"item").toString().isEmpty())
        return std::nullopt;
    e.type = *type;
    e.key = ChecklistAnswerKey{o.value(u"section").toString(), o.value(u"item").toString(), o.value(u"position").toInt()};
    e.answer.value = valueFromJson(o.value(u"value"), e.type);
    e.answer.otherText = o.value(u"otherText").toString();
    e.answer.notApplicable = o.value(u"notApplicable").toBool();
    e.answer.reason = o.value(u"reason").toString();
    const QJsonObject readings = o.value(u"readings").toObject();
    for (auto it = readings.begin(); it != readings.end(); ++it)
        if (it.value().isDouble())
            e.answer.readings.insert(it.key(), it.value().toDouble());
    e.baseVersion = o.value(u"baseVersion").toInt();
    e.givenAt = QDateTime::fromString(o.value(u"givenAt").toString(), Qt::ISODateWithMs);
    return e;
}

ChecklistOutbox::ChecklistOutbox(const QString& username, const QString& checklistId, const QString& directory)
{
    const QString dir = directory.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/qc-outbox")
                            : directory;
    m_path = dir + u'/' + safeName(username) + u'/' + safeName(checklistId) + QStringLiteral(".json");
}

bool ChecklistOutbox::load(int* unreadable)
{
    m_entries.clear();
    if (unreadable)
        *unreadable = 0;
    QFile f(m_path);
    if (!f.exists())
        return true;
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    for (const QJsonValue& v : doc.object().value(u"entries").toArray()) {
        if (auto e = Entry::fromJson(v.toObject()))
            m_entries.append(*e);
        else if (unreadable)
            ++*unreadable;
    }
    return doc.isObject();
}

bool ChecklistOutbox::contains(const QUuid& clientKey) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const Entry& e) { return e.clientKey == clientKey; });
}

bool ChecklistOutbox::hasPending(const ChecklistAnswerKey& key) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const Entry& e) { return e.key == key; });
}

bool ChecklistOutbox::append(const Entry& entry, QString* error)
{
    m_entries.append(entry);
    return write(error);
}

bool ChecklistOutbox::remove(const QUuid& clientKey, QString* error)
{
    const auto n = m_entries.removeIf([&](const Entry& e) { return e.clientKey == clientKey; });
    return n == 0 || write(error);
}

bool ChecklistOutbox::removeItem(const ChecklistAnswerKey& key, QString* error)
{
    const auto n = m_entries.removeIf([&](const Entry& e) { return e.key == key; });
    return n == 0 || write(error);
}

bool ChecklistOutbox::rebase(const ChecklistAnswerKey& key, int version, QString* error)
{
    bool changed = false;
    for (Entry& e : m_entries) {
        if (e.key == key && e.baseVersion != version) {
            e.baseVersion = version;
            changed = true;
        }
    }
    return !changed || write(error);
}

void ChecklistOutbox::clear()
{
    m_entries.clear();
    QFile::remove(m_path);
}

bool ChecklistOutbox::write(QString* error)
{
    if (m_entries.isEmpty()) {
        // Nothing pending: no file (a missing file and an empty one mean the same).
        if (QFile::exists(m_path) && !QFile::remove(m_path)) {
            if (error)
                *error = QStringLiteral("cannot remove %1").arg(m_path);
            return false;
        }
        return true;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonArray list;
    for (const Entry& e : std::as_const(m_entries))
        list.append(e.toJson());
    const QJsonObject root{{QStringLiteral("format"), 1}, {QStringLiteral("entries"), list}};
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace cs::ui
