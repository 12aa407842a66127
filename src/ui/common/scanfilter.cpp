#include "ui/common/scanfilter.h"

#include <QApplication>
#include <QWidget>

namespace cs::ui {

namespace {

using domain::ScanPayload;

bool isEnter(int key)
{
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}

// Ctrl, Alt or Meta: a command, never part of a scan. Ctrl+Alt together is AltGr on Windows, which
// types characters.
bool hasCommandModifier(Qt::KeyboardModifiers modifiers)
{
    const Qt::KeyboardModifiers command = modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    return command != Qt::NoModifier && command != (Qt::ControlModifier | Qt::AltModifier);
}

// The one printable character the key types, else a null QChar.
QChar typedCharacter(const QKeyEvent* event)
{
    const QString text = event->text();
    if (text.size() != 1 || !text.at(0).isPrint() || hasCommandModifier(event->modifiers()))
        return {};
    return text.at(0);
}

// Keys a wedge scanner presses around the characters it types (upper case, ':' and the like).
bool isShiftKey(const QKeyEvent* event)
{
    const int key = event->key();
    return event->text().isEmpty() && (key == Qt::Key_Shift || key == Qt::Key_AltGr || key == Qt::Key_CapsLock);
}

// True while `text` is (the start of) the prefix, in any case.
bool followsPrefix(const QString& text)
{
    const qsizetype n = std::min(text.size(), ScanPayload::prefix.size());
    return QStringView(text).left(n).compare(ScanPayload::prefix.left(n), Qt::CaseInsensitive) == 0;
}

} // namespace

ScanFilter::ScanFilter(QObject* parent)
    : QObject(parent)
{
    m_gapTimer.setSingleShot(true);
    connect(&m_gapTimer, &QTimer::timeout, this, &ScanFilter::flush);
    // The focus moving on (a click, Tab, code, the window deactivated): what is held belongs to the
    // widget it was typed into and goes there first.
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
        connect(app, &QApplication::focusChanged, this, &ScanFilter::flush);
}

ScanFilter::~ScanFilter()
{
    flush();
}

void ScanFilter::setMaxKeyGapMs(int ms)
{
    m_maxGapMs = ms;
}

bool ScanFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (event == m_replaying)
        return false;
    const QEvent::Type type = event->type();
    if (type == QEvent::KeyPress || type == QEvent::KeyRelease || type == QEvent::ShortcutOverride)
        return filterKey(watched, static_cast<QKeyEvent*>(event));
    if (m_held.empty())
        return false;
    switch (type) {
    // Input that is not a key, anywhere: the held keys first, then the input goes on its way.
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::NonClientAreaMouseButtonPress:
    case QEvent::NonClientAreaMouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
    case QEvent::InputMethod:
        flush();
        break;
    // The widget is about to lose the focus.
    case QEvent::FocusAboutToChange:
    case QEvent::FocusOut:
        if (watched == m_target)
            flush();
        break;
    // Its window closing or deactivated, or it or a parent about to be deleted.
    case QEvent::Close:
    case QEvent::WindowDeactivate:
    case QEvent::DeferredDelete:
        if (inTargetChain(watched))
            flush();
        break;
    // Hidden (sent to it when a parent hides): looked at again once control is back in the event
    // loop. Widgets are hidden and shown again in the middle of updates (QWizard hides its pages
    // around every change of its buttons' states): keys delivered there would arrive in the middle
    // of the code that is updating the very widget (and, in the wizard pages, be discarded).
    case QEvent::Hide:
        if (watched == m_target)
            checkHiddenLater();
        break;
    default: break;
    }
    return false;
}

bool ScanFilter::filterKey(QObject* watched, QKeyEvent* event)
{
    // A window passes its keys on to its focus widget, where they are looked at. Held at the window,
    // they would be replayed to whatever has the focus by then.
    if (watched->isWindowType())
        return false;
    const QEvent::Type type = event->type();
    // A key for another object (sent to it directly, or the focus moved without a focus change):
    // the held keys go to their own widget first.
    if (!m_held.empty() && watched != m_target)
        flush();
    // Swallowed keys are accepted, or QApplication would offer them to the parents too.
    auto swallow = [event] {
        event->accept();
        return true;
    };

    if (m_held.empty()) {
        // Only a key that types the prefix's first character opens a burst.
        const QChar c = type == QEvent::KeyPress ? typedCharacter(event) : QChar();
        if (c.isNull() || !followsPrefix(QString(c)))
            return false;
        open(watched);
        hold(event);
        m_buffer = c;
        restartTimer();
        return swallow();
    }

    if (type == QEvent::KeyRelease) {
        hold(event); // stays in order with its press
        return swallow();
    }
    const bool tooSlow = m_sinceLastKey.elapsed() > m_maxGapMs
                         || (!prefixComplete() && m_sinceFirstKey.elapsed() > m_maxGapMs);
    if (tooSlow) {
        flush(); // a person typing: this key starts afresh
        return filterKey(watched, event);
    }

    if (isShiftKey(event)) {
        if (type == QEvent::KeyPress) {
            hold(event);
            restartTimer();
        }
        return swallow();
    }
    if (isEnter(event->key()) && !hasCommandModifier(event->modifiers())) {
        if (m_buffer.size() <= ScanPayload::prefix.size()) {
            flush(); // "C", "CS" or "CS:" and Enter: typed, and the Enter goes its way
            return false;
        }
        if (type == QEvent::ShortcutOverride)
            return swallow(); // the Enter of the scan: no default button, no shortcut
        const QString candidate = m_buffer;
        reset(); // swallowed with everything held
        if (const auto payload = ScanPayload::parse(candidate))
            emit scanned(*payload);
        else
            emit unrecognised(candidate);
        return swallow();
    }
    const QChar c = typedCharacter(event);
    if (!c.isNull() && followsPrefix(m_buffer + c)) {
        if (type == QEvent::KeyPress) {
            hold(event);
            m_buffer += c;
            restartTimer();
        }
        return swallow(); // its ShortcutOverride too: no shortcut takes a key of the burst
    }
    // Tab, Backspace, arrows, a shortcut, or a character that leaves the prefix: not a scan. The held
    // keys go first; this key is then looked at afresh (a 'c' may open a new burst) or goes its way.
    flush();
    return filterKey(watched, event);
}

void ScanFilter::checkHiddenLater()
{
    QMetaObject::invokeMethod(
        this,
        [this, burst = m_burst] {
            const auto* w = qobject_cast<const QWidget*>(m_target.data());
            if (burst == m_burst && (!w || !w->isVisible()))
                flush();
        },
        Qt::QueuedConnection);
}

void ScanFilter::open(QObject* target)
{
    ++m_burst;
    m_target = target;
    m_chain.clear();
    for (QObject* o = target; o; o = o->parent())
        m_chain.emplace_back(o, o->metaObject());
    // Deleted outright: its keys are dropped at once (nothing else hears of it when it had no focus).
    m_targetGone = connect(target, &QObject::destroyed, this, &ScanFilter::reset);
    m_buffer.clear();
    m_sinceFirstKey.start();
}

void ScanFilter::hold(const QKeyEvent* event)
{
    m_held.push_back({event->type(), event->key(), event->modifiers(), event->nativeScanCode(),
                      event->nativeVirtualKey(), event->nativeModifiers(), event->text(), event->isAutoRepeat(),
                      quint16(event->count()), event->timestamp()});
}

void ScanFilter::restartTimer()
{
    m_sinceLastKey.start();
    // The next key within the gap; the whole prefix within one gap from its first key.
    qint64 wait = m_maxGapMs;
    if (!prefixComplete())
        wait = std::min<qint64>(wait, m_maxGapMs - m_sinceFirstKey.elapsed());
    m_gapTimer.start(int(std::max<qint64>(0, wait)));
}

bool ScanFilter::prefixComplete() const
{
    return m_buffer.size() >= ScanPayload::prefix.size();
}

bool ScanFilter::inTargetChain(const QObject* o) const
{
    for (const auto& [object, meta] : m_chain)
        if (object == o)
            return true;
    return false;
}

bool ScanFilter::intact(const Chain& chain)
{
    if (chain.empty() || QCoreApplication::closingDown())
        return false;
    for (const auto& [object, meta] : chain)
        if (!object || object->metaObject() != meta)
            return false;
    return true;
}

void ScanFilter::flush()
{
    m_gapTimer.stop();
    if (m_held.empty()) {
        reset();
        return;
    }
    std::vector<HeldKey> held;
    held.swap(m_held);
    const Chain chain = m_chain;
    const QPointer<QObject> target = m_target;
    reset();
    for (const HeldKey& k : held) {
        // A widget inside its destructor (or under a parent that is) gets nothing, and nothing goes
        // elsewhere.
        if (!intact(chain))
            return;
        QKeyEvent ev(k.type, k.key, k.modifiers, k.nativeScanCode, k.nativeVirtualKey, k.nativeModifiers, k.text,
                     k.autoRepeat, k.count);
        ev.setTimestamp(k.timestamp);
        const QEvent* outer = std::exchange(m_replaying, &ev);
        QCoreApplication::sendEvent(target.data(), &ev);
        m_replaying = outer;
    }
}

void ScanFilter::reset()
{
    disconnect(m_targetGone);
    m_gapTimer.stop();
    m_held.clear();
    m_buffer.clear();
    m_target = nullptr;
    m_chain.clear();
    m_sinceFirstKey.invalidate();
    m_sinceLastKey.invalidate();
}

} // namespace cs::ui
