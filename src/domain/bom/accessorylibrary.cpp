#include "domain/bom/accessorylibrary.h"

#include <QHash>

namespace cs::domain {

namespace {

QList<AccessoryInfo> makeLibrary()
{
    using F = AccessoryInfo;
    struct Row
    {
        const char16_t* code;
        const char16_t* id;
        quint16 flags;
    };
    static const Row rows[] = {
        {u"702.4", u"T-OA-BINRAIL-24-KIT", 0},
        {u"702.5", u"T-OA-BINRAIL-36-KIT", 0},
        {u"702.6", u"T-OA-BINRAIL-48-KIT", 0},
        {u"702.7", u"T-OA-PFW1236FM-KIT", 0},
        {u"702.8", u"T-OA-PFW1218FM-KIT", 0},
        {u"702.9", u"T-OA-PFW1818FM-KIT", 0},
        {u"702.10", u"T-OA-SSSHELF-1812", 0},
        {u"702.11", u"T-OA-SSSHELF-1812-BOLT-ON-KIT", F::BoltOnShelf},
        {u"702.12", u"T-OA-SSSHELF-3612", 0},
        {u"702.13", u"T-OA-SSSHELF-3612-BOLT-ON-KIT", F::BoltOnShelf},
        {u"702.14", u"T2-OHL-INSTRO-KIT", F::InstroSinkOnly},
        {u"702.15", u"T-OA-B110505", 0},
        {u"702.16", u"T-OA-B110807", 0},
        {u"702.17", u"T-OA-B111105", 0},
        {u"702.18", u"B210-BLUE", 0},
        {u"702.19", u"T2-OA-LT-SSSHELF-LRG", F::PegboardMount},
        {u"702.20", u"T2-OA-LT-SSSHELF-SML", F::PegboardMount},
        {u"702.21", u"T-OA-SSSHELF-LGHT-1812-KIT", 0},
        {u"702.22", u"T-OA-SSSHELF-LGHT-3612-KIT", 0},
        {u"702.23", u"T2-OA-CUST-SHELF-HA-SML", quint16(F::AdderSmall | F::HaShelf)},
        {u"702.24", u"T2-OA-CUST-SHELF-HA-LRG", quint16(F::AdderLarge | F::HaShelf)},
        {u"702.25", u"T-OA-RAIL-SHELF-ADDER-SML", F::AdderSmall},
        {u"702.26", u"T-OA-RAIL-SHELF-ADDER-LRG", F::AdderLarge},
        {u"702.27", u"T-OA-FOOTREST-RAIL-KIT", 0},
        {u"702.28", u"T2-OA-DOSINGESK-BTMSHELF", 0},
        {u"703.29", u"T-OA-1BRUSH-ORG-PB-KIT", F::PegboardMount},
        {u"703.30", u"T-OA-6BRUSH-ORG-PB-KIT", F::PegboardMount},
        {u"703.31", u"T-OA-WRK-FLW-PB", F::PegboardMount},
        {u"703.32", u"T-OA-PPRACK-2066", 0},
        {u"703.33", u"T-OA-PB-SS-1L-SHLF", 0},
        {u"703.34", u"T-OA-PB-SS-2G-SHLF", 0},
        {u"703.35", u"T-OA-PB-SS-1GLOVE", 0},
        {u"703.36", u"T-OA-PB-SS-2GLOVE", 0},
        {u"703.37", u"T-OA-PB-SS-3GLOVE", 0},
        {u"703.38", u"T2-OA-SC-2020-SS", 0},
        {u"703.39", u"T2-OA-SC-2420-SS", 0},
        {u"703.40", u"T2-OA-SC-3020-SS", 0},
        {u"703.41", u"T2-AER-TUBEORG", 0},
        {u"704.42", u"T-OA-MLIGHT-PB-KIT", F::PegboardMount},
        {u"704.43", u"T-OA-DIM-MLIGHT-PB-KIT", F::PegboardMount},
        {u"704.44", u"T-OA-TASKLIGHT-PB", F::PegboardMount},
        {u"704.45", u"T-OA-TASKLIGHT-PB-MAG-KIT", F::PegboardMount},
        {u"705.46", u"T-OA-MNT-ARM", 0},
        {u"705.47", u"T-OA-MNT-ARM-1EXT", 0},
        {u"705.48", u"T-OA-MNT-ARM-2EXT", 0},
        {u"705.49", u"T-OA-KB-MOUSE-ARM", 0},
        {u"705.50", u"T-OA-2H-CPUSM", 0},
        {u"705.51", u"T-OA-2H-CPULG", 0},
        {u"705.52", u"T-OA-2H-CPUUV", 0},
        {u"705.53", u"T-OA-MMA-PB", F::PegboardMount},
        {u"705.54", u"T-OA-MMA-DUAL", 0},
        {u"705.55", u"T-OA-MMA-LTAB", 0},
        {u"705.56", u"T-OA-MMA-LAP", 0},
        {u"705.57", u"T-OA-MNT-SINGLE-COMBO-PB", F::PegboardMount},
        {u"707", u"T2-OA-2D-152012-STACKED-KIT", 0},
        {u"707", u"T2-OA-PO-SHLF-1212", F::PullOutShelf},
    };
    QList<AccessoryInfo> list;
    for (const Row& r : rows) {
        AccessoryInfo info;
        info.code = QString::fromUtf16(r.code);
        info.id = QString::fromUtf16(r.id);
        info.group = info.code.left(3).toInt();
        info.flags = r.flags;
        list.append(info);
    }
    return list;
}

} // namespace

const QList<AccessoryInfo>& AccessoryLibrary::all()
{
    static const QList<AccessoryInfo> library = makeLibrary();
    return library;
}

const AccessoryInfo* AccessoryLibrary::find(const QString& id)
{
    static const QHash<QString, qsizetype> index = [] {
        QHash<QString, qsizetype> h;
        for (qsizetype i = 0; i < all().size(); ++i)
            h.insert(all().at(i).id, i);
        return h;
    }();
    const qsizetype i = index.value(id, -1);
    return i < 0 ? nullptr : &all().at(i);
}

} // namespace cs::domain
