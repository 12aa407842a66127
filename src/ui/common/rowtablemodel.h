#pragma once

#include "data/common/result.h"
#include "ui/common/futurewatch.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QVariant>

#include <functional>
#include <utility>

namespace cs::ui {

// The part of every read-only table of typed rows that does not depend on the row type: the state of its
// load (loading, loaded, the error), the signals, a role for raw values, and how values are shown.
class RowTableModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RawRole = Qt::UserRole,   // the value behind a cell, for sorting (dates as dates, numbers as numbers)
        KeyRole                   // what a row opens (a build number, an item id), the same in every column
    };

    explicit RowTableModelBase(QObject* parent = nullptr);
    ~RowTableModelBase() override;

    // Reads the rows again (a read still running is superseded and cancelled).
    virtual void refresh() = 0;
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }
    // The last load's error in words (empty after a good load), and the error itself.
    QString errorText() const { return m_error.userMessage(); }
    const data::DbError& error() const { return m_error; }
    // The raw value of a cell (RawRole) and the key of a row (KeyRole).
    QVariant value(int row, int column) const;
    QString key(int row) const;
    // Titles and shown values follow the UI language: says so to the views.
    void retranslate();

    // How values are shown, in the session's QLocale (Translator sets it): dates as day, month name and
    // year, times of day in the locale's short form, in local time. Every screen's dates go through these.
    static QString dateText(const QDate& date);
    static QString dateTimeText(const QDateTime& time);

signals:
    void loaded();
    void failed(const cs::data::DbError& error);

protected:
    void setLoading(bool loading) { m_loading = loading; }
    void setLoaded(const data::DbError& error);

private:
    bool m_loading = false;
    bool m_loaded = false;
    data::DbError m_error;
};

// A read-only table of typed rows: each column says its title (in the UI language, so a function), the
// value it shows and the value it sorts by; the rows come from a repository call (fetch) or are set.
//
//   auto* model = new RowTableModel<data::HomeRow>({
//       {[] { return tr("Build"); }, [](const HomeRow& r) { return r.buildNumber; }},
//       {[] { return tr("Want date"); }, [](const HomeRow& r) { return dateText(r.wantDate); },
//        [](const HomeRow& r) { return r.wantDate; }}}, this);
//   model->setFetch([queries] { return queries->awaitingPreQc(); });
template<typename Row>
class RowTableModel final : public RowTableModelBase
{
public:
    struct Column
    {
        Column(std::function<QString()> title, std::function<QVariant(const Row&)> display,
               std::function<QVariant(const Row&)> raw = nullptr)
            : title(std::move(title))
            , display(std::move(display))
            , raw(std::move(raw))
        {
        }
        std::function<QString()> title;
        std::function<QVariant(const Row&)> display;
        std::function<QVariant(const Row&)> raw;   // sorts by display when none
    };
    using Fetch = std::function<QFuture<data::Result<QList<Row>>>()>;

    explicit RowTableModel(QList<Column> columns, QObject* parent = nullptr)
        : RowTableModelBase(parent)
        , m_columns(std::move(columns))
    {
    }

    void setFetch(Fetch fetch) { m_fetch = std::move(fetch); }
    // What a row opens (KeyRole); none by default.
    void setKey(std::function<QString(const Row&)> key) { m_key = std::move(key); }

    void refresh() override
    {
        if (!m_fetch)
            return;
        if (!m_pending.isFinished())
            m_pending.cancel();   // superseded: skipped if queued, cancelled on the server if running
        setLoading(true);
        m_pending = m_fetch();
        whenDone(this, m_pending, [this](const data::Result<QList<Row>>& result) {
            setLoading(false);
            if (result.ok())
                setRows(result.value());
            else
                setLoaded(result.error());
        });
    }

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        setLoaded({});
    }

    const QList<Row>& rows() const { return m_rows; }
    const Row& row(int i) const { return m_rows.at(i); }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row& r = m_rows.at(index.row());
        const Column& c = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return c.display(r);
        case RawRole:
            return c.raw ? c.raw(r) : c.display(r);
        case KeyRole:
            return m_key ? QVariant(m_key(r)) : QVariant();
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
            return QAbstractTableModel::headerData(section, orientation, role);
        return m_columns.at(section).title();
    }

private:
    QList<Column> m_columns;
    QList<Row> m_rows;
    Fetch m_fetch;
    std::function<QString(const Row&)> m_key;
    QFuture<data::Result<QList<Row>>> m_pending;
};

} // namespace cs::ui
