#include "data/admin/demoservicerequests.h"

#include "data/admin/demochecklists.h"
#include "data/admin/scopedconnection.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace cs::data {

namespace {

const QString kDemoRequests = QStringLiteral(":/demo/service-requests.json");

QString json(const QJsonValue& value)
{
    return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
}

} // namespace

bool DemoServiceRequests::seed(const std::function<ConnectionSettings(const QString&)>& loginAs, QStringList* log,
                               QString* error)
{
    QFile file(kDemoRequests);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(kDemoRequests);
        return false;
    }
    const QJsonArray requests = QJsonDocument::fromJson(file.readAll()).object().value(u"requests").toArray();
    {
        // Procurement sees every request (row level security): any there means nothing to add.
        ScopedConnection procure(loginAs(QStringLiteral("procure")));
        if (!procure.isOpen()) {
            *error = QStringLiteral("cannot log in as the demo procurement specialist: %1").arg(procure.error());
            return false;
        }
        QVariant count;
        if (!DemoAssembly::exec(procure.db(), QStringLiteral("SELECT count(*) FROM cs.service_orders"), {}, error, &count))
            return false;
        if (count.toInt() > 0)
            return true;
    }
    for (const QJsonValue value : requests) {
        const QJsonObject request = value.toObject();
        const QString requester = request.value(u"requestedBy").toString();
        QVariant id;
        {
            ScopedConnection person(loginAs(requester));
            if (!person.isOpen()) {
                *error = QStringLiteral("cannot log in as %1: %2").arg(requester, person.error());
                return false;
            }
            if (!DemoAssembly::exec(person.db(), QStringLiteral("SELECT cs.request_service_order(CAST(? AS jsonb))::text"),
                                    {json(request.value(u"items"))}, error, &id)) {
                *error = QStringLiteral("demo service request of %1: %2").arg(requester, *error);
                return false;
            }
        }
        QVariant version = 1;
        QString status = QStringLiteral("Pending");
        for (const QJsonValue stepValue : request.value(u"steps").toArray()) {
            const QJsonObject step = stepValue.toObject();
            const QString by = step.value(u"by").toString();
            const QString action = step.value(u"action").toString();
            const QString note = step.value(u"note").toString();
            ScopedConnection person(loginAs(by));
            if (!person.isOpen()) {
                *error = QStringLiteral("cannot log in as %1: %2").arg(by, person.error());
                return false;
            }
            bool ok = false;
            if (action == u"approve" || action == u"reject") {
                const QJsonValue approved = step.value(u"approved");
                ok = DemoAssembly::exec(person.db(),
                                        QStringLiteral("SELECT cs.decide_service_order(CAST(? AS uuid), ?, CAST(? AS jsonb), ?, ?)"),
                                        {id, action == u"approve",
                                         approved.isArray() ? QVariant(json(approved)) : QVariant(QMetaType(QMetaType::QString)),
                                         note, version},
                                        error, &version);
                status = action == u"approve" ? QStringLiteral("Approved") : QStringLiteral("Rejected");
            } else {
                ok = DemoAssembly::exec(person.db(), QStringLiteral("SELECT cs.advance_service_order(CAST(? AS uuid), ?, ?, ?)"),
                                        {id, action, note, version}, error, &version);
                status = action;
            }
            if (!ok) {
                *error = QStringLiteral("demo service request %1, %2 by %3: %4").arg(id.toString(), action, by, *error);
                return false;
            }
        }
        log->append(QStringLiteral("created demo service request of %1 (%2)").arg(requester, status));
    }
    return true;
}

} // namespace cs::data
