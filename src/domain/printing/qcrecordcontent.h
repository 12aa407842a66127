#pragma once

#include "domain/checklist/checklistpassrule.h"
#include "domain/common/scanpayload.h"
#include "domain/printing/travelercontent.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace cs::domain {

// What a printed QC record (Pre-QC or Final QC) shows, as plain data in the order's language: the form
// as filled for one build, every item with its answer, who gave it and when, N/A items with their
// reasons, expected values, each section's initials, and the signature's manifestation (printed name,
// date and time, meaning). Built from the instantiated template and the stored answers; drawn by
// cs::print::QcRecordRenderer.

// An answer with its author and time, as stored.
struct QcRecordAnswer
{
    ChecklistAnswer answer;
    QString by;                 // printed name
    QDateTime at;
};

struct QcRecordSignature
{
    QString printedName;
    QString username;
    QString initials;
    QString meaning;            // "Pre-QC passed"
    QDateTime signedAt;
    QString contentSha256;
    bool pass = false;
    QString failReason;
    QString failCategory;
    QString failSeverity;
    bool rework = false;
};

struct QcRecordLine
{
    QString id;
    QString text;
    QString answer;             // in words, in the record's language ("OK", "PASS", "3", "N/A: reason")
    QString expected;
    bool notApplicable = false;
    bool problem = false;       // failed, not ticked, not answered while required
    QString by;                 // "Quinn Kowalski, 2026-12-03 10:14"
};

struct QcRecordSection
{
    QString id;
    QString title;              // "S2 Basin 2: ..." as printed
    bool present = true;        // false: a basin the build does not have
    QString initials;           // the section's initials, as signed
    QList<QcRecordLine> lines;
};

// A photo or file attached while the form was filled: printed as a thumbnail (images) or by name.
struct QcRecordAttachment
{
    QString where;              // "S2.3, basin 1" or empty for the whole form
    QString filename;
    QString by;                 // "Quinn Kowalski, 2026-12-03 10:14"
    QByteArray image;           // PNG or JPEG content; empty: not an image, or not fetched
};

struct QcRecordContent
{
    TravelerLanguage language = TravelerLanguage::EN;
    QString qcType;             // "PreQC", "FinalQC"
    QString formTitle;
    QString sourceDocument;     // the paper form's number
    int templateVersion = 0;
    QString poNumber;
    QString buildNumber;
    QString customer;
    QString project;
    QString model;
    int attempt = 1;
    int revision = 1;
    QString revisionReason;
    std::optional<bool> firstPass;  // Final QC only
    QList<QcRecordLine> header;
    QList<QcRecordSection> sections;
    std::optional<QcRecordSignature> signature;
    QList<QcRecordAttachment> attachments;
    QDateTime printedAt;

    QString text(const QString& key) const { return travelerText(key, language); }
    QString title() const { return text(QStringLiteral("qc.title.") + qcType); }
    ScanPayload payload() const { return ScanPayload{ScanPayload::Kind::Build, buildNumber}; }

    // The record of `form` filled with `answers` (keys as the pass rule's), signed or not.
    static QcRecordContent build(const ChecklistInstance& form, const QMap<ChecklistAnswerKey, QcRecordAnswer>& answers,
                                 const QString& qcType, const QMap<QString, QString>& sectionInitials,
                                 const std::optional<QcRecordSignature>& signature);
    // "S2.3, basin 1" in the record's language; "" for the whole form.
    static QString placeWords(const ChecklistAnswerKey& key, TravelerLanguage language);
    static QString stamp(const QString& by, const QDateTime& at);
    // An answer in words in `language` ("OK", "Yes", "PASS", the option, the number, the date).
    static QString answerWords(const ChecklistEntry& entry, const ChecklistAnswer& answer, TravelerLanguage language);
};

} // namespace cs::domain
