#pragma once

#include <QList>
#include <QString>

namespace cs::domain {

// One validation finding (CONFIGURATION.md 8). Order-level findings have buildIndex -1.
struct ValidationIssue
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString code;          // "E-BASIN-COUNT", "W-ADDER-LENGTH", ...
    int buildIndex = -1;   // index into OrderConfiguration::builds, -1 for the order
    QString buildNumber;   // as entered; empty for order-level issues
    QString field;         // the field it concerns: "order.poNumber", "builds[0].basins[1].size"
    QString message;       // translated, for the user

    bool isError() const { return severity == Severity::Error; }
    // "CODE" for order-level issues, "CODE@<build number>" for build-level ones (the acceptance format).
    QString qualifiedCode() const
    {
        return buildIndex < 0 ? code : code + u'@' + buildNumber;
    }
};

using ValidationIssues = QList<ValidationIssue>;

} // namespace cs::domain
