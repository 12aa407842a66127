#include "ui/printing/travelerprinting.h"

#include "print/travelerrenderer.h"
#include "ui/common/appsettings.h"

#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

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

TravelerPrinting::Result TravelerPrinting::exportPdf(QSqlDatabase db, const QStringList& builds, const QString& path)
{
    Result result;
    if (builds.isEmpty()) {
        result.message = tr("No build is selected.");
        return result;
    }
    // One transaction for the whole job: the prints are recorded only when the PDF was written.
    data::TravelerRepository repository(db);
    data::TravelerError error;
    const bool ok = repository.printBatch(
        builds, travelerRequest(QStringLiteral("pdf")),
        [&path](const QList<data::TravelerData>& data, const QList<data::PrintRecord>&, QString* why) {
            QList<domain::TravelerContent> travelers;
            for (const data::TravelerData& d : data)
                travelers.append(d.traveler); // each marked as its print (REPRINT, number)
            return print::TravelerRenderer().writePdf(path, travelers, why);
        },
        &result.records, &error);
    if (!ok) {
        result.message = error.code == u"E-RENDER"
            ? tr("The travelers could not be written to %1: %2").arg(QDir::toNativeSeparators(path), error.message)
            : tr("The travelers were not exported: %1").arg(error.message);
        return result;
    }
    int reprints = 0;
    for (const data::PrintRecord& r : std::as_const(result.records))
        reprints += r.reprint ? 1 : 0;
    if (builds.size() == 1)
        result.message = result.records.first().reprint
            ? tr("Traveler exported to %1 (reprint %2).").arg(QDir::toNativeSeparators(path)).arg(result.records.first().printNumber)
            : tr("Traveler exported to %1.").arg(QDir::toNativeSeparators(path));
    else
        result.message = tr("%n traveler(s) exported to %1", nullptr, int(builds.size())).arg(QDir::toNativeSeparators(path))
            + (reprints > 0 ? tr(" (%n reprint(s)).", nullptr, reprints) : QStringLiteral("."));
    result.ok = true;
    return result;
}

TravelerPrinting::Result TravelerPrinting::preview(QWidget* parent, QSqlDatabase db, const QStringList& builds)
{
    Result result;
    if (builds.isEmpty()) {
        result.message = tr("No build is selected.");
        return result;
    }
    // Load every build first, marked as the print it will be (the next number of its prints).
    data::TravelerRepository repository(db);
    QList<domain::TravelerContent> travelers;
    for (const QString& build : builds) {
        data::TravelerData d;
        data::TravelerError error;
        if (!repository.load(build, &d, &error)) {
            result.message = tr("The traveler of %1 cannot be made: %2").arg(build, error.message);
            return result;
        }
        const QList<data::PrintRecord> earlier = repository.prints(d.orderId, data::PrintKind::Traveler, &error);
        if (error.isSet()) {
            result.message = tr("The traveler of %1 cannot be made: %2").arg(build, error.message);
            return result;
        }
        d.traveler.reprint = !earlier.isEmpty();
        d.traveler.printNumber = int(earlier.size()) + 1;
        d.traveler.printedAt = QDateTime::currentDateTime();
        travelers.append(d.traveler);
    }

    QPrinter printer(QPrinter::HighResolution);
    if (!AppSettings::pagePrinter().isEmpty())
        printer.setPrinterName(AppSettings::pagePrinter());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(builds.size() == 1 ? tr("Traveler of build %1").arg(builds.first())
                                             : tr("Travelers of %n build(s)", nullptr, int(builds.size())));
    const print::TravelerRenderer renderer;
    QString drawError;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* p) {
        QString why;
        if (!renderer.render(p, travelers, &why))
            drawError = why;
    });
    if (dialog.exec() != QDialog::Accepted) {
        result.cancelled = true;
        result.message = drawError.isEmpty() ? QString() : tr("The travelers could not be drawn: %1").arg(drawError);
        return result;
    }
    if (!drawError.isEmpty()) {
        result.message = tr("The travelers could not be drawn: %1").arg(drawError);
        return result;
    }
    // Printed: record each build's print.
    for (const QString& build : builds) {
        data::PrintRecord record;
        data::TravelerError error;
        if (!repository.print(build, travelerRequest(QStringLiteral("printer")),
                              [](const data::TravelerData&, const data::PrintRecord&, QString*) { return true; },
                              &record, &error)) {
            result.message = tr("The travelers were printed but the print of %1 was not recorded: %2").arg(build, error.message);
            return result;
        }
        result.records.append(record);
    }
    result.message = tr("%n traveler(s) printed.", nullptr, int(builds.size()));
    result.ok = true;
    return result;
}

} // namespace cs::ui
