// The application-wide scan filter: a fast "CS:..." burst ending in Enter is swallowed and
// reported; people typing, even the letters C, S and ':', reach the focused field unchanged.
#include "ui/scanfilter.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

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

private:
    void typeBurst(QWidget* w, const QString& text);
    std::unique_ptr<QWidget> m_window;
    QLineEdit* m_edit = nullptr;
    QPlainTextEdit* m_text = nullptr;
    std::unique_ptr<ScanFilter> m_filter;
};

void TestScanFilter::init()
{
    m_window = std::make_unique<QWidget>();
    auto* layout = new QVBoxLayout(m_window.get());
    m_edit = new QLineEdit(m_window.get());
    m_text = new QPlainTextEdit(m_window.get());
    layout->addWidget(m_edit);
    layout->addWidget(m_text);
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

QTEST_MAIN(TestScanFilter)
#include "tst_scanfilter.moc"
