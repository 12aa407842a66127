#include "domain/bom/familyrules.h"

#include "domain/bom/mdrdrules.h"

namespace cs::domain {

namespace {

// Endoscope and InstroSink: no selection rules exist in any source yet (CONFIGURATION.md 11).
class UnavailableFamilyRules final : public FamilyRules
{
public:
    explicit UnavailableFamilyRules(SinkFamily family)
        : m_family(family)
    {
    }
    SinkFamily family() const override { return m_family; }
    bool isAvailable() const override { return false; }
    void validateBuild(const Catalog&, const BuildEntry&, int, ValidationIssues*) const override {}
    QList<BomLine> topLevelLines(const OrderInfo&, const SinkConfiguration&) const override { return {}; }

private:
    SinkFamily m_family;
};

} // namespace

const FamilyRules& FamilyRules::forFamily(SinkFamily family)
{
    static const MdrdRules mdrd;
    static const UnavailableFamilyRules endoscope(SinkFamily::Endoscope);
    static const UnavailableFamilyRules instroSink(SinkFamily::InstroSink);
    static const UnavailableFamilyRules unknown(SinkFamily::Invalid);
    switch (family) {
    case SinkFamily::Mdrd: return mdrd;
    case SinkFamily::Endoscope: return endoscope;
    case SinkFamily::InstroSink: return instroSink;
    default: return unknown;
    }
}

void appendMerged(QList<BomLine>* lines, BomLine line)
{
    for (BomLine& existing : *lines) {
        if (existing.id != line.id)
            continue;
        existing.qty += line.qty;
        if (!line.answer.isEmpty() && existing.answer != line.answer)
            existing.answer += existing.answer.isEmpty() ? line.answer : QStringLiteral("; ") + line.answer;
        if (!line.note.isEmpty() && existing.note != line.note)
            existing.note += existing.note.isEmpty() ? line.note : QStringLiteral("; ") + line.note;
        return;
    }
    lines->append(std::move(line));
}

} // namespace cs::domain
