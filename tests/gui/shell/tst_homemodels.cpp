// The table models of typed rows behind the home screens, the user list and the record view
// (RowTableModel): checked by QAbstractItemModelTester while rows arrive, change and go; values shown and
// sorted; a load that fails; a reload that replaces one still running (the older answer never lands).
#include "data/shell/homerows.h"
#include "ui/common/rowtablemodel.h"

#include <QAbstractItemModelTester>
#include <QPromise>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using cs::data::DbError;
using cs::data::HomeRow;
using cs::data::Result;
using cs::domain::OrderStatus;
using cs::ui::RowTableModel;
using cs::ui::RowTableModelBase;

namespace {

using Model = RowTableModel<HomeRow>;

HomeRow build(const QString& number, OrderStatus status, const QDate& want)
{
    HomeRow r;
    r.orderId = QStringLiteral("id-") + number;
    r.buildNumber = number;
    r.poNumber = QStringLiteral("PO-1");
    r.customer = QStringLiteral("Hospital A");
    r.status = status;
    r.wantDate = want;
    return r;
}

QList<Model::Column> columns()
{
    return {
        {[] { return QStringLiteral("Build"); }, [](const HomeRow& r) { return r.buildNumber; }},
        {[] { return QStringLiteral("Status"); }, [](const HomeRow& r) { return cs::domain::orderStatusName(r.status); },
         [](const HomeRow& r) { return int(r.status); }},
        {[] { return QStringLiteral("Want date"); }, [](const HomeRow& r) { return RowTableModelBase::dateText(r.wantDate); },
         [](const HomeRow& r) { return r.wantDate; }},
    };
}

} // namespace

class TestHomeModels : public QObject
{
    Q_OBJECT

private slots:
    void rowsArriveAndChange()
    {
        Model model(columns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 3);
        QVERIFY(!model.hasLoaded());
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Status"));

        QList<QList<HomeRow>> answers = {
            {build(QStringLiteral("B-2"), OrderStatus::ReadyForShip, QDate(2031, 5, 2)),
             build(QStringLiteral("B-1"), OrderStatus::OrderCreated, QDate(2031, 5, 9))},
            {build(QStringLiteral("B-3"), OrderStatus::PartsSent, QDate(2031, 1, 1))},
            {}};
        int asked = 0;
        model.setFetch([&] { return QtFuture::makeReadyFuture(Result<QList<HomeRow>>(answers.at(asked++))); });
        model.setKey([](const HomeRow& r) { return r.buildNumber; });
        QSignalSpy loaded(&model, &RowTableModelBase::loaded);

        model.refresh();
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(model.hasLoaded() && !model.isLoading());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.key(0), QStringLiteral("B-2"));
        QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("ReadyForShip"));
        QCOMPARE(model.value(0, 1).toInt(), int(OrderStatus::ReadyForShip));
        QCOMPARE(model.value(0, 2).toDate(), QDate(2031, 5, 2));
        QCOMPARE(model.data(model.index(1, 0), RowTableModelBase::KeyRole).toString(), QStringLiteral("B-1"));
        QCOMPARE(model.row(1).orderId, QStringLiteral("id-B-1"));

        // Sorted by the raw values: the workflow's order of statuses, dates as dates.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(RowTableModelBase::RawRole);
        proxy.sort(1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("B-1"));
        proxy.sort(2, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("B-1"));

        model.refresh();
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(proxy.rowCount(), 1);
        model.refresh();
        QTRY_COMPARE(loaded.size(), 3);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.data(model.index(0, 0)).isValid());
    }

    void failedLoadKeepsTheRows()
    {
        Model model(columns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({build(QStringLiteral("B-1"), OrderStatus::Shipped, QDate(2030, 1, 1))});
        QVERIFY(model.hasLoaded());
        model.setFetch([] {
            return QtFuture::makeReadyFuture(
                Result<QList<HomeRow>>(DbError::connection(QStringLiteral("server closed the connection"))));
        });
        QSignalSpy failed(&model, &RowTableModelBase::failed);
        model.refresh();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().value<DbError>().connectionLost());
        QVERIFY(model.error().connectionLost());
        QVERIFY(!model.errorText().isEmpty());
        QCOMPARE(model.rowCount(), 1);   // what was shown stays
        QVERIFY(!model.isLoading());
    }

    void newerLoadReplacesOneStillRunning()
    {
        Model model(columns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<std::shared_ptr<QPromise<Result<QList<HomeRow>>>>> promises;
        model.setFetch([&] {
            auto p = std::make_shared<QPromise<Result<QList<HomeRow>>>>();
            p->start();
            promises << p;
            return p->future();
        });
        QSignalSpy loaded(&model, &RowTableModelBase::loaded);
        model.refresh();
        model.refresh();   // the first is superseded: its future is cancelled
        QCOMPARE(promises.size(), 2);
        QVERIFY(promises.at(0)->isCanceled());
        QVERIFY(!promises.at(1)->isCanceled());
        QVERIFY(model.isLoading());
        promises.at(1)->addResult(QList<HomeRow>{build(QStringLiteral("NEW"), OrderStatus::PartsSent, {})});
        promises.at(1)->finish();
        // The late answer of the first load does not land.
        promises.at(0)->addResult(QList<HomeRow>{build(QStringLiteral("OLD"), OrderStatus::PartsSent, {})});
        promises.at(0)->finish();
        QTRY_COMPARE(loaded.size(), 1);
        QTest::qWait(50);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.key(0), QString());   // no key function: rows open nothing
        QCOMPARE(model.row(0).buildNumber, QStringLiteral("NEW"));
        QVERIFY(!model.isLoading());
    }

    void retranslateTellsTheViews()
    {
        QString title = QStringLiteral("Build");
        Model model({{[&] { return title; }, [](const HomeRow& r) { return r.buildNumber; }}});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({build(QStringLiteral("B-1"), OrderStatus::Shipped, {})});
        QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
        title = QStringLiteral("Construction");
        model.retranslate();
        QCOMPARE(header.size(), 1);
        QCOMPARE(data.size(), 1);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Construction"));
    }
};

QTEST_MAIN(TestHomeModels)
#include "tst_homemodels.moc"
