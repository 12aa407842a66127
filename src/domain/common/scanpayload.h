#pragma once

#include <QString>

#include <optional>

namespace cs::domain {

// What a printed QR code carries. Short, network-free and within QR alphanumeric mode
// (digits, upper-case letters, space and $%*+-./:) so that a code on a 2x1 in label scans:
//   CS:B:<build number>   a build (one sink)
//   CS:O:<order id>       an order (PO)
//   CS:P:<part or assembly id>   a catalog item
// Ids are upper-cased when encoded; lookups of builds and items are case-insensitive.
struct ScanPayload
{
    enum class Kind { Build, Order, Part };
    Kind kind = Kind::Build;
    QString key;

    QString encode() const;
    static std::optional<ScanPayload> parse(const QString& text);
    // True when every character is in the QR alphanumeric set.
    static bool isQrAlphanumeric(const QString& text);

    static constexpr QLatin1StringView prefix{"CS:"};
};

} // namespace cs::domain
