#pragma once

#include "data/common/session.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace cs::ui {

// Versions of the application, Qt and the PostgreSQL server, for support calls.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(data::Session* session, QWidget* parent = nullptr);
    ~AboutDialog() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    const std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace cs::ui
