#include "ui/qc/checklistdrawingview.h"

#include "data/orders/documentrepository.h"
#include "ui/common/futurewatch.h"

#include <QBuffer>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageRenderer>
#include <QPdfView>
#include <QPixmap>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace cs::ui {

ChecklistDrawingView::ChecklistDrawingView(data::Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_pdfView(new QPdfView(this))
    , m_pdfDocument(new QPdfDocument(this))
    , m_buffer(new QBuffer(this))
    , m_imageArea(new QScrollArea(this))
    , m_imageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("checklistDrawingView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* tools = new QHBoxLayout;
    const auto addTool = [this, tools](const QString& name, const QString& text, auto slot) {
        auto* b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setMinimumSize(48, 48);
        connect(b, &QToolButton::clicked, this, slot);
        tools->addWidget(b);
        return b;
    };
    addTool(QStringLiteral("zoomOutButton"), tr("−"), [this] { zoom(1 / 1.25); })->setToolTip(tr("Zoom out"));
    addTool(QStringLiteral("zoomInButton"), tr("+"), [this] { zoom(1.25); })->setToolTip(tr("Zoom in"));
    addTool(QStringLiteral("fitButton"), tr("Fit width"), [this] { fit(); });
    tools->addStretch(1);
    layout->addLayout(tools);
    m_message->setObjectName(QStringLiteral("drawingMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_pdfView->setObjectName(QStringLiteral("drawingPdfView"));
    m_pdfView->setDocument(m_pdfDocument);
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_imageLabel->setObjectName(QStringLiteral("drawingImageLabel"));
    m_imageLabel->setAlignment(Qt::AlignCenter);
    m_imageArea->setWidget(m_imageLabel);
    m_imageArea->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_pdfView);
    m_stack->addWidget(m_imageArea);
    layout->addWidget(m_stack, 1);
    connect(m_pdfDocument, &QPdfDocument::statusChanged, this, [this](QPdfDocument::Status status) {
        if (status == QPdfDocument::Status::Ready) {
            m_loaded = true;
            m_stack->setCurrentWidget(m_pdfView);
            emit loaded(true);
        } else if (status == QPdfDocument::Status::Error) {
            showMessage(tr("The drawing is not a PDF this PC can show."));
            emit loaded(false);
        }
    });
    showMessage(tr("No drawing is attached to the order."));
}

ChecklistDrawingView::~ChecklistDrawingView()
{
    m_pdfView->setDocument(nullptr);
    // QPdfView renders on a thread of its own renderer, which Qt 6.4 stops but never deletes when
    // the view goes (a QThread left behind for every drawing view an inspector or assembler opened).
    // Switching the renderer back to the GUI thread is the one way its API offers to delete it.
    if (auto* renderer = m_pdfView->findChild<QPdfPageRenderer*>();
        renderer && renderer->renderMode() == QPdfPageRenderer::RenderMode::MultiThreaded)
        renderer->setRenderMode(QPdfPageRenderer::RenderMode::SingleThreaded);
}

QString ChecklistDrawingView::messageText() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void ChecklistDrawingView::showMessage(const QString& text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void ChecklistDrawingView::showDocument(const QString& documentId)
{
    if (documentId == m_documentId && m_loaded)
        return;
    m_documentId = documentId;
    m_loaded = false;
    if (documentId.isEmpty()) {
        showMessage(tr("No drawing is attached to the order."));
        return;
    }
    showMessage(tr("Loading the drawing…"));
    whenDone(this, data::DocumentRepository(*m_session).content(documentId),
             [this, documentId](const data::Result<QByteArray>& r) {
                 if (documentId != m_documentId)
                     return;   // another drawing was asked for meanwhile
                 if (!r) {
                     showMessage(r.error().code == u"E-DOCUMENT-NOT-FOUND"
                                     ? tr("The drawing is no longer stored with the order.")
                                     : tr("The drawing could not be read: %1").arg(r.error().userMessage()));
                     emit loaded(false);
                     return;
                 }
                 showContent(r.value());
             });
}

void ChecklistDrawingView::showContent(const QByteArray& content)
{
    m_pdf = content.startsWith("%PDF");
    if (m_pdf) {
        m_pdfDocument->close();
        m_buffer->close();
        m_buffer->setData(content);
        m_buffer->open(QIODevice::ReadOnly);
        m_pdfDocument->load(m_buffer);   // statusChanged tells the end
        return;
    }
    m_image = QImage::fromData(content);
    if (m_image.isNull()) {
        showMessage(tr("The drawing is neither a PDF nor an image this PC can show. Open it from the order's "
                       "documents."));
        emit loaded(false);
        return;
    }
    m_loaded = true;
    m_stack->setCurrentWidget(m_imageArea);
    fit();
    emit loaded(true);
}

void ChecklistDrawingView::zoom(double factor)
{
    if (m_stack->currentWidget() == m_pdfView) {
        const qreal current = m_pdfView->zoomFactor();
        m_pdfView->setZoomMode(QPdfView::ZoomMode::Custom);
        m_pdfView->setZoomFactor(qBound(0.1, current * factor, 10.0));
    } else if (m_stack->currentWidget() == m_imageArea) {
        m_imageZoom = qBound(0.05, m_imageZoom * factor, 10.0);
        applyImageZoom();
    }
}

void ChecklistDrawingView::fit()
{
    if (m_stack->currentWidget() == m_pdfView) {
        m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    } else if (!m_image.isNull()) {
        const int width = qMax(100, m_imageArea->viewport()->width() - 4);
        m_imageZoom = double(width) / qMax(1, m_image.width());
        applyImageZoom();
    }
}

void ChecklistDrawingView::applyImageZoom()
{
    if (m_image.isNull())
        return;
    const QSize size = (QSizeF(m_image.size()) * m_imageZoom).toSize();
    m_imageLabel->setPixmap(QPixmap::fromImage(m_image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_imageLabel->resize(size);
}

} // namespace cs::ui
