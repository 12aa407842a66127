#pragma once

#include "domain/printing/labelcontent.h"

#include <QDialog>
#include <QImage>

#include <memory>

namespace Ui {
class ZplPreviewDialog;
}

namespace cs::print {
class ZplPrinter;
}

namespace cs::ui {

// The ZPL of a label as a Zebra will print it (issue 6): the same layout (domain::layoutLabel)
// drawn by cs_print's label renderer at the printer's dpi in black and white, beside the ZPL text
// (domain::ZplWriter). Size, copies and dpi can be chosen; the ZPL is saved to a file or sent to the
// printer's raw port (host:9100, print::ZplPrinter).
class ZplPreviewDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ZplPreviewDialog(const domain::LabelContent& label, QWidget* parent = nullptr);
    ~ZplPreviewDialog() override;

    domain::LabelSize labelSize() const;
    void setLabelSize(domain::LabelSize size);
    int copies() const;
    void setCopies(int copies);
    int dpi() const;
    void setDpi(int dpi);

    QString zplText() const;
    // The label as the printer draws it: the label's size in dots at dpi(), black on white.
    const QImage& previewImage() const { return m_image; }
    QString messageText() const;

    bool saveZpl(const QString& fileName);
    // Sends to "host" or "host:port" (port 9100 when left out); the result appears in messageText().
    void sendToPrinter(const QString& address);

    // The label drawn at dpi dots per inch, thresholded to black and white as a thermal printer does.
    static QImage renderLabel(const domain::LabelContent& label, domain::LabelSize size, int dpi);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void showPreview();
    void showMessage(const QString& text, bool error);
    void retranslate();

    const std::unique_ptr<Ui::ZplPreviewDialog> m_ui;
    domain::LabelContent m_label;
    QImage m_image;
    QByteArray m_zpl;
    print::ZplPrinter* m_printer;
};

} // namespace cs::ui
