#include "ui/common/statustext.h"

namespace cs::ui {

QString StatusText::orderStatus(domain::OrderStatus status)
{
    using S = domain::OrderStatus;
    switch (status) {
    case S::OrderCreated: return tr("Order created");
    case S::PartsSent: return tr("Parts sent, waiting for arrival");
    case S::ReadyForPreQC: return tr("Ready for Pre-QC");
    case S::PreQCRejected: return tr("Pre-QC rejected");
    case S::ReworkPreQC: return tr("Rework (Pre-QC)");
    case S::ReadyForProduction: return tr("Ready for production");
    case S::OnHoldParts: return tr("On hold: parts issue");
    case S::TestingComplete: return tr("Testing complete");
    case S::PackagingComplete: return tr("Packaging complete");
    case S::ReadyForFinalQC: return tr("Ready for Final QC");
    case S::FinalQCRejected: return tr("Final QC rejected");
    case S::ReworkFinalQC: return tr("Rework (Final QC)");
    case S::ReadyForShip: return tr("Ready to ship");
    case S::Shipped: return tr("Shipped");
    }
    return {};
}

QString StatusText::orderStatus(const QString& v)
{
    const auto status = domain::orderStatusFromName(v);
    return status ? orderStatus(*status) : v;
}

QString StatusText::serviceStatus(const QString& v)
{
    if (v == u"Pending") return tr("Pending approval");
    if (v == u"Approved") return tr("Approved");
    if (v == u"Rejected") return tr("Rejected");
    if (v == u"Ordered") return tr("Ordered");
    if (v == u"Received") return tr("Received");
    return v;
}

QString StatusText::role(domain::AppRole role)
{
    using R = domain::AppRole;
    switch (role) {
    case R::ProductionCoordinator: return tr("Production coordinator");
    case R::Admin: return tr("Administrator");
    case R::ProcurementSpecialist: return tr("Procurement specialist");
    case R::QCPerson: return tr("QC inspector");
    case R::Assembler: return tr("Assembler");
    case R::ServiceDepartment: return tr("Service department");
    }
    return {};
}

QString StatusText::roleFromName(const QString& dbValue)
{
    const auto r = domain::appRoleFromName(dbValue);
    return r ? role(*r) : dbValue;
}

QString StatusText::historyAction(const QString& v)
{
    if (v == u"StatusChange") return tr("Status changed");
    if (v == u"ForceStatus") return tr("Status forced (admin)");
    if (v == u"Assigned") return tr("Assigned");
    if (v == u"Claimed") return tr("Claimed");
    if (v == u"BomApproved") return tr("BOM approved (signed)");
    if (v == u"BomRejected") return tr("BOM rejected (signed)");
    if (v == u"BomRegenerated") return tr("BOM regenerated");
    if (v == u"OrderCreated" || v == u"Submitted") return tr("Order submitted");
    if (v == u"Edited") return tr("Order edited");
    if (v == u"TravelerPrinted") return tr("Traveler printed");
    if (v == u"TravelerReprinted") return tr("Traveler reprinted");
    if (v == u"LabelPrinted") return tr("Labels printed");
    if (v == u"LabelReprinted") return tr("Labels reprinted");
    return v;
}

QString StatusText::orderField(const QString& column)
{
    if (column == u"customer_name") return tr("Customer");
    if (column == u"project_name") return tr("Project");
    if (column == u"sales_person") return tr("Sales person");
    if (column == u"want_date") return tr("Want date");
    if (column == u"order_language") return tr("Language");
    if (column == u"notes") return tr("Notes");
    return column;
}

QString StatusText::editedFields(const QString& note)
{
    QStringList words;
    for (const QString& column : note.split(u',', Qt::SkipEmptyParts))
        words << orderField(column.trimmed());
    return words.join(QStringLiteral(", "));
}

} // namespace cs::ui
