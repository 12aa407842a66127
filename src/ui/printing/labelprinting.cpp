#include "ui/printing/labelprinting.h"

#include "data/printing/printrepository.h"
#include "print/labelrenderer.h"
#include "ui/common/appsettings.h"
#include "ui/common/futurewatch.h"
#include "ui/printing/printpreview.h"
#include "ui/printing/zplpreviewdialog.h"

#include <QDate>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <memory>

namespace cs::ui {

namespace {

domain::LabelSize labelSize()
{
    return domain::labelSizeFromString(AppSettings::labelSize()).value_or(domain::LabelSize::Label2x1);
}

} // namespace

void LabelPrinting::preview(QWidget* parent, data::Session& session, const QString& buildNumber, Done done)
{
    whenDone(parent, data::PrintRepository(session).load(buildNumber),
             [parent, buildNumber, done = std::move(done)](const data::Result<data::TravelerData>& r) {
                 if (!r) {
                     done(false, tr("The labels cannot be made: %1").arg(r.error().userMessage()));
                     return;
                 }
                 // Two build labels (skirt and back).
                 const QList<domain::LabelContent> labels{r.value().buildLabel(2, QDate::currentDate())};
                 auto* printer = new QPrinter(QPrinter::HighResolution);
                 if (!AppSettings::labelPrinter().isEmpty())
                     printer->setPrinterName(AppSettings::labelPrinter());
                 auto* dialog = PrintPreview::create(printer, parent, QStringLiteral("labelPreviewDialog"),
                                                     tr("Labels of build %1").arg(buildNumber));
                 auto drawError = std::make_shared<QString>();
                 const domain::LabelSize size = labelSize();
                 QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [labels, size, drawError](QPrinter* p) {
                     QString why;
                     if (!print::LabelRenderer(size).render(p, labels, &why))
                         *drawError = why;
                 });
                 QObject::connect(dialog, &QDialog::finished, parent, [drawError, done](int) {
                     if (!drawError->isEmpty())
                         done(false, tr("The labels could not be drawn: %1").arg(*drawError));
                     else
                         done(true, QString());
                 });
                 dialog->open();
             });
}

void LabelPrinting::zplPreview(QWidget* parent, data::Session& session, const QString& buildNumber, Done done)
{
    whenDone(parent, data::PrintRepository(session).load(buildNumber),
             [parent, done = std::move(done)](const data::Result<data::TravelerData>& r) {
                 if (!r) {
                     done(false, tr("The labels cannot be made: %1").arg(r.error().userMessage()));
                     return;
                 }
                 auto* dialog = new ZplPreviewDialog(r.value().buildLabel(2, QDate::currentDate()), parent);
                 dialog->setAttribute(Qt::WA_DeleteOnClose);
                 dialog->setLabelSize(labelSize());
                 QObject::connect(dialog, &QDialog::finished, parent, [done](int) { done(true, QString()); });
                 dialog->open();
             });
}

} // namespace cs::ui
