#pragma once

#include "data/common/result.h"
#include "domain/checklist/checklistpassrule.h"
#include "domain/checklist/checklisttemplate.h"
#include "domain/printing/qcrecordcontent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

class QSqlDatabase;

namespace cs::data {

class Session;
struct ConnectionSettings;

// One stored version of a checklist template (QC forms in cs.qc_form_templates, the end-of-line test in
// cs.testing_form_templates).
struct ChecklistTemplateVersion
{
    QString templateId;
    QString key;            // the template's "id" ("pre-qc", "final-qc-clq", ...)
    QString title;
    QString kind;           // "PreQC", "FinalQC", "InProcessAssembly" (production CLP) or "Testing" (CLT)
    int version = 0;
    QString state;          // "draft" or "published"
    bool active = false;    // the published version new checklists use
    QString createdBy;      // printed name
    QDateTime createdAt;
    QString publishedBy;    // printed name; empty for a draft
    QDateTime publishedAt;
    int resultCount = 0;    // signed results and open checklists filled on this version
    QJsonObject json;       // the template as stored
};

// An answer as stored: the value, who gave it and when (server time), and its version (the number a
// change must name, so that a change over someone else's answer is refused).
struct StoredChecklistAnswer
{
    domain::ChecklistAnswerKey key;
    domain::ChecklistAnswer answer;
    int version = 0;
    QString answeredBy;     // printed name
    QString answeredByUsername;
    QDateTime answeredAt;
};

// The signature of a signed checklist.
struct ChecklistSignature
{
    QString resultId;
    bool pass = false;
    QString printedName;
    QString username;
    QString initials;
    QString meaning;        // "Pre-QC passed", "Final QC failed"
    QDateTime signedAt;
    QString contentSha256;
    QString failReason;
    QString failCategory;
    QString failSeverity;
    bool rework = false;
};

// A photo or file attached to an item (key) or to the whole form (no key); the file is an order
// document (DocumentRepository fetches its content).
struct ChecklistAttachment
{
    QString attachmentId;
    QString documentId;
    std::optional<domain::ChecklistAnswerKey> key;
    QString filename;
    QString fileType;
    qint64 size = 0;
    QString attachedBy;     // printed name
    QDateTime attachedAt;
};

// One checklist record (an attempt, or a revision of an attempt) with everything the screen shows.
struct ChecklistRecord
{
    QString checklistId;
    QString orderId;
    QString buildNumber;
    QString qcType;                         // the kind: "PreQC", "FinalQC", "CLP" or "CLT"
    int attempt = 1;
    int revision = 1;
    QString revisionReason;                 // why this revision was made; empty for the first
    bool signedOff = false;                 // read-only from then on
    QString orderStatus;                    // the build's status now
    ChecklistTemplateVersion templateVersion;
    QJsonObject orderJson;                  // the order in the form `cleanstation-admin bom --config` reads
    QList<StoredChecklistAnswer> answers;
    QList<ChecklistAttachment> attachments;
    QMap<QString, QString> sectionInitials; // section id -> initials, as signed
    QString drawingDocumentId;              // the newest (approved) drawing of the order; empty: none
    std::optional<ChecklistSignature> signature;
    bool firstPass = true;                  // Final QC: no earlier Final QC of the build failed

    // The template version instantiated for this build; nullopt with *error when the stored template or
    // the order's configuration cannot be read.
    std::optional<domain::ChecklistInstance> instantiate(QString* error) const;
    // The stored answers by key (the pass rule's input).
    domain::ChecklistAnswers answerMap() const;
    // Pre-QC: an approved drawing is on the order.
    domain::ChecklistPassContext passContext() const { return {!drawingDocumentId.isEmpty()}; }
    // What the printed record shows (in the order's language); `images`: the attachments' contents by
    // document id, shown as thumbnails (ChecklistRepository::attachmentImages).
    domain::QcRecordContent printable(const domain::ChecklistInstance& form,
                                      const QMap<QString, QByteArray>& images = {}) const;
};

// A checklist of a build and its place in the history (for lists on the order page and the homes).
struct ChecklistSummary
{
    QString checklistId;
    QString qcType;
    int attempt = 1;
    int revision = 1;
    bool signedOff = false;
    bool pass = false;
    QString signedBy;
    QDateTime signedAt;
    int templateVersion = 0;
};

// A write of one answer. expectedVersion is the version the person saw (0: there was none);
// clientKey makes a resend after a lost answer harmless (the server applies a key once).
struct ChecklistAnswerWrite
{
    QString checklistId;
    domain::ChecklistAnswerKey key;
    domain::ChecklistAnswer answer;         // an empty, not-N/A answer clears the item
    int expectedVersion = 0;
    QUuid clientKey;
};

struct ChecklistAnswerSaved
{
    int version = 0;
    QString answeredBy;
    QDateTime answeredAt;
};

// The final sign-off of a checklist.
struct ChecklistSignOff
{
    QString checklistId;
    bool pass = true;
    QString initials;                       // must match the signer's profile
    QMap<QString, QString> sectionInitials; // section id -> initials, where the form has them
    QString failReason;                     // FAIL: why (3 characters at least)
    QString failCategory;                   // FAIL: e.g. "Structure", "Plumbing", "Electrical", "Cosmetic", "Documentation"
    QString failSeverity;                   // FAIL: "Minor", "Major", "Critical"
    bool rework = true;                     // FAIL: in-house rework (else rejected)
    QString notes;
};

// The QC checklists of builds, each call through a SECURITY DEFINER function that checks the role, the
// build's status, the template version and the content: open (or resume) a checklist, save one answer
// at a time (server time and author, refused on a version conflict with who and when), sign it (a fresh
// authentication; a PASS the pass rule does not allow is refused by the server naming what is missing;
// the build's status moves in the same transaction), and the templates (import a new draft version,
// publish it).
class ChecklistRepository
{
    Q_DECLARE_TR_FUNCTIONS(cs::data::ChecklistRepository)

public:
    explicit ChecklistRepository(Session& session);

    // On the session's worker.
    // The open checklist of the build's current attempt of `kind` ("PreQC", "FinalQC", "CLP", "CLT"),
    // made when there is none (a new attempt after a signed FAIL). Answers its id.
    QFuture<Result<QString>> open(const QString& orderId, const QString& kind) const;
    QFuture<Result<ChecklistRecord>> load(const QString& checklistId) const;
    QFuture<Result<QList<ChecklistSummary>>> checklistsOf(const QString& orderId) const;
    QFuture<Result<ChecklistAnswerSaved>> saveAnswer(const ChecklistAnswerWrite& write) const;
    // The signature: a fresh connection as the session's person with the password typed again, the
    // sign-off on it, closed. Answers the id of the result row.
    QFuture<Result<QString>> sign(const ChecklistSignOff& signOff, const QString& password) const;
    // A correction of a signed checklist: a new open revision with the old answers; the old one stays.
    QFuture<Result<QString>> revise(const QString& checklistId, const QString& reason) const;
    // A photo or file attached to an item (or to the whole form when `key` is empty) of an open
    // checklist; stored as an order document under the rules of every order document
    // (domain::DocumentRules: type, size, content; E-DOCUMENT when refused) and its quotas. Answers the
    // attachment id.
    QFuture<Result<QString>> attachFile(const QString& checklistId, const std::optional<domain::ChecklistAnswerKey>& key,
                                        const QString& fileName, const QByteArray& content) const;
    // The contents of the checklist's image attachments (PNG, JPEG) by document id, for thumbnails.
    QFuture<Result<QMap<QString, QByteArray>>> attachmentImages(const QString& checklistId) const;

    QFuture<Result<QList<ChecklistTemplateVersion>>> templates() const;
    // Validates with the engine's loader first (every problem listed, nothing stored), then stores a
    // new draft version. Answers the stored version.
    QFuture<Result<ChecklistTemplateVersion>> importTemplate(const QJsonObject& json) const;
    QFuture<Result<ChecklistTemplateVersion>> publish(const QString& templateId) const;

    // The same on `db`, in the calling thread.
    static Result<QString> open(QSqlDatabase& db, const QString& orderId, const QString& kind);
    static Result<ChecklistRecord> load(QSqlDatabase& db, const QString& checklistId);
    static Result<QList<ChecklistSummary>> checklistsOf(QSqlDatabase& db, const QString& orderId);
    static Result<ChecklistAnswerSaved> saveAnswer(QSqlDatabase& db, const ChecklistAnswerWrite& write);
    static Result<QString> sign(const ConnectionSettings& settings, const QString& password,
                                const ChecklistSignOff& signOff);
    // cs.sign_qc_checklist on a connection where the password was just proven (FreshConnection).
    static Result<QString> signOn(QSqlDatabase& provenConnection, const ChecklistSignOff& signOff);
    static Result<QString> revise(QSqlDatabase& db, const QString& checklistId, const QString& reason);
    static Result<QString> attachFile(QSqlDatabase& db, const QString& checklistId,
                                      const std::optional<domain::ChecklistAnswerKey>& key, const QString& fileName,
                                      const QByteArray& content);
    static Result<QMap<QString, QByteArray>> attachmentImages(QSqlDatabase& db, const QString& checklistId);
    static Result<QList<ChecklistTemplateVersion>> templates(QSqlDatabase& db);
    static Result<ChecklistTemplateVersion> importTemplate(QSqlDatabase& db, const QJsonObject& json);
    static Result<ChecklistTemplateVersion> publish(QSqlDatabase& db, const QString& templateId);

    // The answer's value as JSON for the server, and back (check/yesNo: bool; passFail, choice, text,
    // serial, initials: string; multiCheck: array of strings; number: number; date: "YYYY-MM-DD").
    static QJsonValue valueToJson(const QVariant& value);
    static QVariant valueFromJson(const QJsonValue& value, domain::ChecklistItemType type);
    // Readings ({"reading C": 40.5}) as JSON text for the server (a null QVariant when there are none), and back.
    static QVariant readingsToJson(const QMap<QString, double>& readings);
    static QMap<QString, double> readingsFromJson(const QString& jsonText);

private:
    Session& m_session;
};

} // namespace cs::data
