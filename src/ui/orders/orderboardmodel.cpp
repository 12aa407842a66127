#include "ui/orders/orderboardmodel.h"

#include "ui/common/rowtablemodel.h"

#include "ui/common/futurewatch.h"
#include "ui/common/statustext.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QFuture>

namespace cs::ui {

using data::BoardColumn;
using data::BoardField;

namespace {

// Board column -> result field.
constexpr BoardField kFieldOf[data::boardColumnCount] = {
    data::BfPo, data::BfBuild, data::BfCustomer, data::BfProject, data::BfModel,
    data::BfStatus, data::BfWantDate, data::BfAssignee, data::BfUpdated,
};

} // namespace

OrderBoardModel::OrderBoardModel(data::Session* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &OrderBoardModel::reload);
}

QString OrderBoardModel::columnTitle(BoardColumn column)
{
    switch (column) {
    case BoardColumn::PoNumber: return tr("PO");
    case BoardColumn::BuildNumber: return tr("Build");
    case BoardColumn::Customer: return tr("Customer");
    case BoardColumn::Project: return tr("Project");
    case BoardColumn::Model: return tr("Model");
    case BoardColumn::Status: return tr("Status");
    case BoardColumn::WantDate: return tr("Want date");
    case BoardColumn::Assignee: return tr("Assignee");
    case BoardColumn::Updated: return tr("Updated");
    }
    return {};
}

void OrderBoardModel::setSearch(const QString& text)
{
    if (text.trimmed() == m_query.search.trimmed())
        return;
    m_query.search = text.trimmed();
    m_debounce.start();
}

void OrderBoardModel::setStatusFilter(const QString& status)
{
    if (status == m_query.status)
        return;
    m_query.status = status;
    reload();
}

void OrderBoardModel::setMyQueue(bool onlyMine)
{
    const QString id = onlyMine && m_session ? m_session->user().userId : QString();
    if (id == m_query.assigneeUserId)
        return;
    m_query.assigneeUserId = id;
    reload();
}

void OrderBoardModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= data::boardColumnCount)
        return;
    const auto c = static_cast<BoardColumn>(column);
    const bool descending = order == Qt::DescendingOrder;
    if (c == m_query.sortColumn && descending == m_query.descending && m_pagesLoaded > 0)
        return;
    m_query.sortColumn = c;
    m_query.descending = descending;
    reload();
}

void OrderBoardModel::reload()
{
    m_debounce.stop();
    ++m_generation;   // results of earlier queries are dropped from now on
    m_pending.cancel();   // skipped if still queued, cancelled on the server if running
    beginResetModel();
    m_rows.clear();
    m_pagesLoaded = 0;
    m_hasMore = true;
    m_loading = false;
    m_error.clear();
    endResetModel();
    fetchPage(QString());
}

void OrderBoardModel::fetchPage(const QString& after)
{
    if (!m_session || m_loading)
        return;
    data::BoardQuery q = m_query;
    q.after = after;
    q.offset = 0;
    q.limit = m_pageSize;
    const int offset = int(m_rows.size());
    m_loading = true;
    const quint64 generation = m_generation;
    m_pending = data::BoardQueries::readPage(*m_session, q);
    whenDone(this, m_pending, [this, generation, offset](const data::Result<QList<QVariantList>>& r) {
        if (generation != m_generation)
            return;   // a newer query replaced this one
        m_loading = false;
        if (!r.ok()) {
            m_error = r.error().message;
            m_hasMore = false;
            emit failed(r.error());
            return;
        }
        const QList<QVariantList>& rows = r.value();
        if (offset != int(m_rows.size()))
            return;   // (cannot happen: the rows change only by a reset, which drops this answer)
        m_hasMore = rows.size() >= m_pageSize;
        ++m_pagesLoaded;
        if (!rows.isEmpty()) {
            // No next page is asked for from inside the insert's signals (a view or a model tester
            // reacting to them): one page arrives per fetchMore.
            m_applying = true;
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
            m_rows.append(rows);
            endInsertRows();
            m_applying = false;
        }
        emit pageLoaded(offset, int(rows.size()));
    });
}

bool OrderBoardModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading && !m_applying && m_pagesLoaded > 0;
}

void OrderBoardModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent) && !m_rows.isEmpty())
        fetchPage(m_rows.constLast().value(data::BfPageKey).toString());
}

QString OrderBoardModel::orderId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value(data::BfOrderId).toString() : QString();
}

int OrderBoardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderBoardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : data::boardColumnCount;
}

QVariant OrderBoardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList& row = m_rows.at(index.row());
    const auto column = static_cast<BoardColumn>(index.column());
    const QVariant raw = row.value(kFieldOf[index.column()]);
    const bool late = row.value(data::BfLate).toBool();
    switch (role) {
    case Qt::DisplayRole:
        if (raw.isNull())
            return QString();
        if (column == BoardColumn::Status)
            return StatusText::orderStatus(raw.toString());
        if (column == BoardColumn::WantDate)
            return RowTableModelBase::dateText(raw.toDate());
        if (column == BoardColumn::Updated)
            return RowTableModelBase::dateTimeText(raw.toDateTime());
        return raw.toString();
    case Qt::ToolTipRole:
        if (column == BoardColumn::WantDate && late)
            return tr("Late: the want date has passed and the build has not shipped.");
        return {};
    case Qt::ForegroundRole:
        if (column == BoardColumn::WantDate && late)
            return QBrush(QColor(0xB0, 0x00, 0x20));
        return {};
    case Qt::FontRole:
        if (column == BoardColumn::WantDate && late) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case OrderIdRole: return row.value(data::BfOrderId);
    case RowVersionRole: return row.value(data::BfRowVersion);
    case LateRole: return late;
    case RawRole: return raw;
    default: return {};
    }
}

QVariant OrderBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= data::boardColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(static_cast<BoardColumn>(section));
    return {};
}

} // namespace cs::ui
