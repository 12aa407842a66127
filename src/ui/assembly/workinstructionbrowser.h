#pragma once

#include "data/assembly/workinstructionrepository.h"

#include <QHash>
#include <QImage>
#include <QSet>
#include <QStringList>
#include <QTextBrowser>

#include <functional>

namespace cs::data {
class Session;
}

namespace cs::ui {

// A read-only text view for work instructions: its owner gives the HTML (setRenderer), built with
// stepsHtml() and imageHtml(); the pictures are read off the GUI thread through
// WorkInstructionRepository (which keeps them) and the text is made again when one arrives or the
// width changes, each picture scaled to fit. A click on a picture, or Tab to it and Enter, shows it
// large (Esc closes it). Shared by the bench's task view and the admin's work instructions.
class WorkInstructionBrowser final : public QTextBrowser
{
    Q_OBJECT
public:
    WorkInstructionBrowser(data::Session* session, QWidget* parent = nullptr);

    void setRenderer(std::function<QString()> renderer);
    // Makes the text again.
    void refresh();

    // An <img> scaled into maxWidth x maxHeight, a link that enlarges it; words while it is read.
    QString imageHtml(const QString& sha256, int maxWidth, int maxHeight);
    // The steps numbered, each safety note set apart, the images beneath their step's text.
    QString stepsHtml(const QList<data::WorkInstructionStep>& steps);
    // The width a picture may take.
    int contentWidth() const;

    // The pictures in the text now, and how many of them have arrived.
    QStringList imagesShown() const { return m_shown; }
    int imagesLoaded() const;
    const data::WorkInstructionRepository& repository() const { return m_repo; }

public slots:
    void enlargeImage(const QString& sha256);

signals:
    void imageShown(const QString& sha256);

protected:
    QVariant loadResource(int type, const QUrl& url) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fetch(const QString& sha256);

    data::WorkInstructionRepository m_repo;
    std::function<QString()> m_renderer;
    QHash<QString, QImage> m_images;
    QSet<QString> m_fetching;
    QSet<QString> m_failed;
    QStringList m_shown;
    int m_renderedWidth = 0;
};

} // namespace cs::ui
