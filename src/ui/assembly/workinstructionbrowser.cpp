#include "ui/assembly/workinstructionbrowser.h"

#include "ui/common/futurewatch.h"

#include <QDialog>
#include <QLabel>
#include <QPixmap>
#include <QScreen>
#include <QScrollBar>
#include <QUrl>
#include <QVBoxLayout>
#include <QVariant>

namespace cs::ui {

namespace {

const QString kImageScheme = QStringLiteral("wi-image");
const QString kEnlargeScheme = QStringLiteral("wi-enlarge");

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

WorkInstructionBrowser::WorkInstructionBrowser(data::Session* session, QWidget* parent)
    : QTextBrowser(parent)
    , m_repo(*session)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    // Tab reaches each picture's link; Enter shows it large.
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::LinksAccessibleByKeyboard);
    setFocusPolicy(Qt::StrongFocus);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == kEnlargeScheme)
            enlargeImage(url.path());
    });
}

void WorkInstructionBrowser::setRenderer(std::function<QString()> renderer)
{
    m_renderer = std::move(renderer);
    refresh();
}

void WorkInstructionBrowser::refresh()
{
    m_shown.clear();
    m_renderedWidth = viewport()->width();
    const int scroll = verticalScrollBar()->value();
    setHtml(m_renderer ? m_renderer() : QString());
    verticalScrollBar()->setValue(scroll);
}

int WorkInstructionBrowser::contentWidth() const
{
    return qMax(120, viewport()->width() - 40);
}

int WorkInstructionBrowser::imagesLoaded() const
{
    int n = 0;
    for (const QString& sha : m_shown)
        n += m_images.contains(sha) ? 1 : 0;
    return n;
}

void WorkInstructionBrowser::fetch(const QString& sha256)
{
    if (m_images.contains(sha256) || m_fetching.contains(sha256) || m_failed.contains(sha256))
        return;
    m_fetching.insert(sha256);
    whenDone(this, m_repo.image(sha256), [this, sha256](const data::Result<QByteArray>& r) {
        m_fetching.remove(sha256);
        QImage image;
        if (!r || !image.loadFromData(r.value())) {
            m_failed.insert(sha256);
            refresh();
            return;
        }
        m_images.insert(sha256, image);
        refresh();
        emit imageShown(sha256);
    });
}

QString WorkInstructionBrowser::imageHtml(const QString& sha256, int maxWidth, int maxHeight)
{
    fetch(sha256);
    m_shown << sha256;
    const auto it = m_images.constFind(sha256);
    if (it == m_images.constEnd())
        return QStringLiteral("<i>%1</i>").arg(esc(m_failed.contains(sha256) ? tr("(the picture could not be read)")
                                                                              : tr("(picture loading…)")));
    const QSize size = it->size().scaled(QSize(maxWidth, maxHeight), Qt::KeepAspectRatio).boundedTo(it->size());
    return QStringLiteral("<a href=\"%1:%2\"><img src=\"%3:%2\" width=\"%4\" height=\"%5\" alt=\"%6\"></a>")
        .arg(kEnlargeScheme, sha256, kImageScheme)
        .arg(size.width())
        .arg(size.height())
        .arg(esc(tr("Picture (click to enlarge)")));
}

QString WorkInstructionBrowser::stepsHtml(const QList<data::WorkInstructionStep>& steps)
{
    const int width = contentWidth() - 30;
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
    for (int i = 0; i < steps.size(); ++i) {
        const data::WorkInstructionStep& step = steps.at(i);
        html += QStringLiteral("<tr><td valign=\"top\"><b>%1.</b></td><td>%2").arg(i + 1).arg(esc(step.text));
        if (!step.safety.isEmpty())
            html += QStringLiteral("<table width=\"100%\" cellpadding=\"6\"><tr><td bgcolor=\"#fff3cd\">"
                                   "<span style=\"color:#5c3c00\"><b>⚠ %1</b> %2</span></td></tr></table>")
                        .arg(esc(tr("Safety:")), esc(step.safety));
        for (const QString& sha : step.images)
            html += QStringLiteral("<p>%1</p>").arg(imageHtml(sha, width, 360));
        html += QStringLiteral("</td></tr>");
    }
    return html + QStringLiteral("</table>");
}

void WorkInstructionBrowser::enlargeImage(const QString& sha256)
{
    const auto it = m_images.constFind(sha256);
    if (it == m_images.constEnd())
        return;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("imageDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Picture"));
    auto* layout = new QVBoxLayout(dialog);
    auto* label = new QLabel(dialog);
    label->setObjectName(QStringLiteral("imageLabel"));
    label->setAlignment(Qt::AlignCenter);
    QSize room(1200, 720);
    if (const QScreen* s = screen())
        room = s->availableSize() * 0.85;
    const QImage shown = it->width() > room.width() || it->height() > room.height()
                             ? it->scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                             : *it;
    label->setPixmap(QPixmap::fromImage(shown));
    layout->addWidget(label);
    dialog->open();
}

QVariant WorkInstructionBrowser::loadResource(int type, const QUrl& url)
{
    if (type == QTextDocument::ImageResource && url.scheme() == kImageScheme)
        return m_images.value(url.path());
    return QTextBrowser::loadResource(type, url);
}

void WorkInstructionBrowser::resizeEvent(QResizeEvent* event)
{
    QTextBrowser::resizeEvent(event);
    if (qAbs(viewport()->width() - m_renderedWidth) > 16)
        refresh();
}

} // namespace cs::ui
