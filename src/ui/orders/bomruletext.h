#pragma once

#include <QCoreApplication>
#include <QString>

namespace cs::ui {

// What a BOM rule did, in the words of the person reading the BOM: the rule that put a top line into
// a build's BOM ("R-BASIN-KIT") becomes "Basin kit for the basin's type". Codes the application does
// not know are shown as they are.
class BomRuleText final
{
    Q_DECLARE_TR_FUNCTIONS(cs::ui::BomRuleText)
public:
    static QString words(const QString& rule);
    // The code itself, for a tooltip ("Rule R-BASIN-KIT").
    static QString codeText(const QString& rule);
    // Why a top line is there, in the session's language: the configuration's answer the rule read, in the
    // words of the configuration tables ("Basin 2: E-Sink DI"; domain::ConfigurationText::bomReasonWords,
    // which the traveler prints in the order's language).
    static QString reason(const QString& rule, const QString& answer, const QString& note);
    // What the rule does and its code, for a tooltip ("Basin kit for the basin's type (rule R-BASIN-KIT)").
    static QString ruleToolTip(const QString& rule);
};

} // namespace cs::ui
