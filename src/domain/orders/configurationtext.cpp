#include "domain/orders/configurationtext.h"

#include "domain/catalog/catalog.h"

#include <QLocale>

#include <cmath>

namespace cs::domain {

namespace {

const QString kNotGiven = QStringLiteral("—");

QString tx(const char* key, TravelerLanguage language)
{
    return travelerText(QString::fromUtf8(key), language);
}

// The words of an enumerated value: its text key ("feet." + "SEISMIC_FEET"); "—" when not given.
QString word(const char* prefix, const QString& code, TravelerLanguage language)
{
    return code.isEmpty() ? kNotGiven : travelerText(QString::fromUtf8(prefix) + code, language);
}

QLocale localeOf(TravelerLanguage language)
{
    QLocale l(language == TravelerLanguage::FR   ? QLocale::French
              : language == TravelerLanguage::ES ? QLocale::Spanish
                                                 : QLocale::English);
    l.setNumberOptions(QLocale::OmitGroupSeparator);
    return l;
}

QString yesNo(bool v, TravelerLanguage language)
{
    return tx(v ? "yes" : "no", language);
}

QString describe(const Catalog* catalog, const QString& id)
{
    if (!catalog)
        return {};
    const int item = catalog->resolve(id);
    return item >= 0 ? catalog->name(item) : QString();
}

} // namespace

TravelerLanguage ConfigurationText::languageOf(DocumentLanguage language)
{
    switch (language) {
    case DocumentLanguage::FR: return TravelerLanguage::FR;
    case DocumentLanguage::ES: return TravelerLanguage::ES;
    default: return TravelerLanguage::EN;
    }
}

SinkFamily ConfigurationText::familyFromString(const QString& text)
{
    const QString t = text.trimmed().toUpper();
    for (SinkFamily f : {SinkFamily::Mdrd, SinkFamily::Endoscope, SinkFamily::InstroSink})
        if (toString(f) == t)
            return f;
    return t.isEmpty() ? SinkFamily::Unset : SinkFamily::Invalid;
}

QString ConfigurationText::inches(std::optional<double> value, TravelerLanguage language)
{
    if (!value || !std::isfinite(*value))
        return QStringLiteral("?");
    return localeOf(language).toString(*value, 'g', 10);
}

QString ConfigurationText::dimensionsWords(std::optional<double> widthIn, std::optional<double> lengthIn,
                                           TravelerLanguage language)
{
    if (!widthIn && !lengthIn)
        return kNotGiven;
    return tx("inchesWxL", language).arg(inches(widthIn, language), inches(lengthIn, language));
}

QString ConfigurationText::familyWords(SinkFamily family, TravelerLanguage language)
{
    return word("family.", toString(family), language);
}

QString ConfigurationText::legsWords(const Legs& legs, TravelerLanguage language)
{
    QString out = word("legsHeight.", toString(legs.height), language);
    if (!toString(legs.model).isEmpty())
        out += QStringLiteral(", ") + tx("legModel", language).arg(toString(legs.model));
    return out;
}

QString ConfigurationText::feetWords(Feet feet, TravelerLanguage language)
{
    return word("feet.", toString(feet), language);
}

QString ConfigurationText::pegboardWords(const std::optional<Pegboard>& pegboard, TravelerLanguage language)
{
    if (!pegboard)
        return tx("no", language);
    QString out = word("pegboardType.", toString(pegboard->type), language);
    if (pegboard->color != PegboardColor::None)
        out += QStringLiteral(", ") + word("color.", toString(pegboard->color), language);
    if (pegboard->size.kind == PegboardSize::Kind::Custom)
        out += QStringLiteral(", ") + tx("custom", language) + u' '
               + tx("inchesWxL", language).arg(inches(pegboard->size.widthIn, language),
                                                 inches(pegboard->size.lengthIn, language));
    else if (pegboard->size.kind == PegboardSize::Kind::SameAsSink)
        out += QStringLiteral(", ") + tx("sameAsSink", language);
    return out;
}

QString ConfigurationText::directionWords(WorkflowDirection direction, TravelerLanguage language)
{
    return word("direction.", toString(direction), language);
}

QString ConfigurationText::basinTypeWords(BasinType type, TravelerLanguage language)
{
    return word("basinType.", toString(type), language);
}

QString ConfigurationText::basinSizeWords(const BasinSize& size, TravelerLanguage language)
{
    switch (size.kind) {
    case BasinSize::Kind::Standard: {
        // "24X20X10" is width x length x depth in inches.
        const QStringList parts = size.standard.split(u'X', Qt::KeepEmptyParts, Qt::CaseInsensitive);
        bool ok = parts.size() == 3;
        QList<double> v;
        for (const QString& p : parts) {
            bool isNumber = false;
            v.append(p.trimmed().toDouble(&isNumber));
            ok = ok && isNumber;
        }
        if (!ok)
            return size.standard;
        return tx("inchesWxLxD", language).arg(inches(v.at(0), language), inches(v.at(1), language),
                                               inches(v.at(2), language));
    }
    case BasinSize::Kind::Custom:
        return tx("custom", language) + u' '
               + tx("inchesWxLxD", language).arg(inches(size.widthIn, language), inches(size.lengthIn, language),
                                                 inches(size.depthIn, language));
    default: return kNotGiven;
    }
}

QString ConfigurationText::faucetWords(FaucetType type, TravelerLanguage language)
{
    return word("faucetType.", toString(type), language);
}

QString ConfigurationText::placementWords(FaucetPlacement placement, TravelerLanguage language)
{
    return word("placement.", toString(placement), language);
}

QString ConfigurationText::sprayerWords(SprayerType type, TravelerLanguage language)
{
    return word("sprayerType.", toString(type), language);
}

QString ConfigurationText::locationWords(SprayerLocation location, TravelerLanguage language)
{
    return word("location.", toString(location), language);
}

QList<ConfigurationTable> ConfigurationText::tables(SinkFamily family, const SinkConfiguration& s,
                                                    TravelerLanguage language, const Catalog* catalog)
{
    auto t = [language](const char* key) { return tx(key, language); };
    QList<ConfigurationTable> out;
    out.append({t("sink"),
                {},
                {},
                {{t("family"), familyWords(family, language)},
                 {t("model"), toString(s.model).isEmpty() ? kNotGiven : toString(s.model)},
                 {t("dimensions"), dimensionsWords(s.widthIn, s.lengthIn, language)},
                 {t("legs"), legsWords(s.legs, language)},
                 {t("feet"), feetWords(s.feet, language)},
                 {t("pegboard"), pegboardWords(s.pegboard, language)},
                 {t("direction"), directionWords(s.workflowDirection, language)}}});

    ConfigurationTable basins{t("basins"),
                              {t("position"), t("type"), t("size"), t("pTrap"), t("basinLight")},
                              {0.12, 0.28, 0.30, 0.15, 0.15},
                              {}};
    for (const Basin& b : s.basins)
        basins.rows.append({QString::number(b.position), basinTypeWords(b.type, language),
                            basinSizeWords(b.size, language), yesNo(b.pTrap, language), yesNo(b.basinLight, language)});
    if (basins.rows.isEmpty())
        basins.rows.append({t("none"), QString(), QString(), QString(), QString()});
    out.append(basins);

    ConfigurationTable faucets{t("faucets"), {t("type"), t("placement")}, {0.5, 0.5}, {}};
    for (const Faucet& f : s.faucets)
        faucets.rows.append({faucetWords(f.type, language), f.placement == FaucetPlacement::Unset
                                                                ? t("notRecorded")
                                                                : placementWords(f.placement, language)});
    if (faucets.rows.isEmpty())
        faucets.rows.append({t("none"), QString()});
    out.append(faucets);

    ConfigurationTable sprayers{t("sprayers"), {t("type"), t("location")}, {0.5, 0.5}, {}};
    for (const Sprayer& sp : s.sprayers)
        sprayers.rows.append({sprayerWords(sp.type, language), locationWords(sp.location, language)});
    if (sprayers.rows.isEmpty())
        sprayers.rows.append({t("none"), QString()});
    out.append(sprayers);

    ConfigurationTable accessories{t("accessories"), {t("id"), t("description"), t("qty")}, {0.34, 0.56, 0.10}, {}};
    for (const AccessoryChoice& a : s.accessories)
        accessories.rows.append({a.id, describe(catalog, a.id), QString::number(a.qty)});
    if (accessories.rows.isEmpty())
        accessories.rows.append({t("none"), QString(), QString()});
    out.append(accessories);
    return out;
}

QString ConfigurationText::summary(SinkFamily family, const SinkConfiguration& s, TravelerLanguage language)
{
    QStringList parts;
    QString head = familyWords(family, language);
    if (!toString(s.model).isEmpty())
        head += u' ' + toString(s.model);
    parts << head;
    if (s.widthIn || s.lengthIn)
        parts << dimensionsWords(s.widthIn, s.lengthIn, language);
    if (!s.basins.isEmpty())
        parts << (s.basins.size() == 1 ? tx("basinCount.one", language)
                                       : tx("basinCount.many", language).arg(s.basins.size()));
    return parts.join(QStringLiteral(", "));
}

} // namespace cs::domain
