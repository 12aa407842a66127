// The on-screen ZPL preview against a real PostgreSQL: reached from the order page's "ZPL preview…"
// button with the build label of the build; the ZPL's ^FD payload is the build's scan payload and
// its ^PQ the chosen copies; the preview is the label at the printer's dpi (dots), not blank, with
// the QR code drawn where the shared layout puts it (dark pixels there, decoded by zbarimg); "Save
// ZPL…" through the save-dialog hook; "Send to printer…" to a local TCP server standing in for a
// Zebra on port 9100; and screenshots of the dialog.
#include "eventloopwatch.h"
#include "pdfcheck.h"
#include "testdatabase.h"
#include "testpaths.h"

#include "data/common/session.h"
#include "data/printing/travelerrepository.h"
#include "domain/printing/labelcontent.h"
#include "ui/orders/orderpage.h"
#include "ui/printing/travelerprinting.h"
#include "ui/printing/zplpreviewdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using cs::test::ScratchDatabase;
using namespace cs::ui;

class TestZplPreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fromOrderPage();
    void payloadCopiesAndImage_data();
    void payloadCopiesAndImage();
    void saveAndSend();

private:
    cs::domain::LabelContent buildLabel();

    QTemporaryDir m_home;
    std::unique_ptr<ScratchDatabase> m_db;
    ScratchDatabase::Person m_coord;
    QString m_build;
    QString m_orderId;
};

void TestZplPreview::initTestCase()
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
    QString error;
    const auto admin = m_db->createPerson(QStringLiteral("Admin"), {}, &error);
    QVERIFY2(!admin.username.isEmpty(), qPrintable(error));
    m_coord = m_db->createPerson(QStringLiteral("ProductionCoordinator"), {}, &error);
    QVERIFY2(!m_coord.username.isEmpty(), qPrintable(error));
    QVERIFY2(ScratchDatabase::seedWorkflowFixtures(m_db->connect(admin.settings), &error), qPrintable(error));
    const QString tag = ScratchDatabase::randomSuffix(5).toUpper();
    m_build = QStringLiteral("ZP%1-7").arg(tag);
    const QJsonObject order = ScratchDatabase::orderJson(QStringLiteral("PO-ZP%1").arg(tag), m_build);
    QSqlDatabase coord = m_db->connect(m_coord.settings);
    QVERIFY2(ScratchDatabase::exec(coord, QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))"),
                                   {QString::fromUtf8(QJsonDocument(order).toJson(QJsonDocument::Compact))}, &error),
             qPrintable(error));
    QVariant id;
    QVERIFY2(ScratchDatabase::exec(coord, QStringLiteral("SELECT order_id::text FROM cs.orders WHERE build_number = ?"),
                                   {m_build}, &error, &id),
             qPrintable(error));
    m_orderId = id.toString();
    QVERIFY(!m_orderId.isEmpty());
}

void TestZplPreview::cleanupTestCase()
{
    TravelerPrinting::setSaveFileNameHook({});
    m_db.reset();
}

cs::domain::LabelContent TestZplPreview::buildLabel()
{
    cs::data::TravelerRepository repository(m_db->connect(m_coord.settings));
    cs::data::TravelerData data;
    cs::data::DbError error;
    if (!repository.load(m_build, &data, &error))
        qWarning("%s", qPrintable(error.message));
    return data.buildLabel(2, QDate(2026, 11, 24));
}

static QString screenshotDir()
{
    const QString dir = cs::test::binaryPath(u"screenshots");
    QDir().mkpath(dir);
    return dir;
}

void TestZplPreview::fromOrderPage()
{
    cs::data::Session session;
    const auto r = session.start(m_coord.settings, QStringLiteral("test"));
    QVERIFY2(r.ok(), qPrintable(r.detail));
    OrderPage page(&session, m_orderId);
    QTRY_VERIFY(page.isLoaded());   // the page reads the order off the GUI thread
    auto* button = page.findChild<QPushButton*>(QStringLiteral("zplPreviewButton"));
    QVERIFY(button);
    QString zpl;
    QString title;
    bool seen = false;
    // The build is read on the session's worker, then the dialog opens (window-modal).
    cs::test::ModalAnswer<ZplPreviewDialog> answer([&](ZplPreviewDialog* dialog) {
        seen = true;
        zpl = dialog->zplText();
        title = dialog->windowTitle();
        dialog->reject();
        return cs::test::Step::done();
    });
    button->click();
    QVERIFY2(answer.wait(30000), qPrintable(answer.failure()));
    QVERIFY(seen);
    QVERIFY2(zpl.contains(QStringLiteral("^FDMA,CS:B:") + m_build.toUpper()), qPrintable(zpl));
    QVERIFY2(zpl.contains(QStringLiteral("^PQ2")), qPrintable(zpl));   // two build labels (skirt and back)
    QVERIFY(title.contains(m_build));
    session.end();
}

void TestZplPreview::payloadCopiesAndImage_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<int>("copies");
    QTest::newRow("2x1 203 dpi x3") << int(cs::domain::LabelSize::Label2x1) << 203 << 3;
    QTest::newRow("4x2 300 dpi x1") << int(cs::domain::LabelSize::Label4x2) << 300 << 1;
    QTest::newRow("4x6 203 dpi x12") << int(cs::domain::LabelSize::Label4x6) << 203 << 12;
}

void TestZplPreview::payloadCopiesAndImage()
{
    QFETCH(int, size);
    QFETCH(int, dpi);
    QFETCH(int, copies);
    const auto labelSize = cs::domain::LabelSize(size);
    const cs::domain::LabelContent label = buildLabel();
    QCOMPARE(label.qrText(), QStringLiteral("CS:B:") + m_build.toUpper());
    ZplPreviewDialog dialog(label);
    dialog.setLabelSize(labelSize);
    dialog.setDpi(dpi);
    // Copies through the spin box, as a user sets them.
    auto* spin = dialog.findChild<QSpinBox*>(QStringLiteral("copiesSpinBox"));
    QVERIFY(spin);
    spin->setValue(copies);
    QCOMPARE(dialog.copies(), copies);
    QCOMPARE(dialog.dpi(), dpi);
    QVERIFY(dialog.labelSize() == labelSize);

    // The ZPL beside the picture is the dialog's ZPL, read-only.
    auto* edit = dialog.findChild<QPlainTextEdit*>(QStringLiteral("zplTextEdit"));
    QVERIFY(edit && edit->isReadOnly());
    const QString zpl = dialog.zplText();
    QCOMPARE(edit->toPlainText(), zpl);
    QVERIFY(zpl.startsWith(QStringLiteral("^XA")) && zpl.trimmed().endsWith(QStringLiteral("^XZ")));
    const QRegularExpressionMatch fd = QRegularExpression(QStringLiteral("\\^BQN,2,\\d+(?:\\^FH_)?\\^FDMA,([^\\^]*)\\^FS")).match(zpl);
    QVERIFY2(fd.hasMatch(), qPrintable(zpl));
    QCOMPARE(fd.captured(1), label.qrText());
    const QRegularExpressionMatch pq = QRegularExpression(QStringLiteral("\\^PQ(\\d+)")).match(zpl);
    QVERIFY2(pq.hasMatch(), qPrintable(zpl));
    QCOMPARE(pq.captured(1).toInt(), copies);

    // The picture: the label in dots at the printer's dpi.
    const QImage image = dialog.previewImage();
    const QSizeF cellPt = cs::domain::LabelStock::of(labelSize).cell;
    QCOMPARE(image.width(), qRound(cellPt.width() / 72.0 * dpi));
    QCOMPARE(image.height(), qRound(cellPt.height() / 72.0 * dpi));
    QVERIFY(zpl.contains(QStringLiteral("^PW%1").arg(image.width())));
    // Dark pixels in the QR area of the shared layout, and only black and white.
    QRectF qrPt;
    for (const auto& e : cs::domain::layoutLabel(label, cellPt))
        if (e.type == cs::domain::LabelElement::Type::Qr)
            qrPt = e.rect;
    QVERIFY(!qrPt.isEmpty());
    const double k = dpi / 72.0;
    const QRect qr = QRectF(qrPt.x() * k, qrPt.y() * k, qrPt.width() * k, qrPt.height() * k).toAlignedRect() & image.rect();
    int dark = 0;
    int other = 0;
    for (int y = qr.top(); y <= qr.bottom(); ++y)
        for (int x = qr.left(); x <= qr.right(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (qGray(p) < 128)
                ++dark;
            if (p != qRgb(0, 0, 0) && p != qRgb(255, 255, 255))
                ++other;
        }
    // Neither blank nor solid. (The share depends on the payload, and the quiet zone is inside the
    // rectangle: about 0.2 to 0.45 for these codes, so the bounds are wide; zbarimg below decides.)
    const double share = double(dark) / (qr.width() * qr.height());
    QVERIFY2(share > 0.1 && share < 0.9, qPrintable(QString::number(share)));
    QCOMPARE(other, 0);
    // And the code scans back from the printer's dots.
    const QString png = m_home.filePath(QStringLiteral("zpl-preview.png"));
    QVERIFY(image.save(png));
    QByteArray out;
    QString error;
    QVERIFY2(cs::test::run(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png}, &out, &error),
             qPrintable(error));
    QCOMPARE(QString::fromUtf8(out.trimmed()), label.qrText());

    dialog.resize(1000, 560);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(QDir(screenshotDir()).filePath(
        QStringLiteral("zpl-preview-%1-%2dpi.png").arg(cs::domain::toString(labelSize)).arg(dpi))));
}

void TestZplPreview::saveAndSend()
{
    ZplPreviewDialog dialog(buildLabel());
    dialog.setCopies(4);
    const QString file = m_home.filePath(QStringLiteral("label.zpl"));
    TravelerPrinting::setSaveFileNameHook([&](const QString&, const QString&) { return file; });
    auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
    QVERIFY(save);
    save->click();
    TravelerPrinting::setSaveFileNameHook({});
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(dialog.messageText()));
    QCOMPARE(QString::fromUtf8(f.readAll()), dialog.zplText());

    // A stand-in Zebra: reads until the client closes.
    QTcpServer zebra;
    QVERIFY(zebra.listen(QHostAddress::LocalHost));
    QByteArray received;
    bool closed = false;
    connect(&zebra, &QTcpServer::newConnection, this, [&] {
        QTcpSocket* s = zebra.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [&, s] { received += s->readAll(); });
        connect(s, &QTcpSocket::disconnected, s, [&, s] {
            received += s->readAll();
            closed = true;
            s->deleteLater();
        });
    });
    auto* address = dialog.findChild<QLineEdit*>(QStringLiteral("printerLineEdit"));
    auto* send = dialog.findChild<QPushButton*>(QStringLiteral("sendButton"));
    QVERIFY(address && send);
    QVERIFY(!send->isEnabled());
    address->setText(QStringLiteral("127.0.0.1:%1").arg(zebra.serverPort()));
    QVERIFY(send->isEnabled());
    send->click();
    QVERIFY(QTest::qWaitFor([&] { return closed && dialog.messageText().contains(QStringLiteral("Sent")); }, 10000));
    QCOMPARE(QString::fromUtf8(received), dialog.zplText());
    QVERIFY(dialog.zplText().contains(QStringLiteral("^PQ4")));
}

QTEST_MAIN(TestZplPreview)
#include "tst_zplpreview.moc"
