#pragma once

#include "data/session.h"
#include "domain/scanpayload.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace cs::ui {

class HomeWidget;
class RecordDialog;

// The window of one logged-in person: their role's home screen, menus for what the role may
// do (the database still decides), a status bar with who is logged in and the connection.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(data::Session* session, QWidget* parent = nullptr);
    ~MainWindow() override;

    HomeWidget* home() const { return m_home; }
    RecordDialog* lastRecordDialog() const;
    QString connectionStatusText() const;
    bool isOnline() const { return m_online; }

public slots:
    void openScan(const cs::domain::ScanPayload& payload);
    void setOnline(bool online);
    void setReconnectIn(int ms);
    void saveLayout();

signals:
    void switchUserRequested();
    void lockRequested();
    void logoutRequested();
    void quitRequested();
    void settingsChanged();
    void queryFailed(const QSqlError& error);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void showSettings();
    void showAbout();
    void showUsers();
    void showChangePassword();
    void openByCode();
    void openRecord(domain::ScanPayload::Kind kind, const QString& key);
    void retranslate();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    data::Session* m_session;
    HomeWidget* m_home = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QPointer<RecordDialog> m_lastRecord;
    bool m_online = true;
    int m_reconnectMs = 0;
    bool m_quitting = false;
};

} // namespace cs::ui
