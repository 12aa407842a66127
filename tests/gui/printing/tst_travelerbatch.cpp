// Travelers of several builds from a selection on the order board, against a real PostgreSQL: two
// builds selected (extended selection), "Export travelers PDF…" through the board's action (the file
// name from the save-dialog hook), one PDF whose pages carry the first build's QR payload and then the
// second's (pdftoppm + zbarimg), a print recorded per build (first print, then reprint), the actions
// disabled without a selection and absent for the service department, and a screenshot of the board
// with its context menu actions.
#include "pdfcheck.h"
#include "testdatabase.h"
#include "testpaths.h"

#include "data/common/session.h"
#include "data/printing/travelerrepository.h"
#include "ui/orders/orderboardmodel.h"
#include "ui/orders/orderboardwidget.h"
#include "ui/printing/travelerprinting.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using cs::test::ScratchDatabase;
using namespace cs::ui;

class TestTravelerBatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void exportSelectionAsOneJob();
    void serviceDepartmentCannotPrint();

private:
    std::unique_ptr<cs::data::Session> login(const QString& role);
    QString submit(const QString& po, const QString& build);
    static bool waitLoaded(OrderBoardModel* m);

    QTemporaryDir m_home;
    std::unique_ptr<ScratchDatabase> m_db;
    QHash<QString, ScratchDatabase::Person> m_people;
    QString m_tag;
    QStringList m_builds;
    QStringList m_orders;
};

std::unique_ptr<cs::data::Session> TestTravelerBatch::login(const QString& role)
{
    auto s = std::make_unique<cs::data::Session>();
    const auto r = s->start(m_people.value(role).settings, QStringLiteral("test"));
    if (!r.ok())
        qWarning("login failed: %s", qPrintable(r.detail));
    return s;
}

QString TestTravelerBatch::submit(const QString& po, const QString& build)
{
    const QJsonObject order = ScratchDatabase::orderJson(po, build);
    QString error;
    QSqlDatabase coord = m_db->connect(m_people.value(QStringLiteral("ProductionCoordinator")).settings);
    if (!ScratchDatabase::exec(coord, QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))"),
                               {QString::fromUtf8(QJsonDocument(order).toJson(QJsonDocument::Compact))}, &error))
        qWarning("%s", qPrintable(error));
    QVariant id;
    ScratchDatabase::exec(coord, QStringLiteral("SELECT order_id::text FROM cs.orders WHERE build_number = ?"), {build},
                          &error, &id);
    return id.toString();
}

bool TestTravelerBatch::waitLoaded(OrderBoardModel* m)
{
    return QTest::qWaitFor([m] { return !m->isBusy() && m->pagesLoaded() > 0; }, 20000);
}

void TestTravelerBatch::initTestCase()
{
    QString why;
    if (!ScratchDatabase::clusterAvailable(&why))
        QSKIP(qPrintable(why));
    const QString missing = cs::test::missingPrintTools();
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_home.path().toLocal8Bit());
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    for (const char* role : {"ProductionCoordinator", "Admin", "ServiceDepartment"}) {
        QString error;
        const auto p = m_db->createPerson(QString::fromLatin1(role), {}, &error);
        QVERIFY2(!p.username.isEmpty(), qPrintable(error));
        m_people.insert(QString::fromLatin1(role), p);
    }
    QString error;
    QVERIFY2(ScratchDatabase::seedWorkflowFixtures(m_db->connect(m_people.value(QStringLiteral("Admin")).settings), &error),
             qPrintable(error));
    m_tag = ScratchDatabase::randomSuffix(5).toUpper();
    for (const char* n : {"1", "2", "3"}) {
        const QString build = QStringLiteral("TB%1-%2").arg(m_tag, QString::fromLatin1(n));
        const QString id = submit(QStringLiteral("PO-TB%1-%2").arg(m_tag, QString::fromLatin1(n)), build);
        QVERIFY2(!id.isEmpty(), qPrintable(build));
        m_builds.append(build);
        m_orders.append(id);
    }
}

void TestTravelerBatch::cleanupTestCase()
{
    TravelerPrinting::setSaveFileNameHook({});
    m_db.reset();
}

void TestTravelerBatch::exportSelectionAsOneJob()
{
    auto session = login(QStringLiteral("ProductionCoordinator"));
    OrderBoardWidget board(session.get());
    board.resize(1200, 520);
    board.show();
    OrderBoardModel* model = board.model();
    model->setSearchDelay(0);
    QVERIFY(waitLoaded(model));
    // Sort by build, ascending: TB<tag>-1, -2, -3 in that order.
    model->sort(int(cs::data::BoardColumn::BuildNumber), Qt::AscendingOrder);
    model->setSearch(QStringLiteral("TB") + m_tag);
    QVERIFY(QTest::qWaitFor([&] { return !model->isBusy() && model->rowCount() == 3; }, 20000));

    QAction* exportAction = board.exportTravelersAction();
    QAction* printAction = board.printTravelersAction();
    QVERIFY(exportAction && printAction);
    QVERIFY(exportAction->isVisible() && printAction->isVisible());
    QVERIFY(!exportAction->isEnabled());   // nothing selected
    QVERIFY(!printAction->isEnabled());
    QVERIFY(board.view()->actions().contains(exportAction));   // context menu
    QCOMPARE(board.view()->contextMenuPolicy(), Qt::ActionsContextMenu);

    // Extended selection: the first and the third build (ctrl-click).
    QTableView* view = board.view();
    QCOMPARE(view->selectionMode(), QAbstractItemView::ExtendedSelection);
    auto rowOf = [&](const QString& build) {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, int(cs::data::BoardColumn::BuildNumber)).data(OrderBoardModel::RawRole).toString() == build)
                return r;
        return -1;
    };
    const int r1 = rowOf(m_builds[0]);
    const int r3 = rowOf(m_builds[2]);
    QVERIFY(r1 >= 0 && r3 >= 0);
    view->selectionModel()->select(model->index(r3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(model->index(r1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(board.selectedBuilds(), (QStringList{m_builds[0], m_builds[2]}));   // board order
    QVERIFY(exportAction->isEnabled());
    QVERIFY(printAction->isEnabled());

    const QString pdf = m_home.filePath(QStringLiteral("travelers.pdf"));
    QString asked;
    TravelerPrinting::setSaveFileNameHook([&](const QString&, const QString& suggested) {
        asked = suggested;
        return pdf;
    });
    exportAction->trigger();
    QCOMPARE(asked, QStringLiteral("travelers-2-builds.pdf"));
    // Written and recorded on the session's worker: the board says so when it is done.
    QTRY_VERIFY_WITH_TIMEOUT(!board.messageText().isEmpty(), 30000);
    QVERIFY2(QFileInfo(pdf).size() > 1000, qPrintable(board.messageText()));
    QVERIFY2(board.messageText().contains(QDir::toNativeSeparators(pdf)) && !board.messageText().contains(QStringLiteral("reprint")),
             qPrintable(board.messageText()));

    // One job: the pages of build 1, then those of build 3, every page with its build's QR code.
    QList<QStringList> pages;
    QString error;
    QVERIFY2(cs::test::decodePages(pdf, 200, &pages, &error), qPrintable(error));
    QVERIFY(pages.size() >= 2);
    const QString p1 = QStringLiteral("CS:B:") + m_builds[0].toUpper();
    const QString p3 = QStringLiteral("CS:B:") + m_builds[2].toUpper();
    int firstOf3 = -1;
    for (int i = 0; i < pages.size(); ++i) {
        if (firstOf3 < 0 && pages[i] == QStringList{p3})
            firstOf3 = i;
        const QString expected = firstOf3 < 0 ? p1 : p3;
        QVERIFY2(pages[i] == QStringList{expected},
                 qPrintable(QStringLiteral("page %1: %2").arg(i + 1).arg(pages[i].join(u','))));
    }
    QVERIFY2(firstOf3 > 0, "the second build's traveler is missing or first");
    QString text;
    QVERIFY2(cs::test::pdfText(pdf, &text, &error), qPrintable(error));
    QVERIFY(!text.contains(QStringLiteral("REPRINT")));

    // A print recorded per build, none for the build not selected.
    cs::data::TravelerRepository repository(m_db->superuser());
    cs::data::DbError perr;
    QCOMPARE(repository.prints(m_orders[0], cs::data::PrintKind::Traveler, &perr).size(), 1);
    QCOMPARE(repository.prints(m_orders[2], cs::data::PrintKind::Traveler, &perr).size(), 1);
    QCOMPARE(repository.prints(m_orders[1], cs::data::PrintKind::Traveler, &perr).size(), 0);
    QVERIFY(!perr.isSet());

    // Again: both recorded as reprints and marked so.
    const QString firstMessage = board.messageText();
    // The board reads its list again after a print (the selection goes with the old rows): the same two
    // builds chosen again.
    auto selectBoth = [&] {
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(m_builds[0]) >= 0 && rowOf(m_builds[2]) >= 0, 30000);
        view->selectionModel()->clearSelection();
        view->selectionModel()->select(model->index(rowOf(m_builds[2]), 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->select(model->index(rowOf(m_builds[0]), 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(board.selectedBuilds(), (QStringList{m_builds[0], m_builds[2]}));
    };
    selectBoth();
    QVERIFY(exportAction->isEnabled());
    exportAction->trigger();
    QTRY_VERIFY2_WITH_TIMEOUT(board.messageText() != firstMessage, qPrintable(firstMessage), 30000);
    QVERIFY2(board.messageText().contains(QStringLiteral("Reprints among them: 2.")), qPrintable(board.messageText()));
    const auto again = repository.prints(m_orders[0], cs::data::PrintKind::Traveler, &perr);
    QCOMPARE(again.size(), 2);
    QVERIFY(!again[0].reprint && again[1].reprint);
    QCOMPARE(repository.prints(m_orders[2], cs::data::PrintKind::Traveler, &perr).size(), 2);
    QVERIFY2(cs::test::pdfText(pdf, &text, &error), qPrintable(error));
    QVERIFY(text.contains(QStringLiteral("REPRINT")));

    // Screenshot: the selection, the Travelers menu open.
    selectBoth();
    auto* button = board.findChild<QPushButton*>(QStringLiteral("travelersButton"));
    QVERIFY(button && button->isEnabled() && button->menu());
    const QString dir = cs::test::binaryPath(u"screenshots");
    QDir().mkpath(dir);
    QVERIFY(board.grab().save(QDir(dir).filePath(QStringLiteral("board-travelers.png"))));
    QMenu* menu = button->menu();
    menu->popup(button->mapToGlobal(QPoint(0, button->height())));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    QVERIFY(menu->grab().save(QDir(dir).filePath(QStringLiteral("board-travelers-menu.png"))));
    menu->close();

    // Cleared selection: disabled again.
    view->clearSelection();
    QVERIFY(!exportAction->isEnabled());
    TravelerPrinting::setSaveFileNameHook({});
}

void TestTravelerBatch::serviceDepartmentCannotPrint()
{
    auto session = login(QStringLiteral("ServiceDepartment"));
    OrderBoardWidget board(session.get());
    QVERIFY(waitLoaded(board.model()));
    QVERIFY(!board.exportTravelersAction()->isVisible());
    QVERIFY(!board.printTravelersAction()->isVisible());
    auto* button = board.findChild<QPushButton*>(QStringLiteral("travelersButton"));
    QVERIFY(button && !button->isVisibleTo(&board));
    if (board.model()->rowCount() > 0) {
        board.view()->selectRow(0);
        QVERIFY(!board.exportTravelersAction()->isEnabled());
    }
}

QTEST_MAIN(TestTravelerBatch)
#include "tst_travelerbatch.moc"
