#include "data/admin/demoseeder.h"

#include "data/catalog/catalogimporter.h"
#include "data/catalog/catalogloader.h"
#include "data/schema/migrator.h"
#include "data/orders/orderrepository.h"
#include "data/admin/useraccounts.h"
#include "domain/bom/bomgenerator.h"
#include "domain/catalog/catalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cs::data {

namespace {

const QString kDemoCatalog = QStringLiteral(":/demo/catalog");
const QString kDemoOrders = QStringLiteral(":/demo/orders.json");

// A connection that is closed and removed when the scope ends.
class ScopedConnection
{
public:
    explicit ScopedConnection(const ConnectionSettings& settings)
        : m_name(QStringLiteral("demo-seed-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
    {
        m_db = settings.open(m_name);
    }
    ~ScopedConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    ScopedConnection(const ScopedConnection&) = delete;
    ScopedConnection& operator=(const ScopedConnection&) = delete;
    QSqlDatabase& db() { return m_db; }
    bool isOpen() const { return m_db.isOpen(); }
    QString error() const { return m_db.lastError().text().trimmed(); }

private:
    QString m_name;
    QSqlDatabase m_db;
};

bool exec(QSqlDatabase& db, const QString& sql, const QVariantList& values, QString* error, QVariant* first = nullptr)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().databaseText().section(u'\n', 0, 0);
        return false;
    }
    if (first && q.next())
        *first = q.value(0);
    return true;
}

// The statuses the demo orders can reach through the real workflow from OrderCreated, in order, with
// the role that takes each step. Later statuses need filled QC checklists, which the demo does not fake.
struct Step
{
    QString to;
    QString username;
    QString note;
};
const QList<Step>& stepsFromCreated()
{
    static const QList<Step> steps{
        {QStringLiteral("PartsSent"), QStringLiteral("procure"), QStringLiteral("BOM approved; sink body sent to the outside shop.")},
        {QStringLiteral("ReadyForPreQC"), QStringLiteral("procure"), QStringLiteral("Sink structure arrived.")}};
    return steps;
}

} // namespace

QList<DemoSeeder::Login> DemoSeeder::logins()
{
    // Demo only: these accounts exist on the private demo cluster of scripts/run.sh.
    return {{QStringLiteral("coord"), QStringLiteral("demo-coord"), QStringLiteral("Casey Morgan"), QStringLiteral("CM"),
             QStringLiteral("ProductionCoordinator")},
            {QStringLiteral("admin"), QStringLiteral("demo-admin"), QStringLiteral("Dana Whitfield"), QStringLiteral("DW"),
             QStringLiteral("Admin")},
            {QStringLiteral("procure"), QStringLiteral("demo-procure"), QStringLiteral("Priya Natarajan"),
             QStringLiteral("PN"), QStringLiteral("ProcurementSpecialist")},
            {QStringLiteral("inspector"), QStringLiteral("demo-inspector"), QStringLiteral("Quinn Kowalski"),
             QStringLiteral("QK"), QStringLiteral("QCPerson")},
            {QStringLiteral("assembler"), QStringLiteral("demo-assembler"), QStringLiteral("Sam Okafor"),
             QStringLiteral("SO"), QStringLiteral("Assembler")},
            {QStringLiteral("service"), QStringLiteral("demo-service"), QStringLiteral("René Dubois"),
             QStringLiteral("RD"), QStringLiteral("ServiceDepartment")}};
}

DemoSeeder::DemoSeeder(ConnectionSettings superuser)
    : m_superuser(std::move(superuser))
{
}

ConnectionSettings DemoSeeder::loginAs(const QString& username) const
{
    ConnectionSettings s = m_superuser;
    s.user = username;
    for (const Login& l : logins())
        if (l.username == username)
            s.password = l.password;
    s.applicationName = QStringLiteral("cleanstation-admin seed-demo");
    return s;
}

bool DemoSeeder::run(QStringList* log, QString* error)
{
    {
        ScopedConnection super(m_superuser);
        if (!super.isOpen()) {
            *error = QStringLiteral("cannot connect to %1: %2").arg(m_superuser.describe(), super.error());
            return false;
        }
        if (m_checkSchema) {
            const Migrator::Result check = Migrator(super.db()).check();
            if (!check.ok) {
                *error = check.error;
                return false;
            }
        }
    }
    return createUsers(log, error) && importCatalog(log, error) && createOrders(log, error);
}

bool DemoSeeder::createUsers(QStringList* log, QString* error)
{
    ScopedConnection super(m_superuser);
    UserAccounts users(super.db());
    const Result<QList<UserAccount>> listed = users.list();
    if (!listed) {
        *error = listed.error().message;
        return false;
    }
    QStringList existing;
    for (const UserAccount& u : listed.value())
        existing << u.username;
    for (const Login& l : logins()) {
        if (existing.contains(l.username))
            continue;
        UserAccount u;
        u.username = l.username;
        u.fullName = l.fullName;
        u.initials = l.initials;
        u.role = l.role;
        if (const Result<QString> created = users.createUser(u, l.password); !created) {
            *error = QStringLiteral("creating demo user %1: %2").arg(l.username, created.error().message);
            return false;
        }
        log->append(QStringLiteral("created user %1 (%2)").arg(l.username, l.role));
    }
    return true;
}

bool DemoSeeder::importCatalog(QStringList* log, QString* error)
{
    ScopedConnection admin(loginAs(QStringLiteral("admin")));
    if (!admin.isOpen()) {
        *error = QStringLiteral("cannot log in as the demo admin: %1").arg(admin.error());
        return false;
    }
    QVariant parts;
    if (!exec(admin.db(), QStringLiteral("SELECT count(*) FROM cs.parts"), {}, error, &parts))
        return false;
    if (parts.toInt() > 0)
        return true; // a catalog is there already (the demo one, or a real one imported by hand)
    const CatalogImporter::Result r = CatalogImporter(admin.db()).importDirectory(kDemoCatalog);
    if (!r.ok) {
        QStringList problems;
        for (const domain::CatalogProblem& p : r.problems)
            problems << p.toString();
        *error = QStringLiteral("importing the demo catalog: %1").arg(r.error.isEmpty() ? problems.join(u"; ") : r.error);
        return false;
    }
    log->append(QStringLiteral("imported the demo catalog: %1 parts, %2 assemblies (revision %3)")
                    .arg(r.parts)
                    .arg(r.assemblies)
                    .arg(r.revision));
    return true;
}

bool DemoSeeder::createOrders(QStringList* log, QString* error)
{
    QFile file(kDemoOrders);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(kDemoOrders);
        return false;
    }
    const QJsonArray orders = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("orders")).toArray();

    ScopedConnection coord(loginAs(QStringLiteral("coord")));
    if (!coord.isOpen()) {
        *error = QStringLiteral("cannot log in as the demo coordinator: %1").arg(coord.error());
        return false;
    }
    domain::CatalogData data;
    if (!CatalogLoader(coord.db()).load(&data, error))
        return false;
    const domain::CatalogPtr catalog = domain::Catalog::fromData(data);
    const QDate today = QDate::currentDate();

    for (const QJsonValue value : orders) {
        const QJsonObject entry = value.toObject();
        QString parseError;
        std::optional<domain::OrderConfiguration> config =
            domain::OrderConfiguration::fromJson(entry.value(QStringLiteral("config")).toObject(), &parseError);
        if (!config) {
            *error = QStringLiteral("demo order: %1").arg(parseError);
            return false;
        }
        config->order.wantDate = today.addDays(entry.value(QStringLiteral("wantInDays")).toInt(30));
        QVariant exists;
        if (!exec(coord.db(), QStringLiteral("SELECT count(*) FROM cs.purchase_orders WHERE upper(po_number) = upper(?)"),
                  {config->order.poNumber}, error, &exists))
            return false;
        if (exists.toInt() > 0)
            continue;

        const domain::GenerationResult generated = domain::BomGenerator::generate(*catalog, *config, today);
        if (!generated.valid) {
            *error = QStringLiteral("demo order %1 does not validate: %2")
                         .arg(config->order.poNumber, generated.errorCodes().join(u", "));
            return false;
        }
        const SubmitResult submitted = OrderRepository(coord.db()).submit(*config, generated);
        if (!submitted.ok) {
            *error = QStringLiteral("submitting demo order %1: %2").arg(config->order.poNumber, submitted.error.message);
            return false;
        }
        const QString target = entry.value(QStringLiteral("targetStatus")).toString();
        for (const SubmittedBuild& build : submitted.builds) {
            for (const Step& step : stepsFromCreated()) {
                if (target == u"OrderCreated")
                    break;
                // A signature needs a freshly authenticated connection: open one per signed step.
                ScopedConnection actor(loginAs(step.username));
                if (!actor.isOpen()) {
                    *error = QStringLiteral("cannot log in as %1: %2").arg(step.username, actor.error());
                    return false;
                }
                if (step.to == u"PartsSent") {
                    QString initials;
                    for (const Login& l : logins())
                        if (l.username == step.username)
                            initials = l.initials;
                    if (!exec(actor.db(), QStringLiteral("SELECT cs.approve_bom(CAST(? AS uuid), true, ?, ?)"),
                              {build.bomId, QStringLiteral("Demo: quantities and ids checked against the drawing."), initials},
                              error))
                        return false;
                }
                QVariant rowVersion;
                if (!exec(actor.db(), QStringLiteral("SELECT row_version FROM cs.orders WHERE order_id = CAST(? AS uuid)"),
                          {build.orderId}, error, &rowVersion)
                    || !exec(actor.db(), QStringLiteral("SELECT cs.transition_order(CAST(? AS uuid), ?, ?, ?)"),
                             {build.orderId, step.to, step.note, rowVersion.toInt()}, error))
                    return false;
                if (step.to == target)
                    break;
            }
        }
        log->append(QStringLiteral("created demo order %1 (%2 build(s), %3)")
                        .arg(config->order.poNumber)
                        .arg(submitted.builds.size())
                        .arg(target));
    }
    return true;
}

} // namespace cs::data
