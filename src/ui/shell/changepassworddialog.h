#pragma once

#include "data/common/session.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ChangePasswordDialog;
}

namespace cs::ui {

// The logged-in person changes their own password (the server hashes it, SCRAM-SHA-256). The change
// runs off the GUI thread; the dialog says which refusal it was: the current password is wrong, the new
// one breaks the server's rule, or the server cannot be reached.
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePasswordDialog(data::Session* session, QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;
    QString messageText() const;
    bool isBusy() const { return m_busy; }

public slots:
    void accept() override;
    void reject() override;

signals:
    // The server answered (the dialog closes itself when the change was made).
    void answered(bool changed);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showError(const QString& text);
    void setBusy(bool busy);

    const std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    data::Session* m_session;
    bool m_busy = false;
};

} // namespace cs::ui
