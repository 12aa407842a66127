#pragma once

#include "data/assembly/reworkstate.h"
#include "data/common/result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace cs::data {

class Session;

// Where a build stands on the assembler's bench, as the server sees it (cs.assembly_state) with the
// order's row version and the figures the lists show.
struct AssemblyState
{
    QString orderId;
    QString buildNumber;
    QString poNumber;
    QString customerName;
    int rowVersion = 0;

    QString status;                 // the build's status ("ReadyForProduction", ...)
    QString assigneeUsername;       // empty: nobody holds the build
    QString assigneeName;
    bool canClaim = false;          // the caller may claim it now
    QString claimBlockedBy;         // why not, in the server's words; empty when it may
    QString clpId;                  // the production checklist (CLP); empty when none is open or signed
    QStringList clpMissing;         // what the CLP still lacks for the build's stage
    QString cltId;                  // the current end-of-line test (CLT) attempt; empty when none
    int cltAttempt = 0;
    QString cltState;               // "open" or "signed"
    QString cltResult;              // "Pass", "Fail" or empty (not signed)
    QStringList packingMissing;     // the packaging items (CLP section S4) not confirmed yet
    bool closingSigned = false;     // the CLP's closing statement is signed
    int productionAnswered = 0;     // answered items of the CLP's production sections (not the header, not packaging)
    ReworkState rework;             // the rework after a failed QC (active only in ReworkPreQC / ReworkFinalQC)

    bool claimedBy(const QString& username) const { return !username.isEmpty() && assigneeUsername == username; }
    bool testPassed() const { return cltResult == u"Pass"; }

    // Reads the server's JSON (keys as cs.assembly_state names them); unknown keys are ignored.
    static AssemblyState fromJson(const QJsonObject& json);
};

// The assembler's workflow calls on a build, each through its SECURITY DEFINER function, which checks
// the role, the claimant, the status and the gates (E-ASM-NOT-CLAIMANT, E-GATE-PACKING, ...) and the
// row version the person read (E-STALE): claim, assign (or release: an empty username), packaging
// complete, on hold for parts with a reason and resume with a note. The signatures (end-of-line test,
// closing statement) go through ChecklistRepository::sign. Writes answer the order's new row version.
// Rework (ReworkPreQC, ReworkFinalQC): "Rework done" records the notes, what the rework touched and its
// photos (documents of the build, DocumentRepository::attach with type "ReworkPhoto"), and sends the build
// back to QC in the same transaction when nothing is left to repeat; the packing items it touched are
// confirmed again one by one; completeRework sends it back once the server has nothing left to ask.
class AssemblyRepository
{
    Q_DECLARE_TR_FUNCTIONS(cs::data::AssemblyRepository)

public:
    explicit AssemblyRepository(Session& session);

    // On the session's worker (writes: never sent twice).
    QFuture<Result<AssemblyState>> state(const QString& orderId) const;
    // The builds the session's person holds (their "My builds"), by build number.
    QFuture<Result<QList<AssemblyState>>> myBuilds() const;
    QFuture<Result<int>> claim(const QString& orderId, int rowVersion) const;
    QFuture<Result<int>> assign(const QString& orderId, const QString& username, int rowVersion) const;
    QFuture<Result<int>> completePackaging(const QString& orderId, const QString& note, int rowVersion) const;
    QFuture<Result<int>> putOnHold(const QString& orderId, const QString& reason, int rowVersion) const;
    QFuture<Result<int>> resume(const QString& orderId, const QString& note, int rowVersion) const;
    QFuture<Result<int>> recordRework(const QString& orderId, const QString& notes, const QStringList& touchedTests,
                                      const QList<ReworkItem>& touchedPacking, const QStringList& photoIds,
                                      int rowVersion) const;
    QFuture<Result<Done>> confirmReworkPacking(const QString& orderId, const QString& item, int position) const;
    QFuture<Result<int>> completeRework(const QString& orderId, int rowVersion) const;

    // The same on `db`, in the calling thread.
    static Result<AssemblyState> state(QSqlDatabase& db, const QString& orderId);
    static Result<QList<AssemblyState>> myBuilds(QSqlDatabase& db);
    static Result<int> completePackaging(QSqlDatabase& db, const QString& orderId, const QString& note, int rowVersion);
    static Result<int> putOnHold(QSqlDatabase& db, const QString& orderId, const QString& reason, int rowVersion);
    static Result<int> resume(QSqlDatabase& db, const QString& orderId, const QString& note, int rowVersion);
    static Result<int> recordRework(QSqlDatabase& db, const QString& orderId, const QString& notes,
                                    const QStringList& touchedTests, const QList<ReworkItem>& touchedPacking,
                                    const QStringList& photoIds, int rowVersion);
    static Result<Done> confirmReworkPacking(QSqlDatabase& db, const QString& orderId, const QString& item, int position);
    static Result<int> completeRework(QSqlDatabase& db, const QString& orderId, int rowVersion);

private:
    Session& m_session;
};

} // namespace cs::data
