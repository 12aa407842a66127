// Catalog files as `cleanstation-admin import-catalog` and `bom --catalog` read them: the three files
// of a catalog directory (one input holds them, separated by form feeds; see catalogfuzz.h) through
// CatalogData::readDirectory, the validation the importer repeats, the BOM graph, every assembly
// exploded and the demo orders' BOMs on the catalog.
//
// Properties: no crash, no hang; every problem names its file and says what is wrong; an accepted
// catalog validates again without problems, builds a graph in which every component resolves,
// explodes every assembly into positive quantities or an error with a code and a message,
// generates BOMs whose refusals carry a code and a message, and reads back the same after being
// written out.

#include "catalogfuzz.h"
#include "fuzzsupport.h"
#include "testpaths.h"

#include "domain/bom/bomexpander.h"
#include "domain/bom/bomgenerator.h"
#include "domain/catalog/catalog.h"
#include "domain/catalog/catalogdata.h"
#include "domain/orders/sinkconfiguration.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace cs::domain;
using cs::fuzz::fail;

namespace {

QTemporaryDir* g_dir = nullptr;
QList<OrderConfiguration>* g_orders = nullptr;
const QDate kToday(2025, 1, 15);

void checkProblems(const QList<CatalogProblem>& problems, const char* stage)
{
    for (const CatalogProblem& p : problems) {
        CS_FUZZ_CHECK(!p.file.isEmpty(), QStringLiteral("%1: a problem without its file: %2").arg(QLatin1StringView(stage), p.toString()));
        CS_FUZZ_CHECK(!p.what.trimmed().isEmpty(),
                      QStringLiteral("%1: a problem without words: %2").arg(QLatin1StringView(stage), p.toString()));
    }
}

QStringList idsOf(const CatalogData& d)
{
    QStringList ids;
    for (const CategoryRow& c : d.categories)
        ids << QStringLiteral("c:") + c.id;
    for (const SubcategoryRow& s : d.subcategories)
        ids << QStringLiteral("s:") + s.id;
    for (const PartRow& p : d.parts)
        ids << QStringLiteral("p:") + p.id;
    for (const AssemblyRow& a : d.assemblies)
        ids << QStringLiteral("a:") + a.id + u'/' + QString::number(a.components.size());
    ids.sort();
    return ids;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    cs::fuzz::ensureCoreApplication("fuzz_catalog");
    g_dir = new QTemporaryDir;
    g_orders = new QList<OrderConfiguration>;
    // The demo orders, to generate BOMs on each accepted catalog.
    const QJsonDocument demo =
        QJsonDocument::fromJson(cs::fuzz::readFile(cs::test::sourcePath(u"resources/demo/orders.json")));
    for (const QJsonValue o : demo.object().value(u"orders").toArray()) {
        QString error;
        if (auto config = OrderConfiguration::fromJson(o.toObject().value(u"config").toObject(), &error)) {
            config->order.wantDate = kToday.addDays(o.toObject().value(u"wantInDays").toInt(21)); // as seed-demo does
            g_orders->append(*config);
        }
        if (g_orders->size() == 3)
            break;
    }
    if (!g_dir->isValid() || g_orders->isEmpty())
        fail("set-up", QStringLiteral("no temporary directory or no demo orders"), __FILE__, __LINE__);
    // On the demo catalog itself every demo order has a BOM, so BOMs on mutated catalogs reach the
    // rules and the expansion rather than stopping at the order's own errors.
    QList<CatalogProblem> problems;
    const auto demoCatalog = Catalog::fromData(
        CatalogData::readDirectory(cs::test::sourcePath(u"resources/demo/catalog"), &problems));
    for (const OrderConfiguration& order : std::as_const(*g_orders)) {
        const GenerationResult r = BomGenerator::generate(*demoCatalog, order, kToday);
        if (!problems.isEmpty() || !r.valid)
            fail("set-up", QStringLiteral("demo order %1 has no BOM on the demo catalog: %2")
                               .arg(order.order.poNumber, r.errorCodes().join(u' ')),
                 __FILE__, __LINE__);
    }
    return 0;
}

extern "C" void csFuzzSeeds(std::vector<std::string>* seeds)
{
    cs::fuzz::addCatalogSeeds(seeds);
}

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t maxSize, unsigned int seed)
{
    return cs::fuzz::mutateCatalog(data, size, maxSize, seed);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString dir = g_dir->path();
    CS_FUZZ_CHECK(cs::fuzz::writeCatalogDirectory(data, size, dir), QStringLiteral("cannot write the input files"));

    QList<CatalogProblem> problems;
    const CatalogData catalogData = CatalogData::readDirectory(dir, &problems);
    checkProblems(problems, "readDirectory");
    if (!problems.isEmpty()) {
        cs::fuzz::outcome("refused");
        return 0; // refused, with a message for every problem
    }
    cs::fuzz::outcome("accepted");

    QList<CatalogProblem> again;
    catalogData.validate(&again);
    checkProblems(again, "validate");
    CS_FUZZ_CHECK(again.isEmpty(), QStringLiteral("accepted by readDirectory, refused by validate: %1")
                                       .arg(again.value(0).toString()));

    QList<CatalogProblem> graphProblems;
    const auto catalog = Catalog::fromData(catalogData, &graphProblems);
    CS_FUZZ_CHECK(graphProblems.isEmpty(), QStringLiteral("an accepted catalog with an unresolved component: %1")
                                               .arg(graphProblems.value(0).toString()));

    // Every assembly exploded on its own (at most 200 of them, with a smaller tree cap than the
    // default so one input stays fast): an error has a code and a message, quantities stay positive.
    BomExpander expander(*catalog, ExpansionOptions{10, true, 20000});
    for (qsizetype i = 0; i < catalogData.assemblies.size() && i < 200; ++i) {
        const AssemblyRow& a = catalogData.assemblies.at(i);
        const int item = catalog->resolve(a.id);
        CS_FUZZ_CHECK(item >= 0, QStringLiteral("assembly %1 does not resolve").arg(a.id));
        BomLine line;
        line.id = catalog->id(item);
        line.qty = 3;
        QList<BomTreeNode> tree;
        QList<BomFlatLine> flat;
        ExpansionError error;
        if (!expander.expand({line}, &tree, &flat, &error)) {
            cs::fuzz::outcome(qPrintable(QStringLiteral("assembly %1").arg(error.code)));
            CS_FUZZ_CHECK(!error.code.isEmpty() && !error.message.trimmed().isEmpty(),
                          QStringLiteral("%1: an expansion error without code or message").arg(a.id));
            continue;
        }
        for (const BomFlatLine& l : std::as_const(flat))
            CS_FUZZ_CHECK(l.qty > 0, QStringLiteral("%1: leaf %2 with quantity %3").arg(a.id, l.id).arg(l.qty));
        for (const BomTreeNode& n : std::as_const(tree))
            CS_FUZZ_CHECK(n.extQty > 0, QStringLiteral("%1: node %2 with quantity %3").arg(a.id, n.id).arg(n.extQty));
    }

    for (const OrderConfiguration& order : std::as_const(*g_orders)) {
        const GenerationResult r = BomGenerator::generate(*catalog, order, kToday);
        bool anError = false;
        for (const ValidationIssue& i : r.issues) {
            CS_FUZZ_CHECK(!i.code.isEmpty() && !i.message.trimmed().isEmpty(),
                          QStringLiteral("a BOM issue without code or message: %1 %2").arg(i.code, i.message));
            anError = anError || i.isError();
        }
        CS_FUZZ_CHECK(r.valid != anError, QStringLiteral("BOM valid=%1 but errors=%2").arg(r.valid).arg(anError));
        cs::fuzz::outcome(r.valid ? "order BOM valid" : "order BOM invalid");
        if (r.valid)
            for (const BuildBom& b : r.builds)
                for (const BomFlatLine& l : b.flat)
                    CS_FUZZ_CHECK(l.qty > 0, QStringLiteral("BOM leaf %1 with quantity %2").arg(l.id).arg(l.qty));
    }

    // Written out and read back: the same rows.
    QTemporaryDir out;
    QString error;
    CS_FUZZ_CHECK(catalogData.writeDirectory(out.path(), &error), QStringLiteral("writeDirectory: %1").arg(error));
    QList<CatalogProblem> reread;
    const CatalogData back = CatalogData::readDirectory(out.path(), &reread);
    CS_FUZZ_CHECK(reread.isEmpty(), QStringLiteral("an accepted catalog written out is refused: %1")
                                        .arg(reread.value(0).toString()));
    CS_FUZZ_CHECK(idsOf(back) == idsOf(catalogData), QStringLiteral("written out and read back, the ids differ"));
    return 0;
}
