#pragma once

#include <QList>
#include <QString>

#include <initializer_list>
#include <optional>

namespace cs::domain {

// The six application roles. The order and the names are those of the database's cs.user_role_enum.
enum class AppRole { ProductionCoordinator, Admin, ProcurementSpecialist, QCPerson, Assembler, ServiceDepartment };

// The database name of a role ("QCPerson"), and back (nullopt for anything else, case matters).
QString appRoleName(AppRole role);
std::optional<AppRole> appRoleFromName(QStringView name);
// The NOLOGIN group role of the database that a person of `role` is a member of ("cs_qc").
QString appRoleGroup(AppRole role);
// All six, in the enum's order.
const QList<AppRole>& allAppRoles();

// A set of roles (who may do something).
class RoleSet
{
public:
    constexpr RoleSet() = default;
    constexpr RoleSet(std::initializer_list<AppRole> roles)
    {
        for (AppRole r : roles)
            m_bits |= bit(r);
    }
    static constexpr RoleSet all()
    {
        return {AppRole::ProductionCoordinator, AppRole::Admin,     AppRole::ProcurementSpecialist,
                AppRole::QCPerson,              AppRole::Assembler, AppRole::ServiceDepartment};
    }

    constexpr bool contains(AppRole role) const { return (m_bits & bit(role)) != 0; }
    constexpr bool isEmpty() const { return m_bits == 0; }
    constexpr RoleSet operator|(RoleSet other) const { return fromBits(m_bits | other.m_bits); }
    constexpr bool operator==(const RoleSet&) const = default;
    // The roles in the enum's order.
    QList<AppRole> toList() const;
    // Their database names, in the enum's order.
    QStringList names() const;

private:
    static constexpr unsigned bit(AppRole role) { return 1u << unsigned(role); }
    static constexpr RoleSet fromBits(unsigned bits)
    {
        RoleSet s;
        s.m_bits = bits;
        return s;
    }
    unsigned m_bits = 0;
};

} // namespace cs::domain
