#pragma once

#include <QList>
#include <QString>

namespace cs::domain {

// The accessory library of CONFIGURATION.md 6: the customer's list plus the two 720.707 items,
// with the compatibility facts the warnings need. Reference data from the customer spec.
struct AccessoryInfo
{
    enum Flag : quint16 {
        BoltOnShelf = 0x01,        // needs a solid pegboard
        AdderSmall = 0x02,         // "lengths less than 84"
        AdderLarge = 0x04,         // "greater than 84"
        PegboardMount = 0x08,      // mounts on the pegboard
        HaShelf = 0x10,            // height-adjustable bottom shelf adder
        PullOutShelf = 0x20,       // needs an HA shelf
        InstroSinkOnly = 0x40,     // refused on other families
    };

    QString id;
    QString code;   // "702.4"; "707" for the two old-app extras
    int group = 0;  // 702 baskets, bins and shelves; 703 holders; 704 lighting; 705 electronic; 707 drawers
    quint16 flags = 0;

    bool has(Flag f) const { return (flags & f) != 0; }
};

class AccessoryLibrary
{
public:
    static const QList<AccessoryInfo>& all();
    static const AccessoryInfo* find(const QString& id); // nullptr when not in the library
};

} // namespace cs::domain
