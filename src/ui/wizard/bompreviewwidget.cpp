#include "ui/wizard/bompreviewwidget.h"

#include "ui/orders/bomruletext.h"
#include "ui/wizard/orderwizard.h"
#include "ui_bompreviewwidget.h"

#include <QHeaderView>
#include <QLocale>
#include <QResizeEvent>
#include <QStyleOptionViewItem>
#include <QStandardItemModel>

namespace cs::ui {

BomPreviewWidget::BomPreviewWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BomPreviewWidget>())
    , m_model(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_model->setHorizontalHeaderLabels({tr("Id"), tr("Name"), tr("Qty"), tr("Rule"), tr("Why")});
    QTreeView* view = m_ui->linesTreeView;
    view->setModel(m_model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setTextElideMode(Qt::ElideRight);
    // The id, name and quantity keep the width of what they show; the reason takes what is left, down to
    // a few words, and is cut (with its whole text in the line's tooltip) rather than the names. The rule
    // behind a line is in its tooltip (and on the review page), not in a column of its own.
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(QHeaderView::Interactive);
    view->setColumnHidden(RuleColumn, true);
    view->viewport()->installEventFilter(this);
    m_model->horizontalHeaderItem(QtyColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

BomPreviewWidget::~BomPreviewWidget() = default;

bool BomPreviewWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize && watched == m_ui->linesTreeView->viewport()
        && static_cast<QResizeEvent*>(event)->size().width() != static_cast<QResizeEvent*>(event)->oldSize().width())
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void BomPreviewWidget::fitColumns()
{
    QTreeView* view = m_ui->linesTreeView;
    QHeaderView* header = view->header();
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.font = view->font();
    option.fontMetrics = view->fontMetrics();
    // The width of a column's widest text on one line (and its title's).
    auto needs = [&](int column) {
        int width = header->sectionSizeHint(column);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, column);
            width = std::max(width, view->itemDelegateForIndex(index)->sizeHint(option, index).width());
        }
        if (column == header->logicalIndex(0) && view->rootIsDecorated())
            width += view->indentation();
        return width;
    };
    const int id = needs(IdColumn);
    const int qty = needs(QtyColumn);
    const int name = needs(NameColumn);
    const int why = needs(WhyColumn);
    // The quantity as wide as it is; the id too unless the pane is narrow (it then keeps a third); the name
    // whole unless the pane is too narrow for it and a few words of the reason; the reason in what is left.
    // A cell cut shows whole in its tooltip.
    const int least = 12 * view->fontMetrics().averageCharWidth();
    const int others = std::max(0, view->viewport()->width() - qty);
    const int idWidth = std::min(id, std::max(others / 3, others - name - least));
    const int room = others - idWidth;
    const int nameWidth = std::min(name, std::max(room - least, room * 2 / 3));
    const int whyWidth = std::max(room - nameWidth, std::min(why, least / 2));
    const std::pair<int, int> widths[] = {{IdColumn, idWidth}, {NameColumn, nameWidth}, {QtyColumn, qty}, {WhyColumn, whyWidth}};
    for (const auto& [column, width] : widths)
        if (header->sectionSize(column) != width)
            header->resizeSection(column, width);
}

void BomPreviewWidget::attach(OrderWizard* wizard)
{
    m_wizard = wizard;
    connect(wizard, &OrderWizard::previewChanged, this, &BomPreviewWidget::update);
    connect(wizard, &OrderWizard::currentBuildChanged, this, &BomPreviewWidget::update);
    update();
}

QString BomPreviewWidget::statusText() const
{
    return m_ui->statusLabel->text();
}

void BomPreviewWidget::update()
{
    if (!m_wizard)
        return;
    const domain::GenerationResult* result = m_wizard->preview();
    const int b = m_wizard->currentBuild();
    if (!result) {
        m_ui->statusLabel->setText(m_wizard->previewProblem().isEmpty() ? tr("Updating the BOM…")
                                                                         : m_wizard->previewProblem());
        return; // keep the previous lines while the new preview is computed
    }
    m_model->removeRows(0, m_model->rowCount());
    QStringList warnings;
    for (const domain::ValidationIssue& i : result->issues)
        if (!i.isError() && i.buildIndex == b)
            warnings << i.message;
    if (warnings.isEmpty())
        m_ui->warningsMessage->clear();
    else
        m_ui->warningsMessage->showWarning(tr("Warnings:\n• %1").arg(warnings.join(QStringLiteral("\n• "))));

    if (b < 0 || b >= result->builds.size() || !result->builds.at(b).generated) {
        m_ui->statusLabel->setText(tr("The BOM appears when this build's configuration is complete."));
        return;
    }
    const domain::BuildBom& bom = result->builds.at(b);
    const domain::CatalogPtr catalog = m_wizard->catalog();
    for (const domain::BomLine& line : bom.top) {
        const int item = catalog ? catalog->resolve(line.id) : -1;
        const QString name = item >= 0 ? catalog->name(item) : line.customName;
        const QString why = BomRuleText::reason(line.rule, line.answer, line.note);
        QList<QStandardItem*> row{new QStandardItem(line.id), new QStandardItem(name),
                                  new QStandardItem(QString::number(line.qty)), new QStandardItem(line.rule),
                                  new QStandardItem(why)};
        row.at(QtyColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        // The whole line in words, for a pane too narrow to show it in full, and the rule behind it.
        QString tip = tr("%1 × %2\n%3\n%4").arg(QLocale().toString(line.qty), line.id, why, BomRuleText::ruleToolTip(line.rule));
        if (!name.isEmpty())
            tip = name + u'\n' + tip;
        for (QStandardItem* i : row)
            i->setToolTip(tip);
        m_model->appendRow(row);
    }
    fitColumns();
    m_ui->statusLabel->setText(tr("Build %1 · top-level lines: %2 · distinct parts: %3")
                                   .arg(bom.buildNumber)
                                   .arg(bom.top.size())
                                   .arg(bom.distinctLeafIds()));
}

} // namespace cs::ui
