#pragma once

#include "domain/checklist/checklistpassrule.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace cs::data {

// The answers a careful person gives on a build that is as its configuration says: every applicable
// item answered (ticks, PASS, Yes, the first option, the expected number or a value inside the
// limits, today's date, serial numbers made from the build number, the person's initials, the
// prefilled fields as the form prefills them) and every
// present section's check ticked. The demo seeding fills real checklists with them through the real
// functions; they pass the pass rule of the instance they were made from.
class DemoChecklists
{
public:
    static domain::ChecklistAnswers passingAnswers(const domain::ChecklistInstance& form, const QString& personName,
                                                   const QString& initials, const QDate& today);
};

// The assembler's bench (issue 13) through the real functions, as the demo seeding and the tests take a
// build through it: each call runs on a connection the caller opened as the person (a signature on a
// freshly authenticated one), and the server checks every rule (claimant, stage, content).
class DemoAssembly
{
public:
    // What of a checklist to fill: the CLP's production checks (every section but the packing list S4),
    // its packing list (S4), or the whole form (a CLT).
    enum class Part { Production, Packing, Whole };
    // Whether an answer belongs to `part` (the packing list is the CLP's section S4).
    static bool inPart(const domain::ChecklistAnswerKey& key, Part part);

    // Runs `sql` with `values`; false and *error (the server's first line) when refused; *first gets the
    // first column of the first row.
    static bool exec(QSqlDatabase& db, const QString& sql, const QVariantList& values, QString* error,
                     QVariant* first = nullptr);
    static bool transition(QSqlDatabase& db, const QString& orderId, const QString& to, const QString& note, QString* error);
    // The person logged in on `db` claims the build (an Assembler, the build ReadyForProduction).
    static bool claim(QSqlDatabase& db, const QString& orderId, QString* error);
    // Opens (or resumes) the build's checklist of `kind` ("CLP" or "CLT") and saves the passing answers
    // (DemoChecklists::passingAnswers of the stored template version for the build) of `part`, as the
    // person logged in on `db`. `failOne`: the first applicable PASS/FAIL test is recorded FAIL.
    // `share`: the first part of the answers only (0.5: half of them). The checklist's id in *checklistId.
    static bool fill(QSqlDatabase& db, const QString& orderId, const QString& kind, Part part, const QString& personName,
                     const QString& initials, bool failOne, QString* checklistId, QString* error, double share = 1.0);
    // Signs the checklist (PASS, or FAIL with `reason`) on `fresh`, a freshly authenticated connection.
    static bool sign(QSqlDatabase& fresh, const QString& checklistId, bool pass, const QString& initials,
                     const QString& reason, QString* error);
    // A build in ReworkFinalQC reworked by the assembler logged in on `db` (who claims it first): the
    // rework recorded with `notes`, touching the test procedure `testSection` (a CLT section) and the
    // first confirmed packing item; the end-of-line test repeated (filled on `db`, signed PASS on
    // `fresh`); the packing item confirmed again; the build back to ReadyForFinalQC.
    static bool reworkFinalQc(QSqlDatabase& db, QSqlDatabase& fresh, const QString& orderId, const QString& notes,
                              const QString& testSection, const QString& personName, const QString& initials,
                              QString* error);
};

} // namespace cs::data
