#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cs::data {

// An item a rework names: an item the failed QC found (section, item, position, the server's message
// and the form's text), a packing list item (CLP S4) it may touch or touched (confirmed again or not).
struct ReworkItem
{
    QString section;
    QString item;
    int position = 0;
    QString text;
    QString message;
    bool confirmed = false;
};

// One "Rework done" record (cs.rework_records).
struct ReworkRecord
{
    QString id;
    QString notes;
    QStringList touchedTests;        // CLT section ids
    QList<ReworkItem> touchedPacking;
    int photos = 0;
    QString by;
    QDateTime at;
};

// A test procedure a Final QC rework may name (a CLT section of the build's test template version).
struct ReworkTest
{
    QString id;
    QString title;
};

// Where a build's rework stands, as cs.rw_state says (inside cs.assembly_state): the signed QC FAIL
// that sent it to rework, the records of the rework, what it may name as touched, the packing items to
// confirm again and what still keeps it from going back to QC, in the server's words.
struct ReworkState
{
    bool active = false;             // the build is in ReworkPreQC or ReworkFinalQC
    QString qcType;                  // "PreQC" or "FinalQC"
    QString failReason;
    QString failCategory;
    QString failSeverity;
    QString failNotes;
    QString failedBy;
    QDateTime failedAt;
    QList<ReworkItem> failedItems;
    QList<ReworkRecord> records;
    QList<ReworkTest> testOptions;
    QList<ReworkItem> packingOptions;
    QList<ReworkItem> packingToConfirm;
    bool testDue = false;            // a record touched a test: a new end-of-line test is taken
    bool testNeeded = false;         // ... and it has not passed since
    QString cannotWork;              // why the caller may not do the rework; empty when they may
    QStringList blockers;            // what keeps the build in rework; empty: it may go back

    bool finalQc() const { return qcType == u"FinalQC"; }
    bool recorded() const { return !records.isEmpty(); }

    static ReworkState fromJson(const QJsonObject& json);
};

} // namespace cs::data
