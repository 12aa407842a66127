// The pass rule of the checklists (issue 12): what is still missing, item by item, in words; N/A only
// where the form allows it and with a reason; "Other" needs its text; values of the item's type and
// within its limits; the header; section checks; Pre-QC's approved drawing; Final QC's HI-POT.
#include "checklistfixture.h"

#include "domain/checklist/checklistpassrule.h"

#include <QDate>
#include <QTest>

using namespace cs;
using namespace cs::domain;

namespace {

QStringList messages(const QList<ChecklistGap>& gaps)
{
    QStringList out;
    for (const ChecklistGap& g : gaps)
        out << g.message;
    return out;
}

ChecklistInstance form(const char* file, const char* caseId, const char* buildNumber)
{
    const auto t = test::loadForm(QString::fromUtf8(file));
    const auto s = test::caseBuild(QString::fromUtf8(caseId), QString::fromUtf8(buildNumber));
    return ChecklistInstance::instantiate(t.value_or(ChecklistTemplate{}), s.value_or(ChecklistSubject{}));
}

} // namespace

class TestChecklistPassRule : public QObject
{
    Q_OBJECT

private slots:
    void completeFormsPass_data();
    void completeFormsPass();
    void missingInWords();
    void notApplicable();
    void otherText();
    void typesAndOptions();
    void limits();
    void header();
    void failedTest();
    void sectionChecks();
    void hipot();
};

void TestChecklistPassRule::completeFormsPass_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& f : test::formFiles())
        QTest::newRow(qPrintable(f)) << f;
}

void TestChecklistPassRule::completeFormsPass()
{
    QFETCH(QString, file);
    const ChecklistInstance f = form(file.toUtf8().constData(), "AC-04", "1114");
    QVERIFY(!f.entries().isEmpty());
    const ChecklistAnswers answers = test::completeAnswers(f);
    const QList<ChecklistGap> gaps = ChecklistPassRule::missing(f, answers, {true});
    QVERIFY2(gaps.isEmpty(), qPrintable(messages(gaps).join(u'\n')));
    QVERIFY(ChecklistPassRule::passes(f, answers, {true}));
}

void TestChecklistPassRule::missingInWords()
{
    const ChecklistInstance f = form("pre-qc.json", "AC-01", "2222");
    ChecklistAnswers answers = test::completeAnswers(f);
    answers.remove({QStringLiteral("S2"), QStringLiteral("S2.3"), 1});
    answers.insert({QStringLiteral("S1"), QStringLiteral("S1.1"), 0}, ChecklistAnswer::of(false));
    answers.remove({QStringLiteral("header"), QStringLiteral("H.initials"), 0});
    // The drawing flag is not given: Pre-QC needs the approved drawing.
    const QStringList missing = messages(ChecklistPassRule::missing(f, answers));
    QCOMPARE(missing, (QStringList{QStringLiteral("The approved drawing is not attached to the order."),
                                   QStringLiteral("H.initials: not answered."), QStringLiteral("S1.1: not ticked."),
                                   QStringLiteral("S2.3, basin 1: not ticked.")}));
    // Items N/A by the configuration need nothing: basin 2 is an E-Sink (S2.2) and there is no basin 3.
    QVERIFY(!answers.contains({QStringLiteral("S2"), QStringLiteral("S2.2"), 2}));
    QVERIFY(!answers.contains({QStringLiteral("S2"), QStringLiteral("S2.1"), 3}));
    // The drawing is needed by Pre-QC only.
    const ChecklistInstance clp = form("production-clp.json", "AC-01", "2222");
    QVERIFY(ChecklistPassRule::passes(clp, test::completeAnswers(clp)));
}

void TestChecklistPassRule::notApplicable()
{
    const ChecklistInstance f = form("pre-qc.json", "AC-01", "2222");
    ChecklistAnswers answers = test::completeAnswers(f);
    // S1.3 (pegboard) has an N/A box: allowed with a reason, refused without.
    answers.insert({QStringLiteral("S1"), QStringLiteral("S1.3"), 0}, ChecklistAnswer::na(QStringLiteral("ships separately")));
    QVERIFY(ChecklistPassRule::passes(f, answers, {true}));
    answers.insert({QStringLiteral("S1"), QStringLiteral("S1.3"), 0}, ChecklistAnswer::na(QStringLiteral("  ")));
    QCOMPARE(messages(ChecklistPassRule::missing(f, answers, {true})), QStringList{QStringLiteral("S1.3: N/A needs a reason.")});
    // S1.4 has no N/A box.
    answers = test::completeAnswers(f);
    answers.insert({QStringLiteral("S1"), QStringLiteral("S1.4"), 0}, ChecklistAnswer::na(QStringLiteral("no holes")));
    QCOMPARE(messages(ChecklistPassRule::missing(f, answers, {true})),
             QStringList{QStringLiteral("S1.4: N/A is not allowed here.")});
    // An item of a basin the sink lacks is N/A by itself; an answer there is not needed and not read.
    answers = test::completeAnswers(f);
    answers.insert({QStringLiteral("S2"), QStringLiteral("S2.4"), 3}, ChecklistAnswer::na(QString()));
    QVERIFY(ChecklistPassRule::passes(f, answers, {true}));
}

void TestChecklistPassRule::otherText()
{
    const ChecklistInstance f = form("pre-qc.json", "AC-01", "2222");
    ChecklistAnswers answers = test::completeAnswers(f);
    const ChecklistAnswerKey drain{QStringLiteral("S2"), QStringLiteral("S2.4"), 2};
    answers.insert(drain, ChecklistAnswer::of(QStringLiteral("Other")));
    QCOMPARE(messages(ChecklistPassRule::missing(f, answers, {true})),
             QStringList{QStringLiteral("S2.4, basin 2: \"Other\" needs a description.")});
    answers.insert(drain, ChecklistAnswer::of(QStringLiteral("Other"), QStringLiteral("back left")));
    QVERIFY(ChecklistPassRule::passes(f, answers, {true}));
}

void TestChecklistPassRule::typesAndOptions()
{
    const ChecklistInstance f = form("pre-qc.json", "AC-01", "2222");
    ChecklistAnswers answers = test::completeAnswers(f);
    answers.insert({QStringLiteral("S1"), QStringLiteral("S1.2"), 0}, ChecklistAnswer::of(QStringLiteral("yes")));
    answers.insert({QStringLiteral("S1"), QStringLiteral("S1.5"), 0}, ChecklistAnswer::of(QStringLiteral("Wheels")));
    // Basin 2 of a two-basin sink: "Between basins 2/3" is filtered out.
    answers.insert({QStringLiteral("S2"), QStringLiteral("S2.5"), 2},
                   ChecklistAnswer::of(QStringList{QStringLiteral("Between basins 2/3")}));
    answers.insert({QStringLiteral("header"), QStringLiteral("H.basinCount"), 0}, ChecklistAnswer::of(QStringLiteral("2")));
    answers.insert({QStringLiteral("header"), QStringLiteral("H.initials"), 0}, ChecklistAnswer::of(QStringLiteral("J.D.")));
    QCOMPARE(messages(ChecklistPassRule::missing(f, answers, {true})),
             (QStringList{QStringLiteral("H.basinCount: expects a number."),
                          QStringLiteral("H.initials: initials are 1 to 4 letters."),
                          QStringLiteral("S1.2: expects a tick."),
                          QStringLiteral("S1.5: \"Wheels\" is not one of the options (Lock and levelling castors, Levelling feet)."),
                          QStringLiteral("S2.5, basin 2: \"Between basins 2/3\" is not one of the options "
                                         "(Between basins 1/2, Center).")}));
    // # of basins is compared with the configuration.
    answers = test::completeAnswers(f);
    answers.insert({QStringLiteral("header"), QStringLiteral("H.basinCount"), 0}, ChecklistAnswer::of(3));
    QCOMPARE(messages(ChecklistPassRule::missing(f, answers, {true})),
             QStringList{QStringLiteral("H.basinCount: 3 does not match the configuration (2 basins).")});
}

void TestChecklistPassRule::limits()
{
    // None of the four forms has a limit field; a template with one.
    const QJsonObject json = QJsonDocument::fromJson(R"({"id": "LIMITS", "sections": [{"id": "T", "items": [
        {"id": "T.1", "text": "Reading C", "type": "number", "min": 38, "max": 42},
        {"id": "T.2", "text": "Litres", "type": "number", "min": 40}]}]})").object();
    QList<ChecklistProblem> problems;
    const auto t = ChecklistTemplate::fromJson(json, &problems);
    QVERIFY(t);
    const ChecklistInstance f = ChecklistInstance::instantiate(*t, *test::caseBuild(QStringLiteral("AC-01"), QStringLiteral("2222")));
    ChecklistAnswers answers;
    answers.insert({QStringLiteral("T"), QStringLiteral("T.1"), 0}, ChecklistAnswer::of(43.5));
    answers.insert({QStringLiteral("T"), QStringLiteral("T.2"), 0}, ChecklistAnswer::of(39));
    QCOMPARE(messages(ChecklistPassRule::missing(f, answers)),
             (QStringList{QStringLiteral("T.1: 43.5 is above the maximum 42."), QStringLiteral("T.2: 39 is below the minimum 40.")}));
    answers.insert({QStringLiteral("T"), QStringLiteral("T.1"), 0}, ChecklistAnswer::of(40));
    answers.insert({QStringLiteral("T"), QStringLiteral("T.2"), 0}, ChecklistAnswer::of(40));
    QVERIFY(ChecklistPassRule::passes(f, answers));
}

void TestChecklistPassRule::header()
{
    // CLT: tester and date required; the build number is a read-only prefill and not required.
    const ChecklistInstance f = form("eol-testing-clt.json", "AC-09", "8789");
    ChecklistAnswers answers = test::completeAnswers(f);
    answers.remove({QStringLiteral("header"), QStringLiteral("H.build"), 0});
    QVERIFY(ChecklistPassRule::passes(f, answers));
    answers.remove({QStringLiteral("header"), QStringLiteral("H.date"), 0});
    answers.insert({QStringLiteral("header"), QStringLiteral("H.tester"), 0}, ChecklistAnswer::of(QString()));
    QCOMPARE(messages(ChecklistPassRule::missing(f, answers)),
             (QStringList{QStringLiteral("H.tester: is empty."), QStringLiteral("H.date: not answered.")}));
    answers.insert({QStringLiteral("header"), QStringLiteral("H.date"), 0}, ChecklistAnswer::of(QStringLiteral("2026-12-03")));
    QVERIFY(messages(ChecklistPassRule::missing(f, answers)).contains(QStringLiteral("H.date: expects a date.")));
}

void TestChecklistPassRule::failedTest()
{
    const ChecklistInstance f = form("eol-testing-clt.json", "AC-09", "8789");
    ChecklistAnswers answers = test::completeAnswers(f);
    answers.insert({QStringLiteral("D"), QStringLiteral("D.2B"), 1}, ChecklistAnswer::of(QStringLiteral("FAIL")));
    answers.remove({QStringLiteral("G"), QStringLiteral("G.1A"), 0});
    QCOMPARE(messages(ChecklistPassRule::missing(f, answers)),
             (QStringList{QStringLiteral("G.1A: no test result."), QStringLiteral("D.2B, basin 1: failed.")}));
}

void TestChecklistPassRule::sectionChecks()
{
    const ChecklistInstance f = form("final-qc-clq.json", "AC-01", "2222"); // two basins
    ChecklistAnswers answers = test::completeAnswers(f);
    answers.remove({QStringLiteral("C-E"), ChecklistPassRule::kSectionCheckItem.toString(), 2});
    answers.insert({QStringLiteral("A"), ChecklistPassRule::kSectionCheckItem.toString(), 0}, ChecklistAnswer::of(false));
    QCOMPARE(messages(ChecklistPassRule::missing(f, answers)),
             (QStringList{QStringLiteral("Section A: the section check is not ticked."),
                          QStringLiteral("Section C-E, basin 2: the section check is not ticked.")}));
    // Basin 3 is absent: its section check is N/A.
    QVERIFY(!answers.contains({QStringLiteral("C-E"), ChecklistPassRule::kSectionCheckItem.toString(), 3}));
    // Items B.3 of section B and B.3 of the basin sections are different answers.
    answers = test::completeAnswers(f);
    answers.remove({QStringLiteral("C-E"), QStringLiteral("B.3"), 1});
    QCOMPARE(messages(ChecklistPassRule::missing(f, answers)), QStringList{QStringLiteral("B.3, basin 1: not ticked.")});
}

void TestChecklistPassRule::hipot()
{
    const ChecklistInstance f = form("final-qc-clq.json", "AC-09", "8789");
    ChecklistAnswers answers = test::completeAnswers(f);
    answers.insert({QStringLiteral("header"), QStringLiteral("H.hipot"), 0}, ChecklistAnswer::of(false));
    answers.insert({QStringLiteral("header"), QStringLiteral("H.firstPass"), 0}, ChecklistAnswer::of(false));
    QCOMPARE(messages(ChecklistPassRule::missing(f, answers)), QStringList{QStringLiteral("H.hipot: must be Yes.")});
}

QTEST_GUILESS_MAIN(TestChecklistPassRule)
#include "tst_checklistpassrule.moc"
