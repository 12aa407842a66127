#include "data/orders/orderrepository.h"

#include "data/common/worker.h"
#include "domain/orders/documentrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cs::data {

namespace {

const QStringList kOrderFields{QStringLiteral("poNumber"),    QStringLiteral("customerName"),
                               QStringLiteral("projectName"), QStringLiteral("salesPerson"),
                               QStringLiteral("wantDate"),    QStringLiteral("language"),
                               QStringLiteral("notes")};

QJsonObject parseObject(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

int buildIndexOf(const domain::OrderConfiguration* config, const QString& buildNumber)
{
    if (!config || buildNumber.isEmpty())
        return -1;
    for (qsizetype i = 0; i < config->builds.size(); ++i)
        if (config->builds.at(i).buildNumber.trimmed().compare(buildNumber, Qt::CaseInsensitive) == 0)
            return int(i);
    return -1;
}

// The build a message names, for refusals whose code carries no "@build" ("build number X is ...").
QString buildNamedIn(const domain::OrderConfiguration* config, const QString& message)
{
    if (!config)
        return {};
    for (const domain::BuildEntry& b : config->builds) {
        const QString number = b.buildNumber.trimmed();
        if (number.isEmpty())
            continue;
        const QRegularExpression word(QStringLiteral("(^|[^A-Za-z0-9-])%1($|[^A-Za-z0-9-])")
                                          .arg(QRegularExpression::escape(number)),
                                      QRegularExpression::CaseInsensitiveOption);
        if (word.match(message).hasMatch())
            return number;
    }
    return {};
}

OrderError localError(const QString& code, const QString& field, const QString& message,
                      const QString& buildNumber = {})
{
    OrderError e;
    e.code = code;
    e.field = field;
    e.message = message;
    e.buildNumber = buildNumber;
    return e;
}

} // namespace

OrderRepository::OrderRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

OrderError OrderRepository::errorFrom(const QSqlError& error, const domain::OrderConfiguration* config)
{
    return errorFrom(DbError::fromSql(error), config);
}

OrderError OrderRepository::errorFrom(const DbError& cause, const domain::OrderConfiguration* config)
{
    OrderError e;
    e.cause = cause;
    e.sqlState = cause.sqlState;
    e.serverField = cause.field;
    if (cause.code.isEmpty() || cause.kind == DbError::Kind::ConnectionLost || cause.kind == DbError::Kind::Timeout
        || cause.kind == DbError::Kind::Cancelled) {
        // No code of the server's own: a lost connection, a time-out, a permission, ...
        e.code = QStringLiteral("E-DB");
        e.message = cause.kind == DbError::Kind::Other || cause.kind == DbError::Kind::Refused
            ? tr("The server refused the order: %1").arg(cause.message)
            : cause.userMessage();
        return e;
    }
    e.code = cause.code;
    e.buildNumber = cause.qualifier;
    e.message = cause.kind == DbError::Kind::Permission ? cause.userMessage() : cause.message;

    if (e.serverField.isEmpty()) {
        e.field.clear();
    } else if (kOrderFields.contains(e.serverField)) {
        e.field = QStringLiteral("order.") + e.serverField;
    } else if (e.serverField == u"family" || e.serverField == u"builds") {
        e.field = e.serverField;
    } else {
        // A build's field: buildNumber, config, bom, catalogRevision.
        if (e.buildNumber.isEmpty())
            e.buildNumber = buildNamedIn(config, e.message);
        const int index = buildIndexOf(config, e.buildNumber);
        const QString sub = e.serverField == u"catalogRevision" ? QStringLiteral("bom") : e.serverField;
        e.field = index >= 0 ? QStringLiteral("builds[%1].%2").arg(index).arg(sub) : sub;
    }
    if (e.code == u"E-BUILD-UNIQUE" || e.code == u"E-BUILD-MIN3" || e.code == u"E-BUILD-CHARS")
        e.buildNumber.clear(); // order-level codes (CONFIGURATION.md 8); the field names the build
    return e;
}

QJsonObject OrderRepository::submitPayload(const domain::OrderConfiguration& config,
                                           const domain::GenerationResult& generated)
{
    QJsonObject p = config.toJson();
    QJsonArray builds = p.value(u"builds").toArray();
    for (qsizetype i = 0; i < builds.size() && i < generated.builds.size(); ++i) {
        QJsonObject b = builds.at(i).toObject();
        b.insert(QStringLiteral("bom"), parseObject(generated.builds.at(i).canonicalJson()));
        b.insert(QStringLiteral("catalogRevision"), generated.catalogRevision);
        builds.replace(i, b);
    }
    p.insert(QStringLiteral("builds"), builds);
    return p;
}

SubmitResult OrderRepository::submit(const domain::OrderConfiguration& config,
                                     const domain::GenerationResult& generated,
                                     const QList<OrderAttachment>& attachments)
{
    SubmitResult r;
    // The BOM must be the generator's result for this very configuration.
    if (!generated.valid) {
        for (const domain::ValidationIssue& i : generated.issues) {
            if (i.isError()) {
                r.error = localError(i.code, i.field, i.message, i.buildNumber);
                return r;
            }
        }
        r.error = localError(QStringLiteral("E-BOM-INVALID"), QStringLiteral("builds"),
                             tr("The configuration has errors; correct them before submitting."));
        return r;
    }
    if (generated.builds.size() != config.builds.size()) {
        r.error = localError(QStringLiteral("E-BOM-STALE"), QStringLiteral("builds"),
                             tr("The BOM preview does not match the builds of this order; wait for the "
                                "preview to be regenerated and submit again."));
        return r;
    }
    for (qsizetype i = 0; i < config.builds.size(); ++i) {
        const domain::BuildBom& bom = generated.builds.at(i);
        if (bom.buildNumber != config.builds.at(i).buildNumber || !bom.generated) {
            r.error = localError(QStringLiteral("E-BOM-STALE"), QStringLiteral("builds[%1].bom").arg(i),
                                 tr("The BOM preview of build %1 does not match the configuration; wait for the "
                                    "preview to be regenerated and submit again.")
                                     .arg(config.builds.at(i).buildNumber),
                                 config.builds.at(i).buildNumber);
            return r;
        }
    }

    // The attached files pass the rules of every document (domain::DocumentRules: type, size, content),
    // on the bytes sent now: nothing is written otherwise.
    QStringList mimeTypes;
    for (const OrderAttachment& a : attachments) {
        QString mime;
        QString why;
        if (!domain::DocumentRules::check(a.filename, a.content, &mime, &why)) {
            r.error = localError(QStringLiteral("E-DOCUMENT"), QStringLiteral("attachments"), why);
            return r;
        }
        mimeTypes << mime;
    }

    if (!m_db.transaction()) {
        r.error = errorFrom(m_db.lastError(), &config);
        return r;
    }
    auto rollback = [&](const QSqlError& e) {
        r.error = errorFrom(e, &config);
        m_db.rollback();
        r.createdCustomParts.clear();
        return r;
    };

    // Custom parts (9.12) first, in the same transaction: the BOM may only name catalog items.
    QSet<QString> seen;
    QSqlQuery custom(m_db);
    for (const domain::BuildBom& bom : generated.builds) {
        for (const domain::BomLine& line : bom.customParts()) {
            if (seen.contains(line.id))
                continue;
            seen.insert(line.id);
            if (!worker::exec(custom, QStringLiteral("SELECT cs.ensure_custom_part(:id, :name)"),
                              {{QStringLiteral(":id"), line.id}, {QStringLiteral(":name"), line.customName}})
                     .ok()
                || !custom.next())
                return rollback(custom.lastError());
            if (custom.value(0).toBool())
                r.createdCustomParts << line.id;
        }
    }

    QSqlQuery q(m_db);
    const QString payload =
        QString::fromUtf8(QJsonDocument(submitPayload(config, generated)).toJson(QJsonDocument::Compact));
    if (!worker::exec(q, QStringLiteral("SELECT cs.submit_order(CAST(:p AS jsonb))::text"), {{QStringLiteral(":p"), payload}})
             .ok()
        || !q.next())
        return rollback(q.lastError());
    const QJsonObject answer = parseObject(q.value(0).toString().toUtf8());
    q.finish();

    // The attached files, for every build's order row, in the same transaction.
    if (!attachments.isEmpty()) {
        QSqlQuery doc(m_db);
        for (const QJsonValue& v : answer.value(u"builds").toArray()) {
            for (qsizetype i = 0; i < attachments.size(); ++i) {
                const OrderAttachment& a = attachments.at(i);
                const QVariantMap values{{QStringLiteral(":order"), v.toObject().value(u"orderId").toString()},
                                         {QStringLiteral(":name"), a.filename},
                                         {QStringLiteral(":type"), mimeTypes.at(i)},
                                         {QStringLiteral(":content"), a.content},
                                         {QStringLiteral(":kind"), a.documentType}};
                if (!worker::exec(doc, QStringLiteral("SELECT cs.attach_document(CAST(:order AS uuid), :name, :type, :content, :kind)"),
                                  values)
                         .ok()) {
                    r.error = errorFrom(doc.lastError(), &config);
                    if (r.error.field.isEmpty())
                        r.error.field = QStringLiteral("attachments");
                    m_db.rollback();
                    return r;
                }
            }
        }
    }
    if (!m_db.commit())
        return rollback(m_db.lastError());

    r.poId = answer.value(u"poId").toString();
    const QJsonArray builds = answer.value(u"builds").toArray();
    for (const QJsonValue& v : builds) {
        const QJsonObject b = v.toObject();
        r.builds.append(SubmittedBuild{b.value(u"buildNumber").toString(), b.value(u"orderId").toString(),
                                       b.value(u"bomId").toString(), b.value(u"bomSha256").toString()});
    }
    r.ok = true;
    return r;
}

RegenerateResult OrderRepository::regenerate(const QString& orderId, int expectedRowVersion,
                                             const domain::BuildBom& bom, qint64 catalogRevision,
                                             const QString& note)
{
    RegenerateResult r;
    if (!bom.generated) {
        r.error = localError(QStringLiteral("E-BOM-INVALID"), QStringLiteral("bom"),
                             tr("Build %1 has no BOM: its configuration has errors.").arg(bom.buildNumber),
                             bom.buildNumber);
        return r;
    }
    if (!m_db.transaction()) {
        r.error = errorFrom(m_db.lastError());
        return r;
    }
    auto rollback = [&](const QSqlError& e) {
        r.error = errorFrom(e);
        m_db.rollback();
        return r;
    };
    QSqlQuery custom(m_db);
    custom.prepare(QStringLiteral("SELECT cs.ensure_custom_part(:id, :name)"));
    for (const domain::BomLine& line : bom.customParts()) {
        custom.bindValue(QStringLiteral(":id"), line.id);
        custom.bindValue(QStringLiteral(":name"), line.customName);
        if (!custom.exec())
            return rollback(custom.lastError());
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT cs.regenerate_bom(CAST(:order AS uuid), CAST(:bom AS jsonb), :rev, :note, :rv)::text"));
    q.bindValue(QStringLiteral(":order"), orderId);
    q.bindValue(QStringLiteral(":bom"), QString::fromUtf8(bom.canonicalJson()));
    q.bindValue(QStringLiteral(":rev"), catalogRevision);
    q.bindValue(QStringLiteral(":note"), note);
    q.bindValue(QStringLiteral(":rv"), expectedRowVersion);
    if (!q.exec() || !q.next())
        return rollback(q.lastError());
    const QJsonObject answer = parseObject(q.value(0).toString().toUtf8());
    q.finish();
    if (!m_db.commit())
        return rollback(m_db.lastError());
    r.bomId = answer.value(u"bomId").toString();
    r.bomSha256 = answer.value(u"bomSha256").toString();
    r.version = answer.value(u"version").toInt();
    r.ok = true;
    return r;
}

int OrderRepository::rowVersion(const QString& orderId, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT row_version FROM cs.orders WHERE order_id = CAST(:id AS uuid)"));
    q.bindValue(QStringLiteral(":id"), orderId);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().isValid() ? q.lastError().text() : tr("No order %1.").arg(orderId);
        return -1;
    }
    return q.value(0).toInt();
}

} // namespace cs::data
