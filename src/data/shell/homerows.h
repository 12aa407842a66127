#pragma once

#include "domain/orders/orderstatus.h"

#include <QDate>
#include <QDateTime>
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

// A service request as its reader may see it.
struct ServiceRequestRow
{
    QString requestId;
    QDateTime requestedAt;
    QString status;       // cs.service_order_status_enum name: Pending, Approved, Rejected, Ordered, Received
    int lines = 0;
    QDateTime processedAt;
    QString notes;
};

} // namespace cs::data
