// Every user-visible string of every layer (cs_domain, cs_data, cs_print, cs_ui and the forms) has a
// finished French and Spanish translation:
// - each entry of translations/cleanstation_{fr,es}.ts is finished and not empty, keeps the source's
//   placeholders (%1, %2, ... and %n in plural forms) and has a mnemonic (&) where the source has one;
// - lupdate, run now over src/ and ui/ into a scratch file, finds no string the .ts files lack: a tr()
//   added anywhere without updating the translations fails here, whatever its layer.
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Entry
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;          // "unfinished", "vanished", "obsolete"; empty when finished
    QStringList forms;     // the translation, or its plural forms
};

// The key lupdate identifies a message by.
QString keyOf(const Entry& e)
{
    return e.context + u'\x1f' + e.source + u'\x1f' + e.comment + (e.numerus ? QStringLiteral("\x1fn") : QString());
}

QList<Entry> readTs(const QString& path, QString* error)
{
    QList<Entry> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"context") {
                context.clear();
            } else if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                entry = Entry{};
                entry.context = context;
                entry.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
            } else if (xml.name() == u"source") {
                entry.source = xml.readElementText();
            } else if (xml.name() == u"comment") {
                entry.comment = xml.readElementText();
            } else if (xml.name() == u"translation") {
                entry.type = xml.attributes().value(QLatin1StringView("type")).toString();
                if (!entry.numerus)
                    entry.forms = {xml.readElementText()};
            } else if (xml.name() == u"numerusform") {
                entry.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            out.append(entry);
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return out;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?[1-9][0-9]?"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured().remove(u'L'));
    QStringList out(found.cbegin(), found.cend());
    out.sort();
    return out;
}

// Mnemonics: '&' before a character, not "&&" (a literal ampersand) and not "& " (text).
int mnemonics(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression re(QStringLiteral("&[^\\s&]"));
    int n = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

QString lupdatePath()
{
    const QString beside = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("lupdate"));
}

const QStringList kLanguages{QStringLiteral("fr"), QStringLiteral("es")};

QString tsPath(const QString& language)
{
    return cs::test::sourcePath(QStringLiteral("translations/cleanstation_%1.ts").arg(language));
}

} // namespace

class TestTranslationCoverage : public QObject
{
    Q_OBJECT

private slots:
    void everyEntryFinished_data();
    void everyEntryFinished();
    void noStringOfAnyLayerMissing();
};

void TestTranslationCoverage::everyEntryFinished_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& l : kLanguages)
        QTest::newRow(qPrintable(l)) << l;
}

void TestTranslationCoverage::everyEntryFinished()
{
    QFETCH(QString, language);
    QString error;
    const QList<Entry> entries = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(entries.size() > 800);

    QStringList problems;
    QSet<QString> contexts;
    for (const Entry& e : entries) {
        contexts.insert(e.context);
        const QString where = e.context + QStringLiteral(": ") + e.source;
        if (!e.type.isEmpty()) {
            problems << QStringLiteral("%1 [%2]").arg(where, e.type);
            continue;
        }
        if (e.forms.isEmpty() || std::any_of(e.forms.cbegin(), e.forms.cend(), [](const QString& f) {
                return f.trimmed().isEmpty();
            })) {
            problems << QStringLiteral("%1 [empty]").arg(where);
            continue;
        }
        const QStringList wanted = placeholders(e.source);
        bool numberShown = !e.source.contains(QStringLiteral("%n"));
        for (const QString& form : e.forms) {
            if (placeholders(form) != wanted)
                problems << QStringLiteral("%1 [placeholders %2 in \"%3\"]").arg(where, wanted.join(u','), form);
            if (mnemonics(e.source) > 0 && mnemonics(form) != 1)
                problems << QStringLiteral("%1 [mnemonic in \"%2\"]").arg(where, form);
            numberShown = numberShown || form.contains(QStringLiteral("%n"));
        }
        if (!numberShown)
            problems << QStringLiteral("%1 [%n missing]").arg(where);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // Every layer is in: the wizard's validation messages (cs_domain), refusals in words (cs_data), the
    // label printer (cs_print), the development tools (cs_devtools) and the windows and forms (cs_ui).
    for (const char* context : {"cs::domain::ConfigurationValidator", "cs::domain::MdrdRules", "cs::data::DbError",
                                "cs::data::OrderEditRepository", "cs::devtools::OrderGenerator", "cs::print::ZplPrinter", "cs::ui::OrderWizard",
                                "WizardPageOrder"})
        QVERIFY2(contexts.contains(QString::fromLatin1(context)), context);
}

void TestTranslationCoverage::noStringOfAnyLayerMissing()
{
    const QString lupdate = lupdatePath();
    QVERIFY2(!lupdate.isEmpty(), "lupdate (Qt Linguist tools) not found; the build needs it too");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString scratch = dir.filePath(QStringLiteral("now_fr.ts"));

    // The same sources and include path as the update_translations target: every library and the forms.
    QProcess run;
    run.setWorkingDirectory(cs::test::sourceDir());
    run.setProcessChannelMode(QProcess::MergedChannels);
    run.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                        QStringLiteral("-no-obsolete"), QStringLiteral("-I"), QStringLiteral("src"),
                        QStringLiteral("src"), QStringLiteral("ui"), QStringLiteral("-ts"), scratch});
    QVERIFY2(run.waitForFinished(120000), qPrintable(run.errorString()));
    const QString output = QString::fromUtf8(run.readAll());
    QVERIFY2(run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0, qPrintable(output));

    QString error;
    const QList<Entry> now = readTs(scratch, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(now.size() > 800, qPrintable(QStringLiteral("lupdate found only %1 strings: %2").arg(now.size()).arg(output)));

    for (const QString& language : kLanguages) {
        const QList<Entry> kept = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> keys;
        for (const Entry& e : kept)
            keys.insert(keyOf(e));
        QStringList missing;
        QSet<QString> current;
        for (const Entry& e : now) {
            current.insert(keyOf(e));
            if (!keys.contains(keyOf(e)))
                missing << e.context + QStringLiteral(": ") + e.source;
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 strings of the sources are not in %2 (run the update_translations "
                                           "target and translate them):\n%3")
                                .arg(missing.size())
                                .arg(QFileInfo(tsPath(language)).fileName(), missing.join(u'\n'))));
        // Entries whose string left the sources do no harm, but say the update was not run.
        int stale = 0;
        for (const Entry& e : kept)
            stale += current.contains(keyOf(e)) ? 0 : 1;
        if (stale > 0)
            qWarning("%d entries of cleanstation_%s.ts are no longer in the sources", stale, qPrintable(language));
    }
}

QTEST_GUILESS_MAIN(TestTranslationCoverage)
#include "tst_translationcoverage.moc"
