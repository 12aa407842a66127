// Hostile text (quotes, SQL fragments, backslashes, non-ASCII incl. emoji and right-to-left text,
// 10 kB strings) goes through cs.submit_order and cs.create_user and reads back verbatim.
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using cs::test::ScratchDatabase;

class TestHostileText : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScratchDatabase> m_scratch;
    ScratchDatabase::Person m_coordinator;
    ScratchDatabase::Person m_admin;

    QString submit(QSqlDatabase db, const QJsonObject& order, QString* orderId)
    {
        QString error;
        QVariant v;
        ScratchDatabase::exec(db, QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))::text"),
                              {QString::fromUtf8(QJsonDocument(order).toJson(QJsonDocument::Compact))}, &error, &v);
        if (error.isEmpty() && orderId) {
            *orderId = QJsonDocument::fromJson(v.toString().toUtf8())
                           .object()[QStringLiteral("builds")].toArray().at(0).toObject()[QStringLiteral("orderId")]
                           .toString();
        }
        return error;
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!ScratchDatabase::clusterAvailable(&why))
            QSKIP(qPrintable(why));
        m_scratch = std::make_unique<ScratchDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        QString error;
        m_admin = m_scratch->createPerson(QStringLiteral("Admin"), {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_coordinator = m_scratch->createPerson(QStringLiteral("ProductionCoordinator"), {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(ScratchDatabase::seedWorkflowFixtures(m_scratch->connect(m_admin.settings), &error), qPrintable(error));
    }

    void cleanup() { m_scratch->closeConnections(); }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quotes") << QStringLiteral("O'Brien \"the\" `hospital` ''");
        QTest::newRow("sql injection") << QStringLiteral("x'; DROP TABLE cs.orders; --");
        QTest::newRow("dollar quoting") << QStringLiteral("$$; DROP SCHEMA cs CASCADE; $$ $tag$ $1 ?");
        QTest::newRow("backslashes") << QStringLiteral("C:\\temp\\new\\x00 \\' \\\\");
        QTest::newRow("json breakers") << QStringLiteral("}]}\" , \"status\": \"Shipped\" \\u0000");
        QTest::newRow("unicode") << QStringLiteral("Hôpital Zürich – 東京 🧼🚿 👩🏽‍⚕️");
        QTest::newRow("right to left") << QStringLiteral("مستشفى \u202Eevil\u202C שלום");
        QTest::newRow("control characters") << QStringLiteral("tab\there\nnew line\r\n\u0001\u001f end");
        QTest::newRow("10 kB") << QString(10 * 1024, u'é').append(QStringLiteral("'; --"));
    }

    void roundTrip()
    {
        QFETCH(QString, text);
        const QString suffix = ScratchDatabase::randomSuffix(8);
        QJsonObject order = ScratchDatabase::orderJson(QStringLiteral("PO-") + suffix, QStringLiteral("B-") + suffix);
        QJsonObject header = order[QStringLiteral("order")].toObject();
        const QString shortText = text.left(200) + QStringLiteral("xyz");   // the varchar(255) fields
        header[QStringLiteral("poNumber")] = QStringLiteral("PO ") + text.left(60) + suffix;
        header[QStringLiteral("customerName")] = shortText;
        header[QStringLiteral("projectName")] = QStringLiteral("P ") + shortText;
        header[QStringLiteral("salesPerson")] = QStringLiteral("S ") + shortText;
        header[QStringLiteral("notes")] = text;
        order[QStringLiteral("order")] = header;
        QJsonArray builds = order[QStringLiteral("builds")].toArray();
        QJsonObject build = builds.at(0).toObject();
        QJsonObject config = build[QStringLiteral("config")].toObject();
        config[QStringLiteral("freeText")] = text;
        config[text.left(100)] = QJsonArray{text};
        build[QStringLiteral("config")] = config;
        QJsonObject bom = build[QStringLiteral("bom")].toObject();
        QJsonArray top = bom[QStringLiteral("top")].toArray();
        QJsonObject line = top.at(0).toObject();
        line[QStringLiteral("note")] = text;
        line[QStringLiteral("answer")] = text;
        top[0] = line;
        bom[QStringLiteral("top")] = top;
        build[QStringLiteral("bom")] = bom;
        builds[0] = build;
        order[QStringLiteral("builds")] = builds;

        QString orderId;
        const QString error = submit(m_scratch->connect(m_coordinator.settings), order, &orderId);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // Read back as the coordinator (a normal reader).
        QSqlQuery q(m_scratch->connect(m_coordinator.settings));
        q.prepare(QStringLiteral("SELECT o.po_number, o.customer_name, o.project_name, o.sales_person, o.notes, o.config::text, "
                                 "i.note, i.answer, b.content_sha256 = encode(sha256(convert_to(b.bom_items::text, 'UTF8')), 'hex') "
                                 "FROM cs.orders o JOIN cs.boms b ON b.bom_id = o.generated_bom_id "
                                 "JOIN cs.bom_items i ON i.bom_id = b.bom_id AND i.line_no = 0 "
                                 "WHERE o.order_id = CAST(? AS uuid)"));
        q.addBindValue(orderId);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), header[QStringLiteral("poNumber")].toString().trimmed());
        QCOMPARE(q.value(1).toString(), shortText.trimmed());
        QCOMPARE(q.value(2).toString(), (QStringLiteral("P ") + shortText).trimmed());
        QCOMPARE(q.value(3).toString(), (QStringLiteral("S ") + shortText).trimmed());
        QCOMPARE(q.value(4).toString(), text);
        QCOMPARE(QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object(), config);
        QCOMPARE(q.value(6).toString(), text);
        QCOMPARE(q.value(7).toString(), text);
        QVERIFY(q.value(8).toBool());
    }

    void overlongFieldsAreRefusedWithTheirCode()
    {
        const QString suffix = ScratchDatabase::randomSuffix(8);
        QJsonObject order = ScratchDatabase::orderJson(QStringLiteral("PO-") + suffix, QStringLiteral("B-") + suffix);
        QJsonObject header = order[QStringLiteral("order")].toObject();
        header[QStringLiteral("customerName")] = QString(10 * 1024, u'x');
        order[QStringLiteral("order")] = header;
        const QString error = submit(m_scratch->connect(m_coordinator.settings), order, nullptr);
        QVERIFY2(error.startsWith(QStringLiteral("22001: E-CUSTOMER-MAX")), qPrintable(error));
    }

    void orderValidationCodes_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("po short") << "poNumber" << " 12 " << "22023: E-PO-MIN3";
        QTest::newRow("customer short") << "customerName" << "ab" << "22023: E-CUSTOMER-MIN3";
        QTest::newRow("project short") << "projectName" << " x " << "22023: E-PROJECT-MIN3";
        QTest::newRow("sales short") << "salesPerson" << "" << "22023: E-SALES-MIN3";
        QTest::newRow("want date today") << "wantDate" << QDate::currentDate().toString(Qt::ISODate) << "22023: E-WANTDATE-FUTURE";
        QTest::newRow("want date garbage") << "wantDate" << "'; DROP" << "22023: E-WANTDATE-FUTURE";
        QTest::newRow("language SP") << "language" << "SP" << "22023: E-LANGUAGE";
        QTest::newRow("hostile build") << "buildNumber" << "B'; DROP TABLE x" << "22023: E-BUILD-CHARS";
        QTest::newRow("short build") << "buildNumber" << "B1" << "22023: E-BUILD-MIN3";
    }

    void orderValidationCodes()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const QString suffix = ScratchDatabase::randomSuffix(8);
        QJsonObject order = ScratchDatabase::orderJson(QStringLiteral("PO-") + suffix, QStringLiteral("B-") + suffix);
        if (field == u"buildNumber") {
            QJsonArray builds = order[QStringLiteral("builds")].toArray();
            QJsonObject b = builds.at(0).toObject();
            b[field] = value;
            builds[0] = b;
            order[QStringLiteral("builds")] = builds;
        } else {
            QJsonObject header = order[QStringLiteral("order")].toObject();
            header[field] = value;
            order[QStringLiteral("order")] = header;
        }
        const QString error = submit(m_scratch->connect(m_coordinator.settings), order, nullptr);
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void poAndBuildNumbersAreUnique()
    {
        const QString suffix = ScratchDatabase::randomSuffix(8);
        QSqlDatabase db = m_scratch->connect(m_coordinator.settings);
        QCOMPARE(submit(db, ScratchDatabase::orderJson(QStringLiteral("PO-") + suffix, QStringLiteral("B-") + suffix), nullptr),
                 QString());
        // Same PO (case and spaces aside), other build.
        QString error = submit(db, ScratchDatabase::orderJson(QStringLiteral(" po-") + suffix.toUpper() + QStringLiteral(" "),
                                                              QStringLiteral("C-") + suffix),
                               nullptr);
        QVERIFY2(error.startsWith(QStringLiteral("23505: E-PO-UNIQUE: purchase order")), qPrintable(error));
        // Other PO, same build number in another case.
        error = submit(db, ScratchDatabase::orderJson(QStringLiteral("PQ-") + suffix, QStringLiteral("b-") + suffix.toUpper()),
                       nullptr);
        QVERIFY2(error.startsWith(QStringLiteral("23505: E-BUILD-UNIQUE")), qPrintable(error));
    }

    void hostileUserNamesRoundTrip()
    {
        const QString fullName = QStringLiteral("Zoë O'Connor-\"Δ\" 🧪 '); DROP ROLE cs_admin; --");
        const QString username = QStringLiteral("t_hostile_") + ScratchDatabase::randomSuffix(8);
        const QString password = QStringLiteral("p'a\"s$$s\\w; DROP ROLE x; --ö");
        QString error;
        QSqlDatabase admin = m_scratch->connect(m_admin.settings);
        QVERIFY2(ScratchDatabase::exec(admin, QStringLiteral("SELECT cs.create_user(?, ?, 'ZOC', 'Assembler', ?)"),
                                       {username, fullName, password}, &error),
                 qPrintable(error));
        m_scratch->adoptRole(username);
        cs::data::ConnectionSettings s = m_scratch->settings();
        s.user = username;
        s.password = password;
        QSqlDatabase db = m_scratch->connect(s);
        QVERIFY2(db.isOpen(), "the hostile password must work verbatim");
        QVariant v;
        QVERIFY(ScratchDatabase::exec(db, QStringLiteral("SELECT full_name FROM cs.whoami()"), {}, &error, &v));
        QCOMPARE(v.toString(), fullName);
    }

    void cleanupTestCase() { m_scratch.reset(); }
};

QTEST_GUILESS_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
