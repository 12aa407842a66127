#pragma once

#include <QString>

namespace cs::domain {

// Custom part numbers, option codes 720.215.xxx (CONFIGURATION.md 9.12).
// Dimensions are inches, at most one decimal place, written without trailing zeros: the same
// dimensions always give the same id.
class CustomPartNumber
{
public:
    // true when v > 0, finite, and has at most one decimal place (24, 24.5; not 24.25)
    static bool isValidDimension(double v);
    // "24", "24.5" (rounded to one decimal first)
    static QString formatDimension(double v);

    static QString basinId(double widthIn, double lengthIn, double depthIn);   // T2-ADW-BASIN-28X20X10
    static QString basinName(double widthIn, double lengthIn, double depthIn); // CUSTOM BASIN 28 x 20 x 10 IN
    static QString pegboardId(double widthIn, double lengthIn);                // T2-ADW-PB-66X36
    static QString pegboardName(double widthIn, double lengthIn);              // CUSTOM PEGBOARD 66 x 36 IN
};

} // namespace cs::domain
