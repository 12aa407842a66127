#pragma once

#include "data/common/result.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace cs::data {

class Session;

// One checklist (or a signed result kept without its checklist) filled on a template version.
struct TemplateUse
{
    QString orderId;
    QString buildNumber;
    QString kind;           // "PreQC", "FinalQC", "CLP", "CLT" (InProcessAssembly and Testing read as CLP, CLT)
    int attempt = 0;        // 0: a result recorded without a checklist (no attempt number)
    int revision = 1;
    bool signedOff = false; // false: still open
    QString result;         // "Pass", "Fail"; empty while open
    QString signedBy;       // printed name
    QDateTime signedAt;     // server time of the signature
};

// Which checklists and results use a template version (Administration -> Checklist templates):
// every checklist opened on it, open or signed, and every result that names it without a checklist
// (end-of-line tests recorded directly, results from before the checklists). Read as the person,
// with their own grants.
class TemplateUsage
{
public:
    explicit TemplateUsage(Session& session);

    // On the session's worker; newest first.
    QFuture<Result<QList<TemplateUse>>> usesOf(const QString& templateId) const;
    // The same on `db`, in the calling thread.
    static Result<QList<TemplateUse>> usesOf(QSqlDatabase& db, const QString& templateId);

private:
    Session& m_session;
};

} // namespace cs::data
