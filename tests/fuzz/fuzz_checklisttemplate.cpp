// Checklist templates as `cleanstation-admin checklist --template FILE` reads them
// (ChecklistTemplate::fromJson), seeded with the four delivered forms when the shared folder is beside
// the checkout and the corpus; its short texts (and short inputs that are not JSON) are also read as a
// condition, a quantity, an expected value and an option filter of the checklist vocabulary.
//
// Properties: no crash, no hang; a refused template lists at least one problem, each with a message;
// an accepted one writes back to JSON that reads again to the same JSON, and instantiates for sinks of
// one, two and three basins with every entry of every section at every position, each either
// applicable or N/A with a reason; the pass rule on no answers names each gap in words; an expression
// either parses and evaluates at every position or is refused with a message.

#include "fuzzsupport.h"
#include "testpaths.h"

#include "domain/checklist/checklistpassrule.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace cs::domain;

namespace {

QStringList* g_pool = nullptr;
QList<ChecklistSubject>* g_subjects = nullptr;

std::string toStd(const QByteArray& b)
{
    return std::string(b.constData(), size_t(b.size()));
}

QList<ChecklistSubject> subjects()
{
    QList<ChecklistSubject> out;
    const QList<QList<BasinType>> mixes{{BasinType::EDrain},
                                        {BasinType::ESinkDi, BasinType::ESink},
                                        {BasinType::ESink, BasinType::EDrain, BasinType::Unset}};
    for (const QList<BasinType>& mix : mixes) {
        ChecklistSubject s;
        s.buildNumber = QStringLiteral("FZ-%1").arg(mix.size());
        s.order.language = mix.size() == 2 ? DocumentLanguage::FR : DocumentLanguage::EN;
        s.config.setModel(mix.size() == 1 ? SinkModel::T2B1 : mix.size() == 2 ? SinkModel::T2B2 : SinkModel::T2B3);
        for (qsizetype i = 0; i < mix.size(); ++i) {
            s.config.basins[i].type = mix.at(i);
            s.config.basins[i].basinLight = i % 2 == 0;
        }
        s.config.lengthIn = 60.0 + 10.0 * double(mix.size());
        if (mix.size() != 1)
            s.config.pegboard = Pegboard{};
        s.config.legs.height = mix.size() == 3 ? LegsHeight::HeightAdjustable : LegsHeight::FixedHeight;
        s.config.faucets = {{FaucetType::PreRinse, FaucetPlacement::Between12}};
        s.config.sprayers = {{SprayerType::AirGunRosette, SprayerLocation::LeftSide}};
        out.append(s);
    }
    out.append(ChecklistSubject{}); // nothing chosen at all
    return out;
}

void checkTemplate(const QJsonObject& json)
{
    QList<ChecklistProblem> problems;
    const auto t = ChecklistTemplate::fromJson(json, &problems);
    if (!t) {
        cs::fuzz::outcome("template refused");
        CS_FUZZ_CHECK(!problems.isEmpty(), QStringLiteral("a refused template without problems"));
        for (const ChecklistProblem& p : problems)
            CS_FUZZ_CHECK(!p.message.trimmed().isEmpty() && !p.toString().isEmpty(),
                          QStringLiteral("a problem without words (item %1)").arg(p.itemId));
        return;
    }
    cs::fuzz::outcome("template accepted");
    CS_FUZZ_CHECK(problems.isEmpty(), QStringLiteral("an accepted template with problems"));
    const QJsonObject written = t->toJson();
    QList<ChecklistProblem> againProblems;
    const auto again = ChecklistTemplate::fromJson(written, &againProblems);
    CS_FUZZ_CHECK(again.has_value(), QStringLiteral("written back, refused: %1").arg(againProblems.value(0).toString()));
    CS_FUZZ_CHECK(again->toJson() == written, QStringLiteral("written back, read differently"));

    for (const ChecklistSubject& s : std::as_const(*g_subjects)) {
        const ChecklistInstance form = ChecklistInstance::instantiate(*t, s);
        qsizetype expected = t->header.size();
        for (const ChecklistSection& section : t->sections)
            expected += section.items.size() * (section.perBasin ? section.repeatMax : 1);
        CS_FUZZ_CHECK(form.entries().size() == expected,
                      QStringLiteral("%1 entries, %2 expected").arg(form.entries().size()).arg(expected));
        for (const ChecklistEntry& e : form.entries())
            CS_FUZZ_CHECK(e.applies == e.notApplicableReason.isEmpty(),
                          QStringLiteral("%1 at %2: applies %3, reason \"%4\"")
                              .arg(e.item.id)
                              .arg(e.position)
                              .arg(e.applies)
                              .arg(e.notApplicableReason));
        const QJsonObject j = form.toJson();
        CS_FUZZ_CHECK(j.value(u"items").toArray().size() == expected, QStringLiteral("JSON entries"));
        for (const ChecklistGap& g : ChecklistPassRule::missing(form, {}))
            CS_FUZZ_CHECK(!g.message.trimmed().isEmpty(), QStringLiteral("a gap without words (%1)").arg(g.key.item));
    }
}

void checkExpressions(const QString& text)
{
    QString error;
    if (const auto c = ChecklistCondition::parse(text, &error)) {
        cs::fuzz::outcome("condition");
        for (const ChecklistSubject& s : std::as_const(*g_subjects))
            for (int position = 0; position <= 3; ++position)
                if (!c->evaluate(s, position))
                    c->reasonFalse(s, position);
    } else {
        CS_FUZZ_CHECK(!error.isEmpty(), QStringLiteral("a refused condition without a message"));
    }
    error.clear();
    if (const auto q = ChecklistQuantity::parse(text, &error)) {
        cs::fuzz::outcome("quantity");
        for (const ChecklistSubject& s : std::as_const(*g_subjects))
            CS_FUZZ_CHECK(!ChecklistQuantity::words(q->evaluate(s, 0)).isEmpty(), QStringLiteral("a quantity without words"));
    } else {
        CS_FUZZ_CHECK(!error.isEmpty(), QStringLiteral("a refused quantity without a message"));
    }
    error.clear();
    if (const auto e = ChecklistExpectation::parse(text, &error)) {
        cs::fuzz::outcome("expected value");
        for (const ChecklistSubject& s : std::as_const(*g_subjects))
            for (int position = 0; position <= 3; ++position)
                CS_FUZZ_CHECK(!e->evaluate(s, position).isEmpty(), QStringLiteral("an expected value without words"));
    } else {
        CS_FUZZ_CHECK(!error.isEmpty(), QStringLiteral("a refused expected value without a message"));
    }
    error.clear();
    if (const auto f = ChecklistOptionFilter::parse(text, &error)) {
        cs::fuzz::outcome("option filter");
        for (const ChecklistSubject& s : std::as_const(*g_subjects))
            f->apply({QStringLiteral("A"), QStringLiteral("B")}, s, 2);
    } else {
        CS_FUZZ_CHECK(!error.isEmpty(), QStringLiteral("a refused option filter without a message"));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    cs::fuzz::ensureCoreApplication("fuzz_checklisttemplate");
    g_subjects = new QList<ChecklistSubject>(subjects());
    g_pool = new QStringList{
        QStringLiteral("hasPegboard"), QStringLiteral("legsHeightAdjustable"), QStringLiteral("hasAnyFaucet"),
        QStringLiteral("basin.type == E_DRAIN"), QStringLiteral("basin.type in (E_SINK, E_SINK_DI)"),
        QStringLiteral("anyBasin(E_SINK_STD)"), QStringLiteral("hasFaucet(PRE_RINSE)"),
        QStringLiteral("hasSprayer(AIR_GUN)"), QStringLiteral("language == FR && basin.basinLight"),
        QStringLiteral("count(E_SINK, E_SINK_DI)"), QStringLiteral("basinCount hoses, 2 x basinCount clamps"),
        QStringLiteral("per wrist-blade faucet"), QStringLiteral("faucet placements (remark)"),
        QStringLiteral("basin.type"), QStringLiteral("perBasin"), QStringLiteral("check"), QStringLiteral("choice"),
        QStringLiteral("multiCheck"), QStringLiteral("number"), QStringLiteral("Other"), QStringLiteral("header"),
        QStringLiteral("drop \"Center\" when the sink has fewer than 2 basins")};
    for (const QString& file : {QStringLiteral("pre-qc.json"), QStringLiteral("production-clp.json"),
                                QStringLiteral("eol-testing-clt.json"), QStringLiteral("final-qc-clq.json")})
        *g_pool += cs::fuzz::jsonStrings(cs::fuzz::readFile(cs::test::sharedPath(u"domain/checklists/") + file));
    return 0;
}

extern "C" void csFuzzSeeds(std::vector<std::string>* seeds)
{
    for (const QString& file : {QStringLiteral("pre-qc.json"), QStringLiteral("production-clp.json"),
                                QStringLiteral("eol-testing-clt.json"), QStringLiteral("final-qc-clq.json")}) {
        const QByteArray text = cs::fuzz::readFile(cs::test::sharedPath(u"domain/checklists/") + file);
        if (!text.isEmpty())
            seeds->push_back(toStd(text));
    }
    cs::fuzz::addSeedFiles(cs::test::sourcePath(u"tests/fuzz/corpus/checklisttemplate"), seeds);
}

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t maxSize, unsigned int seed)
{
    std::mt19937_64 rng(seed);
    if (rng() % 4 == 0)
        return LLVMFuzzerMutate(data, size, maxSize);
    const QByteArray text(reinterpret_cast<const char*>(data), qsizetype(size));
    QByteArray out = cs::fuzz::mutateJson(text, rng, *g_pool);
    if (!out.isEmpty() && rng() % 3 == 0)
        out = cs::fuzz::mutateJson(out, rng, *g_pool);
    return cs::fuzz::putMutation(out, data, size, maxSize);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        cs::fuzz::outcome("not JSON");
        if (size <= 400) // short text: read as an expression of the vocabulary
            checkExpressions(QString::fromUtf8(bytes));
        return 0;
    }
    if (!doc.isObject()) {
        cs::fuzz::outcome("not an object");
        return 0; // readFile refuses with a fixed message
    }
    checkTemplate(doc.object());
    // Its short texts (conditions, quantities, ... where the mutations put them) as expressions too.
    int checked = 0;
    for (const QString& text : cs::fuzz::jsonStrings(bytes))
        if (text.size() <= 200 && ++checked <= 64)
            checkExpressions(text);
    return 0;
}
