#include "ui/qc/checklistitemwidget.h"

#include "ui/common/messagebar.h"
#include "ui/common/flowlayout.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cs::ui {

using domain::ChecklistAnswer;
using domain::ChecklistItemType;

namespace {

constexpr int kRowHeight = 48;      // rows and buttons: large targets for gloves
constexpr int kButtonWidth = 96;

QString numberText(double v)
{
    return QLocale().toString(v, 'g', 12);
}

} // namespace

ChecklistItemWidget::ChecklistItemWidget(const domain::ChecklistEntry& entry, QWidget* parent)
    : QFrame(parent)
    , m_entry(entry)
    , m_key{entry.sectionId, entry.item.id, entry.position}
    , m_number(entry.item.id)
{
    build();
}

ChecklistItemWidget::ChecklistItemWidget(const domain::ChecklistEntry& entry, SectionCheckTag, QWidget* parent)
    : QFrame(parent)
    , m_entry(entry)
    , m_key{entry.sectionId, entry.item.id, entry.position}
    , m_sectionCheck(true)
{
    build();
}

ChecklistItemWidget* ChecklistItemWidget::sectionCheck(const QString& sectionId, int position, QWidget* parent)
{
    domain::ChecklistEntry e;
    e.sectionId = sectionId;
    e.position = position;
    e.item.id = domain::ChecklistPassRule::kSectionCheckItem.toString();
    e.item.type = ChecklistItemType::Check;
    return new ChecklistItemWidget(e, SectionCheckTag{}, parent);
}

ChecklistItemWidget::~ChecklistItemWidget() = default;

void ChecklistItemWidget::build()
{
    setObjectName(QStringLiteral("item_%1_%2_%3").arg(m_key.section, m_key.item).arg(m_key.position));
    setFrameShape(QFrame::StyledPanel);
    setMinimumHeight(kRowHeight);
    // The words on top, a tick (and N/A) at their right; the other inputs below the words, then the
    // expected value and what became of the answer.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 4, 8, 4);
    outer->setSpacing(2);
    auto* top = new QHBoxLayout;
    m_idLabel = new QLabel(this);
    m_idLabel->setObjectName(QStringLiteral("idLabel"));
    m_idLabel->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    updateIdWidth();
    m_textLabel = new QLabel(this);
    m_textLabel->setObjectName(QStringLiteral("textLabel"));
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextFormat(Qt::PlainText);
    top->addWidget(m_idLabel);
    top->addWidget(m_textLabel, 1);
    outer->addLayout(top);
    m_detailLabel = new QLabel(this);
    m_detailLabel->setObjectName(QStringLiteral("detailLabel"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextFormat(Qt::PlainText);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setText(QStringLiteral(" "));   // a blank line until an answer is saved (showStateText)

    if (m_entry.applies)
        buildInput(top, outer);
    else
        setEnabled(false);   // greyed by the palette; the reason is in the detail line
    auto* notes = new QHBoxLayout;
    m_notesIndent = new QWidget(this);
    notes->addWidget(m_notesIndent);
    auto* words = new QVBoxLayout;
    words->addWidget(m_detailLabel);
    words->addWidget(m_stateLabel);
    notes->addLayout(words, 1);
    outer->addLayout(notes);
    retranslate();
    showAnswer();
}

void ChecklistItemWidget::buildInput(QHBoxLayout* top, QVBoxLayout* outer)
{
    // Below the words, the answer buttons (and readings) flow onto a further line when the row is too
    // narrow for them: the row takes the pane's width, never more.
    auto* row = new QHBoxLayout;
    m_rowIndent = new QWidget(this);
    row->addWidget(m_rowIndent);
    auto* flowHost = new QWidget(this);
    flowHost->setObjectName(QStringLiteral("answerButtons"));
    auto* flow = new FlowLayout(flowHost);
    row->addWidget(flowHost, 1);
    bool rowUsed = false;
    const ChecklistItemType type = m_entry.item.type;
    switch (type) {
    case ChecklistItemType::Check: {
        m_check = new QCheckBox(this);
        m_check->setObjectName(QStringLiteral("checkBox"));
        m_check->setMinimumSize(kButtonWidth + 24, kRowHeight);
        connect(m_check, &QCheckBox::clicked, this, [this] { giveFromInputs(); });
        watchKeys(m_check);
        top->addWidget(m_check);
        break;
    }
    case ChecklistItemType::PassFail:
    case ChecklistItemType::YesNo:
    case ChecklistItemType::Choice: {
        m_group = new QButtonGroup(this);
        m_group->setExclusive(true);
        QStringList values;
        if (type == ChecklistItemType::PassFail)
            values = {QStringLiteral("PASS"), QStringLiteral("FAIL")};
        else if (type == ChecklistItemType::YesNo)
            values = {QStringLiteral("yes"), QStringLiteral("no")};
        else
            values = m_entry.options;
        for (int i = 0; i < values.size(); ++i) {
            auto* b = new QPushButton(this);
            b->setObjectName(QStringLiteral("option%1").arg(i));
            b->setProperty("value", values.at(i));
            b->setCheckable(true);
            b->setAutoDefault(false);
            b->setMinimumSize(kButtonWidth, kRowHeight);
            m_group->addButton(b, i);
            watchKeys(b);
            flow->addWidget(b);
        }
        rowUsed = true;
        connect(m_group, &QButtonGroup::idClicked, this, [this] {
            updateOtherVisible();
            if (m_otherText && m_otherText->isVisible() && m_otherText->text().trimmed().isEmpty()) {
                m_otherText->setFocus();   // "Other" needs its words before it is given
                return;
            }
            giveFromInputs();
        });
        break;
    }
    case ChecklistItemType::MultiCheck: {
        for (int i = 0; i < m_entry.options.size(); ++i) {
            auto* c = new QCheckBox(m_entry.options.at(i), this);
            c->setObjectName(QStringLiteral("option%1").arg(i));
            c->setProperty("value", m_entry.options.at(i));   // the stored option, whatever the box shows
            c->setMinimumHeight(kRowHeight);
            connect(c, &QCheckBox::clicked, this, [this] {
                if (m_none)
                    m_none->setChecked(false);
                updateOtherVisible();
                giveFromInputs();
            });
            watchKeys(c);
            m_multi.append(c);
            flow->addWidget(c);
        }
        m_none = new QCheckBox(this);
        m_none->setObjectName(QStringLiteral("noneCheckBox"));
        m_none->setMinimumHeight(kRowHeight);
        connect(m_none, &QCheckBox::clicked, this, [this](bool on) {
            if (on)
                for (QCheckBox* c : std::as_const(m_multi))
                    c->setChecked(false);
            updateOtherVisible();
            giveFromInputs();
        });
        watchKeys(m_none);
        flow->addWidget(m_none);
        rowUsed = true;
        break;
    }
    case ChecklistItemType::Number:
    case ChecklistItemType::Text:
    case ChecklistItemType::Date:
    case ChecklistItemType::Serial:
    case ChecklistItemType::Initials: {
        m_line = new QLineEdit(this);
        m_line->setObjectName(QStringLiteral("lineEdit"));
        m_line->setMinimumHeight(kRowHeight);
        m_line->setMinimumWidth(type == ChecklistItemType::Initials || type == ChecklistItemType::Number ? kButtonWidth + 24
                                                                                                          : kButtonWidth * 2);
        if (type == ChecklistItemType::Initials)
            m_line->setMaxLength(4);
        m_line->setReadOnly(m_entry.item.readOnly);
        connect(m_line, &QLineEdit::editingFinished, this, &ChecklistItemWidget::commitLine);
        connect(m_line, &QLineEdit::returnPressed, this, [this] {
            commitLine();
            emit advance();
        });
        top->addWidget(m_line);
        break;
    }
    }
    if (m_entry.item.naAllowed) {
        m_naButton = new QPushButton(this);
        m_naButton->setObjectName(QStringLiteral("naButton"));
        m_naButton->setCheckable(true);
        m_naButton->setAutoDefault(false);
        m_naButton->setMinimumSize(kButtonWidth / 2 + 16, kRowHeight);
        watchKeys(m_naButton);
        top->addWidget(m_naButton);
    }
    // Measured values beside the item (the end-of-line test's temperatures), each with its limits.
    for (const QString& label : m_entry.item.captureOptional) {
        // A reading's name and its line go onto a further line together.
        auto* pair = new QWidget(flowHost);
        auto* pairLayout = new QHBoxLayout(pair);
        pairLayout->setContentsMargins(0, 0, 0, 0);
        auto* name = new QLabel(this);
        name->setObjectName(QStringLiteral("readingLabel%1").arg(m_readings.size()));
        auto* line = new QLineEdit(this);
        line->setObjectName(QStringLiteral("reading%1").arg(m_readings.size()));
        line->setMinimumSize(kButtonWidth, kRowHeight);
        line->setMaximumWidth(kButtonWidth * 2);
        name->setBuddy(line);
        connect(line, &QLineEdit::editingFinished, this, [this] { giveFromInputs(); });
        connect(line, &QLineEdit::returnPressed, this, [this] {
            giveFromInputs();
            emit advance();
        });
        pairLayout->addWidget(name);
        pairLayout->addWidget(line);
        flow->addWidget(pair);
        rowUsed = true;
        m_readings.append({label, line});
        m_readingLabels.append(name);
    }
    if (!m_readings.isEmpty()) {
        m_readingProblem = new QLabel(this);
        m_readingProblem->setObjectName(QStringLiteral("readingProblemLabel"));
        m_readingProblem->setWordWrap(true);
        m_readingProblem->setTextFormat(Qt::PlainText);
        QPalette p = m_readingProblem->palette();
        p.setColor(QPalette::WindowText, MessageBar::kindColor(MessageBar::Kind::Error, p));
        m_readingProblem->setPalette(p);
        m_readingProblem->hide();
    }
    if (rowUsed) {
        outer->addLayout(row);
    } else {
        delete flowHost;
        delete row;
        delete m_rowIndent;
        m_rowIndent = nullptr;
    }
    if (m_readingProblem)
        outer->addWidget(m_readingProblem);
    if (m_entry.item.otherText) {
        m_otherText = new QLineEdit(this);
        m_otherText->setObjectName(QStringLiteral("otherLineEdit"));
        m_otherText->setMinimumHeight(kRowHeight);
        m_otherText->hide();
        connect(m_otherText, &QLineEdit::editingFinished, this, [this] { giveFromInputs(); });
        connect(m_otherText, &QLineEdit::returnPressed, this, [this] {
            giveFromInputs();
            emit advance();
        });
        outer->addWidget(m_otherText);
    }
    if (m_naButton) {
        m_naReason = new QLineEdit(this);
        m_naReason->setObjectName(QStringLiteral("naReasonLineEdit"));
        m_naReason->setMinimumHeight(kRowHeight);
        m_naReason->hide();
        outer->addWidget(m_naReason);
        connect(m_naButton, &QPushButton::clicked, this, [this](bool on) {
            m_naReason->setVisible(on);
            if (on) {
                m_naReason->setFocus();   // the reason first; N/A is given with it
                return;
            }
            m_naReason->clear();
            if (m_answer && m_answer->notApplicable)
                give(ChecklistAnswer{});   // N/A taken back: the item is open again
        });
        connect(m_naReason, &QLineEdit::editingFinished, this, &ChecklistItemWidget::commitNa);
        connect(m_naReason, &QLineEdit::returnPressed, this, [this] {
            commitNa();
            emit advance();
        });
    }
}

void ChecklistItemWidget::watchKeys(QWidget* w)
{
    w->installEventFilter(this);
}

bool ChecklistItemWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            // On a tick or a button Enter moves on (Space ticks and presses).
            emit advance();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

QList<QAbstractButton*> ChecklistItemWidget::optionButtons() const
{
    QList<QAbstractButton*> list;
    if (m_group)
        list = m_group->buttons();
    for (QCheckBox* c : m_multi)
        list << c;
    if (m_none)
        list << m_none;
    return list;
}

QString ChecklistItemWidget::currentChoice() const
{
    if (!m_group || !m_group->checkedButton())
        return QString();
    return m_group->checkedButton()->property("value").toString();
}

void ChecklistItemWidget::updateOtherVisible()
{
    if (!m_otherText)
        return;
    bool other = currentChoice() == u"Other";
    for (QCheckBox* c : std::as_const(m_multi))
        other = other || (c->isChecked() && c->property("value").toString() == u"Other");
    m_otherText->setVisible(other);
}

void ChecklistItemWidget::giveFromInputs()
{
    if (m_showing || m_readOnly)
        return;
    ChecklistAnswer a;
    switch (m_entry.item.type) {
    case ChecklistItemType::Check:
        if (m_check->isChecked())
            a.value = true;   // unticked: no answer (the item is open again)
        break;
    case ChecklistItemType::PassFail:
    case ChecklistItemType::Choice:
        if (!currentChoice().isEmpty())
            a.value = currentChoice();
        break;
    case ChecklistItemType::YesNo:
        if (!currentChoice().isEmpty())
            a.value = currentChoice() == u"yes";
        break;
    case ChecklistItemType::MultiCheck: {
        QStringList ticked;
        for (QCheckBox* c : std::as_const(m_multi))
            if (c->isChecked())
                ticked << c->property("value").toString();
        if (!ticked.isEmpty() || (m_none && m_none->isChecked()))
            a.value = ticked;
        break;
    }
    default:
        if (m_readings.isEmpty())
            return;   // the lines give through commitLine()
        a.value = m_answer && !m_answer->notApplicable ? m_answer->value : QVariant();
        break;
    }
    if (m_otherText && m_otherText->isVisible())
        a.otherText = m_otherText->text().trimmed();
    const auto readings = typedReadings();
    if (!readings)
        return;
    a.readings = *readings;
    applyReadingRule(&a);
    give(a);
}

QLineEdit* ChecklistItemWidget::readingEdit(const QString& label) const
{
    for (const auto& [name, line] : m_readings)
        if (name == label)
            return line;
    return nullptr;
}

QString ChecklistItemWidget::readingProblemText() const
{
    return m_readingProblem && !m_readingProblem->isHidden() ? m_readingProblem->text() : QString();
}

std::optional<QMap<QString, double>> ChecklistItemWidget::typedReadings()
{
    QMap<QString, double> out;
    for (const auto& [label, line] : std::as_const(m_readings)) {
        const QString text = line->text().trimmed();
        if (text.isEmpty())
            continue;
        bool ok = false;
        double d = QLocale().toDouble(text, &ok);
        if (!ok)
            d = QLocale::c().toDouble(text, &ok);
        if (!ok) {
            setState(State::Refused, tr("“%1” is not a number (%2); not saved.").arg(text, label));
            return std::nullopt;
        }
        out.insert(label, d);
    }
    return out;
}

void ChecklistItemWidget::applyReadingRule(ChecklistAnswer* answer)
{
    if (m_entry.item.type == ChecklistItemType::PassFail
        && !domain::ChecklistPassRule::readingProblems(m_entry.item, answer->readings).isEmpty()
        && answer->value.toString() != u"FAIL") {
        answer->value = QStringLiteral("FAIL");   // out of limits: the test fails, whatever was pressed
        m_showing = true;
        for (QAbstractButton* b : m_group->buttons())
            b->setChecked(b->property("value").toString() == u"FAIL");
        m_showing = false;
    }
}

void ChecklistItemWidget::showReadingProblem()
{
    if (!m_readingProblem)
        return;
    const QStringList problems = m_answer && !m_answer->notApplicable
                                     ? domain::ChecklistPassRule::readingProblems(m_entry.item, m_answer->readings)
                                     : QStringList();
    m_readingProblem->setText(problems.isEmpty() ? QString()
                                                 : tr("%1: the test fails.").arg(problems.join(QStringLiteral("; "))));
    m_readingProblem->setVisible(!problems.isEmpty());
}

void ChecklistItemWidget::commitLine()
{
    if (m_showing || m_readOnly || !m_line || m_entry.item.readOnly)
        return;
    const QString text = m_line->text().trimmed();
    ChecklistAnswer a;
    if (!text.isEmpty()) {
        switch (m_entry.item.type) {
        case ChecklistItemType::Number: {
            bool ok = false;
            double d = QLocale().toDouble(text, &ok);
            if (!ok)
                d = QLocale::c().toDouble(text, &ok);
            if (!ok) {
                setState(State::Refused, tr("“%1” is not a number; not saved.").arg(text));
                return;
            }
            a.value = d == double(qint64(d)) && qAbs(d) < 1e9 ? QVariant(int(d)) : QVariant(d);
            break;
        }
        case ChecklistItemType::Date: {
            QDate d = QDate::fromString(text, Qt::ISODate);
            if (!d.isValid())
                d = QLocale().toDate(text, QLocale::ShortFormat);
            if (!d.isValid()) {
                setState(State::Refused, tr("“%1” is not a date (YYYY-MM-DD); not saved.").arg(text));
                return;
            }
            a.value = d;
            break;
        }
        case ChecklistItemType::Initials: a.value = text.toUpper(); break;
        default: a.value = text; break;
        }
    }
    give(a);
}

void ChecklistItemWidget::commitNa()
{
    if (m_showing || m_readOnly || !m_naButton || !m_naButton->isChecked())
        return;
    const QString reason = m_naReason->text().trimmed();
    if (reason.isEmpty())
        return;   // N/A waits for its reason
    give(ChecklistAnswer::na(reason));
}

void ChecklistItemWidget::give(const ChecklistAnswer& answer)
{
    const bool empty = !answer.notApplicable && !answer.value.isValid();
    if (empty && !m_answer)
        return;
    if (m_answer && m_answer->notApplicable == answer.notApplicable && m_answer->value == answer.value
        && m_answer->otherText == answer.otherText && m_answer->reason == answer.reason
        && m_answer->readings == answer.readings)
        return;   // the same again (editingFinished after returnPressed)
    if (empty && answer.readings.isEmpty())
        m_answer.reset();
    else
        m_answer = answer;
    updateInputsEnabled();
    showReadingProblem();
    emit answerGiven(m_key, answer);
}

void ChecklistItemWidget::setAnswer(const std::optional<ChecklistAnswer>& answer)
{
    m_answer = answer;
    if (m_answer && !m_answer->notApplicable && !m_answer->value.isValid() && m_answer->readings.isEmpty())
        m_answer.reset();
    showAnswer();
}

void ChecklistItemWidget::showAnswer()
{
    if (!m_entry.applies)
        return;
    m_showing = true;
    const bool na = m_answer && m_answer->notApplicable;
    const QVariant v = m_answer && !na ? m_answer->value : QVariant();
    switch (m_entry.item.type) {
    case ChecklistItemType::Check: m_check->setChecked(v.toBool()); break;
    case ChecklistItemType::PassFail:
    case ChecklistItemType::YesNo:
    case ChecklistItemType::Choice: {
        const QString chosen = m_entry.item.type == ChecklistItemType::YesNo
                                   ? (v.isValid() ? (v.toBool() ? QStringLiteral("yes") : QStringLiteral("no")) : QString())
                                   : v.toString();
        m_group->setExclusive(false);   // lets every button go off when there is no answer
        for (QAbstractButton* b : m_group->buttons())
            b->setChecked(!chosen.isEmpty() && b->property("value").toString() == chosen);
        m_group->setExclusive(true);
        break;
    }
    case ChecklistItemType::MultiCheck: {
        const QStringList ticked = v.toStringList();
        for (QCheckBox* c : std::as_const(m_multi))
            c->setChecked(ticked.contains(c->property("value").toString()));
        m_none->setChecked(v.isValid() && ticked.isEmpty());
        break;
    }
    case ChecklistItemType::Number:
        m_line->setText(v.isValid() ? numberText(v.toDouble()) : QString());
        break;
    case ChecklistItemType::Date: m_line->setText(v.isValid() ? v.toDate().toString(Qt::ISODate) : QString()); break;
    default: m_line->setText(v.toString()); break;
    }
    if (m_otherText) {
        m_otherText->setText(m_answer ? m_answer->otherText : QString());
        updateOtherVisible();
    }
    if (m_naButton) {
        m_naButton->setChecked(na);
        m_naReason->setText(na ? m_answer->reason : QString());
        m_naReason->setVisible(na);
    }
    for (const auto& [label, line] : std::as_const(m_readings)) {
        const auto reading = m_answer && !na ? m_answer->readings.constFind(label) : QMap<QString, double>::const_iterator();
        line->setText(m_answer && !na && reading != m_answer->readings.cend() ? numberText(*reading) : QString());
    }
    showReadingProblem();
    updateInputsEnabled();
    m_showing = false;
}

void ChecklistItemWidget::updateInputsEnabled()
{
    // Inputs other than N/A are off while the item is N/A.
    const bool na = m_answer && m_answer->notApplicable;
    for (QAbstractButton* b : optionButtons())
        b->setEnabled(!na && !m_readOnly);
    if (m_check)
        m_check->setEnabled(!na && !m_readOnly);
    if (m_line)
        m_line->setEnabled(!na && !m_readOnly);
    for (const auto& [label, line] : std::as_const(m_readings))
        line->setEnabled(!na && !m_readOnly);
}

void ChecklistItemWidget::setState(State state, const QString& text)
{
    m_state = state;
    m_stateDetail = text;
    showStateText();
    QPalette p = palette();
    if (state == State::Refused || state == State::Conflict)
        p.setColor(QPalette::WindowText, MessageBar::kindColor(MessageBar::Kind::Error, p));
    else if (state == State::Waiting)
        p.setColor(QPalette::WindowText, MessageBar::kindColor(MessageBar::Kind::Warning, p));
    m_stateLabel->setPalette(p);
}

QString ChecklistItemWidget::stateText() const
{
    switch (m_state) {
    case State::None: return m_stateDetail;
    case State::Saving: return tr("Saving…");
    case State::Saved: return m_stateDetail.isEmpty() ? tr("Saved") : tr("Saved: %1").arg(m_stateDetail);
    case State::Waiting: return tr("Kept on this PC: sent when the connection is back");
    case State::Refused: return m_stateDetail.isEmpty() ? tr("Not saved") : m_stateDetail;
    case State::Conflict: return m_stateDetail;
    }
    return QString();
}

void ChecklistItemWidget::showStateText()
{
    // Saving an answer writes a line under its item ("Saving…", "Saved: who, when"). On an item that can
    // still be answered the line is there from the start, blank, so that the items below do not move
    // down under the pointer of a person ticking them one after the other.
    const QString text = stateText();
    m_stateLabel->setText(text.isEmpty() ? QStringLiteral(" ") : text);
    m_stateLabel->setVisible(!text.isEmpty() || !m_readOnly);
}

void ChecklistItemWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    showStateText();
    if (m_naButton)
        m_naButton->setEnabled(!readOnly);
    if (m_naReason)
        m_naReason->setReadOnly(readOnly);
    if (m_otherText)
        m_otherText->setReadOnly(readOnly);
    showAnswer();
}

bool ChecklistItemWidget::focusInput()
{
    if (!m_entry.applies)
        return false;
    QWidget* target = nullptr;
    if (m_check && m_check->isEnabled())
        target = m_check;
    else if (m_line && m_line->isEnabled())
        target = m_line;
    else if (!optionButtons().isEmpty() && optionButtons().constFirst()->isEnabled()) {
        target = optionButtons().constFirst();
        for (QAbstractButton* b : optionButtons())
            if (b->isChecked())
                target = b;
    } else if (m_naReason && m_naReason->isVisible() && !m_readOnly)
        target = m_naReason;
    else if (m_naButton && m_naButton->isEnabled())
        target = m_naButton;
    if (!target)
        return false;
    target->setFocus(Qt::TabFocusReason);
    return true;
}

bool ChecklistItemWidget::hasInputFocus() const
{
    const QWidget* f = focusWidget();
    return f && f != this && isAncestorOf(f) && f->hasFocus();
}

bool ChecklistItemWidget::isTyping() const
{
    for (const QLineEdit* line : {m_line, m_otherText, m_naReason})
        if (line && line->hasFocus() && !line->isReadOnly())
            return true;
    for (const auto& [label, line] : m_readings)
        if (line->hasFocus())
            return true;
    return false;
}

void ChecklistItemWidget::commitTyping()
{
    if (m_line && m_line->hasFocus())
        commitLine();
    else if (m_naReason && m_naReason->hasFocus())
        commitNa();
    else if (m_otherText && m_otherText->hasFocus())
        giveFromInputs();
    for (const auto& [label, line] : std::as_const(m_readings))
        if (line->hasFocus())
            giveFromInputs();
}

void ChecklistItemWidget::retranslate()
{
    if (m_sectionCheck) {
        m_idLabel->setText(QString());
        m_textLabel->setText(tr("Section verified"));
    } else {
        m_idLabel->setText(m_number);
        m_textLabel->setText(m_entry.item.text);
    }
    QStringList details;
    if (!m_entry.applies) {
        details << tr("N/A: %1").arg(m_entry.notApplicableReason);
    } else {
        if (!m_entry.expected.isEmpty())
            details << tr("expected: %1").arg(m_entry.expected);
        if (!m_entry.quantity.isEmpty())
            details << tr("quantity: %1").arg(domain::ChecklistQuantity::words(m_entry.quantity));
        if (m_entry.item.min && m_entry.item.max)
            details << tr("limits: %1 to %2").arg(numberText(*m_entry.item.min), numberText(*m_entry.item.max));
        else if (m_entry.item.min)
            details << tr("at least %1").arg(numberText(*m_entry.item.min));
        else if (m_entry.item.max)
            details << tr("at most %1").arg(numberText(*m_entry.item.max));
        if (!m_entry.isRequired() && !m_sectionCheck)
            details << tr("optional");
    }
    m_detailLabel->setText(details.join(QStringLiteral(" · ")));
    m_detailLabel->setVisible(!details.isEmpty());
    if (m_check)
        m_check->setText(m_sectionCheck ? tr("Verified") : tr("Done"));
    if (m_group && (m_entry.item.type == ChecklistItemType::PassFail || m_entry.item.type == ChecklistItemType::YesNo)) {
        for (QAbstractButton* b : m_group->buttons()) {
            const QString v = b->property("value").toString();
            b->setText(v == u"PASS"  ? tr("PASS")
                       : v == u"FAIL" ? tr("FAIL")
                       : v == u"yes"  ? tr("Yes")
                                      : tr("No"));
        }
    } else if (m_group) {
        for (QAbstractButton* b : m_group->buttons())
            b->setText(b->property("value").toString());   // the form's own words
    }
    for (qsizetype i = 0; i < m_readings.size(); ++i) {
        const QString& label = m_readings.at(i).first;
        const auto limit = m_entry.item.limits.constFind(label);
        // "&reading C (38 to 42 C)": Alt and the first letter reach the line.
        m_readingLabels.at(i)->setText(limit == m_entry.item.limits.cend()
                                           ? u'&' + label
                                           : tr("&%1 (%2)").arg(label, limit->words()));
        m_readings.at(i).second->setPlaceholderText(limit != m_entry.item.limits.cend() && !limit->unit.isEmpty()
                                                        ? limit->unit
                                                        : tr("value"));
    }
    showReadingProblem();
    if (m_none)
        m_none->setText(tr("None"));
    if (m_naButton)
        m_naButton->setText(tr("N/A"));
    if (m_naReason)
        m_naReason->setPlaceholderText(tr("Why N/A? (then Enter)"));
    if (m_otherText)
        m_otherText->setPlaceholderText(tr("Describe “Other” (then Enter)"));
    if (m_line) {
        switch (m_entry.item.type) {
        case ChecklistItemType::Serial: m_line->setPlaceholderText(tr("Scan or type the serial")); break;
        case ChecklistItemType::Date: m_line->setPlaceholderText(tr("YYYY-MM-DD")); break;
        case ChecklistItemType::Initials: m_line->setPlaceholderText(tr("Initials")); break;
        default: m_line->setPlaceholderText(QString()); break;
        }
    }
    if (m_stateLabel)
        showStateText();
}

void ChecklistItemWidget::setNumber(const QString& number)
{
    m_number = number;
    if (!m_sectionCheck)
        m_idLabel->setText(number);
    updateIdWidth();
}

void ChecklistItemWidget::updateIdWidth()
{
    // One column for the numbers of a form (the widest a form has, "S2X.10"), in the font of the moment;
    // the inputs and notes below the words start where the words do.
    const QFontMetrics fm = m_idLabel->fontMetrics();
    const int width = qMax(fm.horizontalAdvance(QStringLiteral("S2X.10")), fm.horizontalAdvance(m_number)) + 12;
    m_idLabel->setFixedWidth(width);
    for (QWidget* indent : {m_rowIndent, m_notesIndent})
        if (indent)
            indent->setFixedWidth(width);
}

void ChecklistItemWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange)
        updateIdWidth();
    QFrame::changeEvent(event);
}

} // namespace cs::ui
