#pragma once

#include "domain/orders/sinkconfiguration.h"
#include "domain/orders/validationissue.h"

#include <QHash>
#include <QLabel>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QWizardPage>

#include <functional>

class QComboBox;
class QLineEdit;


namespace cs::ui {

class OrderWizard;

// What the five wizard pages share: the wizard's configuration, and validation shown beside each
// field. A page binds its fields' paths (ValidationIssue::field, relative to fieldPrefix()) to the
// widget and the red label under it; every configuration change refreshes the widgets and the
// messages.
//
// Quiet until touched: a field's messages show once the person has touched it (typed in it and left
// it; a choice in a combo box, check box or spin box counts at once), or when Next was pressed on the
// page (every message of the page shows then, and the first field in error gets the focus), or when the
// server refused the order over it (reveal()). Each message label keeps its room (one line) whether a
// message shows or not, so the fields never move under the pointer. Next is always on: it is where the
// person learns what is missing; hasErrors() keeps the page, and the last page's Finish waits for none.
class WizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WizardPage(OrderWizard* wizard, QWidget* parent = nullptr);

    // True on every step but the last (Next checks, in validatePage()); on the last page: no errors.
    bool isComplete() const override;
    // Next: false (and every message of the page shown, the first field in error focused) while an error
    // concerns this page.
    bool validatePage() override;
    // An error concerns this page (any build's, on the build pages).
    bool hasErrors() const;
    // Shows every message of the page from now on, as Next does (a server refusal on this step).
    void reveal();
    // True when the messages of `field` (an absolute path) may show: touched, or revealed.
    bool isTouched(const QString& field) const;
    // True when a message about `field` (an absolute path, or a path under a bound field) may show:
    // Next was pressed here, or the field or one it belongs to was touched.
    bool mayShow(const QString& field) const;
    // The label showing the message of `field` (an absolute path such as "order.poNumber"), or nullptr.
    QLabel* errorLabelFor(const QString& field) const;

protected:
    OrderWizard* orderWizard() const { return m_wizard; }
    const domain::OrderConfiguration& configuration() const;
    void change(const std::function<void(domain::OrderConfiguration&)>& fn);

    // True for the issues this page shows and that keep it from being complete.
    virtual bool owns(const domain::ValidationIssue& issue) const = 0;
    // Reads the configuration into the widgets (signals blocked).
    virtual void refresh() = 0;
    // The prefix of the bound fields ("builds[1]." on the build pages).
    virtual QString fieldPrefix() const { return {}; }
    // Messages shown under a bound field (relative path) besides its issues, that do not keep the page
    // from being complete (a file refused by "Add …", which was not attached).
    virtual QStringList notices(const QString& field) const
    {
        Q_UNUSED(field);
        return {};
    }

    void bindField(const QString& field, QWidget* widget, QLabel* label);
    // Marks a field (relative path) touched: its messages show from now on (an action that changes it
    // at once: a file attached, an accessory added).
    void touch(const QString& field);
    // Where owned issues without a bound field go.
    void setFallbackLabel(QLabel* label) { m_fallback = label; }
    void updateView();

    static void setText(QLineEdit* edit, const QString& text);
    static void setNumber(QLineEdit* edit, const std::optional<double>& value);
    static std::optional<double> number(const QLineEdit* edit);
    static void setIndex(QComboBox* box, int index);
    static void showMessages(QLabel* label, const QStringList& errors, const QStringList& warnings);

public:
    // The colour of a message under a field, from its csMessage property ("error", "warning", set in the
    // forms) and MessageBar's one place of the kinds' colours, on the label's palette: no style sheet.
    static void applyMessageLook(QLabel* label);

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showIssues();
    // Connects the inputs of a bound widget (and of its children) to the touch tracking, once.
    void wireTouch(QWidget* widget);
    // The absolute field of the binding nearest to `widget` (itself or an ancestor); empty for none.
    QString fieldOf(const QWidget* widget) const;
    void edited(QWidget* widget, bool touchNow);

    struct Binding
    {
        QPointer<QWidget> widget;
        QPointer<QLabel> label;
    };
    OrderWizard* m_wizard;
    QHash<QString, Binding> m_bindings; // relative field -> widgets
    QPointer<QLabel> m_fallback;
    bool m_changing = false;
    QSet<QString> m_edited;    // absolute fields typed in and not left yet
    QSet<QString> m_touched;   // absolute fields whose messages show
    bool m_revealed = false;   // Next was pressed here: every message shows
};

} // namespace cs::ui
