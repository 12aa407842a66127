#pragma once

#include "data/printing/travelerrepository.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace cs::ui {

// Travelers of one or several builds as ONE job (issue 6): a PDF file or a QPrintPreviewDialog, the
// builds in the order given, each build's print recorded through data::TravelerRepository (first
// print or reprint; a reprint carries its REPRINT mark). Used by the order page (one build) and the
// order board (a selection).
class TravelerPrinting
{
    Q_DECLARE_TR_FUNCTIONS(cs::ui::TravelerPrinting)

public:
    struct Result
    {
        bool ok = false;
        bool cancelled = false;             // preview closed without printing: nothing recorded
        QString message;                    // for the user (confirmation or the reason in words)
        QList<data::PrintRecord> records;   // one per build, in the builds' order
    };

    // Records a print of each build (one transaction per build, the traveler marked as that print),
    // then writes all travelers to one PDF.
    static Result exportPdf(QSqlDatabase db, const QStringList& builds, const QString& path);
    // One print preview of all travelers (marked as the print they will be); when the user prints,
    // each build's print is recorded.
    static Result preview(QWidget* parent, QSqlDatabase db, const QStringList& builds);

    // QFileDialog::getSaveFileName, or the test hook when one is set (tests run offscreen).
    using SaveFileNameHook = std::function<QString(const QString& caption, const QString& suggested)>;
    static void setSaveFileNameHook(SaveFileNameHook hook);
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                const QString& filter);
};

} // namespace cs::ui
