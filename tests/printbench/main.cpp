// cleanstation-printbench: how long printing takes, as JSON lines on stdout (a table on stderr).
//   labels_pdf        100 pick labels (2x1) to a PDF file
//   labels_pdf_sheet  100 pick labels on Letter 3x10 sheets to a PDF file
//   labels_zpl        100 pick labels to ZPL (203 dpi)
//   traveler_pdf      a 3-basin traveler (14 top-level lines, 120 pick lines, 200 tree nodes) to PDF
// Each figure is the median of --runs runs (default 7) after one warm-up run.

#include "domain/printing/labelcontent.h"
#include "domain/printing/travelercontent.h"
#include "domain/printing/zplwriter.h"
#include "print/labelrenderer.h"
#include "print/travelerrenderer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace cs::domain;

namespace {

QList<LabelContent> pickLabels(int n)
{
    QList<LabelContent> labels;
    for (int i = 0; i < n; ++i)
        labels.append(LabelContent::pick(QStringLiteral("DM-PART-%1").arg(i, 3, 10, QLatin1Char('0')),
                                         QStringLiteral("DEMO COMPONENT %1, STAINLESS").arg(i), i % 5 + 1,
                                         QStringLiteral("2222-3"), QStringLiteral("PO-45001")));
    return labels;
}

TravelerContent traveler()
{
    TravelerContent c;
    c.poNumber = QStringLiteral("PO-45001");
    c.buildNumber = QStringLiteral("2222-3");
    c.customer = QStringLiteral("St. Mary Hospital");
    c.project = QStringLiteral("Sterile core");
    c.model = QStringLiteral("T2-B3");
    c.family = QStringLiteral("MDRD");
    c.wantDate = QDate(2025, 6, 30);
    c.printedAt = QDateTime(QDate(2025, 4, 2), QTime(9, 0));
    c.bomHash = QString(64, u'a');
    QList<QStringList> basins;
    for (int b = 1; b <= 3; ++b)
        basins.append({QString::number(b), QStringLiteral("E-Sink"), QStringLiteral("24X20X10"), QStringLiteral("Yes"),
                       QStringLiteral("No")});
    c.configuration.append({QStringLiteral("Basins"),
                            {QStringLiteral("Basin"), QStringLiteral("Type"), QStringLiteral("Size"),
                             QStringLiteral("P-trap"), QStringLiteral("Basin light")},
                            {},
                            basins});
    for (int i = 0; i < 14; ++i)
        c.topLevel.append({QStringLiteral("T2-TOP-%1").arg(i), QStringLiteral("TOP LEVEL %1").arg(i), 1,
                           QStringLiteral("R-BASIN-KIT"), QStringLiteral("basin 1: E_SINK")});
    for (int i = 0; i < 120; ++i)
        c.pickList.append({QStringLiteral("DM-PART-%1").arg(i), QStringLiteral("DEMO COMPONENT %1").arg(i), i + 1});
    for (int i = 0; i < 200; ++i)
        c.tree.append({i % 4, QStringLiteral("DM-NODE-%1").arg(i), QStringLiteral("NODE %1").arg(i), 1, 2});
    c.signOffs = TravelerContent::standardSignOffs();
    return c;
}

double medianMs(int runs, const std::function<void()>& work)
{
    work(); // warm-up: fonts, caches
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void report(const QString& name, int items, double ms, qint64 bytes, int runs, int pages = 0)
{
    QJsonObject o{{QStringLiteral("bench"), name},   {QStringLiteral("items"), items},
                  {QStringLiteral("median_ms"), qRound(ms * 100) / 100.0}, {QStringLiteral("bytes"), bytes},
                  {QStringLiteral("runs"), runs}};
    if (pages > 0)
        o.insert(QStringLiteral("pages"), pages);
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    std::fprintf(stderr, "%-18s %5d items  %9.2f ms  %9lld bytes\n", qPrintable(name), items, ms, bytes);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int runs = 7;
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--runs"));
    if (at >= 0 && at + 1 < args.size())
        runs = std::max(1, args.at(at + 1).toInt());

    QTemporaryDir dir;
    const QList<LabelContent> labels = pickLabels(100);

    const QString small = dir.filePath(QStringLiteral("labels.pdf"));
    const double labelsMs = medianMs(runs, [&] { cs::print::LabelRenderer(LabelSize::Label2x1).writePdf(small, labels); });
    report(QStringLiteral("labels_pdf"), 100, labelsMs, QFileInfo(small).size(), runs);

    const QString sheet = dir.filePath(QStringLiteral("sheet.pdf"));
    const double sheetMs =
        medianMs(runs, [&] { cs::print::LabelRenderer(LabelSize::SheetLetter3x10).writePdf(sheet, labels); });
    report(QStringLiteral("labels_pdf_sheet"), 100, sheetMs, QFileInfo(sheet).size(), runs);

    QByteArray zpl;
    const double zplMs = medianMs(runs, [&] { zpl = ZplWriter(203).labels(labels, LabelSize::Label2x1); });
    report(QStringLiteral("labels_zpl"), 100, zplMs, zpl.size(), runs);

    const QString pdf = dir.filePath(QStringLiteral("traveler.pdf"));
    const TravelerContent t = traveler();
    QList<int> pages;
    const double travelerMs = medianMs(runs, [&] { cs::print::TravelerRenderer().writePdf(pdf, {t}, nullptr, &pages); });
    report(QStringLiteral("traveler_pdf"), 1, travelerMs, QFileInfo(pdf).size(), runs, pages.value(0));
    return 0;
}
