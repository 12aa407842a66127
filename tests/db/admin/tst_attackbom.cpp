// Class 5 of issue 11, the part the server cannot close: a coordinator stores a BOM whose structure fits
// the catalog (so cs.store_bom accepts it) but whose top lines are not what the configuration's rules
// give. `cleanstation-admin verify-boms` regenerates every current BOM from its stored configuration and
// finds it; on the untouched demo data it finds nothing.
#include "data/admin/demoseeder.h"
#include "testdatabase.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace cs;

class TestAttackBom : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
    };

    static Run verifyBoms(const test::ScratchDatabase& scratch)
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGDATABASE"), scratch.name());
        cli.setProcessEnvironment(env);
        cli.start(cs::test::binaryPath(u"app/cleanstation-admin"), {QStringLiteral("verify-boms")});
        if (!cli.waitForFinished(120000))
            return {};
        return {cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!test::ScratchDatabase::clusterAvailable(&why))
            QSKIP(qPrintable(why));
    }

    void aForgedBomIsFound()
    {
        test::ScratchDatabase scratch;
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        for (const auto& login : data::DemoSeeder::logins())
            scratch.adoptRole(login.username);
        QStringList log;
        QString error;
        QVERIFY2(data::DemoSeeder(scratch.settings()).run(&log, &error), qPrintable(error));

        const Run clean = verifyBoms(scratch);
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.output));
        QVERIFY2(clean.output.contains(QStringLiteral(", 0 differ.")), qPrintable(clean.output));

        // The coordinator, with their own login, regenerates an open order's BOM with one more of a part.
        data::ConnectionSettings s = scratch.settings();
        for (const auto& login : data::DemoSeeder::logins()) {
            if (login.role == u"ProductionCoordinator") {
                s.user = login.username;
                s.password = login.password;
            }
        }
        QSqlDatabase coord = scratch.connect(s);
        QVERIFY2(coord.isOpen(), qPrintable(coord.lastError().text()));
        QSqlQuery q(coord);
        QVERIFY2(q.exec(QStringLiteral("SELECT o.order_id::text, o.build_number, o.row_version, b.bom_items::text, "
                                       "b.catalog_revision FROM cs.orders o JOIN cs.boms b ON b.bom_id = o.generated_bom_id "
                                       "WHERE o.status = 'OrderCreated' ORDER BY o.build_number LIMIT 1")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        const QString orderId = q.value(0).toString();
        const QString build = q.value(1).toString();
        const int rowVersion = q.value(2).toInt();
        QJsonObject bom = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        const qint64 revision = q.value(4).toLongLong();
        q.finish();

        QJsonArray top = bom.value(u"top").toArray();
        QJsonArray tree = bom.value(u"tree").toArray();
        QJsonArray flat = bom.value(u"flat").toArray();
        // A root without children (a part on its own line): one more of it, consistently everywhere.
        QString part;
        int root = -1;
        for (int i = 0, n = -1; i < tree.size(); ++i) {
            const QJsonObject node = tree.at(i).toObject();
            if (!node.value(u"parent").isNull())
                continue;
            ++n;
            const bool leaf = i + 1 >= tree.size() || tree.at(i + 1).toObject().value(u"parent").toInt(-1) != i;
            if (leaf && node.value(u"qty").toInt() < 100) {
                part = node.value(u"id").toString();
                root = n;
                QJsonObject changed = node;
                changed.insert(u"qty", node.value(u"qty").toInt() + 1);
                changed.insert(u"extQty", node.value(u"extQty").toInt() + 1);
                tree.replace(i, changed);
                break;
            }
        }
        QVERIFY2(root >= 0, "the demo order has no part on a top line of its own");
        QJsonObject line = top.at(root).toObject();
        line.insert(u"qty", line.value(u"qty").toInt() + 1);
        top.replace(root, line);
        for (int i = 0; i < flat.size(); ++i) {
            QJsonObject f = flat.at(i).toObject();
            if (f.value(u"id").toString() == part) {
                f.insert(u"qty", f.value(u"qty").toInt() + 1);
                flat.replace(i, f);
            }
        }
        bom.insert(u"top", top);
        bom.insert(u"tree", tree);
        bom.insert(u"flat", flat);
        QVERIFY2(test::ScratchDatabase::exec(coord, QStringLiteral("SELECT cs.regenerate_bom(CAST(? AS uuid), CAST(? AS jsonb), ?, "
                                                                   "'one more', ?)"),
                                             {orderId, QString::fromUtf8(QJsonDocument(bom).toJson(QJsonDocument::Compact)),
                                              revision, rowVersion},
                                             &error),
                 qPrintable(error));

        const Run found = verifyBoms(scratch);
        QCOMPARE(found.exitCode, 1);
        QVERIFY2(found.output.contains(QStringLiteral("MISMATCH build %1").arg(build)), qPrintable(found.output));
        QVERIFY2(found.output.contains(QStringLiteral("part %1: stored").arg(part), Qt::CaseInsensitive), qPrintable(found.output));
        QVERIFY2(found.output.contains(QStringLiteral(", 1 differ.")), qPrintable(found.output));
    }
};

QTEST_GUILESS_MAIN(TestAttackBom)
#include "tst_attackbom.moc"
