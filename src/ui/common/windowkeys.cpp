#include "ui/common/windowkeys.h"

namespace cs::ui {

QList<QKeySequence> closeWindowKeys()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Close);
    if (!keys.contains(QKeySequence(Qt::CTRL | Qt::Key_W)))
        keys.append(QKeySequence(Qt::CTRL | Qt::Key_W));
    return keys;
}

} // namespace cs::ui
