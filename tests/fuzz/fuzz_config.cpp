// Order configuration JSON as `cleanstation-admin bom --config FILE` reads it (the same steps as
// app/admin/orderfile.cpp: JSON object, an acceptance case unwrapped to its "config",
// OrderConfiguration::fromJson, BomGenerator::generate) on the delivered catalog when it is beside
// the checkout, else the demo catalog. The wizard drafts and orders.configuration use the same parser.
//
// Properties: no crash, no hang; a refusal (not JSON, not an object, a wrong shape) has a message;
// every validation issue has a code and a message and `valid` means no error; a valid BOM has
// positive quantities and a canonical JSON with its hash; toJson() and fromJson() again keep the
// validation result and the BOM (the contract of sinkconfiguration.h).

#include "fuzzsupport.h"
#include "testpaths.h"

#include "domain/bom/bomgenerator.h"
#include "domain/catalog/catalog.h"
#include "domain/catalog/catalogdata.h"
#include "domain/orders/sinkconfiguration.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

using namespace cs::domain;

namespace {

std::shared_ptr<const Catalog>* g_catalog = nullptr;
QStringList* g_pool = nullptr;
const QDate kToday(2025, 6, 21);

std::string toStd(const QByteArray& b)
{
    return std::string(b.constData(), size_t(b.size()));
}

void checkResult(const GenerationResult& r)
{
    bool anError = false;
    for (const ValidationIssue& i : r.issues) {
        CS_FUZZ_CHECK(!i.code.isEmpty() && !i.message.trimmed().isEmpty(),
                      QStringLiteral("an issue without code or message: \"%1\" \"%2\"").arg(i.code, i.message));
        anError = anError || i.isError();
    }
    CS_FUZZ_CHECK(r.valid != anError, QStringLiteral("valid=%1 with errors=%2").arg(r.valid).arg(anError));
    if (!r.valid)
        return;
    for (const BuildBom& b : r.builds) {
        CS_FUZZ_CHECK(b.generated, QStringLiteral("a valid result with build %1 not generated").arg(b.buildNumber));
        for (const BomLine& l : b.top)
            CS_FUZZ_CHECK(!l.id.isEmpty() && l.qty > 0,
                          QStringLiteral("build %1: line \"%2\" x%3").arg(b.buildNumber, l.id).arg(l.qty));
        QJsonParseError e{};
        QJsonDocument::fromJson(b.canonicalJson(), &e);
        CS_FUZZ_CHECK(e.error == QJsonParseError::NoError, QStringLiteral("canonical JSON does not parse: %1").arg(e.errorString()));
        CS_FUZZ_CHECK(b.sha256Hex().size() == 64, QStringLiteral("BOM hash of %1 characters").arg(b.sha256Hex().size()));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    cs::fuzz::ensureCoreApplication("fuzz_config");
    QString dir = cs::test::sharedPath(u"domain/catalog");
    if (!QDir(dir).exists(QStringLiteral("parts.json")))
        dir = cs::test::sourcePath(u"resources/demo/catalog");
    QList<CatalogProblem> problems;
    const CatalogData data = CatalogData::readDirectory(dir, &problems);
    if (!problems.isEmpty())
        cs::fuzz::fail("set-up", QStringLiteral("the catalog in %1 is refused: %2").arg(dir, problems.first().toString()),
                       __FILE__, __LINE__);
    g_catalog = new std::shared_ptr<const Catalog>(Catalog::fromData(data));
    // Replacement strings for the JSON mutations: the ids of the catalog (accessories, parts).
    g_pool = new QStringList;
    for (const PartRow& p : data.parts)
        *g_pool << p.id;
    for (const AssemblyRow& a : data.assemblies)
        *g_pool << a.id;
    return 0;
}

extern "C" void csFuzzSeeds(std::vector<std::string>* seeds)
{
    // Each demo order (an object with its "config": the CLI unwraps it) and the configuration of
    // each acceptance case.
    const QJsonDocument demo =
        QJsonDocument::fromJson(cs::fuzz::readFile(cs::test::sourcePath(u"resources/demo/orders.json")));
    for (const QJsonValue o : demo.object().value(u"orders").toArray())
        seeds->push_back(toStd(QJsonDocument(o.toObject()).toJson(QJsonDocument::Indented)));
    const QJsonDocument cases =
        QJsonDocument::fromJson(cs::fuzz::readFile(cs::test::sharedPath(u"domain/acceptance/cases.json")));
    for (const QJsonValue c : cases.array())
        seeds->push_back(toStd(QJsonDocument(c.toObject().value(u"config").toObject()).toJson(QJsonDocument::Indented)));
    cs::fuzz::addSeedFiles(cs::test::sourcePath(u"tests/fuzz/corpus/config"), seeds);
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
    QJsonParseError parseError{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        cs::fuzz::outcome("not JSON");
        CS_FUZZ_CHECK(!parseError.errorString().isEmpty(), QStringLiteral("a JSON error without words"));
        return 0;
    }
    if (!doc.isObject()) {
        cs::fuzz::outcome("not an object");
        return 0; // the CLI refuses with a fixed message
    }
    QJsonObject root = doc.object();
    if (root.value(u"config").isObject() && !root.contains(u"order"))
        root = root.value(u"config").toObject();
    QString shapeError;
    const auto config = OrderConfiguration::fromJson(root, &shapeError);
    if (!config) {
        cs::fuzz::outcome("wrong shape");
        CS_FUZZ_CHECK(!shapeError.trimmed().isEmpty(), QStringLiteral("a refused configuration without a message"));
        return 0;
    }
    const GenerationResult result = BomGenerator::generate(**g_catalog, *config, kToday);
    checkResult(result);
    cs::fuzz::outcome(result.valid ? "valid" : "invalid");

    // Written back and read again: the same validation result and the same BOMs.
    QString againError;
    const auto again = OrderConfiguration::fromJson(config->toJson(), &againError);
    CS_FUZZ_CHECK(again.has_value(), QStringLiteral("toJson() output refused: %1").arg(againError));
    const GenerationResult second = BomGenerator::generate(**g_catalog, *again, kToday);
    CS_FUZZ_CHECK(second.valid == result.valid && second.errorCodes() == result.errorCodes(),
                  QStringLiteral("the round trip changed the result: %1 / %2")
                      .arg(result.errorCodes().join(u' '), second.errorCodes().join(u' ')));
    if (result.valid)
        for (qsizetype i = 0; i < result.builds.size(); ++i)
            CS_FUZZ_CHECK(result.builds.at(i).sha256Hex() == second.builds.at(i).sha256Hex(),
                          QStringLiteral("the round trip changed the BOM of %1").arg(result.builds.at(i).buildNumber));
    return 0;
}
