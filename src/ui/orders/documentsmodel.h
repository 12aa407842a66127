#pragma once

#include "data/orders/documentinfo.h"

#include <QAbstractTableModel>

namespace cs::ui {

// An order's documents: file name, kind, size, uploader and time.
class DocumentsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, SizeColumn, UploaderColumn, TimeColumn, ColumnCount };
    enum Role { DocumentIdRole = Qt::UserRole + 1 };

    explicit DocumentsModel(QObject* parent = nullptr);

    void setDocuments(const QList<data::DocumentInfo>& documents);
    const QList<data::DocumentInfo>& documents() const { return m_documents; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString documentTypeText(const QString& type);

private:
    QList<data::DocumentInfo> m_documents;
};

} // namespace cs::ui
