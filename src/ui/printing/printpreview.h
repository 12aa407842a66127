#pragma once

#include <QCoreApplication>
#include <QString>

class QPrintPreviewDialog;
class QPrinter;
class QWidget;

namespace cs::ui {

// The print previews of the travelers, the labels and the QC records: one dialog, opened at a size
// that shows a page legibly (most of the screen it opens on, not Qt's default of a few hundred pixels),
// the printer deleted with it. The caller connects paintRequested and opens it.
class PrintPreview
{
    Q_DECLARE_TR_FUNCTIONS(cs::ui::PrintPreview)

public:
    // A preview of `printer` (taken over: deleted with the dialog) over `parent`, deleted on close.
    static QPrintPreviewDialog* create(QPrinter* printer, QWidget* parent, const QString& objectName,
                                       const QString& title);
};

} // namespace cs::ui
