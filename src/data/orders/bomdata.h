#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cs::data {

// One line of a frozen BOM's tree, with the catalog name of its item.
struct BomLineRow
{
    int lineNo = 0;
    int parentLineNo = -1;    // -1 for top lines
    QString itemId;
    QString name;
    int quantity = 0;
    int extendedQuantity = 0;
    int depth = 0;
    QString rule;
    QString answer;
    QString note;
};

// One line of the procurement list: the BOM's leaves merged by id.
struct BomFlatRow
{
    QString itemId;
    QString name;
    qint64 quantity = 0;
};

// A signed decision on a version of the build's BOM.
struct BomApproval
{
    QString action;        // Approved, Rejected
    QString who;
    QDateTime at;
    QString note;
    QString meaning;
    QString signedSha256;
    int bomVersion = 0;
};

// A build's current BOM version as stored: tree, procurement list and the decisions on every version.
struct BomData
{
    QString bomId;
    int version = 0;
    QString status;
    QString sha256;
    qint64 catalogRevision = 0; // the catalog revision it was generated from
    QJsonObject items;          // the frozen content as stored (BuildBom::canonicalJson's form)
    QList<BomLineRow> tree;     // pre-order
    QList<BomFlatRow> flat;     // merged leaves, by id
    QList<BomApproval> approvals;
};

} // namespace cs::data
