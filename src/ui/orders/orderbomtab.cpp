#include "ui/orders/orderbomtab.h"

#include "ui/common/rowtablemodel.h"

#include "print/bomexport.h"
#include "ui/common/itemviewtext.h"
#include "ui/orders/bomflatmodel.h"
#include "ui/orders/bomtreemodel.h"
#include "ui_orderbomtab.h"

#include <QEvent>
#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace cs::ui {

OrderBomTab::OrderBomTab(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrderBomTab>())
    , m_tree(new BomTreeModel(this))
    , m_treeProxy(new QSortFilterProxyModel(this))
    , m_flat(new BomFlatModel(this))
    , m_flatProxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_approveText = m_ui->approveButton->text();
    m_treeProxy->setSourceModel(m_tree);
    m_treeProxy->setRecursiveFilteringEnabled(true);
    m_treeProxy->setAutoAcceptChildRows(true);
    m_treeProxy->setFilterKeyColumn(-1);
    // The rule's code is found too, though the tree shows the reason in words.
    m_treeProxy->setFilterRole(BomTreeModel::FilterRole);
    m_treeProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->bomTreeView->setModel(m_treeProxy);
    m_flatProxy->setSourceModel(m_flat);
    m_flatProxy->setFilterKeyColumn(-1);
    m_flatProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->bomFlatView->setModel(m_flatProxy);
    m_ui->bomFlatView->verticalHeader()->hide();
    // Names are long ("STANDARD MANUAL KIT, ENGLISH"): columns follow what they show, deeper lines too,
    // and the names have the room left over.
    ItemViewText::followExpansion(m_ui->bomTreeView);
    ItemViewText::setSpareColumn(m_ui->bomTreeView, BomTreeModel::NameColumn);
    ItemViewText::setSpareColumn(m_ui->bomFlatView, BomFlatModel::NameColumn);

    connect(m_ui->approveButton, &QPushButton::clicked, this, [this] { emit decideRequested(true); });
    connect(m_ui->rejectButton, &QPushButton::clicked, this, [this] { emit decideRequested(false); });
    connect(m_ui->bomFilterLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_treeProxy->setFilterFixedString(text);
        m_flatProxy->setFilterFixedString(text);
        if (!text.isEmpty()) {
            m_ui->bomTreeView->expandAll();
            ItemViewText::widenColumns(m_ui->bomTreeView);
        }
    });
    connect(m_ui->expandAllButton, &QPushButton::clicked, this, [this] {
        m_ui->bomTreeView->expandAll();
        ItemViewText::widenColumns(m_ui->bomTreeView);
    });
    connect(m_ui->collapseAllButton, &QPushButton::clicked, m_ui->bomTreeView, &QTreeView::collapseAll);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, [this] { emit exportCsvRequested(isFlatShown()); });
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, &OrderBomTab::exportPdfRequested);
    setState({});
}

OrderBomTab::~OrderBomTab() = default;

void OrderBomTab::showBom(const data::BomData& bom, const data::OrderDetail& detail)
{
    m_bom = bom;
    m_detail = detail;
    m_tree->setLines(bom.tree);
    m_flat->setRows(bom.flat);
    m_ui->bomTreeView->expandToDepth(0);
    ItemViewText::fitColumns(m_ui->bomTreeView);
    ItemViewText::fitColumns(m_ui->bomFlatView);
    showTexts();
}

void OrderBomTab::showTexts()
{
    auto when = [](const QDateTime& t) { return RowTableModelBase::dateTimeText(t); };
    if (m_bom.bomId.isEmpty()) {
        m_ui->bomInfoLabel->setText(m_detail.orderId.isEmpty() ? QString() : tr("This build has no generated BOM."));
        m_ui->approvalLabel->clear();
        return;
    }
    // One whole sentence per status, so that each language can say it its own way.
    const int lines = int(m_bom.tree.size());
    QString info;
    if (m_bom.status == u"Generated")
        info = tr("BOM version %1, awaiting approval · lines: %4 · generated %2 from catalog revision %3");
    else if (m_bom.status == u"Approved")
        info = tr("BOM version %1, approved · lines: %4 · generated %2 from catalog revision %3");
    else if (m_bom.status == u"Rejected")
        info = tr("BOM version %1, rejected · lines: %4 · generated %2 from catalog revision %3");
    else
        info = tr("BOM version %1 · lines: %4 · generated %2 from catalog revision %3");
    info = info.arg(m_bom.version).arg(when(m_detail.bomGeneratedAt)).arg(m_detail.catalogRevision).arg(lines);
    m_ui->bomInfoLabel->setText(info + u'\n' + tr("SHA-256 %1").arg(m_bom.sha256));
    QStringList approvals;
    for (const data::BomApproval& a : std::as_const(m_bom.approvals)) {
        const QString line = a.action == u"Approved"
                                 ? tr("Version %1 approved by %2 on %3 — “%4”").arg(a.bomVersion).arg(a.who, when(a.at), a.meaning)
                                 : tr("Version %1 rejected by %2 on %3 — “%4”").arg(a.bomVersion).arg(a.who, when(a.at), a.meaning);
        QStringList sentences{line.toHtmlEscaped()};
        if (!a.note.isEmpty())
            sentences << tr("Note: %1").arg(a.note).toHtmlEscaped();
        if (a.bomVersion != m_bom.version)
            sentences << tr("This decision was on an earlier version; the current version needs its own approval.").toHtmlEscaped();
        approvals << sentences.join(QStringLiteral("<br>&nbsp;&nbsp;&nbsp;"));
    }
    m_ui->approvalLabel->setText(approvals.isEmpty() ? tr("No approval decision yet.")
                                                     : approvals.join(QStringLiteral("<br>")));
}

void OrderBomTab::setState(const State& state)
{
    m_ui->approveButton->setVisible(state.procurement);
    m_ui->rejectButton->setVisible(state.procurement);
    m_ui->approveButton->setEnabled(state.canDecide);
    if (state.checking != m_checking) {
        m_checking = state.checking;
        showApproveText();
    }
    m_ui->rejectButton->setEnabled(state.canDecide);
    m_ui->exportCsvButton->setEnabled(state.canExport);
    m_ui->exportPdfButton->setEnabled(state.canExport);
}

void OrderBomTab::showApproveText()
{
    if (m_checking)
        m_ui->approveButton->setText(tr("Checking the BOM…"));
    else
        m_ui->approveButton->setText(m_approveText);
}

bool OrderBomTab::isFlatShown() const
{
    return m_ui->bomViewTabs->currentWidget() == m_ui->bomFlatTab;
}

print::BomSheet OrderBomTab::sheet() const
{
    print::BomSheet s;
    s.buildNumber = m_detail.buildNumber;
    s.poNumber = m_detail.poNumber;
    s.version = m_bom.version;
    s.status = m_bom.status;
    s.sha256 = m_bom.sha256;
    for (const data::BomLineRow& r : m_bom.tree)
        s.tree.append({r.depth, r.itemId, r.name, r.quantity, r.extendedQuantity, r.rule});
    for (const data::BomFlatRow& r : m_bom.flat)
        s.flat.append({r.itemId, r.name, r.quantity});
    return s;
}

void OrderBomTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_approveText = m_ui->approveButton->text();
        showApproveText();
        showTexts();
        ItemViewText::widenColumns(m_ui->bomTreeView);
        ItemViewText::widenColumns(m_ui->bomFlatView);
    }
    QWidget::changeEvent(event);
}

} // namespace cs::ui
