#include "ui/common/messagebar.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace cs::ui {

namespace {

// The mix of `a` and `b`, `share` of `a`.
QColor mix(const QColor& a, const QColor& b, qreal share)
{
    return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)),
                            float(a.greenF() * share + b.greenF() * (1 - share)),
                            float(a.blueF() * share + b.blueF() * (1 - share)));
}

bool isDark(const QColor& c)
{
    return c.lightnessF() < 0.5;
}

} // namespace

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(8);
    m_icon->setObjectName(QStringLiteral("messageBarIcon"));
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_text->setObjectName(QStringLiteral("messageBarText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
    applyLook();
}

MessageBar::~MessageBar() = default;

void MessageBar::showMessage(Kind kind, const QString& text)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    m_kind = kind;
    m_text->setText(text);
    setAccessibleName(text);
    applyLook();
    show();
    QMetaObject::invokeMethod(this, &MessageBar::makeRoom, Qt::QueuedConnection);
}

void MessageBar::makeRoom()
{
    auto* dialog = qobject_cast<QDialog*>(window());
    if (!dialog || !isVisible() || height() >= heightForWidth(width()))
        return;
    const int needed = dialog->hasHeightForWidth() ? dialog->heightForWidth(dialog->width()) : dialog->sizeHint().height();
    dialog->resize(dialog->width(), qMax(needed, dialog->height() + heightForWidth(width()) - height()));
}

void MessageBar::clear()
{
    m_text->clear();
    setAccessibleName(QString());
    hide();
}

QString MessageBar::text() const
{
    return m_text->text();
}

QColor MessageBar::kindColor(Kind kind, const QPalette& palette)
{
    // The one place of the kinds' colours: a red, an amber and the palette's highlight, darker on a light
    // window and lighter on a dark one so that they read as text too.
    const bool dark = isDark(palette.color(QPalette::Window));
    switch (kind) {
    case Kind::Error: return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xa4, 0x00, 0x0f);
    case Kind::Warning: return dark ? QColor(0xff, 0xcc, 0x66) : QColor(0x7a, 0x55, 0x00);
    case Kind::Info: return palette.color(QPalette::Highlight);
    }
    return palette.color(QPalette::WindowText);
}

void MessageBar::applyLook()
{
    // Setting the palette sends a PaletteChange to this widget: no second round.
    if (m_applying)
        return;
    m_applying = true;
    const QPalette base = parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    const QColor tint = kindColor(m_kind, base);
    QPalette p = base;
    p.setColor(QPalette::Window, mix(tint, base.color(QPalette::Window), 0.12));
    p.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
    p.setColor(QPalette::Light, tint);
    p.setColor(QPalette::Dark, tint);
    p.setColor(QPalette::Mid, tint);
    setPalette(p);

    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (m_kind == Kind::Error)
        icon = QStyle::SP_MessageBoxCritical;
    else if (m_kind == Kind::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_applying = false;
}

void MessageBar::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::ParentChange
        || (event->type() == QEvent::PaletteChange && !m_applying))
        applyLook();
}

} // namespace cs::ui
