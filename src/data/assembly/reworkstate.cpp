#include "data/assembly/reworkstate.h"

#include <QJsonArray>

namespace cs::data {

namespace {

QDateTime timeOf(const QJsonValue& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}

ReworkItem itemOf(const QJsonObject& o)
{
    ReworkItem i;
    i.section = o.value(u"section").toString();
    i.item = o.value(u"item").toString();
    i.position = o.contains(u"position") ? o.value(u"position").toInt() : o.value(u"pos").toInt();
    i.text = o.value(u"text").toString();
    i.message = o.value(u"message").toString();
    i.confirmed = o.value(u"confirmed").toBool();
    return i;
}

QList<ReworkItem> itemsOf(const QJsonValue& v, const QString& section = {})
{
    QList<ReworkItem> out;
    for (const QJsonValue& e : v.toArray()) {
        ReworkItem i = itemOf(e.toObject());
        if (i.section.isEmpty())
            i.section = section;
        out.append(i);
    }
    return out;
}

} // namespace

ReworkState ReworkState::fromJson(const QJsonObject& json)
{
    ReworkState s;
    if (json.isEmpty())
        return s;
    s.active = true;
    s.qcType = json.value(u"qcType").toString();
    const QJsonObject failure = json.value(u"failure").toObject();
    s.failReason = failure.value(u"reason").toString();
    s.failCategory = failure.value(u"category").toString();
    s.failSeverity = failure.value(u"severity").toString();
    s.failNotes = failure.value(u"notes").toString();
    s.failedBy = failure.value(u"by").toString();
    s.failedAt = timeOf(failure.value(u"at"));
    s.failedItems = itemsOf(failure.value(u"failedItems"));
    for (const QJsonValue& e : json.value(u"records").toArray()) {
        const QJsonObject o = e.toObject();
        ReworkRecord r;
        r.id = o.value(u"id").toString();
        r.notes = o.value(u"notes").toString();
        for (const QJsonValue& t : o.value(u"touchedTests").toArray())
            r.touchedTests << t.toString();
        r.touchedPacking = itemsOf(o.value(u"touchedPacking"), QStringLiteral("S4"));
        r.photos = o.value(u"photos").toInt();
        r.by = o.value(u"by").toString();
        r.at = timeOf(o.value(u"at"));
        s.records.append(r);
    }
    for (const QJsonValue& e : json.value(u"testOptions").toArray())
        s.testOptions.append({e.toObject().value(u"id").toString(), e.toObject().value(u"title").toString()});
    s.packingOptions = itemsOf(json.value(u"packingOptions"), QStringLiteral("S4"));
    s.packingToConfirm = itemsOf(json.value(u"packingToConfirm"), QStringLiteral("S4"));
    s.testDue = json.value(u"testDue").toBool();
    s.testNeeded = json.value(u"testNeeded").toBool();
    s.cannotWork = json.value(u"cannotWork").toString();
    for (const QJsonValue& e : json.value(u"blockers").toArray())
        s.blockers << e.toString();
    return s;
}

} // namespace cs::data
