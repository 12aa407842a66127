#pragma once

#include "domain/orders/sinkconfiguration.h"

#include <QString>

#include <optional>

namespace cs::admin {

// Reads an order configuration file as `bom --config` takes it: the neutral schema of an order (order,
// family, builds) or a whole acceptance case with its "config". On failure prints "<command>: what"
// to stderr and returns nothing (the caller exits with ExitBadInput).
std::optional<domain::OrderConfiguration> readOrderFile(const QString& command, const QString& path);

} // namespace cs::admin
