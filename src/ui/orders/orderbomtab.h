#pragma once

#include "data/orders/bomdata.h"
#include "data/orders/orderdetail.h"

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class OrderBomTab;
}

namespace cs::print {
struct BomSheet;
}

namespace cs::ui {

class BomFlatModel;
class BomTreeModel;

// The order page's BOM: the frozen version's header (version, status, catalog revision, hash), the
// signed decisions on every version, the tree and the procurement list with one filter, the approve
// and reject actions (procurement) and the CSV/PDF exports. The page runs the signature.
class OrderBomTab final : public QWidget
{
    Q_OBJECT
public:
    // What the person may do now.
    struct State
    {
        bool procurement = false;   // procurement or admin: the decision actions are shown
        bool canDecide = false;     // ... and enabled (a Generated BOM of an "Order created" build, no write running)
        bool canExport = false;
        bool checking = false;      // the BOM is being checked before an approval (the approve button says so)
    };

    explicit OrderBomTab(QWidget* parent = nullptr);
    ~OrderBomTab() override;

    void showBom(const data::BomData& bom, const data::OrderDetail& detail);
    void setState(const State& state);

    BomTreeModel* treeModel() const { return m_tree; }
    QSortFilterProxyModel* treeProxy() const { return m_treeProxy; }
    BomFlatModel* flatModel() const { return m_flat; }
    // True when the procurement list is the view shown (the CSV export writes what is shown).
    bool isFlatShown() const;
    // The BOM as cs_print exports it.
    print::BomSheet sheet() const;

signals:
    void decideRequested(bool approve);
    void exportCsvRequested(bool flat);
    void exportPdfRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showTexts();
    void showApproveText();

    const std::unique_ptr<Ui::OrderBomTab> m_ui;
    BomTreeModel* m_tree;
    QSortFilterProxyModel* m_treeProxy;
    BomFlatModel* m_flat;
    QSortFilterProxyModel* m_flatProxy;
    data::BomData m_bom;
    data::OrderDetail m_detail;
    QString m_approveText;      // the form's words for the approve button, in the language shown
    bool m_checking = false;
};

} // namespace cs::ui
