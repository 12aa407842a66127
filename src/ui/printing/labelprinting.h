#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace cs::data {
class Session;
}

namespace cs::ui {

// A build's two build labels (skirt and back, WORKFLOW.md 5.2) at the label size of the settings: a
// print preview on the label printer, or the ZPL preview. The build is read on the session's worker
// (data::PrintRepository), then the dialog opens window-modal; `done` says how it went (not called when
// `parent` is gone by then).
class LabelPrinting
{
    Q_DECLARE_TR_FUNCTIONS(cs::ui::LabelPrinting)

public:
    using Done = std::function<void(bool ok, const QString& message)>;

    static void preview(QWidget* parent, data::Session& session, const QString& buildNumber, Done done);
    static void zplPreview(QWidget* parent, data::Session& session, const QString& buildNumber, Done done);
};

} // namespace cs::ui
