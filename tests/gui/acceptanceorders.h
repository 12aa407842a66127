#pragma once

// Shared by the checklist and bench GUI tests: the customer's forms and the acceptance orders, read
// from the shared folder beside the checkout (never copied into the project).
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace cs::test {

inline QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// One of the customer's forms ("pre-qc.json", ...).
inline QJsonObject sharedForm(const QString& file)
{
    return readJson(QStringLiteral(CS_SHARED_DIR "/domain/checklists/") + file);
}

inline QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The cs.submit_order argument of ScratchDatabase::orderJson(poNumber, buildNumber) with the order
// language and the configuration of build `caseBuild` of acceptance case `caseId`; empty when the case
// has no such build.
inline QJsonObject acceptanceOrderJson(const QString& caseId, const QString& caseBuild, const QString& poNumber,
                                       const QString& buildNumber)
{
    QFile f(QStringLiteral(CS_SHARED_DIR "/domain/acceptance/cases.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonObject config;
    QJsonObject caseOrder;
    for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).array()) {
        if (v.toObject().value(u"id").toString() != caseId)
            continue;
        caseOrder = v.toObject().value(u"config").toObject().value(u"order").toObject();
        for (const QJsonValue& b : v.toObject().value(u"config").toObject().value(u"builds").toArray())
            if (b.toObject().value(u"buildNumber").toString() == caseBuild)
                config = b.toObject().value(u"config").toObject();
    }
    if (config.isEmpty())
        return {};
    QJsonObject json = ScratchDatabase::orderJson(poNumber, buildNumber);
    QJsonObject order = json.value(u"order").toObject();
    order.insert(QStringLiteral("language"), caseOrder.value(u"language"));
    json.insert(QStringLiteral("order"), order);
    QJsonArray builds = json.value(u"builds").toArray();
    QJsonObject build = builds.at(0).toObject();
    build.insert(QStringLiteral("config"), config);
    builds.replace(0, build);
    json.insert(QStringLiteral("builds"), builds);
    return json;
}

} // namespace cs::test
