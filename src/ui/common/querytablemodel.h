#pragma once

#include "data/common/session.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace cs::ui {

// A read-only table over one SQL query, fetched on the session's worker thread. Column titles
// come from a function so that they follow the UI language.
class QueryTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    using TitlesFn = std::function<QStringList()>;

    QueryTableModel(data::Session* session, QString sql, TitlesFn titles, QObject* parent = nullptr);

    void setBindings(const QVariantMap& bindings) { m_bindings = bindings; }
    // Shows a column's values through a function (e.g. status names in the UI language).
    void setDisplayMapper(int column, std::function<QString(const QVariant&)> mapper);
    void refresh();
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }
    QString errorText() const { return m_error; }
    // The raw value of a cell (the first column is usually the key).
    QVariant value(int row, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

signals:
    void loaded();
    // The query failed (data::Session::isConnectionError() tells a dropped server from a data error).
    void failed(const QSqlError& error);

private:
    QPointer<data::Session> m_session;
    QString m_sql;
    TitlesFn m_titles;
    QVariantMap m_bindings;
    QList<QVariantList> m_rows;
    int m_columns = 0;
    bool m_loading = false;
    bool m_loaded = false;
    quint64 m_generation = 0;
    QString m_error;
    QHash<int, std::function<QString(const QVariant&)>> m_mappers;
};

} // namespace cs::ui
