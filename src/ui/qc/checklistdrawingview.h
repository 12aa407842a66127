#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QWidget>

class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;
class QScrollArea;
class QStackedWidget;
class QToolButton;

namespace cs::data {
class Session;
}

namespace cs::ui {

// The order's drawing beside a Pre-QC checklist: the bytes are read through the documents repository on
// the session's worker, then shown zoomable: a PDF in a QPdfView (pages rendered by Qt PDF's renderer
// thread), an image scaled in a scroll area. "Loading…" meanwhile; a document that cannot be read or
// shown says so in words.
class ChecklistDrawingView final : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistDrawingView(data::Session* session, QWidget* parent = nullptr);
    ~ChecklistDrawingView() override;

    // Reads and shows the document (again only when it is another one).
    void showDocument(const QString& documentId);
    // Shows bytes already at hand (a PDF or an image).
    void showContent(const QByteArray& content);
    QString documentId() const { return m_documentId; }
    bool isLoaded() const { return m_loaded; }
    bool isPdf() const { return m_pdf; }
    QString messageText() const;

signals:
    void loaded(bool ok);

private:
    void zoom(double factor);
    void fit();
    void showMessage(const QString& text);
    void applyImageZoom();

    data::Session* m_session;
    QString m_documentId;
    QStackedWidget* m_stack;
    QLabel* m_message;
    QPdfView* m_pdfView;
    QPdfDocument* m_pdfDocument;
    QBuffer* m_buffer;
    QScrollArea* m_imageArea;
    QLabel* m_imageLabel;
    QImage m_image;
    double m_imageZoom = 1.0;
    bool m_loaded = false;
    bool m_pdf = false;
};

} // namespace cs::ui
