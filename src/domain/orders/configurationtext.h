#pragma once

#include "domain/orders/sinkconfiguration.h"
#include "domain/printing/travelercontent.h"

#include <QList>
#include <QString>

#include <optional>

namespace cs::domain {

class Catalog;

// A titled table of a configuration in words: the printed traveler draws it, the order page and the
// wizard's review show it as real tables. `columns` empty: a two-column "label: value" block.
using ConfigurationTable = TravelerTable;

// The sink configuration as people read it, in one of the three document languages: no internal code
// (E_SINK, LOCK_LEVELING_CASTERS, raw JSON) ever reaches a screen or a page. The screens pass the
// session's language, the traveler and the QC records the order's document language, so that screen
// and paper say the same words.
class ConfigurationText final
{
public:
    enum Table { Sink, Basins, Faucets, Sprayers, Accessories, TableCount };

    // The five tables of one build, in the order of Table: the sink (family, model, width x length,
    // legs, feet, pegboard, workflow direction), basins (position, type, size, P-trap, light), faucets
    // (type, placement), sprayers (type, location), accessories (item, catalog name, quantity). An
    // empty list reads "None". Accessory names come from `catalog` when given.
    static QList<ConfigurationTable> tables(SinkFamily family, const SinkConfiguration& config,
                                            TravelerLanguage language, const Catalog* catalog = nullptr);

    // One short line for lists and titles: "MDRD CleanStation T2-B2, 48 x 90 in, 2 basins".
    static QString summary(SinkFamily family, const SinkConfiguration& config, TravelerLanguage language);

    // The values in words; "—" when a value is not given.
    static QString familyWords(SinkFamily family, TravelerLanguage language);
    static QString legsWords(const Legs& legs, TravelerLanguage language);
    static QString feetWords(Feet feet, TravelerLanguage language);
    static QString pegboardWords(const std::optional<Pegboard>& pegboard, TravelerLanguage language);
    static QString directionWords(WorkflowDirection direction, TravelerLanguage language);
    static QString basinTypeWords(BasinType type, TravelerLanguage language);
    static QString basinSizeWords(const BasinSize& size, TravelerLanguage language);
    static QString faucetWords(FaucetType type, TravelerLanguage language);
    static QString placementWords(FaucetPlacement placement, TravelerLanguage language);
    static QString sprayerWords(SprayerType type, TravelerLanguage language);
    static QString locationWords(SprayerLocation location, TravelerLanguage language);
    static QString dimensionsWords(std::optional<double> widthIn, std::optional<double> lengthIn,
                                   TravelerLanguage language);
    // A length in inches in the language's number format ("22,5" in French); "?" when not given.
    static QString inches(std::optional<double> value, TravelerLanguage language);

    // Why a top-level BOM line is in a build's BOM, in words: the configuration answer a BOM rule recorded
    // for it (BomLine::answer, such as "legs HEIGHT_ADJUSTABLE DL27" or "basin 2: E_SINK_DI"; merged lines
    // join theirs with "; ") read back into the words of the configuration tables ("Legs: height
    // adjustable, model DL27", "Basin 2: E-Sink DI"), and the line's note when it adds to them. The
    // wizard's BOM preview, the order page and the traveler say it alike. An answer of a form this
    // function does not know is returned as it is.
    static QString bomReasonWords(const QString& rule, const QString& answer, const QString& note,
                                  TravelerLanguage language);

    // The family as stored on an order row ("MDRD", "Endoscope", "INSTROSINK"): any letter case.
    static SinkFamily familyFromString(const QString& text);
    // The document language of an order row ("EN", "FR", "ES", "SP"); English when unknown.
    static TravelerLanguage languageOf(DocumentLanguage language);
};

} // namespace cs::domain
