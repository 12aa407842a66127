#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace cs::ui {

// The workstation's settings: language, shop-floor mode (Automatic, On, Off), idle lock, the plant's
// usual lead time, default printers and label size. Saved on OK; the Shell applies language and mode
// at once (MainWindow::settingsChanged).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    ~SettingsDialog() override;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    const std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace cs::ui
