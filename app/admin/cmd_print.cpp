// cleanstation-admin print traveler|label: a build's traveler (PDF) or build label (PDF or Zebra ZPL)
// to a file, for batch use and tests. Every print is recorded in the database (cs.record_print); a
// print after the first of the same kind is a reprint and says so.
#include "command.h"
#include "connection.h"

#include "data/printing/travelerrepository.h"
#include "domain/printing/labelcontent.h"
#include "domain/printing/zplwriter.h"
#include "print/labelrenderer.h"
#include "print/travelerrenderer.h"
#include "print/zplprinter.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageSize>
#include <QSqlError>

namespace cs::admin {
namespace {

void usage()
{
    out(QStringLiteral(
        "Usage: cleanstation-admin print traveler --build BUILD [--size letter|a4] [--copies N] --out FILE.pdf\n"
        "       cleanstation-admin print label --build BUILD [--size 4x6|4x2|2x1|sheet-letter|sheet-a4]\n"
        "                                      [--copies N] [--dpi 203|300|600] --out FILE.pdf|FILE.zpl\n"
        "       [--conninfo \"...\"]\n\n"
        "Prints a build's traveler (PDF, in the order's language, with the sign-offs recorded so far) or\n"
        "its build label (QR code CS:B:<build>, PO, model, customer, project, date) to a file: PDF, or\n"
        "Zebra ZPL when FILE ends in .zpl (labels only; --dpi is the printer's resolution, default 203).\n"
        "The build number is matched case-insensitively. Defaults: traveler on Letter, 1 copy; label\n"
        "4x2 in, 2 copies (skirt and back, CLQ A.6). 'sheet' is the same as 'sheet-letter' (3x10).\n\n"
        "The print is recorded under the name of the person connected (PG* variables or --conninfo; a\n"
        "CleanStation user of a role that may print: Coordinator, Admin, Procurement, QC, Assembler).\n"
        "Every print after the first of the same kind is a reprint: marked REPRINT and recorded as such.\n"
        "Exit codes: 0 printed, 1 refused (no such build, role may not print) or not produced,\n"
        "2 bad arguments or no connection."));
}

struct Options
{
    data::PrintKind kind = data::PrintKind::Traveler;
    QString build;
    QString size;
    int copies = 0;
    int dpi = 203;
    QString out;
    QString format; // "pdf" or "zpl"
};

// Parses the arguments after "print"; prints the problem and returns ExitBadInput when they are wrong.
int parse(QStringList args, Options* o)
{
    if (args.isEmpty()) {
        err(QStringLiteral("print: say what to print: traveler or label (see 'cleanstation-admin print --help')"));
        return ExitBadInput;
    }
    const QString what = args.takeFirst();
    if (what == u"traveler") {
        o->kind = data::PrintKind::Traveler;
    } else if (what == u"label") {
        o->kind = data::PrintKind::Label;
    } else {
        err(QStringLiteral("print: unknown document '%1': traveler or label").arg(what));
        return ExitBadInput;
    }
    QString copiesText;
    QString dpiText;
    while (!args.isEmpty()) {
        const QString opt = args.takeFirst();
        QString* target = nullptr;
        if (opt == u"--build")
            target = &o->build;
        else if (opt == u"--size")
            target = &o->size;
        else if (opt == u"--copies")
            target = &copiesText;
        else if (opt == u"--dpi")
            target = &dpiText;
        else if (opt == u"--out")
            target = &o->out;
        if (!target) {
            err(QStringLiteral("print: unknown option '%1' (see 'cleanstation-admin print --help')").arg(opt));
            return ExitBadInput;
        }
        if (args.isEmpty() || args.first().startsWith(QStringLiteral("--"))) {
            err(QStringLiteral("print: %1 needs a value").arg(opt));
            return ExitBadInput;
        }
        *target = args.takeFirst();
    }
    if (o->build.trimmed().isEmpty()) {
        err(QStringLiteral("print: --build BUILD is required"));
        return ExitBadInput;
    }
    if (o->out.isEmpty()) {
        err(QStringLiteral("print: --out FILE.pdf%1 is required")
                .arg(o->kind == data::PrintKind::Label ? QStringLiteral("|FILE.zpl") : QString()));
        return ExitBadInput;
    }
    o->format = QFileInfo(o->out).suffix().toLower();
    if (o->format != u"pdf" && o->format != u"zpl") {
        err(QStringLiteral("print: --out must end in .pdf%1 (got '%2')")
                .arg(o->kind == data::PrintKind::Label ? QStringLiteral(" or .zpl") : QString(), o->out));
        return ExitBadInput;
    }
    if (o->kind == data::PrintKind::Traveler && o->format == u"zpl") {
        err(QStringLiteral("print: a traveler is a multi-page document printed to PDF only; Zebra ZPL is for "
                           "labels. Use --out FILE.pdf"));
        return ExitBadInput;
    }
    if (!copiesText.isEmpty()) {
        bool ok = false;
        o->copies = copiesText.toInt(&ok);
        if (!ok || o->copies < 1 || o->copies > 1000) {
            err(QStringLiteral("print: --copies must be a number from 1 to 1000 (got '%1')").arg(copiesText));
            return ExitBadInput;
        }
    } else {
        o->copies = o->kind == data::PrintKind::Label ? 2 : 1;
    }
    if (!dpiText.isEmpty()) {
        bool ok = false;
        o->dpi = dpiText.toInt(&ok);
        if (!ok || !domain::ZplWriter::isSupportedDpi(o->dpi)) {
            err(QStringLiteral("print: --dpi must be 203, 300 or 600 (got '%1')").arg(dpiText));
            return ExitBadInput;
        }
    }
    if (o->kind == data::PrintKind::Traveler) {
        o->size = o->size.isEmpty() ? QStringLiteral("letter") : o->size.toLower();
        if (o->size != u"letter" && o->size != u"a4") {
            err(QStringLiteral("print: a traveler is printed on letter or a4 paper (got --size '%1')").arg(o->size));
            return ExitBadInput;
        }
    } else {
        const std::optional<domain::LabelSize> size =
            domain::labelSizeFromString(o->size.isEmpty() ? QStringLiteral("4x2") : o->size);
        if (!size) {
            err(QStringLiteral("print: unknown label size '%1': 4x6, 4x2, 2x1, sheet-letter or sheet-a4").arg(o->size));
            return ExitBadInput;
        }
        o->size = domain::toString(*size);
    }
    return ExitOk;
}

// Writes the document to a file beside the target and moves it into place, so a failed or refused
// print never leaves a half-written or misleading file.
bool produce(const Options& o, const data::TravelerData& d, const data::PrintRecord& record, QString* error,
             QString* summary)
{
    const QString part = o.out + QStringLiteral(".part");
    QFile::remove(part);
    bool ok = false;
    if (o.kind == data::PrintKind::Traveler) {
        domain::TravelerContent c = d.traveler;
        const QList<domain::TravelerContent> job(o.copies, c);
        QList<int> pages;
        const print::TravelerRenderer renderer(QPageSize(o.size == u"a4" ? QPageSize::A4 : QPageSize::Letter));
        ok = renderer.writePdf(part, job, error, &pages);
        int total = 0;
        for (int p : pages)
            total += p;
        *summary = QStringLiteral("traveler of build %1 (%2, %3 page(s)%4)")
                       .arg(d.buildNumber, c.poNumber)
                       .arg(total)
                       .arg(o.copies > 1 ? QStringLiteral(", %1 copies").arg(o.copies) : QString());
    } else {
        const domain::LabelSize size = *domain::labelSizeFromString(o.size);
        const domain::LabelContent label = d.buildLabel(o.copies, record.printedAt.toLocalTime().date());
        if (o.format == u"zpl") {
            const QByteArray zpl = domain::ZplWriter(o.dpi).label(label, size);
            ok = print::ZplPrinter::saveToFile(part, zpl, error);
        } else {
            ok = print::LabelRenderer(size).writePdf(part, {label}, error);
        }
        *summary = QStringLiteral("%1 build label(s) of build %2, %3%4")
                       .arg(o.copies)
                       .arg(d.buildNumber, o.size, o.format == u"zpl" ? QStringLiteral(" ZPL %1 dpi").arg(o.dpi) : QString());
    }
    if (ok && QFile::exists(o.out) && !QFile::remove(o.out)) {
        *error = QStringLiteral("cannot replace %1").arg(o.out);
        ok = false;
    }
    if (ok && !QFile::rename(part, o.out)) {
        *error = QStringLiteral("cannot write %1").arg(o.out);
        ok = false;
    }
    if (!ok) {
        QFile::remove(part);
        if (error->isEmpty())
            *error = QStringLiteral("cannot write %1").arg(o.out);
    }
    return ok;
}

int run(const QStringList& args)
{
    if (args.contains(u"--help") || args.contains(u"-h")) {
        usage();
        return ExitOk;
    }
    QStringList rest = args.mid(1);
    data::ConnectionSettings settings;
    if (const int rc = settingsFromArgs(rest, &settings); rc != ExitOk)
        return rc;
    Options o;
    if (const int rc = parse(rest, &o); rc != ExitOk)
        return rc;
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        err(QStringLiteral("print: internal error: no QGuiApplication"));
        return ExitRefused;
    }
    QSqlDatabase db = settings.open(QStringLiteral("admin"));
    if (!db.isOpen()) {
        err(QStringLiteral("Cannot connect to %1: %2").arg(settings.describe(), db.lastError().text().trimmed()));
        return ExitBadInput;
    }

    data::PrintRequest request;
    request.kind = o.kind;
    request.size = o.size;
    request.output = o.format;
    request.copies = o.copies;
    QString summary;
    data::PrintRecord record;
    data::DbError error;
    bool produced = false;
    const bool ok = data::TravelerRepository(db).print(
        o.build, request,
        [&](const data::TravelerData& d, const data::PrintRecord& r, QString* why) {
            produced = produce(o, d, r, why, &summary);
            return produced;
        },
        &record, &error);
    if (!ok) {
        if (error.code == u"E-BUILD-NOT-FOUND")
            err(QStringLiteral("print: no build '%1' (build numbers are matched case-insensitively); nothing printed")
                    .arg(o.build.trimmed()));
        else if (data::TravelerRepository::isRefusal(error))
            err(QStringLiteral("print: refused: %1 (%2); nothing printed").arg(error.message, error.code));
        else
            err(QStringLiteral("print: %1 (%2); nothing printed").arg(error.message, error.code));
        QFile::remove(o.out + QStringLiteral(".part"));
        if (produced)
            QFile::remove(o.out); // written, but the print could not be recorded
        return ExitRefused;
    }
    out(QStringLiteral("Printed %1 to %2: %3 (print %4 of this build's %5s).")
            .arg(summary, o.out,
                 record.reprint ? QStringLiteral("REPRINT") : QStringLiteral("first print"))
            .arg(record.printNumber)
            .arg(data::toString(o.kind)));
    return ExitOk;
}

const Registration reg{{QStringLiteral("print"),
                        QStringLiteral("a build's traveler (PDF) or build label (PDF, Zebra ZPL), recorded"), &run}};

} // namespace
} // namespace cs::admin
