#pragma once

#include "data/orders/boardqueries.h"
#include "data/common/session.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QPointer>
#include <QTimer>

namespace cs::ui {

// The order board: a table of the builds, read page by page (never all rows) on the session's worker
// thread (its own connection), filtered, searched and sorted by the server. Each next page is asked
// for by the last row's page key (the server reads on from there: a deep page costs what the first
// does); a changed sort, search or filter starts over from the first page. Results of a query that
// has been replaced by a newer one are dropped, and its statement is cancelled.
class OrderBoardModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        OrderIdRole = Qt::UserRole + 1,
        RowVersionRole,
        LateRole,
        RawRole,   // the database value of the cell
    };

    explicit OrderBoardModel(data::Session* session, QObject* parent = nullptr);

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    // The search is debounced: the query runs this long after the last keystroke.
    void setSearchDelay(int ms) { m_debounce.setInterval(ms); }

    QString search() const { return m_query.search; }
    void setSearch(const QString& text);          // debounced
    void setStatusFilter(const QString& status);  // a cs.order_status_enum name, empty for all
    void setMyQueue(bool onlyMine);
    const data::BoardQuery& query() const { return m_query; }

    // Reads the first page again (keeps filters and sort).
    void reload();
    bool isLoading() const { return m_loading; }
    // Loading, or a typed search waiting for its debounce.
    bool isBusy() const { return m_loading || m_debounce.isActive(); }
    bool hasMore() const { return m_hasMore; }
    QString errorText() const { return m_error; }
    QString orderId(int row) const;
    int pagesLoaded() const { return m_pagesLoaded; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString columnTitle(data::BoardColumn column);

signals:
    // A page arrived and was applied; `offset` is the number of rows before it (0 for the first page).
    void pageLoaded(int offset, int rows);
    void failed(const cs::data::DbError& error);

private:
    // Reads the page after the row with this page key (empty: the first page).
    void fetchPage(const QString& after);

    QPointer<data::Session> m_session;
    QFuture<data::Result<QList<QVariantList>>> m_pending;   // the page being read (cancelled when superseded)
    data::BoardQuery m_query;
    QList<QVariantList> m_rows;
    QTimer m_debounce;
    int m_pageSize = 200;
    int m_pagesLoaded = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_applying = false;   // a page's rows are being inserted
    bool m_hasMore = true;
    QString m_error;
};

} // namespace cs::ui
