#include "ui/orders/orderboardwidget.h"

#include "ui/common/appsettings.h"
#include "ui/common/itemviewtext.h"
#include "ui/orders/orderboardmodel.h"
#include "ui/common/statustext.h"
#include "ui/printing/travelerprinting.h"
#include "ui_orderboardwidget.h"

#include "data/common/changefeed.h"

#include <QAction>
#include <algorithm>
#include <utility>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>

namespace cs::ui {

namespace {

const QStringList kStatuses{
    QStringLiteral("OrderCreated"),    QStringLiteral("PartsSent"),         QStringLiteral("ReadyForPreQC"),
    QStringLiteral("PreQCRejected"),   QStringLiteral("ReworkPreQC"),       QStringLiteral("ReadyForProduction"),
    QStringLiteral("OnHoldParts"),     QStringLiteral("TestingComplete"),   QStringLiteral("PackagingComplete"),
    QStringLiteral("ReadyForFinalQC"), QStringLiteral("FinalQCRejected"),   QStringLiteral("ReworkFinalQC"),
    QStringLiteral("ReadyForShip"),    QStringLiteral("Shipped"),
};

const QString kLayoutKey = QStringLiteral("order-board-header");

} // namespace

OrderBoardWidget::OrderBoardWidget(data::Session* session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrderBoardWidget>())
    , m_session(session)
    , m_model(new OrderBoardModel(session, this))
    , m_printTravelersAction(new QAction(this))
    , m_exportTravelersAction(new QAction(this))
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    auto* travelersMenu = new QMenu(this);
    travelersMenu->addAction(m_printTravelersAction);
    travelersMenu->addAction(m_exportTravelersAction);
    m_ui->travelersButton->setMenu(travelersMenu);
    m_ui->tableView->addAction(m_printTravelersAction);
    m_ui->tableView->addAction(m_exportTravelersAction);
    m_ui->tableView->setContextMenuPolicy(Qt::ActionsContextMenu);
    // The filters share the row with the buttons: a long status shows whole in the open list, and
    // the search field gives up width before any button is cut.
    m_ui->searchLineEdit->setMinimumWidth(m_ui->searchLineEdit->fontMetrics().averageCharWidth() * 16);
    m_ui->searchLineEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_ui->statusComboBox->addItem(QString(), QString());
    for (const QString& s : kStatuses)
        m_ui->statusComboBox->addItem(QString(), s);
    retranslate();

    m_ui->tableView->setModel(m_model);
    // Every column as wide as what it shows; the projects have the room left over. (It gives the
    // table the header it keeps.)
    ItemViewText::setSpareColumn(m_ui->tableView, int(data::BoardColumn::Project));
    // PO, build and status tell the rows apart and are never cut; when the room is short (shop-floor
    // type at 1366 px), these give way, the least needed first.
    using C = data::BoardColumn;
    ItemViewText::setYieldOrder(m_ui->tableView, {int(C::Updated), int(C::Assignee), int(C::Model), int(C::WantDate),
                                                  int(C::Customer)});
    QHeaderView* header = m_ui->tableView->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSortIndicator(int(data::BoardColumn::Updated), Qt::DescendingOrder);
    m_ui->tableView->verticalHeader()->hide();
    m_ui->tableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_model, &OrderBoardModel::setSearch);
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setStatusFilter(m_ui->statusComboBox->currentData().toString()); });
    connect(m_ui->myQueueCheckBox, &QCheckBox::toggled, m_model, &OrderBoardModel::setMyQueue);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &OrderBoardWidget::refresh);
    connect(m_ui->tableView, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString id = m_model->orderId(index.row());
        if (!id.isEmpty())
            emit openOrder(id);
    });
    // A change of builds (the person's own action in this window, later others' too) reads the board
    // again; the build that was current stays current when it is still on the first page.
    connect(session->changes(), &data::ChangeFeed::changed, this, [this](const QList<data::Change>& batch) {
        // The board shows no checklist progress: a signed checklist moves its build, and is announced so.
        if (!data::ChangeFeed::concerns(batch, {data::ChangeFeed::kOrder}))
            return;
        const QModelIndex current = m_ui->tableView->currentIndex();
        m_keepCurrent = current.isValid() ? m_model->orderId(current.row()) : QString();
        refresh();
    });
    connect(m_model, &OrderBoardModel::pageLoaded, this, [this](int offset, int) {
        if (offset != 0 || m_keepCurrent.isEmpty())
            return;
        const QString wanted = std::exchange(m_keepCurrent, QString());
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->orderId(row) == wanted) {
                m_ui->tableView->setCurrentIndex(m_model->index(row, qMax(0, m_ui->tableView->currentIndex().column())));
                break;
            }
        }
    });
    connect(m_model, &OrderBoardModel::pageLoaded, this, [this](int, int rows) {
        // Fitted on the first rows (a restored layout only where too narrow); later pages and searches
        // widen only the PO and build columns for longer numbers.
        if (rows > 0)
            ItemViewText::rowsLoaded(m_ui->tableView, m_layoutRestored);
        updateCount();
    });
    connect(m_model, &OrderBoardModel::modelReset, this, &OrderBoardWidget::updateCount);
    connect(m_model, &OrderBoardModel::modelReset, this, &OrderBoardWidget::updateActions);
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrderBoardWidget::updateActions);
    connect(m_printTravelersAction, &QAction::triggered, this, &OrderBoardWidget::printTravelers);
    connect(m_exportTravelersAction, &QAction::triggered, this, [this] {
        const QStringList builds = selectedBuilds();
        if (builds.isEmpty())
            return;
        const QString suggested = builds.size() == 1 ? QStringLiteral("%1-traveler.pdf").arg(builds.first())
                                                     : QStringLiteral("travelers-%1-builds.pdf").arg(builds.size());
        const QString path =
            TravelerPrinting::saveFileName(this, tr("Export travelers PDF"), suggested, tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            exportTravelersPdf(path);
    });
    updateActions();
    connect(m_model, &OrderBoardModel::failed, this, &OrderBoardWidget::queryFailed);
    m_model->reload();
}

OrderBoardWidget::~OrderBoardWidget() = default;

QTableView* OrderBoardWidget::view() const
{
    return m_ui->tableView;
}

void OrderBoardWidget::refresh()
{
    m_model->reload();
}

void OrderBoardWidget::focusSearch()
{
    m_ui->searchLineEdit->setFocus();
    m_ui->searchLineEdit->selectAll();
}

void OrderBoardWidget::saveLayout(const QString& user) const
{
    AppSettings::setUserState(user, kLayoutKey, ItemViewText::headerState(m_ui->tableView));
}

void OrderBoardWidget::restoreLayout(const QString& user)
{
    const QByteArray state = AppSettings::userState(user, kLayoutKey);
    if (state.isEmpty())
        return;
    QHeaderView* header = m_ui->tableView->horizontalHeader();
    if (ItemViewText::restoreHeaderState(m_ui->tableView, state)) {
        m_layoutRestored = true;
        // The restored sort indicator is the server's sort.
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}

QStringList OrderBoardWidget::selectedBuilds() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_ui->tableView->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QStringList builds;
    for (const int row : std::as_const(rows)) {
        const QString build =
            m_model->index(row, int(data::BoardColumn::BuildNumber)).data(OrderBoardModel::RawRole).toString();
        if (!build.isEmpty())
            builds.append(build);
    }
    return builds;
}

bool OrderBoardWidget::canPrint() const
{
    return m_session->user().role != data::AppRole::ServiceDepartment;
}

void OrderBoardWidget::updateActions()
{
    const bool allowed = canPrint();
    const bool selected = allowed && m_ui->tableView->selectionModel()->hasSelection();
    m_ui->travelersButton->setVisible(allowed);
    m_printTravelersAction->setVisible(allowed);
    m_exportTravelersAction->setVisible(allowed);
    m_ui->travelersButton->setEnabled(selected);
    m_printTravelersAction->setEnabled(selected);
    m_exportTravelersAction->setEnabled(selected);
}

void OrderBoardWidget::printTravelers()
{
    if (!canPrint())
        return;
    TravelerPrinting::preview(this, *m_session, selectedBuilds(), [this](const TravelerPrinting::Outcome& result) {
        if (!result.message.isEmpty())
            showMessage(result.message, !result.ok);
    });
}

bool OrderBoardWidget::exportTravelersPdf(const QString& path)
{
    if (!canPrint())
        return false;
    // Written and recorded on the session's worker; the message follows.
    TravelerPrinting::exportPdf(this, *m_session, selectedBuilds(), path, [this](const TravelerPrinting::Outcome& result) {
        showMessage(result.message, !result.ok);
    });
    return true;
}

QString OrderBoardWidget::messageText() const
{
    return m_ui->messageLabel->isVisibleTo(this) ? m_ui->messageLabel->text() : QString();
}

void OrderBoardWidget::showMessage(const QString& text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void OrderBoardWidget::updateCount()
{
    const int n = m_model->rowCount();
    if (m_model->isLoading() && n == 0)
        m_ui->countLabel->setText(tr("Searching…"));
    // Plurals: one message for one and one for the others (English has no translation file to
    // pluralise); each keeps %n for the forms of other languages.
    else if (m_model->hasMore())
        m_ui->countLabel->setText(n == 1 ? tr("%n build shown; scroll for more", nullptr, n)
                                         : tr("%n builds shown; scroll for more", nullptr, n));
    else
        m_ui->countLabel->setText(n == 1 ? tr("%n build", nullptr, n) : tr("%n builds", nullptr, n));
}

void OrderBoardWidget::retranslate()
{
    m_printTravelersAction->setText(tr("&Print travelers…"));
    m_exportTravelersAction->setText(tr("&Export travelers PDF…"));
    m_ui->statusComboBox->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_ui->statusComboBox->count(); ++i)
        m_ui->statusComboBox->setItemText(i, StatusText::orderStatus(m_ui->statusComboBox->itemData(i).toString()));
    updateCount();
}

void OrderBoardWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        ItemViewText::widenColumns(m_ui->tableView);
    }
    QWidget::changeEvent(event);
}

} // namespace cs::ui
