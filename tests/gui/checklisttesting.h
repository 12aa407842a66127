#pragma once

// Shared by the checklist and bench GUI tests: the customer's forms and the acceptance orders, read
// from the shared folder beside the checkout (never copied into the project), statements for the
// set-up, and the wait for a checklist screen's answers.
#include "testdatabase.h"
#include "ui/qc/checklistpage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

namespace cs::test {

// Runs a statement; the error ("SQLSTATE: message"), empty when it ran.
inline QString run(QSqlDatabase db, const QString& sql, const QVariantList& values = {}, QVariant* first = nullptr)
{
    QString error;
    ScratchDatabase::exec(db, sql, values, &error, first);
    return error;
}

// Waits until every answer given on the page is stored.
inline bool settled(ui::ChecklistPage* page, int timeoutMs = 60000)
{
    if (QTest::qWaitFor([page] { return page->isLoaded() && page->pendingCount() == 0 && !page->isSending(); }, timeoutMs))
        return true;
    qWarning("not settled: loaded %d, pending %d, sending %d, message: %s", page->isLoaded(), page->pendingCount(),
             page->isSending(), qPrintable(page->messageText()));
    return false;
}

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

// Submits `json` as the coordinator (cs.submit_order) and moves its first build to Ready for Pre-QC as an
// admin (the forced status of a test set-up). The build's order id; empty, with *error, on a refusal.
inline QString submitReadyForPreQc(QSqlDatabase coordinator, QSqlDatabase admin, const QJsonObject& json, QString* error)
{
    QVariant answer;
    if (!ScratchDatabase::exec(coordinator, QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))::text"), {compact(json)},
                               error, &answer))
        return {};
    const QString orderId = QJsonDocument::fromJson(answer.toString().toUtf8())
                                .object().value(u"builds").toArray().at(0).toObject().value(u"orderId").toString();
    QVariant version;
    if (!ScratchDatabase::exec(admin, QStringLiteral("SELECT row_version FROM cs.orders WHERE order_id = CAST(? AS uuid)"),
                               {orderId}, error, &version)
        || !ScratchDatabase::exec(admin,
                                  QStringLiteral("SELECT cs.force_order_status(CAST(? AS uuid), 'ReadyForPreQC', 'test set-up', ?)"),
                                  {orderId, version}, error))
        return {};
    return orderId;
}

} // namespace cs::test
