// The application-wide scan filter: a fast "CS:..." burst ending in Enter is swallowed and
// reported; people typing, even the letters C, S and ':', reach the focused field unchanged; keys
// held back as the possible start of a scan are in their field before a click, a focus change, a
// shortcut or the window closing can change what it shows, and go nowhere when it is destroyed.
#include "ui/common/scanfilter.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>
#include <QWindow>

using cs::domain::ScanPayload;
using cs::ui::ScanFilter;

class TestScanFilter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void scanIsSwallowedAndReported();
    void scanIntoFieldWithText();
    void scanWithLowerCaseAndOrderKind();
    void personTypingIsDelivered();
    void slowPrefixIsNotAScan();
    void unknownKindIsSwallowedAsUnrecognised();
    void scanIntoMultiLineEditor();
    void plainEnterStillWorks();
    void scannerPressingShiftIsRecognised();
    void clickElsewhereDeliversHeldKeysFirst();
    void clickThatSwitchesTheRecordGetsTheKeysFirst();
    void focusChangeDeliversHeldKeysFirst();
    void tabAfterFastTypingMovesOn();
    void shortcutAfterFastTypingFires();
    void closingTheWindowDeliversHeldKeys();
    void hiddenFieldGetsItsKeysBackInTheEventLoop();
    void scanSurvivesHideAndShowDuringAnUpdate();
    void targetDeletedWhileHolding();
    void windowDeletedWhileHolding();
    void unfocusedTargetDeletedWhileHolding();
    void deleteLaterDeliversHeldKeysFirst();
    void keysFromTheWindowSystemStayWithTheirField();
    void scanThroughTheWindowIsSwallowed();

private:
    void typeBurst(QWidget* w, const QString& text);
    bool activate();
    std::unique_ptr<QWidget> m_window;
    QLineEdit* m_edit = nullptr;
    QLineEdit* m_other = nullptr;
    QPlainTextEdit* m_text = nullptr;
    std::unique_ptr<ScanFilter> m_filter;
};

void TestScanFilter::init()
{
    m_window = std::make_unique<QWidget>();
    auto* layout = new QVBoxLayout(m_window.get());
    m_edit = new QLineEdit(m_window.get());
    m_text = new QPlainTextEdit(m_window.get());
    m_other = new QLineEdit(m_window.get());
    layout->addWidget(m_edit);
    layout->addWidget(m_text);
    layout->addWidget(m_other);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_edit->setFocus();
    m_filter = std::make_unique<ScanFilter>();
    m_filter->setMaxKeyGapMs(60);
    qApp->installEventFilter(m_filter.get());
}

void TestScanFilter::cleanup()
{
    qApp->removeEventFilter(m_filter.get());
    m_filter.reset();
    m_window.reset();
}

void TestScanFilter::typeBurst(QWidget* w, const QString& text)
{
    // A wedge scanner: every character at once, then Enter.
    QTest::keyClicks(w, text);
    QTest::keyClick(w, Qt::Key_Return);
}

void TestScanFilter::scanIsSwallowedAndReported()
{
    QSignalSpy spy(m_filter.get(), &ScanFilter::scanned);
    typeBurst(m_edit, QStringLiteral("CS:B:4711-02"));
    QCOMPARE(spy.count(), 1);
    const auto payload = spy.at(0).at(0).value<ScanPayload>();
    QCOMPARE(payload.kind, ScanPayload::Kind::Build);
    QCOMPARE(payload.key, QStringLiteral("4711-02"));
    QTest::qWait(120);
    QCOMPARE(m_edit->text(), QString());
}

void TestScanFilter::scanIntoFieldWithText()
{
    m_edit->setText(QStringLiteral("half typed"));
    m_edit->setCursorPosition(4);
    QSignalSpy spy(m_filter.get(), &ScanFilter::scanned);
    typeBurst(m_edit, QStringLiteral("CS:P:T2-BASIN-01"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ScanPayload>().kind, ScanPayload::Kind::Part);
    QTest::qWait(120);
    QCOMPARE(m_edit->text(), QStringLiteral("half typed"));
    QCOMPARE(m_edit->cursorPosition(), 4);
}

void TestScanFilter::scanWithLowerCaseAndOrderKind()
{
    QSignalSpy spy(m_filter.get(), &ScanFilter::scanned);
    typeBurst(m_edit, QStringLiteral("cs:o:PO-1001"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ScanPayload>().kind, ScanPayload::Kind::Order);
    QCOMPARE(spy.at(0).at(0).value<ScanPayload>().key, QStringLiteral("PO-1001"));
    QCOMPARE(m_edit->text(), QString());
}

void TestScanFilter::personTypingIsDelivered()
{
    QSignalSpy spy(m_filter.get(), &ScanFilter::scanned);
    // Fast typing that is not a scan: "Cap" diverges from the prefix at once.
    QTest::keyClicks(m_edit, QStringLiteral("Cap 12, Cs"));
    QTRY_COMPARE(m_edit->text(), QStringLiteral("Cap 12, Cs"));
    QCOMPARE(spy.count(), 0);
}

void TestScanFilter::slowPrefixIsNotAScan()
{
    QSignalSpy spy(m_filter.get(), &ScanFilter::scanned);
    QSignalSpy returns(m_edit, &QLineEdit::returnPressed);
    for (const QChar c : QStringLiteral("CS:B:1")) {
        QTest::keyClicks(m_edit, QString(c));
        QTest::qWait(150);
    }
    QTest::keyClick(m_edit, Qt::Key_Return);
    QTRY_COMPARE(m_edit->text(), QStringLiteral("CS:B:1"));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(returns.count(), 1);
}

void TestScanFilter::unknownKindIsSwallowedAsUnrecognised()
{
    QSignalSpy bad(m_filter.get(), &ScanFilter::unrecognised);
    QSignalSpy spy(m_filter.get(), &ScanFilter::scanned);
    typeBurst(m_edit, QStringLiteral("CS:X:99"));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(bad.count(), 1);
    QCOMPARE(m_edit->text(), QString());
}

void TestScanFilter::scanIntoMultiLineEditor()
{
    m_text->setFocus();
    m_text->setPlainText(QStringLiteral("notes"));
    m_text->moveCursor(QTextCursor::End);
    QSignalSpy spy(m_filter.get(), &ScanFilter::scanned);
    typeBurst(m_text, QStringLiteral("CS:B:B-7"));
    QCOMPARE(spy.count(), 1);
    QTest::qWait(120);
    QCOMPARE(m_text->toPlainText(), QStringLiteral("notes"));
}

void TestScanFilter::plainEnterStillWorks()
{
    QSignalSpy returns(m_edit, &QLineEdit::returnPressed);
    QTest::keyClicks(m_edit, QStringLiteral("abc"));
    QTest::keyClick(m_edit, Qt::Key_Return);
    QCOMPARE(returns.count(), 1);
    QCOMPARE(m_edit->text(), QStringLiteral("abc"));
}

bool TestScanFilter::activate()
{
    // Focus changes are reported for the active window only.
    m_window->activateWindow();
    return QTest::qWaitForWindowActive(m_window.get());
}

void TestScanFilter::scannerPressingShiftIsRecognised()
{
    // Many wedge scanners press Shift around every upper-case letter and ':'.
    QSignalSpy spy(m_filter.get(), &ScanFilter::scanned);
    for (const QChar c : QStringLiteral("CS:B:4711-02")) {
        const bool shifted = c.isUpper() || c == u':';
        QTest::keyClick(m_edit, c.toLatin1(), shifted ? Qt::ShiftModifier : Qt::NoModifier);
    }
    QTest::keyClick(m_edit, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ScanPayload>().key, QStringLiteral("4711-02"));
    QCOMPARE(m_edit->text(), QString());
}

void TestScanFilter::clickElsewhereDeliversHeldKeysFirst()
{
    // Typed fast, ending in a 'C' that could start a scan; then a click on another field: the 'C' is
    // in the first field before the click does anything, with no waiting.
    QTest::keyClicks(m_edit, QStringLiteral("ABC"));
    QTest::mouseClick(m_other, Qt::LeftButton);
    QCOMPARE(m_edit->text(), QStringLiteral("ABC"));
    QVERIFY(!m_filter->isHolding());
    QTest::keyClicks(m_other, QStringLiteral("x"));
    QCOMPARE(m_other->text(), QStringLiteral("x"));
    QCOMPARE(m_edit->text(), QStringLiteral("ABC"));
}

void TestScanFilter::clickThatSwitchesTheRecordGetsTheKeysFirst()
{
    // As in the order wizard's build selector: after the click the same field shows another record.
    // What was typed belongs to the first record, and nothing is left to arrive in the second.
    auto* next = new QPushButton(QStringLiteral("Next record"), m_window.get());
    m_window->layout()->addWidget(next);
    next->show();
    QString firstRecord;
    connect(next, &QPushButton::pressed, m_edit, [this, &firstRecord] {
        firstRecord = m_edit->text();
        m_edit->clear();
    });
    QTest::keyClicks(m_edit, QStringLiteral("ABC"));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(firstRecord, QStringLiteral("ABC"));
    QCOMPARE(m_edit->text(), QString());
    QVERIFY(!m_filter->isHolding());
}

void TestScanFilter::focusChangeDeliversHeldKeysFirst()
{
    QVERIFY(activate());
    m_edit->setFocus();
    QTest::keyClicks(m_edit, QStringLiteral("ABC"));
    m_other->setFocus();
    QCOMPARE(m_edit->text(), QStringLiteral("ABC"));
    QVERIFY(!m_filter->isHolding());
    QTest::keyClicks(m_other, QStringLiteral("x"));
    QCOMPARE(m_other->text(), QStringLiteral("x"));
    QCOMPARE(m_edit->text(), QStringLiteral("ABC"));
}

void TestScanFilter::tabAfterFastTypingMovesOn()
{
    QVERIFY(activate());
    m_edit->setFocus();
    QTest::keyClicks(m_edit, QStringLiteral("ABC"));
    QTest::keyClick(m_edit, Qt::Key_Tab);
    QCOMPARE(m_edit->text(), QStringLiteral("ABC"));
    QVERIFY(!m_edit->hasFocus());
    QVERIFY(!m_filter->isHolding());
}

void TestScanFilter::shortcutAfterFastTypingFires()
{
    // A shortcut right after a held 'C' is not part of a scan: it fires, and sees the 'C' typed.
    auto* shortcut = new QShortcut(QKeySequence(Qt::Key_F5), m_window.get());
    shortcut->setContext(Qt::ApplicationShortcut);
    int fired = 0;
    QString seen;
    connect(shortcut, &QShortcut::activated, this, [this, &fired, &seen] {
        ++fired;
        seen = m_edit->text();
    });
    QTest::keyClicks(m_edit, QStringLiteral("ABC"));
    QTest::keyClick(m_edit, Qt::Key_F5);
    QCOMPARE(fired, 1);
    QCOMPARE(seen, QStringLiteral("ABC"));
    QCOMPARE(m_edit->text(), QStringLiteral("ABC"));
}

void TestScanFilter::closingTheWindowDeliversHeldKeys()
{
    QTest::keyClicks(m_edit, QStringLiteral("ABC"));
    m_window->close();
    QCOMPARE(m_edit->text(), QStringLiteral("ABC"));
    QVERIFY(!m_filter->isHolding());
}

void TestScanFilter::hiddenFieldGetsItsKeysBackInTheEventLoop()
{
    // A page switched away by code: the field is hidden with its page. Its keys arrive as soon as
    // control is back in the event loop (the posted events, no timer).
    auto* page = new QWidget(m_window.get());
    auto* field = new QLineEdit(page);
    m_window->layout()->addWidget(page);
    page->show();
    QTest::keyClicks(field, QStringLiteral("ABC"));
    page->hide();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(field->text(), QStringLiteral("ABC"));
    QVERIFY(!m_filter->isHolding());
}

void TestScanFilter::scanSurvivesHideAndShowDuringAnUpdate()
{
    // QWizard hides its pages and shows them again around every change of its buttons' states; an
    // update in the middle of a scan (a late answer arriving) does not spill the scan into the field.
    auto* page = new QWidget(m_window.get());
    auto* field = new QLineEdit(page);
    m_window->layout()->addWidget(page);
    page->show();
    QSignalSpy spy(m_filter.get(), &ScanFilter::scanned);
    QTest::keyClicks(field, QStringLiteral("CS:B:47"));
    page->hide();
    page->show();
    QCoreApplication::sendPostedEvents();
    QTest::keyClicks(field, QStringLiteral("11-02"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ScanPayload>().key, QStringLiteral("4711-02"));
    QCOMPARE(field->text(), QString());
}

void TestScanFilter::targetDeletedWhileHolding()
{
    // Typed through the window (as the platform delivers keys) into the focused field, which is then
    // deleted (the filter hears of the focus moving while the field is inside its destructor): no
    // crash, and its keys go nowhere else.
    QVERIFY(activate());
    auto* doomed = new QLineEdit(m_window.get());
    m_window->layout()->addWidget(doomed);
    doomed->show();
    doomed->setFocus();
    QWindow* window = m_window->windowHandle();
    QVERIFY(window);
    for (const char c : QByteArrayLiteral("ABC"))
        QTest::keyClick(window, c);
    delete doomed;
    QVERIFY(!m_filter->isHolding());
    m_other->setFocus();
    QTest::keyClick(window, 'x');
    QCOMPARE(m_other->text(), QStringLiteral("x"));
    QCOMPARE(m_edit->text(), QString());
    QCOMPARE(m_text->toPlainText(), QString());
}

void TestScanFilter::windowDeletedWhileHolding()
{
    QVERIFY(activate());
    m_edit->setFocus();
    QTest::keyClicks(m_edit, QStringLiteral("ABC"));
    m_window.reset(); // the field, its parent and the window go together
    QVERIFY(!m_filter->isHolding());
    QWidget other;
    auto* edit = new QLineEdit(&other);
    QTest::keyClicks(edit, QStringLiteral("x"));
    QCOMPARE(edit->text(), QStringLiteral("x"));
}

void TestScanFilter::unfocusedTargetDeletedWhileHolding()
{
    auto* doomed = new QLineEdit(m_window.get());
    m_window->layout()->addWidget(doomed);
    doomed->show();
    QTest::keyClicks(doomed, QStringLiteral("ABC")); // the focus stays in the first field
    delete doomed;
    QVERIFY(!m_filter->isHolding());
    QTest::keyClicks(m_other, QStringLiteral("x"));
    QCOMPARE(m_other->text(), QStringLiteral("x"));
    QCOMPARE(m_edit->text(), QString());
}

void TestScanFilter::deleteLaterDeliversHeldKeysFirst()
{
    auto* doomed = new QLineEdit(m_window.get());
    m_window->layout()->addWidget(doomed);
    doomed->show();
    QString last;
    connect(doomed, &QLineEdit::textChanged, this, [&last](const QString& t) { last = t; });
    QTest::keyClicks(doomed, QStringLiteral("ABC"));
    const QPointer<QLineEdit> guard(doomed);
    doomed->deleteLater();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(guard.isNull());
    QCOMPARE(last, QStringLiteral("ABC"));
    QVERIFY(!m_filter->isHolding());
}

void TestScanFilter::keysFromTheWindowSystemStayWithTheirField()
{
    // The platform gives keys to the window, which passes them on to its focus widget. Typed fast
    // into one field, the focus moved, more typed: each field has its own keys.
    QVERIFY(activate());
    m_edit->setFocus();
    QWindow* window = m_window->windowHandle();
    QVERIFY(window);
    for (const char c : QByteArrayLiteral("ABC"))
        QTest::keyClick(window, c);
    m_other->setFocus();
    QTest::keyClick(window, 'x');
    QCOMPARE(m_edit->text(), QStringLiteral("ABC"));
    QCOMPARE(m_other->text(), QStringLiteral("x"));
}

void TestScanFilter::scanThroughTheWindowIsSwallowed()
{
    QVERIFY(activate());
    m_edit->setFocus();
    QWindow* window = m_window->windowHandle();
    QVERIFY(window);
    QSignalSpy spy(m_filter.get(), &ScanFilter::scanned);
    for (const char c : QByteArrayLiteral("CS:B:4711-02"))
        QTest::keyClick(window, c);
    QTest::keyClick(window, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ScanPayload>().key, QStringLiteral("4711-02"));
    QCOMPARE(m_edit->text(), QString());
}

QTEST_MAIN(TestScanFilter)
#include "tst_scanfilter.moc"
