#include "ui/shell/homewidget.h"

#include "ui/common/appsettings.h"
#include "ui/common/querytablemodel.h"
#include "ui/common/statustext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cs::ui {

using data::AppRole;

namespace {
// Orders (one row per build): build number first, it is what a row opens.
const QString kOrderColumns = QStringLiteral(
    "SELECT o.build_number, o.po_number, o.customer_name, o.project_name, o.status::text, o.want_date, "
    "o.assignee_name, o.updated_at FROM cs.order_list o ");
const QString kOrderOrder = QStringLiteral(" ORDER BY o.want_date, o.po_number, o.build_number LIMIT 2000");

QStringList orderTitles()
{
    return {HomeWidget::tr("Build"), HomeWidget::tr("PO"), HomeWidget::tr("Customer"), HomeWidget::tr("Project"),
            HomeWidget::tr("Status"), HomeWidget::tr("Want date"), HomeWidget::tr("Assignee"), HomeWidget::tr("Updated")};
}
} // namespace

HomeWidget::HomeWidget(data::Session* session, AppRole role, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_role(role)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("home_") + data::appRoleName(role));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_tabs->setObjectName(QStringLiteral("homeTabWidget"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);

    const bool admin = role == AppRole::Admin;
    if (role == AppRole::ProductionCoordinator || admin)
        addOrderPanel(QStringLiteral("orderBoard"), [] { return tr("Order board"); },
                      QStringLiteral("WHERE o.status <> 'Shipped'"));
    if (role == AppRole::ProcurementSpecialist || admin) {
        addPanel(QStringLiteral("bomApprovals"), [] { return tr("BOMs awaiting approval"); },
                 QStringLiteral("SELECT o.build_number, o.po_number, o.customer_name, b.version, b.generated_at, "
                                "b.total_unique_parts, o.want_date FROM cs.boms b "
                                "JOIN cs.orders o ON o.generated_bom_id = b.bom_id "
                                "WHERE b.status = 'Generated' AND o.status = 'OrderCreated' "
                                "ORDER BY o.want_date, o.po_number, o.build_number"),
                 [] {
                     return QStringList{tr("Build"), tr("PO"), tr("Customer"), tr("BOM version"), tr("Generated"),
                                        tr("Unique parts"), tr("Want date")};
                 },
                 RowKind::Build);
        addOrderPanel(QStringLiteral("partsSent"), [] { return tr("Parts sent, waiting for arrival"); },
                      QStringLiteral("WHERE o.status IN ('PartsSent', 'PreQCRejected', 'OnHoldParts')"));
    }
    if (role == AppRole::QCPerson || admin) {
        addOrderPanel(QStringLiteral("preQc"), [] { return tr("Awaiting Pre-QC"); },
                      QStringLiteral("WHERE o.status = 'ReadyForPreQC'"));
        addOrderPanel(QStringLiteral("finalQc"), [] { return tr("Awaiting Final QC"); },
                      QStringLiteral("WHERE o.status = 'ReadyForFinalQC'"));
    }
    if (role == AppRole::Assembler || admin)
        addOrderPanel(QStringLiteral("productionQueue"), [] { return tr("Production queue"); },
                      QStringLiteral("WHERE o.status IN ('ReadyForProduction', 'ReworkPreQC', 'OnHoldParts', "
                                     "'TestingComplete', 'PackagingComplete', 'ReworkFinalQC')"));
    if (role == AppRole::ServiceDepartment || admin)
        addPanel(QStringLiteral("serviceParts"), [] { return tr("Service parts"); },
                 QStringLiteral("SELECT a.assembly_id, a.name, a.description FROM cs.assemblies a "
                                "WHERE a.type = 'SERVICE_PART' AND a.status = 'ACTIVE' ORDER BY a.assembly_id"),
                 [] { return QStringList{tr("Item"), tr("Name"), tr("Description")}; }, RowKind::ServicePart);
    if (role != AppRole::ServiceDepartment) {
        // Everyone follows service requests: procurement to act, production to see what comes.
        QString where;
        if (role == AppRole::ProductionCoordinator || role == AppRole::QCPerson || role == AppRole::Assembler)
            where = QStringLiteral("WHERE s.status <> 'Pending' AND s.status <> 'Rejected' ");
        addPanel(QStringLiteral("serviceRequests"), [] { return tr("Service requests"); },
                 QStringLiteral("SELECT s.request_timestamp, s.status::text, jsonb_array_length(s.items), "
                                "s.processed_timestamp, s.processing_notes FROM cs.service_orders s ")
                     + where + QStringLiteral("ORDER BY s.request_timestamp DESC LIMIT 1000"),
                 [] { return QStringList{tr("Requested"), tr("Status"), tr("Lines"), tr("Processed"), tr("Notes")}; },
                 RowKind::None);
    } else {
        addPanel(QStringLiteral("myServiceRequests"), [] { return tr("My service requests"); },
                 QStringLiteral("SELECT s.request_timestamp, s.status::text, jsonb_array_length(s.items), "
                                "s.processed_timestamp, s.processing_notes FROM cs.service_orders s "
                                "WHERE s.requested_by = CAST(:me AS uuid) ORDER BY s.request_timestamp DESC"),
                 [] { return QStringList{tr("Requested"), tr("Status"), tr("Lines"), tr("Processed"), tr("Notes")}; },
                 RowKind::None, 0, {{QStringLiteral(":me"), session->user().userId}});
    }
    // All roles can see the order list (WORKFLOW.md 3); the coordinator's board is it already.
    if (role != AppRole::ProductionCoordinator && role != AppRole::Admin)
        addOrderPanel(QStringLiteral("allOrders"), [] { return tr("All orders"); }, QString());
    if (admin)
        addOrderPanel(QStringLiteral("shipped"), [] { return tr("Shipped"); }, QStringLiteral("WHERE o.status = 'Shipped'"));
    refresh();
}

HomeWidget::~HomeWidget() = default;

void HomeWidget::addOrderPanel(const QString& key, std::function<QString()> title, const QString& where)
{
    addPanel(key, std::move(title), kOrderColumns + where + kOrderOrder, orderTitles, RowKind::Build);
    m_panels.last().model->setDisplayMapper(4, [](const QVariant& v) { return StatusText::orderStatus(v.toString()); });
}

void HomeWidget::addPanel(const QString& key, std::function<QString()> title, const QString& sql,
                          std::function<QStringList()> titles, RowKind kind, int keyColumn, const QVariantMap& bindings)
{
    Panel p;
    p.key = key;
    p.title = std::move(title);
    p.kind = kind;
    p.keyColumn = keyColumn;
    p.page = new QWidget(m_tabs);
    p.page->setObjectName(key + QStringLiteral("Page"));
    auto* layout = new QVBoxLayout(p.page);
    auto* top = new QHBoxLayout;
    p.filter = new QLineEdit(p.page);
    p.filter->setObjectName(key + QStringLiteral("FilterLineEdit"));
    p.filter->setClearButtonEnabled(true);
    p.count = new QLabel(p.page);
    p.count->setObjectName(key + QStringLiteral("CountLabel"));
    top->addWidget(p.filter, 1);
    top->addWidget(p.count);
    layout->addLayout(top);

    p.model = new QueryTableModel(m_session, sql, std::move(titles), this);
    p.model->setBindings(bindings);
    p.proxy = new QSortFilterProxyModel(this);
    p.proxy->setSourceModel(p.model);
    p.proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    p.proxy->setFilterKeyColumn(-1);
    p.proxy->setSortRole(Qt::UserRole);
    p.view = new QTableView(p.page);
    p.view->setObjectName(key + QStringLiteral("TableView"));
    p.view->setModel(p.proxy);
    // Keep the query's order until the user clicks a column.
    p.view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    p.view->setSortingEnabled(true);
    p.view->setSelectionBehavior(QAbstractItemView::SelectRows);
    p.view->setSelectionMode(QAbstractItemView::SingleSelection);
    p.view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    p.view->setAlternatingRowColors(true);
    p.view->verticalHeader()->hide();
    p.view->horizontalHeader()->setStretchLastSection(true);
    p.view->horizontalHeader()->setSectionsMovable(true);
    p.view->setWordWrap(false);
    layout->addWidget(p.view, 1);
    m_tabs->addTab(p.page, QString());
    m_panels.append(p);

    const int index = int(m_panels.size()) - 1;
    connect(p.filter, &QLineEdit::textChanged, this, [this, index](const QString& text) {
        m_panels[index].proxy->setFilterFixedString(text);
        updateCount(m_panels[index]);
    });
    connect(p.model, &QueryTableModel::loaded, this, [this, index] {
        Panel& panel = m_panels[index];
        if (panel.fitColumns && panel.model->rowCount() > 0)
            panel.view->resizeColumnsToContents();
        updateCount(panel);
    });
    connect(p.model, &QueryTableModel::failed, this, &HomeWidget::queryFailed);
    connect(p.view, &QTableView::activated, this, [this, index](const QModelIndex& i) { activate(m_panels[index], i); });
    retranslate();
}

void HomeWidget::updateCount(Panel& p)
{
    p.count->setText(tr("%n row(s)", nullptr, p.proxy->rowCount()));
}

void HomeWidget::activate(const Panel& p, const QModelIndex& index)
{
    const QModelIndex source = p.proxy->mapToSource(index);
    const QString key = p.model->value(source.row(), p.keyColumn).toString();
    if (key.isEmpty())
        return;
    if (p.kind == RowKind::Build)
        emit openBuild(key);
    else if (p.kind == RowKind::ServicePart)
        emit openPart(key);
}

QStringList HomeWidget::panelKeys() const
{
    QStringList keys;
    for (const Panel& p : m_panels)
        keys << p.key;
    return keys;
}

QTableView* HomeWidget::view(const QString& key) const
{
    for (const Panel& p : m_panels)
        if (p.key == key)
            return p.view;
    return nullptr;
}

QueryTableModel* HomeWidget::model(const QString& key) const
{
    for (const Panel& p : m_panels)
        if (p.key == key)
            return p.model;
    return nullptr;
}

void HomeWidget::showPanel(const QString& key)
{
    for (const Panel& p : m_panels)
        if (p.key == key)
            m_tabs->setCurrentWidget(p.page);
}

void HomeWidget::addTab(QWidget* page, std::function<QString()> title, bool makeCurrent)
{
    m_tabs->addTab(page, title());
    m_extraTabs.append({page, std::move(title)});
    if (makeCurrent)
        m_tabs->setCurrentWidget(page);
}

void HomeWidget::refresh()
{
    for (Panel& p : m_panels)
        p.model->refresh();
}

void HomeWidget::focusFilter()
{
    if (auto* page = m_tabs->currentWidget())
        for (const Panel& p : m_panels)
            if (p.page == page)
                p.filter->setFocus(Qt::ShortcutFocusReason);
}

void HomeWidget::saveLayout(const QString& user) const
{
    for (const Panel& p : m_panels)
        AppSettings::setUserState(user, QStringLiteral("home-%1-header").arg(p.key), p.view->horizontalHeader()->saveState());
    AppSettings::setUserState(user, QStringLiteral("home-tab"), m_tabs->currentWidget()
                                                                  ? m_tabs->currentWidget()->objectName().toUtf8()
                                                                  : QByteArray());
}

void HomeWidget::restoreLayout(const QString& user)
{
    for (Panel& p : m_panels) {
        const QByteArray state = AppSettings::userState(user, QStringLiteral("home-%1-header").arg(p.key));
        // Column widths the user chose win over fitting to content.
        if (!state.isEmpty() && p.view->horizontalHeader()->restoreState(state))
            p.fitColumns = false;
    }
    const QString tab = QString::fromUtf8(AppSettings::userState(user, QStringLiteral("home-tab")));
    for (const Panel& p : m_panels)
        if (p.page->objectName() == tab)
            m_tabs->setCurrentWidget(p.page);
}

void HomeWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HomeWidget::retranslate()
{
    for (int i = 0; i < m_panels.size(); ++i) {
        Panel& p = m_panels[i];
        m_tabs->setTabText(i, p.title());
        p.filter->setPlaceholderText(tr("Filter (Ctrl+F)"));
        p.model->retranslate();
        updateCount(p);
    }
    for (const auto& [page, title] : m_extraTabs)
        m_tabs->setTabText(m_tabs->indexOf(page), title());
}

} // namespace cs::ui
