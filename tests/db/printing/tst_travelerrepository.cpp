// TravelerRepository (issue 6): a build's traveler content read back from the database equals what
// was frozen at submission (configuration, BOM lines with rules, tree, pick list, the server's hash),
// in the order's language, with catalog descriptions and the sign-offs recorded so far (each only
// from a signed record, never from the status history); prints are
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
#include "testpaths.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QTest>
#include <QUuid>

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
    void signOffsOnlyFromSignedRecords();
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
    const CatalogData files = CatalogData::readDirectory(cs::test::sourcePath(u"resources/demo/catalog"), &problems);
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

namespace {

const TravelerSignOff* signOffOf(const data::TravelerData& d, const QString& key)
{
    for (const TravelerSignOff& s : d.traveler.signOffs)
        if (s.stageKey == key)
            return &s;
    return nullptr;
}

} // namespace

void TestTravelerRepository::signOffsOnlyFromSignedRecords()
{
    // A second build of the same configuration; the fixtures (templates) are there from the test above.
    QString error;
    const QString suffix = test::ScratchDatabase::randomSuffix(6).toUpper();
    const OrderConfiguration config =
        demoOrder(QStringLiteral("PO-TS-") + suffix, QStringLiteral("TS-") + suffix, QStringLiteral("EN"));
    const GenerationResult generated = BomGenerator::generate(*m_catalog, config, QDate::currentDate());
    QVERIFY2(generated.valid, qPrintable(generated.errorCodes().join(u' ')));
    const data::SubmitResult submitted = data::OrderRepository(m_coord).submit(config, generated);
    QVERIFY2(submitted.ok, qPrintable(submitted.error.message));
    const data::SubmittedBuild build = submitted.builds.at(0);
    const test::ScratchDatabase::Person first = m_db->createPerson(QStringLiteral("Assembler"), {}, &error);
    QVERIFY2(!first.username.isEmpty(), qPrintable(error));
    const test::ScratchDatabase::Person second = m_db->createPerson(QStringLiteral("Assembler"), {}, &error);
    QVERIFY2(!second.username.isEmpty(), qPrintable(error));
    QVERIFY(first.initials != second.initials);

    // Pre-QC signed PASS by the Admin and the end-of-line test signed PASS by the first assembler.
    QSqlDatabase admin = m_db->connect(m_admin.settings);
    QVERIFY2(test::ScratchDatabase::exec(admin, QStringLiteral("SELECT cs.approve_bom(CAST(? AS uuid), true, 'checked', ?)"),
                                         {build.bomId, m_admin.initials}, &error),
             qPrintable(error));
    QVERIFY2(test::ScratchDatabase::exec(admin,
                                         QStringLiteral("SELECT cs.force_order_status(o.order_id, 'ReadyForPreQC', 'test setup', "
                                                        "o.row_version) FROM cs.orders o WHERE o.order_id = CAST(? AS uuid)"),
                                         {build.orderId}, &error),
             qPrintable(error));
    QVERIFY2(test::QcGate::passPreQc(*m_db, build.orderId, m_admin, &error), qPrintable(error));
    QVERIFY2(test::QcGate::recordTestPass(*m_db, build.orderId, first, &error), qPrintable(error));

    // The status history says the first assembler moved the build through testing, packaging and
    // ready for inspection, as the plain buttons of old did: nothing of it was signed.
    QSqlDatabase super = m_db->superuser();
    QVERIFY2(test::ScratchDatabase::exec(super, QStringLiteral(
        "INSERT INTO cs.order_history (order_id, user_id, action, old_status, new_status)"
        " SELECT CAST(? AS uuid), u.user_id, 'StatusChange', s.old::cs.order_status_enum, s.new::cs.order_status_enum"
        " FROM cs.users u, (VALUES ('ReadyForProduction', 'TestingComplete'), ('TestingComplete', 'PackagingComplete'),"
        "                          ('PackagingComplete', 'ReadyForFinalQC')) s (old, new)"
        " WHERE u.username = ?"), {build.orderId, first.username}, &error), qPrintable(error));

    auto load = [&](data::TravelerData* d) {
        data::DbError e;
        const bool ok = data::TravelerRepository(m_coord).load(build.buildNumber, d, &e);
        if (!ok)
            qWarning("%s", qPrintable(e.code + u' ' + e.message));
        return ok;
    };
    auto blank = [](const TravelerSignOff* s) { return s && s->initials.isEmpty() && s->result.isEmpty() && !s->date.isValid(); };
    data::TravelerData d;
    QVERIFY(load(&d));
    QCOMPARE(signOffOf(d, QStringLiteral("stage.preQc"))->initials, m_admin.initials);
    QCOMPARE(signOffOf(d, QStringLiteral("stage.preQc"))->result, QStringLiteral("PASS"));
    QCOMPARE(signOffOf(d, QStringLiteral("stage.eolTest"))->initials, first.initials);
    QCOMPARE(signOffOf(d, QStringLiteral("stage.eolTest"))->result, QStringLiteral("PASS"));
    QCOMPARE(signOffOf(d, QStringLiteral("stage.eolTest"))->date, QDate::currentDate());
    for (const char* key : {"stage.production", "stage.packaging", "stage.statement", "stage.finalQc"})
        QVERIFY2(blank(signOffOf(d, QString::fromLatin1(key))), key);

    // A CLP result without a signature, and one whose signature is of another row, print nothing.
    QVERIFY2(test::ScratchDatabase::exec(admin, QStringLiteral(
        "SELECT cs.publish_checklist_template(template_id) FROM cs.import_checklist_template('{\"id\": \"PRODUCTION_CLP\", "
        "\"title\": \"CLP\", \"sections\": [{\"id\": \"S2\", \"items\": [{\"id\": \"S2.1\", \"type\": \"check\"}]}, "
        "{\"id\": \"S4\", \"items\": [{\"id\": \"S4.1\", \"type\": \"check\"}, {\"id\": \"S4.2\", \"type\": \"check\"}, "
        "{\"id\": \"S4.3\", \"type\": \"check\", \"required\": false}]}]}')"), {}, &error),
             qPrintable(error));
    QVariant templateId;
    QVERIFY2(test::ScratchDatabase::exec(super, QStringLiteral(
        "SELECT template_id::text FROM cs.qc_form_templates WHERE form_type = 'InProcessAssembly' ORDER BY version DESC LIMIT 1"),
        {}, &error, &templateId), qPrintable(error));
    QVERIFY2(templateId.isValid() && !templateId.toString().isEmpty(), "no CLP template");
    const QString insertResult = QStringLiteral(
        "INSERT INTO cs.qc_results (result_id, order_id, build_number, template_id, qc_type, performed_by, overall_status,"
        " item_results, signature_id, checklist_id)"
        " SELECT CAST(? AS uuid), CAST(? AS uuid), ?, CAST(? AS uuid), 'InProcessAssembly', u.user_id, 'Pass', '{}',"
        "        CAST(NULLIF(?, '') AS uuid), CAST(NULLIF(?, '') AS uuid) FROM cs.users u WHERE u.username = ?");
    const QString insertSignature = QStringLiteral(
        "INSERT INTO cs.signatures (signature_id, signer_user_id, signer_username, printed_name, initials, meaning,"
        " content_sha256, signed_table, signed_row_id, backend_start)"
        " SELECT CAST(? AS uuid), u.user_id, u.username, u.full_name, u.initials, 'Ready for inspection', repeat('a', 64),"
        "        'qc_results', ?, now() FROM cs.users u WHERE u.username = ?");
    auto uuid = [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); };
    // A CLP result signed by `signer` (a signature of that very row), of `checklist` when given.
    auto signClp = [&](const test::ScratchDatabase::Person& signer, const QString& checklist, QString* resultId) {
        *resultId = uuid();
        const QString signature = uuid();
        return test::ScratchDatabase::exec(super, insertSignature, {signature, *resultId, signer.username}, &error)
               && test::ScratchDatabase::exec(super, insertResult, {*resultId, build.orderId, build.buildNumber, templateId,
                                                                   signature, checklist, signer.username}, &error);
    };
    const QString unsignedId = uuid();
    QVERIFY2(test::ScratchDatabase::exec(super, insertResult, {unsignedId, build.orderId, build.buildNumber, templateId,
                                                               QString(), QString(), first.username}, &error),
             qPrintable(error));
    const QString strayId = uuid();
    const QString straySignature = uuid();
    QVERIFY2(test::ScratchDatabase::exec(super, insertSignature, {straySignature, unsignedId, first.username}, &error),
             qPrintable(error));
    QVERIFY2(test::ScratchDatabase::exec(super, insertResult, {strayId, build.orderId, build.buildNumber, templateId,
                                                               straySignature, QString(), first.username}, &error),
             qPrintable(error));
    QVERIFY(load(&d));
    for (const char* key : {"stage.production", "stage.packaging", "stage.statement"})
        QVERIFY2(blank(signOffOf(d, QString::fromLatin1(key))), key);

    // The CLP checklist, filled by both assemblers (the production checks by the first, the packing list
    // by both; an answer cleared again by the Admin does not count), not signed yet: still nothing.
    // The build's CLP is the one its production checks opened (the end-of-line test above needed them),
    // else a new one (its kind, CLP, follows from its qc_type).
    QVariant checklistId;
    QVERIFY2(test::ScratchDatabase::exec(super, QStringLiteral(
        "SELECT checklist_id::text FROM cs.qc_checklists WHERE order_id = CAST(? AS uuid) AND kind = 'CLP'"
        " AND state = 'open'"), {build.orderId}, &error, &checklistId), qPrintable(error));
    if (checklistId.toString().isEmpty())
        QVERIFY2(test::ScratchDatabase::exec(super, QStringLiteral(
            "INSERT INTO cs.qc_checklists (order_id, build_number, qc_type, template_id, attempt, opened_by)"
            " SELECT CAST(? AS uuid), ?, 'InProcessAssembly', CAST(? AS uuid), 1, u.user_id FROM cs.users u"
            " WHERE u.username = ? RETURNING checklist_id::text"),
            {build.orderId, build.buildNumber, templateId, first.username}, &error, &checklistId), qPrintable(error));
    // (An item the production checks answered already keeps that answer.)
    QVERIFY2(test::ScratchDatabase::exec(super, QStringLiteral(
        "INSERT INTO cs.qc_answers (checklist_id, section_id, item_id, position, value, answered_by)"
        " SELECT CAST(? AS uuid), a.section, a.item, 0, CAST(a.value AS jsonb), u.user_id"
        " FROM (VALUES ('S2', 'S2.1', 'true', ?), ('S4', 'S4.1', 'true', ?), ('S4', 'S4.2', 'true', ?),"
        "              ('S4', 'S4.3', NULL, ?)) a (section, item, value, who)"
        " JOIN cs.users u ON u.username = a.who ON CONFLICT DO NOTHING"),
        {checklistId, first.username, second.username, first.username, m_admin.username}, &error), qPrintable(error));
    QVERIFY(load(&d));
    for (const char* key : {"stage.production", "stage.packaging", "stage.statement"})
        QVERIFY2(blank(signOffOf(d, QString::fromLatin1(key))), key);

    // Signed by the second assembler: the statement, production checks and packaging print.
    QString signedId;
    QVERIFY2(signClp(second, checklistId.toString(), &signedId), qPrintable(error));
    QVERIFY2(test::ScratchDatabase::exec(super, QStringLiteral("UPDATE cs.qc_checklists SET state = 'signed', result_id = "
                                                               "CAST(? AS uuid) WHERE checklist_id = CAST(? AS uuid)"),
                                         {signedId, checklistId}, &error),
             qPrintable(error));
    QVERIFY(load(&d));
    QCOMPARE(signOffOf(d, QStringLiteral("stage.statement"))->initials, second.initials);
    QCOMPARE(signOffOf(d, QStringLiteral("stage.production"))->initials, first.initials);
    QStringList both{first.initials, second.initials};
    both.sort();
    QCOMPARE(signOffOf(d, QStringLiteral("stage.packaging"))->initials, both.join(u'/'));
    QCOMPARE(signOffOf(d, QStringLiteral("stage.packaging"))->date, QDate::currentDate());
    QVERIFY(blank(signOffOf(d, QStringLiteral("stage.finalQc"))));
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
