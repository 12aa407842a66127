// The one build and PO lookup (OrderSearch) against a real PostgreSQL: a build by its number whatever
// the case, with its summary (PO, customer, status, want date); a PO by its number or its id with its
// builds in number order; nothing found is an empty answer, not an error; every role finds builds
// (the order list), the service department included; the same through the session's worker.
#include "orderfixture.h"

#include "data/orders/ordersearch.h"

#include <QTest>

using cs::data::BuildSummary;
using cs::data::OrderSearch;
using cs::data::PoSummary;
using cs::test::OrderFixture;

class TestOrderSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void buildByNumber();
    void poByNumberOrId();
    void nothingFoundIsNotAnError();
    void everyRoleFindsBuilds();
    void throughTheWorker();

private:
    OrderFixture m_f;
    QString m_tag;
    QString m_build1;
    QString m_build2;
};

void TestOrderSearch::initTestCase()
{
    QString why;
    if (!cs::test::ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    QVERIFY2(m_f.setUp(&why), qPrintable(why));
    m_tag = cs::test::ScratchDatabase::randomSuffix(5).toUpper();
    m_build1 = m_f.submit(QStringLiteral("PO-S") + m_tag, QStringLiteral("BS-") + m_tag, QStringLiteral("Mercy Hospital Denver"),
                          QStringLiteral("Sterile Core"));
    m_build2 = m_f.submit(QStringLiteral("PO-T") + m_tag, QStringLiteral("BT-") + m_tag);
    QVERIFY(!m_build1.isEmpty() && !m_build2.isEmpty());
}

void TestOrderSearch::cleanupTestCase()
{
    m_f.tearDown();
}

void TestOrderSearch::buildByNumber()
{
    QSqlDatabase db = m_f.as(QStringLiteral("Assembler"));
    const auto found = OrderSearch::findBuild(db, QStringLiteral("  bs-") + m_tag.toLower() + QStringLiteral(" "));
    QVERIFY2(found.ok(), qPrintable(found.error().logText()));
    QVERIFY(found.value().has_value());
    const BuildSummary& b = *found.value();
    QCOMPARE(b.orderId, m_build1);
    QCOMPARE(b.buildNumber, QStringLiteral("BS-") + m_tag);
    QCOMPARE(b.poNumber, QStringLiteral("PO-S") + m_tag);
    QCOMPARE(b.customerName, QStringLiteral("Mercy Hospital Denver"));
    QCOMPARE(b.projectName, QStringLiteral("Sterile Core"));
    QCOMPARE(b.status, QStringLiteral("OrderCreated"));
    QCOMPARE(b.wantDate, QDate::currentDate().addDays(30));
    QVERIFY(b.assigneeName.isEmpty());
    QCOMPARE(b.family, QStringLiteral("MDRD"));
    QVERIFY(!b.poId.isEmpty());
}

void TestOrderSearch::poByNumberOrId()
{
    QSqlDatabase db = m_f.as(QStringLiteral("ProductionCoordinator"));
    const auto byNumber = OrderSearch::findPo(db, QStringLiteral("po-s") + m_tag.toLower());
    QVERIFY2(byNumber.ok(), qPrintable(byNumber.error().logText()));
    QVERIFY(byNumber.value().has_value());
    const PoSummary& po = *byNumber.value();
    QCOMPARE(po.poNumber, QStringLiteral("PO-S") + m_tag);
    QCOMPARE(po.builds.size(), 1);
    QCOMPARE(po.firstBuild().orderId, m_build1);
    QCOMPARE(po.customerName(), QStringLiteral("Mercy Hospital Denver"));
    QCOMPARE(po.wantDate(), QDate::currentDate().addDays(30));
    // By the PO's id (a scanned payload may carry it), upper case too.
    const auto byId = OrderSearch::findPo(db, po.poId.toUpper());
    QVERIFY(byId.ok() && byId.value().has_value());
    QCOMPARE(byId.value()->poNumber, po.poNumber);
    QCOMPARE(byId.value()->firstBuild().buildNumber, QStringLiteral("BS-") + m_tag);
}

void TestOrderSearch::nothingFoundIsNotAnError()
{
    QSqlDatabase db = m_f.as(QStringLiteral("QCPerson"));
    const auto build = OrderSearch::findBuild(db, QStringLiteral("NO-SUCH-") + m_tag);
    QVERIFY(build.ok());
    QVERIFY(!build.value().has_value());
    const auto empty = OrderSearch::findBuild(db, QStringLiteral("   "));
    QVERIFY(empty.ok());
    QVERIFY(!empty.value().has_value());
    const auto po = OrderSearch::findPo(db, QStringLiteral("PO-NONE-") + m_tag);
    QVERIFY(po.ok());
    QVERIFY(!po.value().has_value());
    // Not a LIKE pattern: a wildcard matches nothing.
    const auto wild = OrderSearch::findBuild(db, QStringLiteral("BS-%"));
    QVERIFY(wild.ok());
    QVERIFY(!wild.value().has_value());
}

void TestOrderSearch::everyRoleFindsBuilds()
{
    for (const char* role : {"ProductionCoordinator", "Admin", "ProcurementSpecialist", "Assembler", "QCPerson",
                             "ServiceDepartment"}) {
        QSqlDatabase db = m_f.as(QString::fromLatin1(role));
        const auto found = OrderSearch::findBuild(db, QStringLiteral("BT-") + m_tag);
        QVERIFY2(found.ok(), qPrintable(QString::fromLatin1(role) + u' ' + found.error().logText()));
        QVERIFY2(found.value().has_value(), role);
        QCOMPARE(found.value()->orderId, m_build2);
    }
}

void TestOrderSearch::throughTheWorker()
{
    cs::data::Session* session = m_f.session(QStringLiteral("ServiceDepartment"));
    QVERIFY(session);
    const OrderSearch search(*session);
    const auto build = cs::test::await(search.findBuild(QStringLiteral("bt-") + m_tag.toLower()));
    QVERIFY(build.has_value());
    QVERIFY2(build->ok(), qPrintable(build->error().logText()));
    QCOMPARE(build->value()->orderId, m_build2);
    const auto po = cs::test::await(search.findPo(QStringLiteral("PO-T") + m_tag));
    QVERIFY(po.has_value() && po->ok() && po->value().has_value());
    QCOMPARE(po->value()->firstBuild().orderId, m_build2);
    const auto none = cs::test::await(search.findBuild(QStringLiteral("nothing-") + m_tag));
    QVERIFY(none.has_value() && none->ok());
    QVERIFY(!none->value().has_value());
}

QTEST_GUILESS_MAIN(TestOrderSearch)
#include "tst_ordersearch.moc"
