#include "data/admin/demochecklists.h"

#include "data/orders/orderpagerepository.h"
#include "data/qc/checklistrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace cs::data {

using namespace cs::domain;

namespace {

QVariant valueFor(const ChecklistEntry& e, const ChecklistInstance& form, const QString& initials, const QDate& today)
{
    const QString build = form.subject().buildNumber;
    switch (e.item.type) {
    case ChecklistItemType::Check:
    case ChecklistItemType::YesNo:
        return true;
    case ChecklistItemType::PassFail:
        return QStringLiteral("PASS");
    case ChecklistItemType::Choice:
        for (const QString& o : e.options)
            if (o != u"Other")
                return o;
        return {};
    case ChecklistItemType::MultiCheck:
        for (const QString& o : e.options)
            if (o != u"Other")
                return QStringList{o};
        return QStringList{};
    case ChecklistItemType::Number:
        if (e.expectedNumber)
            return *e.expectedNumber;
        if (e.item.min && e.item.max)
            return (*e.item.min + *e.item.max) / 2;
        if (e.item.min)
            return *e.item.min;
        if (e.item.max)
            return *e.item.max;
        return 1;
    case ChecklistItemType::Date:
        return today;
    case ChecklistItemType::Serial:
        return QStringLiteral("SN-%1-%2%3")
            .arg(build, QString(e.item.id).remove(u'.').toUpper(), e.position > 0 ? QString::number(e.position) : QString());
    case ChecklistItemType::Initials:
        return initials;
    case ChecklistItemType::Text:
        if (e.item.id.contains(u"job", Qt::CaseInsensitive) || e.item.text.contains(u"job", Qt::CaseInsensitive))
            return build;
        if (e.item.text.contains(u"build", Qt::CaseInsensitive) || e.item.text.contains(u"serial", Qt::CaseInsensitive))
            return build;
        if (e.item.text.contains(u"PO", Qt::CaseSensitive))
            return form.subject().order.poNumber;
        return QStringLiteral("OK");
    }
    return {};
}

} // namespace

ChecklistAnswers DemoChecklists::passingAnswers(const ChecklistInstance& form, const QString& personName,
                                                const QString& initials, const QDate& today)
{
    ChecklistAnswers answers;
    for (const ChecklistEntry& e : form.entries()) {
        if (!e.applies)
            continue;
        const QVariant prefilled = form.prefill(e, personName, initials, today);
        const QVariant v = prefilled.isValid() ? prefilled : valueFor(e, form, initials, today);
        if (v.isValid())
            answers.insert({e.sectionId, e.item.id, e.position}, ChecklistAnswer::of(v));
    }
    for (const ChecklistSectionInstance& s : form.sections())
        if (s.sectionCheck && s.present)
            answers.insert({s.sectionId, ChecklistPassRule::kSectionCheckItem.toString(), s.position}, ChecklistAnswer::of(true));
    return answers;
}

bool DemoAssembly::inPart(const ChecklistAnswerKey& key, Part part)
{
    const bool packing = key.section == u"S4";
    return part == Part::Whole || (part == Part::Packing) == packing;
}

bool DemoAssembly::exec(QSqlDatabase& db, const QString& sql, const QVariantList& values, QString* error, QVariant* first)
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

bool DemoAssembly::transition(QSqlDatabase& db, const QString& orderId, const QString& to, const QString& note, QString* error)
{
    QVariant rowVersion;
    return exec(db, QStringLiteral("SELECT row_version FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {orderId}, error,
                &rowVersion)
           && exec(db, QStringLiteral("SELECT cs.transition_order(CAST(? AS uuid), ?, ?, ?)"),
                   {orderId, to, note.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(note), rowVersion.toInt()},
                   error);
}

bool DemoAssembly::claim(QSqlDatabase& db, const QString& orderId, QString* error)
{
    QVariant rowVersion;
    return exec(db, QStringLiteral("SELECT row_version FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {orderId}, error,
                &rowVersion)
           && exec(db, QStringLiteral("SELECT cs.claim_build(CAST(? AS uuid), ?)"), {orderId, rowVersion.toInt()}, error);
}

bool DemoAssembly::fill(QSqlDatabase& db, const QString& orderId, const QString& kind, Part part, const QString& personName,
                        const QString& initials, bool failOne, QString* checklistId, QString* error, double share)
{
    QVariant id;
    if (!exec(db, QStringLiteral("SELECT cs.open_qc_checklist(CAST(? AS uuid), ?)::text"), {orderId, kind}, error, &id))
        return false;
    *checklistId = id.toString();
    // The stored template version of the checklist, and the order, instantiated the one way.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT coalesce(e.test_items, t.checklist_items)::text, c.build_number FROM cs.qc_checklists c "
                             "LEFT JOIN cs.qc_form_templates t ON t.template_id = c.template_id AND c.kind <> 'CLT' "
                             "LEFT JOIN cs.testing_form_templates e ON e.template_id = c.template_id AND c.kind = 'CLT' "
                             "WHERE c.checklist_id = CAST(? AS uuid)"));
    q.addBindValue(*checklistId);
    if (!q.exec() || !q.next()) {
        *error = QStringLiteral("reading checklist %1: %2").arg(*checklistId, q.lastError().databaseText());
        return false;
    }
    ChecklistRecord record;
    record.buildNumber = q.value(1).toString();
    record.templateVersion.json = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    const Result<OrderDetail> order = OrderPageRepository::readOrder(db, orderId);
    if (!order) {
        *error = order.error().message;
        return false;
    }
    record.orderJson = order->neutralJson();
    const std::optional<ChecklistInstance> form = record.instantiate(error);
    if (!form)
        return false;
    const ChecklistAnswers answers = DemoChecklists::passingAnswers(*form, personName, initials, QDate::currentDate());
    QList<ChecklistAnswerKey> keys;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        if (inPart(it.key(), part))
            keys.append(it.key());
    keys = keys.first(qsizetype(keys.size() * qBound(0.0, share, 1.0)));
    bool failed = false;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (!keys.contains(it.key()))
            continue;
        QVariant value = it.value().value;
        if (failOne && !failed && value.typeId() == QMetaType::QString && value.toString() == u"PASS") {
            value = QStringLiteral("FAIL");
            failed = true;
        }
        const QJsonValue json = ChecklistRepository::valueToJson(value);
        const QString text = QString::fromUtf8(QJsonDocument(QJsonArray{json}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        if (!exec(db,
                  QStringLiteral("SELECT version FROM cs.save_qc_answer(CAST(? AS uuid), ?, ?, ?, CAST(? AS jsonb), NULL, false, NULL, "
                                 "(SELECT coalesce(max(a.version), 0) FROM cs.qc_answers a WHERE a.checklist_id = CAST(? AS uuid) "
                                 "AND a.section_id = ? AND a.item_id = ? AND a.position = ?), CAST(? AS uuid))"),
                  {*checklistId, it.key().section, it.key().item, it.key().position, text, *checklistId, it.key().section,
                   it.key().item, it.key().position, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                  error)) {
            *error = QStringLiteral("%1 %2/%3/%4: %5").arg(kind, it.key().section, it.key().item).arg(it.key().position).arg(*error);
            return false;
        }
    }
    return true;
}

bool DemoAssembly::sign(QSqlDatabase& fresh, const QString& checklistId, bool pass, const QString& initials,
                        const QString& reason, QString* error)
{
    const QVariant nullText{QMetaType(QMetaType::QString)};
    return exec(fresh,
                QStringLiteral("SELECT cs.sign_qc_checklist(CAST(? AS uuid), ?, ?, NULL, ?, NULL, NULL, NULL, ?)::text"),
                {checklistId, pass, initials, pass || reason.isEmpty() ? nullText : QVariant(reason),
                 !pass || reason.isEmpty() ? nullText : QVariant(reason)},
                error);
}

bool DemoAssembly::reworkFinalQc(QSqlDatabase& db, QSqlDatabase& fresh, const QString& orderId, const QString& notes,
                                 const QString& testSection, const QString& personName, const QString& initials,
                                 QString* error)
{
    QVariant item;
    QVariant position;
    QString checklistId;
    const auto version = [&](QVariant* v) {
        return exec(db, QStringLiteral("SELECT row_version FROM cs.orders WHERE order_id = CAST(? AS uuid)"), {orderId}, error, v);
    };
    QVariant rowVersion;
    if (!claim(db, orderId, error)
        || !exec(db,
                 QStringLiteral("SELECT p->>'item' FROM jsonb_array_elements((cs.assembly_state(CAST(? AS uuid))->'rework'->"
                                "'packingOptions')) p LIMIT 1"),
                 {orderId}, error, &item)
        || !exec(db,
                 QStringLiteral("SELECT (p->>'position')::int FROM jsonb_array_elements((cs.assembly_state(CAST(? AS uuid))->'rework'->"
                                "'packingOptions')) p LIMIT 1"),
                 {orderId}, error, &position)
        || !version(&rowVersion))
        return false;
    const QString packing = item.toString().isEmpty()
                                ? QStringLiteral("[]")
                                : QStringLiteral(R"([{"item": "%1", "pos": %2}])").arg(item.toString()).arg(position.toInt());
    if (!exec(db,
              QStringLiteral("SELECT cs.record_rework(CAST(? AS uuid), ?, ARRAY[?], CAST(? AS jsonb), '{}', ?)"),
              {orderId, notes, testSection, packing, rowVersion.toInt()}, error)
        || !fill(db, orderId, QStringLiteral("CLT"), Part::Whole, personName, initials, false, &checklistId, error)
        || !sign(fresh, checklistId, true, initials, QStringLiteral("Repeated after the rework: every applicable test passed."),
                 error))
        return false;
    if (!item.toString().isEmpty()
        && !exec(db, QStringLiteral("SELECT cs.confirm_rework_packing(CAST(? AS uuid), ?, ?)"),
                 {orderId, item.toString(), position.toInt()}, error))
        return false;
    return version(&rowVersion)
           && exec(db, QStringLiteral("SELECT cs.complete_rework(CAST(? AS uuid), ?)"), {orderId, rowVersion.toInt()}, error);
}

} // namespace cs::data
