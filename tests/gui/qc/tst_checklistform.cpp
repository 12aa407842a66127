// The checklist screen's parts that need no server: the form of a record (the delivered Pre-QC and Final
// QC forms instantiated for acceptance orders with 1, 2 and 3 basins: N/A basins, expected values, the
// pass rule on answers given), the item rows driven by the keyboard (Space ticks, Enter moves on, a wedge
// scan into a serial ends with Enter and the row keeps the focus, N/A with a reason, "Other" with its
// words, "None" of a multiCheck) and the outbox file (order kept across a reopen, rebase, removal, the
// values of every type written and read back).
#include "checklisttesting.h"
#include "testpaths.h"
#include "ui/qc/checklistform.h"
#include "ui/qc/checklistitemwidget.h"
#include "ui/qc/checklistoutbox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace cs::ui;
using cs::domain::ChecklistAnswer;
using cs::domain::ChecklistAnswerKey;
using cs::domain::ChecklistEntry;
using cs::domain::ChecklistItemType;

Q_DECLARE_METATYPE(cs::domain::ChecklistAnswerKey)
Q_DECLARE_METATYPE(cs::domain::ChecklistAnswer)

namespace {

QJsonObject acceptanceConfig(const QString& caseId)
{
    QFile f(cs::test::sharedPath(u"domain/acceptance/cases.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).array())
        if (v.toObject().value(u"id").toString() == caseId)
            return v.toObject().value(u"config").toObject();
    return {};
}

cs::data::ChecklistRecord record(const QString& form, const QString& caseId, const QString& build, bool drawing)
{
    cs::data::ChecklistRecord r;
    r.checklistId = QStringLiteral("00000000-0000-0000-0000-000000000001");
    r.orderId = QStringLiteral("00000000-0000-0000-0000-000000000002");
    r.buildNumber = build;
    r.qcType = form == u"pre-qc" ? QStringLiteral("PreQC") : QStringLiteral("FinalQC");
    r.templateVersion.version = 1;
    r.templateVersion.json = cs::test::sharedForm(form + QStringLiteral(".json"));
    r.orderJson = acceptanceConfig(caseId);
    r.drawingDocumentId = drawing ? QStringLiteral("00000000-0000-0000-0000-000000000003") : QString();
    return r;
}

// A valid answer for an entry, as a person would give it.
ChecklistAnswer validAnswer(const ChecklistEntry& e)
{
    switch (e.item.type) {
    case ChecklistItemType::Check: return ChecklistAnswer::of(true);
    case ChecklistItemType::PassFail: return ChecklistAnswer::of(QStringLiteral("PASS"));
    case ChecklistItemType::YesNo: return ChecklistAnswer::of(true);
    case ChecklistItemType::Choice: return ChecklistAnswer::of(e.options.value(0));
    case ChecklistItemType::MultiCheck: return ChecklistAnswer::of(QStringList{e.options.value(0)});
    case ChecklistItemType::Number:
        return ChecklistAnswer::of(e.expectedNumber ? *e.expectedNumber : e.item.min.value_or(1));
    case ChecklistItemType::Date: return ChecklistAnswer::of(QDate::currentDate());
    case ChecklistItemType::Initials: return ChecklistAnswer::of(QStringLiteral("QI"));
    default: return ChecklistAnswer::of(QStringLiteral("x1"));
    }
}

} // namespace

class TestChecklistForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void basinsPresentOrNotApplicable_data();
    void basinsPresentOrNotApplicable();
    void passRuleOnAnswers();
    void finalQcSectionChecksAndHipot();
    void unreadableTemplateInWords();
    void checkByKeyboard();
    void savingMovesNothingBelow();
    void serialWedgeScanKeepsFocus();
    void notApplicableWithReason();
    void otherNeedsItsWords();
    void multiCheckNone();
    void notApplicableByConfigurationIsGreyed();
    void outboxKeepsOrderAcrossReopen();
    void outboxValuesOfEveryType();

private:
    QTemporaryDir m_dir;
};

void TestChecklistForm::initTestCase()
{
    qRegisterMetaType<ChecklistAnswerKey>();
    qRegisterMetaType<ChecklistAnswer>();
    QVERIFY(QFile::exists(cs::test::sharedPath(u"domain/checklists/pre-qc.json")));
}

void TestChecklistForm::basinsPresentOrNotApplicable_data()
{
    QTest::addColumn<QString>("caseId");
    QTest::addColumn<QString>("build");
    QTest::addColumn<int>("basins");
    QTest::newRow("1 basin") << QStringLiteral("AC-02") << QStringLiteral("2222") << 1;
    QTest::newRow("2 basins") << QStringLiteral("AC-01") << QStringLiteral("2222") << 2;
    QTest::newRow("3 basins") << QStringLiteral("AC-04") << QStringLiteral("1114") << 3;
}

void TestChecklistForm::basinsPresentOrNotApplicable()
{
    QFETCH(QString, caseId);
    QFETCH(QString, build);
    QFETCH(int, basins);
    QString error;
    const auto form = ChecklistForm::fromRecord(record(QStringLiteral("pre-qc"), caseId, build, true), &error);
    QVERIFY2(form, qPrintable(error));
    int present = 0, absent = 0;
    for (const auto& s : form->instance().sections()) {
        if (s.position == 0)
            continue;
        if (s.present)
            ++present;
        else {
            ++absent;
            QVERIFY(!s.notApplicableReason.isEmpty());
        }
    }
    QCOMPARE(present, basins);
    QCOMPARE(absent, 3 - basins);
    // The expected basin count beside "# of basins".
    const ChecklistEntry* count = form->instance().find(QStringLiteral("header"), QStringLiteral("H.basinCount"));
    QVERIFY(count);
    QVERIFY2(count->expected.contains(QString::number(basins)), qPrintable(count->expected));
    QCOMPARE(form->answeredCount(), 0);
    QVERIFY(form->applicableCount() > 5);
    QVERIFY(!form->missing().isEmpty());
}

void TestChecklistForm::passRuleOnAnswers()
{
    QString error;
    auto form = ChecklistForm::fromRecord(record(QStringLiteral("pre-qc"), QStringLiteral("AC-04"), QStringLiteral("1114"), false),
                                          &error);
    QVERIFY2(form, qPrintable(error));
    for (const ChecklistEntry& e : form->instance().entries())
        if (e.applies)
            form->setAnswer({e.sectionId, e.item.id, e.position}, validAnswer(e));
    QCOMPARE(form->answeredCount(), form->applicableCount());
    // Only the drawing is missing now.
    QCOMPARE(form->missing().size(), 1);
    QVERIFY(form->missing().constFirst().key.item.isEmpty());
    // A wrong basin count is named.
    form->setAnswer({QStringLiteral("header"), QStringLiteral("H.basinCount"), 0}, ChecklistAnswer::of(2));
    bool named = false;
    for (const auto& g : form->missing())
        named = named || g.key.item == u"H.basinCount";
    QVERIFY(named);
    // Clearing an answer takes it out of the count.
    const int before = form->answeredCount();
    form->setAnswer({QStringLiteral("S1"), QStringLiteral("S1.1"), 0}, ChecklistAnswer{});
    QCOMPARE(form->answeredCount(), before - 1);
}

void TestChecklistForm::finalQcSectionChecksAndHipot()
{
    QString error;
    auto form = ChecklistForm::fromRecord(
        record(QStringLiteral("final-qc-clq"), QStringLiteral("AC-01"), QStringLiteral("2222"), false), &error);
    QVERIFY2(form, qPrintable(error));
    for (const ChecklistEntry& e : form->instance().entries())
        if (e.applies)
            form->setAnswer({e.sectionId, e.item.id, e.position}, validAnswer(e));
    // Every present section still wants its section check.
    int sectionChecks = 0;
    for (const auto& s : form->instance().sections())
        if (s.sectionCheck && s.present)
            ++sectionChecks;
    QCOMPARE(form->missing().size(), sectionChecks);
    QVERIFY(form->typeOf({QStringLiteral("A"), QStringLiteral("#sectionCheck"), 0}) == ChecklistItemType::Check);
    for (const auto& s : form->instance().sections())
        if (s.sectionCheck && s.present)
            form->setAnswer({s.sectionId, QStringLiteral("#sectionCheck"), s.position}, ChecklistAnswer::of(true));
    QVERIFY(form->missing().isEmpty());
    QCOMPARE(form->answeredCount(), form->applicableCount());
    form->setAnswer({QStringLiteral("header"), QStringLiteral("H.hipot"), 0}, ChecklistAnswer::of(false));
    QCOMPARE(form->missing().size(), 1);
    QVERIFY(form->missing().constFirst().message.contains(QStringLiteral("H.hipot")));
}

void TestChecklistForm::unreadableTemplateInWords()
{
    auto r = record(QStringLiteral("pre-qc"), QStringLiteral("AC-01"), QStringLiteral("2222"), true);
    QJsonObject t = r.templateVersion.json;
    QJsonArray sections = t.value(u"sections").toArray();
    QJsonObject s = sections.at(0).toObject();
    QJsonArray items = s.value(u"items").toArray();
    QJsonObject item = items.at(0).toObject();
    item.insert(QStringLiteral("type"), QStringLiteral("hologram"));
    items.replace(0, item);
    s.insert(QStringLiteral("items"), items);
    sections.replace(0, s);
    t.insert(QStringLiteral("sections"), sections);
    r.templateVersion.json = t;
    QString error;
    QVERIFY(!ChecklistForm::fromRecord(r, &error));
    QVERIFY2(error.contains(QStringLiteral("hologram")), qPrintable(error));

    auto noBuild = record(QStringLiteral("pre-qc"), QStringLiteral("AC-13"), QStringLiteral("9999"), true);
    QVERIFY(!ChecklistForm::fromRecord(noBuild, &error));
    QVERIFY2(error.contains(QStringLiteral("9999")), qPrintable(error));
}

namespace {

ChecklistEntry entryOf(ChecklistItemType type, const QString& id = QStringLiteral("X.1"))
{
    ChecklistEntry e;
    e.sectionId = QStringLiteral("S1");
    e.item.id = id;
    e.item.text = QStringLiteral("Item ") + id;
    e.item.type = type;
    return e;
}

struct Row
{
    QWidget window;
    ChecklistItemWidget* item = nullptr;
    QLineEdit* after = nullptr;   // something else that could take the focus
    explicit Row(const ChecklistEntry& e)
    {
        auto* layout = new QVBoxLayout(&window);
        item = new ChecklistItemWidget(e, &window);
        after = new QLineEdit(&window);
        layout->addWidget(item);
        layout->addWidget(after);
        window.show();
        window.activateWindow();
    }
};

} // namespace

void TestChecklistForm::checkByKeyboard()
{
    Row row(entryOf(ChecklistItemType::Check));
    QVERIFY(QTest::qWaitForWindowActive(&row.window));
    QSignalSpy given(row.item, &ChecklistItemWidget::answerGiven);
    QSignalSpy advance(row.item, &ChecklistItemWidget::advance);
    QVERIFY(row.item->focusInput());
    QVERIFY(row.item->checkBox()->hasFocus());
    QVERIFY(row.item->checkBox()->height() >= 40);
    QTest::keyClick(row.item->checkBox(), Qt::Key_Space);
    QCOMPARE(given.size(), 1);
    QCOMPARE(given.at(0).at(1).value<ChecklistAnswer>().value, QVariant(true));
    QTest::keyClick(row.item->checkBox(), Qt::Key_Return);
    QCOMPARE(advance.size(), 1);
    // Unticked: the item is open again (an empty answer clears it).
    QTest::keyClick(row.item->checkBox(), Qt::Key_Space);
    QCOMPARE(given.size(), 2);
    QVERIFY(!given.at(1).at(1).value<ChecklistAnswer>().value.isValid());
    // An answer shown from the server gives nothing.
    row.item->setAnswer(ChecklistAnswer::of(true));
    QVERIFY(row.item->checkBox()->isChecked());
    QCOMPARE(given.size(), 2);
    row.item->setState(ChecklistItemWidget::State::Saved, QStringLiteral("Q. Inspector, 10:02"));
    QVERIFY(row.item->stateText().contains(QStringLiteral("Q. Inspector")));
    row.item->setReadOnly(true);
    QVERIFY(!row.item->checkBox()->isEnabled());
}

void TestChecklistForm::savingMovesNothingBelow()
{
    // Ticked, then "Saving…", then "Saved: who, when": the item under it stays where the pointer of a
    // person ticking one item after the other expects it (items at their own heights, as in a form).
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* item = new ChecklistItemWidget(entryOf(ChecklistItemType::Check), &window);
    auto* next = new ChecklistItemWidget(entryOf(ChecklistItemType::Check), &window);
    layout->addWidget(item);
    layout->addWidget(next);
    layout->addStretch(1);
    window.resize(600, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QPoint below = next->mapTo(&window, QPoint(0, 0));
    for (const auto& [state, detail] : {std::pair{ChecklistItemWidget::State::Saving, QString()},
                                        std::pair{ChecklistItemWidget::State::Saved, QStringLiteral("Q. Inspector, 10:02")},
                                        std::pair{ChecklistItemWidget::State::None, QString()}}) {
        item->setState(state, detail);
        QApplication::processEvents();
        QCOMPARE(next->mapTo(&window, QPoint(0, 0)), below);
    }
}

void TestChecklistForm::serialWedgeScanKeepsFocus()
{
    Row row(entryOf(ChecklistItemType::Serial));
    QVERIFY(QTest::qWaitForWindowActive(&row.window));
    QSignalSpy given(row.item, &ChecklistItemWidget::answerGiven);
    QSignalSpy advance(row.item, &ChecklistItemWidget::advance);
    QVERIFY(row.item->focusInput());
    // A keyboard wedge types fast and ends with Enter.
    QTest::keyClicks(row.item->lineEdit(), QStringLiteral("TS-2025-00042"));
    QTest::keyClick(row.item->lineEdit(), Qt::Key_Return);
    QCOMPARE(given.size(), 1);
    QCOMPARE(given.at(0).at(1).value<ChecklistAnswer>().value, QVariant(QStringLiteral("TS-2025-00042")));
    QCOMPARE(advance.size(), 1);
    // The row itself does not send the focus elsewhere (the page moves it to the next item).
    QVERIFY(row.item->lineEdit()->hasFocus());
    // Leaving the field does not give the same answer twice.
    row.after->setFocus();
    QCOMPARE(given.size(), 1);
}

void TestChecklistForm::notApplicableWithReason()
{
    ChecklistEntry e = entryOf(ChecklistItemType::Check);
    e.item.naAllowed = true;
    Row row(e);
    QVERIFY(QTest::qWaitForWindowActive(&row.window));
    QSignalSpy given(row.item, &ChecklistItemWidget::answerGiven);
    QVERIFY(row.item->naButton());
    QVERIFY(row.item->naButton()->height() >= 40);
    QTest::mouseClick(row.item->naButton(), Qt::LeftButton);
    QVERIFY(row.item->naReasonEdit()->isVisible());
    QVERIFY(row.item->naReasonEdit()->hasFocus());
    QCOMPARE(given.size(), 0);   // N/A waits for its reason
    QTest::keyClicks(row.item->naReasonEdit(), QStringLiteral("no pegboard on this build"));
    QTest::keyClick(row.item->naReasonEdit(), Qt::Key_Return);
    QCOMPARE(given.size(), 1);
    const auto a = given.at(0).at(1).value<ChecklistAnswer>();
    QVERIFY(a.notApplicable);
    QCOMPARE(a.reason, QStringLiteral("no pegboard on this build"));
    QVERIFY(!row.item->checkBox()->isEnabled());
    // N/A taken back: cleared.
    QTest::mouseClick(row.item->naButton(), Qt::LeftButton);
    QCOMPARE(given.size(), 2);
    QVERIFY(!given.at(1).at(1).value<ChecklistAnswer>().notApplicable);
    QVERIFY(row.item->checkBox()->isEnabled());
}

void TestChecklistForm::otherNeedsItsWords()
{
    ChecklistEntry e = entryOf(ChecklistItemType::Choice);
    e.item.otherText = true;
    e.options = {QStringLiteral("Center"), QStringLiteral("Other")};
    Row row(e);
    QVERIFY(QTest::qWaitForWindowActive(&row.window));
    QSignalSpy given(row.item, &ChecklistItemWidget::answerGiven);
    const auto buttons = row.item->optionButtons();
    QCOMPARE(buttons.size(), 2);
    QVERIFY(buttons.at(0)->height() >= 48);
    QTest::mouseClick(buttons.at(0), Qt::LeftButton);
    QCOMPARE(given.size(), 1);
    QCOMPARE(given.at(0).at(1).value<ChecklistAnswer>().value, QVariant(QStringLiteral("Center")));
    QTest::mouseClick(buttons.at(1), Qt::LeftButton);
    QCOMPARE(given.size(), 1);   // "Other" waits for its words
    QVERIFY(row.item->otherEdit()->isVisible());
    QVERIFY(row.item->otherEdit()->hasFocus());
    QTest::keyClicks(row.item->otherEdit(), QStringLiteral("left rear"));
    QTest::keyClick(row.item->otherEdit(), Qt::Key_Return);
    QCOMPARE(given.size(), 2);
    const auto a = given.at(1).at(1).value<ChecklistAnswer>();
    QCOMPARE(a.value, QVariant(QStringLiteral("Other")));
    QCOMPARE(a.otherText, QStringLiteral("left rear"));
    // Space presses a focused option.
    buttons.at(0)->setFocus();
    QTest::keyClick(buttons.at(0), Qt::Key_Space);
    QCOMPARE(given.size(), 3);
    QCOMPARE(given.at(2).at(1).value<ChecklistAnswer>().value, QVariant(QStringLiteral("Center")));
    QVERIFY(!row.item->otherEdit()->isVisible());
}

void TestChecklistForm::multiCheckNone()
{
    ChecklistEntry e = entryOf(ChecklistItemType::MultiCheck);
    e.options = {QStringLiteral("Center of basin"), QStringLiteral("Between basins 1/2")};
    Row row(e);
    QVERIFY(QTest::qWaitForWindowActive(&row.window));
    QSignalSpy given(row.item, &ChecklistItemWidget::answerGiven);
    const auto boxes = row.item->optionButtons();
    QCOMPARE(boxes.size(), 3);   // the options and "None"
    QTest::mouseClick(boxes.at(1), Qt::LeftButton);
    QCOMPARE(given.last().at(1).value<ChecklistAnswer>().value.toStringList(), QStringList{QStringLiteral("Between basins 1/2")});
    QTest::mouseClick(boxes.at(2), Qt::LeftButton);
    const auto none = given.last().at(1).value<ChecklistAnswer>();
    QVERIFY(none.value.isValid());
    QVERIFY(none.value.toStringList().isEmpty());
    QVERIFY(!boxes.at(1)->isChecked());
}

void TestChecklistForm::notApplicableByConfigurationIsGreyed()
{
    ChecklistEntry e = entryOf(ChecklistItemType::Check);
    e.applies = false;
    e.notApplicableReason = QStringLiteral("The build has no pegboard.");
    ChecklistItemWidget item(e);
    QVERIFY(!item.isEnabled());
    QVERIFY(!item.focusInput());
    QVERIFY(!item.checkBox());
    const auto* detail = item.findChild<QLabel*>(QStringLiteral("detailLabel"));
    QVERIFY(detail);
    QVERIFY(detail->text().contains(QStringLiteral("The build has no pegboard.")));

    ChecklistEntry expected = entryOf(ChecklistItemType::Number);
    expected.expected = QStringLiteral("3 basins");
    ChecklistItemWidget count(expected);
    QVERIFY(count.findChild<QLabel*>(QStringLiteral("detailLabel"))->text().contains(QStringLiteral("expected: 3 basins")));
}

void TestChecklistForm::outboxKeepsOrderAcrossReopen()
{
    const QString dir = m_dir.filePath(QStringLiteral("outbox"));
    ChecklistOutbox box(QStringLiteral("inspector"), QStringLiteral("c-1"), dir);
    QVERIFY(box.load());
    QVERIFY(box.isEmpty());
    const ChecklistAnswerKey a{QStringLiteral("S1"), QStringLiteral("S1.1"), 0};
    const ChecklistAnswerKey b{QStringLiteral("S2"), QStringLiteral("S2.4"), 2};
    QList<QUuid> keys;
    for (int i = 0; i < 3; ++i) {
        ChecklistOutbox::Entry e;
        e.clientKey = QUuid::createUuid();
        e.key = i == 1 ? b : a;
        e.type = i == 1 ? ChecklistItemType::Choice : ChecklistItemType::Check;
        e.answer = i == 1 ? ChecklistAnswer::of(QStringLiteral("Other"), QStringLiteral("left")) : ChecklistAnswer::of(i == 0);
        e.baseVersion = 4;
        e.givenAt = QDateTime::currentDateTimeUtc();
        keys << e.clientKey;
        QVERIFY(box.append(e));
    }
    QVERIFY(QFile::exists(box.filePath()));
    // Another window (or the app after a crash) reads the same entries in the same order.
    ChecklistOutbox again(QStringLiteral("inspector"), QStringLiteral("c-1"), dir);
    QVERIFY(again.load());
    QCOMPARE(again.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(again.entries().at(i).clientKey, keys.at(i));
    QCOMPARE(again.entries().at(1).answer.otherText, QStringLiteral("left"));
    QVERIFY(again.hasPending(b));
    // The first answer of `a` is stored as version 5: the later one of `a` is given over it now.
    QVERIFY(again.remove(keys.at(0)));
    QVERIFY(again.rebase(a, 5));
    QCOMPARE(again.entries().at(1).baseVersion, 5);
    QCOMPARE(again.entries().at(0).baseVersion, 4);   // another item
    QVERIFY(again.removeItem(b));
    QVERIFY(again.remove(keys.at(2)));
    QVERIFY(again.isEmpty());
    QVERIFY(!QFile::exists(again.filePath()));   // nothing pending, no file
    // Another person's or checklist's file is another file.
    QVERIFY(ChecklistOutbox(QStringLiteral("other"), QStringLiteral("c-1"), dir).filePath() != box.filePath());
}

void TestChecklistForm::outboxValuesOfEveryType()
{
    const QList<std::pair<ChecklistItemType, QVariant>> values{
        {ChecklistItemType::Check, true},
        {ChecklistItemType::YesNo, false},
        {ChecklistItemType::PassFail, QStringLiteral("FAIL")},
        {ChecklistItemType::Choice, QStringLiteral("Center")},
        {ChecklistItemType::MultiCheck, QStringList{QStringLiteral("a"), QStringLiteral("b")}},
        {ChecklistItemType::MultiCheck, QStringList{}},
        {ChecklistItemType::Number, 3},
        {ChecklistItemType::Number, 2.5},
        {ChecklistItemType::Date, QDate(2026, 12, 3)},
        {ChecklistItemType::Serial, QStringLiteral("SN-1")},
        {ChecklistItemType::Initials, QStringLiteral("QI")},
        {ChecklistItemType::Text, QVariant()},
    };
    for (const auto& [type, value] : values) {
        const QVariant back = ChecklistOutbox::valueFromJson(ChecklistOutbox::valueToJson(value), type);
        QCOMPARE(back, value);
        if (value.isValid())
            QCOMPARE(back.typeId(), value.typeId());
    }
}

QTEST_MAIN(TestChecklistForm)
#include "tst_checklistform.moc"
