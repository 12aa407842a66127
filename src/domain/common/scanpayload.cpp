#include "domain/common/scanpayload.h"

namespace cs::domain {

namespace {
QChar kindLetter(ScanPayload::Kind kind)
{
    switch (kind) {
    case ScanPayload::Kind::Build: return u'B';
    case ScanPayload::Kind::Order: return u'O';
    case ScanPayload::Kind::Part: return u'P';
    }
    return u'B';
}
} // namespace

QString ScanPayload::encode() const
{
    return QString(prefix) + kindLetter(kind) + u':' + key.trimmed().toUpper();
}

std::optional<ScanPayload> ScanPayload::parse(const QString& text)
{
    const QString t = text.trimmed();
    if (t.size() < 6 || !t.startsWith(prefix, Qt::CaseInsensitive) || t.at(4) != u':')
        return std::nullopt;
    ScanPayload p;
    switch (t.at(3).toUpper().unicode()) {
    case 'B': p.kind = Kind::Build; break;
    case 'O': p.kind = Kind::Order; break;
    case 'P': p.kind = Kind::Part; break;
    default: return std::nullopt;
    }
    p.key = t.mid(5).trimmed();
    if (p.key.isEmpty())
        return std::nullopt;
    return p;
}

bool ScanPayload::isQrAlphanumeric(const QString& text)
{
    static const QString extra = QStringLiteral(" $%*+-./:");
    for (const QChar c : text) {
        const bool ok = (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || extra.contains(c);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace cs::domain
