#pragma once

#include "data/common/session.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ChangePasswordDialog;
}

namespace cs::ui {

// The logged-in person changes their own password (the server hashes it, SCRAM-SHA-256).
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePasswordDialog(data::Session* session, QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;
    QString messageText() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void showMessage(const QString& text);
    const std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    data::Session* m_session;
};

// Words for an error raised by the user SQL functions ("E-INITIALS-UNIQUE: ..."), shared by the
// administration dialogs.
QString userFunctionError(const QString& databaseText);

} // namespace cs::ui
