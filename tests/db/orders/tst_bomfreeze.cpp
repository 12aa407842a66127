// Freezing (issue 3): a submitted order stores each build's BOM exactly as BomGenerator::generate
// made it (the wizard preview's function), in one transaction; later catalog changes do not alter it;
// regeneration is explicit, versioned and in the order history; server refusals come back with
// their code and field.
#include "data/catalog/catalogimporter.h"
#include "data/catalog/catalogloader.h"
#include "data/orders/orderrepository.h"
#include "domain/bom/bomgenerator.h"
#include "domain/catalog/catalog.h"
#include "devtools/syntheticcatalog.h"
#include "testdatabase.h"
#include "testpaths.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace cs;
using namespace cs::domain;

namespace {

const QString kRealCatalog = cs::test::sharedPath(u"domain/catalog");

// Everything stored for one BOM, to see that nothing changed.
QString bomFingerprint(QSqlDatabase db, const QString& bomId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT b.bom_items::text || '|' || b.content_sha256 || '|' || b.version || '|' || b.catalog_revision || '|' ||"
        " (SELECT string_agg(concat_ws(',', i.line_no, i.parent_line_no, i.item_id, i.quantity, i.extended_quantity,"
        "   i.depth, i.rule, i.answer, i.note), ';' ORDER BY i.line_no) FROM cs.bom_items i WHERE i.bom_id = b.bom_id)"
        " FROM cs.boms b WHERE b.bom_id = CAST(:id AS uuid)"));
    q.bindValue(QStringLiteral(":id"), bomId);
    if (!q.exec() || !q.next())
        return QStringLiteral("error: ") + q.lastError().text();
    return q.value(0).toString();
}

qint64 countOf(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestBomFreeze : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString why;
        if (!test::ScratchDatabase::clusterAvailable(&why))
            QSKIP(qPrintable(why));
        if (!QDir(kRealCatalog).exists())
            QSKIP("shared/domain/catalog is not beside the checkout");
        m_db = std::make_unique<test::ScratchDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        QList<CatalogProblem> problems;
        m_files = CatalogData::readDirectory(kRealCatalog, &problems);
        QVERIFY(problems.isEmpty());
        const data::CatalogImporter::Result r = data::CatalogImporter(m_db->superuser()).importData(m_files);
        QVERIFY2(r.ok, qPrintable(r.error));

        QString error;
        const test::ScratchDatabase::Person coordinator = m_db->createPerson(QStringLiteral("ProductionCoordinator"), {}, &error);
        QVERIFY2(!coordinator.username.isEmpty(), qPrintable(error));
        m_coordinator = m_db->connect(coordinator.settings);
        QVERIFY2(m_coordinator.isOpen(), qPrintable(m_coordinator.lastError().text()));
        m_today = QDate::currentDate();
    }

    void submitFreezesTheGeneratedBom()
    {
        // The coordinator's client: the catalog from the server, the wizard's generator.
        const CatalogPtr catalog = loadCatalog();
        QVERIFY(catalog);
        m_config = SyntheticCatalog::mostComplexOrder(m_today);
        m_config.order.poNumber = QStringLiteral("PO-FRZ-") + test::ScratchDatabase::randomSuffix(6).toUpper();
        m_config.builds[0].buildNumber = QStringLiteral("FRZ-") + test::ScratchDatabase::randomSuffix(6).toUpper();
        BuildEntry second = m_config.builds[0];
        second.buildNumber += QStringLiteral("-2");
        m_config.builds.append(second);
        m_generated = BomGenerator::generate(*catalog, m_config, m_today);
        QVERIFY2(m_generated.valid, qPrintable(m_generated.errorCodes().join(u' ')));
        QCOMPARE(m_generated.builds.size(), 2);

        const data::SubmitResult r = data::OrderRepository(m_coordinator).submit(m_config, m_generated);
        QVERIFY2(r.ok, qPrintable(r.error.qualifiedCode() + u' ' + r.error.field + u' ' + r.error.message));
        QVERIFY(!r.poId.isEmpty());
        QCOMPARE(r.builds.size(), 2);
        m_submitted = r.builds;

        for (qsizetype b = 0; b < 2; ++b) {
            const BuildBom& bom = m_generated.builds.at(b);
            const data::SubmittedBuild& s = r.builds.at(b);
            QCOMPARE(s.buildNumber, bom.buildNumber);

            // cs.boms: the frozen object is the canonical JSON; the hash is the server's documented one
            // (SHA-256 hex of bom_items::text), computed here from the client's canonical JSON.
            QSqlQuery q(m_coordinator);
            q.prepare(QStringLiteral(
                "SELECT b.bom_items = CAST(:j AS jsonb), b.content_sha256,"
                " encode(sha256(convert_to(CAST(:j2 AS jsonb)::text, 'UTF8')), 'hex'), b.version, b.catalog_revision,"
                " b.status, o.generated_bom_id = b.bom_id, o.build_number, b.total_unique_parts"
                " FROM cs.boms b JOIN cs.orders o ON o.order_id = b.order_id"
                " WHERE b.bom_id = CAST(:id AS uuid) AND o.order_id = CAST(:order AS uuid)"));
            q.bindValue(QStringLiteral(":j"), QString::fromUtf8(bom.canonicalJson()));
            q.bindValue(QStringLiteral(":j2"), QString::fromUtf8(bom.canonicalJson()));
            q.bindValue(QStringLiteral(":id"), s.bomId);
            q.bindValue(QStringLiteral(":order"), s.orderId);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toBool(), "the stored BOM is the generated BOM");
            QCOMPARE(q.value(1).toString(), s.bomSha256);
            QCOMPARE(q.value(2).toString(), s.bomSha256);
            QCOMPARE(q.value(3).toInt(), 1);
            QCOMPARE(q.value(4).toLongLong(), m_generated.catalogRevision);
            QCOMPARE(q.value(5).toString(), QStringLiteral("Generated"));
            QVERIFY(q.value(6).toBool());
            QCOMPARE(q.value(7).toString(), bom.buildNumber);
            QCOMPARE(q.value(8).toInt(), bom.distinctLeafIds());

            // cs.bom_items: one row per tree node, in pre-order, with the top line's rule and answer.
            QSqlQuery items(m_coordinator);
            items.prepare(QStringLiteral(
                "SELECT line_no, parent_line_no, item_id, quantity, extended_quantity, depth, rule, answer, note"
                " FROM cs.bom_items WHERE bom_id = CAST(:id AS uuid) ORDER BY line_no"));
            items.bindValue(QStringLiteral(":id"), s.bomId);
            QVERIFY2(items.exec(), qPrintable(items.lastError().text()));
            qsizetype n = 0;
            while (items.next()) {
                QVERIFY(n < bom.tree.size());
                const BomTreeNode& node = bom.tree.at(n);
                QCOMPARE(items.value(0).toInt(), int(n));
                QCOMPARE(items.value(1).isNull() ? -1 : items.value(1).toInt(), node.parent);
                QCOMPARE(items.value(2).toString(), node.id);
                QCOMPARE(items.value(3).toLongLong(), node.qty);
                QCOMPARE(items.value(4).toLongLong(), node.extQty);
                QCOMPARE(items.value(5).toInt(), node.depth);
                const BomLine& top = bom.top.at(node.topLine);
                QCOMPARE(items.value(6).toString(), top.rule);
                if (node.depth == 0) {
                    QCOMPARE(items.value(7).toString(), top.answer);
                    QCOMPARE(items.value(8).toString(), top.note);
                }
                ++n;
            }
            QCOMPARE(n, bom.tree.size());

            // The flattened list, as stored.
            QSqlQuery flat(m_coordinator);
            flat.prepare(QStringLiteral("SELECT f ->> 'id', (f ->> 'qty')::bigint FROM cs.boms b,"
                                        " jsonb_array_elements(b.bom_items -> 'flat') WITH ORDINALITY AS x (f, o)"
                                        " WHERE b.bom_id = CAST(:id AS uuid) ORDER BY o"));
            flat.bindValue(QStringLiteral(":id"), s.bomId);
            QVERIFY(flat.exec());
            n = 0;
            while (flat.next()) {
                QVERIFY(n < bom.flat.size());
                QCOMPARE(flat.value(0).toString(), bom.flat.at(n).id);
                QCOMPARE(flat.value(1).toLongLong(), bom.flat.at(n).qty);
                ++n;
            }
            QCOMPARE(n, bom.flat.size());

            QCOMPARE(countOf(m_coordinator, QStringLiteral("SELECT count(*) FROM cs.order_history WHERE order_id = '%1'"
                                                           " AND action = 'OrderCreated'").arg(s.orderId)),
                     1);
        }
    }

    void catalogChangeDoesNotAlterTheFrozenBom()
    {
        QVERIFY(!m_submitted.isEmpty());
        const QString before = bomFingerprint(m_coordinator, m_submitted.at(0).bomId);
        QVERIFY2(!before.startsWith(u"error"), qPrintable(before));

        // Re-import the catalog with one quantity changed in an assembly the BOM uses.
        const CatalogPtr old = loadCatalog();
        CatalogData changed = m_files;
        QString changedAssembly;
        for (const BomTreeNode& node : m_generated.builds.at(0).tree) {
            if (node.item < 0 || !old->hasComponents(node.item))
                continue;
            for (AssemblyRow& a : changed.assemblies) {
                if (a.id == old->assemblyId(node.item) && !a.components.isEmpty()
                    && old->resolve(a.components.first().childId) != node.item) {
                    a.components.first().quantity += 2;
                    changedAssembly = a.id;
                    break;
                }
            }
            if (!changedAssembly.isEmpty())
                break;
        }
        QVERIFY(!changedAssembly.isEmpty());
        const data::CatalogImporter::Result r = data::CatalogImporter(m_db->superuser()).importData(changed);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.revision > m_generated.catalogRevision);

        QCOMPARE(bomFingerprint(m_coordinator, m_submitted.at(0).bomId), before);

        // The change is real: a new generation differs.
        const CatalogPtr fresh = loadCatalog();
        QCOMPARE(fresh->revision(), r.revision);
        m_regenerated = BomGenerator::generate(*fresh, m_config, m_today);
        QVERIFY(m_regenerated.valid);
        QVERIFY(m_regenerated.builds.at(0).sha256Hex() != m_generated.builds.at(0).sha256Hex());
        QVERIFY(m_regenerated.builds.at(0).totalLeafQty() > m_generated.builds.at(0).totalLeafQty());
    }

    void regenerateCreatesVersionTwo()
    {
        QVERIFY(!m_regenerated.builds.isEmpty());
        const data::SubmittedBuild& s = m_submitted.at(0);
        const QString version1 = bomFingerprint(m_coordinator, s.bomId);
        data::OrderRepository repo(m_coordinator);
        QString error;
        const int rowVersion = repo.rowVersion(s.orderId, &error);
        QVERIFY2(rowVersion > 0, qPrintable(error));

        // A stale row version is refused, nothing is written.
        const data::RegenerateResult stale = repo.regenerate(s.orderId, rowVersion - 1 > 0 ? rowVersion - 1 : rowVersion + 1,
                                                             m_regenerated.builds.at(0), m_regenerated.catalogRevision,
                                                             QStringLiteral("catalog changed"));
        QVERIFY(!stale.ok);
        QCOMPARE(stale.error.code, QStringLiteral("E-STALE"));
        QCOMPARE(countOf(m_coordinator, QStringLiteral("SELECT count(*) FROM cs.boms WHERE order_id = '%1'").arg(s.orderId)), 1);

        const data::RegenerateResult r = repo.regenerate(s.orderId, rowVersion, m_regenerated.builds.at(0),
                                                         m_regenerated.catalogRevision, QStringLiteral("catalog changed"));
        QVERIFY2(r.ok, qPrintable(r.error.qualifiedCode() + u' ' + r.error.message));
        QCOMPARE(r.version, 2);
        QVERIFY(r.bomId != s.bomId);
        QVERIFY(r.bomSha256 != s.bomSha256);

        QSqlQuery q(m_coordinator);
        q.prepare(QStringLiteral("SELECT o.generated_bom_id::text, b.version, b.catalog_revision,"
                                 " b.bom_items = CAST(:j AS jsonb)"
                                 " FROM cs.orders o JOIN cs.boms b ON b.bom_id = o.generated_bom_id"
                                 " WHERE o.order_id = CAST(:id AS uuid)"));
        q.bindValue(QStringLiteral(":j"), QString::fromUtf8(m_regenerated.builds.at(0).canonicalJson()));
        q.bindValue(QStringLiteral(":id"), s.orderId);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toString(), r.bomId);
        QCOMPARE(q.value(1).toInt(), 2);
        QCOMPARE(q.value(2).toLongLong(), m_regenerated.catalogRevision);
        QVERIFY(q.value(3).toBool());

        QSqlQuery h(m_coordinator);
        h.prepare(QStringLiteral("SELECT notes FROM cs.order_history WHERE order_id = CAST(:id AS uuid)"
                                 " AND action = 'BomRegenerated'"));
        h.bindValue(QStringLiteral(":id"), s.orderId);
        QVERIFY(h.exec());
        QVERIFY(h.next());
        QVERIFY2(h.value(0).toString().contains(QStringLiteral("BOM version 2")), qPrintable(h.value(0).toString()));
        QVERIFY(h.value(0).toString().contains(QStringLiteral("catalog changed")));
        QVERIFY(!h.next());

        // Version 1 is kept as it was; the other build keeps its version 1 as current.
        QCOMPARE(bomFingerprint(m_coordinator, s.bomId), version1);
        QCOMPARE(countOf(m_coordinator, QStringLiteral("SELECT count(*) FROM cs.boms WHERE order_id = '%1'")
                                            .arg(m_submitted.at(1).orderId)),
                 1);
    }

    void duplicatePoIsRefused()
    {
        QVERIFY(!m_submitted.isEmpty());
        const CatalogPtr catalog = loadCatalog();
        OrderConfiguration again = m_config;
        again.order.poNumber = QStringLiteral("  ") + m_config.order.poNumber.toLower() + u' '; // same PO, trimmed, any case
        again.builds.resize(1);
        again.builds[0].buildNumber = QStringLiteral("DUP-") + test::ScratchDatabase::randomSuffix(6).toUpper();
        const GenerationResult generated = BomGenerator::generate(*catalog, again, m_today);
        QVERIFY(generated.valid);
        const qint64 orders = countOf(m_coordinator, QStringLiteral("SELECT count(*) FROM cs.orders"));

        const data::SubmitResult r = data::OrderRepository(m_coordinator).submit(again, generated);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, QStringLiteral("E-PO-UNIQUE"));
        QCOMPARE(r.error.field, QStringLiteral("order.poNumber"));
        QCOMPARE(r.error.serverField, QStringLiteral("poNumber"));
        QCOMPARE(r.error.sqlState, QStringLiteral("23505"));
        QVERIFY(!r.error.message.isEmpty());
        QVERIFY(r.builds.isEmpty());
        QCOMPARE(countOf(m_coordinator, QStringLiteral("SELECT count(*) FROM cs.orders")), orders);
    }

    void duplicateBuildNumberNamesTheBuild()
    {
        QVERIFY(m_submitted.size() == 2);
        const CatalogPtr catalog = loadCatalog();
        OrderConfiguration again = m_config;
        again.order.poNumber = QStringLiteral("PO-NEW-") + test::ScratchDatabase::randomSuffix(6).toUpper();
        again.builds[0].buildNumber = QStringLiteral("NEW-") + test::ScratchDatabase::randomSuffix(6).toUpper();
        again.builds[1].buildNumber = m_config.builds.at(1).buildNumber.toLower(); // taken, in another case
        const GenerationResult generated = BomGenerator::generate(*catalog, again, m_today);
        QVERIFY(generated.valid);
        const data::SubmitResult r = data::OrderRepository(m_coordinator).submit(again, generated);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, QStringLiteral("E-BUILD-UNIQUE"));
        QCOMPARE(r.error.field, QStringLiteral("builds[1].buildNumber"));
        // Nothing of this order was written (one transaction).
        QCOMPARE(countOf(m_coordinator, QStringLiteral("SELECT count(*) FROM cs.purchase_orders WHERE po_number = '%1'")
                                            .arg(again.order.poNumber)),
                 0);
    }

    void invalidPreviewIsNotSubmitted()
    {
        const CatalogPtr catalog = loadCatalog();
        OrderConfiguration bad = m_config;
        bad.order.poNumber = QStringLiteral("P1");
        const GenerationResult generated = BomGenerator::generate(*catalog, bad, m_today);
        QVERIFY(!generated.valid);
        const data::SubmitResult r = data::OrderRepository(m_coordinator).submit(bad, generated);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, QStringLiteral("E-PO-MIN3"));
        QCOMPARE(r.error.field, QStringLiteral("order.poNumber"));

        // A preview of other builds than the configuration's.
        OrderConfiguration other = m_config;
        other.builds.resize(1);
        const data::SubmitResult mismatch = data::OrderRepository(m_coordinator).submit(other, m_generated);
        QVERIFY(!mismatch.ok);
        QCOMPARE(mismatch.error.code, QStringLiteral("E-BOM-STALE"));
    }

    void cleanupTestCase()
    {
        m_coordinator = QSqlDatabase();
        m_db.reset();
    }

private:
    CatalogPtr loadCatalog()
    {
        CatalogData data;
        QString error;
        if (!data::CatalogLoader(m_coordinator).load(&data, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return Catalog::fromData(data);
    }

    std::unique_ptr<test::ScratchDatabase> m_db;
    QSqlDatabase m_coordinator;
    CatalogData m_files;
    QDate m_today;
    OrderConfiguration m_config;
    GenerationResult m_generated;
    GenerationResult m_regenerated;
    QList<data::SubmittedBuild> m_submitted;
};

QTEST_GUILESS_MAIN(TestBomFreeze)
#include "tst_bomfreeze.moc"
