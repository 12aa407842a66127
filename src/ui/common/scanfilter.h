#pragma once

#include "domain/common/scanpayload.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <utility>
#include <vector>

namespace cs::ui {

// Recognises a keyboard-wedge scanner anywhere in the application. A scan is a fast burst of
// keys that starts with the payload prefix "CS:" and ends with Enter. Keys that could start a
// scan are held back for a few milliseconds; if the burst turns out to be a person typing, the
// held keys are delivered to the widget they were meant for, in order. A recognised scan is
// swallowed whole, so the focused field is left unchanged, and scanned() is emitted.
//
// Held keys never arrive late into a widget that shows something else by then: they are delivered
// before any other input goes on — a mouse press or wheel anywhere, a key for another widget, a key
// that cannot be part of a scan (Tab, Backspace, arrows, shortcuts with Ctrl/Alt/Meta, F-keys) —
// and before the widget loses the focus, its window closes or is deactivated, or it or a parent is
// deleted with deleteLater. A widget hidden (not merely hidden and shown again during an update) gets
// them as soon as control is back in the event loop. When the widget or a parent is already being
// destroyed, its held keys are dropped, never sent elsewhere.
// The prefix itself must come within one key gap from its first key (a scanner types it in a few
// milliseconds, a person cannot), so a lone 'C' at the end of what someone typed is held at most
// that long. Keys are looked at on the widget they are for: a window (QWidgetWindow) only passes
// them on to its focus widget, and keys held there would be replayed to whatever had the focus then.
//
// Install on the QApplication: qApp->installEventFilter(filter).
class ScanFilter final : public QObject
{
    Q_OBJECT
public:
    explicit ScanFilter(QObject* parent = nullptr);
    ~ScanFilter() override;
    Q_DISABLE_COPY_MOVE(ScanFilter)

    // Longest gap between two keys of one scan, and longest time for its prefix (default 60 ms;
    // people type slower).
    void setMaxKeyGapMs(int ms);
    int maxKeyGapMs() const { return m_maxGapMs; }

    // True while keys are held back (a burst that may still become a scan).
    bool isHolding() const { return !m_held.empty(); }
    // Delivers the held keys to their widget now, as if the burst had ended.
    void flush();

    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void scanned(const cs::domain::ScanPayload& payload);
    // A burst with the prefix that is not a valid payload (swallowed too).
    void unrecognised(const QString& text);

private:
    struct HeldKey
    {
        QEvent::Type type;
        int key;
        Qt::KeyboardModifiers modifiers;
        quint32 nativeScanCode;
        quint32 nativeVirtualKey;
        quint32 nativeModifiers;
        QString text;
        bool autoRepeat;
        quint16 count;
        quint64 timestamp;
    };
    // The widget a burst was typed into and its parents, each with the class it had then: an object
    // whose metaObject() has changed is inside its destructor.
    using Chain = std::vector<std::pair<QPointer<QObject>, const QMetaObject*>>;

    bool filterKey(QObject* watched, QKeyEvent* event);
    void open(QObject* target);
    void checkHiddenLater();
    void hold(const QKeyEvent* event);
    void restartTimer();
    bool prefixComplete() const;
    bool inTargetChain(const QObject* o) const;
    static bool intact(const Chain& chain);
    void reset(); // forgets the burst and what it held

    std::vector<HeldKey> m_held;
    QPointer<QObject> m_target;
    QMetaObject::Connection m_targetGone;
    Chain m_chain;
    QString m_buffer; // the characters held, without modifier keys
    QElapsedTimer m_sinceFirstKey;
    QElapsedTimer m_sinceLastKey;
    QTimer m_gapTimer;
    int m_maxGapMs = 60;
    quint64 m_burst = 0; // counts the bursts opened
    const QEvent* m_replaying = nullptr; // the held key being delivered, on its way up to the parents
};

} // namespace cs::ui
