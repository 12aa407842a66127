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
    m_treeProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->bomTreeView->setModel(m_treeProxy);
    m_flatProxy->setSourceModel(m_flat);
    m_flatProxy->setFilterKeyColumn(-1);
    m_flatProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->bomFlatView->setModel(m_flatProxy);
    m_ui->bomFlatView->verticalHeader()->hide();
    m_ui->bomFlatView->horizontalHeader()->setStretchLastSection(false);
    // Names are long ("STANDARD MANUAL KIT, ENGLISH"): columns follow what they show, deeper lines too.
    ItemViewText::followExpansion(m_ui->bomTreeView);

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
    QString status = m_bom.status;
    if (status == u"Generated")
        status = tr("awaiting approval");
    else if (status == u"Approved")
        status = tr("approved");
    else if (status == u"Rejected")
        status = tr("rejected");
    m_ui->bomInfoLabel->setText(tr("BOM version %1 (%2) · %n line(s) · generated %3 from catalog revision %4\n"
                                   "SHA-256 %5", nullptr, int(m_bom.tree.size()))
                                    .arg(m_bom.version)
                                    .arg(status, when(m_detail.bomGeneratedAt))
                                    .arg(m_detail.catalogRevision)
                                    .arg(m_bom.sha256));
    QStringList approvals;
    for (const data::BomApproval& a : std::as_const(m_bom.approvals)) {
        const QString verb = a.action == u"Approved" ? tr("Approved") : tr("Rejected");
        QString line = tr("Version %1: %2 by %3 on %4 — “%5”").arg(a.bomVersion).arg(verb, a.who, when(a.at), a.meaning);
        if (!a.note.isEmpty())
            line += tr("; note: %1").arg(a.note);
        if (a.bomVersion != m_bom.version)
            line += tr(" (an earlier version; the current version needs its own approval)");
        approvals << line.toHtmlEscaped();
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
    }
    QWidget::changeEvent(event);
}

} // namespace cs::ui
