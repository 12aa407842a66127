#include "ui/qc/checklistsectionwidget.h"

#include "domain/checklist/checklisttemplate.h"
#include "ui/qc/checklistitemwidget.h"

#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QToolButton>
#include <QVBoxLayout>

namespace cs::ui {

ChecklistSectionWidget::ChecklistSectionWidget(const domain::ChecklistSectionInstance& section, bool wantsInitials,
                                               QWidget* parent)
    : QFrame(parent)
    , m_section(section)
    , m_header(new QToolButton(this))
    , m_title(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_body(new QWidget(this))
    , m_bodyLayout(new QVBoxLayout(m_body))
{
    setObjectName(QStringLiteral("section_%1_%2").arg(section.sectionId).arg(section.position));
    setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    // The header: the arrow (a button the keyboard reaches; Space opens and closes), the title beside it
    // wrapping onto further lines in a narrow pane (a click on it opens and closes too), the count at the
    // right.
    auto* top = new QHBoxLayout;
    m_header->setObjectName(QStringLiteral("sectionHeaderButton"));
    m_header->setCheckable(true);
    m_header->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_header->setAutoRaise(true);
    m_header->setMinimumSize(40, 40);
    m_title->setObjectName(QStringLiteral("sectionTitleLabel"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->installEventFilter(this);
    updateFonts();
    m_progress->setObjectName(QStringLiteral("sectionProgressLabel"));
    m_progress->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    top->addWidget(m_header, 0, Qt::AlignTop);
    top->addWidget(m_title, 1);
    top->addWidget(m_progress);
    layout->addLayout(top);
    m_bodyLayout->setContentsMargins(16, 0, 0, 0);
    m_bodyLayout->setSpacing(2);
    layout->addWidget(m_body);
    if (wantsInitials && section.present) {
        auto* row = new QHBoxLayout;
        m_initialsLabel = new QLabel(this);
        m_initials = new QLineEdit(this);
        m_initials->setObjectName(QStringLiteral("sectionInitialsLineEdit"));
        m_initials->setMaxLength(4);
        m_initials->setMinimumHeight(40);
        m_initials->setMaximumWidth(120);
        m_initialsLabel->setBuddy(m_initials);
        row->addStretch(1);
        row->addWidget(m_initialsLabel);
        row->addWidget(m_initials);
        m_bodyLayout->addLayout(row);
    }
    connect(m_header, &QToolButton::toggled, this, &ChecklistSectionWidget::setExpanded);
    m_header->setChecked(section.present);
    setExpanded(section.present);
    retranslate();
}

ChecklistSectionWidget::~ChecklistSectionWidget() = default;

void ChecklistSectionWidget::updateFonts()
{
    // Relative to the section's own font, so that it follows the application font (shop-floor mode).
    QFont bold = font();
    bold.setBold(true);
    if (bold.pointSizeF() > 0)
        bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
}

void ChecklistSectionWidget::addItem(ChecklistItemWidget* item)
{
    // Before the initials row, when there is one.
    m_bodyLayout->insertWidget(m_initials ? m_bodyLayout->count() - 1 : m_bodyLayout->count(), item);
    m_items.append(item);
}

void ChecklistSectionWidget::setExpanded(bool expanded)
{
    if (m_header->isChecked() != expanded)
        m_header->setChecked(expanded);
    m_header->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
}

QString ChecklistSectionWidget::titleText() const
{
    return m_title->text();
}

bool ChecklistSectionWidget::isExpanded() const
{
    return m_header->isChecked();
}

void ChecklistSectionWidget::setProgress(int answered, int applicable)
{
    if (!m_section.present)
        m_progress->setText(tr("N/A"));
    else
        m_progress->setText(tr("%1 of %2").arg(answered).arg(applicable));
}

void ChecklistSectionWidget::retranslate()
{
    QString title;
    if (m_section.sectionId == domain::ChecklistTemplate::kHeaderSection)
        title = tr("Header");
    else if (m_section.position > 0)
        title = tr("%1 %2 — basin %3").arg(m_section.sectionId, m_section.title).arg(m_section.position);
    else
        title = tr("%1 %2").arg(m_section.sectionId, m_section.title);
    if (!m_section.present)
        title = tr("%1 — N/A: %2").arg(title, m_section.notApplicableReason);
    m_header->setAccessibleName(title);   // the label beside it shows it
    m_title->setText(title);
    if (m_initialsLabel)
        m_initialsLabel->setText(tr("Section &initials:"));
}

bool ChecklistSectionWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_title && event->type() == QEvent::MouseButtonRelease
        && static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton) {
        m_header->toggle();
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

void ChecklistSectionWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange)
        updateFonts();
    QFrame::changeEvent(event);
}

} // namespace cs::ui
