#pragma once

// Shared by the checklist and bench GUI tests: the customer's forms and the acceptance orders, read
// from the shared folder beside the checkout (never copied into the project), statements for the
// set-up, and the wait for a checklist screen's answers.
#include "people.h"
#include "testdatabase.h"
#include "testpaths.h"
#include "ui/common/signaturedialog.h"
#include "ui/qc/checklistitemwidget.h"
#include "ui/qc/checklistpage.h"

#include <QApplication>
#include <QBuffer>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QString>
#include <QTest>

namespace cs::test {

// An approved drawing as the coordinator attaches it: a one-page PDF that the checklist page's drawing
// view opens (a file that only starts like a PDF is the unreadable-drawing case of its own tests).
inline QByteArray drawingPdf()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        QPainter p(&writer);
        p.drawText(QPointF(200, 400), QStringLiteral("T2-B3 approved drawing"));
        p.drawRect(QRectF(200, 600, 6000, 3000));
    }
    return buffer.data();
}

// Waits until every answer given on the page is stored.
inline bool settled(ui::ChecklistPage* page, int timeoutMs = 60000)
{
    if (QTest::qWaitFor([page] { return page->isLoaded() && page->pendingCount() == 0 && !page->isSending(); }, timeoutMs))
        return true;
    qWarning("not settled: loaded %d, pending %d, sending %d, message: %s", page->isLoaded(), page->pendingCount(),
             page->isSending(), qPrintable(page->messageText()));
    return false;
}

inline QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// One of the customer's forms ("pre-qc.json", ...).
inline QJsonObject sharedForm(const QString& file)
{
    return readJson(sharedPath(u"domain/checklists/") + file);
}

// Imports and publishes checklist forms through `admin` (an Admin's connection), as an Admin does.
// False with *error on the first that fails.
inline bool publishForms(QSqlDatabase admin, const QList<QJsonObject>& forms, QString* error)
{
    for (const QJsonObject& json : forms) {
        const QString id = json.value(u"id").toString();
        if (json.isEmpty()) {
            *error = QStringLiteral("a form is empty (not found or not JSON)");
            return false;
        }
        QVariant templateId;
        if (!ScratchDatabase::exec(admin, QStringLiteral("SELECT template_id::text FROM cs.import_checklist_template(CAST(? AS jsonb))"),
                                   {compact(json)}, error, &templateId)
            || !ScratchDatabase::exec(admin, QStringLiteral("SELECT cs.publish_checklist_template(CAST(? AS uuid))"), {templateId},
                                      error)) {
            *error = id + QStringLiteral(": ") + *error;
            return false;
        }
    }
    return true;
}

// The customer's forms (`files`: "pre-qc.json", ...), imported and published as publishForms does.
inline bool publishSharedForms(QSqlDatabase admin, const QStringList& files, QString* error)
{
    QList<QJsonObject> forms;
    for (const QString& file : files)
        forms.append(sharedForm(file));
    return publishForms(admin, forms, error);
}

// The cs.submit_order argument of ScratchDatabase::orderJson(poNumber, buildNumber) with the order
// language and the configuration of build `caseBuild` of acceptance case `caseId`; empty when the case
// has no such build.
inline QJsonObject acceptanceOrderJson(const QString& caseId, const QString& caseBuild, const QString& poNumber,
                                       const QString& buildNumber)
{
    QFile f(sharedPath(u"domain/acceptance/cases.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonObject config;
    QJsonObject caseOrder;
    for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).array()) {
        if (v.toObject().value(u"id").toString() != caseId)
            continue;
        caseOrder = v.toObject().value(u"config").toObject().value(u"order").toObject();
        for (const QJsonValue& b : v.toObject().value(u"config").toObject().value(u"builds").toArray())
            if (b.toObject().value(u"buildNumber").toString() == caseBuild)
                config = b.toObject().value(u"config").toObject();
    }
    if (config.isEmpty())
        return {};
    QJsonObject json = ScratchDatabase::orderJson(poNumber, buildNumber);
    QJsonObject order = json.value(u"order").toObject();
    order.insert(QStringLiteral("language"), caseOrder.value(u"language"));
    json.insert(QStringLiteral("order"), order);
    QJsonArray builds = json.value(u"builds").toArray();
    QJsonObject build = builds.at(0).toObject();
    build.insert(QStringLiteral("config"), config);
    builds.replace(0, build);
    json.insert(QStringLiteral("builds"), builds);
    return json;
}

// Submits `json` as the coordinator (cs.submit_order) and moves its first build to Ready for Pre-QC as an
// admin (the forced status of a test set-up). The build's order id; empty, with *error, on a refusal.
inline QString submitReadyForPreQc(QSqlDatabase coordinator, QSqlDatabase admin, const QJsonObject& json, QString* error)
{
    QVariant answer;
    if (!ScratchDatabase::exec(coordinator, QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))::text"), {compact(json)},
                               error, &answer))
        return {};
    const QString orderId = QJsonDocument::fromJson(answer.toString().toUtf8())
                                .object().value(u"builds").toArray().at(0).toObject().value(u"orderId").toString();
    QVariant version;
    if (!ScratchDatabase::exec(admin, QStringLiteral("SELECT row_version FROM cs.orders WHERE order_id = CAST(? AS uuid)"),
                               {orderId}, error, &version)
        || !ScratchDatabase::exec(admin,
                                  QStringLiteral("SELECT cs.force_order_status(CAST(? AS uuid), 'ReadyForPreQC', 'test set-up', ?)"),
                                  {orderId, version}, error))
        return {};
    return orderId;
}

// A measured value typed beside one item (its reading line `label`) after its answer.
struct KeyboardReading
{
    QString item;    // "S.2C"
    QString label;   // "reading C"
    QString value;   // "40.5"
};

// Answers every applicable, open item of `sections` (all when empty) of `page` by keyboard: Space
// ticks and presses the first option (PASS, Yes), a number is the expected one, a serial is scanned (typed, then Enter), a text
// typed, `initials` typed where the form asks for initials; Enter moves on. The reading (if any) is
// typed into its line after the item's answer. The number of items answered; -1 when the focus did
// not follow.
inline int fillByKeyboard(ui::ChecklistPage* page, const QStringList& sections = {},
                          const QString& initials = QStringLiteral("ASM"), const KeyboardReading& reading = {})
{
    using domain::ChecklistItemType;
    page->activateWindow();
    int filled = 0;
    bool first = true;
    for (ui::ChecklistItemWidget* item : page->itemWidgets()) {
        if (!item->applies() || item->isReadOnly() || (!sections.isEmpty() && !sections.contains(item->key().section)))
            continue;
        if (first) {
            if (!item->focusInput())
                return -1;
            first = false;
        }
        // The previous Enter brought the focus here.
        if (!QTest::qWaitFor([item] { return item->hasInputFocus(); }, 5000)) {
            qWarning("the focus is not on %s", qPrintable(item->objectName()));
            return -1;
        }
        QWidget* focus = QApplication::focusWidget();
        if (!item->answer()) {
            switch (item->type()) {
            case ChecklistItemType::Check:
            case ChecklistItemType::PassFail:
            case ChecklistItemType::YesNo:
            case ChecklistItemType::Choice:
            case ChecklistItemType::MultiCheck: QTest::keyClick(focus, Qt::Key_Space); break;
            case ChecklistItemType::Number:
                // The number the build calls for (a basin count), else the least the item takes.
                QTest::keyClicks(focus,
                                 QString::number(item->entry().expectedNumber.value_or(item->entry().item.min.value_or(1))));
                break;
            case ChecklistItemType::Date: QTest::keyClicks(focus, QDate::currentDate().toString(Qt::ISODate)); break;
            case ChecklistItemType::Initials: QTest::keyClicks(focus, initials); break;
            case ChecklistItemType::Text:
            case ChecklistItemType::Serial: QTest::keyClicks(focus, QStringLiteral("SN-") + item->key().item); break;
            }
            ++filled;
        }
        if (!reading.item.isEmpty() && item->key().item == reading.item) {
            // The measured value beside the item (Tab from its answer reaches it; here: its line).
            QLineEdit* line = item->readingEdit(reading.label);
            if (!line)
                return -1;
            line->setFocus(Qt::TabFocusReason);
            QTest::keyClicks(line, reading.value);
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }
    return filled;
}

// Waits for the signature dialog that `owner` opened and signs it with `password`. False when none came.
inline bool signWithPassword(QWidget* owner, const QString& password, int timeoutMs = 10000)
{
    ui::SignatureDialog* dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (dialog = owner->findChild<ui::SignatureDialog*>(QStringLiteral("signatureDialog"))) != nullptr; },
            timeoutMs))
        return false;
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(password);
    dialog->accept();
    return true;
}

} // namespace cs::test
