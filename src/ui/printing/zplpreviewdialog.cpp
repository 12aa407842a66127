#include "ui/printing/zplpreviewdialog.h"

#include "domain/printing/zplwriter.h"
#include "print/labelrenderer.h"
#include "print/zplprinter.h"
#include "ui/printing/travelerprinting.h"
#include "ui_zplpreviewdialog.h"

#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QPainter>
#include <QPushButton>

namespace cs::ui {

namespace {

// Zebra stock (sheets are for office printers).
const QList<domain::LabelSize> kSizes{domain::LabelSize::Label4x6, domain::LabelSize::Label4x2,
                                      domain::LabelSize::Label2x1};
const QList<int> kDpis{203, 300, 600};

} // namespace

ZplPreviewDialog::ZplPreviewDialog(const domain::LabelContent& label, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ZplPreviewDialog>())
    , m_label(label)
    , m_printer(new print::ZplPrinter(this))
{
    m_ui->setupUi(this);
    for (const domain::LabelSize size : kSizes)
        m_ui->sizeComboBox->addItem(QString(), int(size));
    for (const int dpi : kDpis)
        m_ui->dpiComboBox->addItem(QString(), dpi);
    m_ui->sizeComboBox->setCurrentIndex(int(kSizes.indexOf(domain::LabelSize::Label2x1)));
    m_ui->copiesSpinBox->setValue(qMax(1, label.copies));
    m_ui->zplTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->messageLabel->hide();
    retranslate();

    connect(m_ui->sizeComboBox, &QComboBox::currentIndexChanged, this, &ZplPreviewDialog::refresh);
    connect(m_ui->dpiComboBox, &QComboBox::currentIndexChanged, this, &ZplPreviewDialog::refresh);
    connect(m_ui->copiesSpinBox, &QSpinBox::valueChanged, this, &ZplPreviewDialog::refresh);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        const QString path = TravelerPrinting::saveFileName(
            this, tr("Save ZPL"), QStringLiteral("%1-label.zpl").arg(m_label.primary), tr("ZPL files (*.zpl)"));
        if (!path.isEmpty())
            saveZpl(path);
    });
    connect(m_ui->sendButton, &QPushButton::clicked, this,
            [this] { sendToPrinter(m_ui->printerLineEdit->text()); });
    connect(m_ui->printerLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_ui->sendButton->setEnabled(!text.trimmed().isEmpty() && !m_printer->isBusy());
    });
    m_ui->sendButton->setEnabled(false);
    connect(m_printer, &print::ZplPrinter::finished, this, [this](bool ok, const QString& message) {
        m_ui->sendButton->setEnabled(!m_ui->printerLineEdit->text().trimmed().isEmpty());
        showMessage(ok ? tr("Sent to the printer.") : tr("Not sent: %1").arg(message), !ok);
    });
    refresh();
}

ZplPreviewDialog::~ZplPreviewDialog() = default;

domain::LabelSize ZplPreviewDialog::labelSize() const
{
    return domain::LabelSize(m_ui->sizeComboBox->currentData().toInt());
}

void ZplPreviewDialog::setLabelSize(domain::LabelSize size)
{
    const int i = m_ui->sizeComboBox->findData(int(size));
    if (i >= 0)
        m_ui->sizeComboBox->setCurrentIndex(i);
}

int ZplPreviewDialog::copies() const
{
    return m_ui->copiesSpinBox->value();
}

void ZplPreviewDialog::setCopies(int copies)
{
    m_ui->copiesSpinBox->setValue(copies);
}

int ZplPreviewDialog::dpi() const
{
    return m_ui->dpiComboBox->currentData().toInt();
}

void ZplPreviewDialog::setDpi(int dpi)
{
    const int i = m_ui->dpiComboBox->findData(dpi);
    if (i >= 0)
        m_ui->dpiComboBox->setCurrentIndex(i);
}

QString ZplPreviewDialog::zplText() const
{
    return QString::fromUtf8(m_zpl);
}

QString ZplPreviewDialog::messageText() const
{
    return m_ui->messageLabel->isVisibleTo(this) ? m_ui->messageLabel->text() : QString();
}

QImage ZplPreviewDialog::renderLabel(const domain::LabelContent& label, domain::LabelSize size, int dpi)
{
    const QSizeF cellPt = domain::LabelStock::of(size).cell;
    const QSize dots(qRound(cellPt.width() / 72.0 * dpi), qRound(cellPt.height() / 72.0 * dpi));
    QImage image(dots, QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, false);
        print::LabelRenderer::paintLabel(&painter, QRectF(QPointF(0, 0), QSizeF(dots)), dpi / 72.0, label);
    }
    // A thermal head prints a dot or not.
    return image.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither).convertToFormat(QImage::Format_RGB32);
}

void ZplPreviewDialog::refresh()
{
    domain::LabelContent label = m_label;
    label.copies = copies();
    const domain::ZplWriter writer(dpi());
    m_zpl = writer.label(label, labelSize());
    m_ui->zplTextEdit->setPlainText(QString::fromUtf8(m_zpl));
    m_image = renderLabel(label, labelSize(), dpi());
    showPreview();
    // Plurals: one message for one and one for the others (English has no translation file to
    // pluralise); each keeps %n for the forms of other languages.
    const int n = copies();
    m_ui->infoLabel->setText((n == 1 ? tr("%1 × %2 dots at %3 dpi · %n copy · %4 bytes of ZPL", nullptr, n)
                                     : tr("%1 × %2 dots at %3 dpi · %n copies · %4 bytes of ZPL", nullptr, n))
                                 .arg(m_image.width())
                                 .arg(m_image.height())
                                 .arg(dpi())
                                 .arg(m_zpl.size()));
}

void ZplPreviewDialog::showPreview()
{
    if (m_image.isNull())
        return;
    // Fit the label into the preview area, never enlarged beyond a screen-sized 4 in.
    const QSize area = m_ui->previewLabel->minimumSize() - QSize(16, 16);
    const QImage shown = m_image.scaled(area, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_ui->previewLabel->setPixmap(QPixmap::fromImage(shown));
}

bool ZplPreviewDialog::saveZpl(const QString& fileName)
{
    QString why;
    if (!print::ZplPrinter::saveToFile(fileName, m_zpl, &why)) {
        showMessage(tr("The ZPL was not saved: %1").arg(why), true);
        return false;
    }
    showMessage(tr("ZPL saved to %1.").arg(QDir::toNativeSeparators(fileName)), false);
    return true;
}

void ZplPreviewDialog::sendToPrinter(const QString& address)
{
    QString host = address.trimmed();
    quint16 port = print::ZplPrinter::kDefaultPort;
    const qsizetype colon = host.lastIndexOf(u':');
    if (colon > 0 && !host.contains(u']') && host.count(u':') == 1) {
        bool ok = false;
        const uint p = host.mid(colon + 1).toUInt(&ok);
        if (!ok || p == 0 || p > 65535) {
            showMessage(tr("%1 is not a port number.").arg(host.mid(colon + 1)), true);
            return;
        }
        port = quint16(p);
        host = host.left(colon);
    }
    if (host.isEmpty()) {
        showMessage(tr("Enter the printer's host name or address."), true);
        return;
    }
    m_ui->sendButton->setEnabled(false);
    showMessage(tr("Sending to %1:%2…").arg(host).arg(port), false);
    m_printer->send(host, port, m_zpl);
}

void ZplPreviewDialog::showMessage(const QString& text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void ZplPreviewDialog::retranslate()
{
    for (int i = 0; i < m_ui->sizeComboBox->count(); ++i) {
        switch (domain::LabelSize(m_ui->sizeComboBox->itemData(i).toInt())) {
        case domain::LabelSize::Label4x6: m_ui->sizeComboBox->setItemText(i, tr("4 × 6 in")); break;
        case domain::LabelSize::Label4x2: m_ui->sizeComboBox->setItemText(i, tr("4 × 2 in")); break;
        case domain::LabelSize::Label2x1: m_ui->sizeComboBox->setItemText(i, tr("2 × 1 in")); break;
        default: break;
        }
    }
    for (int i = 0; i < m_ui->dpiComboBox->count(); ++i)
        m_ui->dpiComboBox->setItemText(i, tr("%1 dpi").arg(m_ui->dpiComboBox->itemData(i).toInt()));
    setWindowTitle(tr("ZPL preview: %1").arg(m_label.primary));
}

void ZplPreviewDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        refresh();
    }
    QDialog::changeEvent(event);
}

} // namespace cs::ui
