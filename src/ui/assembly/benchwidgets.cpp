#include "ui/assembly/benchwidgets.h"

#include <QLabel>
#include <QPushButton>

namespace cs::ui::BenchWidgets {

QPushButton* bigButton(const char* objectName, QWidget* parent)
{
    auto* b = new QPushButton(parent);
    b->setObjectName(QString::fromLatin1(objectName));
    b->setMinimumHeight(48);
    b->setAutoDefault(false);
    return b;
}

QLabel* wrapLabel(const char* objectName, QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(objectName));
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}

} // namespace cs::ui::BenchWidgets
