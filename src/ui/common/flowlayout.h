#pragma once

#include <QLayout>
#include <QList>

namespace cs::ui {

// Lays its widgets out left to right and goes on to a further line when the next one does not fit the
// width it is given (the answer buttons of a checklist row, the actions of a window's header): the
// widgets keep their size hints, the height follows the width (heightForWidth), and the narrowest
// width it asks for is that of its widest widget, so that it never makes its window scroll sideways.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    // Places the items in `rect` (only measures when `apply` is false); the height used.
    int arrange(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> m_items;
    int m_spacing;
};

} // namespace cs::ui
