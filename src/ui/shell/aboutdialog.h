#pragma once

#include "data/common/session.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace cs::ui {

// Versions of the application, Qt and the PostgreSQL server (read on the session's worker), for
// support calls.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(data::Session* session, QWidget* parent = nullptr);
    ~AboutDialog() override;
    // The server's version as shown ("…" while it is read).
    QString serverVersionText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    const std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace cs::ui
