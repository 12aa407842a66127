#include "data/qc/shippedtemplates.h"

#include "data/common/worker.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>

namespace cs::data {

QList<ShippedTemplate> ShippedTemplates::all()
{
    QList<ShippedTemplate> out;
    const QDir dir(QStringLiteral(":/checklists"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out.append({f.fileName(), QJsonDocument::fromJson(f.readAll()).object()});
    }
    return out;
}

Result<bool> ShippedTemplates::isLatest(QSqlDatabase& db, const QJsonObject& json)
{
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(q, QStringLiteral(R"(
        SELECT coalesce((SELECT (content - 'version') = (CAST(:json AS jsonb) - 'version')
                           FROM (SELECT checklist_items AS content, version FROM cs.qc_form_templates WHERE form_name = :key
                                 UNION ALL
                                 SELECT test_items, version FROM cs.testing_form_templates WHERE form_name = :key) v
                          ORDER BY version DESC LIMIT 1), false))"),
                                          {{QStringLiteral(":json"), QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))},
                                           {QStringLiteral(":key"), json.value(u"id").toString()}});
    if (!run)
        return run.error();
    return q.next() && q.value(0).toBool();
}

} // namespace cs::data
