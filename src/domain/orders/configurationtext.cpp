#include "domain/orders/configurationtext.h"

#include "domain/catalog/catalog.h"

#include <QLocale>
#include <QRegularExpression>

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

// The words of a code when the texts know it ("basinType." + "E_SINK"); else the code itself.
QString knownWord(const char* prefix, const QString& code, TravelerLanguage language)
{
    const QString key = QString::fromUtf8(prefix) + code;
    const QString words = travelerText(key, language);
    return words == key ? code : words;
}

// Legs from their codes ("HEIGHT_ADJUSTABLE", "DL27"), for ConfigurationText::legsWords and the BOM's reasons.
QString legsOf(const QString& heightCode, const QString& modelCode, TravelerLanguage language)
{
    QString out = heightCode.isEmpty() ? kNotGiven : knownWord("legsHeight.", heightCode, language);
    if (!modelCode.isEmpty())
        out += QStringLiteral(", ") + tx("legModel", language).arg(modelCode);
    return out;
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
    return legsOf(toString(legs.height), toString(legs.model), language);
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

namespace {

// A number of inches as the BOM rules write it ("22.5"), in the language's format; as it is when it is
// not a number.
QString inchesOf(const QString& text, TravelerLanguage language)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    return ok ? ConfigurationText::inches(v, language) : text.trimmed();
}

// One answer of a BOM line in words; empty when its form is not known.
QString reasonOf(const QString& rule, const QString& answer, TravelerLanguage language)
{
    auto t = [language](const char* key) { return tx(key, language); };
    auto labelled = [&](const QString& label, const QString& value) { return t("why.labelValue").arg(label, value); };
    static const QRegularExpression numbered(QStringLiteral("^(basin|faucet|sprayer) (\\d+): (.+)$"));
    static const QRegularExpression wxl(QStringLiteral("^([\\d.]+) x ([\\d.]+) in$"));
    static const QRegularExpression wxlxd(QStringLiteral("^([\\d.]+) x ([\\d.]+) x ([\\d.]+) in$"));
    static const QRegularExpression standard(QStringLiteral("^\\d+(\\.\\d+)?X\\d+(\\.\\d+)?X\\d+(\\.\\d+)?$"));
    static const QRegularExpression control(QStringLiteral("^E-Drain basins (\\d+), E-Sink basins (\\d+)$"));
    static const QRegularExpression accessory(QStringLiteral("^accessory x(\\d+)$"));
    static const QRegularExpression length(QStringLiteral("^length ([\\d.]+) in$"));
    static const QRegularExpression pegboardLength(QStringLiteral("^pegboard same as sink, length ([\\d.]+) in$"));

    if (rule == u"R-MANUAL" && answer.startsWith(u"language ")) {
        const QString code = answer.mid(9).trimmed();
        return labelled(t("language"), knownWord("languageName.", code, language));
    }
    if (const auto m = length.match(answer); m.hasMatch())
        return t("why.sinkLength").arg(inchesOf(m.captured(1), language));
    if (answer.startsWith(u"legs ")) {
        const QStringList codes = answer.mid(5).split(u' ', Qt::SkipEmptyParts);
        return labelled(t("legs"), legsOf(codes.value(0), codes.value(1), language));
    }
    if (answer.startsWith(u"feet "))
        return labelled(t("feet"), knownWord("feet.", answer.mid(5).trimmed(), language));
    if (answer == u"pegboard yes")
        return labelled(t("pegboard"), t("yes"));
    if (answer.startsWith(u"pegboard type "))
        return labelled(t("pegboard"), knownWord("pegboardType.", answer.mid(14).trimmed(), language));
    if (answer.startsWith(u"pegboard colour "))
        return labelled(t("why.pegboardColour"), knownWord("color.", answer.mid(16).trimmed(), language));
    if (const auto m = pegboardLength.match(answer); m.hasMatch())
        return labelled(t("pegboard"), t("why.sameAsSinkLength").arg(inchesOf(m.captured(1), language)));
    if (answer.startsWith(u"pegboard ")) {
        if (const auto m = wxl.match(answer.mid(9)); m.hasMatch())
            return labelled(t("pegboard"), t("custom") + u' '
                                               + t("inchesWxL").arg(inchesOf(m.captured(1), language),
                                                                    inchesOf(m.captured(2), language)));
    }
    if (const auto m = control.match(answer); m.hasMatch())
        return t("why.controlBox").arg(m.captured(1), m.captured(2));
    if (const auto m = accessory.match(answer); m.hasMatch())
        return t("why.accessory").arg(m.captured(1));
    const auto m = numbered.match(answer);
    if (!m.hasMatch())
        return {};
    const QString what = m.captured(1);
    const QString value = m.captured(3).trimmed();
    if (what == u"faucet")
        return labelled(t("why.faucet").arg(m.captured(2)), knownWord("faucetType.", value, language));
    if (what == u"sprayer") {
        const QStringList codes = value.split(QStringLiteral(", "));
        QString words = knownWord("sprayerType.", codes.value(0), language);
        if (codes.size() > 1)
            words += QStringLiteral(", ") + knownWord("location.", codes.value(1), language);
        return labelled(t("why.sprayer").arg(m.captured(2)), words);
    }
    const QString basin = t("qc.basin").arg(m.captured(2));
    if (value == u"P-trap")
        return labelled(basin, t("pTrap"));
    if (value.startsWith(u"light, "))
        return labelled(basin, t("basinLight") + QStringLiteral(", ") + knownWord("basinType.", value.mid(7), language));
    if (const auto d = wxlxd.match(value); d.hasMatch())
        return labelled(basin, t("custom") + u' '
                                   + t("inchesWxLxD").arg(inchesOf(d.captured(1), language),
                                                          inchesOf(d.captured(2), language),
                                                          inchesOf(d.captured(3), language)));
    if (standard.match(value).hasMatch()) {
        BasinSize size;
        size.kind = BasinSize::Kind::Standard;
        size.standard = value;
        return labelled(basin, ConfigurationText::basinSizeWords(size, language));
    }
    return labelled(basin, knownWord("basinType.", value, language));
}

} // namespace

QString ConfigurationText::bomReasonWords(const QString& rule, const QString& answer, const QString& note,
                                          TravelerLanguage language)
{
    QStringList parts;
    for (const QString& one : answer.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        const QString words = reasonOf(rule, one.trimmed(), language);
        parts << (words.isEmpty() ? one.trimmed() : words);
    }
    QString out = parts.join(QStringLiteral("; "));
    // The colour line's note is its colour, said already; another note is added as it is.
    if (!note.isEmpty() && rule != u"R-PB-COLOR")
        out = out.isEmpty() ? note : QStringLiteral("%1 (%2)").arg(out, note);
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
