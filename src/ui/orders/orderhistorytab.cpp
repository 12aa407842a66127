#include "ui/orders/orderhistorytab.h"

#include "ui/common/rowtablemodel.h"

#include "ui/common/itemviewtext.h"
#include "ui/common/statustext.h"
#include "ui_orderhistorytab.h"

#include <QEvent>
#include <QHeaderView>
#include <QStandardItemModel>

namespace cs::ui {

OrderHistoryTab::OrderHistoryTab(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrderHistoryTab>())
    , m_model(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_ui->historyView->setModel(m_model);
    m_ui->historyView->verticalHeader()->hide();
    // A long note wraps over as many lines as it needs; it has the width the other columns leave.
    m_ui->historyView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ItemViewText::setSpareColumn(m_ui->historyView, NoteColumn);
    fill();
}

OrderHistoryTab::~OrderHistoryTab() = default;

void OrderHistoryTab::showHistory(const QList<data::HistoryEntry>& entries)
{
    m_entries = entries;
    fill();
}

void OrderHistoryTab::fill()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Action"), tr("From"), tr("To"), tr("Note")});
    for (const data::HistoryEntry& h : std::as_const(m_entries)) {
        // An edit names the fields it changed; its status did not change, so From/To stay empty.
        const bool edited = h.action == u"Edited";
        QList<QStandardItem*> row{
            new QStandardItem(RowTableModelBase::dateTimeText(h.at)),
            new QStandardItem(h.who),
            new QStandardItem(StatusText::historyAction(h.action)),
            new QStandardItem(edited ? QString() : StatusText::orderStatus(h.fromStatus)),
            new QStandardItem(edited ? QString() : StatusText::orderStatus(h.toStatus)),
            new QStandardItem(edited ? tr("Changed: %1").arg(StatusText::editedFields(h.note)) : h.note)};
        if (h.forced)
            for (QStandardItem* i : row) {
                i->setForeground(QColor(0xB0, 0x00, 0x20));
                i->setToolTip(tr("Forced by an administrator, outside the normal workflow."));
            }
        for (QStandardItem* i : row)
            i->setEditable(false);
        m_model->appendRow(row);
    }
    ItemViewText::fitColumns(m_ui->historyView);
}

void OrderHistoryTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fill();
    }
    QWidget::changeEvent(event);
}

} // namespace cs::ui
