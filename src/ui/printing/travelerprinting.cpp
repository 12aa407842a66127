#include "ui/printing/travelerprinting.h"

#include "data/printing/printrepository.h"
#include "print/travelerrenderer.h"
#include "ui/common/appsettings.h"
#include "ui/common/futurewatch.h"
#include "ui/printing/printpreview.h"

#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <memory>

namespace cs::ui {

namespace {

TravelerPrinting::SaveFileNameHook& hook()
{
    static TravelerPrinting::SaveFileNameHook h;
    return h;
}

data::PrintRequest travelerRequest(const QString& output)
{
    data::PrintRequest request;
    request.kind = data::PrintKind::Traveler;
    request.size = QStringLiteral("letter");
    request.output = output;
    return request;
}

} // namespace

void TravelerPrinting::setSaveFileNameHook(SaveFileNameHook h)
{
    hook() = std::move(h);
}

QString TravelerPrinting::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                       const QString& filter)
{
    if (hook())
        return hook()(caption, suggested);
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void TravelerPrinting::exportPdf(QObject* owner, data::Session& session, const QStringList& builds,
                                 const QString& path, Done done)
{
    if (builds.isEmpty()) {
        done(Outcome{false, false, tr("No build is selected."), {}});
        return;
    }
    // Painting on a QPdfWriter is allowed off the GUI thread: the file is written on the worker, inside
    // the transaction that records the prints.
    const data::PrintRepository::Renderer render = [path](const QList<data::TravelerData>& data, QString* why) {
        QList<domain::TravelerContent> travelers;
        for (const data::TravelerData& d : data)
            travelers.append(d.traveler);   // each marked as its print (REPRINT, number)
        return print::TravelerRenderer().writePdf(path, travelers, why);
    };
    const int count = int(builds.size());
    whenDone(owner, data::PrintRepository(session).printBatch(builds, travelerRequest(QStringLiteral("pdf")), render),
             [path, count, done = std::move(done)](const data::Result<QList<data::PrintRecord>>& r) {
                 Outcome outcome;
                 if (!r) {
                     outcome.message = r.error().code == u"E-RENDER"
                         ? tr("The travelers could not be written to %1: %2")
                               .arg(QDir::toNativeSeparators(path), r.error().message)
                         : tr("The travelers were not exported: %1").arg(r.error().userMessage());
                     done(outcome);
                     return;
                 }
                 outcome.records = r.value();
                 int reprints = 0;
                 for (const data::PrintRecord& record : std::as_const(outcome.records))
                     reprints += record.reprint ? 1 : 0;
                 if (count == 1)
                     outcome.message = outcome.records.first().reprint
                         ? tr("Traveler exported to %1 (reprint %2).")
                               .arg(QDir::toNativeSeparators(path))
                               .arg(outcome.records.first().printNumber)
                         : tr("Traveler exported to %1.").arg(QDir::toNativeSeparators(path));
                 else
                     // Whole sentences: how many of them are reprints is a sentence of its own.
                     // (More than one: the message for one traveler is above.)
                     outcome.message = tr("%n travelers exported to %1.", nullptr, count).arg(QDir::toNativeSeparators(path))
                         + (reprints > 0 ? u' ' + tr("Reprints among them: %1.").arg(reprints) : QString());
                 outcome.ok = true;
                 done(outcome);
             });
}

void TravelerPrinting::preview(QWidget* parent, data::Session& session, const QStringList& builds, Done done)
{
    if (builds.isEmpty()) {
        done(Outcome{false, false, tr("No build is selected."), {}});
        return;
    }
    // Every build first, marked as the print it will be (the next number of its prints).
    data::Session* s = &session;
    whenDone(parent, data::PrintRepository(session).loadForPreview(builds, data::PrintKind::Traveler),
             [parent, s, builds, done = std::move(done)](const data::Result<QList<data::TravelerData>>& r) {
                 if (!r) {
                     done(Outcome{false, false, tr("The travelers cannot be made: %1").arg(r.error().userMessage()), {}});
                     return;
                 }
                 QList<domain::TravelerContent> travelers;
                 for (const data::TravelerData& d : r.value())
                     travelers.append(d.traveler);

                 auto* printer = new QPrinter(QPrinter::HighResolution);
                 if (!AppSettings::pagePrinter().isEmpty())
                     printer->setPrinterName(AppSettings::pagePrinter());
                 auto* dialog = PrintPreview::create(printer, parent, QStringLiteral("travelerPreviewDialog"),
                                                     builds.size() == 1
                                                         ? tr("Traveler of build %1").arg(builds.first())
                                                         : tr("Travelers of %n builds", nullptr, int(builds.size())));
                 auto drawError = std::make_shared<QString>();
                 QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [travelers, drawError](QPrinter* p) {
                     QString why;
                     if (!print::TravelerRenderer().render(p, travelers, &why))
                         *drawError = why;
                 });
                 QObject::connect(dialog, &QDialog::finished, parent, [parent, s, builds, drawError, done](int result) {
                     if (result != QDialog::Accepted) {
                         done(Outcome{false, true,
                                      drawError->isEmpty() ? QString()
                                                           : tr("The travelers could not be drawn: %1").arg(*drawError),
                                      {}});
                         return;
                     }
                     if (!drawError->isEmpty()) {
                         done(Outcome{false, false, tr("The travelers could not be drawn: %1").arg(*drawError), {}});
                         return;
                     }
                     // Printed: record each build's print.
                     whenDone(parent, data::PrintRepository(*s).recordPrints(builds, travelerRequest(QStringLiteral("printer"))),
                              [builds, done](const data::Result<QList<data::PrintRecord>>& recorded) {
                                  if (!recorded) {
                                      done(Outcome{false, false,
                                                   tr("The travelers were printed but their prints were not recorded: %1")
                                                       .arg(recorded.error().userMessage()),
                                                   {}});
                                      return;
                                  }
                                  // Plurals: one message for one and one for the others (English has no
                                  // translation file to pluralise); each keeps %n for other languages.
                                  const int n = int(builds.size());
                                  done(Outcome{true, false,
                                               n == 1 ? tr("%n traveler printed.", nullptr, n) : tr("%n travelers printed.", nullptr, n),
                                               recorded.value()});
                              });
                 });
                 dialog->open();
             });
}

} // namespace cs::ui
