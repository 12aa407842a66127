#pragma once

#include <QObject>
#include <QTimer>

namespace cs::ui {

// Emits idle() when no key, mouse, wheel or touch input reached the application for the
// configured time. Install on the QApplication.
class IdleWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);

    void setTimeout(int ms);
    int timeout() const { return m_timer.interval(); }
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void idle();

private:
    QTimer m_timer;
};

} // namespace cs::ui
