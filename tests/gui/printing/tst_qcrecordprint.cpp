// The printed production checks and packing list (CLP) and end-of-line test (CLT) records, as filled
// and signed, in the order's document language: the delivered templates instantiated for a French
// two-basin acceptance order, a measured value outside its limits, a scanned serial, an N/A with its
// reason, per-basin sections, and the signature's manifestation (name, meaning, time); rendered to PDF
// and read back. CS_RECORD_DIR keeps the PDFs for a look.
#include "pdfcheck.h"
#include "testpaths.h"

#include "domain/checklist/checklistexpression.h"
#include "domain/checklist/checklistinstance.h"
#include "domain/printing/qcrecordcontent.h"
#include "print/qcrecordrenderer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace cs::domain;

namespace {

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

// The order of acceptance case `id` (cases.json) and its first build's number.
QJsonObject acceptanceOrder(const QString& id, QString* build)
{
    QFile f(cs::test::sharedPath(u"domain/acceptance/cases.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).array()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"id").toString() == id) {
            const QJsonObject config = o.value(u"config").toObject();
            *build = config.value(u"builds").toArray().first().toObject().value(u"buildNumber").toString();
            return config;
        }
    }
    return {};
}

std::optional<ChecklistInstance> instance(const QString& templateFile, QString* error)
{
    QList<ChecklistProblem> problems;
    const auto tmpl = ChecklistTemplate::fromJson(readJson(cs::test::sourcePath(u"resources/checklists/") + templateFile),
                                                  &problems);
    if (!tmpl) {
        *error = problems.isEmpty() ? QStringLiteral("unreadable template") : problems.first().toString();
        return std::nullopt;
    }
    QString build;
    const QJsonObject order = acceptanceOrder(QStringLiteral("AC-01"), &build);
    const auto subject = ChecklistSubject::fromOrderJson(order, build, error);
    if (!subject)
        return std::nullopt;
    return ChecklistInstance::instantiate(*tmpl, *subject);
}

} // namespace

class TestQcRecordPrint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void endOfLineTest();
    void productionChecks();

private:
    QString pdfPath(const QString& name) const;

    QTemporaryDir m_dir;
    const QDateTime m_at = QDateTime(QDate(2026, 12, 3), QTime(10, 14), Qt::UTC);
};

void TestQcRecordPrint::initTestCase()
{
    const QString missing = cs::test::missingPrintTools();
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    QVERIFY(m_dir.isValid());
}

QString TestQcRecordPrint::pdfPath(const QString& name) const
{
    const QString keep = qEnvironmentVariable("CS_RECORD_DIR");
    return (keep.isEmpty() ? m_dir.path() : keep) + u'/' + name + QStringLiteral(".pdf");
}

void TestQcRecordPrint::endOfLineTest()
{
    QString error;
    const auto form = instance(QStringLiteral("eol-testing-clt.json"), &error);
    QVERIFY2(form, qPrintable(error));
    // Basin 2 of AC-01 is an E-Sink: its temperature reading is measured against its limits.
    const ChecklistEntry* measured = nullptr;
    const ChecklistEntry* serial = nullptr;
    const ChecklistEntry* optional = nullptr;
    for (const ChecklistEntry& e : form->entries()) {
        if (!e.applies)
            continue;
        if (!measured && !e.item.limits.isEmpty())
            measured = &e;
        if (!serial && e.item.type == ChecklistItemType::Serial)
            serial = &e;
        if (!optional && e.item.naAllowed && e.item.type != ChecklistItemType::Serial)
            optional = &e;
    }
    QVERIFY(measured && serial);
    const QString label = measured->item.limits.firstKey();
    const ChecklistLimit limit = measured->item.limits.first();
    QVERIFY(limit.max);
    QMap<ChecklistAnswerKey, QcRecordAnswer> answers;
    ChecklistAnswer reading = ChecklistAnswer::of(QStringLiteral("FAIL"));
    reading.readings.insert(label, *limit.max + 3);
    answers.insert({measured->sectionId, measured->item.id, measured->position}, {reading, QStringLiteral("Sam Okafor"), m_at});
    answers.insert({serial->sectionId, serial->item.id, serial->position},
                   {ChecklistAnswer::of(QStringLiteral("TS7-000123")), QStringLiteral("Sam Okafor"), m_at});
    if (optional)
        answers.insert({optional->sectionId, optional->item.id, optional->position},
                       {ChecklistAnswer::na(QStringLiteral("pas de panneau sur ce modèle")), QStringLiteral("Sam Okafor"), m_at});
    QcRecordSignature sig{QStringLiteral("Sam Okafor"), QStringLiteral("assembler"), QStringLiteral("SO"),
                          QStringLiteral("End-of-line test failed"), m_at, QStringLiteral("ab12"), false,
                          QStringLiteral("basin 2 too hot"), QString(), QString(), false};
    QcRecordContent c = QcRecordContent::build(*form, answers, QStringLiteral("CLT"), {}, sig);
    c.printedAt = m_at;

    // In the order's language (AC-01 is French), whoever prints it.
    QVERIFY(c.language == TravelerLanguage::FR);
    QCOMPARE(c.title(), QStringLiteral("Fiche d'essai de fin de ligne"));
    QVERIFY(c.hasResult());
    QCOMPARE(c.meaningWords(), QStringLiteral("Essai de fin de ligne échoué"));
    const QcRecordLine* m = nullptr;
    const QcRecordLine* s = nullptr;
    QStringList basinTitles;
    for (const QcRecordSection& sec : c.sections) {
        basinTitles << sec.title;
        for (const QcRecordLine& l : sec.lines) {
            if (l.id == measured->item.id && sec.title.contains(QStringLiteral("Cuve %1").arg(measured->position)))
                m = &l;
            if (l.id == serial->item.id && l.answer == u"TS7-000123")
                s = &l;
        }
    }
    QVERIFY2(m && s, qPrintable(basinTitles.join(u'|')));
    QVERIFY2(m->measured.contains(QStringLiteral("HORS LIMITES")), qPrintable(m->measured));
    QVERIFY(m->problem);
    QVERIFY2(m->expected.contains(QcRecordContent::limitWords(limit, TravelerLanguage::FR)), qPrintable(m->expected));
    QVERIFY2(QcRecordContent::limitWords(limit, TravelerLanguage::FR).startsWith(limit.min ? QStringLiteral("de ") : QStringLiteral("au plus")),
             qPrintable(QcRecordContent::limitWords(limit, TravelerLanguage::FR)));
    QVERIFY(s->serial);

    const QString pdf = pdfPath(QStringLiteral("clt-record-fr"));
    int pages = 0;
    QVERIFY2(cs::print::QcRecordRenderer().writePdf(pdf, c, &error, &pages), qPrintable(error));
    QVERIFY(pages >= 2);
    QString text;
    QVERIFY2(cs::test::pdfText(pdf, &text, &error), qPrintable(error));
    for (const QString& expected : {QStringLiteral("Fiche d'essai de fin de ligne"), QStringLiteral("HORS LIMITES"),
                                    QStringLiteral("TS7-000123"), QStringLiteral("Essai de fin de ligne échoué"),
                                    QStringLiteral("Sam Okafor"), QStringLiteral("NON CONFORME"),
                                    QStringLiteral("2026-12-03 10:14:00 UTC")})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    if (optional)
        QVERIFY(text.contains(QStringLiteral("pas de panneau sur ce modèle")));
}

void TestQcRecordPrint::productionChecks()
{
    QString error;
    const auto form = instance(QStringLiteral("production-clp.json"), &error);
    QVERIFY2(form, qPrintable(error));
    QMap<ChecklistAnswerKey, QcRecordAnswer> answers;
    int ticked = 0;
    for (const ChecklistEntry& e : form->entries())
        if (e.applies && e.item.type == ChecklistItemType::Check) {
            answers.insert({e.sectionId, e.item.id, e.position}, {ChecklistAnswer::of(true), QStringLiteral("Sam Okafor"), m_at});
            ++ticked;
        }
    QVERIFY(ticked > 10);
    QcRecordSignature sig{QStringLiteral("Sam Okafor"), QStringLiteral("assembler"), QStringLiteral("SO"),
                          QStringLiteral("Ready for inspection"), m_at, QStringLiteral("cd34"), true, {}, {}, {}, false};
    QcRecordContent c = QcRecordContent::build(*form, answers, QStringLiteral("CLP"), {}, sig);
    c.printedAt = m_at;
    QCOMPARE(c.title(), QStringLiteral("Fiche des contrôles de production et de la liste de colisage"));
    // The CLP is signed as the closing statement, not as a PASS.
    QVERIFY(!c.hasResult());
    QCOMPARE(c.statementWords(), QStringLiteral("Je soussigné(e), Sam Okafor, ai contrôlé ce meuble le 2026-12-03 et atteste "
                                                "qu'il est prêt pour l'inspection."));
    QCOMPARE(c.meaningWords(), QStringLiteral("Prêt pour l'inspection"));
    bool perBasin = false;
    for (const QcRecordSection& sec : c.sections)
        perBasin = perBasin || sec.title.contains(QStringLiteral("Cuve 2"));
    QVERIFY(perBasin);

    const QString pdf = pdfPath(QStringLiteral("clp-record-fr"));
    QVERIFY2(cs::print::QcRecordRenderer().writePdf(pdf, c, &error), qPrintable(error));
    QString text;
    QVERIFY2(cs::test::pdfText(pdf, &text, &error), qPrintable(error));
    const QString flat = text.simplified();
    for (const QString& expected : {QStringLiteral("Déclaration"), QStringLiteral("Prêt pour l'inspection (Ready for inspection)"),
                                    QStringLiteral("Signé par Sam Okafor")})
        QVERIFY2(flat.contains(expected), qPrintable(expected));
    QVERIFY(!flat.contains(QStringLiteral("qc.title")));
}

QTEST_MAIN(TestQcRecordPrint)
#include "tst_qcrecordprint.moc"
