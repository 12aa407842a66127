#include "ui/orders/bomruletext.h"

#include "domain/orders/configurationtext.h"
#include "ui/common/translator.h"

namespace cs::ui {

QString BomRuleText::words(const QString& rule)
{
    if (rule.isEmpty())
        return {};
    if (rule == u"R-MANUAL")
        return tr("Manual kit in the order's language");
    if (rule == u"R-BODY")
        return tr("Sink body for the length");
    if (rule == u"R-LEGS")
        return tr("Legs kit for the height and leg model");
    if (rule == u"R-FEET")
        return tr("Feet as chosen");
    if (rule == u"R-PB-OHL")
        return tr("Overhead light kit, as the sink has a pegboard");
    if (rule == u"R-PB-TYPE")
        return tr("Pegboard kit of the chosen type");
    if (rule == u"R-PB-SIZE")
        return tr("Pegboard panel as long as the sink");
    if (rule == u"R-PB-CUSTOM")
        return tr("Pegboard panel made to the ordered size");
    if (rule == u"R-PB-COLOR")
        return tr("Pegboard colour");
    if (rule == u"R-BASIN-KIT")
        return tr("Basin kit for the basin's type");
    if (rule == u"R-BASIN-SIZE")
        return tr("Basin of a standard size");
    if (rule == u"R-BASIN-CUSTOM")
        return tr("Basin made to the ordered size");
    if (rule == u"R-CTRL")
        return tr("Control box for the E-Drain and E-Sink basins");
    if (rule == u"R-PTRAP")
        return tr("P-trap for a basin");
    if (rule == u"R-LIGHT")
        return tr("Light for a basin");
    if (rule == u"R-FAUCET")
        return tr("Faucet kit for the faucet's type");
    if (rule == u"R-SPRAYER")
        return tr("Sprayer kit for the sprayer's type");
    if (rule == u"R-ACCESSORY")
        return tr("Accessory as ordered");
    return rule;
}

QString BomRuleText::codeText(const QString& rule)
{
    return rule.isEmpty() ? QString() : tr("Rule %1").arg(rule);
}

QString BomRuleText::reason(const QString& rule, const QString& answer, const QString& note)
{
    return domain::ConfigurationText::bomReasonWords(rule, answer, note, Translator::textLanguage());
}

QString BomRuleText::ruleToolTip(const QString& rule)
{
    if (rule.isEmpty())
        return {};
    const QString words = BomRuleText::words(rule);
    return words == rule ? codeText(rule) : tr("%1 (rule %2)").arg(words, rule);
}

} // namespace cs::ui
