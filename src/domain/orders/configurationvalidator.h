#pragma once

#include "domain/orders/sinkconfiguration.h"
#include "domain/orders/validationissue.h"

#include <QCoreApplication>
#include <QDate>

namespace cs::domain {

class Catalog;

// Validation of a whole order (CONFIGURATION.md 3 to 6, codes of 8): the order-level rules here,
// the build-level rules from the family's FamilyRules. E-PO-UNIQUE needs the database and is
// checked there. `today` is the entry date for the want-date rule.
class ConfigurationValidator
{
    Q_DECLARE_TR_FUNCTIONS(cs::domain::ConfigurationValidator)

public:
    static constexpr int kMaxQuantity = 10; // UI limit (4, decision)

    static ValidationIssues validate(const Catalog& catalog, const OrderConfiguration& config, QDate today);

    // Steps 1 and 2 only (order fields, family, quantity, build numbers).
    static void validateOrder(const OrderConfiguration& config, QDate today, ValidationIssues* issues);
};

} // namespace cs::domain
