#include "ui/wizard/wizardpageaccessories.h"

#include "domain/bom/accessorylibrary.h"
#include "ui/wizard/bompreviewwidget.h"
#include "ui/wizard/orderwizard.h"
#include "ui/wizard/wizardpagesink.h"
#include "ui_wizardpageaccessories.h"

#include <QHeaderView>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace cs::ui {

using namespace cs::domain;

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

WizardPageAccessories::WizardPageAccessories(OrderWizard* wizard)
    : WizardPage(wizard)
    , m_ui(std::make_unique<Ui::WizardPageAccessories>())
    , m_library(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_chosen(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    setTitle(tr("Accessories"));
    setSubTitle(tr("Step 4 of 5 · Accessories of each build. Type in the filter and press Enter to add the first "
                   "match; set the quantity below the list."));
    // Two fifths for the library, three for the build's accessories and its BOM, whose names are read whole.
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({2000, 3000});
    m_filter->setSourceModel(m_library);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->libraryTreeView->setModel(m_filter);
    m_ui->libraryTreeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->chosenTableView->setModel(m_chosen);
    m_ui->chosenTableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->chosenTableView->verticalHeader()->setVisible(false);
    m_ui->chosenTableView->horizontalHeader()->setStretchLastSection(true);
    m_chosen->setHorizontalHeaderLabels({tr("Id"), tr("Qty"), tr("Name")});
    fillLibrary();

    bindField(QStringLiteral("accessories"), m_ui->chosenTableView, m_ui->accessoriesErrorLabel);
    setFallbackLabel(m_ui->accessoriesErrorLabel);

    connect(m_ui->buildComboBox, &QComboBox::currentIndexChanged, wizard, &OrderWizard::setCurrentBuild);
    connect(wizard, &OrderWizard::currentBuildChanged, this, &WizardPageAccessories::updateView);
    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, this, [this](const QString& t) {
        m_filter->setFilterRegularExpression(
            QRegularExpression(QRegularExpression::escape(t.trimmed()), QRegularExpression::CaseInsensitiveOption));
        spanGroups();
        m_ui->libraryTreeView->expandAll();
    });
    connect(m_ui->filterLineEdit, &QLineEdit::returnPressed, this, [this] {
        // The first matching item (groups are parents).
        for (int g = 0; g < m_filter->rowCount(); ++g) {
            const QModelIndex group = m_filter->index(g, 0);
            if (m_filter->rowCount(group) > 0) {
                addAccessory(libraryIdAt(m_filter->index(0, 0, group)));
                return;
            }
        }
    });
    connect(m_ui->addAccessoryButton, &QPushButton::clicked, this,
            [this] { addAccessory(libraryIdAt(m_ui->libraryTreeView->currentIndex())); });
    connect(m_ui->libraryTreeView, &QTreeView::activated, this,
            [this](const QModelIndex& index) { addAccessory(libraryIdAt(index)); });
    connect(m_ui->chosenTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const int row = selectedChoice();
        const int b = orderWizard()->currentBuild();
        const auto& builds = configuration().builds;
        if (row >= 0 && b < builds.size() && builds.at(b).config && row < builds.at(b).config->accessories.size()) {
            const QSignalBlocker block(m_ui->qtySpinBox);
            m_ui->qtySpinBox->setValue(builds.at(b).config->accessories.at(row).qty);
        }
        m_ui->qtySpinBox->setEnabled(row >= 0);
        m_ui->removeAccessoryButton->setEnabled(row >= 0);
    });
    connect(m_ui->qtySpinBox, &QSpinBox::valueChanged, this, [this](int qty) {
        const int row = selectedChoice();
        const int b = orderWizard()->currentBuild();
        touch(QStringLiteral("accessories"));   // the person changed the list
        change([&](OrderConfiguration& c) {
            if (row >= 0 && b < c.builds.size() && c.builds[b].config && row < c.builds[b].config->accessories.size())
                c.builds[b].config->accessories[row].qty = qty;
        });
    });
    connect(m_ui->removeAccessoryButton, &QPushButton::clicked, this, [this] {
        const int row = selectedChoice();
        const int b = orderWizard()->currentBuild();
        touch(QStringLiteral("accessories"));   // the person changed the list
        change([&](OrderConfiguration& c) {
            if (row >= 0 && b < c.builds.size() && c.builds[b].config && row < c.builds[b].config->accessories.size())
                c.builds[b].config->accessories.removeAt(row);
        });
    });
    m_ui->previewWidget->attach(wizard);
    connect(wizard, &OrderWizard::previewChanged, this, [this] {
        if (m_library->rowCount() == 0 || m_library->item(0)->child(0, 2)->text().isEmpty())
            fillLibrary();
    });
    updateView();
}

WizardPageAccessories::~WizardPageAccessories() = default;

BomPreviewWidget* WizardPageAccessories::preview() const
{
    return m_ui->previewWidget;
}

void WizardPageAccessories::initializePage()
{
    m_ui->filterLineEdit->setFocus();
}

void WizardPageAccessories::fillLibrary()
{
    static const QHash<int, const char*> groups{
        {702, QT_TR_NOOP("702 · Baskets, bins and shelves")}, {703, QT_TR_NOOP("703 · Holders, plates and hangers")},
        {704, QT_TR_NOOP("704 · Lighting add-ons")},          {705, QT_TR_NOOP("705 · Electronic and digital add-ons")},
        {707, QT_TR_NOOP("707 · Drawers and compartments")}};
    const CatalogPtr catalog = orderWizard()->catalog();
    m_library->clear();
    m_library->setHorizontalHeaderLabels({tr("Code"), tr("Id"), tr("Name")});
    QHash<int, QStandardItem*> parents;
    for (const AccessoryInfo& a : AccessoryLibrary::all()) {
        if (a.has(AccessoryInfo::InstroSinkOnly))
            continue; // refused on MDRD (E-ACCESSORY-FAMILY)
        QStandardItem* parent = parents.value(a.group);
        if (!parent) {
            parent = new QStandardItem(tr(groups.value(a.group, "")));
            parent->setSelectable(false);
            m_library->appendRow({parent, new QStandardItem, new QStandardItem});
            parents.insert(a.group, parent);
        }
        const int item = catalog ? catalog->resolve(a.id) : -1;
        QList<QStandardItem*> row{new QStandardItem(a.code), new QStandardItem(a.id),
                                  new QStandardItem(item >= 0 ? catalog->name(item) : QString())};
        for (QStandardItem* i : row) {
            i->setData(a.id, kIdRole);
            i->setToolTip(row.at(2)->text());
        }
        parent->appendRow(row);
    }
    // Code and id as wide as they need (the group titles span the row), the name takes the rest.
    QHeaderView* header = m_ui->libraryTreeView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    spanGroups();
    m_ui->libraryTreeView->expandAll();
}

void WizardPageAccessories::spanGroups()
{
    // Spans belong to the view's (filtered) rows: set again whenever the filter changes them.
    for (int g = 0; g < m_filter->rowCount(); ++g)
        m_ui->libraryTreeView->setFirstColumnSpanned(g, QModelIndex(), true);
}

QString WizardPageAccessories::libraryIdAt(const QModelIndex& proxyIndex) const
{
    return proxyIndex.isValid() ? proxyIndex.data(kIdRole).toString() : QString();
}

int WizardPageAccessories::selectedChoice() const
{
    const QModelIndex i = m_ui->chosenTableView->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void WizardPageAccessories::addAccessory(const QString& id)
{
    if (id.isEmpty())
        return;
    const int b = orderWizard()->currentBuild();
    int row = -1;
    touch(QStringLiteral("accessories"));   // the person changed the list
    change([&](OrderConfiguration& c) {
        if (b >= c.builds.size())
            return;
        if (!c.builds[b].config)
            c.builds[b].config = SinkConfiguration{};
        QList<AccessoryChoice>& list = c.builds[b].config->accessories;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).id == id) {
                ++list[i].qty;
                row = int(i);
                return;
            }
        }
        list.append(AccessoryChoice{id, 1});
        row = int(list.size()) - 1;
    });
    if (row >= 0)
        m_ui->chosenTableView->setCurrentIndex(m_chosen->index(row, 0));
}

QString WizardPageAccessories::fieldPrefix() const
{
    return QStringLiteral("builds[%1].").arg(orderWizard()->currentBuild());
}

bool WizardPageAccessories::owns(const ValidationIssue& issue) const
{
    static const QRegularExpression re(QStringLiteral("^builds\\[\\d+\\]\\.accessories"));
    return re.match(issue.field).hasMatch();
}

void WizardPageAccessories::refresh()
{
    fillBuildSelector(m_ui->buildComboBox, orderWizard(), [this](const ValidationIssue& i) { return owns(i); },
                      [this](const ValidationIssue& i) { return mayShow(i.field); });
    const int b = orderWizard()->currentBuild();
    const auto& builds = configuration().builds;
    const QList<AccessoryChoice> list =
        b < builds.size() && builds.at(b).config ? builds.at(b).config->accessories : QList<AccessoryChoice>{};
    const int current = selectedChoice();
    const CatalogPtr catalog = orderWizard()->catalog();
    m_chosen->setRowCount(int(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const int item = catalog ? catalog->resolve(list.at(i).id) : -1;
        m_chosen->setItem(int(i), 0, new QStandardItem(list.at(i).id));
        m_chosen->setItem(int(i), 1, new QStandardItem(QString::number(list.at(i).qty)));
        m_chosen->setItem(int(i), 2, new QStandardItem(item >= 0 ? catalog->name(item) : QString()));
    }
    m_ui->chosenTableView->resizeColumnToContents(0);
    m_ui->chosenTableView->resizeColumnToContents(1);
    const int row = current < list.size() ? current : int(list.size()) - 1;
    if (row >= 0 && selectedChoice() != row)
        m_ui->chosenTableView->setCurrentIndex(m_chosen->index(row, 0));
    m_ui->qtySpinBox->setEnabled(row >= 0);
    m_ui->removeAccessoryButton->setEnabled(row >= 0);
    if (row >= 0) {
        const QSignalBlocker block(m_ui->qtySpinBox);
        m_ui->qtySpinBox->setValue(list.at(row).qty);
    }
    // Warnings (section 6) are shown, not blocking, with the errors under the list.
}

} // namespace cs::ui
