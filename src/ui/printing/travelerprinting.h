#pragma once

#include "data/printing/travelerdata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QObject;
class QWidget;

namespace cs::data {
class Session;
}

namespace cs::ui {

// Travelers of one or several builds as ONE job (issue 6): a PDF file or a print preview, the builds in
// the order given, each build's print recorded (first print or reprint; a reprint carries its REPRINT
// mark). Used by the order page (one build) and the order board (a selection).
//
// The window never waits on the server: the builds are read, and the prints recorded, on the session's
// worker (data::PrintRepository); `done` is called in the owner's thread when it is over, and not at
// all when the owner is gone by then.
class TravelerPrinting
{
    Q_DECLARE_TR_FUNCTIONS(cs::ui::TravelerPrinting)

public:
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;             // preview closed without printing: nothing recorded
        QString message;                    // for the person (confirmation or the reason in words)
        QList<data::PrintRecord> records;   // one per build, in the builds' order
    };
    using Done = std::function<void(const Outcome& outcome)>;

    // Records a print of each build and writes all travelers (each marked as its print) to one PDF, in
    // one transaction on the worker: nothing is recorded unless the file was written.
    static void exportPdf(QObject* owner, data::Session& session, const QStringList& builds, const QString& path,
                          Done done);
    // Reads the builds (each marked as the print it will be), then one print preview of all travelers
    // (window-modal); when the person prints, each build's print is recorded.
    static void preview(QWidget* parent, data::Session& session, const QStringList& builds, Done done);

    // QFileDialog::getSaveFileName, or the test hook when one is set (tests run offscreen).
    using SaveFileNameHook = std::function<QString(const QString& caption, const QString& suggested)>;
    static void setSaveFileNameHook(SaveFileNameHook hook);
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                const QString& filter);
};

} // namespace cs::ui
