#include "domain/common/approle.h"

#include <QStringList>

namespace cs::domain {

namespace {

struct RoleNames
{
    QLatin1StringView name;
    QLatin1StringView group;
};

// Indexed by AppRole.
constexpr RoleNames kRoles[] = {
    {QLatin1StringView("ProductionCoordinator"), QLatin1StringView("cs_coordinator")},
    {QLatin1StringView("Admin"), QLatin1StringView("cs_admin")},
    {QLatin1StringView("ProcurementSpecialist"), QLatin1StringView("cs_procurement")},
    {QLatin1StringView("QCPerson"), QLatin1StringView("cs_qc")},
    {QLatin1StringView("Assembler"), QLatin1StringView("cs_assembler")},
    {QLatin1StringView("ServiceDepartment"), QLatin1StringView("cs_service")},
};

} // namespace

QString appRoleName(AppRole role)
{
    return QString(kRoles[int(role)].name);
}

std::optional<AppRole> appRoleFromName(QStringView name)
{
    for (int i = 0; i < int(std::size(kRoles)); ++i) {
        if (name == kRoles[i].name)
            return AppRole(i);
    }
    return std::nullopt;
}

QString appRoleGroup(AppRole role)
{
    return QString(kRoles[int(role)].group);
}

const QList<AppRole>& allAppRoles()
{
    static const QList<AppRole> roles = {AppRole::ProductionCoordinator, AppRole::Admin,
                                         AppRole::ProcurementSpecialist, AppRole::QCPerson,
                                         AppRole::Assembler,             AppRole::ServiceDepartment};
    return roles;
}

QList<AppRole> RoleSet::toList() const
{
    QList<AppRole> list;
    for (AppRole r : allAppRoles()) {
        if (contains(r))
            list << r;
    }
    return list;
}

QStringList RoleSet::names() const
{
    QStringList list;
    for (AppRole r : toList())
        list << appRoleName(r);
    return list;
}

} // namespace cs::domain
