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
};

} // namespace cs::ui
