#include "ui/shell/recorddialog.h"

#include "ui_recorddialog.h"

#include "ui/common/futurewatch.h"
#include "ui/common/messagebar.h"
#include "ui/common/rowtablemodel.h"
#include "ui/common/statustext.h"

#include "data/catalog/catalogrepository.h"
#include "data/common/session.h"
#include "data/orders/ordersearch.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>

namespace cs::ui {

using Kind = domain::ScanPayload::Kind;

RecordDialog::RecordDialog(data::Session* session, Kind kind, const QString& key, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RecordDialog>())
    , m_session(session)
    , m_kind(kind)
    , m_key(key.trimmed())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("RecordDialog"));
    m_ui->tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->tableView->verticalHeader()->hide();
    m_ui->tableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->tableView->hide();
    m_ui->tableLabel->hide();
    m_ui->messageBar->showInfo(tr("Loading…"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    load();
}

RecordDialog::~RecordDialog() = default;

void RecordDialog::load()
{
    switch (m_kind) {
    case Kind::Part:
        whenDone(this, data::CatalogRepository(*m_session).item(m_key),
                 [this](const data::Result<std::optional<data::CatalogItemRecord>>& r) {
                     if (!r.ok() || !r.value()) {
                         finish(r.error(), false);
                         return;
                     }
                     const data::CatalogItemRecord& item = *r.value();
                     addField(QStringLiteral("itemValue"), tr("Item:"), item.itemId);
                     addField(QStringLiteral("nameValue"), tr("Name:"), item.name);
                     addField(QStringLiteral("typeValue"), tr("Type:"), item.type);
                     addField(QStringLiteral("statusValue"), tr("Status:"), item.status);
                     addField(QStringLiteral("descriptionValue"), tr("Description:"), item.description);
                     m_ui->titleLabel->setText(QStringLiteral("<h2>%1</h2>").arg(item.name.toHtmlEscaped()));
                     if (item.assembly) {
                         using Row = data::CatalogComponentRow;
                         auto* model = new RowTableModel<Row>(
                             {{[] { return tr("Item"); }, [](const Row& c) { return c.itemId; }},
                              {[] { return tr("Name"); }, [](const Row& c) { return c.name; }},
                              {[] { return tr("Quantity"); }, [](const Row& c) { return c.quantity; }},
                              {[] { return tr("Notes"); }, [](const Row& c) { return c.notes; }}},
                             this);
                         model->setRows(item.components);
                         m_tableTitle = [] { return tr("Components"); };
                         showTable(model, m_tableTitle());
                     }
                     finish({}, true);
                 });
        break;
    case Kind::Build:
    case Kind::Order:
        loadOrderRecord();
        break;
    }
}

void RecordDialog::loadOrderRecord()
{
    const data::OrderSearch search(*m_session);
    if (m_kind == Kind::Build) {
        whenDone(this, search.findBuild(m_key), [this](const data::Result<std::optional<data::BuildSummary>>& r) {
            if (!r.ok() || !r.value()) {
                finish(r.error(), false);
                return;
            }
            const data::BuildSummary& b = *r.value();
            addField(QStringLiteral("buildValue"), tr("Build:"), b.buildNumber);
            addField(QStringLiteral("poValue"), tr("PO:"), b.poNumber);
            addField(QStringLiteral("customerValue"), tr("Customer:"), b.customerName);
            addField(QStringLiteral("projectValue"), tr("Project:"), b.projectName);
            addField(QStringLiteral("salesValue"), tr("Sales person:"), b.salesPerson);
            addField(QStringLiteral("statusValue"), tr("Status:"), StatusText::orderStatus(b.status));
            addField(QStringLiteral("wantDateValue"), tr("Want date:"), RowTableModelBase::dateText(b.wantDate));
            addField(QStringLiteral("assigneeValue"), tr("Assignee:"),
                     b.assigneeName.isEmpty() ? tr("(nobody)") : b.assigneeName);
            addField(QStringLiteral("sinkValue"), tr("Sink:"), QStringList{b.family, b.model}.join(u' ').trimmed());
            m_ui->titleLabel->setText(
                QStringLiteral("<h2>%1</h2>").arg(tr("Build %1").arg(b.buildNumber.toHtmlEscaped())));
            finish({}, true);
        });
        return;
    }
    whenDone(this, search.findPo(m_key), [this](const data::Result<std::optional<data::PoSummary>>& r) {
        if (!r.ok() || !r.value()) {
            finish(r.error(), false);
            return;
        }
        const data::PoSummary& po = *r.value();
        addField(QStringLiteral("poValue"), tr("PO:"), po.poNumber);
        addField(QStringLiteral("customerValue"), tr("Customer:"), po.customerName());
        addField(QStringLiteral("projectValue"), tr("Project:"), po.projectName());
        addField(QStringLiteral("buildsValue"), tr("Builds:"), QString::number(po.builds.size()));
        addField(QStringLiteral("wantDateValue"), tr("Want date:"), RowTableModelBase::dateText(po.wantDate()));
        m_ui->titleLabel->setText(QStringLiteral("<h2>%1</h2>").arg(tr("Order %1").arg(po.poNumber.toHtmlEscaped())));
        using Row = data::BuildSummary;
        auto* model = new RowTableModel<Row>(
            {{[] { return tr("Build"); }, [](const Row& b) { return b.buildNumber; }},
             {[] { return tr("Status"); }, [](const Row& b) { return StatusText::orderStatus(b.status); }},
             {[] { return tr("Want date"); }, [](const Row& b) { return RowTableModelBase::dateText(b.wantDate); },
              [](const Row& b) { return b.wantDate; }},
             {[] { return tr("Assignee"); }, [](const Row& b) { return b.assigneeName; }}},
            this);
        model->setKey([](const Row& b) { return b.buildNumber; });
        model->setRows(po.builds);
        m_tableTitle = [] { return tr("Builds"); };
        showTable(model, m_tableTitle());
        finish({}, true);
    });
}

void RecordDialog::finish(const data::DbError& error, bool found)
{
    m_loaded = true;
    m_found = found;
    if (error.isSet()) {
        m_ui->messageBar->showError(error.connectionLost()
                                        ? tr("The server cannot be reached right now. Try again when the connection is back.")
                                        : tr("This record cannot be shown to you."));
        emit queryFailed(error);
    } else if (!found) {
        switch (m_kind) {
        case Kind::Build: m_ui->messageBar->showWarning(tr("No build with number %1 was found.").arg(m_key)); break;
        case Kind::Order: m_ui->messageBar->showWarning(tr("No order %1 was found.").arg(m_key)); break;
        case Kind::Part: m_ui->messageBar->showWarning(tr("No part or assembly %1 was found.").arg(m_key)); break;
        }
    } else {
        m_ui->messageBar->clear();
    }
    emit loaded();
}

void RecordDialog::showTable(RowTableModelBase* model, const QString& title)
{
    m_table = model;
    m_ui->tableView->setModel(model);
    m_ui->tableView->resizeColumnsToContents();
    m_ui->tableLabel->setText(title);
    m_ui->tableView->show();
    m_ui->tableLabel->show();
}

void RecordDialog::addField(const QString& name, const QString& label, const QString& value)
{
    auto* v = new QLabel(value, m_ui->detailsWidget);
    v->setObjectName(name);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    v->setWordWrap(true);
    m_ui->detailsFormLayout->addRow(label, v);
}

QString RecordDialog::fieldValue(const QString& objectName) const
{
    const auto* l = m_ui->detailsWidget->findChild<QLabel*>(objectName);
    return l ? l->text() : QString();
}

QString RecordDialog::messageText() const
{
    return m_ui->messageBar->isVisible() ? m_ui->messageBar->text() : QString();
}

void RecordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void RecordDialog::retranslate()
{
    switch (m_kind) {
    case Kind::Build: setWindowTitle(tr("Build %1").arg(m_key)); break;
    case Kind::Order: setWindowTitle(tr("Order %1").arg(m_key)); break;
    case Kind::Part: setWindowTitle(tr("Item %1").arg(m_key)); break;
    }
    if (m_table) {
        m_table->retranslate();
        if (m_tableTitle)
            m_ui->tableLabel->setText(m_tableTitle());
    }
}

} // namespace cs::ui
