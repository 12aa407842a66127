#include "ui/common/statustext.h"

namespace cs::ui {

QString StatusText::orderStatus(const QString& v)
{
    if (v == u"OrderCreated") return tr("Order created");
    if (v == u"PartsSent") return tr("Parts sent, waiting for arrival");
    if (v == u"ReadyForPreQC") return tr("Ready for Pre-QC");
    if (v == u"PreQCRejected") return tr("Pre-QC rejected");
    if (v == u"ReworkPreQC") return tr("Rework (Pre-QC)");
    if (v == u"ReadyForProduction") return tr("Ready for production");
    if (v == u"OnHoldParts") return tr("On hold: parts issue");
    if (v == u"TestingComplete") return tr("Testing complete");
    if (v == u"PackagingComplete") return tr("Packaging complete");
    if (v == u"ReadyForFinalQC") return tr("Ready for Final QC");
    if (v == u"FinalQCRejected") return tr("Final QC rejected");
    if (v == u"ReworkFinalQC") return tr("Rework (Final QC)");
    if (v == u"ReadyForShip") return tr("Ready to ship");
    if (v == u"Shipped") return tr("Shipped");
    return v;
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

QString StatusText::role(data::AppRole role)
{
    switch (role) {
    case data::AppRole::ProductionCoordinator: return tr("Production coordinator");
    case data::AppRole::Admin: return tr("Administrator");
    case data::AppRole::ProcurementSpecialist: return tr("Procurement specialist");
    case data::AppRole::QCPerson: return tr("QC inspector");
    case data::AppRole::Assembler: return tr("Assembler");
    case data::AppRole::ServiceDepartment: return tr("Service department");
    }
    return {};
}

QString StatusText::roleFromName(const QString& dbValue)
{
    const auto r = data::appRoleFromName(dbValue);
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
