#include "ui/printing/printpreview.h"

#include "ui/common/screenfit.h"

#include <QPrintPreviewDialog>
#include <QPrinter>
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
    ScreenFit::share(dialog, 0.88, parent);   // most of the screen it opens on, frame included
    return dialog;
}

} // namespace cs::ui
