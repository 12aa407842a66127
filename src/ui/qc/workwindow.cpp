#include "ui/qc/workwindow.h"

#include "ui/common/flowlayout.h"
#include "ui/common/screenfit.h"
#include "ui/common/windowkeys.h"

#include <QEvent>
#include <QFont>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace cs::ui {

namespace {

// Watches a work window: the close keys work only while it is a window of its own, and its first
// showing as one gives it the room of its screen.
class WorkWindowKeeper final : public QObject
{
public:
    explicit WorkWindowKeeper(QWidget* page)
        : QObject(page)
        , m_page(page)
    {
        setObjectName(QStringLiteral("workWindowKeeper"));
        // The close keys and Esc.
        for (const QList<QKeySequence>& keys : {closeWindowKeys(), QList<QKeySequence>{QKeySequence(Qt::Key_Escape)}}) {
            auto* shortcut = new QShortcut(page);
            shortcut->setKeys(keys);
            shortcut->setContext(Qt::WindowShortcut);
            connect(shortcut, &QShortcut::activated, page, [page] {
                if (page->isWindow())
                    page->close();
            });
            m_shortcuts << shortcut;
        }
        update();
        page->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_page) {
            if (event->type() == QEvent::ParentChange || event->type() == QEvent::Show)
                update();
            if (event->type() == QEvent::Show && m_page->isWindow() && m_page->parentWidget() && !m_sized
                && !event->spontaneous()) {
                // Opened from the main window: all the room the screen has (a checklist, what is missing
                // and a drawing side by side; the bench's steps, form and instruction).
                m_sized = true;
                ScreenFit::share(m_page, 1.0, m_page->parentWidget());
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void update()
    {
        for (QShortcut* s : std::as_const(m_shortcuts))
            s->setEnabled(m_page->isWindow());
    }

    QWidget* m_page;
    QList<QShortcut*> m_shortcuts;
    bool m_sized = false;
};

} // namespace

WorkWindowHeader::WorkWindowHeader(QWidget* page)
    : QWidget(page)
    , m_page(page)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_actions(new QWidget(this))
    , m_actionsLayout(new FlowLayout(m_actions))
{
    setObjectName(QStringLiteral("workWindowHeader"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setObjectName(QStringLiteral("subtitleLabel"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_actions->setObjectName(QStringLiteral("headerActions"));
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_actions);
    m_actions->hide();   // until it has an action
    updateFonts();
}

void WorkWindowHeader::setTexts(const QString& title, const QString& subtitle)
{
    m_title->setText(title);
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
    m_page->setWindowTitle(title);
}

void WorkWindowHeader::addAction(QPushButton* button)
{
    button->setMinimumHeight(qMax(button->minimumHeight(), 48));
    button->setAutoDefault(false);
    m_actionsLayout->addWidget(button);
    m_actions->show();
}

void WorkWindowHeader::install(QWidget* page)
{
    if (!page->findChild<QObject*>(QStringLiteral("workWindowKeeper"), Qt::FindDirectChildrenOnly))
        new WorkWindowKeeper(page);
}

void WorkWindowHeader::updateFonts()
{
    // From the header's own font (the application's, larger in shop-floor mode).
    QFont big = font();
    big.setBold(true);
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * 1.4);
    else if (big.pixelSize() > 0)
        big.setPixelSize(qRound(big.pixelSize() * 1.4));
    m_title->setFont(big);
}

void WorkWindowHeader::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        updateFonts();
    QWidget::changeEvent(event);
}

} // namespace cs::ui
