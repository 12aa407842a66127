#include "data/admin/demoseeder.h"

#include "data/assembly/workinstructionrepository.h"
#include "data/catalog/catalogimporter.h"
#include "data/catalog/catalogloader.h"
#include "data/schema/migrator.h"
#include "data/orders/orderpagerepository.h"
#include "data/orders/orderrepository.h"
#include "data/admin/demochecklists.h"
#include "data/admin/scopedconnection.h"
#include "data/admin/demoservicerequests.h"
#include "data/admin/useraccounts.h"
#include "data/qc/checklistrepository.h"
#include "data/qc/shippedtemplates.h"
#include "domain/bom/bomgenerator.h"
#include "domain/catalog/catalog.h"

#include <QDir>
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

bool exec(QSqlDatabase& db, const QString& sql, const QVariantList& values, QString* error, QVariant* first = nullptr)
{
    return DemoAssembly::exec(db, sql, values, error, first);
}

// The demo orders' way from OrderCreated, in order: each step is taken by its person through the real
// functions (signatures on freshly authenticated connections), and names the status it leaves the build
// in. A QC step signs a filled checklist; its FAIL variant (a failed item, rework) leads to the Rework
// status instead. `target` statuses off the main chain (ReworkPreQC, ReworkFinalQC) end the walk there;
// the walk stops after the last step that leaves the build in its target. The assembler's part
// (issue 13): the claim, the production checks (CLP sections 2 and 3; half of them for a build left
// ReadyForProduction), the end-of-line test (CLT; a build left TestingComplete failed its first
// attempt), the packing list (CLP S4) and the closing statement. OnHoldParts: claimed, then on hold.
// A build left ReadyForFinalQC went through a Final QC rework first (failed, reworked, its test
// repeated); builds going further skip that step.
enum class StepKind { Transition, ApproveBom, PreQc, Claim, Production, EndOfLineTest, Packing, Closing, Rework, FinalQc };
struct Step
{
    StepKind kind;
    QString to;
    QString username;
    QString note;
};
const QList<Step>& stepsFromCreated()
{
    static const QList<Step> steps{
        {StepKind::ApproveBom, QStringLiteral("PartsSent"), QStringLiteral("procure"),
         QStringLiteral("BOM approved; sink body sent to the outside shop.")},
        {StepKind::Transition, QStringLiteral("ReadyForPreQC"), QStringLiteral("procure"), QStringLiteral("Sink structure arrived.")},
        {StepKind::PreQc, QStringLiteral("ReadyForProduction"), QStringLiteral("inspector"), QString()},
        {StepKind::Claim, QStringLiteral("ReadyForProduction"), QStringLiteral("assembler"), QString()},
        {StepKind::Production, QStringLiteral("ReadyForProduction"), QStringLiteral("assembler"), QString()},
        {StepKind::EndOfLineTest, QStringLiteral("TestingComplete"), QStringLiteral("assembler"),
         QStringLiteral("Demo: every applicable test passed.")},
        {StepKind::Packing, QStringLiteral("PackagingComplete"), QStringLiteral("assembler"), QStringLiteral("Packed.")},
        {StepKind::Closing, QStringLiteral("ReadyForFinalQC"), QStringLiteral("assembler"), QString()},
        {StepKind::Rework, QStringLiteral("ReadyForFinalQC"), QStringLiteral("assembler"),
         QStringLiteral("Demo: Final QC found the drain of basin 1 dripping; the drain valve was replaced and its box repacked.")},
        {StepKind::FinalQc, QStringLiteral("ReadyForShip"), QStringLiteral("inspector"), QString()},
        {StepKind::Transition, QStringLiteral("Shipped"), QStringLiteral("coord"), QStringLiteral("Shipped with the carrier.")}};
    return steps;
}

QString fullNameOf(const QString& username)
{
    for (const DemoSeeder::Login& l : DemoSeeder::logins())
        if (l.username == username)
            return l.fullName;
    return {};
}

QString initialsOf(const QString& username)
{
    for (const DemoSeeder::Login& l : DemoSeeder::logins())
        if (l.username == username)
            return l.initials;
    return {};
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
    return createUsers(log, error) && importCatalog(log, error) && importTemplates(log, error)
           && importWorkInstructions(log, error) && createOrders(log, error)
           && DemoServiceRequests::seed([this](const QString& username) { return loginAs(username); }, log, error);
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
        if (exists.toInt() > 0) {
            // An order of an earlier seeding: its drawing, when that version did not attach one.
            QSqlQuery q(coord.db());
            q.prepare(QStringLiteral("SELECT o.order_id::text, jsonb_array_length(coalesce(o.config->'basins', '[]')) FROM cs.orders o "
                                     "WHERE upper(o.po_number) = upper(?) AND NOT EXISTS (SELECT 1 FROM cs.order_documents d "
                                     "WHERE d.order_id = o.order_id AND d.document_type IN ('Drawing', 'ApprovedDrawing'))"));
            q.addBindValue(config->order.poNumber);
            if (!q.exec()) {
                *error = q.lastError().databaseText();
                return false;
            }
            QList<QPair<QString, int>> missing;
            while (q.next())
                missing.append({q.value(0).toString(), q.value(1).toInt()});
            for (const auto& [orderId, basins] : std::as_const(missing)) {
                if (!attachDrawing(coord.db(), orderId, basins, error))
                    return false;
                log->append(QStringLiteral("attached a drawing to demo order %1").arg(config->order.poNumber));
            }
            continue;
        }

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
            int basins = 1;
            for (const domain::BuildEntry& b : config->builds)
                if (b.buildNumber == build.buildNumber && b.config)
                    basins = int(b.config->basins.size());
            if (!attachDrawing(coord.db(), build.orderId, basins, error) || !walk(build, target, error))
                return false;
        }
        log->append(QStringLiteral("created demo order %1 (%2 build(s), %3)")
                        .arg(config->order.poNumber)
                        .arg(submitted.builds.size())
                        .arg(target));
    }
    return true;
}

bool DemoSeeder::importTemplates(QStringList* log, QString* error)
{
    ScopedConnection admin(loginAs(QStringLiteral("admin")));
    if (!admin.isOpen()) {
        *error = QStringLiteral("cannot log in as the demo admin: %1").arg(admin.error());
        return false;
    }
    for (const ShippedTemplate& t : ShippedTemplates::all()) {
        const Result<bool> latest = ShippedTemplates::isLatest(admin.db(), t.json);
        if (!latest) {
            *error = latest.error().message;
            return false;
        }
        if (latest.value())
            continue;
        Result<ChecklistTemplateVersion> stored = ChecklistRepository::importTemplate(admin.db(), t.json);
        if (stored)
            stored = ChecklistRepository::publish(admin.db(), stored->templateId);
        if (!stored) {
            *error = QStringLiteral("storing the checklist template %1: %2").arg(t.resource, stored.error().message);
            return false;
        }
        log->append(QStringLiteral("published checklist template %1 version %2").arg(stored->key).arg(stored->version));
    }
    return true;
}

// The tools and work instructions of resources/demo/work-instructions, as the demo Admin through the
// server's functions (pictures first), each instruction published; a tool or an instruction key already
// there is left alone.
bool DemoSeeder::importWorkInstructions(QStringList* log, QString* error)
{
    ScopedConnection admin(loginAs(QStringLiteral("admin")));
    if (!admin.isOpen()) {
        *error = QStringLiteral("cannot log in as the demo admin: %1").arg(admin.error());
        return false;
    }
    QSqlDatabase& db = admin.db();
    const QString dir = QStringLiteral(":/demo/work-instructions/");
    QVariant toolCount;
    if (!DemoAssembly::exec(db, QStringLiteral("SELECT count(*) FROM cs.tools WHERE updated_by IS NOT NULL"), {}, error, &toolCount))
        return false;
    if (toolCount.toInt() == 0) {
        const Result<QStringList> tools = WorkInstructionRepository::importToolsFile(db, dir + QStringLiteral("tools.json"));
        if (!tools) {
            *error = QStringLiteral("saving the demo tools: %1").arg(tools.error().message);
            return false;
        }
        log->append(QStringLiteral("saved %1 demo tools").arg(tools->size()));
    }
    for (const QString& name : QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        if (name == u"tools.json")
            continue;
        QFile f(dir + name);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the demo work instruction %1").arg(name);
            return false;
        }
        const QString key = QJsonDocument::fromJson(f.readAll()).object().value(u"key").toString();
        QVariant known;
        if (!DemoAssembly::exec(db, QStringLiteral("SELECT count(*) FROM cs.work_instructions WHERE wi_key = ?"), {key}, error,
                                &known))
            return false;
        if (known.toInt() > 0)
            continue;
        Result<QString> id = WorkInstructionRepository::importInstructionFile(db, dir + name);
        Result<int> version = id ? WorkInstructionRepository::publish(db, id.value()) : Result<int>(id.error());
        if (!version) {
            *error = QStringLiteral("storing the demo work instruction %1: %2").arg(name, version.error().message);
            return false;
        }
        log->append(QStringLiteral("published work instruction %1 version %2").arg(key).arg(version.value()));
    }
    return true;
}

bool DemoSeeder::attachDrawing(QSqlDatabase& db, const QString& orderId, int basins, QString* error)
{
    const QString name = QStringLiteral("sink-%1basin.pdf").arg(qBound(1, basins, 3));
    QFile f(QStringLiteral(":/demo/drawings/") + name);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the demo drawing %1").arg(f.fileName());
        return false;
    }
    return exec(db, QStringLiteral("SELECT cs.attach_document(CAST(? AS uuid), ?, 'application/pdf', ?, 'ApprovedDrawing')"),
                {orderId, QStringLiteral("approved-drawing-") + name, f.readAll()}, error);
}

bool DemoSeeder::walk(const SubmittedBuild& build, const QString& target, QString* error)
{
    if (target == u"OrderCreated")
        return true;
    const bool failPreQc = target == u"ReworkPreQC";
    const bool failFinalQc = target == u"ReworkFinalQC";
    const bool onHold = target == u"OnHoldParts";
    const QList<Step>& steps = stepsFromCreated();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Step& step = steps.at(i);
        if (step.kind == StepKind::Rework && target != u"ReadyForFinalQC")
            continue;
        // A signature needs a freshly authenticated connection: one connection per step.
        ScopedConnection actor(loginAs(step.username));
        if (!actor.isOpen()) {
            *error = QStringLiteral("cannot log in as %1: %2").arg(step.username, actor.error());
            return false;
        }
        const QString name = fullNameOf(step.username);
        const QString initials = initialsOf(step.username);
        QString checklistId;
        bool ok = true;
        switch (step.kind) {
        case StepKind::ApproveBom:
            ok = exec(actor.db(), QStringLiteral("SELECT cs.approve_bom(CAST(? AS uuid), true, ?, ?)"),
                      {build.bomId, QStringLiteral("Demo: quantities and ids checked against the drawing."), initials}, error)
                 && DemoAssembly::transition(actor.db(), build.orderId, step.to, step.note, error);
            break;
        case StepKind::Transition:
            if (step.to == u"Shipped") {
                // Shipping records its ship date (cs.ship_order, 52_shipping.sql): today, with a carrier.
                ok = exec(actor.db(),
                          QStringLiteral("SELECT cs.ship_order(o.order_id, current_date, 'Demo Freight', ?, o.row_version) "
                                         "FROM cs.orders o WHERE o.order_id = CAST(? AS uuid)"),
                          {QStringLiteral("DEMO-%1").arg(build.buildNumber), build.orderId}, error);
                break;
            }
            ok = DemoAssembly::transition(actor.db(), build.orderId, step.to, step.note, error);
            break;
        case StepKind::PreQc:
            ok = signChecklist(step.username, build, QStringLiteral("PreQC"), !failPreQc, error);
            break;
        case StepKind::Claim:
            // The claimed build's task list (what the bench shows beside the production checks).
            ok = DemoAssembly::claim(actor.db(), build.orderId, error)
                 && DemoAssembly::exec(actor.db(), QStringLiteral("SELECT cs.ensure_task_list(CAST(? AS uuid))"), {build.orderId},
                                       error);
            if (ok && onHold)
                ok = DemoAssembly::transition(actor.db(), build.orderId, target,
                                              QStringLiteral("Waiting for the second valve plate (back-ordered, due in 10 days)."),
                                              error);
            break;
        case StepKind::Production:
            ok = DemoAssembly::fill(actor.db(), build.orderId, QStringLiteral("CLP"), DemoAssembly::Part::Production, name,
                                    initials, false, &checklistId, error, target == u"ReadyForProduction" ? 0.5 : 1.0);
            break;
        case StepKind::EndOfLineTest:
            if (target == u"TestingComplete") {
                // The first attempt failed (a test found not right), signed FAIL; the second passed.
                ScopedConnection signer(loginAs(step.username));
                ok = DemoAssembly::fill(actor.db(), build.orderId, QStringLiteral("CLT"), DemoAssembly::Part::Whole, name,
                                        initials, true, &checklistId, error)
                     && DemoAssembly::sign(signer.db(), checklistId, false, initials,
                                           QStringLiteral("Demo: a test failed; the connection was remade and tested again."),
                                           error);
            }
            if (ok) {
                ScopedConnection signer(loginAs(step.username));
                ok = DemoAssembly::fill(actor.db(), build.orderId, QStringLiteral("CLT"), DemoAssembly::Part::Whole, name, initials,
                                        false, &checklistId, error)
                     && DemoAssembly::sign(signer.db(), checklistId, true, initials, step.note, error);
            }
            break;
        case StepKind::Packing:
            ok = DemoAssembly::fill(actor.db(), build.orderId, QStringLiteral("CLP"), DemoAssembly::Part::Packing, name, initials,
                                    false, &checklistId, error)
                 && DemoAssembly::transition(actor.db(), build.orderId, step.to, step.note, error);
            break;
        case StepKind::Closing: {
            ScopedConnection signer(loginAs(step.username));
            QVariant clp;
            ok = exec(actor.db(), QStringLiteral("SELECT checklist_id::text FROM cs.qc_checklists WHERE order_id = CAST(? AS uuid) "
                                                 "AND kind = 'CLP' AND state = 'open'"),
                      {build.orderId}, error, &clp)
                 && DemoAssembly::sign(signer.db(), clp.toString(), true, initials, step.note, error);
            break;
        }
        case StepKind::FinalQc:
            ok = signChecklist(step.username, build, QStringLiteral("FinalQC"), !failFinalQc, error);
            break;
        case StepKind::Rework: {
            // The build ready for Final QC came back from a Final QC rework (issue 13): failed with
            // rework, reworked by the assembler, its end-of-line test repeated.
            ScopedConnection signer(loginAs(step.username));
            ok = signChecklist(QStringLiteral("inspector"), build, QStringLiteral("FinalQC"), false, error)
                 && DemoAssembly::reworkFinalQc(actor.db(), signer.db(), build.orderId, step.note, QStringLiteral("D"), name,
                                                initials, error);
            break;
        }
        }
        if (!ok) {
            *error = QStringLiteral("build %1, step to %2: %3").arg(build.buildNumber, step.to, *error);
            return false;
        }
        const bool lastToTarget = step.to == target && (i + 1 == steps.size() || steps.at(i + 1).to != target);
        if (lastToTarget || (onHold && step.kind == StepKind::Claim) || (failPreQc && step.kind == StepKind::PreQc)
            || (failFinalQc && step.kind == StepKind::FinalQc))
            break;
    }
    return true;
}

// The demo's checklists as a careful inspector fills them: every answer through cs.save_qc_answer, then
// the signature on a fresh connection. A FAIL has one item failed or unticked and a rework decision.
bool DemoSeeder::signChecklist(const QString& username, const SubmittedBuild& build, const QString& qcType, bool pass,
                               QString* error)
{
    const QString initials = initialsOf(username);
    QString checklistId;
    {
        ScopedConnection inspector(loginAs(username));
        const Result<QString> opened = ChecklistRepository::open(inspector.db(), build.orderId, qcType);
        if (!opened) {
            *error = opened.error().message;
            return false;
        }
        checklistId = opened.value();
        const Result<ChecklistRecord> record = ChecklistRepository::load(inspector.db(), checklistId);
        if (!record) {
            *error = record.error().message;
            return false;
        }
        const std::optional<domain::ChecklistInstance> instance = record->instantiate(error);
        if (!instance)
            return false;
        const domain::ChecklistInstance& form = *instance;
        const domain::ChecklistAnswers answers =
            DemoChecklists::passingAnswers(form, fullNameOf(username), initials, QDate::currentDate());
        bool failedOne = false;
        for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
            ChecklistAnswerWrite write;
            write.checklistId = checklistId;
            write.key = it.key();
            write.answer = it.value();
            write.clientKey = QUuid::createUuid();
            // The failed attempt: the first check item found not right.
            if (!pass && !failedOne && it.value().value.typeId() == QMetaType::Bool && it.key().position <= 1
                && it.key().section != domain::ChecklistTemplate::kHeaderSection
                && it.key().item != domain::ChecklistPassRule::kSectionCheckItem) {
                write.answer = domain::ChecklistAnswer::of(false);
                failedOne = true;
            }
            if (const Result<ChecklistAnswerSaved> saved = ChecklistRepository::saveAnswer(inspector.db(), write); !saved) {
                *error = QStringLiteral("answer %1/%2/%3: %4")
                             .arg(write.key.section, write.key.item)
                             .arg(write.key.position)
                             .arg(saved.error().message);
                return false;
            }
        }
    }
    ChecklistSignOff signOff;
    signOff.checklistId = checklistId;
    signOff.pass = pass;
    signOff.initials = initials;
    if (!pass) {
        signOff.failReason = QStringLiteral("Demo: an item was found not right; sent back for rework.");
        signOff.failCategory = QStringLiteral("Structure");
        signOff.failSeverity = QStringLiteral("Minor");
        signOff.rework = true;
    }
    const Result<QString> signedOff = ChecklistRepository::sign(loginAs(username), loginAs(username).password, signOff);
    if (!signedOff) {
        *error = signedOff.error().message;
        return false;
    }
    return true;
}

} // namespace cs::data
