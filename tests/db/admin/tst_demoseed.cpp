#include "data/admin/demoseeder.h"
#include "testdatabase.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace cs;

class TestDemoSeed : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString why;
        if (!test::ScratchDatabase::clusterAvailable(&why))
            QSKIP(qPrintable(why));
    }

    void seedsThroughTheRealPathsAndOnlyOnce()
    {
        test::ScratchDatabase scratch;
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        // The demo logins are cluster-wide roles: the scratch database drops them afterwards.
        for (const auto& login : data::DemoSeeder::logins())
            scratch.adoptRole(login.username);

        QStringList log;
        QString error;
        QVERIFY2(data::DemoSeeder(scratch.settings()).run(&log, &error), qPrintable(error));
        QVERIFY(!log.isEmpty());

        // Every demo person logs in with the documented password and has the documented role.
        for (const auto& login : data::DemoSeeder::logins()) {
            data::ConnectionSettings s = scratch.settings();
            s.user = login.username;
            s.password = login.password;
            QSqlDatabase db = scratch.connect(s);
            QVERIFY2(db.isOpen(), qPrintable(QStringLiteral("%1: %2").arg(login.username, db.lastError().text())));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT role::text, initials, full_name FROM cs.whoami()")) && q.next());
            QCOMPARE(q.value(0).toString(), login.role);
            QCOMPARE(q.value(1).toString(), login.initials);
            QCOMPARE(q.value(2).toString(), login.fullName);
        }

        // Each demo order reached its target status; every build has a frozen BOM with lines.
        QFile file(cs::test::sourcePath(u"resources/demo/orders.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray orders = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("orders")).toArray();
        QSqlDatabase super = scratch.superuser();
        int builds = 0;
        for (const QJsonValue v : orders) {
            const QJsonObject o = v.toObject();
            const QString po = o.value(QStringLiteral("config")).toObject().value(QStringLiteral("order")).toObject()
                                   .value(QStringLiteral("poNumber")).toString();
            QSqlQuery q(super);
            q.prepare(QStringLiteral("SELECT o.status::text, (SELECT count(*) FROM cs.bom_items i WHERE i.bom_id = o.generated_bom_id),"
                                     " o.want_date > CURRENT_DATE FROM cs.orders o WHERE o.po_number = ?"));
            q.addBindValue(po);
            QVERIFY(q.exec());
            int rows = 0;
            while (q.next()) {
                ++rows;
                QCOMPARE(q.value(0).toString(), o.value(QStringLiteral("targetStatus")).toString());
                QVERIFY(q.value(1).toInt() > 0);
                QVERIFY(q.value(2).toBool());
            }
            QCOMPARE(rows, o.value(QStringLiteral("config")).toObject().value(QStringLiteral("builds")).toArray().size());
            builds += rows;
        }
        // Approved BOMs carry the procurement specialist's signature.
        QSqlQuery q(super);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cs.boms b JOIN cs.orders o ON o.generated_bom_id = b.bom_id"
                                      " WHERE b.status = 'Approved'")) && q.next());
        const int approved = q.value(0).toInt();
        QVERIFY(approved > 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cs.signatures s JOIN cs.users u ON u.user_id = s.signer_user_id"
                                      " WHERE u.username = 'procure'")) && q.next());
        QCOMPARE(q.value(0).toInt(), approved);

        // The demo work instructions are published by the demo Admin, one per file, with their pictures;
        // every build an assembler claimed has its task list, the instructions in it.
        QDir wiDir(cs::test::sourcePath(u"resources/demo/work-instructions"));
        const int wiFiles = int(wiDir.entryList({QStringLiteral("*.json")}, QDir::Files).size()) - 1;   // less tools.json
        QVERIFY(wiFiles > 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), bool_and(u.username = 'admin'), count(*) FILTER (WHERE w.steps::text LIKE '%\"images\": [\"%') "
                                      "FROM cs.work_instructions w JOIN cs.users u ON u.user_id = w.published_by "
                                      "WHERE w.wi_key IS NOT NULL AND w.is_active"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), wiFiles);
        QVERIFY(q.value(1).toBool());
        QVERIFY(q.value(2).toInt() > 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cs.tools WHERE image_sha256 IS NOT NULL")) && q.next());
        QVERIFY(q.value(0).toInt() > 0);
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT count(*), count(l.task_list_id), "
                    "       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(l.tasks) t "
                    "                                       WHERE t->'instruction' <> 'null'::jsonb AND jsonb_array_length(t->'parts') > 0)) "
                    "FROM cs.orders o LEFT JOIN cs.task_lists l ON l.order_id = o.order_id "
                    "WHERE o.status IN ('ReadyForProduction', 'OnHoldParts', 'TestingComplete', 'PackagingComplete')"))
                && q.next());
        QVERIFY(q.value(0).toInt() > 0);
        QCOMPARE(q.value(1).toInt(), q.value(0).toInt());
        QCOMPARE(q.value(2).toInt(), q.value(0).toInt());

        // Service requests in every status of the service flow (WORKFLOW.md 6), each step written by its
        // own person through the server's functions: requested by the service department (or the
        // admin), decided, ordered and received by procurement (or the admin); a reason on the rejected
        // one, fewer approved than requested on one, the catalog's names for every line.
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT s.status::text, req.role::text, coalesce(proc.role::text, ''), coalesce(s.processing_notes, ''), "
                    "       jsonb_array_length(s.items), s.approved_items IS NOT NULL AND s.approved_items <> s.items, "
                    "       (SELECT bool_and(EXISTS (SELECT 1 FROM cs.parts p WHERE p.part_id = e ->> 'id') "
                    "                        OR EXISTS (SELECT 1 FROM cs.assemblies a WHERE a.assembly_id = e ->> 'id')) "
                    "          FROM jsonb_array_elements(s.items) e) "
                    "FROM cs.service_orders s JOIN cs.users req ON req.user_id = s.requested_by "
                    "LEFT JOIN cs.users proc ON proc.user_id = s.processed_by")));
        QSet<QString> statuses;
        int requests = 0;
        bool fewerApproved = false;
        while (q.next()) {
            ++requests;
            const QString status = q.value(0).toString();
            statuses.insert(status);
            QVERIFY2(QStringList({QStringLiteral("ServiceDepartment"), QStringLiteral("Admin")}).contains(q.value(1).toString()),
                     qPrintable(q.value(1).toString()));
            if (status == u"Pending")
                QVERIFY(q.value(2).toString().isEmpty());
            else
                QVERIFY2(QStringList({QStringLiteral("ProcurementSpecialist"), QStringLiteral("Admin")}).contains(q.value(2).toString()),
                         qPrintable(q.value(2).toString()));
            if (status == u"Rejected")
                QVERIFY(q.value(3).toString().size() > 10);
            QVERIFY(q.value(4).toInt() > 0);
            fewerApproved = fewerApproved || q.value(5).toBool();
            QVERIFY(q.value(6).toBool());
        }
        QCOMPARE(statuses, (QSet<QString>{QStringLiteral("Pending"), QStringLiteral("Approved"), QStringLiteral("Rejected"),
                                          QStringLiteral("Ordered"), QStringLiteral("Received")}));
        QVERIFY(fewerApproved);
        // Most requests are the service person's own.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cs.service_orders s JOIN cs.users u ON u.user_id = s.requested_by "
                                      "WHERE u.username = 'service'")) && q.next());
        QVERIFY(q.value(0).toInt() >= 4);

        // A second run adds nothing.
        QStringList again;
        QVERIFY2(data::DemoSeeder(scratch.settings()).run(&again, &error), qPrintable(error));
        QVERIFY2(again.isEmpty(), qPrintable(again.join(u'\n')));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cs.orders")) && q.next());
        QCOMPARE(q.value(0).toInt(), builds);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cs.service_orders")) && q.next());
        QCOMPARE(q.value(0).toInt(), requests);
    }
};

QTEST_GUILESS_MAIN(TestDemoSeed)
#include "tst_demoseed.moc"
