// GenerationService: the latest request wins (superseded results never arrive), results arrive on
// the GUI thread and equal BomGenerator::generate's, no catalog is reported, cancel drops results.
#include "data/catalog/catalogcache.h"
#include "data/orders/generationservice.h"
#include "domain/bom/bomgenerator.h"
#include "devtools/syntheticcatalog.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace cs;
using namespace cs::domain;

namespace {

const QString kRealCatalog = cs::test::sharedPath(u"domain/catalog");
constexpr int kWait = 60000; // a wait for a signal, not a timing assertion

struct Received
{
    quint64 id = 0;
    GenerationResult result;
    bool onGuiThread = false;
};

} // namespace

class TestGenerationService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QDir(kRealCatalog).exists())
            QSKIP("shared/domain/catalog is not beside the checkout");
        QVERIFY(m_dir.isValid());
        QList<CatalogProblem> problems;
        m_data = CatalogData::readDirectory(kRealCatalog, &problems);
        QVERIFY(problems.isEmpty());
        m_data.revision = 7;
        m_today = QDate(2025, 3, 1);
    }

    void latestRequestWins()
    {
        data::CatalogCache cache(m_dir.filePath(QStringLiteral("latest.cscache")));
        QVERIFY(cache.install(m_data));
        data::GenerationService service(&cache);
        QList<Received> received;
        QSignalSpy busy(&service, &data::GenerationService::busyChanged);
        connect(&service, &data::GenerationService::generated, this, [&](quint64 id, const GenerationResult& r) {
            received.append({id, r, QThread::currentThread() == qApp->thread()});
        });

        // Several requests in a row, as a user typing in the wizard: each with its own build number.
        QList<quint64> ids;
        for (int i = 0; i < 6; ++i) {
            OrderConfiguration config = SyntheticCatalog::mostComplexOrder(m_today);
            config.builds[0].buildNumber = QStringLiteral("BLD-%1").arg(i);
            ids << service.request(config, m_today);
            QCOMPARE(service.latestRequestId(), ids.last());
        }
        QVERIFY(service.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!service.isBusy(), kWait);
        QCoreApplication::processEvents(); // anything still queued would arrive now

        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).id, ids.last());
        QVERIFY(received.at(0).onGuiThread);
        const GenerationResult& r = received.at(0).result;
        QCOMPARE(r.builds.size(), 1);
        QCOMPARE(r.builds.at(0).buildNumber, QStringLiteral("BLD-5"));
        QCOMPARE(r.catalogRevision, 7);

        // The same function as a direct call: the preview is the BOM that will be submitted.
        OrderConfiguration last = SyntheticCatalog::mostComplexOrder(m_today);
        last.builds[0].buildNumber = QStringLiteral("BLD-5");
        const GenerationResult direct = BomGenerator::generate(*Catalog::fromData(m_data), last, m_today);
        QCOMPARE(r.valid, direct.valid);
        QCOMPARE(r.builds.at(0).canonicalJson(), direct.builds.at(0).canonicalJson());

        // busyChanged: true once, false once.
        QCOMPARE(busy.size(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
    }

    // Requests spread over time: each one that is the latest when it finishes is delivered.
    void sequentialRequestsAllArrive()
    {
        data::CatalogCache cache(m_dir.filePath(QStringLiteral("seq.cscache")));
        QVERIFY(cache.install(m_data));
        data::GenerationService service(&cache);
        QList<Received> received;
        connect(&service, &data::GenerationService::generated, this, [&](quint64 id, const GenerationResult& r) {
            received.append({id, r, QThread::currentThread() == qApp->thread()});
        });
        for (int i = 0; i < 3; ++i) {
            OrderConfiguration config = SyntheticCatalog::mostComplexOrder(m_today);
            config.order.poNumber = QString(); // invalid: E-PO-MIN3, still a result
            const quint64 id = service.request(config, m_today);
            QTRY_VERIFY_WITH_TIMEOUT(received.size() == i + 1, kWait);
            QCOMPARE(received.last().id, id);
            QVERIFY(!received.last().result.valid);
            QVERIFY(received.last().result.errorCodes().contains(QStringLiteral("E-PO-MIN3")));
            QVERIFY(received.last().onGuiThread);
        }
    }

    void noCatalogYet()
    {
        data::CatalogCache cache(m_dir.filePath(QStringLiteral("none.cscache")));
        data::GenerationService service(&cache);
        QSignalSpy unavailable(&service, &data::GenerationService::unavailable);
        QSignalSpy generated(&service, &data::GenerationService::generated);
        const quint64 id = service.request(SyntheticCatalog::mostComplexOrder(m_today), m_today);
        QCOMPARE(unavailable.size(), 0); // never emitted from inside request()
        QVERIFY(unavailable.wait(kWait));
        QCOMPARE(unavailable.at(0).at(0).toULongLong(), id);
        QVERIFY(!unavailable.at(0).at(1).toString().isEmpty());
        QCOMPARE(generated.size(), 0);
        QVERIFY(!service.isBusy());

        // Once a catalog is served, the next request runs.
        QVERIFY(cache.install(m_data));
        service.request(SyntheticCatalog::mostComplexOrder(m_today), m_today);
        QVERIFY(generated.wait(kWait));
        QCOMPARE(unavailable.size(), 1);
    }

    void cancelDropsTheRunningResult()
    {
        data::CatalogCache cache(m_dir.filePath(QStringLiteral("cancel.cscache")));
        QVERIFY(cache.install(m_data));
        data::GenerationService service(&cache);
        QSignalSpy generated(&service, &data::GenerationService::generated);
        service.request(SyntheticCatalog::mostComplexOrder(m_today), m_today);
        service.request(SyntheticCatalog::mostComplexOrder(m_today), m_today);
        service.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!service.isBusy(), kWait);
        QCoreApplication::processEvents();
        QCOMPARE(generated.size(), 0);
    }

    // Destroying the service while a generation runs waits for it and emits nothing.
    void destroyWhileRunning()
    {
        data::CatalogCache cache(m_dir.filePath(QStringLiteral("destroy.cscache")));
        QVERIFY(cache.install(m_data));
        int count = 0;
        {
            data::GenerationService service(&cache);
            connect(&service, &data::GenerationService::generated, this, [&] { ++count; });
            service.request(SyntheticCatalog::mostComplexOrder(m_today), m_today);
        }
        QCoreApplication::processEvents();
        QCOMPARE(count, 0);
    }

private:
    QTemporaryDir m_dir;
    CatalogData m_data;
    QDate m_today;
};

QTEST_GUILESS_MAIN(TestGenerationService)
#include "tst_generationservice.moc"
