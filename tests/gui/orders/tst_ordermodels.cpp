// The order page's item models without a server, each under QAbstractItemModelTester while its data is
// replaced (empty, filled, refilled, emptied): the BOM tree (three levels, two top lines, a line whose
// parent is missing shown at the top), the procurement list and the documents (sizes and kinds in
// words), with their filter proxies where the page uses them.
#include "data/orders/bomdata.h"
#include "data/orders/documentinfo.h"
#include "ui/orders/bomflatmodel.h"
#include "ui/orders/bomtreemodel.h"
#include "ui/orders/documentsmodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace cs::ui;
using cs::data::BomFlatRow;
using cs::data::BomLineRow;
using cs::data::DocumentInfo;

namespace {

BomLineRow line(int no, int parent, const QString& id, int qty, int ext, int depth, const QString& rule = {})
{
    BomLineRow r;
    r.lineNo = no;
    r.parentLineNo = parent;
    r.itemId = id;
    r.name = QStringLiteral("Name of %1").arg(id);
    r.quantity = qty;
    r.extendedQuantity = ext;
    r.depth = depth;
    r.rule = rule;
    return r;
}

QList<BomLineRow> sampleTree()
{
    return {line(1, -1, QStringLiteral("ASSY-BODY"), 1, 1, 0, QStringLiteral("R-BODY")),
            line(2, 1, QStringLiteral("ASSY-FRAME"), 2, 2, 1),
            line(3, 2, QStringLiteral("P-BOLT"), 4, 8, 2),
            line(4, 2, QStringLiteral("P-NUT"), 4, 8, 2),
            line(5, 1, QStringLiteral("P-PANEL"), 1, 1, 1),
            line(6, -1, QStringLiteral("KIT-LEGS"), 4, 4, 0, QStringLiteral("R-LEGS"))};
}

} // namespace

class TestOrderModels : public QObject
{
    Q_OBJECT

private slots:
    void bomTree();
    void bomTreeFilter();
    void bomFlat();
    void documents();
};

void TestOrderModels::bomTree()
{
    BomTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setLines(sampleTree());
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex body = model.index(0, BomTreeModel::IdColumn);
    QCOMPARE(body.data().toString(), QStringLiteral("ASSY-BODY"));
    // The rule in words, its code as the tooltip.
    QCOMPARE(model.index(0, BomTreeModel::RuleColumn).data(BomTreeModel::RuleRole).toString(), QStringLiteral("R-BODY"));
    QCOMPARE(model.index(0, BomTreeModel::RuleColumn).data().toString(), QStringLiteral("Sink body for the length"));
    QVERIFY(model.index(0, BomTreeModel::RuleColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("R-BODY")));
    QCOMPARE(model.rowCount(body), 2);
    const QModelIndex frame = model.index(0, 0, body);
    QCOMPARE(frame.data().toString(), QStringLiteral("ASSY-FRAME"));
    QCOMPARE(model.parent(frame), body);
    QCOMPARE(model.rowCount(frame), 2);
    QCOMPARE(model.index(1, BomTreeModel::ExtendedColumn, frame).data().toInt(), 8);
    QCOMPARE(model.parent(model.index(1, 0, frame)), frame);
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("KIT-LEGS"));
    QCOMPARE(model.rowCount(model.index(1, 0)), 0);
    QVERIFY(!model.index(2, 0).isValid());
    // A line that recorded the configuration's answer says it in words, the rule staying in the tooltip.
    QList<BomLineRow> answered = sampleTree();
    answered[0].rule = QStringLiteral("R-LEGS");
    answered[0].answer = QStringLiteral("legs HEIGHT_ADJUSTABLE DL27");
    model.setLines(answered);
    const QString legs = model.index(0, BomTreeModel::RuleColumn).data().toString();
    QVERIFY2(legs.contains(QStringLiteral("DL27")) && !legs.contains(QStringLiteral("HEIGHT_ADJUSTABLE")), qPrintable(legs));
    QVERIFY(model.index(0, BomTreeModel::RuleColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("R-LEGS")));
    // A line whose parent is not in the BOM is shown at the top rather than lost.
    QList<BomLineRow> orphan = sampleTree();
    orphan.append(line(7, 99, QStringLiteral("P-ORPHAN"), 1, 1, 1));
    model.setLines(orphan);
    QCOMPARE(model.rowCount(), 3);
    model.setLines({});
    QCOMPARE(model.rowCount(), 0);
}

void TestOrderModels::bomTreeFilter()
{
    BomTreeModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setAutoAcceptChildRows(true);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterRole(BomTreeModel::FilterRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLines(sampleTree());
    proxy.setFilterFixedString(QStringLiteral("p-nut"));
    QCOMPARE(proxy.rowCount(), 1);   // the body, because of its grandchild
    const QModelIndex body = proxy.index(0, 0);
    QCOMPARE(body.data().toString(), QStringLiteral("ASSY-BODY"));
    QCOMPARE(proxy.rowCount(body), 1);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0, body)), 1);
    // By the rule's code and by the reason in words.
    proxy.setFilterFixedString(QStringLiteral("r-legs"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("KIT-LEGS"));
    proxy.setFilterFixedString(QStringLiteral("sink body"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("ASSY-BODY"));
    proxy.setFilterFixedString(QString());
    QCOMPARE(proxy.rowCount(), 2);
    model.setLines(sampleTree().mid(0, 1));
    QCOMPARE(proxy.rowCount(), 1);
}

void TestOrderModels::bomFlat()
{
    BomFlatModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setRows({BomFlatRow{QStringLiteral("P-BOLT"), QStringLiteral("Bolt"), 16},
                   BomFlatRow{QStringLiteral("P-NUT"), QStringLiteral("Nut"), 16},
                   BomFlatRow{QStringLiteral("P-PANEL"), QStringLiteral("Panel"), 1}});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(BomFlatModel::ColumnCount));
    QCOMPARE(model.index(0, BomFlatModel::IdColumn).data().toString(), QStringLiteral("P-BOLT"));
    QCOMPARE(model.index(2, BomFlatModel::QuantityColumn).data().toLongLong(), 1);
    QVERIFY(!model.headerData(BomFlatModel::NameColumn, Qt::Horizontal).toString().isEmpty());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(BomFlatModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, BomFlatModel::IdColumn).data().toString(), QStringLiteral("P-PANEL"));
    model.setRows({});
    QCOMPARE(proxy.rowCount(), 0);
}

void TestOrderModels::documents()
{
    DocumentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const QDateTime when(QDate(2026, 3, 4), QTime(10, 30));
    model.setDocuments({DocumentInfo{QStringLiteral("d1"), QStringLiteral("po.pdf"), QStringLiteral("application/pdf"),
                                     QStringLiteral("PO"), 120000, QStringLiteral("ab"), QStringLiteral("Ann Coordinator"),
                                     when},
                        DocumentInfo{QStringLiteral("d2"), QStringLiteral("sink.dwg"), QStringLiteral("image/vnd.dwg"),
                                     QStringLiteral("DRAWING"), 3 * 1024 * 1024, QStringLiteral("cd"),
                                     QStringLiteral("Bo Buyer"), when.addDays(1)}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, DocumentsModel::NameColumn).data().toString(), QStringLiteral("po.pdf"));
    QCOMPARE(model.index(0, DocumentsModel::TypeColumn).data().toString(), DocumentsModel::documentTypeText(QStringLiteral("PO")));
    QCOMPARE(model.index(1, DocumentsModel::TypeColumn).data().toString(),
             DocumentsModel::documentTypeText(QStringLiteral("Drawing")));
    QCOMPARE(model.index(1, DocumentsModel::UploaderColumn).data().toString(), QStringLiteral("Bo Buyer"));
    QCOMPARE(model.index(1, 0).data(DocumentsModel::DocumentIdRole).toString(), QStringLiteral("d2"));
    QVERIFY(!model.index(1, DocumentsModel::SizeColumn).data().toString().isEmpty());
    model.setDocuments(model.documents().mid(1));
    QCOMPARE(model.rowCount(), 1);
    model.setDocuments({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestOrderModels)
#include "tst_ordermodels.moc"
