#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cs::data {

// One build (an order row) as the order page shows it, with its current BOM version.
struct OrderDetail
{
    QString orderId;
    QString poNumber;
    QString buildNumber;
    QString customerName;
    QString projectName;
    QString salesPerson;
    QDate wantDate;
    QString language;         // EN, FR, ES
    QString notes;
    QString family;           // MDRD, Endoscope, InstroSink
    QString model;
    QString status;
    QString assigneeId;
    QString assigneeName;
    QString createdByName;
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject config;
    // The current BOM version.
    QString bomId;
    int bomVersion = 0;
    QString bomStatus;        // Generated, Approved, Rejected
    QString bomSha256;
    QDateTime bomGeneratedAt;
    qint64 catalogRevision = 0;

    bool isLate() const { return wantDate.isValid() && wantDate < QDate::currentDate() && status != u"Shipped"; }
    // The order and this build's configuration as submitted, in the neutral JSON the wizard writes and
    // domain::OrderConfiguration::fromJson reads ({"order", "family", "builds": [this build]}).
    QJsonObject neutralJson() const;
};

// The editable fields of an order (column grants: only these, only while OrderCreated).
struct OrderEdit
{
    Q_DECLARE_TR_FUNCTIONS(cs::data::OrderEdit)
public:
    QString customerName;
    QString projectName;
    QString salesPerson;
    QDate wantDate;
    QString language;
    QString notes;

    static OrderEdit from(const OrderDetail& d);
    bool operator==(const OrderEdit&) const = default;
    // The fields that differ, in words ("Customer: A → B").
    QStringList differences(const OrderEdit& other) const;
};

} // namespace cs::data
