#include "ui/shell/homewidget.h"

#include "ui/common/appsettings.h"
#include "ui/common/messagebar.h"
#include "ui/common/rowtablemodel.h"
#include "ui/common/statustext.h"

#include "data/common/session.h"
#include "domain/common/capabilities.h"

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

using data::BomApprovalRow;
using data::HomeRow;
using data::ServicePartRow;
using data::ServiceRequestRow;
using domain::AppRole;
using domain::WorkList;

namespace {

using Base = RowTableModelBase;

// The columns of a list of builds; the build number first, it is what a row opens.
QList<RowTableModel<HomeRow>::Column> buildColumns()
{
    return {
        {[] { return HomeWidget::tr("Build"); }, [](const HomeRow& r) { return r.buildNumber; }},
        {[] { return HomeWidget::tr("PO"); }, [](const HomeRow& r) { return r.poNumber; }},
        {[] { return HomeWidget::tr("Customer"); }, [](const HomeRow& r) { return r.customer; }},
        {[] { return HomeWidget::tr("Project"); }, [](const HomeRow& r) { return r.project; }},
        // Sorted in the workflow's order, not by the words.
        {[] { return HomeWidget::tr("Status"); }, [](const HomeRow& r) { return StatusText::orderStatus(r.status); },
         [](const HomeRow& r) { return int(r.status); }},
        {[] { return HomeWidget::tr("Want date"); }, [](const HomeRow& r) { return Base::dateText(r.wantDate); },
         [](const HomeRow& r) { return r.wantDate; }},
        {[] { return HomeWidget::tr("Assignee"); }, [](const HomeRow& r) { return r.assignee; }},
        {[] { return HomeWidget::tr("Updated"); }, [](const HomeRow& r) { return Base::dateTimeText(r.updatedAt); },
         [](const HomeRow& r) { return r.updatedAt; }},
    };
}

// "My builds" of an assembler: where each build stands on the bench.
QList<RowTableModel<data::AssemblyState>::Column> benchColumns()
{
    using R = data::AssemblyState;
    return {
        {[] { return HomeWidget::tr("Build"); }, [](const R& r) { return r.buildNumber; }},
        {[] { return HomeWidget::tr("PO"); }, [](const R& r) { return r.poNumber; }},
        {[] { return HomeWidget::tr("Customer"); }, [](const R& r) { return r.customerName; }},
        {[] { return HomeWidget::tr("Status"); }, [](const R& r) { return StatusText::orderStatus(r.status); }},
        {[] { return HomeWidget::tr("Production checks"); },
         [](const R& r) -> QVariant {
             if (r.status != u"ReadyForProduction" && r.status != u"OnHoldParts")
                 return HomeWidget::tr("done");
             if (r.clpId.isEmpty())
                 return HomeWidget::tr("not started");
             return HomeWidget::tr("%1 of %2").arg(r.productionAnswered).arg(r.productionAnswered + r.clpMissing.size());
         }},
        {[] { return HomeWidget::tr("Test"); },
         [](const R& r) -> QVariant {
             if (r.testPassed() || (r.status != u"ReadyForProduction" && r.status != u"OnHoldParts"))
                 return HomeWidget::tr("passed");
             if (r.cltResult == u"Fail")
                 return HomeWidget::tr("failed (attempt %1)").arg(r.cltAttempt);
             return r.cltId.isEmpty() ? HomeWidget::tr("not started") : HomeWidget::tr("attempt %1 open").arg(qMax(1, r.cltAttempt));
         }},
        {[] { return HomeWidget::tr("Packaging"); },
         [](const R& r) -> QVariant {
             if (r.status == u"PackagingComplete")
                 return HomeWidget::tr("complete");
             if (r.status != u"TestingComplete")
                 return HomeWidget::tr("after the test");
             return HomeWidget::tr("%n item(s) to confirm", nullptr, int(r.packingMissing.size()));
         }},
    };
}

QList<RowTableModel<BomApprovalRow>::Column> bomColumns()
{
    using R = BomApprovalRow;
    return {
        {[] { return HomeWidget::tr("Build"); }, [](const R& r) { return r.buildNumber; }},
        {[] { return HomeWidget::tr("PO"); }, [](const R& r) { return r.poNumber; }},
        {[] { return HomeWidget::tr("Customer"); }, [](const R& r) { return r.customer; }},
        {[] { return HomeWidget::tr("BOM version"); }, [](const R& r) { return r.bomVersion; }},
        {[] { return HomeWidget::tr("Generated"); }, [](const R& r) { return Base::dateTimeText(r.generatedAt); },
         [](const R& r) { return r.generatedAt; }},
        {[] { return HomeWidget::tr("Unique parts"); }, [](const R& r) { return r.uniqueParts; }},
        {[] { return HomeWidget::tr("Want date"); }, [](const R& r) { return Base::dateText(r.wantDate); },
         [](const R& r) { return r.wantDate; }},
    };
}

QList<RowTableModel<ServicePartRow>::Column> partColumns()
{
    using R = ServicePartRow;
    return {
        {[] { return HomeWidget::tr("Item"); }, [](const R& r) { return r.itemId; }},
        {[] { return HomeWidget::tr("Name"); }, [](const R& r) { return r.name; }},
        {[] { return HomeWidget::tr("Description"); }, [](const R& r) { return r.description; }},
    };
}

QList<RowTableModel<ServiceRequestRow>::Column> requestColumns()
{
    using R = ServiceRequestRow;
    return {
        {[] { return HomeWidget::tr("Requested"); }, [](const R& r) { return Base::dateTimeText(r.requestedAt); },
         [](const R& r) { return r.requestedAt; }},
        {[] { return HomeWidget::tr("Status"); }, [](const R& r) { return StatusText::serviceStatus(r.status); }},
        {[] { return HomeWidget::tr("Lines"); }, [](const R& r) { return r.lines; }},
        {[] { return HomeWidget::tr("Processed"); }, [](const R& r) { return Base::dateTimeText(r.processedAt); },
         [](const R& r) { return r.processedAt; }},
        {[] { return HomeWidget::tr("Notes"); }, [](const R& r) { return r.notes; }},
    };
}

std::function<QString()> listTitle(WorkList list)
{
    switch (list) {
    case WorkList::BomApprovals: return [] { return HomeWidget::tr("BOMs awaiting approval"); };
    case WorkList::PartsSent: return [] { return HomeWidget::tr("Parts sent, waiting for arrival"); };
    case WorkList::AwaitingPreQc: return [] { return HomeWidget::tr("Awaiting Pre-QC"); };
    case WorkList::AwaitingFinalQc: return [] { return HomeWidget::tr("Awaiting Final QC"); };
    case WorkList::ProductionQueue: return [] { return HomeWidget::tr("Production queue"); };
    case WorkList::MyBuilds: return [] { return HomeWidget::tr("My builds"); };
    case WorkList::ServiceParts: return [] { return HomeWidget::tr("Service parts"); };
    case WorkList::ServiceRequests: return [] { return HomeWidget::tr("Service requests"); };
    case WorkList::MyServiceRequests: return [] { return HomeWidget::tr("My service requests"); };
    case WorkList::AllOrders: return [] { return HomeWidget::tr("All orders"); };
    }
    return [] { return QString(); };
}

} // namespace

HomeWidget::HomeWidget(data::Session* session, AppRole role, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_role(role)
    , m_queries(*session)
    , m_assembly(*session)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("home_") + domain::appRoleName(role));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_tabs->setObjectName(QStringLiteral("homeTabWidget"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);
    for (WorkList list : domain::WorkLists::forRole(role))
        addWorkList(list);
    retranslate();
    refresh();
}

HomeWidget::~HomeWidget() = default;

void HomeWidget::addWorkList(WorkList list)
{
    Panel p;
    p.key = domain::WorkLists::rule(list).key;
    p.title = listTitle(list);
    data::HomeQueries* queries = &m_queries;
    switch (list) {
    case WorkList::BomApprovals: {
        auto* model = new RowTableModel<BomApprovalRow>(bomColumns(), this);
        model->setFetch([queries] { return queries->bomApprovals(); });
        model->setKey([](const BomApprovalRow& r) { return r.buildNumber; });
        p.orderId = [model](int row) { return model->row(row).orderId; };
        p.kind = RowKind::Build;
        p.model = model;
        break;
    }
    case WorkList::ServiceParts: {
        auto* model = new RowTableModel<ServicePartRow>(partColumns(), this);
        model->setFetch([queries] { return queries->serviceParts(); });
        model->setKey([](const ServicePartRow& r) { return r.itemId; });
        p.kind = RowKind::ServicePart;
        p.model = model;
        break;
    }
    case WorkList::ServiceRequests:
    case WorkList::MyServiceRequests: {
        auto* model = new RowTableModel<ServiceRequestRow>(requestColumns(), this);
        if (list == WorkList::ServiceRequests)
            model->setFetch([queries] { return queries->serviceRequests(); });
        else
            model->setFetch([queries] { return queries->myServiceRequests(); });
        p.model = model;
        break;
    }
    case WorkList::MyBuilds:
        if (m_role == AppRole::Assembler) {
            // The assembler's builds with their progress on the bench.
            data::AssemblyRepository* assembly = &m_assembly;
            auto* model = new RowTableModel<data::AssemblyState>(benchColumns(), this);
            model->setFetch([assembly] { return assembly->myBuilds(); });
            model->setKey([](const data::AssemblyState& r) { return r.buildNumber; });
            p.orderId = [model](int row) { return model->row(row).orderId; };
            p.kind = RowKind::Build;
            p.model = model;
            p.bench = true;
            break;
        }
        [[fallthrough]];
    case WorkList::PartsSent:
    case WorkList::AwaitingPreQc:
    case WorkList::AwaitingFinalQc:
    case WorkList::ProductionQueue:
    case WorkList::AllOrders: {
        auto* model = new RowTableModel<HomeRow>(buildColumns(), this);
        model->setFetch([queries, list] { return queries->builds(list); });
        model->setKey([](const HomeRow& r) { return r.buildNumber; });
        p.orderId = [model](int row) { return model->row(row).orderId; };
        p.kind = RowKind::Build;
        p.model = model;
        p.bench = list == WorkList::ProductionQueue && domain::Capabilities::allows(m_role, domain::Capability::ProductionWork);
        if (domain::Capabilities::allows(m_role, domain::Capability::PerformQc)) {
            if (list == WorkList::AwaitingPreQc)
                p.qcType = QStringLiteral("PreQC");
            else if (list == WorkList::AwaitingFinalQc)
                p.qcType = QStringLiteral("FinalQC");
        }
        break;
    }
    }
    addPanel(std::move(p));
}

void HomeWidget::addPanel(Panel p)
{
    p.page = new QWidget(m_tabs);
    p.page->setObjectName(p.key + QStringLiteral("Page"));
    auto* layout = new QVBoxLayout(p.page);
    auto* top = new QHBoxLayout;
    p.filter = new QLineEdit(p.page);
    p.filter->setObjectName(p.key + QStringLiteral("FilterLineEdit"));
    p.filter->setClearButtonEnabled(true);
    p.count = new QLabel(p.page);
    p.count->setObjectName(p.key + QStringLiteral("CountLabel"));
    top->addWidget(p.filter, 1);
    top->addWidget(p.count);
    layout->addLayout(top);
    p.message = new MessageBar(p.page);
    p.message->setObjectName(p.key + QStringLiteral("MessageBar"));
    layout->addWidget(p.message);

    p.proxy = new QSortFilterProxyModel(this);
    p.proxy->setSourceModel(p.model);
    p.proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    p.proxy->setFilterKeyColumn(-1);
    p.proxy->setSortRole(RowTableModelBase::RawRole);
    p.view = new QTableView(p.page);
    p.view->setObjectName(p.key + QStringLiteral("TableView"));
    p.view->setModel(p.proxy);
    // Keep the server's order until the user clicks a column.
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

    const QString key = p.key;
    const auto panel = [this, key]() -> Panel& {
        for (Panel& each : m_panels) {
            if (each.key == key)
                return each;
        }
        Q_UNREACHABLE();
    };
    connect(p.filter, &QLineEdit::textChanged, this, [panel, this](const QString& text) {
        panel().proxy->setFilterFixedString(text);
        updateCount(panel());
    });
    connect(p.model, &RowTableModelBase::loaded, this, [panel, this] {
        Panel& each = panel();
        each.message->clear();
        if (each.fitColumns && each.model->rowCount() > 0)
            each.view->resizeColumnsToContents();
        updateCount(each);
    });
    connect(p.model, &RowTableModelBase::failed, this, [panel, this](const data::DbError& error) {
        panel().message->showError(error.userMessage());
        emit queryFailed(error);
    });
    connect(p.view, &QTableView::activated, this, [panel, this](const QModelIndex& i) { activate(panel(), i); });
}

void HomeWidget::updateCount(Panel& p)
{
    const int rows = p.proxy->rowCount();
    if (p.model->rowCount() >= data::HomeQueries::kRowLimit)
        p.count->setText(tr("%n row(s); the list stops at the oldest want dates", nullptr, rows));
    else
        p.count->setText(tr("%n row(s)", nullptr, rows));
}

void HomeWidget::activate(const Panel& p, const QModelIndex& index)
{
    const int row = p.proxy->mapToSource(index).row();
    const QString key = p.model->key(row);
    if (key.isEmpty())
        return;
    const QString orderId = p.orderId ? p.orderId(row) : QString();
    if (p.kind == RowKind::Build && !p.qcType.isEmpty() && !orderId.isEmpty())
        emit openChecklist(orderId, p.qcType);
    else if (p.kind == RowKind::Build && p.bench && !orderId.isEmpty())
        emit openBench(orderId);
    else if (p.kind == RowKind::Build)
        emit openBuild(key, orderId);
    else if (p.kind == RowKind::ServicePart)
        emit openPart(key);
}

QStringList HomeWidget::panelKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget* page = m_tabs->widget(i);
        if (page == m_board) {
            keys << QString(kBoardKey);
            continue;
        }
        for (const Panel& p : m_panels) {
            if (p.page == page)
                keys << p.key;
        }
    }
    return keys;
}

QTableView* HomeWidget::view(const QString& key) const
{
    for (const Panel& p : m_panels) {
        if (p.key == key)
            return p.view;
    }
    return nullptr;
}

RowTableModelBase* HomeWidget::model(const QString& key) const
{
    for (const Panel& p : m_panels) {
        if (p.key == key)
            return p.model;
    }
    return nullptr;
}

void HomeWidget::showPanel(const QString& key)
{
    if (key == kBoardKey && m_board) {
        m_tabs->setCurrentWidget(m_board);
        return;
    }
    for (const Panel& p : m_panels) {
        if (p.key == key)
            m_tabs->setCurrentWidget(p.page);
    }
}

void HomeWidget::addBoard(QWidget* board, std::function<QString()> title)
{
    m_board = board;
    m_boardTitle = std::move(title);
    m_tabs->insertTab(0, board, m_boardTitle());
    m_tabs->setCurrentWidget(board);
}

void HomeWidget::refresh()
{
    for (Panel& p : m_panels)
        p.model->refresh();
}

void HomeWidget::focusFilter()
{
    if (auto* page = m_tabs->currentWidget()) {
        for (const Panel& p : m_panels) {
            if (p.page == page)
                p.filter->setFocus(Qt::ShortcutFocusReason);
        }
    }
}

void HomeWidget::saveLayout(const QString& user) const
{
    for (const Panel& p : m_panels)
        AppSettings::setUserState(user, QStringLiteral("home-%1-header").arg(p.key), p.view->horizontalHeader()->saveState());
    AppSettings::setUserState(user, QStringLiteral("home-tab"),
                              m_tabs->currentWidget() ? m_tabs->currentWidget()->objectName().toUtf8() : QByteArray());
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
    if (tab.isEmpty())
        return;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->objectName() == tab)
            m_tabs->setCurrentIndex(i);
    }
}

void HomeWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HomeWidget::retranslate()
{
    for (Panel& p : m_panels) {
        m_tabs->setTabText(m_tabs->indexOf(p.page), p.title());
        p.filter->setPlaceholderText(tr("Filter (Ctrl+F)"));
        p.model->retranslate();
        updateCount(p);
    }
    if (m_board)
        m_tabs->setTabText(m_tabs->indexOf(m_board), m_boardTitle());
}

} // namespace cs::ui
