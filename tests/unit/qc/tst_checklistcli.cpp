// cleanstation-admin checklist (issue 12), run as a separate process: the JSON shape of an instantiated
// form (one entry per item per position), the text format, and exit code 2 with a clear message on an
// unreadable file, bad JSON, a refused template (its problems named), a bad order and an unknown build.
#include "checklistfixture.h"
#include "testpaths.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(cs::test::binaryPath(u"app/cleanstation-admin"), QStringList{QStringLiteral("checklist")} + args);
    Run r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit) {
        r.err = QStringLiteral("did not finish: ") + p.errorString();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestChecklistCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_order;

    QString write(const char* name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(QString::fromUtf8(name));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(cs::test::binaryPath(u"app/cleanstation-admin")));
        QVERIFY(m_dir.isValid());
        // The order of acceptance case AC-01 (build 2222: two basins), as `bom --config` takes it.
        QFile f(test::casesPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).array())
            if (v.toObject().value(u"id").toString() == u"AC-01")
                m_order = write("order.json", QJsonDocument(v.toObject().value(u"config").toObject()).toJson());
        QVERIFY(!m_order.isEmpty());
    }

    void jsonShape()
    {
        const Run r = cli({QStringLiteral("--template"), test::formPath(QStringLiteral("pre-qc.json")),
                           QStringLiteral("--order"), m_order, QStringLiteral("--build"), QStringLiteral("2222")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(root.keys(), (QStringList{QStringLiteral("items"), QStringLiteral("template"), QStringLiteral("version")}));
        QCOMPARE(root.value(u"template").toString(), QStringLiteral("PRE_QC"));
        QCOMPARE(root.value(u"version").toInt(), 1);
        const QJsonArray items = root.value(u"items").toArray();
        QCOMPARE(items.size(), 3 + 5 + 3 * 5); // header, S1, S2 at positions 1..3
        QStringList seen;
        for (const QJsonValue& v : items) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.keys(), (QStringList{QStringLiteral("applies"), QStringLiteral("expected"), QStringLiteral("item"),
                                            QStringLiteral("position"), QStringLiteral("quantity"),
                                            QStringLiteral("section")}));
            QVERIFY(o.value(u"applies").isBool());
            QVERIFY(o.value(u"expected").isNull() || o.value(u"expected").isString());
            const QString section = o.value(u"section").toString();
            if (section == u"S2")
                QVERIFY(o.value(u"position").toInt() >= 1 && o.value(u"position").toInt() <= 3);
            else
                QVERIFY(o.value(u"position").isNull());
            seen << QStringLiteral("%1/%2@%3").arg(section, o.value(u"item").toString()).arg(o.value(u"position").toInt());
        }
        QCOMPARE(seen.first(), QStringLiteral("header/H.jobId@0"));
        QVERIFY(seen.contains(QStringLiteral("S2/S2.5@3")));
        const QJsonObject count = items.at(1).toObject();
        QCOMPARE(count.value(u"expected").toString(), QStringLiteral("2 basins"));
        const QJsonObject basin3 = items.last().toObject();
        QCOMPARE(basin3.value(u"applies").toBool(), false);
    }

    void quantityInJson()
    {
        const Run r = cli({QStringLiteral("--template"), test::formPath(QStringLiteral("production-clp.json")),
                           QStringLiteral("--order"), m_order, QStringLiteral("--build"), QStringLiteral("2222"),
                           QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray items = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"items").toArray();
        QMap<QString, QJsonValue> quantity;
        for (const QJsonValue& v : items)
            quantity.insert(v.toObject().value(u"item").toString(), v.toObject().value(u"quantity"));
        QCOMPARE(quantity.value(QStringLiteral("S4.2")).toInt(), 2);
        QCOMPARE(quantity.value(QStringLiteral("S4.3")).toString(), QStringLiteral("2 hoses, 4 clamps"));
        QVERIFY(quantity.value(QStringLiteral("S4.9")).isNull()); // no air gun: N/A, no quantity
        QVERIFY(quantity.value(QStringLiteral("S2.1")).isNull());
    }

    void text()
    {
        const Run r = cli({QStringLiteral("--template"), test::formPath(QStringLiteral("final-qc-clq.json")),
                           QStringLiteral("--order"), m_order, QStringLiteral("--build"), QStringLiteral("2222"),
                           QStringLiteral("--format"), QStringLiteral("text")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("FINAL_QC_CLQ (version 1)")));
        QVERIFY(r.out.contains(QStringLiteral("The sink has 2 basins: there is no basin 3.")));
        QVERIFY(r.out.contains(QStringLiteral("section check")));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing template") << QStringLiteral("missing-template") << QStringLiteral("cannot read");
        QTest::newRow("template not JSON") << QStringLiteral("bad-template") << QStringLiteral("not valid JSON");
        QTest::newRow("refused template") << QStringLiteral("refused-template") << QStringLiteral("T_BAD, item S1.2: unknown item type \"slider\"");
        QTest::newRow("missing order") << QStringLiteral("missing-order") << QStringLiteral("cannot read");
        QTest::newRow("order not JSON") << QStringLiteral("bad-order") << QStringLiteral("not valid JSON");
        QTest::newRow("unknown build") << QStringLiteral("unknown-build") << QStringLiteral("has no build \"9999\"; its builds: 2222");
        QTest::newRow("bad format") << QStringLiteral("bad-format") << QStringLiteral("--format must be json or text");
        QTest::newRow("no build") << QStringLiteral("no-build") << QStringLiteral("are required");
    }

    void badInput()
    {
        QFETCH(QString, what);
        QFETCH(QString, message);
        QString tmpl = test::formPath(QStringLiteral("pre-qc.json"));
        QString order = m_order;
        QStringList extra{QStringLiteral("--build"), QStringLiteral("2222")};
        if (what == u"missing-template")
            tmpl = m_dir.filePath(QStringLiteral("nothing.json"));
        else if (what == u"bad-template")
            tmpl = write("bad.json", "{\"id\": ");
        else if (what == u"refused-template")
            tmpl = write("refused.json", R"({"id": "T_BAD", "sections": [{"id": "S1", "items": [
                {"id": "S1.1", "type": "check", "appliesWhen": "hasUnicorn"},
                {"id": "S1.2", "type": "slider"}]}]})");
        else if (what == u"missing-order")
            order = m_dir.filePath(QStringLiteral("no-order.json"));
        else if (what == u"bad-order")
            order = write("bad-order.json", "[1, 2");
        else if (what == u"unknown-build")
            extra = {QStringLiteral("--build"), QStringLiteral("9999")};
        else if (what == u"bad-format")
            extra << QStringLiteral("--format") << QStringLiteral("csv");
        else if (what == u"no-build")
            extra.clear();
        const Run r = cli(QStringList{QStringLiteral("--template"), tmpl, QStringLiteral("--order"), order} + extra);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        if (what == u"refused-template") // every problem, not only the first
            QVERIFY2(r.err.contains(QStringLiteral("T_BAD, item S1.1: unknown or unreadable condition \"hasUnicorn\"")),
                     qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestChecklistCli)
#include "tst_checklistcli.moc"
