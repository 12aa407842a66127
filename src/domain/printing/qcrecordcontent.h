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

// What a printed checklist record (Pre-QC, Final QC, the production checks and packing list (CLP) or the
// end-of-line test (CLT)) shows, as plain data in the order's language: the form
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
    QString expected;           // the expected value, and the limits of measured values ("reading C: 38 to 42 C")
    QString measured;           // measured values as recorded ("reading C: 45 (OUTSIDE THE LIMITS)")
    bool serial = false;        // a scanned serial number (printed in a fixed-width face)
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
    // The CLP is signed as a statement (no PASS or FAIL); the QC forms and the CLT carry a result.
    bool hasResult() const { return qcType != u"CLP"; }
    // The signature's meaning in the record's language (the stored English words when there is none).
    QString meaningWords() const;
    // The CLP's closing statement with the signer's name and date, in the record's language.
    QString statementWords() const;
    ScanPayload payload() const { return ScanPayload{ScanPayload::Kind::Build, buildNumber}; }

    // The record of `form` filled with `answers` (keys as the pass rule's), signed or not.
    static QcRecordContent build(const ChecklistInstance& form, const QMap<ChecklistAnswerKey, QcRecordAnswer>& answers,
                                 const QString& qcType, const QMap<QString, QString>& sectionInitials,
                                 const std::optional<QcRecordSignature>& signature);
    // The item's number as the paper form prints it: a section item's id ("S2.3", "B.1", "D.2A"), "H.<n>"
    // for the n-th header field (whose ids are names: "H.jobId"); "" for an item the form does not have.
    static QString itemNumber(const ChecklistInstance& form, const QString& sectionId, const QString& itemId);
    // "S2.3, basin 1" in the record's language; "" for the whole form.
    static QString placeWords(const ChecklistAnswerKey& key, TravelerLanguage language);
    static QString stamp(const QString& by, const QDateTime& at);
    // An answer in words in `language` ("OK", "Yes", "PASS", the option, the number, the date).
    static QString answerWords(const ChecklistEntry& entry, const ChecklistAnswer& answer, TravelerLanguage language);
    // A measured value's limits in `language` ("38 to 42 C", "de 38 à 42 C").
    static QString limitWords(const ChecklistLimit& limit, TravelerLanguage language);
};

} // namespace cs::domain
