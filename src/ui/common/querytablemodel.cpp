#include "ui/common/querytablemodel.h"

#include "ui/common/futurewatch.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace cs::ui {

QueryTableModel::QueryTableModel(data::Session* session, QString sql, TitlesFn titles, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_sql(std::move(sql))
    , m_titles(std::move(titles))
{
    m_columns = int(m_titles().size());
}

void QueryTableModel::setDisplayMapper(int column, std::function<QString(const QVariant&)> mapper)
{
    m_mappers.insert(column, std::move(mapper));
}

void QueryTableModel::refresh()
{
    if (!m_session)
        return;
    m_loading = true;
    const quint64 generation = ++m_generation;
    whenDone(this, m_session->runQuery(m_sql, m_bindings), [this, generation](const data::QueryResult& result) {
        if (generation != m_generation)
            return;   // a newer refresh is on its way
        m_loading = false;
        if (!result.ok()) {
            m_error = result.error.text();
            emit failed(result.error);
            return;
        }
        m_error.clear();
        beginResetModel();
        m_rows = result.rows;
        endResetModel();
        m_loaded = true;
        emit loaded();
    });
}

QVariant QueryTableModel::value(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_rows.at(row).size())
        return {};
    return m_rows.at(row).at(column);
}

int QueryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant QueryTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const QVariant v = value(index.row(), index.column());
    if (role == Qt::UserRole)
        return v;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (const auto it = m_mappers.constFind(index.column()); it != m_mappers.cend())
        return (*it)(v);
    const QLocale locale;
    switch (v.typeId()) {
    case QMetaType::QDate: return locale.toString(v.toDate(), QLocale::ShortFormat);
    case QMetaType::QDateTime: return locale.toString(v.toDateTime().toLocalTime(), QLocale::ShortFormat);
    case QMetaType::Bool: return v.toBool() ? tr("Yes") : tr("No");
    default: return v;
    }
}

QVariant QueryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList titles = m_titles();
    return section < titles.size() ? titles.at(section) : QVariant();
}

void QueryTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, std::max(0, m_columns - 1));
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, m_columns - 1));
}

} // namespace cs::ui
