#include "testdatabase.h"

#include "data/catalog/catalogimporter.h"
#include "data/orders/orderrepository.h"
#include "data/schema/migrator.h"
#include "domain/bom/bomgenerator.h"
#include "domain/catalog/catalog.h"
#include "domain/orders/sinkconfiguration.h"
#include "testpaths.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cs::test {

namespace {

data::ConnectionSettings maintenanceSettings()
{
    data::ConnectionSettings s = data::ConnectionSettings::fromEnvironment();
    if (s.database.isEmpty())
        s.database = QStringLiteral("postgres");
    s.applicationName = QStringLiteral("cs-tests");
    return s;
}

QString errorText(const QSqlError& e)
{
    return e.text().trimmed();
}

// The server's primary message ("E-STALE: ..."), without the "ERROR:" prefix, DETAIL and CONTEXT.
QString primaryMessage(const QSqlError& e)
{
    QString text = e.databaseText().trimmed();
    if (text.startsWith(QStringLiteral("ERROR:")))
        text = text.mid(6).trimmed();
    return text.section(u'\n', 0, 0).trimmed();
}

} // namespace

bool ScratchDatabase::clusterAvailable(QString* why)
{
    if (qEnvironmentVariableIsEmpty("PGHOST") || qEnvironmentVariableIsEmpty("PGUSER")
        || qEnvironmentVariableIsEmpty("PGPASSWORD")) {
        if (why)
            *why = QStringLiteral("no PostgreSQL test cluster (PGHOST, PGPORT, PGUSER, PGPASSWORD are not set); "
                                  "run scripts/test.sh, which starts a throwaway cluster");
        return false;
    }
    return true;
}

QString ScratchDatabase::randomSuffix(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString s;
    for (int i = 0; i < length; ++i)
        s += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]);
    return s;
}

ScratchDatabase::ScratchDatabase(Schema schema)
{
    if (!clusterAvailable(&m_error))
        return;
    m_name = QStringLiteral("cs_test_") + randomSuffix(12);
    {
        const QString conn = QStringLiteral("scratch-admin-") + m_name;
        {
            QSqlDatabase admin = maintenanceSettings().open(conn);
            if (!admin.isOpen()) {
                m_error = QStringLiteral("cannot connect to the test cluster: %1").arg(errorText(admin.lastError()));
            } else {
                QSqlQuery q(admin);
                // The name is generated from [a-z0-9_] only; identifiers cannot be bound.
                if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name)))
                    m_error = QStringLiteral("cannot create database %1: %2").arg(m_name, errorText(q.lastError()));
            }
        }
        QSqlDatabase::removeDatabase(conn);
    }
    if (!m_error.isEmpty()) {
        m_name.clear();
        return;
    }
    QSqlDatabase db = superuser();
    if (!db.isOpen()) {
        m_error = QStringLiteral("cannot connect to %1: %2").arg(m_name, errorText(db.lastError()));
        return;
    }
    if (schema == Schema::Empty)
        return;
    const data::Migrator::Result r = data::Migrator(db).migrate();
    if (!r.ok) {
        m_error = QStringLiteral("migration failed: %1").arg(r.error);
        return;
    }
    // A test opens a connection per check and keeps it to the end, as the same person: the people of a
    // scratch database get more connections than the plant's eight (cs.session_limits, issue 11).
    // The attack tests create their people with the plant's limit.
    QSqlQuery limits(db);
    if (!limits.exec(QStringLiteral("UPDATE cs.session_limits SET connection_limit = 100")))
        m_error = QStringLiteral("cannot set the test connection limit: %1").arg(errorText(limits.lastError()));
}

ScratchDatabase::~ScratchDatabase()
{
    for (const QString& c : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(c, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(c);
    }
    if (m_name.isEmpty())
        return;
    const QString conn = QStringLiteral("scratch-drop-") + m_name;
    {
        QSqlDatabase admin = maintenanceSettings().open(conn);
        if (admin.isOpen()) {
            QSqlQuery q(admin);
            q.prepare(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                     "WHERE datname = :name AND pid <> pg_backend_pid()"));
            q.bindValue(QStringLiteral(":name"), m_name);
            q.exec();
            if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)))
                qWarning("cannot drop %s: %s", qPrintable(m_name), qPrintable(errorText(q.lastError())));
            for (const QString& role : std::as_const(m_roles)) {
                // Usernames are validated by cs.create_user: [a-z][a-z0-9_]*.
                if (!q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role)))
                    qWarning("cannot drop role %s: %s", qPrintable(role), qPrintable(errorText(q.lastError())));
            }
        }
    }
    QSqlDatabase::removeDatabase(conn);
}

void ScratchDatabase::closeConnections()
{
    for (const QString& c : std::as_const(m_connections)) {
        QSqlDatabase db = QSqlDatabase::database(c, false);
        db.close();
    }
}

data::ConnectionSettings ScratchDatabase::settings() const
{
    data::ConnectionSettings s = data::ConnectionSettings::fromEnvironment();
    s.database = m_name;
    s.applicationName = QStringLiteral("cs-tests");
    return s;
}

QSqlDatabase ScratchDatabase::connect(const data::ConnectionSettings& settings)
{
    const QString conn = QStringLiteral("%1-%2").arg(m_name).arg(m_connections.size());
    m_connections.append(conn);
    return settings.open(conn);
}

ScratchDatabase::Person ScratchDatabase::createPerson(const QString& role, QSqlDatabase via, QString* error)
{
    Person p;
    const QString suffix = randomSuffix(8);
    p.username = QStringLiteral("t_%1_%2").arg(role.left(5).toLower(), suffix);
    p.fullName = QStringLiteral("Test %1 %2").arg(role, suffix);
    // Initials: letters only, unique among active users: derive them from the random suffix.
    QString initials;
    for (int i = 0; i < 8; ++i)
        initials += QLatin1Char(char('A' + QRandomGenerator::global()->bounded(26)));
    p.initials = initials;
    p.password = QStringLiteral("pw-") + randomSuffix(16);

    QSqlDatabase db = via.isOpen() ? via : superuser();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT cs.create_user(:u, :n, :i, :r, :p)"));
    q.bindValue(QStringLiteral(":u"), p.username);
    q.bindValue(QStringLiteral(":n"), p.fullName);
    q.bindValue(QStringLiteral(":i"), p.initials);
    q.bindValue(QStringLiteral(":r"), role);
    q.bindValue(QStringLiteral(":p"), p.password);
    if (!q.exec()) {
        if (error)
            *error = errorText(q.lastError());
        return Person{};
    }
    m_roles.append(p.username);
    p.settings = settings();
    p.settings.user = p.username;
    p.settings.password = p.password;
    return p;
}

bool ScratchDatabase::exec(QSqlDatabase db, const QString& sql, const QVariantList& values, QString* error,
                           QVariant* firstValue)
{
    QSqlQuery q(db);
    // Statements without values run unprepared (PostgreSQL cannot PREPARE e.g. TRUNCATE).
    const bool ok = values.isEmpty() ? q.exec(sql) : [&] {
        if (!q.prepare(sql))
            return false;
        for (const QVariant& v : values)
            q.addBindValue(v);
        return q.exec();
    }();
    if (!ok) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(q.lastError().nativeErrorCode(),
                                                  q.lastError().databaseText().isEmpty() ? q.lastError().text()
                                                                                         : primaryMessage(q.lastError()));
        return false;
    }
    if (firstValue)
        *firstValue = q.next() ? q.value(0) : QVariant();
    return true;
}

bool ScratchDatabase::seedOrderCatalog(QSqlDatabase db, QString* error)
{
    const QStringList statements{
        QStringLiteral("INSERT INTO cs.parts (part_id, name, type) VALUES ('P-1', 'Part one', 'COMPONENT'), "
                       "('P-2', 'Part two', 'COMPONENT')"),
        QStringLiteral("INSERT INTO cs.assemblies (assembly_id, name, type, can_order, is_kit) "
                       "VALUES ('ASSY-1', 'Kit one', 'KIT', true, true)"),
        QStringLiteral("INSERT INTO cs.assembly_components (parent_assembly_id, child_part_id, quantity, position) "
                       "VALUES ('ASSY-1', 'P-1', 3, 0)")};
    for (const QString& sql : statements) {
        if (!exec(db, sql, {}, error))
            return false;
    }
    return true;
}

bool ScratchDatabase::seedWorkflowFixtures(QSqlDatabase admin, QString* error)
{
    if (!seedOrderCatalog(admin, error))
        return false;
    const QStringList statements{
        // Checklist templates only through the functions (issue 12): the smallest valid forms, published.
        QStringLiteral("SELECT cs.publish_checklist_template(template_id) FROM cs.import_checklist_template('{\"id\": \"PRE_QC\", "
                       "\"title\": \"Pre-QC\", \"sections\": [{\"id\": \"S1\", \"items\": [{\"id\": \"S1.1\", \"type\": \"check\"}]}]}')"),
        QStringLiteral("SELECT cs.publish_checklist_template(template_id) FROM cs.import_checklist_template('{\"id\": \"FINAL_QC_CLQ\", "
                       "\"title\": \"Final QC\", \"header\": [{\"id\": \"H.hipot\", \"type\": \"yesNo\", \"required\": true}], "
                       "\"sections\": [{\"id\": \"A\", \"items\": [{\"id\": \"A.1\", \"type\": \"check\"}]}]}')"),
        QStringLiteral("SELECT cs.publish_checklist_template(template_id) FROM cs.import_checklist_template('{\"id\": \"EOL_TESTING_CLT\", "
                       "\"title\": \"CLT\", \"sections\": [{\"id\": \"G\", \"items\": [{\"id\": \"G.1A\", \"type\": \"passFail\"}]}]}')"),
        // The production checks (CLP, issue 13): one production item (S2) and one packing item (S4).
        QStringLiteral("SELECT cs.publish_checklist_template(template_id) FROM cs.import_checklist_template('{\"id\": \"PRODUCTION_CLP\", "
                       "\"title\": \"CLP\", \"sections\": [{\"id\": \"S2\", \"items\": [{\"id\": \"S2.1\", \"type\": \"check\"}]}, "
                       "{\"id\": \"S4\", \"items\": [{\"id\": \"S4.1\", \"type\": \"check\"}]}]}')")};
    for (const QString& sql : statements) {
        if (!exec(admin, sql, {}, error))
            return false;
    }
    return true;
}

bool ScratchDatabase::importDemoCatalog(QSqlDatabase db, QString* error)
{
    const data::CatalogImporter::Result imported =
        data::CatalogImporter(db).importDirectory(sourcePath(u"resources/demo/catalog"));
    if (!imported.ok && error)
        *error = imported.error.isEmpty() ? QStringLiteral("the demo catalog has %1 problem(s)").arg(imported.problems.size())
                                          : imported.error;
    return imported.ok;
}

QJsonObject ScratchDatabase::generatedOrderJson(const domain::Catalog& catalog, const QString& poNumber,
                                                const QString& buildNumber, QString* error)
{
    const QByteArray json = R"({
        "order": {"customerName": "Hospital G", "projectName": "Generated", "salesPerson": "Sam Sales",
                  "language": "EN", "notes": ""},
        "family": "MDRD",
        "builds": [{"config": {"model": "T2-B2", "widthIn": 30, "lengthIn": 72,
            "legs": {"height": "HEIGHT_ADJUSTABLE", "model": "DL27"}, "feet": "LOCK_LEVELING_CASTERS",
            "pegboard": {"type": "PERFORATED", "color": "BLUE", "size": "SAME_AS_SINK"},
            "workflowDirection": "LEFT_TO_RIGHT",
            "basins": [{"position": 1, "type": "E_SINK", "size": "24X20X10", "pTrap": true, "basinLight": true},
                       {"position": 2, "type": "E_DRAIN", "size": "24X20X10", "pTrap": false, "basinLight": true}],
            "faucets": [{"type": "WRIST_BLADE", "placement": "CENTER_OF_BASIN_1"}],
            "sprayers": [{"type": "WATER_GUN_TURRET", "location": "LEFT_SIDE"}],
            "accessories": [{"id": "T-OA-BINRAIL-36-KIT", "qty": 2}]}}]})";
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonObject order = root.value(u"order").toObject();
    order.insert(QStringLiteral("poNumber"), poNumber);
    order.insert(QStringLiteral("wantDate"), QDate::currentDate().addDays(30).toString(Qt::ISODate));
    root.insert(QStringLiteral("order"), order);
    QJsonArray builds = root.value(u"builds").toArray();
    QJsonObject build = builds.at(0).toObject();
    build.insert(QStringLiteral("buildNumber"), buildNumber);
    builds.replace(0, build);
    root.insert(QStringLiteral("builds"), builds);
    QString why;
    const std::optional<domain::OrderConfiguration> config = domain::OrderConfiguration::fromJson(root, &why);
    if (!config) {
        if (error)
            *error = why;
        return {};
    }
    const domain::GenerationResult generated = domain::BomGenerator::generate(catalog, *config, QDate::currentDate());
    if (!generated.valid) {
        if (error)
            *error = generated.errorCodes().join(QStringLiteral(", "));
        return {};
    }
    return data::OrderRepository::submitPayload(*config, generated);
}

QJsonObject ScratchDatabase::orderJson(const QString& poNumber, const QString& buildNumber)
{
    const QJsonObject order{{QStringLiteral("poNumber"), poNumber},
                            {QStringLiteral("customerName"), QStringLiteral("Hospital A")},
                            {QStringLiteral("projectName"), QStringLiteral("Project A")},
                            {QStringLiteral("salesPerson"), QStringLiteral("Sam Sales")},
                            {QStringLiteral("wantDate"), QDate::currentDate().addDays(30).toString(Qt::ISODate)},
                            {QStringLiteral("language"), QStringLiteral("EN")},
                            {QStringLiteral("notes"), QStringLiteral("")}};
    const QJsonObject config{{QStringLiteral("model"), QStringLiteral("T2-B1")},
                             {QStringLiteral("widthIn"), 30},
                             {QStringLiteral("lengthIn"), 60}};
    const QJsonArray top{QJsonObject{{QStringLiteral("id"), QStringLiteral("ASSY-1")}, {QStringLiteral("qty"), 1},
                                     {QStringLiteral("rule"), QStringLiteral("R-KIT")},
                                     {QStringLiteral("answer"), QStringLiteral("kit = yes")},
                                     {QStringLiteral("note"), QStringLiteral("")}},
                         QJsonObject{{QStringLiteral("id"), QStringLiteral("P-2")}, {QStringLiteral("qty"), 2},
                                     {QStringLiteral("rule"), QStringLiteral("R-PART")},
                                     {QStringLiteral("answer"), QStringLiteral("part = 2")}}};
    const QJsonArray tree{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("ASSY-1")}, {QStringLiteral("qty"), 1},
                    {QStringLiteral("extQty"), 1}, {QStringLiteral("depth"), 0},
                    {QStringLiteral("parent"), QJsonValue::Null}, {QStringLiteral("rule"), QStringLiteral("R-KIT")}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("P-1")}, {QStringLiteral("qty"), 3},
                    {QStringLiteral("extQty"), 3}, {QStringLiteral("depth"), 1}, {QStringLiteral("parent"), 0}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("P-2")}, {QStringLiteral("qty"), 2},
                    {QStringLiteral("extQty"), 2}, {QStringLiteral("depth"), 0},
                    {QStringLiteral("parent"), QJsonValue::Null}, {QStringLiteral("rule"), QStringLiteral("R-PART")}}};
    const QJsonArray flat{QJsonObject{{QStringLiteral("id"), QStringLiteral("P-1")}, {QStringLiteral("qty"), 3}},
                          QJsonObject{{QStringLiteral("id"), QStringLiteral("P-2")}, {QStringLiteral("qty"), 2}}};
    const QJsonObject build{{QStringLiteral("buildNumber"), buildNumber},
                            {QStringLiteral("config"), config},
                            {QStringLiteral("bom"), QJsonObject{{QStringLiteral("top"), top},
                                                                {QStringLiteral("tree"), tree},
                                                                {QStringLiteral("flat"), flat}}}};
    return QJsonObject{{QStringLiteral("order"), order},
                       {QStringLiteral("family"), QStringLiteral("MDRD")},
                       {QStringLiteral("builds"), QJsonArray{build}}};
}

} // namespace cs::test
