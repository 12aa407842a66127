#include "ui/wizard/wizardpage.h"

#include "ui/common/messagebar.h"
#include "ui/wizard/orderwizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFocusEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>

namespace cs::ui {

using domain::ValidationIssue;

WizardPage::WizardPage(OrderWizard* wizard, QWidget* parent)
    : QWizardPage(parent)
    , m_wizard(wizard)
{
    connect(wizard, &OrderWizard::configurationChanged, this, &WizardPage::updateView);
}

const domain::OrderConfiguration& WizardPage::configuration() const
{
    return m_wizard->configuration();
}

void WizardPage::change(const std::function<void(domain::OrderConfiguration&)>& fn)
{
    if (m_changing)
        return;
    m_changing = true;
    m_wizard->updateConfiguration(fn);
    m_changing = false;
}

bool WizardPage::hasErrors() const
{
    return m_wizard->hasErrorsWhere([this](const ValidationIssue& i) { return owns(i); });
}

bool WizardPage::isComplete() const
{
    // Next stays on (it tells what is missing); Finish sends the order, so it waits for a valid one.
    return isFinalPage() ? !hasErrors() : true;
}

bool WizardPage::validatePage()
{
    if (!hasErrors())
        return true;
    reveal();
    // The first field in error, in the order the person fills them (top to bottom of the page).
    QWidget* first = nullptr;
    int firstY = 0;
    for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it) {
        QWidget* w = it.value().widget;
        if (!w || !w->property("csHasError").toBool() || !w->isVisibleTo(this))
            continue;
        const int y = w->mapTo(this, QPoint(0, 0)).y();
        if (!first || y < firstY) {
            first = w;
            firstY = y;
        }
    }
    if (first) {
        // A container (a group of inputs) gives the focus to its first input.
        QWidget* target = first->focusPolicy() != Qt::NoFocus ? first : first->nextInFocusChain();
        if (target && (target == first || first->isAncestorOf(target))) {
            target->setFocus(Qt::OtherFocusReason);
            // On a page that scrolls, the field comes into view with its message under it.
            for (QWidget* p = first->parentWidget(); p && p != this; p = p->parentWidget())
                if (auto* area = qobject_cast<QScrollArea*>(p)) {
                    area->ensureWidgetVisible(first);
                    break;
                }
        }
    }
    return false;
}

void WizardPage::reveal()
{
    m_revealed = true;
    showIssues();
}

bool WizardPage::isTouched(const QString& field) const
{
    return m_revealed || m_touched.contains(field);
}

bool WizardPage::mayShow(const QString& field) const
{
    if (m_revealed)
        return true;
    for (const QString& touched : m_touched)
        if (field == touched || field.startsWith(touched + u'.') || field.startsWith(touched + u'['))
            return true;
    return false;
}

void WizardPage::touch(const QString& field)
{
    const QString absolute = fieldPrefix() + field;
    if (m_touched.contains(absolute))
        return;
    m_touched.insert(absolute);
    showIssues();
}

QString WizardPage::fieldOf(const QWidget* widget) const
{
    for (const QWidget* w = widget; w && w != this; w = w->parentWidget())
        for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it)
            if (it.value().widget == w)
                return fieldPrefix() + it.key();
    return {};
}

void WizardPage::edited(QWidget* widget, bool touchNow)
{
    if (m_changing && !touchNow)
        return;
    const QString field = fieldOf(widget);
    if (field.isEmpty())
        return;
    if (!touchNow) {
        m_edited.insert(field);
        return;
    }
    m_edited.remove(field);
    if (!m_touched.contains(field)) {
        m_touched.insert(field);
        showIssues();
    }
}

void WizardPage::wireTouch(QWidget* root)
{
    QList<QWidget*> inputs{root};
    inputs += root->findChildren<QWidget*>();
    for (QWidget* w : std::as_const(inputs)) {
        if (w->property("csTouchWired").toBool())
            continue;
        bool wired = true;
        // Typed values count once the person leaves the field; a choice counts at once. The page's own
        // refresh blocks the signals, so only the person's changes arrive here.
        if (auto* e = qobject_cast<QLineEdit*>(w)) {
            if (qobject_cast<QAbstractSpinBox*>(e->parentWidget()) || qobject_cast<QComboBox*>(e->parentWidget()))
                continue;   // the line edit inside a spin box or an editable combo: its owner is wired
            connect(e, &QLineEdit::textEdited, this, [this, e] { edited(e, false); });
        } else if (auto* t = qobject_cast<QPlainTextEdit*>(w)) {
            connect(t, &QPlainTextEdit::textChanged, this, [this, t] { edited(t, false); });
        } else if (auto* d = qobject_cast<QDateTimeEdit*>(w)) {
            connect(d, &QDateTimeEdit::dateTimeChanged, this, [this, d] { edited(d, false); });
        } else if (auto* n = qobject_cast<QSpinBox*>(w)) {
            connect(n, &QSpinBox::valueChanged, this, [this, n] { edited(n, true); });
        } else if (auto* c = qobject_cast<QComboBox*>(w)) {
            connect(c, &QComboBox::activated, this, [this, c] { edited(c, true); });
        } else if (auto* b = qobject_cast<QAbstractButton*>(w); b && b->isCheckable()) {
            connect(b, &QAbstractButton::toggled, this, [this, b] { edited(b, true); });
        } else {
            wired = false;
        }
        if (wired) {
            w->setProperty("csTouchWired", true);
            w->installEventFilter(this);
        }
    }
}

bool WizardPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut) {
        // Left (not for a popup of its own, such as a date edit's calendar): a field typed in is touched.
        const auto* focus = static_cast<QFocusEvent*>(event);
        auto* w = qobject_cast<QWidget*>(watched);
        if (w && focus->reason() != Qt::PopupFocusReason) {
            const QString field = fieldOf(w);
            if (!field.isEmpty() && m_edited.contains(field))
                edited(w, true);
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void WizardPage::bindField(const QString& field, QWidget* widget, QLabel* label)
{
    m_bindings.insert(field, Binding{widget, label});
    if (label)
        label->setMinimumWidth(300); // a message as wide as a short combo box would wrap word by word
    if (label && widget && label->parentWidget() && label->parentWidget() == widget->parentWidget()) {
        // The field (input and message under it) takes the whole width of the form's column, the input
        // keeping its own width on the left. A field narrower than the column gets the message's height
        // for the column's width from QFormLayout, and a message wrapping onto a second line in the
        // narrower field then overlaps the next row.
        QWidget* container = label->parentWidget();
        QSizePolicy policy = container->sizePolicy();
        policy.setHorizontalPolicy(QSizePolicy::Expanding);
        container->setSizePolicy(policy);
        if (QLayout* layout = container->layout()) {
            const int i = layout->indexOf(widget);
            // Combo boxes and groups of them keep their width; text fields fill.
            if (i >= 0 && !(widget->sizePolicy().expandingDirections() & Qt::Horizontal))
                layout->setAlignment(widget, Qt::AlignLeft);
        }
    }
    if (label) {
        // The message's room is kept, empty, while none shows (see showIssues).
        label->setText(QString());
        label->setMinimumHeight(label->fontMetrics().lineSpacing());
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        if (!label->property("csBaseDescription").isValid())
            label->setProperty("csBaseDescription", widget ? widget->accessibleDescription() : QString());
    }
    if (widget)
        wireTouch(widget);
}

QLabel* WizardPage::errorLabelFor(const QString& field) const
{
    const QString prefix = fieldPrefix();
    if (!prefix.isEmpty() && !field.startsWith(prefix))
        return nullptr;
    return m_bindings.value(field.mid(prefix.size())).label;
}

void WizardPage::updateView()
{
    refresh();
    showIssues();
    emit completeChanged();
}

void WizardPage::showIssues()
{
    const QString prefix = fieldPrefix();
    QHash<QString, QStringList> errors, warnings;
    QStringList otherErrors, otherWarnings;
    for (const ValidationIssue& issue : m_wizard->issues()) {
        if (!owns(issue) || (!prefix.isEmpty() && !issue.field.startsWith(prefix)))
            continue; // another build's issues show when that build is chosen
        // The bound field that is the issue's field or its closest ancestor.
        QString best;
        bool found = false;
        if (issue.field.startsWith(prefix)) {
            const QString rel = issue.field.mid(prefix.size());
            for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it) {
                const QString& key = it.key();
                const bool match = rel == key || rel.startsWith(key + u'.') || rel.startsWith(key + u'[');
                if (match && (!found || key.size() > best.size())) {
                    best = key;
                    found = true;
                }
            }
        }
        const QString text = issue.message;
        // Quiet until touched: the issue of a field not touched yet waits (and so does one without a field
        // until Next).
        if (!isTouched(found ? prefix + best : QString()))
            continue;
        if (found)
            (issue.isError() ? errors : warnings)[best].append(text);
        else
            (issue.isError() ? otherErrors : otherWarnings).append(text);
    }
    // The fallback label may be a field's own (the documents' on step 1): it shows both.
    bool fallbackShown = false;
    for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it) {
        const Binding& b = it.value();
        QStringList shown = errors.value(it.key()) + notices(it.key());
        QStringList shownWarnings = warnings.value(it.key());
        if (m_fallback && b.label == m_fallback) {
            shown += otherErrors;
            shownWarnings += otherWarnings;
            fallbackShown = true;
        }
        if (b.label) {
            showMessages(b.label, shown, shownWarnings);
            // The field's own label keeps its room while its field is there (a hidden field has none).
            if (b.label != m_fallback)
                b.label->setVisible(!b.widget || !b.widget->isHidden());
        }
        if (b.widget) {
            const QStringList all = shown + warnings.value(it.key());
            const QString base = b.label ? b.label->property("csBaseDescription").toString() : QString();
            b.widget->setAccessibleDescription(all.isEmpty() ? base : all.join(u' '));
            b.widget->setProperty("csHasError", !errors.value(it.key()).isEmpty());
        }
    }
    if (m_fallback && !fallbackShown)
        showMessages(m_fallback, otherErrors, otherWarnings);
}

void WizardPage::showMessages(QLabel* label, const QStringList& errors, const QStringList& warnings)
{
    QStringList lines;
    for (const QString& e : errors)
        lines << e.toHtmlEscaped();
    const QString warningColor = MessageBar::kindColor(MessageBar::Kind::Warning, label->palette()).name();
    for (const QString& w : warnings)
        lines << QStringLiteral("<span style=\"color:%1\">%2</span>").arg(warningColor, tr("Warning: %1").arg(w).toHtmlEscaped());
    label->setTextFormat(Qt::RichText);
    label->setText(lines.join(QStringLiteral("<br>")));
    label->setVisible(!lines.isEmpty());
}

void WizardPage::applyMessageLook(QLabel* label)
{
    const QString kind = label->property("csMessage").toString();
    if (kind.isEmpty())
        return;
    QPalette p = label->palette();
    const QPalette base = label->parentWidget() ? label->parentWidget()->palette() : p;
    p.setColor(QPalette::WindowText, MessageBar::kindColor(kind == u"warning" ? MessageBar::Kind::Warning
                                                                               : MessageBar::Kind::Error,
                                                           base));
    label->setPalette(p);
}

void WizardPage::setText(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text) {
        const QSignalBlocker block(edit);
        edit->setText(text);
    }
}

void WizardPage::setNumber(QLineEdit* edit, const std::optional<double>& value)
{
    if (number(edit) == value)
        return;
    const QSignalBlocker block(edit);
    edit->setText(value ? QLocale().toString(*value, 'g', 10) : QString());
}

std::optional<double> WizardPage::number(const QLineEdit* edit)
{
    const QString t = edit->text().trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    double v = QLocale().toDouble(t, &ok);
    if (!ok)
        v = t.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

void WizardPage::setIndex(QComboBox* box, int index)
{
    if (box->currentIndex() != index) {
        const QSignalBlocker block(box);
        box->setCurrentIndex(index);
    }
}

} // namespace cs::ui
