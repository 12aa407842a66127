// TravelerRepository (issue 6): a build's traveler content read back from the database equals what
// was frozen at submission (configuration, BOM lines with rules, tree, pick list, the server's hash),
// in the order's language, with catalog descriptions and the sign-offs recorded so far; prints are
// numbered (first print, reprints) and recorded with their history entry in the same transaction as
// the output, which a failed output rolls back; Service may not print.
#include "data/catalog/catalogimporter.h"
#include "data/catalog/catalogloader.h"
#include "data/orders/orderrepository.h"
#include "data/printing/travelerrepository.h"
#include "domain/bom/bomgenerator.h"
#include "domain/catalog/catalog.h"
#include "qcgate.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QTest>

using namespace cs;
using namespace cs::domain;

namespace {

// A 3-basin MDRD order on the demo catalog (acceptance case AC-03 with a sprayer and accessories).
OrderConfiguration demoOrder(const QString& po, const QString& build, const QString& language)
{
    const QString json = QString::fromUtf8(R"({"order": {"poNumber": "%1", "customerName": "Hôpital Sainte-Justine",
        "projectName": "Stérilisation centrale", "salesPerson": "Chris Killip", "wantDate": "%3", "language": "%4"},
        "family": "MDRD", "builds": [{"buildNumber": "%2", "config": {"model": "T2-B3", "widthIn": 48, "lengthIn": 80,
        "legs": {"height": "HEIGHT_ADJUSTABLE", "model": "DL27"}, "feet": "LOCK_LEVELING_CASTERS",
        "pegboard": {"type": "PERFORATED", "color": null, "size": "SAME_AS_SINK"}, "workflowDirection": "LEFT_TO_RIGHT",
        "basins": [{"position": 1, "type": "E_DRAIN", "size": "30X20X10", "pTrap": false, "basinLight": false},
                   {"position": 2, "type": "E_DRAIN", "size": "30X20X10", "pTrap": false, "basinLight": false},
                   {"position": 3, "type": "E_DRAIN", "size": "24X20X10", "pTrap": false, "basinLight": false}],
        "faucets": [{"type": "PRE_RINSE", "placement": null}],
        "sprayers": [{"type": "WATER_GUN_TURRET", "location": "LEFT_SIDE"}],
        "accessories": [{"id": "T2-OA-PO-SHLF-1212", "qty": 1}, {"id": "T-OA-BINRAIL-48-KIT", "qty": 3}]}}]})")
                             .arg(po, build, QDate::currentDate().addDays(60).toString(Qt::ISODate), language);
    QString error;
    const auto config = OrderConfiguration::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &error);
    return config.value_or(OrderConfiguration{});
}

} // namespace

class TestTravelerRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsWhatWasFrozen();
    void signOffsComeFromTheRecords();
    void printsAreNumberedAndRecorded();
    void failedOutputIsNotRecorded();
    void unknownBuildAndServiceAreRefused();

private:
    QString printCount(const QString& orderId, const QString& kind);

    std::unique_ptr<test::ScratchDatabase> m_db;
    test::ScratchDatabase::Person m_coordinator;
    test::ScratchDatabase::Person m_admin;
    QSqlDatabase m_coord;
    std::shared_ptr<const Catalog> m_catalog;
    OrderConfiguration m_config;
    BuildBom m_bom;
    data::SubmittedBuild m_submitted;
};

void TestTravelerRepository::initTestCase()
{
    QString why;
    if (!test::ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    m_db = std::make_unique<test::ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QList<CatalogProblem> problems;
    const CatalogData files = CatalogData::readDirectory(QStringLiteral(CS_SOURCE_DIR "/resources/demo/catalog"), &problems);
    QVERIFY(problems.isEmpty());
    const data::CatalogImporter::Result imported = data::CatalogImporter(m_db->superuser()).importData(files);
    QVERIFY2(imported.ok, qPrintable(imported.error));

    QString error;
    m_coordinator = m_db->createPerson(QStringLiteral("ProductionCoordinator"), {}, &error);
    QVERIFY2(!m_coordinator.username.isEmpty(), qPrintable(error));
    m_admin = m_db->createPerson(QStringLiteral("Admin"), {}, &error);
    QVERIFY2(!m_admin.username.isEmpty(), qPrintable(error));
    m_coord = m_db->connect(m_coordinator.settings);
    QVERIFY2(m_coord.isOpen(), qPrintable(m_coord.lastError().text()));

    CatalogData data;
    QVERIFY2(data::CatalogLoader(m_coord).load(&data, &error), qPrintable(error));
    m_catalog = Catalog::fromData(data);
    const QString suffix = test::ScratchDatabase::randomSuffix(6).toUpper();
    m_config = demoOrder(QStringLiteral("PO-TR-") + suffix, QStringLiteral("TR-") + suffix, QStringLiteral("FR"));
    QCOMPARE(m_config.builds.size(), 1);
    const GenerationResult generated = BomGenerator::generate(*m_catalog, m_config, QDate::currentDate());
    QVERIFY2(generated.valid, qPrintable(generated.errorCodes().join(u' ')));
    const data::SubmitResult r = data::OrderRepository(m_coord).submit(m_config, generated);
    QVERIFY2(r.ok, qPrintable(r.error.qualifiedCode() + u' ' + r.error.message));
    m_bom = generated.builds.at(0);
    m_submitted = r.builds.at(0);
}

QString TestTravelerRepository::printCount(const QString& orderId, const QString& kind)
{
    QVariant v;
    QString error;
    if (!test::ScratchDatabase::exec(m_db->superuser(),
                                     QStringLiteral("SELECT count(*) || '/' || (SELECT count(*) FROM cs.order_history WHERE "
                                                    "order_id = CAST(? AS uuid) AND action LIKE ?) FROM cs.print_jobs "
                                                    "WHERE order_id = CAST(? AS uuid) AND kind = ?"),
                                     {orderId, kind == u"traveler" ? QStringLiteral("Traveler%") : QStringLiteral("Label%"),
                                      orderId, kind},
                                     &error, &v))
        return error;
    return v.toString();
}

void TestTravelerRepository::loadsWhatWasFrozen()
{
    data::TravelerData d;
    data::DbError error;
    // Case-insensitive lookup.
    QVERIFY2(data::TravelerRepository(m_coord).load(m_submitted.buildNumber.toLower(), &d, &error),
             qPrintable(error.code + u' ' + error.message));
    QCOMPARE(d.buildNumber, m_submitted.buildNumber);
    QCOMPARE(d.orderId, m_submitted.orderId);
    QCOMPARE(d.bomId, m_submitted.bomId);
    QCOMPARE(d.bomVersion, 1);
    QCOMPARE(d.bomSha256, m_submitted.bomSha256);
    QCOMPARE(d.status, QStringLiteral("OrderCreated"));
    QCOMPARE(d.order, m_config.order);
    QCOMPARE(d.build, m_config.builds.at(0));

    // The frozen BOM, read back, is the generated one: same canonical JSON (and so the same hash).
    QCOMPARE(d.bom.top.size(), m_bom.top.size());
    QCOMPARE(d.bom.tree.size(), m_bom.tree.size());
    QCOMPARE(d.bom.flat.size(), m_bom.flat.size());
    QCOMPARE(d.bom.canonicalJson(), m_bom.canonicalJson());
    for (qsizetype i = 0; i < m_bom.tree.size(); ++i)
        QCOMPARE(d.bom.tree.at(i).leaf, m_bom.tree.at(i).leaf);

    // The traveler: French, the server's hash, every line with its catalog description.
    const TravelerContent& c = d.traveler;
    QVERIFY(c.language == TravelerLanguage::FR);
    QCOMPARE(c.poNumber, m_config.order.poNumber);
    QCOMPARE(c.buildNumber, m_submitted.buildNumber);
    QCOMPARE(c.customer, QStringLiteral("Hôpital Sainte-Justine"));
    QCOMPARE(c.model, QStringLiteral("T2-B3"));
    QCOMPARE(c.bomHash, m_submitted.bomSha256);
    QCOMPARE(c.status, QStringLiteral("OrderCreated"));
    QCOMPARE(c.topLevel.size(), m_bom.top.size());
    for (qsizetype i = 0; i < m_bom.top.size(); ++i) {
        const BomLine& l = m_bom.top.at(i);
        QCOMPARE(c.topLevel.at(i).id, l.id);
        QCOMPARE(c.topLevel.at(i).qty, l.qty);
        QCOMPARE(c.topLevel.at(i).rule, l.rule);
        const int item = m_catalog->resolve(l.id);
        QVERIFY2(item >= 0, qPrintable(l.id));
        QCOMPARE(c.topLevel.at(i).description, m_catalog->name(item));
    }
    QCOMPARE(c.pickList.size(), m_bom.flat.size());
    for (qsizetype i = 0; i < m_bom.flat.size(); ++i) {
        QCOMPARE(c.pickList.at(i).id, m_bom.flat.at(i).id);
        QCOMPARE(c.pickList.at(i).qty, m_bom.flat.at(i).qty);
        QCOMPARE(c.pickList.at(i).description, m_catalog->name(m_catalog->resolve(m_bom.flat.at(i).id)));
    }
    QCOMPARE(c.tree.size(), m_bom.tree.size());
    // The configuration in words, in French, with the accessories' catalog names.
    QStringList words;
    for (const TravelerTable& t : c.configuration)
        for (const QStringList& row : t.rows)
            words += row;
    for (const char* s : {"robinet de prélavage", "pistolet à eau, tourelle", "côté gauche", "T2-OA-PO-SHLF-1212"})
        QVERIFY2(words.contains(QString::fromUtf8(s)), s);
    QVERIFY(words.contains(m_catalog->name(m_catalog->resolve(QStringLiteral("T-OA-BINRAIL-48-KIT")))));
    // Nothing signed yet: the strip prints blank.
    QCOMPARE(c.signOffs.size(), TravelerContent::standardSignOffs().size());
    for (const TravelerSignOff& s : c.signOffs)
        QVERIFY2(s.initials.isEmpty() && s.result.isEmpty() && !s.date.isValid(), qPrintable(s.stageKey));
    QVERIFY(!c.reprint);
}

void TestTravelerRepository::signOffsComeFromTheRecords()
{
    // The Admin approves the BOM (signature on a fresh connection), moves the build to Pre-QC and
    // signs its Pre-QC checklist PASS.
    QSqlDatabase admin = m_db->connect(m_admin.settings);
    QVERIFY2(admin.isOpen(), qPrintable(admin.lastError().text()));
    QString error;
    QVERIFY2(test::ScratchDatabase::seedWorkflowFixtures(admin, &error), qPrintable(error));
    QVERIFY2(test::ScratchDatabase::exec(admin, QStringLiteral("SELECT cs.approve_bom(CAST(? AS uuid), true, 'checked', ?)"),
                                         {m_submitted.bomId, m_admin.initials}, &error),
             qPrintable(error));
    QVariant version;
    QVERIFY2(test::ScratchDatabase::exec(admin, QStringLiteral("SELECT row_version FROM cs.orders WHERE order_id = CAST(? AS uuid)"),
                                         {m_submitted.orderId}, &error, &version),
             qPrintable(error));
    QVERIFY2(test::ScratchDatabase::exec(admin,
                                         QStringLiteral("SELECT cs.force_order_status(CAST(? AS uuid), 'ReadyForPreQC', 'test setup', ?)"),
                                         {m_submitted.orderId, version.toInt()}, &error),
             qPrintable(error));
    // The Pre-QC checklist filled and signed by the Admin (issue 12); the signature moves the build on.
    QVERIFY2(test::QcGate::passPreQc(*m_db, m_submitted.orderId, m_admin, &error), qPrintable(error));

    data::TravelerData d;
    data::DbError e;
    QVERIFY2(data::TravelerRepository(m_coord).load(m_submitted.buildNumber, &d, &e), qPrintable(e.message));
    QCOMPARE(d.status, QStringLiteral("ReadyForProduction"));
    QCOMPARE(d.bomStatus, QStringLiteral("Approved"));
    for (const TravelerSignOff& s : d.traveler.signOffs) {
        if (s.stageKey == u"stage.preQc") {
            QCOMPARE(s.result, QStringLiteral("PASS"));
            QCOMPARE(s.initials, m_admin.initials);
            QCOMPARE(s.date, QDate::currentDate());
        } else {
            QVERIFY2(s.initials.isEmpty() && s.result.isEmpty() && !s.date.isValid(), qPrintable(s.stageKey));
        }
    }
}

void TestTravelerRepository::printsAreNumberedAndRecorded()
{
    data::TravelerRepository repo(m_coord);
    QList<data::TravelerData> seen;
    auto render = [&](const data::TravelerData& d, const data::PrintRecord&, QString*) {
        seen.append(d);
        return true;
    };
    const data::PrintRequest request{data::PrintKind::Traveler, QStringLiteral("letter"), QStringLiteral("pdf"), 1};
    for (int n = 1; n <= 3; ++n) {
        data::PrintRecord record;
        data::DbError error;
        QVERIFY2(repo.print(m_submitted.buildNumber.toLower(), request, render, &record, &error),
                 qPrintable(error.code + u' ' + error.message));
        QCOMPARE(record.printNumber, n);
        QCOMPARE(record.reprint, n > 1);
        QVERIFY(!record.printId.isEmpty());
        QVERIFY(qAbs(record.printedAt.secsTo(QDateTime::currentDateTime())) < 60);
        QCOMPARE(seen.last().traveler.reprint, n > 1);
        QCOMPARE(seen.last().traveler.printNumber, n);
        QCOMPARE(seen.last().traveler.printedAt, record.printedAt.toLocalTime());
    }
    // Labels are numbered on their own.
    data::PrintRecord label;
    data::DbError error;
    QVERIFY2(repo.print(m_submitted.buildNumber,
                        {data::PrintKind::Label, QStringLiteral("4x2"), QStringLiteral("zpl"), 2}, render, &label, &error),
             qPrintable(error.message));
    QCOMPARE(label.printNumber, 1);
    QVERIFY(!label.reprint);
    QCOMPARE(seen.last().buildLabel(2, QDate(2030, 1, 2)).qrText(), QStringLiteral("CS:B:") + m_submitted.buildNumber);

    const QList<data::PrintRecord> travelers = repo.prints(m_submitted.orderId, data::PrintKind::Traveler, &error);
    QCOMPARE(travelers.size(), 3);
    QCOMPARE(travelers.at(0).reprint, false);
    QCOMPARE(travelers.at(2).reprint, true);
    QCOMPARE(printCount(m_submitted.orderId, QStringLiteral("traveler")), QStringLiteral("3/3"));
    QCOMPARE(printCount(m_submitted.orderId, QStringLiteral("label")), QStringLiteral("1/1"));

    // The history says who printed what; the print log is audited and append-only.
    QSqlDatabase super = m_db->superuser();
    QVariant v;
    QString sqlError;
    QVERIFY(test::ScratchDatabase::exec(super, QStringLiteral(
        "SELECT string_agg(h.action || ':' || u.username, ',' ORDER BY h.created_at, h.action) FROM cs.order_history h"
        " JOIN cs.users u ON u.user_id = h.user_id WHERE h.order_id = CAST(? AS uuid) AND h.action ILIKE '%print%'"),
        {m_submitted.orderId}, &sqlError, &v));
    const QString who = m_coordinator.username;
    QCOMPARE(v.toString(), QStringLiteral("TravelerPrinted:%1,TravelerReprinted:%1,TravelerReprinted:%1,LabelPrinted:%1").arg(who));
    QVERIFY(test::ScratchDatabase::exec(super, QStringLiteral(
        "SELECT count(*) FROM cs.audit_log WHERE table_name = 'print_jobs' AND op = 'INSERT' AND db_user = ?"), {who}, &sqlError, &v));
    QCOMPARE(v.toInt(), 4);
    QVERIFY(!test::ScratchDatabase::exec(super, QStringLiteral("UPDATE cs.print_jobs SET copies = 5"), {}, &sqlError));
    QVERIFY2(sqlError.contains(QStringLiteral("E-APPEND-ONLY")), qPrintable(sqlError));
    // Not writable directly, even by a role that may print.
    QVERIFY(!test::ScratchDatabase::exec(m_coord, QStringLiteral(
        "INSERT INTO cs.print_jobs (order_id, kind, size, output, copies, print_number, printed_by)"
        " SELECT order_id, 'label', '4x2', 'pdf', 1, 99, created_by FROM cs.orders LIMIT 1"), {}, &sqlError));
    QVERIFY2(sqlError.startsWith(QStringLiteral("42501")), qPrintable(sqlError));
}

void TestTravelerRepository::failedOutputIsNotRecorded()
{
    const QString before = printCount(m_submitted.orderId, QStringLiteral("traveler"));
    data::PrintRecord record;
    data::DbError error;
    const bool ok = data::TravelerRepository(m_coord).print(
        m_submitted.buildNumber, {data::PrintKind::Traveler, QStringLiteral("letter"), QStringLiteral("pdf"), 1},
        [](const data::TravelerData&, const data::PrintRecord&, QString* why) {
            *why = QStringLiteral("disk full");
            return false;
        },
        &record, &error);
    QVERIFY(!ok);
    QCOMPARE(error.code, QStringLiteral("E-RENDER"));
    QCOMPARE(error.message, QStringLiteral("disk full"));
    QVERIFY(!data::TravelerRepository::isRefusal(error));
    QCOMPARE(printCount(m_submitted.orderId, QStringLiteral("traveler")), before);
    // The connection is usable afterwards (the transaction was rolled back).
    data::TravelerData d;
    QVERIFY2(data::TravelerRepository(m_coord).load(m_submitted.buildNumber, &d, &error), qPrintable(error.message));
}

void TestTravelerRepository::unknownBuildAndServiceAreRefused()
{
    data::TravelerRepository repo(m_coord);
    data::TravelerData d;
    data::DbError error;
    QVERIFY(!repo.load(QStringLiteral("NO-SUCH-BUILD"), &d, &error));
    QCOMPARE(error.code, QStringLiteral("E-BUILD-NOT-FOUND"));
    QVERIFY(data::TravelerRepository::isRefusal(error));
    data::PrintRecord record;
    bool rendered = false;
    auto render = [&](const data::TravelerData&, const data::PrintRecord&, QString*) { return rendered = true; };
    QVERIFY(!repo.print(QStringLiteral("NO-SUCH-BUILD"), {data::PrintKind::Label, QStringLiteral("2x1"), QStringLiteral("pdf"), 1},
                        render, &record, &error));
    QCOMPARE(error.code, QStringLiteral("E-BUILD-NOT-FOUND"));

    QString why;
    const test::ScratchDatabase::Person service = m_db->createPerson(QStringLiteral("ServiceDepartment"), {}, &why);
    QVERIFY2(!service.username.isEmpty(), qPrintable(why));
    QSqlDatabase db = m_db->connect(service.settings);
    QVERIFY(db.isOpen());
    const QString before = printCount(m_submitted.orderId, QStringLiteral("label"));
    QVERIFY(!data::TravelerRepository(db).print(m_submitted.buildNumber,
                                                {data::PrintKind::Label, QStringLiteral("2x1"), QStringLiteral("pdf"), 1},
                                                render, &record, &error));
    QCOMPARE(error.code, QStringLiteral("E-ROLE"));
    QVERIFY(data::TravelerRepository::isRefusal(error));
    QVERIFY2(error.message.contains(QStringLiteral("printing")), qPrintable(error.message));
    QVERIFY(!rendered);
    QCOMPARE(printCount(m_submitted.orderId, QStringLiteral("label")), before);
    // Service sees the order list only, not the build's details.
    QVERIFY(!data::TravelerRepository(db).load(m_submitted.buildNumber, &d, &error));
    QVERIFY(data::TravelerRepository::isRefusal(error));
}

QTEST_MAIN(TestTravelerRepository)
#include "tst_travelerrepository.moc"
