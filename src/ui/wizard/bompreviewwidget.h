#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QStandardItemModel;

namespace Ui {
class BomPreviewWidget;
}

namespace cs::ui {

class OrderWizard;

// The live BOM preview of the wizard's current build: the top-level lines (id, name, quantity, rule)
// of the generation service's latest result, each with the answer that put it there ("Why" column),
// the whole line in its tooltip (the rule column is hidden: the pane is narrow), the build's
// warnings, and a note while a newer preview is being computed.
class BomPreviewWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit BomPreviewWidget(QWidget* parent = nullptr);
    ~BomPreviewWidget() override;

    enum Column { IdColumn, NameColumn, QtyColumn, RuleColumn, WhyColumn };

    void attach(OrderWizard* wizard);
    QStandardItemModel* model() const { return m_model; }
    QString statusText() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void update();
    // Column widths for the pane's width (see the constructor).
    void fitColumns();

    const std::unique_ptr<Ui::BomPreviewWidget> m_ui;
    QStandardItemModel* m_model;
    QPointer<OrderWizard> m_wizard;
};

} // namespace cs::ui
