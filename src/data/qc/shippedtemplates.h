#pragma once

#include "data/common/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace cs::data {

// A checklist template delivered with the application (resources/checklists, embedded).
struct ShippedTemplate
{
    QString resource;   // ":/checklists/pre-qc.json"
    QJsonObject json;
};

// The four templates this version ships (Pre-QC, production CLP, end-of-line test CLT, Final QC CLQ),
// which `cleanstation-admin import-checklist --shipped` and the demo seeding store and publish.
class ShippedTemplates
{
public:
    static QList<ShippedTemplate> all();
    // True when the newest stored version of the template's form has this content (JSON equality on the
    // server, apart from the version number the server writes into what it stores), so storing it again
    // would only add a copy.
    static Result<bool> isLatest(QSqlDatabase& db, const QJsonObject& json);
};

} // namespace cs::data
