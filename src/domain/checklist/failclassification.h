#pragma once

#include "domain/printing/travelercontent.h"

#include <QString>
#include <QStringList>

namespace cs::domain {

// How a signed QC FAIL is classified: its category and its severity, stored on the signature as these
// English codes (the database checks the severities). The one place the codes meet their words: the
// fail dialog lists them in the session's language, the checklist screen and the printed record show
// a stored code in the session's or the order's document language. A code this list does not know
// (an older record) is shown as it was stored.
class FailClassification final
{
public:
    // "Structure", "Plumbing", "Electrical", "Cosmetic", "Documentation", "Other", in the order offered.
    static QStringList categories();
    // "Minor", "Major", "Critical", from the least to the most severe.
    static QStringList severities();

    static QString categoryWords(const QString& code, TravelerLanguage language);
    static QString severityWords(const QString& code, TravelerLanguage language);
};

} // namespace cs::domain
