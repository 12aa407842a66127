#pragma once

#include "data/common/result.h"

#include <QDate>
#include <QFuture>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace cs::data {

class Session;

// One build as the order list shows it to every role (cs.order_list).
struct BuildSummary
{
    QString orderId;        // uuid text
    QString buildNumber;    // as stored
    QString poId;           // uuid text
    QString poNumber;
    QString customerName;
    QString projectName;
    QString salesPerson;
    QString status;         // cs.order_status_enum name
    QDate wantDate;
    QString assigneeName;   // empty when nobody is assigned
    QString family;
    QString model;
};

// A purchase order and its builds, by build number.
struct PoSummary
{
    QString poId;
    QString poNumber;
    QList<BuildSummary> builds;   // at least one

    // The first build (by number): where a scanned PO opens.
    const BuildSummary& firstBuild() const { return builds.constFirst(); }
    QString customerName() const { return firstBuild().customerName; }
    QString projectName() const { return firstBuild().projectName; }
    // The earliest want date of its builds.
    QDate wantDate() const;
};

// The one lookup of a build by its number and of a purchase order by its number or id, for every
// caller (the scan, the record window, printing). Numbers are matched case-insensitively; a number
// that matches nothing answers an empty optional (not an error).
class OrderSearch
{
public:
    explicit OrderSearch(Session& session);

    // On the session's worker.
    QFuture<Result<std::optional<BuildSummary>>> findBuild(const QString& buildNumber) const;
    QFuture<Result<std::optional<PoSummary>>> findPo(const QString& poNumberOrId) const;

    // The same on `db`, in the calling thread (other repositories, the CLI, tests).
    static Result<std::optional<BuildSummary>> findBuild(QSqlDatabase& db, const QString& buildNumber);
    static Result<std::optional<PoSummary>> findPo(QSqlDatabase& db, const QString& poNumberOrId);

private:
    Session& m_session;
};

} // namespace cs::data
