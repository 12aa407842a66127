#include "devtools/syntheticcatalog.h"

#include "domain/bom/accessorylibrary.h"
#include "domain/bom/mdrdrules.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace cs::domain {

namespace {

// The ids that live in ASSY- form in the real catalog (CONFIGURATION.md 1.2, catalog README 4.1),
// and the ones that are plain parts or structureless assemblies there.
bool assyForm(const QString& id)
{
    static const QSet<QString> assy{QStringLiteral("T2-DL14-KIT"),       QStringLiteral("T2-LEVELING-CASTOR-475"),
                                    QStringLiteral("T2-SEISMIC-FEET"),   QStringLiteral("T2-OA-MS-1026"),
                                    QStringLiteral("T2-CTRL-EDR2"),      QStringLiteral("T2-CTRL-ESK2"),
                                    QStringLiteral("T2-CTRL-EDR3"),      QStringLiteral("T2-CTRL-ESK3")};
    if (assy.contains(id) || id.startsWith(u"T2-ADW-BASIN") || (id.startsWith(u"T2-ADW-PB-") && !id.endsWith(u"-KIT")))
        return true;
    return AccessoryLibrary::find(id) && !id.endsWith(u"-KIT");
}

QString subcategoryFor(const QString& id)
{
    if (id.startsWith(u"T2-STD-MANUAL"))
        return QStringLiteral("720.701");
    if (id.startsWith(u"T2-BODY"))
        return QStringLiteral("721.709");
    if (id.startsWith(u"T2-DL") || id.startsWith(u"T2-LC1") || id.startsWith(u"T2-LEVELING") || id.startsWith(u"T2-SEISMIC"))
        return QStringLiteral("721.711");
    if (id.startsWith(u"T2-ADW-BASIN"))
        return QStringLiteral("722.712");
    if (id.startsWith(u"T2-BSN"))
        return QStringLiteral("722.713");
    if (id.startsWith(u"T2-ADW-PB-") && !id.endsWith(u"-KIT"))
        return QStringLiteral("723.715");
    if (id.startsWith(u"T2-ADW-PB") || id.startsWith(u"T2-OHL"))
        return QStringLiteral("723.716");
    if (id.startsWith(u"T2-CTRL"))
        return QStringLiteral("719.016");
    if (const AccessoryInfo* a = AccessoryLibrary::find(id))
        return QStringLiteral("720.%1").arg(a->group);
    return QStringLiteral("720.706");
}

} // namespace

CatalogData SyntheticCatalog::generate(const SyntheticCatalogSpec& spec, QString* error)
{
    auto fail = [error](const QString& what) {
        if (error)
            *error = what;
        return CatalogData{};
    };
    QStringList ruleIds = MdrdRules::referencedIds();
    ruleIds.removeAll(QStringLiteral("708.77")); // a part in the real catalog
    const int topCount = int(ruleIds.size());
    if (spec.depth < 1)
        return fail(QStringLiteral("--depth must be at least 1"));
    const int subCount = spec.assemblies - topCount;
    if (subCount < spec.depth - 1)
        return fail(QStringLiteral("--assemblies must be at least %1 for depth %2 (%3 ids of the MDRD rules and "
                                   "accessory library, plus one sub-assembly per level)")
                        .arg(topCount + spec.depth - 1)
                        .arg(spec.depth)
                        .arg(topCount));
    if (spec.parts < 10)
        return fail(QStringLiteral("--parts must be at least 10"));

    QRandomGenerator rng(quint32(spec.seed & 0xffffffffu) ^ quint32(spec.seed >> 32) ^ 0x5eedu);
    CatalogData data;
    // The category tree of the real catalog (the subcategories the generator uses).
    const QList<QPair<QString, QString>> categories{{QStringLiteral("719"), QStringLiteral("SERVICE PARTS")},
                                                    {QStringLiteral("720"), QStringLiteral("ACCESSORY LIST")},
                                                    {QStringLiteral("721"), QStringLiteral("SINK BODY")},
                                                    {QStringLiteral("722"), QStringLiteral("BASIN")},
                                                    {QStringLiteral("723"), QStringLiteral("PEGBOARD")}};
    for (const auto& [id, name] : categories)
        data.categories.append(CategoryRow{id, name, QStringLiteral("synthetic")});
    for (const char16_t* sub : {u"719.001", u"719.016", u"720.701", u"720.702", u"720.703", u"720.704", u"720.705",
                                u"720.706", u"720.707", u"721.709", u"721.710", u"721.711", u"722.712", u"722.713",
                                u"722.714", u"723.715", u"723.716", u"723.717"}) {
        const QString id = QString::fromUtf16(sub);
        data.subcategories.append(SubcategoryRow{id, id.left(3), QStringLiteral("SUBCATEGORY ") + id, QString(), {}});
    }

    // Sub-assemblies per level (1..depth-1); about a third in ASSY- form.
    const int levels = spec.depth - 1;
    QList<QList<QString>> levelIds(levels + 1); // component ids (the part id for ASSY- ones)
    QList<AssemblyRow> subs;
    QList<int> subLevels;
    subs.reserve(subCount);
    QList<PartRow> pairParts;
    for (int k = 0, made = 0; k < levels; ++k) {
        const int n = subCount / levels + (k < subCount % levels ? 1 : 0);
        for (int j = 0; j < n; ++j, ++made) {
            const QString plain = QStringLiteral("SA%1-%2").arg(k + 1).arg(made, 6, 10, QChar(u'0'));
            AssemblyRow a;
            a.name = QStringLiteral("SYNTHETIC SUB-ASSEMBLY LEVEL %1 NO %2").arg(k + 1).arg(made);
            a.type = k == 0 ? QStringLiteral("SIMPLE") : QStringLiteral("COMPLEX");
            a.categoryCode = QStringLiteral("719");
            a.subcategoryCode = QStringLiteral("719.001");
            if (rng.bounded(3) == 0) {
                a.id = QStringLiteral("ASSY-") + plain;
                PartRow p;
                p.id = plain;
                p.name = a.name;
                pairParts.append(p);
            } else {
                a.id = plain;
            }
            levelIds[k + 1].append(plain);
            subs.append(a);
            subLevels.append(k + 1);
        }
    }
    const int leafParts = std::max(10, spec.parts - int(pairParts.size()));
    for (int i = 0; i < leafParts; ++i) {
        PartRow p;
        p.id = QStringLiteral("P-%1").arg(i, 7, 10, QChar(u'0'));
        p.name = QStringLiteral("SYNTHETIC PART %1").arg(i);
        if (rng.bounded(4) == 0) {
            p.manufacturerPartNumber = QStringLiteral("MPN-%1").arg(rng.bounded(1000000));
            p.manufacturerInfo = QStringLiteral("VENDOR %1").arg(rng.bounded(40));
        }
        data.parts.append(p);
        levelIds[0].append(p.id);
    }
    data.parts.append(pairParts);
    PartRow color;
    color.id = QStringLiteral("708.77");
    color.name = QStringLiteral("COLORSAFE+ PEGBOARD COLOUR COMPONENT");
    data.parts.append(color);

    auto quantity = [&rng]() { return rng.bounded(10) < 8 ? 1 : 2 + int(rng.bounded(3)); };
    // Fills the components of an assembly at `level` (>= 1).
    auto fill = [&](AssemblyRow& a, int level) {
        QSet<QString> used;
        auto addChild = [&](const QString& id) {
            if (used.contains(id))
                return;
            used.insert(id);
            a.components.append(ComponentRow{id, quantity(), QString()});
        };
        if (level >= 2 && !levelIds[level - 1].isEmpty())
            addChild(levelIds[level - 1].at(rng.bounded(int(levelIds[level - 1].size()))));
        if (level >= 2) {
            const int extra = int(rng.bounded(3));
            for (int e = 0; e < extra; ++e) {
                const int l = 1 + int(rng.bounded(level - 1));
                if (!levelIds[l].isEmpty())
                    addChild(levelIds[l].at(rng.bounded(int(levelIds[l].size()))));
            }
        }
        const int partCount = 2 + int(rng.bounded(5));
        for (int p = 0; p < partCount; ++p)
            addChild(levelIds[0].at(rng.bounded(int(levelIds[0].size()))));
    };
    for (qsizetype i = 0; i < subs.size(); ++i)
        fill(subs[i], subLevels.at(i));
    data.assemblies = subs;

    // The rule and accessory ids, at the top.
    for (const QString& id : std::as_const(ruleIds)) {
        AssemblyRow a;
        a.id = assyForm(id) ? QStringLiteral("ASSY-") + id : id;
        a.name = QStringLiteral("SYNTHETIC ") + id;
        a.isKit = id.endsWith(u"-KIT");
        a.type = a.isKit ? QStringLiteral("KIT") : QStringLiteral("SIMPLE");
        a.subcategoryCode = subcategoryFor(id);
        a.categoryCode = a.subcategoryCode.left(3);
        const bool structureless = id.startsWith(u"T2-ADW-BASIN") || (id.startsWith(u"T2-ADW-PB-") && !id.endsWith(u"-KIT"));
        if (!structureless)
            fill(a, spec.depth);
        if (assyForm(id)) {
            PartRow p;
            p.id = id;
            p.name = a.name;
            data.parts.append(p);
        }
        data.assemblies.append(a);
    }
    return data;
}

OrderConfiguration SyntheticCatalog::mostComplexOrder(QDate today)
{
    OrderConfiguration o;
    o.order.poNumber = QStringLiteral("PO-BENCH-0001");
    o.order.customerName = QStringLiteral("Benchmark Hospital");
    o.order.projectName = QStringLiteral("Sterile processing");
    o.order.salesPerson = QStringLiteral("Bench Sales");
    o.order.wantDate = today.addDays(30);
    o.order.language = DocumentLanguage::FR;
    o.family = SinkFamily::Mdrd;

    SinkConfiguration c;
    c.setModel(SinkModel::T2B3);
    c.widthIn = 36;
    c.lengthIn = 96;
    c.legs = Legs{LegsHeight::HeightAdjustable, LegsModel::DL14};
    c.feet = Feet::SeismicFeet;
    c.pegboard = Pegboard{PegboardType::Solid, PegboardColor::Blue, PegboardSize{}};
    c.workflowDirection = WorkflowDirection::LeftToRight;
    const BasinType types[3] = {BasinType::ESinkDi, BasinType::ESink, BasinType::EDrain};
    const char16_t* sizes[3] = {u"30X20X10", u"24X20X10", u"24X20X8"};
    for (int i = 0; i < 3; ++i) {
        Basin& b = c.basins[i];
        b.type = types[i];
        b.size.kind = BasinSize::Kind::Standard;
        b.size.standard = QString::fromUtf16(sizes[i]);
        b.pTrap = true;
        b.basinLight = true;
    }
    c.faucets = {Faucet{FaucetType::DiGooseneck, FaucetPlacement::CenterOfBasin1},
                 Faucet{FaucetType::WristBlade, FaucetPlacement::CenterOfBasin2},
                 Faucet{FaucetType::PreRinse, FaucetPlacement::CenterOfBasin3}};
    c.sprayers = {Sprayer{SprayerType::WaterGunTurret, SprayerLocation::LeftSide},
                  Sprayer{SprayerType::AirGunRosette, SprayerLocation::RightSide}};
    int count = 0;
    for (const AccessoryInfo& a : AccessoryLibrary::all()) {
        if (a.has(AccessoryInfo::InstroSinkOnly) || a.has(AccessoryInfo::AdderSmall))
            continue;
        c.accessories.append(AccessoryChoice{a.id, 1 + count % 3});
        if (++count == 20)
            break;
    }
    o.builds.append(BuildEntry{QStringLiteral("BENCH-001"), c});
    return o;
}

} // namespace cs::domain
