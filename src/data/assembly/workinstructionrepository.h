#pragma once

#include "data/common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>

class QSqlDatabase;

namespace cs::data {

class Session;

// One step of a work instruction: what to do, an optional safety note, the images (SHA-256 of
// cs.wi_images, read with WorkInstructionRepository::image).
struct WorkInstructionStep
{
    QString text;
    QString safety;                  // empty: none
    QStringList images;

    static WorkInstructionStep fromJson(const QJsonObject& json);
};

// A version of a work instruction (cs.work_instructions with a key): draft or published, active when it
// is the published version in force for its key.
struct WorkInstructionVersion
{
    QString id;
    QString key;                     // "WI-FAUCET-STD"
    int version = 0;
    QString title;
    QString state;                   // "draft" or "published"
    bool active = false;
    QStringList clpItems;            // the CLP items it explains ("S2.3", "S3.D1", ...)
    QStringList assemblies;          // catalog ids whose BOM lines are the parts to pick
    QStringList tools;               // tool keys
    QList<WorkInstructionStep> steps;
    QString createdBy;               // full names
    QDateTime createdAt;
    QString publishedBy;
    QDateTime publishedAt;

    bool isPublished() const { return state == u"published"; }
};

// A tool of the tools list (cs.tools).
struct Tool
{
    QString id;
    QString key;                     // "TK-TORQUE-5NM"
    QString name;
    QString description;
    QString image;                   // SHA-256 of its picture; empty: none
    bool active = true;
};

// A part to pick for a task: a line of the build's frozen BOM, with its quantity for the whole build.
struct TaskPart
{
    QString itemId;
    QString name;
    int quantity = 0;
};

// One task of a build's task list: a CLP item (at a basin position where its section repeats) with the
// instruction version frozen when the list was made, its steps, tools and parts. Ticking a task is
// answering its CLP item (ChecklistRepository).
struct BuildTask
{
    int sequence = 0;
    QString section;                 // "S2", "S2X", "S3"
    QString item;                    // "S3.D1"
    int position = 0;                // 1..3 in a per-basin section, else 0
    QString text;                    // the CLP item's words
    QString instructionId;           // empty: no instruction explains this item
    QString instructionKey;
    int instructionVersion = 0;
    QString instructionTitle;
    QList<WorkInstructionStep> steps;
    QList<Tool> tools;               // key, name and image only
    QList<TaskPart> parts;

    static BuildTask fromJson(const QJsonObject& json);
};

// A build's task list (cs.task_list); empty id: the build has none yet.
struct BuildTaskList
{
    QString id;
    QString orderId;
    int clpTemplateVersion = 0;
    QDateTime createdAt;
    QString createdBy;
    QList<BuildTask> tasks;

    bool isEmpty() const { return id.isEmpty(); }
    static BuildTaskList fromJson(const QJsonObject& json);
};

// Work instructions, their images, the tools and the task lists of builds, each through its
// SECURITY DEFINER function (the server checks the role, the claimant and the content):
// cs.ensure_task_list / cs.task_list, cs.import_work_instruction / cs.publish_work_instruction,
// cs.add_wi_image / cs.wi_image, cs.save_tool. Listings read the tables (every role may).
class WorkInstructionRepository
{
    Q_DECLARE_TR_FUNCTIONS(cs::data::WorkInstructionRepository)

public:
    explicit WorkInstructionRepository(Session& session);

    // On the session's worker (writes: never sent twice).
    // The build's task list, made on the server the first time (by the claimant or an Admin, while the
    // build is in production); a person who may not make it gets an empty list until there is one.
    // `ensure` false: only read.
    QFuture<Result<BuildTaskList>> taskList(const QString& orderId, bool ensure = true) const;
    // An image's bytes, kept in memory once read (an image never changes).
    QFuture<Result<QByteArray>> image(const QString& sha256) const;
    // Every keyed version, by key and version (newest first).
    QFuture<Result<QList<WorkInstructionVersion>>> instructions() const;
    // A new draft version (E-WI-INVALID lists every problem); answers its id.
    QFuture<Result<QString>> importInstruction(const QJsonObject& content) const;
    // Publishes a draft; answers its version.
    QFuture<Result<int>> publish(const QString& instructionId) const;
    // Stores an image (PNG or JPEG, at most 2 MB); answers its SHA-256.
    QFuture<Result<QString>> addImage(const QByteArray& bytes, const QString& mime) const;
    QFuture<Result<QList<Tool>>> tools() const;
    // Adds a tool or changes the one of that key; answers its id.
    QFuture<Result<QString>> saveTool(const Tool& tool) const;

    // The same on `db`, in the calling thread.
    static Result<QString> ensureTaskList(QSqlDatabase& db, const QString& orderId);
    static Result<BuildTaskList> taskList(QSqlDatabase& db, const QString& orderId);
    static Result<QByteArray> image(QSqlDatabase& db, const QString& sha256);
    static Result<QList<WorkInstructionVersion>> instructions(QSqlDatabase& db);
    static Result<QString> importInstruction(QSqlDatabase& db, const QJsonObject& content);
    static Result<int> publish(QSqlDatabase& db, const QString& instructionId);
    static Result<QString> addImage(QSqlDatabase& db, const QByteArray& bytes, const QString& mime);
    static Result<QList<Tool>> tools(QSqlDatabase& db);
    static Result<QString> saveTool(QSqlDatabase& db, const Tool& tool);

    // Files (a path or a Qt resource): an instruction's JSON whose step images may name PNG or JPEG
    // files beside it ("faucet-1.png") instead of SHA-256s; each is added first (cs.add_wi_image).
    // Answers the new draft's id. A tools file: {"tools": [{"key", "name", "description", "image",
    // "active"}]}, the image likewise a file beside it; answers the keys saved.
    static Result<QString> importInstructionFile(QSqlDatabase& db, const QString& path);
    static Result<QStringList> importToolsFile(QSqlDatabase& db, const QString& path);

private:
    struct ImageCache
    {
        QMutex mutex;
        QHash<QString, QByteArray> bytes;
    };

    Session& m_session;
    std::shared_ptr<ImageCache> m_images = std::make_shared<ImageCache>();
};

} // namespace cs::data
