#pragma once

// Helpers for GUI tests that drive windows while the server is slow.
//
// StallDetector: proves the GUI thread's event loop kept turning. A timer on the GUI thread ticks every
// few milliseconds and records the largest gap between two ticks; a call that blocks the GUI thread
// (a query, a connection opened, a file read) shows as a gap as long as the call. The machine's load is
// taken out: the time the GUI thread was ready to run but waited for a CPU (Linux's per-thread
// schedstat, the run-queue delay) is not the event loop's doing and is not counted; where that is not
// available, the gap is the wall-clock one. rawLargestGapMs() is the wall-clock gap either way.
//
//     cs::test::StallDetector stall;
//     stall.start();
//     button->click();
//     QVERIFY(QTest::qWaitFor([&] { return done; }, 30000));
//     stall.stop();
//     QVERIFY2(stall.turnedWithin(100), qPrintable(stall.report()));
//
// ModalAnswer: answers a modal dialog when it opens, whether the code under test opens it with exec()
// or open(). The answer is a function called each time the dialog of type D is found active (every
// 20 ms) until it says it is done; it fails the test by returning a reason, and then every modal
// dialog is closed, so a failed check never leaves the test hanging on an open dialog (QCOMPARE in a
// timer's lambda would only return from the lambda).
//
//     cs::test::ModalAnswer<QMessageBox> answer([&](QMessageBox* box) -> cs::test::Step {
//         if (!box->text().contains("changed by"))
//             return cs::test::Step::fail("unexpected text: " + box->text());
//         QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
//         return cs::test::Step::done();
//     });
//     page.save();
//     QVERIFY2(answer.wait(30000), qPrintable(answer.failure()));

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QElapsedTimer>
#include <QPointer>
#include <QString>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <utility>

namespace cs::test {

class StallDetector
{
public:
    explicit StallDetector(int intervalMs = 10)
    {
        m_timer.setInterval(intervalMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }

    // Starts measuring afresh.
    void start()
    {
        m_largest = 0;
        m_largestEnd = 0;
        m_rawLargest = 0;
        m_largestRunning = 0;
        m_ticks = 0;
        m_clock.start();
        m_last = 0;
        const SchedStat now = schedStat();
        m_lastWaitNs = now.waitNs;
        m_lastRunNs = now.runNs;
        m_timer.start();
    }
    // Stops; the last stretch up to now counts too.
    void stop()
    {
        tick();
        m_timer.stop();
    }

    // The largest gap less the time the thread waited for a CPU meanwhile.
    qint64 largestGapMs() const { return m_largest; }
    // Whether the event loop kept turning: no gap of limitMs or more. Always true in the sanitizer
    // build: AddressSanitizer's runtime stops threads on its own locks and memory mappings (freeing or
    // mapping a 20 MB buffer held the GUI thread blocked for over 100 ms), so a gap there measures the
    // tool; the same tests check the gaps in the normal build.
    bool turnedWithin(qint64 limitMs) const { return !kGapsMeasureTheApp || m_largest < limitMs; }
#if defined(__SANITIZE_ADDRESS__)
    static constexpr bool kGapsMeasureTheApp = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    static constexpr bool kGapsMeasureTheApp = false;
#else
    static constexpr bool kGapsMeasureTheApp = true;
#endif
#else
    static constexpr bool kGapsMeasureTheApp = true;
#endif
    qint64 rawLargestGapMs() const { return m_rawLargest; }
    int ticks() const { return m_ticks; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    QString report() const
    {
        return QStringLiteral("largest gap between ticks of the GUI thread: %1 ms (not counting the wait for a CPU; "
                              "%2 ms of it running, the rest blocked), ending %3 ms after the start; by the wall "
                              "clock %4 ms (%5 ticks in %6 ms)")
            .arg(m_largest)
            .arg(m_largestRunning)
            .arg(m_largestEnd)
            .arg(m_rawLargest)
            .arg(m_ticks)
            .arg(elapsedMs());
    }

private:
    void tick()
    {
        if (!m_clock.isValid())
            return;
        const qint64 now = m_clock.elapsed();
        const SchedStat stat = schedStat();
        const qint64 raw = now - m_last;
        const bool known = stat.waitNs >= 0 && m_lastWaitNs >= 0;
        const qint64 waited = known ? (stat.waitNs - m_lastWaitNs) / 1000000 : 0;
        const qint64 gap = qMax<qint64>(0, raw - waited);
        if (gap > m_largest) {
            m_largest = gap;
            m_largestEnd = now;
            m_largestRunning = known ? (stat.runNs - m_lastRunNs) / 1000000 : gap;
        }
        m_rawLargest = qMax(m_rawLargest, raw);
        m_last = now;
        m_lastWaitNs = stat.waitNs;
        m_lastRunNs = stat.runNs;
        ++m_ticks;
    }

    // The calling thread's time on a CPU and waiting on a run queue so far, in ns; -1 when unknown.
    struct SchedStat
    {
        qint64 runNs = -1;
        qint64 waitNs = -1;
    };
    static SchedStat schedStat()
    {
        QFile file(QStringLiteral("/proc/thread-self/schedstat"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QList<QByteArray> fields = file.readAll().simplified().split(' ');
        bool runOk = false;
        bool waitOk = false;
        SchedStat s{fields.value(0).toLongLong(&runOk), fields.value(1).toLongLong(&waitOk)};
        return runOk && waitOk ? s : SchedStat{};
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_largest = 0;
    qint64 m_largestEnd = 0;
    qint64 m_largestRunning = 0;
    qint64 m_rawLargest = 0;
    qint64 m_lastWaitNs = -1;
    qint64 m_lastRunNs = -1;
    int m_ticks = 0;
};

// What an answer function says after looking at the dialog.
struct Step
{
    enum Kind { Again, Done, Fail };
    Kind kind = Again;
    QString why;

    static Step again() { return {Again, {}}; }
    static Step done() { return {Done, {}}; }
    static Step fail(const QString& why) { return {Fail, why}; }
};

// Closes every modal dialog that is open (rejects it), the innermost first.
inline void closeModalDialogs()
{
    for (int guard = 0; guard < 20; ++guard) {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->done(QDialog::Rejected);
        else
            modal->close();
        QCoreApplication::processEvents();
    }
}

template<typename D>
class ModalAnswer
{
public:
    using Answer = std::function<Step(D* dialog)>;

    explicit ModalAnswer(Answer answer, int pollMs = 20)
        : m_answer(std::move(answer))
    {
        m_timer.setInterval(pollMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { poll(); });
        m_timer.start();
    }
    ~ModalAnswer()
    {
        m_timer.stop();
        if (!m_finished)
            closeModalDialogs();
    }
    ModalAnswer(const ModalAnswer&) = delete;
    ModalAnswer& operator=(const ModalAnswer&) = delete;

    // Runs the event loop until the answer is done or failed, at most `timeoutMs`. False on a failure
    // or a time-out (no such dialog came, or it was never done); every modal dialog is closed then.
    bool wait(int timeoutMs)
    {
        if (!QTest::qWaitFor([this] { return m_finished; }, timeoutMs) && !m_finished) {
            finish(m_seen ? QStringLiteral("the dialog was not answered within %1 ms").arg(timeoutMs)
                          : QStringLiteral("no dialog of the expected type opened within %1 ms").arg(timeoutMs));
        }
        return m_failure.isEmpty();
    }
    bool isFinished() const { return m_finished; }
    bool seen() const { return m_seen; }
    QString failure() const { return m_failure; }

private:
    void poll()
    {
        if (m_finished || m_busy)
            return;
        D* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        m_seen = true;
        m_busy = true;   // the answer may spin the event loop (a click on a button that calls exec())
        const Step step = m_answer(dialog);
        m_busy = false;
        if (step.kind == Step::Done)
            finish({});
        else if (step.kind == Step::Fail)
            finish(step.why.isEmpty() ? QStringLiteral("the answer failed") : step.why);
    }
    void finish(const QString& failure)
    {
        m_finished = true;
        m_failure = failure;
        m_timer.stop();
        if (!failure.isEmpty())
            closeModalDialogs();
    }

    Answer m_answer;
    QTimer m_timer;
    bool m_finished = false;
    bool m_seen = false;
    bool m_busy = false;
    QString m_failure;
};

} // namespace cs::test
