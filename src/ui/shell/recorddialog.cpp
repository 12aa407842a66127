#include "ui/shell/recorddialog.h"

#include "ui_recorddialog.h"

#include "ui/common/querytablemodel.h"
#include "ui/common/statustext.h"
#include "ui/common/futurewatch.h"

#include <QDate>
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
    m_ui->messageLabel->setText(tr("Loading…"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    load();
}

RecordDialog::~RecordDialog() = default;

void RecordDialog::load()
{
    QString sql;
    switch (m_kind) {
    case Kind::Build:
        sql = QStringLiteral("SELECT order_id::text, build_number, po_number, customer_name, project_name, sales_person, "
                             "status::text, want_date, assignee_name, sink_family::text, sink_model "
                             "FROM cs.order_list WHERE upper(build_number) = upper(:key)");
        break;
    case Kind::Order:
        sql = QStringLiteral("SELECT po_id::text, po_number, min(customer_name), min(project_name), count(*), "
                             "min(want_date) FROM cs.order_list "
                             "WHERE upper(po_number) = upper(:key) OR order_id::text = lower(:key) "
                             "GROUP BY po_id, po_number");
        break;
    case Kind::Part:
        sql = QStringLiteral("SELECT assembly_id, name, type::text, status::text, description, 'assembly' "
                             "FROM cs.assemblies WHERE upper(assembly_id) = upper(:key) "
                             "UNION ALL SELECT part_id, name, type::text, status::text, description, 'part' "
                             "FROM cs.parts WHERE upper(part_id) = upper(:key)");
        break;
    }
    whenDone(this, m_session->runQuery(sql, {{QStringLiteral(":key"), m_key}}), [this](const data::QueryResult& r) {
        showRecord(r);
    });
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

void RecordDialog::showRecord(const data::QueryResult& r)
{
    m_loaded = true;
    if (!r.ok()) {
        m_ui->messageLabel->setText(data::Session::isConnectionError(r.error)
                                        ? tr("The server cannot be reached right now. Try again when the connection is back.")
                                        : tr("This record cannot be shown to you."));
        emit queryFailed(r.error);
        emit loaded();
        return;
    }
    m_found = !r.rows.isEmpty();
    if (!m_found) {
        switch (m_kind) {
        case Kind::Build: m_ui->messageLabel->setText(tr("No build with number %1 was found.").arg(m_key)); break;
        case Kind::Order: m_ui->messageLabel->setText(tr("No order %1 was found.").arg(m_key)); break;
        case Kind::Part: m_ui->messageLabel->setText(tr("No part or assembly %1 was found.").arg(m_key)); break;
        }
        emit loaded();
        return;
    }
    m_ui->messageLabel->hide();
    const QVariantList row = r.rows.first();
    const QLocale locale;
    const auto text = [&row](int i) { return row.value(i).toString(); };
    QString tableSql;
    QueryTableModel::TitlesFn titles;
    QVariantMap bind;
    switch (m_kind) {
    case Kind::Build:
        addField(QStringLiteral("buildValue"), tr("Build:"), text(1));
        addField(QStringLiteral("poValue"), tr("PO:"), text(2));
        addField(QStringLiteral("customerValue"), tr("Customer:"), text(3));
        addField(QStringLiteral("projectValue"), tr("Project:"), text(4));
        addField(QStringLiteral("salesValue"), tr("Sales person:"), text(5));
        addField(QStringLiteral("statusValue"), tr("Status:"), StatusText::orderStatus(text(6)));
        addField(QStringLiteral("wantDateValue"), tr("Want date:"), locale.toString(row.value(7).toDate(), QLocale::ShortFormat));
        addField(QStringLiteral("assigneeValue"), tr("Assignee:"), text(8).isEmpty() ? tr("(nobody)") : text(8));
        addField(QStringLiteral("sinkValue"), tr("Sink:"), QStringList{text(9), text(10)}.join(u' ').trimmed());
        m_ui->titleLabel->setText(QStringLiteral("<h2>%1</h2>").arg(tr("Build %1").arg(text(1).toHtmlEscaped())));
        tableSql = QStringLiteral("SELECT h.created_at, h.action, h.old_status::text, h.new_status::text, u.full_name, "
                                  "h.notes FROM cs.order_history h LEFT JOIN cs.users u ON u.user_id = h.user_id "
                                  "WHERE h.order_id = CAST(:id AS uuid) ORDER BY h.created_at");
        titles = [] { return QStringList{tr("When"), tr("Action"), tr("From"), tr("To"), tr("By"), tr("Notes")}; };
        bind.insert(QStringLiteral(":id"), text(0));
        m_ui->tableLabel->setText(tr("History"));
        break;
    case Kind::Order:
        addField(QStringLiteral("poValue"), tr("PO:"), text(1));
        addField(QStringLiteral("customerValue"), tr("Customer:"), text(2));
        addField(QStringLiteral("projectValue"), tr("Project:"), text(3));
        addField(QStringLiteral("buildsValue"), tr("Builds:"), text(4));
        addField(QStringLiteral("wantDateValue"), tr("Want date:"), locale.toString(row.value(5).toDate(), QLocale::ShortFormat));
        m_ui->titleLabel->setText(QStringLiteral("<h2>%1</h2>").arg(tr("Order %1").arg(text(1).toHtmlEscaped())));
        tableSql = QStringLiteral("SELECT build_number, status::text, want_date, assignee_name FROM cs.order_list "
                                  "WHERE po_id = CAST(:id AS uuid) ORDER BY build_number");
        titles = [] { return QStringList{tr("Build"), tr("Status"), tr("Want date"), tr("Assignee")}; };
        bind.insert(QStringLiteral(":id"), text(0));
        m_ui->tableLabel->setText(tr("Builds"));
        break;
    case Kind::Part:
        addField(QStringLiteral("itemValue"), tr("Item:"), text(0));
        addField(QStringLiteral("nameValue"), tr("Name:"), text(1));
        addField(QStringLiteral("typeValue"), tr("Type:"), text(2));
        addField(QStringLiteral("statusValue"), tr("Status:"), text(3));
        addField(QStringLiteral("descriptionValue"), tr("Description:"), text(4));
        m_ui->titleLabel->setText(QStringLiteral("<h2>%1</h2>").arg(text(1).toHtmlEscaped()));
        if (text(5) == u"assembly") {
            tableSql = QStringLiteral("SELECT coalesce(c.child_part_id, c.child_assembly_id), "
                                      "coalesce(p.name, a.name), c.quantity, c.notes FROM cs.assembly_components c "
                                      "LEFT JOIN cs.parts p ON p.part_id = c.child_part_id "
                                      "LEFT JOIN cs.assemblies a ON a.assembly_id = c.child_assembly_id "
                                      "WHERE c.parent_assembly_id = :id ORDER BY c.position");
            titles = [] { return QStringList{tr("Item"), tr("Name"), tr("Quantity"), tr("Notes")}; };
            bind.insert(QStringLiteral(":id"), text(0));
            m_ui->tableLabel->setText(tr("Components"));
        }
        break;
    }
    if (!tableSql.isEmpty()) {
        m_table = new QueryTableModel(m_session, tableSql, titles, this);
        if (m_kind == Kind::Build) {
            m_table->setDisplayMapper(2, [](const QVariant& v) { return StatusText::orderStatus(v.toString()); });
            m_table->setDisplayMapper(3, [](const QVariant& v) { return StatusText::orderStatus(v.toString()); });
        } else if (m_kind == Kind::Order) {
            m_table->setDisplayMapper(1, [](const QVariant& v) { return StatusText::orderStatus(v.toString()); });
        }
        m_table->setBindings(bind);
        m_ui->tableView->setModel(m_table);
        connect(m_table, &QueryTableModel::loaded, this, [this] { m_ui->tableView->resizeColumnsToContents(); });
        m_table->refresh();
        m_ui->tableView->show();
        m_ui->tableLabel->show();
    }
    emit loaded();
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
    if (m_table)
        m_table->retranslate();
}

} // namespace cs::ui
