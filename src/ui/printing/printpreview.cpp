#include "ui/printing/printpreview.h"

#include <QGuiApplication>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QWidget>

namespace cs::ui {

QPrintPreviewDialog* PrintPreview::create(QPrinter* printer, QWidget* parent, const QString& objectName,
                                          const QString& title)
{
    auto* dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    QObject::connect(dialog, &QObject::destroyed, [printer] { delete printer; });
    fitToScreen(dialog, parent);
    return dialog;
}

void PrintPreview::fitToScreen(QWidget* window, QWidget* parent, double share)
{
    const QScreen* screen = parent && parent->screen() ? parent->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect room = screen->availableGeometry();
    const QSize size(qRound(room.width() * share), qRound(room.height() * share));
    window->resize(size.boundedTo(room.size()));
    window->move(room.center() - QPoint(window->width() / 2, window->height() / 2));
}

} // namespace cs::ui
