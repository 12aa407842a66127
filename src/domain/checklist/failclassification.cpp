#include "domain/checklist/failclassification.h"

namespace cs::domain {

namespace {

// The words are document texts (travelerText "failCategory.<code>", "failSeverity.<code>"), complete
// in the three languages like the rest of the printed record's.
QString words(const QString& prefix, const QString& code, TravelerLanguage language)
{
    if (code.isEmpty())
        return code;
    const QString key = prefix + code;
    const QString text = travelerText(key, language);
    return text == key ? code : text;
}

} // namespace

QStringList FailClassification::categories()
{
    return {QStringLiteral("Structure"), QStringLiteral("Plumbing"),      QStringLiteral("Electrical"),
            QStringLiteral("Cosmetic"),  QStringLiteral("Documentation"), QStringLiteral("Other")};
}

QStringList FailClassification::severities()
{
    return {QStringLiteral("Minor"), QStringLiteral("Major"), QStringLiteral("Critical")};
}

QString FailClassification::categoryWords(const QString& code, TravelerLanguage language)
{
    return words(QStringLiteral("failCategory."), code, language);
}

QString FailClassification::severityWords(const QString& code, TravelerLanguage language)
{
    return words(QStringLiteral("failSeverity."), code, language);
}

} // namespace cs::domain
