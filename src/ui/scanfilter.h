#pragma once

#include "domain/scanpayload.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

namespace cs::ui {

// Recognises a keyboard-wedge scanner anywhere in the application. A scan is a fast burst of
// keys that starts with the payload prefix "CS:" and ends with Enter. Keys that could start a
// scan are held back for a few milliseconds; if the burst turns out to be a person typing, the
// held keys are delivered to the widget they were meant for, in order. A recognised scan is
// swallowed whole, so the focused field is left unchanged, and scanned() is emitted.
// Install on the QApplication: qApp->installEventFilter(filter).
class ScanFilter final : public QObject
{
    Q_OBJECT
public:
    explicit ScanFilter(QObject* parent = nullptr);
    ~ScanFilter() override;
    Q_DISABLE_COPY_MOVE(ScanFilter)

    // Longest gap between two keys of one scan (default 60 ms; people type slower).
    void setMaxKeyGapMs(int ms);
    int maxKeyGapMs() const { return m_maxGapMs; }

    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void scanned(const cs::domain::ScanPayload& payload);
    // A burst with the prefix that is not a valid payload (swallowed too).
    void unrecognised(const QString& text);

private:
    void flush();    // give the held keys back to their widget
    void reset();

    struct HeldKey
    {
        QEvent::Type type;
        int key;
        Qt::KeyboardModifiers modifiers;
        QString text;
    };
    std::vector<HeldKey> m_held;
    QPointer<QObject> m_target;
    QString m_buffer;
    QElapsedTimer m_sinceLastKey;
    QTimer m_gapTimer;
    int m_maxGapMs = 60;
    bool m_replaying = false;
};

} // namespace cs::ui
