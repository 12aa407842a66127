#pragma once

#include "domain/orders/orderstatus.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cs::data {

// One build of a home screen's work list (a row of cs.order_list).
struct HomeRow
{
    QString orderId;
    QString buildNumber;
    QString poNumber;
    QString customer;
    QString project;
    domain::OrderStatus status = domain::OrderStatus::OrderCreated;
    QDate wantDate;
    QString assignee;     // full name; empty when nobody
    QDateTime updatedAt;
};

// A build whose generated BOM waits for procurement's approval.
struct BomApprovalRow
{
    QString orderId;
    QString buildNumber;
    QString poNumber;
    QString customer;
    int bomVersion = 0;
    QDateTime generatedAt;
    int uniqueParts = 0;
    QDate wantDate;
};

// A part of the service parts catalog.
struct ServicePartRow
{
    QString itemId;
    QString name;
    QString description;
};

// One line of a service request: the catalog item and how many.
struct ServiceRequestLine
{
    QString itemId;
    QString name;         // the part's or service part's catalog name; empty when the catalog lost it
    int quantity = 0;
    int approvedQuantity = -1;   // what procurement approved (at most the quantity); -1 until decided
};

// A service request as its reader may see it: who asked for what and when, and where it stands.
struct ServiceRequestRow
{
    QString requestId;
    QDateTime requestedAt;
    QString requestedBy;  // full name
    QString status;       // cs.service_order_status_enum name: Pending, Approved, Rejected, Ordered, Received
    int lines = 0;
    QList<ServiceRequestLine> items;   // in the request's order
    QDateTime processedAt;
    QString processedBy;  // full name; empty until procurement decided
    QString notes;
};

} // namespace cs::data
