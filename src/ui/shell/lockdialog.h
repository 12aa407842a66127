#pragma once

#include "data/common/session.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LockDialog;
}

namespace cs::ui {

// Shown over the main window when the workstation is locked: the work stays where it was,
// only the session's own user can unlock (a fresh password check against the server, on a pool
// thread: the window never waits), and anyone can switch user instead.
class LockDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit LockDialog(data::Session* session, QWidget* parent = nullptr);
    ~LockDialog() override;

    QString messageText() const;

signals:
    void unlocked();
    void switchUserRequested();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void tryUnlock();
    void finishCheck(const data::Result<data::Done>& result);
    void retranslate();

    const std::unique_ptr<Ui::LockDialog> m_ui;
    data::Session* m_session;
    bool m_checking = false;
};

} // namespace cs::ui
