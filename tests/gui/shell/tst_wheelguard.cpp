// The wheel scrolls a long form past its combo boxes and spin boxes without changing them; a field
// with the keyboard focus still takes the wheel.
#include "ui/common/wheelguard.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

using cs::ui::WheelGuard;

namespace {

// One notch of the wheel (down) over `w`, delivered as the window system would.
void wheelDown(QWidget* w)
{
    const QPointF local(w->width() / 2.0, w->height() / 2.0);
    QWheelEvent event(local, w->mapToGlobal(local), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(w, &event);
}

} // namespace

class TestWheelGuard : public QObject
{
    Q_OBJECT

private slots:
    void wheelScrollsTheFormNotTheField();
};

void TestWheelGuard::wheelScrollsTheFormNotTheField()
{
    WheelGuard guard;
    qApp->installEventFilter(&guard);

    QScrollArea area;
    auto* form = new QWidget;
    auto* layout = new QVBoxLayout(form);
    auto* feet = new QComboBox;
    feet->addItems({QStringLiteral("Lock and leveling casters"), QStringLiteral("Seismic feet"), QStringLiteral("Leveling feet")});
    auto* count = new QSpinBox;
    count->setRange(0, 4);
    auto* date = new QDateEdit(QDate(2026, 12, 31));
    auto* other = new QSpinBox;
    layout->addWidget(other);
    layout->addWidget(feet);
    layout->addWidget(count);
    layout->addWidget(date);
    layout->addSpacing(3000);   // a long form: the area scrolls
    area.setWidget(form);
    area.resize(400, 300);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    other->setFocus();
    QTRY_VERIFY(other->hasFocus());

    // The polished fields do not take the focus from the wheel.
    QCOMPARE(feet->focusPolicy(), Qt::StrongFocus);
    QCOMPARE(count->focusPolicy(), Qt::StrongFocus);

    QScrollBar* bar = area.verticalScrollBar();
    QCOMPARE(bar->value(), 0);
    wheelDown(feet);
    QCOMPARE(feet->currentIndex(), 0);
    QVERIFY(bar->value() > 0);
    const int scrolled = bar->value();
    wheelDown(count);
    QCOMPARE(count->value(), 0);
    wheelDown(date);
    QCOMPARE(date->date(), QDate(2026, 12, 31));
    QVERIFY(bar->value() > scrolled);
    QVERIFY(!feet->hasFocus() && !count->hasFocus());

    // A field the person is in takes the wheel as before.
    feet->setFocus();
    QTRY_VERIFY(feet->hasFocus());
    const int before = bar->value();
    wheelDown(feet);
    QCOMPARE(feet->currentIndex(), 1);
    QCOMPARE(bar->value(), before);

    qApp->removeEventFilter(&guard);
}

QTEST_MAIN(TestWheelGuard)
#include "tst_wheelguard.moc"
