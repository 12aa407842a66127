#include "domain/orders/configurationvalidator.h"

#include "domain/bom/familyrules.h"

#include <QSet>

namespace cs::domain {

void ConfigurationValidator::validateOrder(const OrderConfiguration& config, QDate today, ValidationIssues* issues)
{
    auto error = [issues](const QString& code, const QString& field, const QString& message, int buildIndex = -1,
                          const QString& buildNumber = QString()) {
        ValidationIssue issue;
        issue.code = code;
        issue.field = field;
        issue.message = message;
        issue.buildIndex = buildIndex;
        issue.buildNumber = buildNumber;
        issues->append(issue);
    };
    const OrderInfo& o = config.order;
    if (o.poNumber.trimmed().size() < 3)
        error(QStringLiteral("E-PO-MIN3"), QStringLiteral("order.poNumber"),
              tr("The PO number needs at least 3 characters."));
    if (o.customerName.trimmed().size() < 3)
        error(QStringLiteral("E-CUSTOMER-MIN3"), QStringLiteral("order.customerName"),
              tr("The customer name needs at least 3 characters."));
    const QString project = o.projectName.trimmed();
    if (!project.isEmpty() && project.size() < 3)
        error(QStringLiteral("E-PROJECT-MIN3"), QStringLiteral("order.projectName"),
              tr("The project name, when given, needs at least 3 characters."));
    if (o.salesPerson.trimmed().size() < 3)
        error(QStringLiteral("E-SALES-MIN3"), QStringLiteral("order.salesPerson"),
              tr("The sales person needs at least 3 characters."));
    if (!o.wantDate.isValid() || !today.isValid() || o.wantDate <= today)
        error(QStringLiteral("E-WANTDATE-FUTURE"), QStringLiteral("order.wantDate"),
              tr("The want date must be after %1.").arg(today.toString(Qt::ISODate)));
    if (o.language != DocumentLanguage::EN && o.language != DocumentLanguage::FR && o.language != DocumentLanguage::ES)
        error(QStringLiteral("E-LANGUAGE"), QStringLiteral("order.language"),
              tr("Choose the document language: EN, FR or ES."));
    if (!FamilyRules::forFamily(config.family).isAvailable())
        error(QStringLiteral("E-FAMILY-UNAVAILABLE"), QStringLiteral("family"),
              config.family == SinkFamily::Endoscope || config.family == SinkFamily::InstroSink
                  ? tr("The %1 family cannot be configured yet (under construction).").arg(toString(config.family))
                  : tr("Choose the sink family: only MDRD can be configured."));

    const qsizetype quantity = config.builds.size();
    if (quantity < 1 || quantity > kMaxQuantity)
        error(QStringLiteral("E-QTY-RANGE"), QStringLiteral("builds"),
              tr("The sink quantity must be from 1 to %1.").arg(kMaxQuantity));
    QSet<QString> seen;
    for (qsizetype i = 0; i < quantity; ++i) {
        const QString number = config.builds.at(i).buildNumber.trimmed();
        const QString field = QStringLiteral("builds[%1].buildNumber").arg(i);
        if (number.size() < 3) {
            error(QStringLiteral("E-BUILD-MIN3"), field, tr("Build number %1 needs at least 3 characters.").arg(i + 1));
        } else {
            const bool plain = std::all_of(number.cbegin(), number.cend(), [](QChar ch) {
                return (ch.unicode() < 128 && ch.isLetterOrNumber()) || ch == u'-';
            });
            if (!plain)
                error(QStringLiteral("E-BUILD-MIN3"), field,
                      tr("Build number %1 may contain letters, digits and '-' only.").arg(number));
        }
        const QString key = number.toUpper();
        if (!number.isEmpty() && seen.contains(key))
            error(QStringLiteral("E-BUILD-UNIQUE"), field, tr("Build number %1 is used twice in this order.").arg(number));
        seen.insert(key);
        if (!config.builds.at(i).config)
            error(QStringLiteral("E-BUILD-CONFIG-MISSING"), QStringLiteral("builds[%1].config").arg(i),
                  tr("Build %1 has no configuration.").arg(config.builds.at(i).buildNumber), int(i),
                  config.builds.at(i).buildNumber);
    }
}

ValidationIssues ConfigurationValidator::validate(const Catalog& catalog, const OrderConfiguration& config, QDate today)
{
    ValidationIssues issues;
    validateOrder(config, today, &issues);
    const FamilyRules& rules = FamilyRules::forFamily(config.family);
    if (!rules.isAvailable())
        return issues;
    for (qsizetype i = 0; i < config.builds.size(); ++i)
        rules.validateBuild(catalog, config.builds.at(i), int(i), &issues);
    return issues;
}

} // namespace cs::domain
