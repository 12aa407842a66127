#include "data/assembly/workinstructionrepository.h"

#include "data/common/session.h"
#include "data/common/worker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace cs::data {

namespace {

QStringList texts(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& e : v.toArray())
        out << e.toString();
    return out;
}

QList<WorkInstructionStep> stepsFrom(const QJsonValue& v)
{
    QList<WorkInstructionStep> out;
    for (const QJsonValue& e : v.toArray())
        out.append(WorkInstructionStep::fromJson(e.toObject()));
    return out;
}

QJsonValue jsonOf(const QString& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isObject() ? QJsonValue(doc.object()) : doc.isArray() ? QJsonValue(doc.array()) : QJsonValue();
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool isSha256(const QString& s)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(s).hasMatch();
}

// The file an image entry names, beside the JSON file (Qt resources too).
Result<QString> addImageFile(QSqlDatabase& db, const QString& jsonPath, const QString& name)
{
    if (isSha256(name))
        return name;
    const QString path = QFileInfo(jsonPath).dir().filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return DbError::client(QStringLiteral("E-WI-FILE"),
                               WorkInstructionRepository::tr("Cannot read the image %1: %2").arg(path, f.errorString()));
    const QString lower = name.toLower();
    const QString mime = lower.endsWith(u".png") ? QStringLiteral("image/png")
                         : (lower.endsWith(u".jpg") || lower.endsWith(u".jpeg")) ? QStringLiteral("image/jpeg")
                                                                                 : QString();
    return WorkInstructionRepository::addImage(db, f.readAll(), mime);
}

Result<QJsonObject> readJsonFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return DbError::client(QStringLiteral("E-WI-FILE"), WorkInstructionRepository::tr("Cannot read %1: %2").arg(path, f.errorString()));
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parse);
    if (!doc.isObject())
        return DbError::client(QStringLiteral("E-WI-FILE"),
                               WorkInstructionRepository::tr("%1 is not a JSON object: %2").arg(path, parse.errorString()));
    return doc.object();
}

} // namespace

WorkInstructionStep WorkInstructionStep::fromJson(const QJsonObject& json)
{
    WorkInstructionStep s;
    s.text = json.value(u"text").toString();
    s.safety = json.value(u"safety").toString();
    s.images = texts(json.value(u"images"));
    return s;
}

BuildTask BuildTask::fromJson(const QJsonObject& json)
{
    BuildTask t;
    t.sequence = json.value(u"sequence").toInt();
    t.section = json.value(u"section").toString();
    t.item = json.value(u"item").toString();
    t.position = json.value(u"position").toInt();
    t.text = json.value(u"text").toString();
    const QJsonObject wi = json.value(u"instruction").toObject();
    t.instructionId = wi.value(u"id").toString();
    t.instructionKey = wi.value(u"key").toString();
    t.instructionVersion = wi.value(u"version").toInt();
    t.instructionTitle = wi.value(u"title").toString();
    t.steps = stepsFrom(json.value(u"steps"));
    for (const QJsonValue& v : json.value(u"tools").toArray()) {
        const QJsonObject o = v.toObject();
        Tool tool;
        tool.key = o.value(u"key").toString();
        tool.name = o.value(u"name").toString();
        tool.image = o.value(u"image").toString();
        t.tools.append(tool);
    }
    for (const QJsonValue& v : json.value(u"parts").toArray()) {
        const QJsonObject o = v.toObject();
        t.parts.append({o.value(u"itemId").toString(), o.value(u"name").toString(), o.value(u"quantity").toInt()});
    }
    return t;
}

BuildTaskList BuildTaskList::fromJson(const QJsonObject& json)
{
    BuildTaskList l;
    l.id = json.value(u"id").toString();
    l.orderId = json.value(u"orderId").toString();
    l.clpTemplateVersion = json.value(u"clpTemplateVersion").toInt();
    l.createdAt = QDateTime::fromString(json.value(u"createdAt").toString(), Qt::ISODateWithMs);
    l.createdBy = json.value(u"createdBy").toString();
    for (const QJsonValue& v : json.value(u"tasks").toArray())
        l.tasks.append(BuildTask::fromJson(v.toObject()));
    return l;
}

WorkInstructionRepository::WorkInstructionRepository(Session& session)
    : m_session(session)
{
}

QFuture<Result<BuildTaskList>> WorkInstructionRepository::taskList(const QString& orderId, bool ensure) const
{
    if (!ensure)
        return worker::read<BuildTaskList>(m_session, [=](QSqlDatabase& db) { return taskList(db, orderId); });
    return worker::write<BuildTaskList>(m_session, [=](QSqlDatabase& db) -> Result<BuildTaskList> {
        Result<BuildTaskList> existing = taskList(db, orderId);
        if (!existing || !existing->isEmpty())
            return existing;
        const Result<QString> made = ensureTaskList(db, orderId);
        // Someone who may not make the list (not the claimant, not in production) sees none yet.
        if (!made && (made.error().kind == DbError::Kind::Permission || made.error().code == u"E-ASM-NOT-CLAIMANT"
                      || made.error().code == u"E-TASKS-STATUS"))
            return BuildTaskList{};
        if (!made)
            return made.error();
        return taskList(db, orderId);
    });
}

QFuture<Result<QByteArray>> WorkInstructionRepository::image(const QString& sha256) const
{
    const std::shared_ptr<ImageCache> cache = m_images;
    return worker::read<QByteArray>(m_session, [=](QSqlDatabase& db) -> Result<QByteArray> {
        {
            QMutexLocker lock(&cache->mutex);
            if (const auto it = cache->bytes.constFind(sha256); it != cache->bytes.constEnd())
                return it.value();
        }
        Result<QByteArray> bytes = image(db, sha256);
        if (bytes) {
            QMutexLocker lock(&cache->mutex);
            cache->bytes.insert(sha256, bytes.value());
        }
        return bytes;
    });
}

QFuture<Result<QList<WorkInstructionVersion>>> WorkInstructionRepository::instructions() const
{
    return worker::read<QList<WorkInstructionVersion>>(m_session, [](QSqlDatabase& db) { return instructions(db); });
}

QFuture<Result<QString>> WorkInstructionRepository::importInstruction(const QJsonObject& content) const
{
    return worker::write<QString>(m_session, [=](QSqlDatabase& db) { return importInstruction(db, content); });
}

QFuture<Result<int>> WorkInstructionRepository::publish(const QString& instructionId) const
{
    return worker::write<int>(m_session, [=](QSqlDatabase& db) { return publish(db, instructionId); });
}

QFuture<Result<QString>> WorkInstructionRepository::addImage(const QByteArray& bytes, const QString& mime) const
{
    return worker::write<QString>(m_session, [=](QSqlDatabase& db) { return addImage(db, bytes, mime); });
}

QFuture<Result<QList<Tool>>> WorkInstructionRepository::tools() const
{
    return worker::read<QList<Tool>>(m_session, [](QSqlDatabase& db) { return tools(db); });
}

QFuture<Result<QString>> WorkInstructionRepository::saveTool(const Tool& tool) const
{
    return worker::write<QString>(m_session, [=](QSqlDatabase& db) { return saveTool(db, tool); });
}

Result<QString> WorkInstructionRepository::ensureTaskList(QSqlDatabase& db, const QString& orderId)
{
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(q, QStringLiteral("SELECT cs.ensure_task_list(CAST(:id AS uuid))::text"),
                                          {{QStringLiteral(":id"), orderId}});
    if (!run)
        return run.error();
    q.next();
    return q.value(0).toString();
}

Result<BuildTaskList> WorkInstructionRepository::taskList(QSqlDatabase& db, const QString& orderId)
{
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(q, QStringLiteral("SELECT cs.task_list(CAST(:id AS uuid))::text"),
                                          {{QStringLiteral(":id"), orderId}});
    if (!run)
        return run.error();
    if (!q.next() || q.value(0).isNull())
        return BuildTaskList{};
    return BuildTaskList::fromJson(jsonOf(q.value(0).toString()).toObject());
}

Result<QByteArray> WorkInstructionRepository::image(QSqlDatabase& db, const QString& sha256)
{
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(q, QStringLiteral("SELECT cs.wi_image(:sha)"), {{QStringLiteral(":sha"), sha256}});
    if (!run)
        return run.error();
    q.next();
    return q.value(0).toByteArray();
}

Result<QList<WorkInstructionVersion>> WorkInstructionRepository::instructions(QSqlDatabase& db)
{
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(q, QStringLiteral(R"(
        SELECT w.instruction_id::text, w.wi_key, w.version, w.title, w.state, w.is_active,
               to_jsonb(w.clp_items)::text, to_jsonb(w.assembly_ids)::text, to_jsonb(w.tool_keys)::text, w.steps::text,
               coalesce(c.full_name, ''), w.created_at, coalesce(p.full_name, ''), w.published_at
          FROM cs.work_instructions w
          LEFT JOIN cs.users c ON c.user_id = w.created_by
          LEFT JOIN cs.users p ON p.user_id = w.published_by
         WHERE w.wi_key IS NOT NULL
         ORDER BY w.wi_key, w.version DESC)"));
    if (!run)
        return run.error();
    QList<WorkInstructionVersion> out;
    while (q.next()) {
        WorkInstructionVersion v;
        v.id = q.value(0).toString();
        v.key = q.value(1).toString();
        v.version = q.value(2).toInt();
        v.title = q.value(3).toString();
        v.state = q.value(4).toString();
        v.active = q.value(5).toBool();
        v.clpItems = texts(jsonOf(q.value(6).toString()));
        v.assemblies = texts(jsonOf(q.value(7).toString()));
        v.tools = texts(jsonOf(q.value(8).toString()));
        v.steps = stepsFrom(jsonOf(q.value(9).toString()));
        v.createdBy = q.value(10).toString();
        v.createdAt = q.value(11).toDateTime();
        v.publishedBy = q.value(12).toString();
        v.publishedAt = q.value(13).toDateTime();
        out.append(v);
    }
    return out;
}

Result<QString> WorkInstructionRepository::importInstruction(QSqlDatabase& db, const QJsonObject& content)
{
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(q, QStringLiteral("SELECT cs.import_work_instruction(CAST(:c AS jsonb))::text"),
                                          {{QStringLiteral(":c"), compact(content)}});
    if (!run)
        return run.error();
    q.next();
    return q.value(0).toString();
}

Result<int> WorkInstructionRepository::publish(QSqlDatabase& db, const QString& instructionId)
{
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(q, QStringLiteral("SELECT cs.publish_work_instruction(CAST(:id AS uuid))"),
                                          {{QStringLiteral(":id"), instructionId}});
    if (!run)
        return run.error();
    q.next();
    return q.value(0).toInt();
}

Result<QString> WorkInstructionRepository::addImage(QSqlDatabase& db, const QByteArray& bytes, const QString& mime)
{
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(q, QStringLiteral("SELECT cs.add_wi_image(:b, :m)"),
                                          {{QStringLiteral(":b"), bytes}, {QStringLiteral(":m"), mime}});
    if (!run)
        return run.error();
    q.next();
    return q.value(0).toString();
}

Result<QList<Tool>> WorkInstructionRepository::tools(QSqlDatabase& db)
{
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(q, QStringLiteral(R"(
        SELECT tool_id::text, tool_key, name, coalesce(description, ''), coalesce(image_sha256, ''), is_active
          FROM cs.tools ORDER BY name, tool_key)"));
    if (!run)
        return run.error();
    QList<Tool> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toBool()});
    return out;
}

Result<QString> WorkInstructionRepository::saveTool(QSqlDatabase& db, const Tool& tool)
{
    QSqlQuery q(db);
    const Result<Done> run = worker::exec(
        q, QStringLiteral("SELECT cs.save_tool(:k, :n, :d, :i, :a)::text"),
        {{QStringLiteral(":k"), tool.key},
         {QStringLiteral(":n"), tool.name},
         {QStringLiteral(":d"), tool.description.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(tool.description)},
         {QStringLiteral(":i"), tool.image.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(tool.image)},
         {QStringLiteral(":a"), tool.active}});
    if (!run)
        return run.error();
    q.next();
    return q.value(0).toString();
}

Result<QString> WorkInstructionRepository::importInstructionFile(QSqlDatabase& db, const QString& path)
{
    Result<QJsonObject> read = readJsonFile(path);
    if (!read)
        return read.error();
    QJsonObject content = read.value();
    QJsonArray steps;
    for (const QJsonValue& v : content.value(u"steps").toArray()) {
        QJsonObject step = v.toObject();
        if (step.value(u"images").isArray()) {
            QJsonArray images;
            for (const QJsonValue& name : step.value(u"images").toArray()) {
                if (!name.isString()) {
                    images.append(name);   // the server names what is wrong with it
                    continue;
                }
                const Result<QString> sha = addImageFile(db, path, name.toString());
                if (!sha)
                    return sha.error();
                images.append(sha.value());
            }
            step.insert(QStringLiteral("images"), images);
        }
        steps.append(v.isObject() ? QJsonValue(step) : v);
    }
    if (content.value(u"steps").isArray())
        content.insert(QStringLiteral("steps"), steps);
    return importInstruction(db, content);
}

Result<QStringList> WorkInstructionRepository::importToolsFile(QSqlDatabase& db, const QString& path)
{
    Result<QJsonObject> read = readJsonFile(path);
    if (!read)
        return read.error();
    QStringList saved;
    for (const QJsonValue& v : read->value(u"tools").toArray()) {
        const QJsonObject o = v.toObject();
        Tool tool;
        tool.key = o.value(u"key").toString();
        tool.name = o.value(u"name").toString();
        tool.description = o.value(u"description").toString();
        tool.active = o.value(u"active").toBool(true);
        if (const QString image = o.value(u"image").toString(); !image.isEmpty()) {
            const Result<QString> sha = addImageFile(db, path, image);
            if (!sha)
                return sha.error();
            tool.image = sha.value();
        }
        const Result<QString> id = saveTool(db, tool);
        if (!id)
            return id.error();
        saved << tool.key;
    }
    return saved;
}

} // namespace cs::data
