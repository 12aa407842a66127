#include "ui/orders/documentsmodel.h"

#include "ui/common/rowtablemodel.h"

#include <QLocale>

namespace cs::ui {

DocumentsModel::DocumentsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DocumentsModel::setDocuments(const QList<data::DocumentInfo>& documents)
{
    beginResetModel();
    m_documents = documents;
    endResetModel();
}

int DocumentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DocumentsModel::documentTypeText(const QString& type)
{
    // Case-insensitive: orders submitted by earlier wizard versions stored "DRAWING".
    auto is = [&type](QStringView word) { return type.compare(word, Qt::CaseInsensitive) == 0; };
    if (is(u"PO")) return tr("Purchase order");
    if (is(u"Drawing")) return tr("Drawing");
    if (is(u"ApprovedDrawing")) return tr("Approved drawing");
    if (is(u"Photo")) return tr("Photo");
    if (is(u"Other") || type.isEmpty()) return tr("Other");
    return type;
}

QVariant DocumentsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const data::DocumentInfo& d = m_documents.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: return d.fileName;
        case TypeColumn: return documentTypeText(d.documentType);
        case SizeColumn: return QLocale().formattedDataSize(d.size);
        case UploaderColumn: return d.uploadedBy;
        case TimeColumn: return RowTableModelBase::dateTimeText(d.uploadedAt);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return tr("SHA-256 %1").arg(d.sha256);
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == DocumentIdRole)
        return d.documentId;
    return {};
}

QVariant DocumentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("File");
    case TypeColumn: return tr("Kind");
    case SizeColumn: return tr("Size");
    case UploaderColumn: return tr("Uploaded by");
    case TimeColumn: return tr("Uploaded");
    default: return {};
    }
}

} // namespace cs::ui
