#include "domain/bom/bomgenerator.h"

#include "domain/catalog/catalog.h"
#include "domain/orders/configurationvalidator.h"

#include <QCryptographicHash>

namespace cs::domain {

namespace {

void appendJsonString(QByteArray* out, const QString& s)
{
    out->append('"');
    const QByteArray utf8 = s.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out->append("\\\""); break;
        case '\\': out->append("\\\\"); break;
        case '\n': out->append("\\n"); break;
        case '\r': out->append("\\r"); break;
        case '\t': out->append("\\t"); break;
        case '\b': out->append("\\b"); break;
        case '\f': out->append("\\f"); break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out->append("\\u00");
                out->append(hex[c >> 4]);
                out->append(hex[c & 0xf]);
            } else {
                out->append(char(c));
            }
        }
    }
    out->append('"');
}

} // namespace

qint64 BuildBom::totalLeafQty() const
{
    qint64 total = 0;
    for (const BomFlatLine& l : flat)
        total += l.qty;
    return total;
}

QList<BomLine> BuildBom::customParts() const
{
    QList<BomLine> parts;
    for (const BomLine& l : top)
        if (l.custom)
            parts.append(l);
    return parts;
}

QByteArray BuildBom::canonicalJson() const
{
    QByteArray out;
    out.reserve(128 + top.size() * 96 + tree.size() * 80 + flat.size() * 40);
    out.append("{\"top\":[");
    for (qsizetype i = 0; i < top.size(); ++i) {
        const BomLine& l = top.at(i);
        if (i)
            out.append(',');
        out.append("{\"id\":");
        appendJsonString(&out, l.id);
        out.append(",\"qty\":").append(QByteArray::number(l.qty));
        out.append(",\"rule\":");
        appendJsonString(&out, l.rule);
        out.append(",\"answer\":");
        appendJsonString(&out, l.answer);
        out.append(",\"note\":");
        if (l.note.isEmpty())
            out.append("null");
        else
            appendJsonString(&out, l.note);
        out.append('}');
    }
    out.append("],\"tree\":[");
    for (qsizetype i = 0; i < tree.size(); ++i) {
        const BomTreeNode& n = tree.at(i);
        if (i)
            out.append(',');
        out.append("{\"id\":");
        appendJsonString(&out, n.id);
        out.append(",\"qty\":").append(QByteArray::number(n.qty));
        out.append(",\"extQty\":").append(QByteArray::number(n.extQty));
        out.append(",\"depth\":").append(QByteArray::number(n.depth));
        out.append(",\"parent\":");
        out.append(n.parent < 0 ? QByteArray("null") : QByteArray::number(n.parent));
        out.append(",\"rule\":");
        appendJsonString(&out, n.topLine >= 0 && n.topLine < top.size() ? top.at(n.topLine).rule : QString());
        out.append('}');
    }
    out.append("],\"flat\":[");
    for (qsizetype i = 0; i < flat.size(); ++i) {
        if (i)
            out.append(',');
        out.append("{\"id\":");
        appendJsonString(&out, flat.at(i).id);
        out.append(",\"qty\":").append(QByteArray::number(flat.at(i).qty));
        out.append('}');
    }
    out.append("]}");
    return out;
}

QByteArray BuildBom::sha256Hex() const
{
    return QCryptographicHash::hash(canonicalJson(), QCryptographicHash::Sha256).toHex();
}

QStringList GenerationResult::errorCodes() const
{
    QStringList codes;
    for (const ValidationIssue& i : issues)
        if (i.isError() && !codes.contains(i.qualifiedCode()))
            codes << i.qualifiedCode();
    return codes;
}

QStringList GenerationResult::warningCodes(const QString& buildNumber) const
{
    QStringList codes;
    for (const ValidationIssue& i : issues)
        if (!i.isError() && i.buildIndex >= 0 && i.buildNumber == buildNumber && !codes.contains(i.code))
            codes << i.code;
    return codes;
}

const BuildBom* GenerationResult::build(const QString& buildNumber) const
{
    for (const BuildBom& b : builds)
        if (b.buildNumber == buildNumber)
            return &b;
    return nullptr;
}

GenerationResult BomGenerator::generate(const Catalog& catalog, const OrderConfiguration& config, QDate today,
                                        const GenerationOptions& options)
{
    GenerationResult result;
    result.catalogRevision = catalog.revision();
    result.issues = ConfigurationValidator::validate(catalog, config, today);

    const FamilyRules& rules = FamilyRules::forFamily(config.family);
    BomExpander expander(catalog, options.expansion);
    result.builds.reserve(config.builds.size());
    for (qsizetype i = 0; i < config.builds.size(); ++i) {
        const BuildEntry& entry = config.builds.at(i);
        BuildBom bom;
        bom.buildIndex = int(i);
        bom.buildNumber = entry.buildNumber;
        const bool buildHasErrors = std::any_of(result.issues.cbegin(), result.issues.cend(), [i](const ValidationIssue& v) {
            return v.isError() && v.buildIndex == i;
        });
        if (rules.isAvailable() && entry.config && !buildHasErrors) {
            bom.top = rules.topLevelLines(config.order, *entry.config);
            ExpansionError error;
            if (expander.expand(bom.top, &bom.tree, &bom.flat, &error)) {
                bom.generated = true;
            } else {
                bom.tree.clear();
                bom.flat.clear();
                ValidationIssue issue;
                issue.code = error.code;
                issue.buildIndex = int(i);
                issue.buildNumber = entry.buildNumber;
                issue.field = QStringLiteral("builds[%1]").arg(i);
                issue.message = error.message;
                result.issues.append(issue);
            }
        }
        result.builds.append(std::move(bom));
    }
    result.valid = std::none_of(result.issues.cbegin(), result.issues.cend(),
                                [](const ValidationIssue& v) { return v.isError(); });
    return result;
}

} // namespace cs::domain
