#include "ui/shell/homewidget.h"

#include "ui/common/appsettings.h"
#include "ui/common/itemviewtext.h"
#include "ui/common/messagebar.h"
#include "ui/common/rowtablemodel.h"
#include "ui/common/statustext.h"

#include "data/common/changefeed.h"
#include "data/common/session.h"
#include "domain/common/capabilities.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QFontMetrics>
#include <QKeySequence>
#include <QLocale>
#include <QLineEdit>
#include <QListWidget>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cs::ui {

using data::BomApprovalRow;
using data::ChangeFeed;
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
             // Plurals: one message for one and one for the others, so that English (the source
             // language, with no translation file to pluralise) reads right; each keeps %n so that a
             // translation gives the forms its language has.
             const int left = int(r.packingMissing.size());
             return left == 1 ? HomeWidget::tr("%n item to confirm", nullptr, left)
                              : HomeWidget::tr("%n items to confirm", nullptr, left);
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

// The parts of a service request in words: "4 × SERVICE KIT: DOSING PUMP, 2 approved; 1 × …".
QString requestParts(const ServiceRequestRow& r)
{
    QStringList lines;
    for (const data::ServiceRequestLine& l : r.items) {
        // The catalog's name is what people read; the id only when the catalog lost the name.
        const QString item = l.name.isEmpty() ? l.itemId : l.name;
        // Fewer approved than requested: both quantities.
        if (l.approvedQuantity >= 0 && l.approvedQuantity != l.quantity)
            lines << HomeWidget::tr("%1 × %2, %3 approved")
                         .arg(QLocale().toString(l.quantity), item, QLocale().toString(l.approvedQuantity));
        else
            lines << HomeWidget::tr("%1 × %2").arg(QLocale().toString(l.quantity), item);
    }
    return lines.join(QStringLiteral("; "));
}

// A service request: when, who, what, where it stands; the parts by name with their quantities.
QList<RowTableModel<ServiceRequestRow>::Column> requestColumns(bool withRequester)
{
    using R = ServiceRequestRow;
    using C = RowTableModel<ServiceRequestRow>::Column;
    QList<C> columns;
    columns << C([] { return HomeWidget::tr("Requested"); }, [](const R& r) { return Base::dateTimeText(r.requestedAt); },
                 [](const R& r) { return r.requestedAt; });
    if (withRequester)
        columns << C([] { return HomeWidget::tr("Requested by"); }, [](const R& r) { return r.requestedBy; });
    columns << C([] { return HomeWidget::tr("Status"); }, [](const R& r) { return StatusText::serviceStatus(r.status); });
    columns << C([] { return HomeWidget::tr("Parts"); }, [](const R& r) { return requestParts(r); },
                 [](const R& r) { return r.items.isEmpty() ? QString() : r.items.first().name; });
    columns << C(
        [] { return HomeWidget::tr("Processed"); },
        [](const R& r) -> QVariant {
            if (!r.processedAt.isValid())
                return QString();
            if (r.processedBy.isEmpty())
                return Base::dateTimeText(r.processedAt);
            return HomeWidget::tr("%1 by %2").arg(Base::dateTimeText(r.processedAt), r.processedBy);
        },
        [](const R& r) { return r.processedAt; });
    columns << C([] { return HomeWidget::tr("Notes"); }, [](const R& r) { return r.notes; });
    return columns;
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
    , m_lists(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("home_") + domain::appRoleName(role));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_lists->setObjectName(QStringLiteral("homeListsView"));
    m_lists->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lists->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lists->setTextElideMode(Qt::ElideNone);
    m_lists->setUniformItemSizes(false);
    m_lists->setSpacing(2);
    m_stack->setObjectName(QStringLiteral("homeStack"));
    layout->addWidget(m_lists);
    layout->addWidget(m_stack, 1);
    connect(m_lists, &QListWidget::currentRowChanged, m_stack, [this](int row) {
        if (row >= 0 && row < m_stack->count())
            m_stack->setCurrentIndex(row);
    });
    // Ctrl+1 … Ctrl+9: the lists in the column's order.
    for (int i = 0; i < 9; ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            if (i < m_lists->count()) {
                m_lists->setCurrentRow(i);
                if (QWidget* page = m_stack->currentWidget())
                    if (auto* table = page->findChild<QTableView*>())
                        table->setFocus(Qt::ShortcutFocusReason);
            }
        });
    }
    for (WorkList list : domain::WorkLists::forRole(role))
        addWorkList(list);
    if (m_lists->count() > 0)
        m_lists->setCurrentRow(0);
    connect(session->changes(), &ChangeFeed::changed, this, &HomeWidget::onChanges);
    retranslate();
    refresh();
}

HomeWidget::~HomeWidget() = default;

void HomeWidget::addWorkList(WorkList list)
{
    Panel p;
    p.key = domain::WorkLists::rule(list).key;
    p.title = listTitle(list);
    // A checklist's sign-off moves its build: the lists of builds follow checklists too.
    p.entities = {ChangeFeed::kOrder, ChangeFeed::kChecklist};
    data::HomeQueries* queries = &m_queries;
    switch (list) {
    case WorkList::BomApprovals: {
        auto* model = new RowTableModel<BomApprovalRow>(bomColumns(), this);
        p.spareColumn = 2;   // customer
        p.yieldOrder = {5, 3, 4};   // unique parts, BOM version, generated
        model->setFetch([queries] { return queries->bomApprovals(); });
        model->setKey([](const BomApprovalRow& r) { return r.buildNumber; });
        p.orderId = [model](int row) { return model->row(row).orderId; };
        p.kind = RowKind::Build;
        p.model = model;
        break;
    }
    case WorkList::ServiceParts: {
        auto* model = new RowTableModel<ServicePartRow>(partColumns(), this);
        p.spareColumn = 1;   // name (many parts have no description)
        p.yieldOrder = {2};
        model->setFetch([queries] { return queries->serviceParts(); });
        model->setKey([](const ServicePartRow& r) { return r.itemId; });
        p.kind = RowKind::ServicePart;
        p.model = model;
        p.entities = {ChangeFeed::kCatalog};
        break;
    }
    case WorkList::ServiceRequests:
    case WorkList::MyServiceRequests: {
        // One's own requests need no requester column.
        auto* model = new RowTableModel<ServiceRequestRow>(requestColumns(list == WorkList::ServiceRequests), this);
        // When, who, the status and the parts tell requests apart. The parts have the room (a request
        // has up to 100 lines: cut, they show whole in the tooltip); the notes give up width for them
        // first; who processed a request yields first when the room is short, then the notes.
        p.spareColumn = list == WorkList::ServiceRequests ? 3 : 2;   // parts
        p.narrowing = {list == WorkList::ServiceRequests ? 5 : 4};   // notes
        p.yieldOrder = list == WorkList::ServiceRequests ? QList<int>{4, 5, 1} : QList<int>{3, 4};
        if (list == WorkList::ServiceRequests)
            model->setFetch([queries] { return queries->serviceRequests(); });
        else
            model->setFetch([queries] { return queries->myServiceRequests(); });
        model->setKey([](const ServiceRequestRow& r) { return r.requestId; });
        p.model = model;
        p.entities = {ChangeFeed::kServiceRequest, ChangeFeed::kCatalog};
        break;
    }
    case WorkList::MyBuilds:
        if (m_role == AppRole::Assembler) {
            // The assembler's builds with their progress on the bench.
            data::AssemblyRepository* assembly = &m_assembly;
            auto* model = new RowTableModel<data::AssemblyState>(benchColumns(), this);
            p.spareColumn = 2;   // customer
            p.yieldOrder = {6, 5, 4};   // packaging, test, production checks; the status stays
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
        p.spareColumn = 3;   // project
        // Build and PO tell the rows apart and never yield; then the customer, the want date and (in a
        // list of several statuses) the status. A list of one status yields its status first.
        p.yieldOrder = domain::WorkLists::rule(list).statuses.size() == 1 ? QList<int>{4, 7, 6, 5, 2}
                                                                           : QList<int>{7, 6, 5, 2};
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
    p.page = new QWidget(m_stack);
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
    p.view->horizontalHeader()->setSectionsMovable(true);
    // Every column as wide as what it shows; one column that benefits has the room left over.
    ItemViewText::setSpareColumn(p.view, p.spareColumn);
    // When the room is short (shop-floor type at 1366 px), the least needed columns give way.
    ItemViewText::setYieldOrder(p.view, p.yieldOrder);
    ItemViewText::setNarrowingColumns(p.view, p.narrowing);
    p.view->setWordWrap(false);
    layout->addWidget(p.view, 1);
    m_stack->addWidget(p.page);
    auto* item = new QListWidgetItem(m_lists);
    item->setData(Qt::UserRole, p.key);
    m_panels.append(p);

    const QString key = p.key;
    const auto panel = [this, key]() -> Panel& {
        for (Panel& each : m_panels) {
            if (each.key == key)
                return each;
        }
        Q_UNREACHABLE();
    };
    // The current row stays current across a read (a change elsewhere must not lose one's place).
    connect(p.model, &QAbstractItemModel::modelAboutToBeReset, this, [panel] {
        Panel& each = panel();
        const QModelIndex current = each.view->currentIndex();
        each.currentKey = current.isValid() ? current.data(RowTableModelBase::KeyRole).toString() : QString();
    });
    connect(p.filter, &QLineEdit::textChanged, this, [panel, this](const QString& text) {
        panel().proxy->setFilterFixedString(text);
        updateCount(panel());
    });
    connect(p.model, &RowTableModelBase::loaded, this, [panel, this] {
        Panel& each = panel();
        each.message->clear();
        // Fitted once (a layout the user left keeps its widths where they show the whole text); later
        // loads widen only the columns that tell rows apart.
        ItemViewText::rowsLoaded(each.view, each.layoutRestored);
        if (!each.currentKey.isEmpty()) {
            const QModelIndexList found =
                each.proxy->match(each.proxy->index(0, 0), RowTableModelBase::KeyRole, each.currentKey, 1, Qt::MatchExactly);
            if (!found.isEmpty())
                each.view->setCurrentIndex(found.first());
        }
        updateCount(each);
    });
    connect(p.model, &RowTableModelBase::failed, this, [panel, this](const data::DbError& error) {
        panel().message->showError(error.userMessage());
        updateListItem(panel());
        emit queryFailed(error);
    });
    connect(p.view, &QTableView::activated, this, [panel, this](const QModelIndex& i) { activate(panel(), i); });
}

void HomeWidget::updateCount(Panel& p)
{
    // Plurals: one message for one and one for the others (English has no translation file to
    // pluralise); each keeps %n for the forms of other languages.
    const int rows = p.proxy->rowCount();
    if (p.model->rowCount() >= data::HomeQueries::kRowLimit)
        p.count->setText(rows == 1 ? tr("%n row; the list stops at the oldest want dates", nullptr, rows)
                                   : tr("%n rows; the list stops at the oldest want dates", nullptr, rows));
    else
        p.count->setText(rows == 1 ? tr("%n row", nullptr, rows) : tr("%n rows", nullptr, rows));
    updateListItem(p);
}

QListWidgetItem* HomeWidget::listItem(const QWidget* page) const
{
    const int row = m_stack->indexOf(const_cast<QWidget*>(page));
    return row < 0 ? nullptr : m_lists->item(row);
}

void HomeWidget::updateListItem(const Panel& p)
{
    QListWidgetItem* item = listItem(p.page);
    if (!item)
        return;
    const int index = m_lists->row(item);
    const QString shortcut = index < 9 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)).toString(QKeySequence::NativeText)
                                       : QString();
    const int rows = p.model->rowCount();
    item->setText(wrappedLabel(panelLabel(p.key)));
    // Lists with work in them stand out.
    QFont font = m_lists->font();
    font.setBold(p.model->hasLoaded() && p.model->errorText().isEmpty() && rows > 0);
    item->setFont(font);
    QString tip = p.title();
    if (!p.model->errorText().isEmpty())
        tip = tr("%1: could not be read (%2)").arg(p.title(), p.model->errorText());
    item->setToolTip(shortcut.isEmpty() ? tip : tr("%1 (%2)").arg(tip, shortcut));
    fitListColumn();
}

QString HomeWidget::panelLabel(const QString& key) const
{
    if (key == kBoardKey)
        return m_boardTitle ? m_boardTitle() : QString();
    for (const Panel& p : m_panels) {
        if (p.key != key)
            continue;
        if (!p.model->hasLoaded() || !p.model->errorText().isEmpty())
            return p.title();
        if (p.model->rowCount() >= data::HomeQueries::kRowLimit)
            return tr("%1 (%2+)").arg(p.title(), QLocale().toString(p.model->rowCount()));
        return tr("%1 (%2)").arg(p.title(), QLocale().toString(p.model->rowCount()));
    }
    return QString();
}

QString HomeWidget::wrappedLabel(const QString& label) const
{
    // A long name ("Pièces envoyées, en attente de réception (2)") goes over two lines rather than
    // taking the width of the lists beside it; words are never cut.
    QFont bold = m_lists->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int room = kListNameChars * metrics.averageCharWidth();
    if (metrics.horizontalAdvance(label) <= room)
        return label;
    // The count stays with the last word: "… de réception (2)", never "(2)" alone.
    QString joined = label;
    const qsizetype count = joined.lastIndexOf(QStringLiteral(" ("));
    if (count > 0)
        joined[count] = QChar::Nbsp;
    const QStringList words = joined.split(u' ');
    QStringList lines;
    QString line;
    for (const QString& word : words) {
        const QString longer = line.isEmpty() ? word : line + u' ' + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > room) {
            lines << line;
            line = word;
        } else {
            line = longer;
        }
    }
    lines << line;
    return lines.join(u'\n').replace(QChar::Nbsp, u' ');
}

void HomeWidget::fitListColumn()
{
    // Wide enough for the longest line of a name in bold, so no list name is cut off; the lists take
    // the rest.
    QFont bold = m_lists->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (int i = 0; i < m_lists->count(); ++i)
        for (const QString& line : m_lists->item(i)->text().split(u'\n'))
            widest = qMax(widest, metrics.horizontalAdvance(line));
    const int width = widest + 2 * m_lists->frameWidth() + 4 * m_lists->spacing() + 24;
    m_lists->setFixedWidth(qMax(width, 160));
}

void HomeWidget::onChanges(const QList<data::Change>& batch)
{
    for (Panel& p : m_panels)
        if (ChangeFeed::concerns(batch, p.entities))
            p.model->refresh();
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
    for (int i = 0; i < m_stack->count(); ++i) {
        QWidget* page = m_stack->widget(i);
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

QString HomeWidget::currentPanel() const
{
    const int row = m_stack->currentIndex();
    return row < 0 ? QString() : panelKeys().value(row);
}

QString HomeWidget::currentBuild() const
{
    QWidget* page = m_stack->currentWidget();
    for (const Panel& p : m_panels) {
        if (p.page != page || p.kind != RowKind::Build)
            continue;
        const QModelIndex current = p.view->currentIndex();
        return current.isValid() ? current.data(RowTableModelBase::KeyRole).toString() : QString();
    }
    return QString();
}

void HomeWidget::showPanel(const QString& key)
{
    const int row = int(panelKeys().indexOf(key));
    if (row >= 0)
        m_lists->setCurrentRow(row);
}

void HomeWidget::addBoard(QWidget* board, std::function<QString()> title)
{
    m_board = board;
    m_boardTitle = std::move(title);
    m_stack->insertWidget(0, board);
    auto* item = new QListWidgetItem;
    item->setData(Qt::UserRole, QString(kBoardKey));
    m_lists->insertItem(0, item);
    m_lists->setCurrentRow(0);
    retranslate();
}

void HomeWidget::refresh()
{
    for (Panel& p : m_panels)
        p.model->refresh();
}

void HomeWidget::focusFilter()
{
    if (auto* page = m_stack->currentWidget()) {
        for (const Panel& p : m_panels) {
            if (p.page == page)
                p.filter->setFocus(Qt::ShortcutFocusReason);
        }
    }
}

void HomeWidget::saveLayout(const QString& user) const
{
    for (const Panel& p : m_panels)
        AppSettings::setUserState(user, QStringLiteral("home-%1-header").arg(p.key), ItemViewText::headerState(p.view));
    AppSettings::setUserState(user, QStringLiteral("home-tab"),
                              m_stack->currentWidget() ? m_stack->currentWidget()->objectName().toUtf8() : QByteArray());
}

void HomeWidget::restoreLayout(const QString& user)
{
    for (Panel& p : m_panels) {
        const QByteArray state = AppSettings::userState(user, QStringLiteral("home-%1-header").arg(p.key));
        // Column widths the user chose win over fitting to content.
        if (ItemViewText::restoreHeaderState(p.view, state))
            p.layoutRestored = true;
    }
    const QString tab = QString::fromUtf8(AppSettings::userState(user, QStringLiteral("home-tab")));
    if (tab.isEmpty())
        return;
    for (int i = 0; i < m_stack->count(); ++i) {
        if (m_stack->widget(i)->objectName() == tab)
            m_lists->setCurrentRow(i);
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
    m_lists->setAccessibleName(tr("Lists"));
    for (Panel& p : m_panels) {
        p.filter->setPlaceholderText(tr("Filter (Ctrl+F)"));
        p.model->retranslate();
        // Titles in another language may need more room.
        ItemViewText::widenColumns(p.view);
        updateCount(p);
    }
    if (QListWidgetItem* item = m_board ? listItem(m_board) : nullptr) {
        item->setText(wrappedLabel(m_boardTitle()));
        item->setToolTip(tr("%1 (%2)").arg(m_boardTitle(), QKeySequence(Qt::CTRL | Qt::Key_1).toString(QKeySequence::NativeText)));
        // Renumbered: the board came first.
        for (const Panel& p : m_panels)
            updateListItem(p);
    }
    fitListColumn();
}

} // namespace cs::ui
