#pragma once

// Takes a build through its QC gates the way the plant does (issue 12): the results come only from
// filled, signed checklists. The answers are the product's (the stored template version instantiated
// for the build by the checklist engine, filled with DemoChecklists::passingAnswers), written through
// cs.open_qc_checklist / cs.save_qc_answer and signed on a freshly authenticated connection
// (cs.sign_qc_checklist moves the build in the same transaction). The assembler's part (issue 13) goes
// the same way (data::DemoAssembly): the build claimed, the production checks (CLP sections 2 and 3)
// ticked, the end-of-line test (CLT) filled and signed, the packing list (CLP S4) confirmed and the
// closing statement signed.
#include "testdatabase.h"

#include <QString>

namespace cs::test {

class QcGate
{
public:
    using Person = ScratchDatabase::Person;

    // Pre-QC of a build in ReadyForPreQC, filled and signed by `inspector` (a QCPerson or an Admin).
    // A small drawing is attached first (as the inspector, through cs.attach_document) when the order
    // has none. A PASS moves the build to ReadyForProduction; a FAIL (one item found not right, with a
    // reason) to ReworkPreQC, or PreQCRejected when `rework` is false. *resultId gets the signed
    // result's id. False and *error on any refusal.
    static bool signPreQc(ScratchDatabase& db, const QString& orderId, const Person& inspector, bool pass,
                          QString* error, QString* resultId = nullptr, bool rework = true);
    static bool passPreQc(ScratchDatabase& db, const QString& orderId, const Person& inspector, QString* error,
                          QString* resultId = nullptr)
    {
        return signPreQc(db, orderId, inspector, true, error, resultId);
    }
    static bool failPreQc(ScratchDatabase& db, const QString& orderId, const Person& inspector, QString* error,
                          QString* resultId = nullptr, bool rework = true)
    {
        return signPreQc(db, orderId, inspector, false, error, resultId, rework);
    }

    // The end-of-line test of a build in ReadyForProduction, every applicable test of the active CLT
    // template passed, recorded and signed by `assembler` (an Assembler, who claims the build first
    // when nobody who fits has it, or an Admin) on a fresh connection, after the production checks
    // (CLP sections 2 and 3). The signed PASS moves the build to TestingComplete.
    static bool recordTestPass(ScratchDatabase& db, const QString& orderId, const Person& assembler, QString* error)
    {
        return recordTest(db, orderId, assembler, true, error);
    }
    // The same with the first applicable test recorded FAIL and signed FAIL (with a reason): the build
    // stays in ReadyForProduction and the next CLT is a new attempt.
    static bool recordTest(ScratchDatabase& db, const QString& orderId, const Person& assembler, bool pass, QString* error,
                           QString* resultId = nullptr);
    // The assembler's steps one by one. claim: the person claims the build (an Assembler; an Admin
    // needs none). productionChecks: opens the CLP and ticks every applicable item outside S4.
    static bool claim(ScratchDatabase& db, const QString& orderId, const Person& assembler, QString* error);
    static bool productionChecks(ScratchDatabase& db, const QString& orderId, const Person& assembler, QString* error,
                                 QString* checklistId = nullptr);
    // TestingComplete -> PackagingComplete: every applicable packing item (CLP S4) confirmed, then the
    // transition.
    static bool pack(ScratchDatabase& db, const QString& orderId, const Person& assembler, QString* error);
    // PackagingComplete -> ReadyForFinalQC: the CLP's closing statement signed on a fresh connection.
    static bool signClosing(ScratchDatabase& db, const QString& orderId, const Person& assembler, QString* error,
                            QString* resultId = nullptr);
    // ReadyForProduction -> ReadyForFinalQC the real way: claim, production checks, CLT PASS, packing,
    // closing statement.
    static bool produce(ScratchDatabase& db, const QString& orderId, const Person& assembler, QString* error);

    // Final QC of a build in ReadyForFinalQC, filled and signed by `inspector` (H.hipot = Yes among the
    // passing answers). A PASS needs a signed CLT PASS on record (recordTestPass while the build was in
    // ReadyForProduction) and moves the build to ReadyForShip; a FAIL to ReworkFinalQC (or
    // FinalQCRejected when `rework` is false).
    static bool signFinalQc(ScratchDatabase& db, const QString& orderId, const Person& inspector, bool pass,
                            QString* error, QString* resultId = nullptr, bool rework = true);
    // The whole way from ReadyForProduction (or from ReadyForFinalQC with the CLT PASS already on
    // record): produce() by `assembler`, then the Final QC PASS signed by `inspector`.
    static bool passFinalQc(ScratchDatabase& db, const QString& orderId, const Person& inspector, const Person& assembler,
                            QString* error, QString* resultId = nullptr);
    static bool failFinalQc(ScratchDatabase& db, const QString& orderId, const Person& inspector, QString* error,
                            QString* resultId = nullptr, bool rework = true)
    {
        return signFinalQc(db, orderId, inspector, false, error, resultId, rework);
    }

    // Attaches a small drawing ('Drawing') to the order as `person` unless it already has a 'Drawing' or
    // 'ApprovedDrawing' document.
    static bool ensureDrawing(ScratchDatabase& db, const QString& orderId, const Person& person, QString* error);

private:
    static bool signChecklist(ScratchDatabase& db, const QString& orderId, const QString& qcType, const Person& inspector,
                              bool pass, bool rework, QString* error, QString* resultId);
};

} // namespace cs::test
