#include "ui/orders/orderoverviewtab.h"

#include "ui/common/statustext.h"
#include "ui_orderoverviewtab.h"

#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace cs::ui {

OrderOverviewTab::OrderOverviewTab(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrderOverviewTab>())
{
    m_ui->setupUi(this);
    for (const char* lang : {"EN", "FR", "ES"})
        m_ui->languageComboBox->addItem(QString::fromLatin1(lang), QString::fromLatin1(lang));

    connect(m_ui->saveButton, &QPushButton::clicked, this, &OrderOverviewTab::saveRequested);
    connect(m_ui->assignButton, &QPushButton::clicked, this, &OrderOverviewTab::assignRequested);
    connect(m_ui->claimButton, &QPushButton::clicked, this, &OrderOverviewTab::claimRequested);
    connect(m_ui->printTravelerButton, &QPushButton::clicked, this, &OrderOverviewTab::printTravelerRequested);
    connect(m_ui->exportTravelerButton, &QPushButton::clicked, this, &OrderOverviewTab::exportTravelerRequested);
    connect(m_ui->printLabelsButton, &QPushButton::clicked, this, &OrderOverviewTab::printLabelsRequested);
    connect(m_ui->zplPreviewButton, &QPushButton::clicked, this, &OrderOverviewTab::zplPreviewRequested);
    for (QLineEdit* edit : {m_ui->customerLineEdit, m_ui->projectLineEdit, m_ui->salesLineEdit})
        connect(edit, &QLineEdit::textEdited, this, &OrderOverviewTab::editsChanged);
    connect(m_ui->wantDateEdit, &QDateEdit::dateChanged, this, &OrderOverviewTab::editsChanged);
    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this, &OrderOverviewTab::editsChanged);
    connect(m_ui->notesTextEdit, &QPlainTextEdit::textChanged, this, &OrderOverviewTab::editsChanged);
    setState(m_state);
}

OrderOverviewTab::~OrderOverviewTab() = default;

void OrderOverviewTab::showOrder(const data::OrderDetail& detail, const QList<data::TransitionOption>& transitions,
                                 const QList<data::AssignableUser>& assignable)
{
    m_detail = detail;
    m_transitions = transitions;
    {
        const QSignalBlocker b1(m_ui->wantDateEdit);
        const QSignalBlocker b2(m_ui->languageComboBox);
        const QSignalBlocker b3(m_ui->notesTextEdit);
        m_ui->customerLineEdit->setText(detail.customerName);
        m_ui->projectLineEdit->setText(detail.projectName);
        m_ui->salesLineEdit->setText(detail.salesPerson);
        m_ui->wantDateEdit->setDate(detail.wantDate);
        m_ui->languageComboBox->setCurrentIndex(qMax(0, m_ui->languageComboBox->findData(detail.language)));
        m_ui->notesTextEdit->setPlainText(detail.notes);
    }
    m_ui->assigneeComboBox->clear();
    m_ui->assigneeComboBox->addItem(tr("(nobody)"), QString());
    for (const data::AssignableUser& u : assignable)
        m_ui->assigneeComboBox->addItem(u.fullName, u.username);
    showTexts();
    showTransitions();
    setState(m_state);
}

void OrderOverviewTab::showTexts()
{
    const data::OrderDetail& d = m_detail;
    // The configuration in words, from the neutral configuration.
    QStringList lines;
    lines << tr("Family: %1").arg(d.family);
    if (!d.model.isEmpty())
        lines << tr("Model: %1").arg(d.model);
    const QJsonObject& c = d.config;
    if (c.contains(QStringLiteral("widthIn")) || c.contains(QStringLiteral("lengthIn")))
        lines << tr("Size: %1 × %2 in").arg(c.value(QStringLiteral("widthIn")).toVariant().toString(),
                                            c.value(QStringLiteral("lengthIn")).toVariant().toString());
    for (auto it = c.constBegin(); it != c.constEnd(); ++it) {
        if (it.key() == u"model" || it.key() == u"widthIn" || it.key() == u"lengthIn")
            continue;
        const QJsonValue v = it.value();
        QString text;
        if (v.isArray())
            text = tr("%n entry(s)", nullptr, int(v.toArray().size()));
        else if (v.isObject())
            text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        else
            text = v.toVariant().toString();
        lines << QStringLiteral("%1: %2").arg(it.key(), text);
    }
    m_ui->configLabel->setText(d.orderId.isEmpty() ? QString() : lines.join(u'\n'));
    m_ui->currentStatusLabel->setText(d.orderId.isEmpty() ? QString()
                                                          : tr("Now: %1").arg(StatusText::orderStatus(d.status)));
    m_ui->assigneeLabel->setText(d.orderId.isEmpty()       ? QString()
                                 : d.assigneeName.isEmpty() ? tr("Not assigned.")
                                                            : tr("Assigned to %1.").arg(d.assigneeName));
    if (m_ui->assigneeComboBox->count() > 0)
        m_ui->assigneeComboBox->setItemText(0, tr("(nobody)"));
}

void OrderOverviewTab::showTransitions()
{
    qDeleteAll(m_transitionButtons);
    m_transitionButtons.clear();
    for (const data::TransitionOption& o : std::as_const(m_transitions)) {
        auto* b = new QPushButton(tr("Move to “%1”").arg(StatusText::orderStatus(o.toStatus)), m_ui->statusGroupBox);
        b->setObjectName(QStringLiteral("transitionButton_") + o.toStatus);
        b->setProperty("toStatus", o.toStatus);
        if (o.noteRequired)
            b->setToolTip(tr("Needs a note (the reason)."));
        const QString to = o.toStatus;
        connect(b, &QPushButton::clicked, this, [this, to] { emit transitionRequested(to); });
        m_ui->transitionButtonsLayout->addWidget(b);
        m_transitionButtons.append(b);
    }
    m_ui->noActionsLabel->setVisible(m_transitions.isEmpty());
    m_ui->transitionNoteLineEdit->setVisible(!m_transitions.isEmpty());
}

void OrderOverviewTab::setState(const State& state)
{
    m_state = state;
    const bool canEdit = state.editable && state.canWrite;
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->customerLineEdit, m_ui->projectLineEdit,
                                                      m_ui->salesLineEdit, m_ui->wantDateEdit,
                                                      m_ui->languageComboBox})
        w->setEnabled(canEdit);
    m_ui->notesTextEdit->setReadOnly(!canEdit);
    m_ui->saveButton->setVisible(state.editable);
    m_ui->saveButton->setEnabled(canEdit && hasUnsavedEdits());
    m_ui->editHintLabel->setText(state.editable || !state.loaded ? QString()
                                 : state.coordinator ? tr("The order can be edited only while it is “Order created”.")
                                                     : tr("Only coordinators edit orders."));
    for (QPushButton* b : std::as_const(m_transitionButtons))
        b->setEnabled(state.canWrite);
    m_ui->assignButton->setVisible(state.coordinator);
    m_ui->assigneeComboBox->setVisible(state.coordinator);
    m_ui->assignButton->setEnabled(state.canWrite);
    m_ui->claimButton->setVisible(state.assembler);
    m_ui->claimButton->setEnabled(state.assembler && state.canWrite && state.canClaim);
    m_ui->claimButton->setToolTip(state.canClaim ? QString() : state.claimBlockedBy);
    for (QPushButton* b : {m_ui->printTravelerButton, m_ui->printLabelsButton, m_ui->zplPreviewButton,
                           m_ui->exportTravelerButton})
        b->setEnabled(state.canPrint);
}

data::OrderEdit OrderOverviewTab::currentEdit() const
{
    return data::OrderEdit{m_ui->customerLineEdit->text().trimmed(), m_ui->projectLineEdit->text().trimmed(),
                           m_ui->salesLineEdit->text().trimmed(),    m_ui->wantDateEdit->date(),
                           m_ui->languageComboBox->currentData().toString(),
                           m_ui->notesTextEdit->toPlainText()};
}

bool OrderOverviewTab::hasUnsavedEdits() const
{
    return !m_detail.orderId.isEmpty() && !(currentEdit() == data::OrderEdit::from(m_detail));
}

QString OrderOverviewTab::transitionNote() const
{
    return m_ui->transitionNoteLineEdit->text().trimmed();
}

void OrderOverviewTab::clearTransitionNote()
{
    m_ui->transitionNoteLineEdit->clear();
}

void OrderOverviewTab::focusTransitionNote()
{
    m_ui->transitionNoteLineEdit->setFocus();
}

QString OrderOverviewTab::chosenAssignee() const
{
    return m_ui->assigneeComboBox->currentData().toString();
}

QPushButton* OrderOverviewTab::transitionButton(const QString& toStatus) const
{
    for (QPushButton* b : m_transitionButtons)
        if (b->property("toStatus").toString() == toStatus)
            return b;
    return nullptr;
}

void OrderOverviewTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showTexts();   // the words only: what the person typed stays
        showTransitions();
        setState(m_state);
    }
    QWidget::changeEvent(event);
}

} // namespace cs::ui
